"""Exports: RDF (Turtle, JSON-LD) with schema.org, GraphML, plain CSV, and the CSV layout of
``neo4j-admin database import full`` for a first bulk load of a large corpus.
"""

from __future__ import annotations

import csv
import hashlib
import json
from pathlib import Path
from typing import Any
from urllib.parse import quote

import networkx as nx
from rdflib import RDF, RDFS, XSD, Graph, Literal, URIRef

from base.files import atomic_output, output_folder, write_atomic
from graph.nxgraph import to_networkx
from graph.rdf_terms import ID, RG, SCHEMA, TERMS
from graph.schema import Label, Rel
from graph.store import Edge, EmbeddedStore, Node

FORMATS = ("ttl", "jsonld", "graphml", "csv", "neo4j-admin")
_CLASSES = {
    Label.FILM: SCHEMA.Movie,
    Label.TV: SCHEMA.TVSeries,
    Label.NOVEL: SCHEMA.Book,
    Label.COMIC: SCHEMA.ComicSeries,
    Label.SONG: SCHEMA.MusicRecording,
    Label.WORK: SCHEMA.CreativeWork,
    Label.PERSON: SCHEMA.Person,
    Label.CHARACTER: RG.Character,
    Label.POST: SCHEMA.BlogPosting,
    Label.COMMENT: SCHEMA.Comment,
    Label.SITE: SCHEMA.WebSite,
}
# (predicate, reversed): WROTE person->post becomes post schema:author person.
_PREDICATES: dict[Rel, tuple[URIRef, bool]] = {
    Rel.WROTE: (SCHEMA.author, True),
    Rel.REVIEWS: (SCHEMA.itemReviewed, False),
    Rel.MENTIONS: (SCHEMA.mentions, False),
    Rel.COMPARED_TO: (RG.comparedTo, False),
    Rel.REPLIED_TO: (SCHEMA.parentItem, False),
    Rel.PINGED_BY: (RG.pingedBy, False),
    Rel.CITES: (RG.cites, False),
    Rel.RECOMMENDS: (RG.recommends, False),
    Rel.DIRECTED: (SCHEMA.director, True),
    Rel.ACTED_IN: (SCHEMA.actor, True),
    Rel.ADAPTED_FROM: (SCHEMA.isBasedOn, False),
    Rel.PUBLISHED_ON: (SCHEMA.isPartOf, False),
    Rel.CHARACTER_IN: (SCHEMA.character, True),
}
_PROPS = {"published": SCHEMA.datePublished, "url": SCHEMA.url, "text": SCHEMA.text, "year": SCHEMA.dateCreated}


def node_iri(key: str) -> URIRef:
    return ID[quote(key, safe="")]


def _vocabulary(graph: Graph) -> None:
    for term, (label, comment) in TERMS.items():
        iri = RG._NS[term]
        graph.add((iri, RDFS.label, Literal(label, lang="en")))
        graph.add((iri, RDFS.comment, Literal(comment, lang="en")))


def to_rdf(store: EmbeddedStore) -> Graph:
    """The store as RDF: schema.org classes and properties, reelgraph terms for the rest,
    and an rg:Evidence node for each piece of evidence of each statement."""
    graph = Graph()
    graph.bind("schema", SCHEMA)
    graph.bind("rg", RG._NS)
    graph.bind("rgid", ID)
    _vocabulary(graph)
    posts: list[str] = []
    for node in store.nodes():
        _add_node(graph, node)
        if Label(node.label) is Label.POST:
            posts.append(node.key)
    for post in posts:
        if any(e.type == Rel.REVIEWS for e in store.edges_of(post) if e.src == post):
            graph.set((node_iri(post), RDF.type, SCHEMA.CriticReview))
    for edge, items in store.edges_with_evidence():
        _add_edge(graph, edge, items)
    return graph


def _add_node(graph: Graph, node: Node) -> None:
    """A node's class, name, key, schema.org properties, IMDb link, rating and stance."""
    iri = node_iri(node.key)
    graph.add((iri, RDF.type, _CLASSES[Label(node.label)]))
    graph.add((iri, SCHEMA.name, Literal(node.name)))
    graph.add((iri, RG.key, Literal(node.key)))
    for prop, predicate in _PROPS.items():
        if node.props.get(prop) not in (None, ""):
            graph.add((iri, predicate, Literal(node.props[prop])))
    if node.props.get("imdb_id"):
        graph.add((iri, SCHEMA.sameAs, URIRef(f"https://www.imdb.com/title/{node.props['imdb_id']}/")))
    if node.props.get("rating") is not None:
        _add_rating(graph, node)
    if node.props.get("stance"):
        graph.add((iri, RG.stance, Literal(node.props["stance"])))


