"""Scores of the entity extractor against gold: the seeds, the examples and the review dev set.

    python -m extract.nlp.evaluate                 # the seed pages, every score per page (JSON lines)
    python -m extract.nlp.evaluate --all           # seeds, examples, tune and frozen: per page and totals
    python -m extract.nlp.evaluate --set frozen --json

A found work counts when its name resolves to the gold title or one of its aliases (the reviewed
work the extractor resolved counts as found); people likewise. Compared-to is scored twice:
``compared_recall``/``compared_precision`` as the set of works compared to anything on the page
(the original measure, kept for the example tests), and ``pair_recall``/``pair_precision`` as
unordered pairs of works, either direction, where the gold ``with`` defaults to the reviewed work.
A gold pair marked ``optional`` (two works side by side after one cue, as in "X meets Y") counts
neither as missed nor, when found, as extra. Each gold comparison found in its unit must carry the
gold evidence fragment (``evidence_ok``). Stance is compared with the gold label and, per set, with
the majority-class baseline; a rating matches when both values are within 0.01 or both are null.
Gold without ``reviewed_work`` (the examples) takes its first listed work as the reviewed one;
``"reviewed_work": null`` (a list post, a double feature) is found when the extractor names none.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Collection
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import click

from base.vocab import Rel
from extract.io import read_file
from extract.nlp.extractor import EntityExtractor
from extract.nlp.textnorm import fold, name_key
from extract.records import WORK_KINDS, Page, PageEntities

SETS = ("seeds", "examples", "tune", "frozen")
HOLDOUT = "holdout"
"""Reviews written after the rules by someone who never ran them: scored by name only (``--set holdout``)."""
FRESH = "fresh"
"""A second blind set (fifth session), sealed like the holdout: scored by name only (``--set fresh``)."""
FRESH2 = "fresh2"
"""A third blind set (sixth session), sealed like the holdout: scored by name only (``--set fresh2``)."""
FRESH3 = "fresh3"
"""A fourth blind set (eighth session), sealed like the holdout: scored by name only (``--set fresh3``)."""
FRESH4 = "fresh4"
"""A fifth blind set (ninth session), sealed like the holdout: scored by name only (``--set fresh4``)."""
FRESH5 = "fresh5"
"""A sixth blind set (eleventh session): whole-page dumps, the blog's chrome around the post (``--set fresh5``)."""
RATING_TOLERANCE = 0.01


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
    reviewed_gold: str = ""
    reviewed: str | None = None
    reviewed_ok: bool = False
    pair_recall: float = 1.0
    pair_precision: float = 1.0
    missed_pairs: list[str] = field(default_factory=list)
    extra_pairs: list[str] = field(default_factory=list)
    rating_gold: float | None = None
    rating: float | None = None
    rating_ok: bool | None = None  # None: the gold does not say (no ``page.rating`` key)
    language_gold: str | None = None
    language: str | None = None
    counts: dict[str, int] = field(default_factory=dict)


@dataclass(slots=True)
class SetScores:
    """Micro-averaged totals of one set of pages."""

    name: str
    pages: int
    reviewed_found: int
    works_recall: float
    works_precision: float
    people_recall: float
    characters_as_people: int
    compared_recall: float
    compared_precision: float
    stance_correct: int
    stance_majority: str
    stance_majority_correct: int
    ratings_correct: int
    ratings_scored: int
    rating_pages: int

    def line(self) -> str:
        """One readable line of totals."""
        return (
            f"{self.name:<9} pages {self.pages:>2} | reviewed {self.reviewed_found}/{self.pages}"
            f" | works R {self.works_recall:.2f} P {self.works_precision:.2f}"
            f" | people R {self.people_recall:.2f} | characters as people {self.characters_as_people}"
            f" | compared R {self.compared_recall:.2f} P {self.compared_precision:.2f}"
            f" | stance {self.stance_correct}/{self.pages} (majority '{self.stance_majority}'"
            f" {self.stance_majority_correct}/{self.pages})"
            f" | ratings {self.ratings_correct}/{self.ratings_scored} ({self.rating_pages} rated)"
        )


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


