"""The one graph model every reader of the graph uses: ``recommend``, ``influence``, ``path``,
the HTML views, GraphML, the ``--embedded`` named queries and the Neo4j load.

It is the store's graph with one identity rule applied in one place (``identities``): the
store keeps a commenter per blog unless a link proves more, and the model merges the nodes
the store shows to be one person. Everything downstream sees the merged node (kept under
the key of its best-linked member), so ``influence``, ``viz``, GraphML and Neo4j agree on who
is who. Models are cached per store file and generation (``EmbeddedStore.cache_key``), never
by object identity.

>>> nodes = {k: NodeInfo(k, Label.PERSON, "Marta Quill", {}) for k in ("person:marta quill@a", "person:marta quill@b")}
>>> identities(nodes, [])
{}
"""

from __future__ import annotations

import contextlib
import difflib
import io
import json
import os
import re
import sqlite3
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from base.errors import AmbiguousName, UnknownName
from extract.nlp.textnorm import name_key
from graph.schema import WORK_LABELS, Label, Rel, site_scope, url_scope
from graph.store import Edge, EmbeddedStore, Node

if TYPE_CHECKING:
    import networkx as nx

    from extract.nlp.aliases import AliasTable

_YEAR = re.compile(r"^(?P<title>.+?)\s*\((?P<year>(?:19|20)\d\d)\)\s*$")
_CACHE_SIZE = 4
MODEL_FILE = "model.sqlite"
MODEL_FORMAT = 3  # bump when the arrays or their encoding change: older files are rebuilt


@dataclass(frozen=True, slots=True)
class NodeInfo:
    key: str
    label: Label
    name: str
    props: dict[str, Any]

    def display(self) -> str:
        year = self.props.get("year")
        return f"{self.name} ({year})" if year and self.label in WORK_LABELS else self.name


@dataclass(slots=True)
class Link:
    other: str
    type: Rel
    outgoing: bool
    count: int
    src: str = ""  # the stored edge's own ends (before identities are merged), for its evidence
    dst: str = ""


def identities(nodes: dict[str, NodeInfo], edges: list[tuple[str, Rel, str, int]]) -> dict[str, str]:
    """Nodes that are one person (or one film), mapped to the best-linked of them (the one rule).

    A film named without a year is the film of that title when the pages give it exactly one
    year ("Arrival" and "Arrival (2016)": one node, the dated one); extraction itself never
    looks at other pages, so this is decided here, over the whole store.

    The store keeps a commenter per blog (scoped by site or web host) unless a link proves
    more. Two proofs are read here: a blog's posts give its web host and its name, so
    "Marta Quill@thelongtake.example" and "Marta Quill@<The Long Take>" are one; and a
    critic cited by first name ("Marta at The Long Take") is the one blogger of that name.
    """
    from networkx.utils import UnionFind  # networkx is imported only when a model is built

    same: UnionFind[str] = UnionFind()
    for node in nodes.values():
        if node.label is Label.POST and node.props.get("url") and node.props.get("site"):
            host, site = url_scope(str(node.props["url"])), site_scope(str(node.props["site"]))
            if host and site:
                same.union(f"scope:{host}", f"scope:{site}")
    groups: dict[tuple[str, str], list[str]] = defaultdict(list)
    for key, node in nodes.items():
        if node.label is Label.PERSON and "@" in key:
            name, _, scope = key.partition("@")
            groups[(name, same[f"scope:{scope}"])].append(key)
    for members in groups.values():
        if len(members) > 1:
            same.union(*members)
    bloggers: dict[str, set[str]] = defaultdict(set)
    for src, rel, dst, _ in edges:
        if rel is Rel.WROTE and dst in nodes and nodes[dst].label is Label.POST and src in nodes:
            bloggers[name_key(nodes[src].name).split(" ")[0]].add(src)
    for _, rel, dst, _ in edges:
        if rel is Rel.CITES and "@" not in dst and dst in nodes:
            candidates = {same[b] for b in bloggers.get(name_key(nodes[dst].name).split(" ")[0], set())}
            if len(candidates) == 1:
                same.union(next(iter(candidates)), dst)
    dated: dict[str, list[str]] = defaultdict(list)  # "film:arrival" -> ["film:arrival:2016"]
    for key, node in nodes.items():
        if node.label is Label.FILM and not key.endswith(":?"):
            dated[key.rpartition(":")[0]].append(key)
    for key, node in nodes.items():
        if node.label is Label.FILM and key.endswith(":?") and len(dated.get(key[:-2], [])) == 1:
            same.union(key, dated[key[:-2]][0])  # an undated "Arrival" is the one dated Arrival
    links: dict[str, int] = defaultdict(int)
    for src, _, dst, _ in edges:
        links[src] += 1
        links[dst] += 1
    merged: dict[str, str] = {}
    for group in same.to_sets():
        people = [m for m in group if m in nodes]
        if len(people) > 1:
            best = max(people, key=lambda k: (not k.endswith(":?"), links[k], k))
            merged.update({member: best for member in people})
    return merged


