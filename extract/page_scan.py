"""One pass over a parsed page: the post body, comment item candidates, and the elements
where the post's metadata may sit; sidebars and widgets (decoys) are skipped and removed.

Every later lookup works on these short lists instead of walking the whole tree again,
which keeps the HTML reader near the speed of the parse itself.

>>> from lxml import html
>>> tree = html.fromstring('''<html><body><article><h1 class="entry-title">Heat</h1>
... <div class="entry-content"><p>Great.</p></div></article>
... <aside class="widget"><ul><li class="comment">Recent: Ann on Heat</li></ul></aside>
... <ol class="comment-list"><li id="comment-1" class="comment">Ann: Loved it</li></ol></body></html>''')
>>> found = scan_page(tree)
>>> found.body.get("class"), [c.get("id") for c in found.candidates], len(tree.xpath("//aside"))
('entry-content', ['comment-1'], 0)
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import islice

from lxml import etree

from extract import selectors as sel
from extract.comment_finder import positions
from extract.comment_markup import ClassFacts, ElementIndex, class_facts, is_item_by_markup
from extract.date_forms import any_date
from extract.dates import is_relative_date


@dataclass(slots=True)
class PageScan:
    """What one pass over the page found, in document order."""

    body: etree._Element | None = None
    body_is_article: bool = False  # found only as a whole <article> (which holds its header too)
    candidates: list[etree._Element] = field(default_factory=list)
    # every element left on the page, in document order, with the facts the comment finder
    # reads of each (holding the elements also keeps lxml from building a new proxy object
    # each time a later step reaches one), and where each candidate is in it
    index: ElementIndex = field(default_factory=lambda: ElementIndex([], [], []))
    starts: list[int] = field(default_factory=list)
    marked: list[etree._Element] = field(default_factory=list)  # where post metadata may sit
    # elements by the class tokens of ``selectors.INDEXED_CLASS_TOKENS``, as XPath matches them
    classed: dict[str, list[etree._Element]] = field(default_factory=dict)
    heads: list[etree._Element] = field(default_factory=list)  # <meta> and <link> with attributes
    ids: dict[str, list[etree._Element]] = field(default_factory=dict)  # by the ids of selectors.INDEXED_IDS
    # the name of a person profile card in a removed sidebar (an 'about the author' box): the
    # post's author when the page names none elsewhere
    profile_name: str | None = None
    json_ld: list[etree._Element] = field(default_factory=list)  # what selectors.JSON_LD_XPATH finds


@dataclass(slots=True, frozen=True)
class _ClassValue:
    """What the scan needs of one class attribute value, worked out once per page for each
    distinct value (a thread repeats the same few values for every comment)."""

    low: str
    tokens: list[str]
    decoy: bool  # names a sidebar or widget
    body_rank: int  # 1 + the index of its best BODY_TOKENS token; 0 for none
    hint: bool  # ITEM_HINT: might name a comment item
    item: bool  # one of its tokens names a comment item (ITEM_CLASS_TOKENS)
    post: bool  # 'post' is one of its tokens (Disqus' li.post)
    meta: bool  # META_HINT: might hold post metadata
    indexed: tuple[str, ...]  # its INDEXED_CLASS_TOKENS, case and spaces as XPath sees them
    facts: ClassFacts | None  # what the comment finder reads of it
    side: bool = False  # a token opens or ends with 'sidebar' ('p-body-sidebar'): a decoy unless it holds the page

    @classmethod
    def of(cls, value: str) -> _ClassValue:
        low = value.lower()
        tokens = low.split()
        decoy = any(part in low for part in sel.DECOY_PARTS) and bool(sel.DECOY_TOKENS.intersection(tokens))
        rank = next((rank for rank, token in enumerate(sel.BODY_TOKENS, start=1) if token in tokens), 0)
        indexed = tuple(t for t in sel.XML_SPACE.split(value) if t in sel.INDEXED_CLASS_TOKENS)
        hint, meta = bool(sel.ITEM_HINT.search(low)), bool(sel.META_HINT.search(low))
        item = not sel.ITEM_CLASS_TOKENS.isdisjoint(tokens)
        facts = class_facts(value) if value else None
        side = not decoy and any(_side_token(t) for t in tokens)
        return cls(low, tokens, decoy, rank, hint, item, "post" in tokens, meta, indexed, facts, side)


# What the scan needs of each class value, remembered across pages (a blog repeats its theme's
# few values on every page).
_VALUES: dict[str | bytes, _ClassValue] = {}
_VALUES_LIMIT = 4096


_SEGMENTS = re.compile(r"[-_]+")
_SIDE_SEGMENTS = frozenset({"sidebar", "widgets"})
_PAGE_TAGS = frozenset({"html", "body", "main"})


_CODE_TAGS = frozenset({"script", "style", "template"})
_PROFILE_CARDS = etree.XPath(
    "descendant-or-self::*[contains(concat(' ', normalize-space(@class), ' '), ' h-card ')"
    " or contains(@itemtype, 'schema.org/Person')]"
)


def _profile_name(decoy: etree._Element) -> str | None:
    """The name on a person's profile card inside a sidebar ('div.h-card' or schema.org Person
    with a p-name / itemprop=name: Minimal Mistakes' author box)."""
    cards = _PROFILE_CARDS(decoy)  # found in C: sidebars are long
    for card in cards if isinstance(cards, list) else []:
        if not isinstance(card, etree._Element):
            continue
        for inner in card.iter(etree.Element):
            tokens = f" {inner.get('class') or ''} "
            if " p-name " in tokens or inner.get("itemprop") == "name":
                name = " ".join("".join(str(t) for t in inner.itertext()).split())
                if 0 < len(name.split()) <= 4:
                    return name
        return None
    return None


