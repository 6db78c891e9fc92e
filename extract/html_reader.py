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
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from itertools import islice

from lxml import etree

from base.errors import InputError
from extract import selectors as sel
from extract import talk_pages
from extract.authors import infer_authors, infer_post_author
from extract.blogger_reader import REMOVED_COMMENT
from extract.comment_body import PAGE_CHROME
from extract.comment_finder import read_thread, word_count
from extract.comment_markup import classes, clean_author
from extract.dates import dashed_day_first, parse_date, shows_date, slashes_month_first
from extract.generic import main_text
from extract.html_text import block_text, collect_hints, element_text, xpath_elements
from extract.jsonld import JsonLdFacts, read_json_ld
from extract.page_scan import PageScan, answer, scan_page
from extract.post_meta import (
    heading_title,
    meta_published,
    post_author,
    post_published,
    stated_count,
    thread_heading_count,
    thread_link_count,
    title_from_tag,
)
from extract.ratings import find_rating, image_rating
from extract.records import Comment, Page, Pingback
from extract.threads import name_pingbacks, order_by_parent, relabelled, repeated_label
from extract.titles import reviewed_from_title, strip_site_from_title

_PARSER_DEPTH_LIMIT = 2048
# An XML declaration opening the page (old engines' XHTML pages), which lxml refuses in a str.
_XML_DECLARATION = re.compile(r"^\ufeff?\s*<\?xml[^>]*\?>")


@lru_cache(maxsize=64)
def _compiled(xpath: str) -> etree.XPath:
    return etree.XPath(xpath)


def _first_text(
    tree: etree._Element,
    xpaths: tuple[str, ...],
    zone: set[etree._Element],
    scanned: PageScan | None = None,
) -> str | None:
    """The first non-empty text the XPaths find outside the comment zone; what the page scan
    can answer (``extract.page_scan.answer``: the same items in the same order) is taken
    from ``scanned`` when it is given."""
    for xpath in xpaths:
        found: Sequence[tuple[object, object]] | None = answer(scanned, xpath) if scanned is not None else None
        if found is None:
            items = _compiled(xpath)(tree)
            found = [
                (item.getparent() if isinstance(item, etree._ElementUnicodeResult) else item, item)
                for item in (items if isinstance(items, list) else [])
            ]
        for owner, item in found:
            if isinstance(owner, etree._Element) and owner in zone:
                continue
            value = " ".join((element_text(item) if isinstance(item, etree._Element) else str(item)).split())
            if value:
                return value
    return None


def _blogger_classic_comments(blocks: Sequence[etree._Element]) -> list[Comment]:
    """Blogger Classic's ``dl#comments-block``: 'dt NAME said... / dd TEXT / dd DATE' (the
    'comment-footer' or 'comment-timestamp' part), and the backlinks the same template lists in a
    second such list ('Links to this post': 'dt <a>POST</a> / dd SNIPPET <span>posted by SITE @
    DATE</span>'), read as pingbacks named as they show their writer."""
    comments: list[Comment] = []
    for block in blocks:
        if block.tag != "dl":
            continue
        for element in block:
            if element.tag == "dt":
                anchor = xpath_elements(element, ".//a[@href]")
                ident = str(element.get("id") or f"b{len(comments) + 1}").removeprefix("c")
                if "comment-title" in classes(element) and anchor:  # a backlink's title
                    title = " ".join(element_text(element).split())
                    comments.append(Comment(id=ident, pingback=Pingback(title, url=str(anchor[0].get("href")))))
                    continue
                name = clean_author(element_text(element))
                comments.append(
                    Comment(
                        id=ident,
                        author=name or None,
                        author_evidence="stated" if name else None,
                        author_url=str(anchor[0].get("href")) if anchor else None,
                    )
                )
            elif element.tag == "dd" and comments:
                last = comments[-1]
                if not _CLASSIC_DATE_PARTS.isdisjoint(classes(element)):
                    last.published = parse_date(element_text(element))
                elif last.pingback is not None:
                    _backlink_body(last, element)
                elif REMOVED_COMMENT.match(text := block_text(element)) or _deleted(element):
                    last.placeholder, last.author, last.author_evidence = True, None, None  # its place kept
                else:
                    last.text = text
    return comments


