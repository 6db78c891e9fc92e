"""Answers kept with the graph model per store generation, read without numpy or the model's
arrays: ``influence`` is worked out once (after ingest, or by its first call) and later calls
only read its ranking and the few nodes they print."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from graph.kept import NodeInfo, kept_answer
from graph.schema import Label

if TYPE_CHECKING:
    from graph.store import EmbeddedStore

TOP_KEPT = 1000  # the influence ranking is kept this deep (all of it when shorter)


@dataclass(slots=True)
class Influence:
    person: NodeInfo
    score: float
    replies: int = 0
    pingbacks: int = 0
    citations: int = 0

    def to_json(self) -> dict[str, Any]:
        return {
            "name": self.person.name,
            "key": self.person.key,
            "score": round(self.score, 4),
            "replies_received": self.replies,
            "pingbacks_received": self.pingbacks,
            "cited": self.citations,
        }

    def kept(self) -> list[Any]:
        return [self.person.key, self.score, self.replies, self.pingbacks, self.citations]


def influence_answer(ranked: list[Influence], complete: bool) -> dict[str, Any]:
    """The ranking as kept: its first ``TOP_KEPT`` people, and whether that is everyone."""
    return {"complete": complete, "rows": [r.kept() for r in ranked[:TOP_KEPT]]}


def kept_influence(store: EmbeddedStore, top: int) -> list[Influence] | None:
    """The ``top`` most influential people from the kept ranking, or None when none is kept
    for this generation (or it is not that deep)."""
    answer = kept_answer(store, "influence")
    if not isinstance(answer, dict) or (top > len(answer["rows"]) and not answer["complete"]):
        return None
    found = []
    for key, score, replies, pingbacks, citations in answer["rows"][:top]:
        node = store.node(key)
        if node is None:
            return None
        person = NodeInfo(key, Label(node.label), node.name, node.props)
        found.append(Influence(person, float(score), int(replies), int(pingbacks), int(citations)))
    return found
