"""Stance: a rating decides; praise and blame said sideways; a fault turned into a virtue.

Sentences written for these tests, modelled on verdict forms catalogued from real reviews
(docs/phrasing-catalogue.md, section F5)."""

from __future__ import annotations

import pytest

from extract.nlp.stance import label_of, stance_of, weigh

WARM = "A lovely, moving, wonderful film. I loved it, and I would watch it again tomorrow."


@pytest.mark.parametrize("rating", [0.5, 0.6, 0.65])
def test_a_middling_rating_is_mixed_however_warm_the_words(rating: float) -> None:
    assert stance_of(WARM, ("Paddington",), rating=rating).label == "mixed"


# B- and 7/10 over a text that only blames: "good, with reservations" read with its text is mixed,
# never negative (seventh session: a middling grade follows the balance of its text, test_stance_s7)
@pytest.mark.parametrize(("rating", "label"), [(0.675, "mixed"), (0.7, "mixed"), (0.8, "positive"), (0.4, "negative")])
def test_a_rating_decides_the_stance(rating: float, label: str) -> None:
    assert stance_of("It is a slog and a mess.", ("Paddington",), rating=rating).label == label


def test_a_fault_turned_into_a_virtue_is_praise() -> None:
    text = "The pacing is tedious and the colours are bland, and the film is all the better for it."
    assert label_of(weigh(text))[0] == "positive"


def test_faults_after_the_turn_still_count() -> None:
    text = "It is quieter than the novel and the better for it, but the last act is tedious and bland."
    evidence = weigh(text)
    assert evidence.negative > 0 and evidence.positive > 0


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("My grandmother sat through all of it without a word, which for her is the highest praise.", "positive"),
        ("The score will stay with you for a week.", "positive"),
        ("The closing scene had the whole family in tears.", "positive"),
        ("Got a seven-year-old at home? Show them this.", "positive"),
        ("Call it a melodrama if you like; I mean that as a compliment.", "positive"),
        ("Honestly, after all the fuss, it did not disappoint.", "positive"),
        ("A sequel like this is best avoided.", "negative"),
        ("For me, one viewing was more than enough.", "negative"),
    ],
)
def test_verdicts_said_sideways(text: str, label: str) -> None:
    assert label_of(weigh(text))[0] == label


def test_a_winner_needs_its_article() -> None:
    assert [c[0] for c in weigh("The Oscar winner plays the aunt.").cues if c[0] != "vader"] == []
    assert label_of(weigh("Put the two together and you have got a winner."))[0] == "positive"


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("The composer's theme is one of the great movie waltzes.", "one of the great"),
        ("The whole second hour bores me to tears.", "bores me to tears"),
        ("The old sidekick, stealing every scene he is in.", "stealing every scene"),
        ("And the lead, never better, carries it.", "never better"),
    ],
)
def test_verdict_phrases_are_read_whole(text: str, cue: str) -> None:
    assert cue in [c[0] for c in weigh(text).cues]


def test_liking_it_less_is_no_praise() -> None:
    evidence = weigh("On a second viewing I liked it even less.")
    assert label_of(evidence)[0] == "negative"
    assert "I liked it even less" in [c[0] for c in evidence.cues]
