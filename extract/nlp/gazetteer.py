"""The film table as a compact matcher of film titles and people's names.

Compiled once from ``extract.filmdb`` into a JSON cache (no pickle: loading it runs
nothing), then indexed by first token: matching is a dictionary lookup per token, so a
page costs microseconds, not a 97k-pattern EntityRuler.

>>> gaz = Gazetteer.build()
>>> found = gaz.match("I saw Blade Runner and Gravity.")
>>> [(m.text, gaz.films[m.film].year) for m in found if m.film is not None and m.text[0].isupper()]
[('Blade Runner', 1982), ('Gravity', 2013)]
"""

from __future__ import annotations

import json
import os
import re
import tempfile
import unicodedata
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from extract.filmdb import (
    FAME_REVIEWS,
    database_path,
    listed_path,
    listed_titles_on,
    load_films,
    load_listed_titles,
    load_people_supplement,
    load_series,
    people_supplement_path,
    place_names,
    series_supplement_path,
    supplement_path,
)
from extract.nlp.textnorm import Token, fold, token_keys, tokenize

CACHE_VERSION = 7  # 5: the films whose title is also a place's name (``Gazetteer.places``); 6: series (kind);
# 7: the long list's titles (``Gazetteer.listed``)


@dataclass(frozen=True, slots=True)
class FilmEntry:
    title: str
    year: int
    imdb_id: str
    directors: tuple[int, ...]
    writers: tuple[int, ...]
    cast: tuple[int, ...]
    reviews: int
    kind: str = "film"  # "tv": a series of the series supplement, after every film


@dataclass(frozen=True, slots=True)
class ListedEntry:
    """A title only the long IMDb list knows (``extract.filmdb.load_listed_titles``): its most voted
    film's year and votes."""

    title: str
    year: int
    votes: int


@dataclass(frozen=True, slots=True)
class GazetteerMatch:
    """A span of text that names a film (``film`` set) or a person (``person`` set)."""

    text: str
    start: int
    end: int
    film: int | None = None
    person: int | None = None


