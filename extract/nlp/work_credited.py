"""Films of the table named near their director: "Cameron had already made Aliens", "Vertigo is
where Hitchcock finally used her right", "lynch basically made mulholland drive out of this".

A film's name is often an ordinary word or starts a sentence, where capitals say nothing. Its
director's surname nearby (same paragraph, within ``_WINDOW`` characters) says the name is the
film, and which of the films of that name: "Psycho" near "Hitchcock" is the 1960 film, near
"Van Sant" the 1998 one. In a text written all in lower case ("altman's 3 women", "bergman's
persona") the same evidence finds the title without its capitals; in a text that uses capitals a
lower-case name stays a word, unless the director's possessive stands right before it.
"""

from __future__ import annotations

import re
from functools import cache

from spacy.lang.en.stop_words import STOP_WORDS

from extract.nlp.candidates import Candidate
from extract.nlp.context import PageContext, Unit, is_title_case
from extract.nlp.gazetteer import Gazetteer
from extract.nlp.memo import per_table
from extract.nlp.spans import SpanIndex
from extract.nlp.textnorm import fold, name_key
from extract.nlp.work_text import CAPS_NOT_TITLES, NOT_TITLES, modifies_noun

_WINDOW = 200  # characters either side of a film's name where its director's surname vouches for it
_SHORTEST = 4  # characters of a one-word name
_SENTENCE_START = re.compile(r"(?:^|[.!?]\s+|\n\s*)([A-Za-z])")
_LOWER_OPENING = re.compile(r"(?:^|[.!?]\s+|\n\s*)[a-z]")
_LOWER_VOICE = 0.6  # share of sentences opening in lower case: a text written without capitals
_FEWEST_SENTENCES = 3


def directed_works(unit: Unit, ctx: PageContext, people: SpanIndex) -> list[Candidate]:
    """Film-table names with one of their directors' surnames nearby (see the module's doc)."""
    if unit.is_title:
        return []
    text = unit.text
    lower_voice: bool | None = None
    if _LOWER_OPENING.search(text):
        lower_voice = _written_in_lower_case(text)
    here = _directed_here(ctx.gazetteer, text, bool(lower_voice))
    if not here:
        return []  # no director's surname in the text: no film it could vouch for
    found: list[Candidate] = []
    for match in ctx.gazetteer.match(text, unit.tokens):
        if match.film is None:
            continue
        films = [film for film in ctx.gazetteer.films_titled(match.text) if film in here]
        if not films:
            continue
        title = match.text
        capital = title[:1].isupper() or title[:1].isdigit()
        if not capital and text[max(0, match.start - 3) : match.start] not in _POSSESSIVES:
            if lower_voice is None:
                lower_voice = _written_in_lower_case(text)
            if not lower_voice:
                continue  # a lower-case word in a text that uses capitals, and no maker's possessive before it
        words = title.split()
        key = fold(title)
        if key in NOT_TITLES or key in STOP_WORDS or (len(words) == 1 and len(title) < _SHORTEST):
            continue
        if all(fold(w) in STOP_WORDS for w in words):
            continue  # "Before and After", "The Others": every word a common one
        if capital and not is_title_case(words):
            continue
        if not capital and any(w[:1].isupper() for w in words):
            continue
        if people.overlaps(match.start, match.end) and ctx.gazetteer.person_named(title) is not None:
            continue
        if ctx.reviewed_key and (ctx.reviewed_key + " ").startswith(name_key(title) + " "):
            continue  # the reviewed film's name or its series' ("another Gremlins" on "Gremlins 2"): other rules
        low, high = _paragraph_window(text, match.start, match.end)
        for film in films:
            surname = _director_near(ctx.gazetteer, film, text, low, high, match.start, match.end, capital)
            if surname is None:
                continue
            if not capital and not (lower_voice or surname[1] == match.start):
                continue
            found.append(
                Candidate(title, match.start, match.end, "film", "director-near", 0.8 if capital else 0.7, film=film)
            )
            break
    return found


def _written_in_lower_case(text: str) -> bool:
    """Whether most sentences of the text open in lower case."""
    if not _LOWER_OPENING.search(text):
        return False  # no sentence opens in lower case: the common text, found in one scan
    openings = [m.group(1) for m in _SENTENCE_START.finditer(text)]
    if len(openings) < _FEWEST_SENTENCES:
        return False
    return bool(sum(ch.islower() for ch in openings) >= _LOWER_VOICE * len(openings))


