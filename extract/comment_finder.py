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

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache
from itertools import islice, pairwise
from typing import TypeVar

from lxml import etree

from extract import selectors as sel
from extract.blogger_reader import REMOVED_COMMENT
from extract.comment_body import (
    Author,
    Body,
    chrome_word,
    date_element,
    has_own_text,
    profile_box,
    read_body,
    says_after,
    says_line,
    slot_path,
    slotted_body,
)
from extract.comment_markup import (
    ElementIndex,
    class_facts,
    classes,
    clean_author,
    date_of,
    flat_text,
    is_comment_item,
    is_element,
)
from extract.dates import is_relative_date
from extract.lexicon import ANSWER_BYLINE, READ_MORE, SAYS_VERBS
from extract.records import Comment

__all__ = ["clean_author", "find_comments", "item_candidates", "positions", "read_thread", "word_count"]
_T = TypeVar("_T")

_WORDS = re.compile(r"\w+")
# Chinese and Japanese write no spaces: a run of their letters is many words, about one per two letters.
_CJK_LETTER = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff]")


def word_count(text: str) -> int:
    """Words in a text, counting Chinese and Japanese letters as half a word each."""
    return len(_WORDS.findall(text)) + len(_CJK_LETTER.findall(text)) // 2


_word_count = word_count


_DIGITS = re.compile(r"\d+")
_ZEBRA_NUMBER = re.compile(r"(?<=[a-z])\d+$")  # 'windowbg2', not a utility class's 'mb-6


def _within(element: etree._Element, ancestor: etree._Element | None) -> bool:
    if ancestor is None:
        return False
    node: etree._Element | None = element
    while node is not None:
        if node is ancestor:
            return True
        node = node.getparent()
    return False


def item_candidates(root: etree._Element) -> list[etree._Element]:
    """Elements that name themselves comment items, in document order."""
    return [e for e in root.iter() if is_element(e) and is_comment_item(e)]


def positions(elements: list[etree._Element], wanted: list[etree._Element]) -> list[int]:
    """Where each of ``wanted`` (elements of ``elements``, in document order) is in ``elements``."""
    found, start = [], 0
    for element in wanted:
        start = elements.index(element, start)
        found.append(start)
    return found


def _subtree_end(element: etree._Element, elements: list[etree._Element], start: int) -> int:
    """Where the subtree of ``elements[start]`` (``element``) ends in ``elements`` (every
    element under ``elements[0]``, in document order): at the element that follows it."""
    top, node = elements[0], element
    while node is not top:
        following = node.getnext()
        while following is not None and not isinstance(following.tag, str):  # a comment, a PI
            following = following.getnext()
        if following is not None:
            return elements.index(following, start + 1)
        parent = node.getparent()
        assert parent is not None  # ``element`` is under ``top``
        node = parent
    return len(elements)


def _cut(values: list[_T], spans: list[tuple[int, int]]) -> list[_T]:
    """The items of ``values`` in the ``spans`` (start, stop), one after the other."""
    if len(spans) == 1:
        return values[spans[0][0] : spans[0][1]]
    return [value for start, stop in spans for value in values[start:stop]]


def _known_bodies(
    candidates: list[etree._Element], index: ElementIndex, spans: list[tuple[int, int]], generic: bool = False
) -> list[Body]:
    """Bodies among the candidates (their subtrees at ``spans`` in the page's ``index``). A
    candidate's own elements are its subtree without the subtrees of the bodies and wrappers
    already found in it: slices of the index between them, with their facts."""
    elements = index.elements
    found: dict[etree._Element, Body] = {}
    skipped: list[tuple[int, int]] = []  # subtrees of bodies and empty wrappers, outermost, last one first
    for element, (start, end) in zip(reversed(candidates), reversed(spans), strict=True):  # descendants first
        inner = []
        while skipped and skipped[-1][0] < end:  # the skipped subtrees inside this one
            inner.append(skipped.pop())
        parts = (
            [(stop, begin) for (_, stop), (begin, _) in pairwise([(0, start), *inner, (end, 0)])]
            if inner
            else [(start, end)]
        )
        own = _cut(elements, parts)
        if not has_own_text(own):
            skipped.append((start, end))
            continue
        attributes = list(zip(own, _cut(index.facts, parts), _cut(index.props, parts), strict=True))
        body = read_body(element, set(), generic, own, attributes, whole=not inner)
        if body is not None:
            found[element] = body
            skipped.append((start, end))
        else:
            skipped.extend(reversed(inner))
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


_ANSWER_BLOCKS = ("div", "section", "blockquote", "aside")


def _with_answers(bodies: list[Body]) -> list[Body]:
    """Each comment followed by the blogger's answers written inside it: a block of the comment
    whose first line is 'Antwort von NAME' / 'Reply from NAME' and whose other lines are a text
    (Contao's 'div.reply' under 'p.info'); the answer is a reply of the comment."""
    if not bodies:
        return bodies
    inside = {b.element for b in bodies}
    out: list[Body] = []
    for body in bodies:
        out.append(body)
        if body.pingback is not None:
            continue
        for block in body.own[1:]:  # (its own elements, the bodies inside it left out)
            if block.tag not in _ANSWER_BLOCKS:
                continue
            first = block[0] if len(block) else None
            if first is None or not is_element(first) or (block.text or "").strip():
                continue
            line = first.text or ""  # (the byline's own words first: most blocks fail here)
            if not line.strip() or (match := ANSWER_BYLINE.match(flat_text(first))) is None:
                continue
            text = "\n\n".join(t for c in block if is_element(c) and c is not first and (t := flat_text(c)))
            if word_count(text) < 2:
                continue
            name = clean_author(match.group("name"))
            out.append(Body(block, Author(first, name), text, None, depth=body.depth + 1, own=[block]))
            inside.add(block)
    return out


def _kind(element: etree._Element) -> tuple[str, str]:
    """(tag, first class token that says what it is): zebra stripes and depth classes left
    out, so that ``div.even`` and ``div.odd`` blocks of one list are one kind (JComments)."""
    value = element.get("class")
    if not value:
        return (str(element.tag), "")
    return (str(element.tag), _kind_token(str(value)))


@lru_cache(maxsize=4096)  # (themes repeat a few class values per page, and each is asked for often)
def _kind_token(value: str) -> str:
    kind = class_facts(value).kind
    # numbers name one item, not a kind: 'loop-item-0' and 'loop-item-1' (bbPress) are one kind
    tokens = [_DIGITS.sub("", t) for t in value.lower().split() if t in kind and not sel.DEPTH_CLASS.match(t)]
    return tokens[0] if tokens else "~"  # '~': decorations only, not classless


_SPLIT = re.compile(r"[-_\s]+")


def _region(element: etree._Element) -> bool:
    """Whether an element's id (or a part of it) or a whole class token names a page region
    (header, content, footer...)."""
    raw_id, value = element.get("id"), element.get("class")
    low_id = str(raw_id or "").lower()
    item_like = _DIGITS.search(low_id) is not None or "comment" in low_id  # 'comment-content-12' is an item
    if low_id and not item_like and not sel.REGION_WORDS.isdisjoint(_SPLIT.split(low_id)):
        return True
    return bool(value) and not sel.REGION_WORDS.isdisjoint(str(value).lower().split())


def _names_the_post(body: Body, title: str) -> bool:
    """Whether a block links to a post by the page's own title: a 'recent comments' listing
    names the post each comment is on; a comment of the thread has no need to."""
    for element in body.own:
        is_link = element.tag == "a" and element.get("href")
        if is_link and len(text := flat_text(element)) >= 12 and text.casefold() in title:
            return True
    return False


_TITLE_PARTS = re.compile(r"\s+[|·•»«]\s+")


def _post_title(title: str) -> str:
    """A <title> without its byline part ('Post | by Author | Site', Medium's): a link naming
    the post's author is no link to the post."""
    parts = _TITLE_PARTS.split(title)
    return (
        " | ".join(p for p in parts if not sel.BYLINE_END.search(p.split(" ", 1)[0] + " ")) if len(parts) > 1 else title
    )


@dataclass(slots=True)
class _GenericScan:
    """What the generic reader knows of a page while it reads its groups of blocks."""

    title: str  # the <title>, without a byline part, folded
    host: str | None  # the page's own address: host and path
    own_path: str | None
    earliest: str | None  # the day before the post's date: no comment is older
    accepted: dict[etree._Element, Body] = field(default_factory=dict)
    kinds: set[tuple[str, str]] = field(default_factory=set)  # kinds of the accepted groups
    unproven: set[tuple[str, str]] = field(default_factory=set)  # kinds accepted as a conversation
    teasers: set[etree._Element] = field(default_factory=set)  # blocks of post lists: teasers of other posts

    def taken(self) -> set[etree._Element]:
        return set(self.accepted) | self.teasers


def _generic_bodies(root: etree._Element, skip: etree._Element | None, published: str | None = None) -> list[Body]:
    """Repeated sibling blocks, each with an author-like element, a date and a text; a group
    whose blocks mostly name the page's post is a listing of comments (a module or widget
    that repeats them), not the thread."""
    _pair_terms(root)
    lone = _pair_headers(root, skip)
    _rule_runs(root, skip)
    _quoted_replies(root)
    _bare_heads(root, skip)
    title = _post_title(" ".join((root.findtext(".//title") or "").split()).casefold())
    scan = _GenericScan(title, *_page_address(root), _day_before(published))
    # innermost lists first: a reply list is read before its parent comment (whose own
    # elements then leave the replies out), a page's layout blocks after the thread they hold
    for parent in reversed(list(root.iter())):
        if not is_element(parent) or (skip is not None and _within(parent, skip)):
            continue
        if parent.tag in _TABLE_TAGS and _one_of_tables(parent):
            continue  # the rows of one of a list of post tables are that post's parts (phpBB's subSilver)
        _read_groups(parent, scan)
    for wrapper in lone:  # ('<h3>Trackbacks</h3><p>DATE, de <b>SITE</b></p><blockquote>…</blockquote>')
        if not _part_of_accepted(wrapper, scan.accepted) and (body := _read_generic(wrapper, scan.taken())):
            scan.accepted[wrapper] = body
    if not scan.kinds:  # no list of two: one comment and its reply, a block of its kind inside it
        scan.kinds.update(_nested_pair(root, skip, scan.accepted, scan.teasers))
    if scan.kinds:
        _lone_members(root, scan)
    accepted = scan.accepted
    if accepted:
        _post_holders(accepted, _post_heading(root, title))
        _post_holders(accepted, _title_heading(root, title))
        for heading in _titled_headings(root, title):  # (an h1 may be the blog's name, in the <title> too)
            _post_holders(accepted, heading)
        _other_posts_boxes(accepted)
        _repeated_widgets(accepted)
        _outside_the_thread(accepted)
        _far_from_the_post(accepted, skip if skip is not None else _post_heading(root, title))
        _unsigned_answers(accepted)
    order = {e: i for i, e in enumerate(root.iter())}
    return sorted(accepted.values(), key=lambda b: order[b.element])