def reviewed_title(gold: dict[str, Any]) -> str:
    """The gold reviewed work's title (the first listed work when the gold has no ``reviewed_work``)."""
    reviewed = gold.get("reviewed_work")
    return str(reviewed["title"] if reviewed else gold["works_mentioned"][0]["title"])


def _rating_value(rating: Any) -> float | None:
    if rating is None:
        return None
    value = rating["value"] if isinstance(rating, dict) else rating.value
    return None if value is None else float(value)


def _same_rating(gold: float | None, found: float | None) -> bool:
    if gold is None or found is None:
        return gold is None and found is None
    return abs(gold - found) <= RATING_TOLERANCE


class _WorkIds:
    """Names -> the index of the gold work they resolve to, else the name's own key."""

    def __init__(self, works: list[dict[str, Any]]) -> None:
        self.titles = [w["title"] for w in works]
        self.keys = [_keys(w, "title") for w in works]

    def of(self, name: str) -> str:
        key = name_key(name)
        return next((self.titles[i] for i, keys in enumerate(self.keys) if key in keys), "?" + name)


def _pair(a: str, b: str) -> tuple[str, str]:
    first, second = sorted((a, b))
    return first, second


def _pair_scores(entities: PageEntities, gold: dict[str, Any], ids: _WorkIds) -> tuple[set[Any], set[Any]]:
    reviewed = ids.of(reviewed_title(gold))
    required, optional = set[tuple[str, str]](), set[tuple[str, str]]()
    for item in gold["compared_to"]:
        pair = _pair(ids.of(item["work"]), ids.of(item.get("with", reviewed)))
        (optional if item.get("optional") else required).add(pair)
    found_pairs = {
        _pair(ids.of(r.source), ids.of(r.target))
        for r in entities.relations
        if r.type == Rel.COMPARED_TO and ids.of(r.source) != ids.of(r.target)
    }
    return required, found_pairs - (optional - required)


def _work_scores(entities: PageEntities, gold: dict[str, Any]) -> dict[str, Any]:
    """Works recall and precision: a found work counts when its key is one of a gold work's keys."""
    gold_works = [(w["title"], _keys(w, "title")) for w in gold["works_mentioned"]]
    found_works = {m.name for m in entities.mentions if m.kind in WORK_KINDS}
    if entities.reviewed is not None:
        found_works.add(entities.reviewed.name)
    found_keys = {name_key(n) for n in found_works}
    matched = [t for t, keys in gold_works if keys & found_keys]
    extra = sorted(n for n in found_works if not any(name_key(n) in keys for _, keys in gold_works))
    return {
        "works_recall": round(len(matched) / len(gold_works), 3),
        "works_precision": round((len(found_works) - len(extra)) / max(1, len(found_works)), 3),
        "missed_works": [t for t, _ in gold_works if t not in matched],
        "extra_works": extra,
        "counts": {
            "works_gold": len(gold_works),
            "works_hit": len(matched),
            "works_found": len(found_works),
            "works_true": len(found_works) - len(extra),
        },
    }


def _one_word(name: str) -> set[str]:
    """A gold name of one word (the page's own form: "Hitchcock", "Zendaya") is found when a
    found person's name ends in it: the extractor may complete a surname from the page or the
    film table ("Alfred Hitchcock"), which is the same person. (Only the gold name itself: a
    one-word alias of a full gold name proves nothing about a stray "Very Leone".)"""
    key = name_key(name)
    return set() if " " in key else {key}


