"""COMPARED_TO forms read in real reviews in the sixth session (docs/phrasing-catalogue.md,
section 16), each a sentence written for this test that failed before its rule: another work
doing "the same thing", a work wanted or gone "full", an exchange ("swap X for Y"), an object
fronted in a relative clause ("X, which this one riffs on"), a graded predicate with no "than"
("is more alive"), a comparative against the works of the sentence before ("nastier than both"),
and a commenter's sentence whose subject is another work. Review pages are titled
"Review: Moon (2009)" unless the case says otherwise.
"""

from __future__ import annotations

import pytest

from base.vocab import Rel
from extract.nlp.cues import Cues, find_cues
from extract.nlp.extractor import EntityExtractor
from extract.nlp.parsing import load_nlp
from extract.nlp.relations import UnitFacts, compared_to
from extract.records import Mention
from tests.test_comparisons import _extract, _pairs


def _expected(pairs: set[tuple[str, str]]) -> set[frozenset[str]]:
    return {frozenset(pair) for pair in pairs}


CASES = [
    (
        "another work did the described thing, with more of something",
        "Silent Running came out years before and did the whole lonely-gardener thing with a bit more grit.",
        {("Moon", "Silent Running")},
    ),
    (
        "another work did the quoted thing earlier",
        'Silent Running did the "last gardener in space" thing forty years earlier.',
        {("Moon", "Silent Running")},
    ),
    (
        "a director did the same thing again in another work",
        "Jones did the same thing again in Source Code, with more chases and less sorrow.",
        {("Moon", "Source Code")},
    ),
    (
        "another work did a quoted premise, no 'the'",
        'Silent Running did "last gardener in space" forty years earlier.',
        {("Moon", "Silent Running")},
    ),
    (
        "another work did the same trick (a noun other than 'thing')",
        "Jones's Source Code did the one-day-on-repeat trick in 2011.",
        {("Moon", "Source Code")},
    ),
    (
        "'a real step up' after the maker's earlier work",
        "Jones made Source Code later, which was a hoot, but this is a real step up.",
        {("Moon", "Source Code")},
    ),
    ("is pure X", "The long corridor business is pure Solaris.", {("Moon", "Solaris")}),
    (
        "'in comparison' at the end, the work earlier in the sentence",
        "Watched this and Silent Running back to back at the festival, and the later one felt so tidy and buttoned "
        "up in comparison.",
        {("Moon", "Silent Running")},
    ),
    (
        "'the closest thing I can think of is X'",
        "The closest thing I can think of is Solaris if Tarkovsky had a sense of humour.",
        {("Moon", "Solaris")},
    ),
    (
        "the maker's previous film in apposition",
        "Duncan Jones's next film, Source Code, was a thriller.",
        {("Moon", "Source Code")},
    ),
    (
        "the maker's film in apposition after another work: no pair between the two",
        "Silent Running is its only rival, and Jones's next film, Source Code, is the only one close to it.",
        {("Moon", "Silent Running"), ("Moon", "Source Code")},
    ),
    (
        "'the more beautiful film', the work in the next clause no object of it",
        "Silent Running is the more beautiful film and Source Code is the one everyone has seen, but this is warmer.",
        {("Moon", "Silent Running")},
    ),
    ("'the more beautiful film'", "Silent Running is the more beautiful film.", {("Moon", "Silent Running")}),
    (
        "a verbless 'X with ...' line",
        "A lonely film. Silent Running with a soundtrack you can dance to.",
        {("Moon", "Silent Running")},
    ),
    (
        "'not a million miles from X'",
        "It starts as a drama, not a million miles from Solaris, and turns into something else.",
        {("Moon", "Solaris")},
    ),
    ("'never far from X'", "The mood is never far from Silent Running.", {("Moon", "Silent Running")}),
    (
        "one work in a sentence, a bare comparative about this one in the next",
        "I loved Source Code. This one is even better.",
        {("Moon", "Source Code")},
    ),
    (
        "the next sentence's bare comparative says nothing of this one: no pair",
        "I loved Source Code. The acting is better.",
        set(),
    ),
    (
        "wanted his own X",
        "Jones plainly wanted his own Solaris, and for an hour he has it.",
        {("Moon", "Solaris")},
    ),
    (
        "threatens to go full X",
        "The score keeps threatening to go full Interstellar and never quite does.",
        {("Moon", "Interstellar")},
    ),
    (
        "not every film has to be X",
        "Not every space film has to be Gravity.",
        {("Moon", "Gravity")},
    ),
    (
        "an audience wanting X",
        "Half the festival audience came in wanting Gravity.",
        {("Moon", "Gravity")},
    ),
    (
        "swap X for Y (no reviewed work on a list post)",
        "I'd swap Solaris for Silent Running, though.",
        {("Solaris", "Silent Running")},
    ),
    (
        "the reviewed work's object fronted in a relative clause",
        "Andrei Tarkovsky made Solaris in 1972. I watched Solaris, which Moon openly riffs on, the week before.",
        {("Moon", "Solaris")},
    ),
    (
        "X > Y (a commenter's shorthand, no reviewed work)",
        "Solaris > Silent Running, fight me.",
        {("Solaris", "Silent Running")},
    ),
    ("X < Y", "Solaris < Silent Running.", {("Solaris", "Silent Running")}),
    (
        "a graded predicate with 'more' and no 'than'",
        "Even Jones's own Source Code, two years later and with a bigger star, is more alive.",
        {("Moon", "Source Code")},
    ),
    (
        "'nastier than both' after two works in the sentence before",
        "Silent Running and Solaris are the obvious pair. I would add Event Horizon, which is nastier than both.",
        {("Event Horizon", "Silent Running"), ("Event Horizon", "Solaris"), ("Moon", "Event Horizon")},
    ),
]


