"""Fit the learnt stance model (``extract/nlp/stance_model.py``) on the tune pages and write its JSON.

    python scripts/train_stance.py                      # extract the tune pages, fit, write the model
    python scripts/train_stance.py --rows ROWS.json     # also write the training rows (the test re-fits them)
    python scripts/train_stance.py --from-rows ROWS.json --check   # re-fit from rows, compare with the shipped file

Each tune page is extracted once (spaCy and the rules); the review's stance inputs are caught where the
extractor calls ``stance_of`` and read by ``stance.review_features`` (the rules' label and the model's
features). The model is fitted on the pages in its scope; leave-one-writer-out figures (each blind
writer's pages, SOURCES-<set>.md, and the rule writers' "team" pages held out in turn) are printed beside
the rules' own figure on the same pages, with the confusions, and kept in the JSON's ``about``.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from extract.nlp import learnt  # noqa: E402
from extract.nlp.stance_model import MODEL_PATH  # noqa: E402

TUNE = ROOT / "tests" / "fixtures" / "reviews" / "tune"
L2 = 10.0
STEPS = 1500
# The rules' own label is left out of the model's inputs: fitted on the pages the rules were tuned
# on, a model that sees it learns to copy it (tune, held out by writer: 353 with it, rules 361);
# without it, fitted at the start of the seventh, eighth and ninth sessions and scored on the blind
# pages written next (blind7, blind8+9, blind10, before anyone tuned on them) it was right on 98 of
# 140, with it 96, the rules 94. The rules' reading of the text (``text_*``, ``warm_*``, ``closing_turns``) stays.
DROPPED = ("rule_",)
# Measured on pages nobody had tuned on (recorded, not re-computed): the model fitted on the tune
# pages of a session's start, scored on the blind pages written next, beside the rules of that start.
UNSEEN = {
    "blind7a+b, fitted at the seventh session's start (246 pages)": {"pages": 60, "rules": 41, "model": 42},
    "blind8+9, fitted at the eighth session's start (306 pages)": {"pages": 50, "rules": 34, "model": 36},
    "blind10, fitted at the ninth session's start (356 pages)": {"pages": 30, "rules": 19, "model": 20},
    "blind11+12, fitted at the tenth session's start (386 pages), before looking": {
        "pages": 60,
        "rules": 47,
        "model": 45,
    },
}


def groups() -> dict[str, str]:
    """Each blind page's writer set (SOURCES-<set>.md); pages not listed are the rule writers' ("team")."""
    found = {}
    for sources in sorted(TUNE.glob("SOURCES-*.md")):
        for line in sources.read_text(encoding="utf-8").splitlines():
            if line.startswith("| ") and "---" not in line and not line.lower().startswith("| page"):
                found[line.split("|")[1].strip()] = sources.stem.split("-", 1)[1]
    return found


def extract_rows(without: tuple[str, ...] = ()) -> list[dict[str, Any]]:
    """One row per tune page: name, group, gold, the rules' label and the model's features (or None)."""
    import extract.nlp.extractor as extractor_module
    from extract.nlp.evaluate import _page_of, devset_pairs
    from extract.nlp.stance import review_features

    caught: list[tuple[tuple[Any, ...], dict[str, Any]]] = []
    real = extractor_module.stance_of  # type: ignore[attr-defined]

    def catch(*args: Any, **kwargs: Any) -> Any:
        if kwargs.get("prior", "neutral") != "neutral":
            caught.append((args, kwargs))
        return real(*args, **kwargs)

    extractor_module.stance_of = catch  # type: ignore[attr-defined]
    extractor = extractor_module.EntityExtractor.default()
    writers, rows = groups(), []
    for page_path, gold_path in devset_pairs(ROOT, "tune"):
        if writers.get(gold_path.stem, "team") in without:
            continue
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        caught.clear()
        extractor.extract(_page_of(page_path, gold))
        args, kwargs = caught[0]
        text, titles, rating, others, selection, raw = args
        rule, row = review_features(text, titles, rating, others, selection, raw, kwargs.get("headline", ""))
        row = None if row is None else {key: round(value, 6) for key, value in row.items()}
        name = gold_path.stem
        rows.append(
            {"name": name, "group": writers.get(name, "team"), "gold": gold["page"]["stance"], "rule": rule, "row": row}
        )
    return rows


def kept(row: dict[str, float]) -> dict[str, float]:
    return {k: v for k, v in row.items() if not k.startswith(DROPPED)}


def fit(rows: list[dict[str, Any]], about: dict[str, Any] | None = None) -> learnt.LinearModel:
    scoped = [r for r in rows if r["row"] is not None]
    return learnt.train([kept(r["row"]) for r in scoped], [r["gold"] for r in scoped], l2=L2, steps=STEPS, about=about)


def answer(model: learnt.LinearModel, row: dict[str, Any]) -> str:
    return str(row["rule"]) if row["row"] is None else model.best(kept(row["row"]))


def held_out(rows: list[dict[str, Any]]) -> tuple[dict[str, dict[str, int]], Counter[str], Counter[str]]:
    """Per writer group: pages, the rules' right answers, the model's (fitted on the other groups), the
    majority class; and the confusions (gold -> answer) of the rules and the held-out model."""
    figures: dict[str, dict[str, int]] = {}
    rules_confusion: Counter[str] = Counter()
    model_confusion: Counter[str] = Counter()

    def fit_and_score(train_ids: list[int], test_ids: list[int]) -> float:
        model = fit([rows[i] for i in train_ids])
        test = [rows[i] for i in test_ids]
        answers = [answer(model, r) for r in test]
        model_confusion.update(f"{r['gold']}->{a}" for r, a in zip(test, answers, strict=True) if a != r["gold"])
        rules_confusion.update(f"{r['gold']}->{r['rule']}" for r in test if r["rule"] != r["gold"])
        figures[test[0]["group"]] = {
            "pages": len(test),
            "rules": sum(r["rule"] == r["gold"] for r in test),
            "model": sum(a == r["gold"] for r, a in zip(test, answers, strict=True)),
            "majority": Counter(r["gold"] for r in test).most_common(1)[0][1],
        }
        return float(figures[test[0]["group"]]["model"])

    learnt.by_group([r["group"] for r in rows], fit_and_score)
    return figures, rules_confusion, model_confusion


def report(rows: list[dict[str, Any]]) -> dict[str, Any]:
    figures, rules_confusion, model_confusion = held_out(rows)
    for group, f in figures.items():
        print(
            f"{group:10s} pages {f['pages']:3d}  rules {f['rules']:3d}  model held out {f['model']:3d}",
            f"majority {f['majority']}",
        )
    total = {key: sum(f[key] for f in figures.values()) for key in ("pages", "rules", "model")}
    print("total", total)
    print("rules' errors", sorted(rules_confusion.items()))
    print("model's errors (held out)", sorted(model_confusion.items()))
    return {
        "trained_on": f"{sum(r['row'] is not None for r in rows)} in-scope tune pages of {len(rows)}",
        "l2": L2,
        "steps": STEPS,
        "dropped": list(DROPPED),
        "held_out_by_writer": figures,
        "held_out_total": total,
        "unseen": UNSEEN,
        "in_use": False,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rows", type=Path, help="write the training rows here")
    parser.add_argument("--from-rows", type=Path, help="fit from these rows instead of extracting the pages")
    parser.add_argument("--without", default="", help="writer sets to leave out, comma-separated (not yet scored)")
    parser.add_argument("--check", action="store_true", help="compare with the shipped model, write nothing")
    args = parser.parse_args()
    rows = (
        json.loads(args.from_rows.read_text(encoding="utf-8"))
        if args.from_rows
        else extract_rows(tuple(args.without.split(",")) if args.without else ())
    )
    if args.rows:
        lines = ",\n".join(json.dumps(row, sort_keys=True) for row in rows)  # a row a line
        args.rows.write_text(f"[\n{lines}\n]\n", encoding="utf-8")
    model = fit(rows, report(rows))
    if args.check:
        with tempfile.TemporaryDirectory() as folder:
            learnt.save(model, Path(folder) / "model.json")
            same = (Path(folder) / "model.json").read_text(encoding="utf-8") == MODEL_PATH.read_text(encoding="utf-8")
        print("shipped model reproduced" if same else "shipped model differs")
        return
    learnt.save(model, MODEL_PATH)
    print("wrote", MODEL_PATH)


if __name__ == "__main__":
    main()
