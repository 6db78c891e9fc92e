"""Stance of posts about several works (F6, sixth session): a list whose heading presents a
selection ("Top 5 ...", "N Best ...", "... to Start With") endorses its picks, so split or thin
evidence that does not lean against them follows the heading; a "worst" list condemns them.
Sentences written for these tests in our own words."""

from __future__ import annotations

import pytest

from extract.nlp.stance import stance_of

# Two picks praised, one grumbled about: split evidence on its own.
LIST_BODY = "The first pick is a letdown. The second is a wonderful, gripping film."
# Little verdict language at all: a guide that mostly describes its picks.
GUIDE_BODY = "Each of these opens with a chase. The second one has the best stunts."


@pytest.mark.parametrize(
    ("heading", "body", "label"),
    [
        ("Top 5 Thursday: Heist Films of the Seventies", LIST_BODY, "positive"),
        ("Six Best Ghost Stories I Saw This Winter", LIST_BODY, "positive"),
        ("Four Kung Fu Films to Start With", GUIDE_BODY, "positive"),
        ("", GUIDE_BODY, "neutral"),
        # a heading that picks nothing leaves split evidence split
        ("Festival Diary, Day 3", LIST_BODY, "mixed"),
        # no heading (a single review): unchanged
        ("", LIST_BODY, "mixed"),
    ],
)
def test_selection_heading_decides_split_evidence(heading: str, body: str, label: str) -> None:
    assert stance_of(body, (), None, (), heading).label == label


def test_worst_list_condemns_its_picks() -> None:
    # split evidence (seventh session: "wonderful" alone no longer balanced "a letdown" once VADER's
    # votes were dropped beside enough verdict phrases; the picks now weigh alike)
    body = "The first is a letdown. The second is a gem."
    assert stance_of(body, (), None, ()).label == "mixed"
    assert stance_of(body, (), None, (), "The Five Worst Sequels of the Decade").label == "negative"


def test_selection_heading_does_not_turn_a_negative_list() -> None:
    body = "I loved the first. The second bored me and the third is dreadful."
    assert stance_of(body, (), None, (), "Top 3 Films From My Watchlist").label == "negative"


def test_a_rating_still_decides() -> None:
    assert stance_of(LIST_BODY, (), 0.5, (), "Top 5 Thursday: Heist Films").label == "mixed"


# A later part that slumps: "first half good, second half weak" is a split verdict, whatever the
# praise of the first part (which the slump presupposes) says on its own.
@pytest.mark.parametrize(
    "text",
    [
        "The opening hour is wonderful and tense. The second half we liked less.",
        "Lovely to look at and gripping early on, but the final act falls apart.",
        "The cast is terrific, the score is gorgeous, and the back half sags.",
        "A clever, funny set-up; then the last hour runs out of steam.",
    ],
)
def test_later_part_slump_is_mixed(text: str) -> None:
    assert stance_of(text, ("The Harbour",)).label == "mixed"


def test_later_part_praised_is_not_a_slump() -> None:
    assert stance_of("The first half is good and the second half is even better.", ("The Harbour",)).label == "positive"
    # "act" not followed by a slump: no cue
    assert stance_of("The last act from the stage play is kept, and it is wonderful.", ("The Harbour",)).label == (
        "positive"
    )


@pytest.mark.parametrize(
    ("value", "raw", "label"),
    [
        (0.5, "Two stars (out of four)", "negative"),
        (0.5, "2/4", "negative"),
        (0.5, "2 out of 4 reels", "negative"),
        (0.625, "2.5/4 stars", "mixed"),
        (0.5, "2.5/5", "mixed"),  # the middle of a five-point scale stays mixed
        (0.5, "5/10", "mixed"),
        (0.75, "3 of 4", "positive"),
    ],
)
def test_two_of_four_stars_is_a_pan(value: float, raw: str, label: str) -> None:
    text = "Some of it works, some of it does not."
    assert stance_of(text, ("The Harbour",), value, (), "", raw).label == label
