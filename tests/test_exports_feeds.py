"""Issue 11 items 7 (text dumps), 9 (exports and feeds) and 10 (language): exact records
on the fixtures, gold-based floors per split, and bad exports and feeds in a batch."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from base.errors import InputError
from extract.blogger_reader import parse_blogger
from extract.dates import date_only
from extract.evaluate import evaluate_folder
from extract.feed_reader import parse_feed
from extract.io import detect_format, parse_document, read_file
from extract.records import Page
from extract.text_reader import parse_text_page
from graph.store import EmbeddedStore
from reelgraph.identity import identified
from reelgraph.pipeline import ingest, read_sources
from tests.conftest import ROOT

PAGES = ROOT / "tests" / "fixtures" / "pages"
TUNE, FROZEN = PAGES / "tune", PAGES / "frozen"
MINE = ("wxr", "blogger-atom", "feed", "text")


def _thread(page: Page) -> list[tuple[str, str | None, str | None]]:
    return [(c.id, c.author, c.parent) for c in page.comments]


def _meta(page: Page) -> tuple[object, ...]:
    return (page.format, page.title, page.author, page.published, page.comment_count_stated, page.language)


@pytest.mark.parametrize("split", ["tune", "frozen"])
def test_gold_floors_per_split(split: str) -> None:
    evaluation = evaluate_folder(PAGES / split, MINE)
    score = evaluation.splits[split]
    assert score.pages >= 6 and score.errors == 0
    assert score.recall >= 0.98 and score.precision >= 0.98
    assert score.authors >= 0.98 and score.parents >= 0.98
    assert not [(p.name, p.wrong) for p in evaluation.pages if p.wrong and not p.name.startswith("t13-")]
    # the t13- dumps model comment threads (TX, s13); their post heads are pinned as measured
    misses = {name: score.pages - right for name, right in score.fields_right.items()}
    expected = dict.fromkeys(misses, 0) | ({"title": 3, "author": 6, "published": 5} if split == "tune" else {})
    assert misses == expected


def test_no_emitted_comment_is_empty() -> None:
    for gold in sorted(PAGES.rglob("*.gold.json")):
        if json.loads(gold.read_text(encoding="utf-8"))["format"] not in MINE:
            continue
        for page in read_file(gold.with_name(gold.name.removesuffix(".gold.json"))):
            assert all(c.text or c.author or c.pingback or c.placeholder for c in page.comments), page.source


def test_classic_blogger_backup_skips_template_settings_and_drafts() -> None:
    path = TUNE / "blogger-export-classic.xml"
    pages = read_file(path)
    assert [(p.source, *_meta(p)) for p in pages] == [
        (f"{path}#post-7000000000000000002", "blogger-atom", "Solaris and the problem of grief", "Ilse Marten",
         "2021-03-02", 1, "en"),
        (f"{path}#post-7000000000000000001", "blogger-atom", "Stalker (1979): the Zone as a waiting room",
         "Ilse Marten", "2021-02-14", 3, "en"),
    ]  # fmt: skip
    assert _thread(pages[1]) == [
        ("8100000000000000001", "Corvin Ash", None),
        ("8100000000000000002", "Ilse Marten", "8100000000000000001"),
        ("8100000000000000003", "Anonymous", None),
    ]
    assert pages[1].comments[1].text == "Same here, Corvin. The sound of the wheels does half the work.\n\nAnd the dog!"
    assert pages[0].url == "https://slowledger.example.org/2021/03/solaris-and-problem-of-grief.html"
    assert pages[0].site == "Slow Cinema Ledger" and pages[0].warnings == []


def test_takeout_backup_keeps_live_posts_and_comments_only() -> None:
    [page] = read_file(FROZEN / "blogger-takeout-feed.atom")
    assert page.title == "El espíritu de la colmena, otra vez"
    assert [c.author for c in page.comments] == ["Teo Lasarte", "Rocío Almagro", "Anónimo"]
    assert "seguidores" not in " ".join(c.text for c in page.comments)


def test_takeout_parent_may_name_a_comment() -> None:
    export = b"""<feed xmlns="http://www.w3.org/2005/Atom" xmlns:blogger="http://schemas.google.com/blogger/2018">
