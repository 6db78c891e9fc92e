"""Rating forms seen on real blogs (issue 12, item 6), each in a line of our own.

Spelled numbers with a blog's own unit, dash-labelled score rows, spaced asterisk stars with a
half, a rating closing the review's last sentence or opening a header row, and gauges that are
not the critic's score ("Percent Noir: 100%", content-guidance scores).
"""

from __future__ import annotations

import pytest

from extract.ratings import find_rating, parse_rating


@pytest.mark.parametrize(
    ("line", "value"),
    [
        ("Two skulls out of five.", 0.4),
        ("Four out of five", 0.8),
        ("seven pints out of ten", 0.7),
        ("Three and a half out of five", 0.7),
        ("* * * * ½", 0.9),
        ("Movie - 2.5 / 5", 0.5),
        ("The Doctor's Diagnosis: B-", 0.675),
        ("★ Watched 3 July 2017", 0.2),  # a diary entry: one star is the rating
        ("★★½ Rewatched 1 May 2020", 0.5),
    ],
)
def test_rating_forms(line: str, value: float) -> None:
    found = parse_rating(line)
    assert found is not None and found.value == value


@pytest.mark.parametrize(
    "line",
    [
        "Percent Noir: 100%",  # how noir the film is, on the blog's gauge
        "* * *",  # a scene-break divider
        "Guidance ratings (out of 3): Sex/nudity 0, Violence/horror 3, Swearing 2.",
        "I saw it one out of three nights",
    ],
)
def test_lines_that_are_not_ratings(line: str) -> None:
    assert parse_rating(line) is None


def test_the_films_own_row_beats_a_sub_score() -> None:
    found = find_rating(["A fun ride.", "Entertainment value - 3 / 5", "Movie - 2.5 / 5"])
    assert found is not None and (found.raw, found.value) == ("Movie - 2.5 / 5", 0.5)
    found = find_rating(["A fun ride.", "Movie - 2.5 / 5", "Entertainment value - 3 / 5"])
    assert found is not None and found.value == 0.5


def test_a_rating_closing_the_last_sentence() -> None:
    lines = ["We went on a Friday.", "A critic gave it one star. Too harsh. It is sweet. 3.5 out of 5 from me."]
    found = find_rating(lines)
    assert found is not None and found.value == 0.7
    found = find_rating(["Intro.", "Middle.", "Best for fans of the director. 4/5"])
    assert found is not None and found.value == 0.8


def test_a_fraction_inside_a_sentence_is_no_rating() -> None:
    assert find_rating(["Intro.", "We left at nine. The room was 2/3 full."]) is None


def test_a_rating_opening_a_header_row() -> None:
    found = find_rating(["Blog #12", "2.5/4 stars  Night Harbour 2 - 6/2/2011", "We drove over."])
    assert found is not None and (found.raw, found.value) == ("2.5/4 stars", 0.625)
    assert find_rating(["Blog #12", "Seen at 9  in a room 2/3 full", "We drove over."]) is None