class Gazetteer:
    """Films and people of the film table, with a token-keyed matcher."""

    def __init__(
        self,
        films: list[FilmEntry],
        people: list[str],
        places: frozenset[int] = frozenset(),
        listed: list[ListedEntry] | None = None,
    ) -> None:
        self.films = films
        self.people = people
        self.places = places  # films whose title is also a place's name ("Paris", "Split"): see ``build``
        self.listed = listed or []  # titles of several words only the long list knows: see ``listed_in``
        self.films_by_key: dict[tuple[str, ...], list[int]] = defaultdict(list)
        self.person_by_key: dict[tuple[str, ...], int] = {}
        self.credits: list[list[int]] = [[] for _ in people]
        pairs: dict[tuple[str, str], list[tuple[tuple[str, ...], int]]] = defaultdict(list)
        self._single: dict[str, int] = {}
        for number, film in enumerate(films):
            for keys in _title_spellings(film.title):
                if keys not in self.films_by_key:
                    if len(keys) == 1:
                        self._single[keys[0]] = number
                    else:
                        pairs[keys[0], keys[1]].append((keys, number))
                self.films_by_key[keys].append(number)
            for person in {*film.directors, *film.writers, *film.cast}:
                self.credits[person].append(number)
        for number, name in enumerate(people):
            for keys in _spellings(token_keys(name)):
                if len(keys) >= 2 and keys not in self.person_by_key:
                    self.person_by_key[keys] = number
                    pairs[keys[0], keys[1]].append((keys, -1 - number))
        for keys, number in _main_titles(films, self.films_by_key, self.person_by_key):
            if len(keys) == 1:
                self._single[keys[0]] = number
            else:
                pairs[keys[0], keys[1]].append((keys, number))
            self.films_by_key[keys].append(number)
        self._pairs = {
            pair: sorted(entries, key=lambda e: -len(e[0])) if len(entries) > 1 else entries
            for pair, entries in pairs.items()
        }
        self._listed_pairs: dict[tuple[str, str], list[tuple[tuple[str, ...], int]]] | None = None  # ``listed_in``
        self._first_names = {keys[0] for keys in self.person_by_key}
        self._surnames = {keys[-1] for keys in self.person_by_key}
        self._abbreviations: dict[str, int] | None = None
        self._recent: dict[int, tuple[list[Token], str, list[GazetteerMatch]]] = {}  # see ``match``
        self._recent_tokens = 0
        for number, film in enumerate(films):
            if film.reviews >= FAMOUS:
                subtitles = _subtitle_keys(film.title)
                for keys in [*subtitles, *_articleless_keys([token_keys(film.title), *subtitles])]:
                    if keys not in self.films_by_key:  # "The Empire Strikes Back" for Episode V
                        pairs[keys[0], keys[1]].append((keys, number))
                        self.films_by_key[keys].append(number)
                        self._pairs[keys[0], keys[1]] = sorted(pairs[keys[0], keys[1]], key=lambda e: -len(e[0]))

    @classmethod
    def build(cls) -> Gazetteer:
        """Compile from the installed film table, most reviewed first (the supplement's films
        among the snapshot's by their fame), so that a title's first film is its best known:
        "Little Women" is Gerwig's (2019) before Armstrong's (1994)."""
        names: dict[str, int] = {}

        def ids(values: tuple[str, ...]) -> tuple[int, ...]:
            return tuple(names.setdefault(value, len(names)) for value in values)

        films = [
            FilmEntry(f.title, f.year, f.imdb_id, ids(f.director), ids(f.writers), ids(f.cast), f.reviews, f.kind)
            for f in [*sorted(load_films(), key=lambda f: -f.reviews), *load_series()]
        ]
        for name in load_people_supplement():  # crews, critics and authors the credits lack: no films
            names.setdefault(name, len(names))
        people = list(names)
        return cls(films, people, _place_titles(films), _listed_only(films, people))

    def to_json(self) -> dict[str, object]:
        return {
            "version": CACHE_VERSION,
            "people": self.people,
            "places": sorted(self.places),
            "listed": [[t.title, t.year, t.votes] for t in self.listed],
            "films": [
                [f.title, f.year, f.imdb_id, f.directors, f.writers, f.cast, f.reviews, f.kind] for f in self.films
            ],
        }

    @classmethod
    def from_json(cls, data: dict[str, object]) -> Gazetteer:
        films = data["films"]
        people = data["people"]
        places = data["places"]
        listed = data["listed"]
        assert isinstance(films, list) and isinstance(people, list) and isinstance(places, list)
        assert isinstance(listed, list)
        return cls(
            [
                FilmEntry(str(t), int(y), str(i), tuple(d), tuple(w), tuple(c), int(r), str(k))
                for t, y, i, d, w, c, r, k in films
            ],
            [str(p) for p in people],
            frozenset(int(n) for n in places),
            [ListedEntry(str(t), int(y), int(v)) for t, y, v in listed],
        )

    def match(self, text: str, tokens: list[Token] | None = None) -> list[GazetteerMatch]:
        """Longest gazetteer names in ``text``, left to right, without overlaps.

        Given a unit's own token list, the answer is kept for the next call with that list (the
        people and the works rules each match every unit of a page): kept while the lists held
        stay under ``_RECENT_TOKENS`` tokens in all, each list held so that its id is not reused."""
        if tokens is None:
            return self._match(text, tokenize(text))
        kept = self._recent.get(id(tokens))
        if kept is not None and kept[0] is tokens and kept[1] == text:
            return list(kept[2])
        found = self._match(text, tokens)
        if self._recent_tokens + len(tokens) > _RECENT_TOKENS:
            self._recent.clear()
            self._recent_tokens = 0
        self._recent[id(tokens)] = (tokens, text, found)
        self._recent_tokens += len(tokens)
        return list(found)

    def _match(self, text: str, tokens: list[Token]) -> list[GazetteerMatch]:
        words = [(t, t.key) for t in tokens if t.text[0].isalnum()]  # the key each token carries
        found: list[GazetteerMatch] = []
        position = 0
        keys = [key for _, key in words]
        pairs, single, count = self._pairs, self._single, len(words)
        while position < count:
            size, entry = 1, None  # the longest name starting here, inline: this runs for every word of every unit
            if position + 1 < count:
                for candidate, number in pairs.get((keys[position], keys[position + 1]), ()):
                    if tuple(keys[position : position + len(candidate)]) == candidate:
                        size, entry = len(candidate), number
                        break
            if size == 1:
                entry = single.get(keys[position])
            elif (
                keys[position] in _ARTICLES
                and words[position][0].text[0].islower()
                and self._longer_after_article(keys, position, size)
            ):
                position += 1  # "the Star Wars of my dad": "Star Wars", not the film "The Star"
                continue
            if entry is not None:
                first, last = words[position][0], words[position + size - 1][0]
                film, person = (entry, None) if entry >= 0 else (None, -1 - entry)
                found.append(GazetteerMatch(text[first.start : last.end], first.start, last.end, film, person))
            position += size
        return found

    def listed_in(self, tokens: list[Token]) -> list[tuple[int, int, ListedEntry]]:
        """Longest titles of the long list among ``tokens`` (their first and last token's
        character offsets, and the title), left to right, without overlaps."""
        if self._listed_pairs is None:  # keyed at the first call, not at each load (a third of the load's time)
            self._listed_pairs = _listed_index(self.listed)
        words = [t for t in tokens if t.text[0].isalnum()]
        keys = [t.key for t in words]
        found: list[tuple[int, int, ListedEntry]] = []
        position = 0
        while position + 1 < len(words):
            size = 1
            for candidate, number in self._listed_pairs.get((keys[position], keys[position + 1]), ()):
                if tuple(keys[position : position + len(candidate)]) == candidate:
                    size = len(candidate)
                    found.append((words[position].start, words[position + size - 1].end, self.listed[number]))
                    break
            position += size
        return found

    def _longer_after_article(self, keys: list[str], position: int, size: int) -> bool:
        """Whether a name starting right after a lower-case article at ``position`` reaches past the
        ``size`` words matched from the article: then the article is the sentence's, not a title's."""
        if position + 2 >= len(keys):
            return False
        for candidate, _ in self._pairs.get((keys[position + 1], keys[position + 2]), ()):
            if tuple(keys[position + 1 : position + 1 + len(candidate)]) == candidate:
                return 1 + len(candidate) > size
        return False

    def films_titled(self, title: str) -> list[int]:
        """Films with this title (any case), most reviewed first."""
        return self.films_by_key.get(token_keys(title), [])

    def common_title(self, film: int) -> str:
        """The name film number ``film`` goes by in writing (``common_title``): "The Empire Strikes Back"."""
        return common_title(self.films[film].title, self._fame)

    def _fame(self, title: str) -> int:
        return max((self.films[n].reviews for n in self.films_titled(title)), default=0)

    def person_named(self, name: str) -> int | None:
        return self.person_by_key.get(token_keys(name))

    def film_abbreviated(self, word: str) -> int | None:
        """The famous film an all-capitals abbreviation names ("ESB", "MI3", "ROTK"): the initials
        of its title, its main title or its subtitle (numbers as digits). Several films share
        "LOTR": then the film bearing their common main title, if the table has one."""
        if self._abbreviations is None:
            self._abbreviations = _abbreviations(self)
        return self._abbreviations.get(word)

    def is_first_name(self, word: str) -> bool:
        """Whether some person of the table has this first name ("Amy": yes; "Birdman": no)."""
        return fold(word) in self._first_names

    def is_surname(self, word: str) -> bool:
        """Whether some person of the table has this last name ("Hitchcock": yes; "Furiosa": no)."""
        return fold(word) in self._surnames


