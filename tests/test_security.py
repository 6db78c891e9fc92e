"""Hostile input against the query guard, the Neo4j credentials and terminal output (issue 14).

The read-only guard is tested at each layer: the tokenizer and allowlist on their own, the
server-side ``EXPLAIN`` layer with a server that reports query types, and the whole command
against ArcadeDB's Bolt server, which ignores read transactions (so only the layers above it
stand between an analyst and a write).
"""

from __future__ import annotations

import logging
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from base.errors import CredentialsInUri, QueryRefused
from graph.cypher_guard import check_read_only, explain_text, tokens
from graph.neo4j_store import Connection, Neo4jStore, check_uri
from graph.store import EmbeddedStore
from queries.named import named_queries, resolve
from reelgraph.cli import main
from tests.boltserver import PASSWORD, USER, BoltServer
from tests.conftest import ROOT

# Every form the issue names, each with the code it must be refused with.
HOSTILE: list[tuple[str, str]] = [
    ("CALL apoc.do.when(true, 'CREATE (n:Pwn5) RETURN n', '', {}) YIELD value RETURN value", "E507"),
    ("CALL apoc.do.when(true, 'MATCH (n:Pwn5) DETACH DELETE n', '', {}) YIELD value RETURN value", "E507"),
    ("CALL apoc.cypher.doIt('CREATE (n:Pwn5) RETURN n', {}) YIELD value RETURN value", "E507"),
    ("CALL apoc.cypher.runWrite('CREATE (n:Pwn5)', {})", "E507"),
    ("CALL apoc.export.csv.all('/tmp/out.csv', {})", "E507"),
    ("CALL apoc.export.json.query('MATCH (n) RETURN n', 'x.json', {})", "E507"),
    ("CALL apoc.schema.assert({Pwn5: ['key']}, {})", "E507"),
    ("CALL apoc.trigger.add('pwn', 'CREATE (:Pwn5)', {phase: 'after'})", "E507"),
    ("CALL apoc.trigger.install('neo4j', 'pwn', 'CREATE (:Pwn5)', {})", "E507"),
    ("CALL gds.pageRank.write('g', {writeProperty: 'pr'})", "E507"),
    ("CALL gds.louvain.write('g', {writeProperty: 'c'}) YIELD communityCount RETURN communityCount", "E507"),
    ("STOP DATABASE neo4j", "E503"),
    ("start database neo4j", "E503"),
    ('TERMINATE TRANSACTIONS "neo4j-transaction-42"', "E503"),
    ("RENAME USER analyst TO admin", "E503"),
    ("CALL `dbms`.security.createUser('mallory', 'pw', false)", "E507"),
    ("CALL `dbms.security.createUser`('mallory', 'pw', false)", "E507"),
    ("CALL dbms . security . createUser('mallory', 'pw', false)", "E507"),
    ("CALL dbms/* a comment */.security.createUser('mallory', 'pw', false)", "E507"),
    ("CALL dbms // a comment\n .security.changePassword('x')", "E507"),
    ("CALL db.createLabel('Pwn5')", "E507"),
    ("CALL db.create.setNodeVectorProperty(null, 'v', [1.0])", "E507"),
    ("CALL { CALL apoc.cypher.doIt('CREATE (:Pwn5)', {}) YIELD value RETURN value } RETURN 1", "E507"),
    ("RETURN apoc.cypher.runFirstColumnSingle('CREATE (n:Pwn5) RETURN n', {}) AS x", "E508"),
    ("MATCH (n) DETACH DELETE n", "E503"),
    ("match (n:Film) set n.pwned = true", "E503"),
    ("MERGE (n:Pwn5 {key: 'x'})", "E503"),
    ("LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line", "E503"),
    ("ALTER USER neo4j SET PASSWORD 'owned'", "E503"),
    ("GRANT ROLE admin TO mallory", "E503"),
    ("ENABLE SERVER 'abc'", "E503"),
    ("MATCH (n) FOREACH (x IN [1] | CREATE (:Pwn5))", "E503"),
    ("RETURN 'unterminated", "E509"),
    ("MATCH (n) /* never closed", "E509"),
]
READS = [
    "CALL dbms.components()",
    "CALL dbms.components() YIELD name, versions RETURN name, versions",
    "CALL db.labels() YIELD label RETURN label",
    "MATCH (f:Film) WHERE f.name <> $delete RETURN f.name AS name ORDER BY name LIMIT 2",
    "RETURN 'DELETE everything; CALL apoc.do.when' AS text",
    'RETURN "CREATE (n)" AS text // MERGE in a comment',
    "MATCH p = (start:Film)-[:COMPARED_TO]->(stop:Film) RETURN start.name AS a, stop.name AS b LIMIT 1",
    "MATCH (n:Film) RETURN n.set AS s, {delete: 1, create: 2} AS m LIMIT 1",
    "MATCH (`delete`:Film) RETURN count(`delete`) AS c",
    "RETURN date.truncate('month', date('2014-01-25')) AS d",
    "CALL { MATCH (f:Film) RETURN f LIMIT 1 } RETURN count(f) AS c",
]


