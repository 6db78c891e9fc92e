"""Stance, tenth session (ST): a learnt combination of the rules' signals decides a review's stance
where the rules weigh the text (unrated or middle-graded reviews).

Every sentence here is written for these tests; none is taken from a review.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from extract.nlp import learnt, stance_model
from extract.nlp.stance import review_features, stance_of, weigh
from extract.nlp.stance_model import MODEL_PATH, Reading, features, in_scope, model

ROOT = Path(__file__).resolve().parents[1]
ROWS = ROOT / "tests" / "fixtures" / "stance-rows.json"
TITLE = ("The Salt Road",)
PRAISE = "The Salt Road is a superb film, gripping from the first scene and beautifully shot."
BLAME = "Sadly the last act is a dull, tedious slog, and the ending is a real letdown."
MIDDLE = (
    "The Salt Road follows two brothers who drive a truck of salt across a desert to a coastal town, "
    "arguing about their father, a debt and a girl they both once loved."
)


def _train_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("train_stance", ROOT / "scripts" / "train_stance.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["train_stance"] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def rows() -> list[dict[str, Any]]:
    return list(json.loads(ROWS.read_text(encoding="utf-8")))


def test_refitting_the_rows_reproduces_the_shipped_model(rows: list[dict[str, Any]], tmp_path: Path) -> None:
    """The JSON is what ``scripts/train_stance.py`` fits on the committed training rows."""
    script = _train_script()
    refit = script.fit(rows, json.loads(MODEL_PATH.read_text(encoding="utf-8"))["about"])
    learnt.save(refit, tmp_path / "model.json")
    assert (tmp_path / "model.json").read_text(encoding="utf-8") == MODEL_PATH.read_text(encoding="utf-8")


def test_the_held_out_figures_are_what_the_model_says(rows: list[dict[str, Any]]) -> None:
    """Leave-one-writer-out: the figures in the JSON's ``about`` are re-computed from the rows."""
    script = _train_script()
    figures, _, _ = script.held_out(rows)
    about = json.loads(MODEL_PATH.read_text(encoding="utf-8"))["about"]
    assert figures == about["held_out_by_writer"]
    assert "rule_positive" not in learnt.load(MODEL_PATH).features  # the rules' answer is no input
    assert about["in_use"] is stance_model.USE_MODEL is False  # held out it does not beat the rules: off


def test_the_model_decides_only_unrated_and_middle_graded_reviews() -> None:
    assert in_scope(None, "") and in_scope(0.6, "") and in_scope(0.7, "")
    assert not in_scope(0.9, "") and not in_scope(0.3, "") and not in_scope(None, "Five Films for a Wet Weekend")
    # a high grade decides alone, whatever the text: the model is not asked
    assert stance_of(BLAME + " " + BLAME, TITLE, 0.9, prior="positive").label == "positive"
    assert review_features(BLAME, TITLE, 0.9)[1] is None


def test_a_comment_keeps_the_rules_answer() -> None:
    """Only a review (``prior`` set) takes the model's label; comments keep the rules'."""
    comment = "Great film, I loved it."
    assert stance_of(comment, TITLE).label == review_features(comment, TITLE)[0] == "positive"


def test_the_opening_and_closing_paragraphs_have_their_own_leans() -> None:
    """The paragraph marks ``weigh`` leaves read the opening's and the closing's verdicts apart."""
    text = f"{PRAISE}\n\n{MIDDLE}\n\n{BLAME}"
    row = review_features(text, TITLE)[1]
    assert row is not None
    assert row["opening"] == 1.0 and row["closing"] == -1.0
    assert row["praise_share_first"] == 1.0 and row["praise_share_last"] == 0.0
    turned = review_features(f"{BLAME}\n\n{MIDDLE}\n\n{PRAISE}", TITLE)[1]
    assert turned is not None and turned["opening"] == -1.0 and turned["closing"] == 1.0


def test_a_one_paragraph_text_has_no_opening_or_closing_lean() -> None:
    row = review_features(f"{PRAISE} {BLAME}", TITLE)[1]
    assert row is not None and row["opening"] == row["closing"] == 0.0


def test_the_headline_lean_is_the_headline_s_own_verdict() -> None:
    row = review_features(f"{PRAISE}\n\n{MIDDLE}", TITLE, headline="The Salt Road is a tedious mess")[1]
    plain = review_features(f"{PRAISE}\n\n{MIDDLE}", TITLE, headline="The Salt Road (2031)")[1]
    assert row is not None and plain is not None
    assert row["headline"] == -1.0 and plain["headline"] == 0.0


def test_marks_are_taken_at_each_paragraph_start() -> None:
    evidence = weigh(f"{PRAISE}\n\n{MIDDLE}\n\n{BLAME}", TITLE)
    assert len(evidence.marks) == 3 and evidence.marks[0] == (0.0, 0.0, 0.0)
    assert evidence.marks[1][0] > 0 and evidence.marks[2][1] == evidence.marks[1][1]


def test_features_of_a_middle_grade_and_a_four_point_scale() -> None:
    row = features(Reading(1.0, 1.0, stated=2.0, words=300, text_label="mixed", warm_label="mixed"), 0.7, "mixed")
    assert row["rating_good"] == 1.0 and row["warm_mixed"] == 1.0 and row["text_mixed"] == 1.0
    four = features(Reading(), 0.5, "negative", four_point=True)
    assert four["rating_middle"] == 1.0 and four["four_point"] == 1.0 and "rating_none" not in four


def test_recommendations_and_split_verdicts_are_counted() -> None:
    text = f"{MIDDLE}\n\nIt is a mixed bag. I recommend it anyway, and it is worth seeing."
    row = review_features(text, TITLE)[1]
    assert row is not None and row["recommend_pos"] >= 1.0 and row["split_cues"] >= 1.0


def test_with_the_model_off_a_review_keeps_the_rules_answer() -> None:
    text = f"{PRAISE}\n\n{MIDDLE}\n\n{BLAME}"
    assert model() is None
    assert stance_of(text, TITLE, prior="positive").label == review_features(text, TITLE)[0]


def test_a_model_in_use_decides_a_review_in_its_scope(monkeypatch: pytest.MonkeyPatch) -> None:
    """With a model in use, a review in scope takes its label; a high grade and a comment do not."""
    from extract.nlp import stance, stance_model

    rows = [{"ev_lean": 1.0}, {"ev_lean": 0.9}, {"ev_lean": -1.0}, {"ev_lean": -0.8}]
    contrary = learnt.train(rows, ["negative", "negative", "positive", "positive"], l2=0.1)  # reads praise as a pan
    monkeypatch.setattr(stance_model, "model", lambda: contrary)
    monkeypatch.setattr(stance, "model", lambda: contrary)
    text = f"{PRAISE}\n\n{MIDDLE}\n\n{PRAISE}"
    assert review_features(text, TITLE)[0] == "positive"
    assert stance_of(text, TITLE, prior="positive").label == "negative"
    assert stance_of(text, TITLE, 0.9, prior="positive").label == "positive"
    assert stance_of(text, TITLE).label == "positive"
