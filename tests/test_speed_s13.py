"""Speed paths of the thirteenth session (issue 12, "0.8x bare nlp.pipe"): each gives what the
slower form gave.

The word gates in front of full-text scans (``extract.nlp.gates``) are checked on every tune
review and seed page and on sentences written for these tests: wherever the pattern matches,
its gate lets the text through.
"""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest

from extract import titles
from extract.nlp import (
    characters,
    maker_surnames,
    realness,
    relations,
    reviewed_credits,
    siblings,
    work_extras,
    work_next,
    work_slots,
)
from extract.nlp.gates import case_blind_view, holds_any
from tests.test_speed_s7 import fixture_texts

# texts that exercise the patterns (written for these tests)
_HANDMADE = [
    "As Mara Quinn wrote in her review, the ending drags. Tom Vale over at Reel Notes said it well.",
    "My friend Jonas posted about it. Ruth from Frame Rate has a piece on it. Lena's write-up is great.",
    "I strongly recommend it. You should watch Night Harbour; check it out. You'd love it. A must-see.",
    "I'd RECOMMEND it. We Recommend it. It is based on a novel, adapted from a play, an adaptation of a story.",
    "Cast: Rhea Voss, Tom Lusk, Sting, Ned Arle\nDirector: Pia Holm",
    "Stars: Kyle Norden, Sting, Sean Yarrow",
    "Fun Size Review: The Kid (1921)",
    "Film Club | Night Harbour",
    "Review – Second Harbour",
    "Week 3 - The Long Pier",
    "Weir's Picnic at Hanging Rock is eerie; any Lynch film will do; De Niro and Pacino; a Weir production.",
    "Directed by: Ida Brandt\nDIRECTOR: Pia Holm, réalisateur : Jean Roux; Dir. Sam Lee",
    "This documentary is long. Ana Reyes's new doc is better. Documentaries about music bore me.",
    "Next up: Night Harbour. Up next: The Long Pier\nComing soon: Second Harbour. Tomorrow: Heat",
    "Signs is still his best. Heat was Mann's finest. Enemy remains their strangest.",
    "Night Harbour is a quiet film. Second Harbour wasn't the sequel. The score, a SONG, the Band's Track sings.",
    "The cinematographer Ana Reyes and composer Bo Ek; songwriters Lia Ma and Ed Oh; DP Kai Mori.",
]


def _texts() -> list[str]:
    return [*_HANDMADE, *fixture_texts()]


TEXTS = _texts()
Gate = Callable[[str], bool]


def _lines(texts: list[str]) -> list[str]:
    return [line for text in texts for line in text.splitlines() if line.strip()]


GATES: list[tuple[str, re.Pattern[str], Gate]] = [
    (
        "cites",
        relations._CITE,
        lambda text: any(w in text for w in relations._CITE_WORDS) or bool(relations._AT_OR_FROM.search(text)),
    ),
    ("recommends", relations._RECOMMEND, lambda text: holds_any(case_blind_view(text), relations._RECOMMEND_WORDS)),
    ("adapted", relations._ADAPTED, lambda text: holds_any(case_blind_view(text), relations._ADAPTED_WORDS)),
    ("post-title label", titles._LABEL, lambda text: any(mark in text for mark in titles._LABEL_MARKS)),
    ("maker possessive", maker_surnames._POSSESSIVE_TITLE, lambda text: "'s" in text or "’s" in text),
    ("maker film noun", maker_surnames._FILM_NOUN, lambda text: any(n in text for n in maker_surnames._FILM_NOUNS)),
    ("maker joined", maker_surnames._JOINED, lambda text: "and" in text or "&" in text),
    (
        "credit line",
        reviewed_credits._CREDIT_LINE,
        lambda text: holds_any(case_blind_view(text), reviewed_credits._CREDIT_WORDS),
    ),
    ("documentary", realness._DOCUMENTARY, lambda text: "doc" in text or "Doc" in text),
    ("next up", work_next._NEXT_LABEL, lambda text: any(w in text for w in work_next._LABEL_WORDS)),
    (
        "maker's best",
        work_slots._MAKERS_BEST,
        lambda text: any(v in text for v in work_slots._BEST_VERBS) and any(o in text for o in work_slots._BEST_OWNERS),
    ),
    ("predicate", siblings._PREDICATE, siblings._holds_predicate_words),
    ("music", work_extras._MUSIC, lambda text: holds_any(case_blind_view(text), work_extras._MUSIC_WORDS)),
    ("trades", characters.TRADE_NAMES, lambda text: any(tail in text for tail in characters._TRADE_TAILS)),
]


@pytest.mark.parametrize(("name", "pattern", "gate"), GATES, ids=[name for name, _, _ in GATES])
def test_a_gate_lets_through_every_text_its_pattern_matches(name: str, pattern: re.Pattern[str], gate: Gate) -> None:
    texts = _lines(TEXTS) if pattern is titles._LABEL else TEXTS  # a label opens a title line
    matched = [text for text in texts if pattern.search(text)]
    assert matched, f"{name}: no text to check the gate on"
    assert [text[:60] for text in matched if not gate(text)] == []


def test_a_case_blind_view_is_the_lower_cased_text_unless_re_i_ties_a_character_to_ascii() -> None:
    assert case_blind_view("I Recommend “Heat”") == "i recommend “heat”"
    for twin in "ßİıſ\u212a\ufb01":  # re.I matches these to ASCII letters ("ſ" is an "s")
        assert case_blind_view(f"a {twin} b") is None
    assert relations._RECOMMEND.search("I recommend it")
    assert relations._RECOMMEND.search("I recommend it".replace("c", "C"))
    assert not holds_any(case_blind_view("A fine film."), relations._RECOMMEND_WORDS)
    assert holds_any(None, relations._RECOMMEND_WORDS)


def test_gated_relations_and_labels_answer_as_before() -> None:
    assert titles.label_end("Fun Size Review: The Kid (1921)") == 17
    assert titles.label_end("The Kid (1921)") == 0
    assert titles.label_end("Film Club | Night Harbour") == 12
    # one full name after a label: no one-word stage name is taken; two: "Sting" is
    assert [n for _, _, n in characters.credit_names("Stars: Kyle Norden, Sting", stage_names=True)] == ["Kyle Norden"]
    assert [n for _, _, n in characters.credit_names("Stars: Kyle Norden, Sting, Sean Yarrow", stage_names=True)] == [
        "Kyle Norden",
        "Sean Yarrow",
        "Sting",
    ]
