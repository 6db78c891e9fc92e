"""Schemas 3 and 4: the store keeps each text once (issue 16 item 4, issue 18 item 4).

A schema-2 store written by the code before schema 3 (``fixtures/stores/schema2-reel-rants.sqlite``:
the four reel-rants example pages with entities, one forgotten and ingested again) and a
schema-3 store of the same pages written by the code before schema 4
(``schema3-reel-rants.sqlite``, its records and long sentences packed with a trained
dictionary) open as schema 4 with the same nodes, edges, evidence and records as their old
tables held."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path
from typing import Any

import pytest
import zstandard

from graph import store_layout, store_migrate
from graph.build import Contribution, comment_name
from graph.integrity import check_store
from graph.schema import Label, Rel
from graph.store import EmbeddedStore

OLD = Path(__file__).parent / "fixtures" / "stores" / "schema2-reel-rants.sqlite"
OLD3 = Path(__file__).parent / "fixtures" / "stores" / "schema3-reel-rants.sqlite"
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


def _v3_tables(path: Path) -> dict[str, Any]:
    """What the schema-3 file holds, read straight from its tables the way schema 3 read them."""
    db = sqlite3.connect(path)
    (dictionary,) = db.execute("SELECT data FROM dictionaries").fetchone()
    unpack = zstandard.ZstdDecompressor(dict_data=zstandard.ZstdCompressionDict(dictionary))

    def text(data: Any) -> Any:
        return unpack.decompress(data).decode() if isinstance(data, bytes) else data

    nodes = [(k, lb, nm, json.loads(p)) for k, lb, nm, p in db.execute("SELECT key, label, name, props FROM nodes")]
    edges = db.execute("SELECT * FROM edges ORDER BY src, type, dst").fetchall()
    evidence: dict[tuple[str, str, str], list[dict[str, Any]]] = {}
    symbol = "(SELECT text FROM symbols WHERE id = e.{})"
    query = (
        f"SELECT a.key, {symbol.format('type')}, b.key, s.source, {symbol.format('unit')}, x.data, e.start, e.end, "
        + ", ".join([symbol.format("extractor"), "e.confidence", *(symbol.format(c) for c in ("polarity", "by"))])
        + f", {symbol.format('seen')}, {symbol.format('extra')} FROM evidence e JOIN nodes a ON a.id = e.src "
        "JOIN nodes b ON b.id = e.dst JOIN sources s ON s.id = e.source LEFT JOIN texts x ON x.id = e.sentence_id "
        f"ORDER BY 1, 2, 3, {symbol.format('seen')}, e.id"
    )
    for src, kind, dst, *values in db.execute(query):
        values[2] = text(values[2])
        item = {k: v for k, v in zip((*_OLD_EVIDENCE, "extra"), values, strict=True) if v is not None}
        evidence.setdefault((src, kind, dst), []).append(item)
    rows = db.execute("SELECT r.data FROM sources s JOIN records r ON r.id = s.id ORDER BY s.source")
    records = [json.loads(text(data)) for (data,) in rows]
    sources = [str(r[0]) for r in db.execute("SELECT source FROM sources ORDER BY source")]
    db.close()
    return {"nodes": sorted(nodes), "edges": edges, "evidence": evidence, "records": records, "sources": sources}


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


@pytest.fixture()
def v3_store(tmp_path: Path) -> Path:
    directory = tmp_path / "store3"
    directory.mkdir()
    shutil.copyfile(OLD3, directory / "graph.sqlite")
    return directory


@pytest.mark.parametrize("train_at", [200, 3])
def test_a_schema_3_store_opens_as_schema_4_with_the_same_graph(
    v3_store: Path, train_at: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With 3 records enough to train on, the migration also packs every node's properties."""
    monkeypatch.setattr(store_layout, "TRAIN_AT", train_at)
    expected = _v3_tables(v3_store / "graph.sqlite")
    assert len(expected["nodes"]) == 88 and len(expected["edges"]) == 166 and len(expected["records"]) == 4
    with EmbeddedStore.open(v3_store, create=False) as store:
        assert store.db.execute("SELECT value FROM meta WHERE key = 'schema'").fetchone() == ("4",)
        assert _now(store) == expected
        for src, kind, dst in list(expected["evidence"])[:20]:
            assert store.evidence(src, kind, dst) == expected["evidence"][(src, kind, dst)]
        # every comment's text is a row of ``texts`` and its name is made again on reading
        kept = store.db.execute(
            "SELECT COUNT(*), COUNT(text), COUNT(name) FROM nodes WHERE label = 'Comment'"
        ).fetchone()
        assert kept == (26, 26, 0)
        packed = store.db.execute("SELECT COUNT(packed), COUNT(props) FROM nodes").fetchone()
        kinds = [r[0] for r in store.db.execute("SELECT kind FROM dictionaries ORDER BY id")]
        if train_at == 3:
            assert packed[0] >= 40 and packed[0] + packed[1] == 88 and kinds == ["records", "props"]  # not "{}"
        else:
            assert packed == (0, 88) and kinds == ["records"]
        assert store.stats()["labels"] == {
            "Character": 1,
            "Comment": 26,
            "Film": 14,
            "Novel": 1,
            "Person": 34,
            "Post": 7,
            "Site": 4,
            "Work": 1,
        }
        assert store.stats()["types"]["MENTIONS"] == 52
        tables = {r[0] for r in store.db.execute("SELECT name FROM sqlite_master")}
        assert not {t for t in tables if t.startswith("old_")} and {"nodes_label", "links_type"}.isdisjoint(tables)
    assert check_store(v3_store).ok
    with EmbeddedStore.open(v3_store, create=False) as again:
        assert _now(again) == expected