def _pictured_author(tree: etree._Element, zone: set[etree._Element]) -> str | None:
    """The post's writer shown as a picture and a name linked to the same page, in the article's
    header ('<a href=/danaok><img alt="Dana Okafor"></a> ... <a href=/danaok>Dana Okafor</a> Posted
    on <time>', Forem): where no byline word or markup names one."""
    for header in tree.iter("header"):
        if header in zone or next(header.iter("h1"), None) is None:
            continue  # the header holding the post's title
        links: dict[str, list[etree._Element]] = {}
        for link in header.iter("a"):
            if href := str(link.get("href") or ""):
                links.setdefault(href, []).append(link)
        for group in links.values():
            alts = {" ".join(str(i.get("alt") or "").split()) for a in group for i in a.iter("img")}
            names = {" ".join(element_text(a).split()) for a in group if next(a.iter("img"), None) is None}
            if found := sorted(n for n in names & alts if n and len(n.split()) <= 4):
                return found[0]
    return None


def _real(comments: list[Comment]) -> int:
    return sum(not c.placeholder for c in comments)


def _deleted(element: etree._Element) -> bool:
    return any("deleted-comment" in classes(e) for e in element.iter())


_CLASSIC_DATE_PARTS = frozenset({"comment-footer", "comment-timestamp"})
# 'posted by SITE @ DATE' under a backlink's snippet, in Blogger's languages
_BACKLINK_POSTER = re.compile(
    r"^\s*(?:posted by|postato da|publié par|publicado por|gepostet von|geplaatst door|opublikowane przez"
    r"|postad av|sendt af|lähettänyt|投稿者)\s*:?\s*(?P<name>.+?)\s*(?:@\s*(?P<date>.*))?$",
    re.I,
)


def _backlink_body(comment: Comment, element: etree._Element) -> None:
    poster = next((e for e in element.iter() if "comment-poster" in classes(e)), None)
    line = " ".join(element_text(poster).split()) if poster is not None else ""
    if poster is not None and (match := _BACKLINK_POSTER.match(line)):
        comment.author, comment.author_evidence = match.group("name"), "stated"
        comment.published = parse_date(match.group("date") or "")
        snippet = [element.text or ""] + [
            part for child in element if child is not poster for part in (element_text(child), child.tail or "")
        ]
        comment.text = " ".join(" ".join(snippet).split())
    else:
        comment.text = block_text(element)


def _folded(text: str) -> str:
    return " ".join(text.split()).casefold()


_SENTENCE_END = re.compile(r"[.!?…»”)]\s*$")


_NOT_PROSE = frozenset(
    {"script", "style", "title", "head", "header", "footer", "nav", "form", "label", "button"}
    | {"h1", "h2", "h3", "h4", "h5", "h6"}  # a title, even a question, is not the post
)


def _prose_outside(tree: etree._Element, zone: set[etree._Element]) -> bool:
    """Whether the page holds a sentence of its own outside the thread and the page's header,
    footer and forms (a post, however short and wherever its markup puts it): some element's
    own text of six words or more, ending as a sentence ends, that is not the page's title."""
    title = _folded(tree.findtext(".//title") or "")
    walk = etree.iterwalk(tree, events=("start",))
    for _, element in walk:
        if element in zone or element.tag in _NOT_PROSE or _unseen(element, zone) or _page_chrome(element):
            walk.skip_subtree()
            continue
        own = element.text if element.tag != "a" else None  # (a link's words: '(You must log in to reply.)')
        for part in (own, element.tail if element.getparent() not in zone else None):
            if not part or len(words := part.split()) < 6 or not _SENTENCE_END.search(words[-1]):
                continue
            if _ONLINE_LINE.search(part) and any(ch.isdigit() for ch in part):
                continue  # a forum's 'who is online' line ('Ci sono 2 utenti e 14 ospiti online.')
            if _folded(part) not in title:  # not the topic's title as a link ('a.maintitle')
                return True
    return False


