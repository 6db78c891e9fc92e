"""What every step of choosing the reviewed work reads alike: a contender (``Choice``), the
page's headline and prose without it, how often the prose names a title, and the shapes of a title.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field

from extract.nlp.context import SMALL_WORDS, is_title_case
from extract.nlp.gazetteer import Gazetteer
from extract.nlp.textnorm import fold, name_key
from extract.ratings import title_without_rating
from extract.records import Page
from extract.titles import (
    is_date_title,
    split_site_prefix,
)


@dataclass(slots=True)
class Choice:
    title: str
    year: int | None
    film: int | None
    score: float
    evidence: list[str] = field(default_factory=list)


def title_like(title: str) -> bool:
    """A reading that looks like a title, not a sentence: title case, short, no sentence end."""
    words = title.split()
    return 0 < len(words) <= 8 and is_title_case(words) and not title.rstrip().endswith((".", "!", "?", "…"))


_AFTER_COLON: dict[int, dict[str, list[int]]] = {}
_SUBTITLE_AFTER = re.compile(r": | [-–—] | and the (?=[A-Z])")


def after_colon(gazetteer: Gazetteer, title: str) -> int | None:
    """The one film of the table whose subtitle is ``title`` ("The Wrath of Khan" -> "Star Trek II:
    The Wrath of Khan"), for a subtitle of two words or more."""
    if len(title.split()) < 2:
        return None
    if id(gazetteer) not in _AFTER_COLON:
        index: dict[str, list[int]] = defaultdict(list)
        for number, entry in enumerate(gazetteer.films):
            if match := _SUBTITLE_AFTER.search(entry.title):  # "X: Y", "X – Y", "Harry Potter and the Y"
                index[name_key(entry.title[match.end() :])].append(number)
        _AFTER_COLON[id(gazetteer)] = dict(index)
    films = _AFTER_COLON[id(gazetteer)].get(name_key(title), [])
    return films[0] if len(films) == 1 and not gazetteer.films_titled(title) else None


def sentence_like(title: str) -> bool:
    """A tagline rather than a title: "the island, one more time", "a bloody good try?"."""
    text = title.strip()
    return (
        text[:1].islower()
        or text.endswith(("?", "!", "."))
        or re.search(r",\s+[a-z]", text) is not None
        or _FINITE.search(text) is not None  # "Toni Collette is a force of nature"
    )


def sentence_case(title: str) -> bool:
    """Five words or more, three of them lower-case words that are not small words: a sentence, not
    a title ("Joe Dante bites the hand that feeds"); a title in sentence case this long is rare."""
    words = [w for w in title.split() if w[:1].isalpha()]
    lower = [w for w in words if w[:1].islower() and w.casefold() not in SMALL_WORDS]
    return len(words) >= 5 and len(lower) >= 3 and not is_title_case(title.split())  # not "Kimi no Na wa"


_FINITE = re.compile(r"\b(?:is|are|was|were|has|have|had|does|did|isn[’']t|aren[’']t|doesn[’']t|can[’']t|won[’']t)\b")


def whole_words(key: str) -> re.Pattern[str]:
    """The pattern that finds ``key`` as whole words, no word character on either side ("Heat" in
    "Heat (1995)", not in "Heated")."""
    return re.compile(r"(?<!\w)" + re.escape(key) + r"(?!\w)")


def times_named(body: str, title: str) -> int:
    """How often the body writes ``title`` as whole words with a capital ("a masterpiece" is no
    mention of the film A Masterpiece)."""
    key = fold(title)
    if len(key) < 2:
        return 0
    folded = fold(body)
    if key not in folded:  # a cheap gate before a pattern compiled for this title
        return 0
    if len(folded) != len(body):  # folding changed the length: count without the capital check
        return len(whole_words(key).findall(folded))
    found = whole_words(key).finditer(folded)
    return sum(
        1
        for m in found
        if not body[m.start()].islower()
        and not PREDECESSOR.search(folded, max(0, m.start() - 16), m.start())
        and names_the_film(folded, m.start(), m.end())
    )


def names_the_film(folded: str, start: int, end: int) -> bool:
    """Whether a mention names the film, not a plural or its franchise: "the Transformers fought
    alongside King Arthur" (the robots), "any Star Wars director" (the franchise)."""
    article = folded.startswith("the ", start) or not folded.endswith("the ", max(0, start - 4), start)
    return article and not ATTRIBUTIVE.match(folded, end)


# "any Star Wars director", "the Mad Max films": the franchise, not the film of that name
ATTRIBUTIVE = re.compile(
    r"\s+(?:directors?|films?|movies?|franchise|series|fans?|universe|saga|sequels?|trilogy|canon|entr(?:y|ies))\b"
)


def as_predecessor(body: str, title: str) -> bool:
    """Whether the body names ``title`` as the film before this one ("the first Puss in Boots")."""
    folded = fold(body)
    key = fold(title)
    return (
        any(PREDECESSOR.search(folded, max(0, m.start() - 16), m.start()) for m in whole_words(key).finditer(folded))
        if len(folded) == len(body) and key
        else False
    )


# "the first Puss in Boots", "the original Hangover": the film before the reviewed one
PREDECESSOR = re.compile(r"\b(?:first|original|earlier|previous|older)\s+$")


def first_line(page: Page) -> str | None:
    """The body's first line when it is short and no sentence: a headline under a date or a
    number ("Blog #412" over "2.5/4 stars  Hangover 2 - 6/2/2011")."""
    line = next((line.strip() for line in page.body.split("\n") if line.strip()), "")
    if not line or len(line.split()) > 12 or line.endswith((".", "?", "!", ":")):
        return None
    return line


BYLINE_TITLE = re.compile(
    r"^(?:posted|written|published|filed|reviewed)\s+(?:by|on|in)\b|^by\s+[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,2}\s*(?:[|,–—-]|on\b|$)",
    re.I,
)


# an aside in brackets closing the headline, in lower case: "(sorry, everyone)", "(no, really, i mean it)"
ASIDE = re.compile(r"\s*\((?=[a-z])[^()]{1,80}\)\s*$")


def inside(short: str, long: str) -> bool:
    """Whether a title is words of a longer one ("Batman" of "Batman v Superman: Dawn of Justice")."""
    inner, outer = fold(short), fold(long)
    return inner != outer and whole_words(inner).search(outer) is not None


def headline_of(page: Page) -> str:
    """The post title as the readings see it: without its site prefix, a score or an aside; a date
    or a byline taken for it gives way to the body's first line."""
    if is_date_title(page.title) or BYLINE_TITLE.match(page.title):
        return first_line(page) or ""
    site_free = split_site_prefix(title_without_rating(page.title))[1]
    return " ".join((ASIDE.sub("", site_free) or site_free).split())


def heads_subtitle(whole: str, head: str, gazetteer: Gazetteer) -> bool:
    """Whether ``whole`` is ``head`` with a sequel's short subtitle ("Independence Day: Resurgence"),
    not with a tagline ("The Big Sleep: Chandler Without the Sense", "Lang's Cold, Hard Noir")."""
    if not fold(whole).startswith(fold(head) + ": "):
        return False
    tail = whole[len(head) + 2 :]
    words = tail.split()
    return (
        0 < len(words) <= 3
        and title_like(tail)
        and not re.search(r"[,’']", tail)
        and not (gazetteer.is_surname(words[0]) and not gazetteer.films_titled(words[0]))  # "Chandler Without ..."
    )


_YEAR_LINE = re.compile(r"^\(?(?:19|20)\d\d\)?$")


def without_headline(page: Page) -> str:
    """The body without its copy of the headline (a page's <h1> read again), which backs no
    reading of it, unless a header block follows it: a year line or a credits line
    ("Anatomie d'une chute" / "2023" / "Justine Triet")."""
    headline = " ".join(page.title.split())
    lines = page.body.split("\n")
    kept = []
    for index, line in enumerate(lines):
        below = [b.strip() for b in lines[index + 1 : index + 4]]
        header = any(_YEAR_LINE.match(b) or CREDITS_BELOW.match(b) for b in below)
        if _BYLINE_LINE.match(line.strip()):
            continue  # "Posted on May 14, 2017 by Lottie in Fun Size Reviews": the blog's column, not a mention
        if not headline or " ".join(line.split()) != headline or header:
            kept.append(line)
    return "\n".join(kept)


_BYLINE_LINE = re.compile(r"^(?:posted|written|published|filed)\b.{0,120}\b(?:by|in|on)\b.{0,80}$", re.I)
# a run of capitalised words, small words only between capitals ("Jaws at 45" is "Jaws"; "Apollo 13" is whole)
HEADLINE_RUN = re.compile(
    r"[A-Z0-9][\w-]*(?:[’'](?!s\b)\w+)*(?:\s+(?:(?:of|the|and|in|a|an|on|to|at|for|from|with|or)\s+)+"
    r"[A-Z][\w-]*(?:[’'](?!s\b)\w+)*|\s+[A-Z0-9][\w-]*(?:[’'](?!s\b)\w+)*)*"
)


# a film the headline names as the reference point of the one reviewed: '"Parasite" Follow-Up', '"Heat"'s
# Director Returns', "From the Makers of Parasite", "the star of Heat": the reviewed work is another
_REFERENCE_WORDS = r"(?:follow-?ups?|sequels?|successors?|directors?|stars?|creators?|makers?|writers?|filmmakers?)"
_REFERENCE_AFTER = re.compile(rf"[“\"‘'](?P<title>[^“”\"‘’]{{1,60}})[”\"’'](?:[’']s)?\s+{_REFERENCE_WORDS}\b", re.I)
_REFERENCE_BEFORE = re.compile(
    r"\b(?:[Dd]irector|[Mm]akers?|[Cc]reators?|[Ww]riters?|[Tt]eam|[Ss]tar)\s+(?:[Bb]ehind|[Oo]f)\s+[“\"‘']?"
    rf"(?P<title>{HEADLINE_RUN.pattern})"
)


def reference_points(headline: str) -> set[str]:
    """Name keys of the films a headline names as the measure of the one reviewed ('Bong Joon Ho's
    "Parasite" Follow-Up', "From the Director of Parasite"): never the reviewed work."""
    if not re.search(_REFERENCE_WORDS, headline, re.I):
        return set()
    found = [m.group("title") for m in _REFERENCE_AFTER.finditer(headline)]
    found += [m.group("title") for m in _REFERENCE_BEFORE.finditer(headline)]
    return {name_key(title) for title in found}


CREDITS_BELOW = re.compile(r"^(?:directed\s+by|director|starring|cast|stars|written\s+by|dir\.)\b", re.I)