<entry><id>tag:blogger.com,1999:blog-1.post-5</id><blogger:type>POST</blogger:type><title>Heat</title>
<content type="html">Fine.</content></entry>
<entry><id>tag:blogger.com,1999:blog-1.post-9</id><blogger:type>COMMENT</blogger:type>
<blogger:parent>tag:blogger.com,1999:blog-1.post-8</blogger:parent><content type="html">Right!</content>
<published>2020-01-03T00:00:00Z</published></entry>
<entry><id>tag:blogger.com,1999:blog-1.post-8</id><blogger:type>COMMENT</blogger:type>
<blogger:parent>tag:blogger.com,1999:blog-1.post-5</blogger:parent><content type="html">Long.</content>
<published>2020-01-02T00:00:00Z</published></entry></feed>"""
    [page] = parse_blogger(export, "t.atom")
    assert [(c.id, c.parent, c.text) for c in page.comments] == [("8", None, "Long."), ("9", "8", "Right!")]


def test_a_backup_without_posts_is_a_coded_error() -> None:
    settings_only = (
        (TUNE / "blogger-export-classic.xml")
        .read_bytes()
        .split(b"<entry>\n<id>tag:blogger.com,1999:blog-5550001112223334445.post-")[0]
    )
    with pytest.raises(InputError) as caught:
        parse_blogger(settings_only + b"</feed>", "s.xml")
    assert caught.value.code == "E105" and "no published post" in str(caught.value)


def test_wordpress_com_export_with_undeclared_prefix_is_read_with_a_warning() -> None:
    path = TUNE / "wpcom-undeclared-atom.xml"
    [page] = read_file(path)
    assert (page.source, page.title, page.author) == (f"{path}#post-48", "Moonstruck is a snow globe", "Tess Okafor")
    assert _thread(page) == [("301", "Dario Feld", None), ("302", "Tess Okafor", "301"),
                             ("305", "Cheap Seats Weekly: romance roundup « Lou Abernathy", None),
                             ("306", "Hoyt Vance", None)]  # fmt: skip
    ping = page.comments[2].pingback
    assert ping is not None and (ping.title, ping.site) == ("Cheap Seats Weekly: romance roundup", "Lou Abernathy")
    assert page.warnings == [
        f"W130 {path}: the XML is not well-formed (line 20: Namespace prefix atom on link is not defined "
        "and 1 more); read with a recovering parser, so check the result against the blog."
    ]
    assert json.loads(json.dumps(page.to_json()))["warnings"] == page.warnings


def test_an_export_that_declares_no_namespace_at_all_is_still_an_export() -> None:
    text = (TUNE / "wpcom-undeclared-atom.xml").read_text(encoding="utf-8")
    bare = "\n".join(line for line in text.splitlines() if "xmlns:" not in line)
    [page] = parse_document(bare.encode(), "bare.xml")
    assert (page.format, page.title, len(page.comments)) == ("wxr", "Moonstruck is a snow globe", 4)
    assert page.warnings[0].startswith("W130 bare.xml: the XML is not well-formed (line ")


def test_other_xml_errors_in_an_export_are_still_refused() -> None:
    text = (TUNE / "wpcom-undeclared-atom.xml").read_text(encoding="utf-8")
    with pytest.raises(InputError) as caught:
        parse_document(text.replace("</wp:comment_id>", "</wp:comment_idx>", 1).encode(), "cut.xml")
    assert caught.value.code == "E104" and "line 54: not a well-formed" in str(caught.value)


def test_rss_comment_feed_in_german() -> None:
    [page] = read_file(TUNE / "wp-post-comments-de.rss")
    assert _meta(page) == ("feed", "Paris, Texas und der lange Weg zurück", None, None, None, "de")
    assert _thread(page) == [("1199", "Henrik", None), ("1204", "Greta Hollmann", None), ("1207", "Jonas Riedl", None)]
    assert page.comments[0].published == "2020-09-21"


def test_atom_comment_feed_threads_through_in_reply_to() -> None:
    [page] = read_file(TUNE / "wp-post-comments-fr.atom")
    assert (page.title, page.language) == ("Le Cercle rouge, cinquante ans de silence", "fr")
    assert _thread(page) == [
        ("57", "Quentin", None),
        ("58", "Margot", None),
        ("61", "Amandine Roux", "58"),
        ("59", "Lucien Barrault", None),
    ]
    assert page.comments[3].author_url == "https://lucien.example.net"


def test_blogger_comment_feed_title_count_and_replies() -> None:
    [page] = read_file(TUNE / "blogger-post-comments.xml")
    assert (page.title, page.comment_count_stated) == ("Vertigo: the second half is the film", 4)
    assert [(c.author, c.parent) for c in page.comments] == [
        ("Basil Nwosu", None),
        ("Fenella Oduya", "6660000000000000001"),
        ("Anonymous", None),
        ("Basil Nwosu", "6660000000000000003"),
    ]


def test_site_wide_feed_gives_one_page_per_post() -> None:
    path = FROZEN / "wp-site-comments.xml"
    pages = read_file(path)
    assert [(p.source, p.title, [c.author for c in p.comments]) for p in pages] == [
        (f"{path}#https://secondfeature.example.net/2021/03/tremors-perfect-western/",
         "Tremors is a perfect Western", ["Odessa Lin", "Wendell Sparks"]),
        (f"{path}#https://secondfeature.example.net/2021/02/the-thing-and-alien/",
         "The Thing, double-billed with Alien", ["Juno Abara", "Marcus Webb"]),
    ]  # fmt: skip
    assert all(p.url is None and p.site == "Comments for Second Feature" for p in pages)


def test_a_feed_of_posts_gives_pages_without_comments() -> None:
    feed = b"""<rss version="2.0" xmlns:slash="http://purl.org/rss/1.0/modules/slash/"><channel><title>Reel</title>
