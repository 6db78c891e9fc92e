"""The entity extractor against the example corpus's hand-written gold (examples/gold)."""

from __future__ import annotations

from pathlib import Path

import pytest

from extract.nlp.evaluate import example_pairs, score_files
from extract.nlp.extractor import EntityExtractor
from tests.conftest import ROOT

PAIRS = example_pairs(ROOT)


def test_there_is_gold_for_every_input_form() -> None:
    assert len(PAIRS) == 4
    assert {path.suffix for path, _ in PAIRS} == {".txt", ".html", ".xml"}


@pytest.mark.parametrize(("page", "gold"), PAIRS, ids=[g.stem for _, g in PAIRS])
def test_example_scores_stay_above_their_floors(page: Path, gold: Path, extractor: EntityExtractor) -> None:
    (row,) = score_files([(page, gold)], extractor)
    assert row.works_recall >= 0.9, row.missed_works
    assert row.works_precision >= 0.9, row.extra_works
    assert row.people_recall >= 0.9, row.missed_people
    assert row.characters_as_people == []
    assert row.compared_recall >= 0.8, row.missed_compared
    assert row.compared_precision >= 0.8, row.extra_compared
    assert row.evidence_ok == 1.0
    assert row.stance == row.stance_gold