REL_ORDER: tuple[Rel, ...] = tuple(Rel)
LABEL_ORDER: tuple[Label, ...] = tuple(Label)
Array = np.ndarray[Any, Any]
_ARRAYS = ("canon", "label", "indptr", "other", "rel", "out", "count", "src", "dst")


class _Nodes(Mapping[str, NodeInfo]):
    """The model's nodes (merged members left out), read from the store when asked."""

    def __init__(self, model: GraphModel) -> None:
        self.model = model
        self.seen: dict[str, NodeInfo] = {}

    def __getitem__(self, key: str) -> NodeInfo:
        found = self.seen.get(key)
        if found is None:
            index = self.model.index.get(key)
            if index is None or self.model.canon[index] != index:
                raise KeyError(key)
            row = self.model.store.db.execute("SELECT label, name, props FROM nodes WHERE key = ?", (key,)).fetchone()
            if row is None:
                raise KeyError(key)
            found = self.seen[key] = NodeInfo(key, Label(row[0]), str(row[1]), json.loads(row[2]))
        return found

    def __contains__(self, key: object) -> bool:
        index = self.model.index.get(key) if isinstance(key, str) else None
        return index is not None and bool(self.model.canon[index] == index)

    def __iter__(self) -> Iterator[str]:
        keys, canon = self.model.keys, self.model.canon
        return (keys[i] for i in np.flatnonzero(canon == np.arange(len(canon))))

    def __len__(self) -> int:
        return int(np.count_nonzero(self.model.canon == np.arange(len(self.model.canon))))


class _Links(Mapping[str, list[Link]]):
    """Both-way adjacency of the model (a missing node has no links), built from its arrays."""

    def __init__(self, model: GraphModel) -> None:
        self.model = model

    def __getitem__(self, key: str) -> list[Link]:
        m = self.model
        index = m.index.get(key)
        if index is None:
            return []
        keys, begin, end = m.keys, int(m.indptr[index]), int(m.indptr[index + 1])
        others = m.other[begin:end].tolist()
        if m._saved_index is not None:  # the numbers of the keys handed out: no look-up for them later
            m._saved_index.seen.update((keys[other], other) for other in others)
        return [
            Link(keys[other], REL_ORDER[rel], bool(out), int(count), keys[src], keys[dst])
            for other, rel, out, count, src, dst in zip(
                others,
                m.rel[begin:end].tolist(),
                m.out[begin:end].tolist(),
                m.count[begin:end].tolist(),
                m.src[begin:end].tolist(),
                m.dst[begin:end].tolist(),
                strict=True,
            )
        ]

    def __iter__(self) -> Iterator[str]:
        m = self.model
        return (m.keys[i] for i in np.flatnonzero(np.diff(m.indptr) > 0))

    def __len__(self) -> int:
        return int(np.count_nonzero(np.diff(self.model.indptr) > 0))


