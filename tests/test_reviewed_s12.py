"""Reviewed work, twelfth session (RV): headline separators and labels, a headline's initials, title
runs that stop at a line break, a release year beside a body film. Sentences written for these tests
in our own words."""

from __future__ import annotations

import pytest

from extract.nlp import reviewed_body, reviewed_credits, reviewed_headline, reviewed_rank
from extract.nlp.extractor import EntityExtractor
from extract.text_reader import parse_text_page
from extract.titles import title_readings
from tests.test_reviewed_s11 import _toy  # a model whose "yes" logit is the weighted features


@pytest.mark.parametrize(
    ("headline", "readings"),
    [
        ("Midnight Corner|Local Hero", ["Midnight Corner | Local Hero", "Midnight Corner", "Local Hero"]),
        ("Midnight Corner |Local Hero", ["Midnight Corner | Local Hero", "Midnight Corner", "Local Hero"]),
        ("Local Hero || Midnight Corner", ["Local Hero | Midnight Corner", "Local Hero", "Midnight Corner"]),
    ],
)
def test_a_bar_typed_without_its_spaces_still_separates_the_title(headline: str, readings: list[str]) -> None:
    assert [r.title for r in title_readings(headline)] == readings


@pytest.mark.parametrize(
    ("headline", "first"),
    [
        ("Reviewing the Classics| Local Hero", ("Local Hero", None)),
        ("Criterion Classics: The Red Shoes (1948)", ("The Red Shoes", 1948)),
        ("Classics Revisited | Brief Encounter", ("Brief Encounter", None)),
    ],
)
def test_a_column_of_classics_is_a_label_before_the_title(headline: str, first: tuple[str, int | None]) -> None:
    reading = title_readings(headline)[0]
    assert (reading.title, reading.year) == first


@pytest.mark.parametrize(
    ("headline", "readings"),
    [
        ("#14. Man of Aran - 1934", [("Man of Aran", 1934)]),  # a list's number, the year after a dash
        ("#14 Man of Aran – 1934", [("Man of Aran", 1934)]),
        ("Man of Aran-1934", [("Man of Aran", 1934)]),
        ("1917 (2019)", [("1917", 2019)]),  # a number that is the title keeps its reading
    ],
)
def test_a_list_number_and_a_dashed_year_are_decorations(headline: str, readings: list[tuple[str, int]]) -> None:
    assert [(r.title, r.year) for r in title_readings(headline)] == readings


@pytest.mark.parametrize(
    ("headline", "sentence"),
    [
        ("Split: M. Night Shyamalan finds his footing again", None),  # an initial ends no sentence
        ("Rain on the pier. Then a film", "Rain on the pier"),
    ],
)
def test_a_headline_s_first_sentence_does_not_end_at_an_initial(headline: str, sentence: str | None) -> None:
    found = reviewed_headline._FIRST_SENTENCE.match(headline)
    assert (found.group(1) if found else None) == sentence


def test_a_title_run_in_the_body_stops_at_a_line_break() -> None:
    body = "Filed on May 2, 2023 by Hoshimura\n\nWhen I was nine my aunt taped it off the television."
    runs = [m.group(1) for m in reviewed_body._SUBJECT.finditer(body)]
    assert runs == ["May", "Hoshimura", "I"]  # not "Hoshimura\n\nWhen I"


@pytest.mark.parametrize(
    ("text", "year"),
    [("Nosferatu came out in 1922 and", "1922"), ("Nosferatu was released in 1922.", "1922")],
)
def test_a_release_year_after_a_body_film(text: str, year: str) -> None:
    found = reviewed_body.YEAR_NEXT.match(text, len("Nosferatu"))
    assert found is not None and (found.group(1) or found.group(2)) == year


@pytest.mark.parametrize(
    ("body", "sung"),
    [
        ('By June the whole house was singing "Moonbeam" at breakfast.', True),
        ("My niece hums 'Moonbeam' all day; the song Moonbeam is the film's best moment.", True),
        ('By June the whole house was singing "Moonbeam". Moonbeam is a sweet little film.', False),
        ("Nobody sings anything here.", False),  # never named: no evidence either way
    ],
)
def test_a_name_the_body_only_sings_is_a_song(body: str, sung: bool) -> None:
    assert reviewed_headline.only_sung(body, "Moonbeam") is sung


CREDITS = """The one with the strongman

Directed by Federico Fellini
Starring Giulietta Masina, Anthony Quinn

I came to this late, after years of hearing that the clown's face would break my heart. It did.
The travelling act, the sea at the end, the trumpet tune: all of it stays with you for days.
"""


@pytest.mark.slow
def test_the_credited_director_s_film_whose_players_the_credits_name(extractor: EntityExtractor) -> None:
    page = parse_text_page(CREDITS, "strongman.txt")
    found = reviewed_credits.credits_film(page, extractor.gazetteer)
    assert found is not None and (found.title, found.year) == ("La Strada", 1954)


REVIEW = """Reviewing the Classics| Local Hero

By Ines Marlow | Reviewing the Classics | 2 Comments

Our film society screened Local Hero on Friday and I went in expecting a gentle comedy about an oil
company. It is that, but Local Hero is also one of the saddest films I know about wanting a life you
did not choose. Burt Lancaster has about six scenes and steals all of them. Compared with Gregory's
Girl it is slower and stranger, and I liked it more.
"""


@pytest.mark.slow
def test_a_column_label_with_a_bar_leaves_the_film_reviewed(extractor: EntityExtractor) -> None:
    entities = extractor.extract(parse_text_page(REVIEW, "local-hero.txt"))
    assert entities.reviewed is not None and entities.reviewed.name == "Local Hero"


@pytest.mark.slow
@pytest.mark.parametrize(
    ("headline", "inner"),
    [
        ("Is The Iron Giant Too Sad for a Five-Year-Old? Notes From the Sofa", ["The Iron Giant"]),
        ("Should Kids See Jaws Before Ten? My Answer", []),  # not "Kids", a film too: one word is no head
        ("The Iron Giant", []),  # a title, not a sentence naming one
    ],
)
def test_a_question_headline_names_the_film_at_the_head_of_a_run(
    extractor: EntityExtractor, headline: str, inner: list[str]
) -> None:
    assert reviewed_headline._inner_titles(headline, extractor.gazetteer) == inner


def test_the_short_name_of_the_steps_known_film_does_not_replace_it() -> None:
    # the steps took "Man of Aran" (the table's, from the blog's name line); the body says "Aran" often
    rows = [{"known": 1.0, "first_share": 1.0}, {"n": 1.5, "most": 1.0}]
    model = _toy({"n": 2.0})
    assert reviewed_rank.choice(rows, ["Man of Aran", "Aran"], 0, model) == 0
    assert reviewed_rank.choice(rows, ["Man of Aran", "Galway"], 0, model) == 1  # another name wins
