"""COMPARED_TO forms read in real reviews in the seventh session (docs/phrasing-catalogue.md,
section "F1, seventh session"), each a sentence written for this test that failed before its
rule, and sentences that must stay without a pair. Review pages are titled "Review: Moon (2009)"
unless the case says otherwise.
"""

from __future__ import annotations

import pytest

from extract.nlp.extractor import EntityExtractor
from extract.nlp.relations import _starts_work
from tests.test_comparisons import _extract, _pairs

THREE_DOLLARS = "Review: For a Few Dollars More (1965)"
TOP_GUN = "Review: Top Gun (1986)"
MOON = "Review: Moon (2009)"


def _expected(pairs: set[tuple[str, str]]) -> set[frozenset[str]]:
    return {frozenset(pair) for pair in pairs}


# (form, page title, body, expected pairs)
CASES = [
    (
        "'that one' takes up the other work of the sentence before, not the page's",
        "Review: The Good, the Bad and the Ugly (1966)",
        "Before this I rewatched A Fistful of Dollars. That one is basically Yojimbo with cowboy hats.",
        {("A Fistful of Dollars", "Yojimbo")},
    ),
    (
        "a relative clause after an object work: that work is its subject",
        THREE_DOLLARS,
        "It is a big step up from A Fistful of Dollars, which was basically Yojimbo in the desert.",
        {("For a Few Dollars More", "A Fistful of Dollars"), ("A Fistful of Dollars", "Yojimbo")},
    ),
    (
        "'the original' on a page about the first film, beside a later film of its series",
        TOP_GUN,
        "Half my friends swear Top Gun: Maverick is better than the original.",
        {("Top Gun", "Top Gun: Maverick")},
    ),
    (
        "a source named in running text: 'loosely based on X'",
        MOON,
        "It is loosely based on Solaris, the Lem novel.",
        {("Moon", "Solaris")},
    ),
    ("'adapted ... from X'", MOON, "Jones adapted it from the novel Solaris.", {("Moon", "Solaris")}),
    (
        "another work's debt: 'how much X took from it'",
        MOON,
        "You can see right away how much Gravity took from it.",
        {("Moon", "Gravity")},
    ),
    (
        "a copula then a work at once, lower case: 'it's just x in a spacesuit'",
        MOON,
        "it's just the talented mr. ripley in a spacesuit.",
        {("Moon", "The Talented Mr. Ripley")},
    ),
    (
        "a copula, a maker's possessive, then a work",
        MOON,
        "It's Ayn Rand's The Fountainhead with the selfishness taken out.",
        {("Moon", "The Fountainhead")},
    ),
    (
        "a bare comparative whose lower-case subject is a work the page names",
        "Review: Hard Boiled (1992)",
        "ok so i finally saw this. john woo is a genius. the killer has more heart though.",
        {("Hard Boiled", "The Killer")},
    ),
    (
        "'that one' again after its work's own cue: the subject is no object of itself",
        "Review: Hard Boiled (1992)",
        "ok so i finally saw this. john woo is a genius. the killer has more heart and the ending of that one wrecked "
        "me.",
        {("Hard Boiled", "The Killer")},
    ),
    (
        "a fronted 'where' clause after ', but'",
        MOON,
        "Jones loved Solaris too, but where Solaris is all fog and grief, this is sunlight and jokes.",
        {("Moon", "Solaris")},
    ),
    (
        "'that one' for a work named earlier in the same sentence, in a 'where' clause",
        MOON,
        "I had only seen Tarkovsky's Solaris before this, and where that one was all fog and grief, this is sunlight.",
        {("Moon", "Solaris")},
    ),
    (
        "'X is the one ...' in a later clause, then 'but this is the one'",
        MOON,
        "Alien is on the posters, and Blade Runner is the one that won the prizes, but this is the one I rewatch.",
        {("Moon", "Alien"), ("Moon", "Blade Runner")},
    ),
    (
        "a fronted 'where' clause set against another work, not the page's: those two are compared "
        "(tests/test_comparison_forms.py had it as no comparison; the gold README counts two works set "
        "against each other)",
        MOON,
        "Where Silent Running made grief mystical, Gattaca made it cold.",
        {("Silent Running", "Gattaca")},
    ),
    (
        "a comparative the tagger reads as a noun before 'than both of them'",
        MOON,
        "It came after the big space films, Solaris and Alien, and it's cleverer than both of them for leaving the "
        "monsters out.",
        {("Moon", "Solaris"), ("Moon", "Alien")},
    ),
    (
        "a conjoined clause with its own subject is no object of the cue before it",
        MOON,
        "Silent Running pulls off the same mix of dread and tenderness, and Solaris has its ghosts folded right into the plot.",
        {("Moon", "Silent Running")},
    ),
]


@pytest.mark.parametrize(("form", "title", "body", "expected"), CASES, ids=[c[0] for c in CASES])
def test_comparison_form(
    extractor: EntityExtractor, form: str, title: str, body: str, expected: set[tuple[str, str]]
) -> None:
    assert _pairs(_extract(extractor, body, title=title)) == _expected(expected), form


NOT_COMPARED: list[tuple[str, str, str, set[tuple[str, str]]]] = [
    (
        "a conjoined clause after pointers to the page's work ('the film', 'it'): still no list of titles",
        MOON,
        "Silent Running pulls off the same mix of dread and tenderness without stopping the film to do it, and "
        "Solaris has its ghosts folded right into the plot.",
        {("Moon", "Silent Running")},
    ),
    (
        "a bare comparative whose subject is a work: the work inside its span is no object",
        MOON,
        "Silent Running did the lonely-gardener idea with more heart decades ago, and Outland used the film Solaris "
        "and a mining base better.",
        {("Moon", "Silent Running"), ("Moon", "Outland")},
    ),
    ("a credits line 'Based on X by Y' is no comparison", MOON, "Based on Solaris by Stanislaw Lem", set()),
    (
        "'based on' whose object names no work ('her novel'): the source is unnamed, nothing compares",
        MOON,
        "Last week I also caught Gravity at the drive-in, based on nothing but a hunch of mine.",
        set(),
    ),
    (
        "a character likened to a part with 'is just': no comparison of the works",
        "Review: Twilight (2008)",
        "Bella Swan meets Edward Cullen at school. Edward is just Angel with a worse haircut and a stalking habit.",
        set(),
    ),
    (
        "a bare comparative whose lower-case subject is no work",
        MOON,
        "the acting has more warmth than the script deserves, and the station looks lived in.",
        set(),
    ),
    (
        "'like' as a verb with its own subject",
        TOP_GUN,
        "It is loud and shiny, but The Karate Kid at least bothered to make you like Daniel first.",
        set(),
    ),
]


@pytest.mark.parametrize(("case", "title", "body", "expected"), NOT_COMPARED, ids=[c[0] for c in NOT_COMPARED])
def test_no_extra_pair(
    extractor: EntityExtractor, case: str, title: str, body: str, expected: set[tuple[str, str]]
) -> None:
    assert _pairs(_extract(extractor, body, title=title)) == _expected(expected), case


def test_a_part_named_like_the_start_of_a_page_work_may_be_that_work() -> None:
    """ "Shaun is basically Dawn of the Dead" on a page about Shaun of the Dead: "Shaun" (typed a
    character) may be the film named short, so its copula still compares."""
    works = {"Shaun of the Dead", "Dawn of the Dead"}
    assert _starts_work("Shaun", works)
    assert not _starts_work("Edward", works)
    assert not _starts_work("Shaun of the Dead", works)
