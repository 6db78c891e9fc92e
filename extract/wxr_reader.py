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
import re
from collections import Counter
from functools import lru_cache

from lxml import etree, html

from base.errors import InputError, InputWarning
from extract.authors import infer_authors, infer_post_author
from extract.dates import parse_date
from extract.html_text import block_text, collect_hints
from extract.ratings import find_rating
from extract.records import Comment, Hint, Page, Pingback
from extract.threads import name_pingbacks, order_by_parent
from extract.titles import reviewed_from_title
from extract.xml_input import load_xml, localname

_POST_TYPES = {"post", "page"}


@lru_cache(maxsize=1024)
def _local(tag: str) -> str:
    """:func:`extract.xml_input.localname` of a tag name, remembered (an export repeats a few)."""
    return tag.rsplit("}", 1)[-1].rsplit(":", 1)[-1]


def _fields(element: etree._Element) -> dict[str, str]:
    """Child elements by local name (namespace versions of WXR differ)."""
    fields: dict[str, str] = {}
    for child in element:
        if isinstance(tag := child.tag, str):
            text = child.text or ""
            fields[_local(tag)] = (html_lib.unescape(text) if "&" in text else text).strip()
    return fields


def markup_text(markup: str) -> tuple[str, list[Hint]]:
    if "<" not in markup:
        paragraphs = [" ".join(p.split()) for p in markup.split("\n\n")]
        return "\n\n".join(p for p in paragraphs if p), []
    fragment = html.fragment_fromstring(markup, create_parent="div")
    text = block_text(fragment)
    if "\n\n" not in text and "\n\n" in markup:
        loose = [" ".join(p.split()) for p in "".join(fragment.itertext()).split("\n\n")]
        text = "\n\n".join(p for p in loose if p)
    return text, collect_hints(fragment)


_TRACKBACK_TITLE = re.compile(r"\s*<strong>([^<]{1,300})</strong>", re.I)


def _comment(element: etree._Element) -> Comment | None:
    fields = _fields(element)
    if fields.get("comment_approved", "1") not in {"1", "approve", "approved"}:
        return None
    email = fields.get("comment_author_email", "").strip().lower()
    author = fields.get("comment_author") or None
    url = fields.get("comment_author_url") or None
    parent = fields.get("comment_parent", "0")
    kind = fields.get("comment_type", "")
    text = markup_text(fields.get("comment_content", ""))[0]
    pingback = None
    if kind in {"pingback", "trackback"}:
        title = author or url or ""
        # wp-trackback.php stores a trackback as the sender's blog name and
        # '<strong>POST TITLE</strong>' + excerpt: the title is the post's, the name its site
        if author and (strong := _TRACKBACK_TITLE.match(fields.get("comment_content", ""))):
            title = f"{' '.join(strong.group(1).split())} « {author}"
        pingback = Pingback(title=title, url=url)
        text = ""  # its author stays the name the blog shows for it (``name_pingbacks``)
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


def _page(item: etree._Element, source: str, site: str | None, names: dict[str, str], key: str) -> Page:
    fields = _fields(item)
    title = " ".join(fields.get("title", "").split())
    body, hints = markup_text(fields.get("encoded", ""))
    found = [
        c
        for e in item
        if isinstance(tag := e.tag, str) and _local(tag) == "comment"
        if (c := _comment(e)) and (c.text or c.author or c.pingback)  # an empty comment is never emitted
    ]
    comments = order_by_parent(found)
    name_pingbacks(comments, [site] if site else None)
    login = fields.get("creator", "")
    post_author = infer_post_author(comments, names.get(login, login) or None)
    infer_authors(comments, post_author)
    return Page(
        source=f"{source}#{key}",
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


def _keys(items: list[dict[str, str]], source: str) -> tuple[list[str], list[str]]:
    """Each item's identity within the export, and warnings for shared post ids.

    ``post-ID`` as long as the id is present and unique; otherwise the item's GUID or
    link (hashed, so the name stays short and stable when items are added), and its
    position when even those are missing or shared."""
    ids = Counter(fields.get("post_id", "") for fields in items)
    warnings = [
        InputWarning.id_collision(source, post_id, count) for post_id, count in ids.items() if post_id and count > 1
    ]
    keys: list[str] = []
    for position, fields in enumerate(items, start=1):
        post_id = fields.get("post_id", "")
        if post_id and ids[post_id] == 1:
            keys.append(f"post-{post_id}")
            continue
        anchor = fields.get("guid") or fields.get("link")
        key = f"item-{hashlib.sha256(anchor.encode()).hexdigest()[:12]}" if anchor else f"item-{position}"
        keys.append(key if key not in keys else f"{key}-{position}")
    return keys, warnings


def parse_wxr(text: str | bytes, source: str = "<wxr>") -> list[Page]:
    """Every published post of a WordPress export, as pages."""
    data = text.encode("utf-8") if isinstance(text, str) else text
    root, warnings = load_xml(data, source, lambda line, detail: InputError.bad_xml(source, line, detail))
    channel = next((e for e in root.iter() if localname(e) == "channel"), None)
    if channel is None:
        raise InputError.no_page(source, "the export has no <channel> element")
    site = _fields(channel).get("title") or None
    names = {
        fields.get("author_login", ""): fields.get("author_display_name", "")
        for author in channel
        if localname(author) == "author"
        for fields in [_fields(author)]
    }
    items = [
        (item, fields)
        for item in channel
        if localname(item) == "item"
        for fields in [_fields(item)]
        if fields.get("post_type", "post") in _POST_TYPES and fields.get("status", "publish") == "publish"
    ]
    keys, collisions = _keys([fields for _, fields in items], source)
    pages = [_page(item, source, site, names, key) for (item, _), key in zip(items, keys, strict=True)]
    for page in pages:
        page.warnings.extend(warnings + collisions)
    return pages
