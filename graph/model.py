"""The one graph model every reader of the graph uses: ``recommend``, ``influence``, ``path``,
the HTML views, GraphML, the ``--embedded`` named queries and the Neo4j load.

It is the store's graph with one identity rule applied in one place (``graph.identities``):
the store keeps a commenter per blog unless a link proves more, and the model merges the
nodes the store shows to be one person. Everything downstream sees the merged node (kept
under the key of its best-linked member), so ``influence``, ``viz``, GraphML and Neo4j agree
on who is who. Models are cached per store file and generation (``EmbeddedStore.cache_key``),
never by object identity.

``GraphModel`` is the facade; its parts: ``graph.model_arrays`` builds the arrays from the
store, ``graph.model_file`` keeps them in ``model.sqlite``, ``graph.model_views`` reads them
back lazily (a key, a name, an array when first asked), ``graph.model_rows`` gives the model
as node and edge rows and as networkx.
"""

from __future__ import annotations

import contextlib
import difflib
import json
import os
import re
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any

import numpy as np

from base.errors import AmbiguousName, UnknownName
from extract.nlp.textnorm import name_key
from graph import model_rows
from graph.identities import identities
from graph.kept import MODEL_FILE as MODEL_FILE
from graph.kept import MODEL_FORMAT as MODEL_FORMAT
from graph.kept import NodeInfo as NodeInfo
from graph.kept import model_key as _model_key
from graph.kept import open_saved as _open_saved
from graph.model_arrays import LABEL_ORDER as LABEL_ORDER
from graph.model_arrays import REL_ORDER as REL_ORDER
from graph.model_arrays import (
    STORED_ARRAYS,
    Array,
    adjacency_arrays,
    names_of_canonical_nodes,
    polarity_arrays,
    read_nodes,
)
from graph.model_file import add_derived, blob, read_array, unpack_keys, write_model_file
from graph.model_views import Link as Link
from graph.model_views import ModelLinks, ModelNodes, NameIndex, SavedIndex, StoredArray, TextColumn
from graph.model_views import fetch_texts as fetch_texts
from graph.schema import Label, Rel
from graph.store import Edge, EmbeddedStore, Node

if TYPE_CHECKING:
    import networkx as nx

    from extract.nlp.aliases import AliasTable

_YEAR = re.compile(r"^(?P<title>.+?)\s*\((?P<year>(?:19|20)\d\d)\)\s*$")
_CACHE_SIZE = 4


