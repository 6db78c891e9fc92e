"""Stance, eleventh session (ST): the blog's chrome under a review (related posts' titles, tags, the
post navigation) is not its closing verdict; a review always has a verdict, so where its text says
nothing (a caption, a body the page reader lost) it takes the review prior, never "neutral".

Every sentence here is written for these tests; none is taken from a review.
"""

from __future__ import annotations

import pytest

from extract.nlp.stance import REVIEW_PRIOR, stance_of

TITLE = ("The Tide",)
REVIEW = (
    "Anna, a nurse, comes back to the coastal town where her brother drowned and starts asking questions.\n\n"
    "The fog-bound photography is gorgeous, and Mara Lind is superb as Anna.\n\n"
    "A few scenes drag, but this is a moving, beautifully made film. I recommend it."
)


@pytest.mark.parametrize(
    "chrome",
    [
        "Related posts\n\nThe Dullest Remake of the Year\n\nWhy I Hate Sequels\n\nAn Awful Film Nobody Asked For",
        "Tags: drama, mystery, boring Sundays, awful weather",
        "« Previous post: A dull, lifeless sequel\n\nNext post: A terrible week at the cinema »",
    ],
)
def test_the_blogs_chrome_is_not_the_closing_verdict(chrome: str) -> None:
    assert stance_of(REVIEW, TITLE, prior=REVIEW_PRIOR).label == "positive"
    assert stance_of(REVIEW + "\n\n" + chrome, TITLE, prior=REVIEW_PRIOR).label == "positive"


@pytest.mark.parametrize("text", ["", "Seen on Friday at the Regent.", "🎬🌊🎬"])
def test_a_review_that_says_nothing_takes_the_prior(text: str) -> None:
    assert stance_of(text, TITLE, prior=REVIEW_PRIOR).label == "positive"


def test_a_comment_that_says_nothing_stays_neutral() -> None:
    assert stance_of("Seen on Friday at the Regent.", TITLE).label == "neutral"


def test_a_worst_list_that_says_nothing_still_condemns_its_picks() -> None:
    body = "Each of these opens at sea."
    assert stance_of(body, (), None, (), "The Five Worst Sequels", prior=REVIEW_PRIOR).label == "negative"


OPENING = (
    "At last I have sat through all four hours of The Tide, over two evenings with a pot of tea.\n\n"
    "The camera is strapped to boats, swung over the harbour, thrown into the surf. The cast is superb, "
    "and the finale is a triumph.\n\n"
)


def test_a_closing_that_concedes_faults_and_turns_back_is_no_reservation() -> None:
    """'It is not perfect. <faults>. But <no verdict word>': the faults are conceded, the verdict stands."""
    closing = (
        "It is not perfect. The middle hour drags, and the symbolism is laid on with a trowel. "
        "But I had waited years to see it, and now I have."
    )
    assert stance_of(OPENING + closing, TITLE, prior=REVIEW_PRIOR).label == "positive"


def test_a_closing_that_ends_on_its_faults_still_turns_away() -> None:
    closing = "The camera work is a marvel. But the middle hour drags, and the ending is a muddle."
    assert stance_of(OPENING + closing, TITLE, prior=REVIEW_PRIOR).label == "mixed"


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Here are a few reasons why you should hunt it down.", "positive"),
        ("Seek this one out.", "positive"),
        ("Track down a copy if you can.", "positive"),
        ("The villagers hunt it down and burn the barn.", "neutral"),
    ],
)
def test_the_reader_sent_to_find_the_film(text: str, label: str) -> None:
    assert stance_of(text, TITLE).label == label


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("The finale is pure nerve. Brutal. Love it.", "positive"),
        ("I love this one.", "positive"),
        ("The kids will love it.", "neutral"),
        ("I get why people love it.", "neutral"),
        ("I'd love it if they made another.", "neutral"),
        ("I don't love it.", "negative"),
    ],
)
def test_the_critics_own_love_in_the_present_tense(text: str, label: str) -> None:
    assert stance_of(text, TITLE).label == label


def test_what_others_skip_is_no_advice_to_skip() -> None:
    assert stance_of("It is the one most people skip.", TITLE).label == "neutral"
    assert stance_of("Honestly? Skip.", TITLE).label == "negative"


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("I wanted a film about minds. I got a very expensive escape room.", "negative"),
        ("I expected a comedy. What I got was a slow, sad drama.", "negative"),
        ("I wanted a thriller. I got one, and a good one.", "positive"),
    ],
)
def test_what_came_instead_of_the_hope(text: str, label: str) -> None:
    assert stance_of(text, TITLE).label == label


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("The film is loud and long.\n\nVerdict: a Skip.", "negative"),
        ("Bottom line: Terrific.", "positive"),
        ("Inside Out: Joy leads the team.", "neutral"),  # a character after a title's colon, no verdict
    ],
)
def test_a_capitalised_verdict_after_its_label(text: str, label: str) -> None:
    assert stance_of(text, ("Uncut Gems",)).label == label
