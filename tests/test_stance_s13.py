"""Stance, thirteenth session (ST): a recommendation scoped to a part is a split verdict, a one-word
hedge after praise holds it back, and the bare imperative "Go." is the verdict. Sentences and pages
in our own words. (Comparisons as verdicts, stance_compare, were tried and taken out at the
session's end: they lost stance on two sets nobody tuned on, the holdout and the held-out blind18.)"""

from __future__ import annotations

import pytest

from extract.nlp.stance import REVIEW_PRIOR, sentence_cues, stance_of

_TITLE = ("Tidewater",)

_PLOT = (
    "A lighthouse keeper's widow takes over the lamp for one winter, and the village fishermen, who "
    "never trusted her husband, start bringing their catch to her door while a surveyor from the "
    "city measures the cliff for a new road that would make the lamp useless."
)


def _review(*paragraphs: str) -> str:
    return "\n\n".join([_PLOT, *paragraphs])


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        # advice to see the film scoped to a part of it: a split verdict, not praise of the whole
        ("See it for the lighthouse scenes, and bring a coat.", [("See it", 0)]),
        ("So: go see it, for the widow and for the first hour.", [("go see it", 0)]),
        ("Worth seeing for the storm alone.", [("Worth seeing", 0)]),
        # or to a single viewing
        ("Worth seeing once; I won't be back.", [("Worth seeing", 0)]),
        # scoped to a kind of viewer, or seen once more, it stays praise
        ("Worth seeing for anyone who loves the sea.", [("Worth seeing", 1)]),
        ("Worth seeing once more, on a big screen.", [("Worth seeing", 1)]),
        ("See it.", [("See it", 1)]),
    ],
)
def test_a_recommendation_scoped_to_a_part_is_a_split_verdict(sentence: str, found: list[tuple[str, int]]) -> None:
    assert [(c.text, c.polarity) for c in sentence_cues(sentence)] == found


@pytest.mark.parametrize("hedge", ["Mostly.", "Almost.", "Sort of."])
def test_a_one_word_hedge_after_praise_holds_it_back(hedge: str) -> None:
    text = _review(
        "The widow is played with real grace, and the cliffs are lovely.",
        "The surveyor's scenes are stiff, and the middle hour is slow.",
        f"I liked it. {hedge}",
    )
    assert stance_of(text, _TITLE, prior=REVIEW_PRIOR).label == "mixed"
    assert stance_of(text.replace(f" {hedge}", ""), _TITLE, prior=REVIEW_PRIOR).label == "positive"


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("Go.", [("Go", 1)]),
        ("Go!", [("Go", 1)]),
        ("Go, if it ever plays near you.", [("Go", 1)]),
        ("Go now, before it leaves the cinemas.", [("Go", 1)]),
        # not the bare imperative: a scoped advice, or a going of the critic's own
        ("Go, but go for the first hour only.", []),
        ("I will go again next week.", []),
    ],
)
def test_the_bare_imperative_go_is_the_verdict(sentence: str, found: list[tuple[str, int]]) -> None:
    assert [(c.text, c.polarity) for c in sentence_cues(sentence)] == found
