"""What the store's reading and writing share: the connection, its transactions and
generation, symbols, sentences and the dictionaries texts are packed with, and how a node's
row reads back (see :mod:`graph.store_layout` for the tables)."""

from __future__ import annotations

import json
import sqlite3
from collections import Counter
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from graph import integrity, store_layout

Dictionary = tuple[int, bytes]


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


# A node's columns as read (with its text's data), then turned into a ``Node`` by ``_node``.
NODE_COLUMNS = "n.key, n.label, n.name, n.props, n.packed, (SELECT data FROM texts WHERE texts.id = n.text)"
_NODE_ID = "SELECT id FROM nodes WHERE key_hash = ? AND key = ?"


class StoreCore:
    """The connection to ``graph.sqlite`` under ``directory`` and what every part of the store uses."""

    def __init__(self, directory: Path, connection: sqlite3.Connection) -> None:
        self.directory = directory
        self.db = connection
        self.seal: integrity.Seal | None = None  # set by open(): renews the checksum on close
        self._symbols: dict[str, int] = {}  # symbols met so far, both ways
        self._texts: dict[int, str] = {}
        self._dictionaries: dict[str, Dictionary] = {}  # by kind, once there is one
        self._tally: Counter[tuple[str, Any]] = Counter()  # this transaction's changes to ``tallies``
        self._absent: set[str] | None = None  # in a write transaction: dictionaries known not to be there

    # --- transactions ----------------------------------------------------------------------

    @contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        """One write transaction; it bumps the store's generation, so caches of the graph
        (keyed by the store's path and generation) are never read stale."""
        self.db.execute("BEGIN IMMEDIATE")
        self._tally.clear()
        self._absent = set()  # no other writer can train one until this transaction ends
        try:
            yield self.db
            self.db.executemany(
                "INSERT INTO tallies VALUES (?, ?, ?) "
                "ON CONFLICT (kind, value) DO UPDATE SET count = count + excluded.count",
                [(kind, value, n) for (kind, value), n in sorted(self._tally.items()) if n],
            )
            self._tally.clear()
            self.db.execute(
                "INSERT INTO meta VALUES ('generation', '1') "
                "ON CONFLICT (key) DO UPDATE SET value = CAST(meta.value AS INTEGER) + 1"
            )
        except BaseException:
            self.db.execute("ROLLBACK")
            self._forget_cached()
            raise
        finally:
            self._absent = None
        self.db.execute("COMMIT")

    def _forget_cached(self) -> None:
        """Drop what was remembered of the file (ids handed out in a rolled-back transaction are gone)."""
        self._symbols.clear()
        self._texts.clear()
        self._dictionaries.clear()
        self._tally.clear()

    def generation(self) -> int:
        """How many write transactions the store has committed (0 for a new store)."""
        row = self.db.execute("SELECT value FROM meta WHERE key = 'generation'").fetchone()
        return 0 if row is None else int(row[0])

    def cache_key(self) -> tuple[str, int]:
        """What a cache of this store's graph is keyed by: its file and its generation."""
        return (str((self.directory / "graph.sqlite").resolve()), self.generation())

    # --- symbols ---------------------------------------------------------------------------

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
        for chunk in chunks(wanted):
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

    # --- dictionaries and records ----------------------------------------------------------

    def _dictionary_in_use(self, kind: str = store_layout.RECORDS_DICTIONARY) -> Dictionary | None:
        """The store's dictionary of this kind: trained once, never replaced, so it is kept
        once read (its absence is not: another process may train it meanwhile)."""
        found = self._dictionaries.get(kind)
        if found is None:
            if self._absent is not None and kind in self._absent:
                return None
            row = self.db.execute(
                "SELECT id, data FROM dictionaries WHERE kind = ? ORDER BY id LIMIT 1", (kind,)
            ).fetchone()
            if row is None:
                if self._absent is not None:
                    self._absent.add(kind)
                return None
            found = self._dictionaries[kind] = (int(row[0]), bytes(row[1]))
        return found

    def _both_dictionaries(self) -> tuple[Dictionary | None, Dictionary | None]:
        """The records' dictionary (sentences and texts too) and the node properties'."""
        return self._dictionary_in_use(), self._dictionary_in_use(store_layout.PROPS_DICTIONARY)

    def _dictionary_by_id(self, ident: int | None) -> Dictionary | None:
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

    # --- sentences and node texts ----------------------------------------------------------

    def _text_ids(self, db: sqlite3.Connection, texts: set[Any]) -> dict[str, int]:
        """The ids of these sentences in ``texts``, each stored once however many rows cite it."""
        wanted = {text for text in texts if isinstance(text, str)}
        hashes = sorted({store_layout.text_hash(text) for text in wanted})
        dictionary = self._dictionary_in_use()
        found: dict[str, int] = {}
        for chunk in chunks(hashes):
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

    @staticmethod
    def _node_ids(db: sqlite3.Connection, keys: Iterable[str], hashes: dict[str, int] | None = None) -> dict[str, int]:
        """The ids of the nodes with these keys (by their hashes, then the keys themselves;
        ``hashes``: those already worked out)."""
        wanted = set(keys)
        found: dict[str, int] = {}
        known = hashes or {}
        for chunk in chunks(sorted({known.get(key) or store_layout.key_hash(key) for key in wanted})):
            query = f"SELECT key, id FROM nodes WHERE key_hash IN ({', '.join('?' * len(chunk))})"
            found.update({str(k): int(i) for k, i in db.execute(query, chunk) if k in wanted})
        return found

    def _node_id(self, key: str) -> int | None:
        row = self.db.execute(_NODE_ID, (store_layout.key_hash(key), key)).fetchone()
        return None if row is None else int(row[0])

    def _node(self, row: tuple[Any, ...]) -> Node:
        """A node from its columns as ``NODE_COLUMNS`` reads them."""
        if row[2] is not None and row[4] is None and row[5] is None:  # its JSON and its name as they are
            return Node(str(row[0]), str(row[1]), str(row[2]), json.loads(row[3]))
        name, props = store_layout.node_values(row[2], row[3], row[4], row[5], self._both_dictionaries())
        return Node(str(row[0]), str(row[1]), name, props)

    def _nodes_by_id(self, db: sqlite3.Connection, ids: Iterable[int]) -> dict[int, Node]:
        found: dict[int, Node] = {}
        for chunk in chunks(sorted(set(ids))):
            query = f"SELECT n.id, {NODE_COLUMNS} FROM nodes n WHERE n.id IN ({', '.join('?' * len(chunk))})"
            found.update({int(r[0]): self._node(r[1:]) for r in db.execute(query, chunk)})
        return found


def chunks(items: list[Any], size: int = 500) -> Iterator[list[Any]]:
    """``items`` in slices small enough for one ``IN (...)`` list."""
    for start in range(0, len(items), size):
        yield items[start : start + size]
