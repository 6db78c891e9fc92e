"""Hostile input against the query guard, the Neo4j credentials and terminal output (issue 14).

The read-only guard is tested at each layer: the tokenizer and allowlist on their own, the
server-side ``EXPLAIN`` layer with a server that reports query types, and the whole command
against ArcadeDB's Bolt server, which ignores read transactions (so only the layers above it
stand between an analyst and a write).
"""

from __future__ import annotations

import logging
import os
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from base.errors import CredentialsInUri, QueryRefused
from bench.bolt_server import PASSWORD, USER, BoltServer
from graph.cypher_guard import check_read_only, explain_text, tokens
from graph.neo4j_store import Connection, Neo4jStore, check_uri
from graph.store import EmbeddedStore
from queries.named import named_queries, resolve
from reelgraph.cli import main
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
    with pytest.raises(QueryRefused, match=r"^E506 the server plans this query as a write \(query type 'rw'\)"):
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