_ONLINE_LINE = re.compile(
    r"\b(?:online|guests?|ospiti|gäste|invités|invitados|visitantes|gasten|gości|hostů|besökare)\b", re.I
)
_CHROME_REGIONS = frozenset({"header", "footer", "nav", "navigation", "menu", "navbar", "masthead", "breadcrumb"})
_CHROME_REGIONS |= {"head", "desc", "tagline", "slogan"}  # a board's head and its line of description (PunBB)
_ID_PARTS = re.compile(r"[-_\s]+")


def _page_chrome(element: etree._Element) -> bool:
    """A page header, footer or menu named by id or class ('div#header' of an SMF forum greeting
    its guest in a sentence): not where a post's prose is."""
    names = f"{element.get('id') or ''} {element.get('class') or ''}".lower()
    return bool(names.strip()) and not _CHROME_REGIONS.isdisjoint(_ID_PARTS.split(names))


_REPLY_SUBJECT = re.compile(r"(?<!\w)(?:re|aw|sv|vs|odp|antw|rif|r)\s*:\s*\w", re.I)  # (Kunena's Italian: 'R:')


def _reply_subjects(comments: list[Comment], elements: dict[str, etree._Element]) -> bool:
    """Whether the later posts carry 'Re: SUBJECT' lines and the first does not (forums)."""
    texts = [element_text(e) for c in comments if (e := elements.get(c.id)) is not None]
    if len(texts) != len(comments) or _REPLY_SUBJECT.search(texts[0]):
        return False
    return 2 * sum(1 for text in texts[1:] if _REPLY_SUBJECT.search(text)) >= len(texts) - 1


def _unseen(element: etree._Element, zone: set[etree._Element]) -> bool:
    """A notice the reader does not see: hidden, or a <noscript> that does not hold the thread
    ('This site is best viewed with JavaScript enabled.')."""
    if element.get("hidden") is not None or "display:none" in str(element.get("style") or "").replace(" ", ""):
        return True
    return element.tag == "noscript" and not any(e in zone for e in element.iter())


def _opening_post(
    comments: list[Comment],
    main: str,
    tree: etree._Element,
    zone: set[etree._Element],
    elements: dict[str, etree._Element],
) -> Comment | None:
    """The opening post of a forum thread read as its first comment: on a page with no post
    of its own (no body, no sentence outside the thread), a flat thread whose first comment is
    in the page's main text, whose later posts answer it with 'Re:' subjects (phpBB, MyBB,
    FluxBB: every post has the same markup, the first is the topic), or whose writer the page's
    header names as the thread's starter ('Thread starter X' in XenForo, 'Przez X' in Invision)."""
    if len(comments) < 2 or any(c.parent is not None for c in comments) or _marked_post(tree, zone):
        return None
    first = comments[0]
    if first.pingback is not None or first.placeholder or not first.author or word_count(first.text) < 8:
        return None
    lead = _folded(first.text)[:80]
    if not lead:
        return None
    first_element = elements.get(first.id)
    labelled = first_element is not None and _starter_label(first_element)
    if not (
        labelled or lead in _folded(main) or _reply_subjects(comments, elements) or _starter(tree, zone) == first.author
    ):
        return None
    return None if _prose_outside(tree, zone) else first


# The label a forum puts on its thread's first post: Discuz' floor name '楼主' (the 'building
# owner'), 'Original Poster', 'Thread Starter', 'Topic starter' badges.
_STARTER_LABELS = frozenset(
    {"楼主", "樓主", "original poster", "thread starter", "topic starter", "autor tématu", "autor wątku", "スレ主"}
    | {"autore della discussione", "themenstarter", "themen-starter", "auteur du sujet", "autor del tema"}
    | {"autor do tópico", "topicstarter", "trådstartare", "trådstarter", "автор темы"}
)


