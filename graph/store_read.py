"""Reading the store: look-ups by key and name, a node's neighbourhood with its evidence,
whole-store passes for exports and loads, counts (``stats``, from ``tallies``) and records."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from itertools import groupby
from typing import Any

from graph import store_layout
from graph.store_core import NODE_COLUMNS, Edge, Node, StoreCore


class StoreReading(StoreCore):
    def stats(self) -> dict[str, Any]:
        """Counts of pages, nodes by label and edges by type."""
        tallies = "SELECT value, count FROM tallies WHERE kind = ? AND count > 0 ORDER BY value"
        labels = {str(label): int(count) for label, count in self.db.execute(tallies, ("label",))}
        by_id = self.db.execute(tallies, ("type",)).fetchall()
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
        """Nodes named ``name`` (any case); if none, nodes whose name contains it. A name the
        store makes again on reading (a comment's) is found by its hash, or made again to be
        searched (a scan of every such node: the second look-up is for people, not queries)."""
        rows = self.db.execute(
            f"SELECT {NODE_COLUMNS} FROM nodes n WHERE n.name = ? COLLATE NOCASE LIMIT ?", (name, limit)
        ).fetchall()
        found = [self._node(r) for r in rows]
        if len(found) < limit and ": " in name:  # a made name is "author: words"
            made = self.db.execute(  # (a few more than asked for: a name that only shares the hash is left out)
                f"SELECT {NODE_COLUMNS} FROM nodes n WHERE n.name_hash = ? LIMIT ?",
                (store_layout.name_hash(name), limit - len(found) + 4),
            ).fetchall()
            folded = name.translate(store_layout.ASCII_LOWER)
            found += [n for n in map(self._node, made) if n.name.translate(store_layout.ASCII_LOWER) == folded]
        if not found:
            pattern = "%" + name.replace("%", "").replace("_", "") + "%"
            self.db.create_function("reelgraph_name", 3, self._made_name, deterministic=True)
            query = (
                f"SELECT {NODE_COLUMNS} FROM nodes n WHERE COALESCE(n.name, reelgraph_name(n.props, n.packed, "
                "(SELECT data FROM texts WHERE texts.id = n.text))) LIKE ? LIMIT ?"
            )
            found = [self._node(r) for r in self.db.execute(query, (pattern, limit))]
        return found[:limit]

    def _made_name(self, props: str | None, packed: bytes | None, text: str | bytes | None) -> str:
        return store_layout.node_values(None, props, packed, text, self._both_dictionaries())[0]

    def node(self, key: str) -> Node | None:
        row = self.db.execute(
            f"SELECT {NODE_COLUMNS} FROM nodes n WHERE n.key_hash = ? AND n.key = ?", (store_layout.key_hash(key), key)
        ).fetchone()
        return None if row is None else self._node(row)

    def nodes(self) -> Iterator[Node]:
        for row in self.db.execute(f"SELECT {NODE_COLUMNS} FROM nodes n ORDER BY n.key"):
            yield self._node(row)

    def edges(self) -> Iterator[Edge]:
        for row in self.db.execute("SELECT * FROM edges ORDER BY src, type, dst"):
            yield Edge(*row)

    def edges_of(self, key: str) -> list[Edge]:
        ident = self._node_id(key)
        if ident is None:
            return []
        return [Edge(*row) for row in self.db.execute(_EDGES_OF_NODE, (ident, ident, ident))]

    def evidence(self, src: str, kind: str, dst: str) -> list[dict[str, Any]]:
        """The evidence of one edge, oldest first."""
        type_id = self._known(str(getattr(kind, "value", kind)))
        if type_id is None:
            return []
        key_hash = store_layout.key_hash
        rows = self.db.execute(_EVIDENCE_OF_EDGE, (key_hash(src), src, type_id, key_hash(dst), dst)).fetchall()
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
        node = self._node_id(key)
        if node is None:
            return []
        ident = node
        links = self.db.execute(_LINKS_OF_NODE, (ident, ident, ident)).fetchall()
        others = {int(r[0]) for r in links} | {int(r[2]) for r in links}
        nodes = self._nodes_by_id(self.db, others)
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


def _oldest_first(words: dict[int, str]) -> Callable[[tuple[Any, ...]], tuple[bool, str, int]]:
    """The sort key of evidence rows (``_EVIDENCE_SELECT``): undated first, then by date, then
    in the order they were stored."""
    return lambda row: (row[9] is not None, words.get(row[9], ""), row[-1])


_EVIDENCE_OF_EDGE = (
    "SELECT "
    + _EVIDENCE_SELECT.replace("e.source", "(SELECT source FROM sources WHERE sources.id = e.source)", 1)
    + " FROM evidence e WHERE e.src = (SELECT id FROM nodes WHERE key_hash = ? AND key = ?) AND e.type = ? "
    "AND e.dst = (SELECT id FROM nodes WHERE key_hash = ? AND key = ?)"
)
# A node's edges (by its id) as the ``edges`` view spells them: outgoing, then incoming.
_EDGE_OF_LINK = (
    "SELECT s.key, t.text, d.key, l.count, f.text, la.text, l.confidence FROM links l JOIN nodes s ON s.id = l.src "
    "JOIN symbols t ON t.id = l.type JOIN nodes d ON d.id = l.dst LEFT JOIN symbols f ON f.id = l.first_seen "
    "LEFT JOIN symbols la ON la.id = l.last_seen"
)
_EDGES_OF_NODE = f"{_EDGE_OF_LINK} WHERE l.src = ? UNION ALL {_EDGE_OF_LINK} WHERE l.dst = ? AND l.src != ?"


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