def _side_token(token: str) -> bool:
    """A class token that begins or ends with 'sidebar' ('p-body-sidebar', 'sidebar-right')."""
    parts = _SEGMENTS.split(token)
    return parts[0] in _SIDE_SEGMENTS or parts[-1] in _SIDE_SEGMENTS


def _side_block(element: etree._Element) -> bool:
    """Whether an element whose class begins or ends with 'sidebar' ('p-body-sidebar' in XenForo,
    'sidebar-right') is a side column: not the page's body, and no page heading inside it (a
    'has-sidebar' page wrapper holds the <h1>)."""
    return element.tag not in _PAGE_TAGS and next(element.iter("h1"), None) is None


def _holds_post(element: etree._Element) -> bool:
    """A decoy-looking container that holds the post or its thread (Blogger's
    ``div.widget.Blog``) is not a decoy."""
    return bool(element.xpath(sel.HOLDS_POST_XPATH))


# Ids and classes of the boxes around a form's fields: WordPress' 'div#respond.comment-respond',
# 'p.comment-form-comment', an inline 'div.reply-box', 'table.cform', a 'compose' or 'editor' pane.
_FORM_BOX = re.compile(r"form|respond|reply|answer|compose|editor|field|submit|write|leave|post-?box|input", re.I)
_FORM_HOLDERS = frozenset({"form", "fieldset", "label", "p"})
_CONTROL_TAGS = frozenset({"textarea", "input", "select", "option", "button", "label", "script", "style"})
_HINT_WORDS = 12  # a dated hint ('Posting as guest · DATE'); more words and a date: a comment's own
_FORM_WORDS = 30  # a form's own notes ('Your email address will not be published...') stay short


def _form_text(element: etree._Element) -> list[str]:
    """The words of an element's text outside its controls and their labels (a few more than
    a form's notes hold, at most)."""
    words: list[str] = []
    walk = etree.iterwalk(element, events=("start",))
    for _, node in walk:
        if not isinstance(node.tag, str) or (node.tag in _CONTROL_TAGS and node is not element):
            words += (node.tail or "").split() if isinstance(node.tag, str) else []
            walk.skip_subtree()
            continue
        words += (node.text or "").split()
        if node is not element:
            words += (node.tail or "").split()
        if len(words) > _FORM_WORDS:
            break
    return words


def _form_text_words(element: etree._Element) -> int:
    return len(_form_text(element))


def _form_box(start: etree._Element) -> etree._Element | None:
    """The box a comment, reply or subscription form sits in: from its <textarea> or <form> up
    through the ancestors that are form holders or that their ids and classes name a form or
    a reply box, while their text outside the fields stays a form's short notes and holds no
    <time> (a comment's own header). A form is never a comment: its labels, placeholder text and
    'Posting as guest · DATE' hints name no writer."""
    box: etree._Element | None = None
    node: etree._Element | None = start
    while node is not None and node.tag not in ("body", "html"):
        names = f"{node.get('id') or ''} {node.get('class') or ''}"
        if node is not start and node.tag not in _FORM_HOLDERS and not _FORM_BOX.search(names):
            break
        if next(node.iter("time"), None) is not None:
            break
        words = _form_text(node)
        if len(words) > _FORM_WORDS or (node is not start and len(words) > _HINT_WORDS and _dated_words(words)):
            break  # (a short comment holding its reply form: 'NAME · 3 anni fa · TEXT', wpDiscuz)
        box, node = node, node.getparent()
    return box


