"""RSS and Atom comment feeds: a third way to get a thread, read with feedparser.

Forms read (see ``docs/readers-formats.md``):

- WordPress RSS2 comment feeds (``/comments/feed/``, ``POST/feed/``;
  ``feed-rss2-comments.php``): channel title "Comments on: POST" (per post) or
  "Comments for SITE" (site-wide, items titled "Comment on POST by NAME"), one item per
  comment with ``dc:creator``, a link ``POST-URL#comment-N``; RSS2 carries no threading.
- WordPress Atom comment feeds (``feed-atom-comments.php``): ``thr:in-reply-to`` names the
  post (top-level comment) or the parent comment's GUID ``?p=ID#comment-N``.
- Blogger comment feeds (``/feeds/comments/default``, ``/feeds/POSTID/comments/default``):
  ``thr:in-reply-to`` names the post, ``link rel="related"`` the parent comment; the
  per-post feed's title is "Comments on BLOG: POST" and ``openSearch:totalResults`` its count.

Comments are grouped into one page per post, in the order the feed first names each
post, and put back in time order (feeds list the newest first). Localised title
prefixes of the common WordPress translations are recognised. A feed of posts (no
comment in it) gives one page per post, without comments.

>>> pages = parse_feed(b'''<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel>
... <title>Comments on: Heat</title><link>http://b.example/heat/</link>
... <item><title>By: Bob</title><link>http://b.example/heat/#comment-2</link><dc:creator>Bob</dc:creator>
... <pubDate>Tue, 02 Jan 2024 10:00:00 +0000</pubDate><description>Agreed.</description></item>
... <item><title>By: Ann</title><link>http://b.example/heat/#comment-1</link><dc:creator>Ann</dc:creator>
... <pubDate>Mon, 01 Jan 2024 10:00:00 +0000</pubDate><description>Loved it.</description></item>
... </channel></rss>''', "c.rss")
>>> [(p.title, [(c.id, c.author, c.text) for c in p.comments]) for p in pages]
[('Heat', [('1', 'Ann', 'Loved it.'), ('2', 'Bob', 'Agreed.')])]
"""

from __future__ import annotations

import calendar
import html
import io
import re
from typing import Any

from base.errors import InputError
from extract.blogger_reader import REMOVED_COMMENT
from extract.dates import parse_date
from extract.records import Comment, Page, Pingback
from extract.threads import name_pingbacks, order_by_parent
from extract.titles import reviewed_from_title
from extract.wxr_reader import markup_text
from extract.xml_input import load_xml, localname

_PER_POST = re.compile(
    r"^\s*(?:comments\s+on|kommentare\s+zu|commentaires\s+sur|comentarios\s+(?:en|sobre|a)|commenti\s+(?:a|su|per)|"
    r"coment[aá]rios\s+(?:em|sobre|a|para)|reacties\s+op|kommentarer\s+(?:till|på|til|for|om)|komentarze\s+do)"
    r"\s*:?\s+(?P<title>.+?)\s*$",
    re.I | re.S,
)
_ITEM_TITLE = re.compile(
    r"^\s*(?:comment\s+on|kommentar\s+zu|commentaire\s+sur|comentario\s+en|commento\s+(?:a|su)|"
    r"coment[aá]rio\s+(?:em|sobre)|reactie\s+op|kommentar\s+(?:till|på|til)|komentarz\s+do)\s+(?P<rest>.+?)\s*$",
    re.I | re.S,
)
_COMMENT_NUMBER = re.compile(r"(?:#comment-|#c|[?&]showComment=\d+#c|\.post-|/comments/default/)(\d+)$")
_COMMENT_LINK = re.compile(r"#comment-\d+|showComment=|#c\d+$")
_RELATED = re.compile(r"/comments/default/(\d+)")
_CONNECTORS = r"(?:by|von|par|por|da|de|door|av|af|przez|di)"
_PING_EXCERPT = re.compile(r"^\s*\[(?:…|\.\.\.)\].*\[(?:…|\.\.\.)\]\s*$", re.S)
_BY_TITLE = re.compile(rf"^\s*{_CONNECTORS}\s*:\s*(.+?)\s*$", re.I | re.S)


