"""A maker named by surname alone, where the sentence says what they made.

- "Tarkovsky's Stalker": a surname in the possessive before a film of the table that a person
  of that surname directed or wrote is that person;
- "any Miyazaki film", "a Lynch movie": a surname before a film noun names the one director of
  that surname in the table (no one else of that surname directed anything there);
- "De Niro and Pacino": a surname joined to a person's name is a person when the table holds
  one person of that surname, with ten credits or more.

The film table holds the casts and crews, so these are people it knows; the text only has to
say that the word is used for a maker, not a place or a word ("Stone's film", not "stone").
"""

from __future__ import annotations

import re
from functools import cache

from spacy.lang.en.stop_words import STOP_WORDS

from extract.nlp.candidates import Candidate
from extract.nlp.context import PageContext, Unit
from extract.nlp.gazetteer import Gazetteer
from extract.nlp.textnorm import fold

__all__ = ["maker_surnames"]

_SURNAME = r"(?<![\w’'.-])(?P<surname>[A-Z][a-z]{2,}(?:-[A-Z][a-z]+)?|De [A-Z][a-z]+)"
_POSSESSIVE_TITLE = re.compile(_SURNAME + r"[’']s\s+(?P<title>(?:[A-Z0-9][\w’'-]*[:,]?\s*){1,6})")
_FILM_NOUN = re.compile(
    r"(?<![\w’'-])(?:a|an|any|every|another|that|this|the|his|her|other)\s+(?:(?:early|late|lesser|minor|"
    r"classic|vintage|typical|great|good|bad|real|first|last|new|old|true)\s+)?"
    + _SURNAME
    + r"\s+(?:film|films|movie|movies|picture|pictures|joint|production)\b"
)
_JOINED = re.compile(r"(?P<before>[A-Z][\w’'-]+)\s+(?:and|&)\s+" + _SURNAME + r"(?![\w’'-]| [A-Z])")
_WELL_KNOWN = 10  # credits of the only person of a surname for "X and Pacino"


@cache
def _surname_table(gazetteer: Gazetteer) -> dict[str, list[int]]:
    """Folded surname -> the table's people of that surname."""
    table: dict[str, list[int]] = {}
    for person, name in enumerate(gazetteer.people):
        words = name.split()
        if len(words) >= 2:
            surname = " ".join(words[-2:]) if fold(words[-2]) in {"de", "van", "von"} else words[-1]
            table.setdefault(fold(surname), []).append(person)
    return table


def _directed(gazetteer: Gazetteer, person: int) -> int:
    return sum(1 for film in gazetteer.credits[person] if person in gazetteer.films[film].directors)


def maker_surnames(unit: Unit, ctx: PageContext) -> list[Candidate]:
    """Person candidates for makers' surnames the sentence ties to their work."""
    if unit.is_title:
        return []
    possessives = list(_POSSESSIVE_TITLE.finditer(unit.text))
    film_nouns = list(_FILM_NOUN.finditer(unit.text))
    joined = list(_JOINED.finditer(unit.text))
    if not (possessives or film_nouns or joined):
        return []  # the surname table is built only for a text that may need it
    gazetteer = ctx.gazetteer
    table = _surname_table(gazetteer)
    found: list[Candidate] = []

    def add(match: re.Match[str], person: int) -> None:
        found.append(
            Candidate(
                match.group("surname"),
                match.start("surname"),
                match.end("surname"),
                "person",
                "maker-surname",
                0.6,
                person=person,
            )
        )

    for match in possessives:
        people = table.get(fold(match.group("surname")), [])
        if not people or fold(match.group("surname")) in STOP_WORDS:
            continue
        words = match.group("title").split()
        for size in range(len(words), 0, -1):
            title = " ".join(words[:size]).rstrip(",:")
            makers = {
                p
                for film in gazetteer.films_titled(title)
                for p in (*gazetteer.films[film].directors, *gazetteer.films[film].writers)
                if p in people
            }
            if len(makers) == 1:
                add(match, makers.pop())
                break
    for match in film_nouns:
        people = table.get(fold(match.group("surname")), [])
        directors = [p for p in people if _directed(gazetteer, p)]
        if len(directors) == 1 and not gazetteer.films_titled(match.group("surname")):
            add(match, directors[0])
    for match in joined:
        people = table.get(fold(match.group("surname")), [])
        start, end = match.span("before")
        if not any(label == "PERSON" and e == end for _, e, label in unit.entities_near(start, end)):
            continue  # joined to no person's name
        well_known = len(people) == 1 and len(gazetteer.credits[people[0]]) >= _WELL_KNOWN
        if well_known and not gazetteer.is_first_name(match.group("surname")):
            add(match, people[0])
    return found