@pytest.mark.parametrize(("cypher", "code"), HOSTILE)
def test_the_guard_refuses_every_writing_form(cypher: str, code: str) -> None:
    with pytest.raises(QueryRefused) as refused:
        check_read_only(cypher)
    assert str(refused.value).startswith(code + " ")
    with pytest.raises(QueryRefused):
        resolve(cypher, [], allow_write=False)


@pytest.mark.parametrize("cypher", READS)
def test_the_guard_lets_reads_through(cypher: str) -> None:
    check_read_only(cypher)
    assert resolve(cypher, ["delete=x"], allow_write=False)[0] == cypher


def test_every_named_query_passes_the_guard() -> None:
    assert len(named_queries()) == 6
    for query in named_queries().values():
        check_read_only(query.text)


def test_the_tokenizer_reads_strings_comments_and_backquotes() -> None:
    found = [(t.kind, t.text) for t in tokens("RETURN 'a\\'b' AS `x``y`, $`p q` // CREATE\n/* DELETE */")]
    assert found == [
        ("word", "RETURN"),
        ("string", "'a\\'b'"),
        ("word", "AS"),
        ("quoted", "`x``y`"),
        ("symbol", ","),
        ("param", "$`p q`"),
    ]
    assert explain_text("  PROFILE MATCH (n) RETURN n") == "EXPLAIN MATCH (n) RETURN n"
    assert explain_text("EXPLAIN MATCH (n) RETURN n") == "EXPLAIN MATCH (n) RETURN n"
    assert explain_text("MATCH (n) RETURN n") == "EXPLAIN MATCH (n) RETURN n"


# --- the server's EXPLAIN layer, with a server that reports query types (Neo4j does) ---------


class _Summary:
    def __init__(self, query_type: str) -> None:
        self.query_type = query_type


class _Result:
    def __init__(self, rows: list[dict[str, Any]], query_type: str) -> None:
        self.rows, self.query_type = rows, query_type

    def __iter__(self) -> Iterator[Any]:
        return iter([type("Record", (), {"data": lambda _self, row=row: row})() for row in self.rows])

    def consume(self) -> _Summary:
        return _Summary(self.query_type)


class _PlanningServer:
    """Plans like Neo4j: ``EXPLAIN`` gives the query type without running anything; a
    procedure that writes (a plugin on the allowlisted name) is planned as ``rw``."""

    def __init__(self) -> None:
        self.ran: list[str] = []

    def run(self, query: str, params: dict[str, Any]) -> _Result:
        writes = "queryNodes" in query
        if query.startswith("EXPLAIN"):
            return _Result([], "rw" if writes else "r")
        self.ran.append(query)
        return _Result([{"ok": 1}], "rw" if writes else "r")

    def execute_read(self, work: Any, *args: Any) -> Any:
        return work(self, *args)

    def session(self, **_: Any) -> _PlanningServer:
        return self

    def __enter__(self) -> _PlanningServer:
        return self

    def __exit__(self, *exc: object) -> None:
        return None


def test_the_servers_plan_refuses_what_the_allowlist_let_through() -> None:
    server = _PlanningServer()
    store = Neo4jStore(Connection("bolt://127.0.0.1:1", "reader", "neo4j", "pw"), server)  # type: ignore[arg-type]
    assert store.read_only("MATCH (n) RETURN 1 AS ok") == [{"ok": 1}]
    sneaky = "CALL db.index.fulltext.queryNodes('films', 'her') YIELD node RETURN node"
    check_read_only(sneaky)  # on the allowlist ...
    with pytest.raises(QueryRefused, match=r"^E510 the server plans this query as a write \(query type 'rw'\)"):
        store.read_only(sneaky)  # ... but the server's plan says it writes
    assert server.ran == ["MATCH (n) RETURN 1 AS ok"]  # the refused query never ran


