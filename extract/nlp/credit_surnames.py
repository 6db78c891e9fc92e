"""A person of the page's films named by surname alone ("Nolan clearly saw this", "Donat and
Carroll handcuffed together", "Herrmann's score").

spaCy's small model labels a lone surname ORG, PRODUCT or nothing at all as often as PERSON, so
the parser's people miss most of them. The page itself says who they are: a critic writes a bare
surname for someone of the films the page names. A capitalised word the parser tags as a proper
noun, that no other rule took, and that is the surname of exactly one person credited (director,
writer or cast) on the films named on the page, is that person. The candidate carries the person,
so the name resolves to the credit ("Christopher Nolan" where Inception is named, not Lloyd Nolan).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from spacy.lang.en.stop_words import STOP_WORDS

from extract.authors import NOT_NAMES
from extract.nlp.candidates import Candidate
from extract.nlp.context import PageContext, Unit
from extract.nlp.gazetteer import Gazetteer
from extract.nlp.people_shapes import lower_case_prose
from extract.nlp.spans import SpanIndex
from extract.nlp.textnorm import fold, name_key

__all__ = ["RULE", "add_credit_surnames", "credit_surnames", "page_credit_surnames"]

RULE = "film-surname"
_SMALL = "a-zß-öø-ÿ\u0100-\u017f"
# a surname alone: opening on its capital (the look-behind checks the character before it)
_WORD = re.compile(rf"[A-Z](?<![\w’'.-][A-Z])[{_SMALL}]{{2,}}(?:-[A-Z][{_SMALL}]+)?(?![\w-])")
_NAME_BEFORE = re.compile(r"([A-Z][\w’'.-]*)\s+$")
_CAPITAL_AFTER = re.compile(r" (?:[A-Z0-9]|(?:de|van|von|del|la|le) [A-Z])")
# what the parser may call a lone surname (ORG, PRODUCT, PERSON, GPE, none): never these (days, peoples)
_NOT_A_PERSON = frozenset({"DATE", "TIME", "EVENT", "NORP", "LANGUAGE"})
_PLACES = frozenset({"GPE", "LOC", "FAC"})
_PLACE_BEFORE = re.compile(r"(?:\b(?:in|at|to|from|into|across|near|outside|around|of)|[Tt]he)\s+$")
# a page written all in small letters ("legrand's score", "that's all sembène needs"): any word, and
# what makes it a person there, with no capital and no proper-noun tag to go by: the possessive
# of what it made, or a verb it is the subject of (an adverb between: "lynch basically made")
_LOWER_WORD = re.compile(rf"(?<![\w’'.-])[{_SMALL}]{{3,}}(?:-[{_SMALL}]+)?(?![\w-])")
_POSSESSIVE_AFTER = re.compile(r"[’']s\b")
_NEXT_WORD = re.compile(r"\s+(?:[a-z]+ly\s+)?(?=[a-z])")
_VERBS = frozenset({"VERB", "AUX"})


def page_credit_surnames(gazetteer: Gazetteer, films: Iterable[int]) -> dict[str, int]:
    """Folded surname -> the one person of that surname credited on the given films (directors,
    writers and cast; a surname two of them share names neither). The table's casts are in no
    billing order (Montgomery Clift is the fourteenth of Red River's), so all of a cast counts."""
    owners: dict[str, set[int]] = {}
    for film in films:
        entry = gazetteer.films[film]
        for person in (*entry.directors, *entry.writers, *entry.cast):
            words = gazetteer.people[person].split()
            if len(words) >= 2:
                owners.setdefault(fold(words[-1]), set()).add(person)
    return {surname: people.pop() for surname, people in owners.items() if len(people) == 1}


def _inside_a_longer_name(text: str, start: int, end: int) -> bool:
    """Whether a word is part of a longer name or title ("Toy Story 4", "Tim Story")."""
    before = _NAME_BEFORE.search(text, max(0, start - 30), start)
    return bool((before and fold(before.group(1)) not in STOP_WORDS) or _CAPITAL_AFTER.match(text, end))


def _a_day_or_a_place(unit: Unit, start: int, end: int) -> bool:
    """Whether the parser reads a word as a day or a people ("stay over Christmas"), or as a place
    where the sentence uses it as one: after a preposition of place or before a noun ("moved to
    Washington", "a Washington lawyer"). The parser calls many a lone surname a place, too."""
    labels = {label for _, _, label in unit.entities_near(start, end)}
    if labels & _NOT_A_PERSON:
        return True
    if not labels & _PLACES:
        return False
    return bool(_PLACE_BEFORE.search(unit.text, max(0, start - 12), start)) or unit.pos_at(end + 1) == "NOUN"


def _lower_case_person(unit: Unit, end: int, gazetteer: Gazetteer, word: str) -> bool:
    """Whether a surname written in small letters stands as a person: no first name of the table
    ("rose", "guy"), and a possessive or a verb after it ("legrand's score", "sembène needs")."""
    if gazetteer.is_first_name(word):
        return False
    if _POSSESSIVE_AFTER.match(unit.text, end):
        return True
    gap = _NEXT_WORD.match(unit.text, end)
    return gap is not None and unit.pos_at(gap.end()) in _VERBS


def credit_surnames(unit: Unit, taken: SpanIndex, surnames: dict[str, int], ctx: PageContext) -> list[Candidate]:
    """Person candidates for the words of one unit that are a page film's credit's surname
    (``page_credit_surnames``), written alone where no other candidate stands."""
    if unit.is_title or not surnames:
        return []
    lower = lower_case_prose(unit.text)
    found = []
    for match in (_LOWER_WORD if lower else _WORD).finditer(unit.text):
        word = match.group()
        person = surnames.get(fold(word))
        if person is None or fold(word) in STOP_WORDS or fold(word) in NOT_NAMES:
            continue
        start, end = match.span()
        if taken.overlaps(start, end) or (not lower and _inside_a_longer_name(unit.text, start, end)):
            continue
        if name_key(word) == ctx.reviewed_key or ctx.is_emphasised(word):
            continue  # the reviewed film's title, a title set in italics
        if not (_lower_case_person(unit, end, ctx.gazetteer, word) if lower else unit.pos_at(start) == "PROPN"):
            continue  # a word the parser reads as a word; in small letters, no person's shape
        if _a_day_or_a_place(unit, start, end):
            continue
        found.append(Candidate(word, start, end, "person", RULE, 0.55, person=person))
    return found


def add_credit_surnames(
    units: list[Unit],
    candidates: dict[str, list[Candidate]],
    gazetteer: Gazetteer,
    reviewed: int | None,
    ctx: PageContext,
) -> None:
    """Add to each unit's candidates the surnames of the credits of the films the page names
    (its candidates' films and the reviewed film), written alone where no candidate stands."""
    films = {c.film for found in candidates.values() for c in found if c.film is not None}
    films |= {reviewed} if reviewed is not None else set()
    surnames = page_credit_surnames(gazetteer, sorted(films))
    if not surnames:
        return
    for unit in units:
        kept = candidates.get(unit.id, [])
        added = credit_surnames(unit, SpanIndex((c.start, c.end) for c in kept), surnames, ctx)
        if added:
            candidates[unit.id] = sorted(kept + added, key=lambda c: c.start)
