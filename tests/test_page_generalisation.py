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
    assert [c.author for c in page.comments] == [None, None]
