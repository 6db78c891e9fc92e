"""Issue 13, item 12: the neo4j-admin export keeps types. The CSV is read back with the
header rules neo4j-admin documents (name:type columns, :ID, :LABEL, :START_ID, :END_ID,
:TYPE, arrays split on the array delimiter, an empty field is no property) and compared
with what `reelgraph load` writes."""

from __future__ import annotations

import csv
import datetime
import os
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from graph.admin_export import ARRAY_DELIMITER, export_admin
from graph.load_check import plan_load
from graph.store import EmbeddedStore
from reelgraph.identity import identified
from reelgraph.pipeline import ingest, read_sources
from tests.conftest import ROOT

_CONVERT: dict[str, Callable[[str], Any]] = {
    "int": int,
    "long": int,
    "float": float,
    "double": float,
    "boolean": lambda text: {"true": True, "false": False}[text],
    "date": datetime.date.fromisoformat,
    "string": str,
}


def _read(path: Path) -> list[dict[str, Any]]:
    """Rows as neo4j-admin would import them (typed values; no key for an empty field)."""
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.reader(handle)
        header = next(reader)
        rows = []
        for cells in reader:
            row: dict[str, Any] = {}
            for column, cell in zip(header, cells, strict=True):
                name, _, kind = column.partition(":")
                if kind in {"ID", "START_ID", "END_ID", "TYPE", "LABEL"}:
                    row[f":{kind}"] = cell
                    if kind == "ID" and name:
                        row[name] = cell
                    continue
                if cell == "":
                    continue
                kind = kind or "string"
                if kind.endswith("[]"):
                    row[name] = [_CONVERT[kind[:-2]](item) for item in cell.split(ARRAY_DELIMITER)]
                else:
                    row[name] = _CONVERT[kind](cell)
            rows.append(row)
    return rows


def _expected(props: dict[str, Any]) -> dict[str, Any]:
    """What survives an import: no empty strings, no empty lists, no "" inside a list."""
    kept = {k: [i for i in v if i != ""] if isinstance(v, list) else v for k, v in props.items()}
    return {k: v for k, v in kept.items() if v not in ("", [])}


def _as_loaded(value: Any) -> Any:
    return value.isoformat() if isinstance(value, datetime.date) else value


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> EmbeddedStore:
    path = tmp_path_factory.mktemp("store")
    opened = EmbeddedStore.open(path)
    ingest(identified(read_sources([str(ROOT / "examples")])), opened, None)
    return opened


def test_typed_columns_read_back_equal_what_load_writes(store: EmbeddedStore, tmp_path: Path) -> None:
    written = export_admin(store, tmp_path / "bulk")
    plan = plan_load(store.nodes(), store.edges_with_evidence())
    nodes = {row["key"]: row for label in plan.nodes for row in plan.nodes[label]}
    read_nodes = [row for p in written if p.name.startswith("nodes_") for row in _read(p)]
    assert len(read_nodes) == len(nodes)
    for row in read_nodes:
        expected = nodes[row[":ID"]]
        assert expected["name"] == row["name"]
        props = {k: _as_loaded(v) for k, v in row.items() if not k.startswith(":") and k not in {"key", "name"}}
        assert props == _expected(expected["props"]), row[":ID"]
    edges = {(r["src"], kind[0].value, r["dst"]): r["props"] for kind, rows in plan.edges.items() for r in rows}
    read_edges = [row for p in written if p.name.startswith("rels_") for row in _read(p)]
    assert len(read_edges) == len(edges)
    for row in read_edges:
        expected = edges[row[":START_ID"], row[":TYPE"], row[":END_ID"]]
        props = {k: _as_loaded(v) for k, v in row.items() if not k.startswith(":")}
        assert props == _expected(expected)


def test_headers_carry_the_types(store: EmbeddedStore, tmp_path: Path) -> None:
    export_admin(store, tmp_path / "bulk")
    post = (tmp_path / "bulk" / "nodes_Post.csv").read_text(encoding="utf-8").splitlines()[0].split(",")
    assert post[:3] == ["key:ID", "name:string", ":LABEL"]
    assert {"published:date", "rating:float", "comment_count_stated:int"} <= set(post)
    replies = (tmp_path / "bulk" / "rels_REPLIED_TO.csv").read_text(encoding="utf-8").splitlines()[0].split(",")
    assert replies[:3] == [":START_ID", ":END_ID", ":TYPE"]
    assert {"count:int", "first_seen:date", "sentences:string[]"} <= set(replies)


def test_import_script_is_executable_and_uses_the_default_database(store: EmbeddedStore, tmp_path: Path) -> None:
    written = export_admin(store, tmp_path / "bulk", "neo4j")
    script = tmp_path / "bulk" / "import.sh"
    assert os.access(script, os.X_OK)
    text = script.read_text(encoding="utf-8")
    assert 'DATABASE="${NEO4J_DATABASE:-neo4j}"' in text
    assert 'neo4j-admin database import full "$DATABASE"' in text
    named = set(re.findall(r"--(?:nodes|relationships)=(\S+\.csv)", text))
    assert named == {p.name for p in written if p.suffix == ".csv"}
    assert f"--array-delimiter='{ARRAY_DELIMITER}'" in text and "--multiline-fields=true" in text
