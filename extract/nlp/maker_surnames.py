"""A maker named by surname alone, where the sentence says what they made.

- "Tarkovsky's Stalker": a surname in the possessive before a film of the table that a person
  of that surname directed or wrote is that person;
- "any Miyazaki film", "a Lynch movie": a surname before a film noun names the one director of
  that surname in the table, or the one with twice the films of any other;
- "De Niro and Pacino": a surname joined to a person's name is a person when the table holds
  one person of that surname, with ten credits or more;
- "the Coens", "the Dardenne brothers", "the Safdies' latest": a family of film-makers by their
  plural surname, when the table holds two people of that surname who directed or wrote one film
  together.

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

__all__ = ["family_names", "first_name_rather_than_surname", "maker_surnames", "well_known_surname"]

_SURNAME = r"(?<![\w’'.-])(?P<surname>[A-Z][a-z]{2,}(?:-[A-Z][a-z]+)?|De [A-Z][a-z]+)"
_POSSESSIVE_TITLE = re.compile(_SURNAME + r"[’']s\s+(?P<title>(?:[A-Z0-9][\w’'-]*[:,]?\s*){1,6})")
_FILM_NOUN = re.compile(
    r"(?<![\w’'-])(?:a|an|any|every|another|that|this|the|his|her|other)\s+(?:(?:early|late|lesser|minor|"
    r"classic|vintage|typical|great|good|bad|real|first|last|new|old|true)\s+)?"
    + _SURNAME
    + r"\s+(?:film|films|movie|movies|picture|pictures|joint|production)\b"
)
_FILM_NOUNS = ("film", "movie", "picture", "joint", "production")  # a _FILM_NOUN match holds one
_JOINED = re.compile(r"(?P<before>[A-Z][\w’'-]+)\s+(?:and|&)\s+" + _SURNAME + r"(?![\w’'-]| [A-Z])")
_WELL_KNOWN = 10  # credits of the only person of a surname for "X and Pacino"
_FAMILY = re.compile(
    r"(?<![\w’'.-])(?:[Tt]he (?P<plural>[A-Z][a-z]{2,}s)(?![\w-])"
    r"|(?P<family>[A-Z][a-z]{2,}) (?:[Bb]rothers|[Ss]isters)\b)"
)


_THE_PLURAL = re.compile(r"he [A-Z][a-z]+s\b")  # a literal prefix the scan skips to


@cache
def _families(gazetteer: Gazetteer) -> dict[str, int]:
    """Folded surnames of two or more people who directed or wrote films of the table together
    (Joel and Ethan Coen, the Dardennes), with how many films they shared."""
    found: dict[str, int] = {}
    for film in gazetteer.films:
        seen: dict[str, int] = {}
        for person in dict.fromkeys((*film.directors, *film.writers)):
            words = gazetteer.people[person].split()
            if len(words) >= 2:
                key = fold(words[-1])
                if key in seen and seen[key] != person:
                    found[key] = found.get(key, 0) + 1
                seen[key] = person
    return found


# "the Coens": a family of two shared films with a rare surname ("the Millers" next door are a plot's);
# "the Dardenne brothers" says it is a team, so one shared film and a commoner surname will do
_TEAM_FILMS = 2
_RARE_SURNAME = 8
_TEAM_SURNAME = 20


def family_names(unit: Unit, gazetteer: Gazetteer) -> list[Candidate]:
    """ "the Coens", "the Dardenne brothers": a family of film-makers (``_families``) named by surname."""
    text = unit.text
    if unit.is_title or not ("rothers" in text or "isters" in text or _THE_PLURAL.search(text)):
        return []  # a scan in C for "the Xs" or "X brothers" before the pattern's walk
    families = _families(gazetteer)
    table = _surname_table(gazetteer)
    found = []
    for match in _FAMILY.finditer(unit.text):
        if match.group("family"):
            key = fold(match.group("family"))
            if key in families and len(table.get(key, ())) <= _TEAM_SURNAME:
                text = unit.text[match.start("family") : match.end()]
                found.append(Candidate(text, match.start("family"), match.end(), "person", "family", 0.7))
            continue
        plural = match.group("plural")
        stems = {fold(plural[:-1]), fold(plural[:-2])} if plural.endswith("es") else {fold(plural[:-1])}
        if any(
            families.get(stem, 0) >= _TEAM_FILMS and len(table.get(stem, ())) <= _RARE_SURNAME for stem in stems
        ) and not gazetteer.films_titled(plural):
            found.append(Candidate(plural, match.start("plural"), match.end("plural"), "person", "family", 0.7))
    return found


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


def well_known_surname(gazetteer: Gazetteer, word: str) -> bool:
    """Whether a word is the surname of someone the table credits on ten films or more
    ("Spielberg", "Streep"; not the surname of a one-film namesake)."""
    return any(len(gazetteer.credits[p]) >= _WELL_KNOWN for p in _surname_table(gazetteer).get(fold(word), ()))


@cache
def _first_names(gazetteer: Gazetteer) -> dict[str, int]:
    """Folded first name -> how many of the table's people of two words or more bear it."""
    counts: dict[str, int] = {}
    for name in gazetteer.people:
        words = name.split()
        if len(words) >= 2:
            counts[fold(words[0])] = counts.get(fold(words[0]), 0) + 1
    return counts


