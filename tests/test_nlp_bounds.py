"""What entity extraction may spend on a page: bounded spaCy batches, a per-page cap, and no
English NER on pages in another language (issue 14 items 5 and 7, issue 12 class 7).

Time and peak memory on hostile pages are measured by ``bench/bench_hostile.py``, not here.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import cast

import pytest
import spacy
from click.testing import CliRunner
from spacy.language import Language
from spacy.tokens import Doc

from extract.nlp.budget import capped, plan_page
from extract.nlp.extractor import EntityExtractor
from extract.nlp.parsing import CHUNK, char_batches, chunks, parse_texts
from extract.records import Comment, Page, Rating
from reelgraph.cli import main


class _SpyPipe:
    """Records the characters each ``nlp.pipe`` call holds at once."""

    def __init__(self) -> None:
        self.blank = spacy.blank("en")
        self.batches: list[int] = []

    def pipe(self, texts: Iterable[str], batch_size: int) -> Iterator[Doc]:
        batch = list(texts)
        self.batches.append(sum(len(t) for t in batch))
        return iter([self.blank(t) for t in batch])


def test_a_word_repeated_is_cut_into_bounded_pieces() -> None:
    text = "buffalo " * 20_000
    pieces = list(chunks(text))
    assert max(len(p) for _, p in pieces) <= CHUNK
    assert "".join(p for _, p in pieces) == text
    assert all(text[o : o + len(p)] == p for o, p in pieces)


def test_a_text_without_spaces_is_cut_hard() -> None:
    pieces = [p for _, p in chunks("x" * 12_001, size=5_000)]
    assert [len(p) for p in pieces] == [5_000, 5_000, 2_001]


def test_pieces_end_at_a_sentence_end_when_there_is_one() -> None:
    text = ("Short sentence here. " * 400)[:6_000]
    first = next(chunks(text, size=5_000))[1]
    assert first.endswith("here. ")


def test_batches_hold_a_bounded_number_of_characters() -> None:
    assert [len(b) for b in char_batches(["a" * 10] * 7, budget=30)] == [3, 3, 1]
    assert [len(b) for b in char_batches(["a" * 50, "b"], budget=30)] == [1, 1]  # one piece over the budget


def test_parse_texts_sends_bounded_batches_and_keeps_offsets() -> None:
    spy = _SpyPipe()
    texts = ["buffalo " * 30_000, "A short comment.", "Another one."]
    seen: list[tuple[int, int]] = []
    parsed = parse_texts(
        cast(Language, spy), texts, progress=lambda done, total: seen.append((done, total)), budget=20_000
    )
    assert max(spy.batches) <= 20_000
    assert ["".join(doc.text for _, doc in pieces) for pieces in parsed] == texts
    assert all(texts[0][o : o + len(d.text)] == d.text for o, d in parsed[0])
    assert seen[-1] == (sum(map(len, texts)), sum(map(len, texts)))
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)


def test_the_cap_cuts_at_a_space_and_drops_what_follows() -> None:
    assert capped(["one two three", "four", "five"], 10) == (["one two", "", ""], 3)
    assert capped(["one", "two"], 100) == (["one", "two"], 0)


def _page(language: str | None = None) -> Page:
    return Page(
        source="hostile/long.txt",
        format="text",
        title="Review: Heat (1995)",
        body="Heat is a fine film and Al Pacino is loud in it. " * 40,
        comments=[Comment(id="c1", text="Loved it, Heat beats Ronin.", author="Ann")],
        language=language,
    )


def test_a_page_over_the_cap_is_read_up_to_it_with_a_note_naming_the_file() -> None:
    plan = plan_page(_page(), max_chars=500)
    texts = {u.id: u.text for u in plan.units}
    assert len(texts["body"]) <= 500 - len(texts["title"]) and texts["c1"] == ""
    assert len(plan.notes) == 1 and plan.notes[0].startswith("W161 hostile/long.txt: ")


def test_a_page_in_another_language_is_planned_without_named_entities() -> None:
    plan = plan_page(_page(language="fr"))
    assert plan.named_entities is False and plan_page(_page()).named_entities is True
    assert plan.notes == [
        "W160 hostile/long.txt: the page is in 'fr', not English; English named-entity recognition was skipped "
        "(names were matched against the film table only; comments, replies, pingbacks, rating and stance "
        "were kept)."
    ]


def _french(language: str | None) -> Page:
    return Page(
        source="fr/amelie.txt",
        format="text",
        title="Critique : Amélie (2001)",
        body="J'ai vu le film avec Thomas Berger et Claire Dumont. Audrey Tautou est lumineuse. Un film passionnant.",
        comments=[Comment(id="c1", text="Quelle déception pour moi.", author="Luc")],
        rating=Rating(raw="Note : 16/20", value=0.8),
        language=language,
    )


def test_extractor_runs_no_english_ner_on_a_french_page(extractor: EntityExtractor) -> None:
    entities = extractor.extract(_french("fr"))
    people = {m.name for m in entities.mentions if m.kind == "person"}
    assert "Thomas Berger" not in people and "Claire Dumont" not in people  # only English NER finds them
    assert "Claire Dumont" in {m.name for m in extractor.extract(_french(None)).mentions}
    assert entities.notes[0].startswith("W160 fr/amelie.txt: the page is in 'fr'")
    assert entities.stance.label == "positive"
    assert entities.comment_stances["c1"].label == "negative"


def test_extractor_reads_a_capped_page_up_to_the_cap(extractor: EntityExtractor) -> None:
    small = dataclasses.replace(extractor, max_chars=300)
    entities = small.extract(_page())
    assert entities.notes and entities.notes[0].startswith("W161 hostile/long.txt")
    assert {m.unit for m in entities.mentions} <= {"title", "body"}
    assert max(m.end for m in entities.mentions if m.unit == "body") <= 300
    assert any(m.name == "Al Pacino" for m in entities.mentions)


def test_extractor_reports_progress(extractor: EntityExtractor) -> None:
    seen: list[tuple[int, int]] = []
    watched = dataclasses.replace(extractor, progress=lambda done, total: seen.append((done, total)))
    watched.extract(_page())
    total = sum(len(t) for t in (_page().title, _page().body, "Loved it, Heat beats Ronin."))
    assert seen[-1] == (total, total)


def test_the_cap_is_configured_by_the_environment(extractor: EntityExtractor, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("REELGRAPH_NLP_MAX_CHARS", "5000")
    assert EntityExtractor(extractor.nlp, extractor.gazetteer, extractor.aliases).max_chars == 5000
    monkeypatch.setenv("REELGRAPH_NLP_MAX_CHARS", "lots")
    assert EntityExtractor(extractor.nlp, extractor.gazetteer, extractor.aliases).max_chars == 1_000_000


def test_extract_prints_the_note_naming_the_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    page = tmp_path / "huge.txt"
    page.write_text("Review: Heat (1995)\n\n" + "Heat is loud and Al Pacino is louder. " * 40 + "\n", encoding="utf-8")
    monkeypatch.setenv("REELGRAPH_STORE", str(tmp_path / "store"))
    monkeypatch.setenv("REELGRAPH_NLP_MAX_CHARS", "300")
    result = CliRunner().invoke(main, ["extract", str(page)])
    assert result.exit_code == 0, result.output
    assert f"reelgraph: W161 {page}: the page holds" in result.stderr