_RECENT_TOKENS = 100_000  # tokens of the units whose matches ``Gazetteer.match`` keeps
FAMOUS = 150  # reviews: a film this well known is named by its subtitle or its initials alone
_SPLIT = re.compile(r":\s+|\s+[–—-]\s+")
_ROMAN = {"ii": "2", "iii": "3", "iv": "4", "v": "5", "vi": "6", "vii": "7", "viii": "8"}
_ARTICLES = frozenset({"the", "a", "an"})
_PLAIN_SUBTITLES = frozenset("the a an movie film part chapter episode volume vol story".split())


# "Star Wars: Episode V – The Empire Strikes Back": the episode's own title is the name people use;
# "Rogue One: A Star Wars Story", "Glass Onion: A Knives Out Mystery": the main title, before the tag
# that names the franchise (a known film of two words or more; not "Capitalism: A Love Story")
_EPISODE_TITLE = re.compile(r"^[^:]+:\s+Episode\s+[IVXL\d]+\s+[–—-]\s+(?P<name>.+)$")
_FRANCHISE_TAG = re.compile(r"^(?P<name>[^:]+):\s+An?\s+(?P<franchise>(?:[A-Z][\w'’-]*\s+){2,})(?:Story|Saga|Mystery)$")
_FRANCHISE_FAME = 60  # critics' reviews of the film a tag names ("Mad Max" 71; not "Burning Man", 27)


