"""Scores of the entity extractor against a gold file (``../shared/gold`` or the example gold).

    python -m extract.nlp.evaluate            # the seed pages, every score per page

A found work counts when its name resolves to the gold title or one of its aliases; people
likewise. Compared-to is scored as the set of works compared to the reviewed film per page,
and each gold comparison that is found must carry the gold evidence fragment.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import click

from extract.io import read_file
from extract.nlp.extractor import EntityExtractor
from extract.nlp.textnorm import fold, name_key
from extract.records import WORK_KINDS, Page, PageEntities


@dataclass(slots=True)
class PageScores:
    page: str
    works_recall: float
    works_precision: float
    people_recall: float
    characters_as_people: list[str]
    compared_recall: float
    compared_precision: float
    evidence_ok: float
    stance: str
    stance_gold: str
    missed_works: list[str] = field(default_factory=list)
    extra_works: list[str] = field(default_factory=list)
    missed_people: list[str] = field(default_factory=list)
    missed_compared: list[str] = field(default_factory=list)
    extra_compared: list[str] = field(default_factory=list)


def _keys(entry: dict[str, Any], field_name: str) -> set[str]:
    return {name_key(entry[field_name]), *(name_key(a) for a in entry.get("aliases", []))}


def _norm(text: str) -> str:
    return " ".join(fold(text).split())


class _Native(dict[str, str]):
    """Gold written with reelgraph's own unit ids: each id maps to itself."""

    def __missing__(self, key: str) -> str:
        return key


def _unit_ids(page: Page, gold: dict[str, Any]) -> dict[str, str]:
    """Gold comment ids -> our unit ids (comments pair up in page order); "review" -> body."""
    if "comments" not in gold:
        return _Native(review="body")
    pairs = {g["id"]: c.id for c, g in zip(page.real_comments, gold["comments"], strict=False)}
    pairs["review"] = "body"
    return pairs


def score_page(page: Page, entities: PageEntities, gold: dict[str, Any]) -> PageScores:
    gold_works = [(w["title"], _keys(w, "title")) for w in gold["works_mentioned"]]
    found_works = {m.name for m in entities.mentions if m.kind in WORK_KINDS}
    found_keys = {name_key(n) for n in found_works}
    matched = [t for t, keys in gold_works if keys & found_keys]
    extra = sorted(n for n in found_works if not any(name_key(n) in keys for _, keys in gold_works))
    gold_people = [(p["name"], _keys(p, "name")) for p in gold["people_mentioned"]]
    people_keys = {name_key(m.name) for m in entities.mentions if m.kind == "person"}
    missed_people = [n for n, keys in gold_people if not keys & people_keys]
    characters = {name_key(part) for c in gold.get("characters", []) for part in c.replace(")", "").split(" (")}
    wrong = sorted(
        {
            m.text
            for m in entities.mentions
            if m.kind == "person" and ({name_key(m.text), name_key(m.name)} & characters)
        }
    )
    compared = [r for r in entities.relations if r.type == "COMPARED_TO"]
    work_keys = {t: keys for t, keys in gold_works}
    gold_compared = {c["work"] for c in gold["compared_to"]}
    compared_keys = {name_key(r.target) for r in compared}
    hit = {w for w in gold_compared if work_keys.get(w, {name_key(w)}) & compared_keys}
    found_compared = {r.target for r in compared}
    true_found = {
        t for t in found_compared if any(name_key(t) in work_keys.get(w, {name_key(w)}) for w in gold_compared)
    }
    units = _unit_ids(page, gold)
    checked = ok = 0
    for item in gold["compared_to"]:
        keys = work_keys.get(item["work"], {name_key(item["work"])})
        same = [r for r in compared if name_key(r.target) in keys and r.unit == units.get(item["in"])]
        if same:
            checked += 1
            ok += any(_norm(item["evidence"]) in _norm(r.evidence) for r in same)
    return PageScores(
        page=gold["file"],
        works_recall=round(len(matched) / len(gold_works), 3),
        works_precision=round((len(found_works) - len(extra)) / max(1, len(found_works)), 3),
        people_recall=round(1 - len(missed_people) / len(gold_people), 3),
        characters_as_people=wrong,
        compared_recall=round(len(hit) / len(gold_compared), 3),
        compared_precision=round(len(true_found) / max(1, len(found_compared)), 3),
        evidence_ok=round(ok / checked, 3) if checked else 1.0,
        stance=entities.stance.label,
        stance_gold=gold["page"]["stance"],
        missed_works=[t for t, _ in gold_works if t not in matched],
        extra_works=extra,
        missed_people=missed_people,
        missed_compared=sorted(gold_compared - hit),
        extra_compared=sorted(found_compared - true_found),
    )


def score_files(pairs: list[tuple[Path, Path]], extractor: EntityExtractor) -> list[PageScores]:
    """Score each (page file, gold file) pair; ``file#post-N`` picks one post of an export."""
    results = []
    for page_path, gold_path in pairs:
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        post = gold["file"].partition("#")[2]
        pages = read_file(page_path)
        page = next(p for p in pages if p.source.endswith("#" + post)) if post else pages[0]
        results.append(score_page(page, extractor.extract(page), gold))
    return results


def example_pairs(root: Path) -> list[tuple[Path, Path]]:
    """(page file, gold file) for the example corpus's gold."""
    pairs = []
    for gold_path in sorted((root / "examples" / "gold").glob("*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        pairs.append((root / gold["file"].partition("#")[0], gold_path))
    return pairs


@click.command()
@click.option("--shared", type=click.Path(path_type=Path), default=Path("../shared"), help="The shared folder.")
@click.option("--examples", is_flag=True, help="Score the example corpus's gold instead of the seeds.")
def main(shared: Path, examples: bool) -> None:
    """Print the extractor's scores per page against the gold."""
    if examples:
        pairs = example_pairs(Path.cwd())
    else:
        pairs = [(shared / "seeds" / f"{g.stem}.txt", g) for g in sorted((shared / "gold").glob("*.json"))]
    for row in score_files(pairs, EntityExtractor.default()):
        click.echo(json.dumps(asdict(row), ensure_ascii=False))


if __name__ == "__main__":
    main()
