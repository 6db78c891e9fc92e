"""Fuzzing every reader and ingest, and a corpus of hostile files (issue 14).

Hypothesis feeds the readers raw bytes, arbitrary text and documents assembled from the
markup each reader looks for, mixed with hostile values (broken URLs, bidi controls, markup
in names, lone surrogates). Each run is bounded: a fixed number of examples, a per-example
deadline, small sizes. A reader either returns pages that keep their invariants or raises
one coded :class:`InputError`; nothing else. Ingest of fuzzed batches always goes on past
a bad file and leaves a store that passes ``reelgraph check``.
"""

from __future__ import annotations

import json
import logging
import re
import tempfile
from datetime import timedelta
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from base.errors import InputError
from extract.html_reader import parse_html_page
from extract.io import parse_document, read_file
from extract.nlp.extractor import EntityExtractor
from extract.records import Page
from extract.text_reader import parse_text_page
from extract.wxr_reader import parse_wxr
from graph.integrity import check_store
from graph.store import EmbeddedStore
from reelgraph.cli import main
from reelgraph.pipeline import ingest, read_sources

READER_RUNS = settings(
    max_examples=150,
    deadline=timedelta(seconds=20),  # generous on a shared machine; a quadratic reader blows through it
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
INGEST_RUNS = settings(
    max_examples=12,
    deadline=timedelta(seconds=90),
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.function_scoped_fixture],
)

HOSTILE = [
    "http://[",
    "http://[::1",
    "https://[::1]:99999/x",
    "javascript:alert(1)",
    "Bob\u202egpj.exe",
    "\u2066evil\u2069",
    "<img src=x onerror=alert(1)>",
    "see href <script>x()</script>",
    "\x1b[2J\x07",
    "\ud800",
    "\ufeff",
    "&#xD800;",
    "&#0;",
    "]]>",
    "' OR 1=1 --",
    "$delete",
    "MATCH (n) DETACH DELETE n",
    "x" * 300,
]
hostile = st.sampled_from(HOSTILE)
words = st.text(alphabet=st.characters(codec="utf-8"), max_size=40)
value = st.one_of(hostile, words)


def _valid_pages(pages: list[Page], source: str, cleaned: bool = True) -> None:
    """What every page a reader returns must hold, whatever it was fed (``cleaned``: read
    through ``parse_document``, which replaces lone surrogates; the pure parsers keep them)."""
    for page in pages:
        assert page.source.startswith(source)
        ids = [c.id for c in page.comments]
        assert len(ids) == len(set(ids))
        assert all(c.parent in ids for c in page.comments if c.parent)
        encoded = json.dumps(page.to_json(), ensure_ascii=False).encode("utf-8", "strict" if cleaned else "replace")
        assert json.loads(encoded)["source"] == page.source  # as JSON, and with no lone surrogate left


def _read(data: bytes, source: str) -> list[Page]:
    try:
        pages = parse_document(data, source)
    except InputError as error:
        assert re.fullmatch(r"E1\d\d", error.code), error
        assert str(error).startswith(f"{error.code} {source}: ")
        return []
    _valid_pages(pages, source)
    return pages


# --- documents built from the markup each reader looks for -----------------------------------


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


@st.composite
def html_pages(draw: st.DrawFn) -> str:
    raw = draw(st.booleans())  # unescaped values make broken markup too
    fill = (lambda v: v) if raw else _escape
    comments = []
    for number in range(draw(st.integers(0, 6))):
        nested = draw(st.booleans())
        comments.append(
            f'<li id="comment-{draw(st.integers(0, 9)) if draw(st.booleans()) else number}" class="comment">'
            f'<div class="comment-author vcard"><b class="fn"><a class="url" href="{fill(draw(value))}">'
            f"{fill(draw(value))}</a></b> says:</div>"
            f'<time datetime="{fill(draw(value))}">x</time>'
            f'<div class="comment-content"><p>{fill(draw(value))}</p></div>'
            + ('<ol class="children">' if nested else "</li>")
        )
    jsonld = json.dumps(
        {
            "@type": draw(st.sampled_from(["Review", "CriticReview", "Movie", 7])),
            "itemReviewed": {"@type": "Movie", "name": draw(value), "dateCreated": draw(value)},
            "reviewRating": {"ratingValue": draw(value), "bestRating": draw(st.one_of(value, st.integers()))},
            "author": draw(st.one_of(value, st.lists(value, max_size=2))),
        }
    )
    return (
        f"<!DOCTYPE html><html><head><title>{fill(draw(value))}</title>"
        f'<link rel="canonical" href="{fill(draw(value))}">'
        f'<meta property="og:site_name" content="{fill(draw(value))}">'
        f'<script type="application/ld+json">{jsonld if draw(st.booleans()) else draw(words)}</script></head>'
        f'<body><article><h1 class="entry-title">{fill(draw(value))}</h1>'
        f'<div class="entry-content"><p>{fill(draw(value))} <em>{fill(draw(value))}</em></p></div></article>'
        f'<div id="comments"><h2 class="comments-title">{draw(st.integers(-1, 99))} thoughts</h2>'
        f'<ol class="comment-list">{"".join(comments)}</ol></div></body></html>'
    )