class _SavedIndex(Mapping[str, int]):
    """Key -> stored node number, one indexed look-up in the model file at a time."""

    def __init__(self, db: sqlite3.Connection) -> None:
        self.db = db
        self.seen: dict[str, int] = {}

    def __getitem__(self, key: str) -> int:
        found = self.seen.get(key)
        if found is None:
            row = self.db.execute("SELECT i FROM idx WHERE key = ?", (key,)).fetchone()
            if row is None:
                raise KeyError(key)
            found = self.seen[key] = int(row[0])
        return found

    def __iter__(self) -> Iterator[str]:
        return (str(r[0]) for r in self.db.execute("SELECT key FROM idx ORDER BY i"))

    def __len__(self) -> int:
        return int(self.db.execute("SELECT COUNT(*) FROM idx").fetchone()[0])


class _Names(Mapping[str, list[str]]):
    """Model keys by ``name_key`` of their name, from the store's name table."""

    def __init__(
        self,
        model: GraphModel,
        names: dict[str, list[str]] | None = None,
        connection: sqlite3.Connection | None = None,
    ) -> None:
        self.model = model
        self.names = names or {}  # in memory, unless read from the model file
        self.db = connection

    def __getitem__(self, name: str) -> list[str]:
        if self.db is None:
            return self.names.get(name, [])
        rows = self.db.execute("SELECT key FROM names WHERE name = ? ORDER BY rowid", (name,)).fetchall()
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
        """(name key, model key) for every model node, in store order."""
        self.model.full_index()  # every node is asked about: number them all at once
        for key, name in self.model.store.db.execute("SELECT key, name FROM nodes"):
            if key in self.model.nodes:
                yield name_key(str(name)), str(key)