def _comment_number(text: str) -> str | None:
    match = _COMMENT_NUMBER.search(text.strip())
    return match.group(1) if match else None


def _without_fragment(url: str) -> str:
    return url.split("#", 1)[0].split("?showComment=", 1)[0]


def _author(entry: Any) -> str | None:
    """``dc:creator`` / ``author/name``, else the name in a "By: NAME" item title."""
    detail = entry.get("author_detail") or {}
    name = _plain(detail.get("name") or entry.get("author"))
    if not name and (match := _BY_TITLE.match(_plain(entry.get("title")))):
        name = match.group(1)
    return name or None


def _plain(text: object) -> str:
    """Feed text with its spacing normalised and character references decoded: WordPress
    writes names and titles as ``&#8211;`` inside CDATA, which XML leaves as it is."""
    return " ".join(html.unescape(str(text or "")).split())


def _is_comment(entry: Any, comment_feed: bool) -> bool:
    if comment_feed or entry.get("thr_in-reply-to"):
        return True
    return any(_COMMENT_LINK.search(entry.get(key) or "") for key in ("link", "id"))


def _post_key(entry: Any) -> str:
    reply = entry.get("thr_in-reply-to") or {}
    target = str(reply.get("href") or reply.get("ref") or "")
    if target:
        return _without_fragment(target)
    return _without_fragment(entry.get("link") or entry.get("id") or "")


def _parent(entry: Any, ids: dict[str, str], own_id: str) -> str | None:
    for link in entry.get("links", []):
        if link.get("rel") == "related" and (match := _RELATED.search(link.get("href", ""))):
            return match.group(1) if match.group(1) != own_id else None
    reply = entry.get("thr_in-reply-to") or {}
    ref = reply.get("ref") or ""
    if ref in ids:
        return ids[ref] if ids[ref] != own_id else None
    if "#comment-" in ref or "#comment-" in (reply.get("href") or ""):
        number = _comment_number(ref) or _comment_number(reply.get("href") or "")
        return number if number != own_id else None
    return None


def _text(entry: Any) -> str:
    content = entry.get("content") or []
    markup = content[0].get("value", "") if content else entry.get("summary", "")
    return markup_text(markup)[0]


def _item_title(entry: Any, author: str | None) -> str | None:
    """POST from a site-wide item title "Comment on POST by NAME"."""
    match = _ITEM_TITLE.match(_plain(entry.get("title")))
    if not match:
        return None
    rest = match.group("rest")
    if author and (tail := re.search(rf"\s+{_CONNECTORS}\s+{re.escape(author)}\s*$", rest, re.I)):
        return rest[: tail.start()].strip() or None
    parts = re.split(rf"\s+{_CONNECTORS}\s+", rest)
    return " ".join(parts[:-1]).strip() or None if len(parts) > 1 else None


def _feed_title(feed: Any, blogger: bool) -> str | None:
    """The post's title from a per-post feed's own title, or None for a site-wide feed."""
    match = _PER_POST.match(_plain(feed.get("title")))
    if not match:
        return None
    title = match.group("title")
    if blogger and ": " in title:  # "Comments on BLOG: POST"
        title = title.split(": ", 1)[1]
    return title


def _stamp(entry: Any) -> float:
    parsed = entry.get("published_parsed") or entry.get("updated_parsed")
    return float(calendar.timegm(parsed)) if parsed else float("inf")


def _post_page(entry: Any, source: str, position: int, site: str | None) -> Page:
    title = _plain(entry.get("title"))
    body = _text(entry)
    comments = entry.get("slash_comments") or ""
    return Page(
        source=f"{source}#{entry.get('link') or entry.get('id') or position}",
        format="feed",
        title=title,
        site=site,
        author=_author(entry),
        published=parse_date(entry.get("published") or entry.get("updated") or ""),
        url=entry.get("link") or None,
        reviewed=reviewed_from_title(title) if title else None,
        comment_count_stated=int(comments) if str(comments).isdigit() else None,
        body=body,
    )