@st.composite
def wxr_exports(draw: st.DrawFn) -> str:
    cdata = draw(st.booleans())
    fill = (lambda v: f"<![CDATA[{v}]]>") if cdata else _escape
    items = []
    for number in range(draw(st.integers(0, 3))):
        comments = "".join(
            f"<wp:comment><wp:comment_id>{draw(st.one_of(st.integers(-2, 5), value))}</wp:comment_id>"
            f"<wp:comment_author>{fill(draw(value))}</wp:comment_author>"
            f"<wp:comment_author_url>{fill(draw(value))}</wp:comment_author_url>"
            f"<wp:comment_date>{fill(draw(value))}</wp:comment_date>"
            f"<wp:comment_content>{fill(draw(value))}</wp:comment_content>"
            f"<wp:comment_approved>{draw(st.sampled_from(['1', '0', 'spam', '']))}</wp:comment_approved>"
            f"<wp:comment_type>{draw(st.sampled_from(['', 'comment', 'pingback', 'trackback']))}</wp:comment_type>"
            f"<wp:comment_parent>{draw(st.one_of(st.integers(-1, 5), value))}</wp:comment_parent></wp:comment>"
            for _ in range(draw(st.integers(0, 4)))
        )
        post_id = draw(st.one_of(st.just(str(number)), st.just("1"), value))
        items.append(
            f"<item><title>{fill(draw(value))}</title><link>{fill(draw(value))}</link>"
            f"<dc:creator>{fill(draw(value))}</dc:creator><wp:post_id>{_escape(post_id)}</wp:post_id>"
            f"<wp:post_type>post</wp:post_type><wp:status>publish</wp:status>"
            f"<content:encoded>{fill(draw(value))}</content:encoded>{comments}</item>"
        )
    return (
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" '
        'xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" '
        'xmlns:wp="http://wordpress.org/export/1.2/"><channel><title>'
        f"{fill(draw(value))}</title><wp:wxr_version>1.2</wp:wxr_version>{''.join(items)}</channel></rss>"
    )


@st.composite
def feeds(draw: st.DrawFn) -> str:
    """Atom feeds, Blogger exports (Atom with Blogger's kinds and reply links) and RSS feeds."""
    kind = draw(st.sampled_from(["atom", "blogger", "rss"]))
    if kind == "rss":
        items = "".join(
            f"<item><title>{_escape(draw(value))}</title><link>{_escape(draw(value))}</link>"
            f"<dc:creator>{_escape(draw(value))}</dc:creator><pubDate>{_escape(draw(value))}</pubDate>"
            f"<description>{_escape(draw(value))}</description></item>"
            for _ in range(draw(st.integers(0, 4)))
        )
        return (
            "<?xml version='1.0'?><rss version='2.0' xmlns:dc='http://purl.org/dc/elements/1.1/'><channel>"
            f"<title>{_escape(draw(value))}</title>{items}</channel></rss>"
        )
    entries = []
    for number in range(draw(st.integers(0, 4))):
        term = draw(st.sampled_from(["post", "comment", "settings"]))
        blogger = (
            f"<category scheme='http://schemas.google.com/g/2005#kind' "
            f"term='http://schemas.google.com/blogger/2008/kind#{term}'/>"
            f"<thr:in-reply-to ref='{_escape(draw(value))}' href='{_escape(draw(value))}'/>"
            if kind == "blogger"
            else ""
        )
        entries.append(
            f"<entry><id>{_escape(draw(st.one_of(st.just(f'post-{number}'), value)))}</id>"
            f"<title>{_escape(draw(value))}</title><link rel='alternate' href='{_escape(draw(value))}'/>"
            f"<author><name>{_escape(draw(value))}</name><uri>{_escape(draw(value))}</uri></author>"
            f"<published>{_escape(draw(value))}</published><content type='html'>{_escape(draw(value))}</content>"
            f"{blogger}</entry>"
        )
    return (
        "<?xml version='1.0'?><feed xmlns='http://www.w3.org/2005/Atom' "
        "xmlns:thr='http://purl.org/syndication/thread/1.0'>"
        f"<title>{_escape(draw(value))}</title>{''.join(entries)}</feed>"
    )


