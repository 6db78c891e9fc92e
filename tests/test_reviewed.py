"""The reviewed work (issue 12, class 1): post titles with their decorations, and the body's
most prominent film when the title names none. Titles and pages written for these tests."""

from __future__ import annotations

import pytest

from extract.nlp.extractor import EntityExtractor
from extract.nlp.reviewed_headline import sequel_variants
from extract.text_reader import parse_text_page
from extract.titles import is_date_title, reviewed_from_title, strip_decorations, title_readings

TITLE_FORMS = [
    ("Review: Gattaca (1997)", "Gattaca", 1997),
    ("Movie Review – Gattaca", "Gattaca", None),
    ("Movie Review: ‘Gattaca’ Is Cold and Clever", "Gattaca", None),
    ("A review of Gattaca (1997)", "Gattaca", 1997),
    ("Episode 14: Gattaca (1997)", "Gattaca", 1997),
    ("Day 3 – Gattaca", "Gattaca", None),
    ("[Review] Gattaca", "Gattaca", None),
    ("Gattaca (Spoiler-Free Review)", "Gattaca", None),
    ("Gattaca (4K Restoration)", "Gattaca", None),
    ("Late Night Club #12: Gattaca (1997)", "Gattaca", 1997),
    ("Gattaca – A Sci-Fi Review", "Gattaca", None),
    ("Gattaca short film review", "Gattaca", None),
    ("GATTACA (Andrew Niccol, 1997)", "Gattaca", 1997),
    ("1997's Gattaca", "Gattaca", 1997),
    ("Gattaca AKA The Genome Club (1997)", "Gattaca", 1997),
    ("2001: A Space Odyssey (1968)", "2001: A Space Odyssey", 1968),
]


@pytest.mark.parametrize(("title", "work", "year"), TITLE_FORMS, ids=[t for t, _, _ in TITLE_FORMS])
def test_title_decorations_are_stripped(title: str, work: str, year: int | None) -> None:
    parsed = reviewed_from_title(title)
    assert parsed is not None and (parsed.title, parsed.year) == (work, year)


def test_director_and_year_in_capital_headline() -> None:
    assert strip_decorations("GATTACA (Andrew Niccol, 1997)") == ("GATTACA", 1997, "Andrew Niccol")


def test_a_date_line_is_no_title() -> None:
    assert is_date_title("Sunday, March 3, 2013")
    assert reviewed_from_title("Sunday, March 3, 2013") is None


def test_each_side_of_a_colon_is_a_reading() -> None:
    assert [r.title for r in title_readings("The Big Sleep: Chandler Without the Sense")][:2] == [
        "The Big Sleep: Chandler Without the Sense",
        "The Big Sleep",
    ]


def test_sequel_spellings() -> None:
    assert "The Hangover Part II" in sequel_variants("Hangover 2")


def _reviewed(extractor: EntityExtractor, text: str) -> tuple[str, int | None] | None:
    entities = extractor.extract(parse_text_page(text, "page.txt"))
    return (entities.reviewed.name, entities.reviewed.year) if entities.reviewed else None


def test_loosely_named_sequel(extractor: EntityExtractor) -> None:
    page = "Hangover 2\n\nThe wolf pack goes to Bangkok and nothing is funny twice.\n"
    assert _reviewed(extractor, page) == ("The Hangover Part II", 2011)


def test_the_film_table_reading_of_a_title_with_a_tagline(extractor: EntityExtractor) -> None:
    page = "The Big Sleep: Chandler Without the Sense\n\nBogart and Bacall trade lines in a plot nobody follows.\n"
    assert _reviewed(extractor, page) == ("The Big Sleep", 1946)


def test_a_title_naming_no_film_gives_way_to_the_body_s_film(extractor: EntityExtractor) -> None:
    page = (
        "Snowed in\n\nWith the roads closed we finally showed the kids 'The Sound of Music', which I had "
        "promised them for years. They sang all evening.\n\nJulie Andrews is radiant throughout.\n"
    )
    assert _reviewed(extractor, page) == ("The Sound of Music", 1965)


def test_the_body_s_film_beside_its_director(extractor: EntityExtractor) -> None:
    page = "Nolan's cold puzzle box\n\nI finally sat down with Memento on a grey afternoon. Nolan tells it backwards.\n"
    assert _reviewed(extractor, page) == ("Memento", 2000)


def test_a_credits_line_names_the_director_of_the_body_s_film(extractor: EntityExtractor) -> None:
    page = (
        "A quiet masterpiece\n\nDirected by: Yasujirō Ozu\n\nTokyo Story follows two old parents on a visit to "
        "their busy children.\n"
    )
    assert _reviewed(extractor, page) == ("Tokyo Story", 1953)


def test_a_director_s_page_reviews_no_film_of_his_name(extractor: EntityExtractor) -> None:
    page = "Alfred Hitchcock\n\nAlfred Hitchcock made fifty films, and I have seen nine of them.\n"
    found = _reviewed(extractor, page)
    assert found is None or found[0] != "Alfred Hitchcock"
