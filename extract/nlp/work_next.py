"""The work a blog series names next: "Next week: Tenet, if I am brave.", "Tomorrow: Twins.",
"Next: #15, The Mummy's Tomb.", "Next up: Day 20, It Follows". A series post closes by
naming the next film or book it will cover; the label says what follows it is a title, even one
word the film table does not know or the parser takes for a place.
"""

from __future__ import annotations

import re

from extract.nlp.candidates import Candidate
from extract.nlp.context import PageContext, Unit
from extract.nlp.spans import SpanIndex
from extract.nlp.textnorm import fold
from extract.nlp.work_text import NOT_TITLES, PRONOUN_I, inside_entity, title_run

_NEXT_LABEL = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=\n))"
    r"(?:Next(?:[ \t]+(?:week|time|month|up|on))?|Up[ \t]+next|Coming[ \t]+(?:up|soon)|Tomorrow)"
    r"(?:[ \t]+(?:in|on|from)[ \t]+[\w ’'-]{1,30})?:[ \t]+"
    # a series' counter before the title ("Day 20, It Follows"), never taken for the title itself
    r"(?:(?:#|(?:Day|Week|Part|No\.|Number|Episode|Chapter)[ \t]+)\d+[,:.]?[ \t]+)?+"
    r"(?=[A-Z0-9])",
    re.M,
)
_LABEL_WORDS = ("Next", "Up", "Coming", "Tomorrow")  # a _NEXT_LABEL match holds one (case as written)
_NOT_NEXT = frozenset({"DATE", "TIME", "PERSON", "GPE", "LOC", "FAC", "NORP", "EVENT"})


def next_up_works(unit: Unit, ctx: PageContext, people: SpanIndex) -> list[Candidate]:
    """The title-case run right after a "next in the series" label opening a sentence or a line."""
    if unit.is_title or ":" not in unit.text or not any(word in unit.text for word in _LABEL_WORDS):
        return []
    found = []
    for match in _NEXT_LABEL.finditer(unit.text):
        first = unit.token_at_start.get(match.end())
        if first is None:
            continue
        end = _run_end(unit, first)
        while end > first + 1 and unit.tokens[end - 1].key in {"the", "a", "an", "of", "and", "in", "on", "at"}:
            end -= 1
        start, stop = unit.tokens[first].start, unit.tokens[end - 1].end
        span = unit.text[start:stop]
        if fold(span) in NOT_TITLES or PRONOUN_I.match(span) or span.isdigit():
            continue
        titled = span.startswith("The ") or bool(ctx.gazetteer.films_titled(span))  # outweighs a person's guess
        if people.overlaps(start, stop) and not (titled and ctx.gazetteer.person_named(span) is None):
            continue  # "Next week: Kurosawa": the director the series turns to
        if end == first + 1 and inside_entity(unit, start, stop, _NOT_NEXT - ({"PERSON"} if titled else set())):
            continue  # "Tomorrow: Paris", "Next week: Monday": a place or a day, not a title
        found.append(Candidate(span, start, stop, "film", "cue", 0.6))
    return found


_POSSESSIVES = frozenset({"'s", "’s"})


def _run_end(unit: Unit, first: int) -> int:
    """The end of the title-case run from token ``first``, over a possessive inside it ("The
    Mummy's Tomb")."""
    tokens, end = unit.tokens, title_run(unit.tokens, first, unit.text)
    while end + 1 < len(tokens) and tokens[end].text in _POSSESSIVES and tokens[end + 1].text[:1].isupper():
        end = title_run(tokens, end + 1, unit.text)
    return end
