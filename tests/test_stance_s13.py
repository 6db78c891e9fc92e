"""Stance, thirteenth session (ST): comparisons as verdicts. A review that says its verdict through
another work ("the first film did it with more wit", "the sequel, which was at least short") set
below or above the reviewed one. Sentences and pages in our own words."""

from __future__ import annotations

import pytest

from extract.nlp.stance import REVIEW_PRIOR, sentence_cues, stance_of
from extract.nlp.stance_compare import comparison_cues, title_pattern

_OTHERS = ("Harbour Lights", "The Salt Road", "Nine Bells", "Lanterns")
_TITLE = ("Tidewater",)


def _found(sentence: str) -> list[tuple[str, int]]:
    cues = comparison_cues(sentence, title_pattern(_TITLE), title_pattern(_OTHERS))
    return [(c.text, c.polarity) for c in cues]


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        # the other work did the same thing better
        (
            "Harbour Lights told the same smuggling story years before with far more wit.",
            [("Harbour Lights told the same smuggling story years before with far more", -1)],
        ),
        (
            "The Salt Road, which came out the spring before, did the family feud so much better.",
            [("The Salt Road, which came out the spring before, did the family feud so much better", -1)],
        ),
        (
            "Nine Bells had the same budget and a lot more nerve.",
            [("Nine Bells had the same budget and a lot more", -1)],
        ),
        # a weak rival granted "at least" something
        ("Even Lanterns, which was dull, was at least short.", [("Lanterns, which was dull, was at least", -1)]),
        # something else better "than this"
        (
            "Even Nine Bells, a silly picture, is a much tighter thriller than this.",
            [("tighter thriller than this", -1)],
        ),
        (
            "Go back to Lanterns, which has more life in one scene than this whole film.",
            [("more life in one scene than this", -1)],
        ),
        # a preference for the other work
        ("I had way more fun with The Salt Road.", [("way more fun with The Salt Road", -1)]),
        ("Honestly, I might like that one better.", [("like that one better", -1)]),
        (
            "If you want my real pick for the year, it's Nine Bells.",
            [("my real pick for the year, it's Nine Bells", -1)],
        ),
        # the reviewed work heads the clause
        (
            "It is much better than Harbour Lights, which everyone else preferred.",
            [("It is much better than Harbour Lights", 1)],
        ),
        ("Tidewater is wittier than The Salt Road ever was.", [("Tidewater is wittier than The Salt Road", 1)]),
        ("I liked it more than Nine Bells.", [("I liked it more than Nine Bells", 1)]),
        ("It is more fun than Lanterns at least.", [("It is more fun than Lanterns", 1)]),
        ("It is nowhere near as good as Lanterns.", [("It is nowhere near as good as Lanterns", -1)]),
    ],
)
def test_a_comparison_that_names_the_winner(sentence: str, found: list[tuple[str, int]]) -> None:
    assert _found(sentence) == found


@pytest.mark.parametrize(
    "sentence",
    [
        # the film against itself, not against another work
        "It is far smarter than it has any right to be.",
        "The ending works better than it did on my first viewing.",
        # a maker, not the other work, is the subject
        "It is no Harbour Lights, and Okafor would do far better work a year later.",
        "It plays like Nine Bells, except the director at least lets the hero lose.",
        "It is a notch worse than The Salt Road, and Adaeze at least had the sense to cut it short.",
        # "at least" hedging the sentence, not granted to the other work
        "Not as bad as Lanterns, at least.",
        # more of one thing and less of another is no winner
        "Lanterns told the same story with more songs and fewer jokes.",
        # a comparison held to a notch
        "It is a slightly less perfect film than Harbour Lights.",
        # "more like" compares kinds, not worth
        "It feels more like a lecture than Nine Bells.",
        # no other work named
        "The harbour looks better than the town.",
    ],
)
def test_no_winner_is_read_where_none_is_stated(sentence: str) -> None:
    assert _found(sentence) == []


_PLOT = (
    "A lighthouse keeper's widow takes over the lamp for one winter, and the village fishermen, who "
    "never trusted her husband, start bringing their catch to her door while a surveyor from the "
    "city measures the cliff for a new road that would make the lamp useless."
)


def _review(*paragraphs: str) -> str:
    return "\n\n".join([_PLOT, *paragraphs])


def test_a_pan_said_through_better_films_reads_negative() -> None:
    text = _review(
        "The photography is lovely and the lead is good.",
        "Harbour Lights told the same widow's story years before with far more feeling. "
        "Even Lanterns, which was dull, was at least short.",
        "I had way more fun with The Salt Road.",
    )
    others = ("Harbour Lights", "Lanterns", "The Salt Road")
    assert stance_of(text, _TITLE, others=others, prior=REVIEW_PRIOR).label == "negative"
    # without the other works known, the same text is read mixed: the comparisons are the verdict
    assert stance_of(text, _TITLE, prior=REVIEW_PRIOR).label == "mixed"


def test_a_rave_that_beats_its_rival_reads_positive() -> None:
    text = _review(
        "The lead is stiff and the middle hour drags.",
        "Tidewater is wittier than The Salt Road ever was, and the score is lovely.",
    )
    others = ("The Salt Road",)
    assert stance_of(text, _TITLE, others=others, prior=REVIEW_PRIOR).label == "positive"
    assert stance_of(text, _TITLE, prior=REVIEW_PRIOR).label == "mixed"


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
