"""``path``: the best paths between two people, two works, or a person and a work, hop by
hop, each with the evidence of its link. Every link type has a cost (``PATH_COST``); the
search is Yen's algorithm on the part of the graph a path within the cost bound can use.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from heapq import heappop, heappush
from itertools import count, pairwise
from typing import Any

import numpy as np

from graph.model import LABEL_ORDER, REL_ORDER
from graph.schema import WORK_LABELS, Label, Rel
from queries.graphview import GraphView, Link, NodeInfo

Array = np.ndarray[Any, Any]

_HOP = 1e-6  # added to each step's cost: of two equally cheap paths the one with fewer steps comes first
PATH_COST = {
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


def _costs(view: GraphView) -> tuple[Array, Array]:
    """Each adjacency entry's path cost (infinite for a link type without one, or a site at
    either end) and each entry's row, cached on the model."""
    found = view.cache.get("path_costs")
    if found is None:
        costs = np.array([PATH_COST.get(rel, np.inf) for rel in REL_ORDER])[view.rel]
        rows = np.repeat(np.arange(len(view.keys)), np.diff(view.indptr))
        site = LABEL_ORDER.index(Label.SITE)
        costs[(view.label[rows] == site) | (view.label[view.other] == site)] = np.inf
        found = view.cache["path_costs"] = (costs, rows)
    result: tuple[Array, Array] = found
    return result


def _distances(view: GraphView, costs: Array, sources: list[int], limit: float) -> Array:
    """Cheapest cost from any of ``sources`` to every node, up to ``limit`` (else infinite):
    relaxation from the nodes whose distance just fell, one step of links per round (every
    step costs at least 1, so at most ``limit`` rounds)."""
    distance = np.full(len(view.keys), np.inf)
    distance[sources] = 0.0
    changed = np.array(sources, dtype=np.int64)
    while len(changed):
        begin, end = view.indptr[changed], view.indptr[changed + 1]
        lengths = end - begin
        positions = np.repeat(begin - np.concatenate([[0], np.cumsum(lengths)[:-1]]), lengths) + np.arange(
            int(lengths.sum())
        )
        reach = np.repeat(distance[changed], lengths) + costs[positions]
        keep = reach <= limit
        targets, reach = view.other[positions][keep], reach[keep]
        before = distance.copy()
        np.minimum.at(distance, targets, reach)
        changed = np.flatnonzero(distance < before)
    return distance


Adjacency = dict[int, dict[int, float]]


def _cheapest(
    graph: Adjacency, source: int, target: int, avoid: set[int], cut: set[tuple[int, int]]
) -> tuple[float, list[int]] | None:
    """Dijkstra from ``source`` to ``target`` around the nodes ``avoid`` and the edges ``cut``."""
    distance, before = {source: 0.0}, {source: source}
    queue, done, order = [(0.0, 0, source)], set(), count(1)
    while queue:
        cost, _, here = heappop(queue)
        if here in done:
            continue
        if here == target:
            path = [here]
            while path[-1] != source:
                path.append(before[path[-1]])
            return cost, path[::-1]
        done.add(here)
        for there, weight in graph[here].items():
            if there in avoid or there in done or (here, there) in cut or (there, here) in cut:
                continue
            reach = cost + weight
            if there not in distance or reach < distance[there]:
                distance[there], before[there] = reach, here
                heappush(queue, (reach, next(order), there))
    return None


def simple_paths(graph: Adjacency, source: int, target: int) -> Iterator[tuple[float, list[int]]]:
    """The simple paths from ``source`` to ``target`` of an undirected weighted graph, cheapest
    first, with their costs (Yen's algorithm, as ``networkx.shortest_simple_paths`` runs it:
    the same candidates, kept in a heap by cost and then by the order they were found)."""
    first = _cheapest(graph, source, target, set(), set())
    if first is None:
        return
    shown: list[list[int]] = []
    queue: list[tuple[float, int, list[int]]] = [(first[0], 0, first[1])]
    queued, order = {tuple(first[1])}, count(1)
    while queue:
        cost, _, path = heappop(queue)
        queued.discard(tuple(path))
        yield cost, path
        shown.append(path)
        avoid: set[int] = set()
        for i in range(1, len(path)):
            root = path[:i]
            cut = {(p[i - 1], p[i]) for p in shown if p[:i] == root}
            spur = _cheapest(graph, root[-1], target, avoid, cut)
            if spur is not None:
                found = root[:-1] + spur[1]
                if tuple(found) not in queued:
                    queued.add(tuple(found))
                    root_cost = sum(graph[a][b] for a, b in pairwise(root))
                    heappush(queue, (root_cost + spur[0], next(order), found))
            avoid.add(root[-1])


