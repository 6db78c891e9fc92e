"""Score the page readers on a folder of fixture pages against their gold files.

Each page ``NAME.EXT`` has ``NAME.EXT.gold.json`` beside it (format: the end of
``docs/readers-formats.md``). Pages in a sub-folder belong to the split named after that
sub-folder (``tune``, ``frozen``, ``fresh``, ``blind``, ``blind2``, ``blind3``, ``blind4``);
pages directly in the folder to the folder's own name.

An emitted comment matches a gold comment when its normalised text starts with the gold
``starts`` (case-, whitespace- and quote-insensitive); for a pingback the emitted text is
its title (with its site before it, and the name the page shows for it, also tried).
Placeholders are not emitted comments.
Authors are compared exactly after whitespace normalisation (a pingback's author is the name
its page shows for it, verbatim: the reader's ``author``, else its title when no site was cut
from it; gold that names a pingback by its site alone, the convention before the tenth session,
is accepted too); parents through the matching.

    python -m extract.evaluate tests/fixtures/pages [--json]

>>> normalise('  “Loved it,”  Bob! ')
'loved it, bob!'
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Collection, Iterator, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from base.errors import ReelgraphError
from extract.records import Comment, Page

GOLD_SUFFIX = ".gold.json"
PAGE_FIELDS = ("title", "author", "published", "comment_count_stated", "language")
SEALED = frozenset({"frozen", "fresh", "blind", "blind2", "blind3", "blind4"})
"""Splits listed as totals only unless unsealed: nobody tunes a reader on what they cannot see
(``fresh``, ``blind``, ``blind2``, ``blind3`` and ``blind4`` are later batches of engines no other fixture models)."""
_QUOTES = re.compile(r"[\"'`´‘’‚‛“”„‟«»‹›「」『』]")


def normalise(text: str | None) -> str:
    """Case-, whitespace- and quote-insensitive form of a text."""
    return " ".join(_QUOTES.sub("", text or "").casefold().split())


def _name(text: str | None) -> str | None:
    return " ".join(text.split()) if text else None


@dataclass(slots=True)
class PageScore:
    """How one page (one post of an export) compares with its gold."""

    split: str
    name: str
    gold_comments: int = 0
    emitted: int = 0
    matched: int = 0
    authors_right: int = 0
    parents_right: int = 0
    fields: dict[str, bool] = field(default_factory=dict)
    wrong: dict[str, list[Any]] = field(default_factory=dict)
    error: str | None = None


@dataclass(slots=True)
class SplitScore:
    """Totals of one split: comment figures are micro-averaged over all its comments."""

    split: str
    pages: int = 0
    errors: int = 0
    gold_comments: int = 0
    emitted: int = 0
    matched: int = 0
    authors_right: int = 0
    parents_right: int = 0
    fields_right: dict[str, int] = field(default_factory=lambda: dict.fromkeys(PAGE_FIELDS, 0))

    @property
    def recall(self) -> float:
        return self.matched / self.gold_comments if self.gold_comments else 1.0

    @property
    def precision(self) -> float:
        return self.matched / self.emitted if self.emitted else (1.0 if not self.gold_comments else 0.0)

    @property
    def authors(self) -> float:
        return self.authors_right / self.matched if self.matched else 1.0

    @property
    def parents(self) -> float:
        return self.parents_right / self.matched if self.matched else 1.0

    def add(self, score: PageScore) -> None:
        self.pages += 1
        self.errors += score.error is not None
        self.gold_comments += score.gold_comments
        self.emitted += score.emitted
        self.matched += score.matched
        self.authors_right += score.authors_right
        self.parents_right += score.parents_right
        for name in PAGE_FIELDS:
            self.fields_right[name] += score.fields.get(name, False)

    def to_json(self) -> dict[str, Any]:
        return {
            "split": self.split,
            "pages": self.pages,
            "errors": self.errors,
            "gold_comments": self.gold_comments,
            "emitted": self.emitted,
            "matched": self.matched,
            "recall": round(self.recall, 4),
            "precision": round(self.precision, 4),
            "authors": round(self.authors, 4),
            "parents": round(self.parents, 4),
            "fields": {name: {"right": self.fields_right[name], "of": self.pages} for name in PAGE_FIELDS},
        }


@dataclass(slots=True)
class Evaluation:
    """Every page's score and the totals per split."""

    pages: list[PageScore]
    splits: dict[str, SplitScore]

    def to_json(self, sealed: Collection[str] = SEALED) -> dict[str, Any]:
        return {
            "pages": [asdict(page) for page in self.pages if page.split not in sealed],
            "splits": {name: split.to_json() for name, split in self.splits.items()},
        }


