"""Issue 11, generalisation: readers on forms of real exports nobody had modelled before.

The fixture pages themselves are scored by the floors in ``tests/test_html_engines.py`` and
``tests/test_exports_feeds.py``; here each general rule found on them has its own test.
"""

from __future__ import annotations

from extract.wxr_reader import parse_wxr

_WXR = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
 xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.1/">
<channel><title>Cellar</title><link>http://cellar.example</link>
<item><title>Festen</title><dc:creator>sofie</dc:creator>
<content:encoded><![CDATA[The speech at the table.]]></content:encoded>
<wp:post_id>8</wp:post_id><wp:post_date_gmt>2012-02-19 19:00:00</wp:post_date_gmt>
<wp:status>publish</wp:status><wp:post_type>post</wp:post_type>
<wp:comment><wp:comment_id>4</wp:comment_id><wp:comment_author><![CDATA[Dogme Diary]]></wp:comment_author>
<wp:comment_author_url>http://dogme.example/ten/</wp:comment_author_url>
<wp:comment_content><![CDATA[<strong>Ten Dogme films to see again</strong>

The Cellar wrote about Festen last week...]]></wp:comment_content>
<wp:comment_approved>1</wp:comment_approved><wp:comment_type>trackback</wp:comment_type>
<wp:comment_parent>0</wp:comment_parent></wp:comment>
<wp:comment><wp:comment_id>5</wp:comment_id>
<wp:comment_author><![CDATA[Ten Dogme films to see again &laquo; Dogme Diary]]></wp:comment_author>
<wp:comment_content><![CDATA[[&#8230;] the Cellar on Festen [&#8230;]]]></wp:comment_content>
<wp:comment_approved>1</wp:comment_approved><wp:comment_type>pingback</wp:comment_type>
<wp:comment_parent>0</wp:comment_parent></wp:comment>
</item></channel></rss>"""


def test_a_trackback_takes_its_title_from_the_strong_line_and_its_site_from_the_author() -> None:
    """wp-trackback.php stores the sender's blog name as the author and the linking post's
    title as ``<strong>TITLE</strong>`` before the excerpt; a pingback's author is already
    'Title « Site'. Both give the same (title, site)."""
    (page,) = parse_wxr(_WXR, "cellar.xml")
    pings = [(c.pingback.title, c.pingback.site) for c in page.comments if c.pingback is not None]
    assert pings == [("Ten Dogme films to see again", "Dogme Diary")] * 2
    # the author is the name the blog shows for each (tenth session's rule): ``comment_author``
    assert [c.author for c in page.comments] == ["Dogme Diary", "Ten Dogme films to see again « Dogme Diary"]


# --- plain-text dumps -------------------------------------------------------------------

from extract.text_reader import parse_text_page  # noqa: E402


def _thread(text: str) -> list[tuple[str | None, str | None, str]]:
    return [(c.author, c.parent, c.text) for c in parse_text_page(text).comments]


def test_comments_signed_after_their_text() -> None:
    """Typepad / Movable Type: the text, then 'Posted by: NAME | DATE' under it; the feed
    notice and the comment form after the last signature are not comments."""
    page = parse_text_page(
        "Booth Log\nScreenings\n\nMarch 04, 2010\n\nThe Third Man\n\nThe zither never stops.\n\n"
        "Posted by Wendell Ash on March 04, 2010 at 09:12 AM in Noir | Permalink\n\nComments\n\n"
        "Feed You can follow this conversation by subscribing to the comment feed for this post.\n\n"
        "The cemetery walk is the longest in cinema.\n\nPosted by: Corinne Vale | March 04, 2010 at 11:40 AM\n\n"
        "Muddy sound in Leeds.\n\nSecond paragraph.\n\nPosted by: Hal Brody | March 05, 2010 at 08:02 PM\n\n"
        "Verify your Comment\n\nPreviewing your Comment\n"
    )
    assert (page.title, page.author, page.published) == ("The Third Man", "Wendell Ash", "2010-03-04")
    assert [(c.author, c.text, c.published) for c in page.comments] == [
        ("Corinne Vale", "The cemetery walk is the longest in cinema.", "2010-03-04"),
        ("Hal Brody", "Muddy sound in Leeds.\n\nSecond paragraph.", "2010-03-05"),
    ]


def test_a_disqus_thread_copied_from_the_browser() -> None:
    text = (
        "Drive\n\nPosted on September 30, 2011 by Lena\n\nThe toothpick.\n\n3 Comments\nSite\nLogin\n"
        "Sort by Best\n\nAvatar\nMarcus Webb\n• 12 years ago\n\nThe scorpion jacket.\n\n5\n•\nReply\n•\nShare ›\n\n"
        "    Avatar\n    Lena Mod  Marcus Webb\n    • 12 years ago\n\n    So did half my friends.\n\n"
        "    •\n    Reply\n\nAvatar\nnightcall_88\n• a year ago\n\nKavinsky.\n\nReply\n\n"
        "ALSO ON SITE\n\nAvatar\npat — It is a mood.\n"
    )
    assert _thread(text) == [
        ("Marcus Webb", None, "The scorpion jacket."),
        ("Lena", "c1", "So did half my friends."),
        ("nightcall_88", None, "Kavinsky."),
    ]


def test_the_title_is_under_the_blog_header_lines() -> None:
    """A dump copied from the browser opens with the blog's name and tagline: the title is
    the line above the post's byline, or the line under a date header; a byline after the
    body's first sentence heads nothing (the first line stays the title)."""
    italian = parse_text_page(
        "Cinema al Mercoledì\nRecensioni brevi\n\nLadri di biciclette\n\n"
        "Pubblicato il 12 marzo 2019 da Chiara Benedetti\n\nBruno corre dietro al padre per tutta Roma.\n\n"
        "3 pensieri su “Ladri di biciclette”\n\n    Tommaso ha detto:\n    12 marzo 2019 alle 18:40\n\n"
        "    Succede di rado.\n    Rispondi\n\nLascia un commento\n\nIl tuo indirizzo email non sarà pubblicato.\n"
    )
    assert (italian.title, italian.site, italian.author, italian.published, italian.comment_count_stated) == (
        "Ladri di biciclette",
        "Cinema al Mercoledì",
        "Chiara Benedetti",
        "2019-03-12",
        3,
    )
    assert [(c.author, c.text) for c in italian.comments] == [("Tommaso", "Succede di rado.")]
    dated = parse_text_page("Booth Log\nScreenings\n« Prev | Main »\n\nMarch 04, 2010\n\nThe Third Man\n\nZither.\n")
    assert (dated.title, dated.published) == ("The Third Man", "2010-03-04")
    signed_below = parse_text_page(
        "Moon (2009)\n\nDuncan Jones made Moon for five million dollars and it looks like it cost fifty.\n\n"
        "★★★★½\n\nPosted by Priya N. at 9:00 AM\n"
    )
    assert (signed_below.title, signed_below.author) == ("Moon (2009)", "Priya N.")
