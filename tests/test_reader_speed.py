"""The readers' fast paths give what the slow paths they replace give (issue 11, speed).

Each shortcut taken for speed is checked against the general code on every fixture page
and on generated seed-size pages: text by lxml's serialiser against ``element_text`` and
``block_text``, the scan's class index against the XPath it answers, the surrogate scrub's
gate, and the text reader's cheap pre-tests against the patterns they guard.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from lxml import etree, html

from bench.bench_readers import seed_sized_pages
from extract import comment_finder, comment_markup, selectors
from extract.comment_body import read_body
from extract.comment_markup import ElementIndex
from extract.dates import date_only, is_date_line, parse_date
from extract.html_reader import without_xml_declaration
from extract.html_text import block_text, element_text
from extract.io import _may_hold_surrogates, parse_document
from extract.language import _has_letters
from extract.page_scan import answer, scan_page
from extract.text_reader import _SAYS, _says

FIXTURES = Path(__file__).parent / "fixtures"
HTML_PAGES = sorted(p for p in FIXTURES.rglob("*") if p.suffix in {".html", ".htm"})
TEXT_PAGES = sorted(p for p in FIXTURES.rglob("*.txt"))


def _reader_parser() -> etree.HTMLParser:
    """The parser ``parse_html_page`` uses."""
    return etree.HTMLParser(huge_tree=True, remove_comments=True, remove_pis=True)


def _trees() -> list[etree._Element]:
    """Every HTML fixture page and a few generated ones, parsed as the reader parses them and
    as ``lxml.html`` does (comments and processing instructions kept)."""
    texts = [p.read_text(encoding="utf-8", errors="replace") for p in HTML_PAGES]
    texts += [page.decode() for form in ("wordpress", "blogger") for page in seed_sized_pages(3, form)]
    texts.append("<div>a<!-- hidden --> b<?pi x?><p>c<br>d</p>e<br><br>f<span>g<br>h</span></div>")
    texts.append(  # what the scan answers for the metadata lookups, in awkward places
        '<html><head><meta property="og:title" content=""><meta property="og:title" content="T">'
        '<link rel="canonical"><link rel="canonical" href="/a"><meta name="og:title" content="N"></head>'
        '<body><div id="header"><h1>A</h1><div id="header"><h1>B</h1></div></div><h1 id="header">C</h1>'
        '<aside><div id="header"><h1>D</h1></div><meta property="og:site_name" content="S"></aside>'
        '<p class="entry-title">E</p></body></html>'
    )
    texts = [without_xml_declaration(text) for text in texts]  # (as the reader does: b12-nucleus' XHTML)
    trees = [etree.fromstring(text, _reader_parser()) for text in texts]
    return trees + [html.fromstring(text) for text in texts]


TREES = _trees()


def test_fixture_pages_are_there() -> None:
    assert len(HTML_PAGES) >= 30 and len(TEXT_PAGES) >= 10


def test_serialised_text_is_element_text_on_every_element() -> None:
    checked = 0
    for tree in TREES:
        for element in tree.iter(etree.Element):
            assert comment_markup.flat_text(element) == element_text(element), etree.tostring(element)[:200]
            checked += 1
    assert checked > 5000


def test_fast_block_text_is_block_text_on_every_element() -> None:
    for tree in TREES:
        for element in tree.iter(etree.Element):
            assert comment_markup.paragraph_text(element) == block_text(element), etree.tostring(element)[:200]


@pytest.mark.parametrize("tree", TREES[: len(TREES) // 2], ids=lambda _: "page")
def test_scan_index_answers_the_class_xpaths(tree: etree._Element) -> None:
    tree = etree.fromstring(etree.tostring(tree), _reader_parser())  # scan_page removes decoys
    found = scan_page(tree)
    for xpath in (*selectors.SITE_XPATHS, *selectors.TITLE_XPATHS):
        if match := selectors.CLASS_ONLY_XPATH.match(xpath):
            assert found.classed.get(match.group(1), []) == tree.xpath(xpath), xpath


@pytest.mark.parametrize("tree", TREES[: len(TREES) // 2], ids=lambda _: "page")
def test_scan_answers_the_metadata_xpaths(tree: etree._Element) -> None:
    tree = etree.fromstring(etree.tostring(tree), _reader_parser())  # scan_page removes decoys
    found = scan_page(tree)
    for xpath in (*selectors.SITE_XPATHS, *selectors.TITLE_XPATHS, selectors.CANONICAL_XPATH):
        answered = answer(found, xpath)
        if answered is None:
            continue
        items = tree.xpath(xpath)
        assert isinstance(items, list)
        owners = [item.getparent() if isinstance(item, etree._ElementUnicodeResult) else item for item in items]
        assert answered == list(zip(owners, items, strict=True)), xpath


def test_the_scan_answers_all_but_two_metadata_lookups() -> None:
    lookups = (*selectors.SITE_XPATHS, *selectors.TITLE_XPATHS, selectors.CANONICAL_XPATH)
    tree = etree.fromstring("<html><body><p>x</p></body></html>", _reader_parser())
    unanswered = [xpath for xpath in lookups if answer(scan_page(tree), xpath) is None]
    assert unanswered == [selectors.TITLE_XPATHS[2], selectors.TITLE_XPATHS[3]]  # itemprop, h-entry's p-name


@pytest.mark.parametrize("tree", TREES, ids=lambda _: "page")
def test_the_scan_finds_the_json_ld_scripts(tree: etree._Element) -> None:
    tree = etree.fromstring(etree.tostring(tree), _reader_parser())
    expected = tree.xpath(selectors.JSON_LD_XPATH)
    assert scan_page(tree).json_ld == expected


def test_json_ld_scripts_in_sidebars_and_templates_are_found() -> None:
    page = (
        '<html><head><script type="application/ld+json">{"a": 1}</script><script>var x;</script></head><body>'
        '<aside><script type="application/ld+json">{"b": 2}</script></aside><div class="widget"><p>'
        '<script type="application/ld+json">{"c": 3}</script></p></div><template><script type="text/json">'
        '</script></template><script type="application/ld+json">{"d": 4}</script></body></html>'
    )
    found = scan_page(etree.fromstring(page, _reader_parser())).json_ld
    assert [script.text for script in found] == ['{"a": 1}', '{"b": 2}', '{"c": 3}', '{"d": 4}']


@pytest.mark.parametrize("tree", TREES[: len(TREES) // 2], ids=lambda _: "page")
def test_the_scan_index_is_the_element_index(tree: etree._Element) -> None:
    tree = etree.fromstring(etree.tostring(tree), _reader_parser())
    found = scan_page(tree)
    index = ElementIndex.of(tree)
    assert found.index.elements == index.elements
    assert found.index.facts == index.facts and found.index.props == index.props
    assert found.starts == [index.elements.index(c) for c in found.candidates]


@pytest.mark.parametrize("tree", TREES[: len(TREES) // 2], ids=lambda _: "page")
def test_bodies_from_the_scan_index_are_the_general_bodies(tree: etree._Element) -> None:
    """Own elements as slices of the index, facts from the scan and the whole-subtree
    shortcuts read each body as the general code does (own elements by a walk)."""
    tree = etree.fromstring(etree.tostring(tree), _reader_parser())
    found = scan_page(tree)
    elements, starts = found.index.elements, zip(found.candidates, found.starts, strict=True)
    spans = [(s, comment_finder._subtree_end(c, elements, s)) for c, s in starts]
    assert spans == [
        (s, s + len(list(c.iter(etree.Element)))) for c, (s, _) in zip(found.candidates, spans, strict=True)
    ]
    for generic in (False, True):
        bodies = comment_finder._known_bodies(found.candidates, found.index, spans, generic)
        inside = {b.element for b in bodies}
        for body in bodies:
            general = read_body(body.element, inside - {body.element}, generic)
            assert general is not None
            assert (general.author.name if general.author else None) == (body.author.name if body.author else None)
            assert (general.text, general.published, general.pingback) == (body.text, body.published, body.pingback)


def test_the_class_index_covers_the_title_and_site_class_lookups() -> None:
    assert {"entry-title", "post-title", "site-title", "blog-title"} == selectors.INDEXED_CLASS_TOKENS
    assert not selectors.CLASS_ONLY_XPATH.match("//*[@id='header']//h1")


def test_class_index_matches_xpath_tokens_not_python_ones() -> None:
    """XPath splits on XML spaces only and is case-sensitive; the index does the same."""
    tree = etree.fromstring(
        '<html><body><h1 class="Entry-Title">A</h1><h1 class="x\u00a0entry-title">B</h1>'
        '<h1 class="x\tentry-title">C</h1></body></html>',
        etree.HTMLParser(),
    )
    assert [e.text for e in scan_page(tree).classed.get("entry-title", [])] == ["C"]


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (b"<p>it&#x27;s &#8212; &#233;t\xc3\xa9</p>", False),
        ("<p>caf\u00e9 \u2014 plain UTF-8</p>".encode(), False),
        (b"<p>&#xD800;</p>", True),
        (b"<p>&#x0000dfff;</p>", True),
        (b"<p>&#55296;</p>", True),
        (b'<script type="application/ld+json">{"name": "\\ud83c"}</script>', True),
        (b"<p>caf\xe9, not UTF-8</p>", True),
        ("\ufeff<p>x</p>".encode("utf-16"), True),
    ],
)
def test_surrogate_scrub_gate(data: bytes, expected: bool) -> None:
    text = data.decode("utf-16") if data.startswith(b"\xff\xfe") else data.decode("utf-8", "replace")
    assert _may_hold_surrogates(data, text, [], "p.html") is expected


def test_surrogate_scrub_gate_sees_the_source_name_and_warnings() -> None:
    assert _may_hold_surrogates(b"<p>x</p>", "<p>x</p>", [], "bad\udcff.html")
    assert _may_hold_surrogates(b"<p>x</p>", "<p>x</p>", ["W131 mixed"], "p.html")


def test_escaped_surrogates_are_still_scrubbed() -> None:
    """A JSON-LD escape and a character reference: the gate lets the scrub run on both."""
    page = b"""<html><head><script type="application/ld+json">{"@type": "BlogPosting",
        "headline": "Heat \\ud83c review"}</script></head>
        <body><article><div class="entry-content"><p>Body &#xDFFF; here</p></div></article></body></html>"""
    [read] = parse_document(page, "s.html")
    assert read.title == "Heat \ufffd review" and read.body == "Body \ufffd here"


