"""Comparison forms of the eleventh session (issue 12, classes 2 and 3), each a sentence written
for these tests in the shape real reviews use: a degree inside "reminded me of", a title that
opens with a gerund after "like", a verbless "Title with ..." whose title holds small words, a
work's forerunner named by a noun ("a dry run for X"), "still no X", and a comparison's end a
comment names once that the review named too.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from base.vocab import Rel
from extract.nlp.cues import find_cues
from extract.nlp.end_evidence import attested, keep_attested, units_naming
from extract.nlp.extractor import EntityExtractor
from extract.nlp.parsing import load_nlp
from extract.nlp.relations import UnitFacts, _lone_lines, _sections
from extract.records import Mention, PageEntities, Relation
from extract.text_reader import parse_text_page

MOON = "Review: Moon (2009)"


def _extract(extractor: EntityExtractor, body: str, comments: str = "") -> PageEntities:
    text = f"{MOON}\n\nPosted on June 1, 2010 by Ida Brandt\n\n{body}\n{comments}"
    return extractor.extract(parse_text_page(text, "case.txt"))


def _pairs(entities: PageEntities) -> set[frozenset[str]]:
    return {frozenset((r.source, r.target)) for r in entities.relations if r.type == Rel.COMPARED_TO}


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_nlp()


def _cue(nlp: Language, text: str, word: str) -> tuple[str, str, str] | None:
    """(name, shape, polarity) of the cue that spans ``word`` in ``text``, or None."""
    at = text.index(word)
    found = [c for c in find_cues([(0, nlp(text))]) if c.start <= at < c.end]
    return (found[0].name, found[0].shape, found[0].polarity) if found else None


@pytest.mark.parametrize(
    ("sentence", "word", "cue"),
    [
        ("It reminded me a lot of Silent Running.", "reminded", ("remind", "object", "similar")),
        ("It reminds me so much of Solaris that I checked.", "reminds", ("remind", "object", "similar")),
        ("The middle plays like Waiting for Godot in a van.", "like", ("like", "object", "similar")),
        ("It feels like a dry run for Interstellar.", "dry", ("version", "object", "neutral")),
        ("It was a come-down from Duncan Jones's debut.", "come", ("version", "object", "neutral")),
        ("Fun enough, but still no Solaris.", "still", ("is-no", "adjacent", "right preferred")),
        ("Withnail and I with a lunar rover.", "with", ("fragment-with", "suffix", "similar")),
        ("It is the granddaddy of every Duncan Jones film.", "granddaddy", ("original", "object", "neutral")),
    ],
)
def test_the_lexicon_reads_the_form(nlp: Language, sentence: str, word: str, cue: tuple[str, str, str]) -> None:
    assert _cue(nlp, sentence, word) == cue


def test_a_gerund_after_like_in_lower_case_is_an_analogy(nlp: Language) -> None:
    assert _cue(nlp, "Watching it is like taking a long nap on a moon.", "like") is None


def test_a_degree_inside_reminded_me_of_pairs_the_film(extractor: EntityExtractor) -> None:
    body = "Sam Rockwell is alone on the base for three years. It reminds me so much of Solaris that I checked."
    assert frozenset(("Moon", "Solaris")) in _pairs(_extract(extractor, body))


def _mention(name: str, text: str, unit: str, rule: str = "cue-slot") -> Mention:
    start = text.index(name)
    return Mention(name, name, "film", unit, start, start + len(name), rule=rule)


def test_a_one_word_end_another_unit_names_is_attested() -> None:
    comment = "Still better than Dominion, at least."
    body = "The sequels ran out of ideas; Dominion most of all."
    in_comment = _mention("Dominion", comment, "c1")
    in_body = _mention("Dominion", body, "body", rule="gazetteer-word")
    assert not attested("Dominion", [in_comment], comment)
    assert attested("Dominion", [in_comment], comment, elsewhere=True)
    named_in = units_naming([in_comment, in_body])
    assert named_in == {"Dominion": frozenset({"c1", "body"})}
    edge = Relation(Rel.COMPARED_TO, "Rebirth", "Dominion", "c1", comment, start=0, end=len(comment))
    assert keep_attested([edge], [in_comment], comment, "Rebirth") == []
    assert keep_attested([edge], [in_comment], comment, "Rebirth", {"Dominion"}) == [edge]


_COMMENT = "\n1 comment:\n\nRavi Menon said...\n\nGood review. {}\n\nJune 2, 2010 at 9:14 PM\n"


def test_if_you_liked_another_work_keeps_that_work_as_the_compared_one(extractor: EntityExtractor) -> None:
    comment = _COMMENT.format("If you liked Solaris, watch this next, it is as lonely.")
    assert _pairs(_extract(extractor, "Sam Rockwell is alone on the base.", comment)) == {
        frozenset(("Moon", "Solaris"))
    }


def _lines_facts(text: str, names: list[str]) -> UnitFacts:
    mentions = [_mention(name, text, "body", rule="gazetteer") for name in names]
    return UnitFacts("body", text, None, [(0, len(text))], mentions)


def test_a_bare_name_on_its_own_line_opens_no_section() -> None:
    """A streaming service under "Where to watch:" is furniture, not a list post's next heading:
    "it" after it stays the reviewed film."""
    text = "Moon (2009)\nWhere to watch:\nStarlight Plus\n\nIt plays like Silent Running on a budget.\n"
    facts = _lines_facts(text, ["Moon", "Starlight Plus"])
    works = {"Moon", "Starlight Plus"}
    assert _sections(facts, _lone_lines(facts, works)) == []


def test_a_label_in_capitals_opens_no_section() -> None:
    text = (
        "MOON (2009)\nA film by Duncan Jones.\nPLOT SUMMARY:\nA man alone on a base.\n\nIt plays like Silent Running.\n"
    )
    facts = _lines_facts(text.replace("PLOT SUMMARY", "Plot Summary").replace("MOON", "Moon"), ["Moon", "Plot Summary"])
    facts.text = text
    assert _sections(facts, _lone_lines(facts, {"Moon", "Plot Summary"})) == []


def test_marked_headings_open_a_list_posts_sections() -> None:
    text = "1. Moon (2009)\nA man alone on a base.\n\n2. SOLARIS\nA man alone on a station.\n"
    facts = _lines_facts(text.replace("SOLARIS", "Solaris"), ["Moon", "Solaris"])
    facts.text = text
    assert _sections(facts, _lone_lines(facts, {"Moon", "Solaris"})) == [(0, "Moon"), (text.index("2."), "Solaris")]
