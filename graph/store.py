"""The embedded store: a SQLite file under the store directory. No server, no pickle.

Each page's contribution is kept apart (``node_sources``, ``evidence``), so ingest is
idempotent (an unchanged page is skipped by its digest), incremental (a changed page
replaces only its own rows) and reversible (``forget`` deletes one page's rows). Nodes and
edges are aggregates of those rows: an edge is one (source node, type, target node) with
its evidence count and first and last dates. Every write is one SQLite transaction, so a
crash leaves the previous store as it was; a lock file keeps two writers apart.
"""

from __future__ import annotations

import fcntl
import hashlib
import json
import os
import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from itertools import groupby
from pathlib import Path
from typing import Any

from base.errors import StoreBusy, StoreError
from graph import integrity
from graph.build import Contribution

SCHEMA_VERSION = 2  # 2: page records compressed in ``records``, evidence sentences kept once in ``texts``
_DDL_V1 = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS sources (
    source TEXT PRIMARY KEY, digest TEXT NOT NULL, ingested TEXT NOT NULL, record TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS node_sources (
    key TEXT NOT NULL, source TEXT NOT NULL, label TEXT NOT NULL, name TEXT NOT NULL, props TEXT NOT NULL,
    PRIMARY KEY (key, source));
CREATE INDEX IF NOT EXISTS node_sources_source ON node_sources (source);
CREATE TABLE IF NOT EXISTS nodes (key TEXT PRIMARY KEY, label TEXT NOT NULL, name TEXT NOT NULL, props TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS nodes_name ON nodes (name COLLATE NOCASE);
CREATE INDEX IF NOT EXISTS nodes_label ON nodes (label);
CREATE TABLE IF NOT EXISTS evidence (
    id INTEGER PRIMARY KEY, src TEXT NOT NULL, type TEXT NOT NULL, dst TEXT NOT NULL, source TEXT NOT NULL,
    unit TEXT, sentence TEXT, start INTEGER, end INTEGER, extractor TEXT, confidence REAL, polarity TEXT,
    by TEXT, seen TEXT, extra TEXT);
CREATE INDEX IF NOT EXISTS evidence_edge ON evidence (src, type, dst);
CREATE INDEX IF NOT EXISTS evidence_source ON evidence (source);
CREATE TABLE IF NOT EXISTS edges (
    src TEXT NOT NULL, type TEXT NOT NULL, dst TEXT NOT NULL, count INTEGER NOT NULL, first_seen TEXT,
    last_seen TEXT, confidence REAL, PRIMARY KEY (src, type, dst));
CREATE INDEX IF NOT EXISTS edges_dst ON edges (dst);
CREATE INDEX IF NOT EXISTS edges_type ON edges (type);
"""
# Added by schema 2, after the integrity seal watches the connection (so adding them to an
# older store is a tracked write). Evidence rows of schema 2 keep ``sentence`` NULL and point
# at their sentence in ``texts``; ``sources.record`` is '{}' and the record is in ``records``.
_DDL_V2 = """
CREATE TABLE IF NOT EXISTS records (source TEXT PRIMARY KEY, data BLOB NOT NULL);
CREATE TABLE IF NOT EXISTS texts (id INTEGER PRIMARY KEY, digest BLOB NOT NULL UNIQUE, text TEXT NOT NULL);
"""
_DDL = _DDL_V1 + _DDL_V2
_EVIDENCE_COLUMNS = ("unit", "sentence", "start", "end", "extractor", "confidence", "polarity", "by", "seen")


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

    @classmethod
    def open(cls, directory: Path, create: bool = True) -> EmbeddedStore:
        """Open (and create if asked) the store; a newer or foreign file is refused."""
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
            connection.executescript(_DDL_V1)
            row = connection.execute("SELECT value FROM meta WHERE key = 'schema'").fetchone()
        except sqlite3.DatabaseError as error:
            raise StoreError.foreign(str(path), str(error)) from error
        if row is None:
            connection.execute("INSERT INTO meta VALUES ('schema', ?)", (str(SCHEMA_VERSION),))
        elif int(row[0]) > SCHEMA_VERSION:
            raise StoreError.newer(str(path), str(row[0]))
        store = cls(directory, connection)
        store.seal = integrity.watch(connection, path, new=not existing)
        store._upgrade()
        return store

    def _upgrade(self) -> None:
        """Bring a schema-1 store to schema 2 (new tables and a column; old rows stay readable)."""
        version = int(self.db.execute("SELECT value FROM meta WHERE key = 'schema'").fetchone()[0])
        columns = {str(r[1]) for r in self.db.execute("PRAGMA table_info(evidence)")}
        if version >= SCHEMA_VERSION and "sentence_id" in columns:
            return
        self.db.executescript(_DDL_V2)
        if "sentence_id" not in columns:
            self.db.execute("ALTER TABLE evidence ADD COLUMN sentence_id INTEGER")
        self.db.execute("UPDATE meta SET value = ? WHERE key = 'schema'", (str(SCHEMA_VERSION),))

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
            raise
        self.db.execute("COMMIT")

    def generation(self) -> int:
        """How many write transactions the store has committed (0 for a new store)."""
        row = self.db.execute("SELECT value FROM meta WHERE key = 'generation'").fetchone()
        return 0 if row is None else int(row[0])

    def cache_key(self) -> tuple[str, int]:
        """What a cache of this store's graph is keyed by: its file and its generation."""
        return (str((self.directory / "graph.sqlite").resolve()), self.generation())

    # --- writing -------------------------------------------------------------------------

    def digest_of(self, source: str) -> str | None:
        row = self.db.execute("SELECT digest FROM sources WHERE source = ?", (source,)).fetchone()
        return None if row is None else str(row[0])

    def replace(self, batch: Iterable[tuple[Contribution, str, dict[str, Any], str]]) -> None:
        """Store contributions (contribution, digest, record, timestamp) in one transaction,
        each replacing whatever its source contributed before."""
        with self._transaction() as db:
            for contribution, digest, record, when in batch:
                nodes, edges = self._remove(db, contribution.source)
                self._refresh(db, nodes, edges)  # only what a changed page leaves behind
                db.execute("INSERT OR REPLACE INTO sources VALUES (?, ?, ?, '{}')", (contribution.source, digest, when))
                db.execute(
                    "INSERT OR REPLACE INTO records VALUES (?, ?)",
                    (contribution.source, _pack(json.dumps(record, ensure_ascii=False))),
                )
                sentences = self._text_ids(db, {e.evidence.get("sentence") for e in contribution.edges})
                merged: dict[str, tuple[str, str, dict[str, Any]]] = {}
                for node in contribution.nodes:
                    label, name, props = merged.get(node.key, (node.label.value, node.name, {}))
                    merged[node.key] = (label, name, props | node.props)
                db.executemany(
                    "INSERT INTO node_sources VALUES (?, ?, ?, ?, ?)",
                    [
                        (k, contribution.source, lb, nm, json.dumps(p, ensure_ascii=False))
                        for k, (lb, nm, p) in merged.items()
                    ],
                )
                db.executemany(
                    "INSERT INTO evidence (src, type, dst, source, unit, sentence_id, start, end, extractor, "
                    "confidence, polarity, by, seen, extra) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    [
                        (
                            e.src,
                            e.type.value,
                            e.dst,
                            contribution.source,
                            e.evidence.get("unit"),
                            _text_id(sentences, e.evidence.get("sentence")),
                            *(e.evidence.get(c) for c in _EVIDENCE_COLUMNS[2:]),
                            json.dumps(
                                {k: v for k, v in e.evidence.items() if k not in _EVIDENCE_COLUMNS and k != "source"}
                            ),
                        )
                        for e in contribution.edges
                    ],
                )
                self._add(db, merged, contribution)

    @staticmethod
    def _text_ids(db: sqlite3.Connection, texts: set[Any]) -> dict[str, int]:
        """The ids of these sentences in ``texts``, each stored once however many rows cite it."""
        digests = {_digest(text): text for text in texts if isinstance(text, str)}
        db.executemany(
            "INSERT INTO texts (digest, text) VALUES (?, ?) ON CONFLICT (digest) DO NOTHING", digests.items()
        )
        found: dict[str, int] = {}
        keys = list(digests)
        for start in range(0, len(keys), 500):
            chunk = keys[start : start + 500]
            query = f"SELECT digest, id FROM texts WHERE digest IN ({', '.join('?' * len(chunk))})"
            found.update({digests[bytes(digest)]: int(key) for digest, key in db.execute(query, chunk)})
        return found

    def compact(self) -> dict[str, int]:
        """Drop sentences no evidence cites any more and rewrite the file without free pages
        (SQLite's VACUUM); returns the file's size before and after, in bytes."""
        path = self.directory / "graph.sqlite"
        self.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        before = path.stat().st_size
        with self._transaction() as db:
            db.execute(
                "DELETE FROM texts WHERE id NOT IN (SELECT sentence_id FROM evidence WHERE sentence_id IS NOT NULL)"
            )
        self.db.execute("VACUUM")
        self.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        return {"before": before, "after": path.stat().st_size}

    def forget(self, source: str) -> list[str]:
        """Remove what a page (or every post of an export, by file name) contributed."""
        with self._transaction() as db:
            sources = [
                str(row[0])
                for row in db.execute(
                    "SELECT source FROM sources WHERE source = ? OR source LIKE ? ESCAPE '\\'",
                    (source, source.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "#%"),
                )
            ]
            for name in sources:
                nodes, edges = self._remove(db, name)
                db.execute("DELETE FROM sources WHERE source = ?", (name,))
                db.execute("DELETE FROM records WHERE source = ?", (name,))
                self._refresh(db, nodes, edges)
        return sources

    def _add(
        self, db: sqlite3.Connection, merged: dict[str, tuple[str, str, dict[str, Any]]], contribution: Contribution
    ) -> None:
        """Fold one contribution into the aggregates: O(its own size), whatever the store's."""
        db.executemany(
            "INSERT INTO nodes VALUES (?, ?, ?, ?) ON CONFLICT (key) DO UPDATE SET label = excluded.label, "
            "name = excluded.name, props = json_patch(nodes.props, excluded.props)",
            [(key, label, name, json.dumps(props, ensure_ascii=False)) for key, (label, name, props) in merged.items()],
        )
        totals: dict[tuple[str, str, str], list[Any]] = {}
        for edge in contribution.edges:
            seen, confidence = edge.evidence.get("seen"), edge.evidence.get("confidence")
            key = (edge.src, edge.type.value, edge.dst)
            count, first, last, best = totals.get(key, [0, None, None, None])
            totals[key] = [count + 1, _min(first, seen), _max(last, seen), _max(best, confidence)]
        db.executemany(
            "INSERT INTO edges VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (src, type, dst) DO UPDATE SET "
            "count = edges.count + excluded.count, "
            "first_seen = CASE WHEN edges.first_seen IS NULL OR excluded.first_seen < edges.first_seen "
            "THEN COALESCE(excluded.first_seen, edges.first_seen) ELSE edges.first_seen END, "
            "last_seen = CASE WHEN edges.last_seen IS NULL OR excluded.last_seen > edges.last_seen "
            "THEN COALESCE(excluded.last_seen, edges.last_seen) ELSE edges.last_seen END, "
            "confidence = MAX(COALESCE(edges.confidence, 0), COALESCE(excluded.confidence, 0))",
            [(*key, *values) for key, values in totals.items()],
        )

    def _remove(self, db: sqlite3.Connection, source: str) -> tuple[set[str], set[tuple[str, str, str]]]:
        nodes = {str(r[0]) for r in db.execute("SELECT key FROM node_sources WHERE source = ?", (source,))}
        edges = {
            (str(a), str(b), str(c))
            for a, b, c in db.execute("SELECT src, type, dst FROM evidence WHERE source = ?", (source,))
        }
        db.execute("DELETE FROM node_sources WHERE source = ?", (source,))
        db.execute("DELETE FROM evidence WHERE source = ?", (source,))
        return nodes, edges

    def _refresh(self, db: sqlite3.Connection, nodes: set[str], edges: set[tuple[str, str, str]]) -> None:
        for src, kind, dst in edges:
            db.execute("DELETE FROM edges WHERE src = ? AND type = ? AND dst = ?", (src, kind, dst))
            db.execute(
                "INSERT INTO edges SELECT src, type, dst, COUNT(*), MIN(seen), MAX(seen), MAX(confidence) "
                "FROM evidence WHERE src = ? AND type = ? AND dst = ? GROUP BY src, type, dst",
                (src, kind, dst),
            )
        for key in nodes:
            rows = db.execute(
                "SELECT label, name, props FROM node_sources WHERE key = ? ORDER BY rowid", (key,)
            ).fetchall()
            db.execute("DELETE FROM nodes WHERE key = ?", (key,))
            if rows:
                props: dict[str, Any] = {}
                for _, _, raw in rows:
                    props |= json.loads(raw)
                db.execute(
                    "INSERT INTO nodes VALUES (?, ?, ?, ?)",
                    (key, rows[-1][0], rows[-1][1], json.dumps(props, ensure_ascii=False)),
                )

    # --- reading -------------------------------------------------------------------------

    def stats(self) -> dict[str, Any]:
        """Counts of pages, nodes by label and edges by type."""
        labels = dict(self.db.execute("SELECT label, COUNT(*) FROM nodes GROUP BY label ORDER BY label").fetchall())
        types = dict(self.db.execute("SELECT type, COUNT(*) FROM edges GROUP BY type ORDER BY type").fetchall())
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
        query = "SELECT s.record, r.data FROM sources s LEFT JOIN records r USING (source) ORDER BY s.source"
        for raw, packed in self.db.execute(query):
            yield json.loads(raw if packed is None else _unpack(packed))

    def find(self, name: str, limit: int = 20) -> list[Node]:
        """Nodes named ``name`` (any case); if none, nodes whose name contains it."""
        rows = self.db.execute("SELECT * FROM nodes WHERE name = ? COLLATE NOCASE LIMIT ?", (name, limit)).fetchall()
        if not rows:
            pattern = "%" + name.replace("%", "").replace("_", "") + "%"
            rows = self.db.execute("SELECT * FROM nodes WHERE name LIKE ? LIMIT ?", (pattern, limit)).fetchall()
        return [_node(r) for r in rows]

    def node(self, key: str) -> Node | None:
        row = self.db.execute("SELECT * FROM nodes WHERE key = ?", (key,)).fetchone()
        return None if row is None else _node(row)

    def nodes(self) -> Iterator[Node]:
        for row in self.db.execute("SELECT * FROM nodes ORDER BY key"):
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
        cursor = self.db.execute(
            f"SELECT {_EVIDENCE_SELECT} FROM evidence WHERE src = ? AND type = ? AND dst = ? ORDER BY seen, id",
            (src, kind, dst),
        )
        return [_evidence_item(row) for row in cursor]

    def edges_with_evidence(self) -> Iterator[tuple[Edge, list[dict[str, Any]]]]:
        """Every edge with its evidence, in one pass over the store (for exports and loads)."""
        cursor = self.db.execute(
            f"SELECT src, type, dst, {_EVIDENCE_SELECT} FROM evidence ORDER BY src, type, dst, seen, id"
        )
        groups = groupby(cursor, key=lambda row: (row[0], row[1], row[2]))
        current = next(groups, None)
        for edge in self.edges():
            key = (edge.src, edge.type, edge.dst)
            while current is not None and current[0] < key:  # both sorted the same way: a merge join
                current = next(groups, None)
            items: list[dict[str, Any]] = []
            if current is not None and current[0] == key:
                items = [_evidence_item(row[3:]) for row in current[1]]
                current = next(groups, None)
            yield edge, items


_EVIDENCE_NAMES = (
    "source",
    "unit",
    "sentence",
    "start",
    "end",
    "extractor",
    "confidence",
    "polarity",
    "by",
    "seen",
    "extra",
)
_EVIDENCE_SELECT = ", ".join(_EVIDENCE_NAMES).replace(
    "sentence", "COALESCE(sentence, (SELECT text FROM texts WHERE texts.id = sentence_id))"
)


def _text_id(ids: dict[str, int], text: Any) -> int | None:
    return ids.get(text) if isinstance(text, str) else None


def _digest(text: str) -> bytes:
    return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=16).digest()


