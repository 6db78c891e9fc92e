"""The graph model as rows and as networkx: its nodes (merged members left out) and its edges,
stored edges whose ends were merged folded into one (counts added, dates and confidence
widened, evidence joined in date order). Exports, GraphML and the Neo4j load read these
through ``GraphModel.node_rows``, ``edge_rows`` and ``to_networkx``.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from graph.store import Edge, Node

if TYPE_CHECKING:
    import networkx as nx

    from graph.model import GraphModel


def node_rows(model: GraphModel) -> Iterator[Node]:
    """The model's nodes, as the store's ``Node`` records, in key order."""
    model.full_index()
    for node in model.store.nodes():
        if node.key in model.nodes:
            yield node


def edge_rows(model: GraphModel, evidence: bool = True) -> Iterator[tuple[Edge, list[dict[str, Any]] | None]]:
    """The model's edges (stored edges with merged ends folded together), each with its
    evidence when asked, in (src, type, dst) order."""
    pairs = model.store.edges_with_evidence() if evidence else ((e, None) for e in model.store.edges())
    merged: dict[tuple[str, str, str], tuple[Edge, list[dict[str, Any]] | None]] = {}
    for edge, items in pairs:
        key = (model.canonical(edge.src), edge.type, model.canonical(edge.dst))
        if key == (edge.src, edge.type, edge.dst) and key not in merged:
            merged[key] = (edge, items)
            continue
        previous = merged.get(key)
        moved = Edge(key[0], edge.type, key[2], edge.count, edge.first_seen, edge.last_seen, edge.confidence)
        if previous is None:
            merged[key] = (moved, items)
            continue
        old, old_items = previous
        merged[key] = (
            Edge(
                key[0],
                edge.type,
                key[2],
                old.count + edge.count,
                _pick(min, old.first_seen, edge.first_seen),
                _pick(max, old.last_seen, edge.last_seen),
                _pick(max, old.confidence, edge.confidence),
            ),
            None
            if old_items is None or items is None
            else sorted(old_items + items, key=lambda e: str(e.get("seen") or "")),
        )
    for key in sorted(merged):
        yield merged[key]


def to_networkx(model: GraphModel, evidence: bool = True) -> nx.MultiDiGraph[str]:
    """The model as a ``MultiDiGraph``: one edge per (source, type, target), keyed by type,
    with its count, first and last dates, confidence and (when asked) evidence."""
    import networkx as nx

    graph: nx.MultiDiGraph[str] = nx.MultiDiGraph()
    for node in node_rows(model):
        graph.add_node(node.key, label=node.label, name=node.name, **node.props)
    for edge, items in edge_rows(model, evidence):
        data: dict[str, Any] = {
            "type": edge.type,
            "count": edge.count,
            "first_seen": edge.first_seen,
            "last_seen": edge.last_seen,
            "confidence": edge.confidence,
        }
        if items is not None:
            data["evidence"] = items
        graph.add_edge(edge.src, edge.dst, key=edge.type, **data)
    return graph


def _pick(choose: Any, first: Any, second: Any) -> Any:
    return second if first is None else first if second is None else choose(first, second)
