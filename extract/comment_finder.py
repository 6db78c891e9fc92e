"""Comment threads in HTML of any theme: engine markup first, a generic reader as fallback.

One mechanism reads every engine. A *comment body* is the smallest element that holds
one comment's author, text and date:

1. **Known markup**: elements that name themselves comments (``comment`` and the engines'
   item classes, ``id="comment-12"``, ``itemprop="comment"``, schema.org ``Comment`` /
   ``UserComments``, microformats ``p-comment``) become bodies when their own content (not
   counting nested bodies) holds an author, or a text and a date. Wrappers with nothing
   of their own (WordPress' ``li`` around ``article.comment-body``) and fragments with only
   a text (Astra's ``section.comment``) are not bodies.
2. **Generic reader** (no known markup, or known markup that yields only empty comments):
   repeated sibling blocks that each hold an author-like element, a date and a text.

Nesting comes from the DOM, whatever the engine: an ancestor of a body counts one level
when it is itself a body (replies inside their parent), or when the branch holding the
body differs in kind from the ancestor's first branch (``</li><ul class="children">``,
Drupal's ``div.indented``, wpDiscuz' nested divs). A flat list takes ``depth-N`` classes,
an ``indent`` attribute or its left margins instead. Each real comment is read once: a
thread rendered twice keeps its first copy.

>>> from lxml import html
>>> tree = html.fromstring('''<div id="comments"><ol class="comment-list">
... <li id="comment-1" class="comment"><article id="div-comment-1" class="comment-body">
... <div class="comment-author vcard"><img alt="Ann's avatar"><b class="fn">Ann</b>
... <span class="says">says:</span></div><time datetime="2020-01-02">Jan 2</time>
... <div class="comment-content"><p>Loved it.</p></div><div class="reply">Reply</div></article>
... <ol class="children"><li id="comment-2" class="comment"><article id="div-comment-2">
... <b class="fn">Bob</b><div class="comment-content"><p>Me too.</p></div></article></li></ol>
... </li></ol></div>''')
>>> [(c.id, c.author, c.parent, c.text) for c in find_comments(tree)]
[('1', 'Ann', None, 'Loved it.'), ('2', 'Bob', '1', 'Me too.')]
"""

from __future__ import annotations

import copy
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import islice

from lxml import etree

from extract import selectors as sel
from extract.dates import parse_date
from extract.html_text import block_text
from extract.records import Comment, Pingback

_PINGBACK_TEXT = re.compile(r"^\s*(?:pingback|trackback)\s*:\s*", re.I)
_PINGBACK_WORD = re.compile(r"\s*(?:pingback|trackback)", re.I)
_WORDS = re.compile(r"\w+")
_DIGIT = re.compile(r"\d")
_DIGITS = re.compile(r"\d+")
_SAYS_LINE = re.compile(r"^\s*(?:says|said|wrote|sagt|dit|dice|disse|zegt|scrive)?\s*[:.…]*\s*$", re.I)
_CACHED_TEXT = 200  # strings up to this long have their cleaned author or date remembered


def _parts(parts: Iterable[str]) -> re.Pattern[str]:
    """A pattern that finds any of ``parts`` in a lower-cased class value: a part (no spaces)
    is inside one of the value's tokens exactly when it is inside the value."""
    return re.compile("|".join(re.escape(part) for part in parts))


_TEXT_CHROME = _parts(sel.TEXT_CHROME_PARTS)
_META = _parts(sel.META_PARTS)
_DATE_CLASS = _parts(sel.DATE_PARTS)
_AUTHOR_SKIP = _parts(sel.AUTHOR_SKIP_TOKENS)
_EDIT = _parts(("edit",))
_AUTHOR_PART = _parts(sel.AUTHOR_TOKEN_PARTS)
_cached_date = lru_cache(maxsize=4096)(parse_date)


def _flat(element: etree._Element) -> str:
    """:func:`extract.html_text.element_text` by lxml's text serialiser (four times faster on
    a comment; ``tests/test_reader_speed.py`` checks the two agree on every fixture element)."""
    if not len(element):  # no children: its text is all there is
        return " ".join((element.text or "").split())
    return " ".join(etree.tostring(element, method="text", encoding=str, with_tail=False).split())


def _inside_block(node: etree._Element, top: etree._Element) -> bool:
    """Whether a block element sits inside another block element below ``top``."""
    for ancestor in node.iterancestors():
        if ancestor is top:
            return False
        if ancestor.tag in _BLOCK_TAGS:
            return True
    return False


