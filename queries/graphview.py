"""An in-memory view of the store for recommendation, influence and paths: adjacency lists
with typed, weighted edges, built once per process from the store (no evidence loaded until
an answer needs it).
"""

from __future__ import annotations

import difflib
import json
import re
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from extract.nlp.aliases import AliasTable
from extract.nlp.textnorm import name_key
from graph.schema import WORK_LABELS, Label, Rel, site_scope, url_scope
from graph.store import EmbeddedStore
from base.errors import ReelgraphError

_YEAR = re.compile(r"^(?P<title>.+?)\s*\((?P<year>(?:19|20)\d\d)\)\s*$")


def identities(
    nodes: dict[str, NodeInfo], edges: list[tuple[str, Rel, str, int]], store: EmbeddedStore
) -> dict[str, str]:
    """Person nodes that are one person, mapped to one of them.

    The store keeps a commenter per blog (scoped by site or web host) unless a link proves
    more. Two proofs are read here: a blog's posts give its web host and its name, so
    "Marta Quill@thelongtake.example" and "Marta Quill@<The Long Take>" are one; and a
    critic cited by first name ("Marta at The Long Take") is the one blogger of that name.
    """
    parent: dict[str, str] = {}

    def find(item: str) -> str:
        while parent.get(item, item) != item:
            item = parent[item]
        return item

    def union(first: str, second: str) -> None:
        a, b = find(first), find(second)
        if a != b:
            parent[max(a, b)] = min(a, b)

    for node in nodes.values():
        if node.label is Label.POST and node.props.get("url") and node.props.get("site"):
            host, site = url_scope(str(node.props["url"])), site_scope(str(node.props["site"]))
            if host and site:
                union(f"scope:{host}", f"scope:{site}")
    groups: dict[tuple[str, str], list[str]] = defaultdict(list)
    for key, node in nodes.items():
        if node.label is Label.PERSON and "@" in key:
            name, _, scope = key.partition("@")
            groups[(name, find(f"scope:{scope}"))].append(key)
    for members in groups.values():
        for member in members[1:]:
            union(members[0], member)
    bloggers: dict[str, set[str]] = defaultdict(set)
    for src, rel, dst, _ in edges:
        if rel is Rel.WROTE and nodes[dst].label is Label.POST and src in nodes:
            bloggers[name_key(nodes[src].name).split(" ")[0]].add(find(src))
    for _, rel, dst, _ in edges:
        if rel is Rel.CITES and "@" not in dst and dst in nodes:
            candidates = bloggers.get(name_key(nodes[dst].name).split(" ")[0], set())
            if len(candidates) == 1:
                union(next(iter(candidates)), dst)
    links: dict[str, int] = defaultdict(int)
    for src, _, dst, _ in edges:
        links[src] += 1
        links[dst] += 1
    roots: dict[str, list[str]] = defaultdict(list)
    joined = set(parent) | set(parent.values())
    for key in nodes:
        if key in joined:
            roots[find(key)].append(key)
    same = {}
    for members in roots.values():
        best = max(members, key=lambda k: (links[k], k))
        same.update({member: best for member in members})
    return same


class LookupError_(ReelgraphError):
    code = "E600"


class UnknownName(LookupError_):
    code = "E601"


class AmbiguousName(LookupError_):
    code = "E602"


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


@dataclass(slots=True)
class GraphView:
    """Nodes and both-way adjacency of the store."""

    store: EmbeddedStore
    nodes: dict[str, NodeInfo] = field(default_factory=dict)
    links: dict[str, list[Link]] = field(default_factory=lambda: defaultdict(list))
    by_name: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))

    @classmethod
    def load(cls, store: EmbeddedStore) -> GraphView:
        """The store's graph, with each person's per-blog nodes merged where the store shows
        they are one person (see ``identities``)."""
        view = cls(store)
        nodes = {
            key: NodeInfo(key, Label(label), name, json.loads(props))
            for key, label, name, props in store.db.execute("SELECT key, label, name, props FROM nodes")
        }
        edges = [(s, Rel(t), d, int(c)) for s, t, d, c in store.db.execute("SELECT src, type, dst, count FROM edges")]
        same = identities(nodes, edges, store)
        for key, node in nodes.items():
            if same.get(key, key) == key:
                view.nodes[key] = node
                view.by_name[name_key(node.name)].append(key)
        for src, rel, dst, count in edges:
            a, b = same.get(src, src), same.get(dst, dst)
            view.links[a].append(Link(b, rel, True, count, src, dst))
            view.links[b].append(Link(a, rel, False, count, src, dst))
        return view

    def evidence(self, src: str, rel: Rel, dst: str) -> list[dict[str, Any]]:
        return self.store.evidence(src, rel.value, dst)

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
