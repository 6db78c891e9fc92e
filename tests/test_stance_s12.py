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


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("Honestly, I can't recommend it enough.", [("can't recommend it enough", 1)]),
        ("I cannot recommend this highly enough.", [("cannot recommend this highly enough", 1)]),
        ("Sadly I can't recommend it.", [("I can't recommend", -1)]),
        ("Do yourself a favour and watch it tonight.", [("Do yourself a favour and watch", 1)]),
        ("You owe it to yourself to see this.", [("You owe it to yourself", 1)]),
        ("Definitely check it out.", [("Definitely check it out", 1)]),
        ("I can't wait to see it again.", [("can't wait to see it again", 1)]),
        ("Forty years on, it still holds up.", [("still holds up", 1)]),
        ("The script holds up a mirror to the town.", []),
        ("By the end I was genuinely moved.", [("I was genuinely moved", 1)]),
        ("I wasn't moved, and I think I was supposed to be.", [("I wasn't moved", -1)]),
        ("I almost walked out.", [("almost walked out", -1)]),
        ("I laughed, and I checked my watch.", [("checked my watch", 0)]),
        ("By the fifth verse I was checking the clock.", [("checking the clock", 0)]),
        ("So why didn't I love it?", [("why didn't I love", 0)]),
        ("So why am I not raving?", [("why am I not raving", 0)]),
        ("I just don't know if I'd watch it again.", [("don't know if I'd watch it", 0)]),
        ("So: not for me.", [("not for me", -1)]),
        ("It is not for me, but my nephew adored it.", [("not for me", -1), ("adored it", 1)]),
        ("That is not for me to judge.", []),
        ("It is not a patch on the first one.", [("not a patch on", -1)]),
        ("It pales next to the novel.", [("pales next to", -1)]),
        ("It falls well short of the first film.", [("falls well short", -1)]),
        ("A worthy successor.", [("A worthy successor", 1)]),
        ("He keeps the camera moving through the old streets.", []),
        ("I was gripping the couch the whole time.", []),
        ("A deeply moving, gripping film.", [("moving", 1), ("gripping film", 1)]),
    ],
)
def test_common_verdicts_of_real_blogs(sentence: str, found: list[tuple[str, int]]) -> None:
    assert [(c.text, c.polarity) for c in sentence_cues(sentence)] == found