def common_title(title: str, known: Callable[[str], int] = lambda _: 0) -> str:
    """The name a work of the film table goes by in writing, where its table title adds a series'
    numbering or a franchise's tag to it (reviews and their readers write the short form);
    ``known`` gives the fame of the best-known film of a title (a tag's franchise).

    >>> common_title("Star Wars: Episode V – The Empire Strikes Back")
    'The Empire Strikes Back'
    >>> fame = {"Star Wars": 300, "Love Story": 30}.get
    >>> common_title("Rogue One: A Star Wars Story", lambda t: fame(t, 0))
    'Rogue One'
    >>> common_title("Wristcutters: A Love Story", lambda t: fame(t, 0)), common_title("Mission: Impossible – Fallout")
    ('Wristcutters: A Love Story', 'Mission: Impossible – Fallout')
    """
    if episode := _EPISODE_TITLE.match(title):
        return episode.group("name")
    tag = _FRANCHISE_TAG.match(title)
    if tag and known(tag.group("franchise").strip()) >= _FRANCHISE_FAME:
        return tag.group("name")
    return title


def _articleless_keys(titles: list[tuple[str, ...]]) -> list[tuple[str, ...]]:
    """Keys of titles (or subtitles) of four words or more that open with "The", without it: blogs
    write "Wizard of Oz" and "Curse of the Black Pearl" (famous films only; three words left at least).

    >>> _articleless_keys([("the", "wizard", "of", "oz"), ("the", "dark", "knight")])
    [('wizard', 'of', 'oz')]
    """
    return [keys[1:] for keys in titles if len(keys) >= 4 and keys[0] == "the"]


def _subtitle_keys(title: str) -> list[tuple[str, ...]]:
    """Keys of a title's subtitles of three words or more, or two after an article ("The Two
    Towers"), that say more than "The Movie"."""
    parts = _SPLIT.split(title)[1:]
    found = []
    for part in parts:
        keys = token_keys(part)
        plain = all(k in _PLAIN_SUBTITLES or k.isdigit() or k in _ROMAN for k in keys)
        long_enough = len(keys) >= 3 or (len(keys) == 2 and keys[0] in _ARTICLES)  # "Los Angeles": a place
        if long_enough and not plain and keys[0] not in {"episode", "part", "chapter", "volume", "vol"}:
            found.append(keys)
    return found


_MAIN_FAME = FAMOUS  # reviews: a film this well known is named by its main title alone ("Glass Onion"; not
# "Looney Tunes" of "Looney Tunes: Back in Action", which names the cartoons)
_MAIN_WORD_FAME = 250  # reviews: ... by a one-word main title ("Kingsman"; not "Capitalism", "Enron")