def _people_scores(entities: PageEntities, gold: dict[str, Any]) -> dict[str, Any]:
    """People recall, and the gold characters the extractor typed as people."""
    gold_people = [(p["name"], _keys(p, "name")) for p in gold["people_mentioned"]]
    people_keys = {name_key(m.name) for m in entities.mentions if m.kind == "person"}
    surnames = {key.rsplit(" ", 1)[-1] for key in people_keys}
    missed_people = [n for n, keys in gold_people if not keys & people_keys and not _one_word(n) & surnames]
    characters = {name_key(part) for c in gold.get("characters", []) for part in c.replace(")", "").split(" (")}
    wrong = {
        m.text for m in entities.mentions if m.kind == "person" and ({name_key(m.text), name_key(m.name)} & characters)
    }
    return {
        "people_recall": round(1 - len(missed_people) / len(gold_people), 3) if gold_people else 1.0,
        "characters_as_people": sorted(wrong),
        "missed_people": missed_people,
        "counts": {"people_gold": len(gold_people), "people_hit": len(gold_people) - len(missed_people)},
    }


def _compared_scores(page: Page, entities: PageEntities, gold: dict[str, Any]) -> dict[str, Any]:
    """Compared-to scores by target work, the evidence check, and the pair scores."""
    work_keys = {w["title"]: _keys(w, "title") for w in gold["works_mentioned"]}
    compared = [r for r in entities.relations if r.type == Rel.COMPARED_TO]
    gold_compared = {c["work"] for c in gold["compared_to"] if not c.get("optional")}
    compared_keys = {name_key(r.target) for r in compared}
    hit = {w for w in gold_compared if work_keys.get(w, {name_key(w)}) & compared_keys}
    found_compared = {r.target for r in compared}
    true_found = {
        t for t in found_compared if any(name_key(t) in work_keys.get(w, {name_key(w)}) for w in gold_compared)
    }
    units = _unit_ids(page, gold)
    checked = ok = 0
    for item in (c for c in gold["compared_to"] if not c.get("optional")):
        keys = work_keys.get(item["work"], {name_key(item["work"])})
        same = [r for r in compared if name_key(r.target) in keys and r.unit == units.get(item["in"])]
        if same:
            checked += 1
            ok += any(_norm(item["evidence"]) in _norm(r.evidence) for r in same)
    gold_pairs, found_pairs = _pair_scores(entities, gold, _WorkIds(gold["works_mentioned"]))
    return {
        "compared_recall": round(len(hit) / len(gold_compared), 3) if gold_compared else 1.0,
        "compared_precision": round(len(true_found) / max(1, len(found_compared)), 3),
        "evidence_ok": round(ok / checked, 3) if checked else 1.0,
        "missed_compared": sorted(gold_compared - hit),
        "extra_compared": sorted(found_compared - true_found),
        "pair_recall": round(len(gold_pairs & found_pairs) / len(gold_pairs), 3) if gold_pairs else 1.0,
        "pair_precision": round(len(gold_pairs & found_pairs) / len(found_pairs), 3) if found_pairs else 1.0,
        "missed_pairs": sorted(" ~ ".join(p) for p in gold_pairs - found_pairs),
        "extra_pairs": sorted(" ~ ".join(p) for p in found_pairs - gold_pairs),
        "counts": {
            "pairs_gold": len(gold_pairs),
            "pairs_found": len(found_pairs),
            "pairs_hit": len(gold_pairs & found_pairs),
        },
    }


def _reviewed_ok(entities: PageEntities, gold: dict[str, Any]) -> bool:
    """The reviewed work resolved to the gold one; a list post or double feature is right with none."""
    reviewed = entities.reviewed.name if entities.reviewed else None
    if gold.get("reviewed_work", True) is None:
        return reviewed is None
    gold_title = reviewed_title(gold)
    keys = {w["title"]: _keys(w, "title") for w in gold["works_mentioned"]}.get(gold_title, {name_key(gold_title)})
    return reviewed is not None and name_key(reviewed) in keys


