"""COMPARED_TO forms and traps read in real reviews this session (docs/phrasing-catalogue.md,
section 11), each a sentence written for this test that failed before its rule: new cue words,
fronted clauses, group words in the same sentence, comparatives whose subject the parse loses,
list posts whose sections each review a film, and lists that are filmographies, not comparisons.
Review pages are titled "Review: Moon (2009)" unless the case says otherwise.
"""

from __future__ import annotations

import pytest

from base.vocab import Rel
from extract.nlp.extractor import EntityExtractor
from tests.test_comparisons import _extract, _pairs


def _expected(pairs: set[tuple[str, str]]) -> set[frozenset[str]]:
    return {frozenset(pair) for pair in pairs}


CASES = [
    ("misspelt 'in the vain of'", "It is a small film in the vain of Silent Running.", {("Moon", "Silent Running")}),
    (
        "harkens back to (a list after it)",
        "The production design harkens back to Outland and Silent Running.",
        {("Moon", "Outland"), ("Moon", "Silent Running")},
    ),
    ("straight out of", "The premise is straight out of Silent Running.", {("Moon", "Silent Running")}),
    ("the maker follows up X", "Jones follows up Source Code with a smaller story.", {("Moon", "Source Code")}),
    ("not anywhere close to", "It is not anywhere close to the quality of Solaris.", {("Moon", "Solaris")}),
    ("keep up with", "Every ten minutes someone dies so the film can keep up with Alien.", {("Moon", "Alien")}),
    (
        "a fronted 'If X was ..., this is ...'",
        "If Silent Running was the hippie fantasy, this is its sober correction.",
        {("Moon", "Silent Running")},
    ),
    (
        "a group word after two works in the same sentence",
        "The same studio made Silent Running and Dark Star; this is the best of the three.",
        {("Moon", "Silent Running"), ("Moon", "Dark Star")},
    ),
    (
        "'none of them has matched this one' after two works",
        "Dark Star got stranger and Silent Running got prettier, but none of them has matched this one.",
        {("Moon", "Silent Running"), ("Moon", "Dark Star")},
    ),
    (
        "'Neither has matched this.' after a sentence naming two works",
        "Jones went on to make Source Code and Silent Running. Neither has matched this.",
        {("Moon", "Source Code"), ("Moon", "Silent Running")},
    ),
    (
        "a comparative whose verb the parse leaves without a subject after a title",
        "Death Becomes Her, for what it's worth, is funnier and meaner.",
        {("Moon", "Death Becomes Her")},
    ),
    (
        "'the same' with a title the parse reads as a clause",
        "Home Alone 2: Lost in New York is the same movie in a hotel.",
        {("Moon", "Home Alone 2: Lost in New York")},
    ),
    (
        "trying so hard to be",
        "It's trying so hard to be Silent Running, but it has no heart.",
        {("Moon", "Silent Running")},
    ),
    (
        "'None of these' after a sentence naming two works",
        "I watched Solaris and Outland last week. None of these comes close to this one.",
        {("Moon", "Solaris"), ("Moon", "Outland")},
    ),
    (
        "a work of this sentence against the two of the sentence before",
        "Jones made Dark Star and Silent Running next. His documentary The Thin Blue Line is more interesting than "
        "either of them.",
        {("Moon", "The Thin Blue Line"), ("The Thin Blue Line", "Dark Star"), ("The Thin Blue Line", "Silent Running")},
    ),
    (
        "a work opening the sentence, then 'but this ...'",
        "Silent Running is the one everybody names, but this is the one I rewatch.",
        {("Moon", "Silent Running")},
    ),
    (
        "'it' takes up the work named right before it",
        "Disagree on Dark Star, it's better than Silent Running and I will die on that hill.",
        {("Dark Star", "Silent Running")},
    ),
    (
        "a work in a phrase of the main clause is no subject ('the obvious debt is to X, ..., a dose of Y')",
        "The obvious debt is to Outland, which is the skeleton here, with a good dose of Silent Running on top.",
        {("Moon", "Outland"), ("Moon", "Silent Running")},
    ),
    (
        "a copula and a hedge before titles",
        "Funny thing is it's basically Outland and Silent Running with the heroism removed.",
        {("Moon", "Outland"), ("Moon", "Silent Running")},
    ),
    (
        "a hedge between two titles",
        "Dark Star is just Silent Running with a bigger budget.",
        {("Dark Star", "Silent Running")},
    ),
    (
        "a hedged title, then a place",
        "Dark Star is basically Silent Running, but in Paris, Texas.",
        {("Dark Star", "Silent Running")},
    ),
    (
        "'since' after 'nobody ... like that'",
        "Nobody has made the Moon look like that since Silent Running.",
        {("Moon", "Silent Running")},
    ),
    (
        "'as anything since'",
        "It is as lonely a piece of science fiction as anything since Silent Running.",
        {("Moon", "Silent Running")},
    ),
    (
        "a verb of the version family needs no copula before it",
        "Her theory is that the whole thing is Silent Running remade as a Pilates video.",
        {("Moon", "Silent Running")},
    ),
    # traps: no comparison
    ("a hedge before no title", "It is just fine, I suppose.", set()),
    ("'and this' is no turn", "Silent Running came out in 1972, and this came out in 2009.", set()),
    ("'like' before an analogy", "The cut drops the bomb, which is like taking the shark out of Jaws.", set()),
    (
        "a version of the film itself",
        "The version I'd point newcomers to is with the score from Silent Running.",
        set(),
    ),
    (
        "a film's own versions side by side",
        "Next time in this series: the two versions of Solaris, both worth seeing.",
        set(),
    ),
    ("a pointer with a clause of its own", "A friend told me the only one she has seen is Silent Running.", set()),
    (
        "a noun 'echoes' in a list of topics",
        "We also touch on the Watergate echoes, Silent Running, and the score.",
        set(),
    ),
    (
        "a filmography after 'including'",
        "The editor has an impressive career including Alien, Gattaca and Solaris.",
        set(),
    ),
    ("'alongside' of a verb that sets nothing beside", "The robot fights alongside Gattaca in the finale.", set()),
    ("'sound like' takes musicians", "The score sounds like Vangelis and Tangerine Dream.", set()),
    (
        "a noun cue's subject needs a copula",
        "Jones had already made Source Code, so he knew how to make a sequel bigger.",
        set(),
    ),
    ("'the first X' of another series", "It is the first Oscar for Jones.", set()),
]


