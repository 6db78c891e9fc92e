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

from extract.dates import parse_date
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


# A wiki signature's time stamp after the user's links: '12:02, 5 March 2024 (UTC)'.
# (any language's date between the time and the zone: '5 March 2024', '2. Feb. 2024', '5 mars 2024')
STAMP = re.compile(r"\d{1,2}:\d\d,?\s+(?P<date>[^()\n]{6,30}?\d{4})\s*\((?:UTC|GMT|CES?T|MES?Z|[A-Z]{2,5})\)")
_STAMP = STAMP
_ZONES = re.compile(r"\((?:UTC|GMT|CES?T|MES?Z|E[SD]T|P[SD]T)\)")


def signed_page(text: str) -> bool:
    """Whether a page's source shows a wiki signature's time zone at all (a cheap test before
    the signatures are looked for)."""
    return _ZONES.search(text) is not None


_CONTAINERS = ("p", "dd", "li")
_SIGNED_MIN = 2
# the user namespaces and the contributions page in the wikis' languages
_USER_PAGE = re.compile(
    r"(?:/|title=)(?:User|Benutzer(?:in)?|Utilisateur(?:rice)?|Usuario|Usuaria|Utente|Gebruiker|Użytkownik"
    r"|Użytkowniczka|Uživatel|Användare|Bruker|Bruger|Käyttäjä|Usuário|Utilizador|Участник|Участница|利用者"
    r"|Kullanıcı|Felhasználó):",
    re.I,
)
_USER_TALK = re.compile(
    r"(?:/|title=)[^/:=]*[ _](?:talk|Diskussion|discussion|Discusión|discussioni|overleg|dyskusja|diskuse|diskussion"
    r"|обсуждение|会話):",
    re.I,
)
_CONTRIBUTIONS = re.compile(
    r"(?:Special|Spezial|Spécial|Especial|Speciale|Speciaal|Specjalna|Speciální|Служебная|特別):"
    r"(?:Contributions|Beitr(?:ä|%C3%A4|a)ge|Contributions|Contribuciones|Contributi|Bijdragen|Wkład|Příspěvky|Вклад|投稿記録)"
    r"/([^&#?/]+)",
    re.I,
)


def _signature(container: etree._Element) -> etree._Element | None:
    """The last user link of a container's own content (not of a reply's nested list) that a
    time stamp follows: the signature that closes a comment."""
    found = None
    for link in container.iter("a"):
        if any(a.tag == "dl" and a is not container for a in link.iterancestors() if _within(a, container)):
            continue
        href = str(link.get("href") or "")
        if (_USER_PAGE.search(href) and not _USER_TALK.search(href)) or _CONTRIBUTIONS.search(href):
            rest = "".join(_after(link, container))
            if _STAMP.search(rest[:200]):
                found = link
    return found


def _within(element: etree._Element, ancestor: etree._Element) -> bool:
    return any(a is ancestor for a in element.iterancestors())


def _after(link: etree._Element, container: etree._Element) -> list[str]:
    """The text after a link up to the end of its container (a nested list left out)."""
    parts = [str(link.tail or "")]
    node: etree._Element | None = link
    while node is not None and node is not container:
        for sibling in node.itersiblings():
            if sibling.tag == "dl":
                return parts
            parts.append("".join(str(t) for t in sibling.itertext()) + str(sibling.tail or ""))
        node = node.getparent()
        if node is not None and node is not container:
            parts.append(str(node.tail or ""))
    return parts


def signed_comments(tree: etree._Element) -> tuple[list[Comment], list[etree._Element]]:
    """(comments, holders) of a talk page without DiscussionTools' markers (an older MediaWiki,
    a wiki that strips them): each paragraph or ``dd`` whose own content ends in a signature, a
    user link and a time stamp ('TEXT — <a href=/wiki/User:Ann>Ann</a> (<a>talk</a>) 12:02, 5 March
    2024 (UTC)'); nesting is the ``dd`` depth. ([], []) below two signed comments."""
    comments: list[Comment] = []
    holders: list[etree._Element] = []
    stack: list[tuple[int, str]] = []
    for container in tree.iter(*_CONTAINERS):
        link = _signature(container)
        if link is None:
            continue
        text = _signed_text(container, link)
        if not text:
            continue
        href = str(link.get("href") or "")
        anonymous = _CONTRIBUTIONS.search(href)
        author = anonymous.group(1) if anonymous else " ".join("".join(str(t) for t in link.itertext()).split())
        stamp = _STAMP.search("".join(_after(link, container)))
        depth = _depth(container)
        while stack and stack[-1][0] >= depth:
            stack.pop()
        cid = f"c{len(comments) + 1}"
        comments.append(
            Comment(
                id=cid,
                text=text,
                author=author or None,
                author_evidence="stated" if author else None,
                parent=stack[-1][1] if stack else None,
                depth=depth,
                published=parse_date(stamp.group("date")) if stamp else None,
            )
        )
        holders.append(container)
        stack.append((depth, cid))
    return (comments, holders) if len(comments) >= _SIGNED_MIN else ([], [])


def _signed_text(container: etree._Element, link: etree._Element) -> str:
    """A container's words before its signature link, a nested reply list left out."""
    parts: list[str] = [str(container.text or "")]
    for event, element in etree.iterwalk(container, events=("start", "end")):
        if element is container:
            continue
        if event == "start":
            if element is link or element.tag == "dl":
                break
            parts.append(str(element.text or ""))
        else:
            parts.append(str(element.tail or ""))
    return _SIGNATURE_DASH.sub("", " ".join("".join(parts).split()))
