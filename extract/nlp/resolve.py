"""Names to canonical entities, within a page and against the gazetteer.

People: "Jonze" -> "Spike Jonze" when the page names him in full; "Will F." -> "Will Ferrell";
"Philip Dick" -> "Philip K. Dick" (the gazetteer's spelling); a lone surname -> the person of
that name in the credits of the page's films ("Kaufman" on a Jonze page -> Charlie Kaufman).
Works: case and quote variants share a key; "Messenger, The" is "The Messenger"; "Wolf of
Wall Street" finds "The Wolf of Wall Street"; abbreviations the page defines (A:OC, STF);
same-title films are told apart by year, director or cast on the page.
"""

from __future__ import annotations

import gc
import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import cached_property

from extract.nlp.aliases import AliasTable
from extract.nlp.gazetteer import Gazetteer
from extract.nlp.memo import per_table
from extract.nlp.textnorm import fold, name_key, token_keys
from extract.records import EntityKind
from extract.titles import title_case

_INITIAL = re.compile(r"^[A-Z]\.?$")
_NAMED_DIRECTOR = 10  # films directed before a credit of the page's films is reached by its first name
_GIVEN_NAME_AFTER = re.compile(r" [A-Z][a-z]+-[a-z]+$")  # "Bong Joon-ho", "Chow Yun-fat": the family name first


@dataclass(slots=True)
class ResolvedWork:
    title: str
    kind: EntityKind
    film: int | None = None
    year: int | None = None


def initials(title: str) -> str:
    """Initials of a title's significant words: "August: Osage County" -> "AOC".

    >>> initials("Stranger Than Fiction"), initials("August: Osage County")
    ('STF', 'AOC')
    """
    return "".join(w[0].upper() for w in re.findall(r"[A-Za-z0-9]\w*", title))


class _PeopleIndex:
    """Gazetteer people by (first, last) ignoring middle names, and by first name: each table
    is built on its first use (a worker process that never meets "Will F." never builds the
    first-name table), from keys computed once."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer

    @cached_property
    def _keys(self) -> list[tuple[str, ...]]:
        with collection_paused():
            return [token_keys(name) for name in self.gazetteer.people]

    @cached_property
    def by_first_last(self) -> dict[tuple[str, str], list[int]]:
        table: dict[tuple[str, str], list[int]] = {}
        with collection_paused():
            for number, keys in enumerate(self._keys):
                if len(keys) >= 2:
                    table.setdefault((keys[0], keys[-1]), []).append(number)
        return table

    @cached_property
    def directors(self) -> frozenset[str]:
        """Names of the table's people who directed ten films or more: a critic calls them by
        their first name too ("Joel and Ethan", "Bong"), a plot's people share no such name."""
        directed = [0] * len(self.gazetteer.people)
        for film in self.gazetteer.films:
            for person in film.directors:
                directed[person] += 1
        return frozenset(self.gazetteer.people[p] for p, count in enumerate(directed) if count >= _NAMED_DIRECTOR)

    @cached_property
    def by_first(self) -> dict[str, list[int]]:
        table: dict[str, list[int]] = {}
        with collection_paused():
            for number, keys in enumerate(self._keys):
                if len(keys) >= 2:
                    table.setdefault(keys[0], []).append(number)
        return table


