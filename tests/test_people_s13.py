"""People and characters, thirteenth session (P, issue 12, class 4): real lives played as parts.

- A biopic's or a historical drama's subject is a real person (the gold convention,
  tests/fixtures/reviews/README.md), though reviews write them exactly as a plot's people: "Adolf
  Hitler (Bruno Ganz)", "Kilmer's Doc Holliday", "Jesse Eisenberg plays Mark Zuckerberg". The
  errors of the tune set's biggest class (47 subjects found as characters, 7 of them on the blind
  batch blind17). A list of well-known real lives (extract/data/real-lives.tsv, people_lives)
  takes them out of the characters, with the first and last names that stood for them, and its
  full names are person candidates where the parser finds none ("Malcolm X").

Sentences written for these tests in our own words; the plot's made-up names are not on the list.
"""

from __future__ import annotations

from extract.nlp.character_names import find_character_names
from extract.nlp.context import Unit
from extract.nlp.extractor import EntityExtractor
from extract.nlp.gazetteer import FilmEntry, Gazetteer
from extract.nlp.people_lives import drop_real_lives, is_real_life, real_lives_in
from extract.text_reader import parse_text_page


def _table() -> Gazetteer:
    """A film table of one film whose cast is the tests' actors."""
    actors = ["Ulla Brandt", "Kasper Vey", "Tomas Ried"]
    return Gazetteer([FilmEntry("The Last Bunker", 2003, "tt9100001", (), (), (0, 1, 2), 40)], actors)


def test_a_real_life_in_a_parts_parentheses_is_no_character() -> None:
    unit = Unit("body", "Adolf Hitler (Kasper Vey) rants at his generals while Lene Marsh (Ulla Brandt) types.")
    names = find_character_names(unit, {"kasper vey", "ulla brandt"}, _table())
    assert names == {"lene marsh", "lene", "marsh"}


def test_a_real_lifes_first_name_stays_a_characters_when_a_part_holds_it() -> None:
    names = {"wyatt earp", "wyatt", "earp", "wyatt brennan"}
    drop_real_lives(names)
    assert names == {"wyatt", "wyatt brennan"}


def test_a_real_life_is_found_by_its_full_name_only() -> None:
    text = "Delroy Tate plays Malcolm X with fury; Malcolm Xavier, his cellmate, is invented. P.T. Barnum's circus."
    assert real_lives_in(text) == [(18, 27, "Malcolm X"), (82, 93, "P.T. Barnum")]
    assert is_real_life("Ulysses S. Grant") and not is_real_life("Ulysses Grant Moody")


def test_played_historical_figures_are_people_on_the_page(extractor: EntityExtractor) -> None:
    body = (
        "A town with a silver mine and no law. Johnny Ringo (Kasper Vey) arrives to retire and of course "
        "cannot, and Hattie Lorne (Ulla Brandt) runs the saloon he drinks in. Hattie is the best thing in it.\n\n"
        "Tomas Ried's Doc Holliday steals every scene he coughs through. Ringo, meanwhile, broods."
    )
    page = parse_text_page(f"Review: Silver Dust (1994)\n\n{body}\n", "people_s13.txt")
    kinds: dict[str, set[str]] = {}
    for mention in extractor.extract(page).mentions:
        kinds.setdefault(mention.kind, set()).add(mention.name)
    assert {"Johnny Ringo", "Doc Holliday"} <= kinds["person"]
    assert "Hattie Lorne" in kinds["character"]
    assert not {"Johnny Ringo", "Doc Holliday", "Ringo"} & kinds["character"]


def test_a_surname_with_a_joined_particle_is_a_persons(extractor: EntityExtractor) -> None:
    # Arabic "al-" written against the surname's capital: the word keeps its lower-case first letter
    body = (
        "WRITTEN BY: Nour al-Harbi\nDIRECTED BY: Nour al-Harbi\n\n"
        "A girl saves for a bicycle in a city that frowns on girls riding one, and the boy next door "
        "teaches her in secret. Nour al-Harbi shoots it all with patience."
    )
    page = parse_text_page(f"Review: The Green Bicycle (2012)\n\n{body}\n", "people_s13.txt")
    people = {m.name for m in extractor.extract(page).mentions if m.kind == "person"}
    assert "Nour al-Harbi" in people
