"""The embedded store: a SQLite file under the store directory. No server, no pickle.

Each page's contribution is kept apart (``node_sources``, ``evidence``), so ingest is
idempotent (an unchanged page is skipped by its digest), incremental (a changed page
replaces only its own rows) and reversible (``forget`` deletes one page's rows). Nodes and
edges are aggregates of those rows: an edge is one (source node, type, target node) with
its evidence count and first and last dates. Every write is one SQLite transaction, so a
crash leaves the previous store as it was; a lock file keeps two writers apart. The tables
(schema 3: integer ids, every text once, compressed records) and the migration of older
stores are in :mod:`graph.store_layout`.
"""

from __future__ import annotations

import fcntl
import json
import os
import sqlite3
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from itertools import groupby
from pathlib import Path
from typing import Any

from base.errors import StoreBusy, StoreError
from graph import integrity, store_layout
from graph.build import Contribution
from graph.store_layout import _DDL_V1, _DDL_V2, COLUMN_FIELDS, DDL, SCHEMA_VERSION, statements

_DDL = DDL  # what ``reelgraph check`` holds a store at the current schema to
__all__ = ["SCHEMA_VERSION", "_DDL", "_DDL_V1", "_DDL_V2", "Edge", "EmbeddedStore", "Node"]


@dataclass(frozen=True, slots=True)
class Node:
    key: str
    label: str
    name: str
    props: dict[str, Any]


@dataclass(frozen=True, slots=True)
class Edge:
    src: str
    type: str
    dst: str
    count: int
    first_seen: str | None
    last_seen: str | None
    confidence: float | None


