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

Array = np.ndarray[Any, Any]

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


_HOW = ("reply", "pingback", "cites")


def influence_arrays(view: GraphView) -> tuple[Array, Array, Array]:
    """Every reply, pingback and citation as three arrays: influencer, influenced (model node
    numbers) and how (an index into ``_HOW``).

    A reply is from a comment's author to the author of what it answers, a pingback from the
    linked post's author to the linking post's; each counts only if the influenced text is not
    dated before the influencing one (or either has no date). A citation needs no date.
    """
    authors = view.authors()
    dates = view.cache.get("dates")
    if dates is None:
        dates = view.cache["dates"] = np.array(view.published, dtype=str)
    rows = np.repeat(np.arange(len(view.keys)), np.diff(view.indptr))
    here, there, rel = rows[view.out], view.other[view.out], view.rel[view.out]

    def later(earlier: Array, after: Array) -> Array:
        first, second = dates[earlier], dates[after]
        result: Array = (first == "") | (second == "") | (first <= second)
        return result

    replies = (rel == REL_ORDER.index(Rel.REPLIED_TO)) & (view.label[here] == LABEL_ORDER.index(Label.COMMENT))
    replier, answered = authors[here[replies]], authors[there[replies]]
    keep = (replier >= 0) & (answered >= 0) & (replier != answered) & later(there[replies], here[replies])
    pings = rel == REL_ORDER.index(Rel.PINGED_BY)
    linked, linking = authors[here[pings]], authors[there[pings]]
    ping_keep = (linked >= 0) & (linking >= 0) & (linked != linking) & later(here[pings], there[pings])
    cites = (rel == REL_ORDER.index(Rel.CITES)) & (here != there)
    influencer = np.concatenate([answered[keep], linked[ping_keep], there[cites]])
    influenced = np.concatenate([replier[keep], linking[ping_keep], here[cites]])
    how = np.repeat(np.arange(3), [int(keep.sum()), int(ping_keep.sum()), int(cites.sum())])
    return influencer, influenced, how


def influence_edges(view: GraphView) -> list[tuple[str, str, str]]:
    """(influencer, influenced, how) for every reply, pingback and citation in time order."""
    keys = view.keys
    return [(keys[a], keys[b], _HOW[h]) for a, b, h in zip(*(x.tolist() for x in influence_arrays(view)), strict=True)]


def influence_graph(view: GraphView) -> nx.DiGraph[str]:
    """The weighted "influenced -> influencer" graph as networkx sees it (for comparisons)."""
    import networkx as nx

    graph: nx.DiGraph[str] = nx.DiGraph()
    for influencer, influenced, how in influence_edges(view):
        if graph.has_edge(influenced, influencer):
            graph[influenced][influencer]["weight"] += _INFLUENCE_WEIGHT[how]
        else:
            graph.add_edge(influenced, influencer, weight=_INFLUENCE_WEIGHT[how])
    return graph


def pagerank(
    sources: Array, targets: Array, weights: Array, size: int, damping: float = 0.85, tol: float = 1e-10
) -> Array:
    """PageRank of ``size`` nodes over weighted edges (sources -> targets), as in networkx:
    uniform start and teleport, a node without out-links spreads its rank evenly, stopping
    when the L1 change is below ``size * tol`` (at most 200 iterations). Each iteration is
    linear in the edges: the dangling mass is added once, not node by node.

    >>> pagerank(np.array([0, 1]), np.array([1, 0]), np.array([1.0, 1.0]), 2).round(3).tolist()
    [0.5, 0.5]
    """
    out_total = np.bincount(sources, weights=weights, minlength=size)
    share = weights / out_total[sources]
    dangling = out_total == 0
    rank = np.full(size, 1.0 / size)
    for _ in range(200):
        spread = np.bincount(targets, weights=rank[sources] * share, minlength=size)
        step = damping * (spread + rank[dangling].sum() / size) + (1 - damping) / size
        done = float(np.abs(step - rank).sum()) < size * tol
        rank = step
        if done:
            break
    return rank


def influence(view: GraphView, top: int = 10, damping: float = 0.85) -> list[Influence]:
    """People ranked by PageRank over "influenced -> influencer" edges (``pagerank``; the
    benchmark bench/bench_influence.py holds it to ``nx.pagerank`` on the same graph)."""
    influencer, influenced, how = influence_arrays(view)
    people, ends = np.unique(np.concatenate([influenced, influencer]), return_inverse=True)
    if len(people) == 0:
        return []
    size, count = len(people), len(influencer)
    sources, targets = ends[:count], ends[count:]
    weights = np.array([_INFLUENCE_WEIGHT[h] for h in _HOW])[how]
    pair, where = np.unique(sources.astype(np.int64) * size + targets, return_inverse=True)  # one edge a pair
    rank = pagerank(pair // size, pair % size, np.bincount(where, weights=weights), size, damping)
    rounded = np.round(rank, 9)
    cut = np.sort(rounded)[::-1][min(top, size) - 1]
    names = view.names
    chosen = sorted(
        np.flatnonzero(rounded >= cut).tolist(),
        key=lambda i: (-rounded[i], names[people[i]], view.keys[people[i]]),  # ties by name
    )[:top]
    tallies = np.zeros((size, 3), dtype=np.int64)
    np.add.at(tallies, (targets, how), 1)
    return [Influence(view.nodes[view.keys[people[i]]], float(rank[i]), *(int(t) for t in tallies[i])) for i in chosen]


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
