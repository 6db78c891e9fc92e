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
from typing import TYPE_CHECKING, Any

import numpy as np

from graph.model import LABEL_ORDER, REL_ORDER
from graph.schema import WORK_LABELS, Label, Rel
from queries.graphview import GraphView, Link, NodeInfo

if TYPE_CHECKING:
    import networkx as nx

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


def influence_edges(view: GraphView) -> list[tuple[str, str, str]]:
    """(influencer, influenced, how) for every reply, pingback and citation in time order.

    A reply is from a comment's author to the author of what it answers, a pingback from the
    linked post's author to the linking post's; each counts only if the influenced text is not
    dated before the influencing one (or either has no date).
    """
    keys, dates, authors = view.keys, view.published, view.authors()
    rows = np.repeat(np.arange(len(keys)), np.diff(view.indptr))
    comment = LABEL_ORDER.index(Label.COMMENT)
    kinds = {REL_ORDER.index(r): r for r in (Rel.REPLIED_TO, Rel.PINGED_BY, Rel.CITES)}
    wanted = view.out & np.isin(view.rel, list(kinds))
    found = []
    for here, there, code in zip(
        rows[wanted].tolist(), view.other[wanted].tolist(), view.rel[wanted].tolist(), strict=True
    ):
        rel = kinds[code]
        if rel is Rel.REPLIED_TO and view.label[here] == comment:
            replier, answered = int(authors[here]), int(authors[there])
            if replier >= 0 and answered >= 0 and replier != answered and _later(dates, there, here):
                found.append((keys[answered], keys[replier], "reply"))
        elif rel is Rel.PINGED_BY:
            linked, linking = int(authors[here]), int(authors[there])
            if linked >= 0 and linking >= 0 and linked != linking and _later(dates, here, there):
                found.append((keys[linked], keys[linking], "pingback"))
        elif rel is Rel.CITES and here != there:
            found.append((keys[there], keys[here], "cites"))
    return found


def _later(dates: list[str], earlier: int, later: int) -> bool:
    first, second = dates[earlier], dates[later]
    return not first or not second or first <= second


def influence_graph(view: GraphView) -> tuple[nx.DiGraph[str], dict[str, dict[str, int]]]:
    """The weighted "influenced -> influencer" graph and, per influencer, how often each kind
    of influence reached them."""
    import networkx as nx  # only the commands that rank influence pay for importing it

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
    import networkx as nx

    graph, tallies = influence_graph(view)
    if graph.number_of_nodes() == 0:
        return []
    rank: dict[str, float] = nx.pagerank(graph, alpha=damping, weight="weight", max_iter=200, tol=1e-10)
    index, names = view.index, view.names
    ranked = sorted(rank, key=lambda p: (-round(rank[p], 9), names[index[p]], p))[:top]  # ties by name
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
            if view.label_of(link.other) is Label.SITE:
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
