"""COMPARED_TO from the cue lexicon (extract/nlp/cues.py) and the pairing rules (relations.py).

One sentence per cue form, written for this test; each names the pairs (either direction) the
extractor must find. Review pages are titled "Review: Moon (2009)" unless the case says otherwise.
"""

from __future__ import annotations

import pytest

from base.vocab import Rel
from extract.nlp.co_mentions import EXTRACTOR as CO_MENTION
from extract.nlp.cues import find_cues
from extract.nlp.extractor import EntityExtractor
from extract.records import PageEntities
from extract.text_reader import parse_text_page

MOON = "Review: Moon (2009)"


def _extract(extractor: EntityExtractor, body: str, title: str = MOON, comments: str = "") -> PageEntities:
    text = f"{title}\n\nPosted on June 1, 2010 by Ida Brandt\n\n{body}\n"
    if comments:
        text += f"\n2 thoughts on “{title}”\n\n{comments}\n"
    return extractor.extract(parse_text_page(text, "case.txt"))


def _pairs(entities: PageEntities) -> set[frozenset[str]]:
    """The pairs the cue rules give: these tests read the cue lexicon and the pairing rules. The
    co-mention pass (extract/nlp/co_mentions.py, its own extractor name) pairs every other work
    its sentence does not frame otherwise; tests/test_comparisons_s8.py reads that pass."""
    return {
        frozenset((r.source, r.target))
        for r in entities.relations
        if r.type == Rel.COMPARED_TO and r.extractor != CO_MENTION
    }


def _pair(a: str, b: str) -> frozenset[str]:
    return frozenset((a, b))


# (cue form, body, expected pairs)
CASES = [
    ("reminds me of", "Halfway through, it reminded me of Solaris.", {("Moon", "Solaris")}),
    ("recalls", "The long silences recall Silent Running.", {("Moon", "Silent Running")}),
    ("echoes", "Its lonely score echoes Vertigo.", {("Moon", "Vertigo")}),
    ("evokes", "Every white corridor evokes Alien.", {("Moon", "Alien")}),
    ("owes a debt to", "It owes an obvious debt to Outland.", {("Moon", "Outland")}),
    ("homage to", "The ending is a homage to Solaris.", {("Moon", "Solaris")}),
    ("a riff on", "The plot is a sly riff on Rashomon.", {("Moon", "Rashomon")}),
    ("a version of", "This is a gentler version of Gattaca.", {("Moon", "Gattaca")}),
    ("X meets Y", "Moon meets Gattaca, but quieter.", {("Moon", "Gattaca")}),
    ("it is X meets Y", "It is Alien meets Gattaca, on a mining base.", {("Moon", "Alien"), ("Moon", "Gattaca")}),
    (
        "a cross between",
        "Think of it as a cross between Solaris and Silent Running.",
        {
            ("Moon", "Solaris"),
            ("Moon", "Silent Running"),
        },
    ),
    ("combining X with Y", "It works by combining Outland with Gattaca.", {("Moon", "Outland"), ("Moon", "Gattaca")}),
    ("in the vein of", "A small chamber piece in the vein of Solaris.", {("Moon", "Solaris")}),
    ("in X's footsteps", "Following in Alien's footsteps, the film hides its threat.", {("Moon", "Alien")}),
    ("-esque", "The mining base looks very Alien-esque.", {("Moon", "Alien")}),
    ("better than", "Honestly it is better than Gattaca.", {("Moon", "Gattaca")}),
    ("worse than", "Sadly it is worse than Gattaca.", {("Moon", "Gattaca")}),
    ("not as ... as", "It is not as clever as Primer, though.", {("Moon", "Primer")}),
    ("the best ... since", "The best space film since Gattaca.", {("Moon", "Gattaca")}),
    ("on par with", "For me it sits on par with Solaris.", {("Moon", "Solaris")}),
    ("a new X", "Some critics called it a new Alien.", {("Moon", "Alien")}),
    ("it's no X", "But it's no Solaris.", {("Moon", "Solaris")}),
    ("compared to", "Compared to Gattaca it feels warm.", {("Moon", "Gattaca")}),
    ("like X", "Like Solaris, it is a film about grief.", {("Moon", "Solaris")}),
    ("X did it better", "Silent Running did this so much better.", {("Moon", "Silent Running")}),
    (
        "nowhere near as ... as this one",
        "Silent Running is nowhere near as moving as this one.",
        {("Moon", "Silent Running")},
    ),
    ("such as", "It belongs with films such as Primer and Gattaca.", {("Moon", "Primer"), ("Moon", "Gattaca")}),
    ("by way of", "It is Solaris by way of Alien.", {("Moon", "Solaris"), ("Moon", "Alien")}),
    ("would rather watch", "I would rather watch Gattaca again.", {("Moon", "Gattaca")}),
    (
        "a list of three after a cue",
        "It recalls Solaris, Silent Running and Outland.",
        {
            ("Moon", "Solaris"),
            ("Moon", "Silent Running"),
            ("Moon", "Outland"),
        },
    ),
    ("the subject of a comparative", "Outland is far better than it has any right to be.", {("Moon", "Outland")}),
]


