"""Works the film table does not know, found by the company they keep.

- A list item beside a work is a work: "Halloween, The Thing and Carrie", "Moulin Rouge!,
  Chicago and The Greatest Showman" (Chicago the film, not the city, because its neighbours are
  films). An item the parser calls a place, a person or a date needs the film table's support.
- A title-case subject of "is a ... film/sequel/follow-up" is a work: "Doctor Sleep is a much
  warmer follow-up", "10 Cloverfield Lane is the tighter Trachtenberg movie".

Both run after the first candidates are settled and add candidates the caller settles again.
"""

from __future__ import annotations

import re

from spacy.lang.en.stop_words import STOP_WORDS

from extract.nlp.candidates import Candidate
from extract.nlp.context import PageContext, Unit
from extract.nlp.textnorm import fold
from extract.records import WORK_KINDS

_WORD = r"(?:[A-Z0-9][\w’'!:.-]*[\w!]|[A-Z0-9])"
_JOIN = r"(?:of|the|a|an|in|on|at|to|for|from|with|into|over|under)"
RUN = rf"{_WORD}(?: (?:{_JOIN} )*{_WORD})*"
_RUN_AT = re.compile(RUN)
_RUN_BEFORE = re.compile(rf"(?<![\w’'])({RUN})$")
_SEPARATOR_AFTER = re.compile(r",\s+(?:and\s+|or\s+|&\s+)?|\s+(?:and|or|&|nor)\s+")
_SEPARATOR_BEFORE = re.compile(r"(?:,|\s+(?:and|or|&|nor))\s+$")
_RUN_REACH = 200  # a title run before a separator is shorter than this
_SEPARATOR_REACH = 40  # a separator ends at most this far back: searching only there keeps a page linear
_OTHER_ENTITIES = frozenset({"PERSON", "GPE", "LOC", "NORP", "ORG", "FAC", "DATE", "TIME", "EVENT", "LANGUAGE"})
_PREDICATE = re.compile(  # "(?=[A-Z0-9])": a run's first letter, so that most places fail before the lookbehinds
    r"(?=[A-Z0-9])(?:^|(?<=[.!?…]\s)|(?<=\n)|(?<=\bthink )|(?<=\bthought )|(?<=\bsay )|(?<=\bsaid )|(?<=\bfeel )"
    r"|(?<=\bguess )|(?<=\bbelieve )|(?<=\bthat )|(?<=\bagree ))"
    rf"(?P<title>{RUN}) (?:is|was|remains|isn[’']t|wasn[’']t)"
    r"(?: (?:still|also|just|really|simply|not|easily|probably))? "
    r"(?:a|an|the)(?: [\w-]+){0,3}? (?:film|movie|picture|flick|sequel|prequel|follow-up|remake|adaptation|"
    r"documentary|thriller|comedy|western|musical|melodrama|noir|classic|masterpiece)\b"
    r"(?! (?:actor|actress|director|maker|critic|star|buff|fan|lover|score|composer|producer|editor|school|"
    r"student|festival|industry|historian|career|nerd|geek|person))"
)
_PREDICATE_VERBS = (" is ", " was ", " remains ", " isn", " wasn")
_PREDICATE_NOUNS = tuple(
    "film movie picture flick sequel prequel follow-up remake adaptation documentary thriller comedy western musical "
    "melodrama noir classic masterpiece".split()
)


def _holds_predicate_words(text: str) -> bool:
    """Whether a text holds a word of _PREDICATE's verbs and one of its kind nouns: every match does."""
    return any(verb in text for verb in _PREDICATE_VERBS) and any(noun in text for noun in _PREDICATE_NOUNS)


_CONTRACTION = re.compile(r"^(?:I|[Yy]ou|[Ww]e|[Tt]hey|[Hh]e|[Ss]he|[Ii]t)[’'](?:ve|m|d|ll|re|s)$")
_WEAK = frozenset({"gazetteer-word"})  # a lone table word with nothing else for it ("Earth") anchors no list
_KNOWN = 50  # reviews: a film this well known may bear a place's name beside other films
_NOT_TITLE_START = frozenset({"ADV", "INTJ", "VERB", "AUX", "SCONJ", "CCONJ", "PRON", "PART"})
_PLACES = frozenset({"GPE", "LOC", "FAC", "DATE", "TIME", "NORP", "LANGUAGE"})


def _separator_before(text: str, position: int) -> re.Match[str] | None:
    """The list separator ending at ``position``, looked for in a bounded window (linear)."""
    return _SEPARATOR_BEFORE.search(text, max(0, position - _SEPARATOR_REACH), position)