_RELATIVE_SPANS = (2, 3, 4, 5)  # '3 giorni fa', '3 anni 6 mesi fa', '2 days, 4 hours ago'


def _dated_words(words: list[str]) -> bool:
    """Whether a box's words outside its form fields show a date, as a comment's head does."""
    text = " ".join(words)
    if not any(ch.isdigit() for ch in text):
        return False  # (a form's notes: 'Required fields are marked *')
    if any_date(text) is not None:
        return True
    starts = [i for i, word in enumerate(words) if word[:1].isdigit()]  # '3 anni 6 mesi fa', '2 days ago'
    return any(is_relative_date(" ".join(words[i : i + n])) for i in starts for n in _RELATIVE_SPANS)


def _form_start(element: etree._Element) -> bool:
    """A <textarea>, or a <form> with a field to fill in: Old Reddit writes each comment's text
    inside a 'form.usertext' that holds hidden inputs only."""
    if element.tag == "textarea":
        return True
    if any(str(field.get("type") or "text").lower() != "hidden" for field in element.iter("input", "select")):
        return True
    return any(_shown_in(area, element) for area in element.iter("textarea"))  # (utterances: buttons, a textarea)


def _shown_in(element: etree._Element, top: etree._Element) -> bool:
    """Whether nothing between an element and ``top`` hides it (Old Reddit's edit box under each
    comment's text is 'display: none' until one edits)."""
    node: etree._Element | None = element
    while node is not None and node is not top:
        if node.get("hidden") is not None or "display:none" in str(node.get("style") or "").replace(" ", ""):
            return False
        node = node.getparent()
    return True


def _drop_forms(root: etree._Element) -> None:
    """Remove the page's forms and the boxes around them (before anything reads the page)."""
    boxes = {
        box for start in root.iter("textarea", "form") if _form_start(start) and (box := _form_box(start)) is not None
    }
    for box in boxes:
        parent = box.getparent()
        if parent is None or any(a in boxes for a in box.iterancestors()):
            continue
        previous, tail = box.getprevious(), box.tail
        parent.remove(box)
        if tail and tail.strip():  # the text after a removed form stays where it was
            if previous is not None:
                previous.tail = (previous.tail or "") + tail
            else:
                parent.text = (parent.text or "") + tail


