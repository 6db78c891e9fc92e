"""MediaWiki talk pages as DiscussionTools renders them: each signed comment opens with a marker
``<span data-mw-comment-start id="c-USER-YYYYMMDDhhmmss-SECTION">``, in a ``<p>`` (a section's
opening comment) or a ``<dd>`` (a reply, indented one ``dl``/``dd`` level under what it answers).

The marker's id names the signing user and the time; the text runs to the signature (the link to
the user's page or contributions); nesting is the ``dd`` depth.

>>> from lxml import etree
>>> tree = etree.fromstring('''<div><h2>Score</h2>
... <p><span data-mw-comment-start="" id="c-Ann_Lee-20240305091500-Score"></span>Is the zither credited?
... <a href="/wiki/User:Ann_Lee">Ann Lee</a> 09:15, 5 March 2024 (UTC)</p>
... <dl><dd><span data-mw-comment-start="" id="c-Bob-20240306100000-Score"></span>Yes, in the titles.
... <a href="/wiki/User:Bob">Bob</a> 10:00, 6 March 2024 (UTC)</dd></dl></div>''', etree.HTMLParser())
>>> [(c.author, c.parent, c.published, c.text) for c in talk_comments(tree)[0]]
[('Ann Lee', None, '2024-03-05', 'Is the zither credited?'), ('Bob', 'c1', '2024-03-06', 'Yes, in the titles.')]
"""

from __future__ import annotations

import re

from lxml import etree

from extract.records import Comment

MARKER = "data-mw-comment-start"
_MARKER_ID = re.compile(r"^c-(?P<user>.+?)-(?P<y>\d{4})(?P<m>\d\d)(?P<d>\d\d)\d{6}(?:-|$)")
# the signature's first link: the user's page, talk page or contributions (anonymous users)
_SIGNATURE_HREF = re.compile(r"(?:/|title=)(?:User(?:[ _]talk)?:|Special:Contributions/)", re.I)
_SIGNATURE_DASH = re.compile(r"\s*[—–-]+\s*$")


def _text(container: etree._Element, start: etree._Element) -> str:
    """The comment's words: from its marker to its signature, replies (a nested ``dl``) left out."""
    parts: list[str] = []
    started = False
    for event, element in etree.iterwalk(container, events=("start", "end")):
        if event == "start":
            if element is start:
                started = True
                parts.append(str(element.tail or ""))
                continue
            if not started:
                continue
            if element.tag == "dl" or (element.tag == "a" and _SIGNATURE_HREF.search(str(element.get("href") or ""))):
                break
            parts.append(str(element.text or ""))
        elif started and element is not container and element is not start:
            parts.append(str(element.tail or ""))
    return _SIGNATURE_DASH.sub("", " ".join("".join(parts).split()))


def _depth(container: etree._Element) -> int:
    return 1 + (container.tag == "dd") + sum(1 for _ in container.iterancestors("dd"))


def talk_comments(tree: etree._Element) -> tuple[list[Comment], list[etree._Element]]:
    """(comments, the element holding each) of a talk page's signed comments; ([], []) when it has none."""
    comments: list[Comment] = []
    holders: list[etree._Element] = []
    stack: list[tuple[int, str]] = []  # (depth, id) of the comments a later one may answer
    for start in tree.iter("span"):
        if start.get(MARKER) is None or (marker := _MARKER_ID.match(str(start.get("id") or ""))) is None:
            continue
        container = start.getparent()
        if container is None or not (text := _text(container, start)):
            continue
        depth = _depth(container)
        while stack and stack[-1][0] >= depth:
            stack.pop()
        cid = f"c{len(comments) + 1}"
        author = marker.group("user").replace("_", " ")
        comments.append(
            Comment(
                id=cid,
                text=text,
                author=author,
                author_evidence="stated",
                parent=stack[-1][1] if stack else None,
                depth=depth,
                published=f"{marker.group('y')}-{marker.group('m')}-{marker.group('d')}",
            )
        )
        holders.append(container)
        stack.append((depth, cid))
    return comments, holders