def _read_groups(parent: etree._Element, scan: _GenericScan) -> None:
    """The groups of two or more children of ``parent`` of one kind, each read as comments;
    a group that lists the post's comments elsewhere, or teasers of other posts, is not."""
    groups: dict[tuple[str, str], list[etree._Element]] = {}
    for child in parent:
        if is_element(child) and child.tag not in sel.NOT_COMMENT_TAGS and not _region(child):
            groups.setdefault(_kind(child), []).append(child)
    _merge_zebra(groups)
    for kind, members in groups.items():
        if len(members) < 2:
            continue
        taken = scan.taken()
        signed = [body for m in members if (body := _signed_text(m, taken | _nested_alike(m, kind))) is not None]
        read = [body for body in signed if _proven(body)]
        if 2 <= len(read) < len(members):
            read += _slotted(members, read, taken)
        if read and all(b.pingback is not None for b in read) and not _holds_accepted(read, scan.accepted):
            read += [b for b in signed if b.pingback is None and _talking(b)]  # (pings beside the comments in one list)
        unproven = len(read) < 2 and len(conversed := _conversation(signed)) >= 2
        if unproven:
            read = conversed
        elif len(read) < 2 and len(signed) >= 2 and _beside_pings(parent, kind, taken):
            read, unproven = [b for b in signed if _talking(b)], True  # (a list that holds pingbacks is a thread)
        if len(read) >= 2 and scan.title and 2 * sum(_names_the_post(b, scan.title) for b in read) >= len(read):
            continue
        here = scan.own_path if scan.own_path is not None else _shared_path(read)
        if (
            len(read) >= 2
            and 2 * sum(_teaser(b, scan.host, here) or _older(b, scan.earliest) for b in read) >= len(read)
            and not _thread_place(parent)  # (a list in the region named for the thread stays)
        ):
            scan.teasers.update(b.element for b in read)  # never a part of a block read later
            continue
        if len(read) >= 2:
            scan.kinds.add(kind)
            if unproven:
                scan.unproven.add(kind)
            for body in read:
                scan.accepted[body.element] = body


def _holds_accepted(read: list[Body], accepted: dict[etree._Element, Body]) -> bool:
    """Whether a block read holds comments already read (a box around a thread, no list item)."""
    holders = {a for element in accepted for a in element.iterancestors()}
    return any(body.element in holders for body in read)


_ITEM_TAGS = frozenset({"li", "article"})


def _nested_alike(member: etree._Element, kind: tuple[str, str]) -> set[etree._Element]:
    """The items of a member's own kind nested in it (a reply list's ``li`` under a comment's
    ``li``, classes unknown): no part of the member's reading, whose name is its own, not its
    first reply's. Classless items are left in (a list in the comment's text)."""
    if member.tag not in _ITEM_TAGS or kind[1] in ("", "~"):
        return set()
    return {e for e in member.iterdescendants(member.tag) if _kind(e) == kind}


def _beside_pings(parent: etree._Element, kind: tuple[str, str], taken: set[etree._Element]) -> bool:
    """Whether a list holds pingbacks among its items of another kind: only a thread lists them,
    so the list's signed blocks are its comments (a Disqus thread rendered with no date beside
    the theme's pings)."""
    for child in parent:
        if is_element(child) and _kind(child) != kind and child.tag in ("li", "article", "div"):
            body = _signed_text(child, taken)
            if body is not None and body.pingback is not None:
                return True
    return False


def _lone_members(root: etree._Element, scan: _GenericScan) -> None:
    """Lone replies of an accepted kind (a single reply in a nested list), and a block beside
    accepted ones with a class of its own ('li.even.authorResponse' in K2), read as comments."""
    accepted, kinds = scan.accepted, scan.kinds
    beside = {(b.element.getparent(), b.element.tag) for b in accepted.values() if b.element.tag == "li"}
    # a reply block of the list items' class in another tag inside one ('li.media' > ... > 'div.media')
    tokens = {token for _, token in kinds if token not in ("", "~")}
    added: list[etree._Element] = []
    for element in root.iter():
        if not is_element(element) or element in accepted or _region(element):
            continue
        kind = _kind(element)
        nested = kind[1] in tokens and any(
            (holder := accepted.get(a)) is not None and holder.pingback is None for a in element.iterancestors()
        )
        if kind not in kinds and not nested and (element.getparent(), element.tag) not in beside:
            continue  # an item of a list whose other items are comments is read as one too
        if _part_of_accepted(element, accepted):
            continue
        if scan.teasers and _in_any(element, scan.teasers) and not nested:
            continue  # (a reply of the items' class inside one is no part of a teaser block around the thread)
        read = _conversation_member if kind in scan.unproven and kind[1] != "" else _read_generic  # (not every div)
        if (body := read(element, scan.taken())) is not None and not _signed_below(body, accepted):
            accepted[element] = body
            added.append(element)
    # a comment read before the lone reply inside it was found is read again without it
    # (one reply nested in a block of its own: a group of one, found only now)
    holders = {a for e in added for a in e.iterancestors() if a in accepted}
    for element in holders:
        kind = _kind(element)
        read = _conversation_member if kind in scan.unproven and kind[1] != "" else _read_generic
        if (body := read(element, set(accepted))) is not None:
            accepted[element] = body


def _signed_below(body: Body, accepted: dict[etree._Element, Body]) -> bool:
    """Whether a block holding comments already read is signed only after them: the box around
    a thread (its name a ping's 'Posted by X' under the list), where a comment with replies
    shows its own writer before them."""
    if body.author is None:
        return False
    for element in body.element.iter():
        if element is body.author.element:
            return False
        if element in accepted:
            return True
    return False


_TABLE_TAGS = frozenset({"table", "tbody"})


def _one_of_tables(parent: etree._Element) -> bool:
    """Whether a table (or its body) is one of two or more sibling tables of one kind, each
    a dated row of its own: posts written as tables, one per post (phpBB 3's subSilver2)."""
    table = parent if parent.tag == "table" else parent.getparent()
    holder = table.getparent() if table is not None else None
    if table is None or table.tag != "table" or holder is None:
        return False
    kind = _kind(table)
    alike = [t for t in holder if is_element(t) and t.tag == "table" and _kind(t) == kind]
    return len(alike) >= 2 and sum(1 for t in alike if _dated_table(t)) >= 2


_TABLE_HEAD_WORDS = 30


def _dated_table(table: etree._Element) -> bool:
    """Whether a table has a dated row of a few words (a post's head: author, subject, date)."""
    for row in table.iter("tr"):
        text = flat_text(row)
        if len(text.split()) <= _TABLE_HEAD_WORDS and date_of(text) is not None:
            return True
    return False


_SHAPE_CHILDREN = 4


def _shape(element: etree._Element) -> tuple[str, ...]:
    return tuple(str(c.tag) for c in element if is_element(c))[:_SHAPE_CHILDREN]


def _merge_zebra(groups: dict[tuple[str, str], list[etree._Element]]) -> None:
    """Two kinds of one tag whose blocks take turns ('div.windowbg' / 'div.windowbg2' in SMF, in
    class names no rule knows) are one kind striped: merged under the first block's kind."""
    if len(groups) < 2:
        return
    sized = list(groups)
    for first in sized:
        for second in sized:
            if first >= second or first[0] != second[0] or first not in groups or second not in groups:
                continue
            a, b = groups[first], groups[second]
            if len(a) + len(b) < 3 or abs(len(a) - len(b)) > 1:
                continue
            holder = a[0].getparent()
            order = {e: i for i, e in enumerate(holder)} if holder is not None else {}
            merged = sorted(a + b, key=lambda e: order.get(e, 0))
            turns = [e in a for e in merged]
            shapes = {_shape(e) for e in merged}  # (blocks alike inside, not a comment and its replies' list)
            if len(shapes) == 1 and all(x != y for x, y in pairwise(turns)):
                head = first if turns[0] else second
                groups[head] = merged
                del groups[second if head == first else first]
                return


def _title_heading(root: etree._Element, title: str) -> etree._Element | None:
    """The first ``<h1>``/``<h2>`` whose words the ``<title>`` holds, in a header or not (Pelican's
    'article > header > h1.entry-title'); else the first line of the page that shows the longest
    part of the ``<title>`` whole ('Lamp Lit - POST' and '<div class=mboxHD>POST</div>', Cotonti)."""
    for heading in root.iter("h1", "h2"):
        text = " ".join(flat_text(heading).split()).casefold()
        if len(text) >= _TITLE_CHARS and text in title:
            return heading
    parts = sorted((p for p in _TITLE_SPLIT.split(title) if len(p) >= _TITLE_CHARS), key=len, reverse=True)
    if len(parts) < 2:
        return None
    for line in root.iter(*_TITLE_LINE_TAGS):
        if len(line) <= 1 and " ".join(flat_text(line).split()).casefold() == parts[0]:
            return line
    return None


def _titled_headings(root: etree._Element, title: str) -> list[etree._Element]:
    """Every ``<h1>``-``<h3>`` whose words the ``<title>`` holds (the blog's name and the post's)."""
    found = []
    for heading in root.iter("h1", "h2", "h3"):
        text = " ".join(flat_text(heading).split()).casefold()
        if len(text) >= _TITLE_CHARS and text in title:
            found.append(heading)
    return found


_TITLE_SPLIT = re.compile(r"\s+[-–—|·•»«:]\s+")
_TITLE_LINE_TAGS = ("h3", "h4", "div", "p", "span", "strong", "b", "td")


_TITLE_CHARS = 8


def _slotted(members: list[etree._Element], read: list[Body], bodies: set[etree._Element]) -> list[Body]:
    """The members of a group left unread for want of a name, read with the name that sits where
    the read members' authors sit (the same tags and classes below the item)."""
    slots = {path for b in read if b.author is not None and (path := slot_path(b.author.element, b.element))}
    done = {b.element for b in read}
    return [body for m in members if m not in done and (body := slotted_body(m, bodies, slots)) is not None]


def _post_holders(accepted: dict[etree._Element, Body], heading: etree._Element | None) -> None:
    """A block that holds the post's title heading and comments is the post (or the page around
    it), read as a comment for its byline, date and text: never a comment; the comments inside it
    stay, without it as their parent."""
    if heading is None:
        return
    holders = [a for a in heading.iterancestors() if a in accepted]
    for element in holders:
        if any(
            a is element for other in accepted if other not in holders for a in other.iterancestors()
        ):  # (a forum's first post under its subject heading holds no other post: the opening post)
            del accepted[element]


_PAIR_TAGS = frozenset({"li", "article"})


