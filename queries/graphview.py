"""The graph the queries read: ``graph.model.GraphModel`` (one model, one identity rule),
under the name the queries have always used.

>>> GraphView is GraphModel
True
"""

from __future__ import annotations

from base.errors import AmbiguousName, LookupFailed, UnknownName
from graph.identities import identities
from graph.model import GraphModel, Link, NodeInfo

GraphView = GraphModel
LookupError_ = LookupFailed  # the old name of the base class

__all__ = ["AmbiguousName", "GraphView", "Link", "LookupError_", "NodeInfo", "UnknownName", "identities"]
