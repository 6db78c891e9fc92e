"""Reviewed-work forms of post titles read in the sixth session (docs/phrasing-catalogue.md, "F4,
sixth session"): "(Year, Director, Country)" tails, characters a reader cannot see, a quoted phrase
in the subtitle after a dated title. Titles and pages written for these tests in our own words."""

from __future__ import annotations

from extract.nlp.extractor import EntityExtractor
from extract.text_reader import parse_text_page
from extract.titles import is_navigation, strip_decorations, title_readings

BODY = (
    "The film opens on a harbour at dusk and never shakes its chill. A customs officer finds a "
    "child's shoe in a crate, and the rest is quiet dread.\n\n4/5"
)


def _reviewed(extractor: EntityExtractor, text: str) -> str | None:
    entities = extractor.extract(parse_text_page(text, "page.txt"))
    return entities.reviewed.name if entities.reviewed else None


def test_year_director_country_tail() -> None:
    assert strip_decorations("Tidewater (2019, Mara Olsen, Norway/Denmark)") == ("Tidewater", 2019, "Mara Olsen")
    assert [r.title for r in title_readings("Tidewater (2019, Mara Olsen, Norway)")][:1] == ["Tidewater"]


def test_invisible_marks_are_no_part_of_the_title() -> None:
    readings = title_readings("\u200eTidewater (2019) directed by Mara Olsen")
    assert (readings[0].title, readings[0].year) == ("Tidewater", 2019)


def test_a_quoted_phrase_in_the_subtitle_is_not_the_title() -> None:
    first = title_readings("Tidewater (2019): Salt, Fog and the “Old Coast”")[0]
    assert (first.title, first.year) == ("Tidewater", 2019)
    # a quoted title in a headline that names it no other way still wins
    assert strip_decorations("Movie Review: ‘Tidewater’ (2019) is a slow burn")[:2] == ("Tidewater", 2019)


def test_pages_under_such_titles(extractor: EntityExtractor) -> None:
    assert _reviewed(extractor, "Tidewater (2019, Mara Olsen, Norway/Denmark)\n\n" + BODY) == "Tidewater"
    assert _reviewed(extractor, "Tidewater (2019): Salt, Fog and the “Old Coast”\n\n" + BODY) == "Tidewater"


STORY = (
    "A night porter at a grand hotel is demoted to the washroom and loses his uniform, and with it "
    "himself. The director tells it almost without title cards. Sunrise is the lovelier film and "
    "Nosferatu the famous one, but this is where he taught the camera to move."
)


def test_a_headline_that_carries_the_score_names_the_work(extractor: EntityExtractor) -> None:
    # a diary entry: the title with its stars; the body names another film of the same maker twice
    page = "The Final Bow ★★★★½\n\nReview by ella_k\n\n" + STORY
    assert _reviewed(extractor, page) == "The Final Bow"


def test_a_credits_block_year_dates_the_headline(extractor: EntityExtractor) -> None:
    page = "The Final Bow\n\nDirector: Hanne Veit\nYear Released: 1926\nRating: 4\n\n" + STORY
    assert _reviewed(extractor, page) == "The Final Bow"


def test_a_credits_block_the_table_knows_still_names_the_film(extractor: EntityExtractor) -> None:
    # the block pins down a film of the table: the pun headline gives way to it, year or not
    page = (
        "Summer of the fin\n\nYear: 1975\nDirector: Steven Spielberg\n\n"
        "Scheider cannot sleep and Shaw sings. The mayor keeps the beaches open.\n"
    )
    assert _reviewed(extractor, page) == "Jaws"


def test_two_dated_titles_in_one_headline_are_a_double_bill(extractor: EntityExtractor) -> None:
    page = (
        "Out of the Mist: Tidewater (1931) and Saltmarsh (1934)\n\n"
        "Tidewater is a lecture that turns into a nightmare. Saltmarsh is a nightmare that never explains "
        "itself. Tidewater first, then Saltmarsh, on the same cold night.\n"
    )
    assert _reviewed(extractor, page) is None


PLAIN = "The pacing sags in the middle, but the last act is terrific and the score is lovely."


def test_a_date_or_a_revisit_note_after_the_title() -> None:
    assert [r.title for r in title_readings("Sofa notes, 12 March 2019")][:1] == ["Sofa notes"]
    assert [r.title for r in title_readings("Heat – March 3, 2011")][:1] == ["Heat"]
    assert [r.title for r in title_readings("The Thing revisited")][:1] == ["The Thing"]


def test_a_series_number_when_the_series_numbers_its_films(extractor: EntityExtractor) -> None:
    # the table holds "Harry Potter and the ..." films only: the third by year; "Toy Story" numbers its
    # films, so "Toy Story Four" is not the fourth "Toy Story ..." entry of the table by year (a special)
    assert _reviewed(extractor, "Harry Potter 3 revisited\n\nCuaron changed the series. " + PLAIN) == (
        "Harry Potter and the Prisoner of Azkaban"
    )
    assert _reviewed(extractor, "Toy Story Four\n\nWoody lets go. " + PLAIN) != "Toy Story That Time Forgot"


def test_a_title_field_under_a_pun_headline(extractor: EntityExtractor) -> None:
    page = "Rain on the windscreen\n\nFilm: Drive My Car\nDirector: Ryusuke Hamaguchi\n\n" + PLAIN
    assert _reviewed(extractor, page) == "Drive My Car"
    page = "Rain on the windscreen\n\nTitle: Drive My Car (2021)\n\n" + PLAIN
    assert _reviewed(extractor, page) == "Drive My Car"


CAPSULES = (
    "Vertigo (1958)\nStewart follows Novak around San Francisco and it is still the strangest of them all.\n\n"
    "Heat (Michael Mann, 1995)\nPacino shouts, De Niro broods, and the bank job in the street is superb. 8/10\n\n"
    "Alien (1979)\nThe crew wakes up early, the cat survives, and nobody else has a good week.\n"
)


def test_dated_headings_over_capsules_are_a_list(extractor: EntityExtractor) -> None:
    assert _reviewed(extractor, "Quick takes, week 12\n\n" + CAPSULES) is None
    # two capsules under a headline naming both: a double bill
    two = CAPSULES.rsplit("\n\nAlien", 1)[0]
    assert _reviewed(extractor, "Vertigo and Heat\n\n" + two) is None


def test_a_review_with_one_dated_heading_is_not_a_list(extractor: EntityExtractor) -> None:
    page = (
        "Sofa notes\n\nVertigo (1958)\nStewart follows Novak around San Francisco and it is still the strangest "
        "of them all. Heat (1995) is another matter, and Alien (1979) another again.\n"
    )
    assert _reviewed(extractor, page) == "Vertigo"


def test_a_sequel_number_before_the_table_s_subtitle(extractor: EntityExtractor) -> None:
    # the table writes "Halloween III: Season of the Witch" and "Star Wars: Episode V – The Empire Strikes Back"
    assert _reviewed(extractor, "Halloween 3\n\n" + PLAIN) == "Halloween III: Season of the Witch"
    assert _reviewed(extractor, "Star Wars Episode V review\n\n" + PLAIN) == (
        "Star Wars: Episode V – The Empire Strikes Back"
    )


def test_a_site_menu_taken_for_the_headline(extractor: EntityExtractor) -> None:
    page = "Home | About | Reviews\n\nTidewater (2019)\n\n" + BODY
    assert _reviewed(extractor, page) == "Tidewater"
    assert title_readings("Home · Archive · Contact") == []
    assert not is_navigation("Tidewater | Dana's Film Blog")