@contextmanager
def collection_paused() -> Iterator[None]:
    """The cyclic garbage collector paused (if it runs) while code makes many short-lived or
    cycle-free objects: a table of ~100k lists of ints here (each collection would walk the whole
    gazetteer, half the build's time), the extractor's rules (``extractor.extract_pages``)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _middles_agree(name: tuple[str, ...], other: tuple[str, ...]) -> bool:
    """Two names' middle parts agree word for word, an initial standing for any word it begins.

    >>> _middles_agree(("philip", "kindred", "dick"), ("philip", "k.", "dick"))
    True
    >>> _middles_agree(("james", "newton", "howard"), ("james", "b.", "howard"))
    False
    """
    ours, theirs = [w.rstrip(".") for w in name[1:-1]], [w.rstrip(".") for w in other[1:-1]]
    if len(ours) != len(theirs):
        return False
    return all(
        a == b or (len(a) == 1 and b.startswith(a)) or (len(b) == 1 and a.startswith(b))
        for a, b in zip(ours, theirs, strict=True)
    )


@per_table
def _people_index(gazetteer: Gazetteer) -> _PeopleIndex:
    return _PeopleIndex(gazetteer)


@dataclass(slots=True)
class PeopleResolver:
    """Resolves person names on one page."""

    gazetteer: Gazetteer
    aliases: AliasTable
    page_names: list[str] = field(default_factory=list)  # full names written on the page
    neighbours: list[str] = field(default_factory=list)  # credits of the page's films
    characters: dict[str, str] = field(default_factory=dict)  # folded name -> character's full name
    _by_word: dict[str, dict[str, set[str]]] | None = field(default=None, init=False, repr=False)

    def most_credited(self, candidates: list[int]) -> str | None:
        if not candidates:
            return None
        best = max(candidates, key=lambda p: len(self.gazetteer.credits[p]))
        return self.gazetteer.people[best]

    def _by_part(self, word: str, names: list[str]) -> str | None:
        key = fold(word)
        lasts = {n for n in names if fold(n.split()[-1]) == key}
        if len(lasts) == 1:
            return lasts.pop()
        firsts = {n for n in names if fold(n.split()[0]) == key}
        return firsts.pop() if len(firsts) == 1 else None

    def resolve(self, name: str) -> str:
        """The canonical spelling of a person's name, on one line: a name the page runs across a
        line break ("Harry Dean\nStanton") is the one name."""
        return " ".join(self._resolve(" ".join(name.split())).split())

    def _resolve(self, name: str) -> str:
        if (user := self.aliases.canonical(name)) is not None:
            return user
        if self.aliases.is_split(name):
            return name
        words = name.split()
        if len(words) == 1:
            # a first name alone is short for a full name the page writes; for a credit of its films
            # the page does not name, only a director's ("Joel" of the Coens; "Erik" is the plot's)
            return self._by_part(name, self.page_names) or self._neighbour(fold(name)) or name
        if _INITIAL.match(words[-1]):  # "Will F."
            first, letter = fold(words[0]), words[-1][0].casefold()
            for pool in (self.page_names, self.neighbours):
                hits = {
                    n
                    for n in pool
                    if len(n.split()) >= 2
                    and not _INITIAL.match(n.split()[-1])
                    and fold(n.split()[0]) == first
                    and fold(n.split()[-1])[:1] == letter
                }
                if len(hits) == 1:
                    return hits.pop()
            index = _people_index(self.gazetteer)
            pool_ids = [
                p for p in index.by_first.get(first, []) if fold(self.gazetteer.people[p].split()[-1])[:1] == letter
            ]
            return self.most_credited(pool_ids) or name
        if self.gazetteer.person_named(name) is None:  # "Philip Dick" -> "Philip K. Dick"
            keys = token_keys(name)
            if len(keys) < 2:
                return name
            candidates = _people_index(self.gazetteer).by_first_last.get((keys[0], keys[-1]), [])
            if len(keys) > 2:  # "James Newton Howard" is not "James B. Howard": the middle names must agree
                candidates = [p for p in candidates if _middles_agree(keys, token_keys(self.gazetteer.people[p]))]
            found = self.most_credited(candidates)
            if found:
                return found
        return name

    def _neighbour(self, key: str) -> str | None:
        """The one credit of the page's films a lone word names: by surname (a family name written
        first counts: "Bong" of "Bong Joon-ho"), else a director's by surname or first name. The
        credits are indexed by word once per page: a page asks for many lone names."""
        if self._by_word is None:
            self._by_word = self._index_neighbours()
        for table in ("last", "family", "director last", "director first"):
            names = self._by_word[table].get(key)
            if names is not None and len(names) == 1:
                return next(iter(names))
        return None

    def _index_neighbours(self) -> dict[str, dict[str, set[str]]]:
        directors = _people_index(self.gazetteer).directors
        tables: dict[str, dict[str, set[str]]] = {t: {} for t in ("last", "family", "director last", "director first")}
        for name in self.neighbours:
            words = name.split()
            last, first = fold(words[-1]), fold(words[0])
            tables["last"].setdefault(last, set()).add(name)
            if _GIVEN_NAME_AFTER.search(name):
                tables["family"].setdefault(first, set()).add(name)
            if name in directors:
                tables["director last"].setdefault(last, set()).add(name)
                tables["director first"].setdefault(first, set()).add(name)
        return tables

    def character(self, name: str) -> str | None:
        """The character's full name if ``name`` names a character on this page."""
        return self.characters.get(fold(name))

    def lone_character(self, name: str) -> str | None:
        """A single name on a page with a plot (it names characters) that is no one's on the page:
        not short for a full name written there or credited on its films, and not a film-table
        surname unless it is also a first name ("Elizabeth", "Furiosa", "Makabe"; not "Hitchcock").
        Real people are seldom written by a bare name nobody else on the page explains."""
        words = name.split()
        if not self.characters or len(words) != 1 or not name[:1].isupper() or name.isupper():
            return None
        if self.resolve(name) != name or self.aliases.canonical(name) is not None:
            return None
        if self.gazetteer.is_surname(name) and not self.gazetteer.is_first_name(name):
            return None
        return name


