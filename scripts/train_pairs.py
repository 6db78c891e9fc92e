"""Train the learnt pair confidence (extract/data/pairs-model.json) from the tune pages.

    python scripts/train_pairs.py [--cache units.pkl] [--check]

Runs the extractor over tests/fixtures/reviews/tune once, keeping for each unit the inputs of
the pair decision (``extract.nlp.pair_model.candidates``), labels each candidate pair by the
gold (a required pair: "pair"; a pair only the gold's optional ones name: left out; else
"none"). Only the candidates the rules do not settle (``pair_model.settled``: the reviewed work
with another work a sentence names, no cue rule proposing the pair) are the model's to decide
and to learn from; the figures count every pair, the settled ones as the rules decide them. Then:

1. for each writer group (SOURCES-<set>.md; the rest are the rule writers', "team"), fits on
   the other groups and scores the held-out one, for each L2 penalty of ``PENALTIES``;
2. picks the penalty and the one threshold with the best pooled held-out F1 of compared pairs;
3. fits on every page and writes the model, with the held-out figures per group beside the
   rules' own figures on the same pages in its ``about``.

``--check`` re-trains and fails when the result differs from the shipped file. Deterministic:
the same pages give the same file.
"""

from __future__ import annotations

import argparse
import json
import pickle
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from extract.nlp import evaluate, learnt, pair_model  # noqa: E402

TUNE = ROOT / "tests" / "fixtures" / "reviews" / "tune"
PENALTIES = (10.0, 100.0)
THRESHOLDS = tuple(round(0.2 + 0.025 * i, 3) for i in range(25))  # 0.2 .. 0.8


@dataclass
class Unit:
    """The pair decision's inputs for one unit of one page."""

    page: int
    args: tuple[Any, ...]  # facts, reviewed, works, proposed, vetoed


def groups_of(names: list[str]) -> list[str]:
    """Each page's writer group: the blind set whose SOURCES file lists it, else "team"."""
    listed: dict[str, str] = {}
    for source in sorted(TUNE.glob("SOURCES-*.md")):
        group = source.stem.removeprefix("SOURCES-")
        for line in source.read_text(encoding="utf-8").splitlines():
            if line.startswith("| ") and "---" not in line and not line.lower().startswith("| page"):
                listed[line.split("|")[1].strip()] = group
    return [listed.get(name, "team") for name in names]


def collect(pairs: list[tuple[Path, Path]]) -> tuple[list[dict[str, Any]], list[Unit]]:
    """Golds and the units' decision inputs, one extractor pass per page."""
    from extract.nlp.extractor import EntityExtractor

    units: list[Unit] = []
    golds: list[dict[str, Any]] = []
    original = pair_model.decide

    def capture(*args: Any, **kwargs: Any) -> list[Any]:
        units.append(Unit(len(golds), args[:5]))
        return pair_model.rules_only(*args[:5])

    pair_model.decide = capture
    try:
        extractor = EntityExtractor.default()
        for page_path, gold_path in pairs:
            gold = json.loads(gold_path.read_text(encoding="utf-8"))
            extractor.extract_many([evaluate._page_of(page_path, gold)])
            golds.append(gold)
    finally:
        pair_model.decide = original
    return golds, units


@dataclass
class Row:
    page: int
    pair: tuple[str, str]
    features: dict[str, float]
    label: str | None  # None: a pair only the gold's optional ones name
    by_rules: bool  # the hand-written rules keep it


def rows_of(golds: list[dict[str, Any]], units: list[Unit]) -> list[Row]:
    """Every unit's candidates, labelled by the gold, with the rules' own decision."""
    rows: list[Row] = []
    for unit in units:
        gold = golds[unit.page]
        ids = evaluate._WorkIds(gold["works_mentioned"])
        required, optional = _gold_pairs(gold, ids)
        ruled = {evaluate._pair(ids.of(r.source), ids.of(r.target)) for r in pair_model.rules_only(*unit.args)}
        for candidate in pair_model.candidates(*unit.args):
            pair = evaluate._pair(ids.of(candidate.source), ids.of(candidate.target))
            if pair[0] == pair[1]:
                continue
            label = pair_model.POSITIVE if pair in required else (None if pair in optional else pair_model.NEGATIVE)
            rows.append(Row(unit.page, pair, candidate.features, label, pair in ruled))
    return rows


def _gold_pairs(gold: dict[str, Any], ids: Any) -> tuple[set[tuple[str, str]], set[tuple[str, str]]]:
    reviewed = ids.of(evaluate.reviewed_title(gold))
    required, optional = set[tuple[str, str]](), set[tuple[str, str]]()
    for item in gold["compared_to"]:
        pair = evaluate._pair(ids.of(item["work"]), ids.of(item.get("with", reviewed)))
        (optional if item.get("optional") else required).add(pair)
    return required, optional - required


def figures(
    golds: list[dict[str, Any]], rows: list[Row], kept: list[bool], pages: set[int]
) -> tuple[float, float, float]:
    """Compared-pair recall, precision and F1 over ``pages`` when the rows ``kept`` are kept."""
    found = {(r.page, r.pair) for r, k in zip(rows, kept, strict=True) if k and r.label is not None}
    hit = gold_total = 0
    for page in pages:
        ids = evaluate._WorkIds(golds[page]["works_mentioned"])
        required, _ = _gold_pairs(golds[page], ids)
        gold_total += len(required)
        hit += sum((page, pair) in found for pair in required)
    found_total = sum(1 for page, _ in found if page in pages)
    recall = hit / gold_total if gold_total else 1.0
    precision = hit / found_total if found_total else 1.0
    return recall, precision, 2 * recall * precision / max(recall + precision, 1e-9)


