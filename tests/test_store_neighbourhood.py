"""``neighbourhood`` (what ``show`` reads) equals the edge-by-edge reads it replaces."""

from __future__ import annotations

from pathlib import Path

from bench.bench_store_size import measure
from graph.store import EmbeddedStore


def test_a_nodes_neighbourhood_is_its_edges_their_other_ends_and_evidence(tmp_path: Path) -> None:
    measure(tmp_path, 60)  # generated pages with entities, comments and pingbacks
    with EmbeddedStore.open(tmp_path) as store:
        keys = [node.key for node in store.nodes()]
        assert len(keys) > 500
        for key in keys:
            expected = []
            for edge in store.edges_of(key):
                other = store.node(edge.dst if edge.src == key else edge.src)
                expected.append((edge, other, store.evidence(edge.src, edge.type, edge.dst)))
            assert store.neighbourhood(key) == expected, key
        assert store.neighbourhood("film:no such film") == []
