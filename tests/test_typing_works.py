"""Typing of works (issue 12, class 4) and no edge the graph schema forbids (issue 18, item 2).

What is a work, a person or a character where titles are concerned; pages written for these
tests. Each test fails without the rule it names. (tests/test_typing.py covers characters and
credit lines.)
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from spacy.tokens import Span

from bench.generate import generate_corpus
from extract.io import read_file
from extract.nlp.context import PageContext, Unit
from extract.nlp.extractor import EntityExtractor
from extract.nlp.people import find_people
from extract.records import WORK_KINDS, Hint, Page, PageEntities
from extract.text_reader import parse_text_page
from graph.build import page_contribution
from graph.schema import ENDPOINTS, Label
from graph.store import EmbeddedStore
from queries.graphview import GraphView
from queries.recommend import recommend
from reelgraph.pipeline import ingest, read_sources
from tests.conftest import ROOT


def _page(body: str, title: str = "Review: Moon (2009)", source: str = "case.txt") -> Page:
    return parse_text_page(f"{title}\n\n{body}\n", source)


def _kinds(entities: PageEntities) -> dict[str, str]:
    return {m.text: m.kind for m in entities.mentions}


def _works(entities: PageEntities) -> set[str]:
    return {m.name for m in entities.mentions if m.kind in WORK_KINDS}


def test_a_title_joined_by_small_words_is_one_title(extractor: EntityExtractor) -> None:
    entities = extractor.extract(_page("Ghost in the Shell borrowed the whole look, rain and all."))
    assert "Ghost in the Shell" in _works(entities)
    assert not {"Ghost", "Shell"} & _works(entities)


def test_an_organisation_joined_by_small_words_is_no_title(extractor: EntityExtractor) -> None:
    entities = extractor.extract(_page("He taught film at the University of Chicago for years."))
    assert _works(entities) <= {"Moon"}


def test_a_little_known_film_named_like_a_place_is_the_place(extractor: EntityExtractor) -> None:
    entities = extractor.extract(_page("After the premiere they flew back to New York with the print."))
    assert "New York" not in _works(entities)


def test_a_known_title_with_more_capitals_after_it_is_a_longer_title(extractor: EntityExtractor) -> None:
    entities = extractor.extract(_page("It plays like a sad cousin of The Greatest Showman, minus the songs."))
    assert "The Greatest" not in _works(entities)
    assert "The Greatest Showman" in _works(entities)


def test_lower_case_quoted_title_the_film_table_knows(extractor: EntityExtractor) -> None:
    entities = extractor.extract(_page('On Sunday we finally watched "the big lebowski" with my brother.'))
    assert "The Big Lebowski" in _works(entities)


def test_all_capitals_shouting_is_no_title(extractor: EntityExtractor) -> None:
    entities = extractor.extract(_page("I LOVED EVERY SINGLE MINUTE OF IT. Go and see it."))
    assert _works(entities) <= {"Moon"}


def test_a_maker_s_possessive_is_a_person_not_a_film(extractor: EntityExtractor) -> None:
    page = _page("On a rainy afternoon I finally sat down with Hitchcock's Vertigo.", title="A long way down")
    entities = extractor.extract(page)
    assert entities.reviewed is not None and entities.reviewed.name == "Vertigo"
    assert "Hitchcock" not in _works(entities)
    assert any(m.kind == "person" and m.name == "Alfred Hitchcock" for m in entities.mentions)


def test_link_text_label_is_not_part_of_the_title(extractor: EntityExtractor) -> None:
    body = "Before this one, read my older post, Review: Moonfall Junction, which covers the first film."
    page = _page(body)
    page.hints = [Hint("Review: Moonfall Junction", "link", "https://www.imdb.com/title/tt0000001/")]
    works = _works(extractor.extract(page))
    assert "Moonfall Junction" in works
    assert "Review: Moonfall Junction" not in works


def test_an_undated_title_takes_the_year_another_page_gives(extractor: EntityExtractor) -> None:
    dated = _page("Amy Adams learns a language that changes time.", title="Review: Arrival (2016)", source="a.txt")
    undated = _page("I liked “Arrival” more than anything else that year.", title="Ten good films", source="b.txt")
    _, other = extractor.extract_many([dated, undated])
    arrival = [m for m in other.mentions if m.name == "Arrival"]
    assert arrival and {m.year for m in arrival} == {2016}


def test_character_then_actor_after_a_sentence_word(extractor: EntityExtractor) -> None:
    entities = extractor.extract(_page("Then Dana (Sigourney Weaver) finds the pram rolling by itself."))
    assert _kinds(entities).get("Dana") == "character"
    assert _kinds(entities).get("Sigourney Weaver") == "person"


def test_a_name_does_not_run_across_a_line_break(extractor: EntityExtractor) -> None:
    body = "DIRECTOR\nAlfonso Cuarón\nCAST\nMarina de Tavira\n\nA long black and white film about a family."
    names = {m.name for m in extractor.extract(_page(body)).mentions if m.kind == "person"}
    assert "Alfonso Cuarón" in names
    assert not any("\n" in name or name.endswith(("CAST", "DIRECTOR")) for name in names)


def test_a_contraction_is_nobody(extractor: EntityExtractor) -> None:
    doc = extractor.nlp("I've seen it twice and Keith David is great.")
    doc.ents = [Span(doc, 0, 2, label="PERSON"), Span(doc, 6, 8, label="PERSON")]
    unit = Unit("body", doc.text)
    unit.docs = [(0, doc)]
    found = find_people(unit, PageContext(gazetteer=extractor.gazetteer))
    assert {c.text for c in found} == {"Keith David"}


def test_one_name_has_one_kind_on_a_page(extractor: EntityExtractor) -> None:
    body = (
        "It reminds me of Sabrina, which Billy Wilder made in 1954.\n\n"
        "Sabrina, the chauffeur's daughter, is the whole film."
    )
    entities = extractor.extract(_page(body, title="Review: Coming Home (2014)"))
    assert {m.kind for m in entities.mentions if m.name == "Sabrina"} == {"film"}


def _forbidden(pages: list[Page], extractor: EntityExtractor) -> Counter[str]:
    found: Counter[str] = Counter()
    for page, entities in zip(pages, extractor.extract_many(pages), strict=True):
        contribution = page_contribution(page, entities)
        labels = {node.key: node.label for node in contribution.nodes}
        for edge in contribution.edges:
            pair = (labels.get(edge.src), labels.get(edge.dst))
            if pair not in ENDPOINTS[edge.type]:
                found[f"{edge.type} {pair} {page.source}"] += 1
    return found


def test_no_forbidden_edge_from_the_examples_and_a_generated_corpus(extractor: EntityExtractor, tmp_path: Path) -> None:
    generate_corpus(tmp_path / "corpus", 40, 3, 11)
    files = sorted(p for p in (tmp_path / "corpus").rglob("*") if p.is_file())
    files += sorted(p for p in (ROOT / "examples").rglob("*") if p.is_file() and "gold" not in p.parts)
    pages = [page for path in files if path.suffix in {".txt", ".html", ".xml"} for page in read_file(path)]
    written = _page(
        "It reminds me of Sabrina, which Billy Wilder made in 1954. I liked it more than Sabrina.",
        title="Review: Coming Home (2014)",
    )
    assert len(pages) > 50
    assert _forbidden([*pages, written], extractor) == Counter()


@pytest.fixture(scope="module")
def example_store(tmp_path_factory: pytest.TempPathFactory, extractor: EntityExtractor) -> Path:
    path = tmp_path_factory.mktemp("examples")
    with EmbeddedStore.open(path) as store:
        ingest(read_sources([str(ROOT / "examples")]), store, lambda: extractor)
    return path


def test_recommend_blade_runner_lists_no_ghost_or_shell(example_store: Path) -> None:
    with EmbeddedStore.open(example_store, create=False) as store:
        view = GraphView.load(store)
        film = view.one("Blade Runner", frozenset({Label.FILM}), "film")
        names = [r.work.name for r in recommend(view, film, limit=30)]
    assert "Ghost in the Shell" in names
    assert not {"Ghost", "Shell"} & set(names)
    assert len(names) == len(set(names))