def _main_titles(
    films: list[FilmEntry], known: dict[tuple[str, ...], list[int]], people: dict[tuple[str, ...], int]
) -> list[tuple[tuple[str, ...], int]]:
    """Keys of main titles before a colon that blogs write alone: "Glass Onion" for "Glass Onion:
    A Knives Out Mystery", "Terminator 2" for "Terminator 2: Judgment Day". Only a well-known
    film's, only where no other film bears that main title or that name ("Avengers" is four
    films' main title), never a year ("2001"), a person of the table ("Justin Bieber") or a
    name that starts with a first name ("Jack Ryan", "Abraham Lincoln": the character, mostly),
    and one word only for a very famous film whose word no other title uses ("Kingsman"; not
    "Mission" of "Mission: Impossible – Fallout").

    >>> films = [FilmEntry("Rogue One: A Star Wars Story", 2016, "", (), (), (), 300)]
    >>> films += [FilmEntry(t, 2015, "", (), (), (), 300) for t in ("Mission: Impossible – X", "The Mission")]
    >>> films += [FilmEntry("Jack Ryan: Shadow Recruit", 2014, "", (), (), (), 186)]
    >>> [(" ".join(keys), films[n].year) for keys, n in _main_titles(films, {}, {("jack", "reacher"): 0})]
    [('rogue one', 2016)]
    """
    mains: dict[tuple[str, ...], list[int]] = defaultdict(list)
    words: dict[str, int] = defaultdict(int)
    for number, film in enumerate(films):
        for word in set(token_keys(film.title)):
            words[word] += 1
        if ":" in film.title:
            keys = token_keys(film.title.split(":", 1)[0])
            if keys and number not in mains[keys]:
                mains[keys].append(number)
    first_names = {keys[0] for keys in people}
    found = []
    for keys, numbers in mains.items():
        fame = films[numbers[0]].reviews
        if len(numbers) != 1 or keys in known or keys in people or fame < _MAIN_FAME or keys[0].isdigit():
            continue
        if len(keys) == 1 and (fame < _MAIN_WORD_FAME or words[keys[0]] > 1):
            continue
        if len(keys) > 1 and keys[0] in first_names:
            continue
        found.append((keys, numbers[0]))
    return found


def _initials(words: list[str]) -> str:
    out = []
    for word in words:
        if word.isdigit():
            out.append(word)
        elif word in _ROMAN:
            out.append(_ROMAN[word])
        elif word[:1].isalpha():
            out.append(word[0])
    return "".join(out).upper()


def _abbreviations(gazetteer: Gazetteer) -> dict[str, int]:
    """Initials -> film, for famous films (three characters or more, two of them letters)."""
    by_initials: dict[str, list[int]] = defaultdict(list)
    for number, film in enumerate(gazetteer.films):
        if film.reviews < FAMOUS:
            continue
        variants = {film.title, *_SPLIT.split(film.title)}
        for variant in variants:
            words = [w for w in token_keys(variant) if w[:1].isalnum()]
            if words and words[0] in _ARTICLES:
                words = words[1:]
            initials = _initials(words)
            lettered = sum(ch.isalpha() for ch in initials) >= 2
            if len(initials) >= 3 and lettered and number not in by_initials[initials]:
                by_initials[initials].append(number)
    found: dict[str, int] = {}
    for initials, numbers in by_initials.items():
        if len(numbers) == 1:
            found[initials] = numbers[0]
            continue
        mains = {_SPLIT.split(gazetteer.films[n].title)[0] for n in numbers}
        if len(mains) == 1 and (common := gazetteer.films_titled(mains.pop())):
            found[initials] = common[0]  # "LOTR": The Lord of the Rings
    return found


def _spellings(keys: tuple[str, ...]) -> list[tuple[str, ...]]:
    """A name's keys, and the same without accents when it has any: blogs write "Juzo Itami"
    for "Jūzō Itami" and "Y tu mama tambien" for "Y tu mamá también".

    >>> _spellings(("jūzō", "itami")), _spellings(("kubrick",))
    ([('jūzō', 'itami'), ('juzo', 'itami')], [('kubrick',)])
    """
    if not keys:
        return []
    if "".join(keys).isascii():
        return [keys]
    plain = tuple(
        "".join(ch for ch in unicodedata.normalize("NFKD", key) if not unicodedata.combining(ch)) for key in keys
    )
    return [keys, plain] if plain != keys else [keys]


def _title_spellings(title: str) -> list[tuple[str, ...]]:
    """A title's keys as ``_spellings`` gives them, and as written with the other of "&" and
    "and" (the keys drop "&"): blogs write "Batman and Robin" for "Batman & Robin" and "Wendy
    & Lucy" for "Wendy and Lucy".

    >>> _title_spellings("Batman & Robin"), _title_spellings("Wendy and Lucy")[1]
    ([('batman', 'robin'), ('batman', 'and', 'robin')], ('wendy', 'lucy'))
    """
    found = _spellings(token_keys(title))
    if "&" in title:
        found += _spellings(token_keys(title.replace("&", " and ")))
    elif " and " in title.casefold():
        found += _spellings(tuple(k for k in token_keys(title) if k != "and"))
    return [keys for keys in found if len(keys) >= 2 or "&" not in title]


