"""Cypher for loading the graph into Neo4j, built by small pure functions.

Labels and relationship types come only from the schema's enums; every value travels as a
parameter (``UNWIND $rows AS row ...``). Nothing from a page is ever spliced into the text.

>>> print(merge_nodes(Label.FILM))
UNWIND $rows AS row MERGE (n:Film {key: row.key}) SET n += row.props, n.name = row.name, n.rg_load = $load
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from itertools import islice
from typing import Any, TypeVar

from graph.schema import ENDPOINTS, Label, Rel

T = TypeVar("T")


def constraint(label: Label) -> str:
    """A uniqueness constraint on the key of one label (idempotent)."""
    return f"CREATE CONSTRAINT rg_{label.value}_key IF NOT EXISTS FOR (n:{label.value}) REQUIRE n.key IS UNIQUE"


def merge_nodes(label: Label) -> str:
    return (
        f"UNWIND $rows AS row MERGE (n:{label.value} {{key: row.key}}) "
        "SET n += row.props, n.name = row.name, n.rg_load = $load"
    )


def merge_edges(rel: Rel, source: Label, target: Label) -> str:
    return (
        f"UNWIND $rows AS row MATCH (a:{source.value} {{key: row.src}}) MATCH (b:{target.value} {{key: row.dst}}) "
        f"MERGE (a)-[r:{rel.value}]->(b) SET r += row.props, r.rg_load = $load"
    )


def create_edge_one_row(rel: Rel, source: Label, target: Label) -> str:
    """One relationship per statement: the slow baseline the batched loader is measured against."""
    return (
        f"MATCH (a:{source.value} {{key: $src}}) MATCH (b:{target.value} {{key: $dst}}) "
        f"MERGE (a)-[r:{rel.value}]->(b) SET r += $props, r.rg_load = $load"
    )


def merge_node_one_row(label: Label) -> str:
    return f"MERGE (n:{label.value} {{key: $key}}) SET n += $props, n.name = $name, n.rg_load = $load"


def delete_stale_nodes(label: Label) -> str:
    """Nodes of ours that the last load did not touch (forgotten or changed pages)."""
    return f"MATCH (n:{label.value}) WHERE n.rg_load <> $load DETACH DELETE n"


def delete_stale_edges(rel: Rel) -> str:
    return f"MATCH ()-[r:{rel.value}]->() WHERE r.rg_load <> $load DELETE r"


def count_nodes(label: Label) -> str:
    return f"MATCH (n:{label.value}) RETURN count(n) AS count"


def count_edges(rel: Rel) -> str:
    return f"MATCH ()-[r:{rel.value}]->() RETURN count(r) AS count"


def all_statements() -> list[str]:
    """Every Cypher text the loader can send (checked by Neo4j's parser in the tests)."""
    statements = []
    for label in Label:
        statements += [
            constraint(label),
            merge_nodes(label),
            merge_node_one_row(label),
            delete_stale_nodes(label),
            count_nodes(label),
        ]
    for rel in Rel:
        statements += [delete_stale_edges(rel), count_edges(rel)]
        for source, target in sorted(ENDPOINTS[rel]):
            statements += [merge_edges(rel, source, target), create_edge_one_row(rel, source, target)]
    return statements


def batched(rows: Iterable[T], size: int) -> Iterator[list[T]]:
    """Rows in lists of ``size`` (the last may be shorter).

    >>> [len(b) for b in batched(range(5), 2)]
    [2, 2, 1]
    """
    iterator = iter(rows)
    while batch := list(islice(iterator, size)):
        yield batch


def _scalar(value: Any) -> bool:
    return isinstance(value, str | int | float | bool)


def neo4j_props(props: dict[str, Any]) -> dict[str, Any]:
    """Properties Neo4j can hold: scalars and lists of scalars; anything else as JSON text."""
    kept: dict[str, Any] = {}
    for key, value in props.items():
        if value is None:
            continue
        if _scalar(value) or (isinstance(value, list) and all(_scalar(v) for v in value)):
            kept[key] = value
        else:
            kept[key] = json.dumps(value, ensure_ascii=False)
    return kept