class GraphModel:
    """Nodes (persons merged) and both-way adjacency of the store, as arrays kept in the store
    per generation: built once after a write, then loaded in milliseconds.

    Stored nodes are numbered in store order; ``canon[i]`` is the model node stored node ``i``
    belongs to (itself unless merged). The adjacency is CSR over those numbers: for each stored
    edge, one entry at its source (outgoing) and one at its target, in edge order.
    """

    def __init__(
        self, store: EmbeddedStore, keys: list[str], arrays: dict[str, Array], texts: dict[str, list[str]]
    ) -> None:
        self.store = store
        self.keys = keys
        self._texts: dict[str, list[str]] = texts  # "names", "published": decoded when first asked
        self._saved: sqlite3.Connection | None = None
        self.canon: Array = arrays["canon"]
        self.label: Array = arrays["label"]
        self.indptr: Array = arrays["indptr"]
        self.other: Array = arrays["other"]
        self.rel: Array = arrays["rel"]
        self.out: Array = arrays["out"]
        self.count: Array = arrays["count"]
        self.src: Array = arrays["src"]
        self.dst: Array = arrays["dst"]
        self.key: tuple[str, int, int] = ("", 0, 0)  # store file, generation, inode (see _model_key)
        self.cache: dict[str, Any] = {}  # derived structures (matrices) of this model
        self._index: dict[str, int] | None = None
        self._saved_index: _SavedIndex | None = None
        self.nodes = _Nodes(self)
        self.links = _Links(self)
        self.by_name = _Names(self)
        merged = np.flatnonzero(np.bincount(self.canon, minlength=len(keys)) > 1)
        groups = np.isin(self.canon, merged)
        self.same = {keys[i]: keys[int(self.canon[i])] for i in np.flatnonzero(groups)}
        self.members: dict[str, list[str]] = {}
        for member, best in self.same.items():
            self.members.setdefault(best, []).append(member)

    def _text(self, name: str) -> list[str]:
        if name not in self._texts and self._saved is not None:
            self._texts[name] = _unpack_keys(_blob(self._saved, name))
        return self._texts[name]

    @property
    def names(self) -> list[str]:
        """Each stored node's name."""
        return self._text("names")

    @property
    def published(self) -> list[str]:
        """Each stored node's "published" date, "" if it has none."""
        return self._text("published")

    @property
    def index(self) -> Mapping[str, int]:
        """Stored node number by key: a dict once built (``full_index``); for a model read
        from its file, single look-ups go to the file's key table instead (a query answers
        in well under a second without numbering 250,000 keys first)."""
        if self._index is None and self._saved is not None:
            if self._saved_index is None:
                self._saved_index = _SavedIndex(self._saved)
            return self._saved_index
        return self.full_index()

    def full_index(self) -> dict[str, int]:
        if self._index is None:
            self._index = {key: i for i, key in enumerate(self.keys)}
        return self._index

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
            model = cls(store, _unpack_keys(_blob(saved, "keys")), {n: _array(saved, n) for n in _ARRAYS}, {})
            model._saved = saved
            model.by_name = _Names(model, connection=saved)
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
        """Read the store's nodes and edges and merge identities (no cache, nothing kept)."""
        nodes: dict[str, NodeInfo] = {}
        published: list[str] = []
        for key, label, name, props in store.db.execute("SELECT key, label, name, props FROM nodes"):
            kind = Label(label)
            wanted = kind is Label.POST or '"published"' in props
            info = nodes[key] = NodeInfo(key, kind, name, json.loads(props) if wanted else {})
            published.append(str(info.props.get("published") or ""))
        edges = [(s, Rel(t), d, int(c)) for s, t, d, c in store.db.execute("SELECT src, type, dst, count FROM edges")]
        same = identities(nodes, edges)
        keys = list(nodes)
        index = {key: i for i, key in enumerate(keys)}
        canon = np.array([index[same.get(k, k)] for k in keys], dtype=np.int32)
        label = np.array([LABEL_ORDER.index(n.label) for n in nodes.values()], dtype=np.int8)
        rel_code = {rel: i for i, rel in enumerate(REL_ORDER)}
        src = np.array([index[e[0]] for e in edges], dtype=np.int32)
        dst = np.array([index[e[2]] for e in edges], dtype=np.int32)
        rel = np.array([rel_code[e[1]] for e in edges], dtype=np.int8)
        count = np.array([e[3] for e in edges], dtype=np.int32)
        rows = np.empty(2 * len(edges), dtype=np.int32)  # entry 2i: edge i at its source, 2i+1: at its target
        rows[0::2], rows[1::2] = canon[src], canon[dst]
        other = np.empty_like(rows)
        other[0::2], other[1::2] = canon[dst], canon[src]
        order = np.argsort(rows, kind="stable")
        arrays = {
            "canon": canon,
            "label": label,
            "indptr": np.concatenate([[0], np.cumsum(np.bincount(rows, minlength=len(keys)))]).astype(np.int64),
            "other": other[order],
            "rel": np.repeat(rel, 2)[order],
            "out": np.tile(np.array([True, False]), len(edges))[order],
            "count": np.repeat(count, 2)[order],
            "src": np.repeat(src, 2)[order],
            "dst": np.repeat(dst, 2)[order],
        }
        model = cls(store, keys, arrays, {"names": [n.name for n in nodes.values()], "published": published})
        names: dict[str, list[str]] = defaultdict(list)
        for name, key in model.by_name.rows():
            names[name].append(key)
        model.by_name = _Names(model, dict(names))
        return model

    def save(self, key: tuple[str, int, int]) -> None:
        """Keep the model beside the store (``model.sqlite``) for the store generation in ``key``."""
        path = self.store.directory / MODEL_FILE
        temporary = path.with_name(f"{MODEL_FILE}.{os.getpid()}.tmp")
        temporary.unlink(missing_ok=True)
        db = sqlite3.connect(temporary)
        try:
            db.executescript(
                "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);"
                "CREATE TABLE blobs (name TEXT PRIMARY KEY, data BLOB NOT NULL);"
                "CREATE TABLE names (name TEXT NOT NULL, key TEXT NOT NULL);"
            )
            db.execute("INSERT INTO meta VALUES ('key', ?)", (json.dumps([MODEL_FORMAT, *key]),))
            for name, texts in (("keys", self.keys), ("names", self.names), ("published", self.published)):
                db.execute("INSERT INTO blobs VALUES (?, ?)", (name, _pack_keys(texts)))
            for name, array in self._arrays().items():
                buffer = io.BytesIO()
                np.save(buffer, array, allow_pickle=False)
                db.execute("INSERT INTO blobs VALUES (?, ?)", (name, buffer.getvalue()))
            db.executemany("INSERT INTO names VALUES (?, ?)", self.by_name.rows())
            db.execute("CREATE INDEX names_name ON names (name)")
            db.execute("CREATE TABLE idx (key TEXT PRIMARY KEY, i INTEGER NOT NULL) WITHOUT ROWID")
            db.executemany("INSERT INTO idx VALUES (?, ?)", ((key, i) for i, key in enumerate(self.keys)))
            db.commit()
        finally:
            db.close()
        os.replace(temporary, path)  # readers see the old model or the new one, never half of one

    def _arrays(self) -> dict[str, Array]:
        return {name: getattr(self, name) for name in _ARRAYS}

    def remember(self, pairs: Iterable[tuple[str, int]]) -> None:
        """Keys whose stored node numbers a query already knows (no look-up for them later)."""
        if self._index is None and self._saved_index is not None:
            self._saved_index.seen.update(pairs)

    def label_of(self, key: str) -> Label:
        index = self._index if self._index is not None else self.index
        return LABEL_ORDER[int(self.label[index[key]])]

    def name_of(self, key: str) -> str:
        """A node's name, from the decoded names if they are, else from the store."""
        if "names" in self._texts:
            return self._texts["names"][self.index[key]]
        row = self.store.db.execute("SELECT name FROM nodes WHERE key = ?", (key,)).fetchone()
        if row is None:
            raise KeyError(key)
        return str(row[0])

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

    # --- the model as rows and as networkx --------------------------------------------------

    def node_rows(self) -> Iterator[Node]:
        """The model's nodes, as the store's ``Node`` records, in key order."""
        self.full_index()
        for node in self.store.nodes():
            if node.key in self.nodes:
                yield node

    def edge_rows(self, evidence: bool = True) -> Iterator[tuple[Edge, list[dict[str, Any]] | None]]:
        """The model's edges (stored edges with merged ends folded together), each with its
        evidence when asked, in (src, type, dst) order."""
        pairs = self.store.edges_with_evidence() if evidence else ((e, None) for e in self.store.edges())
        merged: dict[tuple[str, str, str], tuple[Edge, list[dict[str, Any]] | None]] = {}
        for edge, items in pairs:
            key = (self.canonical(edge.src), edge.type, self.canonical(edge.dst))
            if key == (edge.src, edge.type, edge.dst) and key not in merged:
                merged[key] = (edge, items)
                continue
            previous = merged.get(key)
            moved = Edge(key[0], edge.type, key[2], edge.count, edge.first_seen, edge.last_seen, edge.confidence)
            if previous is None:
                merged[key] = (moved, items)
                continue
            old, old_items = previous
            merged[key] = (
                Edge(
                    key[0],
                    edge.type,
                    key[2],
                    old.count + edge.count,
                    _pick(min, old.first_seen, edge.first_seen),
                    _pick(max, old.last_seen, edge.last_seen),
                    _pick(max, old.confidence, edge.confidence),
                ),
                None
                if old_items is None or items is None
                else sorted(old_items + items, key=lambda e: str(e.get("seen") or "")),
            )
        for key in sorted(merged):
            yield merged[key]

    def to_networkx(self, evidence: bool = True) -> nx.MultiDiGraph[str]:
        """The model as a ``MultiDiGraph``: one edge per (source, type, target), keyed by type,
        with its count, first and last dates, confidence and (when asked) evidence."""
        import networkx as nx

        graph: nx.MultiDiGraph[str] = nx.MultiDiGraph()
        for node in self.node_rows():
            graph.add_node(node.key, label=node.label, name=node.name, **node.props)
        for edge, items in self.edge_rows(evidence):
            data: dict[str, Any] = {
                "type": edge.type,
                "count": edge.count,
                "first_seen": edge.first_seen,
                "last_seen": edge.last_seen,
                "confidence": edge.confidence,
            }
            if items is not None:
                data["evidence"] = items
            graph.add_edge(edge.src, edge.dst, key=edge.type, **data)
        return graph

    def _of_labels(self, labels: frozenset[Label]) -> Iterator[NodeInfo]:
        wanted = sorted(label.value for label in labels)
        query = f"SELECT key, label, name, props FROM nodes WHERE label IN ({', '.join('?' * len(wanted))})"
        for key, label, name, props in self.store.db.execute(query, wanted):
            if key in self.nodes:
                yield NodeInfo(key, Label(label), name, json.loads(props))

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
            pool = {n.name: n.display() for n in self._of_labels(labels)}
            close = [pool[n] for n in difflib.get_close_matches(query, list(pool), n=5, cutoff=0.5)] or sorted(
                (d for n, d in pool.items() if query.casefold() in n.casefold()), key=len
            )[:5]
            hint = f" Closest: {', '.join(close)}." if close else " Try `reelgraph stats` to see what the store holds."
            raise UnknownName(f"no {what} named {query!r} in the store.{hint}")
        scored = sorted(found, key=lambda n: -len(self.links.get(n.key, [])))
        if len({n.display() for n in scored}) == 1 and what == "person":
            return scored[0]
        listing = "; ".join(f"{n.display()} [{n.key}]" for n in scored[:8])
        raise AmbiguousName(
            f'{query!r} names {len(found)} {what}s: {listing}. Add the year, e.g. "{found[0].name} (YEAR)".'
        )