@pytest.mark.parametrize(("form", "body", "expected"), CASES, ids=[c[0] for c in CASES])
def test_cue_form_gives_its_pairs(
    extractor: EntityExtractor, form: str, body: str, expected: set[tuple[str, str]]
) -> None:
    assert _pairs(_extract(extractor, body)) == {_pair(a, b) for a, b in expected}, form


def test_two_works_compared_whatever_the_reviewed_work(extractor: EntityExtractor) -> None:
    """The pair does not wait for a reviewed work (the subject of the one comparison may weakly
    become it: tests/test_reviewed_body.py)."""
    entities = _extract(extractor, "Ronin is far better than Heat in its car chases.", title="Notes from a long week")
    relations = [r for r in entities.relations if r.type == Rel.COMPARED_TO]
    assert [(r.source, r.target, r.polarity) for r in relations] == [("Ronin", "Heat", "this preferred")]


def test_x_meets_y_without_a_reviewed_work(extractor: EntityExtractor) -> None:
    entities = _extract(extractor, "Outland meets Gattaca, more or less, on a budget.", title="Weekend notes")
    assert _pairs(entities) == {_pair("Outland", "Gattaca")}


def test_comparison_in_a_comment_is_the_commenter_s(extractor: EntityExtractor) -> None:
    comments = "  1. Wes Abara says:\n\n    For me it is Alien meets Gattaca.\n"
    entities = _extract(extractor, "A lonely film about a man on a base.", comments=comments)
    found = {(r.source, r.target, r.by, r.unit) for r in entities.relations if r.type == Rel.COMPARED_TO}
    assert found == {("Moon", "Alien", "Wes Abara", "c1"), ("Moon", "Gattaca", "Wes Abara", "c1")}


@pytest.mark.parametrize(
    ("body", "polarity"),
    [
        ("Honestly it is better than Gattaca.", "this preferred"),
        ("Sadly it is worse than Gattaca.", "other preferred"),
        ("Silent Running is nowhere near as moving as this one.", "this preferred"),
        ("Silent Running did this so much better.", "other preferred"),
        ("But it's no Solaris.", "other preferred"),
        ("The best space film since Gattaca.", "ranking"),
    ],
)
def test_polarity_is_seen_from_the_reviewed_work(extractor: EntityExtractor, body: str, polarity: str) -> None:
    relations = [r for r in _extract(extractor, body).relations if r.type == Rel.COMPARED_TO]
    assert [(r.source, r.polarity) for r in relations] == [("Moon", polarity)]


@pytest.mark.parametrize(
    "body",
    [
        "I like Gattaca a lot, and I saw it again last week.",  # "like" the verb
        "Sam Rockwell is like a young Jack Lemmon here.",  # a person, not a work
        "Her role here is more profound than her turn as a nurse in the first act of Gattaca.",  # too far
    ],
)
def test_no_comparison_without_a_governing_cue(extractor: EntityExtractor, body: str) -> None:
    assert _pairs(_extract(extractor, body)) == set()


def test_cues_carry_shape_and_polarity(extractor: EntityExtractor) -> None:
    doc = extractor.nlp("It is a cross between Alien and Jaws, and worse than Heat.")
    assert [(c.name, c.shape, c.polarity) for c in find_cues([(0, doc)])] == [
        ("between", "between", "similar"),
        ("worse-than", "object", "right preferred"),
    ]