def _holding_opening(
    comments: list[Comment],
    elements: dict[str, etree._Element],
    body: etree._Element,
    tree: etree._Element,
    zone: set[etree._Element],
) -> Comment | None:
    """The first post of a flat forum thread when the page's post body (its first ``<article>``)
    is inside it (XenForo 1's 'li.message > ... > article') and the page has no prose of its own
    outside the thread: the topic, not a comment."""
    if len(comments) < 2 or any(c.parent is not None for c in comments):
        return None
    first = elements.get(comments[0].id)
    if first is None or not any(a is first for a in body.iterancestors()):
        return None
    return None if _prose_outside(tree, zone) else comments[0]


_INFO_BLOCKS = ("header", "footer", "address")


def _text_of_body(body: etree._Element) -> set[etree._Element]:
    """The body's elements but its header, footer and address blocks: the post's byline where a
    theme writes it inside the body ('div.entry-content > footer.post-info > address.vcard',
    Pelican's notmyidea)."""
    info = {e for block in body.iterdescendants(*_INFO_BLOCKS) for e in block.iter()}
    return {e for e in body.iter() if e not in info} if info else set(body.iter())


_TITLE_CHARS = 8


def _titled_opening(
    comments: list[Comment], elements: dict[str, etree._Element], tree: etree._Element
) -> Comment | None:
    """The first block of the thread's shape when a line of its own is the page's title ('<div>
    <strong>TITLE</strong></div><div>TEXT</div><div><em>Posted on DATE by NAME</em></div>', CuteNews'
    news block above its comments, no class): the post, read as a comment for its byline."""
    if len(comments) < 2 or comments[0].parent is not None:
        return None
    if comments[1].parent is not None and comments[1].parent != comments[0].id:
        return None  # (every top-level comment a reply of the first: the post the thread answers)
    if comments[1].parent is not None and any(c.parent is None for c in comments[1:]):
        return None
    title = " ".join((tree.findtext(".//title") or "").split()).casefold()
    first = elements.get(comments[0].id)
    if first is None or not title:
        return None
    for line in first.iter(etree.Element):
        if line is first or len(line) > 1 or (len(line) == 1 and (line.text or "").strip()):
            continue  # (a leaf, or a line of one inline element)
        text = " ".join(element_text(line).split()).casefold()
        if len(text) >= _TITLE_CHARS and (text == title or title.startswith(f"{text} ") or title.endswith(f" {text}")):
            return comments[0]
    return None


_TITLE_PARTS = re.compile(r"\s+(?:[|»«·–—]|-)\s+")


def _first_heading_part(tree: etree._Element, title: str) -> str:
    """The post's part of a 'POST - SITE' title when the page's first ``<h1>`` shows it whole ('Talk:
    The Third Man - CinemaWiki' over '<h1>Talk:The Third Man</h1>', a wiki's og:title); never the
    site's part a blog's name heading shows; else the title."""
    if not title or not _TITLE_PARTS.search(title):
        return title
    heading = next(tree.iter("h1"), None)
    if heading is None:
        return title
    shown = " ".join(element_text(heading).split())
    parts = [part.strip() for part in _TITLE_PARTS.split(title)]
    return shown if len(parts) >= 2 and shown == parts[0] and len(shown) >= 3 else title  # (the post's part)


_POST_TYPES = ("/Article", "/BlogPosting", "/NewsArticle", "/Review")


def _marked_post(tree: etree._Element, zone: set[etree._Element]) -> bool:
    """Whether microdata marks a post outside the thread ('<li itemtype=".../Article">', vBulletin
    5's first post): the post is there, so no comment is the opening post."""
    return any(
        str(e.get("itemtype") or "").endswith(_POST_TYPES) and e not in zone for e in tree.iterfind(".//*[@itemtype]")
    )


