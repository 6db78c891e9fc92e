"""Round trips under arbitrary text: contributions -> store -> RDF (Turtle and JSON-LD) ->
parsed back, a graph isomorphic to the one built from the store that says what the store's
rows say (nodes, relations, evidence); store -> GraphML -> the same counts; forget -> an
empty store."""

from __future__ import annotations

import tempfile
from pathlib import Path

import networkx as nx
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rdflib import RDF, Graph
from rdflib.compare import isomorphic

from graph.build import Contribution
from graph.export import export, to_rdf
from graph.rdf_terms import RG, SCHEMA
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


Said = tuple[dict[str, tuple[str, str]], set[tuple[str, str, str]], set[tuple[str, str, str, str, str]]]
CLASSES = {Label.FILM: SCHEMA.Movie, Label.PERSON: SCHEMA.Person}
PREDICATES = {Rel.COMPARED_TO: (RG.comparedTo, False), Rel.ACTED_IN: (SCHEMA.actor, True)}  # film actor person


def read_back(rdf: Graph) -> Said:
    """What a parsed RDF graph says, in the store's terms: node key -> (class, name), the
    relation triples as (src key, predicate, dst key), and each evidence node's statement."""
    key_of = {iri: str(key) for iri, key in rdf.subject_objects(RG.key)}
    nodes = {key: (str(rdf.value(iri, RDF.type)), str(rdf.value(iri, SCHEMA.name))) for iri, key in key_of.items()}
    predicates = {predicate for predicate, _ in PREDICATES.values()}
    edges = {(key_of[s], str(p), key_of[o]) for s, p, o in rdf if p in predicates}
    statements = set()
    for evidence in rdf.subjects(RDF.type, RG.Evidence):
        src, dst = rdf.value(evidence, RG.subject), rdf.value(evidence, RG.object)
        assert src is not None and dst is not None
        said = (rdf.value(evidence, RG.relation), rdf.value(evidence, RG.sentence), rdf.value(evidence, RG.sourcePage))
        statements.add((str(said[0]), key_of[src], key_of[dst], str(said[1]), str(said[2])))
    return nodes, edges, statements


def in_store_terms(store: EmbeddedStore) -> Said:
    """The same three views read straight from the store's rows (not through ``to_rdf``)."""
    nodes = {n.key: (str(CLASSES[Label(n.label)]), n.name) for n in store.nodes()}
    edges = set()
    statements = set()
    for edge, items in store.edges_with_evidence():
        predicate, reverse = PREDICATES[Rel(edge.type)]
        edges.add((edge.dst, str(predicate), edge.src) if reverse else (edge.src, str(predicate), edge.dst))
        statements |= {(str(edge.type), edge.src, edge.dst, str(i["sentence"]), str(i["source"])) for i in items}
    return nodes, edges, statements


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(contributions(), min_size=1, max_size=3))
def test_store_rdf_and_graphml_round_trips(batch: list[Contribution]) -> None:
    with tempfile.TemporaryDirectory() as work, EmbeddedStore.open(Path(work) / "s") as store:
        store.replace([(c, "d", {"source": c.source}, "2026-01-01") for c in batch])
        built = to_rdf(store)
        expected = in_store_terms(store)
        stats = store.stats()
        assert (len(expected[0]), len(expected[1])) == (stats["nodes"], stats["edges"])
        for fmt, parser in (("ttl", "turtle"), ("jsonld", "json-ld")):
            export(store, fmt, Path(work) / f"g.{fmt}")
            parsed = Graph().parse(Path(work) / f"g.{fmt}", format=parser)
            assert isomorphic(parsed, built)  # read back, it is the graph built from the store
            assert read_back(parsed) == expected  # and it says what the store holds
        export(store, "graphml", Path(work) / "g.graphml")
        graphml = nx.read_graphml(Path(work) / "g.graphml", force_multigraph=True)
        assert (graphml.number_of_nodes(), graphml.number_of_edges()) == (stats["nodes"], stats["edges"])
        for source in {c.source for c in batch}:
            store.forget(source)
        assert store.stats()["nodes"] == store.stats()["edges"] == 0
