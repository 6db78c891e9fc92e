"""Comparison forms of the twelfth session (issue 12, classes 2 and 3), each written for these
tests in the shape real reviews use.

A film named after its hero: the page calls the detective by the film's title, so the name's
page-wide kind is a character, yet the comparisons the rules state from the reviewed work are the
film's, and the graph joins them to the film's node (not the character's). The next film to see,
suggested to the reader in the imperative ("For another one, try X", "Then go watch X") or as a
question ("Have you seen X? Same ..., better ..."): the commonest comparison of a comment thread.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from base.vocab import Rel
from extract.nlp.consistency import schema_safe
from extract.nlp.cues import find_cues
from extract.nlp.extractor import EntityExtractor
from extract.nlp.parsing import load_nlp
from extract.records import Mention, Page, PageEntities, Relation, Stance
from extract.text_reader import parse_text_page
from graph.build import page_contribution
from graph.schema import Label


def _hero_page() -> tuple[list[Mention], Mention, list[Relation]]:
    """A review of "Marlowe Street" whose private eye the text calls Marlowe Street too."""
    text = "Marlowe Street walks into the bar. Marlowe Street is calmer than The Long Wait."
    hero = Mention("Marlowe Street", "Marlowe Street", "character", "body", 0, 14)
    other = Mention("The Long Wait", "The Long Wait", "film", "body", 65, 78)
    reviewed = Mention("Marlowe Street", "Marlowe Street", "film", "title", 0, 0, rule="reviewed")
    compared = Relation(
        Rel.COMPARED_TO, "Marlowe Street", "The Long Wait", "body", text[35:], source_kind="film", target_kind="film"
    )
    named_after = Relation(
        Rel.COMPARED_TO, "Marlowe Street", "The Long Wait", "body", text[35:], source_kind="character"
    )
    return [hero, other], reviewed, [compared, named_after]


def test_a_comparison_from_the_reviewed_work_survives_a_character_of_its_name() -> None:
    mentions, reviewed, (compared, named_after) = _hero_page()
    assert schema_safe([compared, named_after], mentions, reviewed) == [compared]


def test_without_a_reviewed_work_the_character_name_still_fails_the_schema() -> None:
    mentions, _, (compared, _) = _hero_page()
    assert schema_safe([compared], mentions, None) == []


def test_the_graph_joins_the_comparison_to_the_film_not_the_character() -> None:
    mentions, reviewed, (compared, _) = _hero_page()
    page = Page(source="case.txt", format="text", title="Review: Marlowe Street", body=compared.evidence)
    entities = PageEntities(Stance("positive", 0.5), mentions, [compared], reviewed=reviewed)
    contribution = page_contribution(page, entities)
    labels = {node.key: node.label for node in contribution.nodes}
    edges = [(labels[e.src], labels[e.dst]) for e in contribution.edges if e.type == Rel.COMPARED_TO]
    assert edges == [(Label.FILM, Label.FILM)]


# The next film to see, suggested in the imperative (a comment's commonest comparison): the
# suggestion likens it to the reviewed work; a subject, a missing title or a mid-clause verb is none.
MOON = "Review: Moon (2009)"


def _extract(extractor: EntityExtractor, body: str, comment: str) -> PageEntities:
    text = (
        f"{MOON}\n\nPosted on June 1, 2010 by Ida Brandt\n\n{body}\n\nPosted by Ida at 8:45 PM\n\n"
        f"1 comment:\n\nReader said...\n{comment}\n\nJune 2, 2010 at 1:00 PM\n"
    )
    return extractor.extract(parse_text_page(text, "case.txt"))


def _pairs(entities: PageEntities) -> set[frozenset[str]]:
    return {frozenset((r.source, r.target)) for r in entities.relations if r.type == Rel.COMPARED_TO}


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_nlp()


@pytest.mark.parametrize(
    "sentence",
    [
        "For another lonely space film, try Silent Running.",
        "Then go watch Sunshine.",
        "If the ending got to you, seek out Gattaca too.",
        "Now start with Solaris and work forward.",
    ],
)
def test_an_imperative_suggestion_is_a_cue(nlp: Language, sentence: str) -> None:
    assert [c.name for c in find_cues([(0, nlp(sentence))])] == ["try-next"]


@pytest.mark.parametrize(
    "sentence",
    [
        "I will try Solaris next week.",  # a subject: a plan, not a suggestion
        "Try not to blink in the last reel.",  # no title follows
        "We went to see Solaris last year.",  # the verb does not open its clause
        "Watch it for Sam Rockwell, skip it for the rest.",  # the reviewed work itself
        "If you like this, try:\nSilent Running (1972): the obvious companion.",  # a list follows
        "If you want a lonely film, watch Solaris instead.",  # the "instead" cue reads it
        "Watch Now on Netflix.",  # a blog's button
        "Watch Trailer",
    ],
)
def test_a_plan_or_a_titleless_imperative_is_no_cue(nlp: Language, sentence: str) -> None:
    assert "try-next" not in [c.name for c in find_cues([(0, nlp(sentence))])]


@pytest.mark.parametrize(
    ("comment", "other"),
    [
        ("Loved it. For another lonely space film, try Silent Running.", "Silent Running"),
        ("Sounds slow to me. Then go watch Sunshine.", "Sunshine"),
    ],
)
def test_a_commenters_suggestion_pairs_the_reviewed_film(extractor: EntityExtractor, comment: str, other: str) -> None:
    body = "Sam Rockwell is alone on the base for three years."
    assert _pairs(_extract(extractor, body, comment)) == {frozenset(("Moon", other))}


@pytest.mark.parametrize(
    ("sentence", "cue"),
    [
        ("Have you seen Silent Running? Same loneliness, better robots.", "have-you-seen"),
        ("Did you ever see Dark Star? Cheaper and funnier.", "have-you-seen"),
        ("Have you seen it yet, Ida?", None),  # the reviewed work itself
        ("Have you seen the director's interview? It explains a lot.", None),  # no title
        ("You have seen Solaris, I think.", None),  # no question
    ],
)
def test_a_suggestion_asked_as_a_question(nlp: Language, sentence: str, cue: str | None) -> None:
    names = [c.name for c in find_cues([(0, nlp(sentence))])]
    assert (cue in names) if cue else ("have-you-seen" not in names)


def test_a_question_suggesting_a_film_pairs_it(extractor: EntityExtractor) -> None:
    body = "Sam Rockwell is alone on the base for three years."
    comment = "Have you seen Silent Running? Same loneliness, better robots."
    assert _pairs(_extract(extractor, body, comment)) == {frozenset(("Moon", "Silent Running"))}


def test_a_suggestion_pairs_the_reviewed_film_not_the_work_before_it(extractor: EntityExtractor) -> None:
    body = "Sam Rockwell is alone on the base. If you only know him from Galaxy Quest, go see Gattaca."
    assert _pairs(_extract(extractor, body, "Great.")) == {frozenset(("Moon", "Gattaca"))}


def test_a_suggestion_after_if_you_liked_this_is_a_comparison(extractor: EntityExtractor) -> None:
    """Until the twelfth session "If you liked this, check out Outland." was no comparison
    (test_comparison_forms); the reviews' gold, blind pages included, counts such a suggestion
    as one ("If your kids liked it, try X next"), so the form moved here."""
    body = "Sam Rockwell is alone on the base for three years. If you liked this, check out Outland."
    assert _pairs(_extract(extractor, body, "Great.")) == {frozenset(("Moon", "Outland"))}


def test_a_suggestion_naming_a_person_pairs_nothing(extractor: EntityExtractor) -> None:
    body = "Sam Rockwell is alone on the base for three years."
    assert _pairs(_extract(extractor, body, "Watch Sam Rockwell in the last scene, he is wonderful.")) == set()


@pytest.mark.parametrize(
    ("sentence", "cue"),
    [
        ("Give me Silent Running any day.", "give-me"),
        ("I'll take Dark Star if we're rewarding oddness.", "give-me"),
        ("Give me a break, it is fine.", None),  # no title
        ("I'd take it with a pinch of salt.", None),  # the reviewed work itself
        ("They will take Dark Star to the festival.", None),  # not the viewer's choice
    ],
)
def test_the_viewers_choice_of_another_work(nlp: Language, sentence: str, cue: str | None) -> None:
    names = [c.name for c in find_cues([(0, nlp(sentence))])]
    assert (cue in names) if cue else ("give-me" not in names)


def test_the_viewers_choice_prefers_the_other_work(extractor: EntityExtractor) -> None:
    body = "Sam Rockwell is alone on the base for three years."
    entities = _extract(extractor, body, "Give me Silent Running any day.")
    compared = [(r.source, r.target, r.polarity) for r in entities.relations if r.type == Rel.COMPARED_TO]
    assert compared == [("Moon", "Silent Running", "other preferred")]
