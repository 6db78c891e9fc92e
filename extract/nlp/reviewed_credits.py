"""The page's credits as evidence of the reviewed work: the directors a credits line names, the film
a credits block, a "Title:" field, a score's subject or the blog's name points at.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict

from extract.nlp.gates import case_blind_view, holds_any
from extract.nlp.gazetteer import Gazetteer
from extract.nlp.resolve import WorkResolver
from extract.nlp.reviewed_text import Choice, sentence_like, times_named, title_like, whole_words
from extract.nlp.textnorm import fold
from extract.ratings import parse_rating, rated_subject
from extract.records import Page, ReviewedWork
from extract.titles import (
    title_readings,
)

_CREDIT_LINE = re.compile(
    r"(?:directed\s+by|director|réalisateur|réalisation|regie|dirigida\s+por|dir\.)\s*:?\s*"
    r"(?P<name>[A-Z][\w.’'\- ]{2,40}?)\s*(?=[\n,;(]|$|\s(?:Writ|Cast|Star|Released|Screenplay))",
    re.I | re.M,
)
_CREDIT_WORDS = ("direct", "réalis", "regie", "dirigida", "dir.")  # a _CREDIT_LINE match holds one, lower-cased
ENOUGH = 2.5  # a body film named early and first, in quotes; or with its year; or beside its director


def credited_directors(page: Page) -> set[str]:
    """The directors the page's credits line names ("Directed by: Fritz Lang")."""
    head = page.body[:3000]
    if not holds_any(case_blind_view(head), _CREDIT_WORDS):
        return set()  # no credit label: no scan
    return {fold(m.group("name").strip()) for m in _CREDIT_LINE.finditer(head)}


_DIRECTOR_NAMES: dict[int, frozenset[str]] = {}


def is_director(gazetteer: Gazetteer, name: str | None) -> bool:
    """Whether a possessive's owner is a director of the table, by full name or surname ("Hitchcock"),
    not a studio or a character ("Disney's", "Miss Peregrine's")."""
    if not name:
        return False
    if id(gazetteer) not in _DIRECTOR_NAMES:
        made = Counter(fold(gazetteer.people[p]) for entry in gazetteer.films for p in entry.directors)
        surnames = Counter(n.split()[-1] for n in made.elements() if n)
        # a surname alone only for a director of three films or more: "Hitchcock's", not "Hammer's"
        _DIRECTOR_NAMES[id(gazetteer)] = frozenset(made) | {s for s, n in surnames.items() if n >= 3}
    return fold(name) in _DIRECTOR_NAMES[id(gazetteer)]


def page_directors(page: Page, readings: list[ReviewedWork]) -> set[str]:
    return credited_directors(page) | {fold(r.director) for r in readings if r.director}


def directed_by(gazetteer: Gazetteer, film: int, directors: set[str]) -> bool:
    for person in gazetteer.films[film].directors:
        name = fold(gazetteer.people[person])
        if name in directors or any(name.split()[-1] == d.split()[-1] for d in directors if d):
            return True
    return False


_YEAR_WORD = re.compile(r"(?<!\d)((?:19|20)\d\d)(?!\d)")  # a year standing alone: "1928 silent comedy"
_TITLE_FIELD = re.compile(
    r"^\W{0,3}(?:title|film|movie|feature|original\s+title|english\s+title)\s*:\s*(?P<title>\S[^\n]{1,80}?)\s*$",
    re.I | re.M,
)


def title_fields(page: Page) -> list[ReviewedWork]:
    """The work a credits block's "Title:" or "Film:" line names, near the top of the body."""
    fields = []
    for match in _TITLE_FIELD.finditer(page.body[:1500]):
        text = match.group("title")
        if (latin := _TRANSLITERATED.match(text)) is not None:
            text = latin.group(1)  # "Original title: दीवार (Deewaar)": the title in the page's own script
        if parse_rating(text) is None and title_like(_YEAR_TAIL.sub("", text)):
            fields += title_readings(text)[:1]
    return fields


_YEAR_TAIL = re.compile(r"\s*[(\[](?:19|20)\d\d[)\]]\s*$")
# a title in another script with its Latin spelling in brackets: "दीवार (Deewaar)", "七人の侍 (Shichinin no samurai)"
_TRANSLITERATED = re.compile(
    r"^[^\x00-\x7f()\[\]]+(?:\s+[^\x00-\x7f()\[\]]+)*[\s.]*[(\[]\s*([A-Z][^()\[\]]{1,60}?)\s*[)\]]\s*$"
)