def _starter_label(element: etree._Element) -> bool:
    """Whether a post carries its forum's 'thread starter' label as a short element of its own."""
    for node in element.iter("span", "em", "strong", "a", "b", "div", "label"):
        text = node.text
        if text and len(text) <= 20 and " ".join(text.split()).casefold() in _STARTER_LABELS:
            return True
    return False


def _starter(tree: etree._Element, zone: set[etree._Element]) -> str | None:
    """The name the page states as its post's author outside the thread (a forum's header)."""
    return post_author(tree, zone)


_MONTH_FIRST_LANGS = frozenset({"en", "en-us"})  # English without a region: US forum software's default


def _us_english(tree: etree._Element) -> bool:
    """Whether the page says it is in US English (or English with no region): slashed dates there
    are month first ('03/05/2019' is March 5)."""
    return str(tree.get("lang") or "").lower().replace("_", "-") in _MONTH_FIRST_LANGS


def _day_first_date(tree: etree._Element, element: etree._Element) -> str | None:
    """The opening post's dashed date read in the order of the page's <html lang>: day first in
    every language but US English ('05-03-2022, 21:04' in an Italian vBulletin), month first in
    'en'/'en-US' ('03-04-2021, 08:12 PM' in MyBB's default)."""
    lang = str(tree.get("lang") or "").lower().replace("_", "-")
    if not lang:
        return None
    for node in element.iter(etree.Element):
        text = element_text(node)
        if len(text) <= 40 and shows_date(text) and (found := dashed_day_first(text)):
            if lang in _MONTH_FIRST_LANGS:
                year, month, day = found.split("-")
                return _swapped(int(year), int(day), int(month)) or found
            return found
    return None


def _swapped(year: int, month: int, day: int) -> str | None:
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def _without_opening(comments: list[Comment], opening: Comment) -> list[Comment]:
    for comment in comments:
        if comment.parent == opening.id:  # (read as its replies: the thread's own comments)
            comment.parent, comment.depth = None, max(1, comment.depth - 1)
    return [c for c in comments if c is not opening]


_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")


def _subject(element: etree._Element | None, title: str) -> str | None:
    """The opening post's own subject heading, when the title read so far starts with it (a
    <title> 'TOPIC / FORUM / BOARD')."""
    if element is None:
        return None
    for heading in element.iter(*_HEADINGS):
        subject = " ".join(element_text(heading).split())
        if len(subject.split()) >= 2 and subject != title and title.startswith(subject) and not parse_date(subject):
            return subject
    return None


_MAX_SPAN = 4


def _spans(cell: etree._Element) -> int:
    value = str(cell.get("rowspan") or "").strip()
    return min(int(value), _MAX_SPAN) if value.isdigit() else 1


def _merge_spanned_rows(tree: etree._Element) -> None:
    """A row whose cell spans the next rows takes their cells: one forum post written as two rows
    beside one user cell ('<tr><td rowspan=2>USER</td><td>#1 DATE</td></tr><tr><td>TEXT</td></tr>',
    Seditio, phpBB-like skins) is one row, as the readers see a post."""
    for row in list(tree.iter("tr")):
        if row.getparent() is None:
            continue  # (a row already merged into the one above)
        span = max((_spans(cell) for cell in row if cell.tag in ("td", "th")), default=1)
        if span < 2:
            continue
        following = list(islice(row.itersiblings("tr"), span - 1))
        if len(following) < span - 1 or any(_spans(c) > 1 for r in following for c in r):
            continue  # (a table whose spans overlap is a layout, left as it is)
        for spanned in following:
            for moved in list(spanned):
                row.append(moved)
            if (parent := spanned.getparent()) is not None:
                parent.remove(spanned)
        for cell in row:
            if "rowspan" in cell.attrib:
                del cell.attrib["rowspan"]