def _nested_pair(
    root: etree._Element,
    skip: etree._Element | None,
    accepted: dict[etree._Element, Body],
    teasers: set[etree._Element],
) -> set[tuple[str, str]]:
    """The kind of a block that holds a block of its own kind, each read as a comment (the
    reply inside it left out of the outer one): a thread of one comment and its reply, which
    has no list of two siblings to be found by. Adds both to ``accepted``."""
    by_kind: dict[tuple[str, str], set[etree._Element]] = {}
    for element in root.iter(*_PAIR_TAGS):
        kind = _kind(element)
        if kind[1] not in ("", "~") and not _region(element):
            by_kind.setdefault(kind, set()).add(element)
    for kind, members in by_kind.items():
        if len(members) < 2:
            continue
        for inner in members:
            outer = next((a for a in inner.iterancestors() if a in members), None)
            if outer is None or (skip is not None and _within(outer, skip)) or _in_any(outer, teasers):
                continue
            reply = _read_generic(inner, set())
            if reply is None or (comment := _read_generic(outer, {inner})) is None:
                continue
            accepted[outer], accepted[inner] = comment, reply
            return {kind}
    return set()


def _in_any(element: etree._Element, blocks: set[etree._Element]) -> bool:
    return element in blocks or any(a in blocks for a in element.iterancestors())


def _page_address(root: etree._Element) -> tuple[str | None, str | None]:
    """The host (lower-cased) and the path of the page's own address (canonical link, ``og:url``)."""
    for xpath in (sel.CANONICAL_XPATH, "//meta[@property='og:url']/@content"):
        found = root.xpath(xpath)
        for value in found if isinstance(found, list) else ():
            if match := _HOST.match(str(value)):
                return match.group(1).lower(), _path(str(value)[match.end() :])
    return None, None


def _path(href: str) -> str:
    return href.split("#", 1)[0].split("?", 1)[0].rstrip("/")


_HOST = re.compile(r"^(?:https?:)?//([^/?#:]+)", re.I)
# A link that acts on the comment or the page (reply, share, log in, vote...), not one to a post.
_ACTION_LINK = re.compile(
    r"replytocom|respond|reply|share|intent|login|signin|like|react|vote|report|flag|edit|mailto:", re.I
)
_POST_QUERY = re.compile(r"[?&]p=\d")  # WordPress' '?p=123'
_DOMAIN = re.compile(r"^(?:https?://)?(?:[\w-]+\.)+[a-z]{2,}/?$", re.I)  # 'bengtsbio.example.se': a site, no title
_LETTERS = re.compile(r"[^\W\d_]{2}")


def _post_link(link: etree._Element, host: str | None, author: etree._Element | None) -> bool:
    """Whether a link goes to another post of the site: an address on the page's own host or
    a relative one, whose path names a post ('/reviews/the-souvenir', '/2023/05/slug.html'),
    that is no person's profile, no action and no permalink of a comment ('...#comment-12');
    a commenter's name may link to their own blog's post, never a post link here."""
    href = str(link.get("href") or "").strip()
    if not href or "#" in href or href.startswith(("?", "javascript:")) or _ACTION_LINK.search(href):
        return False
    if sel.PROFILE_LINK.search(href):
        return False
    absolute = _HOST.match(href)
    if absolute is not None:
        if author is not None and (link is author or _within(author, link) or _within(link, author)):
            return False
        home = _HOST.match(str(author.get("href") or "")) if author is not None and author.tag == "a" else None
        if home is not None and home.group(1).lower() == absolute.group(1).lower():
            return False  # the commenter's own site (a webmention's source post)
        if host is None:  # the page's address unknown: a permalink's shape ('/2019/02/slug/', '.html')
            return sel.POST_LINK.search(href[absolute.end() :]) is not None
        if absolute.group(1).lower() != host:
            return False
        href = href[absolute.end() :]
    if author is not None and (link is author or _within(author, link)) and not sel.POST_LINK.search(href):
        return False  # (a name linking to a page of its own; a title taken for the name links to a permalink)
    path, _, query = href.partition("?")
    if query and _POST_QUERY.search(href) is None:
        return False  # ('reply.html?parent=41', '/search?tag=x': an action or a listing)
    segments = [s for s in path.split("/") if s and s != "."]
    if len(segments) < 2 and not path.endswith((".html", ".htm")):
        return False  # ('/', '/about', '/@name': the home page, a page or a person)
    return "-" in segments[-1] or sel.POST_LINK.search(href) is not None


def _day_before(published: str | None) -> str | None:
    """The day before the post's date (ISO), the earliest a comment may be dated (time zones)."""
    if not published:
        return None
    try:
        return (date.fromisoformat(published[:10]) - timedelta(days=1)).isoformat()
    except ValueError:
        return None


def _older(body: Body, earliest: str | None) -> bool:
    """Whether a block is dated before its post was (a related post's or a list entry's date):
    no comment is."""
    return earliest is not None and body.published is not None and body.published[:10] < earliest


def _titled(label: str) -> bool:
    """Whether a link's label may be a post's title: words, not a date or a number ('#2')."""
    return (
        _LETTERS.search(label) is not None
        and _DOMAIN.match(label) is None
        and date_of(label) is None
        and not is_relative_date(label)
    )


def _shared_path(read: list[Body]) -> str | None:
    """The one address that two or more blocks of a group link to, where the page states none
    of its own: this page (each comment's subject or permalink links to the post: ikiwiki,
    Pelican), where teasers link each to another post."""
    seen: dict[str, int] = {}
    for body in read:
        for path in {_link_path(a) for a in body.own if a.tag == "a"} - {""}:
            seen[path] = seen.get(path, 0) + 1
    shared = [path for path, count in seen.items() if count >= 2]
    return shared[0] if len(shared) == 1 else None


def _link_path(link: etree._Element) -> str:
    """A link's path ('' for none, or a place on the page)."""
    href = str(link.get("href") or "")
    if not href or href.startswith("#"):
        return ""
    return _path(href[m.end() :] if (m := _HOST.match(href)) else href)


def _teaser(body: Body, host: str | None, own_path: str | None = None) -> bool:
    """Whether a block is a teaser of another post, not a comment: it links to a post by a
    title that its text does not hold (a related-posts card, a 'recent posts' or 'recent
    comments' item: 'NAME on <a>TITLE</a>'), or it ends with a 'Read more' link. (A pingback
    links to its post by design.)"""
    if body.pingback is not None:
        return False
    text = " ".join((body.text or "").split()).casefold()
    author = body.author.element if body.author is not None else None
    for element in body.own:
        if element.tag != "a":
            continue
        label = " ".join(flat_text(element).split())
        if label and READ_MORE.match(label):
            return True
        if not _post_link(element, host, author):
            continue
        href = str(element.get("href") or "")
        if own_path is not None and _path(href[m.end() :] if (m := _HOST.match(href)) else href) == own_path:
            continue  # a link to this very post (a reply's 'in reply to' mark)
        if label and _titled(label) and label.casefold() not in text and not chrome_word(label):
            return True  # (not the comment's own 'Permalink', linked to the post's address)
        if not label and next(element.iter("img", "h2", "h3", "h4", "h5", "h6"), None) is not None:
            return True  # (an image link without a label: a card's picture)
    return False


_ANSWER_TAGS = ("div", "blockquote", "section")


_PLACE_LEVELS = 6


def _repeated_widgets(accepted: dict[etree._Element, Body]) -> None:
    """A list of comment-shaped blocks shown twice or more, block for block (a 'popular posts'
    list in the sidebar and again in the footer or a mobile menu), beside another list that is
    shown once: a widget, every copy of it. A thread shown twice with nothing else is left to the
    reader's de-duplication (one copy stays)."""
    lists: dict[etree._Element, list[etree._Element]] = {}
    for element in accepted:
        if (parent := element.getparent()) is not None and not any(a in accepted for a in element.iterancestors()):
            lists.setdefault(parent, []).append(element)
    if len(lists) < 3:
        return
    keys: dict[etree._Element, tuple[tuple[str, str], ...]] = {}
    for parent, members in lists.items():
        if len(members) >= 2:
            keys[parent] = tuple(
                ((b.author.name if b.author else ""), " ".join((b.text or "").split()))
                for b in (accepted[m] for m in members)
            )
    seen: dict[tuple[tuple[str, str], ...], int] = {}
    for key in keys.values():
        seen[key] = seen.get(key, 0) + 1
    repeated = {parent for parent, key in keys.items() if seen[key] > 1}
    if not repeated or all(parent in repeated for parent in lists):
        return
    for parent in repeated:
        for element in lists[parent]:
            for below in [e for e in accepted if e is element or _within(e, element)]:
                del accepted[below]


def _other_posts_boxes(accepted: dict[etree._Element, Body]) -> None:
    """Blocks in a box named for other posts or threads ('div.similarThreads', 'related-posts')
    beside comments outside such boxes: furniture of the comments' shape."""
    tops = [e for e in accepted if not any(a in accepted for a in e.iterancestors())]
    boxed = {e for e in tops if _in_other_posts_box(e)}
    if not boxed or len(boxed) == len(tops):
        return
    for element in boxed:
        for below in [e for e in accepted if e is element or _within(e, element)]:
            del accepted[below]


def _in_other_posts_box(element: etree._Element) -> bool:
    return sel.in_other_posts_box(element, _PLACE_LEVELS) or _headed_other_posts(element)


_BOX_HEADINGS = ("h2", "h3", "h4", "h5")
_BOX_HEADING_WORDS = 6
# A heading over other posts or threads, in the blogs' and forums' languages.
_OTHER_POSTS_HEADING = re.compile(
    r"\b(?:related|similar|gerelateerde?|verwandte|ähnliche|similaires|relacionad\w*|correlat\w*|podobne|liknande"
    r"|relaterade|relaterte|relateret)\b",
    re.I,
)


def _headed_other_posts(element: etree._Element) -> bool:
    """Whether a block's list (a few levels up) comes right after a heading that names other posts
    or threads ('Gerelateerde topics', 'Related posts', 'Similar threads'), the heading alone or in
    a bar of its own (SMF's 'div.title_bar > h3'), whatever the box's classes."""
    for ancestor in islice(element.iterancestors(), _REGION_LEVELS):
        before = ancestor.getprevious()
        while before is not None and not is_element(before):
            before = before.getprevious()
        if before is None:
            continue
        heading = before if before.tag in _BOX_HEADINGS else next(before.iter(*_BOX_HEADINGS), None)
        if heading is None or flat_text(heading).strip() != flat_text(before).strip():
            continue
        words = flat_text(heading).split()
        if len(words) <= _BOX_HEADING_WORDS and _OTHER_POSTS_HEADING.search(" ".join(words)):
            return True
    return False


def _outside_the_thread(accepted: dict[etree._Element, Body]) -> None:
    """When some comments sit in the page's thread region (``_thread_place``) and others do
    not, the others are furniture of the same shape: 'related posts' tiles, a 'popular posts'
    list with names, dates and excerpts, sponsored boxes. Replies inside a comment stay."""
    tops = [e for e in accepted if not any(a in accepted for a in e.iterancestors())]
    placed = {e: _thread_place(e, _PLACE_LEVELS) for e in tops}
    if all(placed.values()) or not any(placed.values()):
        return
    lists = {e.getparent() for e, inside in placed.items() if inside}
    for element, inside in placed.items():
        if inside or accepted[element].pingback is not None or element.getparent() in lists:
            continue  # (an item of a list that holds one placed comment is in the thread too)
        for below in [e for e in accepted if e is element or _within(e, element)]:
            del accepted[below]


