"""A damaged store answers with a coded error and a remedy, never with a traceback or a
wrong answer (issue 14, item 14): flipped bytes, invalid JSON, a bad schema value, a dropped
table, a 0-byte file; and an interrupted write is not mistaken for damage."""

from __future__ import annotations

import json
import random
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from base.errors import StoreDamaged
from extract.nlp.extractor import EntityExtractor
from graph.integrity import check_store, seal_path
from graph.store import EmbeddedStore
from reelgraph.cli import main
from reelgraph.pipeline import ingest, read_sources
from tests.conftest import ROOT

READERS = [["stats"], ["recommend", "Her"], ["show", "Her"], ["influence"], ["path", "Leo", "Marta Quill"]]
REMEDY = "Restore the store folder from a backup, or move it away and rebuild it: `reelgraph ingest` the same"


@pytest.fixture(scope="module")
def pristine(tmp_path_factory: pytest.TempPathFactory, extractor: EntityExtractor) -> Path:
    directory = tmp_path_factory.mktemp("pristine") / "store"
    with EmbeddedStore.open(directory) as opened:
        ingest(read_sources([str(ROOT / "examples")]), opened, lambda: extractor)
    return directory


@pytest.fixture()
def store(pristine: Path, tmp_path: Path) -> Path:
    return Path(shutil.copytree(pristine, tmp_path / "store"))


def _run(store: Path, args: list[str]) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, ["--store", str(store), *args])
    return result.exit_code, result.stdout, result.stderr


def _refused(store: Path, args: list[str], code: str) -> str:
    exit_code, out, err = _run(store, args)
    assert exit_code == 1 and out == "", (args, out, err)
    assert err.startswith(f"reelgraph: {code} {store / 'graph.sqlite'}: ") and len(err.splitlines()) == 1, (args, err)
    assert REMEDY in err and "Traceback" not in err
    return err


def _flip(path: Path, count: int, seed: int, start: int = 100) -> None:
    """Flip one bit in each of ``count`` bytes from ``start`` on (by default past the header,
    where a flip makes SQLite call the file foreign rather than damaged)."""
    data = bytearray(path.read_bytes())
    rng = random.Random(seed)
    for offset in rng.sample(range(start, len(data)), count):
        data[offset] ^= 1 << rng.randrange(8)
    path.write_bytes(bytes(data))


def test_a_written_store_is_sealed_and_checks_clean(store: Path) -> None:
    seal = json.loads(seal_path(store / "graph.sqlite").read_text(encoding="utf-8"))
    assert seal["size"] == (store / "graph.sqlite").stat().st_size and seal["algorithm"] == "crc32"
    exit_code, out, err = _run(store, ["check"])
    assert (exit_code, err) == (0, "")
    assert out == f"{store / 'graph.sqlite'}: ok (integrity_check, JSON, labels; checksum matches)\n"
    for args in READERS:
        assert _run(store, args)[0] == 0, args


@pytest.mark.parametrize("count", [1, 10, 100, 1000])
def test_flipped_bytes_are_refused_by_every_reader(store: Path, count: int) -> None:
    _flip(store / "graph.sqlite", count, seed=count)
    for args in [*READERS, ["ingest", "--no-nlp", str(ROOT / "examples" / "reel-rants")]]:
        error = _refused(store, args, "E310")
        assert "its bytes changed since reelgraph last wrote it" in error or "SQLite: " in error  # schema page hit
    exit_code, out, err = _run(store, ["check"])
    assert exit_code == 1 and out.endswith("DAMAGED (integrity_check, JSON, labels; checksum differs)\n")
    assert err.startswith("reelgraph: E310 ")


@pytest.mark.parametrize(("count", "seed"), [(100, 1), (1000, 2), (1000, 3)])
def test_unsealed_flipped_bytes_give_coded_errors_not_tracebacks(store: Path, count: int, seed: int) -> None:
    seal_path(store / "graph.sqlite").unlink()  # as after a crash: only SQLite's own checks remain
    _flip(store / "graph.sqlite", count, seed)
    exit_code, _, err = _run(store, ["check"])
    assert exit_code == 1 and err.startswith("reelgraph: E31")  # this many flips always break a structure
    for args in READERS:
        exit_code, out, err = _run(store, args)
        assert exit_code == 1 and out == "", (args, out)
        assert err.startswith("reelgraph: E31") and len(err.splitlines()) == 1, (args, err)


def _sql(store: Path, statement: str, keep_seal: bool = False) -> None:
    connection = sqlite3.connect(store / "graph.sqlite")
    connection.execute(statement)
    connection.commit()
    connection.close()
    if not keep_seal:
        seal_path(store / "graph.sqlite").unlink()


def test_a_change_from_outside_reelgraph_breaks_the_seal(store: Path) -> None:
    _sql(store, "UPDATE nodes SET name = 'Hex' WHERE name = 'Her'", keep_seal=True)  # valid, but not ours
    for args in READERS:
        _refused(store, args, "E310")


def test_invalid_json_in_a_property(store: Path) -> None:
    _sql(store, "UPDATE nodes SET props = '{\"year\": 20' WHERE key = 'film:her:2013'")
    for args in READERS:
        assert "nodes.props (row " in _refused(store, args, "E313")
    assert "holds a bad value (not valid JSON)" in check_store(store).errors[0]


def test_a_bad_schema_value(store: Path) -> None:
    _sql(store, "UPDATE meta SET value = 'one' WHERE key = 'schema'")
    for args in [*READERS, ["ingest", "--no-nlp", str(ROOT / "examples" / "reel-rants")]]:
        assert "meta.schema holds a bad value ('one' is not a version number)" in _refused(store, args, "E313")