_SURNAME_ODDS = 4  # a word borne as a surname over four times as often as a first name is a surname


def first_name_rather_than_surname(gazetteer: Gazetteer, word: str) -> bool:
    """Whether the table's people bear a word as a first name at least a quarter as often as a
    surname: "Rose" (20 first names, 42 surnames), "Walter", "Katie"; not "Chaplin" (one table
    entry, "Chaplin family", against fifteen Chaplins), "Ford" or "Carroll".

    >>> table = Gazetteer([], ["Chaplin family", "Rose Byrne"] + [f"{n} Chaplin" for n in "Ann Ben Cy Di Ed".split()])
    >>> first_name_rather_than_surname(table, "Chaplin"), first_name_rather_than_surname(table, "Rose")
    (False, True)
    """
    key = fold(word)
    first = _first_names(gazetteer).get(key, 0)
    return first > 0 and first * _SURNAME_ODDS >= len(_surname_table(gazetteer).get(key, ()))


def _directed(gazetteer: Gazetteer, person: int) -> int:
    return sum(1 for film in gazetteer.credits[person] if person in gazetteer.films[film].directors)


def maker_surnames(unit: Unit, ctx: PageContext) -> list[Candidate]:
    """Person candidates for makers' surnames the sentence ties to their work."""
    if unit.is_title:
        return []
    text = unit.text  # each pattern only where the text holds a word all its matches hold
    possessives = list(_POSSESSIVE_TITLE.finditer(text)) if "'s" in text or "’s" in text else []
    film_nouns = list(_FILM_NOUN.finditer(text)) if any(noun in text for noun in _FILM_NOUNS) else []
    joined = list(_JOINED.finditer(text)) if "and" in text or "&" in text else []
    if not (possessives or film_nouns or joined):
        return family_names(unit, ctx.gazetteer)  # the surname table is built only for a text that may need it
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
        directed = sorted(((_directed(gazetteer, p), p) for p in people), reverse=True)
        directed = [(count, p) for count, p in directed if count]
        # the one director of that surname, or the one with twice the films of any other ("any Miyazaki
        # film" is Hayao's, whose son Gorō directed two)
        leading = len(directed) == 1 or (len(directed) > 1 and directed[0][0] >= 2 * directed[1][0])
        if leading and not gazetteer.films_titled(match.group("surname")):
            add(match, directed[0][1])
    for match in joined:
        people = table.get(fold(match.group("surname")), [])
        start, end = match.span("before")
        if not any(label == "PERSON" and e == end for _, e, label in unit.entities_near(start, end)):
            continue  # joined to no person's name
        well_known = len(people) == 1 and len(gazetteer.credits[people[0]]) >= _WELL_KNOWN
        if well_known and not gazetteer.is_first_name(match.group("surname")):
            add(match, people[0])
    return found + family_names(unit, gazetteer)
