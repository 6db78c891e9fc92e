"""Stance, seventh session (F2): one verdict lexicon and scorer, the middling rating read with
the text, VADER only where the verdict phrases say too little. Sentences in our own words."""

from __future__ import annotations

import pytest

from extract.nlp import stance
from extract.nlp.verdicts import find_cues


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        # a phrase of the sideways-verdict section against a longer one of the older sections
        ("Honestly it is the best film I have seen all winter.", [("the best film I have seen", 1)]),
        ("There is a great film somewhere in here, under the noise.", [("a great film somewhere in here", 0)]),
        # and the other way round: the longer sideways form over a shorter older phrase
        ("Skip it? No: I'd watch it again tomorrow.", [("Skip it", -1), ("I'd watch it again", 1)]),
    ],
)
def test_where_phrases_overlap_the_longer_wins(sentence: str, found: list[tuple[str, int]]) -> None:
    assert [(c.text, c.polarity) for c in find_cues(sentence)] == found


@pytest.mark.parametrize(
    "sentence",
    ["Give it a wide berth; it is a dreary little film.", "Pleasant enough, and I have seen worse. Rent it."],
)
def test_stance_reads_its_phrases_from_the_one_lexicon(sentence: str) -> None:
    # stance keeps no table of its own: outside irony, scare quotes and story people, its cues are the lexicon's
    assert [(c.text, c.polarity, c.strength) for c in stance.sentence_cues(sentence)] == [
        (c.text, c.polarity, c.strength) for c in find_cues(sentence)
    ]
    assert len(find_cues(sentence)) >= 2
