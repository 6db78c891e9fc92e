"""Comment-thread forms of whole-page text dumps that the browser's copy of a page gives.

Each form is read by the shape of its lines, not by any page's words:

- a commenter's name as Blogger's markup copies it: the profile icon's alt text 'Blogger' before a
  member's name, and the classic template's 'At TIME, ' before it ('At 8:17 AM, Blogger jlee said...');
- a ping the theme renders in comment markup: the linking post's name in the author slot, its text
  an excerpt in brackets ('[…] excerpt […]');
- the Facebook comments plugin: the name on its line, the text, an action row ('Like · Reply · 2y');
- a run of one-line comments 'handle: text' with no heading over them (Letterboxd copies);
- an engine's footer under the last comment ('Powered by Disqus', 'Subscribe', 'Privacy').

>>> commenter_name("At 10:02 PM, Blogger jlee"), commenter_name("Blogger Kate"), commenter_name("Ann")
('jlee', 'Kate', 'Ann')
"""

from __future__ import annotations

import re

from extract.dates import parse_date
from extract.records import Comment, Pingback
from extract.text_heads import colon_comments, depths, is_name_line, is_stamp, split_paragraphs
from extract.threads import LaidOutComment

# Blogger's classic template: 'At 8:17 AM, NAME said...' (the time, or a date and time, first)
_AT_STAMP = re.compile(r"^at\s+(?P<stamp>[^,]{3,40}(?:,\s*\d{4}[^,]{0,12})?),\s+(?P<rest>\S.*)$", re.I)
# the profile icon's alt text copied before a Blogger member's name
_ICON_ALT = re.compile(r"^blogger\s+(?P<name>\S.*)$", re.I)
_TIME_ONLY = re.compile(r"^\d{1,2}[:.]\d\d\s*(?:[ap]\.?m\.?)?$", re.I)


def commenter_name(author: str) -> str:
    """A commenter's name without the chrome Blogger's markup copies around it."""
    name = author.strip()
    if (at := _AT_STAMP.match(name)) and (is_stamp(at.group("stamp")) or _TIME_ONLY.match(at.group("stamp"))):
        name = at.group("rest").strip()
    if (icon := _ICON_ALT.match(name)) and is_name_line(icon.group("name")):
        name = icon.group("name").strip()
    return name


def clean_commenter_names(laid_out: list[LaidOutComment]) -> None:
    """Every comment's author without the copied chrome around it (``commenter_name``)."""
    for comment in laid_out:
        if comment.author and comment.pingback is None:
            comment.author = commenter_name(comment.author)


# '[…] an excerpt of the linking post […]', '[...] excerpt [...]'
_EXCERPT = re.compile(r"^\s*\[(?:…|\.\.\.)\].*\[(?:…|\.\.\.)\]\s*$", re.S)
_EXCERPT_OPENS = ("[…]", "[...]")


def excerpt_pingbacks(laid_out: list[LaidOutComment]) -> None:
    """A comment whose whole text is a bracketed excerpt is a ping rendered in comment markup: its
    author slot holds the linking post's name, which is the ping's title."""
    for comment in laid_out:
        if comment.pingback is None and comment.author and _EXCERPT.match(comment.text):
            comment.pingback = Pingback(title=comment.author)
            comment.text = ""


_PING_SAYS = re.compile(r"^(?P<name>\S.{0,160}?)\s+(?:says|said|wrote)\s*(?::|\.\.\.|…)\s*$", re.I)


def ping_head(line: str, following: list[str]) -> re.Match[str] | None:
    """'LINKING POST TITLE – SITE says:' over an excerpt ('[…] …', its date between them allowed): a
    ping's head, however long the linking post's name is (its ``name`` group)."""
    if not line.rstrip().endswith((":", "...", "…")):
        return None
    shown = [text for text in (f.strip() for f in following[:4]) if text]
    if shown and is_stamp(shown[0]):
        shown = shown[1:]
    if not shown or not shown[0].startswith(_EXCERPT_OPENS):
        return None
    return _PING_SAYS.match(line.strip())


# The Facebook comments plugin's action row under each comment: 'Like · Reply · 2y', 'Like · Reply ·
# Mark as spam · 12w', 'Like · Reply · 3 · 5 yrs' (with the likes' count)
_FACEBOOK_ROW = re.compile(
    r"^\s*like\s*[·•]\s*reply(?:\s*[·•]\s*(?:mark as spam|edited|\d+|see translation))*\s*[·•]\s*"
    r"\d+\s*(?:[smhdwy]|mins?|hrs?|wks?|yrs?|mo|mos|months?|years?|weeks?|days?|hours?)\b.*$",
    re.I,
)
_FACEBOOK_CHROME = re.compile(
    r"^\s*(?:\d+\s+comments?|sort by|oldest|newest|top|most relevant|add a comment\.*|add a reply\.*|"
    r"view \d+ more repl(?:y|ies)|\d+ repl(?:y|ies)|hide \d* ?repl(?:y|ies)|load \d+ more comments|"
    r"top commenter|author|facebook comments plugin)\s*$",
    re.I,
)


def is_facebook_row(line: str) -> bool:
    """The plugin's action row closing a comment."""
    return "reply" in line.lower() and _FACEBOOK_ROW.match(line) is not None