_BLOCK_TAGS = frozenset(sel.BODY_BLOCK_TAGS)


def _block_text(element: etree._Element) -> str:
    """:func:`extract.html_text.block_text` with each paragraph's text by :func:`_flat`."""
    if not len(element):  # no children: one paragraph or none, its text either way
        return _flat(element)
    blocks = [e for e in element.iter() if e.tag in _BLOCK_TAGS and not _inside_block(e, element)]
    if not blocks:  # no paragraphs: its <br>-aware text, which is its flat text when it has no <br>
        return _flat(element) if next(element.iter("br"), None) is None else block_text(element)
    return "\n\n".join(text for block in blocks if (text := _flat(block)))


_TEXT_RANK = {name: rank for rank, name in enumerate((*sel.TEXT_ITEMPROPS, *sel.TEXT_TOKENS))}
_AUTHOR_RANK = {name: rank for rank, name in enumerate(sel.AUTHOR_TOKENS)}


@dataclass(slots=True, frozen=True)
class _Facts:
    """What the finder asks of one class (or itemprop) value, worked out once per value."""

    tokens: tuple[str, ...]  # lower-cased
    author_ranks: tuple[int, ...]  # of its tokens in AUTHOR_TOKENS (each once)
    text_rank: int | None  # the best rank of _TEXT_RANK among them
    text_chrome: bool  # a token holds a TEXT_CHROME_PARTS part
    meta: bool  # a token holds a META_PARTS part
    date: bool  # a token holds a DATE_PARTS part
    author_skip: bool  # a token holds an AUTHOR_SKIP_TOKENS part
    edit: bool  # a token holds 'edit'
    authorish: bool  # a token names an author or user in an unknown theme
    item: bool  # a token names a comment item (ITEM_CLASS_TOKENS)
    pingback: bool  # a token is a PINGBACK_CLASSES class
    kind: frozenset[str]  # the tokens that say what the element is (see _kind_tokens)

    @classmethod
    def of(cls, value: str) -> _Facts:
        low = value.lower()
        tokens = tuple(low.split())
        ranks = [_TEXT_RANK[t] for t in tokens if t in _TEXT_RANK]
        return cls(
            tokens,
            tuple(dict.fromkeys(_AUTHOR_RANK[t] for t in tokens if t in _AUTHOR_RANK)),
            min(ranks) if ranks else None,
            _TEXT_CHROME.search(low) is not None,
            _META.search(low) is not None,
            _DATE_CLASS.search(low) is not None,
            _AUTHOR_SKIP.search(low) is not None,
            _EDIT.search(low) is not None,
            any(not t.startswith(sel.AUTHOR_PART_EXCLUDED) and _AUTHOR_PART.search(t) for t in tokens),
            not sel.ITEM_CLASS_TOKENS.isdisjoint(tokens),
            not sel.PINGBACK_CLASSES.isdisjoint(tokens),
            frozenset(t for t in tokens if not sel.DECORATION_CLASS.match(t)),
        )


_FACTS: dict[str, _Facts] = {}
_FACTS_LIMIT = 4096  # distinct values remembered (themes repeat a few per page)


_NO_FACTS = _Facts.of("")


def _facts(value: str) -> _Facts:
    facts = _FACTS.get(value)
    if facts is None:
        facts = _Facts.of(value)
        if len(value) <= _CACHED_TEXT:
            if len(_FACTS) >= _FACTS_LIMIT:
                _FACTS.clear()
            _FACTS[value] = facts
    return facts


def _date_of(text: str) -> str | None:
    """:func:`parse_date`, remembered for short strings (comments repeat their dates)."""
    return _cached_date(text) if len(text) <= _CACHED_TEXT else parse_date(text)


def classes(element: etree._Element) -> list[str]:
    """The class tokens of an element, lower-cased."""
    value = element.get("class")
    return str(value).lower().split() if value else []


def _itemprops(element: etree._Element) -> list[str]:
    value = element.get("itemprop")
    return str(value).lower().split() if value else []


def _is_element(node: object) -> bool:
    return isinstance(node, etree._Element) and isinstance(node.tag, str)