_MASTHEAD = frozenset({"header", "masthead", "banner", "branding", "nav", "navigation", "menu", "navbar", "logo"})


def _post_heading(root: etree._Element, title: str) -> etree._Element | None:
    """The post's title heading, where the post is: the page's first ``<h1>`` outside its
    masthead, else the first ``<h2>``/``<h3>`` there that the ``<title>`` (``title``, folded)
    holds (themes that keep the h1 for the blog's name)."""
    for tags in (("h1",), ("h2", "h3")):
        for heading in root.iter(*tags):
            if any(a.tag in ("header", "nav") or _masthead(a) for a in heading.iterancestors()):
                continue
            text = " ".join(flat_text(heading).split()).casefold()
            if tags == ("h1",) or (len(text) >= 4 and text in title):
                return heading
    return None


def _masthead(element: etree._Element) -> bool:
    names = f"{element.get('id') or ''} {element.get('class') or ''}".lower()
    return not _MASTHEAD.isdisjoint(_SPLIT.split(names))


def _far_from_the_post(accepted: dict[etree._Element, Body], anchor: etree._Element | None) -> None:
    """Lists of comment-shaped blocks farther from the post than another such list: a thread
    follows its post, in the post's column, while the boxes of a side column or a footer
    (events, 'readers' voices', most read) meet the post only higher up the page. Blocks in
    the thread's region (``_thread_place``) and pingbacks stay."""
    if anchor is None:
        return
    tops = [e for e in accepted if not any(a in accepted for a in e.iterancestors())]
    if len({e.getparent() for e in tops}) < 2:
        return
    depth = {a: i for i, a in enumerate(reversed([anchor, *anchor.iterancestors()]))}
    meets: dict[etree._Element, int] = {}
    for element in tops:
        meets[element] = next((depth[a] for a in element.iterancestors() if a in depth), -1)
    nearest = max(meets.values())
    near = {e.getparent() for e, meet in meets.items() if meet >= nearest}
    largest = max(sum(1 for e in tops if e.getparent() is parent) for parent in near)
    for element, meet in meets.items():
        if meet >= nearest or accepted[element].pingback is not None or _thread_place(element, _PLACE_LEVELS):
            continue
        if sum(1 for e in tops if e.getparent() is element.getparent()) > largest:
            continue  # a longer list than any near one: a thread in a column of its own, not a box
        for below in [e for e in accepted if e is element or _within(e, element)]:
            del accepted[below]


# What a box inside a comment that is no answer calls itself: a quote, a link preview card, an
# edit note, a spoiler, a signature, an attachment, a like or share bar.
_NOT_ANSWER = re.compile(
    r"quot|cite|card|preview|embed|onebox|oembed|link|attach|edit|note|notice|spoiler|signature|(?:^|[\W_])sig"
    r"|share|like|vote|badge|media|image|gallery|poll|code|moderat|warning|alert|ad(?:s|vert)?(?:$|[\W_])",
    re.I,
)


def _answer_box(box: etree._Element) -> bool:
    """Whether a box inside a comment may be an unsigned answer: not a quote (a <blockquote> that
    names no answer, a box whose names say quote, card, edit note...), and not a link card whose
    text is mostly one link to another page."""
    names = f"{box.get('id') or ''} {box.get('class') or ''}"
    if _NOT_ANSWER.search(names) or (box.tag == "blockquote" and not _ANSWER_NAMES.search(names)):
        return False
    text = flat_text(box)
    linked = sum(len(flat_text(a)) for a in box.iter("a"))
    return not text or 2 * linked < len(text)


def _in_inner_box(line: etree._Element, box: etree._Element, answerable: Callable[[etree._Element], bool]) -> bool:
    """Whether a line sits in a quote or another box that is no answer (``answerable``, the
    caller's remembered :func:`_answer_box`), inside ``box``."""
    for ancestor in line.iterancestors():
        if ancestor is box:
            return False
        if ancestor.tag in ("blockquote", "q", "figure") or not answerable(ancestor):
            return True
    return False


def _dated_line_only(text: str) -> bool:
    """A comment 'text' that is its header's rest ('schrieb am 14. Mai 2020, 19:03'): what is
    left when the box taken as an answer held the comment's real text."""
    return len(text.split()) <= _HEADER_WORDS and date_of(text) is not None


_ANSWER_NAMES = re.compile(r"answer|repl|respon|owner|admin|author|antwort|réponse|reponse|respuesta|risposta", re.I)


def _unsigned_answers(accepted: dict[etree._Element, Body]) -> None:
    """An unsigned answer box inside a comment, with its own text and date line (FC2's blog
    owner's reply under a reader's comment, 'div style=...' holding '<p>TEXT</p><p>DATE</p>'): a
    reply with no author, when the comment keeps a text and a date of its own without it."""
    holding: set[etree._Element] = set()  # the ancestors of every body: never an answer box
    for element in accepted:
        for ancestor in element.iterancestors():
            if ancestor in holding:
                break
            holding.add(ancestor)
    known = set(accepted)  # kept up to date: not rebuilt for each box
    # each element's text is read once, however many boxes hold it (nested boxes met the same
    # lines and ancestors again for each box around them)
    answer_boxes: dict[etree._Element, bool] = {}
    date_lines: dict[etree._Element, bool] = {}

    def answerable(box: etree._Element) -> bool:
        if (found := answer_boxes.get(box)) is None:
            found = answer_boxes[box] = _answer_box(box)
        return found

    def date_line(line: etree._Element) -> bool:
        if (found := date_lines.get(line)) is None:
            found = date_lines[line] = _date_only_line(line)
        return found

    for holder, body in list(accepted.items()):
        if body.author is None:
            continue
        walk = etree.iterwalk(holder, events=("start",), tag=etree.Element)
        for _, box in walk:
            if box is not holder and box in accepted:
                walk.skip_subtree()  # a nested comment's own boxes are its own
                continue
            if box is holder or box.tag not in _ANSWER_TAGS or box in holding or _within(body.author.element, box):
                continue
            if not answerable(box):
                continue
            if not any(
                date_line(line) and not _in_inner_box(line, box, answerable)
                for line in box.iterdescendants("p", "div", "span", "small")
            ):
                continue  # (a date line of a quote or a link card inside the box is not the box's)
            answer = read_body(box, known, generic=True)
            if answer is None or answer.author is not None or not answer.published or _word_count(answer.text) < 2:
                continue
            if date_of(answer.text) is not None:  # a date line of the comment's own header ('发表于 DATE')
                continue
            known.add(box)
            kept = read_body(holder, known, generic=True)
            if (
                kept is None
                or kept.author is None
                or not kept.text
                or not (kept.published or kept.dated)
                or _dated_line_only(kept.text)
            ):
                known.discard(box)
                continue
            accepted[box] = answer
            accepted[holder] = kept
            break


def _date_only_line(element: etree._Element) -> bool:
    text = flat_text(element)
    return 0 < len(text.split()) <= 3 and date_of(text) is not None


def _said_head(block: etree._Element) -> bool:
    """Whether a block opens with a line that is a name and a saying verb alone ('<p><b>Hal</b>
    said:</p>'), a text after it."""
    children = [c for c in block if is_element(c)]
    return len(children) >= 2 and not (block.text or "").strip() and says_line(flat_text(children[0]))


def _quoted_replies(root: etree._Element) -> None:
    """A ``<blockquote>`` inside a comment that opens with the comment's own kind of head line
    ('NAME said:' over paragraphs) is a reply indented the old way, not a quote: it becomes a
    block of its parent comment's kind, for the generic reader to read as a reply."""
    for quote in list(root.iter("blockquote")):
        if not _said_head(quote):
            continue
        holder = next((a for a in quote.iterancestors() if a.tag != "blockquote" and _said_head(a)), None)
        if holder is None:
            continue
        quote.tag = holder.tag
        if holder.get("class"):
            quote.set("class", str(holder.get("class")))


_BARE_HEAD_WORDS = 8
_BARE_NAME = re.compile(r"^[^\W\d_][\w'’.-]*(?:\s+[^\W\d_][\w'’.-]*){0,3}$")


def _bare_name(block: etree._Element) -> etree._Element | None:
    """The element whose tail is a block's bare name, right before a date element ('<img> Ann
    <span>3 days ago</span>'): the avatar or its link; None when the block has no such name."""
    for child in block:
        if not is_element(child):
            continue
        if child.tag != "img" and not (child.tag == "a" and not flat_text(child) and len(child)):
            return None  # (the name comes after the leading pictures only)
        lead = " ".join((child.tail or "").split())
        if not lead:
            continue
        following = child.getnext()
        return child if _BARE_NAME.match(lead) and date_of(lead) is None and date_element(following) else None
    return None


def _bare_head(block: etree._Element) -> str | None:
    """What a block's bare head line is ('Ann<br>5 March 2019<br>text': 'name'; 'Ann – 5 March
    2019<br>text': 'line'; '<img> Ann <span>DATE</span>': 'tail'), None when it has none: its
    own text before a first ``<br>``, or the text after its avatar before a date element."""
    if not len(block) or not is_element(first := block[0]):
        return None
    if not (block.text or "").strip():
        return "tail" if first.tag in ("img", "a") and _bare_name(block) is not None else None
    lead = " ".join((block.text or "").split())
    if first.tag != "br" or len(lead.split()) > _BARE_HEAD_WORDS:
        return None
    if date_of(lead) is not None:
        return "line" if _BARE_NAME.match(lead) is None else None
    after = " ".join((block[0].tail or "").split())
    if _BARE_NAME.match(lead) and after and len(after.split()) <= _BARE_HEAD_WORDS and date_of(after):
        return "name"
    return None


def unwrapped(block: etree._Element) -> etree._Element:
    """The block inside the wrappers around a block's content: a ``div`` that is an element's
    only child, with no text of its own beside it ('<li><div><div>NAME DATE TEXT</div></div></li>')."""
    while (
        len(block) == 1
        and is_element(inner := block[0])
        and inner.tag == "div"
        and not (block.text or "").strip()
        and not (inner.tail or "").strip()
    ):
        block = inner
    return block


def _bare_heads(root: etree._Element, skip: etree._Element | None) -> None:
    """Blocks of a list that write their head as bare text before a line break, no element around
    it ('Ann<br>5 March 2019<br>text', a guestbook's or a hand-made theme's): the name goes into
    a ``<b>``, a name-and-date line into a ``<span>``, as themes that mark them up write them,
    when two blocks of one parent or more do so."""
    for parent in list(root.iter("div", "ul", "ol", "section", "td", "article", "body")):
        if skip is not None and _within(parent, skip):
            continue
        blocks = [unwrapped(c) for c in parent if is_element(c)]  # (through a page builder's wrappers)
        heads = [(c, kind) for c in blocks if (kind := _bare_head(c)) is not None]
        if len(heads) < 2:
            continue
        for block, kind in heads:
            wrapper = etree.Element("b" if kind in ("name", "tail") else "span")
            if kind == "tail" and (picture := _bare_name(block)) is not None:
                wrapper.text, picture.tail = picture.tail, " "
                picture.addnext(wrapper)
                continue
            wrapper.text, block.text = block.text, None
            block.insert(0, wrapper)


