"""Bad input: clear errors naming the file, or correct records; a batch goes on past bad files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

from base.errors import InputError
from extract.html_reader import parse_html_page
from extract.io import parse_document, read_file
from extract.text_reader import parse_text_page
from extract.wxr_reader import parse_wxr
from reelgraph.cli import main
from tests.conftest import FIXTURES


def _error_for(path: Path) -> InputError:
    with pytest.raises(InputError) as caught:
        read_file(path)
    return caught.value


def test_empty_file_names_the_file(tmp_path: Path) -> None:
    path = tmp_path / "empty.txt"
    path.write_bytes(b"  \n\n")
    error = _error_for(path)
    assert (error.code, error.source) == ("E101", str(path))
    assert str(error) == f"E101 {path}: the file is empty. Remove it from the batch or re-save the page."


def test_binary_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "poster.html"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    assert _error_for(path).code == "E102"


def test_missing_file(tmp_path: Path) -> None:
    assert _error_for(tmp_path / "nope.txt").code == "E103"


def test_cp1252_text_decodes(tmp_path: Path) -> None:
    path = tmp_path / "amelie.txt"
    text = "Am\xe9lie (2001) review\n\n\x93Whimsy\x94 done right \x96 4/5\n\n2 comments:\n\n  1. Zo\xeb says:\n\n    Caf\xe9 scenes!\n"
    path.write_bytes(text.encode("latin-1"))
    page = read_file(path)[0]
    assert page.title == "Amélie (2001) review"
    assert page.body == "“Whimsy” done right – 4/5"
    assert [(c.author, c.text) for c in page.comments] == [("Zoë", "Café scenes!")]


def test_truncated_html_keeps_what_arrived() -> None:
    full = (FIXTURES / "wordpress_arrival.html").read_text(encoding="utf-8")
    cut = full[: full.index("Adding it to my list")]
    page = parse_html_page(cut, "cut.html")
    assert page.title == "Review: Arrival (2016)"
    assert [(c.id, c.author, c.parent) for c in page.comments] == [
        ("11", "Oskar", None),
        ("12", "Marta Quill", "11"),
        ("13", "Oskar", "12"),
    ]


def test_broken_wxr_names_file_and_line() -> None:
    with pytest.raises(InputError) as caught:
        parse_wxr(b"<rss>\n<channel>\n<item><title>x</item>", "blog.xml")
    assert caught.value.code == "E104"
    assert str(caught.value).startswith("E104 blog.xml: line 3: not a well-formed WordPress export")


def test_ten_thousand_comments() -> None:
    lines = ["Big Thread (2020)", "", "A film.", "", "10000 comments:", ""]
    for index in range(10_000):
        lines += [f"  {index + 1}. user{index % 97} says:", "", f"    Comment number {index}.", ""]
    page = parse_text_page("\n".join(lines), "big.txt")
    assert page.comment_count_stated == 10_000
    assert len(page.real_comments) == 10_000
    last = page.comments[-1]
    assert (last.id, last.author, last.parent, last.text) == ("c10000", "user8", None, "Comment number 9999.")


def test_reply_chain_5000_deep_in_text() -> None:
    lines = ["Deep (2001)", "", "A film.", "", "5000 comments:", ""]
    for index in range(5000):
        lines += [" " * (index + 1) + f"- u{index % 3} says:", " " * (index + 3) + f"reply {index}"]
    page = parse_text_page("\n".join(lines), "deep.txt")
    assert len(page.comments) == 5000
    assert [c.depth for c in page.comments[-2:]] == [4999, 5000]
    assert page.comments[-1].parent == page.comments[-2].id
    assert page.comments[-1].text == "reply 4999"


def test_reply_chain_5000_deep_in_wxr() -> None:
    comments = "".join(
        f"<wp:comment><wp:comment_id>{i}</wp:comment_id><wp:comment_author>u{i % 3}</wp:comment_author>"
        f"<wp:comment_content>reply {i}</wp:comment_content><wp:comment_parent>{i - 1}</wp:comment_parent>"
        "</wp:comment>"
        for i in range(1, 5001)
    )
    xml = (
        '<rss xmlns:wp="http://wordpress.org/export/1.2/"><channel><title>Deep</title>'
        f"<item><title>Deep (2001)</title><wp:post_id>1</wp:post_id>{comments}</item></channel></rss>"
    )
    page = parse_wxr(xml, "deep.xml")[0]
    assert len(page.comments) == 5000
    assert (page.comments[-1].depth, page.comments[-1].parent, page.comments[-1].text) == (
        5000,
        "4999",
        "reply 5000",
    )


def test_html_deeper_than_the_parser_gives_a_clear_error() -> None:
    depth = 5000
    opening = "".join(
        f'<li class="comment" id="comment-{i}"><div class="comment-content"><p>r{i}</p></div><ol class="children">'
        for i in range(depth)
    )
    markup = f'<html><body><ol class="comment-list">{opening}{"</ol></li>" * depth}</ol></body></html>'
    with pytest.raises(InputError) as caught:
        parse_html_page(markup, "deep.html")
    assert caught.value.code == "E107"
    assert "deep.html: the HTML nests deeper than 2,048 elements" in str(caught.value)
    assert "WordPress export" in str(caught.value)


def test_batch_goes_on_past_bad_files_and_exits_non_zero(tmp_path: Path) -> None:
    (tmp_path / "a_empty.txt").write_bytes(b"")
    (tmp_path / "b_binary.html").write_bytes(b"\x00\x01\x02")
    (tmp_path / "c_good.txt").write_text("Heat (1995)\n\nGreat.\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["extract", "--json", str(tmp_path)])
    assert result.exit_code == 1
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["title"] for r in records] == ["Heat (1995)"]
    assert f"E101 {tmp_path / 'a_empty.txt'}: the file is empty" in result.stderr
    assert f"E102 {tmp_path / 'b_binary.html'}: this looks like a binary file" in result.stderr
    assert result.stderr.strip().endswith("read 1 page(s) from 3 file(s); 2 failed")


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_text_parser_never_crashes(text: str) -> None:
    try:
        pages = parse_document(text.encode("utf-8"), "fuzz.txt")
    except InputError:
        return
    for page in pages:
        ids = [c.id for c in page.comments]
        assert len(ids) == len(set(ids))
        assert all(c.parent in ids for c in page.comments if c.parent)


@settings(max_examples=100, deadline=None)
@given(
    st.lists(
        st.tuples(st.integers(0, 6), st.sampled_from(["1.", "2.", "3.", "•"]), st.text(min_size=1, max_size=20)),
        max_size=30,
    )
)
def test_every_laid_out_comment_gets_a_parent_at_the_depth_above(items: list[tuple[int, str, str]]) -> None:
    lines = ["T (2000)", "", "body", "", "9 comments:", ""]
    lines += ["  " * (depth + 1) + f"{marker} " + " ".join(text.split()) or "x" for depth, marker, text in items]
    page = parse_text_page("\n".join(lines), "layout.txt")
    by_id = {c.id: c for c in page.comments}
    for comment in page.comments:
        if comment.parent is None:
            assert comment.depth == 1
        else:
            assert by_id[comment.parent].depth == comment.depth - 1