def test_an_unknown_label(store: Path) -> None:
    _sql(store, "UPDATE nodes SET label = 'Flim' WHERE label = 'Film'")
    for args in READERS:
        assert "nodes.label holds a bad value (unknown label 'Flim')" in _refused(store, args, "E313")


@pytest.mark.parametrize("table", ["nodes", "links", "sources", "evidence"])  # links: the edges, by node id
def test_a_dropped_table_is_never_recreated(store: Path, table: str) -> None:
    _sql(store, f"DROP TABLE {table}")
    for args in [*READERS, ["ingest", "--no-nlp", str(ROOT / "examples" / "reel-rants")], ["forget", "x.txt"]]:
        assert f"its table(s) {table} are missing" in _refused(store, args, "E312")
    with sqlite3.connect(store / "graph.sqlite") as connection:
        names = {r[0] for r in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert table not in names and "meta" in names
    with pytest.raises(StoreDamaged, match=r"^E312 "):
        EmbeddedStore.open(store)


def test_a_zero_byte_store_is_an_error_not_an_empty_store(tmp_path: Path) -> None:
    store = tmp_path / "store"
    store.mkdir()
    (store / "graph.sqlite").write_bytes(b"")
    for args in [*READERS, ["ingest", "--no-nlp", str(ROOT / "examples" / "reel-rants")]]:
        assert "the store file is empty (0 bytes), not an empty store" in _refused(store, args, "E311")
    exit_code, out, err = _run(store, ["check"])
    assert exit_code == 1 and "DAMAGED" in out and err.startswith("reelgraph: E311 ")
    assert (store / "graph.sqlite").stat().st_size == 0


def test_an_interrupted_write_is_not_mistaken_for_damage(store: Path) -> None:
    crash = (
        "import os, sys; from pathlib import Path; from graph.store import EmbeddedStore\n"
        "store = EmbeddedStore.open(Path(sys.argv[1]))\n"
        "assert store.forget(sys.argv[2])\n"
        "os._exit(0)  # killed before closing: no seal, the log not folded in\n"
    )
    page = str(ROOT / "examples" / "reel-rants" / "her-2013.txt")
    done = subprocess.run([sys.executable, "-c", crash, str(store), page], cwd=ROOT, timeout=120, check=False)
    assert done.returncode == 0
    assert not seal_path(store / "graph.sqlite").exists()
    exit_code, out, _ = _run(store, ["stats"])
    assert exit_code == 0 and out.startswith("pages 19,")
    assert _run(store, ["check"])[1].endswith("ok (integrity_check, JSON, labels; no checksum yet)\n")
    assert _run(store, ["ingest", "--no-nlp", page])[0] == 0  # the next write seals it again
    assert check_store(store).sealed is True


def test_readers_leave_the_seal_alone(store: Path) -> None:
    before = seal_path(store / "graph.sqlite").stat().st_mtime_ns
    for args in READERS:
        _run(store, args)
    assert seal_path(store / "graph.sqlite").stat().st_mtime_ns == before
    assert check_store(store).ok


def test_a_flip_with_its_modification_time_set_back_is_still_caught(store: Path) -> None:
    import os

    path = store / "graph.sqlite"
    assert check_store(store).sealed is True  # a copy: its inode differs, so it was read whole and matched
    with EmbeddedStore.open(store) as opened:
        assert opened.forget("no-such-page.txt") == []  # a write transaction: the copy is sealed anew
    seal = json.loads(seal_path(path).read_text(encoding="utf-8"))
    before = path.stat()
    assert (seal["ino"], seal["ctime_ns"]) == (before.st_ino, before.st_ctime_ns)  # opens now skip the read
    _flip(path, 1, seed=5)
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))  # mtime forged back; ctime cannot be
    assert path.stat().st_mtime_ns == before.st_mtime_ns
    _refused(store, ["stats"], "E310")


def test_a_seal_with_writes_it_does_not_cover_is_dropped_not_trusted(store: Path) -> None:
    writer = sqlite3.connect(store / "graph.sqlite")  # a writer that does not renew seals, still open
    writer.execute("INSERT INTO meta VALUES ('note', 'written from outside')")
    writer.commit()
    assert (store / "graph.sqlite-wal").stat().st_size > 0 and seal_path(store / "graph.sqlite").exists()
    assert _run(store, ["stats"])[0] == 0  # checked in full instead, and the stale seal dropped
    assert not seal_path(store / "graph.sqlite").exists()
    writer.close()  # folds its log into the file: a kept seal would now call the store damaged
    exit_code, out, err = _run(store, ["stats"])
    assert (exit_code, err) == (0, "") and out.startswith("pages 20,")


def test_a_sealed_store_with_a_flipped_header_is_damaged_not_foreign(store: Path) -> None:
    _flip(store / "graph.sqlite", 3, seed=9, start=0)
    data = (store / "graph.sqlite").read_bytes()
    data = bytes([data[0] ^ 0x20]) + data[1:]  # "SQLite format 3" no more
    (store / "graph.sqlite").write_bytes(data)
    for args in READERS:
        assert "its bytes changed since reelgraph last wrote it" in _refused(store, args, "E310")


def test_a_new_store_where_one_was_deleted_ignores_the_old_seal(store: Path) -> None:
    (store / "graph.sqlite").unlink()  # starting over, the seal left behind
    assert seal_path(store / "graph.sqlite").exists()
    page = str(ROOT / "examples" / "reel-rants" / "her-2013.txt")
    exit_code, out, err = _run(store, ["ingest", "--no-nlp", page])
    assert (exit_code, err) == (0, "") and out.startswith("ingested 1 page(s): 1 new")
    assert check_store(store).sealed is True
