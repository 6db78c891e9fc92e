"""The learnt pair confidence (extract/nlp/pair_model.py): the rules propose, a model decides.

Sentences are written for these tests. Unit tests build a unit's facts by hand (mentions and cue
spans), and a two-feature model where the decision itself is under test; the end-to-end cases
run the extractor with the shipped model.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from base.vocab import Rel
from extract.nlp import co_mentions, learnt, pair_model
from extract.nlp.cues import Cue
from extract.nlp.extractor import EntityExtractor
from extract.nlp.relations import UnitFacts
from extract.records import Mention, PageEntities, Relation
from extract.text_reader import parse_text_page

ROOT = Path(__file__).resolve().parents[1]
REVIEWED = "The Raid"


def _film(name: str, text: str, at: int, rule: str = "gazetteer", unit: str = "body") -> Mention:
    start = text.index(name, at)
    return Mention(name, name, "film", unit, start, start + len(name), year=1990, rule=rule)


def _facts(text: str, names: list[str], unit: str = "body", cues: list[Cue] | None = None) -> UnitFacts:
    spans, start = [], 0
    for end in [i + 1 for i, ch in enumerate(text) if ch in ".?!"]:
        spans.append((start, end))
        start = end
    mentions, at = [], 0
    for name in names:
        mentions.append(_film(name, text, at, unit=unit))
        at = mentions[-1].end
    facts = UnitFacts(unit, text, "Ida", spans, mentions)
    facts.cues = cues or []
    return facts


def _rows(facts: UnitFacts, proposed: list[Relation] | None = None) -> dict[frozenset[str], dict[str, float]]:
    works = {m.name for m in facts.mentions} | {REVIEWED}
    found = pair_model.candidates(facts, REVIEWED, works, proposed or [], {})
    return {frozenset((c.source, c.target)): c.features for c in found}


def test_co_mentioned_reports_why_it_left_a_work_out() -> None:
    facts = _facts("Die Hard had the same setup. Next week I am seeing Heat.", ["Die Hard", "Heat"])
    reasons: dict[int, str] = {}
    kept = co_mentions.co_mentioned(facts, REVIEWED, {"Die Hard", "Heat"}, [], {}, reasons)
    assert [r.target for r in kept] == ["Die Hard"]
    assert reasons == {facts.mentions[1].start: "plan"}


def test_every_work_a_sentence_names_is_a_candidate_even_where_the_rules_exclude_it() -> None:
    rows = _rows(_facts("Die Hard had the same setup. Next week I am seeing Heat.", ["Die Hard", "Heat"]))
    assert set(rows) == {frozenset((REVIEWED, "Die Hard")), frozenset((REVIEWED, "Heat"))}
    assert rows[frozenset((REVIEWED, "Die Hard"))]["rule_co"] == 1.0
    assert rows[frozenset((REVIEWED, "Heat"))]["reason_plan"] == 1.0
    assert "rule_any" not in rows[frozenset((REVIEWED, "Heat"))]


def test_a_comment_about_another_work_alone_is_a_candidate_the_rules_call_weak() -> None:
    rows = _rows(_facts("Heat is underrated, honestly.", ["Heat"], unit="c1"))
    features = rows[frozenset((REVIEWED, "Heat"))]
    assert features["in_comment"] == 1.0 and features["reason_weak"] == 1.0
    assert pair_model.settled(features)  # a comment's pairs stay the rules' (the seeds' gold)


def test_the_reviewed_work_with_a_work_of_a_cue_sentence_gets_the_cue_features() -> None:
    text = "Alien owes a lot to Halloween, for sure."
    start = text.index("owes a lot to")
    cue = Cue(start, start + len("owes a lot to"), "owes", "object", "similar", frozenset({text.index("Halloween")}))
    rows = _rows(_facts(text, ["Alien", "Halloween"], cues=[cue]))
    features = rows[frozenset((REVIEWED, "Halloween"))]
    assert features["cue_governs"] == 1.0 and features["cue_polarity_similar"] == 1.0 and features["cue_before"] == 1.0
    assert rows[frozenset((REVIEWED, "Alien"))]["cue_governs"] == 0.0
    assert frozenset(("Alien", "Halloween")) not in rows  # two other works: only a cue rule pairs them


def test_a_pair_a_cue_rule_proposed_is_settled_by_the_rules() -> None:
    text = "It owes a lot to Halloween."
    facts = _facts(text, ["Halloween"])
    edge = Relation(Rel.COMPARED_TO, REVIEWED, "Halloween", "body", text, confidence=0.8, start=0, end=len(text))
    features = _rows(facts, [edge])[frozenset((REVIEWED, "Halloween"))]
    assert features == {"cue_rule": 1.0, "rule_kept": 1.0, "rule_cued": 1.0, "rule_plain": 0.0}
    assert pair_model.settled(features)


def test_two_other_works_a_cue_rule_paired_are_settled_by_the_rules() -> None:
    text = "Alien owes a lot to Halloween."
    edge = Relation(Rel.COMPARED_TO, "Alien", "Halloween", "body", text, confidence=0.8, start=0, end=len(text))
    rows = _rows(_facts(text, ["Alien", "Halloween"]), [edge])
    assert pair_model.settled(rows[frozenset(("Alien", "Halloween"))])
    # the reviewed work with either: the co-mention pass's "others" (the sentence compares those two)
    assert rows[frozenset((REVIEWED, "Alien"))] == {"reason_others": 1.0}
    assert pair_model.settled(rows[frozenset((REVIEWED, "Alien"))])


def test_the_sparse_probability_is_the_models_softmax() -> None:
    rows = [{"a": 1.0, "b": 0.2}, {"a": 0.0, "b": 0.9}, {"a": 0.9}, {"b": 0.1}]
    model = learnt.train(rows, ["pair", "none"] * 2)
    for row in ({"a": 0.5}, {"a": 1.0, "b": 1.0}, {}):
        assert pair_model.probability(model, row) == pytest.approx(model.probabilities(row)["pair"], abs=1e-9)


def _tiny_model(threshold: float) -> learnt.LinearModel:
    """P(pair) rises with rule_kept: 0.5 without it, 0.88 with it."""
    return learnt.LinearModel(
        classes=("none", "pair"),
        features=("rule_kept",),
        means=(0.0,),
        scales=(1.0,),
        weights=((0.0,), (2.0,)),
        biases=(0.0, 0.0),
        about={"threshold": threshold},
    )


def test_a_cue_rules_edge_stands_as_the_rules_gave_it() -> None:
    facts = _facts("Die Hard had the same setup.", ["Die Hard"])
    edge = Relation(Rel.COMPARED_TO, REVIEWED, "Die Hard", "body", "x", polarity="similar", confidence=0.8)
    kept = pair_model.decide(facts, REVIEWED, {"Die Hard"}, [edge], {}, _tiny_model(0.99))
    assert kept == [edge]


def test_a_co_mention_the_model_keeps_has_its_probability_below_the_cue_rules() -> None:
    facts = _facts("Die Hard had the same setup.", ["Die Hard"])
    kept = pair_model.decide(facts, REVIEWED, {"Die Hard"}, [], {}, _tiny_model(0.6))
    assert [(r.target, r.extractor, r.confidence) for r in kept] == [("Die Hard", co_mentions.EXTRACTOR, 0.59)]


def test_the_threshold_decides_a_pair_no_rule_kept() -> None:
    facts = _facts("Next week I am seeing Heat.", ["Heat"])
    assert pair_model.decide(facts, REVIEWED, {"Heat"}, [], {}, _tiny_model(0.6)) == []
    kept = pair_model.decide(facts, REVIEWED, {"Heat"}, [], {}, _tiny_model(0.5))
    assert [(r.source, r.target, r.extractor, r.evidence) for r in kept] == [
        (REVIEWED, "Heat", co_mentions.EXTRACTOR, "Next week I am seeing Heat.")
    ]


def test_a_model_that_does_not_win_held_out_leaves_the_decision_to_the_rules(monkeypatch: pytest.MonkeyPatch) -> None:
    facts = _facts("Die Hard had the same setup. Next week I am seeing Heat.", ["Die Hard", "Heat"])
    losing = _tiny_model(0.5)
    monkeypatch.setattr(learnt, "load", lambda path: losing)
    pair_model.default_model.cache_clear()
    try:
        assert pair_model.default_model() is None
        kept = pair_model.decide(facts, REVIEWED, {"Die Hard", "Heat"}, [], {})
        assert kept == pair_model.rules_only(facts, REVIEWED, {"Die Hard", "Heat"}, [], {})
        assert [r.target for r in kept] == ["Die Hard"]
    finally:
        pair_model.default_model.cache_clear()


def test_the_shipped_model_records_its_held_out_figures_and_whether_they_win() -> None:
    model = learnt.load(pair_model.MODEL_PATH)
    assert model.classes == ("none", "pair")
    about = model.about
    assert 0.2 <= about["threshold"] <= 0.8
    figures = about["held_out_by_writer"]
    assert {"team", "blind", "blind10", "blind11", "blind12", "all"} <= set(figures)

    def f1(r: float, p: float) -> float:
        return 2 * r * p / (r + p)

    # held out by writer, the learnt decision of the body's co-mentions matches the hand-written
    # lexicon tuned on these very pages (F1 within 0.005) but does not beat it: the extractor
    # keeps the rules' decision (default_model is None) until a re-training wins
    total = figures["all"]
    held_out, rules = f1(total["held_out_R"], total["held_out_P"]), f1(total["rules_R"], total["rules_P"])
    assert abs(held_out - rules) < 0.005
    assert about["wins_held_out"] == (held_out > rules + pair_model.WIN_MARGIN)
    # (eleventh session: the tune set grew to 506 pages with whole-page dumps, blind14 and 15)
    assert total["held_out_R"] >= 0.76 and total["held_out_P"] >= 0.82
    assert (pair_model.default_model() is not None) == about["wins_held_out"]


MOON = "Review: Moon (2009)"


def _extract(extractor: EntityExtractor, body: str) -> PageEntities:
    text = f"{MOON}\n\nPosted on June 1, 2010 by Ida Brandt\n\n{body}\n"
    return extractor.extract(parse_text_page(text, "case.txt"))


def _pairs(entities: PageEntities) -> set[frozenset[str]]:
    return {frozenset((r.source, r.target)) for r in entities.relations if r.type == Rel.COMPARED_TO}


def test_shipped_model_keeps_a_likened_film_and_drops_a_viewing_plan(extractor: EntityExtractor) -> None:
    body = (
        "Sam Rockwell carries the whole thing alone on the base. It reminded me of Silent Running "
        "more than once, the same lonely gardener in space.\n\nNext weekend I am finally seeing Alien."
    )
    pairs = _pairs(_extract(extractor, body))
    assert frozenset(("Moon", "Silent Running")) in pairs
    assert frozenset(("Moon", "Alien")) not in pairs


@pytest.mark.slow
def test_retraining_on_the_tune_pages_reproduces_the_shipped_model(tmp_path: Path) -> None:
    out = tmp_path / "pairs-model.json"
    subprocess.run([sys.executable, str(ROOT / "scripts" / "train_pairs.py"), "--out", str(out)], check=True)
    assert json.loads(out.read_text(encoding="utf-8")) == json.loads(pair_model.MODEL_PATH.read_text(encoding="utf-8"))
