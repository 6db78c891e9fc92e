"""Who wrote what: the post's author, and authors of unsigned comments.

Blog dumps lose author lines. A reply's greeting names the comment it answers
(``Thanks Dan!``), the post's author writes the unsigned replies that greet
commenters, and a thread that alternates between the post's author and one
commenter gives the rest by position (``context``).

>>> greeted_name("Thanks Dan! It is interesting")
'Dan'
>>> greeted_name("Iba, Iba, Iba! Glad you are with me")
'Iba'
>>> greeted_name("Hope it is the same for you Steven.")
'Steven'
>>> greeted_name("Man, everything opens in January") is None
True
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable

from extract.records import Comment

_NAME = r"([^\W\d_][\w'’\-]*)"
_SALUTATION = (
    r"(?:hi|hello|hey|heya|hiya|dear|thanks|thanks so much|thank you|thank you so much|"
    r"cheers|welcome|welcome back|congrats|glad to hear|good to hear|great to hear|"
    r"nice to hear|so glad to hear|aw+|ha+)"
)
_LEADING_INTERJECTION = r"(?:[^\W\d_]+!+\s+)?"
_START_SALUTE = re.compile(rf"^{_LEADING_INTERJECTION}{_SALUTATION},?\s+{_NAME}\s*(?=[,!.:;?–—\-]|$)", re.I)
_START_NAME = re.compile(rf"^{_NAME}(?:\s*,\s*\1)*\s*(?:[,!]|\s[–—-]\s)")
_VOCATIVE = re.compile(
    rf"(?:,\s*|\b(?:you|review|work|post|piece|write-up|one|film|there|again|too|mate)\s+)"
    rf"{_NAME}\s*(?=[!.?,;:)]|$)"
)
_LEAVE_REPLY = re.compile(r"^\s*Leave a (?:reply|comment) to (.+?)(?:\s+Cancel reply)?\s*$", re.I)

NOT_NAMES = frozenset(
    """
    i me my you your he him his she her it its we us our they them their this that these those
    the a an and but or so yes yeah yep yay no nope oh ooh aah aaah ah aha ahah ahh ha haha hah
    hahaha hmm hmmm um well wow man dude boy god gosh jeez geez ok okay hey hi hello thanks
    thank great nice good excellent brilliant awesome cool lovely wonderful fantastic sure right
    true exactly absolutely definitely totally seriously honestly actually anyway also agreed
    indeed sorry please welcome lol omg ugh whoa bravo amen congrats cheers there again everyone
    all guys folks friends friend mate sir madam film movie review post blog glad what why how
    when where who which if then though although however still
    fine fair guilty nope wait look listen see yup nah meh alas correct interesting
    noted done deal touché granted funny weird strange hilarious wrong false
    perfect precisely spot love loved hate hated same lucky poor
    """.split()
)


def same_person(first: str | None, second: str | None) -> bool:
    """Whether two author strings name the same person ("Ted" and "Ted S.").

    >>> same_person("ruth", "Ruth"), same_person("Ted", "Ted S."), same_person("Dan", "Danny")
    (True, True, False)
    """
    if not first or not second:
        return False
    a, b = first.casefold().split(), second.casefold().split()
    return a == b or (a[0] == b[0] and (len(a) == 1 or len(b) == 1))


def _is_name(word: str) -> bool:
    return len(word) >= 2 and word.casefold() not in NOT_NAMES


def greeted_name(text: str) -> str | None:
    """The name a comment greets or addresses, if any."""
    text = text.strip()
    if match := _START_SALUTE.match(text):
        name = match.group(1)
        if _is_name(name):
            return name
    if (match := _START_NAME.match(text)) and match.group(1)[0].isupper():
        name = match.group(1)
        if _is_name(name):
            return name
    for match in _VOCATIVE.finditer(text):
        name = match.group(1)
        if name[0].isupper() and _is_name(name) and not (name.isupper() and len(name) > 1):
            return name
    return None


def leave_reply_name(lines: Iterable[str]) -> str | None:
    """The name in a WordPress ``Leave a reply to X`` line."""
    for line in lines:
        if match := _LEAVE_REPLY.match(line):
            return match.group(1).strip()
    return None


def _canonical_form(name: str, comments: list[Comment]) -> str:
    """The spelling a page uses for a name: as the person signs, else as greeted."""
    for comment in comments:
        if comment.author_evidence == "stated" and comment.author and comment.author.casefold() == name.casefold():
            return comment.author
    greeted = Counter(
        greeting
        for comment in comments
        if (greeting := greeted_name(comment.text)) and greeting.casefold() == name.casefold()
    )
    return greeted.most_common(1)[0][0] if greeted else name


def infer_post_author(comments: list[Comment], stated: str | None = None) -> str | None:
    """The post's author: as stated by the page, else the name top-level comments
    address most, else the commenter who replies most."""
    real = [c for c in comments if not c.placeholder and c.pingback is None]
    if stated:
        return _canonical_form(stated, real)
    addressed = Counter(
        name.casefold() for comment in real if comment.depth == 1 and (name := greeted_name(comment.text))
    )
    if addressed:
        name, count = addressed.most_common(1)[0]
        if count >= 2:
            return _canonical_form(name, real)
    repliers = Counter(c.author for c in real if c.depth > 1 and c.author_evidence == "stated")
    if repliers:
        author, count = repliers.most_common(1)[0]
        if author and count >= 2:
            return author
    return None


def _apply_greetings(comments: list[Comment], by_id: dict[str, Comment], post_author: str) -> None:
    for comment in comments:
        if comment.placeholder or comment.pingback is not None or comment.parent is None:
            continue
        name = greeted_name(comment.text)
        if not name:
            continue
        parent = by_id.get(comment.parent)
        if parent is not None and parent.author is None:
            parent.author, parent.author_evidence = name, "greeting"
        if comment.author is None and not same_person(name, post_author):
            comment.author, comment.author_evidence = post_author, "greeting"


def _apply_thread_context(comments: list[Comment], post_author: str) -> None:
    """Fill unsigned comments of threads that alternate between the post's author
    (even depths) and one commenter (odd depths)."""
    threads: dict[str, list[Comment]] = defaultdict(list)
    root_of: dict[str, str] = {}
    for comment in comments:
        root = comment.id if comment.parent is None else root_of.get(comment.parent, comment.id)
        root_of[comment.id] = root
        threads[root].append(comment)
    for members in threads.values():
        known = [c for c in members if c.author and c.pingback is None]
        odd = {c.author.casefold() for c in known if c.author and c.depth % 2 == 1}
        even_ok = all(same_person(c.author, post_author) for c in known if c.depth % 2 == 0)
        odd_ok = not any(same_person(name, post_author) for name in odd)
        if not (even_ok and odd_ok and len(odd) <= 1):
            continue
        commenter = next((c.author for c in known if c.depth % 2 == 1), None)
        for comment in members:
            if comment.author or comment.placeholder or comment.pingback is not None:
                continue
            if comment.depth % 2 == 0:
                comment.author, comment.author_evidence = post_author, "context"
            elif commenter:
                comment.author, comment.author_evidence = commenter, "context"


def infer_authors(comments: list[Comment], post_author: str | None) -> None:
    """Fill in authors of unsigned comments and placeholders, in place."""
    if not post_author:
        return
    by_id = {comment.id: comment for comment in comments}
    _apply_greetings(comments, by_id, post_author)
    _apply_thread_context(comments, post_author)