def _pair_terms(root: etree._Element) -> None:
    """Wrap each ``<dt>`` of a definition list with its ``<dd>`` parts in a ``<div>`` (allowed
    in a ``<dl>`` by HTML), so that a comment written as a pair of siblings (django.contrib.comments'
    'dt DATE - NAME / dd TEXT') is one block for the generic reader; Blogger's classic
    ``dl#comments-block`` has its own reader."""
    for dl in list(root.iter("dl")):
        terms = [c for c in dl if is_element(c) and c.tag == "dt"]
        if dl.get("id") == "comments-block" or not terms:
            continue
        if len(terms) < 2 and next(dl.iterancestors("dd"), None) is None:
            continue  # (one pair in a list inside another's 'dd' is a reply: it is read too)
        for term in terms:
            parts = [term]
            following = term.getnext()
            while following is not None and (not is_element(following) or following.tag == "dd"):
                if is_element(following):
                    parts.append(following)
                following = following.getnext()
            if len(parts) < 2:
                continue
            wrapper = etree.Element("div")
            term.addprevious(wrapper)
            for part in parts:
                wrapper.append(part)  # moves it, with its tail


_HEADER_WORDS = 12


def _pair_headers(root: etree._Element, skip: etree._Element | None) -> list[etree._Element]:
    """Wrap a dated header block with the block after it when a list alternates the two
    (bbPress: 'div.bbp-reply-header' with the date, then the post's author and text as the
    next sibling): one comment written as two siblings. The wrappers of a lone comment under a
    heading of the thread are returned: no group of two holds them."""
    lone: list[etree._Element] = []
    for parent in list(root.iter("li", "div", "section", "td", "table", "tbody", "article")):
        children = [c for c in parent if is_element(c)]
        if len(children) < 4 or (skip is not None and _within(parent, skip)):
            continue
        kinds = [_kind(c) for c in children]
        starts = _alternating_heads(children, kinds)
        runs = [(i, i + 2) for i in starts] if starts is not None else _header_runs(children, kinds)
        for start, stop in runs or ():
            wrapper = etree.Element("div")
            children[start].addprevious(wrapper)
            for part in children[start:stop]:
                wrapper.append(part)
            if runs is not None and len(runs) == 1 and starts is None:
                lone.append(wrapper)
    return lone


_RULED_POSTS = 3
_RULE_BLOCKS = frozenset({"div", "p", "table", "blockquote", "ul", "ol", "dl", "hr", "pre"})
_RULE_HEAD_CHARS = 300


def _rule_runs(root: etree._Element, skip: etree._Element | None) -> None:
    """Wrap the posts of a page that separates them by rules alone ('<hr>Title: <b>T</b><br>Post
    by: <b>NAME</b> on <b>DATE</b><hr><div>TEXT</div>', a forum's print page; old guestbooks): the
    rules of one kind whose every run opens with a dated head line before its first block."""
    for parent in list(root.iter("td", "div", "body", "section", "article", "main")):
        rules = [c for c in parent if is_element(c) and c.tag == "hr"]
        if len(rules) < _RULED_POSTS or (skip is not None and _within(parent, skip)):
            continue
        kinds: dict[tuple[tuple[str, str], ...], list[etree._Element]] = {}
        for rule in rules:
            kinds.setdefault(tuple(sorted((str(k), str(v)) for k, v in rule.attrib.items())), []).append(rule)
        for separators in kinds.values():
            if len(separators) < _RULED_POSTS:
                continue
            ends = set(separators)
            runs = [_run_after(rule, ends) for rule in separators]
            if all(_dated_run_head(rule.tail, run) for rule, run in zip(separators, runs, strict=True)):
                for rule, run in zip(separators, runs, strict=True):
                    wrapper = etree.Element("div")
                    rule.addnext(wrapper)
                    wrapper.text, rule.tail = rule.tail, None
                    for part in run:
                        wrapper.append(part)
                break
            runs = [_run_before(rule, ends) for rule in separators]  # rules that close each post (Cotonti)
            leads = [_lead_before(run, rule) for rule, run in zip(separators, runs, strict=True)]
            if all(_dated_run_head(lead, run) for lead, run in zip(leads, runs, strict=True)):
                for rule, run in zip(separators, runs, strict=True):
                    _wrap_before(rule, run)
                break


def _run_before(rule: etree._Element, ends: set[etree._Element]) -> list[etree._Element]:
    run = []
    for sibling in rule.itersiblings(preceding=True):
        if sibling in ends:
            break
        run.append(sibling)
    return run[::-1]


def _lead_before(run: list[etree._Element], rule: etree._Element) -> str | None:
    """The bare text before a run: the previous rule's tail, or the parent's text."""
    first = run[0] if run else rule
    previous = first.getprevious()
    if previous is not None:
        return previous.tail
    parent = first.getparent()
    return parent.text if parent is not None else None


def _wrap_before(rule: etree._Element, run: list[etree._Element]) -> None:
    first = run[0] if run else rule
    previous, parent = first.getprevious(), first.getparent()
    wrapper = etree.Element("div")
    first.addprevious(wrapper)
    if previous is not None:
        wrapper.text, previous.tail = previous.tail, None
    elif parent is not None:
        wrapper.text, parent.text = parent.text, None
    for part in run:
        wrapper.append(part)


def _run_after(rule: etree._Element, ends: set[etree._Element]) -> list[etree._Element]:
    run = []
    for sibling in rule.itersiblings():
        if sibling in ends:
            break
        run.append(sibling)
    return run


def _dated_run_head(lead: str | None, run: list[etree._Element]) -> bool:
    """Whether a run opens with a dated line (bare text and inline elements) before its first block."""
    pieces = [lead or ""]
    for element in run:
        if not is_element(element) or element.tag in _RULE_BLOCKS:
            break
        pieces += [flat_text(element), element.tail or ""]
    head = " ".join(" ".join(pieces).split())
    return (
        0 < len(head) <= _RULE_HEAD_CHARS
        and date_of(head) is not None
        and any(is_element(e) and e.tag in _RULE_BLOCKS and e.tag != "hr" for e in run)  # a text after it
    )


# Where a run of a comment's parts stops: the next section of the page.
_RUN_ENDS = frozenset({"h1", "h2", "h3", "form", "section", "nav", "footer", "aside", "table", "ul", "ol"})
_HEAD_NAME_TAGS = frozenset({"b", "strong", "a", "span", "cite", "em"})
_HEAD_NAME_CHARS = 40
_HEAD_SAYS = re.compile(rf"^\s*(?:\S+\s+){{1,4}}?(?:{SAYS_VERBS})\b", re.I)


def _named_head(element: etree._Element) -> bool:
    """Whether a dated header line opens with a name: an inline element first ('<b>Ann</b> —
    DATE'), or a few words and a saying verb ('Ann said on DATE:'), or names one after a byline
    word ('Le 15 octobre 2006 à 08:31, par <strong>Ann</strong> :: #')."""
    if not (element.text or "").strip():
        first = next((c for c in element if is_element(c)), None)
        return first is not None and first.tag in _HEAD_NAME_TAGS and len(flat_text(first)) <= _HEAD_NAME_CHARS
    return _HEAD_SAYS.match(flat_text(element)) is not None or _byline_name(element) is not None


# The word before a name in a dated head line: 'par', 'by', 'von'; a ping's 'de' / 'from' its site.
_HEAD_BY = re.compile(r"(?:^|[\s,;])(?:by|from|par|de|von|van|por|da|di|door|przez|od|av|af|fra|från)\s*:?\s*$", re.I)


def _byline_name(element: etree._Element) -> etree._Element | None:
    """The inline element of a head line that a byline word introduces ('..., par <strong>Ann
    </strong> :: #'), holding a short name that is no date."""
    before = element.text or ""
    for child in element:
        if not is_element(child):
            continue
        text = flat_text(child)
        if child.tag in _HEAD_NAME_TAGS and _HEAD_BY.search(before) and 0 < len(text) <= _HEAD_NAME_CHARS:
            return child if date_of(text) is None and any(ch.isalpha() for ch in text) else None
        before = child.tail or ""
    return None


def _dated_named_header(element: etree._Element) -> bool:
    """A dated header line that names someone; a name introduced by a byline word is not counted
    in its words ('Le lundi 16 octobre 2006 à 19:47, par <strong>Sylvie de la Nuit américaine</strong>')."""
    if _dated_header(element) and _named_head(element):
        return True
    name = _byline_name(element) if (element.text or "").strip() else None
    if name is None:
        return False
    words = len(flat_text(element).split()) - len(flat_text(name).split())
    return words <= _HEADER_WORDS and date_of(flat_text(element)) is not None


def _header_runs(children: list[etree._Element], kinds: list[tuple[str, str]]) -> list[tuple[int, int]] | None:
    """(start, stop) of each comment written as a dated header line and the paragraphs after
    it up to the next header, all siblings ('<p class="hd"><b>Ann</b> DATE</p><p>text</p><p>more
    </p>'): headers of one kind that name someone; classless ones only where the thread is (its
    region or a heading before them) or where they say who said it."""
    heads = [i for i, c in enumerate(children) if _dated_named_header(c)]
    if len(heads) == 1 and _thread_heading(children, heads[0]):
        pass  # one comment under the thread's heading ('<h3>Trackbacks</h3><p>DATE, de <b>SITE</b></p><blockquote>')
    elif len(heads) < 2 or len({kinds[i] for i in heads}) != 1:
        return None
    kind = kinds[heads[0]]
    if kind[1] in ("", "~") and not (
        _thread_place(children[0].getparent())
        or _thread_heading(children, heads[0])
        or all(_HEAD_SAYS.match(flat_text(children[i])) for i in heads)
    ):
        return None
    runs = []
    for start, following in zip(heads, [*heads[1:], len(children)], strict=True):
        stop = next((j for j in range(start + 1, following) if children[j].tag in _RUN_ENDS), following)
        if stop - start < 2:
            return None  # a header with no text after it
        runs.append((start, stop))
    return runs


_HEAD_TAGS = frozenset({"h2", "h3", "h4", "h5", "h6", "tr", "dt", "header"})


