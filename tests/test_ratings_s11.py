"""Rating forms, eleventh session (ST): a closing score stated as a sentence of its own after an opener
("So, two stars out of five. Watch it once."), with the review going on after it, and the verdict
earning the work its score ("That earns it four stars from me"). Lines written for these tests in
our own words."""

from __future__ import annotations

import pytest

from extract.ratings import find_rating, stated_scale
from extract.records import Rating

BODY = [
    "A courier loses a parcel in the fog and spends the night looking for it.",
    "The harbour looks lovely, and the middle stretch sags under its own weather.",
    "The two leads are better than the script that strands them on the pier.",
]


@pytest.mark.parametrize(
    ("line", "rating"),
    [
        ("So, two stars out of five. See it once for the fog. Then forget it.", Rating("two stars out of five", 0.4)),
        ("All told, three and a half stars. I will be back for the sequel.", Rating("three and a half stars", 0.7)),
        ("So, 4 stars. A small gem of a night out.", Rating("4 stars", 0.8)),
        ("Overall, four stars out of five. Take a coat.", Rating("four stars out of five", 0.8)),
    ],
)
def test_an_opener_and_a_score_as_a_sentence_of_its_own(line: str, rating: Rating) -> None:
    assert find_rating([*BODY, line]) == rating


@pytest.mark.parametrize(
    "line",
    [
        "In the end, 5 out of 6 passengers drown.",
        "In the end, a 5 out of 6 passengers drown. Grim stuff.",
        "So 3 out of 4 friends sided with me.",
        "So, five sailors vanish before the credits.",
        "Overall, two of the leads are wasted.",
    ],
)
def test_an_opener_before_a_count_is_no_score(line: str) -> None:
    assert find_rating([*BODY, line]) is None


@pytest.mark.parametrize(
    ("line", "rating"),
    [
        ("That earns it four stars from me.", Rating("four stars", 0.8)),
        ("Which gets it a B from me.", Rating("B", 0.75)),
    ],
)
def test_the_verdict_earns_the_work_its_score(line: str, rating: Rating) -> None:
    assert find_rating([*BODY, line]) == rating


DISC = [
    "A surveyor misses the last ferry and is put up for the night in a cottage at the foot of a quarry.",
    "Film ***",
    "(Our scale runs from one to four stars.)",
    "I had somehow never seen anything by this director, a gap I mean to close.",
    "Video ***½",
    "The restoration is clean and the grain looks like the grain of the stone.",
    "Audio **",
    "Thin mono, with some hiss in the quiet reels.",
    "Extras ***",
    "A commentary, two shorts and a booklet.",
]


def test_a_disc_reviews_film_row_is_the_films_rating_on_the_stated_scale() -> None:
    """The row naming the film ("Film ***") rates it; the video, audio and extras rows rate the disc."""
    assert find_rating(DISC) == Rating("Film ***", 0.75)


@pytest.mark.parametrize(
    ("line", "scale"),
    [
        ("(Our scale runs from one to four stars.)", 4.0),
        ("We rate films from 1 to 4 stars.", 4.0),
        ("The film runs from one to four hours, depending on the cut.", None),
    ],
)
def test_a_scale_stated_from_its_bottom_to_its_top(line: str, scale: float | None) -> None:
    assert stated_scale([line]) == scale
