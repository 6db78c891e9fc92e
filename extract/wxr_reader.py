"""WordPress export (WXR) files: a whole blog, every post with its comments.

>>> pages = parse_wxr('''<rss xmlns:wp="http://wordpress.org/export/1.2/"
...  xmlns:dc="http://purl.org/dc/elements/1.1/"
...  xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Reel Notes</title>
... <item><title>Heat (1995)</title><dc:creator>ann</dc:creator><wp:post_id>4</wp:post_id>
... <wp:post_type>post</wp:post_type><content:encoded>Great. 4/5</content:encoded>
... <wp:comment><wp:comment_id>9</wp:comment_id><wp:comment_author>Bob</wp:comment_author>
... <wp:comment_content>Nice one</wp:comment_content><wp:comment_approved>1</wp:comment_approved>
... <wp:comment_parent>0</wp:comment_parent></wp:comment></item></channel></rss>''', "blog.xml")
>>> [(p.source, p.title, p.site, p.author, [c.author for c in p.comments]) for p in pages]
[('blog.xml#post-4', 'Heat (1995)', 'Reel Notes', 'ann', ['Bob'])]
"""

from __future__ import annotations

import hashlib
import html as html_lib

from lxml import etree, html

from extract.authors import infer_authors, infer_post_author
from extract.dates import parse_date
from extract.html_text import block_text, collect_hints
from extract.ratings import find_rating
from extract.records import Comment, Hint, Page, Pingback
from extract.threads import order_by_parent
from extract.titles import reviewed_from_title, split_pingbacks
from base.errors import InputError

_PARSER = etree.XMLParser(huge_tree=True, resolve_entities=False, no_network=True, load_dtd=False, strip_cdata=True)
_POST_TYPES = {"post", "page"}


def _fields(element: etree._Element) -> dict[str, str]:
    """Child elements by local name (namespace versions of WXR differ)."""
    return {
        etree.QName(child).localname: html_lib.unescape(child.text or "").strip()
        for child in element
        if isinstance(child.tag, str)
    }


def _html_text(markup: str) -> tuple[str, list[Hint]]:
    if "<" not in markup:
        paragraphs = [" ".join(p.split()) for p in markup.split("\n\n")]
        return "\n\n".join(p for p in paragraphs if p), []
    fragment = html.fragment_fromstring(markup, create_parent="div")
    text = block_text(fragment)
    if "\n\n" not in text and "\n\n" in markup:
        loose = [" ".join(p.split()) for p in "".join(fragment.itertext()).split("\n\n")]
        text = "\n\n".join(p for p in loose if p)
    return text, collect_hints(fragment)


def _comment(element: etree._Element) -> Comment | None:
    fields = _fields(element)
    if fields.get("comment_approved", "1") not in {"1", "approve", "approved"}:
        return None
    email = fields.get("comment_author_email", "").strip().lower()
    author = fields.get("comment_author") or None
    url = fields.get("comment_author_url") or None
    parent = fields.get("comment_parent", "0")
    kind = fields.get("comment_type", "")
    text = _html_text(fields.get("comment_content", ""))[0]
    pingback = None
    if kind in {"pingback", "trackback"}:
        pingback = Pingback(title=author or url or "", url=url)
        author, text = None, ""
    return Comment(
        id=fields.get("comment_id", ""),
        text=text,
        author=author,
        author_evidence="stated" if author else None,
        parent=None if parent in {"", "0"} else parent,
        pingback=pingback,
        published=parse_date(fields.get("comment_date_gmt") or fields.get("comment_date", "")),
        author_url=url if pingback is None else None,
        author_email_hash=hashlib.sha256(email.encode()).hexdigest()[:16] if email else None,
    )


def _page(item: etree._Element, source: str, site: str | None, names: dict[str, str]) -> Page:
    fields = _fields(item)
    title = " ".join(fields.get("title", "").split())
    body, hints = _html_text(fields.get("encoded", ""))
    found = [c for e in item if etree.QName(e).localname == "comment" if (c := _comment(e))]
    comments = order_by_parent(found)
    pingbacks = [c.pingback for c in comments if c.pingback is not None]
    for pingback, (ping_title, ping_site) in zip(
        pingbacks, split_pingbacks([p.title for p in pingbacks], [site] if site else None), strict=True
    ):
        pingback.title, pingback.site = ping_title, ping_site
    login = fields.get("creator", "")
    post_author = infer_post_author(comments, names.get(login, login) or None)
    infer_authors(comments, post_author)
    return Page(
        source=f"{source}#post-{fields.get('post_id', '')}",
        format="wxr",
        title=title,
        site=site,
        author=post_author,
        published=parse_date(fields.get("post_date_gmt") or fields.get("post_date", "")),
        url=fields.get("link") or None,
        rating=find_rating(body.split("\n"), title),
        reviewed=reviewed_from_title(title, tuple(h.text for h in hints if h.kind == "em")),
        comment_count_stated=None,
        body=body,
        comments=comments,
        hints=hints,
    )


def parse_wxr(text: str | bytes, source: str = "<wxr>") -> list[Page]:
    """Every published post of a WordPress export, as pages."""
    data = text.encode("utf-8") if isinstance(text, str) else text
    try:
        root = etree.fromstring(data, parser=_PARSER)
    except etree.XMLSyntaxError as error:
        raise InputError.bad_xml(source, error.lineno or 0, error.msg) from error
    channel = next((e for e in root.iter() if etree.QName(e).localname == "channel"), None)
    if channel is None:
        raise InputError.no_page(source, "the export has no <channel> element")
    site = _fields(channel).get("title") or None
    names = {
        fields.get("author_login", ""): fields.get("author_display_name", "")
        for author in channel
        if isinstance(author.tag, str) and etree.QName(author).localname == "author"
        for fields in [_fields(author)]
    }
    pages = []
    for item in channel:
        if not isinstance(item.tag, str) or etree.QName(item).localname != "item":
            continue
        fields = _fields(item)
        if fields.get("post_type", "post") in _POST_TYPES and fields.get("status", "publish") == "publish":
            pages.append(_page(item, source, site, names))
    return pages
