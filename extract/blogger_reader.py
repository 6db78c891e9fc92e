"""Blogger's own backups: an Atom feed holding the blog's posts, comments, template and settings.

Two forms exist. The classic backup (Settings > Back up content) marks each entry's
kind with a category in the ``http://schemas.google.com/g/2005#kind`` scheme
(``.../blogger/2008/kind#post``, ``#comment``, ``#template``, ``#settings``,
``#page``); a comment names its post with ``thr:in-reply-to ref=POST-ID`` and, when it
answers another comment, that comment with ``link rel="related"
href=".../comments/default/COMMENT-ID"``; drafts carry ``app:draft`` = ``yes``;
posts state their comment count in ``thr:total``. The Google Takeout form
(namespace ``http://schemas.google.com/blogger/2018``) says ``blogger:type`` POST /
COMMENT / PAGE, ``blogger:status`` LIVE / DRAFT / DELETED, and names a comment's post
(or parent comment) in ``blogger:parent``.

Posts become pages, read like WXR; pages (static "About" pages), drafts, deleted
comments, the template and the settings are skipped.

>>> pages = parse_blogger(b'''<feed xmlns="http://www.w3.org/2005/Atom"
...  xmlns:blogger="http://schemas.google.com/blogger/2018"><title>B</title>
... <entry><id>tag:blogger.com,1999:blog-1.post-5</id><blogger:type>POST</blogger:type>
... <blogger:status>LIVE</blogger:status><title>Heat</title><content type="html">Fine.</content>
... <author><name>Ann</name></author><published>2020-01-02T00:00:00Z</published></entry>
... <entry><id>tag:blogger.com,1999:blog-1.post-9</id><blogger:type>COMMENT</blogger:type>
... <blogger:status>LIVE</blogger:status><blogger:parent>tag:blogger.com,1999:blog-1.post-5</blogger:parent>
... <content type="html">Agreed!</content><author><name>Bob</name></author></entry></feed>''', "b.atom")
>>> [(p.source, p.title, p.author, p.published, [(c.id, c.author, c.text) for c in p.comments]) for p in pages]
[('b.atom#post-5', 'Heat', 'Ann', '2020-01-02', [('9', 'Bob', 'Agreed!')])]
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime

from lxml import etree

from base.errors import InputError
from extract.dates import parse_date
from extract.ratings import find_rating
from extract.records import Comment, Page
from extract.threads import order_by_parent
from extract.titles import reviewed_from_title
from extract.wxr_reader import markup_text
from extract.xml_input import load_xml, localname

KIND_SCHEME = "http://schemas.google.com/g/2005#kind"
_ENTRY_ID = re.compile(r"(?:post|page|comment)-?(\d+)\s*$")
_RELATED = re.compile(r"/comments/default/(\d+)")
_LIVE = {"", "live", "published"}
REMOVED_COMMENT = re.compile(
    r"^\s*(?:this (?:comment|post) has been removed by (?:the author|a blog administrator)"
    r"|questo commento è stato eliminato (?:dall'autore|da un amministratore del blog)"
    r"|dieser kommentar wurde (?:vom autor|von einem blog-administrator) entfernt"
    r"|ce commentaire a été supprimé par (?:l'auteur|un administrateur du blog)"
    r"|este comentario ha sido eliminado por (?:el autor|un administrador del blog)"
    r"|este comentário foi removido (?:pelo autor|por um administrador do blog)"
    r"|deze reactie is verwijderd door (?:de auteur|een blogbeheerder))\.?\s*$",
    re.I,
)


@dataclass(slots=True)
class _Entry:
    element: etree._Element
    id: str
    kind: str
    live: bool
    fields: dict[str, str] = field(default_factory=dict)


def entry_id(text: str) -> str:
    """The number at the end of a Blogger id (``tag:blogger.com,1999:blog-1.post-42`` -> ``42``)."""
    match = _ENTRY_ID.search(text)
    return match.group(1) if match else text.strip()


def instant(text: str) -> float:
    """Seconds since the epoch of an ISO 8601 timestamp (unknown: last)."""
    try:
        moment = datetime.fromisoformat(text.strip())
    except ValueError:
        return float("inf")
    return moment.timestamp() if moment.tzinfo else moment.replace(tzinfo=None).timestamp()


def _children(element: etree._Element, name: str) -> list[etree._Element]:
    return [child for child in element if localname(child) == name]


def _text(element: etree._Element, name: str) -> str:
    found = _children(element, name)
    return "".join(str(text) for text in found[0].itertext()).strip() if found else ""


def _kind(element: etree._Element) -> tuple[str, bool]:
    """(post | comment | page | template | settings | ..., live)."""
    kind = _text(element, "type").lower()
    live = _text(element, "status").lower() in _LIVE
    if not kind:
        for category in _children(element, "category"):
            if category.get("scheme") == KIND_SCHEME:
                kind = category.get("term", "").rsplit("#", 1)[-1].lower()
    for control in _children(element, "control"):
        if _text(control, "draft").lower() == "yes":
            live = False
    return kind, live


def _author(element: etree._Element) -> str | None:
    for author in _children(element, "author"):
        name = " ".join(_text(author, "name").split())
        if name:
            return name
    return None


def _link(element: etree._Element, rel: str, kind: str | None = None) -> str | None:
    for link in _children(element, "link"):
        if link.get("rel") == rel and (kind is None or link.get("type") == kind):
            return link.get("href")
    return None


def _comment(entry: _Entry, comment_post: dict[str, str]) -> Comment:
    element = entry.element
    parent = None
    related = _link(element, "related")
    if related and (match := _RELATED.search(related)):
        parent = match.group(1)
    named = entry_id(_text(element, "parent"))
    if parent is None and named in comment_post:  # Takeout: blogger:parent names a comment
        parent = named
    text = markup_text(_text(element, "content"))[0]
    author = _author(element)
    if REMOVED_COMMENT.match(text):  # the comment is gone; it stays only as the parent of its replies
        return Comment(id=entry.id, placeholder=True, parent=parent if parent != entry.id else None)
    return Comment(
        id=entry.id,
        text=text,
        author=author,
        author_evidence="stated" if author else None,
        parent=parent if parent != entry.id else None,
        published=parse_date(_text(element, "published")),
        author_url=next((u for a in _children(element, "author") if (u := _text(a, "uri"))), None),
    )


def _post_of(entry: _Entry, posts: dict[str, str], comment_post: dict[str, str]) -> str | None:
    """The post a comment belongs to: ``thr:in-reply-to``, ``blogger:parent`` (a post, or a
    comment whose post is known), else the post whose page its own link points into."""
    for reply in _children(entry.element, "in-reply-to"):
        ref = entry_id(reply.get("ref", ""))
        if ref in posts:
            return ref
        if (href := reply.get("href")) and _page_url(href) in posts:
            return posts[_page_url(href)]
    named = entry_id(_text(entry.element, "parent"))
    if named in posts:
        return named
    if named in comment_post:
        return comment_post[named]
    own = _link(entry.element, "alternate", "text/html")
    return posts.get(_page_url(own)) if own else None


def _page_url(url: str) -> str:
    return url.split("#", 1)[0].split("?", 1)[0]


def _page(entry: _Entry, comments: list[Comment], source: str, site: str | None) -> Page:
    element = entry.element
    title = " ".join(_text(element, "title").split())
    body, hints = markup_text(_text(element, "content"))
    total = _text(element, "total")
    url = _link(element, "alternate", "text/html") or _text(element, "filename") or None
    return Page(
        source=f"{source}#post-{entry.id}",
        format="blogger-atom",
        title=title,
        site=site,
        author=_author(element),
        published=parse_date(_text(element, "published")),
        url=url,
        rating=find_rating(body.split("\n"), title),
        reviewed=reviewed_from_title(title, tuple(h.text for h in hints if h.kind == "em")),
        comment_count_stated=int(total) if total.isdigit() else None,
        body=body,
        comments=order_by_parent(comments),
        hints=hints,
    )


def parse_blogger(data: bytes, source: str = "<blogger>") -> list[Page]:
    """Every published post of a Blogger backup, with its live comments, in file order."""
    root, warnings = load_xml(data, source, lambda line, detail: InputError.bad_feed(source, f"line {line}: {detail}"))
    if localname(root) != "feed":
        raise InputError.no_page(source, "a Blogger backup is an Atom <feed>, and this file's root is not")
    site = _text(root, "title") or None
    entries = []
    for element in _children(root, "entry"):
        kind, live = _kind(element)
        entries.append(_Entry(element, entry_id(_text(element, "id")), kind, live))
    posts = {e.id: e.id for e in entries if e.kind == "post" and e.live}  # by id, and by page URL:
    posts |= {_page_url(url): e.id for e in entries if e.id in posts if (url := _link(e.element, "alternate"))}
    if not posts:
        raise InputError.no_page(source, "the Blogger backup holds no published post")
    comment_entries = [e for e in entries if e.kind == "comment" and e.live]
    comment_post: dict[str, str] = {}
    for _ in range(2):  # a comment may name another comment as its parent, which names the post
        for entry in comment_entries:
            post = _post_of(entry, posts, comment_post)
            if post is not None:
                comment_post[entry.id] = post
    by_post: dict[str, list[tuple[float, int, Comment]]] = {}
    for position, entry in enumerate(comment_entries):
        post = comment_post.get(entry.id)
        if post is not None:
            comment = _comment(entry, comment_post)
            if not comment.placeholder and not comment.text and not comment.author:
                continue  # nothing to read: never emit an empty comment
            stamp = instant(_text(entry.element, "published") or _text(entry.element, "created"))
            by_post.setdefault(post, []).append((stamp, position, comment))
    pages = []
    for entry in entries:
        if entry.kind == "post" and entry.live:
            # Blogger writes comments newest first: put each thread back in time order.
            found = [c for _, _, c in sorted(by_post.get(entry.id, []), key=lambda item: (item[0], item[1]))]
            page = _page(entry, found, source, site)
            page.warnings.extend(warnings)
            pages.append(page)
    return pages
