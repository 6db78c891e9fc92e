"""What the markup of one element says about a comment: the facts of its class value,
whether it names itself a comment item, its text (flat, or by paragraphs), with or without
the page chrome (reply links, buttons) in it, and a commenter's name without chrome.

>>> from lxml import html
>>> item = html.fromstring('<div id="comment-3" class="comment"><b class="fn">Ann</b> says: <p>Yes.</p></div>')
>>> is_comment_item(item), flat_text(item), paragraph_text(item), clean_author("Ann says:")
(True, 'Ann says: Yes.', 'Yes.', 'Ann')
"""

from __future__ import annotations

import copy
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from lxml import etree

from extract import selectors as sel
from extract.date_forms import any_date, year_first_date
from extract.dates import parse_date
from extract.html_text import block_text

_DIGIT = re.compile(r"\d")
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


_cached_date = lru_cache(maxsize=4096)(any_date)


def flat_text(element: etree._Element) -> str:
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


def paragraph_text(element: etree._Element) -> str:
    """:func:`extract.html_text.block_text` with each paragraph's text by :func:`flat_text`."""
    if not len(element):  # no children: one paragraph or none, its text either way
        return flat_text(element)
    children = list(element)
    if any(len(child) for child in children):
        blocks = [
            e
            for e in element.iter()
            if e.tag in _BLOCK_TAGS and (e.getparent() is element or not _inside_block(e, element))
        ]
    else:  # children only (a text element holding its paragraphs): the same, without a walk
        blocks = [e for e in (element, *children) if e.tag in _BLOCK_TAGS]
        if blocks and blocks[0] is element and _inside_block(element, element):
            del blocks[0]
    if not blocks:  # no paragraphs: its <br>-aware text, which is its flat text when it has no <br>
        return flat_text(element) if next(element.iter("br"), None) is None else block_text(element)
    texts = [text for block in blocks if (text := flat_text(block))]
    if blocks[0] is not element and (lead := _lead_text(element, blocks[0])):
        texts.insert(0, lead)
    return "\n\n".join(texts)


def _lead_text(element: etree._Element, first_block: etree._Element) -> str:
    """The words an element holds before its first paragraph element (Hacker News' 'commtext': the first
    paragraph bare, the later ones in <p>)."""
    if not (element.text or "").strip() or first_block.getparent() is not element:
        return ""
    parts = [str(element.text)]
    for child in element:
        if child is first_block:
            break
        if isinstance(child.tag, str):
            parts.append(flat_text(child))
        parts.append(str(child.tail or ""))
    return " ".join("".join(parts).split())


_TEXT_RANK = {name: rank for rank, name in enumerate((*sel.TEXT_ITEMPROPS, *sel.TEXT_TOKENS))}
_AUTHOR_RANK = {name: rank for rank, name in enumerate(sel.AUTHOR_TOKENS)}


@dataclass(slots=True, frozen=True)
class ClassFacts:
    """What the finder asks of one class (or itemprop) value, worked out once per value."""

    tokens: tuple[str, ...]  # lower-cased
    author_ranks: tuple[int, ...]  # of its tokens in AUTHOR_TOKENS (each once)
    text_rank: int | None  # the best rank of _TEXT_RANK among them
    text_chrome: bool  # a token holds a TEXT_CHROME_PARTS part (a state such as 'unvoted' does not count)
    meta: bool  # a token holds a META_PARTS part
    date: bool  # a token holds a DATE_PARTS part
    author_skip: bool  # a token holds an AUTHOR_SKIP_TOKENS part
    edit: bool  # a token holds 'edit'
    authorish: bool  # a token names an author or user in an unknown theme
    item: bool  # a token names a comment item (ITEM_CLASS_TOKENS)
    pingback: bool  # a token is a PINGBACK_CLASSES class
    kind: frozenset[str]  # the tokens that say what the element is (see _kind_tokens)

    @classmethod
    def of(cls, value: str) -> ClassFacts:
        low = value.lower()
        tokens = tuple(low.split())
        ranks = [_TEXT_RANK[t] for t in tokens if t in _TEXT_RANK]
        return cls(
            tokens,
            tuple(dict.fromkeys(_AUTHOR_RANK[t] for t in tokens if t in _AUTHOR_RANK)),
            min(ranks) if ranks else None,
            any(_chrome_token(t) for t in tokens),
            _META.search(low) is not None,
            _DATE_CLASS.search(low) is not None,
            _AUTHOR_SKIP.search(low) is not None,
            _EDIT.search(low) is not None,
            any(_authorish(t) for t in tokens),
            not sel.ITEM_CLASS_TOKENS.isdisjoint(tokens),
            not sel.PINGBACK_CLASSES.isdisjoint(tokens),
            frozenset(t for t in tokens if not sel.DECORATION_CLASS.match(t)),
        )


