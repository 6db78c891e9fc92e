"""The embedded store: idempotent, incremental, reversible, atomic; exports that round-trip."""

from __future__ import annotations

import csv
import json
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import networkx as nx
import pytest
from click.testing import CliRunner
from rdflib import Graph
from rdflib.compare import isomorphic

from base.errors import StoreBusy, StoreError
from extract.nlp.extractor import EntityExtractor
from graph.export import export
from graph.schema import Label, Rel
from graph.store import EmbeddedStore
from reelgraph.cli import main
from reelgraph.pipeline import IngestReport, ingest, read_sources
from tests.conftest import ROOT, SEEDS

FLIX, SHEILA = str(SEEDS / "flixchatter-her.txt"), str(SEEDS / "sheila-variations-her.txt")


def _ingest(store: EmbeddedStore, extractor: EntityExtractor, *paths: str) -> IngestReport:
    return ingest(read_sources(list(paths)), store, lambda: extractor)


@pytest.fixture()
def store(tmp_path: Path) -> Iterator[EmbeddedStore]:
    opened = EmbeddedStore.open(tmp_path / "store")
    yield opened
    opened.close()


def test_seeds_ingested_twice_give_identical_stats(store: EmbeddedStore, extractor: EntityExtractor) -> None:
    first = _ingest(store, extractor, FLIX, SHEILA)
    before = store.stats()
    second = _ingest(store, extractor, FLIX, SHEILA)
    assert (first.new, second.new, second.unchanged) == (2, 0, 2)
    assert store.stats() == before
    assert before["pages"] == 2
    assert before["labels"]["Comment"] == 42 + 9 + 11  # real comments and placeholders of both seeds
    assert before["types"]["PINGED_BY"] == 10


def test_forget_removes_only_that_pages_contributions(
    store: EmbeddedStore, extractor: EntityExtractor, tmp_path: Path
) -> None:
    _ingest(store, extractor, FLIX, SHEILA)
    assert store.forget(FLIX) == [FLIX]
    with EmbeddedStore.open(tmp_path / "only-sheila") as alone:
        _ingest(alone, extractor, SHEILA)
        assert store.stats() == alone.stats()
        assert list(store.nodes()) == list(alone.nodes())
        assert list(store.edges()) == list(alone.edges())


def test_changed_page_replaces_only_its_own_contributions(
    store: EmbeddedStore, extractor: EntityExtractor, tmp_path: Path
) -> None:
    page = tmp_path / "heat.txt"
    page.write_text("Review: Heat (1995)\n\nHeat reminds me of Thief, and it is great.\n", encoding="utf-8")
    _ingest(store, extractor, SHEILA, str(page))
    compared = {(e.src, e.dst) for e in store.edges() if e.type == Rel.COMPARED_TO}
    assert ("film:heat:1995", "film:thief:1981") in compared
    page.write_text("Review: Heat (1995)\n\nHeat reminds me of Collateral, and it is great.\n", encoding="utf-8")
    report = _ingest(store, extractor, SHEILA, str(page))
    assert (report.changed, report.unchanged) == (1, 1)
    compared = {(e.src, e.dst) for e in store.edges() if e.type == Rel.COMPARED_TO}
    assert ("film:heat:1995", "film:collateral:2004") in compared
    assert ("film:heat:1995", "film:thief:1981") not in compared
    assert store.node("film:thief:1981") is None
    assert ("film:her:2013", "film:stranger than fiction:2006") in compared


def test_edges_aggregate_repeated_evidence(store: EmbeddedStore, extractor: EntityExtractor) -> None:
    _ingest(store, extractor, SHEILA)
    edge = next(e for e in store.edges() if e.type == Rel.COMPARED_TO and e.dst == "film:stranger than fiction:2006")
    evidence = store.evidence(edge.src, edge.type, edge.dst)
    assert edge.count == len(evidence) == 4
    assert {item["unit"] for item in evidence} == {"body", "c2", "c5", "c6"}
    assert all({"source", "sentence", "extractor", "confidence"} <= set(item) for item in evidence)


def test_cross_blog_pingbacks_link_posts_of_the_corpus(store: EmbeddedStore, extractor: EntityExtractor) -> None:
    _ingest(store, extractor, str(ROOT / "examples"))
    pinged = [e for e in store.edges() if e.type == Rel.PINGED_BY]
    assert len(pinged) == 11
    for edge in pinged:
        target, source = store.node(edge.src), store.node(edge.dst)
        assert target is not None and source is not None
        assert "source" in source.props, f"{source.name} is not a post of the corpus"
        assert source.props["published"] > target.props["published"]


