"""Comparison forms of the thirteenth session (issue 12, classes 2 and 3), each written for these
tests in the shape real reviews and comment threads use.

An end the sentence itself calls a work right after naming it ("Kestrel Road is the better film",
"Lantern Hill, which is the same movie with more crying", "Ferrywood, the sequel,") is attested
even when it is one word a cue slot found once (``extract.nlp.end_evidence``).

From blind17's first run: "a new X" needs its X; a causative "made" ("the mystery that made Solaris
so haunting") is no maker's film; a label line a title opens with its year ("Silent Running -
1972: reviewed last month") is an archive entry; a film a cinema in the story is showing is part
of it; "both owe it a great deal" is a debt of both.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from extract.nlp.co_mentions import frame_of
from extract.nlp.cues import find_cues
from extract.nlp.end_evidence import attested
from extract.nlp.extractor import EntityExtractor
from extract.nlp.parsing import load_nlp
from extract.nlp.relations import UnitFacts
from extract.records import Mention, PageEntities
from extract.text_reader import parse_text_page
from tests.test_comparisons_s12 import _pairs


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


# blind17's first run (the thirteenth session's honest errors), each form in own words: "a new X"
# needs its X ("a modern masterpiece" names none); "made" as a causative is no maker's film; a
# label line opening with a title and its year is an archive entry; a film a cinema in the story is
# showing is part of the story; "both owe it a great deal" is a debt.
MOON = "Review: Moon (2009)"


def _extract(extractor: EntityExtractor, body: str) -> PageEntities:
    text = f"{MOON}\n\nPosted on June 1, 2010 by Ida Brandt\n\nMoon is a quiet film about a base. {body}\n"
    return extractor.extract(parse_text_page(text, "case.txt"))


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_nlp()


@pytest.mark.parametrize(
    "sentence, cue",
    [
        ("I think Gravity is a modern masterpiece.", None),
        ("It is a new Alien for the streaming age.", "a-new"),
        ("Oldboy has a kind of reckless energy.", "a-new"),
    ],
)
def test_a_new_needs_a_title_after_it(nlp: Language, sentence: str, cue: str | None) -> None:
    assert next((c.name for c in find_cues([(0, nlp(sentence))])), None) == cue


@pytest.mark.parametrize(
    "body, pairs",
    [
        ("It lacks the mystery that made Solaris so haunting.", {frozenset(("Moon", "Solaris"))}),
        ("It is by the man who made Solaris feel so cold, and it shows.", set()),
        ("I think Gravity is a modern masterpiece.", set()),
        (
            "Silent Running and Solaris both owe it a great deal.",
            {frozenset(("Moon", "Silent Running")), frozenset(("Moon", "Solaris"))},
        ),
    ],
)
def test_causative_made_and_debts(extractor: EntityExtractor, body: str, pairs: set[frozenset[str]]) -> None:
    assert _pairs(_extract(extractor, body)) == pairs


def _facts(text: str, name: str) -> tuple[UnitFacts, Mention]:
    start = text.index(name)
    mention = Mention(name, name, "film", "body", start, start + len(name), rule="gazetteer")
    return UnitFacts("body", text, None, [(0, len(text))], [mention]), mention


@pytest.mark.parametrize(
    "text, name, frame",
    [
        ("Silent Running - 1972: reviewed last month, see the archive.", "Silent Running", "heading"),
        ("Silent Running (Sweden) – Rated by Tove K.", "Silent Running", "heading"),
        ("Solaris (1972): the long drive is still the slowest scene I love.", "Solaris", "heading"),
        ("He runs a cinema that is showing Solaris all week.", "Solaris", "part"),
        ("Silent Running did the lonely-gardener idea better in 1972.", "Silent Running", None),
    ],
)
def test_label_lines_and_films_shown_in_the_story(text: str, name: str, frame: str | None) -> None:
    facts, mention = _facts(text, name)
    assert frame_of(facts, mention, (0, len(text))) == frame
