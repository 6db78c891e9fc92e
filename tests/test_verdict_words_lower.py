"""Verdict words found on a lower-cased ASCII text match those the case-blind pattern finds."""

from __future__ import annotations

from extract.nlp import verdicts


def _spans(pattern_text: str, lowered: bool) -> list[tuple[int, int]]:
    if lowered:
        pattern = verdicts._lower_word_pattern()
        assert pattern is not None
        return [m.span() for m in pattern.finditer(pattern_text.lower())]
    return [m.span() for m in verdicts._word_pattern().finditer(pattern_text)]


def test_same_spans_in_any_case() -> None:
    text = "BRILLIANT, Boring and dull-ish; a Masterpiece? Awful. tedious-looking, Superb!"
    assert _spans(text, True) == _spans(text, False)
    assert _spans(text, True)  # it finds words at all


def test_cues_keep_the_text_as_written() -> None:
    cues = verdicts.find_cues("It was BRILLIANT but Tedious.")
    assert [c.text for c in cues if c.text.lower() in {"brilliant", "tedious"}] == ["BRILLIANT", "Tedious"]


def test_non_ascii_text_takes_the_case_blind_pattern() -> None:
    assert [c.text for c in verdicts.find_cues("Café scene: BRILLIANT.")] == [
        c.text for c in verdicts.find_cues("Cafe scene: BRILLIANT.")
    ]