def scan_page(root: etree._Element) -> PageScan:
    """Find the body, the comment candidates and the metadata elements; remove decoys."""
    found = PageScan()
    _drop_forms(root)
    body_rank = len(sel.BODY_TOKENS) + 1
    first_article: etree._Element | None = None
    decoys: list[etree._Element] = []
    values = _VALUES
    if len(values) > _VALUES_LIMIT:
        values.clear()
    marked, candidates, classed = found.marked, found.candidates, found.classed
    starts = found.starts
    value: _ClassValue | None
    elements = list(root.iter(etree.Element))
    found.index = ElementIndex(elements, [], [])
    add_facts, add_prop = found.index.facts.append, found.index.props.append
    walk = enumerate(elements)
    for position, element in walk:
        tag = element.tag
        if tag in sel.DECOY_TAGS and not (
            tag == "aside"
            and (
                _poster_pane(element)
                or _inside_item(element, candidates)
                or _thread_aside(element)
                or _conversation_aside(element)
                or _date_line_aside(element)
            )
        ):
            decoys.append(element)
            _json_ld(element, found.json_ld)
            if found.profile_name is None and element.tag not in _CODE_TAGS:
                found.profile_name = _profile_name(element)
            _skip_subtree(walk, element)
            continue
        attributes = element.items()  # one call instead of one per attribute
        if not attributes:
            add_facts(None)
            add_prop(None)
            if tag in sel.META_TAGS:
                marked.append(element)
            elif tag == "article" and first_article is None:
                first_article = element
            continue
        if len(attributes) == 1 and attributes[0][0] == "class":  # most elements: the same steps, fewer tests
            value = values.get(attributes[0][1])
            if value is None:
                value = values[attributes[0][1]] = _ClassValue.of(str(attributes[0][1]))
            if (value.decoy or (value.side and _side_block(element))) and not _holds_post(element):
                decoys.append(element)
                _json_ld(element, found.json_ld)
                if found.profile_name is None and element.tag not in _CODE_TAGS:
                    found.profile_name = _profile_name(element)
                _skip_subtree(walk, element)
                continue
            add_facts(value.facts)
            add_prop(None)
            if 0 < value.body_rank < body_rank:
                found.body, body_rank = element, value.body_rank
            if tag == "article" and first_article is None:
                first_article = element
            item = value.item and tag not in sel.LIST_TAGS
            if value.hint and (item or (tag == "li" and value.post and is_item_by_markup(element, value.tokens))):
                candidates.append(element)
                starts.append(position)
            if value.meta or tag in sel.META_TAGS:
                marked.append(element)
            for token in value.indexed:
                classed.setdefault(token, []).append(element)
            continue
        value = None
        raw_id = itemprop = ""
        other = False  # itemtype, property, rel=author, data-comments-count
        typed = False  # itemtype
        for key, attribute in attributes:
            if key == "class":
                value = values.get(attribute)
                if value is None:
                    value = values[attribute] = _ClassValue.of(str(attribute))
            elif key == "id":
                raw_id = str(attribute)
            elif key == "itemprop":
                itemprop = str(attribute)
            elif key in ("itemtype", "property", "data-comments-count") or (key == "rel" and attribute == "author"):
                other = True
                typed = typed or key == "itemtype"
        decoy_like = (raw_id and raw_id in sel.DECOY_IDS) or (
            value is not None and (value.decoy or (value.side and _side_block(element)))
        )
        if decoy_like and not _holds_post(element):
            decoys.append(element)
            _json_ld(element, found.json_ld)
            if found.profile_name is None and element.tag not in _CODE_TAGS:
                found.profile_name = _profile_name(element)
            _skip_subtree(walk, element)
            continue
        add_facts(value.facts if value is not None else None)
        add_prop(itemprop or None)
        if tag == "meta" or tag == "link":
            found.heads.append(element)
        if raw_id in sel.INDEXED_IDS:
            found.ids.setdefault(raw_id, []).append(element)
        if body_rank > 0:
            if value is not None and 0 < value.body_rank < body_rank:
                found.body, body_rank = element, value.body_rank
            if itemprop and "articleBody" in itemprop.split():
                found.body, body_rank = element, 0
        if tag == "article" and first_article is None:
            first_article = element
        hint = value is not None and value.hint
        if (hint or itemprop or other or (raw_id and sel.ITEM_ID.match(raw_id))) and (
            (value is not None and value.item and tag not in sel.LIST_TAGS)
            # is_item_by_markup needs an id, microdata, an item type or Disqus' li.post
            or (
                (raw_id or itemprop or typed or (tag == "li" and value is not None and value.post))
                and is_item_by_markup(element, value.tokens if value is not None else [])
            )
        ):
            candidates.append(element)
            starts.append(position)
        if tag in sel.META_TAGS or itemprop or other or (value is not None and value.meta):
            marked.append(element)
        if value is not None and value.indexed:
            for token in value.indexed:
                classed.setdefault(token, []).append(element)
    if found.body is None and first_article is not None:
        found.body, found.body_is_article = first_article, True
    for decoy in decoys:
        parent = decoy.getparent()
        if parent is not None:
            parent.remove(decoy)
    if decoys:  # the positions after a removed decoy moved
        found.index = ElementIndex.of(root)
        found.starts = positions(found.index.elements, candidates)
    return found


def _poster_pane(element: etree._Element) -> bool:
    """Whether an ``<aside>`` names its poster by its class (Invision's 'aside.ipsComment_author
    cAuthorPane' beside each post): a post's author box, not a sidebar."""
    value = element.get("class")
    return bool(value) and class_facts(str(value)).authorish


_THREAD_WORDS = re.compile(r"comment|kommentar|commentaire|comentario|discussion|respon[sd]", re.I)
_LISTING_WORDS = re.compile(r"recent|latest|last|newest|popular|top|widget|sidebar", re.I)


def _thread_aside(element: etree._Element) -> bool:
    """Whether an ``<aside>`` is named for the post's thread by its id or class (Geeklog's
    'aside#commentarea'), not for a listing of the site's recent comments (a widget)."""
    named = f"{element.get('id') or ''} {element.get('class') or ''}"
    return _THREAD_WORDS.search(named) is not None and _LISTING_WORDS.search(named) is None


_ASIDE_PROSE_WORDS = 20  # a block of this many words of its own is someone's writing, not a widget's line
_ASIDE_PROSE_BLOCKS = 3
_CJK_CHARS_PER_WORD = 2