def sibling_works(unit: Unit, ctx: PageContext, candidates: list[Candidate]) -> list[Candidate]:
    """New work candidates: list items beside a work, and subjects of "is a ... film"."""
    if unit.is_title:
        return []
    starts = {c.start: c for c in candidates}
    ends = {c.end: c for c in candidates}
    added: dict[int, Candidate] = {}
    for work in [c for c in candidates if c.kind in WORK_KINDS and c.rule not in _WEAK]:
        position = work.end
        while (separator := _SEPARATOR_AFTER.match(unit.text, position)) is not None:
            item = _item_at(unit, ctx, separator.end(), starts)
            if item is None:
                break
            if item.rule == "list-sibling":
                added.setdefault(item.start, item)
            position = item.end
            if separator.group().strip(", ") and not separator.group().startswith(","):
                break  # "X and Y": the list ends with its "and"
        position = work.start
        while (separator := _separator_before(unit.text, position)) is not None:
            item = _item_before(unit, ctx, separator.start(), ends)
            if item is None:
                break
            if item.rule == "list-sibling":
                added.setdefault(item.start, item)
            position = item.start
    text = unit.text  # a _PREDICATE match holds a verb and a kind noun of these (as written)
    predicates = _PREDICATE.finditer(text) if _holds_predicate_words(text) else ()
    for match in predicates:
        title = match.group("title")
        start = match.start("title")
        if start in starts or start in added or not _plausible(unit, ctx, title, start, _PLACES):
            continue
        added[start] = Candidate(title, start, start + len(title), "film", "predicate-title", 0.7)
    return list(added.values())


def _item_at(unit: Unit, ctx: PageContext, start: int, starts: dict[int, Candidate]) -> Candidate | None:
    existing = starts.get(start)
    if existing is not None:
        if existing.kind in WORK_KINDS:
            return existing
        return _replacing(unit, ctx, existing)
    match = _RUN_AT.match(unit.text, start)
    if match is None or not _plausible(unit, ctx, match.group(), start):
        return None
    return Candidate(match.group(), start, match.end(), "film", "list-sibling", 0.65)


def _item_before(unit: Unit, ctx: PageContext, end: int, ends: dict[int, Candidate]) -> Candidate | None:
    existing = ends.get(end)
    if existing is not None:
        if existing.kind in WORK_KINDS:
            return existing
        return _replacing(unit, ctx, existing)
    match = _RUN_BEFORE.search(unit.text, max(0, end - _RUN_REACH), end)
    if match is None:
        return None
    text, start = match.group(1), match.start(1)
    if text.split()[0].casefold() in STOP_WORDS:
        return None  # "In Paris, Jaws and Alien": a fronted phrase, no list item
    first = text.split()[0]
    if unit.pos_at(start) in _NOT_TITLE_START:  # "Honestly, Alien ...", "Watch Solaris or Alien"
        if first == text:
            return None
        text, start = text[len(first) :].lstrip(), start + len(text) - len(text[len(first) :].lstrip())
    if not _plausible(unit, ctx, text, start):
        return None
    return Candidate(text, start, start + len(text), "film", "list-sibling", 0.65)


def _replacing(unit: Unit, ctx: PageContext, existing: Candidate) -> Candidate | None:
    """A one-word person the film table knows as a film, inside a list of works ("Carrie")."""
    if existing.kind == "person" and len(existing.text.split()) == 1 and ctx.gazetteer.films_titled(existing.text):
        films = ctx.gazetteer.films_titled(existing.text)
        return Candidate(existing.text, existing.start, existing.end, "film", "list-sibling", 0.8, film=films[0])
    return None


def _plausible(unit: Unit, ctx: PageContext, text: str, start: int, blocking: frozenset[str] = _OTHER_ENTITIES) -> bool:
    words = text.split()
    if not words or fold(words[0]) in STOP_WORDS or text.isdigit() or len(text) < 2:
        return False
    if _CONTRACTION.match(words[0]):
        return False  # "Better than Arrival, I'd say": a pronoun's contraction is no list item
    if ctx.gazetteer.person_named(text) is not None or ctx.is_commenter(text):
        return False
    entity_labels = {label for s, e, label in unit.entities_near(start, start + len(text)) if s < start + len(text)}
    if entity_labels & blocking and not any(
        ctx.gazetteer.films[f].reviews >= _KNOWN for f in ctx.gazetteer.films_titled(text)
    ):
        return False  # "Paris", "Tuesday", "Tom Hanks" beside a film are no films
    return not (len(words) == 1 and ctx.gazetteer.is_first_name(text) and not ctx.gazetteer.films_titled(text))