def _alternating_heads(children: list[etree._Element], kinds: list[tuple[str, str]]) -> list[int] | None:
    """Where the dated headers of a list that alternates header and body blocks are (strictly,
    from the first header to the end): headers of a class of their own ('div.bbp-reply-header'),
    or classless ones of a heading-like tag ('<h3>NAME DATE</h3><p>text</p>', table rows)."""
    tried: set[tuple[str, str]] = set()
    placed: list[bool] = []  # whether the list is in the thread's region: looked up once, if needed

    def in_thread() -> bool:
        if not placed:
            placed.append(_thread_place(children[0].getparent()))
        return placed[0]

    for kind in kinds:
        if kind in tried or kinds.count(kind) < 2:
            continue
        tried.add(kind)
        if kind[1] in ("", "~") and kind[0] not in _HEAD_TAGS:
            continue
        starts = [i for i, k in enumerate(kinds) if k == kind]
        if kind[1] in ("", "~") and not (in_thread() or _thread_heading(children, starts[0])):
            continue  # classless headers ('<h4>TITLE - DATE</h4><p>excerpt</p>') only where the thread is
        if any(i + 1 >= len(children) or kinds[i + 1] == kind for i in starts):
            continue
        if len(starts) * 2 != len(children) - starts[0] or starts != list(range(starts[0], len(children), 2)):
            continue  # strictly alternating from the first header to the end
        if all(_dated_header(children[i]) for i in starts):
            return starts
    return _alternating_rows(children, in_thread)


def _thread_heading(children: list[etree._Element], first: int) -> bool:
    """Whether the sibling right before a list's first header is a heading naming the thread
    ('<h3>Comments</h3><h4>#1 NAME — DATE</h4><p>text</p>...': one parent for all)."""
    if first == 0 or (heading := children[first - 1]).tag not in ("h2", "h3", "h4"):
        return False
    return bool(_names_thread(flat_text(heading)))


def _alternating_rows(children: list[etree._Element], in_thread: Callable[[], bool]) -> list[int] | None:
    """Headers by position in a list of one kind whose zebra classes number the two rows alike
    ('tr.row1' NAME DATE / 'tr.row2' text): every other child a short dated header, the others not."""
    if len(children) % 2 or len({c.tag for c in children}) != 1:
        return None
    if not in_thread():
        return None  # rows told apart by position only where the thread is, not a sidebar's table
    heads, bodies = children[::2], children[1::2]
    if all(_dated_header(h) for h in heads) and not any(_dated_header(b) for b in bodies):
        return list(range(0, len(children), 2))
    return None


def _dated_header(element: etree._Element) -> bool:
    text = flat_text(element)
    has_time = next(element.iter("time"), None) is not None
    return len(text.split()) <= _HEADER_WORDS and (has_time or date_of(text) is not None)


def _part_of_accepted(element: etree._Element, accepted: dict[etree._Element, Body]) -> bool:
    """Whether an element is a part of an accepted comment (its header, holding its author),
    not a reply inside it."""
    for ancestor in element.iterancestors():
        body = accepted.get(ancestor)
        if body is not None:
            return body.author is not None and _within(body.author.element, element)
    return False


def _marked_undated(body: Body) -> bool:
    """A block without any date whose author the markup names (Flarum's page before its script
    runs: h3.PostUser-name over div.Post-body), with a text of a few words and no link to a post
    (a 'related posts' list names authors too)."""
    if body.author is None or not body.author.marked or _word_count(body.text) < 5:
        return False
    author = body.author.element
    links = (e for e in body.own if e.tag == "a" and e is not author)
    return not any(sel.POST_LINK.search(str(e.get("href") or "")) for e in links)


# Words of the ids and classes, and of the headings, that name a page's thread region.
_THREAD_REGION = re.compile(
    r"comment|respons(?!ive)|repl(?:y|ies)|reactie|reacties|kommentar|commentaire|comentario|comentário|commento"
    r"|komentarz|komentář|discussion|diskussion|diskuse|dyskusja|guestbook|gästebuch|livre-d-or|feedback"
    r"|ping|trackback|r[ée]trolien|webmention|mention",
    re.I,
)
# Words of the furniture that names comments too: 'Recent comments', 'Most commented', 'Top
# commenters' widgets, a 'comment-policy' note, a 'comments-feed' link, 'img-responsive' images.
_FURNITURE = re.compile(
    r"(?:^|[\W_])(?:recent|latest|newest|popular|most|top|widget|sidebar|related|policy|rules|guidelines"
    r"|rss|feed|subscribe|newsletter|form|notice|sponsor(?:ed)?|promo|neueste|derniers|últimos|ultimi"
    r"|similar|similaires|ähnliche|aehnlich|verwandte|also|relacionad\w*|correlat\w*|gerelateerd)(?:$|[\W_])",
    re.I,
)
_REGION_LEVELS = 4
_OTHER_POSTS = sel.OTHER_POSTS
_CAMEL = sel.CAMEL


def _names_thread(text: str) -> bool | None:
    """True when ids, classes or a heading name the thread, False when they name furniture that
    speaks of comments ('widget_recent_comments', 'Most commented'), None when neither."""
    if not text.strip():
        return None
    if not _THREAD_REGION.search(text):  # a box of other threads or posts ('div.similarThreads')
        return False if _OTHER_POSTS.search(_CAMEL.sub(" ", text)) else None
    return _FURNITURE.search(_CAMEL.sub(" ", text)) is None  # ('similarThreads', 'recentComments')


def _thread_place(element: etree._Element | None, levels: int = _REGION_LEVELS) -> bool:
    """Whether an element sits in the page's thread region: it or an ancestor (a few levels
    up) has an id or class naming comments ('div#comments', 'section.discussion'), or a heading
    right before it names them ('3 Comments', 'Responses'); never in a box whose names or heading
    name comment furniture ('Recent comments', 'widget_recent_comments', 'top-commenters')."""
    node: etree._Element | None = element
    found = False
    for _ in range(levels):
        if node is None or node.tag in ("body", "html"):
            return found
        named = _names_thread(f"{node.get('id') or ''} {node.get('class') or ''}")
        if named is False:
            return False  # (also above a thread-like name: 'div.similarThreads > ol.discussionListItems')
        found = found or bool(named)
        if not found:
            heading = node.getprevious()  # a heading right before the box, or opening it
            while heading is not None and not is_element(heading):
                heading = heading.getprevious()
            opening = next((c for c in node if is_element(c)), None)
            for head in (heading, opening):
                if head is not None and head.tag in ("h2", "h3", "h4"):
                    named = _names_thread(flat_text(head))
                    if named is not None:
                        return named
        node = node.getparent()
    return found


def _in_comment_region(body: Body) -> bool:
    """Whether an undated block with a name and a text sits in the page's thread region
    (``_thread_place`` of its list); its name is a short name, not a link to a post. Simple
    hand-made themes show no dates at all."""
    if body.author is None or not _NAME_WORDS.match(body.author.name) or _word_count(body.text) < 3:
        return False
    parent = body.element.getparent()
    return parent is not None and _thread_place(parent)


_NAME_WORDS = re.compile(r"^[^\W\d_][\w'’.-]*(?:\s+[^\W\d_][\w'’.-]*){0,3}$")


# A row that says only that someone reacted: webmention likes and reposts, 'N people like this'.
_ACTION_ONLY = re.compile(
    r"^\s*(?:\d+\s+(?:people|persons?|others?|users?)\s+)?(?:and\s+\d+\s+others?\s+)?"
    r"(?:liked?s?|reposted|reblogged|retweeted|boosted|bookmarked|favou?rited|starred|shared|upvoted"
    r"|gefällt|a aimé|aiment|le gusta|piace|vindt dit leuk)\b[^.!?\n]{0,40}$",
    re.I,
)


def _signed_text(element: etree._Element, bodies: set[etree._Element]) -> Body | None:
    """A block read as a signed comment (a name and a text of two words or more; no poster's
    pane, no bare reaction), or a pingback; whether its markup proves it a comment is asked
    apart."""
    body = read_body(element, bodies, generic=True)
    if body is not None and body.pingback is not None and body.element.tag in ("li", "article", "div"):
        return body  # 'Pingback: <a>TITLE</a>' beside the comments
    if body is None or body.author is None or _word_count(body.text) < 2 or profile_box(body.text):
        return None  # (a poster's pane beside the post's text, XenForo's user cell, is not a comment)
    if _ACTION_ONLY.match(body.text or ""):
        return None  # 'liked this', 'reposted this', '3 people like this': a reaction, not a comment
    if body.text and len(body.text) > 5000:
        return None
    return body


def _read_generic(element: etree._Element, bodies: set[etree._Element]) -> Body | None:
    """A block read as a comment: signed, and dated, or 'NAME said:', or a name its markup calls
    the author, or in the thread's region."""
    body = _signed_text(element, bodies)
    return body if body is not None and _proven(body) else None


def _proven(body: Body) -> bool:
    """Whether a signed block's markup proves it a comment (a pingback needs no proof)."""
    if body.pingback is not None:
        return True
    assert body.author is not None  # (``_signed_text`` keeps signed blocks only)
    return bool(
        body.published
        or body.dated
        or says_after(body.author.element)
        or _marked_undated(body)
        or _in_comment_region(body)
    )


# A user name of a forum or a social site: one token with a lower-case start, an underscore,
# a dot or a digit in it ('nightdriver', 'Club_Silencio', 'marina.t', 'Ste77'), not a plain name.
_HANDLE = re.compile(r"^@?(?:[a-z][\w.-]*|[^\W\d_][\w-]*(?:[_\d]|\.\w)[\w.-]*)$")
_CONVERSATION_BLOCKS = 3
_CONVERSATION_WORDS = 4
_ADDRESS = re.compile(r"^\s*@?([^\W\d_][\w.-]*)\s*[,:]?")


def _conversation_member(element: etree._Element, bodies: set[etree._Element]) -> Body | None:
    """A block of a conversation: signed, and a sentence long (a post's rows of buttons and thanks,
    a 'posted this' note are none)."""
    body = _signed_text(element, bodies)
    return body if body is not None and _talking(body) else None


def _talking(body: Body) -> bool:
    return body.pingback is None and _word_count(body.text) >= _CONVERSATION_WORDS


def _conversation(signed: list[Body]) -> list[Body]:
    """Sibling blocks with nothing that proves them comments (no date, no 'said', no class or
    heading naming the thread: an unknown theme in an unknown language), each signed by a name
    over a text, read as a thread where the names talk: half of them user names, or a name that
    signs twice, or a text that opens by addressing another block's writer ('Dario, ...',
    '@Ste77 ...'). A list of headed paragraphs (a listicle's films) does none of these."""
    read = [b for b in signed if _talking(b)]
    if len(read) < _CONVERSATION_BLOCKS:
        return []
    names = [b.author.name for b in read if b.author is not None]
    if not all(_NAME_WORDS.match(n) or _HANDLE.match(n) for n in names):
        return []
    folded = [n.casefold() for n in names]
    if len(set(folded)) < 2:
        return []  # (one writer signing every block: the parts of one post, not a thread)
    handles = sum(_HANDLE.match(n) is not None for n in names)
    if 2 * handles >= len(names) or len(set(folded)) < len(folded) or _addressed(read, folded):
        return read
    return []


