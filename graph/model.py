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

import difflib
import re
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from networkx.utils import UnionFind

from base.errors import AmbiguousName, UnknownName
from extract.nlp.aliases import AliasTable
from extract.nlp.textnorm import name_key
from graph.schema import WORK_LABELS, Label, Rel, site_scope, url_scope
from graph.store import Edge, EmbeddedStore, Node

if TYPE_CHECKING:
    import networkx as nx

_YEAR = re.compile(r"^(?P<title>.+?)\s*\((?P<year>(?:19|20)\d\d)\)\s*$")
_CACHE_SIZE = 4


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
    """Person nodes that are one person, mapped to the best-linked of them (the one rule).

    The store keeps a commenter per blog (scoped by site or web host) unless a link proves
    more. Two proofs are read here: a blog's posts give its web host and its name, so
    "Marta Quill@thelongtake.example" and "Marta Quill@<The Long Take>" are one; and a
    critic cited by first name ("Marta at The Long Take") is the one blogger of that name.
    """
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
    links: dict[str, int] = defaultdict(int)
    for src, _, dst, _ in edges:
        links[src] += 1
        links[dst] += 1
    merged: dict[str, str] = {}
    for group in same.to_sets():
        people = [m for m in group if m in nodes]
        if len(people) > 1:
            best = max(people, key=lambda k: (links[k], k))
            merged.update({member: best for member in people})
    return merged


@dataclass(slots=True)
class GraphModel:
    """Nodes (persons merged) and both-way adjacency of the store."""

    store: EmbeddedStore
    nodes: dict[str, NodeInfo] = field(default_factory=dict)
    links: dict[str, list[Link]] = field(default_factory=lambda: defaultdict(list))
    by_name: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    same: dict[str, str] = field(default_factory=dict)  # stored key -> model key, merged nodes only
    members: dict[str, list[str]] = field(default_factory=dict)  # model key -> its stored keys, merged only
    key: tuple[str, int] = ("", 0)  # the store file and generation it was built from
    cache: dict[str, Any] = field(default_factory=dict)  # derived structures (matrices) of this model

    @classmethod
    def load(cls, store: EmbeddedStore) -> GraphModel:
        """The model of ``store`` at its current generation (built once, then cached)."""
        key = store.cache_key()
        cached = _MODELS.get(key)
        if cached is not None:
            cached.store = store  # the same file: answer evidence from the connection in use
            return cached
        model = cls.build(store)
        model.key = key
        while len(_MODELS) >= _CACHE_SIZE:
            _MODELS.pop(next(iter(_MODELS)))
        _MODELS[key] = model
        return model

    @classmethod
    def build(cls, store: EmbeddedStore) -> GraphModel:
        """Read the store's nodes and edges and merge identities (no cache)."""
        import json

        model = cls(store)
        nodes = {
            key: NodeInfo(key, Label(label), name, json.loads(props))
            for key, label, name, props in store.db.execute("SELECT key, label, name, props FROM nodes")
        }
        edges = [(s, Rel(t), d, int(c)) for s, t, d, c in store.db.execute("SELECT src, type, dst, count FROM edges")]
        model.same = identities(nodes, edges)
        for member, best in model.same.items():
            model.members.setdefault(best, []).append(member)
        for key, node in nodes.items():
            if model.same.get(key, key) == key:
                model.nodes[key] = node
                model.by_name[name_key(node.name)].append(key)
        for src, rel, dst, count in edges:
            a, b = model.same.get(src, src), model.same.get(dst, dst)
            model.links[a].append(Link(b, rel, True, count, src, dst))
            model.links[b].append(Link(a, rel, False, count, src, dst))
        return model

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
        for key in sorted(self.nodes):
            info = self.nodes[key]
            yield Node(key, info.label.value, info.name, info.props)

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
            pool = {n.name: n.display() for n in self.nodes.values() if n.label in labels}
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


_MODELS: dict[tuple[str, int], GraphModel] = {}


def _pick(choose: Any, first: Any, second: Any) -> Any:
    return second if first is None else first if second is None else choose(first, second)
