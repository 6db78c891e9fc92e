"""The lazy views behind :class:`graph.model.GraphModel`: each answers like a plain list,
dict or array but reads the model file (``model.sqlite``) only for what a query asks, so a
query touching a few hundred of 250,000 nodes decodes only those.

- ``TextColumn``: one text per stored node (its key or its name), read as asked;
- ``ModelNodes``, ``ModelLinks``: the model's nodes and both-way adjacency (``Link`` records),
  as mappings;
- ``SavedIndex``: key -> stored node number, one indexed look-up at a time;
- ``NameIndex``: model keys by ``name_key`` of their name;
- ``StoredArray``: a model array, in memory once built or read from the file when first used.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, overload

import numpy as np

from graph.kept import NodeInfo
from graph.schema import Label, Rel
from graph.store_layout import key_hash

if TYPE_CHECKING:
    from graph.model import GraphModel
    from graph.model_arrays import Array

_CHUNK = 500  # keys asked of the model file in one statement


@dataclass(slots=True)
class Link:
    """One entry of a node's both-way adjacency: the other end, the type, the direction."""

    other: str
    type: Rel
    outgoing: bool
    count: int
    src: str = ""  # the stored edge's own ends (before identities are merged), for its evidence
    dst: str = ""


class TextColumn(Sequence[str]):
    """One text per stored node (its key or its name), read from the model file as asked:
    a query that touches a few hundred nodes never decodes the other 250,000."""

    def __init__(self, db: sqlite3.Connection, column: str, size: int) -> None:
        self.db, self.column, self.size = db, column, size
        self.seen: dict[int, str] = {}
        self.all: list[str] | None = None

    def __len__(self) -> int:
        return self.size

    @overload
    def __getitem__(self, i: int) -> str: ...

    @overload
    def __getitem__(self, i: slice) -> list[str]: ...

    def __getitem__(self, i: int | slice) -> str | list[str]:
        if isinstance(i, slice):
            return self.whole()[i]
        if self.all is not None:
            return self.all[i]
        number = int(i) + (self.size if i < 0 else 0)
        found = self.seen.get(number)
        if found is None:
            row = self.db.execute(f"SELECT {self.column} FROM nodes WHERE i = ?", (number,)).fetchone()
            if row is None:
                raise IndexError(i)
            found = self.seen[number] = str(row[0])
        return found

    def fetch(self, numbers: Iterable[int]) -> None:
        """Read these numbers' texts in a few statements (not one look-up each)."""
        if self.all is not None:
            return
        wanted = sorted({int(n) for n in numbers} - self.seen.keys())
        for begin in range(0, len(wanted), _CHUNK):
            part = wanted[begin : begin + _CHUNK]
            query = f"SELECT i, {self.column} FROM nodes WHERE i IN ({', '.join('?' * len(part))})"
            self.seen.update((int(n), str(text)) for n, text in self.db.execute(query, part))

    def whole(self) -> list[str]:
        if self.all is None:
            self.all = [str(r[0]) for r in self.db.execute(f"SELECT {self.column} FROM nodes ORDER BY i")]
        return self.all

    def __iter__(self) -> Iterator[str]:
        return iter(self.whole())

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Sequence) and list(self) == list(other)

    __hash__ = None  # type: ignore[assignment]


def fetch_texts(texts: Sequence[str], numbers: Iterable[int]) -> None:
    """Read these numbers' texts together (a model read from its file reads them as asked)."""
    if isinstance(texts, TextColumn):
        texts.fetch(numbers)


class ModelNodes(Mapping[str, NodeInfo]):
    """The model's nodes (merged members left out), read from the store when asked."""

    def __init__(self, model: GraphModel) -> None:
        self.model = model
        self.seen: dict[str, NodeInfo] = {}

    def __getitem__(self, key: str) -> NodeInfo:
        found = self.seen.get(key)
        if found is None:
            if key not in self:
                raise KeyError(key)
            node = self.model.store.node(key)
            if node is None:
                raise KeyError(key)
            found = self.seen[key] = NodeInfo(key, Label(node.label), node.name, node.props)
        return found

    def __contains__(self, key: object) -> bool:
        index = self.model.index.get(key) if isinstance(key, str) else None
        return index is not None and bool(self.model.canon[index] == index)

    def __iter__(self) -> Iterator[str]:
        keys, canon = self.model.keys, self.model.canon
        return (keys[i] for i in np.flatnonzero(canon == np.arange(len(canon))).tolist())

    def __len__(self) -> int:
        return int(np.count_nonzero(self.model.canon == np.arange(len(self.model.canon))))


class ModelLinks(Mapping[str, list[Link]]):
    """Both-way adjacency of the model (a missing node has no links), built from its arrays."""

    def __init__(self, model: GraphModel) -> None:
        self.model = model

    def __getitem__(self, key: str) -> list[Link]:
        m = self.model
        index = m.index.get(key)
        if index is None:
            return []
        return m.links_at(index, range(int(m.indptr[index]), int(m.indptr[index + 1])))

    def __iter__(self) -> Iterator[str]:
        m = self.model
        return (m.keys[i] for i in np.flatnonzero(np.diff(m.indptr) > 0).tolist())

    def __len__(self) -> int:
        return int(np.count_nonzero(np.diff(self.model.indptr) > 0))


class SavedIndex(Mapping[str, int]):
    """Key -> stored node number, one indexed look-up in the model file at a time."""

    def __init__(self, db: sqlite3.Connection) -> None:
        self.db = db
        self.seen: dict[str, int] = {}

    def __getitem__(self, key: str) -> int:
        found = self.seen.get(key)
        if found is None:
            row = self.db.execute("SELECT i FROM nodes WHERE key_hash = ? AND key = ?", (key_hash(key), key)).fetchone()
            if row is None:
                raise KeyError(key)
            found = self.seen[key] = int(row[0])
        return found

    def __iter__(self) -> Iterator[str]:
        return (str(r[0]) for r in self.db.execute("SELECT key FROM nodes ORDER BY i"))

    def __len__(self) -> int:
        return int(self.db.execute("SELECT COUNT(*) FROM nodes").fetchone()[0])


class NameIndex(Mapping[str, list[str]]):
    """Model keys by ``name_key`` of their name (in memory, or from the model file)."""

    def __init__(self, names: dict[str, list[str]] | None = None, connection: sqlite3.Connection | None = None) -> None:
        self.names = names or {}
        self.db = connection

    def __getitem__(self, name: str) -> list[str]:
        if self.db is None:
            return self.names.get(name, [])
        rows = self.db.execute(
            "SELECT n.key FROM names m JOIN nodes n ON n.i = m.i WHERE m.name = ? ORDER BY m.rowid", (name,)
        ).fetchall()
        return [str(r[0]) for r in rows]

    def __iter__(self) -> Iterator[str]:
        if self.db is None:
            return iter(self.names)
        return (str(r[0]) for r in self.db.execute("SELECT DISTINCT name FROM names"))

    def __len__(self) -> int:
        if self.db is None:
            return len(self.names)
        return int(self.db.execute("SELECT COUNT(DISTINCT name) FROM names").fetchone()[0])

    def rows(self) -> Iterator[tuple[str, str]]:
        for name, keys in self.names.items():
            for key in keys:
                yield name, key


class StoredArray:
    """An array of the model: in memory once built, or read from the model file when first used."""

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    def __get__(self, model: GraphModel | None, owner: type | None = None) -> Array:
        if model is None:
            raise AttributeError(self.name)
        return model.array(self.name)
