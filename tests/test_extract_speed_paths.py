"""The extractor's fast paths give what the plain ones gave: title search, verdict words, tags, sentences."""

from __future__ import annotations

import random
import re

from extract.nlp.context import Unit
from extract.nlp.extractor import _occurrences
from extract.nlp.parsing import load_nlp
from extract.nlp.stance import weigh
from extract.nlp.verdicts import _WORD, _tables, _word_pattern, find_cues


def _regex_occurrences(text: str, title: str) -> list[tuple[str, int, int]]:
    pattern = re.compile(r"(?<![\w’'])" + re.escape(title) + r"(?![\w’'])", re.I)
    return [(m.group(), m.start(), m.end()) for m in pattern.finditer(text)]


def test_title_search_finds_what_the_case_blind_pattern_finds() -> None:
    rng = random.Random(7)
    letters = "aAbB _'’.-x1é"
    for _ in range(20_000):
        text = "".join(rng.choice(letters) for _ in range(rng.randint(0, 14)))
        title = "".join(rng.choice("aAbBx _.'") for _ in range(rng.randint(1, 3)))
        found = [(f.text, f.begin, f.finish) for f in _occurrences(text, title)]
        assert found == _regex_occurrences(text, title), (text, title)


def test_title_search_skips_words_that_only_contain_the_title() -> None:
    text = "Her came out in 2013; HERO did not, and neither did 'Her' or Her's sequel. her"
    assert [(f.text, f.begin) for f in _occurrences(text, "Her")] == [("Her", 0), ("her", 75)]


def test_verdict_words_pattern_finds_the_table_words() -> None:
    words, _ = _tables()
    text = "Dull-ish, DULL. Brilliant'ly brilliant -gorgeous gorgeous_ großartig GROßARTIG clichéd"
    by_table = [(m.start(), m.end()) for m in _WORD.finditer(text) if m.group().lower() in words]
    by_pattern = [(m.start(), m.end()) for m in _word_pattern().finditer(text) if m.group().lower() in words]
    assert by_pattern == by_table
    assert [c.text for c in find_cues("It was dull, then BRILLIANT, and großartig.")] == [
        "dull",
        "BRILLIANT",
        "großartig",
    ]


def test_rating_lines_still_carry_no_verdict() -> None:
    # a rating line is no prose, whatever words it holds; the same words in prose count
    assert weigh("4/5 - great fun").cues == []
    assert [c[0] for c in weigh("A great film. Truly great.").cues][:1] == ["A great film"]  # the verdict noun phrase


def test_part_of_speech_lookup_reads_each_token() -> None:
    nlp = load_nlp()
    text = "The cat sat.  Then it slept on the mat."
    unit = Unit("body", text)
    unit.docs = [(0, nlp(text[:14])), (14, nlp(text[14:]))]
    expected = {}
    for offset, doc in unit.docs:
        for token in doc:
            for position in range(offset + token.idx, offset + token.idx + len(token.text)):
                expected[position] = token.pos_
    assert [unit.pos_at(p) for p in range(len(text) + 2)] == [expected.get(p) for p in range(len(text) + 2)]


def test_sentences_are_cut_once_and_handed_out_as_copies() -> None:
    unit = Unit("body", "One. Two!\nThree")
    first = unit.sentences()
    first.append((99, 100))
    assert unit.sentences() == [(0, 5), (5, 9), (10, 15)]