def is_comment_item(element: etree._Element, tokens: list[str] | None = None) -> bool:
    """Whether an element names itself a comment (class, id, microdata, microformats)."""
    if tokens is None:
        value = element.get("class")
        facts = _facts(value) if value else _NO_FACTS
        return facts.item or is_item_by_markup(element, facts.tokens)
    return not sel.ITEM_CLASS_TOKENS.isdisjoint(tokens) or is_item_by_markup(element, tokens)


def is_item_by_markup(element: etree._Element, tokens: Sequence[str]) -> bool:
    """:func:`is_comment_item` for an element whose class ``tokens`` (lower-cased) hold no
    item class of their own: Disqus' ``li.post``, an item id, microdata or an item type."""
    if element.tag == "li" and "post" in tokens:  # Disqus: li.post in ul#post-list or ul.children
        parent = element.getparent()
        where = f"{parent.get('id') or ''} {parent.get('class') or ''}" if parent is not None else ""
        if "post-list" in where or "children" in where:
            return True
    raw_id = element.get("id")
    if raw_id and sel.ITEM_ID.match(str(raw_id)):
        return True
    if "comment" in _itemprops(element):
        return True
    itemtype = str(element.get("itemtype") or "")
    return itemtype.endswith(sel.ITEM_TYPES)


def _own(item: etree._Element, bodies: set[etree._Element]) -> list[etree._Element]:
    """Elements under ``item`` (itself included) that are not inside another body."""
    every = list(item.iter(etree.Element))  # in C; the usual case holds no other body
    if not bodies or bodies.isdisjoint(islice(every, 1, None)):
        return every
    own = []
    walk = etree.iterwalk(item, events=("start",), tag=etree.Element)
    for _, element in walk:
        if element in bodies and element is not item:
            walk.skip_subtree()
            continue
        own.append(element)
    return own


def _within(element: etree._Element, ancestor: etree._Element | None) -> bool:
    if ancestor is None:
        return False
    node: etree._Element | None = element
    while node is not None:
        if node is ancestor:
            return True
        node = node.getparent()
    return False


# --- authors -------------------------------------------------------------------------


def clean_author(text: str) -> str:
    """A commenter's name without page chrome: says/sagt/dice, by/von/par, '(not verified)',
    user numbers, dates and reply links.

    >>> clean_author("Jonas sagt:"), clean_author("by neon_tapir ( 881204 )")
    ('Jonas', 'neon_tapir')
    >>> clean_author("Wren (not verified)"), clean_author("Ann March 4, 2019 at 3:00 pm Reply")
    ('Wren', 'Ann')
    """
    return _cached_author(text) if len(text) <= _CACHED_TEXT else _clean_author(text)


def _clean_author(text: str) -> str:
    text = " ".join(text.split())
    previous = None
    while text and text != previous:
        previous = text
        if _DIGIT.search(text) and parse_date(text) and (cut := sel.AUTHOR_DATE_CUT.search(text)):
            text = text[: cut.start()]
        text = sel.AUTHOR_CHROME_TAIL.sub("", text)
        text = sel.AUTHOR_CHROME_HEAD.sub("", text)
        text = sel.AUTHOR_UNVERIFIED.sub("", text).strip(" :,–—-|·")
    return text


_cached_author = lru_cache(maxsize=4096)(_clean_author)


def name_of(element: etree._Element) -> str:
    """The name an author element shows: an inner ``itemprop=name``/``p-name``/``fn`` first."""
    for inner in element.iterdescendants(etree.Element):
        value, props = inner.get("class"), inner.get("itemprop")
        if not value and not props:
            continue
        tokens = str(value).lower().split() if value else []
        if "name" in _itemprops(inner) or "p-name" in tokens or "fn" in tokens:
            name = clean_author(_flat(inner))
            if name:
                return name
    return clean_author(_text_without_chrome(element, "author_skip", _flat))


def _short(text: str, words: int = 8) -> bool:
    return 0 < len(text.split()) <= words


@dataclass(slots=True)
class _Author:
    element: etree._Element
    name: str
    url: str | None = None


_GENERIC_AUTHOR_TAGS = frozenset({"strong", "b", "a"})


def _in_paragraph(element: etree._Element) -> bool:
    """Whether an element sits in running text (a link or bold word inside a paragraph)."""
    parent = element.getparent()
    return parent is not None and parent.tag in ("p", "blockquote")


_Attributes = list[tuple[etree._Element, _Facts | None, str | None]]