@pytest.mark.parametrize(("form", "body", "expected"), CASES, ids=[c[0] for c in CASES])
def test_comparison_form(extractor: EntityExtractor, form: str, body: str, expected: set[tuple[str, str]]) -> None:
    title = "My five space films" if form.startswith(("swap", "X > Y", "X < Y")) else "Review: Moon (2009)"
    assert _pairs(_extract(extractor, body, title=title)) == _expected(expected), form


NOT_COMPARED = [
    ("doing the right thing is a judgment, not another work's doing", "Sam did the right thing in Solaris's way."),
    (
        "wanting something that is no work, then a work much later",
        "The studio wanted a hit, hired the editor of Solaris to cut it, and hoped for the best.",
    ),
    ("a work wanted to do something: no comparison", "I wanted Solaris to be on the bill, but it was sold out."),
]


@pytest.mark.parametrize(("case", "body"), NOT_COMPARED, ids=[c[0] for c in NOT_COMPARED])
def test_no_comparison(extractor: EntityExtractor, case: str, body: str) -> None:
    assert _pairs(_extract(extractor, "A lonely film about a man on a base. " + body)) == set(), case


def test_a_commenters_sentence_about_another_work_sets_it_beside_the_reviewed_one(
    extractor: EntityExtractor,
) -> None:
    comments = "  1. Wes Abara says:\n\n    And Silent Running gave Bruce Dern the part he deserved.\n"
    entities = _extract(extractor, "A lonely film about a man on a base.", comments=comments)
    found = {(r.source, r.target, r.by, r.unit) for r in entities.relations if r.type == Rel.COMPARED_TO}
    assert found == {("Moon", "Silent Running", "Wes Abara", "c1")}


def test_the_same_sentence_in_the_critics_own_text_is_no_comparison(extractor: EntityExtractor) -> None:
    body = "A lonely film about a man on a base. Silent Running gave Bruce Dern the part he deserved."
    assert _pairs(_extract(extractor, body)) == set()


def test_a_name_before_the_main_verb_is_kept_apart_from_the_cues() -> None:
    """The subject verbs ride beside the cue list: the rules that find works never see them."""
    nlp = load_nlp()
    cues = find_cues([(0, nlp("Silent Running gave Bruce Dern the part he deserved."))])
    assert isinstance(cues, Cues)
    assert list(cues) == []
    assert [(c.name, c.start, c.end) for c in cues.subjects] == [("named-subject", 15, 19)]


def test_a_commenters_clause_after_i_think_about_another_work(extractor: EntityExtractor) -> None:
    comments = "  1. Wes Abara says:\n\n    Liked it, but I think Silent Running is still his best.\n"
    entities = _extract(extractor, "A lonely film about a man on a base.", comments=comments)
    assert _pairs(entities) == _expected({("Moon", "Silent Running")})


def unit_facts(text: str, mentions: list[Mention]) -> UnitFacts:
    """A body unit of ``text`` with the given mentions (the typing rules are not under test here)."""
    doc = load_nlp()(text)
    sentences = [(s.start_char, s.end_char) for s in doc.sents]
    return UnitFacts("body", text, "Ida Brandt", sentences, mentions, False, find_cues([(0, doc)]))


def _facts(text: str, works: list[tuple[str, int]]) -> UnitFacts:
    """A body unit with its works typed as films."""
    return unit_facts(text, [Mention(name, name, "film", "body", start, start + len(name)) for name, start in works])


def test_a_fronted_where_clause_turning_to_another_work() -> None:
    """ "Where X ..., Y ...": on a double bill (no reviewed work) the clause's work against the
    work opening the main clause; with a reviewed work, that work still wins."""
    text = "Where Silent Running shows you everything, Solaris hides it."
    facts = _facts(text, [("Silent Running", 6), ("Solaris", 43)])
    relations = compared_to(facts, None, {"Silent Running", "Solaris"})
    assert [(r.source, r.target, r.polarity) for r in relations] == [("Solaris", "Silent Running", "contrast")]


QUOTED_LIST = """7. 'Solaris'

It is slower than Stalker, and colder.

6. 'Silent Running'

It is gentler than Dark Star.
"""


def test_list_headings_with_quoted_titles_open_sections(extractor: EntityExtractor) -> None:
    pairs = _pairs(_extract(extractor, QUOTED_LIST, title="My seven best space films"))
    assert pairs == _expected({("Solaris", "Stalker"), ("Silent Running", "Dark Star")})
