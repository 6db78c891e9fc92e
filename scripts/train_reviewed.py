"""Re-create extract/data/reviewed-model.json, the reviewed-work ranker, from the tune pages.

    python scripts/train_reviewed.py [--exclude blind11,blind12] [--out PATH] [--cache PICKLE]

Every tune page is read with the extractor; ``extract.nlp.reviewed.RECORD`` collects each page's
contenders and their features; a contender is a positive row when it is the gold reviewed work
(its title or an alias). The model is fitted on all the pages; the file's ``about`` also gives the
leave-one-writer-out figures (fit on the other writers, score the held-out one's pages with the
same decision as the extractor) beside the hand-written steps' figure on the same pages.
"""

from __future__ import annotations

import argparse
import json
import pickle
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from extract.nlp import learnt, reviewed, reviewed_rank  # noqa: E402
from extract.nlp.evaluate import _keys, _page_of, reviewed_title  # noqa: E402
from extract.nlp.textnorm import name_key  # noqa: E402

TUNE = ROOT / "tests" / "fixtures" / "reviews" / "tune"
L2 = 1.0
STEPS = 1500

Page = dict[str, Any]


def groups() -> dict[str, str]:
    """Each blind page's writer group (from SOURCES-<group>.md); every other page is "team"."""
    found: dict[str, str] = {}
    for source in sorted(TUNE.glob("SOURCES-*.md")):
        for line in source.read_text(encoding="utf-8").splitlines():
            if line.startswith("| ") and "---" not in line and not line.lower().startswith("| page"):
                found[line.split("|")[1].strip()] = source.stem.split("-", 1)[1]
    return found


def gold_keys(gold: dict[str, Any]) -> set[str]:
    if gold.get("reviewed_work", True) is None:
        return set()
    title = reviewed_title(gold)
    return {w["title"]: _keys(w, "title") for w in gold["works_mentioned"]}.get(title, {name_key(title)})


def collect(excluded: set[str], only: set[str] | None = None) -> list[Page]:
    """One record per tune page the ranker weighs: its group, features, labels and outputs."""
    from extract.nlp.extractor import EntityExtractor

    writer = groups()
    names = sorted(
        p.stem
        for p in TUNE.glob("*.json")
        if writer.get(p.stem, "team") not in excluded and (only is None or p.stem in only)
    )
    extractor = EntityExtractor.default()
    pages: list[Page] = []
    for start in range(0, len(names), 40):
        chunk = names[start : start + 40]
        golds = [json.loads((TUNE / f"{n}.json").read_text(encoding="utf-8")) for n in chunk]
        reviewed.RECORD = []
        read = [_page_of(TUNE / f"{n}.txt", gold) for n, gold in zip(chunk, golds, strict=True)]
        extractor.extract_many(read)
        weighed = {record[0].source: record[1:] for record in reviewed.RECORD}
        for name, gold, page in zip(chunk, golds, read, strict=True):
            if page.source in weighed:
                contenders, rows, several, text = weighed[page.source]
                pages.append(page_record(name, writer.get(name, "team"), gold, contenders, several, text))
                pages[-1]["rows"] = rows
    reviewed.RECORD = None
    return pages


def page_record(
    name: str, group: str, gold: dict[str, Any], contenders: list[reviewed_rank.Contender], several: bool, text: Any
) -> Page:
    """What training keeps of one page: its contenders (labelled by the gold work), the steps' answer
    among them, and what the features are worked out from (the contenders and the page's text)."""
    keys = gold_keys(gold)
    return {
        "name": name,
        "group": group,
        "labels": [bool(c.spellings & keys) or name_key(c.title) in keys for c in contenders],
        "right": [name_key(c.work().title) in keys for c in contenders],
        "rule": [c.rule for c in contenders],
        "titles": [c.work().title for c in contenders],
        "none": not keys,
        "several": several,  # about several films: the extractor names none, unranked
        "contenders": contenders,
        "text": text,
    }


def refeature(pages: list[Page]) -> None:
    """Work each cached page's contenders' merges and features out again (their code may have changed
    since the pages were read with the extractor)."""
    from extract.nlp.extractor import load_gazetteer

    gazetteer = load_gazetteer(None)
    for i, page in enumerate(pages):
        gold = json.loads((TUNE / f"{page['name']}.json").read_text(encoding="utf-8"))
        contenders = reviewed_rank.merged(page["contenders"])
        pages[i] = page_record(page["name"], page["group"], gold, contenders, page["several"], page["text"])
        pages[i]["rows"] = reviewed_rank.feature_rows(contenders, gazetteer, page["text"])


def fit(pages: list[Page], about: dict[str, Any] | None = None) -> learnt.LinearModel:
    rows = [  # the features ``reviewed_rank.choice`` reads for its own checks are not the model's
        {k: v for k, v in row.items() if k not in reviewed_rank.CHECK_ONLY} for page in pages for row in page["rows"]
    ]
    labels = ["yes" if label else "no" for page in pages for label in page["labels"]]
    return learnt.train(rows, labels, l2=L2, steps=STEPS, about=about)


def decided_right(page: Page, model: learnt.LinearModel) -> bool:
    """Whether the extractor's decision (``reviewed_rank.choice``) with this model is the gold work."""
    rule = next((i for i, r in enumerate(page["rule"]) if r), None)
    chosen = reviewed_rank.choice(page["rows"], page["titles"], rule, model)
    return bool(page["right"][chosen]) if chosen is not None else page["none"]


def steps_right(page: Page) -> bool:
    """Whether the hand-written steps' answer is the gold work (none, for a page reviewing none)."""
    rule = next((i for i, r in enumerate(page["rule"]) if r), None)
    return bool(page["right"][rule]) if rule is not None else page["none"]


def held_out(pages: list[Page]) -> dict[str, str]:
    """Leave-one-writer-out: "model right/pages (steps right)" per group."""
    figures: dict[str, str] = {}

    def fit_and_score(kept: list[int], test: list[int]) -> float:
        model = fit([pages[i] for i in kept])
        test = [i for i in test if not pages[i]["several"]]
        right = sum(decided_right(pages[i], model) for i in test)
        steps = sum(steps_right(pages[i]) for i in test)
        figures[pages[test[0]]["group"]] = f"{right}/{len(test)} (steps {steps})"
        return right / len(test)

    learnt.by_group([p["group"] for p in pages], fit_and_score)
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--exclude", default="", help="groups left out of training, comma-separated")
    parser.add_argument("--out", type=Path, default=reviewed_rank.MODEL_PATH)
    parser.add_argument("--names", type=Path, help="a file listing the only pages to read (one stem a line)")
    parser.add_argument(
        "--cache", type=Path, help="pickle of the collected pages (re-used when it exists, features worked out again)"
    )
    args = parser.parse_args()
    excluded = {g for g in args.exclude.split(",") if g}
    if args.cache and args.cache.exists():
        pages = pickle.loads(args.cache.read_bytes())
        refeature(pages)
    else:
        only = set(args.names.read_text(encoding="utf-8").split()) if args.names else None
        pages = collect(excluded, only)
        if args.cache:
            args.cache.write_bytes(pickle.dumps(pages))
    figures = held_out(pages)
    about = {
        "trained_on": f"{len(pages)} tune pages weighed by the ranker"
        + (f", without {', '.join(sorted(excluded))}" if excluded else ""),
        "held_out": figures,
        "l2": L2,
        "steps": STEPS,
    }
    learnt.save(fit(pages, about), args.out)
    for group, figure in sorted(figures.items()):
        print(f"{group:10} {figure}")


if __name__ == "__main__":
    main()