def _addressed(read: list[Body], folded: list[str]) -> bool:
    """Whether a block's text opens by addressing the writer of another ('Tobias, ...',
    '@Ste77 ...'): by the first word of that writer's name."""
    firsts = [n.lstrip("@").split()[0] for n in folded]
    for body, own in zip(read, firsts, strict=True):
        text = (body.text or "").lstrip()
        opening = _ADDRESS.match(text)
        if opening is None or opening.group(1).casefold() not in set(firsts) - {own}:
            continue
        if opening.group(0).rstrip().endswith((",", ":")) or text.startswith("@"):
            return True
    return False


# --- nesting -------------------------------------------------------------------------


def _same_kind(first: etree._Element, second: etree._Element) -> bool:
    if first.tag != second.tag:
        return False
    if is_comment_item(first) and is_comment_item(second):
        return True  # a comment beside a pingback: siblings in one list
    a, b = _kind_tokens(first), _kind_tokens(second)
    if a != b:  # zebra variants by a number ('windowbg' and 'windowbg2' in SMF) are one kind
        a, b = {_ZEBRA_NUMBER.sub("", t) for t in a}, {_ZEBRA_NUMBER.sub("", t) for t in b}
    if first.tag == "li" and (a <= b or b <= a):
        return True  # items of one list, one with a class of its own ('li.even.authorResponse')
    return bool(a & b) or (not a and not b)


def _kind_tokens(element: etree._Element) -> set[str]:
    """Class tokens that say what an element is, without zebra striping and per-comment
    decorations (``alt``, ``odd``, ``thread-even``, ``depth-2``, ``bypostauthor``, ...)."""
    value = element.get("class")
    return set(class_facts(value).kind) if value else set()


def _structural_depths(bodies: list[Body]) -> list[int]:
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

    pings_only = _pings_only(bodies)

    def step(ancestor: etree._Element, child: etree._Element) -> int:
        if ancestor in elements:
            return 1
        head = first_child[ancestor]
        if (head in pings_only) != (child in pings_only):
            return 0  # a list of pingbacks before or after the comments' own list: no replies of each other
        if head is child or _same_kind(head, child):
            return 0
        if head in elements and child in elements and (shape := _shape(head)) and shape == _shape(child):
            return 0  # two comments alike inside, striped by classes no rule knows (SMF's windowbg/windowbg2)
        return 1

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


def _pings_only(bodies: list[Body]) -> set[etree._Element]:
    """The elements that hold pingbacks and no comment (Publify's 'ol.trackbacks' above its comment
    list); empty when the thread has no pingback."""
    if all(b.pingback is None for b in bodies):
        return set()
    pings: set[etree._Element] = set()
    comments: set[etree._Element] = set()
    for body in bodies:
        found = pings if body.pingback is not None else comments
        found.add(body.element)
        found.update(body.element.iterancestors())
    return pings - comments


def _chain(body: Body, first_body_of: dict[etree._Element, etree._Element]) -> Iterator[etree._Element]:
    """The body and its ancestors up to the first that holds an earlier body; a table row's
    first cell before them (a row indents its cell: '<tr><td style="padding-left:20px">')."""
    if body.element.tag == "tr" and (cell := next(body.element.iter("td", "th"), None)) is not None:
        yield cell
    yield body.element
    for ancestor in body.element.iterancestors():
        if first_body_of.get(ancestor) is not body.element:
            return
        yield ancestor


def _layout_depths(bodies: list[Body]) -> list[int] | None:
    """Depths a flat list shows by ``depth-N`` classes, ``indent`` attributes or margins."""
    first_body_of: dict[etree._Element, etree._Element] = {}
    for body in bodies:
        for ancestor in body.element.iterancestors():
            first_body_of.setdefault(ancestor, body.element)
    classed: list[int | None] = []
    indents: list[int | None] = []
    margins: list[float | None] = []
    attributed: list[int | None] = []
    for body in bodies:
        level = margin = stated = None
        for element in _chain(body, first_body_of):
            for token in classes(element):
                if level is None and (match := sel.DEPTH_CLASS.match(token)):
                    level = int(match.group(1))  # depth-1 for the top (WordPress); level-0 (PluXml)
            if margin is None and (style := element.get("style")):
                margin = _margin(str(style))
            if stated is None:
                stated = _depth_attribute(element)
        classed.append(level)
        attributed.append(stated)
        indent = next((e.get("indent") for e in body.own if e.get("indent") is not None), None)
        indents.append(int(str(indent)) if indent is not None and str(indent).isdigit() else None)
        margins.append(margin)
    if all(v is not None for v in indents) and len(set(indents)) > 1:
        return [int(v or 0) for v in indents]
    if all(v is not None for v in attributed) and len(set(attributed)) > 1:
        top = min(int(v or 0) for v in attributed)
        return [int(v or 0) - top for v in attributed]
    if all(v is not None for v in classed) and len(set(classed)) > 1:
        top = min(int(v or 0) for v in classed)  # counted from 0 or from 1: the top level is the least
        return [max(0, int(v or 0) - top) for v in classed]
    if None in margins and any(v is not None for v in margins) and _siblings(bodies):
        margins = [v or 0.0 for v in margins]  # one flat list: the top level needs no margin (Komento)
    if all(v is not None for v in margins) and len(set(margins)) > 1:
        ranks = {value: rank for rank, value in enumerate(sorted({m for m in margins if m is not None}))}
        return [ranks[m] for m in margins if m is not None]
    return None


_CALC_MARGIN = re.compile(
    r"(?:margin|padding)-left\s*:\s*calc\(\s*([\d.]+)\s*[a-z%]*\s*\*\s*([\d.]+)\s*[a-z%]*\s*\)", re.I
)


def _margin(style: str) -> float | None:
    """The left margin (or padding) a style gives: '40px', or 'calc(2em * 2)' as a script writes
    a reply's depth into it (FediComments' Mastodon replies)."""
    if match := _CALC_MARGIN.search(style):
        try:
            return float(match.group(1)) * float(match.group(2))
        except ValueError:
            return None
    if match := sel.MARGIN.search(style):
        return float(match.group(1))
    return None


def _depth_attribute(element: etree._Element) -> int | None:
    """The depth an element states in an attribute ('data-depth="2"', Concrete's
    'data-conversation-message-level', Komento's 'data-depth')."""
    for name, value in element.items():
        if sel.DEPTH_ATTRIBUTE.match(str(name)) and str(value).isdigit():
            return int(str(value))
    return None


def _siblings(bodies: list[Body]) -> bool:
    """Whether the bodies are children of one element (a flat list)."""
    parents = {b.element.getparent() for b in bodies}
    return len(parents) == 1


# Class tokens that mark a reply in a flat list where the others lack them ('div.comment.reply',
# 'article.entry.is-reply'): a reply to the last comment before it without the mark.
_REPLY_MARKS = frozenset(
    {"reply", "is-reply", "reply-comment", "comment--reply", "child", "is-child", "child-comment", "subcomment"}
    | {"sub-comment", "nested", "is-nested", "answer", "antwort", "reponse", "respuesta", "risposta", "resposta"}
    | {"indent", "indented", "is-indented"}
)


def _marked_replies(bodies: list[Body]) -> list[int] | None:
    """Depths of a flat list (one parent) whose replies carry a reply class the other items lack."""
    if len(bodies) < 2 or not _siblings(bodies):
        return None
    marked = [not _REPLY_MARKS.isdisjoint(classes(b.element)) for b in bodies]
    if marked[0] or not any(marked):
        return None
    return [1 if m else 0 for m in marked]


def _assign_depths(bodies: list[Body]) -> None:
    depths = _structural_depths(bodies)
    if not any(depths) and (layout := _layout_depths(bodies) or _marked_replies(bodies)) is not None:
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


# A comment removed by a moderator, in the comment plugins' words (Ghost, django-comments-xtd...),
_REMOVED_NOTICE = re.compile(
    r"^\s*(?:this comment (?:has been|was) (?:removed|deleted)|este comentario (?:ha sido|fue) (?:eliminado|borrado)"
    r"|ce commentaire a été (?:supprimé|retiré)|dieser kommentar wurde (?:entfernt|gelöscht)"
    r"|questo commento è stato (?:eliminato|rimosso)|este comentário foi (?:removido|excluído|apagado)"
    r"|deze reactie is verwijderd|ten komentarz został usunięty|kommentaren (?:har|er) (?:tagits bort|slettet)"
    r"|комментарий (?:был )?удал[её]н|[此该該这這]?[评評]论?論?已被?[删刪]除"
    r"|このコメントは削除されました|삭제된 댓글입니다"
    # ... or held for moderation: shown to its writer, not yet a comment of the thread
    r"|(?:this|your) comment is awaiting moderation|(?:este|seu) comentário (?:aguarda|está aguardando) moderação"
    r"|(?:este|tu) comentario (?:está pendiente de|espera) moderación|ihr kommentar (?:muss noch|wartet auf) .{0,30}"
    r"|votre commentaire est en attente de modération|il tuo commento è in attesa di moderazione"
    r"|je reactie (?:moet nog|wacht op) .{0,30})\s*[.。]?\s*$",
    re.I,
)
# A comment deleted on a forum or aggregator: '[deleted]' as its text (and as its author).
# ... or '[Comment removed by author]', '[removed by moderator]' (Lobsters, Reddit): a bracketed notice
_DELETED = re.compile(
    r"^\s*\[[^\]]{0,40}?\b(?:deleted|removed|gelöscht|entfernt|supprimé|eliminado|rimosso|verwijderd|usunięty)\b"
    r"[^\]]{0,40}\]\s*$",
    re.I,
)
# ... or a comment with no text whose name line says it was deleted ('Comentario eliminado',
# 'Deleted comment'): words of these two sets only, one of them a deletion.
_DELETION_WORDS = frozenset(
    "deleted removed eliminado eliminada borrado excluído removido apagado supprimé gelöscht entfernt eliminato"
    " rimosso verwijderd usunięty".split()
)
_COMMENT_WORDS = frozenset(
    "comment comentario comentário commentaire kommentar commento reactie komentarz user usuario".split()
)
_REPLY_TO = re.compile(
    r"(?:in reply to|replied to|reply to|en réponse à|a répondu à|répondu à|antwort auf|antwortete auf|"
    r"als antwort auf|en respuesta a|respondió a|in risposta a|ha risposto a|em resposta a|respondeu a|"
    r"als reactie op|reageerde op|som svar på|svarade på|回复|回覆|返信|답글|(?:^|\s)@)\s*$",
    re.I,
)


def _deleted_name(author: str) -> bool:
    """Whether a name line says the comment was deleted ('Comentario eliminado', '[deleted]')."""
    words = author.strip("[]() ").casefold().split()
    return (
        0 < len(words) <= 3
        and all(w in _DELETION_WORDS or w in _COMMENT_WORDS for w in words)
        and any(w in _DELETION_WORDS for w in words)
    )


