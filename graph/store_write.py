"""Writing the store: a page's contribution in, a page's contribution out, the aggregates
(nodes and links) refreshed from what is left, the dictionaries trained once, and ``compact``.

Every method that writes runs inside one transaction (``StoreCore._transaction``)."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable
from typing import Any

from graph import store_layout
from graph.build import Contribution, EdgeRecord
from graph.store_core import StoreCore
from graph.store_layout import COLUMN_FIELDS, PROPS_DICTIONARY, NodeRow, node_columns, props_json

Merged = dict[str, tuple[str, str, dict[str, Any]]]  # key -> (label, name, props) of one contribution
# a node_sources row: node, source, and the source's label, name and props (None: the node itself)
Contributed = tuple[int, int, str | None, str | None, str | None]


class StoreWriting(StoreCore):
    def digest_of(self, source: str) -> str | None:
        row = self.db.execute("SELECT digest FROM sources WHERE source = ?", (source,)).fetchone()
        return None if row is None else str(row[0])

    def replace(self, batch: Iterable[tuple[Contribution, str, dict[str, Any], str]]) -> None:
        """Store contributions (contribution, digest, record, timestamp) in one transaction,
        each replacing whatever its source contributed before."""
        with self._transaction() as db:
            for contribution, digest, record, when in batch:
                self._replace_one(db, contribution, digest, record, when)
            trained = self._train(db)
        if trained:  # every record and node was just packed again, leaving pages part empty: once
            self.db.execute("VACUUM")
            self.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    def _replace_one(
        self, db: sqlite3.Connection, contribution: Contribution, digest: str, record: dict[str, Any], when: str
    ) -> None:
        row = db.execute("SELECT id FROM sources WHERE source = ?", (contribution.source,)).fetchone()
        if row is not None:
            self._drop_source(db, int(row[0]))  # only what a changed page leaves behind is refreshed
        source = self._add_source(db, contribution.source, digest, record, when)
        merged = _merged_nodes(contribution)
        # every sentence and node text of the page, each found or added once
        cited = {e.evidence.get("sentence") for e in contribution.edges}
        sentences = self._text_ids(db, cited | {props.get("text") for _, _, props in merged.values()})
        ids = self._add_nodes(db, merged, source, sentences)
        ids |= self._ids_of_other_ends(db, contribution, ids)
        db.executemany(
            "INSERT INTO evidence (src, type, dst, source, unit, sentence_id, start, end, extractor, "
            "confidence, polarity, by, seen, extra) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [self._evidence_row(edge, ids, source, sentences) for edge in contribution.edges],
        )
        self._add_links(db, contribution, ids)

    def _drop_source(self, db: sqlite3.Connection, source: int) -> None:
        """Remove a source with all it contributed, and refresh the nodes and links it touched."""
        nodes, edges = self._remove(db, source)
        db.execute("DELETE FROM sources WHERE id = ?", (source,))
        db.execute("DELETE FROM records WHERE id = ?", (source,))
        self._refresh(db, nodes, edges)

    def _add_source(self, db: sqlite3.Connection, name: str, digest: str, record: dict[str, Any], when: str) -> int:
        """A new ``sources`` row and its packed record; the source's id."""
        source = int(
            db.execute(
                "INSERT INTO sources (source, digest, ingested) VALUES (?, ?, ?) RETURNING id", (name, digest, when)
            ).fetchone()[0]
        )
        dictionary = self._dictionary_in_use()
        db.execute(
            "INSERT INTO records VALUES (?, ?, ?)",
            (
                source,
                None if dictionary is None else dictionary[0],
                store_layout.pack(store_layout.record_json(record), dictionary),
            ),
        )
        return source

    def _ids_of_other_ends(
        self, db: sqlite3.Connection, contribution: Contribution, ids: dict[str, int]
    ) -> dict[str, int]:
        """The ids of the stored nodes the contribution's edges name but it does not carry (a
        ValueError if one is not stored)."""
        missing = {k for e in contribution.edges for k in (e.src, e.dst) if k not in ids}
        found = self._node_ids(db, missing)
        unknown = missing - found.keys() - ids.keys()
        if unknown:
            raise ValueError(f"{contribution.source}: edges name nodes no page contributed: {sorted(unknown)[:3]}")
        return found

    def _evidence_row(
        self, edge: EdgeRecord, ids: dict[str, int], source: int, sentences: dict[str, int]
    ) -> tuple[Any, ...]:
        """One edge's ``evidence`` row: its strings as symbol ids, its sentence as a text id."""
        ev = edge.evidence
        extra = {k: v for k, v in ev.items() if k not in COLUMN_FIELDS and k != "source"}
        sentence = ev.get("sentence")
        return (
            ids[edge.src],
            self._symbol(edge.type.value),
            ids[edge.dst],
            source,
            self._symbol(ev.get("unit")),
            sentences.get(sentence) if isinstance(sentence, str) else None,
            ev.get("start"),
            ev.get("end"),
            self._symbol(ev.get("extractor")),
            ev.get("confidence"),
            self._symbol(ev.get("polarity")),
            self._symbol(ev.get("by")),
            self._symbol(ev.get("seen")),
            self._symbol(json.dumps(extra)) if extra else None,
        )

    def _node_row(
        self, db: sqlite3.Connection, name: str, props: dict[str, Any], texts: dict[str, int] | None = None
    ) -> NodeRow:
        """The columns a node is kept in (``store_layout.NodeRow``)."""
        words = props.get("text")
        text = None
        if isinstance(words, str):
            text = (texts or {}).get(words)
            if text is None:
                text = self._text_ids(db, {words})[words]
        return node_columns(name, props, text, self._dictionary_in_use(PROPS_DICTIONARY))

    def _add_nodes(self, db: sqlite3.Connection, merged: Merged, source: int, texts: dict[str, int]) -> dict[str, int]:
        """Fold one contribution's nodes into ``nodes`` and ``node_sources``; their ids."""
        hashes = {key: store_layout.key_hash(key) for key in merged}
        ids = self._node_ids(db, merged, hashes)
        new = [key for key in merged if key not in ids]
        db.executemany(  # a new node: its one contribution is the node itself
            "INSERT INTO nodes (key, key_hash, label, name, name_hash, props, packed, text) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [(key, hashes[key], merged[key][0], *self._node_row(db, *merged[key][1:], texts)) for key in new],
        )
        self._tally.update(("label", merged[key][0]) for key in new)
        old = [(key, ids[key]) for key in merged if key in ids]
        ids |= self._node_ids(db, new, hashes)
        contributed: list[Contributed] = [(ids[key], source, None, None, None) for key in new]
        if old:
            contributed += self._fold_into_stored(db, merged, old, source, texts)
        db.executemany("INSERT INTO node_sources VALUES (?, ?, ?, ?, ?)", contributed)
        return ids

    def _fold_into_stored(
        self, db: sqlite3.Connection, merged: Merged, old: list[tuple[str, int]], source: int, texts: dict[str, int]
    ) -> list[Contributed]:
        """Merge a contribution's view of nodes already stored (``old``: key and id) into them;
        the ``node_sources`` rows that keep this source's view."""
        current = self._nodes_by_id(db, [ident for _, ident in old])
        marks = ", ".join("?" * len(current))
        alone = db.execute(
            f"SELECT node FROM node_sources WHERE node IN ({marks}) AND label IS NULL", list(current)
        ).fetchall()
        db.executemany(  # the node's only contribution so far was kept as "the node itself"
            "UPDATE node_sources SET label = ?, name = ?, props = ? WHERE node = ? AND label IS NULL",
            [(n.label, n.name, props_json(n.props), n_id) for (n_id,) in alone for n in [current[int(n_id)]]],
        )
        rows, contributed = [], list[Contributed]()
        for key, ident in old:
            label, name, props = merged[key]
            node = current[ident]
            whole = node.props | props
            if (label, name, whole) != (node.label, node.name, node.props):  # else it stays as it is
                rows.append((label, *self._node_row(db, name, whole, texts), ident))
                self._relabelled(node.label, label)
            contributed.append((ident, source, label, name, props_json(props)))
        db.executemany(_UPDATE_NODE, rows)
        return contributed

    def _add_links(self, db: sqlite3.Connection, contribution: Contribution, ids: dict[str, int]) -> None:
        """Fold one contribution's edges into ``links``: O(its own size), whatever the store's."""
        totals: dict[tuple[int, int, int], list[Any]] = {}
        for edge in contribution.edges:
            seen, confidence = edge.evidence.get("seen"), edge.evidence.get("confidence")
            seen = None if seen is None else str(seen)
            key = (ids[edge.src], self._symbol(edge.type.value) or 0, ids[edge.dst])
            count, first, last, best = totals.get(key, [0, None, None, None])
            totals[key] = [count + 1, _min(first, seen), _max(last, seen), _max(best, confidence)]
        old: dict[tuple[int, int, int], tuple[Any, ...]] = {}
        for key in totals:
            row = db.execute(
                "SELECT count, first_seen, last_seen, confidence FROM links WHERE src = ? AND type = ? AND dst = ?", key
            ).fetchone()
            if row is not None:
                old[key] = row
        words = self._words(i for row in old.values() for i in row[1:3])
        rows = []
        for key, (count, first, last, best) in totals.items():
            before = old.get(key)
            if before is not None:
                count += before[0]
                first = _min(words.get(before[1]) if before[1] is not None else None, first)
                last = _max(words.get(before[2]) if before[2] is not None else None, last)
                best = max(before[3] if before[3] is not None else 0, best if best is not None else 0)
            else:
                self._tally[("type", key[1])] += 1
            rows.append((*key, count, self._symbol(first), self._symbol(last), best))
        db.executemany(_UPSERT_LINK, rows)

    def compact(self) -> dict[str, int]:
        """Drop sentences nothing cites any more and rewrite the file without free pages
        (SQLite's VACUUM); returns the file's size before and after, in bytes. (Symbols stay:
        they are few, and their ids are never handed to another string.)"""
        path = self.directory / "graph.sqlite"
        self.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        before = path.stat().st_size
        with self._transaction() as db:
            db.execute(
                "DELETE FROM texts WHERE id NOT IN (SELECT sentence_id FROM evidence WHERE sentence_id IS NOT NULL) "
                "AND id NOT IN (SELECT text FROM nodes WHERE text IS NOT NULL)"
            )
            self._train(db)
        self.db.execute("VACUUM")
        self.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        return {"before": before, "after": path.stat().st_size}

    def forget(self, source: str) -> list[str]:
        """Remove what a page (or every post of an export, by file name) contributed."""
        with self._transaction() as db:
            found = db.execute(
                "SELECT id, source FROM sources WHERE source = ? OR source LIKE ? ESCAPE '\\'",
                (source, source.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "#%"),
            ).fetchall()
            for ident, _ in found:
                self._drop_source(db, int(ident))
        return sorted(str(name) for _, name in found)

    def _remove(self, db: sqlite3.Connection, source: int) -> tuple[set[int], set[tuple[int, int, int]]]:
        nodes = {int(r[0]) for r in db.execute("SELECT node FROM node_sources WHERE source = ?", (source,))}
        edges = {
            (int(a), int(b), int(c))
            for a, b, c in db.execute("SELECT src, type, dst FROM evidence WHERE source = ?", (source,))
        }
        db.execute("DELETE FROM node_sources WHERE source = ?", (source,))
        db.execute("DELETE FROM evidence WHERE source = ?", (source,))
        return nodes, edges

    def _refresh(self, db: sqlite3.Connection, nodes: set[int], edges: set[tuple[int, int, int]]) -> None:
        """Make ``links`` and ``nodes`` again from the evidence and contributions left."""
        for src, kind, dst in edges:
            self._refresh_link(db, src, kind, dst)
        for node in nodes:
            self._refresh_node(db, node)

    def _refresh_link(self, db: sqlite3.Connection, src: int, kind: int, dst: int) -> None:
        """A link's count, first and last seen and best confidence from its evidence; gone
        with the last of it."""
        rows = db.execute(
            "SELECT seen, confidence FROM evidence WHERE src = ? AND type = ? AND dst = ?", (src, kind, dst)
        ).fetchall()
        if not rows:
            gone = db.execute("DELETE FROM links WHERE src = ? AND type = ? AND dst = ?", (src, kind, dst))
            self._tally[("type", kind)] -= gone.rowcount
            return
        words = self._words(r[0] for r in rows)
        seen = [words[r[0]] for r in rows if r[0] is not None]
        confidences = [r[1] for r in rows if r[1] is not None]
        db.execute(
            _UPSERT_LINK,
            (
                src,
                kind,
                dst,
                len(rows),
                self._symbol(min(seen)) if seen else None,
                self._symbol(max(seen)) if seen else None,
                max(confidences) if confidences else None,
            ),
        )

    def _refresh_node(self, db: sqlite3.Connection, node: int) -> None:
        """A node's label, name and properties from the contributions left (the last one's
        label and name); gone with the last of them."""
        rows = db.execute(
            "SELECT label, name, props FROM node_sources WHERE node = ? ORDER BY source", (node,)
        ).fetchall()
        if not rows:
            for (label,) in db.execute("DELETE FROM nodes WHERE id = ? RETURNING label", (node,)).fetchall():
                self._tally[("label", label)] -= 1
            return
        if rows[0][0] is None:  # the node's one contribution is the node as it stands
            return
        props: dict[str, Any] = {}
        for _, _, raw in rows:
            props |= json.loads(raw)
        (before,) = db.execute("SELECT label FROM nodes WHERE id = ?", (node,)).fetchone()
        self._relabelled(before, rows[-1][0])
        db.execute(_UPDATE_NODE, (rows[-1][0], *self._node_row(db, rows[-1][1], props), node))
        if len(rows) == 1:
            db.execute("UPDATE node_sources SET label = NULL, name = NULL, props = NULL WHERE node = ?", (node,))

    def _relabelled(self, before: str, after: str) -> None:
        if before != after:
            self._tally[("label", before)] -= 1
            self._tally[("label", after)] += 1

    # --- dictionaries ----------------------------------------------------------------------

    def _train(self, db: sqlite3.Connection) -> bool:
        """Train the store's dictionaries once it holds enough records: one for records and
        long sentences (on up to ``TRAIN_SAMPLES`` records, spread over the store), one for node
        properties; then pack what is there with them. They are never replaced, so no reader
        ever holds a stale one. Whether one was trained now."""
        have_records = self._dictionary_in_use() is not None
        if have_records and self._dictionary_in_use(PROPS_DICTIONARY) is not None:
            return False
        if self._records_at_least() < store_layout.TRAIN_AT:
            return False
        trained = not have_records and self._train_records(db)
        return self._train_props(db) or trained

    def _train_records(self, db: sqlite3.Connection) -> bool:
        count = db.execute("SELECT COUNT(*) FROM records").fetchone()[0]
        step = max(1, count // store_layout.TRAIN_SAMPLES)
        rows = db.execute("SELECT id, data FROM records ORDER BY id").fetchall()
        texts = {int(i): store_layout.unpack(data) for i, data in rows}
        samples = [text.encode("utf-8", "surrogatepass") for text in list(texts.values())[::step]]
        trained = store_layout.train(samples)
        if trained is None:
            return False  # too little to train on: records stay packed without a dictionary
        ident = int(
            db.execute(
                "INSERT INTO dictionaries (data, kind) VALUES (?, ?) RETURNING id",
                (trained, store_layout.RECORDS_DICTIONARY),
            ).fetchone()[0]
        )
        dictionary = self._dictionaries[store_layout.RECORDS_DICTIONARY] = (ident, trained)
        db.executemany(
            "UPDATE records SET dictionary = ?, data = ? WHERE id = ?",
            [(ident, store_layout.pack(text, dictionary), i) for i, text in texts.items()],
        )
        sentences = db.execute("SELECT id, data FROM texts").fetchall()  # all plain text until now
        db.executemany(
            "UPDATE texts SET data = ? WHERE id = ?",
            [(store_layout.squeeze(text, dictionary), i) for i, text in sentences],
        )
        return True

    def _train_props(self, db: sqlite3.Connection) -> bool:
        """A dictionary for the nodes' properties (JSON, all plain until now), trained on up to
        ``TRAIN_SAMPLES * 4`` of them, then every node's properties packed with it."""
        count = db.execute("SELECT COUNT(*) FROM nodes").fetchone()[0]
        step = max(1, count // (store_layout.TRAIN_SAMPLES * 4))
        rows = db.execute("SELECT id, props FROM nodes WHERE props IS NOT NULL ORDER BY id").fetchall()
        samples = [str(props).encode("utf-8", "surrogatepass") for _, props in rows[::step]]
        trained = store_layout.train_props(samples)
        if trained is None:
            return False  # too little to train on: the JSON stays as it is
        ident = int(
            db.execute(
                "INSERT INTO dictionaries (data, kind) VALUES (?, ?) RETURNING id", (trained, PROPS_DICTIONARY)
            ).fetchone()[0]
        )
        dictionary = self._dictionaries[PROPS_DICTIONARY] = (ident, trained)
        updates: list[tuple[bytes, int]] = []
        for node, props in rows:
            packed = store_layout.pack_props(str(props), dictionary)
            if packed is not None:
                updates.append((packed, node))
        db.executemany("UPDATE nodes SET props = NULL, packed = ? WHERE id = ?", updates)
        return True

    def _records_at_least(self) -> int:
        row = self.db.execute("SELECT COUNT(*) FROM (SELECT 1 FROM records LIMIT ?)", (store_layout.TRAIN_AT,))
        return int(row.fetchone()[0])


_UPDATE_NODE = "UPDATE nodes SET label = ?, name = ?, name_hash = ?, props = ?, packed = ?, text = ? WHERE id = ?"
_UPSERT_LINK = (
    "INSERT INTO links VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (src, type, dst) DO UPDATE SET "
    "count = excluded.count, first_seen = excluded.first_seen, last_seen = excluded.last_seen, "
    "confidence = excluded.confidence"
)


def _min(first: Any, second: Any) -> Any:
    return second if first is None else first if second is None else min(first, second)


def _max(first: Any, second: Any) -> Any:
    return second if first is None else first if second is None else max(first, second)


def _merged_nodes(contribution: Contribution) -> Merged:
    """A contribution's nodes by key, the properties of repeats merged (the first label and
    name kept)."""
    merged: Merged = {}
    for node in contribution.nodes:
        label, name, props = merged.get(node.key, (node.label.value, node.name, {}))
        merged[node.key] = (label, name, props | node.props)
    return merged