class EmbeddedStore:
    """The persistent graph under ``directory`` (``graph.sqlite``, ``ingest.lock``)."""

    def __init__(self, directory: Path, connection: sqlite3.Connection) -> None:
        self.directory = directory
        self.db = connection
        self.seal: integrity.Seal | None = None  # set by open(): renews the checksum on close
        self._symbols: dict[str, int] = {}  # symbols met so far, both ways
        self._texts: dict[int, str] = {}
        self._dictionary: tuple[int, bytes] | None = None  # the records' dictionary, once there is one

    @classmethod
    def open(cls, directory: Path, create: bool = True) -> EmbeddedStore:
        """Open (and create if asked) the store; a newer or foreign file is refused, an older
        one (schema 1 or 2) is rewritten as schema 3 in one transaction."""
        path = directory / "graph.sqlite"
        if not path.exists() and not create:
            raise StoreError.missing(str(directory))
        integrity.preflight(path)  # a 0-byte file is a damaged store, not an empty one
        directory.mkdir(parents=True, exist_ok=True)
        try:
            connection = sqlite3.connect(path, timeout=30, isolation_level=None)
            existing = integrity.opened(connection, path, _DDL, SCHEMA_VERSION)  # never recreate its tables
            connection.execute("PRAGMA journal_mode=WAL")
            connection.execute("PRAGMA synchronous=NORMAL")
            if not existing:
                for statement in statements(_DDL):
                    connection.execute(statement)
            row = connection.execute("SELECT value FROM meta WHERE key = 'schema'").fetchone()
        except sqlite3.DatabaseError as error:
            raise StoreError.foreign(str(path), str(error)) from error
        if row is None and not existing:
            connection.execute("INSERT INTO meta VALUES ('schema', ?)", (str(SCHEMA_VERSION),))
        elif row is not None and int(row[0]) > SCHEMA_VERSION:
            raise StoreError.newer(str(path), str(row[0]))
        store = cls(directory, connection)
        store.seal = integrity.watch(connection, path, new=not existing)
        if existing and (row is None or int(row[0]) < SCHEMA_VERSION):
            try:
                store._upgrade()
            except BaseException:
                connection.close()
                raise
        return store

    def _upgrade(self) -> None:
        """Rewrite a schema-1 or schema-2 store as schema 3 (one transaction: all or nothing),
        then give the old tables' pages back to the file system (VACUUM)."""
        self.db.execute("BEGIN IMMEDIATE")
        try:
            store_layout.migrate(self.db)
            self._train(self.db)
        except BaseException:
            self.db.execute("ROLLBACK")
            raise
        self.db.execute("COMMIT")
        self.db.execute("VACUUM")
        self.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    def close(self) -> None:
        if self.seal is not None:
            self.seal.close(self.db)  # a store this connection wrote is sealed for the next open
        self.db.close()

    def __enter__(self) -> EmbeddedStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def writing(self) -> Iterator[None]:
        """Hold the store's write lock; a second writer gets a clear error at once."""
        lock_path = self.directory / "ingest.lock"
        handle = lock_path.open("a+")
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError as error:
            handle.seek(0)
            holder = handle.read().strip() or "another process"
            handle.close()
            raise StoreBusy.held(str(self.directory), holder) from error
        handle.seek(0)
        handle.truncate()
        handle.write(f"reelgraph (pid {os.getpid()})")
        handle.flush()
        try:
            yield
        finally:
            handle.truncate(0)
            fcntl.flock(handle, fcntl.LOCK_UN)
            handle.close()

    @contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        """One write transaction; it bumps the store's generation, so caches of the graph
        (keyed by the store's path and generation) are never read stale."""
        self.db.execute("BEGIN IMMEDIATE")
        try:
            yield self.db
            self.db.execute(
                "INSERT INTO meta VALUES ('generation', '1') "
                "ON CONFLICT (key) DO UPDATE SET value = CAST(meta.value AS INTEGER) + 1"
            )
        except BaseException:
            self.db.execute("ROLLBACK")
            self._symbols.clear()  # ids handed out in the rolled-back transaction are gone
            self._texts.clear()
            self._dictionary = None
            raise
        self.db.execute("COMMIT")

    def generation(self) -> int:
        """How many write transactions the store has committed (0 for a new store)."""
        row = self.db.execute("SELECT value FROM meta WHERE key = 'generation'").fetchone()
        return 0 if row is None else int(row[0])

    def cache_key(self) -> tuple[str, int]:
        """What a cache of this store's graph is keyed by: its file and its generation."""
        return (str((self.directory / "graph.sqlite").resolve()), self.generation())

    # --- symbols, sentences, records -------------------------------------------------------

    def _symbol(self, text: Any) -> int | None:
        """The id of a short repeated string (a type, unit, date...), added when new."""
        if text is None:
            return None
        text = str(text)
        found = self._symbols.get(text)
        if found is None:
            row = self.db.execute("SELECT id FROM symbols WHERE text = ?", (text,)).fetchone()
            if row is None:
                row = self.db.execute("INSERT INTO symbols (text) VALUES (?) RETURNING id", (text,)).fetchone()
            found = self._symbols[text] = int(row[0])
            self._texts[found] = text
        return found

    def _known(self, text: str) -> int | None:
        """The id of a symbol, or None if the store has never seen it (nothing is added)."""
        found = self._symbols.get(text)
        if found is None:
            row = self.db.execute("SELECT id FROM symbols WHERE text = ?", (text,)).fetchone()
            if row is None:
                return None
            found = self._symbols[text] = int(row[0])
            self._texts[found] = text
        return found

    def _words(self, ids: Iterable[int | None]) -> dict[int, str]:
        """The texts of these symbol ids (read once, then remembered)."""
        wanted = sorted({i for i in ids if i is not None and i not in self._texts})
        for chunk in _chunks(wanted):
            query = f"SELECT id, text FROM symbols WHERE id IN ({', '.join('?' * len(chunk))})"
            for ident, text in self.db.execute(query, chunk):
                self._texts[int(ident)] = str(text)
                self._symbols[str(text)] = int(ident)
        return self._texts

    def _all_words(self) -> dict[int, str]:
        for ident, text in self.db.execute("SELECT id, text FROM symbols"):
            self._texts[int(ident)] = str(text)
            self._symbols[str(text)] = int(ident)
        return self._texts

    def _dictionary_in_use(self) -> tuple[int, bytes] | None:
        """The store's dictionary: trained once, never replaced, so it is kept once read (its
        absence is not: another process may train it meanwhile)."""
        if self._dictionary is None:
            row = self.db.execute("SELECT id, data FROM dictionaries ORDER BY id LIMIT 1").fetchone()
            self._dictionary = None if row is None else (int(row[0]), bytes(row[1]))
        return self._dictionary

    def _dictionary_by_id(self, ident: int | None) -> tuple[int, bytes] | None:
        if ident is None:
            return None
        current = self._dictionary_in_use()
        if current is not None and current[0] == ident:
            return current
        row = self.db.execute("SELECT data FROM dictionaries WHERE id = ?", (ident,)).fetchone()
        return (int(ident), bytes(row[0]))

    def _record(self, dictionary: int | None, data: bytes) -> dict[str, Any]:
        record: dict[str, Any] = json.loads(store_layout.unpack(data, self._dictionary_by_id(dictionary)))
        return record

    def _train(self, db: sqlite3.Connection) -> None:
        """Train the store's dictionary once it holds enough records (on up to
        ``TRAIN_SAMPLES`` of them, spread over the store) and compress every record and long
        sentence with it. It is never replaced, so no reader ever holds a stale one."""
        if self._dictionary_in_use() is not None:
            return
        count = self._records_at_least()
        if count < store_layout.TRAIN_AT:
            return
        count = db.execute("SELECT COUNT(*) FROM records").fetchone()[0]
        step = max(1, count // store_layout.TRAIN_SAMPLES)
        rows = db.execute("SELECT id, data FROM records ORDER BY id").fetchall()
        texts = {int(i): store_layout.unpack(data) for i, data in rows}
        samples = [text.encode("utf-8", "surrogatepass") for text in list(texts.values())[::step]]
        trained = store_layout.train(samples)
        ident = int(db.execute("INSERT INTO dictionaries (data) VALUES (?) RETURNING id", (trained,)).fetchone()[0])
        self._dictionary = (ident, trained)
        db.executemany(
            "UPDATE records SET dictionary = ?, data = ? WHERE id = ?",
            [(ident, store_layout.pack(text, self._dictionary), i) for i, text in texts.items()],
        )
        sentences = db.execute("SELECT id, data FROM texts").fetchall()  # all plain text until now
        db.executemany(
            "UPDATE texts SET data = ? WHERE id = ?",
            [(store_layout.squeeze(text, self._dictionary), i) for i, text in sentences],
        )

    def _records_at_least(self) -> int:
        row = self.db.execute("SELECT COUNT(*) FROM (SELECT 1 FROM records LIMIT ?)", (store_layout.TRAIN_AT,))
        return int(row.fetchone()[0])

    def _text_ids(self, db: sqlite3.Connection, texts: set[Any]) -> dict[str, int]:
        """The ids of these sentences in ``texts``, each stored once however many rows cite it."""
        wanted = {text for text in texts if isinstance(text, str)}
        hashes = sorted({store_layout.text_hash(text) for text in wanted})
        dictionary = self._dictionary_in_use()
        found: dict[str, int] = {}
        for chunk in _chunks(hashes):
            query = f"SELECT id, data FROM texts WHERE hash IN ({', '.join('?' * len(chunk))})"
            for ident, data in db.execute(query, chunk):
                text = store_layout.unsqueeze(data, dictionary)
                if text in wanted:
                    found[text] = int(ident)
        for text in sorted(wanted - found.keys()):
            row = db.execute(
                "INSERT INTO texts (hash, data) VALUES (?, ?) RETURNING id",
                (store_layout.text_hash(text), store_layout.squeeze(text, dictionary)),
            ).fetchone()
            found[text] = int(row[0])
        return found

    # --- writing -------------------------------------------------------------------------

    def digest_of(self, source: str) -> str | None:
        row = self.db.execute("SELECT digest FROM sources WHERE source = ?", (source,)).fetchone()
        return None if row is None else str(row[0])

    def replace(self, batch: Iterable[tuple[Contribution, str, dict[str, Any], str]]) -> None:
        """Store contributions (contribution, digest, record, timestamp) in one transaction,
        each replacing whatever its source contributed before."""
        with self._transaction() as db:
            for contribution, digest, record, when in batch:
                self._replace_one(db, contribution, digest, record, when)
            self._train(db)

    def _replace_one(
        self, db: sqlite3.Connection, contribution: Contribution, digest: str, record: dict[str, Any], when: str
    ) -> None:
        row = db.execute("SELECT id FROM sources WHERE source = ?", (contribution.source,)).fetchone()
        if row is not None:
            nodes, edges = self._remove(db, int(row[0]))
            db.execute("DELETE FROM sources WHERE id = ?", (row[0],))
            db.execute("DELETE FROM records WHERE id = ?", (row[0],))
            self._refresh(db, nodes, edges)  # only what a changed page leaves behind
        source = int(
            db.execute(
                "INSERT INTO sources (source, digest, ingested) VALUES (?, ?, ?) RETURNING id",
                (contribution.source, digest, when),
            ).fetchone()[0]
        )
        dictionary = self._dictionary_in_use()
        db.execute(
            "INSERT INTO records VALUES (?, ?, ?)",
            (
                source,
                None if dictionary is None else dictionary[0],
                store_layout.pack(json.dumps(record, ensure_ascii=False), dictionary),
            ),
        )
        merged: dict[str, tuple[str, str, dict[str, Any]]] = {}
        for node in contribution.nodes:
            label, name, props = merged.get(node.key, (node.label.value, node.name, {}))
            merged[node.key] = (label, name, props | node.props)
        ids = self._add_nodes(db, merged, source)
        missing = {k for e in contribution.edges for k in (e.src, e.dst) if k not in ids}
        ids |= self._node_ids(db, missing)
        unknown = missing - ids.keys()
        if unknown:
            raise ValueError(f"{contribution.source}: edges name nodes no page contributed: {sorted(unknown)[:3]}")
        sentences = self._text_ids(db, {e.evidence.get("sentence") for e in contribution.edges})
        rows = []
        for e in contribution.edges:
            ev = e.evidence
            extra = {k: v for k, v in ev.items() if k not in COLUMN_FIELDS and k != "source"}
            sentence = ev.get("sentence")
            rows.append(
                (
                    ids[e.src],
                    self._symbol(e.type.value),
                    ids[e.dst],
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
            )
        db.executemany(
            "INSERT INTO evidence (src, type, dst, source, unit, sentence_id, start, end, extractor, "
            "confidence, polarity, by, seen, extra) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            rows,
        )
        self._add_links(db, contribution, ids)

    @staticmethod
    def _node_ids(db: sqlite3.Connection, keys: Iterable[str]) -> dict[str, int]:
        wanted, found = list(keys), {}
        for chunk in _chunks(wanted):
            query = f"SELECT key, id FROM nodes WHERE key IN ({', '.join('?' * len(chunk))})"
            found.update({str(k): int(i) for k, i in db.execute(query, chunk)})
        return found

    def _add_nodes(
        self, db: sqlite3.Connection, merged: dict[str, tuple[str, str, dict[str, Any]]], source: int
    ) -> dict[str, int]:
        """Fold one contribution's nodes into ``nodes`` and ``node_sources``; their ids."""
        ids = self._node_ids(db, merged)
        data = {key: _json(props) for key, (_, _, props) in merged.items()}
        new = [key for key in merged if key not in ids]
        db.executemany(  # a new node: its one contribution is the node itself
            "INSERT INTO nodes (key, label, name, props) VALUES (?, ?, ?, ?)",
            [(key, *merged[key][:2], data[key]) for key in new],
        )
        old = [(key, ids[key]) for key in merged if key in ids]
        ids |= self._node_ids(db, new)
        db.executemany(  # the node's only contribution so far was kept as "the node itself"
            "UPDATE node_sources SET (label, name, props) = (SELECT label, name, props FROM nodes WHERE id = ?1) "
            "WHERE node = ?1 AND label IS NULL",
            [(ident,) for _, ident in old],
        )
        db.executemany(
            "UPDATE nodes SET label = ?, name = ?, props = json_patch(props, ?) WHERE id = ?",
            [(*merged[key][:2], data[key], ident) for key, ident in old],
        )
        contributed: list[tuple[int, int, str | None, str | None, str | None]] = [
            (ids[key], source, None, None, None) for key in new
        ]
        contributed += [(ident, source, *merged[key][:2], data[key]) for key, ident in old]
        db.executemany("INSERT INTO node_sources VALUES (?, ?, ?, ?, ?)", contributed)
        return ids

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
            rows.append((*key, count, self._symbol(first), self._symbol(last), best))
        db.executemany("INSERT OR REPLACE INTO links VALUES (?, ?, ?, ?, ?, ?, ?)", rows)

    def compact(self) -> dict[str, int]:
        """Drop sentences nothing cites any more and rewrite the file without free pages
        (SQLite's VACUUM); returns the file's size before and after, in bytes. (Symbols stay:
        they are few, and their ids are never handed to another string.)"""
        path = self.directory / "graph.sqlite"
        self.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        before = path.stat().st_size
        with self._transaction() as db:
            db.execute(
                "DELETE FROM texts WHERE id NOT IN (SELECT sentence_id FROM evidence WHERE sentence_id IS NOT NULL)"
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
                nodes, edges = self._remove(db, int(ident))
                db.execute("DELETE FROM sources WHERE id = ?", (ident,))
                db.execute("DELETE FROM records WHERE id = ?", (ident,))
                self._refresh(db, nodes, edges)
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
        for src, kind, dst in edges:
            rows = db.execute(
                "SELECT seen, confidence FROM evidence WHERE src = ? AND type = ? AND dst = ?", (src, kind, dst)
            ).fetchall()
            if not rows:
                db.execute("DELETE FROM links WHERE src = ? AND type = ? AND dst = ?", (src, kind, dst))
                continue
            words = self._words(r[0] for r in rows)
            seen = [words[r[0]] for r in rows if r[0] is not None]
            confidences = [r[1] for r in rows if r[1] is not None]
            db.execute(
                "INSERT OR REPLACE INTO links VALUES (?, ?, ?, ?, ?, ?, ?)",
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
        for node in nodes:
            rows = db.execute(
                "SELECT label, name, props FROM node_sources WHERE node = ? ORDER BY source", (node,)
            ).fetchall()
            if not rows:
                db.execute("DELETE FROM nodes WHERE id = ?", (node,))
                continue
            if rows[0][0] is None:  # the node's one contribution is the node as it stands
                continue
            props: dict[str, Any] = {}
            for _, _, raw in rows:
                props |= json.loads(raw)
            db.execute(
                "UPDATE nodes SET label = ?, name = ?, props = ? WHERE id = ?",
                (rows[-1][0], rows[-1][1], _json(props), node),
            )
            if len(rows) == 1:
                db.execute("UPDATE node_sources SET label = NULL, name = NULL, props = NULL WHERE node = ?", (node,))

    # --- reading -------------------------------------------------------------------------

    def stats(self) -> dict[str, Any]:
        """Counts of pages, nodes by label and edges by type."""
        labels = dict(self.db.execute("SELECT label, COUNT(*) FROM nodes GROUP BY label ORDER BY label").fetchall())
        by_id = self.db.execute("SELECT type, COUNT(*) FROM links GROUP BY type").fetchall()
        words = self._words(r[0] for r in by_id)
        types = dict(sorted((words[int(kind)], int(count)) for kind, count in by_id))
        return {
            "pages": self.db.execute("SELECT COUNT(*) FROM sources").fetchone()[0],
            "nodes": sum(labels.values()),
            "edges": sum(types.values()),
            "evidence": self.db.execute("SELECT COUNT(*) FROM evidence").fetchone()[0],
            "labels": labels,
            "types": types,
        }

    def sources(self) -> list[str]:
        return [str(r[0]) for r in self.db.execute("SELECT source FROM sources ORDER BY source")]

    def records(self) -> Iterator[dict[str, Any]]:
        """The stored page records (reader output and entities), in source order."""
        query = "SELECT r.dictionary, r.data FROM sources s JOIN records r ON r.id = s.id ORDER BY s.source"
        for dictionary, data in self.db.execute(query).fetchall():
            yield self._record(dictionary, data)

    def find(self, name: str, limit: int = 20) -> list[Node]:
        """Nodes named ``name`` (any case); if none, nodes whose name contains it."""
        rows = self.db.execute(
            f"SELECT {_NODE} FROM nodes WHERE name = ? COLLATE NOCASE LIMIT ?", (name, limit)
        ).fetchall()
        if not rows:
            pattern = "%" + name.replace("%", "").replace("_", "") + "%"
            rows = self.db.execute(f"SELECT {_NODE} FROM nodes WHERE name LIKE ? LIMIT ?", (pattern, limit)).fetchall()
        return [_node(r) for r in rows]

    def node(self, key: str) -> Node | None:
        row = self.db.execute(f"SELECT {_NODE} FROM nodes WHERE key = ?", (key,)).fetchone()
        return None if row is None else _node(row)

    def nodes(self) -> Iterator[Node]:
        for row in self.db.execute(f"SELECT {_NODE} FROM nodes ORDER BY key"):
            yield _node(row)

    def edges(self) -> Iterator[Edge]:
        for row in self.db.execute("SELECT * FROM edges ORDER BY src, type, dst"):
            yield Edge(*row)

    def edges_of(self, key: str) -> list[Edge]:
        rows = self.db.execute(
            "SELECT * FROM edges WHERE src = ? UNION ALL SELECT * FROM edges WHERE dst = ? AND src != ?",
            (key, key, key),
        ).fetchall()
        return [Edge(*row) for row in rows]

    def evidence(self, src: str, kind: str, dst: str) -> list[dict[str, Any]]:
        """The evidence of one edge, oldest first."""
        type_id = self._known(str(getattr(kind, "value", kind)))
        if type_id is None:
            return []
        rows = self.db.execute(_EVIDENCE_OF_EDGE, (src, type_id, dst)).fetchall()
        words = self._texts
        for row in rows:
            if any(i is not None and i not in words for i in (row[1], row[5], row[7], row[8], row[9], row[10])):
                words = self._words(i for r in rows for i in (r[1], r[5], r[7], r[8], r[9], r[10]))
                break
        if len(rows) > 1:
            rows.sort(key=_oldest_first(words))
        dictionary = self._dictionary_in_use()
        return [_evidence_item(row, words, None, dictionary) for row in rows]

    def polarities(self, kind: str) -> dict[tuple[str, str], list[str | None]]:
        """Every edge of one type (by its ends' keys) with its evidence polarities, oldest
        evidence first as ``evidence`` orders them: one statement for the whole store."""
        type_id = self._known(kind)
        if type_id is None:
            return {}
        rows = self.db.execute(
            "SELECT s.key, d.key, p.text, w.text, e.id FROM evidence e JOIN nodes s ON s.id = e.src "
            "JOIN nodes d ON d.id = e.dst LEFT JOIN symbols p ON p.id = e.polarity "
            "LEFT JOIN symbols w ON w.id = e.seen WHERE e.type = ?",
            (type_id,),
        ).fetchall()
        rows.sort(key=lambda r: (r[0], r[1], r[3] is not None, r[3] or "", r[4]))
        found: dict[tuple[str, str], list[str | None]] = {}
        for src, dst, polarity, _, _ in rows:
            found.setdefault((str(src), str(dst)), []).append(polarity)
        return found

    def neighbourhood(self, key: str) -> list[tuple[Edge, Node | None, list[dict[str, Any]]]]:
        """A node's edges, each with the node at its other end and its evidence (oldest first),
        in four statements whatever the node's degree (``show`` on a hub film)."""
        row = self.db.execute("SELECT id FROM nodes WHERE key = ?", (key,)).fetchone()
        if row is None:
            return []
        ident = int(row[0])
        links = self.db.execute(_LINKS_OF_NODE, (ident, ident, ident)).fetchall()
        others = {int(r[0]) for r in links} | {int(r[2]) for r in links}
        nodes: dict[int, Node] = {}
        for chunk in _chunks(sorted(others)):
            query = f"SELECT id, {_NODE} FROM nodes WHERE id IN ({', '.join('?' * len(chunk))})"
            nodes.update({int(r[0]): _node(r[1:]) for r in self.db.execute(query, chunk)})
        rows = self.db.execute(_EVIDENCE_OF_NODE, (ident, ident, ident)).fetchall()
        symbols: list[tuple[Any, ...]] = [(r[1], r[4], r[5]) for r in links]  # type, first and last seen
        symbols += [(r[1], r[4], r[8], r[10], r[11], r[12], r[13]) for r in rows]  # type, unit, extractor...
        words = self._words(i for ids in symbols for i in ids)
        names = {int(i): str(s) for i, s in self.db.execute(_SOURCES_OF_NODE, (ident, ident, ident))}
        dictionary = self._dictionary_in_use()
        found: dict[tuple[int, int, int], list[tuple[Any, ...]]] = {}
        for r in rows:
            found.setdefault((int(r[0]), int(r[1]), int(r[2])), []).append(r[3:])
        result = []
        for src, kind, dst, count, first, last, confidence in links:
            evidence = found.get((src, kind, dst), [])
            evidence.sort(key=_oldest_first(words))
            edge = Edge(
                nodes[src].key, words[kind], nodes[dst].key, count, words.get(first), words.get(last), confidence
            )
            other = nodes.get(dst if src == ident else src)
            result.append((edge, other, [_evidence_item(e, words, names, dictionary) for e in evidence]))
        return result

    def edges_with_evidence(self) -> Iterator[tuple[Edge, list[dict[str, Any]]]]:
        """Every edge with its evidence, in one pass over the store (for exports and loads)."""
        words, dictionary = self._all_words(), self._dictionary_in_use()
        names = {int(i): str(s) for i, s in self.db.execute("SELECT id, source FROM sources")}
        cursor = self.db.execute(
            f"SELECT a.key, t.text, b.key, {_EVIDENCE_SELECT} FROM evidence e JOIN nodes a ON a.id = e.src "
            "JOIN symbols t ON t.id = e.type JOIN nodes b ON b.id = e.dst LEFT JOIN symbols w ON w.id = e.seen "
            "ORDER BY a.key, t.text, b.key, w.text, e.id"
        )
        groups = groupby(cursor, key=lambda row: (row[0], row[1], row[2]))
        current = next(groups, None)
        for edge in self.edges():
            key = (edge.src, edge.type, edge.dst)
            while current is not None and current[0] < key:  # both sorted the same way: a merge join
                current = next(groups, None)
            items: list[dict[str, Any]] = []
            if current is not None and current[0] == key:
                items = [_evidence_item(row[3:], words, names, dictionary) for row in current[1]]
                current = next(groups, None)
            yield edge, items


_NODE = "key, label, name, props"
# The evidence columns as read: source id, unit, sentence, start, end, extractor, confidence,
# polarity, by, seen, extra, id (symbols as ids).
_EVIDENCE_SELECT = (
    "e.source, e.unit, (SELECT data FROM texts WHERE texts.id = e.sentence_id), e.start, e.end, e.extractor, "
    "e.confidence, e.polarity, e.by, e.seen, e.extra, e.id"
)


_LINKS_OF_NODE = (
    "SELECT src, type, dst, count, first_seen, last_seen, confidence FROM links WHERE src = ? "
    "UNION ALL SELECT src, type, dst, count, first_seen, last_seen, confidence FROM links WHERE dst = ? AND src != ?"
)
# A node's evidence: its outgoing rows by the edge index, its incoming ones through its links.
_EVIDENCE_OF_NODE = (
    f"SELECT e.src, e.type, e.dst, {_EVIDENCE_SELECT} FROM evidence e WHERE e.src = ? "
    f"UNION ALL SELECT e.src, e.type, e.dst, {_EVIDENCE_SELECT} FROM links l "
    "JOIN evidence e ON e.src = l.src AND e.type = l.type AND e.dst = l.dst WHERE l.dst = ? AND l.src != ?"
)
_SOURCES_OF_NODE = (
    "SELECT id, source FROM sources WHERE id IN (SELECT source FROM evidence WHERE src = ? UNION "
    "SELECT e.source FROM links l JOIN evidence e ON e.src = l.src AND e.type = l.type AND e.dst = l.dst "
    "WHERE l.dst = ? AND l.src != ?)"
)


def _chunks(items: list[Any], size: int = 500) -> Iterator[list[Any]]:
    """``items`` in slices small enough for one ``IN (...)`` list."""
    for start in range(0, len(items), size):
        yield items[start : start + size]


def _oldest_first(words: dict[int, str]) -> Callable[[tuple[Any, ...]], tuple[bool, str, int]]:
    """The sort key of evidence rows (``_EVIDENCE_SELECT``): undated first, then by date, then
    in the order they were stored."""
    return lambda row: (row[9] is not None, words.get(row[9], ""), row[-1])


_EVIDENCE_OF_EDGE = (
    "SELECT "
    + _EVIDENCE_SELECT.replace("e.source", "(SELECT source FROM sources WHERE sources.id = e.source)", 1)
    + " FROM evidence e WHERE e.src = (SELECT id FROM nodes WHERE key = ?) AND e.type = ? "
    "AND e.dst = (SELECT id FROM nodes WHERE key = ?)"
)


def _evidence_item(
    row: tuple[Any, ...], words: dict[int, str], names: dict[int, str] | None, dictionary: tuple[int, bytes] | None
) -> dict[str, Any]:
    """One evidence row as a dict (``names``: source names by id, None when the row has the name)."""
    source, unit, sentence, start, end, extractor, confidence, polarity, by, seen, extra = row[:11]
    item: dict[str, Any] = {"source": source if names is None else names[source]}
    if unit is not None:
        item["unit"] = words[unit]
    if sentence is not None:
        item["sentence"] = sentence if isinstance(sentence, str) else store_layout.unpack(sentence, dictionary)
    if start is not None:
        item["start"] = start
    if end is not None:
        item["end"] = end
    if extractor is not None:
        item["extractor"] = words[extractor]
    if confidence is not None:
        item["confidence"] = confidence
    if polarity is not None:
        item["polarity"] = words[polarity]
    if by is not None:
        item["by"] = words[by]
    if seen is not None:
        item["seen"] = words[seen]
    if extra is not None:
        item["extra"] = words[extra]
    return item


def _json(props: dict[str, Any]) -> str:
    """Node properties as compact JSON (no blanks after separators)."""
    return json.dumps(props, ensure_ascii=False, separators=(",", ":"))


def _min(first: Any, second: Any) -> Any:
    return second if first is None else first if second is None else min(first, second)


def _max(first: Any, second: Any) -> Any:
    return second if first is None else first if second is None else max(first, second)


def _node(row: tuple[Any, ...]) -> Node:
    return Node(str(row[0]), str(row[1]), str(row[2]), json.loads(row[3]))