_SEGMENTS = re.compile(r"[-_]+")
# The last part of a token that says the element is a text ('bbp-reply-content', 'quote-text' is
# chrome by its first part but the text of a reply by its last).
_TEXT_LAST = frozenset({"content", "text", "body", "message", "texte", "testo", "texto", "inhoud", "bericht"})


def _chrome_token(token: str) -> bool:
    """A button, vote or quote token ('reply', 'like-count'); not a state ('unvoted') and not a
    text whose block is a reply ('bbp-reply-content')."""
    if not _TEXT_CHROME.search(token) or token.endswith("ed") or token.startswith(("js-", "select")):
        return False  # 'js-selectToQuote', 'SelectQuoteContainer' (XenForo's texts): a script's hook, no button
    parts = _SEGMENTS.split(token)
    return len(parts) == 1 or parts[-1] not in _TEXT_LAST


def _authorish(token: str) -> bool:
    """Whether a class token names an author or user in an unknown theme: it holds an author
    part and nothing that makes it a rank, picture or text ('author_statistics', 'usertext');
    or its last segment does, whatever the block it belongs to says ('ccm-conversation-message-user',
    BEM-like names: the block's own words say what the element is part of, not what it is)."""
    if token.startswith(sel.AUTHOR_PART_EXCLUDED) or not _AUTHOR_PART.search(token):
        return False
    if not sel.AUTHOR_PART_NOT_NAME.search(token) or sel.AUTHOR_PART_NAME.search(token):
        return True
    last = _SEGMENTS.split(token)[-1]
    return _AUTHOR_PART.search(last) is not None and not sel.AUTHOR_PART_NOT_NAME.search(last)


_FACTS: dict[str, ClassFacts] = {}
_FACTS_LIMIT = 4096  # distinct values remembered (themes repeat a few per page)


NO_FACTS = ClassFacts.of("")


def class_facts(value: str) -> ClassFacts:
    facts = _FACTS.get(value)
    if facts is None:
        facts = ClassFacts.of(value)
        if len(value) <= _CACHED_TEXT:
            if len(_FACTS) >= _FACTS_LIMIT:
                _FACTS.clear()
            _FACTS[value] = facts
    return facts


@dataclass(slots=True)
class ElementIndex:
    """Every element under a root in document order, with what the comment finder reads of
    each: the facts of its class value and its itemprop (``None`` for none or empty).
    ``extract.page_scan`` fills one in its single pass over the page; ``of`` is the same on
    its own (``tests/test_reader_speed.py`` checks that the two agree)."""

    elements: list[etree._Element]
    facts: list[ClassFacts | None]
    props: list[str | None]

    @classmethod
    def of(cls, root: etree._Element) -> ElementIndex:
        elements = list(root.iter(etree.Element))
        facts: list[ClassFacts | None] = []
        props: list[str | None] = []
        for element in elements:
            value = element.get("class")
            facts.append(class_facts(value) if value else None)
            props.append(element.get("itemprop") or None)
        return cls(elements, facts, props)


def date_of(text: str) -> str | None:
    """:func:`parse_date` or a year-first East Asian date, remembered for short strings
    (comments repeat their dates)."""
    return _cached_date(text) if len(text) <= _CACHED_TEXT else any_date(text)


def classes(element: etree._Element) -> list[str]:
    """The class tokens of an element, lower-cased."""
    value = element.get("class")
    return str(value).lower().split() if value else []


def itemprops(element: etree._Element) -> list[str]:
    value = element.get("itemprop")
    return str(value).lower().split() if value else []


def is_element(node: object) -> bool:
    return isinstance(node, etree._Element) and isinstance(node.tag, str)


def is_comment_item(element: etree._Element, tokens: list[str] | None = None) -> bool:
    """Whether an element names itself a comment (class, id, microdata, microformats)."""
    listed = element.tag in sel.LIST_TAGS  # 'ul.comment' (Hatena) is the list, not an item
    if tokens is None:
        value = element.get("class")
        facts = class_facts(value) if value else NO_FACTS
        return (facts.item and not listed) or is_item_by_markup(element, facts.tokens)
    return (not listed and not sel.ITEM_CLASS_TOKENS.isdisjoint(tokens)) or is_item_by_markup(element, tokens)


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
    if "comment" in itemprops(element):
        return True
    itemtype = str(element.get("itemtype") or "")
    return itemtype.endswith(sel.ITEM_TYPES)


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