def score_page(page: Page, entities: PageEntities, gold: dict[str, Any]) -> PageScores:
    """Every score of one page against its gold."""
    works, people, compared = (
        _work_scores(entities, gold),
        _people_scores(entities, gold),
        _compared_scores(page, entities, gold),
    )
    counts = works.pop("counts") | people.pop("counts") | compared.pop("counts")
    rating_gold, rating = _rating_value(gold["page"].get("rating")), _rating_value(page.rating)
    return PageScores(
        page=gold["file"],
        **works,
        **people,
        **compared,
        stance=entities.stance.label,
        stance_gold=gold["page"]["stance"],
        reviewed_gold=reviewed_title(gold),
        reviewed=entities.reviewed.name if entities.reviewed else None,
        reviewed_ok=_reviewed_ok(entities, gold),
        rating_gold=rating_gold,
        rating=rating,
        rating_ok=None if "rating" not in gold["page"] else _same_rating(rating_gold, rating),
        language_gold=gold.get("language"),
        language=page.language,
        counts=counts,
    )


def _page_of(page_path: Path, gold: dict[str, Any]) -> Page:
    post = gold["file"].partition("#")[2]
    pages = read_file(page_path)
    return next(p for p in pages if p.source.endswith("#" + post)) if post else pages[0]


def score_files(pairs: list[tuple[Path, Path]], extractor: EntityExtractor) -> list[PageScores]:
    """Score each (page file, gold file) pair, with one spaCy pass over all the pages.

    ``file#post-N`` in a gold file picks one post of an export.
    """
    golds = [json.loads(gold_path.read_text(encoding="utf-8")) for _, gold_path in pairs]
    pages = [_page_of(page_path, gold) for (page_path, _), gold in zip(pairs, golds, strict=True)]
    entities = extractor.extract_many(pages)
    return [score_page(p, e, g) for p, e, g in zip(pages, entities, golds, strict=True)]


def _ratio(hit: int, total: int) -> float:
    return round(hit / total, 3) if total else 1.0


def summarise(name: str, rows: list[PageScores]) -> SetScores:
    """Micro-averaged totals of ``rows``; the stance baseline answers the set's commonest gold label."""
    total = Counter[str]()
    for row in rows:
        total.update(row.counts)
    majority, majority_count = Counter(r.stance_gold for r in rows).most_common(1)[0] if rows else ("", 0)
    return SetScores(
        name=name,
        pages=len(rows),
        reviewed_found=sum(r.reviewed_ok for r in rows),
        works_recall=_ratio(total["works_hit"], total["works_gold"]),
        works_precision=_ratio(total["works_true"], total["works_found"]),
        people_recall=_ratio(total["people_hit"], total["people_gold"]),
        characters_as_people=sum(len(r.characters_as_people) for r in rows),
        compared_recall=_ratio(total["pairs_hit"], total["pairs_gold"]),
        compared_precision=_ratio(total["pairs_hit"], total["pairs_found"]),
        stance_correct=sum(r.stance == r.stance_gold for r in rows),
        stance_majority=majority,
        stance_majority_correct=majority_count,
        ratings_correct=sum(r.rating_ok is True for r in rows),
        ratings_scored=sum(r.rating_ok is not None for r in rows),
        rating_pages=sum(r.rating_gold is not None for r in rows),
    )