def _emitted_texts(comment: Comment) -> list[str]:
    texts = [normalise(comment.text)] if comment.text else []
    if comment.pingback is not None:
        title = normalise(comment.pingback.title)
        texts += [title, normalise(f"{comment.pingback.site or ''} {comment.pingback.title}")]
        texts.append(normalise(comment.author))  # the line the page shows for it, whole ('T | S')
    return [t for t in texts if t]


def _emitted_author(comment: Comment) -> str | None:
    if comment.pingback is not None and not comment.author:
        return None if comment.pingback.site else _name(comment.pingback.title)
    return _name(comment.author)


def _accepted_authors(comment: Comment) -> set[str | None]:
    """The author the reader gives, and for a pingback also the site alone: gold written before
    the tenth session's rule (the shown name, verbatim) named a pingback by its site, and the
    sealed sets keep that gold; both name the same linking blog."""
    accepted = {_emitted_author(comment)}
    if comment.pingback is not None and comment.pingback.site:
        accepted.add(_name(comment.pingback.site))
    return accepted


def _match(gold: list[dict[str, Any]], emitted: list[Comment]) -> dict[int, int]:
    """Gold index -> emitted index; each gold comment takes the first free emitted one
    whose text starts with its ``starts``, looking forward from the last match first."""
    texts = [_emitted_texts(c) for c in emitted]
    taken: set[int] = set()
    matches: dict[int, int] = {}
    cursor = 0
    for g, comment in enumerate(gold):
        starts = normalise(comment.get("starts"))
        order = [*range(cursor, len(emitted)), *range(cursor)]
        for e in order:
            if e not in taken and any(t.startswith(starts) for t in texts[e]):
                matches[g] = e
                taken.add(e)
                cursor = e + 1
                break
    return matches


def _page_value(page: Page, name: str) -> Any:
    value = getattr(page, name, None)
    if name in {"title", "author"}:
        return _name(value)
    if name == "published":
        return value[:10] if value else None
    return value


def _gold_value(gold: dict[str, Any], name: str) -> Any:
    value = gold.get(name)
    if name in {"title", "author"}:
        return _name(value)
    if name == "published":
        return value[:10] if value else None
    return value


def score_page(split: str, name: str, gold: dict[str, Any], page: Page | None) -> PageScore:
    """Compare one emitted page (None: not read) with its gold record."""
    gold_comments: list[dict[str, Any]] = gold.get("comments", [])
    score = PageScore(split, name, gold_comments=len(gold_comments))
    if page is None:
        score.fields = dict.fromkeys(PAGE_FIELDS, False)
        return score
    emitted = [c for c in page.comments if not c.placeholder]
    placeholders = {c.id for c in page.comments if c.placeholder}  # no comment: as no parent in gold
    score.emitted = len(emitted)
    matches = _match(gold_comments, emitted)
    score.matched = len(matches)
    gold_index = {c.get("id"): i for i, c in enumerate(gold_comments)}
    emitted_index = {c.id: i for i, c in enumerate(emitted)}
    for g, e in matches.items():
        want, got = gold_comments[g], emitted[e]
        if _name(want.get("author")) in _accepted_authors(got):
            score.authors_right += 1
        else:
            score.wrong.setdefault("authors", []).append([want.get("id"), want.get("author"), got.author])
        want_parent = gold_index.get(want.get("parent")) if want.get("parent") else None
        got_parent = emitted_index.get(got.parent) if got.parent else None
        if want.get("parent") is None:
            right = got.parent is None or got.parent in placeholders
        else:
            right = want_parent is not None and got_parent is not None and matches.get(want_parent) == got_parent
        if right:
            score.parents_right += 1
        else:
            score.wrong.setdefault("parents", []).append([want.get("id"), want.get("parent"), got.parent])
    missed = [gold_comments[g].get("id") for g in range(len(gold_comments)) if g not in matches]
    if missed:
        score.wrong["missed"] = missed
    extra = sorted(set(range(len(emitted))) - set(matches.values()))
    if extra:
        score.wrong["extra"] = [emitted[e].id for e in extra]
    page_gold = gold.get("page", gold)
    for key in PAGE_FIELDS:
        want_value, got_value = _gold_value(page_gold, key), _page_value(page, key)
        score.fields[key] = want_value == got_value
        if want_value != got_value:
            score.wrong.setdefault("fields", []).append([key, want_value, got_value])
    return score


def _gold_pages(gold: dict[str, Any]) -> list[dict[str, Any]]:
    """One record per post: ``{"page": ..., "comments": ...}``."""
    if "pages" in gold:
        return [
            {"page": {k: v for k, v in entry.items() if k != "comments"}, "comments": entry.get("comments", [])}
            for entry in gold["pages"]
        ]
    return [{"page": gold.get("page", {}), "comments": gold.get("comments", [])}]