def _attributes(own: list[etree._Element]) -> _Attributes:
    """(element, the facts of its class, its itemprop) for each of a body's own elements,
    read once for the author and the text lookups."""
    return [
        (element, _FACTS.get(value) or _facts(value), element.get("itemprop"))
        if (value := element.get("class"))
        else (element, None, element.get("itemprop"))
        for element in own
    ]


def _author(own: list[etree._Element], generic: bool = False, attributes: _Attributes | None = None) -> _Author | None:
    """The author of a comment body, by microdata, class vocabulary, a byline, then tags."""
    found = _author_by_markup(attributes if attributes is not None else _attributes(own))
    if found is None:
        found = _author_by_byline(own)
    if found is None:
        for element in own:
            loose = generic and element.tag in _GENERIC_AUTHOR_TAGS and not _in_paragraph(element)
            if loose and element.tag == "a" and sel.POST_LINK.search(str(element.get("href") or "")):
                continue  # a link to a post (related posts, archives) names no person
            if element.tag == "cite" or loose:
                name = clean_author(_flat(element))
                if _short(name, 5) and not _date_of(name):
                    found = _Author(element, name)
                    break
    if found is not None:
        element = found.element
        anchor = element if element.tag == "a" else next(element.iter("a"), None) if len(element) else None
        if anchor is not None and anchor.get("href"):
            found.url = str(anchor.get("href"))
    return found


def _author_by_markup(attributes: _Attributes) -> _Author | None:
    by_rank: dict[int, list[etree._Element]] = {}  # by the rank of the token in AUTHOR_TOKENS
    for element, facts, props in islice(attributes, 1, None):
        if props and ("author" in props.split() or "creator" in props.split()) and (name := name_of(element)):
            return _Author(element, name)
        if facts is not None and facts.author_ranks:
            for rank in facts.author_ranks:
                by_rank.setdefault(rank, []).append(element)
    for rank in sorted(by_rank):
        for element in by_rank[rank]:
            if name := name_of(element):
                return _Author(element, name)
    for element, facts, _ in islice(attributes, 1, None):  # unknown themes: any class naming an author or user
        if facts is not None and facts.authorish and _short(name := name_of(element), 6):
            return _Author(element, name)
    return None


def _may_be_pingback(element: etree._Element) -> bool:
    """Whether the element's own text can start 'Pingback:' (see ``_PINGBACK_TEXT``): its first
    piece of text that is not blank starts with the word."""
    first = element.text
    if not (first and first.strip()):
        first = next((tail for child in element if (tail := child.tail) and tail.strip()), None)
    return first is not None and _PINGBACK_WORD.match(first) is not None


def _own_text(element: etree._Element) -> str:
    return " ".join(
        " ".join(part.split()) for part in [element.text, *(c.tail for c in element)] if part and part.strip()
    )


def _author_by_byline(own: list[etree._Element]) -> _Author | None:
    """``11 février 2014, 21:40, par Thérèse B.``, ``by <a>Name</a>``: the keyword in the
    element's own text, the name after it (a link right after the keyword, else the words)."""
    for element in own[1:]:
        if not sel.BYLINE_WORD.search(_own_text(element)) or not _short(_flat(element), 14):
            continue
        pieces = [(element.text or "", None)] + [(c.tail or "", c) for c in element if _is_element(c)]
        for index, (before, _) in enumerate(pieces):
            if not sel.BYLINE_END.search(before):
                continue
            following = pieces[index + 1][1] if index + 1 < len(pieces) else None
            if following is not None:
                name = clean_author(_flat(following))
                if name and not parse_date(name):
                    return _Author(following, name)
        if match := sel.BYLINE.search(_flat(element)):
            name = clean_author(match.group(1))
            if name and not parse_date(name):
                return _Author(element, name)
    return None


# --- text and dates --------------------------------------------------------------------


def _chrome(element: etree._Element, parts: str) -> bool:
    """Whether a class token of the element holds one of the parts that the :class:`_Facts`
    field ``parts`` is about (``text_chrome``, ``meta``, ``date``, ``author_skip``, ``edit``)."""
    value = element.get("class")
    return bool(getattr(_FACTS.get(value) or _facts(value), parts)) if value else False