def example_pairs(root: Path) -> list[tuple[Path, Path]]:
    """(page file, gold file) for the example corpus's gold."""
    pairs = []
    for gold_path in sorted((root / "examples" / "gold").glob("*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        pairs.append((root / gold["file"].partition("#")[0], gold_path))
    return pairs


def seed_pairs(shared: Path) -> list[tuple[Path, Path]]:
    """(page file, gold file) for the seed pages in ``../shared``."""
    return [(shared / "seeds" / f"{g.stem}.txt", g) for g in sorted((shared / "gold").glob("*.json"))]


def devset_pairs(root: Path, half: str) -> list[tuple[Path, Path]]:
    """(page file, gold file) for one part of the review dev set (``tune``, ``frozen`` or a blind set)."""
    folder = root / "tests" / "fixtures" / "reviews" / half
    return [(g.with_suffix(".txt"), g) for g in sorted(folder.glob("*.json"))]


def set_pairs(name: str, root: Path, shared: Path) -> list[tuple[Path, Path]]:
    """The (page, gold) pairs of one named set: seeds, examples, tune or frozen."""
    if name == "seeds":
        return seed_pairs(shared)
    if name == "examples":
        return example_pairs(root)
    return devset_pairs(root, name)


def evaluate_sets(
    names: tuple[str, ...], extractor: EntityExtractor, root: Path, shared: Path
) -> dict[str, list[PageScores]]:
    """Per-page scores of each named set (one spaCy pass per set)."""
    return {name: score_files(set_pairs(name, root, shared), extractor) for name in names}


def _page_line(row: PageScores) -> str:
    name = Path(row.page.partition("#")[0]).stem
    return (
        f"  {name:<32} reviewed {'ok' if row.reviewed_ok else 'NO':<2} ({row.reviewed})"
        f" | works R {row.works_recall:.2f} P {row.works_precision:.2f} | people R {row.people_recall:.2f}"
        f" | chars {len(row.characters_as_people)} | pairs R {row.pair_recall:.2f} P {row.pair_precision:.2f}"
        f" | stance {row.stance}/{row.stance_gold} | rating {row.rating}/{row.rating_gold}"
    )


SEALED = frozenset({"frozen", HOLDOUT, FRESH, FRESH2, FRESH3, FRESH4, FRESH5})
"""Sets whose pages are reported as totals only unless asked: nobody tunes on what they cannot see."""


def render(results: dict[str, list[PageScores]], pages: bool = True, sealed: Collection[str] = SEALED) -> str:
    """A readable report: per page (optional, never for a sealed set) and one totals line per set."""
    lines = []
    for name, rows in results.items():
        if pages and name not in sealed:
            lines.append(f"{name}:")
            lines.extend(_page_line(row) for row in rows)
    lines.append("totals:")
    lines.extend(summarise(name, rows).line() for name, rows in results.items())
    return "\n".join(lines)


def to_json(results: dict[str, list[PageScores]], sealed: Collection[str] = SEALED) -> dict[str, Any]:
    """The report as JSON: per set, its totals and (unless the set is sealed) its pages."""
    return {
        name: {"totals": asdict(summarise(name, rows))}
        | ({} if name in sealed else {"pages": [asdict(row) for row in rows]})
        for name, rows in results.items()
    }


@click.command()
@click.option("--shared", type=click.Path(path_type=Path), default=Path("../shared"), help="The shared folder.")
@click.option("--examples", is_flag=True, help="Score the example corpus's gold instead of the seeds.")
@click.option(
    "--set",
    "sets",
    type=click.Choice((*SETS, HOLDOUT, FRESH, FRESH2, FRESH3, FRESH4, FRESH5)),
    multiple=True,
    help="A set to score (repeatable).",
)
@click.option("--all", "every", is_flag=True, help="Score seeds, examples, tune and frozen.")
@click.option("--json", "as_json", is_flag=True, help="Totals and pages as one JSON object.")
@click.option("--totals", is_flag=True, help="Print only the totals lines.")
@click.option(
    "--unseal-frozen",
    is_flag=True,
    help="Also print the frozen half and the blind sets page by page (then no longer fair tests).",
)
def main(
    shared: Path, examples: bool, sets: tuple[str, ...], every: bool, as_json: bool, totals: bool, unseal_frozen: bool
) -> None:
    """Print the extractor's scores per page against the gold."""
    extractor = EntityExtractor.default()
    if not sets and not every:
        pairs = example_pairs(Path.cwd()) if examples else seed_pairs(shared)
        for row in score_files(pairs, extractor):
            click.echo(json.dumps(asdict(row), ensure_ascii=False))
        return
    results = evaluate_sets(SETS if every else sets, extractor, Path.cwd(), shared)
    sealed: Collection[str] = () if unseal_frozen else SEALED
    if as_json:
        click.echo(json.dumps(to_json(results, sealed), ensure_ascii=False, indent=1))
    else:
        click.echo(render(results, not totals, sealed))


if __name__ == "__main__":
    main()