@st.composite
def text_dumps(draw: st.DrawFn) -> str:
    lines = [draw(value), "", draw(value), "", f"{draw(st.integers(0, 9))} thoughts on “{draw(value)}”", ""]
    for number in range(draw(st.integers(0, 6))):
        indent = "  " * draw(st.integers(1, 4))
        marker = draw(st.sampled_from([f"{number + 1}.", "•", "-", "*"]))
        lines += [f"{indent}{marker} {draw(value)} says:", "", f"{indent}  {draw(value)}", ""]
        if draw(st.booleans()):
            lines += [f"{indent}Pingback: {draw(value)}", ""]
    return "\n".join(lines)


# --- the readers -----------------------------------------------------------------------------


@READER_RUNS
@given(st.binary(max_size=3000), st.sampled_from(["f.txt", "f.html", "f.xml", "f.wxr", "f.htm"]))
def test_any_bytes_give_pages_or_one_coded_error(data: bytes, name: str) -> None:
    _read(data, name)


@READER_RUNS
@given(st.text(max_size=3000), st.sampled_from(["utf-8", "utf-16", "cp1252"]))
def test_any_text_in_any_encoding(text: str, encoding: str) -> None:
    _read(text.encode(encoding, errors="surrogatepass" if encoding != "cp1252" else "replace"), "f.txt")


@READER_RUNS
@given(html_pages())
def test_html_pages(html: str) -> None:
    _read(html.encode("utf-8", "surrogatepass"), "page.html")
    page = parse_html_page(html.encode("utf-8", "replace").decode("utf-8"), "page.html")  # the pure parser too
    _valid_pages([page], "page.html", cleaned=False)


@READER_RUNS
@given(wxr_exports())
def test_wordpress_exports(xml: str) -> None:
    data = xml.encode("utf-8", "surrogatepass")
    _read(data, "blog.xml")
    try:
        pages = parse_wxr(data, "blog.xml")
    except InputError as error:
        assert error.code in {"E104", "E105"} or error.code.startswith("E1"), error
        return
    _valid_pages(pages, "blog.xml", cleaned=False)


@READER_RUNS
@given(feeds())
def test_feeds_and_blogger_exports(xml: str) -> None:
    _read(xml.encode("utf-8", "surrogatepass"), "feed.xml")


@READER_RUNS
@given(text_dumps())
def test_text_dumps(text: str) -> None:
    _read(text.encode("utf-8", "surrogatepass"), "dump.txt")
    page = parse_text_page(text.encode("utf-8", "replace").decode("utf-8"), "dump.txt")
    _valid_pages([page], "dump.txt", cleaned=False)