def _text_without_chrome(
    element: etree._Element,
    parts: str = "text_chrome",
    render: Callable[[etree._Element], str] = _block_text,
    below: list[etree._Element] | None = None,
) -> str:
    """Text of an element with reply links, like buttons and the like left out: block text
    for comment texts, flat text for author elements; ``below`` are its descendant elements
    when the caller has them already."""
    if not len(element):  # nothing below it to leave out
        return render(element)
    if below is None:
        below = list(element.iterdescendants(etree.Element))
    if not any(_chrome(e, parts) for e in below):
        return render(element)
    clone = copy.deepcopy(element)
    for doomed in [e for e in clone.iterdescendants(etree.Element) if _chrome(e, parts)]:
        parent = doomed.getparent()
        if parent is None:
            continue
        previous, tail = doomed.getprevious(), doomed.tail
        parent.remove(doomed)
        if tail and previous is not None:
            previous.tail = (previous.tail or "") + tail
        elif tail:
            parent.text = (parent.text or "") + tail
    return render(clone)


def _text(own: list[etree._Element], avoid: etree._Element | None, attributes: _Attributes | None = None) -> str:
    """The comment's text: the engines' text element, else its paragraphs, else its
    largest block that is neither the author nor the date."""
    owned = set(own)
    avoided: set[etree._Element] | None = None  # the author element, its ancestors and descendants

    def usable(element: etree._Element) -> bool:
        nonlocal avoided
        if avoid is None:
            return True
        if avoided is None:
            avoided = {*avoid.iterancestors(), *avoid.iter()}
        return element not in avoided

    ranked: list[tuple[int, int, etree._Element]] = []
    for position, (element, facts, props) in enumerate(islice(attributes or _attributes(own), 1, None)):
        rank = facts.text_rank if facts is not None else None
        if props:  # the best rank among the itemprop's and the class' tokens
            other = _facts(props).text_rank
            rank = other if rank is None or (other is not None and other < rank) else rank
        if rank is not None and usable(element):
            ranked.append((rank, position, element))
    for _, _, element in sorted(ranked):  # positions differ: elements are never compared
        if text := _own_block_text(element, owned):
            return text
    paragraphs = [
        text
        for e in own[1:]
        if e.tag == "p" and usable(e) and not _chrome_above(e, own[0]) and (text := _own_block_text(e, owned))
    ]
    if paragraphs:
        return "\n\n".join(paragraphs)
    leaves = [
        e
        for e in own[1:]
        if e.tag in ("div", "td", "span", "dd", "section")
        and usable(e)
        and not _chrome_above(e, own[0])
        and not any(_is_element(c) and c.tag in ("div", "p", "td") for c in e)
    ]
    texts = [t for e in leaves if (t := _own_block_text(e, owned)) and len(t.split()) >= 3 and not parse_date(t)]
    if texts:
        return max(texts, key=len)
    return _loose_text(own, avoid)


def _loose_text(own: list[etree._Element], avoid: etree._Element | None) -> str:
    """Text written straight into the item (``<cite>Ann</cite> says:<br>Great film``): the
    item's own text without its author, dates, meta, buttons and nested comments."""
    owned = set(own)
    top = own[0]

    def skipped(element: etree._Element) -> bool:
        return (
            element not in owned
            or element is avoid
            or element.tag in ("time", "script", "style", "img")
            or _chrome(element, "text_chrome")
            or _chrome(element, "meta")
        )

    out = [top.text or ""]
    stack: list[tuple[etree._Element, bool]] = [(c, False) for c in reversed(list(top))]
    while stack:
        element, closing = stack.pop()
        if closing or not _is_element(element) or skipped(element):
            out.append(element.tail or "")
            continue
        if element.tag in ("br", "p", "div", "blockquote"):
            out.append("\n")
        out.append(element.text or "")
        stack.append((element, True))
        stack.extend((c, False) for c in reversed(list(element)))
    lines = [" ".join(line.split()) for line in "".join(out).split("\n")]
    return "\n\n".join(line for line in lines if line and not _SAYS_LINE.match(line))


def _chrome_above(element: etree._Element, top: etree._Element) -> bool:
    node: etree._Element | None = element
    while node is not None and node is not top:
        if _chrome(node, "text_chrome") or _chrome(node, "meta"):
            return True
        node = node.getparent()
    return False


def _own_block_text(element: etree._Element, owned: set[etree._Element]) -> str:
    """Block text of an element whose subtree holds no nested comment body."""
    below = list(element.iterdescendants(etree.Element))
    if not owned.issuperset(below):
        return ""
    return _text_without_chrome(element, below=below)


_DATE_ATTRIBUTES = ("content", "title", "data-timestamp")


