"""The store as a networkx ``MultiDiGraph``: one edge per (source, type, target), keyed by
type, with its count, first and last dates and the list of its evidence.

>>> from typing import Any

import networkx as nx
>>> isinstance(empty_graph(), nx.MultiDiGraph)
True
"""

from __future__ import annotations

from typing import Any

import networkx as nx

from graph.store import EmbeddedStore


def empty_graph() -> nx.MultiDiGraph[str]:
    return nx.MultiDiGraph()


def to_networkx(store: EmbeddedStore, evidence: bool = True) -> nx.MultiDiGraph[str]:
    """Every node and edge of the store (with each edge's evidence when asked)."""
    graph = empty_graph()
    for node in store.nodes():
        graph.add_node(node.key, label=node.label, name=node.name, **node.props)
    pairs = store.edges_with_evidence() if evidence else ((edge, None) for edge in store.edges())
    for edge, items in pairs:
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
