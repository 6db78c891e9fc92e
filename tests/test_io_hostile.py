"""Issue 14 (items 8, 10, 11, 13) and issue 13 (item 10): hostile files at the io level.

Each bad file gives one coded error naming it, and the batch goes on to the next
good file, tested through the same read-and-ingest path the CLI uses.
"""

from __future__ import annotations

import json
import os
import sys
import threading
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

from base.errors import InputError
from extract.io import decode_with_warnings, display_name, parse_document, read_bytes, read_file
from extract.wxr_reader import parse_wxr
from graph.store import EmbeddedStore
from reelgraph.cli import main
from reelgraph.identity import identified
from reelgraph.pipeline import ingest, read_sources

GOOD = "Heat (1995)\n\nA patient heist film.\n\n1 comment:\n\n  1. Ann says:\n\n    Loved the diner scene.\n"


def _error(path: Path) -> InputError:
    with pytest.raises(InputError) as caught:
        read_file(path)
    return caught.value


def _batch(folder: Path) -> tuple[list[str], list[str]]:
    """(titles read, error codes) for every file of ``folder``, in order."""
    titles, codes = [], []
    for result in read_sources([str(folder)]):
        if result.error is not None:
            codes.append(result.error.code)
        titles += [page.title for page in result.pages]
    return titles, codes


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs need a POSIX system")
def test_a_fifo_is_refused_without_waiting_for_a_writer(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "a-pipe.html")
    (tmp_path / "b-good.txt").write_text(GOOD, encoding="utf-8")
    outcome: list[tuple[list[str], list[str]]] = []
    reader = threading.Thread(target=lambda: outcome.append(_batch(tmp_path)), daemon=True)
    reader.start()
    reader.join(timeout=20)
    if reader.is_alive():  # unblock the hung open so the test process can end, then fail
        fd = os.open(tmp_path / "a-pipe.html", os.O_WRONLY | os.O_NONBLOCK)
        os.close(fd)
        pytest.fail("reading a FIFO blocked")
    assert outcome == [(["Heat (1995)"], ["E130"])]
    assert "named pipe" in str(_error(tmp_path / "a-pipe.html"))


def test_a_symlink_to_a_device_is_refused(tmp_path: Path) -> None:
    (tmp_path / "zero.html").symlink_to("/dev/zero")
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    error = _error(tmp_path / "zero.html")
    assert (error.code, error.source) == ("E130", str(tmp_path / "zero.html"))
    assert "character device" in str(error)
    assert _batch(tmp_path) == (["Heat (1995)"], ["E130"])


