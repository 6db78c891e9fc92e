"""Bare surnames that stand for a person: "Pesci and Pacino" (paired surnames of the film
table), critics' surnames ("Ebert"), a leading director's surname ("Kubrick's camera")."""

from __future__ import annotations

import re
from functools import cache

from spacy.lang.en.stop_words import STOP_WORDS

from extract.nlp.candidates import Candidate
from extract.nlp.context import PageContext, Unit
from extract.nlp.gazetteer import Gazetteer
from extract.nlp.people_shapes import (
    _CAPITAL_PARTICLES,
    _CRITIC_NAMES,
    _CRITIC_SURNAMES,
    _PARTICLES,
    _STOP_OR_NOT_NAME,
    lower_case_prose,
)
from extract.nlp.textnorm import fold, name_key

_PAIRED_CREDITS = 10  # credits of the table's leading person of a surname, for "Pesci and Pacino"
_SURNAME_WORD = r"[A-Z][a-zß-öø-ÿ’'-]{2,}"
_PAIRED = re.compile(
    rf"(?<![\w’'.-])(?P<first>{_SURNAME_WORD}) (?:and|&) (?P<second>{_SURNAME_WORD})(?![\w’'-]| [A-Z])"
)


@cache
def _leading_surnames(gazetteer: Gazetteer) -> frozenset[str]:
    """Folded surnames of the film table whose leading person has ten credits or more and twice
    the credits of anyone else of that surname ("pacino", "karloff", "clift"), no first name."""
    credits: dict[str, list[int]] = {}
    for person, name in enumerate(gazetteer.people):
        if " " in name and gazetteer.credits[person]:
            credits.setdefault(fold(name.split()[-1]), []).append(len(gazetteer.credits[person]))
    return frozenset(
        key
        for key, counts in credits.items()
        if max(counts) >= _PAIRED_CREDITS
        and all(max(counts) >= 2 * c for c in sorted(counts)[:-1])
        and key not in _STOP_OR_NOT_NAME
        and not gazetteer.is_first_name(key)
    )


def paired_surnames(unit: Unit, ctx: PageContext) -> list[Candidate]:
    """Two surnames joined by "and", each the leading surname of the film table, are two people
    ("Pesci and Pacino bickering", "Karloff and Lugosi"), not a longer name's end or a title's."""
    if unit.is_title or (" and " not in unit.text and " & " not in unit.text):
        return []
    found: list[Candidate] = []
    surnames: frozenset[str] | None = None
    for match in _PAIRED.finditer(unit.text):
        if surnames is None:
            surnames = _leading_surnames(ctx.gazetteer)
        pair = (match.group("first"), match.group("second"))
        if not all(fold(word) in surnames and not ctx.gazetteer.films_titled(word) for word in pair):
            continue
        before = re.search(r"([A-Z][\w’'-]*)\s+$", unit.text[max(0, match.start() - 30) : match.start()])
        if before and fold(before.group(1)) not in STOP_WORDS:
            continue  # "Joe Pesci and Pacino": the parser's and the surname rules' own
        for group in ("first", "second"):
            found.append(
                Candidate(match.group(group), match.start(group), match.end(group), "person", "paired-surname", 0.55)
            )
    return found


@cache
def _famous_surnames(gazetteer: Gazetteer) -> frozenset[str]:
    """Folded surnames that name one person of the people supplement when written alone
    ("Kafka", "Stravinsky", "Lubezki"): the supplement's people (no film
    credits: composers, writers, painters, crews, critics) whose surname no person of the film
    table shares ("Wagner" is also Robert Wagner's), that is no first name and no film's title
    ("Beethoven"), and that is written alone (not after a particle: "van Hoytema", "Le Fanu")."""
    owners: dict[str, set[str]] = {}
    for person, name in enumerate(gazetteer.people):
        words = name.split()
        if len(words) >= 2 or not gazetteer.credits[person]:
            owners.setdefault(fold(words[-1]), set()).add(name if not gazetteer.credits[person] else "")
    surnames = set()
    for names in owners.values():
        written = {name.split()[-1] for name in names if name}
        if "" in names or len({fold(name).replace(". ", ".") for name in names}) != 1 or len(written) != 1:
            continue  # a table person's surname too, or two supplement people's
        surname, name = written.pop(), next(iter(names))
        words = name.split()
        if len(surname) < 4 or not re.fullmatch(rf"[A-Z][{_SMALL}]+", surname) or len(words) < 2:
            continue  # "Shankar–Jaikishan", "Chung-hoon": no surname alone
        if words[-2] in _PARTICLES or words[-2] in _CAPITAL_PARTICLES or fold(surname) in _STOP_OR_NOT_NAME:
            continue
        if gazetteer.is_first_name(surname) or gazetteer.films_titled(surname):
            continue
        surnames.add(surname)
    return frozenset(fold(w) for w in surnames)


_CRITIC = re.compile(rf"(?<![\w’'.-])(?:{_CRITIC_SURNAMES})(?=[’']s\b|[^\w’'-]|$)(?! [A-Z])")
_CAPITAL_WORD_BEFORE = re.compile(r"[A-Z][\w’'-]*\s$")