def credits_block_year(page: Page, gazetteer: Gazetteer, readings: list[tuple[ReviewedWork, float]]) -> int | None:
    """The year of a credits block under the headline ("Year Released: 1924") when the film table
    cannot pin the film down from it: the block then dates the headline, as "(1924)" would."""
    if not readings or all(r.year for r, _ in readings):
        return None
    years = {int(m.group(1)) for m in _CREDITS_YEAR.finditer(page.body[:1500])}
    if len(years) != 1 or credits_film(page, gazetteer) is not None:
        return None
    return next(iter(years))


def dated(reading: ReviewedWork, year: int | None) -> ReviewedWork:
    """``reading`` with the credits block's year, when it has none and looks like a title."""
    if year is None or reading.year is not None or not title_like(reading.title) or sentence_like(reading.title):
        return reading
    return ReviewedWork(reading.title, year, reading.director)


_CREDITS_YEAR = re.compile(
    r"^\W{0,3}(?:year|released?|release\s+(?:date|year)|made\s+in)\s*:?\s*(?:[^\n\d]{0,20})((?:19|20)\d\d)\b",
    re.I | re.M,
)


# a capsule's line of credits under its headline: the director's name, the year, perhaps the country and
# the format ("Jules Dassin, 1955, France, b&w"), a line of its own
_MAKER_LINE = re.compile(
    r"^[ \t]*(?P<name>[A-Z][\w.'’-]+(?:[ \t]+[A-Z][\w.'’-]+){1,3})[ \t]*[,–—|][ \t]*(?P<year>(?:19|20)\d\d)\b"
    r"(?:[ \t]*[,–—|/][ \t]*[^\n,–—|/!?]{1,16}){0,4}[ \t]*$",  # short items, no clause
    re.M,
)
_MAKER_LINE_SCAN = 600  # the credits line stands at the body's head


def _maker_line(page: Page, gazetteer: Gazetteer) -> tuple[str, int] | None:
    """(director, year) of a capsule's credits line at the body's head, "Jules Dassin, 1955, France", when
    the table knows the director by full name."""
    line = _MAKER_LINE.search(page.body[:_MAKER_LINE_SCAN])
    if line is None or not is_director(gazetteer, line.group("name")):
        return None
    return line.group("name"), int(line.group("year"))


OWNER_YEAR = re.compile(r"(?P<owner>[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)[’']s\s+(?P<year>(?:19|20)\d\d)\b(?!s)")


def credits_film(page: Page, gazetteer: Gazetteer, in_prose: bool = False) -> Choice | None:
    """The one film of the table that the page's credits block pins down: its director ("Director:
    Tod Browning") and its year ("Year: 1932", "Released: 1932"), wherever the headline points;
    with ``in_prose``, the one maker and year the running text gives ("Hitchcock's 1958 masterpiece")."""
    directors = credited_directors(page)
    years = {int(m.group(1)) for m in _CREDITS_YEAR.finditer(page.body[:3000])}
    if not directors and not years and not in_prose and (line := _maker_line(page, gazetteer)):
        directors, years = {fold(line[0])}, {line[1]}  # "Jules Dassin, 1955, France, b&w"
    if in_prose:  # "Michael Mann's 1995 crime epic": a maker and a year in the running text
        owned = {(m.group("owner"), int(m.group("year"))) for m in OWNER_YEAR.finditer(page.body[:3000])}
        if len(owned) != 1:
            return None
        owner, year = next(iter(owned))
        person = gazetteer.person_named(owner) if " " in owner else None
        directors = {fold(gazetteer.people[person])} if person is not None else set()
        if not directors and is_director(gazetteer, owner):
            directors = {fold(owner)}
        years = {year}
    if directors and not years and not in_prose:  # "Directed by X / Starring A, B" and no year
        return _cast_film(page, gazetteer, directors)
    if not directors or len(years) != 1:
        return None
    year = next(iter(years))
    made = {
        film
        for person, credits in _director_credits(gazetteer, directors)
        for film in credits
        if gazetteer.films[film].year == year
    }
    if len(made) != 1:
        return None
    film = next(iter(made))
    return Choice(gazetteer.films[film].title, year, film, ENOUGH)