<item><title>Heat (1995)</title><link>https://r.example/heat/</link><pubDate>Mon, 04 Mar 2019 10:00:00 +0000</pubDate>
<description>A patient heist film about two tired men and one diner.</description><slash:comments>12</slash:comments></item>
</channel></rss>"""
    [page] = parse_feed(feed, "posts.rss")
    assert (page.title, page.published, page.comment_count_stated, page.comments) == (
        "Heat (1995)",
        "2019-03-04",
        12,
        [],
    )


@pytest.mark.parametrize(
    ("head", "name", "kind"),
    [
        ('<?xml version="1.0"?>\n<rss version="2.0"><channel>', "c.xml", "feed"),
        ("<?xml version='1.0'?><?xml-stylesheet href='a.css'?><feed xmlns='http://www.w3.org/2005/Atom'>", "c", "feed"),
        ("<feed xmlns:blogger='http://schemas.google.com/blogger/2018'>", "f.atom", "blogger-atom"),
        ("<feed><category term='http://schemas.google.com/blogger/2008/kind#settings'/>", "b.xml", "blogger-atom"),
        ('<rss xmlns:wp="http://wordpress.org/export/1.2/">', "e.xml", "wxr"),
        ("<rss><channel><wp:wxr_version>1.2</wp:wxr_version>", "no-namespaces.xml", "wxr"),
        ('<?xml version="1.0"?><!DOCTYPE html><html><body>', "p.xhtml", "html"),
        ("Tuesday, May 4, 2010\n\nHeat", "t.txt", "text"),
    ],
)
def test_format_detection(head: str, name: str, kind: str) -> None:
    assert detect_format(head, name) == kind


def test_blogger_text_dump_date_header_is_the_date_not_the_title() -> None:
    page = read_file(TUNE / "blogger-dump-dated.txt")[0]
    assert (page.title, page.published, page.author) == ("The Night of the Hunter, again", "2010-10-12", "Odile")
    assert "-Odile" not in page.body and not page.body.startswith("Tuesday")


def test_blogger_text_dump_without_title() -> None:
    text = (
        "Sunday, May 3, 2015\n\nSome films ask you to sit still, and this one asked me to sit still for two hours "
        "on a folding chair, which I would gladly do twice.\n\n- Bram\n\n1 comments:\n\nLotte said...\n\n    Yes!\n"
    )
    page = parse_text_page(text, "u.txt")
    assert (page.title, page.published, page.author) == ("", "2015-05-03", "Bram")
    assert page.body.startswith("Some films ask you") and [c.author for c in page.comments] == ["Lotte"]
    assert [p.title for p in parse_document(text.encode(), "u.txt")] == [""]


def test_a_dash_line_that_is_not_a_name_is_not_a_signature() -> None:
    page = parse_text_page("Heat (1995)\n\nA patient film.\n\n- 4/5 stars\n", "h.txt")
    assert page.author is None and page.body.endswith("- 4/5 stars")


def test_language_is_on_the_record() -> None:
    [page] = read_file(FROZEN / "wp-post-comments-nl.atom")
    assert page.to_json()["language"] == "nl"


def test_bad_feeds_and_exports_in_a_batch_through_ingest(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a-cut.rss").write_bytes((TUNE / "wp-post-comments-de.rss").read_bytes()[:1500])
    (folder / "b-loose.xml").write_bytes((TUNE / "wpcom-undeclared-atom.xml").read_bytes())
    (folder / "c-utf16.atom").write_bytes((TUNE / "wp-post-comments-fr.atom").read_text("utf-8").replace(
        'encoding="UTF-8"', 'encoding="UTF-16"').encode("utf-16"))  # fmt: skip
    (folder / "d-cp1252.txt").write_bytes("Amélie (2001)\n\n“Whimsy” done right.\n".encode("cp1252"))
    (folder / "e-empty-feed.xml").write_bytes(b"<rss><channel><title>Comments on: Heat</title></channel></rss>")
    results = list(read_sources([str(folder)]))
    assert [(Path(r.source).name, r.error.code if r.error else [p.title for p in r.pages]) for r in results] == [
        ("a-cut.rss", "E133"),
        ("b-loose.xml", ["Moonstruck is a snow globe"]),
        ("c-utf16.atom", ["Le Cercle rouge, cinquante ans de silence"]),
        ("d-cp1252.txt", ["Amélie (2001)"]),
        ("e-empty-feed.xml", "E105"),
    ]
    with EmbeddedStore.open(tmp_path / "store") as store:
        report = ingest(identified(read_sources([str(folder)])), store, None)
    assert report.new == 3 and [f[:4] for f in report.failures] == ["E133", "E105"]


def test_extract_prints_the_recovery_warning_once(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from reelgraph.cli import main

    result = CliRunner().invoke(main, ["extract", "--json", "--no-nlp", str(FROZEN / "wpcom-loose-namespaces.xml")])
    assert result.exit_code == 0, result.output
    warnings = [line for line in result.stderr.splitlines() if " W130 " in line]
    assert len(warnings) == 1 and warnings[0].startswith("reelgraph: W130 ")
    assert len(result.stdout.splitlines()) == 2


def test_removed_blogger_comments_hold_their_replies_as_placeholders() -> None:
    text = (TUNE / "blogger-export-classic.xml").read_text(encoding="utf-8")
    removed = text.replace(
        "The long take on the railway trolley is the whole film for me. Nothing happens and everything does.",
        "This comment has been removed by the author.",
    )
    stalker = parse_blogger(removed.encode(), "r.xml")[1]
    assert [(c.id, c.placeholder, c.parent) for c in stalker.comments] == [
        ("8100000000000000001", True, None),
        ("8100000000000000002", False, "8100000000000000001"),
        ("8100000000000000003", False, None),
    ]
    assert [c.author for c in stalker.real_comments] == ["Ilse Marten", "Anonymous"]
    feed = (TUNE / "blogger-post-comments.xml").read_text(encoding="utf-8")
    gone = feed.replace("I have always found the first half more hypnotic, honestly. The second half explains too much.",
                        "This comment has been removed by a blog administrator.")  # fmt: skip
    [page] = parse_feed(gone.encode(), "f.xml")
    assert [(c.placeholder, c.parent) for c in page.comments][2:] == [(True, None), (False, "6660000000000000003")]


def test_a_comment_without_thread_links_joins_the_post_its_link_points_into() -> None:
    text = (TUNE / "blogger-export-classic.xml").read_text(encoding="utf-8")
    start = text.index("<thr:in-reply-to", text.index("I fell asleep twice"))
    unlinked = text[:start] + text[text.index("/>", start) + 2 :]
    stalker = parse_blogger(unlinked.encode(), "u.xml")[1]
    assert [c.author for c in stalker.comments] == ["Corvin Ash", "Ilse Marten", "Anonymous"]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Dienstag, 9. März 2021", True),
        ("jeudi 4 novembre 2021", True),
        ("martes, 14 de marzo de 2021", True),
        ("5 novembre 2021 à 09:12", True),
        ("10. März 2021 um 08:02", True),
        ("Review: March 3, 2014 screening", False),
        ("Heat (1995)", False),
    ],
)
def test_date_only_lines_in_several_languages(line: str, expected: bool) -> None:
    assert date_only(line) is expected


def test_german_blogger_dump() -> None:
    [page] = read_file(TUNE / "blogger-dump-de.txt")
    assert (page.site, page.title, page.author, page.published, page.comment_count_stated) == (
        "Filmtagebuch einer Kellerkinobesucherin",
        "Der Himmel über Berlin, zum dritten Mal",
        "Greta Lindqvist",
        "2021-03-09",
        3,
    )
    assert [(c.author, c.published) for c in page.comments] == [
        ("Jonas", "2021-03-10"),
        ("Greta Lindqvist", "2021-03-10"),
        ("Anonym", "2021-03-14"),
    ]
    assert not any("Kommentar veröffentlichen" in c.text for c in page.comments)


def test_a_title_then_a_weekday_date_then_prose_keeps_its_title() -> None:
    page = parse_text_page(
        "Cinema Sundays: Moon (2009)\n\nSunday, November 3, 2013\n\nDuncan Jones made Moon for five million "
        "dollars and it looks like it cost fifty, which is the first thing anyone says about it.\n",
        "m.txt",
    )
    assert (page.title, page.published) == ("Cinema Sundays: Moon (2009)", "2013-11-03")


def test_feed_items_take_the_author_from_the_title_and_empty_items_are_dropped() -> None:
    feed = b"""<rss version="2.0"><channel><title>Comments on: Heat</title>
