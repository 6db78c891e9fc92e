"""The entity extractor on odd input, the alias table, and the JSON contract's new keys."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from base.errors import AliasFileError
from extract.nlp.aliases import AliasTable
from extract.nlp.extractor import EntityExtractor
from extract.records import Page
from extract.text_reader import parse_text_page
from reelgraph.cli import main
from tests.conftest import SEEDS


def test_page_in_another_language(extractor: EntityExtractor) -> None:
    page = parse_text_page(
        "Critique : Amélie (2001)\n\nJean-Pierre Jeunet signe avec « Le Fabuleux Destin d'Amélie Poulain » "
        "un conte parisien. Audrey Tautou est lumineuse. On pense à Delicatessen, en plus tendre.\n",
        "amelie.txt",
    )
    entities = extractor.extract(page)
    assert entities.stance.label in {"neutral", "positive"}
    assert {m.name for m in entities.mentions if m.kind == "person"} >= {"Audrey Tautou"}
    assert all(m.end <= len(page.body) or m.unit != "body" for m in entities.mentions)


def test_page_of_only_emoji(extractor: EntityExtractor) -> None:
    page = parse_text_page("😀😀😀\n\n🎬🍿🎥 🤩🤩\n\n3 comments:\n\n  1. 👍 says:\n\n    🔥🔥🔥\n", "emoji.txt")
    entities = extractor.extract(page)
    assert (entities.stance.label, entities.mentions) == ("neutral", [])
    assert [r for r in entities.relations if r.type != "MENTIONS"] == []


def test_one_megabyte_paragraph(extractor: EntityExtractor) -> None:
    sentence = "Blade Runner still looks better than most films, and Harrison Ford is a blank on purpose. "
    body = sentence * (1_000_000 // len(sentence))
    page = Page(source="big.txt", format="text", title="Blade Runner (1982)", body=body)
    entities = extractor.extract(page)
    body_mentions = [m for m in entities.mentions if m.unit == "body"]
    assert len([m for m in body_mentions if m.name == "Blade Runner"]) == body.count("Blade Runner")
    assert all(body[m.start : m.end] == m.text for m in body_mentions)
    assert {m.name for m in body_mentions if m.kind == "person"} == {"Harrison Ford"}


def test_mention_offsets_point_at_their_text(seed_pages: dict[str, Page], extractor: EntityExtractor) -> None:
    page = seed_pages["flixchatter-her"]
    texts = {"body": page.body, "title": page.title} | {
        c.id: (c.pingback.title if c.pingback else c.text) for c in page.comments
    }
    for mention in extractor.extract(page).mentions:
        assert texts[mention.unit][mention.start : mention.end] == mention.text, mention


def test_alias_table_user_decisions_win(
    tmp_path: Path, seed_pages: dict[str, Page], extractor: EntityExtractor
) -> None:
    path = tmp_path / "aliases.toml"
    table = AliasTable.load(path)
    table.merge("Jonze", "Spike Jonze (director)")
    table.split_name("Phoenix")
    table.learn("Will F", "Will Ferrell")
    table.save()
    loaded = AliasTable.load(path)
    assert (loaded.merged, loaded.split, loaded.learned) == (
        {"Jonze": "Spike Jonze (director)"},
        {"Phoenix"},
        {"Will F": "Will Ferrell"},
    )
    custom = EntityExtractor(extractor.nlp, extractor.gazetteer, loaded)
    names = {(m.text, m.name) for m in custom.extract(seed_pages["flixchatter-her"]).mentions}
    assert ("Jonze", "Spike Jonze (director)") in names
    assert ("Phoenix", "Phoenix") in names
    assert ("Phoenix", "Joaquin Phoenix") not in names


def test_broken_alias_file_names_the_file(tmp_path: Path) -> None:
    path = tmp_path / "aliases.toml"
    path.write_text("[merge\n", encoding="utf-8")
    with pytest.raises(AliasFileError, match=r"E110 .*aliases.toml: not a valid alias file"):
        AliasTable.load(path)


def test_extract_json_adds_entities(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("REELGRAPH_STORE", str(tmp_path / "store"))
    result = CliRunner().invoke(main, ["extract", "--json", str(SEEDS / "sheila-variations-her.txt")])
    assert result.exit_code == 0, result.output
    record = json.loads(result.stdout)
    assert record["stance"]["label"] == "negative"
    assert {"text", "name", "kind", "id", "in", "start", "end"} <= set(record["mentions"][0])
    assert {"type", "source", "target", "by", "in", "polarity", "evidence", "confidence"} <= set(record["relations"][0])
    compared = {r["target"] for r in record["relations"] if r["type"] == "COMPARED_TO"}
    assert {"Stranger than Fiction", "Blade Runner", "Reefer Madness"} <= compared
    assert not (tmp_path / "store").exists()  # extract is read-only: it writes no alias file, no store


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("Tarkovsky's Solaris is slow and hypnotic, and Stranger Than Fiction is not.", 1972),
        ("Soderbergh's Solaris with George Clooney is underrated, like Stranger Than Fiction.", 2002),
    ],
)
def test_same_title_films_told_apart_by_who_made_them(extractor: EntityExtractor, text: str, year: int) -> None:
    page = parse_text_page(f"Notes on remakes\n\n{text}\n", "solaris.txt")
    solaris = next(m for m in extractor.extract(page).mentions if m.name == "Solaris")
    assert solaris.year == year


def test_sites_named_in_text(seed_pages: dict[str, Page], extractor: EntityExtractor) -> None:
    flix = extractor.extract(seed_pages["flixchatter-her"])
    assert {m.name for m in flix.mentions if m.kind == "site"} == {"Moviefone.com", "Jarwatchesfilms2.com"}
    page = parse_text_page(
        "Reel Rants: Heat (1995)\n\nNadia at Second Screening called it a masterpiece; Tomás over at Frames "
        "Per Second agreed.\n",
        "heat.txt",
    )
    assert {m.name for m in extractor.extract(page).mentions if m.kind == "site"} == {
        "Second Screening",
        "Frames Per Second",
    }


def test_a_title_that_names_no_known_film_is_not_taken_for_one(extractor: EntityExtractor) -> None:
    page = parse_text_page(
        "Two Solaris films\n\nTarkovsky's Solaris (1972) is patient. Soderbergh's Solaris (2002) is not.\n", "s.txt"
    )
    assert page.reviewed is not None  # the reader's guess from the title
    assert extractor.extract(page).reviewed is None  # the extractor finds no support for it
    arrival = parse_text_page("Arrival (2016)\n\nVilleneuve's best film.\n", "a.txt")
    assert extractor.extract(arrival).reviewed is not None  # unknown to the film table, but dated
