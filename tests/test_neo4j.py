"""The Neo4j path against a real Bolt server: ArcadeDB (Neo4j 5.26-compatible Bolt plugin)
from the ``arcadedb-embedded`` wheel, on a free loopback port, a fresh database per module."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import networkx as nx
import pytest
from click.testing import CliRunner

from base.errors import AuthFailed, LoadRefused, NoDatabase, Unreachable
from extract.nlp.extractor import EntityExtractor
from graph.build import Contribution
from graph.export import export
from graph.neo4j_store import Connection, Neo4jStore
from graph.nxgraph import to_networkx
from graph.schema import Label, Rel
from graph.store import EmbeddedStore
from queries.embedded import EMBEDDED
from queries.graphview import GraphView
from queries.influence import influence
from queries.named import named_queries
from reelgraph.cli import main
from reelgraph.pipeline import ingest, read_sources
from tests.boltserver import PASSWORD, USER, BoltServer, free_port
from tests.conftest import ROOT
from viz.views import neighbourhood

PARAMS: dict[str, dict[str, Any]] = {
    "most_compared_films": {"limit": 10},
    "recommend_for_film": {"film": "Her", "limit": 10},
    "influence_paths": {"from": "Leo", "to": "Marta Quill"},
    "critics_who_disagree": {"limit": 10},
    "conversation_thread": {"post": "Review: Her (2013)"},
    "pingback_chains": {"limit": 10},
}


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[BoltServer]:
    with BoltServer(tmp_path_factory.mktemp("arcadedb"), extra=("planted",)) as running:
        yield running


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory, extractor: EntityExtractor) -> Iterator[EmbeddedStore]:
    opened = EmbeddedStore.open(tmp_path_factory.mktemp("embedded"))
    ingest(read_sources([str(ROOT / "examples")]), opened, lambda: extractor)
    yield opened
    opened.close()


@pytest.fixture(scope="module")
def neo4j(server: BoltServer, store: EmbeddedStore) -> Iterator[Neo4jStore]:
    with Neo4jStore.connect(Connection(server.uri, USER, server.database, PASSWORD)) as connected:
        connected.load(store, batch_size=50)
        yield connected


def _embedded_counts(store: EmbeddedStore) -> dict[str, Any]:
    """Counts of the graph model (persons merged by its identity rule), which Neo4j receives."""
    graph = to_networkx(store, evidence=False)
    labels = Counter(str(label) for _, label in graph.nodes(data="label"))
    types = Counter(str(kind) for _, _, kind in graph.edges(keys=True))
    return {
        "nodes": graph.number_of_nodes(),
        "edges": graph.number_of_edges(),
        "labels": dict(sorted(labels.items())),
        "types": dict(sorted(types.items())),
    }


def test_counts_after_load_equal_the_embedded_store(neo4j: Neo4jStore, store: EmbeddedStore) -> None:
    assert neo4j.counts() == _embedded_counts(store)


def test_influence_viz_graphml_and_neo4j_agree_on_who_is_who(
    neo4j: Neo4jStore, store: EmbeddedStore, tmp_path: Path
) -> None:
    people_stored = store.stats()["labels"]["Person"]
    view = GraphView.load(store)
    in_view = {k for k, n in view.nodes.items() if n.label is Label.PERSON}
    drawn = neighbourhood(store)
    export(store, "graphml", tmp_path / "g.graphml")
    read_back = nx.read_graphml(tmp_path / "g.graphml")
    in_neo4j = {r["key"] for r in neo4j.read("MATCH (p:Person) RETURN p.key AS key")}
    assert len(in_view) < people_stored  # the same bloggers on several blogs are merged
    assert {n for n, d in drawn.nodes(data=True) if d["label"] == Label.PERSON} == in_view
    assert {n for n, d in read_back.nodes(data=True) if d["label"] == Label.PERSON} == in_view
    assert in_neo4j == in_view
    assert {r.person.key for r in influence(view, top=1000)} <= in_view
    # "Marta at The Long Take", cited by first name, is the blogger of The Long Take everywhere
    assert view.canonical("person:marta") == "person:marta quill@thelongtake.example"
    assert "person:marta" not in in_neo4j and "person:marta quill@thelongtake.example" in in_neo4j


def test_a_second_load_changes_nothing(neo4j: Neo4jStore, store: EmbeddedStore) -> None:
    before = neo4j.read("MATCH (n) RETURN n.key AS key, n.name AS name ORDER BY key")
    edges = neo4j.read("MATCH (a)-[r]->(b) RETURN a.key AS a, type(r) AS t, b.key AS b, r.count AS c ORDER BY a, t, b")
    neo4j.load(store, batch_size=7)
    assert neo4j.read("MATCH (n) RETURN n.key AS key, n.name AS name ORDER BY key") == before
    assert (
        neo4j.read("MATCH (a)-[r]->(b) RETURN a.key AS a, type(r) AS t, b.key AS b, r.count AS c ORDER BY a, t, b")
        == edges
    )


@pytest.mark.parametrize("name", sorted(PARAMS))
def test_named_queries_answer_as_the_embedded_store_does(neo4j: Neo4jStore, store: EmbeddedStore, name: str) -> None:
    assert set(PARAMS) == set(named_queries()) == set(EMBEDDED)
    rows = neo4j.read(named_queries()[name].text, **PARAMS[name])
    expected = EMBEDDED[name](to_networkx(store, evidence=False), **PARAMS[name])
    assert rows, f"{name} found nothing on the example corpus"
    if name == "influence_paths":  # equally short paths may differ: compare ends and lengths
        rows = [{k: r[k] for k in ("source", "target", "hops")} for r in rows]
        expected = [{k: r[k] for k in ("source", "target", "hops")} for r in expected]
    assert rows == expected


def test_reload_after_forget_removes_what_is_stale(
    server: BoltServer, tmp_path: Path, extractor: EntityExtractor
) -> None:
    with (
        EmbeddedStore.open(tmp_path / "small") as small,
        Neo4jStore.connect(Connection(server.uri, USER, server.database, PASSWORD)) as neo4j,
    ):
        ingest(read_sources([str(ROOT / "examples" / "reel-rants")]), small, lambda: extractor)
        neo4j.load(small)
        assert neo4j.counts() == _embedded_counts(small)
        small.forget(str(ROOT / "examples" / "reel-rants" / "her-2013.txt"))
        neo4j.load(small)
        assert neo4j.counts() == _embedded_counts(small)
        assert neo4j.read("MATCH (p:Post) WHERE p.title STARTS WITH 'Reel Rants: HER' RETURN p.key AS k") == []


def test_connection_errors_are_one_clear_line(server: BoltServer) -> None:
    with pytest.raises(AuthFailed, match=r"^E401 Neo4j at .* refused user 'root': wrong user or password"):
        Neo4jStore.connect(Connection(server.uri, USER, server.database, "wrong"))
    with pytest.raises(NoDatabase, match=r"^E403 .* has no database 'missing'"):
        Neo4jStore.connect(Connection(server.uri, USER, "missing", PASSWORD))
    with pytest.raises(Unreachable, match=r"^E402 cannot reach Neo4j at bolt://127\.0\.0\.1:\d+: is it running\?"):
        Neo4jStore.connect(Connection(f"bolt://127.0.0.1:{free_port()}", USER, server.database, PASSWORD))


def test_cli_load_and_query(
    server: BoltServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, extractor: EntityExtractor
) -> None:
    directory = tmp_path / "store"
    with EmbeddedStore.open(directory) as small:
        ingest(read_sources([str(ROOT / "examples" / "second-screening")]), small, lambda: extractor)
        before = small.stats()
    monkeypatch.setenv("NEO4J_PASSWORD", PASSWORD)
    args = ["--store", str(directory)]
    conn = ["--uri", server.uri, "--user", USER, "--database", server.database]
    loaded = CliRunner().invoke(main, [*args, "load", *conn])
    assert loaded.exit_code == 0, loaded.output
    again = CliRunner().invoke(main, [*args, "load", "--json", *conn])  # idempotent, said in JSON
    assert again.exit_code == 0, again.output
    counts = json.loads(again.stdout)
    assert (counts["uri"], counts["database"], counts["skipped_count"]) == (server.uri, server.database, 0)
    assert f"{counts['nodes']} nodes, {counts['edges']} relationships" in loaded.stdout
    asked = CliRunner().invoke(main, [*args, "query", "most_compared_films", "--json", "--param", "limit=3", *conn])
    assert asked.exit_code == 0, asked.output
    rows = [json.loads(line) for line in asked.stdout.splitlines()]
    embedded = CliRunner().invoke(
        main, [*args, "query", "most_compared_films", "--json", "--param", "limit=3", "--embedded"]
    )
    assert rows == [json.loads(line) for line in embedded.stdout.splitlines()]
    assert (rows[0]["film"], rows[0]["key"]) == ("Her", "film:her:2013")
    refused = CliRunner().invoke(main, [*args, "query", "CREATE (n:Film {key: 'x'}) RETURN n", *conn])
    assert refused.exit_code == 1 and "E503 this query writes" in refused.stderr
    monkeypatch.setenv("NEO4J_PASSWORD", "wrong")
    denied = CliRunner().invoke(main, [*args, "load", *conn])
    assert denied.exit_code == 1
    assert denied.stderr.strip().startswith("reelgraph: E401") and len(denied.stderr.strip().splitlines()) == 1
    with EmbeddedStore.open(directory) as small:
        assert small.stats() == before  # a failed load leaves the embedded store untouched


def _plant_forbidden_edge(store: EmbeddedStore) -> None:
    """A page whose (buggy) contribution compares a film with a person: COMPARED_TO Film->Person."""
    planted = Contribution("planted/bad-page.txt")
    planted.edge("film:her:2013", Rel.COMPARED_TO, "person:spike jonze", sentence="Her is like Spike Jonze.")
    store.replace([(planted, "digest", {"source": planted.source}, "2026-01-01")])


def test_a_forbidden_edge_is_skipped_and_reported_or_refuses_the_whole_load(
    server: BoltServer, tmp_path: Path, extractor: EntityExtractor, monkeypatch: pytest.MonkeyPatch
) -> None:
    directory = tmp_path / "planted"
    with EmbeddedStore.open(directory) as small:
        ingest(read_sources([str(ROOT / "examples" / "second-screening")]), small, lambda: extractor)
        assert small.node("person:spike jonze") is not None
        _plant_forbidden_edge(small)
        stats = _embedded_counts(small)
        with Neo4jStore.connect(Connection(server.uri, USER, "planted", PASSWORD)) as neo4j:
            with pytest.raises(
                LoadRefused,
                match=r"^E407 the store holds 1 edge\(s\) .*\(COMPARED_TO Film->Person: 1 "
                r"\(planted/bad-page\.txt\)\); nothing was written",
            ):
                neo4j.load(small, batch_size=50, strict=True)
            assert neo4j.read("MATCH (n) RETURN count(n) AS n") == [{"n": 0}]  # strict: nothing written
            report = neo4j.load(small, batch_size=50)
            assert [(r.kind, r.src, r.dst, r.pages) for r in report.refused] == [
                ("COMPARED_TO Film->Person", "film:her:2013", "person:spike jonze", ("planted/bad-page.txt",))
            ]
            counts = neo4j.counts()
            assert counts["nodes"] == stats["nodes"]
            assert counts["edges"] == stats["edges"] - 1  # exactly that edge skipped
            assert counts["types"]["COMPARED_TO"] == stats["types"]["COMPARED_TO"] - 1
            assert neo4j.read("MATCH (:Film)-[r:COMPARED_TO]->(:Person) RETURN count(r) AS n") == [{"n": 0}]
    monkeypatch.setenv("NEO4J_PASSWORD", PASSWORD)
    conn = ["--uri", server.uri, "--user", USER, "--database", "planted"]
    strict = CliRunner().invoke(main, ["--store", str(directory), "load", "--strict", *conn])
    assert strict.exit_code == 1 and strict.stderr.startswith("reelgraph: E407 the store holds 1 edge(s)")
    loaded = CliRunner().invoke(main, ["--store", str(directory), "load", *conn])
    assert loaded.exit_code == 0, loaded.output
    assert "skipped 1 edge(s) the schema forbids: COMPARED_TO Film->Person: 1 (planted/bad-page.txt)" in loaded.stderr
