"""How far a found work's name reaches: a subtitle after a colon ("Top Gun: Maverick", "Dune:
Part Two") and a part or chapter number ("Dead Reckoning Part One") belong to the title, so the
longer name wins over its head when the caller settles overlaps."""

from __future__ import annotations

import re

from extract.nlp.candidates import Candidate
from extract.nlp.context import PageContext, Unit
from extract.nlp.spans import SpanIndex
from extract.nlp.stance import analyzer
from extract.nlp.textnorm import name_key
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


_JOINED = re.compile(r"\s+(?:and|&)\s+")
_AT = re.compile(r"\s+at\s+(?:the\s+)?[A-Z]")
_VIEWED = frozenset({"cue", "joined-run"})  # runs that read on through "at the Odeon"
_VIEWING_BEFORE = re.compile(
    r"\b(?:saw|see|seen|seeing|watch|watched|watching|rewatched|caught|catch|screened|screening)\s+$", re.I
)


def split_compounds(unit: Unit, ctx: PageContext, candidates: list[Candidate]) -> list[Candidate]:
    """Runs the table does not know that join titles it knows: "Old Joy and Wendy and Lucy" is two
    films, "The Shining and Kubrick" one film and a name, "T2 at the Odeon" a film at a cinema."""
    if unit.is_title:
        return candidates
    kept: list[Candidate] = []
    for work in candidates:
        parts = None
        if work.kind in WORK_KINDS and work.film is None and not ctx.gazetteer.films_titled(work.text):
            parts = _known_parts(unit, ctx, work)
        kept.extend(parts if parts is not None else [work])
    return kept


def _known_parts(unit: Unit, ctx: PageContext, work: Candidate) -> list[Candidate] | None:
    text = work.text
    if at := _AT.search(text):
        head = text[: at.start()]
        viewed = work.rule in _VIEWED and _VIEWING_BEFORE.search(unit.text, max(0, work.start - 30), work.start)
        if head and (ctx.gazetteer.films_titled(head) or _is_reviewed(ctx, head) or viewed):
            # "I saw T2 at the Odeon": after a viewing verb, "at the" names where; after "the album",
            # "A Night at the Opera" is the title
            return [_part(ctx, work, 0, len(head))]
    joins = list(_JOINED.finditer(text))
    if not joins:
        return None
    parts: list[Candidate] = []
    start = 0
    # left to right, the longest known piece that ends before a joining word
    while start < len(text):
        ends = [m.start() for m in joins if m.start() > start] + [len(text)]
        piece_end = next((end for end in reversed(ends) if _known(ctx, text[start:end])), None)
        if piece_end is None:
            piece_end = ends[0]
            piece = text[start:piece_end]
            if not _titlelike(ctx, piece):
                start = _after_join(joins, piece_end, len(text))
                continue  # "Kubrick" ('s film): a name between titles is no work
        parts.append(_part(ctx, work, start, piece_end))
        start = _after_join(joins, piece_end, len(text))
    if not any(ctx.gazetteer.films_titled(p.text) for p in parts):
        return None  # no known title among the pieces: the run may be one title ("Wendy and Lucy")
    return parts


def _after_join(joins: list[re.Match[str]], end: int, length: int) -> int:
    return next((m.end() for m in joins if m.start() == end), length)


def _known(ctx: PageContext, piece: str) -> bool:
    return bool(ctx.gazetteer.films_titled(piece))


def _is_reviewed(ctx: PageContext, piece: str) -> bool:
    return bool(ctx.reviewed_key) and name_key(piece) == ctx.reviewed_key


def _titlelike(ctx: PageContext, piece: str) -> bool:
    words = piece.split()
    if not words or not words[0][:1].isupper() or piece.endswith(("’s", "'s")):
        return False
    return ctx.gazetteer.person_named(piece) is None and not (
        len(words) == 1 and (ctx.gazetteer.is_surname(piece) or ctx.gazetteer.is_first_name(piece))
    )


def _part(ctx: PageContext, work: Candidate, start: int, end: int) -> Candidate:
    text = work.text[start:end]
    films = ctx.gazetteer.films_titled(text)
    return Candidate(
        text,
        work.start + start,
        work.start + end,
        work.kind,
        work.rule,
        work.confidence,
        film=films[0] if films else None,
    )
