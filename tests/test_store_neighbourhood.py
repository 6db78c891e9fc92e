"""``neighbourhood`` (what ``show`` reads) equals the edge-by-edge reads it replaces."""

from __future__ import annotations

from pathlib import Path

from base.vocab import Rel
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


def test_polarities_are_each_edges_evidence_polarities_in_order(tmp_path: Path) -> None:
    measure(tmp_path, 60)
    with EmbeddedStore.open(tmp_path) as store:
        compared = [e for e in store.edges() if e.type == Rel.COMPARED_TO.value]
        assert len(compared) > 20
        expected = {(e.src, e.dst): [i.get("polarity") for i in store.evidence(e.src, e.type, e.dst)] for e in compared}
        assert store.polarities(Rel.COMPARED_TO.value) == expected
        assert store.polarities("NO_SUCH_TYPE") == {}
