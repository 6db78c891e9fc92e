"""Schema 3: the store keeps each text once (issue 16 item 4, issue 18 item 4).

A schema-2 store written by the code before schema 3 (``fixtures/stores/schema2-reel-rants.sqlite``:
the four reel-rants example pages with entities, one forgotten and ingested again) opens as
schema 3 with the same nodes, edges, evidence and records as its old tables held."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path
from typing import Any

import pytest
import zstandard

from graph import store_layout
from graph.build import Contribution
from graph.integrity import check_store
from graph.schema import Label, Rel
from graph.store import EmbeddedStore

OLD = Path(__file__).parent / "fixtures" / "stores" / "schema2-reel-rants.sqlite"
_OLD_EVIDENCE = ("source", "unit", "sentence", "start", "end", "extractor", "confidence", "polarity", "by", "seen")


def _old_tables(path: Path) -> dict[str, Any]:
    """What the schema-2 file holds, read straight from its tables the way schema 2 read them."""
    db = sqlite3.connect(path)
    nodes = [(k, lb, nm, json.loads(p)) for k, lb, nm, p in db.execute("SELECT * FROM nodes ORDER BY key")]
    edges = db.execute("SELECT * FROM edges ORDER BY src, type, dst").fetchall()
    evidence: dict[tuple[str, str, str], list[dict[str, Any]]] = {}
    query = (
        "SELECT src, type, dst, source, unit, COALESCE(sentence, (SELECT text FROM texts WHERE id = sentence_id)), "
        "start, end, extractor, confidence, polarity, by, seen, extra FROM evidence ORDER BY src, type, dst, seen, id"
    )
    for src, kind, dst, *values in db.execute(query):
        item = {k: v for k, v in zip((*_OLD_EVIDENCE, "extra"), values, strict=True) if v is not None and v != "{}"}
        evidence.setdefault((src, kind, dst), []).append(item)
    unpack = zstandard.ZstdDecompressor()
    records = [
        json.loads(unpack.decompress(data))
        for (data,) in db.execute("SELECT data FROM records JOIN sources USING (source) ORDER BY source")
    ]
    sources = [str(r[0]) for r in db.execute("SELECT source FROM sources ORDER BY source")]
    db.close()
    return {"nodes": nodes, "edges": edges, "evidence": evidence, "records": records, "sources": sources}


def _now(store: EmbeddedStore) -> dict[str, Any]:
    pairs = list(store.edges_with_evidence())
    return {
        "nodes": [(n.key, n.label, n.name, n.props) for n in store.nodes()],
        "edges": [(e.src, e.type, e.dst, e.count, e.first_seen, e.last_seen, e.confidence) for e, _ in pairs],
        "evidence": {(e.src, e.type, e.dst): items for e, items in pairs if items},
        "records": list(store.records()),
        "sources": store.sources(),
    }


@pytest.fixture()
def old_store(tmp_path: Path) -> Path:
    directory = tmp_path / "store"
    directory.mkdir()
    shutil.copyfile(OLD, directory / "graph.sqlite")
    return directory


def test_a_schema_2_store_opens_as_schema_3_with_the_same_graph(old_store: Path) -> None:
    expected = _old_tables(old_store / "graph.sqlite")
    assert len(expected["nodes"]) == 88 and len(expected["edges"]) == 166 and len(expected["records"]) == 4
    with EmbeddedStore.open(old_store, create=False) as store:
        assert store.db.execute("SELECT value FROM meta WHERE key = 'schema'").fetchone() == ("3",)
        assert _now(store) == expected
        for src, kind, dst in list(expected["evidence"])[:20]:  # one edge at a time, too
            assert store.evidence(src, kind, dst) == expected["evidence"][(src, kind, dst)]
        tables = {r[0] for r in store.db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        assert not {t for t in tables if t.startswith("old_")}
    assert check_store(old_store).ok  # sealed after the migration, and clean
    with EmbeddedStore.open(old_store, create=False) as again:
        assert _now(again) == expected


def test_a_failed_migration_leaves_the_schema_2_store_as_it_was(
    old_store: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = (old_store / "graph.sqlite").read_bytes()

    def broken(db: sqlite3.Connection) -> None:
        db.execute("ALTER TABLE nodes RENAME TO old_nodes")
        raise RuntimeError("power cut")

    monkeypatch.setattr(store_layout, "migrate", broken)
    with pytest.raises(RuntimeError, match="power cut"):
        EmbeddedStore.open(old_store, create=False)
    monkeypatch.undo()
    with EmbeddedStore.open(old_store, create=False) as store:
        assert _now(store) == _old_tables_of(before, old_store.parent)


def _old_tables_of(data: bytes, folder: Path) -> dict[str, Any]:
    path = folder / "copy.sqlite"
    path.write_bytes(data)
    return _old_tables(path)


def _page(source: str, films: list[str], when: str, by: str = "Ada") -> Contribution:
    page = Contribution(source)
    post = page.node(f"post:{source}", Label.POST, f"Post {source}", published=when)
    critic = page.node(f"person:{by.lower()}", Label.PERSON, by, role="critic")
    sentence = f"Post {source}: " + "a review that goes on about the film. " * 3
    page.edge(critic, Rel.WROTE, post, unit="title", sentence=sentence, seen=when, confidence=1.0)
    for film in films:
        key = page.node(f"film:{film.lower()}", Label.FILM, film, title=film, seen_on=source)
        page.edge(
            post, Rel.MENTIONS, key, unit="body", sentence=f"{film} again.", seen=when, confidence=0.9, by=by, how="x"
        )
        page.edge(critic, Rel.RECOMMENDS, key, unit="body", seen=when)
    return page


def _write(store: EmbeddedStore, *pages: Contribution) -> None:
    store.replace((page, page.source, {"source": page.source, "n": i}, "now") for i, page in enumerate(pages))


def test_forget_and_replace_give_what_a_fresh_store_of_the_rest_gives(tmp_path: Path) -> None:
    a = _page("a.txt", ["Her", "Moon"], "2001-01-01")
    b = _page("b.txt", ["Her", "Alien"], "2002-02-02", by="Bo")
    c = _page("c.txt", ["Moon"], "2000-05-05")
    with EmbeddedStore.open(tmp_path / "one") as store, EmbeddedStore.open(tmp_path / "two") as fresh:
        _write(store, a, b, c)
        node = store.node("film:her")
        assert node is not None and node.props == {"title": "Her", "seen_on": "b.txt"}  # the later page wins
        assert store.forget("b.txt") == ["b.txt"]
        _write(fresh, a, c)
        state = _now(store)
        assert state["nodes"] == _now(fresh)["nodes"] and state["edges"] == _now(fresh)["edges"]
        assert state["evidence"] == _now(fresh)["evidence"]
        edge = next(e for e in store.edges() if e.dst == "film:moon" and e.type == Rel.RECOMMENDS)
        assert (edge.count, edge.first_seen, edge.last_seen) == (2, "2000-05-05", "2001-01-01")
        # a changed page replaces only its own rows, and single-source nodes keep no copy
        _write(store, _page("a.txt", ["Alien"], "2003-03-03", by="Cy"))
        _write(fresh, c, _page("a.txt", ["Alien"], "2003-03-03", by="Cy"))
        assert _now(store)["nodes"] == _now(fresh)["nodes"] and _now(store)["edges"] == _now(fresh)["edges"]
        copies = store.db.execute("SELECT COUNT(*) FROM node_sources WHERE props IS NOT NULL").fetchone()[0]
        assert copies == 0  # every node has one source here: its row is the node itself


def test_a_node_from_several_pages_keeps_each_pages_values(tmp_path: Path) -> None:
    with EmbeddedStore.open(tmp_path / "s") as store:
        _write(store, _page("a.txt", ["Her"], "2001-01-01"), _page("b.txt", ["Her"], "2002-01-01"))
        rows = store.db.execute(
            "SELECT s.source, ns.props FROM node_sources ns JOIN nodes n ON n.id = ns.node "
            "JOIN sources s ON s.id = ns.source WHERE n.key = 'film:her' ORDER BY s.source"
        ).fetchall()
        assert [(s, json.loads(p)) for s, p in rows] == [
            ("a.txt", {"title": "Her", "seen_on": "a.txt"}),
            ("b.txt", {"title": "Her", "seen_on": "b.txt"}),
        ]
        store.forget("b.txt")
        node = store.node("film:her")
        assert node is not None and node.props == {"title": "Her", "seen_on": "a.txt"}
        assert store.db.execute("SELECT COUNT(*) FROM node_sources WHERE props IS NOT NULL").fetchone()[0] == 0


def test_records_get_a_trained_dictionary_and_read_back_exactly(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(store_layout, "TRAIN_AT", 40)
    pages = [_page(f"p{i}.txt", ["Her", f"Film {i}"], f"2001-01-{i % 28 + 1:02}") for i in range(60)]
    records = [
        {"source": p.source, "body": f"Review {i}: " + "a film about a man and his phone. " * (i % 5), "n": i}
        for i, p in enumerate(pages)
    ]
    with EmbeddedStore.open(tmp_path / "s") as store:
        store.replace((p, p.source, r, "now") for p, r in zip(pages[:30], records[:30], strict=True))
        assert store.db.execute("SELECT COUNT(*) FROM dictionaries").fetchone()[0] == 0  # too few to train on
        store.replace((p, p.source, r, "now") for p, r in zip(pages[30:], records[30:], strict=True))
        assert store.db.execute("SELECT COUNT(*), COUNT(dictionary) FROM records").fetchone() == (60, 60)
        blobs = store.db.execute("SELECT COUNT(*) FROM texts WHERE typeof(data) = 'blob'").fetchone()[0]
        assert blobs == 60  # each page's long sentence, compressed once the dictionary came; short ones stay text
        (wrote,) = store.evidence("person:ada", Rel.WROTE, "post:p0.txt")
        assert wrote["sentence"] == "Post p0.txt: " + "a review that goes on about the film. " * 3
        assert list(store.records()) == sorted(records, key=lambda r: str(r["source"]))
        trained = store.db.execute("SELECT id, data FROM dictionaries").fetchall()
        store.compact()
        assert store.db.execute("SELECT id, data FROM dictionaries").fetchall() == trained  # never replaced
        assert list(store.records()) == sorted(records, key=lambda r: str(r["source"]))
    with EmbeddedStore.open(tmp_path / "s") as again:
        assert list(again.records()) == sorted(records, key=lambda r: str(r["source"]))


def test_evidence_reads_back_what_was_written(tmp_path: Path) -> None:
    page = Contribution("x.txt")
    a = page.node("film:a", Label.FILM, "A")
    b = page.node("film:b", Label.FILM, "B")
    page.edge(a, Rel.COMPARED_TO, b, unit="c2", sentence="A beats B.", start=0, end=10, polarity="positive")
    page.edge(a, Rel.COMPARED_TO, b, unit="body", seen="2001-01-01", confidence=0.25, extractor="rules/2")
    with EmbeddedStore.open(tmp_path / "s") as store:
        _write(store, page)
        assert store.evidence("film:a", Rel.COMPARED_TO, "film:b") == [
            {"source": "x.txt", "unit": "c2", "sentence": "A beats B.", "start": 0, "end": 10, "polarity": "positive"},
            {"source": "x.txt", "unit": "body", "extractor": "rules/2", "confidence": 0.25, "seen": "2001-01-01"},
        ]
        assert store.evidence("film:a", "CITES", "film:b") == [] and store.evidence("film:z", "COMPARED_TO", "a") == []
        (edge,) = store.edges_of("film:b")
        assert (edge.src, edge.type, edge.dst, edge.count, edge.first_seen, edge.confidence) == (
            "film:a",
            "COMPARED_TO",
            "film:b",
            2,
            "2001-01-01",
            0.25,
        )
        assert store.stats()["types"] == {"COMPARED_TO": 1}
