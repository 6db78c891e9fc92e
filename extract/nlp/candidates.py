"""Candidate mentions: a span, what it may name, and which rule found it."""

from __future__ import annotations

from dataclasses import dataclass

from extract.nlp.spans import DisjointSpans
from extract.records import EntityKind


@dataclass(slots=True)
class Candidate:
    text: str
    start: int
    end: int
    kind: EntityKind
    rule: str
    confidence: float
    film: int | None = None  # gazetteer film index
    person: int | None = None  # gazetteer person index
    year: int | None = None
    role: str | None = None


def without_overlaps(candidates: list[Candidate]) -> list[Candidate]:
    """Keep the best of overlapping candidates: a span that contains another wins
    ("Y: The Last Man" over "The Last Man"); otherwise the higher confidence, then the longer."""
    contained: set[int] = set()
    widest: tuple[int, int] = (-1, -1)  # the span reaching furthest so far, in (start, -end) order
    for candidate in sorted(candidates, key=lambda c: (c.start, -c.end)):
        if widest[1] >= candidate.end and widest != (candidate.start, candidate.end):
            contained.add(id(candidate))
        if candidate.end > widest[1]:
            widest = (candidate.start, candidate.end)
    kept = DisjointSpans()
    chosen: list[Candidate] = []
    ranked = sorted(candidates, key=lambda c: (id(c) in contained, -c.confidence, -(c.end - c.start), c.start))
    for candidate in ranked:
        if not kept.overlaps(candidate.start, candidate.end):
            kept.add(candidate.start, candidate.end)
            chosen.append(candidate)
    return sorted(chosen, key=lambda c: c.start)