def _paragraph_window(text: str, start: int, end: int) -> tuple[int, int]:
    low = max(0, start - _WINDOW)
    high = min(len(text), end + _WINDOW)
    before = text.rfind("\n\n", low, start)
    after = text.find("\n\n", end, high)
    return (before + 2 if before >= 0 else low), (after if after >= 0 else high)


def _director_near(
    gazetteer: Gazetteer, film: int, text: str, low: int, high: int, start: int, end: int, capital: bool
) -> tuple[str, int] | None:
    """(surname, where the name after its possessive would start) of a director of ``film``
    written in text[low:high] outside the film's own name; capitalised unless the film's name is
    in lower case too."""
    for surname in _surnames(gazetteer, film):
        if capital and text.find(surname, low, high) < 0:
            continue  # not written there at all: no pattern to run
        for hit in _surname_pattern(surname, capital).finditer(text, low, high):
            if hit.start() < end and start < hit.end():
                continue
            after = _POSSESSIVE_AFTER.match(text, hit.end())
            return surname, hit.end() + (after.end() if after else 0)
    return None


_POSSESSIVE_AFTER = re.compile(r"[’']s\s+")
_WORD = re.compile(r"[^\W\d_][\w’'-]+")
# "(?<![\w’'-])[A-ZÀ-Þ][\w’'-]+" opening on its capital (the look-behind then checks the character
# before it): the scan skips in C to the next capital instead of trying the look-behind everywhere
_CAPITALISED = re.compile(r"[A-ZÀ-Þ](?<![\w’'-][A-ZÀ-Þ])[\w’'-]+")


def _directed_here(gazetteer: Gazetteer, text: str, lower_voice: bool) -> set[int]:
    """The films of the table whose director's surname is a capitalised word of the text (any word
    of a text written in lower case)."""
    by_surname = _films_by_surname(gazetteer)
    found: set[int] = set()
    words = _WORD.findall(text.casefold()) if lower_voice else _CAPITALISED.findall(text)
    for word in {w.casefold() for w in words} if not lower_voice else set(words):
        films = by_surname.get(word)
        if films:
            found |= films
    return found


_POSSESSIVES = frozenset({"'s ", "’s "})


@cache
def _surname_pattern(surname: str, capital: bool) -> re.Pattern[str]:
    return re.compile(r"(?<![\w’'-])" + re.escape(surname) + r"(?![\w-])", 0 if capital else re.I)


def _surnames(gazetteer: Gazetteer, film: int) -> tuple[str, ...]:
    """Surnames of a film's directors, three letters or more."""
    return _director_surnames(gazetteer)[film]


@per_table
def _director_surnames(gazetteer: Gazetteer) -> list[tuple[str, ...]]:
    """Each film's ``_surnames``, worked out once per film table."""
    table = []
    for entry in gazetteer.films:
        names = (gazetteer.people[p].split()[-1] for p in entry.directors)
        table.append(tuple(name for name in names if len(name) >= 3 and name[:1].isupper()))
    return table


@per_table
def _films_by_surname(gazetteer: Gazetteer) -> dict[str, frozenset[int]]:
    """Casefolded director's surname -> the films of the table it directed (``_surnames``)."""
    index: dict[str, set[int]] = {}
    for film, surnames in enumerate(_director_surnames(gazetteer)):
        for surname in surnames:
            index.setdefault(surname.casefold(), set()).add(film)
    return {name: frozenset(films) for name, films in index.items()}


_LOWER_FAME = 100  # critics' reviews: a film known well enough to be named without capitals
_LOWER_FAME_LONG = 40  # ... by three words or more ("the magnificent seven", "a bug's life")
# Words that say nothing of a title on their own ("the", "of", "it"): a lower-case title needs two
# others. Not spaCy's stop list, which holds numbers and words titles are made of ("eleven",
# "first", "last", "back", "name").
_FUNCTION_WORDS = frozenset(
    "a an the of in on at to for from by with and or but nor is are was were be been it its this that these "
    "those i me my you your he him his she her we us our they them their not no so as if than then there "
    "here what who whom how when why all any some".split()
)
# An indefinite article or a possessive right before a lower-case run makes it a noun phrase of the
# sentence; a title written in lower case takes "the" ("the big short") or nothing.
_DETERMINER_BEFORE = re.compile(r"\b(?:a|an|my|your|his|her|its|our|their)\s+$")
_NO_CAPITALS = re.compile(r"[A-Z]")
_SHORTEST_LOWER_TEXT = 8  # words


