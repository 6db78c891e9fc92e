"""HTML blog pages: WordPress themes, Blogger, pages with schema.org JSON-LD, and
generic pages (main text by trafilatura).

>>> page = parse_html_page('''<html><head><title>Heat review | Reel Notes</title></head>
... <body><article><div class="entry-content"><p>Mann's <em>Heat</em> is great.</p>
... <p>Rating: 4/5</p></div></article>
... <ol class="comment-list"><li class="comment" id="comment-7">
... <div class="comment-author"><b class="fn">Ann</b> says:</div>
... <div class="comment-content"><p>Agreed!</p></div></li></ol></body></html>''')
>>> page.title, page.rating.value, [(c.id, c.author) for c in page.comments]
('Heat review', 0.8, [('7', 'Ann')])
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from lxml import etree

from extract import selectors as sel
from extract.authors import infer_authors, infer_post_author
from extract.dates import parse_date
from extract.generic import main_text
from extract.html_text import block_text, collect_hints, element_text, xpath_elements, xpath_values
from extract.jsonld import read_json_ld
from extract.ratings import find_rating
from extract.records import Comment, Page, Pingback
from extract.threads import order_by_parent
from extract.titles import reviewed_from_title, split_pingbacks, strip_site_from_title
from base.errors import InputError

_PINGBACK_TEXT = re.compile(r"^\s*(?:pingback|trackback)\s*:\s*", re.I)
_SAYS_SUFFIX = re.compile(r"\s+(?:says|said|wrote)\s*(?::|\.\.\.|…)?\s*$", re.I)
_COUNT = re.compile(r"(\d[\d,]*|one)\s+(?:thoughts?|responses?|comments?|replies)", re.I)
_PARSER_DEPTH_LIMIT = 2048


def _classes(element: etree._Element) -> set[str]:
    return set(str(element.get("class") or "").split())


def _first_text(tree: etree._Element, xpaths: tuple[str, ...]) -> str | None:
    for xpath in xpaths:
        for found in xpath_values(tree, xpath):
            value = " ".join(found.split())
            if value:
                return value
    return None


def _is_comment_item(element: etree._Element) -> bool:
    return element.tag in sel.COMMENT_TAGS and bool(_classes(element) & sel.COMMENT_CLASSES)


def _own_elements(item: etree._Element) -> Iterator[etree._Element]:
    """Descendants of a comment item that are not inside a nested reply."""
    pending = list(reversed(item))
    while pending:
        element = pending.pop()
        if not isinstance(element.tag, str) or _is_comment_item(element):
            continue
        yield element
        pending.extend(reversed(element))


def _by_class(elements: list[etree._Element], names: tuple[str, ...]) -> etree._Element | None:
    for name in names:
        for element in elements:
            if name in _classes(element):
                return element
    return None


def _comment_text(own: list[etree._Element]) -> str:
    if (body := _by_class(own, sel.COMMENT_TEXT_CLASSES)) is not None:
        return block_text(body)
    chrome = {id(e) for c in own if _classes(c) & sel.COMMENT_CHROME_CLASSES for e in c.iter()}
    paragraphs = [element_text(e) for e in own if e.tag == "p" and id(e) not in chrome]
    return "\n\n".join(p for p in paragraphs if p)


def _comment_from_item(item: etree._Element, number: int, parent: str | None) -> Comment:
    own = list(_own_elements(item))
    raw_id = str(item.get("id") or "")
    comment_id = raw_id.removeprefix("comment-").removeprefix("li-comment-") or f"h{number}"
    author_element = _by_class(own, sel.COMMENT_AUTHOR_CLASSES)
    author = _SAYS_SUFFIX.sub("", element_text(author_element)) if author_element is not None else ""
    links = xpath_values(author_element, ".//a/@href") if author_element is not None else []
    if author_element is not None and author_element.tag == "a":
        links = [str(author_element.get("href") or "")]
    published = next((parse_date(str(e.get("datetime"))) for e in own if e.tag == "time"), None)
    if published is None and (date_element := _by_class(own, sel.COMMENT_DATE_CLASSES)) is not None:
        published = parse_date(element_text(date_element))
    text = _comment_text(own)
    pingback = None
    if _classes(item) & sel.PINGBACK_CLASSES or _PINGBACK_TEXT.match(text):
        anchors = [e for e in own if e.tag == "a" and e.get("href")]
        link = next((a for a in anchors if not _classes(a) & {"comment-edit-link"}), None)
        title = element_text(link) if link is not None else _PINGBACK_TEXT.sub("", text)
        pingback = Pingback(title=title, url=link.get("href") if link is not None else None)
        text, author = "", ""
    return Comment(
        id=comment_id,
        text=text,
        author=author or None,
        author_evidence="stated" if author else None,
        parent=parent,
        pingback=pingback,
        published=published,
        author_url=str(links[0]) if links else None,
    )


def _markup_comments(tree: etree._Element) -> list[Comment]:
    """Comments of WordPress and Blogger threads, parents from nesting, in one walk."""
    roots = [found for xpath in sel.THREAD_ROOT_XPATHS for found in xpath_elements(tree, xpath)]
    if not roots:
        return []
    root = roots[0]
    comments: list[Comment] = []
    open_items: list[tuple[etree._Element, str]] = []
    for event, element in etree.iterwalk(root, events=("start", "end"), tag=tuple(sel.COMMENT_TAGS)):
        if not _is_comment_item(element):
            continue
        if event == "start":
            parent = open_items[-1][1] if open_items else None
            comment = _comment_from_item(element, len(comments) + 1, parent)
            comments.append(comment)
            open_items.append((element, comment.id))
        elif open_items and open_items[-1][0] is element:
            open_items.pop()
    return comments


def _blogger_classic_comments(tree: etree._Element) -> list[Comment]:
    comments: list[Comment] = []
    for block in xpath_elements(tree, sel.BLOGGER_CLASSIC_XPATH):
        for element in block:
            if element.tag == "dt":
                anchor = xpath_elements(element, ".//a[@href]")
                name = _SAYS_SUFFIX.sub("", element_text(element))
                comments.append(
                    Comment(
                        id=str(element.get("id") or f"b{len(comments) + 1}").removeprefix("c"),
                        author=name or None,
                        author_evidence="stated" if name else None,
                        author_url=str(anchor[0].get("href")) if anchor else None,
                    )
                )
            elif element.tag == "dd" and comments:
                if "comment-footer" in _classes(element):
                    comments[-1].published = parse_date(element_text(element))
                else:
                    comments[-1].text = block_text(element)
    return comments


def _stated_count(tree: etree._Element) -> int | None:
    text = _first_text(tree, sel.COMMENT_COUNT_XPATHS)
    if text and (match := _COUNT.search(text)):
        word = match.group(1).replace(",", "")
        return 1 if word.lower() == "one" else int(word)
    return None


def _resolve_pingbacks(comments: list[Comment], site: str | None) -> None:
    pingbacks = [c.pingback for c in comments if c.pingback is not None]
    splits = split_pingbacks([p.title for p in pingbacks], [site] if site else None)
    for pingback, (title, ping_site) in zip(pingbacks, splits, strict=True):
        pingback.title, pingback.site = title, ping_site


def parse_html_page(text: str, source: str = "<html>") -> Page:
    """Parse one HTML blog page into a :class:`Page`."""
    if not text.strip():
        raise InputError.empty(source)
    parser = etree.HTMLParser(huge_tree=True, remove_comments=True, remove_pis=True)
    try:
        tree = etree.fromstring(text, parser=parser)
    except (etree.ParserError, ValueError) as error:
        raise InputError.no_page(source, f"the HTML could not be parsed ({error})") from error
    if tree is None:
        raise InputError.no_page(source, "the HTML has no elements")
    if any(entry.type_name == "ERR_RESOURCE_LIMIT" for entry in parser.error_log):
        raise InputError.too_deep(source, _PARSER_DEPTH_LIMIT)
    facts = read_json_ld(xpath_elements(tree, sel.JSON_LD_XPATH))
    site = facts.site or _first_text(tree, sel.SITE_XPATHS)
    title = facts.headline or _first_text(tree, sel.TITLE_XPATHS) or ""
    if site is None and " | " in title:
        title, site = (part.strip() for part in title.rsplit(" | ", 1))
    title = strip_site_from_title(title, site)
    body_element = next((found[0] for xp in sel.BODY_XPATHS if (found := xpath_elements(tree, xp))), None)
    if body_element is not None:
        body, hints = block_text(body_element), collect_hints(body_element)
    else:
        body, hints = main_text(text)
    comments = _markup_comments(tree) or _blogger_classic_comments(tree) or facts.comments
    comments = order_by_parent(comments)
    _resolve_pingbacks(comments, site)
    stated_author = facts.author or _first_text(tree, sel.AUTHOR_XPATHS)
    post_author = infer_post_author(comments, stated_author)
    infer_authors(comments, post_author)
    published = facts.published or parse_date(_first_text(tree, sel.PUBLISHED_XPATHS) or "")
    return Page(
        source=source,
        format="html",
        title=title,
        site=site,
        author=post_author,
        published=published,
        url=facts.url or _first_text(tree, ("//link[@rel='canonical']/@href",)),
        rating=facts.rating or find_rating(body.split("\n"), title),
        reviewed=facts.reviewed or reviewed_from_title(title, tuple(h.text for h in hints if h.kind == "em")),
        comment_count_stated=_stated_count(tree),
        body=body,
        comments=comments,
        hints=hints,
    )
