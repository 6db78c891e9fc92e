"""What a fetched document says about its blog: the feeds a page links to, the posts a feed
or a sitemap lists, and which post each entry of a comment feed belongs to. Pure functions
of bytes; feeds are read with feedparser, sitemaps and pages with lxml.

>>> html = b'<html><head><link rel="alternate" type="application/rss+xml" title="Blog Feed" href="/feed/">'
>>> html += b'<link rel="alternate" type="application/rss+xml" title="Blog Comments Feed" href="/comments/feed/">'
>>> [(f.url, f.comments) for f in feed_links(html, "http://blog.example/2014/01/her/")]
[('http://blog.example/feed/', False), ('http://blog.example/comments/feed/', True)]
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import urldefrag, urljoin, urlsplit

import feedparser
from lxml import etree
from lxml import html as lxml_html

FEED_TYPES = frozenset({"application/rss+xml", "application/atom+xml", "application/feed+json"})
_NOT_POSTS = re.compile(r"/(?:category|tag|author|page|search|feed|wp-json|label)/|/feeds/|[?&](?:s|cat|tag)=", re.I)
_SITEMAP_SKIP = re.compile(r"taxonom|users|categor|tags?[-.]|authors?", re.I)


@dataclass(frozen=True, slots=True)
class FeedLink:
    url: str
    comments: bool  # a comment feed (of the blog or of one post)


@dataclass(frozen=True, slots=True)
class Entry:
    """One feed entry: its id, the post it is (or, in a comment feed, belongs to), and the
    post's own comment feed when the entry names one."""

    id: str
    post: str
    comments_feed: str | None = None


def site_root(url: str) -> str:
    """
    >>> site_root("https://blog.example/2014/01/her/?x=1")
    'https://blog.example/'
    """
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}/"


def looks_like_feed(body: bytes) -> bool:
    head = body[:2048].lstrip().lower()
    return b"<rss" in head or b"<feed" in head or b"<rdf:rdf" in head


def looks_like_sitemap(body: bytes) -> bool:
    head = body[:2048].lower()
    return b"<urlset" in head or b"<sitemapindex" in head


def feed_links(body: bytes, base: str) -> list[FeedLink]:
    """The feeds an HTML page links to with ``<link rel="alternate">``, in page order."""
    try:
        tree = lxml_html.fromstring(body)
    except (etree.ParserError, ValueError):
        return []
    found: list[FeedLink] = []
    for link in tree.iter("link"):
        rel = str(link.get("rel") or "").lower().split()
        kind = str(link.get("type") or "").lower()
        href = link.get("href")
        if "alternate" not in rel or kind not in FEED_TYPES or not href:
            continue
        url = urldefrag(urljoin(base, str(href)))[0]
        title = str(link.get("title") or "").lower()
        comments = "comment" in title or "/comments/" in url or "comments/default" in url
        if all(f.url != url for f in found):
            found.append(FeedLink(url, comments))
    return found


def _replies_link(entry: feedparser.FeedParserDict) -> str | None:
    for link in entry.get("links", []):
        if link.get("rel") == "replies" and "atom" in str(link.get("type", "")) and link.get("href"):
            return str(link["href"])
    return None


def feed_entries(body: bytes, base: str) -> list[Entry]:
    """Entries of a posts feed or a comment feed.

    In a comment feed the post is the one the comment replies to (``thr:in-reply-to``) or
    the comment's link without its fragment and comment parameters."""
    parsed = feedparser.parse(body)
    entries = []
    for item in parsed.entries:
        reply_to = item.get("thr_in-reply-to") or {}
        link = str(reply_to.get("href") or item.get("link") or "")
        if not link:
            continue
        post = urldefrag(urljoin(base, link))[0]
        post = re.sub(r"[?&](?:showComment|replytocom|cid)=[^&]*$", "", post)
        comments = item.get("wfw_commentrss") or _replies_link(item)
        entries.append(Entry(str(item.get("id") or link), post, str(comments) if comments else None))
    return entries


def sitemap_urls(body: bytes) -> tuple[list[str], list[str]]:
    """(page URLs, child sitemaps) of a sitemap or a sitemap index; taxonomy and user
    sitemaps are left out."""
    parser = etree.XMLParser(resolve_entities=False, no_network=True, recover=True, huge_tree=False)
    try:
        root = etree.fromstring(body, parser)
    except etree.XMLSyntaxError:
        return [], []
    if root is None:
        return [], []
    locs = [str(el.text).strip() for el in root.iter("{*}loc") if el.text]
    if etree.QName(root).localname == "sitemapindex":
        return [], [loc for loc in locs if not _SITEMAP_SKIP.search(loc.rsplit("/", 1)[-1])]
    return [loc for loc in locs if is_post_url(loc)], []


def is_post_url(url: str) -> bool:
    """Not the home page, an archive, a tag or a feed.

    >>> is_post_url("https://b.example/2014/01/her/"), is_post_url("https://b.example/tag/sci-fi/")
    (True, False)
    """
    path = urlsplit(url).path
    return path not in ("", "/") and not _NOT_POSTS.search(url)