def lowercase_works(unit: Unit, ctx: PageContext, people: SpanIndex) -> list[Candidate]:
    """In a text written without capitals ("the talented mr. ripley and the servant in a trench
    coat", "even scary movie 5 has more jokes"), the table's well-known films of two words or more
    that are not common words only (not "the game"), named in lower case."""
    if unit.is_title or not _lower_voice(unit.text):
        return []
    found: list[Candidate] = []
    for match in ctx.gazetteer.match(unit.text, unit.tokens):
        if match.film is None or not match.text.islower():
            continue
        words = match.text.split()
        if len([w for w in words if fold(w) not in _FUNCTION_WORDS]) < 2 or people.overlaps(match.start, match.end):
            continue
        film = max(ctx.gazetteer.films_titled(match.text), key=lambda f: ctx.gazetteer.films[f].reviews)
        if ctx.gazetteer.films[film].reviews < (_LOWER_FAME if len(words) < 3 else _LOWER_FAME_LONG):
            continue
        if _DETERMINER_BEFORE.search(unit.text, max(0, match.start - 8), match.start):
            continue  # "wants you to have a good time", "my big night": a phrase, not "Good Time"
        found.append(Candidate(match.text, match.start, match.end, "film", "lower-case", 0.6, film=film))
    return found


def _lower_voice(text: str) -> bool:
    """A text in lower case: most sentences open without a capital, or no capital at all but "I"."""
    if not _LOWER_OPENING.search(text):
        return False
    if _written_in_lower_case(text):
        return True
    return len(text.split()) >= _SHORTEST_LOWER_TEXT and not _NO_CAPITALS.search(re.sub(r"\bI\b", "i", text))


_CAPS_RUN = re.compile(r"(?<![\w’'])[A-Z0-9][A-Z0-9’'.&-]*(?:[ \t]+(?:[A-Z0-9][A-Z0-9’'.&-]*|:))*(?![\w’'])")
_HEADING_AFTER = re.compile(r"[ \t]*(?:[–—:-]|\(\d{4}\)|[★☆*]|\d+(?:\.\d)?/\d)")
_CAPS_SHARE = 0.3  # upper-case share of a text's letters above which capitals mark nothing
_CAPS_FAME = 100  # critics' reviews of a one-word film named in capitals ("JAWS", not "BIG")
_CAPS_FAME_RUN = 20


def capitals_works(unit: Unit, ctx: PageContext) -> list[Candidate]:
    """Titles written in capitals in running text, as user reviews and festival round-ups do
    ("RESERVOIR DOGS", "FALLEN LEAVES – ★★★★"): a run of two words or more that the table knows
    or that heads a line before a dash, a year or a rating; one word only for a well-known film
    that describes no noun after it ("a BIG mistake")."""
    text = unit.text
    if unit.is_title or not re.search(r"[A-Z]{3}", text):
        return []
    letters = [ch for ch in text if ch.isalpha()]
    if sum(ch.isupper() for ch in letters) > _CAPS_SHARE * len(letters):
        return []
    found: list[Candidate] = []
    for match in _CAPS_RUN.finditer(text):
        span = match.group().strip(" \t:.")
        words = span.split()
        if sum(ch.isalpha() for ch in span) < _SHORTEST or not all(w.isupper() or not w.isalpha() for w in words):
            continue
        if all(fold(w) in CAPS_NOT_TITLES or fold(w) in STOP_WORDS for w in words):
            continue
        start = match.start()
        end = start + len(span)
        films = ctx.gazetteer.films_titled(span)
        fame = max((ctx.gazetteer.films[f].reviews for f in films), default=-1)
        line_start = start == 0 or text[start - 1] == "\n"
        heading = len(words) >= 2 and line_start and _HEADING_AFTER.match(text, end) is not None
        if len(words) == 1:
            if fame < _CAPS_FAME or fold(span) in STOP_WORDS or modifies_noun(unit, end):
                continue
        elif not (heading or fame >= _CAPS_FAME_RUN):
            continue
        film = max(films, key=lambda f: ctx.gazetteer.films[f].reviews) if films else None
        found.append(Candidate(span, start, end, "film", "capitals", 0.7, film=film))
    return found