# --- the whole command against ArcadeDB ------------------------------------------------------


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[BoltServer]:
    with BoltServer(tmp_path_factory.mktemp("arcadedb")) as running:
        with Neo4jStore.connect(Connection(running.uri, USER, running.database, PASSWORD)) as neo4j:
            neo4j.write("CREATE (:Film {key: 'film:her:2013', name: 'Her'})")
        yield running


def _count(server: BoltServer, label: str) -> int:
    with Neo4jStore.connect(Connection(server.uri, USER, server.database, PASSWORD)) as neo4j:
        return int(neo4j.read(f"MATCH (n:{label}) RETURN count(n) AS c")[0]["c"])


def test_arcadedb_needs_the_layers_above_the_transaction(server: BoltServer) -> None:
    with Neo4jStore.connect(Connection(server.uri, USER, server.database, PASSWORD)) as neo4j:
        neo4j.read("CREATE (:Pwn0)")  # a write inside execute_read: ArcadeDB runs it
        with neo4j.driver.session(database=server.database) as session:
            assert neo4j.explains_types(session) is False  # and its EXPLAIN says "w" for reads
    assert _count(server, "Pwn0") == 1


def test_query_refuses_every_writing_form_and_writes_nothing(
    server: BoltServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NEO4J_PASSWORD", PASSWORD)
    conn = ["--uri", server.uri, "--user", USER, "--database", server.database]
    for cypher, code in HOSTILE:
        result = CliRunner().invoke(main, ["--store", str(tmp_path), "query", cypher, *conn])
        assert result.exit_code == 1, cypher
        assert result.stderr.startswith(f"reelgraph: {code} ") and len(result.stderr.splitlines()) == 1, cypher
    assert _count(server, "Pwn5") == 0
    assert _count(server, "Film") == 1
    for cypher in READS:
        result = CliRunner().invoke(
            main, ["--store", str(tmp_path), "query", cypher, "--json", "--param", "delete=x", *conn]
        )
        assert result.exit_code == 0, (cypher, result.output)
    components = CliRunner().invoke(
        main, ["--store", str(tmp_path), "query", "CALL dbms.components()", "--json", *conn]
    )
    assert '"name": "Neo4j Kernel"' in components.stdout
    named = CliRunner().invoke(
        main, ["--store", str(tmp_path), "query", "MATCH (f:Film) WHERE f.name <> $delete RETURN f.name AS name",
               "--json", "--param", "delete=Heat", *conn],
    )  # fmt: skip
    assert named.stdout.strip() == '{"name": "Her"}'
    allowed = CliRunner().invoke(main, ["--store", str(tmp_path), "query", "CREATE (:Pwn6)", "--write", *conn])
    assert allowed.exit_code == 0 and _count(server, "Pwn6") == 1  # --write is the way to write


# --- credentials in a URI ---------------------------------------------------------------------

SECRET = "S3cretPW-xyz"


def test_a_uri_with_credentials_is_refused_and_redacted() -> None:
    for uri in (f"bolt://root:{SECRET}@127.0.0.1:1", f"neo4j+s://user:{SECRET}@db.example", "bolt://user@host:7687"):
        with pytest.raises(CredentialsInUri) as refused:
            check_uri(uri)
        assert SECRET not in str(refused.value) and str(refused.value).startswith("E405 the Neo4j address ")
        assert "://***@" in str(refused.value)
        with pytest.raises(CredentialsInUri):
            Connection(uri, "neo4j", "neo4j", "pw")
    assert check_uri("neo4j+s://db.example:7687") == "neo4j+s://db.example:7687"


@contextmanager
def _debug_logging() -> Iterator[list[str]]:
    records: list[str] = []
    handler = logging.Handler(logging.DEBUG)
    handler.emit = lambda record: records.append(record.getMessage())  # type: ignore[method-assign]
    root = logging.getLogger()
    level = root.level
    root.addHandler(handler)
    root.setLevel(logging.DEBUG)
    try:
        yield records
    finally:
        root.removeHandler(handler)
        root.setLevel(level)


def test_a_planted_password_never_reaches_output_logs_or_arguments(tmp_path: Path) -> None:
    with EmbeddedStore.open(tmp_path / "store"):
        pass
    env = dict(os.environ, NEO4J_PASSWORD="env-password")
    runs = [
        (["load", "--uri", f"bolt://root:{SECRET}@127.0.0.1:1"], {}),
        (["load"], {"NEO4J_URI": f"neo4j+s://user:{SECRET}@db.invalid:7687"}),
        (["query", "most_compared_films"], {"NEO4J_URI": f"bolt://user:{SECRET}@[::1"}),
    ]
    for args, extra in runs:
        done = subprocess.run(
            [sys.executable, "-c", "from reelgraph.cli import run; run()", "--store", str(tmp_path / "store"), *args],
            env=env | extra,
            capture_output=True,
            text=True,
            timeout=60,
            cwd=ROOT,
        )
        assert done.returncode == 1, done.stderr
        assert SECRET not in done.stdout + done.stderr
        assert done.stderr.startswith("reelgraph: E405 ") and len(done.stderr.splitlines()) == 1, done.stderr
        with _debug_logging() as logged:
            result = CliRunner().invoke(main, ["--store", str(tmp_path / "store"), *args], env=env | extra)
        assert result.exit_code == 1 and SECRET not in result.output + "\n".join(logged)


# --- stored XSS in the HTML views ---------------------------------------------------------------

PAYLOADS = [
    "Loved Heat. see href <img src=x onerror=alert(1)>",
    '<iframe src="https://evil.example/frame"></iframe> and <style>body{display:none}</style>',
    "<script>fetch('https://evil.example/x')</script> <a href=\"javascript:alert(2)\">click</a>",
    '<svg onload=alert(3)></svg> <object data="https://evil.example/o"></object> <b>bold</b>',
]


def _hostile_text_page() -> str:
    lines = ["Heat (1995) <img src=x onerror=alert(9)> a review", "", PAYLOADS[0], "", "3 thoughts on “Heat”", ""]
    authors = ["mallory<style>body{display:none}</style>", "Bob\u202egpj.exe", "eve<img src=x onerror=alert(4)>"]
    for number, (author, text) in enumerate(zip(authors, PAYLOADS[1:], strict=True), start=1):
        lines += [f"  {number}. {author} says:", "", f"    {text}", ""]
    return "\n".join(lines)


def _hostile_html_page() -> str:
    comments = "".join(
        f'<li id="comment-{n}" class="comment depth-1"><article class="comment-body"><footer class="comment-meta">'
        f'<div class="comment-author vcard"><b class="fn"><a class="url" href="javascript:alert({n})">'
        f'reader{n} &lt;img src=x onerror=alert({n})&gt;</a></b> <span class="says">says:</span></div>'
        f'<div class="comment-metadata"><time datetime="2020-01-0{n}T10:00:00+00:00">Jan {n}</time></div></footer>'
        f'<div class="comment-content"><p>{text.replace("<", "&lt;").replace(">", "&gt;")}</p></div></article></li>'
        for n, text in enumerate(PAYLOADS, start=1)
    )
    return (
        '<!DOCTYPE html><html><head><meta charset="UTF-8"><title>Review: Heat (1995) &lt;script&gt;alert(5)&lt;/script&gt;'
        '</title><meta property="og:site_name" content="Pwn &lt;iframe src=x&gt;"></head><body><article class="post">'
        '<h1 class="entry-title">Review: Heat (1995) href &lt;img src=x onerror=alert(6)&gt;</h1>'
        '<div class="entry-content"><p>Heat is a film. see href &lt;img src=x onerror=alert(7)&gt;</p></div></article>'
        f'<div id="comments"><h2 class="comments-title">4 thoughts</h2><ol class="comment-list">{comments}</ol></div>'
        "</body></html>"
    )


def _tag_counts(page_html: str) -> dict[str, int]:
    counts = {"script": 0, "style": 0, "link": 0, "iframe": 0}

    class Counter(HTMLParser):
        def handle_starttag(self, tag: str, attrs: Any) -> None:
            if tag in counts:
                counts[tag] += 1

    Counter().feed(page_html)
    return counts


@pytest.fixture(scope="module")
def chrome() -> Iterator[Any]:
    from tests.browser import browser

    with browser() as launched:
        yield launched


@pytest.fixture(scope="module")
def hostile_view(tmp_path_factory: pytest.TempPathFactory) -> Any:
    import networkx as nx

    from reelgraph.pipeline import ingest, read_sources
    from viz.views import neighbourhood

    pages = tmp_path_factory.mktemp("hostile")
    (pages / "heat.txt").write_text(_hostile_text_page(), encoding="utf-8")
    (pages / "heat.html").write_text(_hostile_html_page(), encoding="utf-8")
    with EmbeddedStore.open(tmp_path_factory.mktemp("store")) as store:
        report = ingest(read_sources([str(pages)]), store, None)
        assert (report.pages, report.failures) == (2, [])
        graph: nx.MultiDiGraph[str] = neighbourhood(store)
    return graph


def test_hovering_every_node_of_a_hostile_view_runs_nothing(chrome: Any, hostile_view: Any, tmp_path: Path) -> None:
    from tests.browser import visit
    from viz.html import _node_title, graph_page

    texts = [str(d.get("text", "")) + str(d.get("name", "")) for _, d in hostile_view.nodes(data=True)]
    assert any("href" in t and "onerror" in t for t in texts)  # pyvis's innerHTML trigger is present
    page_html = graph_page(hostile_view, "hostile <img src=x onerror=alert(8)>")
    assert "popup.innerHTML" not in page_html
    data_sets = re.findall(r"new vis\.DataSet\((.*?)\);\n", page_html)
    assert len(data_sets) == 2 and all('"title":' not in found for found in data_sets)
    path = tmp_path / "hostile.html"
    path.write_text(page_html, encoding="utf-8")
    visited = visit(chrome, path)
    page = visited.page
    dialogs: list[str] = []

    def on_dialog(dialog: Any) -> None:
        dialogs.append(dialog.message)
        dialog.dismiss()

    page.on("dialog", on_dialog)
    baseline = page.evaluate("document.querySelectorAll('*').length")
    page.wait_for_function(
        "() => { const bar = document.getElementById('loadingBar'); return !bar || bar.style.display === 'none'; }",
        timeout=30000,
    )
    page.evaluate("reelgraph.network.stopSimulation(); reelgraph.network.fit({animation: false})")
    box = page.locator("div.vis-network canvas").bounding_box()
    assert box is not None
    shown = 0
    for key, data in hostile_view.nodes(data=True):
        point = page.evaluate("(key) => reelgraph.network.canvasToDOM(reelgraph.network.getPositions([key])[key])", key)
        page.mouse.move(2, 2)
        page.mouse.move(box["x"] + point["x"], box["y"] + point["y"], steps=4)
        tooltip = page.locator("div.vis-tooltip")
        tooltip.wait_for(state="visible", timeout=5000)
        text = tooltip.inner_text()
        shown += text == _node_title(key, data)
        assert tooltip.locator("img, iframe, style, script, svg, object, a, b").count() == 0
    assert shown >= len(hostile_view) - 2  # overlapping nodes may show a neighbour's tooltip instead
    page.wait_for_timeout(300)
    assert dialogs == []
    injected = "img, iframe, svg, object, embed, a, b, #rg-panel style ~ style"
    assert page.locator(injected).count() == 0
    for tag, count in _tag_counts(page_html).items():  # as many as the page was written with
        assert page.evaluate(f"document.querySelectorAll('{tag}').length") == count, tag
    assert page.evaluate("document.querySelectorAll('*').length") - baseline <= 2  # the tooltip box and its text
    assert page.locator("#mynetwork").is_visible()
    assert [u for u in visited.requests if not u.startswith(("file://", "data:"))] == []
    assert visited.errors == []
    edges = page.evaluate("reelgraph.edges.get().map(e => e.title instanceof HTMLElement)")
    assert edges and all(edges)  # edge tooltips are elements built as text too
    labels = page.evaluate("reelgraph.nodes.get().map(n => n.label)")
    assert "Bob\\u202egpj.exe" in labels and not any("\u202e" in label for label in labels)


# --- bidi and control characters in names --------------------------------------------------------

BIDI = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f"


def test_printable_shows_every_bidi_and_control_character_as_an_escape() -> None:
    from base.text import has_unsafe, printable

    shown = printable(f"a{BIDI}\x1b[2J\x07\x85\u2028b\tc\nd")
    assert shown == (
        "a\\u202a\\u202b\\u202c\\u202d\\u202e\\u2066\\u2067\\u2068\\u2069\\u200e\\u200f"
        "\\x1b[2J\\x07\\x85\\u2028b\\tc\\nd"
    )
    assert printable("Zoë — “Her” 東京\u200d", newlines=True) == "Zoë — “Her” 東京\u200d"  # ordinary text is kept
    assert has_unsafe("Bob\u202egpj.exe") and not has_unsafe("Bob")


def test_terminal_output_neutralises_bidi_names(tmp_path: Path) -> None:
    pages = tmp_path / "pages"
    pages.mkdir()
    (pages / "heat.txt").write_text(_hostile_text_page(), encoding="utf-8")
    (pages / "evil\u202egpj.txt").write_bytes(b"")
    extracted = CliRunner().invoke(main, ["extract", "--no-nlp", str(pages)])
    assert extracted.exit_code == 1
    assert "  Bob\\u202egpj.exe: <script>fetch(" in extracted.stdout
    assert f"reelgraph: E101 {pages}/evil\\u202egpj.txt: the file is empty." in extracted.stderr
    store = ["--store", str(tmp_path / "store")]
    assert CliRunner().invoke(main, [*store, "ingest", "--no-nlp", str(pages / "heat.txt")]).exit_code == 0
    shown = CliRunner().invoke(main, [*store, "show", "Bob\u202egpj.exe"])
    assert shown.exit_code == 0 and shown.stdout.startswith("Bob\\u202egpj.exe [Person] ")
    closest = CliRunner().invoke(main, [*store, "show", "Bob"])
    assert closest.exit_code == 1 and "Closest: Bob\\u202egpj.exe." in closest.stderr
    for result in (extracted, shown, closest):
        assert not any(char in result.output for char in BIDI + "\x1b")


# --- output paths -------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def small_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    directory = tmp_path_factory.mktemp("small-store")
    pages = tmp_path_factory.mktemp("small-pages")
    (pages / "heat.txt").write_text(_hostile_text_page(), encoding="utf-8")
    assert CliRunner().invoke(main, ["--store", str(directory), "ingest", "--no-nlp", str(pages)]).exit_code == 0
    return directory


def _one_line(args: list[str], code: str) -> str:
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 1, result.output
    assert result.stderr.startswith(f"reelgraph: {code} ") and len(result.stderr.splitlines()) == 1, result.stderr
    return result.stderr


def test_bad_output_paths_are_one_coded_line(small_store: Path, tmp_path: Path) -> None:
    store = ["--store", str(small_store)]
    folder = tmp_path / "existing"
    folder.mkdir()
    assert f"{folder} is a directory; give a file name (e.g. {folder}/graph.html)." in _one_line(
        [*store, "viz", "-o", str(folder)], "E210"
    )
    assert f"(e.g. {folder}/graph.ttl)" in _one_line([*store, "export", "--format", "ttl", "-o", str(folder)], "E210")
    assert f"(e.g. {folder}/graph.graphml)" in _one_line(
        [*store, "export", "--format", "graphml", "-o", str(folder)], "E210"
    )
    afile = tmp_path / "nodes.txt"
    afile.write_text("keep me", encoding="utf-8")
    _one_line([*store, "export", "--format", "csv", "-o", str(afile)], "E211")
    _one_line([*store, "export", "--format", "neo4j-admin", "-o", str(afile)], "E211")
    _one_line([*store, "viz", "-o", str(afile / "graph.html")], "E212")  # a file where a folder should be
    _one_line([*store, "viz", "-o", "/proc/reelgraph-graph.html"], "E212")
    assert afile.read_text(encoding="utf-8") == "keep me"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["existing", "nodes.txt"]  # no temporary files left


def test_a_symlink_at_the_destination_is_replaced_not_followed(small_store: Path, tmp_path: Path) -> None:
    target = tmp_path / "precious.txt"
    target.write_text("precious", encoding="utf-8")
    for args, name in (
        (["viz", "-o"], "graph.html"),
        (["export", "--format", "ttl", "-o"], "graph.ttl"),
        (["export", "--format", "graphml", "-o"], "graph.graphml"),
    ):
        link = tmp_path / name
        link.symlink_to(target)
        result = CliRunner().invoke(main, ["--store", str(small_store), *args, str(link)])
        assert result.exit_code == 0, result.output
        assert not link.is_symlink() and link.stat().st_size > 1000
    csv_folder = tmp_path / "csv"
    csv_folder.mkdir()
    (csv_folder / "nodes.csv").symlink_to(target)
    assert (
        CliRunner()
        .invoke(main, ["--store", str(small_store), "export", "--format", "csv", "-o", str(csv_folder)])
        .exit_code
        == 0
    )
    assert not (csv_folder / "nodes.csv").is_symlink()
    assert (csv_folder / "nodes.csv").read_text(encoding="utf-8").startswith("key,label,name,props")
    assert target.read_text(encoding="utf-8") == "precious"
    assert oct((tmp_path / "graph.html").stat().st_mode & 0o777) == oct(0o666 & ~_umask())


def _umask() -> int:
    current = os.umask(0)
    os.umask(current)
    return current
