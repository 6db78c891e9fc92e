"""Comparison forms of the thirteenth session (issue 12, classes 2 and 3), each written for these
tests in the shape real reviews and comment threads use.

An end the sentence itself calls a work right after naming it ("Kestrel Road is the better film",
"Lantern Hill, which is the same movie with more crying", "Ferrywood, the sequel,") is attested
even when it is one word a cue slot found once (``extract.nlp.end_evidence``).
"""

from __future__ import annotations

import pytest

from extract.nlp.end_evidence import attested
from extract.records import Mention


def _one_word_end(text: str, name: str) -> Mention:
    start = text.index(name)
    return Mention(name, name, "film", "c1", start, start + len(name), rule="cue-slot")


@pytest.mark.parametrize(
    "text, name",
    [
        ("Ferrywood is the better film for me, tighter and warmer.", "Ferrywood"),
        ("Better than Lanternhill though, which is the same movie with more crying.", "Lanternhill"),
        ("Skiffs was the 1998 TV remake and it is even worse.", "Skiffs"),
        ("Skip Ferrywood, the sequel, which is a bad video game.", "Ferrywood"),
        ("Ferrywood is the better Corman knock-off.", "Ferrywood"),
    ],
)
def test_a_name_the_sentence_calls_a_work_after_it_is_attested(text: str, name: str) -> None:
    assert attested(name, [_one_word_end(text, name)], text) is True


@pytest.mark.parametrize(
    "text, name",
    [
        ("The chair is basically Calcifer.", "Calcifer"),
        ("Calcifer is the best character in it.", "Calcifer"),
        ("Ferrywood is a film-maker I admire.", "Ferrywood"),
        ("Ferrywood is just the director for this.", "Ferrywood"),
    ],
)
def test_a_name_no_work_noun_follows_stays_unattested(text: str, name: str) -> None:
    assert attested(name, [_one_word_end(text, name)], text) is False