def test_a_symlink_to_a_regular_file_is_read(tmp_path: Path) -> None:
    (tmp_path / "real.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "link.txt").symlink_to(tmp_path / "real.txt")
    assert [p.title for p in read_file(tmp_path / "link.txt")] == ["Heat (1995)"]


def test_the_size_cap_is_configurable(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    page = tmp_path / "big.txt"
    page.write_text(GOOD, encoding="utf-8")
    with pytest.raises(InputError) as caught:
        read_bytes(page, limit=20)
    assert caught.value.code == "E131" and "20-byte cap" in str(caught.value)
    monkeypatch.setenv("REELGRAPH_MAX_FILE_BYTES", "30")
    assert _error(page).code == "E131"
    monkeypatch.setenv("REELGRAPH_MAX_FILE_BYTES", str(len(GOOD)))
    assert read_file(page)[0].title == "Heat (1995)"


def test_utf16_mark_on_bytes_that_are_not_utf16(tmp_path: Path) -> None:
    odd = tmp_path / "odd.txt"
    odd.write_bytes(b"\xff\xfe" + b"Heat (1995)\n\nfine")  # odd length, not UTF-16 text
    assert _error(odd).code == "E132"
    surrogate = tmp_path / "surrogate.txt"  # one unpaired surrogate in real UTF-16
    surrogate.write_bytes(
        b"\xff\xfe"
        + "Heat (1995)\n\nA patient heist film, ".encode("utf-16-le")
        + b"\x00\xd8"
        + "ok.".encode("utf-16-le")
    )
    [page] = read_file(surrogate)
    assert page.title == "Heat (1995)" and page.body == "A patient heist film, \ufffdok."
    assert page.warnings == [f"W132 {surrogate}: 1 undecodable character(s) were replaced by U+FFFD."]
    (tmp_path / "z-good.txt").write_text(GOOD, encoding="utf-8")
    assert _batch(tmp_path) == (["Heat (1995)", "Heat (1995)"], ["E132"])


def test_decoding_never_raises_a_unicode_error() -> None:
    for data in (b"\xfe\xff\xd8\x00", b"\xff\xfe\x00", b"\xed\xa0\x80 lone surrogate in utf-8", b"\x81\x8d\x8f"):
        try:
            text, _ = decode_with_warnings(data, "x.txt")
        except InputError as error:
            assert error.code in {"E101", "E102", "E132"}
        else:
            text.encode("utf-8", "surrogatepass")


def test_utf8_with_stray_windows_1252_bytes_keeps_its_accents(tmp_path: Path) -> None:
    page = tmp_path / "mixed.txt"
    page.write_bytes("Amélie (2001)\n\nCafé scenes, ".encode() + b"\x93whimsy\x94 done right.\n")
    [read] = read_file(page)
    assert (read.title, read.body) == ("Amélie (2001)", "Café scenes, “whimsy” done right.")
    assert read.warnings == [
        f"W133 {page}: 2 byte(s) that are not UTF-8 were read as Windows-1252 (mixed encodings); "
        "check accented letters and quotes."
    ]
    export = (Path(__file__).parent / "fixtures" / "pages" / "tune" / "wpcom-undeclared-atom.xml").read_bytes()
    [post] = parse_document(export.replace(b"Every few winters", b"Every few \x93winters\x94"), "m.xml")
    assert post.body.startswith("Every few “winters” I shake") and post.warnings[0].startswith("W133 m.xml: 2 byte(s)")


def test_character_references_to_surrogates_never_reach_the_records() -> None:
    page = parse_document(b"<html><body><h1>T&#xD800;</h1><p>Body &#55296; here</p></body></html>", "s.html")[0]
    for text in (page.title, page.body):
        text.encode("utf-8")  # would raise on a lone surrogate


@pytest.mark.skipif(sys.platform == "darwin", reason="macOS refuses file names that are not UTF-8")
def test_a_file_name_that_is_not_utf8_is_read_and_stored(tmp_path: Path) -> None:
    folder = tmp_path / "pages"
    folder.mkdir()
    odd = os.path.join(os.fsencode(folder), b"caf\xe9-review.txt")
    with open(odd, "wb") as handle:
        handle.write(GOOD.encode("utf-8"))
    (folder / "z-good.txt").write_text(GOOD.replace("Heat", "Ronin"), encoding="utf-8")
    assert display_name(os.fsdecode(odd)).endswith("caf\ufffd-review.txt")
    with EmbeddedStore.open(tmp_path / "store") as store:
        report = ingest(identified(read_sources([str(folder)])), store, None)
    assert (report.new, report.failures) == (2, [])
    result = CliRunner().invoke(main, ["extract", "--json", "--no-nlp", str(folder)])
    assert result.exit_code == 0, result.output
    assert len(result.stdout.splitlines()) == 2 and "caf\ufffd-review.txt" in result.stdout


def test_invalid_xml_is_a_coded_error_not_a_text_page(tmp_path: Path) -> None:
    (tmp_path / "a-broken.xml").write_text("<rss><channel><item>broken", encoding="utf-8")
    (tmp_path / "b-broken.atom").write_text("<feed xmlns='http://www.w3.org/2005/Atom'><entry><title>x", "utf-8")
    (tmp_path / "c-good.txt").write_text(GOOD, encoding="utf-8")
    assert _error(tmp_path / "a-broken.xml").code == "E133"
    assert _batch(tmp_path) == (["Heat (1995)"], ["E133", "E133"])
    with EmbeddedStore.open(tmp_path / "store") as store:
        report = ingest(identified(read_sources([str(tmp_path)])), store, None)
    assert report.new == 1 and [line[:4] for line in report.failures] == ["E133", "E133"]


_WXR_HEAD = (
    '<rss xmlns:wp="http://wordpress.org/export/1.2/" xmlns:content="http://purl.org/rss/1.0/modules/content/">'
    "<channel><title>Blog</title>"
)


def _item(title: str, post_id: str | None, link: str | None) -> str:
    return (
        f"<item><title>{title}</title>"
        + (f"<link>{link}</link>" if link else "")
        + (f"<wp:post_id>{post_id}</wp:post_id>" if post_id is not None else "")
        + f"<content:encoded>About {title}.</content:encoded></item>"
    )


def test_wxr_items_without_or_with_shared_ids_keep_their_own_identity(tmp_path: Path) -> None:
    export = (
        _WXR_HEAD
        + _item("Heat", "7", None)
        + _item("Ronin", "7", None)
        + _item("Thief", None, "https://b.example/thief/")
        + _item("Collateral", None, None)
        + _item("Manhunter", "9", None)
        + "</channel></rss>"
    )
    pages = parse_wxr(export.encode(), "blog.xml")
    sources = [p.source for p in pages]
    assert [p.title for p in pages] == ["Heat", "Ronin", "Thief", "Collateral", "Manhunter"]
    assert len(set(sources)) == 5
    assert sources[1] == "blog.xml#item-2" and sources[3] == "blog.xml#item-4" and sources[4] == "blog.xml#post-9"
    assert sources[2].startswith("blog.xml#item-") and len(sources[2]) == len("blog.xml#item-") + 12
    assert pages[0].warnings == [
        "W131 blog.xml: 2 items share the post id '7'; each was kept and named by its link, GUID or position."
    ]
    (tmp_path / "blog.xml").write_text(export, encoding="utf-8")
    with EmbeddedStore.open(tmp_path / "store") as store:
        report = ingest(identified(read_sources([str(tmp_path / "blog.xml")])), store, None)
    assert (report.new, report.failures) == (5, [])


def test_ids_stay_the_same_when_the_export_is_read_again() -> None:
    export = (_WXR_HEAD + _item("Thief", None, "https://b.example/thief/") + "</channel></rss>").encode()
    assert parse_wxr(export, "b.xml")[0].source == parse_wxr(export, "b.xml")[0].source


def test_billion_laughs_is_not_expanded_by_the_recovering_parser() -> None:
    bomb = (
        '<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "aaaaaaaaaa">'
        + "".join(f'<!ENTITY {chr(98 + i)} "{("&" + chr(97 + i) + ";") * 10}">' for i in range(8))
        + ']><rss xmlns:wp="http://wordpress.org/export/1.2/"><channel><title>&i;</title>'
        "<item><title>x</title><wp:post_id>1</wp:post_id></item></channel></rss>"
    )
    try:
        pages = parse_document(bomb.encode(), "bomb.xml")
    except InputError as error:
        assert error.code in {"E104", "E133"}
    else:
        assert all(len(p.site or "") < 1000 for p in pages)


_FUZZ_SEEDS = sorted(
    p
    for p in (Path(__file__).parent / "fixtures" / "pages").rglob("*")
    if p.suffix in {".xml", ".atom", ".rss", ".txt"}
)


@settings(max_examples=150, deadline=None)
@given(
    st.sampled_from(_FUZZ_SEEDS),
    st.lists(st.tuples(st.floats(0, 1), st.binary(max_size=6), st.integers(0, 12)), min_size=1, max_size=4),
    st.floats(0.05, 1),
)
def test_mutated_exports_and_feeds_give_records_or_one_coded_error(
    seed: Path, edits: list[tuple[float, bytes, int]], keep: float
) -> None:
    data = bytearray(seed.read_bytes())
    for where, insert, cut in edits:
        at = int(where * len(data))
        data[at : at + cut] = insert
    data = data[: max(1, int(len(data) * keep))]
    try:
        pages = parse_document(bytes(data), seed.name)
    except InputError:
        return
    for page in pages:
        ids = [c.id for c in page.comments]
        assert len(ids) == len(set(ids))
        assert all(c.parent in ids for c in page.comments if c.parent)
        json.dumps(page.to_json(), ensure_ascii=False).encode("utf-8")


def test_standard_input_is_read_only_up_to_the_cap(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("REELGRAPH_MAX_FILE_BYTES", "64")
    (tmp_path / "good.txt").write_text("Heat (1995)\n\nFine.\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["extract", "--json", "--no-nlp", "-", str(tmp_path)], input=b"x" * 10_000)
    assert result.exit_code == 1
    assert "reelgraph: E131 <stdin>: the file is larger than the 64-byte cap (65 bytes or more)" in result.stderr
    assert [json.loads(line)["title"] for line in result.stdout.splitlines()] == ["Heat (1995)"]