_MODELS: dict[tuple[str, int, int], GraphModel] = {}


def _model_key(store: EmbeddedStore) -> tuple[str, int, int]:
    """The store file, its generation and its inode (a new store at the same path is another)."""
    path, generation = store.cache_key()
    return path, generation, os.stat(path).st_ino


def _open_saved(directory: Path, key: tuple[str, int, int]) -> sqlite3.Connection | None:
    path = directory / MODEL_FILE
    if not path.is_file():
        return None
    try:
        db = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, check_same_thread=False)
        row = db.execute("SELECT value FROM meta WHERE key = 'key'").fetchone()
    except sqlite3.DatabaseError:
        return None  # a damaged model is rebuilt from the store
    if row is None or tuple(json.loads(row[0])) != (MODEL_FORMAT, *key):  # another layout or generation
        db.close()
        return None
    return db


def _blob(db: sqlite3.Connection, name: str) -> bytes:
    return bytes(db.execute("SELECT data FROM blobs WHERE name = ?", (name,)).fetchone()[0])


def _array(db: sqlite3.Connection, name: str) -> Array:
    array: Array = np.load(io.BytesIO(_blob(db, name)), allow_pickle=False)
    return array


def _pack_keys(keys: list[str]) -> bytes:
    # NUL never occurs in a page's text or a file name; not compressed: decoding takes milliseconds
    return "\0".join(keys).encode("utf-8", "surrogatepass")


def _unpack_keys(blob: bytes) -> list[str]:
    text = blob.decode("utf-8", "surrogatepass")
    return text.split("\0") if text else []


def _pick(choose: Any, first: Any, second: Any) -> Any:
    return second if first is None else first if second is None else choose(first, second)