def _lines() -> list[str]:
    lines = [line for p in TEXT_PAGES for line in p.read_text(encoding="utf-8").splitlines()]
    return [
        *lines,
        "Ann says:",
        "Ann says:   ",
        "Ann said...",
        "Ann schrieb…",
        "Ann says: hello",
        "  1. Bob wrote:",
        "Tuesday, October 12, 2010",
        "5 novembre 2021 à 09:12",
        "Posted 12/03/99",
        "15/08/2012",
        "March 3",
    ]


def test_says_pretest_agrees_with_the_pattern() -> None:
    for line in _lines():
        for form in (line, line.strip()):
            expected = _SAYS.match(form)
            got = _says(form)
            assert (got.group(0) if got else None) == (expected.group(0) if expected else None), form


def test_a_line_without_four_digits_holds_no_date() -> None:
    """What lets ``date_only`` skip its patterns: every date the readers read has a year."""
    four = re.compile(r"\d{4}")
    lines = _lines()
    assert sum(1 for line in lines if date_only(line)) >= 3
    for line in lines:
        if not four.search(line):
            assert parse_date(line) is None and not is_date_line(line.strip()) and not date_only(line), line


@pytest.mark.parametrize(
    ("text", "count", "expected"),
    [("", 12, False), ("ab 12", 2, True), ("ab 12", 3, False), ("a" * 11, 12, False), ("é" * 12, 12, True)],
)
def test_letters_are_counted_up_to_the_minimum(text: str, count: int, expected: bool) -> None:
    assert _has_letters(text, count) is expected
    assert _has_letters(text, count) == (sum(ch.isalpha() for ch in text) >= count)