def kept_rows(rows: list[Row], probs: list[float], cut: float) -> list[bool]:
    """The pair decision per row: the rules' own where they settle it (``pair_model.settled``),
    else the model at the threshold."""
    out: list[bool] = []
    for row, prob in zip(rows, probs, strict=True):
        if pair_model.settled(row.features):
            out.append(bool(row.features.get("rule_kept")))
        else:
            out.append(prob >= cut)
    return out


def fit(rows: list[Row], ids: list[int], l2: float) -> learnt.LinearModel:
    train = [rows[i] for i in ids if rows[i].label is not None and not pair_model.settled(rows[i].features)]
    return learnt.train([r.features for r in train], [str(r.label) for r in train], l2=l2)


def held_out(golds: list[dict[str, Any]], rows: list[Row], groups: list[str], l2: float) -> list[float]:
    """Each row's probability from the model fitted without its page's writer group."""
    probs = [0.0] * len(rows)
    row_groups = [groups[r.page] for r in rows]

    def fit_and_score(kept: list[int], out: list[int]) -> float:
        model = fit(rows, kept, l2)
        for i in out:
            probs[i] = pair_model.probability(model, rows[i].features)
        return 0.0

    learnt.by_group(row_groups, fit_and_score)
    return probs


def choose(golds: list[dict[str, Any]], rows: list[Row], groups: list[str]) -> tuple[float, float, list[float]]:
    """The penalty and threshold of the best pooled held-out F1, and the held-out probabilities."""
    pages = set(range(len(golds)))
    best: tuple[float, float, float, list[float]] = (-1.0, 0.0, 0.0, [])
    for l2 in PENALTIES:
        probs = held_out(golds, rows, groups, l2)
        for cut in THRESHOLDS:
            f1 = figures(golds, rows, kept_rows(rows, probs, cut), pages)[2]
            if f1 > best[0] + 1e-9:
                best = (f1, l2, cut, probs)
    return best[1], best[2], best[3]


def report(
    golds: list[dict[str, Any]], rows: list[Row], groups: list[str], probs: list[float], cut: float
) -> dict[str, Any]:
    """Per group (and all): the held-out model's R/P beside the rules' own on the same pages."""
    out: dict[str, Any] = {}
    for group in [*sorted(set(groups)), "all"]:
        pages = {i for i, g in enumerate(groups) if group in ("all", g)}
        model = figures(golds, rows, kept_rows(rows, probs, cut), pages)
        rules = figures(golds, rows, [r.by_rules for r in rows], pages)
        out[group] = {
            "pages": len(pages),
            "held_out_R": round(model[0], 3),
            "held_out_P": round(model[1], 3),
            "rules_R": round(rules[0], 3),
            "rules_P": round(rules[1], 3),
        }
    return out


def _f1(recall: float, precision: float) -> float:
    return 2 * recall * precision / max(recall + precision, 1e-9)


def build(golds: list[dict[str, Any]], units: list[Unit], names: list[str]) -> learnt.LinearModel:
    groups = groups_of(names)
    rows = rows_of(golds, units)
    l2, cut, probs = choose(golds, rows, groups)
    figures_by_group = report(golds, rows, groups, probs, cut)
    total = figures_by_group["all"]
    held_out, rules = _f1(total["held_out_R"], total["held_out_P"]), _f1(total["rules_R"], total["rules_P"])
    about = {
        "trained_on": f"{len(golds)} tune pages, {sum(r.label is not None for r in rows)} candidate pairs",
        "l2": l2,
        "threshold": cut,
        "held_out_by_writer": figures_by_group,
        # the extractor uses the model only where its held-out F1 beats the rules' own (in-sample)
        # by more than WIN_MARGIN: a win inside the noise of a few pages does not switch the
        # whole pipeline's decision
        "wins_held_out": held_out > rules + pair_model.WIN_MARGIN,
        "script": "scripts/train_pairs.py",
    }
    model = fit(rows, list(range(len(rows))), l2)
    return learnt.LinearModel(
        model.classes, model.features, model.means, model.scales, model.weights, model.biases, about
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cache", type=Path, help="pickle of the collected units (written if missing)")
    parser.add_argument("--check", action="store_true", help="fail if re-training changes the shipped file")
    parser.add_argument("--out", type=Path, default=pair_model.MODEL_PATH)
    args = parser.parse_args()
    pairs = evaluate.devset_pairs(ROOT, "tune")
    names = [gold.stem for _, gold in pairs]
    if args.cache and args.cache.exists():
        golds, units, names = pickle.loads(args.cache.read_bytes())
    else:
        golds, units = collect(pairs)
        if args.cache:
            args.cache.write_bytes(pickle.dumps((golds, units, names)))
    model = build(golds, units, names)
    if args.check:
        shipped = learnt.load(pair_model.MODEL_PATH).to_json()
        learnt.save(model, Path("/tmp/pairs-model-check.json"))
        fresh = json.loads(Path("/tmp/pairs-model-check.json").read_text(encoding="utf-8"))
        return 0 if fresh == shipped else 1
    learnt.save(model, args.out)
    print(json.dumps(model.about["held_out_by_writer"], indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