def _listed_only(films: list[FilmEntry], people: list[str]) -> list[ListedEntry]:
    """The long list's titles of two words or more that no film of the table bears (in any of the
    spellings the table is matched by), no person of the table and no place of the world: "Jagte
    Raho", "Four Daughters", "Nuovo Cinema Paradiso"; not "Hong Kong" or "Abraham Lincoln".
    Most voted first; a title once, with its most voted film's year.

    >>> entry = lambda title: FilmEntry(title, 2000, "", (), (), (), 60)
    >>> known = [entry("The Matrix")]
    >>> asked = {"The Matrix", "Abraham Lincoln", "Hong Kong", "Jagte Raho"}
    >>> [t.title for t in _listed_only(known, ["Abraham Lincoln"]) if t.title in asked]
    ['Jagte Raho']
    """
    taken = {keys for film in films for keys in _title_spellings(film.title)}
    taken |= {token_keys(name) for name in people}
    taken |= {token_keys(name) for name in place_names()}
    found: dict[tuple[str, ...], ListedEntry] = {}
    for title in load_listed_titles():
        keys = token_keys(title.title)
        if len(keys) >= 2 and keys not in taken and keys not in found:
            found[keys] = ListedEntry(title.title, title.year, title.votes)
    return list(found.values())


def _listed_index(listed: list[ListedEntry]) -> dict[tuple[str, str], list[tuple[tuple[str, ...], int]]]:
    """The long list's titles by their first two keys, longest first (as ``Gazetteer._pairs``)."""
    index: dict[tuple[str, str], list[tuple[tuple[str, ...], int]]] = defaultdict(list)
    for number, entry in enumerate(listed):
        for keys in _spellings(token_keys(entry.title)):
            index[keys[0], keys[1]].append((keys, number))
    return {pair: sorted(entries, key=lambda e: -len(e[0])) for pair, entries in index.items()}


def _place_titles(films: list[FilmEntry]) -> frozenset[int]:
    """The films whose whole title is a place's name (``extract.filmdb.place_names``): "Chicago",
    "Split", "New York"; not "Psycho" or "Vertigo" (no city of that name).

    >>> entry = lambda title: FilmEntry(title, 2000, "", (), (), (), 60)
    >>> sorted(_place_titles([entry("Psycho"), entry("Split"), entry("The Congo"), entry("New York")]))
    [1, 3]
    """
    keys = {token_keys(name) for name in place_names()}
    return frozenset(number for number, film in enumerate(films) if token_keys(film.title) in keys)


def _source_stamp() -> str:
    """The installed table's and the three supplements' sizes and times, and the film supplement's
    fame scale: a new cache when any of them changes."""
    table, supplement, people = database_path().stat(), supplement_path().stat(), people_supplement_path().stat()
    series = series_supplement_path().stat()
    listed = listed_path() if listed_titles_on() else None
    listed_stamp = f"{listed.stat().st_size}" if listed is not None else "none"
    fame = ".".join(str(FAME_REVIEWS[grade]) for grade in sorted(FAME_REVIEWS))
    stamps = f"{table.st_size}-{int(table.st_mtime)}-{supplement.st_size}-{int(supplement.st_mtime)}"
    stamps += f"-{people.st_size}-{int(people.st_mtime)}-{series.st_size}-{int(series.st_mtime)}"
    return f"{stamps}-{listed_stamp}-{fame}-{CACHE_VERSION}"


def load_gazetteer(cache_dir: Path | None) -> Gazetteer:
    """The gazetteer, from the JSON cache when it matches the installed table, else
    compiled and cached (written atomically)."""
    if cache_dir is None:
        return Gazetteer.build()
    path = cache_dir / f"gazetteer-{_source_stamp()}.json"
    if path.is_file():
        try:
            return Gazetteer.from_json(json.loads(path.read_text(encoding="utf-8")))
        except (ValueError, KeyError, TypeError, AssertionError):
            path.unlink(missing_ok=True)
    gazetteer = Gazetteer.build()
    cache_dir.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=cache_dir, suffix=".tmp")
    with os.fdopen(handle, "w", encoding="utf-8") as out:
        json.dump(gazetteer.to_json(), out, ensure_ascii=False, separators=(",", ":"))
    os.replace(temporary, path)
    return gazetteer