def _conversation_aside(element: etree._Element) -> bool:
    """Whether an ``<aside>`` with no name to go by, inside the page's ``<main>`` or ``<article>``
    (not a side column of the page's layout), holds a conversation: three blocks or more of
    writing of their own (a widget's recent comments are short lines), and dates."""
    if not any(a.tag in ("main", "article") for a in element.iterancestors()):
        return False
    blocks = 0
    for block in element.iter("p", "div", "dd", "li", "blockquote"):
        own = " ".join(str(t) for t in ([block.text] + [c.tail for c in block]) if t)
        words = len(own.split())
        if words < _ASIDE_PROSE_WORDS and len(own.strip()) // _CJK_CHARS_PER_WORD >= _ASIDE_PROSE_WORDS:
            words = _ASIDE_PROSE_WORDS  # (a CJK text: no spaces between its words)
        blocks += words >= _ASIDE_PROSE_WORDS
        if blocks >= _ASIDE_PROSE_BLOCKS:
            text = " ".join(str(piece) for piece in element.itertext())
            return any_date(text) is not None or next(element.iter("time"), None) is not None
    return False


_DATE_ASIDE_WORDS = 12
_CONTENT_BLOCKS = frozenset({"article", "li"})


def _date_line_aside(element: etree._Element) -> bool:
    """Whether an ``<aside>`` inside an ``<article>`` or a list item is only a date line (a few
    words and a date: 'Posted on 2020-10-30. #'): an entry's own info box (Kirby's comments, with
    no class to name them), not a sidebar, whose widgets hold lists and headings."""
    if not any(a.tag in _CONTENT_BLOCKS for a in element.iterancestors()):
        return False
    text = " ".join(" ".join(str(piece) for piece in element.itertext()).split())
    if not text or len(text.split()) > _DATE_ASIDE_WORDS:
        return False
    return any_date(text) is not None or is_relative_date(text) or next(element.iter("time"), None) is not None


def _inside_item(element: etree._Element, candidates: list[etree._Element]) -> bool:
    """Whether an element sits inside a comment item found so far: an ``<aside>`` there is the
    comment's own date line (Kirby Comments' ``aside.comment-info``), not a sidebar."""
    if not candidates:
        return False
    found = set(candidates)
    return any(ancestor in found for ancestor in element.iterancestors())


def _json_ld(decoy: etree._Element, found: list[etree._Element]) -> None:
    """Add the JSON-LD scripts in a decoy (every script is one, or sits in one) to ``found``."""
    if not len(decoy):  # most decoys are scripts and styles, with nothing inside
        if decoy.tag == "script" and decoy.get("type") == sel.JSON_LD_TYPE:
            found.append(decoy)
        return
    found.extend(script for script in decoy.iter("script") if script.get("type") == sel.JSON_LD_TYPE)


def _skip_subtree(walk: enumerate[etree._Element], element: etree._Element) -> None:
    """Advance ``walk`` (over the page's elements in document order) past the descendants
    of ``element``, which follow it there."""
    if not len(element):
        return
    below = sum(1 for _ in element.iterdescendants(etree.Element))
    next(islice(walk, below, below), None)


_Found = list[tuple[etree._Element, etree._Element | str]]


def answer(found: PageScan, xpath: str) -> _Found | None:
    """What one of the reader's metadata XPaths finds, from the scan's lists instead of a
    walk over the whole page, as (the element that holds it, the element or the attribute
    value) in document order; None for an XPath the scan cannot answer. It answers a class
    token of ``selectors.INDEXED_CLASS_TOKENS``, an attribute of ``<meta>``/``<link>``
    elements picked by an attribute, and a tag under an id of ``selectors.INDEXED_IDS``
    (``tests/test_reader_speed.py`` holds each to the XPath on every fixture page)."""
    if (only := sel.CLASS_ONLY_XPATH.match(xpath)) and only.group(1) in sel.INDEXED_CLASS_TOKENS:
        return [(element, element) for element in found.classed.get(only.group(1), [])]
    if match := sel.HEAD_ATTRIBUTE_XPATH.match(xpath):
        tag, key, value, wanted = match.groups()
        return [
            (element, text)
            for element in found.heads
            if element.tag == tag and element.get(key) == value and (text := element.get(wanted)) is not None
        ]
    if (match := sel.ID_DESCENDANT_XPATH.match(xpath)) and match.group(1) in sel.INDEXED_IDS:
        below = [e for holder in found.ids.get(match.group(1), []) for e in holder.iterdescendants(match.group(2))]
        return [(e, e) for e in dict.fromkeys(below)]  # once, for an element with the id inside another
    return None