def _date(own: list[etree._Element], attributes: _Attributes | None = None) -> str | None:
    for element in own:
        if element.tag == "time" and (value := _date_of(str(element.get("datetime") or _flat(element)))):
            return value
    for element in own:
        if not (names := element.keys()):  # one call; most elements have no attribute at all
            continue
        for attribute in _DATE_ATTRIBUTES:
            if attribute in names and (value := element.get(attribute)) and (found := _date_of(str(value))):
                return found
    for element, facts, _ in islice(attributes or _attributes(own), 1, None):
        if facts is not None and facts.date and (found := _date_of(_flat(element))):
            return found
    for element in own[1:]:
        text = _flat(element)
        if _short(text, 12) and (found := _date_of(text)):
            return found
    return None


# --- bodies ------------------------------------------------------------------------------


@dataclass(slots=True)
class _Body:
    element: etree._Element
    author: _Author | None
    text: str
    published: str | None
    pingback: Pingback | None = None
    depth: int = 0
    own: list[etree._Element] = field(default_factory=list)


def _has_own_text(own: list[etree._Element]) -> bool:
    """Whether the item's own text or any text or tail of its other own elements is not blank."""
    text = own[0].text
    if text and not text.isspace():
        return True
    for element in islice(own, 1, None):
        text = element.text
        if text and not text.isspace():
            return True
        text = element.tail
        if text and not text.isspace():
            return True
    return False


def _read_body(
    element: etree._Element, bodies: set[etree._Element], generic: bool, own: list[etree._Element] | None = None
) -> _Body | None:
    if own is None:
        own = _own(element, bodies)
        if not _has_own_text(own):
            return None
    attributes = _attributes(own)
    facts = attributes[0][1]  # own[0] is the element itself
    pingback_text = _may_be_pingback(element) and _PINGBACK_TEXT.match(_own_text(element))
    if (facts is not None and facts.pingback) or pingback_text:
        anchors = [e for e in own if e.tag == "a" and e.get("href") and not _chrome(e, "edit")]
        if not anchors:
            return None
        title = _flat(anchors[0])
        if title:
            return _Body(element, None, "", None, Pingback(title=title, url=str(anchors[0].get("href"))), own=own)
    author = _author(own, generic, attributes)
    published = _date(own, attributes)
    text = _text(own, author.element if author is not None else None, attributes)
    if author is None and not (text and published):
        return None
    return _Body(element, author, text, published, own=own)


def item_candidates(root: etree._Element) -> list[etree._Element]:
    """Elements that name themselves comment items, in document order."""
    return [e for e in root.iter() if _is_element(e) and is_comment_item(e)]


def _known_bodies(candidates: list[etree._Element], generic: bool = False) -> list[_Body]:
    found: dict[etree._Element, _Body] = {}
    skipped: set[etree._Element] = set()  # bodies, and wrappers that hold nothing but bodies
    for element in reversed(candidates):  # descendants before their ancestors
        own = _own(element, skipped)
        if not _has_own_text(own):
            skipped.add(element)
            continue
        body = _read_body(element, skipped, generic=generic, own=own)
        if body is not None:
            found[element] = body
            skipped.add(element)
    for element, body in list(found.items()):
        if body.author is not None or body.pingback is not None:
            continue
        # an unsigned text part of a signed item with no text of its own (a theme that calls
        # the text block 'comment-body'): one comment, not two
        holder = next((found[a] for a in element.iterancestors() if a in found), None)
        if holder is not None and holder.author is not None and not holder.text and holder.pingback is None:
            holder.text, holder.published = body.text, holder.published or body.published
            del found[element]
    return [found[e] for e in candidates if e in found]


def _kind(element: etree._Element) -> tuple[str, str]:
    tokens = [t for t in classes(element) if not sel.DEPTH_CLASS.match(t)]
    return (str(element.tag), tokens[0] if tokens else "")


