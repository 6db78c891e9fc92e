"""``show NAME``: an entity with its edges and the evidence for each, from any store."""

from __future__ import annotations

from typing import Any

from graph.store import EmbeddedStore


def _edge_order(edge: dict[str, Any]) -> tuple[str, int, str]:
    other = edge["other"]
    return (str(edge["type"]), -int(edge["count"]), str(other["name"]) if other else "")


def describe(store: EmbeddedStore, name: str, limit: int = 5) -> list[dict[str, Any]]:
    """The nodes named ``name`` (exact, any case; else containing it), each with its edges
    (direction, type, the node at the other end, count, dates) and their evidence."""
    return describe_keys(store, [node.key for node in store.find(name, limit)])


def describe_keys(store: EmbeddedStore, keys: list[str]) -> list[dict[str, Any]]:
    """The nodes with these keys, each with its edges and their evidence (see ``describe``)."""
    described = []
    for node in filter(None, (store.node(key) for key in keys)):
        edges = []
        for edge, other, evidence in store.neighbourhood(node.key):
            edges.append(
                {
                    "direction": "out" if edge.src == node.key else "in",
                    "type": edge.type,
                    "other": {"key": other.key, "label": other.label, "name": other.name} if other else None,
                    "count": edge.count,
                    "first_seen": edge.first_seen,
                    "last_seen": edge.last_seen,
                    "evidence": evidence,
                }
            )
        edges.sort(key=_edge_order)
        described.append({"key": node.key, "label": node.label, "name": node.name, "props": node.props, "edges": edges})
    return described
