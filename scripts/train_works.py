"""Train the "is this name a work" model (extract/nlp/work_odds.py) from the tune pages.

    python scripts/train_works.py [--write] [--cache /tmp/works-pages.pkl] [--exclude blind11,blind12]

Extracts every tune page with the model off, takes one row of evidence per weighed work name
(``work_odds.name_rows``) labelled by the page's gold works, and prints leave-one-writer-out
figures (fit on the other writers, score the held-out one; writers as tests/fixtures/reviews/
tune/SOURCES-<set>.md list them, every other page "team") beside the rules' own figure on the same
pages. ``--write`` fits on every page and writes extract/data/works-model.json; ``--rows`` caches
the rows (the extraction takes minutes), ``--exclude`` leaves writers' pages out of everything.
"""

from __future__ import annotations

import json
import pickle
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import click

from extract.nlp import learnt, work_odds
from extract.nlp.evaluate import _keys, _page_of, devset_pairs
from extract.nlp.extractor import EntityExtractor
from extract.nlp.gazetteer import Gazetteer, load_gazetteer
from extract.nlp.textnorm import name_key
from extract.records import Page, PageEntities

ROOT = Path(__file__).resolve().parents[1]
TUNE = ROOT / "tests" / "fixtures" / "reviews" / "tune"
L2 = 10.0
THRESHOLD = 0.3  # held out: precision up, recall lost least (tenth session: 0.3-0.6 within 0.002 F)

Page_ = dict[str, Any]  # one page's rows: stem, group, names -> (row, label), and its counts


def writer_groups() -> dict[str, str]:
    """Page stem -> its blind writer's set, from the SOURCES lists."""
    groups = {}
    for listing in sorted(TUNE.glob("SOURCES-*.md")):
        for line in listing.read_text(encoding="utf-8").splitlines():
            if line.startswith("| ") and "---" not in line and not line.lower().startswith("| page"):
                groups[line.split("|")[1].strip()] = listing.stem.split("-", 1)[1]
    return groups


def unit_texts(page: Page) -> dict[str, str]:
    """Each unit's text by id, as the extractor builds its units (a pingback: its title)."""
    texts = {"title": page.title, "body": page.body}
    for comment in page.comments:
        texts[comment.id] = comment.pingback.title if comment.pingback is not None else comment.text
    return texts


def page_rows(gold: dict[str, Any], page: Page, entities: PageEntities, gazetteer: Gazetteer) -> Page_:
    """The weighed names of one page, each with its row and label, and the page's work counts:
    gold works, and per found work name whether it is true and which gold works it hits."""
    reviewed = entities.reviewed.name if entities.reviewed else None
    rows = work_odds.name_rows(entities.mentions, unit_texts(page), gazetteer, reviewed)
    keys = [_keys(w, "title") for w in gold["works_mentioned"]]
    found = {m.name for m in entities.mentions if m.kind in work_odds.WORK_KINDS} | ({reviewed} if reviewed else set())
    hits = {n: [i for i, k in enumerate(keys) if name_key(n) in k] for n in sorted(found)}
    return {
        "names": {n: (row, "work" if hits[n] else "other") for n, row in rows.items()},
        "hits": hits,
        "gold": len(keys),
    }


Extracted = list[tuple[str, str, dict[str, Any], Page, PageEntities]]  # stem, writer, gold, page, entities


def extract_pages(exclude: set[str]) -> Extracted:
    """Every tune page extracted with the model off (what the rules give), less ``exclude``'s."""
    groups = writer_groups()
    pairs = [p for p in devset_pairs(ROOT, "tune") if groups.get(p[1].stem, "team") not in exclude]
    golds = [json.loads(g.read_text(encoding="utf-8")) for _, g in pairs]
    pages = [_page_of(p, g) for (p, _), g in zip(pairs, golds, strict=True)]
    work_odds.use_model(None)
    try:
        found = EntityExtractor.default().extract_many(pages)
    finally:
        work_odds.use_model(work_odds.load_model())
    stems = [g.stem for _, g in pairs]
    return [
        (stem, groups.get(stem, "team"), gold, page, entities)
        for stem, gold, page, entities in zip(stems, golds, pages, found, strict=True)
    ]