def without_xml_declaration(text: str) -> str:
    """The page without the XML declaration that opens an XHTML page ('<?xml ... encoding=...?>',
    old engines' pages), which lxml refuses in a decoded text."""
    return _XML_DECLARATION.sub("", text, count=1)


def _parse_tree(text: str, source: str) -> etree._Element:
    """The page's element tree (rows a cell spans merged), or a clear error naming ``source``."""
    if not text.strip():
        raise InputError.empty(source)
    parser = etree.HTMLParser(huge_tree=True, remove_comments=True, remove_pis=True)
    text = without_xml_declaration(text)
    try:
        tree = etree.fromstring(text, parser=parser)
    except (etree.ParserError, ValueError) as error:
        raise InputError.no_page(source, f"the HTML could not be parsed ({error})") from error
    if tree is None:
        raise InputError.no_page(source, "the HTML has no elements")
    if any(entry.type_name == "ERR_RESOURCE_LIMIT" for entry in parser.error_log):
        raise InputError.too_deep(source, _PARSER_DEPTH_LIMIT)
    if "rowspan" in text:
        _merge_spanned_rows(tree)
    return tree


@dataclass(slots=True)
class _Thread:
    """The comments read from a page, the element each was read from, and the thread's zone."""

    comments: list[Comment]
    elements: list[etree._Element]
    zone: set[etree._Element]
    talk: bool = False  # a wiki talk page: its comments are signed paragraphs


def _thread(text: str, tree: etree._Element, scanned: PageScan, published: str | None) -> _Thread:
    """The page's thread: its comment markup, or a wiki talk page's signed comments where those
    are more (with or without DiscussionTools' markers)."""
    # a whole <article> taken as the body may hold the thread too: the generic reader skips
    # only a body that is the post's text
    skip = None if scanned.body_is_article else scanned.body
    elements: list[etree._Element] = []
    comments, zone = read_thread(
        tree, scanned.candidates, skip, scanned.index, scanned.starts, elements, published=published
    )
    if (label := repeated_label(comments)) is not None:  # a 'Reply' in every comment, in a new language
        again: list[etree._Element] = []
        token = PAGE_CHROME.set(PAGE_CHROME.get() | {label})
        try:
            other, other_zone = read_thread(
                tree, scanned.candidates, skip, scanned.index, scanned.starts, again, published=published
            )
        finally:
            PAGE_CHROME.reset(token)
        if relabelled(comments, other, label):
            comments, zone, elements = other, other_zone, again
    if talk_pages.MARKER in text and (wiki := talk_pages.talk_comments(tree))[0]:  # a wiki's signed comments
        comments, elements = wiki
    elif talk_pages.signed_page(text) and len((signed := talk_pages.signed_comments(tree))[0]) > len(comments):
        comments, elements = signed  # (no DiscussionTools markers: the signatures)
    else:
        return _Thread(comments, elements, zone)
    return _Thread(comments, elements, {e for holder in elements for e in holder.iter()}, talk=True)


def _title_and_site(
    tree: etree._Element,
    facts: JsonLdFacts,
    scanned: PageScan,
    zone: set[etree._Element],
    excluded: set[etree._Element],
) -> tuple[str, str | None]:
    """The post's title and the site's name, from structured data first, then the page's markup."""
    marked = scanned.marked
    site = facts.site or _first_text(tree, sel.SITE_XPATHS, zone, scanned)
    title = (
        facts.headline
        or _first_text(tree, sel.TITLE_XPATHS, zone, scanned)
        or heading_title(tree, excluded, marked)
        or _first_text(tree, sel.LATE_TITLE_XPATHS, zone)
        or facts.page_name
        or title_from_tag(tree, marked)
    )
    if site is None and " | " in title:
        title, site = (part.strip() for part in title.rsplit(" | ", 1))
    return strip_site_from_title(_first_heading_part(tree, title), site), site


