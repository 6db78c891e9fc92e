"""The sixth session's speed paths (S1) answer exactly what the slower code answered."""

from __future__ import annotations

from extract.nlp.context import Unit, is_title_case
from extract.nlp.spans import SpanIndex
from extract.nlp.textnorm import Token, token, token_keys, tokenize, word_key
from extract.nlp.work_text import run_around, title_run


def test_a_token_carries_its_match_key() -> None:
    tokens = tokenize("The Colour of Jonze’s HER-esque films")
    assert [t.key for t in tokens] == [word_key(t.text) for t in tokens]
    assert [t.key for t in tokens] == ["the", "color", "of", "jonze", "'s", "her-esque", "films"]
    assert token("Colour", 4, 10) == Token("Colour", 4, 10, "color")
    # a suffix split by the unit keeps keys on both halves
    unit = Unit("body", "a Blade Runner-esque city")
    assert [(t.text, t.key) for t in unit.tokens][2:4] == [("Runner", "runner"), ("-esque", "-esque")]


def test_token_keys_are_the_same_cached_or_not() -> None:
    long_name = "The " + "Very " * 40 + "Long Title"  # over the cache's length limit
    assert token_keys("Harry Potter and the Prisoner of Azkaban") == (
        "harry",
        "potter",
        "and",
        "the",
        "prisoner",
        "of",
        "azkaban",
    )
    assert token_keys("Harry Potter and the Prisoner of Azkaban") is token_keys(
        "Harry Potter and the Prisoner of Azkaban"
    )
    assert token_keys(long_name) == ("the", *["very"] * 40, "long", "title")


def test_is_title_case_keeps_its_word_rules() -> None:
    assert is_title_case("The Lord of the Rings".split())
    assert not is_title_case("the Lord of the Rings".split())  # the first word counts even when small
    assert not is_title_case([])
    assert is_title_case(["A", "Bug's", "Life"]) and is_title_case(["12", "Angry", "Men"])
    assert not is_title_case("One day".split())
    assert is_title_case(["“Her”", "(2013)"])  # a word that opens with no letter or digit is skipped
    words = ["a", "B", "a"]  # one-letter strings are shared objects: a repeated "a" is words[0] again
    assert not is_title_case(words)


def test_title_runs_and_runs_around_a_match() -> None:
    text = "I watched Ghost in the Shell and The Lost City of Z.\nNext Day"
    unit = Unit("body", text)
    tokens = unit.tokens
    first = next(i for i, t in enumerate(tokens) if t.text == "Ghost")
    run = " ".join(t.text for t in tokens[first : title_run(tokens, first, text)])
    assert run == "Ghost in the Shell and The Lost City of Z."  # joining words lead on; the line break ends it
    alone = tokenize("Ghost in the Shell twice")
    assert title_run(alone, 0, "Ghost in the Shell twice") == 4
    lost = text.index("Lost")
    assert text[slice(*run_around(unit, lost, lost + len("Lost")))] == "The Lost City"  # capitals on both sides
    z = text.index("Z.")
    assert run_around(unit, z, z + 1) == (z, z + 1)  # "Z." is one token (an initial): no token ends after "Z"
    shell = text.index("Shell")
    assert text[slice(*run_around(unit, shell, shell + 5))] == "Shell"  # one small word joins a run, not two
    day = text.index("Day")
    assert text[slice(*run_around(unit, day, day + 3))] == "Next Day"  # not across the line break


def test_span_index_answers_as_before() -> None:
    index = SpanIndex([(10, 20), (0, 5), (12, 14)])
    assert index.starts == [0, 10, 12] and index.max_end == [5, 20, 20]
    assert index.overlaps(4, 6) and not index.overlaps(5, 10) and index.covering(19) and not index.covering(20)
    empty = SpanIndex([])
    assert not empty.overlaps(0, 100) and not empty.covering(0)
