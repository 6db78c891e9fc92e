"""Comment threads: attach replies to parents, with placeholders for lost parents.

Readers hand over comments in page order with the depth the layout shows and,
for numbered lists, the item number. A list that restarts at 1 at the same
depth, or a jump of more than one level, means the parent was lost: a
placeholder comment stands in for it, shared by the siblings of that parent.

>>> items = [LaidOutComment(depth=1, number=1, text="a"),
...          LaidOutComment(depth=3, number=1, text="b")]
>>> [(c.id, c.parent, c.placeholder) for c in assemble_thread(items)]
[('c1', None, False), ('p1', 'c1', True), ('c2', 'p1', False)]
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from extract.records import AuthorEvidence, Comment, Pingback
from extract.titles import split_pingbacks


@dataclass(slots=True)
class LaidOutComment:
    """A comment as a text layout shows it: depth (1 = top level) and list number."""

    depth: int
    number: int | None
    text: str
    author: str | None = None
    pingback: Pingback | None = None
    published: str | None = None


class _Ids:
    def __init__(self) -> None:
        self.comments = 0
        self.placeholders = 0

    def comment(self) -> str:
        self.comments += 1
        return f"c{self.comments}"

    def placeholder(self) -> str:
        self.placeholders += 1
        return f"p{self.placeholders}"


def assemble_thread(items: Iterable[LaidOutComment]) -> list[Comment]:
    """Comments with parents, in page order; placeholders precede their first child."""
    ids = _Ids()
    comments: list[Comment] = []
    stack: list[Comment] = []  # stack[k] is the open comment at depth k + 1
    numbered_children: set[str | None] = set()

    def add_placeholder(depth: int, parent: str | None) -> Comment:
        placeholder = Comment(id=ids.placeholder(), parent=parent, placeholder=True, depth=depth)
        comments.append(placeholder)
        return placeholder

    for item in items:
        depth = max(1, item.depth)
        del stack[depth - 1 :]
        while len(stack) < depth - 1:
            stack.append(add_placeholder(len(stack) + 1, stack[-1].id if stack else None))
        parent = stack[-1] if stack else None
        if item.number == 1 and parent is not None and parent.id in numbered_children:
            grandparent = stack[-2].id if len(stack) >= 2 else None
            parent = add_placeholder(depth - 1, grandparent)
            stack[-1] = parent
        parent_id = parent.id if parent else None
        evidence: AuthorEvidence | None = "stated" if item.author else None
        comment = Comment(
            id=ids.comment(),
            text=item.text,
            author=item.author,
            author_evidence=evidence,
            parent=parent_id,
            depth=depth,
            pingback=item.pingback,
            published=item.published,
        )
        if item.number is not None:
            numbered_children.add(parent_id)
        comments.append(comment)
        stack.append(comment)
    return comments


def order_by_parent(comments: list[Comment]) -> list[Comment]:
    """Thread order (each comment followed by its replies) for comments that name
    their parents, as HTML and WordPress exports do. Unknown parents become
    placeholders; depths are computed without recursion.

    >>> flat = [Comment(id="2", parent="1"), Comment(id="1"), Comment(id="3", parent="9")]
    >>> [(c.id, c.depth, c.placeholder) for c in order_by_parent(flat)]
    [('1', 1, False), ('2', 2, False), ('p9', 1, True), ('3', 2, False)]
    """
    known = {comment.id for comment in comments}
    roots: list[Comment] = []
    children: dict[str, list[Comment]] = {}
    placeholders: dict[str, Comment] = {}
    for comment in comments:
        if comment.parent is None:
            roots.append(comment)
            continue
        if comment.parent not in known and comment.parent not in placeholders:
            stand_in = Comment(id=f"p{comment.parent}", placeholder=True)
            placeholders[comment.parent] = stand_in
            roots.append(stand_in)
        if comment.parent in placeholders:
            comment.parent = placeholders[comment.parent].id
        children.setdefault(comment.parent, []).append(comment)
    ordered: list[Comment] = []
    pending: list[tuple[Comment, int]] = [(root, 1) for root in reversed(roots)]
    seen: set[str] = set()
    while pending:
        comment, depth = pending.pop()
        if comment.id in seen:
            continue
        seen.add(comment.id)
        comment.depth = depth
        ordered.append(comment)
        pending.extend((child, depth + 1) for child in reversed(children.get(comment.id, [])))
    # Comments caught in a parent cycle are never reached from a root: keep them as roots.
    for comment in comments:
        if comment.id not in seen:
            seen.add(comment.id)
            comment.parent, comment.depth = None, 1
            ordered.append(comment)
    return ordered


def name_pingbacks(comments: Sequence[Comment | LaidOutComment], sites: list[str] | None = None) -> None:
    """Each pingback's author is the name its page shows for it, verbatim (the engine's author
    slot: 'Pingback: <a>TITLE « SITE</a>' is 'TITLE « SITE'; a site named in an element of its
    own, that name; an export's ``comment_author``): taken before the shown line is cut into the
    linking post's title and its site (``split_pingbacks``; a site the markup named stays).

    >>> ping = LaidOutComment(1, None, "", pingback=Pingback("Heat, again | Reels at Night"))
    >>> name_pingbacks([ping]); (ping.author, ping.pingback.title, ping.pingback.site)
    ('Heat, again | Reels at Night', 'Heat, again', 'Reels at Night')
    """
    pinged = [(c, c.pingback) for c in comments if c.pingback is not None]
    for comment, pingback in pinged:
        if not comment.author and (shown := " ".join((pingback.site or pingback.title).split())):
            comment.author = shown
            if isinstance(comment, Comment):
                comment.author_evidence = "stated"
    splits = split_pingbacks([p.title for _, p in pinged], sites)
    for (_, pingback), (title, site) in zip(pinged, splits, strict=True):
        pingback.title, pingback.site = title, site or pingback.site


_LABEL_SHARE = 0.8  # of a thread's signed comments
_LABEL_MIN = 3
_LABEL_WORDS = 3


def repeated_label(comments: Sequence[Comment]) -> str | None:
    """The short text a reader took for the author of nearly every comment (four in five, three
    at least): a button or label the page repeats in each ('Balas', 'Trả lời', 'Odgovori': a
    'Reply' in a language no lexicon holds), not a person, who writes a thread with others."""
    names = [c.author.casefold() for c in comments if c.author and c.pingback is None and not c.placeholder]
    if len(names) < _LABEL_MIN:
        return None
    top = max(set(names), key=names.count)
    if names.count(top) < max(_LABEL_MIN, _LABEL_SHARE * len(names)) or len(top.split()) > _LABEL_WORDS:
        return None
    return top


def relabelled(before: Sequence[Comment], after: Sequence[Comment], label: str) -> bool:
    """Whether a second reading without ``label`` names the writers it stood for: at least half
    of the comments it signed get another name."""
    signed = [i for i, c in enumerate(before) if c.author and c.author.casefold() == label]
    if len(after) != len(before):
        return False
    renamed = [i for i in signed if after[i].author and after[i].author.casefold() != label]  # type: ignore[union-attr]
    return 2 * len(renamed) >= len(signed)
