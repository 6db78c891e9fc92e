"""A load planned and checked before the first write: every node and edge row of the store,
grouped the way the loader writes them, and every edge the schema forbids set apart with the
pages it came from.

The loader writes nothing until the plan exists, so a forbidden edge can no longer stop a
load half-way (nodes written, edges not): by default it is skipped and reported; with
``strict`` the whole load is refused before anything is written.

>>> refusal = Refusal(Rel.COMPARED_TO, Label.FILM, Label.PERSON, "film:her:2013", "person:x", ("a.txt",))
>>> refusal.kind
'COMPARED_TO Film->Person'
>>> summarize([refusal])
'COMPARED_TO Film->Person: 1 (a.txt)'
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from graph import cypher
from graph.schema import ENDPOINTS, Label, Rel
from graph.store import Edge, Node

EdgeKind = tuple[Rel, Label, Label]


@dataclass(frozen=True, slots=True)
class Refusal:
    """One edge the schema forbids, with the pages whose evidence made it."""

    type: Rel
    source_label: Label | None  # None: the end is not a node of the store
    target_label: Label | None
    src: str
    dst: str
    pages: tuple[str, ...]

    @property
    def kind(self) -> str:
        ends = (label.value if label else "?" for label in (self.source_label, self.target_label))
        return f"{self.type.value} {'->'.join(ends)}"


@dataclass(slots=True)
class LoadPlan:
    """Rows to write, per label and per (type, source label, target label), and the refusals."""

    nodes: dict[Label, list[dict[str, Any]]] = field(default_factory=lambda: defaultdict(list))
    edges: dict[EdgeKind, list[dict[str, Any]]] = field(default_factory=lambda: defaultdict(list))
    refused: list[Refusal] = field(default_factory=list)

    @property
    def rows(self) -> int:
        return sum(map(len, self.nodes.values())) + sum(map(len, self.edges.values()))

    def refused_by_kind(self) -> dict[str, int]:
        """How many edges of each kind were set apart, e.g. {"COMPARED_TO Film->Person": 2}."""
        return dict(sorted(Counter(r.kind for r in self.refused).items()))


def edge_props(edge: Edge, evidence: list[dict[str, Any]]) -> dict[str, Any]:
    """The properties a relationship carries in Neo4j: the aggregate and a little evidence."""
    return cypher.neo4j_props(
        {
            "count": edge.count,
            "first_seen": edge.first_seen,
            "last_seen": edge.last_seen,
            "confidence": edge.confidence,
            "by": sorted({str(e["by"]) for e in evidence if e.get("by")}),
            "polarity": sorted({str(e["polarity"]) for e in evidence if e.get("polarity")}),
            "sentences": [str(e.get("sentence", "")) for e in evidence[:3]],
        }
    )


def plan_load(nodes: Iterable[Node], edges: Iterable[tuple[Edge, list[dict[str, Any]]]]) -> LoadPlan:
    """Check every row against ``ENDPOINTS`` and group the allowed ones for batched writes.

    An edge whose end is not a node of the store is refused too (with "?" as that label).
    """
    plan = LoadPlan()
    labels: dict[str, Label] = {}
    for node in nodes:
        label = Label(node.label)
        labels[node.key] = label
        plan.nodes[label].append({"key": node.key, "name": node.name, "props": cypher.neo4j_props(node.props)})
    for edge, evidence in edges:
        rel = Rel(edge.type)
        source, target = labels.get(edge.src), labels.get(edge.dst)
        if source is None or target is None or (source, target) not in ENDPOINTS[rel]:
            pages = tuple(sorted({str(e["source"]) for e in evidence if e.get("source")}))
            plan.refused.append(Refusal(rel, source, target, edge.src, edge.dst, pages))
            continue
        plan.edges[rel, source, target].append({"src": edge.src, "dst": edge.dst, "props": edge_props(edge, evidence)})
    return plan


def summarize(refused: list[Refusal], pages_shown: int = 3) -> str:
    """One line: each kind, its count and the first pages it came from."""
    by_kind: dict[str, list[Refusal]] = defaultdict(list)
    for refusal in refused:
        by_kind[refusal.kind].append(refusal)
    parts = []
    for kind, items in sorted(by_kind.items()):
        pages = sorted({page for item in items for page in item.pages})
        shown = ", ".join(pages[:pages_shown]) + (
            f" and {len(pages) - pages_shown} more" if len(pages) > pages_shown else ""
        )
        parts.append(f"{kind}: {len(items)} ({shown or 'no page recorded'})")
    return "; ".join(parts)