_CAST_NEEDED = 2  # players of one of the director's films the page names, more than of any other of theirs


def _cast_film(page: Page, gazetteer: Gazetteer, directors: set[str]) -> Choice | None:
    """The one film of the credited director whose cast the page names, when no year says which:
    "Directed by Mikhail Kalatozov / Starring Tatiana Samoilova, Aleksey Batalov" for his film with
    those players, not another of his; none when another of the director's films has as many named."""
    folded = fold(page.body[:6000])
    named = {
        film: sum(1 for p in gazetteer.films[film].cast if _named(fold(gazetteer.people[p]), folded))
        for _, credits in _director_credits(gazetteer, directors)
        for film in credits
    }
    ranked = sorted(named, key=lambda film: -named[film])
    if not ranked or named[ranked[0]] < _CAST_NEEDED or (len(ranked) > 1 and named[ranked[1]] >= named[ranked[0]]):
        return None
    entry = gazetteer.films[ranked[0]]
    return Choice(entry.title, entry.year, ranked[0], ENOUGH)


def _named(name: str, folded: str) -> bool:
    """Whether the folded text writes a person's full name as whole words."""
    return " " in name and name in folded and whole_words(name).search(folded) is not None


_SURNAMES: dict[int, dict[str, list[int]]] = {}


def _director_by_surname(gazetteer: Gazetteer, surname: str) -> int | None:
    """The one director of three films or more whose surname this is ("Hitchcock")."""
    if id(gazetteer) not in _SURNAMES:
        made = Counter(p for entry in gazetteer.films for p in set(entry.directors))
        index: dict[str, list[int]] = defaultdict(list)
        for person, films in made.items():
            if films >= 3 and (name := fold(gazetteer.people[person])):
                index[name.split()[-1]].append(person)
        _SURNAMES[id(gazetteer)] = dict(index)
    people = _SURNAMES[id(gazetteer)].get(fold(surname), [])
    return people[0] if len(people) == 1 else None


def _director_credits(gazetteer: Gazetteer, directors: set[str]) -> list[tuple[int, list[int]]]:
    """(person, films they directed) of the table for each credited director's full name."""
    out = []
    for name in directors:
        person = gazetteer.person_named(name) if " " in name else _director_by_surname(gazetteer, name)
        if person is not None:
            out.append((person, [f for f in gazetteer.credits[person] if person in gazetteer.films[f].directors]))
    return out


def scored_subject(page: Page, resolver: WorkResolver) -> Choice | None:
    """The one work a score line of the body names ("Heat: 8/10", "Harbour Lights – ★★★★"): a film
    the table knows, or a name the body writes again; none when several are scored (a round-up)."""
    subjects = {s for line in page.body.split("\n") if (s := rated_subject(line))}
    if len(subjects) != 1:
        return None
    subject = next(iter(subjects))
    film = resolver.lookup_film(subject)
    if film is not None:
        entry = resolver.gazetteer.films[film]
        return Choice(entry.title, entry.year, film, ENOUGH)
    return Choice(subject, None, None, ENOUGH) if times_named(page.body, subject) >= 2 else None


def site_reading(page: Page, resolver: WorkResolver, scored: list[Choice]) -> Choice | None:
    """The film the page's first line names when the reader took that line for the blog's name
    ("Planet of the Apes (1968)" over "User Reviews", "7/10" and a headline): a film the table
    knows of the year the line gives, and only when no reading of the post title is one. A blog's
    name alone ("The Late Show") gives no year and names no film."""
    if not page.site or any(c.film is not None for c in scored):
        return None
    head_years = {int(y) for y in _YEAR_WORD.findall(f"{page.title}\n{page.body[:300]}")}
    for reading in title_readings(page.site):
        # "Steamboat Bill, Jr." over a date and "1928 silent comedy": the year the head gives dates it
        years = {reading.year} if reading.year else head_years
        film = resolver.lookup_film(reading.title, reading.year) if years else None
        if film is not None and any(abs(resolver.gazetteer.films[film].year - year) <= 1 for year in years):
            entry = resolver.gazetteer.films[film]
            return Choice(entry.title, entry.year, film, ENOUGH)
    return None