_ZSTD: dict[str, Any] = {}  # one compressor and one decompressor per process, made when first needed


def _pack(text: str) -> bytes:
    """A page record as zstandard-compressed UTF-8 (level 3: about 5x on records, ~0.1 ms each)."""
    if "c" not in _ZSTD:
        import zstandard

        _ZSTD["c"] = zstandard.ZstdCompressor(level=3)
    packed: bytes = _ZSTD["c"].compress(text.encode("utf-8", "surrogatepass"))
    return packed


def _unpack(data: bytes) -> str:
    if "d" not in _ZSTD:
        import zstandard

        _ZSTD["d"] = zstandard.ZstdDecompressor()
    text: str = _ZSTD["d"].decompress(data).decode("utf-8", "surrogatepass")
    return text


def _evidence_item(row: tuple[Any, ...]) -> dict[str, Any]:
    return {k: v for k, v in zip(_EVIDENCE_NAMES, row, strict=True) if v is not None and v != "{}"}


def _min(first: Any, second: Any) -> Any:
    return second if first is None else first if second is None else min(first, second)


def _max(first: Any, second: Any) -> Any:
    return second if first is None else first if second is None else max(first, second)


def _node(row: tuple[Any, ...]) -> Node:
    return Node(str(row[0]), str(row[1]), str(row[2]), json.loads(row[3]))
