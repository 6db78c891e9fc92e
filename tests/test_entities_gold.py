"""The entity extractor against ../shared/gold, with pinned floors: a regression fails CI.

Floors are the issue's (works 0.85/0.85, people 0.9, compared 0.8/0.7) or, where the
extractor does better, a little under what it measures now (run
``python -m extract.nlp.evaluate`` for every figure).
"""

from __future__ import annotations

import pytest

from extract.nlp.evaluate import PageScores, score_page
from extract.nlp.extractor import EntityExtractor
from extract.records import Page
from tests.conftest import SEED_NAMES, load_gold

# name: (works recall, works precision, people recall, compared recall, compared precision)
FLOORS = {
    "flixchatter-her": (0.95, 0.95, 1.0, 1.0, 1.0),
    "sheila-variations-her": (1.0, 1.0, 1.0, 1.0, 0.8),
}


@pytest.fixture(scope="module")
def scores(seed_pages: dict[str, Page], extractor: EntityExtractor) -> dict[str, PageScores]:
    return {name: score_page(page, extractor.extract(page), load_gold(name)) for name, page in seed_pages.items()}


@pytest.mark.parametrize("name", SEED_NAMES)
def test_scores_stay_above_their_floors(scores: dict[str, PageScores], name: str) -> None:
    row = scores[name]
    works_recall, works_precision, people_recall, compared_recall, compared_precision = FLOORS[name]
    assert row.works_recall >= max(0.85, works_recall), row.missed_works
    assert row.works_precision >= max(0.85, works_precision), row.extra_works
    assert row.people_recall >= max(0.9, people_recall), row.missed_people
    assert row.compared_recall >= max(0.8, compared_recall), row.missed_compared
    assert row.compared_precision >= max(0.7, compared_precision), row.extra_compared


@pytest.mark.parametrize("name", SEED_NAMES)
def test_no_character_is_a_real_person_and_evidence_holds(scores: dict[str, PageScores], name: str) -> None:
    assert scores[name].characters_as_people == []
    assert scores[name].evidence_ok == 1.0


@pytest.mark.parametrize("name", SEED_NAMES)
def test_stance_matches_gold(scores: dict[str, PageScores], name: str) -> None:
    assert scores[name].stance == scores[name].stance_gold


def test_resolution_on_the_seeds(seed_pages: dict[str, Page], extractor: EntityExtractor) -> None:
    flix = extractor.extract(seed_pages["flixchatter-her"])
    sheila = extractor.extract(seed_pages["sheila-variations-her"])
    names = {(m.text, m.name) for e in (flix, sheila) for m in e.mentions}
    for alias, canonical in [
        ("Jonze", "Spike Jonze"),
        ("Phoenix", "Joaquin Phoenix"),
        ("Joaquin", "Joaquin Phoenix"),
        ("HER", "Her"),
        ("A:OC", "August: Osage County"),
        ("STF", "Stranger than Fiction"),
        ("Philip Dick", "Philip K. Dick"),
        ("Will F", "Will Ferrell"),
        ("Maggie G", "Maggie Gyllenhaal"),
        ("Kaufman", "Charlie Kaufman"),
        ("Alex and Ada", "Alex + Ada"),
        ("Wolf of Wall Street", "The Wolf of Wall Street"),
        ("Messenger, The", "The Messenger"),
    ]:
        assert (alias, canonical) in names, alias
    characters = {m.name for m in flix.mentions if m.kind == "character"}
    assert characters == {"Theodore Twombly", "Samantha", "Amy", "Lois Lane"}
    her = next(m for m in flix.mentions if m.name == "Her")
    assert (her.id, her.year) == ("tt1798709", 2013)


def test_relations_carry_provenance(seed_pages: dict[str, Page], extractor: EntityExtractor) -> None:
    entities = extractor.extract(seed_pages["sheila-variations-her"])
    cites = [r for r in entities.relations if r.type == "CITES"]
    assert [(r.source, r.target, r.unit) for r in cites] == [("sheila", "Keith", "c11")]
    keith = cites[0]
    page = seed_pages["sheila-variations-her"]
    unit_text = next(c.text for c in page.comments if c.id == "c11")
    assert unit_text[keith.start : keith.end].startswith("My friend Keith wrote a really interesting review")
    assert keith.extractor.startswith("reelgraph.relations/")
    recommends = {(r.source, r.target) for r in entities.relations if r.type == "RECOMMENDS"}
    assert recommends == {("Brittany", "Alex + Ada"), ("Brittany", "Y: The Last Man")}
    credits = {(r.type, r.source, r.target) for r in entities.relations if r.type in {"DIRECTED", "WROTE"}}
    assert ("DIRECTED", "Spike Jonze", "Her") in credits
    assert ("WROTE", "Philip K. Dick", "Do Androids Dream of Electric Sheep?") in credits


def test_comment_stances(seed_pages: dict[str, Page], extractor: EntityExtractor) -> None:
    entities = extractor.extract(seed_pages["flixchatter-her"])
    labels = entities.comment_stances
    assert labels["c1"].label == "positive"  # "I could not agree with you any more ... beautiful testament"
    assert sum(s.label == "positive" for s in labels.values()) > sum(s.label == "negative" for s in labels.values())
