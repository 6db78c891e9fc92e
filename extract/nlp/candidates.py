"""Candidate mentions: a span, what it may name, and which rule found it."""

from __future__ import annotations

from dataclasses import dataclass

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

    def overlaps(self, other: Candidate) -> bool:
        return self.start < other.end and other.start < self.end


def without_overlaps(candidates: list[Candidate]) -> list[Candidate]:
    """Keep the best of overlapping candidates: a span that contains another wins
    ("Y: The Last Man" over "The Last Man"); otherwise the higher confidence, then the longer."""
    contained = {
        id(c)
        for c in candidates
        for o in candidates
        if o is not c and o.start <= c.start and c.end <= o.end and (o.end - o.start) > (c.end - c.start)
    }
    kept: list[Candidate] = []
    ranked = sorted(candidates, key=lambda c: (id(c) in contained, -c.confidence, -(c.end - c.start), c.start))
    for candidate in ranked:
        if not any(candidate.overlaps(k) for k in kept):
            kept.append(candidate)
    return sorted(kept, key=lambda c: c.start)