# A label before a name in a meta line ('Name: Ann | Date: ...', '投稿者: Ann | 2019年03月05日').
NAME_LABEL = re.compile(
    r"^\s*(?:name|nom|nome|nombre|naam|navn|namn|nimi|imię|jméno|meno|név|isim|nume|όνομα|имя|author|autor|auteur"
    r"|autore|autora|verfasser|posted by|投稿者|名前|作者|发表人|發表人|작성자|글쓴이)\s*[:：]\s*",
    re.I,
)
# the next field's label left after a name once its date is cut ('投稿者: Ann 日時: DATE', 'Ann Date: DATE')
_FIELD_LABEL_TAIL = re.compile(r"\s+[^\s:：]{1,12}\s*[:：]$")


def _dated(text: str) -> bool:
    """Whether a name's text holds a date: one ``parse_date`` reads, or a CJK year-first one."""
    return parse_date(text) is not None or (("年" in text or "년" in text) and year_first_date(text) is not None)


def _clean_author(text: str) -> str:
    text = " ".join(text.split())
    previous = None
    while text and text != previous:
        previous = text
        if _DIGIT.search(text) and _dated(text) and (cut := sel.AUTHOR_DATE_CUT.search(text)):
            text = text[: cut.start()]
            if ":" in text or "：" in text:  # 'LABEL: NAME LABEL: DATE': the name between the labels
                text = NAME_LABEL.sub("", _FIELD_LABEL_TAIL.sub("", text))
        text = sel.AUTHOR_CHROME_TAIL.sub("", text)
        text = sel.AUTHOR_CHROME_HEAD.sub("", text)
        text = sel.AUTHOR_UNVERIFIED.sub("", text).strip(" :,–—-|·")
        text = _INSTANCE.sub("", text)
        text = _HANDLE_AFTER.sub(r"\g<name>", text)
        text = sel.AUTHOR_BADGE_TAIL.sub("", text)
        text = _without_letter_avatar(text)
    return text


# A letter avatar's initials run into the name after it ('LLuca Bernardi', 'DMDario Mendes': Flarum's
# and Ghost's 'span.Avatar' with no space before the name).
_AVATAR_LETTERS = re.compile(r"^([A-ZÀ-Þ]{1,3})(?=[A-ZÀ-Þ][a-zà-ÿ])")


def _without_letter_avatar(text: str) -> str:
    """The name without the initials of a letter avatar run into it: letters that are the first
    letters of the name's words ('LB' + 'Luca Bernardi') or its own first letter ('L' + 'Luca')."""
    match = _AVATAR_LETTERS.match(text)
    if match is None:
        return text
    letters, rest = match.group(1), text[match.end() :]
    initials = "".join(word[0] for word in rest.split())
    return rest if initials.startswith(letters) or (len(letters) == 1 and rest.startswith(letters)) else text


_cached_author = lru_cache(maxsize=4096)(_clean_author)
# A federated account's home server after the display name ('Zé do Projetor@kino.example.social').
# (or the whole account after it: 'Yannick yannick_le_bihan@toot.example.bzh', Plume's <small>)
# A local account's handle after the display name ('Odile P. odile_p'): lower case, joined by '_'.
_HANDLE_AFTER = re.compile(r"^(?P<name>[A-ZÀ-Þ][^_@]{0,40}?\S)\s+@?[a-z0-9]+(?:_[a-z0-9]+)+$")
_INSTANCE = re.compile(r"(?<=\S)(?:\s+@?[a-z0-9_.-]+(?=@))?\s*@[\w-]+(?:\.[\w-]+)+$")


def name_of(element: etree._Element) -> str:
    """The name an author element shows: an inner ``itemprop=name``/``p-name``/``fn`` first."""
    for inner in element.iterdescendants(etree.Element) if len(element) else ():
        value, props = inner.get("class"), inner.get("itemprop")
        if not value and not props:
            continue
        tokens = str(value).lower().split() if value else []
        if "name" in itemprops(inner) or "p-name" in tokens or "fn" in tokens:
            shown = str(inner.get("content") or "") if inner.tag == "meta" else flat_text(inner)
            name = clean_author(shown)  # (a guest's name given as '<meta itemprop="name" content=...>')
            if name:
                return name
    return clean_author(text_without_chrome(element, "author_skip", flat_text))


_QUOTE_SAYS = re.compile(
    r"\b(?:said|says|wrote|writes|ha detto|ha scritto|a dit|a écrit|schrieb|hat geschrieben|escribió|dijo"
    r"|disse|escreveu|zei|schreef|skrev|napisał|написал|написала)\b.{0,80}:\s*$",
    re.I,
)