def _add_rating(graph: Graph, node: Node) -> None:
    """A post's rating as a schema:Rating node (the value out of 1, and the text as written)."""
    rating = node_iri(node.key + "#rating")
    graph.add((node_iri(node.key), SCHEMA.reviewRating, rating))
    graph.add((rating, RDF.type, SCHEMA.Rating))
    graph.add((rating, SCHEMA.ratingValue, Literal(float(node.props["rating"]), datatype=XSD.decimal)))
    graph.add((rating, SCHEMA.bestRating, Literal(1)))
    graph.add((rating, RG.ratingText, Literal(str(node.props.get("rating_raw", "")))))


# evidence fields kept as text, and their terms
_EVIDENCE_TERMS = (
    ("sentence", RG.sentence),
    ("source", RG.sourcePage),
    ("unit", RG.unit),
    ("extractor", RG.extractor),
    ("polarity", RG.polarity),
    ("by", RG.statedBy),
    ("seen", RG.seen),
)


def _add_edge(graph: Graph, edge: Edge, items: list[dict[str, Any]]) -> None:
    """An edge as one statement (its predicate, reversed where schema.org reads the other way)
    and an rg:Evidence node per piece of evidence, named by a digest of its content."""
    predicate, reverse = _PREDICATES[Rel(edge.type)]
    subject, obj = node_iri(edge.src), node_iri(edge.dst)
    graph.add((obj, predicate, subject) if reverse else (subject, predicate, obj))
    for item in items:
        digest = hashlib.sha256(json.dumps([edge.src, edge.type, edge.dst, item], sort_keys=True).encode()).hexdigest()
        evidence = node_iri(f"evidence:{digest[:16]}")
        graph.add((subject, RG.evidence, evidence))
        graph.add((evidence, RDF.type, RG.Evidence))
        graph.add((evidence, RG.relation, Literal(edge.type)))
        graph.add((evidence, RG.subject, subject))
        graph.add((evidence, RG.object, obj))
        for field, term in _EVIDENCE_TERMS:
            if item.get(field) not in (None, ""):
                graph.add((evidence, term, Literal(str(item[field]))))
        if item.get("confidence") is not None:
            graph.add((evidence, RG.confidence, Literal(float(item["confidence"]), datatype=XSD.decimal)))


def _flat(graph: nx.MultiDiGraph[str]) -> nx.MultiDiGraph[str]:
    """GraphML holds only scalars: None becomes "", lists and dicts become JSON text."""
    flat: nx.MultiDiGraph[str] = nx.MultiDiGraph()
    for key, data in graph.nodes(data=True):
        flat.add_node(key, **{k: _scalar(v) for k, v in data.items()})
    for src, dst, kind, data in graph.edges(keys=True, data=True):
        flat.add_edge(src, dst, key=kind, **{k: _scalar(v) for k, v in data.items()})
    return flat


def _scalar(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, list | dict):
        return json.dumps(value, ensure_ascii=False)
    return value


def _write_csv(path: Path, header: list[str], rows: list[list[Any]]) -> None:
    with atomic_output(path, newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        writer.writerows(rows)


def export(store: EmbeddedStore, fmt: str, out: Path) -> list[Path]:
    """Write the store in ``fmt`` to ``out`` (a file, or a folder for the CSV formats)."""
    if fmt in {"ttl", "jsonld"}:
        write_atomic(out, to_rdf(store).serialize(format="turtle" if fmt == "ttl" else "json-ld"), f"graph.{fmt}")
        return [out]
    if fmt == "graphml":
        with atomic_output(out, binary=True, example="graph.graphml") as handle:
            nx.write_graphml(_flat(to_networkx(store)), handle)
        return [out]
    if fmt == "csv":
        output_folder(out)
        _write_csv(
            out / "nodes.csv",
            ["key", "label", "name", "props"],
            [[n.key, n.label, n.name, json.dumps(n.props, ensure_ascii=False)] for n in store.nodes()],
        )
        _write_csv(
            out / "edges.csv",
            ["src", "type", "dst", "count", "first_seen", "last_seen", "confidence"],
            [[e.src, e.type, e.dst, e.count, e.first_seen, e.last_seen, e.confidence] for e in store.edges()],
        )
        return [out / "nodes.csv", out / "edges.csv"]
    if fmt == "neo4j-admin":
        from graph.admin_export import export_admin  # typed columns, one per property

        return export_admin(store, out)
    raise ValueError(f"unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}")