def _generic_bodies(root: etree._Element, skip: etree._Element | None) -> list[_Body]:
    """Repeated sibling blocks, each with an author-like element, a date and a text."""
    accepted: dict[etree._Element, _Body] = {}
    kinds: set[tuple[str, str]] = set()
    for parent in root.iter():
        if not _is_element(parent) or (skip is not None and _within(parent, skip)):
            continue
        groups: dict[tuple[str, str], list[etree._Element]] = {}
        for child in parent:
            if _is_element(child) and child.tag not in sel.NOT_COMMENT_TAGS:
                groups.setdefault(_kind(child), []).append(child)
        for kind, members in groups.items():
            if len(members) < 2:
                continue
            read = [body for m in members if (body := _read_generic(m, set(accepted))) is not None]
            if len(read) >= 2:
                kinds.add(kind)
                for body in read:
                    accepted[body.element] = body
    if kinds:  # lone replies of an accepted kind (a single reply in a nested list)
        for element in root.iter():
            if not _is_element(element) or element in accepted or _kind(element) not in kinds:
                continue
            if (body := _read_generic(element, set(accepted))) is not None:
                accepted[element] = body
    order = {e: i for i, e in enumerate(root.iter())}
    return sorted(accepted.values(), key=lambda b: order[b.element])


def _read_generic(element: etree._Element, bodies: set[etree._Element]) -> _Body | None:
    body = _read_body(element, bodies, generic=True)
    if body is None or body.author is None or not body.published or len(_WORDS.findall(body.text)) < 2:
        return None
    if body.text and len(body.text) > 5000:
        return None
    return body


# --- nesting -------------------------------------------------------------------------


def _same_kind(first: etree._Element, second: etree._Element) -> bool:
    if first.tag != second.tag:
        return False
    if is_comment_item(first) and is_comment_item(second):
        return True  # a comment beside a pingback: siblings in one list
    a, b = _kind_tokens(first), _kind_tokens(second)
    return bool(a & b) or (not a and not b)


def _kind_tokens(element: etree._Element) -> set[str]:
    """Class tokens that say what an element is, without zebra striping and per-comment
    decorations (``alt``, ``odd``, ``thread-even``, ``depth-2``, ``bypostauthor``, ...)."""
    value = element.get("class")
    return set(_facts(value).kind) if value else set()


def _structural_depths(bodies: list[_Body]) -> list[int]:
    elements = {b.element for b in bodies}
    first_child: dict[etree._Element, etree._Element] = {}
    for body in bodies:  # document order: the first body reached under an ancestor is its first
        child = body.element
        for ancestor in child.iterancestors():
            if ancestor in first_child:  # an earlier body came this way: the rest is set too
                break
            first_child[ancestor] = child
            child = ancestor
    # The levels an element's ancestors add, for the branch through it: what its parent adds
    # for it, plus the parent's own; remembered, so that each ancestor is weighed once.
    above: dict[etree._Element, int] = {}

    def step(ancestor: etree._Element, child: etree._Element) -> int:
        if ancestor in elements:
            return 1
        head = first_child[ancestor]
        return 1 if head is not child and not _same_kind(head, child) else 0

    depths = []
    for body in bodies:
        chain = [body.element]  # up to the first element whose levels are known, or the root
        while (parent := chain[-1].getparent()) is not None and chain[-1] not in above:
            chain.append(parent)
        last = chain[-1]
        levels = above.get(last, 0)  # the root adds nothing
        above[last] = levels
        for child, ancestor in zip(reversed(chain[:-1]), reversed(chain[1:]), strict=True):
            levels += step(ancestor, child)
            above[child] = levels
        depths.append(above[body.element])
    return depths


def _chain(body: _Body, first_body_of: dict[etree._Element, etree._Element]) -> Iterator[etree._Element]:
    """The body and its ancestors up to the first that holds an earlier body."""
    yield body.element
    for ancestor in body.element.iterancestors():
        if first_body_of.get(ancestor) is not body.element:
            return
        yield ancestor


def _layout_depths(bodies: list[_Body]) -> list[int] | None:
    """Depths a flat list shows by ``depth-N`` classes, ``indent`` attributes or margins."""
    first_body_of: dict[etree._Element, etree._Element] = {}
    for body in bodies:
        for ancestor in body.element.iterancestors():
            first_body_of.setdefault(ancestor, body.element)
    classed: list[int | None] = []
    indents: list[int | None] = []
    margins: list[float | None] = []
    for body in bodies:
        level = margin = None
        for element in _chain(body, first_body_of):
            for token in classes(element):
                if level is None and (match := sel.DEPTH_CLASS.match(token)):
                    level = int(match.group(1)) - (0 if match.group(0).startswith("indent") else 1)
            if margin is None and (match := sel.MARGIN.search(str(element.get("style") or ""))):
                margin = float(match.group(1))
        classed.append(level)
        indent = next((e.get("indent") for e in body.own if e.get("indent") is not None), None)
        indents.append(int(str(indent)) if indent is not None and str(indent).isdigit() else None)
        margins.append(margin)
    if all(v is not None for v in indents) and len(set(indents)) > 1:
        return [int(v or 0) for v in indents]
    if all(v is not None for v in classed) and len(set(classed)) > 1:
        return [max(0, int(v or 0)) for v in classed]
    if all(v is not None for v in margins) and len(set(margins)) > 1:
        ranks = {value: rank for rank, value in enumerate(sorted({m for m in margins if m is not None}))}
        return [ranks[m] for m in margins if m is not None]
    return None


