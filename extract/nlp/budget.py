"""What entity extraction may spend on one page: its language and its size.

- A page the reader found to be in another language gets no English NER: the English model
  reads French or Spanish prose as a string of names, so its named entities are dropped
  after parsing. What does not rest on NER stays: names matched against the film table
  (titles, credited people), the structural facts (comments, replies, pingbacks, rating),
  and stance, which reads the verdict phrases of its language.
- A page's texts are read up to ``max_chars`` characters in all (title, body, then comments
  in order; ``REELGRAPH_NLP_MAX_CHARS``, default 1,000,000); the text past the cap gets no
  entities. Parsed text costs memory (about 1 KB per word kept, more in flight), so without
  a cap a 10 MB page costs gigabytes.

Each skip is a note naming the file, kept on ``PageEntities.notes``.

>>> capped(["abc def", "ghi", "jkl"], 9)
(['abc def', '', ''], 2)
>>> english_or_unknown(None), english_or_unknown("en"), english_or_unknown("fr")
(True, True, False)
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field

from base.errors import ExtractionNote
from extract.nlp.context import Unit
from extract.records import BODY, Page

DEFAULT_MAX_CHARS = 1_000_000  # about 170,000 words (a long thread); parsed, about 350 MB
ENGLISH = "en"


def configured_max_chars(environ: dict[str, str] | None = None) -> int:
    """The per-page cap: ``REELGRAPH_NLP_MAX_CHARS`` when set to a positive integer.

    >>> configured_max_chars({"REELGRAPH_NLP_MAX_CHARS": "5000"}), configured_max_chars({})
    (5000, 1000000)
    """
    value = (os.environ if environ is None else environ).get("REELGRAPH_NLP_MAX_CHARS", "").strip()
    return int(value) if value.isdigit() and int(value) > 0 else DEFAULT_MAX_CHARS


def english_or_unknown(language: str | None) -> bool:
    """Whether the English pipeline should read a page (unknown counts as English)."""
    return language is None or language == ENGLISH


def capped(texts: list[str], max_chars: int) -> tuple[list[str], int]:
    """The texts cut to ``max_chars`` characters in all, and how many texts were cut or dropped.

    The text that crosses the cap is cut at its last space before the cap (mentions in the
    kept part keep their offsets); the texts after it become empty.
    """
    kept: list[str] = []
    left = max_chars
    touched = 0
    for text in texts:
        if len(text) <= left:
            kept.append(text)
            left -= len(text)
            continue
        touched += 1
        cut = text.rfind(" ", 0, left + 1) if left > 0 else 0
        kept.append(text[: cut if cut > 0 else 0])
        left = 0
    return kept, touched


@dataclass(slots=True)
class PagePlan:
    """The texts of a page that entity extraction reads, and notes on what it leaves out."""

    units: list[Unit]
    notes: list[str] = field(default_factory=list)
    named_entities: bool = True  # False: drop spaCy's (English) named entities after parsing


def plan_page(page: Page, max_chars: int | None = DEFAULT_MAX_CHARS) -> PagePlan:
    """The page's units (title, body, each comment or pingback title) within its budget.

    A page in another language keeps its units with empty texts (no entities, same ids);
    a page over ``max_chars`` keeps its texts up to the cap. Units are built after the cut,
    so the cost of the text past the cap is never paid.
    """
    specs: list[tuple[str, str, str | None, bool, bool]] = [
        ("title", page.title, page.author, True, False),
        (BODY, page.body, page.author, False, False),
    ]
    for comment in page.comments:
        if comment.pingback is not None:
            specs.append((comment.id, comment.pingback.title, None, True, True))
        elif not comment.placeholder and comment.text:
            specs.append((comment.id, comment.text, comment.author, False, False))
    texts = [text for _, text, _, _, _ in specs]
    notes = []
    english = english_or_unknown(page.language)
    if not english:
        notes.append(ExtractionNote.not_english(page.source, page.language or ""))
    if max_chars is not None:
        total = sum(len(text) for text in texts)
        texts, touched = capped(texts, max_chars)
        if touched:
            notes.append(ExtractionNote.over_budget(page.source, total, max_chars, touched))
    units = [
        Unit(unit_id, text, author, is_title=is_title, is_pingback=is_pingback)
        for (unit_id, _, author, is_title, is_pingback), text in zip(specs, texts, strict=True)
    ]
    return PagePlan(units, notes, named_entities=english)