@pytest.mark.parametrize(("form", "body", "expected"), CASES, ids=[c[0] for c in CASES])
def test_comparison_form(extractor: EntityExtractor, form: str, body: str, expected: set[tuple[str, str]]) -> None:
    assert _pairs(_extract(extractor, body)) == _expected(expected), form


def test_a_fronted_where_clause_reaches_past_its_own_commas(extractor: EntityExtractor) -> None:
    body = "Where Silent Running is slow, bitter and sad, Moon is quick."
    relations = [r for r in _extract(extractor, body).relations if r.type == Rel.COMPARED_TO]
    assert [(r.source, r.target, r.polarity) for r in relations] == [("Moon", "Silent Running", "contrast")]


LIST_POST = """Solaris (1972) – ★★★★

It is slower than Stalker, and colder.

Silent Running (1972) – ★★★

It is gentler than Dark Star.
"""


def test_a_list_posts_sections_each_point_at_their_heading(extractor: EntityExtractor) -> None:
    pairs = _pairs(_extract(extractor, LIST_POST, title="My top two space films"))
    assert pairs == _expected({("Solaris", "Stalker"), ("Silent Running", "Dark Star")})


RANKED_LIST = """2 – SOLARIS (Andrei Tarkovsky, 1972)

It is slower than Stalker, and colder.

1 – SILENT RUNNING (Douglas Trumbull, 1972)

It is gentler than Dark Star.
"""


def test_a_section_heading_may_carry_its_credits(extractor: EntityExtractor) -> None:
    pairs = _pairs(_extract(extractor, RANKED_LIST, title="My top two space films"))
    assert pairs == _expected({("Solaris", "Stalker"), ("Silent Running", "Dark Star")})


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("I liked Gattaca better, to be honest.", [("Moon", "Gattaca", "other preferred")]),
        (
            "Saw it the same year as Silent Running and honestly liked this one more when I was nine.",
            [("Moon", "Silent Running", "this preferred")],
        ),
    ],
)
def test_a_viewers_preference_without_than(
    extractor: EntityExtractor, body: str, expected: list[tuple[str, str, str]]
) -> None:
    relations = [r for r in _extract(extractor, body).relations if r.type == Rel.COMPARED_TO]
    assert [(r.source, r.target, r.polarity) for r in relations] == expected


def test_a_list_after_a_cue_and_a_colon(extractor: EntityExtractor) -> None:
    body = "A lonely film about a man on a base.\n\nMovies like MOON:\n\nSilent Running\nSolaris\nOutland\n\nAny more?"
    assert _pairs(_extract(extractor, body)) == _expected(
        {("Moon", "Silent Running"), ("Moon", "Solaris"), ("Moon", "Outland")}
    )


def test_a_list_of_lone_titles_is_no_list_posts_headings(extractor: EntityExtractor) -> None:
    body = "My favourite films:\n\nSilent Running\nSolaris\n\nIt is better than Alien, I think."
    assert _pairs(_extract(extractor, body)) == _expected({("Moon", "Alien")})
