"""Every command that writes or edits says what it did in JSON too (tenth session): `export`,
`viz` and the alias edits (`load --json` is tested against the Bolt server in test_neo4j.py)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from reelgraph.cli import main
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


def test_export_says_its_format_and_files_in_json(threads: Path, tmp_path: Path) -> None:
    target = tmp_path / "graph.ttl"
    result = _run(threads, "export", "-o", str(target), "--json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout) == {"format": "ttl", "written": [str(target)]}
    assert target.stat().st_size > 0


def test_viz_says_its_file_and_size_in_json_and_nothing_else(threads: Path, tmp_path: Path) -> None:
    target = tmp_path / "view.html"
    as_json = _run(threads, "viz", "-o", str(target), "--json")
    as_text = _run(threads, "viz", "-o", str(tmp_path / "text.html"))
    assert (as_json.exit_code, as_text.exit_code) == (0, 0), as_json.output + as_text.output
    drawn = json.loads(as_json.stdout)
    assert drawn["output"] == str(target) and as_json.stderr == ""
    assert as_text.stdout == f"{drawn['nodes']} nodes, {drawn['edges']} edges\n" and drawn["edges"] > 0


def test_alias_edits_say_what_changed_in_json(tmp_path: Path) -> None:
    merged = _run(tmp_path, "aliases", "merge", "Philip Dick", "Philip K. Dick", "--json")
    assert merged.exit_code == 0, merged.output
    edit = json.loads(merged.stdout)
    assert edit["rebuilt"] == [] and len(edit["changed"]) == 1 and "Philip Dick" in edit["changed"][0]
    again = _run(tmp_path, "aliases", "merge", "Philip Dick", "Philip K. Dick", "--json")
    assert json.loads(again.stdout) == {"changed": [], "rebuilt": []}
    split = _run(tmp_path, "aliases", "split", "Phoenix", "--json")
    assert json.loads(split.stdout)["changed"] and json.loads(split.stdout)["rebuilt"] == []