def parse_html_page(text: str, source: str = "<html>") -> Page:
    """Parse one HTML blog page into a :class:`Page`."""
    tree = _parse_tree(text, source)
    scanned = scan_page(tree)
    facts = read_json_ld(scanned.json_ld)
    body_element = scanned.body
    thread = _thread(text, tree, scanned, facts.published or meta_published(tree))
    zone = thread.zone
    elements_by_id = {c.id: e for c, e in zip(thread.comments, thread.elements, strict=True)}
    classic = _blogger_classic_comments(scanned.ids.get(sel.BLOGGER_CLASSIC_ID, []))
    found = thread.comments if _real(thread.comments) >= _real(classic) else classic  # (a backlink alone)
    comments = order_by_parent(found or facts.comments)
    opening: Comment | None = None
    if body_element is not None and (opening := _holding_opening(comments, elements_by_id, body_element, tree, zone)):
        comments = _without_opening(comments, opening)  # the post's own text is the first post's

    elif body_element is not None and body_element in zone:
        body_element = None
    if body_element is None:
        body, hints = main_text(text)
        opening = _opening_post(comments, body, tree, zone, elements_by_id) or _titled_opening(
            comments, elements_by_id, tree
        )
        if opening is not None:
            comments = _without_opening(comments, opening)
            body = opening.text
    # The post's metadata is read around its body, never inside it nor in the comments; a
    # whole <article> holds its header too, so it does not count as the body there.
    excluded = set(zone)
    if body_element is not None and not scanned.body_is_article:
        excluded.update(_text_of_body(body_element))
    opening_element = elements_by_id.get(opening.id) if opening is not None else None
    # ('Count of comments: 7' in the topic's block)
    count_excluded = excluded - set(opening_element.iter()) if opening_element is not None else excluded
    # the metadata lookups that skip ``excluded`` take the marked elements outside it, once
    outside = [e for e in scanned.marked if e not in excluded]
    title, site = _title_and_site(tree, facts, scanned, zone, excluded)
    if opening is not None and (subject := _subject(opening_element, title)):
        title = subject
    if body_element is not None:
        body, hints = block_text(body_element), collect_hints(body_element)
    name_pingbacks(comments, [site] if site else None)
    opening_author = opening.author if opening is not None else None
    stated_author = facts.author or opening_author or post_author(tree, excluded, outside) or scanned.profile_name
    stated_author = stated_author or _pictured_author(tree, zone)
    post_author_name = infer_post_author(comments, stated_author) if stated_author else None
    if not any(c.author_evidence == "stated" and c.pingback is None for c in comments):
        infer_authors(comments, post_author_name)  # only where the markup names no author at all
    opening_date = opening.published if opening is not None else None
    if opening_date is None and opening_element is not None:
        opening_date = _day_first_date(tree, opening_element)
    if not (published := facts.published or opening_date):
        with slashes_month_first(_us_english(tree)):
            published = post_published(tree, excluded, outside)
    real = [c for c in comments if not c.placeholder]
    # a talk page states counts per section ('8 comments · 3 people'), none for the page
    count = None if thread.talk else stated_count(tree, count_excluded, outside)
    if count is None and real and (first := elements_by_id.get(real[0].id)) is not None:
        count = thread_heading_count(first, sum(c.pingback is None for c in real), count_excluded, title)
    url = facts.url or _first_text(tree, (sel.CANONICAL_XPATH,), zone, scanned)
    if count is None and real and not thread.talk:
        count = thread_link_count(tree, count_excluded, url)
    return Page(
        source=source,
        format="html",
        title=title,
        site=site,
        author=post_author_name,
        published=published,
        url=url,
        rating=facts.rating
        or find_rating(body.split("\n"), title)  # "T (1/2 star)" as in the text reader
        or (image_rating(body_element) if body_element is not None else None),  # ST s11: '<img alt="4 stars">'
        reviewed=facts.reviewed or reviewed_from_title(title, tuple(h.text for h in hints if h.kind == "em")),
        comment_count_stated=count,
        comments_on_page=len(real),
        body=body,
        comments=comments,
        hints=hints,
    )
