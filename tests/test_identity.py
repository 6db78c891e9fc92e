"""Issue 13, items 1-2: a page is one page whatever the path's spelling, and an alias edit
shows in the next answer, rebuilding (and later re-extracting) only the pages it touches."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from extract.nlp.extractor import EntityExtractor
from graph.store import EmbeddedStore
from reelgraph.cli import main
from reelgraph.identity import identified, identities_for, normal_url
from reelgraph.pipeline import ingest, read_sources
from tests.conftest import ROOT


def _run(store: Path, *args: str) -> Result:
    return CliRunner().invoke(main, ["--store", str(store), *args])


@pytest.fixture()
def corpus(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    shutil.copytree(ROOT / "examples", tmp_path / "examples")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_the_same_page_under_another_spelling_is_not_counted_twice(corpus: Path) -> None:
    store = corpus / "store"
    assert _run(store, "ingest", "--no-nlp", "examples").exit_code == 0
    before = json.loads(_run(store, "stats", "--json").stdout)
    again = _run(
        store,
        "ingest",
        "--no-nlp",
        "--json",
        str(corpus / "examples/reel-rants/her-2013.txt"),
        "./examples/reel-rants/../reel-rants/her-2013.txt",
        "examples//the-long-take/her-2013.html",
    )
    summary = json.loads(again.stdout)
    assert (summary["new"], summary["changed"], summary["unchanged"]) == (0, 0, 3)
    assert json.loads(_run(store, "stats", "--json").stdout) == before


def test_a_copy_that_states_the_same_canonical_url_is_the_same_page(corpus: Path) -> None:
    store = corpus / "store"
    copy = corpus / "copy-of-her.html"
    shutil.copy(corpus / "examples/the-long-take/her-2013.html", copy)
    assert _run(store, "ingest", "--no-nlp", "examples").exit_code == 0
    summary = json.loads(_run(store, "ingest", "--no-nlp", "--json", str(copy)).stdout)
    assert (summary["new"], summary["unchanged"]) == (0, 1)


def test_forget_takes_any_spelling_of_the_path_or_the_url(corpus: Path) -> None:
    store = corpus / "store"
    assert _run(store, "ingest", "--no-nlp", "examples").exit_code == 0
    forgot = _run(store, "forget", str(corpus / "examples/reel-rants/her-2013.txt"))
    assert forgot.stdout.strip() == "forgot 1 page(s): examples/reel-rants/her-2013.txt"
    forgot = _run(store, "forget", "./examples/the-long-take/her-2013.html")
    assert forgot.stdout.strip() == "forgot 1 page(s): https://thelongtake.example/2014/01/her"
    forgot = _run(store, "forget", "HTTP://SecondScreening.example/her/")
    assert forgot.stdout.strip() == "forgot 1 page(s): https://secondscreening.example/her"
    forgot = _run(store, "forget", "examples/frames-per-second/frames-per-second.wordpress.xml")
    assert forgot.stdout.startswith("forgot 6 page(s): https://frames.example/")
    assert json.loads(_run(store, "stats", "--json").stdout)["pages"] == 20 - 9
    missing = _run(store, "forget", "./examples/reel-rants/her-2013.txt")
    assert missing.exit_code == 1 and missing.stderr.startswith("reelgraph: E303 no page")


def test_identity_rules() -> None:
    assert normal_url("https://thelongtake.example/2014/01/her/#comment-3") == "https://thelongtake.example/2014/01/her"
    assert normal_url("ftp://x.example/a") is None
    assert identities_for("HTTPS://A.example:443/x/") == ["https://a.example/x"]
    assert identities_for("./no/such/file.txt") == [str(Path("no/such/file.txt").resolve())]


@pytest.fixture()
def nlp_store(corpus: Path, extractor: EntityExtractor) -> Path:
    store = corpus / "store"
    with EmbeddedStore.open(store) as opened:
        ingest(identified(read_sources(["examples"])), opened, lambda: extractor, store / "aliases.toml")
    return store


def _pages_naming(corpus: Path, name: str) -> int:
    from extract.io import read_file

    pages = [p for f in sorted((corpus / "examples").rglob("*.*")) if f.suffix != ".json" for p in read_file(f)]
    texts = [" ".join([p.title, p.author or "", p.body, *(f"{c.author} {c.text}" for c in p.comments)]) for p in pages]
    return sum(name.casefold() in t.casefold() for t in texts)


def test_a_rename_shows_in_the_next_answer(nlp_store: Path) -> None:
    renamed = _run(nlp_store, "aliases", "rename", "Ex Machina", "Ex_Machina")
    assert renamed.exit_code == 0, renamed.output
    first, second = renamed.stdout.splitlines()
    assert first == "merge Ex Machina -> Ex_Machina (new)"
    assert second.startswith("rebuilt ") and "https://thelongtake.example/2015/04/ex-machina" in second
    answer = _run(nlp_store, "recommend", "Ex_Machina", "--json")
    assert answer.exit_code == 0, answer.output
    assert json.loads(answer.stdout)["film"] == "Ex_Machina (2014)"
    old = _run(nlp_store, "recommend", "Ex Machina", "--json")
    assert json.loads(old.stdout)["film"] == "Ex_Machina (2014)"  # the old name still finds it


def test_a_merge_shows_at_once_and_reingest_redoes_only_the_pages_it_touches(corpus: Path, nlp_store: Path) -> None:
    before = json.loads(_run(nlp_store, "show", "Nadia", "--json").stdout)
    assert "Nadia" in {entity["name"] for entity in before}
    merged = _run(nlp_store, "aliases", "merge", "Nadia", "Nadia Okafor")
    assert merged.exit_code == 0
    assert merged.stdout.splitlines()[0] == "merge Nadia -> Nadia Okafor (new)"
    shown = json.loads(_run(nlp_store, "show", "Nadia", "--json").stdout)
    assert shown and {entity["name"] for entity in shown} == {"Nadia Okafor"}
    again = json.loads(_run(nlp_store, "ingest", "--workers", "1", "--json", "examples").stdout)
    assert again["changed"] == _pages_naming(corpus, "Nadia")
    assert 0 < again["changed"] < 20
    assert _run(nlp_store, "aliases", "merge", "Nadia", "Nadia Okafor").stdout.startswith("nothing changed")
