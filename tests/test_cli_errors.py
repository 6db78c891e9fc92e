"""Issue 13, items 3-11: every failure is one coded line with a remedy and exit code 1, and
numeric options, look-ups and paths answer the way a new user expects."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from base.errors import SettingsError
from extract.nlp.extractor import EntityExtractor
from graph.store import EmbeddedStore
from reelgraph.cli import main
from reelgraph.identity import identified
from reelgraph.pipeline import ingest, read_sources
from reelgraph.settings import load_settings
from tests.conftest import ROOT


@pytest.fixture(scope="module")
def examples(tmp_path_factory: pytest.TempPathFactory, extractor: EntityExtractor) -> Path:
    path = tmp_path_factory.mktemp("examples")
    with EmbeddedStore.open(path) as store:
        ingest(identified(read_sources([str(ROOT / "examples")])), store, lambda: extractor)
    return path


def _run(store: Path, *args: str) -> Result:
    return CliRunner().invoke(main, ["--store", str(store), *args])


def _one_coded_line(result: Result, code: str) -> str:
    assert result.exit_code == 1, result.output
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, lines
    assert lines[0].startswith(f"reelgraph: {code} "), lines[0]
    assert lines[0].count(" E") == 1 or lines[0].split()[1] == code
    assert "Traceback" not in result.output
    return lines[0]


def test_viz_kinds_any_case_and_an_unknown_kind_is_one_line(examples: Path, tmp_path: Path) -> None:
    drawn = _run(examples, "viz", "Her", "--kinds", "film,person", "-o", str(tmp_path / "v.html"))
    assert drawn.exit_code == 0, drawn.output
    assert drawn.stdout.strip().endswith("edges")
    line = _one_coded_line(_run(examples, "viz", "Her", "--kinds", "flim"), "E201")
    assert "Valid kinds (any case): Character, Comic, Comment, Film," in line


def test_export_to_an_unwritable_path_is_one_line(examples: Path) -> None:
    line = _one_coded_line(_run(examples, "export", "--format", "ttl", "-o", "/proc/nope.ttl"), "E212")
    assert ("/proc/nope.ttl" in line and "-o" not in line) or "writable" in line


def test_a_parameter_of_the_wrong_type_is_one_line(examples: Path) -> None:
    result = _run(examples, "query", "most_compared_films", "--param", "limit=abc", "--embedded")
    line = _one_coded_line(result, "E506")
    assert "limit must be a whole number" in line


def test_settings_errors(tmp_path: Path) -> None:
    config = tmp_path / "reelgraph.toml"
    config.write_text('batch_size = "big"\n', encoding="utf-8")
    with pytest.raises(SettingsError, match=r"^E122 .*batch_size = 'big' is not a whole number"):
        load_settings({"REELGRAPH_CONFIG": str(config)})
    config.write_text('stroe = "x"\n', encoding="utf-8")
    with pytest.raises(SettingsError, match=r"^E121 .*unknown setting 'stroe'. Known settings: store,"):
        load_settings({"REELGRAPH_CONFIG": str(config)})
    config.write_text('[neo4j]\nurl = "bolt://x"\n', encoding="utf-8")
    with pytest.raises(SettingsError, match=r"^E121 .*'neo4j.url'"):
        load_settings({"REELGRAPH_CONFIG": str(config)})
    with pytest.raises(SettingsError, match=r"^E123 REELGRAPH_CONFIG names /nope.toml"):
        load_settings({"REELGRAPH_CONFIG": "/nope.toml"})
    config.write_text('store = "s"\nbatch_size = 20\n[neo4j]\nuser = "me"\n', encoding="utf-8")
    settings = load_settings({"REELGRAPH_CONFIG": str(config)})
    assert (settings.store, settings.batch_size, settings.neo4j_user) == (Path("s"), 20, "me")


def test_a_broken_settings_file_is_one_line_from_the_cli(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("REELGRAPH_CONFIG", str(tmp_path / "nope.toml"))
    _one_coded_line(CliRunner().invoke(main, ["stats"]), "E123")


def test_load_names_the_bolt_schemes(examples: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEO4J_PASSWORD", "x")
    line = _one_coded_line(_run(examples, "load", "--uri", "http://localhost:7474"), "E406")
    assert "bolt://" in line and "neo4j+s://" in line


def test_show_an_unknown_name_answers_like_recommend(examples: Path) -> None:
    line = _one_coded_line(_run(examples, "show", "Hre"), "E601")
    assert line == "reelgraph: E601 no entity named 'Hre' in the store. Closest: Her (2013)."
    shown = _run(examples, "show", "her")
    assert shown.exit_code == 0 and shown.stdout.startswith("Her [Film] film:her:2013")


@pytest.mark.parametrize(
    "args",
    [
        ("recommend", "Her", "--limit", "0"),
        ("recommend", "Her", "--limit", "-3"),
        ("influence", "--top", "0"),
        ("path", "Her", "Gravity", "--limit", "0"),
        ("show", "Her", "--evidence", "-1"),
        ("viz", "--depth", "0"),
    ],
)
def test_numeric_options_have_ranges(examples: Path, args: tuple[str, ...]) -> None:
    result = _run(examples, *args)
    assert result.exit_code == 2
    assert "is not in the range" in result.output


def test_path_to_itself_and_an_empty_directory(examples: Path, tmp_path: Path) -> None:
    line = _one_coded_line(_run(examples, "path", "Her", "Her"), "E604")
    assert "the same node (Her (2013))" in line
    (tmp_path / "empty").mkdir()
    result = _run(tmp_path / "store", "ingest", "--no-nlp", str(tmp_path / "empty"))
    assert result.exit_code == 1
    assert f"reelgraph: E108 {tmp_path / 'empty'}: no page files here" in result.stderr


def test_error_texts_carry_one_code_on_one_line(examples: Path, tmp_path: Path) -> None:
    line = _one_coded_line(_run(examples, "query", "CREATE (n)", "--embedded"), "E503")
    assert " E500" not in line
    broken = tmp_path / "broken.xml"
    broken.write_text('<?xml version="1.0"?>\n<rss><channel><item><title>x</title>\n<broken', encoding="utf-8")
    result = _run(tmp_path / "store", "ingest", "--no-nlp", str(broken))
    assert result.exit_code == 1
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr


def test_paths_pass_through_different_nodes(examples: Path) -> None:
    result = _run(examples, "path", "Her", "Gravity", "--limit", "2")
    assert result.exit_code == 0, result.output
    headers = [line for line in result.stdout.splitlines() if line.startswith("Path ")]
    assert len(headers) == 2
    assert len({h.split(": ", 1)[1] for h in headers}) == 2, headers


def test_an_unexpected_exception_is_one_line(examples: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import reelgraph.api

    def boom(*args: object) -> None:
        raise KeyError("film:x:2000")

    monkeypatch.setattr(reelgraph.api, "stats", boom)
    line = _one_coded_line(_run(examples, "stats"), "E001")
    assert "KeyError" in line and "REELGRAPH_DEBUG=1" in line


def test_ingest_shows_pages_per_second_and_workers(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("REELGRAPH_CACHE", str(tmp_path / "cache"))
    page = str(ROOT / "examples" / "reel-rants" / "her-2013.txt")
    result = _run(tmp_path / "store", "ingest", "--progress", "--workers", "1", "--json", page)
    assert result.exit_code == 0, result.output
    assert "1/1" in result.stderr and "pages/s, 1 worker(s)" in result.stderr
    summary = json.loads(result.stdout)
    assert summary["pages"] == 1 and summary["seconds"] > 0
    assert (
        summary["pages_per_second"] == round(1 / summary["seconds"], 1)
        or abs(summary["pages_per_second"] - 1 / summary["seconds"]) < 0.2
    )


def test_a_neo4j_error_shows_the_servers_first_line_not_the_query() -> None:
    from graph.neo4j_store import Connection, _explain

    connection = Connection("bolt://127.0.0.1:7687", "neo4j", "neo4j", "secret")
    message = "Invalid input 'abc': expected an integer\n\"MATCH (f:Film) RETURN f LIMIT $limit\"\n          ^"
    error = _explain(Exception(message), connection)
    assert str(error) == (
        "E400 Neo4j at bolt://127.0.0.1:7687: Invalid input 'abc': expected an integer "
        "Check the query and its --param values."
    )
