"""Reviewed work, eighth session (RS): one lexicon of the critic's viewing verbs for the three places a
page says what was seen (before a title in the body, after "I" or "we" in the opening, in a headline).
Sentences in our own words."""

from __future__ import annotations

import pytest

from extract.nlp import reviewed


@pytest.mark.parametrize(
    ("headline", "title"),
    [
        ("Finally got round to Ronin", "Ronin"),  # "got round to" was read only in the body
        ("Just re-watched Heat and it holds", "Heat"),
    ],
)
def test_a_headline_says_what_the_critic_saw(headline: str, title: str) -> None:
    assert reviewed._seen_title(headline) == title


@pytest.mark.parametrize(
    ("opening", "runs"),
    [
        ("Last night we seen Heat at the Rio, on a print older than me.", ["Heat at the Rio"]),  # "seen" as spoken
        ("I got round to Ronin at last.", ["Ronin"]),
        ("I sat down with Vertigo after dinner.", ["Vertigo"]),
    ],
)
def test_the_opening_says_what_the_critic_saw(opening: str, runs: list[str]) -> None:
    assert [m.group(1) for m in reviewed._VIEWED_IN_OPENING.finditer(opening)] == runs


def test_the_three_places_share_one_lexicon() -> None:
    for pattern in (reviewed._VIEWED, reviewed._VIEWED_IN_OPENING, reviewed._SEEN_IN_HEADLINE):
        assert reviewed._VIEWING in pattern.pattern
