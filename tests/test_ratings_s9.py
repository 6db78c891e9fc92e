"""Rating forms, ninth session (RV): the critic's verb with the work named as its object, a unit of
several words ("pools of blood"), a score given in the closing sentence of a long last paragraph,
and the top of the scale stated as a ceiling ("tops out at four stars"). Lines written for these
tests in our own words."""

from __future__ import annotations

import pytest

from extract.ratings import find_rating, stated_scale
from extract.records import Rating

BODY = ["The harbour looks lovely and the plot sinks.", "The cast tries hard."]


@pytest.mark.parametrize(
    ("line", "rating"),
    [
        ('So I give "Harbour Lights" 7 out of 10.', Rating(raw="7 out of 10", value=0.7)),
        ("I give Harbour Lights 3/5.", Rating(raw="3/5", value=0.6)),
        ("We gave Lake of Fire a 4 out of 5.", Rating(raw="4 out of 5", value=0.8)),
        ("We give Harbour Lights a glowing 5 stars!", Rating(raw="5 stars", value=1.0)),
        ("I give it a big fat 2/10.", Rating(raw="2/10", value=0.2)),
    ],
)
def test_the_critics_verb_may_name_the_work_it_scores(line: str, rating: Rating) -> None:
    assert find_rating([*BODY, line]) == rating


def test_a_named_object_is_no_score_without_a_number() -> None:
    assert find_rating([*BODY, "I give Tarantino credit for trying, at least."]) is None


@pytest.mark.parametrize(
    ("line", "rating"),
    [
        ("I give it 3 cups of tea out of 5.", Rating(raw="3 cups of tea out of 5", value=0.6)),
        ("2 and a half bowls of soup out of 5.", Rating(raw="2 and a half bowls of soup out of 5", value=0.5)),
    ],
)
def test_a_unit_of_several_words_before_the_scale(line: str, rating: Rating) -> None:
    assert find_rating([*BODY, line]) == rating


CLOSING = (
    "Still, the lead is good and the last scene lands, and if you liked the quieter horror of the last "
    "few years you will be fine with this one. Readers of the novel may grumble that half of it is gone. "
    'With that, I give "Harbour Lights" 3 and a half anchors out of 5!'
)


def test_a_score_given_in_the_last_sentence_of_a_long_closing_paragraph() -> None:
    lines = [*BODY, CLOSING, "Posted by Ann at 8:14 PM"]
    assert find_rating(lines) == Rating(raw="3 and a half anchors out of 5", value=0.7)


def test_a_score_given_in_the_first_sentence_of_a_long_paragraph_is_no_verdict() -> None:
    opening = (
        "Years ago I gave Harbour Lights 9/10 on another blog, and I have been wondering ever since whether "
        "it deserved it, so last weekend I sat down with it again with a notebook and a pot of coffee. "
        "The harbour still looks lovely, and the lighthouse scene is as eerie as I remembered."
    )
    assert len(opening) > 240  # a paragraph of prose, not a line the score may close
    assert find_rating([opening, *BODY, "More plot.", "The end."]) is None


@pytest.mark.parametrize(
    ("line", "top"),
    [
        ("(My scale tops out at four stars.)", 4.0),
        ("Ratings here max out at 10.", 10.0),
        ("The top score I give is four stars.", 4.0),
        ("The highest rating is five, and it is rare.", 5.0),
    ],
)
def test_the_top_of_the_scale_stated_as_a_ceiling(line: str, top: float) -> None:
    assert stated_scale([line]) == top


def test_a_stated_ceiling_scales_the_stars() -> None:
    lines = ["RATING: (3.5 STARS)", *BODY, "(My scale tops out at four stars.)"]
    assert find_rating(lines) == Rating(raw="RATING: (3.5 STARS)", value=0.875)


@pytest.mark.parametrize(
    ("line", "rating"),
    [
        ("3.5/5 ⭐", Rating(raw="3.5/5", value=0.7)),  # one emoji closing the score line
        ("8/10 🍿", Rating(raw="8/10", value=0.8)),
        ("Rated 3 out of 5 stars", Rating(raw="3 out of 5 stars", value=0.6)),  # the verb without its subject
    ],
)
def test_a_closing_emoji_and_a_verb_without_subject(line: str, rating: Rating) -> None:
    assert find_rating([*BODY, line]) == rating


def test_a_certificate_is_still_no_rating() -> None:
    assert find_rating([*BODY, "Rated R for violence and 2 hours long."]) is None
