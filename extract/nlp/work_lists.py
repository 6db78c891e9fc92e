"""Lists of titles in parentheses, the form of a filmography: "Denis Villeneuve (Prisoners,
Sicario, and Arrival)", "the four films I call great (Thief, Manhunter, Heat, The Insider)",
"(he did Sicario and Arrival)". One item the film table knows vouches for the others, even
one-word titles it does not know, unless the page, the table or the parser makes an item a
person or a place."""

from __future__ import annotations

import re

from spacy.lang.en.stop_words import STOP_WORDS

from extract.nlp.candidates import Candidate
from extract.nlp.context import PageContext, Unit
from extract.nlp.spans import SpanIndex
from extract.nlp.textnorm import fold
from extract.nlp.work_text import NOT_TITLES

_PARENS = re.compile(r"\(([^()\n]{3,200})\)")
_LEAD = re.compile(r"^(?:[a-z][\w’'.]*\s+){1,3}(?=[A-Z0-9])")  # "he did ", "e.g. ", "see also "
_SEPARATOR = re.compile(r"\s*,\s*(?:and\s+|or\s+|&\s+)?|\s+(?:and|or|&)\s+")
_ITEM = re.compile(r"[A-Z0-9][^,;:()]{0,60}")
_LONGEST_ITEM = 6  # words
_BLOCKING = frozenset({"PERSON", "GPE", "LOC", "FAC", "NORP", "DATE", "TIME", "MONEY", "PERCENT", "QUANTITY"})


def parenthesised_titles(unit: Unit, ctx: PageContext, people: SpanIndex, people_words: set[str]) -> list[Candidate]:
    """Each item of a parenthesised list of two or more titles, one of which the table knows."""
    if unit.is_title:
        return []
    found: list[Candidate] = []
    for match in _PARENS.finditer(unit.text):
        inner, offset = match.group(1), match.start(1)
        if lead := _LEAD.match(inner):
            inner, offset = inner[lead.end() :], offset + lead.end()
        items = _items(ctx, inner, offset)
        if items is None or len(items) < 2:
            continue
        known = [ctx.gazetteer.films_titled(text) or ctx.gazetteer.films_titled("The " + text) for text, _ in items]
        if not any(known):
            continue
        if not all(
            _plausible(unit, ctx, people, people_words, text, start, bool(k))
            for (text, start), k in zip(items, known, strict=True)
        ):
            continue  # "(Cage, Riseborough)", "(Paris, 1928)": one person or place spoils the list
        for text, start in items:
            films = ctx.gazetteer.films_titled(text)  # "Arrival" vouches as "The Arrival" but names itself
            found.append(
                Candidate(text, start, start + len(text), "film", "title-list", 0.65, film=films[0] if films else None)
            )
    return found


def _items(ctx: PageContext, inner: str, offset: int) -> list[tuple[str, int]] | None:
    """The list's items with their offsets, or None when a piece is no title-like item. A piece
    the table knows whole stays one item ("Wendy & Lucy")."""
    items: list[tuple[str, int]] = []
    position = 0
    pieces = [(m.start(), m.end()) for m in _SEPARATOR.finditer(inner)]
    bounds = [0] + [p for pair in pieces for p in pair] + [len(inner)]
    spans = [(bounds[i], bounds[i + 1]) for i in range(0, len(bounds), 2)]
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and ctx.gazetteer.films_titled(inner[merged[-1][0] : end].strip()):
            merged[-1] = (merged[-1][0], end)  # "Marley & Me": the separator is the title's
        else:
            merged.append((start, end))
    for start, end in merged:
        text = inner[start:end].strip()
        position = inner.find(text, start)
        if not text or not _ITEM.fullmatch(text) or len(text.split()) > _LONGEST_ITEM:
            return None
        if text.isdigit() or text.endswith(("’s", "'s")):
            return None
        items.append((text, offset + position))
    return items


def _plausible(
    unit: Unit, ctx: PageContext, people: SpanIndex, people_words: set[str], text: str, start: int, known: bool
) -> bool:
    key = fold(text)
    if key in NOT_TITLES or key in STOP_WORDS or ctx.is_commenter(text):
        return False
    if key in people_words or ctx.gazetteer.person_named(text) is not None:
        return False
    if known:
        return True
    if people.overlaps(start, start + len(text)):
        return False
    if len(text.split()) == 1 and (ctx.gazetteer.is_first_name(text) or ctx.gazetteer.is_surname(text)):
        return False
    return not any(
        s < start + len(text) and start < e and label in _BLOCKING
        for s, e, label in unit.entities_near(start, start + len(text))
    )