<item><title>By: Ann Lee</title><link>http://b.example/heat/#comment-1</link><description>Loved it.</description></item>
<item><title>By:</title><link>http://b.example/heat/#comment-2</link><description></description></item>
</channel></rss>"""
    [page] = parse_feed(feed, "t.rss")
    assert [(c.id, c.author, c.text) for c in page.comments] == [("1", "Ann Lee", "Loved it.")]


def test_empty_blogger_comments_are_dropped() -> None:
    text = (TUNE / "blogger-export-classic.xml").read_text(encoding="utf-8")
    empty = text.replace("<author><name>Anonymous</name><email>noreply@blogger.com</email></author>", "").replace(
        "I fell asleep twice and I am not ashamed of it. It is a film that lets you.", ""
    )
    stalker = parse_blogger(empty.encode(), "e.xml")[1]
    assert [c.author for c in stalker.comments] == ["Corvin Ash", "Ilse Marten"]


def test_an_empty_wxr_comment_is_not_emitted_and_its_replies_keep_a_placeholder() -> None:
    export = b"""<rss xmlns:wp="http://wordpress.org/export/1.2/"><channel><title>B</title><item><title>Heat</title>
<wp:post_id>1</wp:post_id><wp:comment><wp:comment_id>5</wp:comment_id><wp:comment_content></wp:comment_content>
<wp:comment_parent>0</wp:comment_parent></wp:comment><wp:comment><wp:comment_id>6</wp:comment_id>
<wp:comment_author>Bob</wp:comment_author><wp:comment_content>Yes.</wp:comment_content>
<wp:comment_parent>5</wp:comment_parent></wp:comment></item></channel></rss>"""
    [page] = parse_document(export, "e.xml")
    assert [(c.id, c.placeholder, c.parent) for c in page.comments] == [("p5", True, None), ("6", False, "p5")]


def test_pings_in_a_wordpress_comment_feed_are_pingbacks() -> None:
    feed = b"""<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>Comments on: Heat</title>