class GraphModel:
    """Nodes (persons merged) and both-way adjacency of the store, as arrays kept beside the
    store per generation (``model.sqlite``): built once after a write, then read in
    milliseconds, each array when a query first needs it, each key or name when asked.

    Stored nodes are numbered in the store's key order; ``canon[i]`` is the model node stored
    node ``i`` belongs to (itself unless merged). The adjacency is CSR over those numbers:
    for each stored edge (numbered in the store's edge order), one entry at its source
    (outgoing) and one at its target.
    """

    canon = StoredArray()
    label = StoredArray()
    indptr = StoredArray()
    other = StoredArray()
    rel = StoredArray()
    out = StoredArray()
    count = StoredArray()
    src = StoredArray()
    dst = StoredArray()
    edge = StoredArray()
    positive = StoredArray()
    rating = StoredArray()

    def __init__(
        self,
        store: EmbeddedStore,
        keys: Sequence[str],
        arrays: dict[str, Array],
        texts: dict[str, Sequence[str]],
        saved: sqlite3.Connection | None = None,
    ) -> None:
        self.store = store
        self.keys = keys
        self._arrays_in_memory: dict[str, Array] = arrays
        self._texts: dict[str, Sequence[str]] = texts  # "names", "published"
        self._saved = saved
        self.meta: dict[str, Any] = {}
        self.key: tuple[str, int, int] = ("", 0, 0)  # store file, generation, inode (see _model_key)
        self.cache: dict[str, Any] = {}  # derived structures (matrices) of this model
        self._index: dict[str, int] | None = None
        self._saved_index: SavedIndex | None = None
        self._same: dict[str, str] | None = None
        self._members: dict[str, list[str]] | None = None
        self.nodes = ModelNodes(self)
        self.links = ModelLinks(self)
        self.by_name = NameIndex(connection=saved)

    def array(self, name: str) -> Array:
        """One of the model's arrays (read from the model file the first time)."""
        found = self._arrays_in_memory.get(name)
        if found is None:
            if self._saved is None:
                raise KeyError(name)
            found = self._arrays_in_memory[name] = read_array(self._saved, name)
        if name in STORED_ARRAYS:
            self.__dict__[name] = found  # later reads skip the descriptor
        return found

    def _text(self, name: str) -> Sequence[str]:
        if name not in self._texts and self._saved is not None:
            if name == "names":
                self._texts[name] = TextColumn(self._saved, "name", len(self.keys))
            else:
                self._texts[name] = unpack_keys(blob(self._saved, name))
        return self._texts[name]

    @property
    def names(self) -> Sequence[str]:
        """Each stored node's name."""
        return self._text("names")

    @property
    def published(self) -> Sequence[str]:
        """Each stored node's "published" date, "" if it has none."""
        return self._text("published")

    @property
    def same(self) -> dict[str, str]:
        """Every member of a merged group -> the group's model node (the model node itself included)."""
        if self._same is None:
            canon = self.canon
            merged = np.flatnonzero(np.bincount(canon, minlength=len(canon)) > 1)
            members = np.flatnonzero(np.isin(canon, merged)).tolist()
            fetch_texts(self.keys, members)
            self._same = {self.keys[i]: self.keys[int(canon[i])] for i in members}
        return self._same

    @property
    def members(self) -> dict[str, list[str]]:
        if self._members is None:
            self._members = {}
            for member, best in self.same.items():
                self._members.setdefault(best, []).append(member)
        return self._members

    @property
    def index(self) -> Mapping[str, int]:
        """Stored node number by key: a dict once built (``full_index``); for a model read
        from its file, single look-ups go to the file's key table instead (a query answers
        in well under a second without numbering 250,000 keys first)."""
        if self._index is None and self._saved is not None:
            if self._saved_index is None:
                self._saved_index = SavedIndex(self._saved)
            return self._saved_index
        return self.full_index()

    def full_index(self) -> dict[str, int]:
        if self._index is None:
            self._index = {key: i for i, key in enumerate(self.keys)}
        return self._index

    def key_of(self, number: int) -> str:
        """The key of stored node ``number`` (remembered for later look-ups by key)."""
        key = self.keys[number]
        if self._saved_index is not None:
            self._saved_index.seen[key] = int(number)
        return key

    def keys_of(self, numbers: Iterable[int]) -> list[str]:
        """The keys of these stored nodes, read together."""
        numbers = [int(n) for n in numbers]
        fetch_texts(self.keys, numbers)
        return [self.key_of(n) for n in numbers]

    def links_at(self, index: int, entries: Iterable[int]) -> list[Link]:
        """These adjacency entries (of node ``index``'s row) as ``Link`` records."""
        positions = list(entries)
        if not positions:
            return []
        chosen = np.array(positions, dtype=np.int64)
        others = self.other[chosen].tolist()
        srcs, dsts = self.src[chosen].tolist(), self.dst[chosen].tolist()
        keys = self.keys_of([*others, *srcs, *dsts])
        n = len(positions)
        return [
            Link(keys[i], REL_ORDER[rel], bool(out), int(count), keys[n + i], keys[2 * n + i])
            for i, (rel, out, count) in enumerate(
                zip(self.rel[chosen].tolist(), self.out[chosen].tolist(), self.count[chosen].tolist(), strict=True)
            )
        ]

    def degree(self, key: str) -> int:
        """How many adjacency entries (links both ways) a node has."""
        index = self.index.get(key)
        return 0 if index is None else int(self.indptr[index + 1] - self.indptr[index])

    @classmethod
    def load(cls, store: EmbeddedStore) -> GraphModel:
        """The model of ``store`` at its current generation: from this process's cache, else
        from ``model.sqlite`` beside the store (kept there per generation), else built once
        and kept there."""
        key = _model_key(store)
        cached = _MODELS.get(key)
        if cached is not None:
            cached.store = store  # the same file: answer evidence from the connection in use
            return cached
        saved = _open_saved(store.directory, key)
        if saved is not None:
            size = int(saved.execute("SELECT COUNT(*) FROM nodes").fetchone()[0])
            model = cls(store, TextColumn(saved, "key", size), {}, {}, saved)
            model.meta = json.loads(saved.execute("SELECT value FROM meta WHERE key = 'facts'").fetchone()[0])
        else:
            model = cls.build(store)
            try:
                model.save(key)
            except (OSError, sqlite3.Error):  # a read-only store folder: the model lives in memory only
                with contextlib.suppress(OSError):
                    store.directory.joinpath(f"{MODEL_FILE}.{os.getpid()}.tmp").unlink(missing_ok=True)
        model.key = key
        while len(_MODELS) >= _CACHE_SIZE:
            _MODELS.pop(next(iter(_MODELS)))
        _MODELS[key] = model
        return model

    @classmethod
    def build(cls, store: EmbeddedStore) -> GraphModel:
        """Read the store's nodes and edges (its public reading API) and merge identities
        (no cache, nothing kept)."""
        nodes, facts = read_nodes(store)
        rels = {rel.value: rel for rel in Rel}
        edges = [(e.src, rels[e.type], e.dst, e.count) for e in store.edges()]
        same = identities(nodes, edges)
        keys = list(nodes)
        index = {key: i for i, key in enumerate(keys)}
        canon = np.array([index[same.get(k, k)] for k in keys], dtype=np.int32)
        label = np.array([LABEL_ORDER.index(n.label) for n in nodes.values()], dtype=np.int8)
        by_polarity, polarities = polarity_arrays(store, edges)
        arrays: dict[str, Array] = {
            "canon": canon,
            "label": label,
            **adjacency_arrays(canon, edges, index),
            "positive": np.array(facts.positive, dtype=bool),
            "rating": np.array(facts.rating, dtype=np.float64),
            **by_polarity,
        }
        names_of = [n.name for n in nodes.values()]
        model = cls(store, keys, arrays, {"names": names_of, "published": facts.published})
        model.meta = {"polarities": polarities}
        model.by_name = names_of_canonical_nodes(keys, names_of, canon)
        return model

    def save(self, key: tuple[str, int, int]) -> None:
        """Keep the model beside the store (``model.sqlite``) for the store generation in ``key``."""
        index = self.full_index()
        write_model_file(
            self.store.directory / MODEL_FILE,
            [MODEL_FORMAT, *key],
            self.meta,
            list(self.published),
            self._arrays_in_memory,
            self.keys,
            self.names,
            ((name, index[k]) for name, k in self.by_name.rows()),
        )

    def derived(self, name: str, compute: Callable[[GraphModel], dict[str, Array]]) -> dict[str, Array]:
        """Arrays a query derives from the model (a ranking, a matrix), computed once per store
        generation: from this process, else from the model file, else computed now and added
        to the model file (when it is this generation's and writable)."""
        found: dict[str, Array] | None = self.cache.get(f"derived:{name}")
        if found is not None:
            return found
        parts: list[str] | None = None
        if self._saved is not None:
            row = self._saved.execute("SELECT value FROM meta WHERE key = ?", (f"derived:{name}",)).fetchone()
            parts = None if row is None else list(json.loads(row[0]))
        if parts is not None and self._saved is not None:
            found = {part: read_array(self._saved, f"{name}.{part}") for part in parts}
        else:
            found = compute(self)
            with contextlib.suppress(OSError, sqlite3.Error):
                self._keep(name, found)
        self.cache[f"derived:{name}"] = found
        return found

    def has_answer(self, name: str) -> bool:
        """Whether the model file holds the kept answer ``name`` (see ``graph.kept``)."""
        if self._saved is None:
            return False
        row = self._saved.execute("SELECT 1 FROM meta WHERE key = ?", (f"answer:{name}",)).fetchone()
        return row is not None

    def meta_derived(self) -> list[str]:
        """The names of the derived arrays kept in the model file."""
        if self._saved is None:
            return []
        rows = self._saved.execute("SELECT key FROM meta WHERE key LIKE 'derived:%' ORDER BY key").fetchall()
        return [str(r[0]).partition(":")[2] for r in rows]

    def _keep(self, name: str, arrays: dict[str, Array]) -> None:
        path = self.store.directory / MODEL_FILE
        if self.key == ("", 0, 0) or not path.is_file():
            return
        add_derived(path, [MODEL_FORMAT, *self.key], name, arrays)

    def label_of(self, key: str) -> Label:
        index = self._index if self._index is not None else self.index
        return LABEL_ORDER[int(self.label[index[key]])]

    def name_of(self, key: str) -> str:
        """A node's name (from the model's names, read from its file when not in memory)."""
        return self.names[self.index[key]]

    def authors(self) -> Array:
        """For each stored node, the model node that wrote it (its first WROTE in-link), or -1."""
        found = self.cache.get("authors")
        if found is None:
            wrote = (self.rel == REL_ORDER.index(Rel.WROTE)) & ~self.out
            rows = np.repeat(np.arange(len(self.keys)), np.diff(self.indptr))[wrote]
            heads, first = np.unique(rows, return_index=True)
            found = self.cache["authors"] = np.full(len(self.keys), -1, dtype=np.int64)
            found[heads] = self.other[wrote][first]
        result: Array = found
        return result

    def polarities(self) -> tuple[list[str], Array, Array, Array, Array]:
        """The evidence polarities of each COMPARED_TO edge with evidence: (the polarity names,
        the edge numbers (sorted), CSR pointers, polarity codes, counts), each edge's polarities
        in the order its evidence first shows them ("neutral" for none)."""
        return (
            list(self.meta.get("polarities", [])),
            self.array("pol_edge"),
            self.array("pol_ptr"),
            self.array("pol_code"),
            self.array("pol_n"),
        )

    def canonical(self, key: str) -> str:
        return self.same.get(key, key)

    # --- evidence --------------------------------------------------------------------------

    def evidence(self, src: str, rel: Rel, dst: str) -> list[dict[str, Any]]:
        """The evidence of one stored edge (ends as stored)."""
        return self.store.evidence(src, rel.value, dst)

    def evidence_between(self, src: str, kind: str, dst: str) -> list[dict[str, Any]]:
        """The evidence of one model edge (ends as in the model: every stored edge merged into it)."""
        found: list[dict[str, Any]] = []
        for a in self.members.get(src, [src]):
            for b in self.members.get(dst, [dst]):
                found += self.store.evidence(a, kind, b)
        if len(self.members.get(src, ())) > 1 or len(self.members.get(dst, ())) > 1:
            found.sort(key=lambda e: str(e.get("seen") or ""))
        return found

    # --- the model as rows and as networkx (graph.model_rows) ----------------------------------

    def node_rows(self) -> Iterator[Node]:
        """The model's nodes, as the store's ``Node`` records, in key order."""
        return model_rows.node_rows(self)

    def edge_rows(self, evidence: bool = True) -> Iterator[tuple[Edge, list[dict[str, Any]] | None]]:
        """The model's edges (stored edges with merged ends folded together), each with its
        evidence when asked, in (src, type, dst) order."""
        return model_rows.edge_rows(self, evidence)

    def to_networkx(self, evidence: bool = True) -> nx.MultiDiGraph[str]:
        """The model as a ``MultiDiGraph``: one edge per (source, type, target), keyed by type."""
        return model_rows.to_networkx(self, evidence)

    def _of_labels(self, labels: frozenset[Label]) -> dict[str, int]:
        """Name -> stored node number of the model nodes of these labels (the last of a name)."""
        codes = [LABEL_ORDER.index(label) for label in labels]
        canon = self.canon
        numbers = np.flatnonzero(np.isin(self.label, codes) & (canon == np.arange(len(canon)))).tolist()
        names = self.names
        fetch_texts(names, numbers)
        return {names[i]: i for i in numbers}

    # --- look-ups --------------------------------------------------------------------------

    def find(self, query: str, labels: frozenset[Label], aliases: AliasTable | None = None) -> list[NodeInfo]:
        """Nodes of these labels named ``query`` (any case, alias-aware, "Title (Year)" narrows)."""
        text, year = query.strip(), None
        if match := _YEAR.match(text):
            text, year = match.group("title"), int(match.group("year"))
        names = [text]
        if aliases is not None and (canonical := aliases.canonical(text)):
            names.insert(0, canonical)
        found = [
            self.nodes[k] for n in names for k in self.by_name.get(name_key(n), []) if self.nodes[k].label in labels
        ]
        if year is not None:
            found = [n for n in found if n.props.get("year") == year]
        return list({n.key: n for n in found}.values())

    def one(self, query: str, labels: frozenset[Label], what: str, aliases: AliasTable | None = None) -> NodeInfo:
        """Exactly one node, or an error that lists the closest names or the candidates."""
        found = self.find(query, labels, aliases)
        if len(found) == 1:
            return found[0]
        if not found:
            pool = self._of_labels(labels)

            def display(name: str) -> str:
                return self.nodes[self.key_of(pool[name])].display()

            close = [display(n) for n in difflib.get_close_matches(query, list(pool), n=5, cutoff=0.5)] or sorted(
                (display(n) for n in pool if query.casefold() in n.casefold()), key=len
            )[:5]
            hint = f" Closest: {', '.join(close)}." if close else " Try `reelgraph stats` to see what the store holds."
            raise UnknownName(f"no {what} named {query!r} in the store.{hint}")
        scored = sorted(found, key=lambda n: -self.degree(n.key))
        if len({n.display() for n in scored}) == 1 and what == "person":
            return scored[0]
        listing = "; ".join(f"{n.display()} [{n.key}]" for n in scored[:8])
        raise AmbiguousName(
            f'{query!r} names {len(found)} {what}s: {listing}. Add the year, e.g. "{found[0].name} (YEAR)".'
        )


_MODELS: dict[tuple[str, int, int], GraphModel] = {}