def facebook_comments(lines: list[str]) -> list[LaidOutComment]:
    """The Facebook comments plugin copied as text: each comment is its writer's name line and its
    text, closed by the action row; the name line's indentation nests replies."""
    rows = [i for i, line in enumerate(lines) if is_facebook_row(line)]
    found: list[tuple[int, str, list[str]]] = []
    after = 0
    for row in rows:
        block = [line for line in lines[after:row] if line.strip() and not _FACEBOOK_CHROME.match(line)]
        after = row + 1
        if len(block) < 2 or not is_name_line(block[0].strip()):
            continue
        indent = len(block[0]) - len(block[0].lstrip(" "))
        found.append((indent, block[0].strip(), [line.strip() for line in block[1:]]))
    return [
        LaidOutComment(depth, None, "\n".join(texts), author=name)
        for (_, name, texts), depth in zip(found, depths([f[0] for f in found]), strict=True)
    ]


_COLON_RUN = 3  # one-line comments with no heading: a run of three or more
_PROSE_WORDS = 12  # a line this long is a sentence of the post
_HANDLE_COLON = re.compile(r"^\s*@?[^\W_][\w.'’\-@]*(?: [\w.'’\-@]+){0,2} ?: +\S")


def colon_run(lines: list[str], title_at: int) -> tuple[int, int] | None:
    """(first line, line after the last) of the page's last run of one-line comments 'handle: text'
    (blank lines between them allowed), when it holds three or more that read as comments and no
    sentence of prose follows it; None otherwise."""
    run: list[int] = []
    last_run: list[int] = []
    for index in range(title_at + 1, len(lines)):
        text = lines[index].strip()
        if not text:
            continue
        if _HANDLE_COLON.match(text):
            run.append(index)
            continue
        if len(run) >= _COLON_RUN:
            last_run = run
        run = []
    if len(run) >= _COLON_RUN:
        last_run = run
    if not last_run or any(len(line.split()) >= _PROSE_WORDS for line in lines[last_run[-1] + 1 :]):
        return None  # prose under the run: lines of the post (a quoted dialogue), not its thread
    shown = [lines[i] for i in last_run]
    return (last_run[0], last_run[-1] + 1) if len(colon_comments(shown)) >= _COLON_RUN else None


def paragraphs_text(lines: list[str]) -> str:
    """Lines joined as paragraphs."""
    return "\n\n".join("\n".join(p) for p in split_paragraphs(lines))


_MENTION = re.compile(r"^\s*@(?P<name>[^\W\d_][\w.'’\-]*(?: [^\W\d_][\w.'’\-]*){0,3})")


def mention_parents(comments: list[Comment]) -> None:
    """A flat dump of a threaded blog's comments loses the nesting; a reply that opens with '@NAME'
    of an earlier commenter answers that commenter's latest comment above it. Only where no comment
    has a parent (the dump kept no nesting at all)."""
    if any(c.parent for c in comments):
        return
    for index, comment in enumerate(comments):
        if (mention := _MENTION.match(comment.text or "")) is None:
            continue
        words = mention.group("name").casefold().split()
        for earlier in reversed(comments[:index]):
            author = (earlier.author or "").casefold().split()
            if author and earlier.pingback is None and words[: len(author)] == author:
                if earlier.author != comment.author:  # not a writer's own earlier comment
                    comment.parent = earlier.id
                break


# A board's post head (phpBB prosilver copied as text): 'Post by NAME » Sun Sep 12, 2021 8:47 pm'
_BOARD_POST = re.compile(r"^\s*(?:post\s+)?by\s+(?P<name>\S.{0,40}?)\s+»\s+(?P<date>\S.{4,40})$", re.I)
_SUBJECT = re.compile(r"^\s*re:\s+\S", re.I)  # a reply's subject line over its head
_BOARD_FOOTER = re.compile(
    r"^\s*(?:display posts from previous|return to\b|jump to\s*$|who is online|users browsing this forum|"
    r"post reply\s*$|board index\s*$)",
    re.I,
)


def board_post_heads(lines: list[str]) -> list[int]:
    """The lines heading a board's posts ('Post by NAME » DATE')."""
    return [i for i, line in enumerate(lines) if "»" in line and _BOARD_POST.match(line)]


def board_thread_start(lines: list[str], title_at: int) -> int | None:
    """Where the replies of a board topic begin (the subject line over the second post's head): the
    first post is the page's post. None unless two or more posts are headed so."""
    heads = [i for i in board_post_heads(lines) if i > title_at]
    if len(heads) < 2:
        return None
    above = next((i for i in range(heads[1] - 1, heads[0], -1) if lines[i].strip()), heads[1])
    return above if _SUBJECT.match(lines[above]) else heads[1]


def board_posts(lines: list[str]) -> list[LaidOutComment]:
    """A board topic's replies: each its head 'Post by NAME » DATE' and its text up to the next
    post's subject or head, or the board's footer."""
    heads = board_post_heads(lines)
    laid_out = []
    for k, at in enumerate(heads):
        until = heads[k + 1] if k + 1 < len(heads) else len(lines)
        text: list[str] = []
        for line in lines[at + 1 : until]:
            if _BOARD_FOOTER.match(line):
                break
            text.append(line.strip())
        while text and (not text[-1] or _SUBJECT.match(text[-1])):
            text.pop()
        head = _BOARD_POST.match(lines[at])
        assert head is not None
        laid_out.append(
            LaidOutComment(
                1, None, paragraphs_text(text), author=head.group("name"), published=parse_date(head.group("date"))
            )
        )
    return [c for c in laid_out if c.text]
