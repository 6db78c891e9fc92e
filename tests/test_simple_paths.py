"""``path``'s own k-shortest simple paths (Yen's algorithm, no networkx import in the CLI call)
give the costs networkx's ``shortest_simple_paths`` gives, path after path."""

from __future__ import annotations

import random
from collections import defaultdict
from itertools import islice, pairwise

import networkx as nx
import pytest

from queries.paths import Adjacency, simple_paths


def _random_graph(rng: random.Random, size: int, edges: int) -> tuple[Adjacency, nx.Graph[int]]:
    graph: Adjacency = defaultdict(dict)
    reference: nx.Graph[int] = nx.Graph()
    reference.add_nodes_from(range(size))
    for _ in range(edges):
        a, b = rng.sample(range(size), 2)
        weight = rng.choice([1.0, 1.5, 2.0]) + 1e-6  # many equally cheap paths, as in the store
        if b not in graph[a]:
            graph[a][b] = graph[b][a] = weight
            reference.add_edge(a, b, weight=weight)
    return graph, reference


@pytest.mark.parametrize("seed", range(12))
def test_the_costs_are_networkx_costs_path_after_path(seed: int) -> None:
    rng = random.Random(seed)
    graph, reference = _random_graph(rng, 30, 70)
    source, target = 0, 29
    ours = list(islice(simple_paths(graph, source, target), 40))
    if not nx.has_path(reference, source, target):
        assert ours == []
        return
    theirs = [
        nx.path_weight(reference, p, "weight")
        for p in islice(nx.shortest_simple_paths(reference, source, target, weight="weight"), 40)
    ]
    assert [round(cost, 9) for cost, _ in ours] == [round(cost, 9) for cost in theirs]
    seen = set()
    for cost, path in ours:
        assert path[0] == source and path[-1] == target and len(set(path)) == len(path)  # simple
        assert cost == pytest.approx(sum(graph[a][b] for a, b in pairwise(path)))
        assert tuple(path) not in seen
        seen.add(tuple(path))


def test_no_path_yields_nothing() -> None:
    graph: Adjacency = defaultdict(dict)
    graph[0][1] = graph[1][0] = 1.0
    graph[2][3] = graph[3][2] = 1.0
    assert list(simple_paths(graph, 0, 3)) == []
    assert list(simple_paths(graph, 0, 1)) == [(1.0, [0, 1])]
