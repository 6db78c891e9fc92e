"""The store as a networkx ``MultiDiGraph``: the one graph model (``graph.model``, persons
merged by its identity rule), one edge per (source, type, target), keyed by type, with its
count, first and last dates and the list of its evidence.

>>> import networkx as nx
>>> isinstance(empty_graph(), nx.MultiDiGraph)
True
"""

from __future__ import annotations

import networkx as nx

from graph.model import GraphModel
from graph.store import EmbeddedStore


def empty_graph() -> nx.MultiDiGraph[str]:
    return nx.MultiDiGraph()


def to_networkx(store: EmbeddedStore, evidence: bool = True) -> nx.MultiDiGraph[str]:
    """Every node and edge of the store's graph model (with each edge's evidence when asked)."""
    return GraphModel.load(store).to_networkx(evidence)
