"""A name an actor plays is a part, not a work: the page's cast, read from the film table.

Reviews tie a character's name to the actor who plays it in three forms: "Doc Holliday (Val
Kilmer)", "Alfred Molina's Doc Ock" and "Alia Bhatt as Sita". Many such names are also film
titles ("Paul", "Iris", "Wonder Woman", "Tony"), so the work rules take them for films. The same
forms tie a film to its maker ("Heat (Michael Mann)", "Jordan Peele's Us") or to its star
("Taxi Driver (Robert De Niro)"). One decision per name, from what the film table knows of the
person tied to it (``tied_role``):

- the person made a film of that title (director or writer): a work;
- the person plays in the reviewed film: the name is their part there;
- the person makes films (any directing or writing credit): a work, their film;
- the person acts in a film of that title: a work, their film;
- the person is an actor of the table (three parts or more) and nothing else: a part.

A person the table does not know decides nothing (the work stays). A name the page marks as a
title (quotation marks, italics, a year right after it: "Al Pacino's S1m0ne from 2002") is never a
part (``MARKED_RULES``, ``a_part``), nor the reviewed work's own title.

``a_part`` is the one decision for a name at one place of a text: the works rules
(``extract.nlp.works``) drop such a name from the work candidates, the comparison rules
(``extract.nlp.end_evidence.without_parts``) drop a COMPARED_TO end it makes, whichever rule found
the name there. A name that IS one of the reviewed film's players ("Cast: Ayushmann Khurrana, Tabu",
"Taejo Togokahn (Rain)") is a person, not a work (``a_player``).

>>> from extract.nlp.gazetteer import FilmEntry, Gazetteer
>>> films = [FilmEntry("Tombstone", 1993, "", (0,), (), (1,), 48), FilmEntry("Paul", 2011, "", (2,), (), (), 90)]
>>> gaz = Gazetteer(films, ["George Cosmatos", "Val Kilmer", "Greg Mottola"])
>>> tied_role(gaz, "Paul", "Val Kilmer", films[0])
'part'
>>> tied_role(gaz, "Paul", "Greg Mottola", films[0])
'work'
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Literal

from extract.nlp.gazetteer import FilmEntry, Gazetteer
from extract.nlp.textnorm import fold

__all__ = ["MARKED_RULES", "a_part", "a_player", "cast_tie", "players_of", "reviewed_film", "tied_role"]

Role = Literal["part", "work"]

# a person's name: capitalised words, initials, particles ("Pablo Álvarez Rubio", "Samuel L. Jackson")
_NAME = r"[A-Z][\w’'.-]*(?:[ \t]+(?:[A-Z][\w’'.-]*|de|van|von|del|da|la|le))*"
# "(Val Kilmer)", "(Jodie Foster, thirteen and ...)", "(played by Nancy Allen)": no year inside
_BRACKET_AFTER = re.compile(rf"[ \t]*\((?:played by |voiced by )?(?P<name>{_NAME})[ \t]*[),;]")
# "Alfred Molina's ", "Muni's ", "Gal Gadot’s ", "Gadot's feisty " (one word of description, no
# preposition: "Damon's girlfriend in The Bourne Identity" names a work), an opening quote
_POSSESSIVE_BEFORE = re.compile(
    rf"(?<![\w’'.-])(?P<name>{_NAME})[’']s?"
    r"(?:[ \t]+(?!(?:in|of|on|at|as|to|from|with|for|about|by)\b)[a-z][\w-]*)?[ \t]+[“\"‘']?$"
)
# a word of description between the possessive and the name: "'s feisty "
_DESCRIBED = re.compile(r"[’']s[ \t]+[a-z][\w-]*[ \t]+[“\"‘']?$")
# "Alia Bhatt as ", "Val Kilmer, as "
_AS_BEFORE = re.compile(rf"(?<![\w’'.-])(?P<name>{_NAME}),?[ \t]+as[ \t]+$")
_LOOK_BEFORE = 48  # characters read before a name: a full name and its possessive or "as"
_GAP_REACH = 24  # characters read for a possessive and one word of description before a name


def cast_tie(text: str, start: int, end: int) -> str | None:
    """The person a name is tied to by a cast form, if any: "X (Person)", "Person's X",
    "Person as X". A cheap look at the characters beside the name comes first.

    >>> text = "Wyatt's old friend Doc Holliday (Val Kilmer) turns up."
    >>> cast_tie(text, text.index("Doc"), text.index(" (")), cast_tie("Alfred Molina's Doc Ock", 16, 23)
    ('Val Kilmer', 'Alfred Molina')
    >>> cast_tie("Heat (1995)", 0, 4) is None
    True
    """
    if text[end : end + 2] in {" (", "(", "\t("}:
        bracket = _BRACKET_AFTER.match(text, end)
        if bracket is not None:
            return bracket["name"].strip()
    before = text[max(0, start - _LOOK_BEFORE) : start]
    if before.endswith(("'s ", "’s ", "s' ", "s’ ")) or _DESCRIBED.search(before[-_GAP_REACH:]):
        possessive = _POSSESSIVE_BEFORE.search(before)
        if possessive is not None:
            return possessive["name"].strip()
    if before.endswith(" as "):
        player = _AS_BEFORE.search(before)
        if player is not None:
            return player["name"].strip()
    return None


# rules whose name the page marks as a title, or that read the reviewed work's own title: a cast form
# beside such a name does not make it a part ("“Tony” (Al Pacino)" stays what the page marks)
MARKED_RULES = frozenset({"quoted", "italic", "dated", "dated-run", "reviewed-title", "pingback-title", "site"})
# a year right after the name: "S1m0ne from 2002", "Wonder Woman (2017)", "Heat, 1995"
_DATED = re.compile(r"\s*(?:\(|,\s*|from\s+|of\s+)?(?:18|19|20)\d\d\b")


def a_part(gazetteer: Gazetteer, text: str, span: tuple[int, int], rule: str, reviewed: FilmEntry | None) -> bool:
    """Whether the name at ``span`` of ``text``, found by ``rule``, is there a part an actor plays:
    a cast form ties it to a person the film table says plays it (``tied_role``), and neither
    title marks nor a year after it make it the film.

    >>> from extract.nlp.gazetteer import FilmEntry, Gazetteer
    >>> films = [FilmEntry("Batman v Superman", 2016, "", (0,), (), (1,), 90)]
    >>> films.append(FilmEntry("Batman", 1989, "", (2,), (), (), 90))
    >>> gaz = Gazetteer(films, ["Zack Snyder", "Ben Affleck", "Tim Burton"])
    >>> text = "Ben Affleck's weary Batman is the reason to watch."
    >>> at = (text.index("Batman"), text.index("Batman") + 6)
    >>> a_part(gaz, text, at, "gazetteer", films[0]), a_part(gaz, text, at, "italic", films[0])
    (True, False)
    >>> dated = "Ben Affleck's Batman (1989) is not his."
    >>> a_part(gaz, dated, (14, 20), "gazetteer", films[0])
    False
    """
    start, end = span
    if rule in MARKED_RULES or _DATED.match(text, end):
        return False
    person = cast_tie(text, start, end)
    return person is not None and tied_role(gazetteer, text[start:end].strip(), person, reviewed) == "part"


def reviewed_film(gazetteer: Gazetteer, title: str | None, year: int | None) -> FilmEntry | None:
    """The film table's entry for the page's reviewed title (its year when the page gives one,
    else the most reviewed film of that title)."""
    return _reviewed_film(gazetteer, title, year) if title else None


@lru_cache(maxsize=64)
def _reviewed_film(gazetteer: Gazetteer, title: str, year: int | None) -> FilmEntry | None:
    numbers = gazetteer.films_titled(title)
    if year is not None:
        numbers = [n for n in numbers if abs(gazetteer.films[n].year - year) <= 1]
    if not numbers:
        return None
    return gazetteer.films[max(numbers, key=lambda n: gazetteer.films[n].reviews)]


def _same_person(gazetteer: Gazetteer, number: int, name: str) -> bool:
    """Whether the table's person ``number`` is ``name``, given in full or by surname or one name."""
    full = fold(gazetteer.people[number])
    key = fold(name)
    return full == key or (" " not in key and full.rsplit(" ", 1)[-1] == key)