def parse_feed(data: bytes, source: str = "<feed>") -> list[Page]:
    """The comment threads of an RSS or Atom feed, one page per post."""
    root, warnings = load_xml(data, source, lambda line, detail: InputError.bad_feed(source, f"line {line}: {detail}"))
    if localname(root).lower() not in {"rss", "feed", "rdf"}:
        raise InputError.bad_feed(source, f"the root element is <{localname(root)}>, not <rss> or <feed>")
    import feedparser  # ~0.1 s to import: only when a feed is read

    parsed = feedparser.parse(io.BytesIO(data), resolve_relative_uris=False, sanitize_html=False)
    feed, entries = parsed.get("feed", {}), list(parsed.get("entries", []))
    if not entries:
        raise InputError.no_page(source, "the feed holds no item or entry")
    blogger = (feed.get("id") or "").startswith("tag:blogger.com") or any(
        (e.get("id") or "").startswith("tag:blogger.com") for e in entries
    )
    per_post_title = _feed_title(feed, blogger)
    site = None if per_post_title else (_plain(feed.get("title")) or None)
    comment_feed = per_post_title is not None
    if not any(_is_comment(e, comment_feed) for e in entries):
        pages = [_post_page(e, source, i, site) for i, e in enumerate(entries, start=1)]
        for page in pages:
            page.warnings.extend(warnings)
        return pages
    owns = [
        _comment_number(str(e.get("id") or "")) or _comment_number(e.get("link") or "") or str(i)
        for i, e in enumerate(entries, start=1)
    ]
    owns = [own if owns.count(own) == 1 else f"{own}-{i}" for i, own in enumerate(owns, start=1)]
    ids = {str(e.get("id")): own for e, own in zip(entries, owns, strict=True) if e.get("id")}
    groups: dict[str, list[tuple[float, int, Comment, str | None]]] = {}
    for position, (entry, own) in enumerate(zip(entries, owns, strict=True), start=1):
        if not _is_comment(entry, True):
            continue
        author, text, parent = _author(entry), _text(entry), _parent(entry, ids, own)
        comment = Comment(
            id=own,
            text=text,
            author=author,
            author_evidence="stated" if author else None,
            parent=parent,
            published=parse_date(entry.get("published") or entry.get("updated") or ""),
            author_url=(entry.get("author_detail") or {}).get("href") or None,
        )
        if REMOVED_COMMENT.match(text):  # Blogger keeps a removed comment's place in the thread
            comment = Comment(id=own, placeholder=True, parent=parent)
        elif not text and not author:  # nothing to read: never emit an empty comment
            continue
        elif author and _PING_EXCERPT.match(text):  # WordPress feeds list pings as comments: "[…] excerpt […]"
            ping = Pingback(title=author, url=comment.author_url)
            comment = Comment(id=own, parent=parent, pingback=ping, published=comment.published)
        groups.setdefault(_post_key(entry), []).append((_stamp(entry), position, comment, _item_title(entry, author)))
    stated = feed.get("opensearch_totalresults")
    pages = []
    for key, found in groups.items():
        found.sort(key=lambda item: (item[0], item[1]))
        title = per_post_title if len(groups) == 1 and per_post_title else next((t for *_, t in found if t), None)
        page = Page(
            source=source if len(groups) == 1 else f"{source}#{key}",
            format="feed",
            title=title or "",
            site=site,
            url=None,  # the post's own page keeps its URL identity; the feed holds only its thread
            reviewed=reviewed_from_title(title) if title else None,
            comment_count_stated=int(stated) if per_post_title and str(stated).isdigit() else None,
            comments=order_by_parent([comment for _, _, comment, _ in found]),
        )
        name_pingbacks(page.comments)
        page.warnings.extend(warnings)
        pages.append(page)
    return pages