def all_rows(extracted: Extracted, gazetteer: Gazetteer) -> list[Page_]:
    return [{"stem": s, "group": w, **page_rows(g, p, e, gazetteer)} for s, w, g, p, e in extracted]


def fit(pages: Sequence[Page_], about: dict[str, Any] | None = None) -> learnt.LinearModel:
    rows = [row for p in pages for row, _ in p["names"].values()]
    labels = [label for p in pages for _, label in p["names"].values()]
    return learnt.train(rows, labels, l2=L2, about=about)


def counts(pages: Sequence[Page_], model: learnt.LinearModel | None) -> tuple[int, int, int, int]:
    """(gold works hit, gold works, found names true, found names) with the model's drops."""
    hit = gold = true = found = 0
    for p in pages:
        dropped = set() if model is None else {n for n, (row, _) in p["names"].items() if _drops(model, row)}
        kept = {n: h for n, h in p["hits"].items() if n not in dropped}
        hit += len({i for h in kept.values() for i in h})
        gold += p["gold"]
        true += sum(1 for h in kept.values() if h)
        found += len(kept)
    return hit, gold, true, found


def _drops(model: learnt.LinearModel, row: dict[str, float]) -> bool:
    return model.probabilities(row)["work"] < THRESHOLD


def _figure(c: tuple[int, int, int, int]) -> dict[str, float]:
    return {"R": round(c[0] / max(1, c[1]), 3), "P": round(c[2] / max(1, c[3]), 3)}


def held_out(pages: Sequence[Page_]) -> dict[str, dict[str, dict[str, float]]]:
    """Per writer: the rules' works R/P and the model's, fitted on the other writers; "all":
    the sums over writers."""
    groups = sorted({p["group"] for p in pages})
    figures, totals = {}, {"rules": [0, 0, 0, 0], "model": [0, 0, 0, 0]}
    for group in groups:
        model = fit([p for p in pages if p["group"] != group])
        mine = [p for p in pages if p["group"] == group]
        pair = {"rules": counts(mine, None), "model": counts(mine, model)}
        for key, c in pair.items():
            totals[key] = [a + b for a, b in zip(totals[key], c, strict=True)]
        figures[group] = {key: _figure(c) for key, c in pair.items()}
    figures["all"] = {key: _figure((c[0], c[1], c[2], c[3])) for key, c in totals.items()}
    return figures


@click.command()
@click.option("--write", is_flag=True, help="write extract/data/works-model.json")
@click.option("--cache", type=click.Path(path_type=Path), help="a pickle of the extracted pages (minutes to make)")
@click.option("--exclude", default="", help="writers' sets left out, comma-separated")
def main(write: bool, cache: Path | None, exclude: str) -> None:
    left_out = {e for e in exclude.split(",") if e}
    if cache is not None and cache.exists():
        extracted = pickle.loads(cache.read_bytes())
    else:
        extracted = extract_pages(left_out)
        if cache is not None:
            cache.write_bytes(pickle.dumps(extracted))
    pages = all_rows(extracted, load_gazetteer(None))
    figures = held_out(pages)
    for group, pair in figures.items():
        click.echo(
            f"{group:10} rules R {pair['rules']['R']:.3f} P {pair['rules']['P']:.3f}"
            f" | model R {pair['model']['R']:.3f} P {pair['model']['P']:.3f}"
        )
    if write:
        about = {
            "what": "P(a work name of a page is a work), extract/nlp/work_odds.py; scripts/train_works.py",
            "threshold": THRESHOLD,
            "l2": L2,
            "pages": len(pages),
            "left_out": sorted(left_out),
            "held_out": figures,
        }
        learnt.save(fit(pages, about), work_odds.MODEL_PATH)
        click.echo(f"wrote {work_odds.MODEL_PATH}")


if __name__ == "__main__":
    main()
