"""Lines of a blog's furniture that name no work the review talks about: the category and tag line
("Posted in 1950's movies, Drive-In Movies, Film Reviews | Tagged ...", "December 4, 2009 in
Brazil, Film, Latin American cinema"), the byline ("Posted by Dave at 6:40 AM"), another post's
title as a link ("Peeping Tom Review"), and
the block of links under "Related" or "You may also like". Found with one regular expression
each over the unit's text; a work candidate inside such a line is dropped.

>>> text = "A fine film.\\n\\nRelated\\nPeeping Tom Review\\nBlack Narcissus Review\\n\\nPosted in Film Reviews, Drama"
>>> [text[s:e] for s, e in furniture_lines(text)]
['Peeping Tom Review', 'Black Narcissus Review', 'Posted in Film Reviews, Drama']
"""

from __future__ import annotations

import re

from extract.nlp.candidates import Candidate
from extract.nlp.context import Unit

_CATEGORY_LINE = re.compile(
    r"^[ \t]*(?:posted[ \t]+in|filed[ \t]+(?:under|in)|categor(?:y|ies)|tags?|tagged|labels?|topics?)\b[^\n]*$"
    r"|^[ \t]*(?:posted[ \t]+on[ \t]+)?(?:\w+[ \t]+)?\d{1,2},?[ \t]+\d{4}[ \t]+in[ \t]+[^\n]*,[^\n]*$",
    re.I | re.M,
)
# a byline: "Posted by Dawn Patrol Dave at 6:40 AM", "Posted 19 November 2020 by Marguerite in Catch-Up"
_BYLINE = re.compile(r"^[ \t]*posted\b[^\n]{0,60}?\bby[ \t]+[^\n]{1,80}$", re.I | re.M)
_POST_LINK = re.compile(r"^[ \t]*[^\n.!?]{2,80}?[ \t]+(?:\(\d{4}\)[ \t]+)?(?:review|reviews|recap)[ \t]*$", re.I | re.M)
_RELATED = re.compile(
    r"^[ \t]*(?:related(?:[ \t]+(?:posts|articles|reviews))?|you[ \t]+may[ \t]+also[ \t]+like|more[ \t]+reviews|"
    r"similar[ \t]+posts)[ \t]*:?[ \t]*\n(?P<links>(?:[ \t]*[^\n]+\n?){1,8})",
    re.I | re.M,
)


def furniture_lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of each furniture line of a text (see the module's doc)."""
    spans = [m.span() for m in _CATEGORY_LINE.finditer(text)]
    spans += [m.span() for m in _POST_LINK.finditer(text)]
    spans += [m.span() for m in _BYLINE.finditer(text)]
    for block in _RELATED.finditer(text):
        at = block.start("links")
        for line in block.group("links").split("\n"):
            if line.strip():
                spans.append((at, at + len(line)))
            at += len(line) + 1
    return sorted(set(spans))


# an index of letters ("Browse by letter A B C D ... Z 0-9"): three one-character words in a row
_LETTER_RUN = re.compile(r"(?:(?<![\w’'])\w[ \t|/·]+){3}\w(?![\w’'])")


# a part's number alone ("Chapter 9", "Episode IV", "Season 2"): the part of a work, never a work
_PART_NUMBER = re.compile(r"(?:chapter|episode|part|season|series|volume|vol\.?|book|act)[ \t]+(?:\d+|[ivx]+)", re.I)


def off_furniture(unit: Unit, candidates: list[Candidate]) -> list[Candidate]:
    """The candidates outside the unit's furniture lines, and none that is a run of letters or a
    part's number alone ("The Mandalorian, Chapter 9: The Marshal" names one work, not two)."""
    if candidates and any(_LETTER_RUN.search(c.text) or _PART_NUMBER.fullmatch(c.text) for c in candidates):
        candidates = [c for c in candidates if not (_LETTER_RUN.search(c.text) or _PART_NUMBER.fullmatch(c.text))]
    if unit.is_title or not candidates:
        return candidates
    spans = furniture_lines(unit.text)
    if not spans:
        return candidates
    return [c for c in candidates if not any(s <= c.start and c.end <= e for s, e in spans)]
