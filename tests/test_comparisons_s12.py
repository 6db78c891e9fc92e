"""Comparison forms of the twelfth session (issue 12, classes 2 and 3), each written for these
tests in the shape real reviews use.

A film named after its hero: the page calls the detective by the film's title, so the name's
page-wide kind is a character, yet the comparisons the rules state from the reviewed work are the
film's, and the graph joins them to the film's node (not the character's).
"""

from __future__ import annotations

from base.vocab import Rel
from extract.nlp.consistency import schema_safe
from extract.records import Mention, Page, PageEntities, Relation, Stance
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