<item><title>By: Ten heist films &#171; Reel Corner</title><link>http://b.example/heat/#comment-3</link>
<dc:creator>Ten heist films &#171; Reel Corner</dc:creator><description>[&#8230;] the diner scene in Heat [&#8230;]</description></item>
<item><title>By: Ann</title><link>http://b.example/heat/#comment-2</link><dc:creator>Ann</dc:creator>
<description>[...] is how I feel too. Great film.</description></item>
</channel></rss>"""
    [page] = parse_feed(feed, "p.rss")
    ping = page.comments[0].pingback
    assert ping is not None and (ping.title, ping.site, page.comments[0].text) == ("Ten heist films", "Reel Corner", "")
    assert page.comments[1].pingback is None and page.comments[1].author == "Ann"


def test_character_references_inside_cdata_are_decoded_in_names_and_titles() -> None:
    feed = b"""<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel>
<title><![CDATA[Comments on: Heat &#8211; the diner]]></title>
<item><title>By: Ann</title><link>http://b.example/heat/#comment-1</link>
<dc:creator><![CDATA[Ann O&#8217;Hara]]></dc:creator><description>Loved it.</description></item></channel></rss>"""
    [page] = parse_feed(feed, "c.rss")
    assert (page.title, page.comments[0].author) == ("Heat – the diner", "Ann O’Hara")