def test_a_schema_2_store_opens_as_schema_4_with_the_same_graph(old_store: Path) -> None:
    expected = _old_tables(old_store / "graph.sqlite")
    assert len(expected["nodes"]) == 88 and len(expected["edges"]) == 166 and len(expected["records"]) == 4
    with EmbeddedStore.open(old_store, create=False) as store:
        assert store.db.execute("SELECT value FROM meta WHERE key = 'schema'").fetchone() == ("4",)
        assert _now(store) == expected
        for src, kind, dst in list(expected["evidence"])[:20]:  # one edge at a time, too
            assert store.evidence(src, kind, dst) == expected["evidence"][(src, kind, dst)]
        tables = {r[0] for r in store.db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        assert not {t for t in tables if t.startswith("old_")}
    assert check_store(old_store).ok  # sealed after the migration, and clean
    with EmbeddedStore.open(old_store, create=False) as again:
        assert _now(again) == expected


@pytest.mark.parametrize("fixture", ["old_store", "v3_store"])
def test_a_failed_migration_leaves_the_old_store_as_it_was(
    fixture: str, request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch
) -> None:
    directory: Path = request.getfixturevalue(fixture)
    before = (directory / "graph.sqlite").read_bytes()
    migrate = store_migrate.migrate_to_4

    def broken(db: sqlite3.Connection, columns: Any) -> None:
        migrate(db, columns)  # the whole of it, schema 2 -> 3 too: then the power goes
        raise RuntimeError("power cut")

    monkeypatch.setattr(store_migrate, "migrate_to_4", broken)
    with pytest.raises(RuntimeError, match="power cut"):
        EmbeddedStore.open(directory, create=False)
    monkeypatch.undo()
    copy = directory.parent / "copy.sqlite"
    copy.write_bytes(before)
    expected = _old_tables(copy) if fixture == "old_store" else _v3_tables(copy)
    with sqlite3.connect(directory / "graph.sqlite") as db:  # still the old schema, untouched
        assert db.execute("SELECT value FROM meta WHERE key = 'schema'").fetchone() == (
            "3" if "v3" in fixture else "2",
        )
    db.close()
    with EmbeddedStore.open(directory, create=False) as store:
        assert _now(store) == expected


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


def _thread(source: str, words: list[str], author: str | None = "Ada") -> Contribution:
    page = Contribution(source)
    post = page.node(f"post:{source}", Label.POST, f"Post {source}", title=f"Post {source}", source=source)
    for number, text in enumerate(words, 1):
        key = f"comment:{source}#c{number}"
        page.node(key, Label.COMMENT, comment_name(author, text), id=f"c{number}", text=text, author=author, depth=1)
        page.edge(key, Rel.REPLIED_TO, post, unit=f"c{number}", sentence=text[:200], seen="2001-01-01")
    return page


def test_a_comment_keeps_its_text_once_and_its_name_is_made_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(store_layout, "TRAIN_AT", 3)
    long = "A long reply that goes on and on about the film and its ending. " * 5  # 325 characters
    pages = [
        _thread(f"p{i}.txt", [f"Loved the score of film {i}.", long, f"Page {i}: a second thought."]) for i in range(4)
    ]
    odd = _thread("odd.txt", ["Named otherwise."], author=None)
    odd.nodes[-1].name = "A comment with a name of its own"
    with EmbeddedStore.open(tmp_path / "s") as store:
        _write(store, *pages, odd)
        expected = {n.key: (n.label.value, n.name, n.props) for p in (*pages, odd) for n in p.nodes}
        got = {n.key: (n.label, n.name, n.props) for n in store.nodes()}
        assert got == expected
        assert all(list(got[k][2]) == list(v[2]) for k, v in expected.items())  # properties in their order
        # each short text as its evidence's sentence; the long one (the same on every page) once, and
        # once the 200 characters its evidence cites
        assert store.db.execute("SELECT COUNT(*) FROM texts").fetchone()[0] == 4 * 2 + 1 + 1 + 1
        names = store.db.execute("SELECT COUNT(*), COUNT(name) FROM nodes WHERE label = 'Comment'").fetchone()
        assert names == (13, 1)  # only the name its words do not make is kept
        assert store.db.execute("SELECT COUNT(*) FROM nodes WHERE packed NOT NULL").fetchone()[0] == 18
        assert [n.key for n in store.find("loved the score of film 2")] == ["comment:p2.txt#c1"]  # by its made name
        assert [n.key for n in store.find("Ada: Page 3")] == ["comment:p3.txt#c3"]
        assert [n.key for n in store.find("a name of its own")] == ["comment:odd.txt#c1"]
        assert store.stats()["labels"] == {"Comment": 13, "Post": 5} and store.stats()["types"] == {"REPLIED_TO": 13}
        store.forget("p1.txt")
        _write(store, _thread("p2.txt", ["Changed my mind."]))
        counted = dict(store.db.execute("SELECT label, COUNT(*) FROM nodes GROUP BY label").fetchall())
        assert store.stats()["labels"] == counted == {"Comment": 8, "Post": 4}
        assert store.stats()["types"] == {"REPLIED_TO": 8}
        node = store.node("comment:p2.txt#c1")
        assert node is not None and (node.name, node.props["text"]) == ("Ada: Changed my mind.", "Changed my mind.")
        store.compact()
        # p0 and p3: two short texts each; p2 now one; the long one and its 200 characters; odd's
        assert store.db.execute("SELECT COUNT(*) FROM texts").fetchone()[0] == 2 + 2 + 1 + 2 + 1
        assert {n.key: (n.label, n.name, n.props) for n in store.nodes()}["comment:p3.txt#c2"] == expected[
            "comment:p3.txt#c2"
        ]


def test_tallies_follow_a_node_whose_label_a_later_page_changes(tmp_path: Path) -> None:
    first, second = Contribution("a.txt"), Contribution("b.txt")
    first.node("work:x", Label.FILM, "X", title="X")
    second.node("work:x", Label.NOVEL, "X", title="X", pages=300)
    with EmbeddedStore.open(tmp_path / "s") as store:
        _write(store, first)
        assert store.stats()["labels"] == {"Film": 1}
        _write(store, second)
        assert store.stats()["labels"] == {"Novel": 1}
        node = store.node("work:x")
        assert node is not None and (node.label, node.props) == ("Novel", {"title": "X", "pages": 300})
        store.forget("b.txt")
        assert store.stats()["labels"] == {"Film": 1} and store.stats()["nodes"] == 1
        store.forget("a.txt")
        assert store.stats()["labels"] == {} and store.stats()["nodes"] == 0
        assert store.node("work:x") is None and store.edges_of("work:x") == []


def test_keys_that_share_a_hash_are_told_apart(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(store_layout, "key_hash", lambda key: 7)  # every key in one bucket
    page = Contribution("a.txt")
    a = page.node("film:a", Label.FILM, "A")
    b = page.node("film:b", Label.FILM, "B")
    page.edge(a, Rel.COMPARED_TO, b, unit="body", sentence="A beats B.")
    with EmbeddedStore.open(tmp_path / "s") as store:
        _write(store, page)
        node = store.node("film:b")
        assert node is not None and node.name == "B" and store.node("film:c") is None
        assert [(e.src, e.dst) for e in store.edges_of("film:a")] == [("film:a", "film:b")]
        assert store.evidence("film:a", Rel.COMPARED_TO, "film:b")[0]["sentence"] == "A beats B."
        assert store.evidence("film:b", Rel.COMPARED_TO, "film:a") == []
        _write(store, page)  # the same page again: the same two nodes, not two more
        assert store.stats()["nodes"] == 2 and store.db.execute("SELECT COUNT(*) FROM nodes").fetchone() == (2,)
