"""Every named query and every Cypher text the loader sends passes Neo4j's own parser
(``@neo4j-cypher/language-support``'s ``lintCypherQuery``) with zero errors."""

from __future__ import annotations

import json
import shutil
import subprocess

import pytest

from graph import cypher
from queries.named import named_queries
from tests.conftest import ROOT

LINTER = ROOT / "tools" / "cypher-lint"


def lint(queries: list[str]) -> list[list[str]]:
    if shutil.which("node") is None or not (LINTER / "node_modules").is_dir():
        pytest.fail(
            "Neo4j's Cypher parser is not installed: run `bash scripts/test` (it runs npm install in tools/cypher-lint)."
        )
    done = subprocess.run(
        ["node", "lint.mjs"], cwd=LINTER, input=json.dumps(queries), capture_output=True, text=True, check=True
    )
    result: list[list[str]] = json.loads(done.stdout)
    return result


def test_the_linter_catches_a_broken_query() -> None:
    assert lint(["MATCH (n:Film {key: $key} RETURN n"]) != [[]]


def test_every_named_query_parses() -> None:
    queries = named_queries()
    assert len(queries) >= 6
    diagnostics = lint([q.text for q in queries.values()])
    assert dict(zip(queries, diagnostics, strict=True)) == {name: [] for name in queries}


def test_every_loader_statement_parses() -> None:
    statements = cypher.all_statements()
    diagnostics = lint(statements)
    failing = {statement: errors for statement, errors in zip(statements, diagnostics, strict=True) if errors}
    assert failing == {}
    assert len(statements) > 300