def _assign_depths(bodies: list[_Body]) -> None:
    depths = _structural_depths(bodies)
    if not any(depths) and (layout := _layout_depths(bodies)) is not None:
        depths = layout
    for body, depth in zip(bodies, depths, strict=True):
        body.depth = depth


# --- comments ----------------------------------------------------------------------


def _comment_id(element: etree._Element, number: int, used: set[str]) -> str:
    raw = str(element.get("id") or element.get("data-nid") or "")
    if not raw:
        parent = element.getparent()
        raw = (
            str(parent.get("id") or "") if parent is not None and sel.ITEM_ID.match(str(parent.get("id") or "")) else ""
        )
    prefix = sel.ID_PREFIX.match(raw)  # anchored: what sub() would take away
    comment_id = (raw[prefix.end() :] if prefix else raw) or f"h{number}"
    while comment_id in used:
        comment_id += "'"
    used.add(comment_id)
    return comment_id


def _number(element: etree._Element) -> str | None:
    """The number in the id of a comment item or of its wrapper (``div-comment-902``)."""
    for node in (element, element.getparent()):
        if node is not None and (match := _DIGITS.search(str(node.get("id") or ""))):
            return match.group(0)
    return None


def _to_comments(bodies: list[_Body]) -> list[Comment]:
    comments: list[Comment] = []
    stack: list[Comment] = []
    seen: dict[tuple[str, str], tuple[Comment, etree._Element]] = {}
    used: set[str] = set()
    for body in bodies:
        author = body.author.name if body.author is not None else ""
        del stack[body.depth :]
        parent = stack[-1].id if stack else None
        key = (author.casefold(), " ".join(body.text.split()).casefold())
        if body.pingback is None and len(key[1]) >= 20 and key in seen:
            first, first_element = seen[key]
            number = _number(first_element)
            if number is None or number == _number(body.element):
                stack.append(first)  # the same comment rendered again: read once
                continue
        comment = Comment(
            id=_comment_id(body.element, len(comments) + 1, used),
            text=body.text,
            author=author or None,
            author_evidence="stated" if author else None,
            parent=parent,
            depth=len(stack) + 1,
            pingback=body.pingback,
            published=body.published,
            author_url=body.author.url if body.author is not None else None,
        )
        if body.pingback is None and not comment.text and not comment.author:
            continue
        seen.setdefault(key, (comment, body.element))
        comments.append(comment)
        while len(stack) < body.depth:  # a jump of more than one level: attach to the last
            stack.append(stack[-1] if stack else comment)
        stack.append(comment)
    return comments


def find_comments(root: etree._Element, skip: etree._Element | None = None) -> list[Comment]:
    """Every comment under ``root`` in page order, with parents and depths; ``skip`` is the
    post's own body, never read as comments by the generic reader."""
    return read_thread(root, item_candidates(root), skip)[0]


def read_thread(
    root: etree._Element, candidates: list[etree._Element], skip: etree._Element | None = None
) -> tuple[list[Comment], set[etree._Element]]:
    """(comments, the comment zone) from the page's comment item candidates (see
    ``extract.page_scan``); the zone is every element of a comment item, where the post's
    own metadata is never looked for."""
    bodies = _known_bodies(candidates)
    if bodies and not any(b.author or b.pingback for b in bodies):  # names outside the known vocabulary
        bodies = _known_bodies(candidates, generic=True)
    if not any(b.text or b.pingback for b in bodies):  # a thread of pingbacks alone is a thread
        bodies = _generic_bodies(root, skip)
        candidates = [b.element for b in bodies]
    zone: set[etree._Element] = set()
    for element in candidates:
        if element not in zone:
            zone.update(element.iter())
    if not bodies:
        return [], zone
    _assign_depths(bodies)
    return _to_comments(bodies), zone