@settings(max_examples=40, deadline=timedelta(seconds=20))
@given(st.binary(max_size=2000), st.sampled_from([".txt", ".html", ".xml"]))
def test_read_file_on_disk(data: bytes, suffix: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"page{suffix}"
        path.write_bytes(data)
        try:
            pages = read_file(path)
        except InputError as error:
            assert re.fullmatch(r"E1\d\d", error.code) and str(path) in str(error)
            return
        _valid_pages(pages, str(path))


# --- ingest ------------------------------------------------------------------------------------

GOOD_PAGE = "Zebra Crossing (1999) reviewed\n\nA quiet film.\n\n1 thought on “Zebra Crossing”\n\n  1. Ada says:\n\n    Loved it.\n"


@INGEST_RUNS
@given(
    documents=st.lists(
        st.one_of(text_dumps(), html_pages(), wxr_exports(), st.binary(max_size=500)), min_size=1, max_size=3
    )
)
def test_ingest_goes_on_past_anything_and_leaves_a_whole_store(
    documents: list[str | bytes], extractor: EntityExtractor
) -> None:
    with tempfile.TemporaryDirectory() as folder:
        pages = Path(folder) / "pages"
        pages.mkdir()
        suffixes = {"<!DOCTYPE": ".html", "<?xml": ".xml"}
        for number, document in enumerate(documents):
            data = document if isinstance(document, bytes) else document.encode("utf-8", "surrogatepass")
            text = data[:9].decode("utf-8", "replace")
            suffix = next((s for head, s in suffixes.items() if text.startswith(head)), ".txt")
            (pages / f"a{number}{suffix}").write_bytes(data)
        (pages / "z-good.txt").write_text(GOOD_PAGE, encoding="utf-8")  # read last: the batch must reach it
        with EmbeddedStore.open(Path(folder) / "store") as store:
            results = list(read_sources([str(pages)]))
            assert len(results) == len(documents) + 1  # every file read or refused, one result each
            report = ingest(results, store, lambda: extractor)
            assert len(report.failures) >= sum(r.error is not None for r in results)
            assert all(re.match(r"E\d{3} ", failure) for failure in report.failures), report.failures
            assert any(source.endswith("z-good.txt") for source in store.sources())
            stats = store.stats()
        assert stats["pages"] == report.new
        found = check_store(Path(folder) / "store")
        assert found.ok and found.sealed is True, found.errors


# --- the hostile corpus of this items ----------------------------------------------------

BROKEN_URLS = """<!DOCTYPE html><html><head><title>Review: Heat (1995)</title>
<link rel="canonical" href="http://[">
<meta property="og:site_name" content="Hostile Reels"></head><body>
<article><h1 class="entry-title">Review: Heat (1995)</h1>
<div class="entry-content"><p>Heat is long and loud and good.</p></div></article>
<div id="comments"><h2 class="comments-title">2 thoughts</h2><ol class="comment-list">
<li id="comment-1" class="comment"><div class="comment-author vcard"><b class="fn">
<a class="url" href="http://[::1">Vince</a></b> says:</div>
<div class="comment-content"><p>Better than Ronin.</p></div></li>
<li id="comment-2" class="comment"><div class="comment-author vcard"><b class="fn">
<a class="url" href="https://[::1]:99999/">Wren</a></b> says:</div>
<div class="comment-content"><p>Worse than Collateral.</p></div></li>
</ol></div></body></html>
"""


def _hostile_corpus(folder: Path) -> Path:
    from tests.test_security import _hostile_html_page, _hostile_text_page

    pages = folder / "hostile"
    pages.mkdir()
    (pages / "a-broken-urls.html").write_text(BROKEN_URLS, encoding="utf-8")
    (pages / "b-xss-and-bidi.txt").write_text(_hostile_text_page(), encoding="utf-8")
    (pages / "c-xss.html").write_text(_hostile_html_page(), encoding="utf-8")
    (pages / "d-empty.txt").write_bytes(b"")
    (pages / "e\u202egpj.txt").write_text("Heat (1995)\n\nA film.\n", encoding="utf-8")
    (pages / "z-good.txt").write_text(GOOD_PAGE, encoding="utf-8")
    return pages


def test_the_hostile_corpus_gives_records_or_coded_errors_and_the_batch_goes_on(
    tmp_path: Path, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    from graph import schema

    monkeypatch.setattr(schema, "_WARNED", set())  # each bad address is warned about once per process
    pages = _hostile_corpus(tmp_path)
    store = ["--store", str(tmp_path / "store")]
    with caplog.at_level(logging.WARNING, logger="reelgraph"):
        result = CliRunner().invoke(main, [*store, "ingest", "--no-nlp", str(pages)])
    assert result.exit_code == 1  # one file failed ...
    assert result.stderr.splitlines() == [
        f"reelgraph: E101 {pages}/d-empty.txt: the file is empty. Remove it from the batch or re-save the page."
    ]
    assert result.stdout.startswith("ingested 5 page(s): 5 new, 0 changed, 0 unchanged; 1 file(s) failed")
    warned = caplog.text
    assert "http://[:" in warned and "http://[::1:" in warned  # broken addresses read as none, with a warning
    # ... and every other file gave its records
    with EmbeddedStore.open(tmp_path / "store") as opened:
        assert len(opened.sources()) == 5
        names = {node.name for node in opened.nodes()}
        assert {"Vince", "Wren", "Bob\u202egpj.exe", "Ada"} <= names  # stored as written, shown escaped
        heat = [n for n in opened.nodes() if n.name == "Review: Heat (1995)"]
        assert heat and all("[" not in n.key for n in heat)
    shown = CliRunner().invoke(main, [*store, "show", "Bob\u202egpj.exe"])
    assert shown.stdout.startswith("Bob\\u202egpj.exe [Person]")
    assert CliRunner().invoke(main, [*store, "check"]).exit_code == 0
    drawn = CliRunner().invoke(main, [*store, "viz", "-o", str(tmp_path / "v.html")])
    assert drawn.exit_code == 0 and "popup.innerHTML" not in (tmp_path / "v.html").read_text(encoding="utf-8")