def test_commenters_are_one_per_blog_unless_a_link_or_mail_says_otherwise(
    store: EmbeddedStore, extractor: EntityExtractor
) -> None:
    _ingest(store, extractor, str(ROOT / "examples"))
    people = {n.key for n in store.nodes() if n.label == Label.PERSON}
    leos = sorted(k for k in people if k.startswith("person:leo@"))
    assert len(leos) == 4  # Leo comments on four blogs and never leaves a link
    oskar = [k for k in people if k.startswith("person:oskar@")]
    assert "person:oskar@reelfriends.example" in oskar  # his link joins The Long Take and Frames Per Second


def test_a_second_writer_gets_a_clear_error(store: EmbeddedStore) -> None:
    with (
        store.writing(),
        pytest.raises(StoreBusy, match=r"E301 .*being written by reelgraph \(pid \d+\)"),
        store.writing(),
    ):
        pass


def _big_export(path: Path, posts: int) -> None:
    comments = "".join(
        f"<wp:comment><wp:comment_id>{c}</wp:comment_id><wp:comment_author>u{c}</wp:comment_author>"
        f"<wp:comment_content>Gravity beats Moon, says {c}.</wp:comment_content>"
        f"<wp:comment_parent>{c - 1 if c % 3 else 0}</wp:comment_parent></wp:comment>"
        for c in range(1, 30)
    )
    items = "".join(
        f"<item><title>Review: Page {n} (2013)</title><dc:creator>ann</dc:creator><wp:post_id>{n}</wp:post_id>"
        f"<content:encoded>Gravity is better than Moon. 4/5</content:encoded>{comments}</item>"
        for n in range(posts)
    )
    path.write_text(
        '<rss xmlns:wp="http://wordpress.org/export/1.2/" xmlns:dc="http://purl.org/dc/elements/1.1/" '
        'xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Big</title>'
        f"{items}</channel></rss>",
        encoding="utf-8",
    )


def test_a_killed_ingest_leaves_the_previous_store(tmp_path: Path, extractor: EntityExtractor) -> None:
    directory = tmp_path / "store"
    with EmbeddedStore.open(directory) as store:
        _ingest(store, extractor, SHEILA)
        before = store.stats()
        before_edges = list(store.edges())
    export_file = tmp_path / "big.xml"
    _big_export(export_file, 3000)  # one file, so one long transaction
    script = (
        "import sys; from pathlib import Path; from graph.store import EmbeddedStore; "
        "from reelgraph.pipeline import ingest, read_sources; "
        "s = EmbeddedStore.open(Path(sys.argv[1])); "
        "ingest(read_sources([sys.argv[2]]), s, None)"
    )
    wal = directory / "graph.sqlite-wal"
    start_size = wal.stat().st_size if wal.exists() else 0
    child = subprocess.Popen([sys.executable, "-c", script, str(directory), str(export_file)], cwd=ROOT)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and child.poll() is None:
        if wal.exists() and wal.stat().st_size > start_size + 1_000_000:
            break  # well into the write
        time.sleep(0.05)
    child.send_signal(signal.SIGKILL)
    assert child.wait() == -signal.SIGKILL, "the ingest finished before it could be killed"
    with EmbeddedStore.open(directory) as store:
        assert store.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert store.stats() == before
        assert list(store.edges()) == before_edges


def test_turtle_and_json_ld_parse_back_to_the_same_triples(
    store: EmbeddedStore, extractor: EntityExtractor, tmp_path: Path
) -> None:
    _ingest(store, extractor, SHEILA)
    export(store, "ttl", tmp_path / "g.ttl")
    export(store, "jsonld", tmp_path / "g.jsonld")
    turtle = Graph().parse(tmp_path / "g.ttl", format="turtle")
    jsonld = Graph().parse(tmp_path / "g.jsonld", format="json-ld")
    assert len(turtle) > 1000
    assert isomorphic(turtle, jsonld)
    result = turtle.query(
        """PREFIX schema: <http://schema.org/> PREFIX rg: <https://w3id.org/reelgraph/vocab#>
        SELECT DISTINCT ?name WHERE { ?her schema:name "Her" ; rg:comparedTo ?other . ?other schema:name ?name }"""
    )
    assert {str(row[0]) for row in result} == {  # type: ignore[index]
        "Stranger than Fiction",
        "Blade Runner",
        "Do Androids Dream of Electric Sheep?",
        "Alex + Ada",
        "Reefer Madness",
        "Where the Wild Things Are",
    }