def tied_role(gazetteer: Gazetteer, title: str, person: str, reviewed: FilmEntry | None) -> Role | None:
    """What a name tied to ``person`` by a cast form is: a "part" the person plays, a "work"
    the person made or starred in, or None when the table does not know the person (see the
    module's list)."""
    films = [gazetteer.films[n] for n in gazetteer.films_titled(title)]
    if any(_same_person(gazetteer, p, person) for film in films for p in (*film.directors, *film.writers)):
        return "work"
    if reviewed is not None and any(_same_person(gazetteer, p, person) for p in reviewed.cast):
        return "part"
    number = gazetteer.person_named(person)
    if number is None:
        return None
    if any(number in (*f.directors, *f.writers) for f in (gazetteer.films[n] for n in gazetteer.credits[number])):
        return "work"
    if any(number in film.cast for film in films):
        return "work"
    acting = sum(number in gazetteer.films[n].cast for n in gazetteer.credits[number])
    return "part" if acting >= _ACTOR_CREDITS else None


_ACTOR_CREDITS = 3  # parts in the table's films that make a person an actor ("Muni's Tony"; not a novelist's cameo)


def a_player(gazetteer: Gazetteer, name: str, reviewed: FilmEntry | None) -> bool:
    """Whether a name is one of the reviewed film's players, in full or by one name ("Tabu",
    "Rain", "Kilmer"), and no title of the film itself."""
    return reviewed is not None and fold(name) in _players(gazetteer, reviewed)


def players_of(gazetteer: Gazetteer, reviewed: FilmEntry | None) -> frozenset[str]:
    """The reviewed film's players' folded names and surnames (none without a reviewed film)."""
    return frozenset() if reviewed is None else _players(gazetteer, reviewed)


@lru_cache(maxsize=64)
def _players(gazetteer: Gazetteer, film: FilmEntry) -> frozenset[str]:
    """A film's players' folded full names and surnames, less the film's own title (a few films
    per batch of pages)."""
    names = [fold(gazetteer.people[p]) for p in film.cast]
    return (frozenset(names) | {n.rsplit(" ", 1)[-1] for n in names}) - {fold(film.title)}
