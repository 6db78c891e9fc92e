"""Round trips under arbitrary text: contributions -> store -> RDF (Turtle and JSON-LD) ->
isomorphic graphs; store -> GraphML -> the same counts; forget -> an empty store."""

from __future__ import annotations

import tempfile
from pathlib import Path

import networkx as nx
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rdflib import Graph
from rdflib.compare import isomorphic

from graph.build import Contribution
from graph.export import export
from graph.schema import Label, Rel, film_key, person_key
from graph.store import EmbeddedStore

TEXT = st.text(st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=40)


@st.composite
def contributions(draw: st.DrawFn) -> Contribution:
    out = Contribution(draw(st.sampled_from(["a.txt", "b.html", "c.xml#post-1"])))
    films = [
        out.node(film_key(t, y), Label.FILM, t, title=t, year=y)
        for t, y in draw(st.lists(st.tuples(TEXT, st.integers(1940, 2014)), min_size=1, max_size=4))
    ]
    people = [out.node(person_key(n), Label.PERSON, n) for n in draw(st.lists(TEXT, min_size=1, max_size=3))]
    for _ in range(draw(st.integers(0, 6))):
        out.edge(
            draw(st.sampled_from(films)),
            Rel.COMPARED_TO,
            draw(st.sampled_from(films)),
            unit="body",
            sentence=draw(TEXT),
            polarity="similar",
            confidence=0.5,
            seen="2014-01-01",
        )
        out.edge(
            draw(st.sampled_from(people)),
            Rel.ACTED_IN,
            draw(st.sampled_from(films)),
            unit="gazetteer",
            sentence=draw(TEXT),
            confidence=0.9,
        )
    return out


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(contributions(), min_size=1, max_size=3))
def test_store_rdf_and_graphml_round_trips(batch: list[Contribution]) -> None:
    with tempfile.TemporaryDirectory() as work, EmbeddedStore.open(Path(work) / "s") as store:
        store.replace([(c, "d", {"source": c.source}, "2026-01-01") for c in batch])
        export(store, "ttl", Path(work) / "g.ttl")
        export(store, "jsonld", Path(work) / "g.jsonld")
        turtle = Graph().parse(Path(work) / "g.ttl", format="turtle")
        assert isomorphic(turtle, Graph().parse(Path(work) / "g.jsonld", format="json-ld"))
        export(store, "graphml", Path(work) / "g.graphml")
        graphml = nx.read_graphml(Path(work) / "g.graphml", force_multigraph=True)
        stats = store.stats()
        assert (graphml.number_of_nodes(), graphml.number_of_edges()) == (stats["nodes"], stats["edges"])
        for source in {c.source for c in batch}:
            store.forget(source)
        assert store.stats()["nodes"] == store.stats()["edges"] == 0