def best_paths(
    view: GraphView, starts: list[NodeInfo], ends: list[NodeInfo], limit: int = 3, max_cost: float = 12.0
) -> list[list[Hop]]:
    """Up to ``limit`` cheapest simple paths (by distinct nodes) from any start to any end,
    none through another start or end, at most ``max_cost``: the cheapest simple paths
    (``simple_paths``, Yen's algorithm) on the part of the graph such paths can use.

    That part is found first: with d_s and d_e the distances from the starts and from the
    ends (bounded by ``max_cost``), every node of a path of cost at most T has d_s + d_e <= T.
    T starts at the best path's cost and grows by half a step until ``limit`` paths are
    found, so the paths come out in the order of their costs on the whole graph, found on a
    subgraph of a few nodes. Of two equally cheap paths the one with fewer steps comes first.
    (networkx's ``shortest_simple_paths`` gives the same costs; importing networkx cost a
    CLI call more than the search.)
    """
    costs, rows = _costs(view)
    index = view.index
    sources = sorted({index[s.key] for s in starts})
    targets = sorted({index[e.key] for e in ends} - set(sources))
    if not sources or not targets:
        return []
    through = _distances(view, costs, sources, max_cost) + _distances(view, costs, targets, max_cost)
    ends_at = set(sources) | set(targets)
    threshold = float(through[targets].min())
    found: list[list[int]] = []
    while np.isfinite(threshold) and threshold <= max_cost:
        graph = _graph_within(view, costs, rows, through <= threshold + 1e-9, sources, targets)
        found = _simple_paths_up_to(graph, threshold, ends_at, limit)
        if len(found) == limit:
            break
        threshold += 0.5
    return [_hops(view, _steps(view, nodes)) for nodes in found]


_FROM, _TO = -1, -2  # the two nodes added to a search graph: linked to every start, every end


def _graph_within(
    view: GraphView, costs: Array, rows: Array, inside: Array, sources: list[int], targets: list[int]
) -> Adjacency:
    """The links between nodes ``inside`` (each pair once, at its cheapest cost plus a hop),
    with ``_FROM`` linked to every start and ``_TO`` to every end at no cost."""
    entries = inside[rows] & inside[view.other] & np.isfinite(costs)
    graph: Adjacency = defaultdict(dict)
    for a, b, cost in zip(rows[entries].tolist(), view.other[entries].tolist(), costs[entries].tolist(), strict=True):
        if a != b and graph[a].get(b, np.inf) > cost + _HOP:
            graph[a][b] = graph[b][a] = cost + _HOP
    for n in sources:
        graph[_FROM][n] = graph[n][_FROM] = 0.0
    for n in targets:
        graph[n][_TO] = graph[_TO][n] = 0.0
    return graph


def _simple_paths_up_to(graph: Adjacency, threshold: float, ends_at: set[int], limit: int) -> list[list[int]]:
    """Up to ``limit`` cheapest simple paths from a start to an end costing at most
    ``threshold`` (hops aside), none through another start or end."""
    found: list[list[int]] = []
    for weight, nodes in simple_paths(graph, _FROM, _TO):
        if weight > threshold + _HOP * len(nodes):
            break
        inner = nodes[1:-1]
        if any(n in ends_at for n in inner[1:-1]):
            continue  # through another start or end: its own shorter path is the one to show
        found.append(inner)
        if len(found) == limit:
            break
    return found


def _steps(view: GraphView, nodes: list[int]) -> tuple[Step, ...]:
    """The cheapest link between each two nodes of a path (the first of equal ones)."""
    steps = []
    for here, there in pairwise(nodes):
        begin, end = int(view.indptr[here]), int(view.indptr[here + 1])
        others, rels = view.other[begin:end].tolist(), view.rel[begin:end].tolist()
        entries = [
            begin + i
            for i, (other, rel) in enumerate(zip(others, rels, strict=True))
            if other == there and REL_ORDER[rel] in PATH_COST
        ]
        best = min(entries, key=lambda entry: PATH_COST[REL_ORDER[int(view.rel[entry])]])
        steps.append((view.key_of(here), view.links_at(here, [best])[0]))
    return tuple(steps)


def _hops(view: GraphView, path: tuple[Step, ...]) -> list[Hop]:
    hops = []
    for source, link in path:
        evidence = view.evidence(link.src, link.type, link.dst)
        hops.append(
            Hop(view.nodes[source], link.type, view.nodes[link.other], link.outgoing, evidence[0] if evidence else {})
        )
    return hops
