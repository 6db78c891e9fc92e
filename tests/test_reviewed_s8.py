"""Reviewed work, eighth session (RS): one lexicon of the critic's viewing verbs for the three places a
page says what was seen (before a title in the body, after "I" or "we" in the opening, in a headline).
Sentences in our own words."""

from __future__ import annotations

import pytest

from extract.nlp import reviewed_evidence, reviewed_headline, reviewed_opening, reviewed_text
from extract.nlp.extractor import EntityExtractor
from extract.text_reader import parse_text_page


@pytest.mark.parametrize(
    ("headline", "title"),
    [
        ("Finally got round to Ronin", "Ronin"),  # "got round to" was read only in the body
        ("Just re-watched Heat and it holds", "Heat"),
    ],
)
def test_a_headline_says_what_the_critic_saw(headline: str, title: str) -> None:
    assert reviewed_headline.title_seen_in(headline) == title


@pytest.mark.parametrize(
    ("opening", "runs"),
    [
        ("Last night we seen Heat at the Rio, on a print older than me.", ["Heat at the Rio"]),  # "seen" as spoken
        ("I got round to Ronin at last.", ["Ronin"]),
        ("I sat down with Vertigo after dinner.", ["Vertigo"]),
    ],
)
def test_the_opening_says_what_the_critic_saw(opening: str, runs: list[str]) -> None:
    assert [m.group(1) for m in reviewed_opening._VIEWED_IN_OPENING.finditer(opening)] == runs


def test_the_three_places_share_one_lexicon() -> None:
    for pattern in (reviewed_evidence.VIEWED, reviewed_opening._VIEWED_IN_OPENING, reviewed_headline._SEEN_IN_HEADLINE):
        assert reviewed_evidence.VIEWING in pattern.pattern


def _reviewed(extractor: EntityExtractor, text: str) -> str | None:
    entities = extractor.extract(parse_text_page(text, "page.txt"))
    return entities.reviewed.name if entities.reviewed else None


@pytest.mark.parametrize(
    ("headline", "references"),
    [
        ('Michael Mann\'s Glossy "Heat" Follow-Up Runs Out of Road', {"heat"}),
        ("From the Director of Heat, a Cyber Thriller Nobody Asked For", {"heat"}),
        ("Heat (1995)", set()),
    ],
)
def test_a_headline_names_a_film_as_the_measure_of_another(headline: str, references: set[str]) -> None:
    assert reviewed_text.reference_points(headline) == references


FOLLOW_UP = (
    'Michael Mann\'s Glossy "Heat" Follow-Up Runs Out of Road\n\n'
    'I have loved "Heat" since I was fifteen, and "Thief" and "Collateral" after it. '
    'So I was counting down the days to "Public Enemies." Well.\n\n'
    "Johnny Depp plays Dillinger robbing banks across the Midwest with a federal man on his trail. The "
    "digital photography is lovely at night and muddy by day, and the shootout at the lodge "
    'is the one scene that feels like "Heat" at all. The rest is hats.\n\nGrade: C-'
)


def test_the_film_a_headline_measures_by_is_not_the_one_reviewed(extractor: EntityExtractor) -> None:
    # the opening says which film the critic waited for: "counting down the days to"
    assert _reviewed(extractor, FOLLOW_UP) == "Public Enemies"


def test_a_number_closes_the_title_the_opening_names() -> None:
    opening = "Last winter we were looking forward to Blade Runner 2049 for months."
    assert [m.group(1) for m in reviewed_opening._VIEWED_IN_OPENING.finditer(opening)] == ["Blade Runner"]
    assert reviewed_opening._RUN_NUMBER.match(opening, opening.index(" 2049")) is not None


SONGS = (
    "Swing Time\n\n"
    'Astaire plays a gambler who must earn a fortune to marry, and then meets Ginger Rogers. "Pick '
    'Yourself Up" is the happiest number of the decade, "The Way You Look Tonight" is sung with '
    'shampoo in her hair, and "Never Gonna Dance" is the saddest dance in any musical I know. The '
    "plot is nothing and the comedy relief is long, but when they dance nothing else matters.\n\n"
    "4 out of 5"
)


def test_a_headline_the_table_knows_beats_quoted_songs(extractor: EntityExtractor) -> None:
    # the body never names the film; the quoted names are songs the film table does not know
    assert _reviewed(extractor, SONGS) == "Swing Time"
