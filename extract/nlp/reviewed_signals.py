"""Signals the reviewed-work ranker (``reviewed_rank``) weighs beside where a contender stands: what
the words round its mentions say it is (what the critic saw or judged, a maker or a place rather
than a work, two films of one name), whether its own words are a calendar's, whether the film
table's cast of it is on the page, and whether the headline announces several films.

>>> bool(LIST_HEAD.search("Three crime films")), bool(LIST_HEAD.search("Heat"))
(True, False)
>>> calendar_word("Saturday"), calendar_word("Saturday Night Fever")
(True, False)
"""

from __future__ import annotations

import math
import re
from functools import lru_cache

from extract.nlp.gazetteer import Gazetteer
from extract.nlp.reviewed_evidence import mention_evidence, viewed_before
from extract.nlp.textnorm import fold

# a headline over several films: "Recent Viewings", "Three crime films", "A Mann double bill"
LIST_HEAD = re.compile(
    r"\b(?:double|triple)[- ](?:bills?|features?)\b|\bmini[- ]reviews?\b|\bquick\s+(?:takes|reviews|hits)\b"
    r"|\bcapsules?\b|\bcatch(?:ing)?[- ]up\b|\bwatch[- ]?list\b|\bround[- ]?up\b|\bmarathon\b|\bviewings\b"
    r"|\b(?:what|movies|films)\s+(?:i|we)(?:['’]ve)?\s+(?:watched|saw|seen)\b|\branking\b|\branked\b"
    r"|\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten)\s+(?:[\w-]+\s+)?(?:films|movies)\b"
    r"|\b(?:best|worst|favou?rite)\s+(?:[\w-]+\s+){0,3}(?:films|movies)\b",
    re.I,
)

_CALENDAR = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday weekend tonight today yesterday "
    "january february march april may june july august september october november december "
    "christmas halloween easter thanksgiving".split()
)

# the name makes or shows films, it is no film: "Studio Ghibli made", "A24 released", "Laika animated"
# (not the critic's reaction to a film: "T made me cry")
_MAKER_AFTER = re.compile(
    r"[”\"’'*_]?\s+(?:made|makes|produced|produces|released|releases|distributed|animated|founded|hired|financed)\b"
    r"(?!\s+(?:me|us|you|him|her|them|everyone|everybody)\b)"
)
# the name is where or how the film was seen: "at the Grand Lumière", "on Mubi", "at Cannes"
_PLACE_BEFORE = re.compile(r"\b(?:at|on|via|through)\s+(?:the\s+)?[“\"‘'*_]?$", re.I)
# the film the critic waited for: 'counting down the days to "Public Enemies"', "looking forward to Dune"
_AWAITED = re.compile(
    r"\b(?:counting\s+down\s+(?:the\s+days\s+)?(?:to|until)|looking\s+forward\s+to|waiting\s+for)\s+[“\"‘'*_]?$", re.I
)
_YEAR_AFTER = re.compile(r"[”\"’'*_]?\s*[(\[,]\s*((?:19|20)\d\d)\b")
# a title with its translation or original beside it in brackets: "El secreto de sus ojos (The Secret in
# Their Eyes)", "Downfall (Der Untergang)": how a page formally names a foreign film
_BRACKETED_AFTER = re.compile(r"[”\"’'*_]?\s*\((?!(?:19|20)\d\d)[A-ZÀ-Þ][^()\n]{1,60}\)")
_BRACKETED_BEFORE = re.compile(r"[\w’'”\"*_]\s*\([“\"‘'*_]?$")
_SENTENCE_START = re.compile(r"(?:^|[.!?]\s+|\n\s*)[“\"‘'*_]?$")


def calendar_word(title: str) -> bool:
    """Whether a contender is one word of the calendar ("Friday", "Saturday", "March"): a date
    line's or a weekly series' word far more often than a film of that name."""
    return fold(title.strip(" .,:!")) in _CALENDAR


def frame_features(raw: str, spans: list[tuple[int, int]], one_word: bool) -> dict[str, float]:
    """What the words round the mentions say: the strongest evidence that it is the work reviewed
    (``mention_evidence``), a viewing verb before it, a maker's verb after it, a place before it, two
    different years beside it (two films of one name), a translation in brackets beside it, and, for a
    one-word name, every mention opening a sentence (its capital may be the sentence's: "Wow, did I
    love ...")."""
    years = {m.group(1) for _, e in spans if (m := _YEAR_AFTER.match(raw, e))}
    starts = [bool(_SENTENCE_START.search(raw, max(0, s - 4), s)) for s, _ in spans]
    return {
        "evidence": max((mention_evidence(raw, s, e) for s, e in spans), default=0.0),
        "seen": 1.0 if any(_seen_before(raw, s) for s, _ in spans) else 0.0,
        "maker_after": 1.0 if any(_MAKER_AFTER.match(raw, e) for _, e in spans) else 0.0,
        "place_before": 1.0 if any(_PLACE_BEFORE.search(raw, max(0, s - 16), s) for s, _ in spans) else 0.0,
        "years_apart": 1.0 if len(years) > 1 else 0.0,
        "bracketed": 1.0
        if any(_BRACKETED_AFTER.match(raw, e) or _BRACKETED_BEFORE.search(raw, max(0, s - 4), s) for s, e in spans)
        else 0.0,
        "initial_only": 1.0 if one_word and starts and all(starts) else 0.0,
    }


def _seen_before(raw: str, start: int) -> bool:
    """Whether a viewing verb or the critic's waiting stands before a mention ("we watched T", "counting
    down the days to T")."""
    return viewed_before(raw, start) or bool(_AWAITED.search(raw, max(0, start - 40), start))


@lru_cache(maxsize=4)
def _capital_words(raw: str) -> frozenset[str]:
    """The words the text writes with a capital, folded."""
    return frozenset(fold(w) for w in re.findall(r"\b[A-ZÀ-Þ][\w’'-]+", raw))


def cast_named(gazetteer: Gazetteer, film: int, raw: str, folded: str) -> float:
    """How many of the film table's cast of a film the page names (log): the full name, or the
    surname of three letters or more as a word written with a capital ("Scheider", "Shaw")."""
    named = _capital_words(raw)
    found = set()
    for person in gazetteer.films[film].cast:
        name = fold(gazetteer.people[person])
        surname = name.split()[-1] if name else ""
        if (len(surname) >= 3 and surname in named) or (" " in name and name in folded):
            found.add(person)
    return math.log1p(len(found))
