"""``influence``: critics and commenters ranked by how much others answer, link to and cite
them, and ``path``: the best paths between two people, two works, or a person and a work.

Influence flows from earlier to later: a reply, a pingback or a citation counts only when
the influenced text is dated after the influencing one (or either has no date).
"""

from __future__ import annotations

import heapq
from collections import defaultdict
from dataclasses import dataclass, field
from itertools import count
from typing import Any

import networkx as nx

from graph.schema import WORK_LABELS, Label, Rel
from queries.graphview import GraphView, Link, NodeInfo

_INFLUENCE_WEIGHT = {"reply": 1.0, "pingback": 2.0, "cites": 3.0}
_PATH_COST = {
    Rel.CITES: 1.0,
    Rel.REPLIED_TO: 1.0,
    Rel.WROTE: 1.0,
    Rel.PINGED_BY: 1.0,
    Rel.COMPARED_TO: 1.0,
    Rel.MENTIONS: 1.5,
    Rel.REVIEWS: 1.0,
    Rel.RECOMMENDS: 1.0,
    Rel.DIRECTED: 1.5,
    Rel.ACTED_IN: 1.5,
    Rel.ADAPTED_FROM: 1.0,
    Rel.CHARACTER_IN: 2.0,
}  # PUBLISHED_ON is left out: every post of a blog would be two hops from every other
PATH_ENDS = frozenset({Label.PERSON, *WORK_LABELS})


@dataclass(slots=True)
class Influence:
    person: NodeInfo
    score: float
    replies: int = 0
    pingbacks: int = 0
    citations: int = 0

    def to_json(self) -> dict[str, Any]:
        return {
            "name": self.person.name,
            "key": self.person.key,
            "score": round(self.score, 4),
            "replies_received": self.replies,
            "pingbacks_received": self.pingbacks,
            "cited": self.citations,
        }


def _author(view: GraphView, text_node: str) -> str | None:
    wrote = (link.other for link in view.links.get(text_node, []) if link.type is Rel.WROTE and not link.outgoing)
    return next(wrote, None)


def _date(view: GraphView, key: str) -> str | None:
    return view.nodes[key].props.get("published")


def _later(view: GraphView, earlier: str, later: str) -> bool:
    first, second = _date(view, earlier), _date(view, later)
    return first is None or second is None or first <= second


def influence_edges(view: GraphView) -> list[tuple[str, str, str]]:
    """(influencer, influenced, how) for every reply, pingback and citation in time order."""
    found = []
    for key, info in view.nodes.items():
        for link in view.links.get(key, []):
            if not link.outgoing:
                continue
            if link.type is Rel.REPLIED_TO and info.label is Label.COMMENT:
                replier, answered = _author(view, key), _author(view, link.other)
                if replier and answered and replier != answered and _later(view, link.other, key):
                    found.append((answered, replier, "reply"))
            elif link.type is Rel.PINGED_BY:
                linked, linking = _author(view, key), _author(view, link.other)
                if linked and linking and linked != linking and _later(view, key, link.other):
                    found.append((linked, linking, "pingback"))
            elif link.type is Rel.CITES and key != link.other:
                found.append((link.other, key, "cites"))
    return found


def influence_graph(view: GraphView) -> tuple[nx.DiGraph[str], dict[str, dict[str, int]]]:
    """The weighted "influenced -> influencer" graph and, per influencer, how often each kind
    of influence reached them."""
    graph: nx.DiGraph[str] = nx.DiGraph()
    tallies: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for influencer, influenced, how in influence_edges(view):
        weight = _INFLUENCE_WEIGHT[how]
        if graph.has_edge(influenced, influencer):
            graph[influenced][influencer]["weight"] += weight
        else:
            graph.add_edge(influenced, influencer, weight=weight)
        tallies[influencer][how] += 1
    return graph, tallies


def influence(view: GraphView, top: int = 10, damping: float = 0.85) -> list[Influence]:
    """People ranked by PageRank over "influenced -> influencer" edges (networkx's sparse
    PageRank: linear in the edges per iteration, dangling mass spread once per iteration)."""
    graph, tallies = influence_graph(view)
    if graph.number_of_nodes() == 0:
        return []
    rank: dict[str, float] = nx.pagerank(graph, alpha=damping, weight="weight", max_iter=200, tol=1e-10)
    ranked = sorted(rank, key=lambda p: (-round(rank[p], 9), view.nodes[p].name, p))[:top]  # ties by name
    return [
        Influence(view.nodes[p], rank[p], tallies[p]["reply"], tallies[p]["pingback"], tallies[p]["cites"])
        for p in ranked
    ]


@dataclass(slots=True)
class Hop:
    source: NodeInfo
    type: Rel
    target: NodeInfo
    forward: bool  # the relationship points from source to target
    evidence: dict[str, Any] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        return {
            "from": self.source.name,
            "type": self.type.value,
            "to": self.target.name,
            "direction": "->" if self.forward else "<-",
            "evidence": self.evidence,
        }


Step = tuple[str, Link]  # (from, the link followed)


def best_paths(
    view: GraphView, starts: list[NodeInfo], ends: list[NodeInfo], limit: int = 3, max_cost: float = 12.0
) -> list[list[Hop]]:
    """Up to ``limit`` cheapest simple paths from any start to any end (Dijkstra-like search
    that keeps the best few paths per node)."""
    targets = {e.key for e in ends}
    tie = count()
    heap: list[tuple[float, int, str, tuple[Step, ...]]] = [(0.0, next(tie), s.key, ()) for s in starts]
    settled: dict[str, int] = defaultdict(int)
    found: list[list[Hop]] = []
    while heap and len(found) < limit:
        cost, _, node, path = heapq.heappop(heap)
        if settled[node] >= limit or cost > max_cost:
            continue
        settled[node] += 1
        if node in targets and path:
            found.append(_hops(view, path))
            continue
        visited = {step[0] for step in path} | {s.key for s in starts}
        for link in view.links.get(node, []):
            step_cost = _PATH_COST.get(link.type)
            if step_cost is None or link.other in visited:
                continue
            label = view.nodes[link.other].label
            if label is Label.SITE:
                continue
            step: Step = (node, link)
            heapq.heappush(heap, (cost + step_cost, next(tie), link.other, (*path, step)))
    return found


def _hops(view: GraphView, path: tuple[Step, ...]) -> list[Hop]:
    hops = []
    for source, link in path:
        evidence = view.evidence(link.src, link.type, link.dst)
        hops.append(
            Hop(view.nodes[source], link.type, view.nodes[link.other], link.outgoing, evidence[0] if evidence else {})
        )
    return hops