_CITE_SAYS = re.compile(_QUOTE_SAYS.pattern.replace(r".{0,80}:\s*$", r"\s*:"), re.I)


def attributed_quote(element: etree._Element) -> bool:
    """A blockquote that opens with its source ('@ann said in TOPIC:', 'Ann wrote:'): another
    post quoted in a reply (NodeBB, forums' plain quotes), not the reply's own words."""
    if element.tag != "blockquote":
        return False
    first = next((c for c in element if is_element(c)), None)
    line = (element.text or "").strip() or (flat_text(first) if first is not None else "")
    if 0 < len(line.split()) <= 25 and _QUOTE_SAYS.search(line) is not None:
        return True
    cite = next(element.iter("cite"), None)  # phpBB: '<div><cite>Ann hat geschrieben: ↑ DATE</cite>WORDS</div>'
    return cite is not None and _CITE_SAYS.search(flat_text(cite)) is not None


# The line that opens a quoted post in a forum's reply, with no class to say so: 'Originally Posted
# by NAME', 'Originariamente Scritto da NAME', 'Quote from: NAME on DATE', 'Zitat von NAME'.
_QUOTE_LEAD = re.compile(
    r"^(?:originally posted by|originariamente scritto da|originalmente enviado por|originalmente publicado por"
    r"|quote from|quoting|zitat von|zitat|citation de|cita de|mensaje original de|citaat van|cytat|цитата"
    # vBulletin's language packs: 'Citação:', 'Citazione:', 'Citaat:', 'Lainaus:', 'Citát:', 'Idézet:'
    r"|postado originalmente por|originalmente postado por|oorspronkelijk geplaatst door|ursprünglich geschrieben von"
    r"|citação|citazione|citaat|citation|cita|lainaus|citát|idézet|alıntı|citat"
    r"|quote)\b",
    re.I,
)
_QUOTE_LEAD_WORDS = 14


def quote_box(element: etree._Element) -> bool:
    """A block that opens with a quote's source line ('Originariamente Scritto da <strong>Bruno
    </strong>') and holds the quoted words after it: another post, not the reply's words."""
    lead = (element.text or "").strip()
    children = [c for c in element if is_element(c)]
    if not lead:
        first = next((c for c in children if flat_text(c)), None)
        if first is None or first is children[-1]:
            return False  # (the quoted words come after the source line)
        lead = flat_text(first)
    return len(lead.split()) <= _QUOTE_LEAD_WORDS and _QUOTE_LEAD.match(lead) is not None


def quote_header(element: etree._Element) -> bool:
    """A block that is only a quote's source line ('<div><a>Quote from: Ann on DATE</a></div>',
    SMF's quoteheader), the quoted words in the block after it."""
    text = flat_text(element)
    return 0 < len(text.split()) <= _QUOTE_LEAD_WORDS and _QUOTE_LEAD.match(text) is not None


def has_chrome(element: etree._Element, parts: str) -> bool:
    """Whether a class token of the element holds one of the parts that the :class:`ClassFacts`
    field ``parts`` is about (``text_chrome``, ``meta``, ``date``, ``author_skip``, ``edit``)."""
    value = element.get("class")
    return bool(getattr(_FACTS.get(value) or class_facts(value), parts)) if value else False


def text_without_chrome(
    element: etree._Element,
    parts: str = "text_chrome",
    render: Callable[[etree._Element], str] = paragraph_text,
    below: list[etree._Element] | None = None,
) -> str:
    """Text of an element with reply links, like buttons and the like left out: block text
    for comment texts, flat text for author elements; ``below`` are its descendant elements
    when the caller has them already."""
    if not len(element):  # nothing below it to leave out
        return render(element)
    if below is None:
        below = list(element.iterdescendants(etree.Element))
    quotes = parts == "text_chrome"  # a comment's text leaves out quoted posts too

    def doomed_by(e: etree._Element) -> bool:
        if has_chrome(e, parts):
            return True
        if not quotes or e.tag not in ("blockquote", "div"):
            return False
        if e.tag == "blockquote" and attributed_quote(e):
            return True
        if e.tag == "div" and quote_box(e):
            return True
        previous = e.getprevious()  # the quoted words after a header block of their own (SMF)
        return previous is not None and previous.tag == "div" and quote_header(previous)

    def doomed_header(e: etree._Element) -> bool:
        return quotes and e.tag == "div" and quote_header(e) and (e.getnext() is not None)

    if not any(doomed_by(e) or doomed_header(e) for e in below):
        return render(element)
    clone = copy.deepcopy(element)
    for doomed in [e for e in clone.iterdescendants(etree.Element) if doomed_by(e) or doomed_header(e)]:
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