def gold_files(folder: Path) -> Iterator[tuple[str, Path, Path]]:
    """(split, page file, gold file) for every page under ``folder`` with a gold file."""
    for gold_path in sorted(folder.rglob(f"*{GOLD_SUFFIX}")):
        page_path = gold_path.with_name(gold_path.name[: -len(GOLD_SUFFIX)])
        if not page_path.is_file():
            continue
        relative = gold_path.relative_to(folder)
        split = relative.parts[0] if len(relative.parts) > 1 else folder.resolve().name
        yield split, page_path, gold_path


def evaluate_folder(folder: Path, formats: Collection[str] | None = None) -> Evaluation:
    """Read every page under ``folder`` with the readers and score it against its gold
    (only pages whose gold ``format`` is in ``formats``, when given)."""
    from extract.io import read_file  # the readers import much; keep ``normalise`` light

    scores: list[PageScore] = []
    splits: dict[str, SplitScore] = {}
    for split, page_path, gold_path in gold_files(folder):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        if formats is not None and gold.get("format") not in formats:
            continue
        error: str | None = None
        try:
            pages: list[Page] = read_file(page_path)
        except ReelgraphError as failure:
            pages, error = [], str(failure)
        except Exception as failure:  # a reader bug: score the page as unread and go on
            pages, error = [], f"reader crashed: {type(failure).__name__}: {failure}"
        name = str(page_path.relative_to(folder))
        records = _gold_pages(gold)
        for index, record in enumerate(records):
            label = name if len(records) == 1 else f"{name}#{index + 1}"
            page = pages[index] if index < len(pages) else None
            score = score_page(split, label, record, page)
            score.error = error
            if index == len(records) - 1 and len(pages) > len(records):
                score.wrong["extra_pages"] = [p.source for p in pages[len(records) :]]
            scores.append(score)
            splits.setdefault(split, SplitScore(split)).add(score)
    return Evaluation(scores, splits)


def _rate(right: int, total: int) -> str:
    return f"{right / total:.2f}" if total else "  - "


def render(evaluation: Evaluation, sealed: Collection[str] = SEALED) -> str:
    """The per-page table (not for a sealed split) and the totals per split, as text."""
    flags = "".join(f[0].upper() for f in PAGE_FIELDS[:3]) + "NL"
    lines = [f"{'split':<7} {'page':<44} {'gold':>4} {'out':>4} {'rec':>5} {'prec':>5} {'auth':>5} {'par':>5}  {flags}"]
    for page in (page for page in evaluation.pages if page.split not in sealed):
        marks = "".join("." if page.fields.get(name) else "x" for name in PAGE_FIELDS)
        lines.append(
            f"{page.split:<7} {page.name[-44:]:<44} {page.gold_comments:>4} {page.emitted:>4} "
            f"{_rate(page.matched, page.gold_comments):>5} {_rate(page.matched, page.emitted):>5} "
            f"{_rate(page.authors_right, page.matched):>5} {_rate(page.parents_right, page.matched):>5}  {marks}"
            + (f"  ERROR {page.error}" if page.error else "")
        )
    lines.append("")
    for split in evaluation.splits.values():
        fields = ", ".join(f"{name} {split.fields_right[name]}/{split.pages}" for name in PAGE_FIELDS)
        lines.append(
            f"{split.split}: {split.pages} page(s), {split.errors} error(s); comments {split.matched}/"
            f"{split.gold_comments} found, recall {split.recall:.3f}, precision {split.precision:.3f}, "
            f"authors {split.authors:.3f}, parents {split.parents:.3f}; {fields}"
        )
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m extract.evaluate", description=(__doc__ or "").split("\n")[0])
    parser.add_argument("folder", type=Path, help="folder of pages with NAME.gold.json beside each")
    parser.add_argument("--json", action="store_true", help="print the scores as JSON")
    parser.add_argument("--format", action="append", help="only pages of this gold format (repeatable)")
    parser.add_argument(
        "--unseal-frozen",
        action="store_true",
        help="list the sealed splits (frozen, fresh, blind, blind2..4) page by page too (no longer a fair test)",
    )
    args = parser.parse_args(argv)
    evaluation = evaluate_folder(args.folder, args.format)
    sealed: Collection[str] = () if args.unseal_frozen else SEALED
    if args.json:
        sys.stdout.write(json.dumps(evaluation.to_json(sealed), ensure_ascii=False, indent=1) + "\n")
    else:
        sys.stdout.write(render(evaluation, sealed) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