def test_graphml_reads_back_with_the_same_counts(
    store: EmbeddedStore, extractor: EntityExtractor, tmp_path: Path
) -> None:
    _ingest(store, extractor, SHEILA)
    export(store, "graphml", tmp_path / "g.graphml")
    graph = nx.read_graphml(tmp_path / "g.graphml", force_multigraph=True)
    stats = store.stats()
    assert (graph.number_of_nodes(), graph.number_of_edges()) == (stats["nodes"], stats["edges"])


def test_neo4j_admin_csv_has_the_import_headers(
    store: EmbeddedStore, extractor: EntityExtractor, tmp_path: Path
) -> None:
    _ingest(store, extractor, SHEILA)
    written = export(store, "neo4j-admin", tmp_path / "bulk")
    names = {p.name for p in written}
    assert {"nodes_Film.csv", "nodes_Person.csv", "rels_COMPARED_TO.csv", "import.sh"} <= names
    header = (tmp_path / "bulk" / "rels_COMPARED_TO.csv").read_text(encoding="utf-8").splitlines()[0]
    assert header.startswith(":START_ID,:END_ID,:TYPE,")
    assert {"count:int", "confidence:float"} <= set(header.split(","))
    rows = sum(len(list(csv.reader(p.open(encoding="utf-8", newline="")))) - 1 for p in written if p.suffix == ".csv")
    stats = store.stats()
    assert rows == stats["nodes"] + stats["edges"]


def _cli(store: Path, *args: str) -> Any:
    return CliRunner().invoke(main, ["--store", str(store), *args])


def test_cli_ingest_stats_show_forget(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("REELGRAPH_CACHE", str(tmp_path / "cache"))
    store = tmp_path / "store"
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"")
    result = _cli(store, "ingest", "--json", SHEILA, str(bad))
    assert result.exit_code == 1
    assert json.loads(result.stdout)["new"] == 1
    assert f"E101 {bad}: the file is empty" in result.stderr
    counts = json.loads(_cli(store, "stats", "--json").stdout)
    assert counts["pages"] == 1 and counts["labels"]["Post"] == 1
    shown = json.loads(_cli(store, "show", "Keith", "--json").stdout)
    cites = [e for e in shown[0]["edges"] if e["type"] == "CITES"]
    assert cites[0]["other"]["name"] == "sheila"
    assert cites[0]["evidence"][0]["sentence"].startswith("My friend Keith wrote a really interesting review")
    missing = _cli(store, "show", "Nobody At All")
    assert missing.exit_code == 1 and "E601 no entity named 'Nobody At All'" in missing.stderr
    assert _cli(store, "forget", SHEILA).exit_code == 0
    assert json.loads(_cli(store, "stats", "--json").stdout)["nodes"] == 0


def test_stats_without_a_store_says_what_to_do(tmp_path: Path) -> None:
    result = _cli(tmp_path / "none", "stats")
    assert result.exit_code == 1
    assert (
        "E302 " in result.stderr and "no reelgraph store here. Run `reelgraph ingest PATH...` first." in result.stderr
    )


def test_a_file_that_is_not_a_store_is_refused(tmp_path: Path) -> None:
    directory = tmp_path / "store"
    directory.mkdir()
    (directory / "graph.sqlite").write_bytes(b"not a database at all" * 100)
    with pytest.raises(StoreError, match=r"E300 .*not a reelgraph store"):
        EmbeddedStore.open(directory)
    shutil.rmtree(directory)


def test_an_extractor_failure_skips_that_file_and_the_batch_goes_on(
    store: EmbeddedStore, extractor: EntityExtractor, tmp_path: Path
) -> None:
    class Broken:
        aliases = extractor.aliases

        def extract_many(self, pages: list[Any]) -> list[Any]:
            if any("boom" in p.title for p in pages):
                raise ValueError("boom")
            return extractor.extract_many(pages)

    bad = tmp_path / "boom.txt"
    bad.write_text("boom (2001)\n\nA film.\n", encoding="utf-8")
    report = ingest(read_sources([str(bad), SHEILA]), store, lambda: Broken())  # type: ignore[arg-type,return-value]
    assert report.new == 1
    assert report.failures == [
        f"E190 {bad}: entity extraction failed (ValueError: boom). The file was skipped; "
        "please report it with the file attached."
    ]
    assert store.sources() == [SHEILA]


