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
import tempfile
import unicodedata
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from extract.filmdb import database_path, load_films
from extract.nlp.textnorm import Token, fold, token_keys, tokenize

CACHE_VERSION = 2


@dataclass(frozen=True, slots=True)
class FilmEntry:
    title: str
    year: int
    imdb_id: str
    directors: tuple[int, ...]
    writers: tuple[int, ...]
    cast: tuple[int, ...]
    reviews: int


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

    def __init__(self, films: list[FilmEntry], people: list[str]) -> None:
        self.films = films
        self.people = people
        self.films_by_key: dict[tuple[str, ...], list[int]] = defaultdict(list)
        self.person_by_key: dict[tuple[str, ...], int] = {}
        self.credits: list[list[int]] = [[] for _ in people]
        pairs: dict[tuple[str, str], list[tuple[tuple[str, ...], int]]] = defaultdict(list)
        self._single: dict[str, int] = {}
        for number, film in enumerate(films):
            for keys in _spellings(token_keys(film.title)):
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
        self._pairs = {
            pair: sorted(entries, key=lambda e: -len(e[0])) if len(entries) > 1 else entries
            for pair, entries in pairs.items()
        }
        self._first_names = {keys[0] for keys in self.person_by_key}
        self._surnames = {keys[-1] for keys in self.person_by_key}

    @classmethod
    def build(cls) -> Gazetteer:
        """Compile from the installed film table."""
        names: dict[str, int] = {}

        def ids(values: tuple[str, ...]) -> tuple[int, ...]:
            return tuple(names.setdefault(value, len(names)) for value in values)

        films = [
            FilmEntry(f.title, f.year, f.imdb_id, ids(f.director), ids(f.writers), ids(f.cast), f.reviews)
            for f in load_films()
        ]
        return cls(films, list(names))

    def to_json(self) -> dict[str, object]:
        return {
            "version": CACHE_VERSION,
            "people": self.people,
            "films": [[f.title, f.year, f.imdb_id, f.directors, f.writers, f.cast, f.reviews] for f in self.films],
        }

    @classmethod
    def from_json(cls, data: dict[str, object]) -> Gazetteer:
        films = data["films"]
        people = data["people"]
        assert isinstance(films, list) and isinstance(people, list)
        return cls(
            [FilmEntry(str(t), int(y), str(i), tuple(d), tuple(w), tuple(c), int(r)) for t, y, i, d, w, c, r in films],
            [str(p) for p in people],
        )

    def match(self, text: str, tokens: list[Token] | None = None) -> list[GazetteerMatch]:
        """Longest gazetteer names in ``text``, left to right, without overlaps."""
        tokens = tokens if tokens is not None else tokenize(text)
        words = [(t, t.key) for t in tokens if t.text[0].isalnum()]
        found: list[GazetteerMatch] = []
        position = 0
        keys = [key for _, key in words]
        while position < len(words):
            size, entry = self._longest(keys, position)
            if entry is not None:
                first, last = words[position][0], words[position + size - 1][0]
                film, person = (entry, None) if entry >= 0 else (None, -1 - entry)
                found.append(GazetteerMatch(text[first.start : last.end], first.start, last.end, film, person))
            position += size
        return found

    def _longest(self, keys: list[str], position: int) -> tuple[int, int | None]:
        """(length, entry) of the longest name starting at ``position``; (1, None) if none."""
        if position + 1 < len(keys):
            for candidate, entry in self._pairs.get((keys[position], keys[position + 1]), ()):
                if tuple(keys[position : position + len(candidate)]) == candidate:
                    return len(candidate), entry
        return 1, self._single.get(keys[position])

    def films_titled(self, title: str) -> list[int]:
        """Films with this title (any case), most reviewed first."""
        return self.films_by_key.get(token_keys(title), [])

    def person_named(self, name: str) -> int | None:
        return self.person_by_key.get(token_keys(name))

    def is_first_name(self, word: str) -> bool:
        """Whether some person of the table has this first name ("Amy": yes; "Birdman": no)."""
        return fold(word) in self._first_names

    def is_surname(self, word: str) -> bool:
        """Whether some person of the table has this last name ("Hitchcock": yes; "Furiosa": no)."""
        return fold(word) in self._surnames


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


def _source_stamp() -> str:
    stat = database_path().stat()
    return f"{stat.st_size}-{int(stat.st_mtime)}-{CACHE_VERSION}"


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
