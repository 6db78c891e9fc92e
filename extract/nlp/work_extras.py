"""Songs, web sites and the work a pingback reviews."""

from __future__ import annotations

import re
from bisect import bisect_right

from extract.nlp.candidates import Candidate
from extract.nlp.context import (
    SMALL_WORDS,
    Unit,
)
from extract.nlp.gates import case_blind_view, holds_any
from extract.nlp.textnorm import fold, trim_last_words
from extract.nlp.verdicts import guarded
from extract.nlp.work_text import YEAR_IN, modifies_noun
from extract.titles import reviewed_from_title, split_site_prefix

_MUSIC = re.compile(r"\b(?:music|song|songs|score|soundtrack|album|band|sings?|sung|track)\b", re.I)
_MUSIC_WORDS = ("music", "song", "score", "track", "album", "band", "sing", "sung")  # a _MUSIC match holds one
# _MUSIC's words anywhere, inside other words too: a sentence's context that overlaps none of
# them holds no music word, even cut from a longer one ("husband" cut to "band"), and is not read
_MUSIC_LETTERS = guarded(r"music|song|score|soundtrack|album|band|sing|sung|track", re.I)


_SONG_TITLE = re.compile(r"\b(?:The[ \t]+|(?:[A-Z][\w’']*[ \t]+){1,5})(?:Song|Theme|Anthem|Lullaby)\b(?![’'])")


_SONG_WORDS = tuple("Song Theme Anthem Lullaby".split())  # a _SONG_TITLE match ends in one: its gate

_BAND_WORK = re.compile(r"\b[A-Z][\w’']*(?:\s[A-Z][\w’']*){0,3}[’']s\s+(?P<title>[A-Z][\w’']*(?:\s[A-Z][\w’']*){0,4})")


def song_works(unit: Unit) -> list[Candidate]:
    """Songs: titles ending in "Song", and "Band's Title" where the talk is of music."""
    found = []
    for match in _SONG_TITLE.finditer(unit.text) if any(w in unit.text for w in _SONG_WORDS) else ():
        found.append(Candidate(match.group(), match.start(), match.end(), "song", "song-title", 0.75))
    if not holds_any(case_blind_view(unit.text), _MUSIC_WORDS) or not _MUSIC.search(unit.text):
        return found  # no music word in the whole text: no sentence's context has one
    words = [m.span() for m in _MUSIC_LETTERS.finditer(unit.text)]
    word_ends = [end for _, end in words]
    for start, end in unit.sentences():
        context_start = max(0, start - 200)
        first = bisect_right(word_ends, context_start)  # the first music word ending inside the context
        if first == len(words) or words[first][0] >= end:
            continue
        if not _MUSIC.search(unit.text[context_start:end]):
            continue
        for match in _BAND_WORK.finditer(unit.text, start, end):
            title = match.group("title")
            if len(title.split()) == 1 and modifies_noun(unit, match.end("title")):
                continue  # "Jack Cardiff's Technicolor photography"
            found.append(
                Candidate(title, match.start("title"), match.start("title") + len(title), "song", "song-by", 0.7)
            )
    return found


_DOMAIN = re.compile(r"(?<![@\w.-])(?:[A-Za-z0-9-]+\.)+(?:com|net|org|io|tv|blog|co\.uk)\b")


_DOMAIN_END = re.compile(r"\.(?:com|net|org|io|tv|blog|co\.uk)\b")


_AT_SITE = re.compile(
    r"\b[A-Z][\w’']+\s+(?:over\s+)?at\s+(?P<site>(?:The\s+)?[A-Z][\w’']+(?:\s+(?:[A-Z][\w’']+|of|the|and|per|in)){0,4})"
)


_AT_WORD = re.compile(r"\sat\s")


def site_mentions(unit: Unit) -> list[Candidate]:
    """Web sites: domain names (Moviefone.com) and blogs named after a critic
    ("Nadia at Second Screening", "Tomás over at Frames Per Second")."""
    found = (
        [Candidate(m.group(), m.start(), m.end(), "site", "domain", 0.8) for m in _DOMAIN.finditer(unit.text)]
        if _DOMAIN_END.search(unit.text)  # the ending first: the full pattern tries every word
        else []
    )
    for match in _AT_SITE.finditer(unit.text) if _AT_WORD.search(unit.text) else ():  # "at" is needed
        site = trim_last_words(match.group("site"), lambda word: word.casefold() in SMALL_WORDS)
        if len(site.split()) >= 2:
            start = match.start("site")
            found.append(Candidate(site, start, start + len(site), "site", "at-site", 0.75))
    return found


def pingback_title_work(unit: Unit) -> list[Candidate]:
    """The work a linking post reviews, read like a post title: "Movie Review – Messenger, The"."""
    if not unit.is_pingback:
        return []
    parsed = reviewed_from_title(split_site_prefix(unit.text)[1])
    if parsed is None or not (YEAR_IN.search(unit.text) or re.search(r"review", unit.text, re.I)):
        return []
    start = fold(unit.text).find(fold(parsed.title))
    if start < 0:
        return []
    return [
        Candidate(
            unit.text[start : start + len(parsed.title)],
            start,
            start + len(parsed.title),
            "film",
            "pingback-title",
            0.9,
            year=parsed.year,
        )
    ]
