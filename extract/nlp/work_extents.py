"""How far a found work's name reaches: a subtitle after a colon ("Top Gun: Maverick", "Dune:
Part Two") and a part or chapter number ("Dead Reckoning Part One") belong to the title, so the
longer name wins over its head when the caller settles overlaps."""

from __future__ import annotations

import re

from extract.nlp.candidates import Candidate
from extract.nlp.context import PageContext, Unit
from extract.nlp.spans import SpanIndex
from extract.nlp.stance import analyzer
from extract.nlp.work_text import JOINERS, NOT_TITLES, PRONOUN_I, title_run
from extract.records import WORK_KINDS

_COLON = re.compile(r":[ \t]+|[ \t]+[–—][ \t]+")
_PART = re.compile(r"[ \t]+(?:Part|Chapter|Volume|Vol\.)[ \t]+(?:One|Two|Three|Four|Five|I|II|III|IV|V|[1-9])\b", re.I)
_LONGEST_SUBTITLE = 6  # tokens
_NAMING = frozenset({"PROPN", "NUM", "NOUN"})  # "Maverick" is a noun to the tagger; "Brilliant" no name


def subtitled(unit: Unit, ctx: PageContext, candidates: list[Candidate], people: SpanIndex) -> list[Candidate]:
    """The longer names of work candidates whose subtitle or part number follows them."""
    if unit.is_title:
        return []
    found: list[Candidate] = []
    seen: set[tuple[int, int]] = set()
    for work in candidates:
        if work.kind not in WORK_KINDS or (work.start, work.end) in seen:
            continue
        seen.add((work.start, work.end))
        end = _subtitle_end(unit, ctx, work, people)
        if end is None:
            continue
        text = unit.text[work.start : end]
        films = ctx.gazetteer.films_titled(text)
        found.append(
            Candidate(
                text,
                work.start,
                end,
                work.kind,
                "subtitled",
                max(work.confidence, 0.7),
                film=films[0] if films else None,
                year=work.year,
            )
        )
    return found


def _subtitle_end(unit: Unit, ctx: PageContext, work: Candidate, people: SpanIndex) -> int | None:
    text, tokens = unit.text, unit.tokens
    if part := _PART.match(text, work.end):
        return part.end()
    colon = _COLON.match(text, work.end)
    if colon is None or not work.text[:1].isupper():
        return None
    dash = ":" not in colon.group()
    first = unit.token_at_start.get(colon.end())
    if first is None or not tokens[first].text[:1].isalnum() or not tokens[first].text[:1].isupper():
        return None
    if PRONOUN_I.match(tokens[first].text):
        return None
    end = title_run(tokens, first, text)
    while end > first + 1 and (tokens[end - 1].key in JOINERS or tokens[end - 1].text in {":", "+", "&"}):
        end -= 1
    if end - first > _LONGEST_SUBTITLE or (dash and end - first < 2):
        return None  # a dash sets off a subtitle of two words or more ("– Rogue Nation"), or an aside
    start_char, end_char = tokens[first].start, tokens[end - 1].end
    if people.overlaps(start_char, end_char):
        return None  # "Heat: Pacino and De Niro in one diner"
    whole = text[work.start : end_char]
    if ctx.gazetteer.films_titled(whole):
        return end_char
    words = tokens[first:end]
    if all(t.key in NOT_TITLES for t in words if t.text[:1].isupper()):
        return None
    if (part := _PART.match(" " + text[start_char:end_char])) and part.end() - 1 == end_char - start_char:
        return end_char  # "Dune: Part Two"
    if end - first == 1 and end < len(tokens) and unit.pos_at(tokens[end].start) in {"AUX", "VERB"}:
        return None  # "than in The Fellowship of the Ring: Faramir is changed": a clause after the colon
    if not any(unit.pos_at(t.start) in _NAMING for t in words):
        return None  # "Tenet: Disappointing.": a verdict after the colon, no subtitle
    if len(words) == 1 and _verdict_word(words[0].key) and re.match(r"[ \t]*[.!]", text[end_char:]):
        return None  # "One word for Top Gun: Brilliant."
    if any(
        s < end_char and start_char < e
        for s, e, label in unit.entities_near(start_char, end_char)
        if label in _NOT_SUBTITLES
    ):
        return None
    return end_char


def _verdict_word(key: str) -> bool:
    """A word of strong feeling in VADER's lexicon ("brilliant", "awful"): a verdict, no subtitle."""
    valence: float = analyzer().lexicon.get(key, 0.0)
    return abs(valence) >= _VERDICT_VALENCE


_VERDICT_VALENCE = 2.0
_NOT_SUBTITLES = frozenset({"PERSON", "GPE", "LOC", "FAC", "DATE", "TIME", "NORP", "ORG"})
