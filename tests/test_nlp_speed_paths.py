"""Fast paths of the NLP rules give the same answers as the slow ones, and people resolution
keeps three-word names apart."""

from __future__ import annotations

from extract.nlp.aliases import AliasTable
from extract.nlp.gazetteer import FilmEntry, Gazetteer
from extract.nlp.resolve import PeopleResolver


def _gazetteer() -> Gazetteer:
    people = ["James B. Howard", "Philip K. Dick", "Anna Maria Kowalski", "Anna Kowalski", "Will Ferrell"]
    films = [
        FilmEntry("Night Harbour", 1990, "tt0000001", (0,), (1,), (2, 4), 10),
        FilmEntry("Second Harbour", 1994, "tt0000002", (0,), (1,), (3,), 5),
    ]
    return Gazetteer(films, people)


def test_three_word_names_need_agreeing_middle_names() -> None:
    resolver = PeopleResolver(_gazetteer(), AliasTable())
    assert resolver.resolve("James Newton Howard") == "James Newton Howard"  # not "James B. Howard"
    assert resolver.resolve("James Bartholomew Howard") == "James B. Howard"  # the initial agrees
    assert resolver.resolve("Philip Dick") == "Philip K. Dick"  # two words: first and last suffice
    assert resolver.resolve("Philip Kindred Dick") == "Philip K. Dick"
    assert resolver.resolve("Anna Maria Kowalski") == "Anna Maria Kowalski"
    assert resolver.resolve("Anna M. Kowalski") == "Anna Maria Kowalski"
    assert resolver.resolve("Anna Teresa Kowalski") == "Anna Teresa Kowalski"
    assert resolver.resolve("Will F.") == "Will Ferrell"
