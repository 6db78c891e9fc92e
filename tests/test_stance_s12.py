"""Stance, twelfth session (ST): evidence for the stance of a review read from its text alone
(most real reviews carry no rating). Sentences and pages in our own words."""

from __future__ import annotations

import pytest

from extract.nlp.stance import REVIEW_PRIOR, sentence_cues, stance_of, weigh
from extract.nlp.stance_closing import closing_turns_away

_PLOT = (
    "A ferry pilot on a northern fjord takes on a passenger who will not give her name, and over "
    "one long winter the two of them ferry cars, sheep and a coffin across the water while the "
    "village gossips about where the stranger came from and why she carries a photograph of the "
    "pilot's late brother in her coat."
)


def _review(*closing: str) -> str:
    return "\n\n".join([_PLOT, "The lead is wonderful and the harbour scenes are gorgeous.", *closing])


@pytest.mark.parametrize(
    "quibble",
    [
        "My only complaint: the last twenty minutes drag a little.",
        "If I had one gripe, it is the score, which is a little too loud.",
        "My only real issue is that the middle sags a bit.",
        "If I'm nitpicking, the prologue runs long.",
    ],
)
def test_a_single_small_fault_named_as_such_leaves_the_review_positive(quibble: str) -> None:
    text = _review(quibble)
    assert not closing_turns_away(text, ("Ferry",))
    assert stance_of(text, ("Ferry",), prior=REVIEW_PRIOR).label == "positive"


def test_the_biggest_fault_is_no_quibble() -> None:
    text = _review("My biggest complaint: the last hour drags, and the ending is a mess.")
    assert stance_of(text, ("Ferry",), prior=REVIEW_PRIOR).label == "mixed"


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("Handsome, well acted, and I won't watch it again.", [("won't watch it again", -1)]),
        ("Would not watch again.", [("Would not watch again", -1)]),
        ("Here is the trouble: the twist.", [("Here is the trouble", -1)]),
    ],
)
def test_refusing_a_second_viewing_and_naming_the_trouble(sentence: str, found: list[tuple[str, int]]) -> None:
    assert [(c.text, c.polarity) for c in sentence_cues(sentence)] == found


@pytest.mark.parametrize(
    "let_down",
    [
        "I wanted to call it a classic once more. It isn't, for me.",
        "I kept hoping it would come together. It didn't, and three hours is a long time to hope.",
        "I wanted a portrait of a man and I got a very stylish argument.",
    ],
)
def test_a_hope_and_its_let_down_weigh_against_the_film(let_down: str) -> None:
    evidence = weigh(let_down, ("Ferry",))
    assert evidence.negative > evidence.positive


_FAULTS_SET_ASIDE = (
    "It isn't flawless. The last ten minutes feel like a poster rather than a scene. But that's a small price to pay.",
    "It looks lovely. Some of the acting is stiff and one villain is cardboard. It does not matter much.",
)


@pytest.mark.parametrize("paragraph", _FAULTS_SET_ASIDE)
def test_faults_set_aside_leave_the_verdict_on_the_praise(paragraph: str) -> None:
    evidence = weigh(paragraph, ("Ferry",))
    assert evidence.positive > evidence.negative + evidence.mixed


def test_praise_set_aside_leaves_the_verdict_on_the_blame() -> None:
    evidence = weigh("The sets look terrific and the lead is likeable. None of that matters much.", ("Ferry",))
    assert evidence.negative > evidence.positive