def critic_surnames(unit: Unit) -> list[Candidate]:
    """Person candidates for critics named by surname alone, not inside a longer name ("Roger Ebert"
    is the parser's, "Hornaday Street" no critic)."""
    found: list[Candidate] = []
    if not any(name in unit.text for name in _CRITIC_NAMES):
        return found  # a scan in C for each surname before the pattern's walk over every word
    for match in _CRITIC.finditer(unit.text):
        if _CAPITAL_WORD_BEFORE.search(unit.text, max(0, match.start() - 30), match.start()):
            continue
        found.append(Candidate(match.group(), match.start(), match.end(), "person", "critic", 0.7))
    return found


_LEADING_DIRECTOR = 8  # films directed before a bare surname stands for one director


@cache
def _director_surnames(gazetteer: Gazetteer) -> dict[str, int]:
    """Folded surnames that name one director when written alone ("Hitchcock", "Kubrick"): a
    director of at least eight films of the table, with twice the directing credits of anyone
    else of that surname and at least as many credits in all ("Nolan" is also Lloyd Nolan's)."""
    directed = [0] * len(gazetteer.people)
    for film in gazetteer.films:
        for person in film.directors:
            directed[person] += 1
    by_surname: dict[str, list[int]] = {}
    for person, name in enumerate(gazetteer.people):
        if directed[person] or len(gazetteer.credits[person]) >= 3:
            by_surname.setdefault(fold(name.split()[-1]), []).append(person)
    found = {}
    for surname, people in by_surname.items():
        top = max(people, key=lambda p: directed[p])
        others = [p for p in people if p != top]
        if (
            directed[top] >= _LEADING_DIRECTOR
            and all(directed[top] >= 2 * directed[p] for p in others)
            and all(len(gazetteer.credits[top]) >= len(gazetteer.credits[p]) for p in others)
            and not gazetteer.is_first_name(surname)
        ):
            found[surname] = top
    return found


_SPACE_CAPITAL = re.compile(r" [A-Z0-9]")
# a word that may be a surname, "(?<![\w’'-])[A-Z][a-z]{2,}(?:-[A-Z][a-z]+)?(?![\w-])" opening on its
# first letter (the look-behind then checks the character before it): the scan skips in C to a capital
# small letters with the Latin diacritics of film-makers' surnames ("Kieślowski", "Almodóvar", "Buñuel")
_SMALL = "a-zß-öø-ÿ\u0100-\u017f"
_CAPITALISED_WORD = re.compile(rf"[A-Z](?<![\w’'-][A-Z])[{_SMALL}]{{2,}}(?:-[A-Z][{_SMALL}]+)?(?![\w-])")
_ANY_WORD = re.compile(  # lower-case prose
    rf"[A-Za-z](?<![\w’'-][A-Za-z])[{_SMALL}]{{2,}}(?:-[A-Za-z][{_SMALL}]+)?(?![\w-])"
)


def director_surnames(unit: Unit, ctx: PageContext) -> list[Candidate]:
    """A famous director's bare surname ("a Hitchcock rip-off", "too sloppy for Hitchcock"), unless
    the page reviews a work of that title or sets the word as a title (italics, quotes)."""
    if unit.is_title:
        return []
    surnames = _director_surnames(ctx.gazetteer)
    famous = _famous_surnames(ctx.gazetteer)  # the supplement's ("Stravinsky"), read in the same walk
    found = []
    lower = lower_case_prose(unit.text)  # "lynch basically made mulholland drive out of this"
    for match in (_ANY_WORD if lower else _CAPITALISED_WORD).finditer(unit.text):
        word = match.group()
        key = fold(word)
        person = surnames.get(key)
        if (person is None and (lower or key not in famous)) or name_key(word) == ctx.reviewed_key:
            continue
        if ctx.is_emphasised(word):
            continue
        before = re.search(r"([A-Z][\w’'-]*)\s+$", unit.text[max(0, match.start() - 30) : match.start()])
        start = match.start()
        if before and _particle_of(before.group(1), word, person, ctx.gazetteer):
            start = match.start() - len(before.group())  # "But De Sica builds to a climax"
        elif before and fold(before.group(1)) not in STOP_WORDS:
            continue  # inside a longer name: "Tim Story"
        if _SPACE_CAPITAL.match(unit.text, match.end()):
            continue  # inside a longer name or title: "Toy Story 4"
        rule = "surname" if person is not None else "famous-surname"
        found.append(Candidate(unit.text[start : match.end()], start, match.end(), "person", rule, 0.55, person=person))
    return found


def _particle_of(before: str, word: str, person: int | None, gazetteer: Gazetteer) -> bool:
    """Whether a capitalised word before a director's surname is the particle of that director's
    name: "De Sica" of Vittorio De Sica, "De Palma" of Brian De Palma ("De" opens a sentence or
    is written capitalised; "von Trier" in small letters never stands before it)."""
    if person is None or fold(before) not in _PARTICLES:
        return False
    return fold(gazetteer.people[person]).endswith(f" {fold(before)} {fold(word)}")
