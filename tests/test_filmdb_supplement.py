"""The film table's supplement (extract/data/films-supplement.tsv): films of 1915-1939 and
2015-2026 that bokeh-sampledata's snapshot (1940-2014) lacks, and a few famous gaps of its years, loaded with the snapshot so that
the gazetteer, the people index and the works rules see them. Sentences written for these tests
in our own words."""

from __future__ import annotations

import tomllib
from collections import Counter
from pathlib import Path

import pytest

from extract import filmdb
from extract.filmdb import FAME_REVIEWS, load_films, load_supplement, supplement_path
from extract.nlp import gazetteer as gazetteer_module
from extract.nlp.extractor import EntityExtractor
from extract.nlp.gazetteer import Gazetteer
from extract.records import WORK_KINDS, PageEntities
from extract.text_reader import parse_text_page

ROOT = Path(__file__).resolve().parent.parent
SNAPSHOT_FILMS = 17472


def _extract(extractor: EntityExtractor, body: str, title: str = "Review: Rope (1948)") -> PageEntities:
    return extractor.extract(parse_text_page(f"{title}\n\n{body}\n", "case.txt"))


def _works(entities: PageEntities) -> set[str]:
    return {m.name for m in entities.mentions if m.kind in WORK_KINDS}


def test_the_supplement_loads_a_thousand_films_of_the_missing_years() -> None:
    films = load_supplement()
    assert len(films) >= 1000
    assert all(1915 <= f.year <= 2026 for f in films)
    assert all(f.director and f.title == f.title.strip() and f.reviews in FAME_REVIEWS.values() for f in films)
    years = Counter("early" if f.year < 1940 else "recent" if f.year > 2014 else "gap" for f in films)
    # the snapshot's own years: famous gaps only (its Indian cinema is thin: about 50 rows since the seventh session)
    assert years["early"] >= 200 and years["recent"] >= 700 and years["gap"] <= 150


def test_the_supplement_has_no_duplicate_rows_and_repeats_no_snapshot_film() -> None:
    films = load_supplement()
    rows = Counter((f.title.casefold(), f.year) for f in films)
    assert [row for row, n in rows.items() if n > 1] == []
    snapshot = {(f.title.casefold(), f.year) for f in load_films()[:SNAPSHOT_FILMS]}
    doubles = [f.title for f in films if any((f.title.casefold(), f.year + d) in snapshot for d in (-1, 0, 1))]
    assert doubles == []


def test_the_supplement_follows_the_snapshot_in_the_film_table() -> None:
    films = load_films()
    assert len(films) == SNAPSHOT_FILMS + len(load_supplement())
    assert all(f.imdb_id for f in films[:SNAPSHOT_FILMS][:100])  # the snapshot's leading films first (benchmarks)
    parasite = next(f for f in films if f.title == "Parasite" and f.year == 2019)
    assert parasite.director == ("Bong Joon-ho",) and "Song Kang-ho" in parasite.cast
    assert next(f for f in films if f.title == "Nosferatu" and f.year == 1922).director == ("F. W. Murnau",)


def test_a_bad_row_names_its_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    broken = tmp_path / "films-supplement.tsv"
    broken.write_text("# header\nParasite\t2019\tBong Joon-ho\n", encoding="utf-8")
    monkeypatch.setattr(filmdb, "supplement_path", lambda: broken)
    load_supplement.cache_clear()
    try:
        with pytest.raises(ValueError, match="line 2"):
            load_supplement()
    finally:
        load_supplement.cache_clear()


def test_the_supplement_is_package_data() -> None:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    globs = config["tool"]["setuptools"]["package-data"]["extract"]
    package = ROOT / "extract"
    assert supplement_path() in {path.resolve() for glob in globs for path in package.glob(glob)}


def test_the_gazetteer_knows_the_supplements_films_and_people(extractor: EntityExtractor) -> None:
    gazetteer: Gazetteer = extractor.gazetteer
    parasite = gazetteer.films[gazetteer.films_titled("Parasite")[0]]
    assert (parasite.year, [gazetteer.people[p] for p in parasite.directors]) == (2019, ["Bong Joon-ho"])
    assert gazetteer.films[gazetteer.films_titled("Little Women")[0]].year == 2019  # the best known first
    assert gazetteer.person_named("Florence Pugh") is not None
    assert gazetteer.films[gazetteer.films_titled("Glass Onion")[0]].year == 2022  # its main title alone
    assert gazetteer.films_titled("Mission") == []  # a main title other titles use as a word


def test_the_cache_is_rebuilt_when_the_supplement_changes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    before = gazetteer_module._source_stamp()
    copy = tmp_path / "films-supplement.tsv"
    copy.write_text(supplement_path().read_text(encoding="utf-8") + "# one more line\n", encoding="utf-8")
    monkeypatch.setattr(gazetteer_module, "supplement_path", lambda: copy)
    assert gazetteer_module._source_stamp() != before


def test_recent_and_silent_films_are_works(extractor: EntityExtractor) -> None:
    works = _works(_extract(extractor, "Bong Joon-ho followed Parasite with Mickey 17, a far messier affair."))
    assert {"Parasite", "Mickey 17"} <= works
    works = _works(
        _extract(extractor, "Long before Nosferatu, Murnau had shot nothing this eerie; Sunrise came later.")
    )
    assert {"Nosferatu", "Sunrise"} <= works
    works = _works(_extract(extractor, "I laughed more at Glass Onion than at anything Rian Johnson made before."))
    assert "Glass Onion" in works  # the common name of "Glass Onion: A Knives Out Mystery" (common_title)


def test_a_common_word_title_is_not_taken_in_plain_prose(extractor: EntityExtractor) -> None:
    entities = _extract(extractor, "Nope, none of us went back, and the men of the village never spoke of it.")
    assert _works(entities) == {"Rope"}
    assert "Us" in _works(_extract(extractor, "Jordan Peele's Us is the scarier film, though I prefer Get Out."))
