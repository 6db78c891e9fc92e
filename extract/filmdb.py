"""The film table reelgraph knows: bokeh-sampledata's CC0 Wikidata snapshot.

17,472 films (1940-2014) with year, director, writers, cast and IMDb id, installed as a
SQLite file inside the ``bokeh-sampledata`` package, so nothing is downloaded at run time.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from functools import cache
from pathlib import Path


@dataclass(frozen=True, slots=True)
class FilmRecord:
    """One film of the table. ``reviews`` counts critics' reviews: a popularity proxy."""

    title: str
    year: int
    director: tuple[str, ...]
    writers: tuple[str, ...]
    cast: tuple[str, ...]
    imdb_id: str
    reviews: int


def _names(value: str | None) -> tuple[str, ...]:
    return tuple(name.strip() for name in (value or "").split(",") if name.strip())


def database_path() -> Path:
    """Where the installed film table lives."""
    from bokeh_sampledata.movies_data import movie_path

    return Path(movie_path)


@cache
def load_films() -> tuple[FilmRecord, ...]:
    """Every film of the table, most reviewed first (read once per process).

    >>> films = load_films()
    >>> len(films), next(f for f in films if f.title == "Her").director
    (17472, ('Spike Jonze',))
    """
    query = (
        "SELECT o.Title, o.Year, o.Director, o.Writer, o.Cast, o.imdbID, COALESCE(t.Reviews, 0) "
        "FROM omdb o LEFT JOIN tomatoes t ON o.ID = t.ID "
        "ORDER BY COALESCE(t.Reviews, 0) DESC, o.Title, o.Year"
    )
    uri = f"file:{database_path()}?mode=ro"
    with sqlite3.connect(uri, uri=True) as connection:
        rows = connection.execute(query).fetchall()
    return tuple(
        FilmRecord(
            title=str(title),
            year=int(year or 0),
            director=_names(director),
            writers=_names(writer),
            cast=_names(cast),
            imdb_id=str(imdb or ""),
            reviews=int(reviews),
        )
        for title, year, director, writer, cast, imdb, reviews in rows
    )