def test_sentences_are_kept_once_and_records_compressed(store: EmbeddedStore, extractor: EntityExtractor) -> None:
    _ingest(store, extractor, SHEILA)
    rows = store.db.execute("SELECT COUNT(*), COUNT(DISTINCT sentence_id) FROM evidence").fetchone()
    texts = store.db.execute("SELECT COUNT(*) FROM texts").fetchone()[0]
    cited = store.db.execute(
        "SELECT COUNT(*) FROM (SELECT sentence_id FROM evidence UNION SELECT text FROM nodes WHERE text NOT NULL)"
    ).fetchone()[0]
    assert cited == texts and rows[1] < rows[0]  # a reply's sentence backs both its REPLIED_TO and its WROTE
    # a comment's text is a sentence of its evidence when it is short, kept once either way
    longer = store.db.execute("SELECT COUNT(*) FROM nodes WHERE text NOT IN (SELECT sentence_id FROM evidence)")
    assert 0 < longer.fetchone()[0] == texts - rows[1]
    assert "sentence" not in {r[1] for r in store.db.execute("PRAGMA table_info(evidence)")}  # only its id
    (record,) = list(store.records())
    assert record["source"].endswith("sheila-variations-her.txt") and record["comments"]
    packed = store.db.execute("SELECT length(data) FROM records").fetchone()[0]
    assert packed * 3 < len(json.dumps(record, ensure_ascii=False).encode())
    edge = next(e for e in store.edges() if e.type == Rel.COMPARED_TO and e.dst == "film:stranger than fiction:2006")
    assert all(item["sentence"] for item in store.evidence(edge.src, edge.type, edge.dst))


def test_a_schema_1_store_is_upgraded_in_place_and_stays_readable(tmp_path: Path) -> None:
    import sqlite3

    from graph import store as layout

    path = tmp_path / "old" / "graph.sqlite"
    path.parent.mkdir()
    with sqlite3.connect(path) as db:
        db.executescript(layout._DDL_V1)
        db.execute("INSERT INTO meta VALUES ('schema', '1')")
        db.execute("INSERT INTO sources VALUES ('a.txt', 'd', 'now', ?)", (json.dumps({"source": "a.txt"}),))
        db.execute("INSERT INTO nodes VALUES ('film:her:2013', 'Film', 'Her', '{}')")
        db.execute("INSERT INTO nodes VALUES ('film:moon:2009', 'Film', 'Moon', '{}')")
        db.execute(
            "INSERT INTO evidence (src, type, dst, source, unit, sentence, seen, extra) "
            "VALUES ('film:her:2013', 'COMPARED_TO', 'film:moon:2009', 'a.txt', 'body', 'Her is like Moon.', NULL, '{}')"
        )
        db.execute("INSERT INTO edges VALUES ('film:her:2013', 'COMPARED_TO', 'film:moon:2009', 1, NULL, NULL, NULL)")
    db.close()
    with EmbeddedStore.open(path.parent, create=False) as old:
        assert old.db.execute("SELECT value FROM meta WHERE key = 'schema'").fetchone() == ("4",)
        assert old.evidence("film:her:2013", "COMPARED_TO", "film:moon:2009")[0]["sentence"] == "Her is like Moon."
        assert list(old.records()) == [{"source": "a.txt"}]
    with EmbeddedStore.open(path.parent, create=False) as again:  # sealed after the upgrade, opens cleanly
        assert again.stats()["edges"] == 1


def test_compact_drops_orphan_sentences_and_shrinks_the_file(store: EmbeddedStore, extractor: EntityExtractor) -> None:
    _ingest(store, extractor, FLIX, SHEILA)
    store.forget(FLIX)
    orphans = store.db.execute(
        "SELECT COUNT(*) FROM texts WHERE id NOT IN (SELECT sentence_id FROM evidence WHERE sentence_id IS NOT NULL)"
    ).fetchone()[0]
    assert orphans > 0
    before = store.stats()
    sizes = store.compact()
    assert sizes["after"] < sizes["before"]
    assert (
        store.db.execute("SELECT COUNT(*) FROM texts").fetchone()[0]
        == store.db.execute(
            "SELECT COUNT(*) FROM (SELECT sentence_id FROM evidence UNION SELECT text FROM nodes WHERE text NOT NULL)"
        ).fetchone()[0]
    )
    assert store.stats() == before
    done = CliRunner().invoke(main, ["--store", str(store.directory), "compact"])
    assert done.exit_code == 0, done.output
    assert done.stdout.startswith(f"{store.directory}: {sizes['after']:,} -> ")
