"""The CLI read as a new user reads it (ninth session): a named query given a parameter it
does not take says which it takes (E511) instead of an unexpected error; a path of one step
is "1 hop"; `forget`, `compact` and `queries` answer in JSON too; a reader that stops early
(`| head`) ends the command quietly."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from base.errors import Neo4jSettingsError, QueryError
from base.vocab import Label, Rel
from graph.kept import NodeInfo
from queries.named import named_queries, resolve
from queries.paths import Hop
from reelgraph.cli import main
from reelgraph.render import render_paths
from tests.conftest import ROOT


@pytest.fixture(scope="module")
def threads(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store of the examples' threads (no entity extraction: no spaCy needed)."""
    store = tmp_path_factory.mktemp("threads")
    ingested = _run(store, "ingest", "--no-nlp", "--no-progress", "--workers", "1", str(ROOT / "examples"))
    assert ingested.exit_code == 0, ingested.output
    return store


def _run(store: Path, *args: str) -> Result:
    return CliRunner().invoke(main, ["--store", str(store), *args])


def test_a_parameter_a_named_query_does_not_take_is_one_coded_line(threads: Path) -> None:
    result = _run(threads, "query", "recommend_for_film", "--embedded", "--param", "film=Her", "--param", "limt=3")
    assert result.exit_code == 1
    assert result.stderr == (
        "reelgraph: E511 recommend_for_film takes no parameter 'limt' (its parameters: film, limit). "
        "Run `reelgraph queries` to see what each means.\n"
    )


def test_unknown_parameters_are_refused_before_any_server_is_asked() -> None:
    with pytest.raises(
        QueryError, match=r"^E511 most_compared_films takes no parameter 'a', 'b' \(its parameters: limit\)"
    ):
        resolve("most_compared_films", ["b=1", "a=2"], allow_write=False)
    text, params = resolve("most_compared_films", ["limit=3"], allow_write=False)
    assert params == {"limit": 3} and "$limit" in text
    _, free = resolve("MATCH (n) RETURN n LIMIT $limit", ["limit=1", "extra=2"], allow_write=False)
    assert free == {"limit": 1, "extra": 2}  # Cypher text of one's own: parameters pass as given


def _node(name: str) -> NodeInfo:
    return NodeInfo(f"person:{name.lower()}", Label.PERSON, name, {})


def test_a_path_of_one_step_is_one_hop() -> None:
    ada, bo, cy = _node("Ada"), _node("Bo"), _node("Cy")
    one = [Hop(ada, Rel.CITES, bo, True)]
    two = [Hop(ada, Rel.CITES, bo, True), Hop(bo, Rel.CITES, cy, False)]
    assert render_paths([one, two]).splitlines() == [
        "Path 1 (1 hop): Ada → Bo",
        "  Ada [Person] —CITES→ Bo [Person]",
        "",
        "Path 2 (2 hops): Ada → Bo → Cy",
        "  Ada [Person] —CITES→ Bo [Person]",
        "  Bo [Person] ←CITES— Cy [Person]",
    ]


def test_queries_lists_each_named_query_as_a_json_line() -> None:
    result = CliRunner().invoke(main, ["queries", "--json"])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [row["name"] for row in rows] == list(named_queries())
    assert rows[1] == {
        "name": "critics_who_disagree",
        "answers": "Which pairs of critics rated the same films furthest apart?",
        "params": "limit (integer, default 10)",
        "uses": "(:Person)-[:WROTE]->(:Post {rating})-[:REVIEWS]->(:Film)",
    }


def test_forget_and_compact_answer_in_json(threads: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)  # pages are shown by their path from here
    page = str(ROOT / "examples" / "reel-rants" / "her-2013.txt")
    forgot = _run(threads, "forget", page, "--json")
    assert forgot.exit_code == 0, forgot.output
    assert json.loads(forgot.stdout) == {"forgot": ["examples/reel-rants/her-2013.txt"]}
    compacted = _run(threads, "compact", "--json")
    assert compacted.exit_code == 0, compacted.output
    sizes = json.loads(compacted.stdout)
    assert sizes["store"] == str(threads) and 0 < sizes["bytes_after"] <= sizes["bytes_before"]
    again = _run(threads, "forget", page, "--json")
    assert again.exit_code == 1 and again.stderr.startswith("reelgraph: E303 no page ")


