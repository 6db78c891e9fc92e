"""Lines of a blog's furniture that name no work the review talks about: the category and tag line
("Posted in 1950's movies, Drive-In Movies, Film Reviews | Tagged ...", "December 4, 2009 in
Brazil, Film, Latin American cinema"), the byline ("Posted by Dave at 6:40 AM"), another post's
title as a link ("Peeping Tom Review"), and
the block of links under "Related" or "You may also like", a menu or a breadcrumb ("Home | Reviews |
About | Contact", "Reviews › Season 41 › Los Olvidados"). Found with one regular expression
each over the unit's text; a work candidate inside such a line is dropped.

A post's own field labels name no work either (``off_labels``): a label in capitals before its
colon ("PLOT SUMMARY:", "OUR SCORE: 8/10"), a run of capitals that crosses a label's colon into
its value ("Nominations: Best Director", "Have I Seen It Before: Yes", "UPDATE, 28 May: It won"),
and a line shouted in capitals ("THIS IS A SPOILER FREE REVIEW!!"). A title the film table knows
or the page marks stays ("Mission: Impossible", "ALIEN: the director's cut").

>>> text = "A fine film.\\n\\nRelated\\nPeeping Tom Review\\nBlack Narcissus Review\\n\\nPosted in Film Reviews, Drama"
>>> [text[s:e] for s, e in furniture_lines(text)]
['Peeping Tom Review', 'Black Narcissus Review', 'Posted in Film Reviews, Drama']
"""

from __future__ import annotations

import re
from collections.abc import Callable

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


# a menu or a breadcrumb: four items or more of at most four words each, between bars, chevrons or dots
# ("Home | What's On | Membership | Film Notes and Reviews | Contact", "Notes › Season 41 › Los Olvidados")
_MENU_LINE = re.compile(
    r"^[ \t]*(?:[^\n|›»·•]{1,40}?[ \t]+[|›»·•][ \t]+){3,}[^\n|›»·•]{1,40}$|"
    r"^[ \t]*(?:[^\n|›»·•]{1,40}?[ \t]+[›»][ \t]+){2,}[^\n|›»·•]{1,60}$",
    re.M,
)


def furniture_lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of each furniture line of a text (see the module's doc).

    >>> text = "Home | What's On | Film Notes and Reviews | Contact\\nFilm Notes › Season 41 › Los Olvidados"
    >>> [text[s:e] for s, e in furniture_lines(text)]
    ["Home | What's On | Film Notes and Reviews | Contact", 'Film Notes › Season 41 › Los Olvidados']
    """
    spans = [m.span() for m in _CATEGORY_LINE.finditer(text)]
    spans += [m.span() for m in _MENU_LINE.finditer(text)]
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


# a field label at a line's start or after a semicolon or a bar, up to its colon: "PLOT SUMMARY:",
# "Nominations:", "Have I Seen It Before:", "UPDATE, 28 May:", "A-Z Movie Challenge:", "...; Editor:"
_FIELD_LABEL = re.compile(r"(?:^|(?<=[;|]))[ \t]*(?P<label>[^\n:;|.!?]{1,60}?)[ \t]*:(?=[ \t]|$)", re.M)
# the last word of a label that names a field of the post, not a work: "Nominations:", "Editor:"
_LABEL_NOUNS = frozenset(
    """
    nominations nominated awards award wins editor editing director writer writers producer producers
    music composer cinematography photography cast starring stars genre runtime length rating score review reviews recap
    verdict summary plot synopsis update edit note notes challenge budget country language released
    release premise bottom line pros cons
    """.split()
)
_SMALL = frozenset("a an the of and or in on at to for by with is it i".split())
# a line shouted in capitals, four words or more and an exclamation or a question: "THIS IS A SPOILER
# FREE REVIEW!! NO PLOT POINTS ..." (not a capsule's heading, "PERFECT STRANGERS AT SEA – ★★★½")
_SHOUTED_LINE = re.compile(r"^(?=[^\n]*[!?])[^\na-z]*(?:[A-Z][A-Z'’-]+[^\na-zA-Z]+){3,}[A-Z][A-Z'’-]+[^\na-z]*$", re.M)


def _label_kind(label: str) -> str | None:
    """What a field label is: "caps" ("PLOT SUMMARY"), "field" (its last word a field's noun, or a
    lower-case word of a question: "Did I Like It"), or None for what may be a title's main part
    ("Mission", "Batman")."""
    words = re.findall(r"[^\W\d_][\w'’-]*", label)
    if not words:
        return "field" if any(ch.isdigit() for ch in label) else None
    if (label.isupper() and len(label) >= 3) or (words[0].isupper() and words[0].casefold() in _LABEL_NOUNS):
        return "caps"  # "PLOT SUMMARY", "UPDATE, 28 May"
    if words[-1].casefold() in _LABEL_NOUNS or words[0].casefold() in _LABEL_NOUNS:
        return "field"
    lower = [w for w in words[1:] if w[:1].islower() and w.casefold() not in _SMALL]
    return "field" if lower or (words[0] in {"Did", "Have", "Has", "Was", "Is", "Does", "Do", "Would"}) else None


def label_spans(text: str) -> list[tuple[int, int, str]]:
    """(start of the label, its colon, kind) of each field label of a text (``_label_kind``), and
    (start, end, "shouted") of each line in capitals.

    >>> text = "PLOT SUMMARY:\\nNominations: Best Director\\nMission: Impossible is back."
    >>> [(text[s:e], kind) for s, e, kind in label_spans(text)]
    [('PLOT SUMMARY', 'caps'), ('Nominations', 'field')]
    """
    found = []
    for match in _FIELD_LABEL.finditer(text):
        kind = _label_kind(match.group("label"))
        if kind is not None:
            found.append((match.start("label"), match.start("label") + len(match.group("label")), kind))
    found += [(m.start(), m.end(), "shouted") for m in _SHOUTED_LINE.finditer(text)]
    return found


def _on_label(candidate: Candidate, spans: list[tuple[int, int, str]]) -> bool:
    """Whether a candidate is a label in capitals, crosses a label's colon or lies in a shouted line."""
    for start, end, kind in spans:
        if kind == "shouted":
            if start <= candidate.start and candidate.end <= end:
                return True
        elif candidate.start < end + 1 <= candidate.end or (kind == "caps" and start <= candidate.start < end):
            return True
    return False


def off_labels(unit: Unit, candidates: list[Candidate], known: Callable[[Candidate], bool]) -> list[Candidate]:
    """The candidates less those a post's field labels hold (see the module's doc); ``known``: whether a
    candidate is a title the film table knows or the page marks (those stay)."""
    if unit.is_title or not candidates or (":" not in unit.text and not _SHOUTED_LINE.search(unit.text)):
        return candidates
    spans = label_spans(unit.text)
    if not spans:
        return candidates
    return [c for c in candidates if known(c) or not _on_label(c, spans)]
