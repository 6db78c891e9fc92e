"""Which part of the graph a view shows: all of it, the neighbourhood of a film or person,
or the answer of ``recommend`` or ``path`` with its evidence."""

from __future__ import annotations

import networkx as nx

from base.errors import UnknownName
from extract.nlp.textnorm import name_key
from graph.model import GraphModel
from graph.schema import Label
from graph.store import EmbeddedStore
from queries.graphview import NodeInfo
from queries.paths import Hop
from queries.recommend import Recommendation


def neighbourhood(
    store: EmbeddedStore, focus: str | None = None, depth: int = 2, kinds: frozenset[Label] | None = None
) -> nx.MultiDiGraph[str]:
    """The whole graph, or the nodes within ``depth`` steps of every node named ``focus``;
    ``kinds`` keeps only those labels."""
    model = GraphModel.load(store)
    if focus is None and not kinds:
        return model.to_networkx()
    graph = model.to_networkx(evidence=False)  # evidence is read below for the edges drawn only
    if kinds:
        graph = graph.subgraph([n for n, d in graph.nodes(data=True) if Label(d["label"]) in kinds]).copy()
    if focus is not None:
        wanted = name_key(focus)
        centres = [n for n, d in graph.nodes(data=True) if name_key(str(d.get("name", ""))) == wanted]
        if not centres:
            raise UnknownName(f"nothing named {focus!r} to draw. Try `reelgraph show {focus!r}` or another name.")
        undirected = graph.to_undirected(as_view=True)
        keep: set[str] = set()
        for centre in centres:
            keep |= set(nx.single_source_shortest_path_length(undirected, centre, cutoff=depth))
        graph = graph.subgraph(keep).copy()
    for src, dst, kind, data in graph.edges(keys=True, data=True):
        data["evidence"] = model.evidence_between(src, kind, dst)
    return graph


def _add(graph: nx.MultiDiGraph[str], node: NodeInfo) -> None:
    graph.add_node(node.key, label=node.label.value, name=node.name, **node.props)


def recommendation_graph(film: NodeInfo, results: list[Recommendation]) -> nx.MultiDiGraph[str]:
    """The film, the works recommended for it, and an edge to each carrying its reason."""
    graph: nx.MultiDiGraph[str] = nx.MultiDiGraph()
    _add(graph, film)
    for rank, result in enumerate(results, start=1):
        _add(graph, result.work)
        evidence = result.evidence or [{"sentence": result.reason}]
        graph.add_edge(
            film.key,
            result.work.key,
            key=f"recommendation #{rank}",  # drawn by the view, not a relation of the graph
            count=len(evidence),
            evidence=evidence,
        )
    return graph


def paths_graph(paths: list[list[Hop]]) -> nx.MultiDiGraph[str]:
    """Every hop of the paths, each edge with the evidence that supports it."""
    graph: nx.MultiDiGraph[str] = nx.MultiDiGraph()
    for hops in paths:
        for hop in hops:
            _add(graph, hop.source)
            _add(graph, hop.target)
            src, dst = (hop.source.key, hop.target.key) if hop.forward else (hop.target.key, hop.source.key)
            graph.add_edge(src, dst, key=hop.type.value, count=1, evidence=[hop.evidence] if hop.evidence else [])
    return graph