def test_a_reader_that_stops_early_ends_the_command_quietly() -> None:
    command = [sys.executable, "-m", "reelgraph.cli", "queries", "--json"]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=ROOT)
    assert process.stdout is not None and process.stderr is not None
    process.stdout.close()  # before the first line is written: every write meets a closed pipe
    said = process.stderr.read()
    assert (process.wait(timeout=60), said) == (141, b"")


def test_the_library_refuses_an_address_that_is_not_bolt() -> None:
    from graph.neo4j_store import Connection, check_uri

    for uri in ("http://localhost:7474", "https://user:pw@db.example"):  # the scheme is judged first
        with pytest.raises(Neo4jSettingsError, match=r"^E406 '.*' is not a Bolt URI\. Use bolt://"):
            check_uri(uri)
    with pytest.raises(Neo4jSettingsError, match=r"^E406 "):
        Connection("http://localhost:7474", "neo4j", "neo4j", "pw")
    assert check_uri("BOLT+S://db.example:7687") == "BOLT+S://db.example:7687"


def test_fetch_fails_when_every_url_was_refused_or_a_page_could_not_be_ingested() -> None:
    from extract.web.crawl import CrawlReport
    from reelgraph.follow import FollowReport
    from reelgraph.pipeline import IngestReport

    def report(crawl: CrawlReport, failures: list[str] | None = None) -> FollowReport:
        ingest = None if failures is None else IngestReport(failures=failures)
        return FollowReport(crawl, ingest, requests=1, seconds=0.1)

    refused = CrawlReport(refused=["E801 robots.txt forbids https://a.example/"])
    assert report(refused).failed(asked_for_urls=True)
    assert not report(refused).failed(asked_for_urls=False)  # `update`: nothing asked for by name
    assert not report(CrawlReport(refused=refused.refused, unchanged_posts=2)).failed(asked_for_urls=True)
    assert not report(CrawlReport(refused=refused.refused, planned=["https://a.example/p"])).failed(True)
    assert report(CrawlReport(new_posts=["https://a.example/p"]), failures=["E130 p: no page"]).failed(True)
    assert not report(CrawlReport(new_posts=["https://a.example/p"]), failures=[]).failed(True)


def test_export_takes_its_format_from_the_file_suffix(threads: Path, tmp_path: Path) -> None:
    named = _run(threads, "export", "--format", "graphml", "-o", str(tmp_path / "named.xml"))
    guessed = _run(threads, "export", "-o", str(tmp_path / "guessed.GraphML"))
    assert (named.exit_code, guessed.exit_code) == (0, 0), named.output + guessed.output
    assert (tmp_path / "guessed.GraphML").read_bytes() == (tmp_path / "named.xml").read_bytes()
    unknown = _run(threads, "export", "-o", str(tmp_path / "out"))
    assert unknown.exit_code == 2
    assert "Error: --format is needed: 'out' does not end in .ttl, .jsonld or .graphml. Choose one of ttl," in (
        unknown.stderr
    )


def test_the_top_level_help_lists_every_command_once_under_what_it_is_for() -> None:
    result = CliRunner().invoke(main, ["--help"], terminal_width=100)
    assert result.exit_code == 0, result.output
    headings = [line for line in result.stdout.splitlines() if line and not line.startswith(" ")][-5:]
    assert headings == [
        "Read pages into the store:",
        "Ask the graph:",
        "Names:",
        "The store, Neo4j and exports:",
        "Score the readers and the extractor:",
    ]
    commands = result.stdout.split("\nRead pages into the store:\n")[1]
    listed = [line.split()[0] for line in commands.splitlines() if line.startswith("  ")]
    assert sorted(listed) == sorted(main.commands) and len(listed) == len(set(listed))
    assert listed[:5] == ["extract", "ingest", "fetch", "update", "forget"]
    assert "Commands:" in CliRunner().invoke(main, ["aliases", "--help"]).stdout  # a sub-group: one plain list