def _parent_link_lead(body: Body, text: str, by_fragment: dict[str, Comment]) -> str | None:
    """The text of a link to an earlier comment that opens a reply's text (XE's
    'a.findParent', '@NAME' links): the name of the comment replied to, not the reply's words."""
    for element in body.own:
        if element.tag != "a" or "#" not in (href := str(element.get("href") or "")):
            continue
        if href.rsplit("#", 1)[1] not in by_fragment:
            continue
        lead = flat_text(element)
        if lead and text.startswith(lead) and len(text) > len(lead):
            return lead
    return None


# Attributes that name the comment a reply answers ('data-parent-id="c12"', 'data-reply-to').
_PARENT_ATTRIBUTES = ("data-parent-id", "data-parent", "data-reply-to", "data-replyto", "data-in-reply-to")


_CID = re.compile(r"[?&](?:cid|comment_id|commentid)=(\d+)(?:&|#|$)")
_PID = re.compile(r"[?&](?:pid|parent_id|parentid)=(\d+)(?:&|#|$)")


def _numbers(body: Body) -> tuple[str | None, set[str]]:
    """The number of a comment's permalink ('comment.php?mode=view&cid=312') and the parent
    numbers its links carry ('...&pid=311': Geeklog's 'parent comment' and 'reply' links)."""
    own: set[str] = set()
    parents: set[str] = set()
    for element in body.own:
        if element.tag == "a" and (href := str(element.get("href") or "")) and "=" in href:
            own.update(_CID.findall(href))
            parents.update(_PID.findall(href))
    return (next(iter(own)) if len(own) == 1 else None), parents


def _numbered_parent(own: str | None, parents: set[str], by_number: dict[str, Comment]) -> Comment | None:
    """The earlier comment whose permalink number a comment's link names as a parent, not its
    own number (a reply link carries the comment's own number as the parent of the next)."""
    if own is None:
        return None
    found = [by_number[n] for n in parents if n != own and n in by_number]
    return found[0] if len(found) == 1 else None


def _reply_target(body: Body, by_fragment: dict[str, Comment]) -> Comment | None:
    """The earlier comment a flat comment's header links to after a 'replied to' phrase
    (Movable Type 'X replied to <a href="#comment-12">comment from Y</a>', Drupal's
    'In reply to'), or its element names by an attribute ('data-parent-id="c12"'): the only
    parent information a flat list gives."""
    for name in _PARENT_ATTRIBUTES:
        if not (value := str(body.element.get(name) or "").lstrip("#")) or value == "0":
            continue
        for key in (value, f"comment-{value}", f"comment_{value}", f"c{value}"):  # the id, or its number
            if (target := by_fragment.get(key)) is not None:
                return target
    for element in body.own:
        if element.tag != "a" or "#" not in (href := str(element.get("href") or "")):
            continue
        target = by_fragment.get(href.rsplit("#", 1)[1])
        if target is None:
            continue
        previous = element.getprevious()
        parent = element.getparent()
        before = previous.tail if previous is not None else parent.text if parent is not None else None
        if before and _REPLY_TO.search(before):
            return target
    return None


_REPLY_TO_NAME = re.compile(
    r"^\s*(?:in reply to|replying to|reply to|en réponse à|antwort an|antwort auf|als antwort auf|en respuesta a"
    r"|in risposta a|em resposta a|als reactie op|svar till|svar til|w odpowiedzi (?:na|do))\s*:?\s+(?P<name>.{1,40}?)"
    r"\s*[:.]?\s*$",
    re.I,
)


def _named_target(body: Body, earlier: list[Comment]) -> Comment | None:
    """The latest earlier comment by the name a flat comment's header line says it replies to
    ('<span>in reply to Anna</span>'): the only parent information such a list gives."""
    for element in body.own[1:]:
        text = element.text
        if not text or len(text) > 60 or text.lstrip()[:1] not in _REPLY_INITIALS:
            continue  # (a cheap look at the first letter: this runs on every element of a flat thread)
        if "reply" not in text.lower() and not _REPLY_WORD.search(text):
            continue
        if (match := _REPLY_TO_NAME.match(flat_text(element))) is None:
            continue
        name = match.group("name").casefold()
        return next((c for c in reversed(earlier) if c.author and c.author.casefold() == name), None)
    return None


_REPLY_INITIALS = frozenset("iIrReEaAsSwW")  # in reply, replying, en réponse, antwort, als, em, svar, w odpowiedzi
_REPLY_WORD = re.compile(r"réponse|antwort|respuesta|risposta|resposta|reactie|svar|odpowiedzi", re.I)


def _to_comments(bodies: list[Body], elements: list[etree._Element] | None = None) -> list[Comment]:
    """The comments of the bodies (``elements`` gets the element of each, in order)."""
    comments: list[Comment] = []
    stack: list[Comment] = []
    seen: dict[tuple[str, str], tuple[Comment, etree._Element]] = {}
    used: set[str] = set()
    by_fragment: dict[str, Comment] = {}
    by_number: dict[str, Comment] = {}  # by the number in each comment's permalink ('?cid=312')
    numbered_ids: set[str] = set()
    flat = not any(b.depth for b in bodies)  # 'in reply to NAME' is read in flat threads only
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
        deleted = _DELETED.match(comment.text) or (not comment.text and body.pingback is None and _deleted_name(author))
        if REMOVED_COMMENT.match(comment.text) or deleted or _REMOVED_NOTICE.match(comment.text):
            # deleted by its author: keeps its place, no longer a comment
            comment.text, comment.author, comment.author_evidence, comment.placeholder = "", None, None, True
        if comment.text and (lead := _parent_link_lead(body, comment.text, by_fragment)):
            comment.text = comment.text[len(lead) :].lstrip(" :,：，")  # '<a href=#comment_P>NAME</a> text'
        if body.depth == 0 and (target := _reply_target(body, by_fragment) or (flat and _named_target(body, comments))):
            comment.parent, comment.depth = target.id, target.depth + 1  # 'replied to <a href=#comment-P>'
        own_number, parent_numbers = _numbers(body)
        numbered = _numbered_parent(own_number, parent_numbers, by_number)
        if numbered is not None and (not stack or stack[-1].id not in numbered_ids):
            comment.parent, comment.depth = numbered.id, numbered.depth + 1  # ('&pid=311': no nesting shown)
        for node in (body.element, body.element.getparent()):
            if node is not None and (raw := node.get("id")):
                by_fragment.setdefault(str(raw), comment)
        if own_number is not None:
            by_number.setdefault(own_number, comment)
            numbered_ids.add(comment.id)
        seen.setdefault(key, (comment, body.element))
        comments.append(comment)
        if elements is not None:
            elements.append(body.element)
        while len(stack) < body.depth:  # a jump of more than one level: attach to the last
            stack.append(stack[-1] if stack else comment)
        stack.append(comment)
    return comments


def _with_sibling_mentions(bodies: list[Body], index: ElementIndex | None) -> list[Body]:
    """The bodies, with the mentions written beside them in blocks of their kind that do not name
    themselves comments (Known's 'div.idno-annotation.row' mention under 'div.idno-annotation.row.
    p-comment' comments): pingbacks of the thread."""
    found = {b.element for b in bodies}
    kinds: dict[etree._Element, dict[str, set[str]]] = {}  # by parent: the first body's class tokens, by tag
    counts: dict[etree._Element, int] = {}
    for body in bodies:
        if (parent := body.element.getparent()) is not None:
            counts[parent] = counts.get(parent, 0) + 1
    for body in bodies:
        parent = body.element.getparent()
        if parent is not None and len(parent) == counts[parent]:
            continue  # every child of that list is a comment already
        if parent is None or str(body.element.tag) in (tags := kinds.setdefault(parent, {})):
            continue
        if tokens := classes(body.element):
            tags[str(body.element.tag)] = set(tokens)
    added: list[Body] = []
    for parent, tags in kinds.items():  # each list once, however long
        for sibling in parent:
            if sibling in found or not is_element(sibling) or (kind := tags.get(str(sibling.tag))) is None:
                continue
            if kind.isdisjoint(classes(sibling)):
                continue
            mention = read_body(sibling, found, generic=True)
            if mention is not None and mention.pingback is not None:
                found.add(sibling)
                added.append(mention)
    if not added:
        return bodies
    # (the generic reader wraps header/body pairs in new blocks: its order is the tree's own)
    walk = index.elements if index is not None else bodies[0].element.getroottree().getroot().iter()
    order = {e: i for i, e in enumerate(walk)}
    return sorted([*bodies, *added], key=lambda b: order.get(b.element, 0))


def find_comments(root: etree._Element, skip: etree._Element | None = None) -> list[Comment]:
    """Every comment under ``root`` in page order, with parents and depths; ``skip`` is the
    post's own body, never read as comments by the generic reader."""
    return read_thread(root, item_candidates(root), skip)[0]


def read_thread(
    root: etree._Element,
    candidates: list[etree._Element],
    skip: etree._Element | None = None,
    index: ElementIndex | None = None,
    starts: list[int] | None = None,
    elements_out: list[etree._Element] | None = None,
    published: str | None = None,
) -> tuple[list[Comment], set[etree._Element]]:
    """(comments, the comment zone) from the page's comment item candidates (see
    ``extract.page_scan``); the zone is every element of a comment item, where the post's
    own metadata is never looked for. ``index`` is :class:`ElementIndex` of ``root`` and
    ``starts`` where each candidate is in it, when the caller has them (the page scan);
    ``elements_out`` gets the element of each comment; ``published`` is the post's date where
    the page states it before its comments (no comment is older)."""
    if index is None or starts is None:
        index = ElementIndex.of(root)
        starts = positions(index.elements, candidates)
    elements = index.elements
    spans = [(start, _subtree_end(c, elements, start)) for c, start in zip(candidates, starts, strict=True)]
    bodies = _known_bodies(candidates, index, spans)
    if bodies and not all(b.author or b.pingback for b in bodies):  # names outside the known vocabulary
        loose = _known_bodies(candidates, index, spans, generic=True)
        if not any(b.author or b.pingback for b in bodies):
            bodies = loose
        else:  # only some unsigned: each of those takes the name the looser reading finds, if any
            signed = {b.element: b for b in loose if b.author is not None}
            bodies = [signed.get(b.element, b) if b.author is None and b.pingback is None else b for b in bodies]
    if bodies:
        bodies = _with_sibling_mentions(bodies, index)
    zone: set[etree._Element] = set()
    if not any(b.text or b.pingback for b in bodies):  # a thread of pingbacks alone is a thread
        bodies = _generic_bodies(root, skip, published)
        if bodies:  # webmention rows 'Mentioned in: <a>POST</a>' beside the replies they follow
            bodies = _with_sibling_mentions(bodies, None)
        for element in (b.element for b in bodies):
            if element not in zone:
                zone.update(element.iter())
    else:
        covered = 0  # the candidates' subtrees: a nested one is in its ancestor's
        for start, end in spans:
            if start >= covered:
                zone.update(elements[start:end])
                covered = end
    if not bodies:
        return [], zone
    bodies = _with_answers(bodies)
    _assign_depths(bodies)
    return _to_comments(bodies, elements_out), zone