@dataclass(slots=True)
class WorkResolver:
    """Resolves work titles on one page."""

    gazetteer: Gazetteer
    aliases: AliasTable
    page_years: set[int] = field(default_factory=set)
    page_people: set[str] = field(default_factory=set)  # folded names of people on the page
    page_words: set[str] = field(default_factory=set)  # folded capitalised words of the page
    known: dict[str, ResolvedWork] = field(default_factory=dict)  # name_key -> work

    def _pick(self, films: list[int], year: int | None) -> int:
        if year is not None:
            for film in films:
                if self.gazetteer.films[film].year == year:
                    return film
        if len(films) > 1:

            def support(film: int) -> int:
                entry = self.gazetteer.films[film]
                credited = [fold(self.gazetteer.people[p]) for p in (*entry.directors, *entry.cast, *entry.writers)]
                full = len(set(credited) & self.page_people)
                surnames = len({name.split()[-1] for name in credited} & self.page_words)
                return full * 2 + surnames + (entry.year in self.page_years)

            best = max(films, key=support)
            if support(best) > 0:
                return best
        return films[0]

    def lookup_film(self, title: str, year: int | None = None) -> int | None:
        films = self.gazetteer.films_titled(title)
        if not films and not fold(title).startswith("the ") and len(title.split()) >= 2:
            films = self.gazetteer.films_titled("The " + title)
        if not films and re.search(r",\s*the$", title, re.I):
            films = self.gazetteer.films_titled("The " + re.sub(r",\s*the$", "", title, flags=re.I))
        if films and year is not None and all(abs(self.gazetteer.films[f].year - year) > 1 for f in films):
            return None  # "Roma (2018)" is not the 1972 film of that name
        return self._pick(films, year) if films else None

    def resolve(self, text: str, kind: EntityKind, film: int | None = None, year: int | None = None) -> ResolvedWork:
        """A work for a mention: the user's alias, a known work of the page, or the gazetteer."""
        title = self.aliases.canonical(text) or text
        key = name_key(title)
        cached = self.known.get(key)
        if cached is not None and (year is None or cached.year == year):
            return cached
        if kind in {"film", "work"} or film is not None:
            given = film  # a film the candidate's rule found ("the first Hangover", "The Hangover 2")
            film = self.lookup_film(title, year)
            close = given is not None and (year is None or abs(self.gazetteer.films[given].year - year) <= 1)
            if film is None and close:
                film = given
        if film is not None:
            entry = self.gazetteer.films[film]
            work = ResolvedWork(
                self.gazetteer.common_title(film), "film" if kind in {"film", "work"} else kind, film, entry.year
            )
        else:
            work = ResolvedWork(_display_title(title), kind, None, year)
        self.known[key] = work
        self.known.setdefault(name_key(work.title), work)
        return work

    def abbreviation(self, token: str) -> ResolvedWork | None:
        """A work of the page whose initials the token spells (A:OC, STF)."""
        letters = re.sub(r"[^A-Z0-9]", "", token)
        if len(letters) < 2:
            return None
        hits = {w.title: w for w in self.known.values() if initials(w.title) == letters and len(w.title.split()) >= 2}
        return next(iter(hits.values())) if len(hits) == 1 else None

    def partial(self, text: str) -> ResolvedWork | None:
        """A work of the page that ends with these words ("Osage County")."""
        key = name_key(text)
        if len(key.split()) < 2:
            return None
        hits = {w.title: w for w in self.known.values() if name_key(w.title).endswith(" " + key)}
        return next(iter(hits.values())) if len(hits) == 1 else None


def _display_title(title: str) -> str:
    stripped = title.strip(" \"“”‘’'")
    return title_case(stripped)
