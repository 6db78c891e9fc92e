"""Comment threads copied as text whose comments open with a head line instead of a list marker.

The forms, as comment systems print them once a page is copied to text:

- a name alone, its date on the next line (WordPress themes, Substack: ``Hana K.`` then
  ``June 2, 2019 at 4:11 pm`` or ``Apr 24``);
- a name and its date on one line, with or without a separator (Blogger's newer layout:
  ``Jess M. September 25, 2020 at 10:14 AM``; ``Ann – 3 March 2019``; Disqus:
  ``Jenny R. • 2 years ago``, a reply adding a badge and the replied-to name after two spaces);
- a user name alone over the text, no date at all (Letterboxd): read only when at least two
  comments of the thread open so and no head with a date exists.

Nesting is the indentation of the head lines; ``Reply``, ``Share``, ``Sort by Best`` and the
like are interface, not text.

>>> lines = ["Hana K.", "June 2, 2019 at 4:11 pm", "Lovely film.", "",
...          "    derailed", "    June 2, 2019 at 6:40 pm", "    Thanks!", "    Reply"]
>>> [(c.depth, c.author, c.text, c.published) for c in headed_comments(lines)]
[(1, 'Hana K.', 'Lovely film.', '2019-06-02'), (2, 'derailed', 'Thanks!', '2019-06-02')]
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from extract.authors import NOT_NAMES
from extract.dates import date_only, parse_date
from extract.records import Pingback
from extract.threads import LaidOutComment

_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_TIME = r"(?:,?\s+(?:at\s+)?\d{1,2}[:.]\d\d\s*(?:[ap]\.?m\.?)?)?"
_SHORT_DATE = re.compile(
    rf"^(?:{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?|\d{{1,2}}\s+{_MONTH})(?:,?\s+\d{{4}})?{_TIME}$|^\d{{1,2}}[:.]\d\d\s*[ap]\.?m\.?$",
    re.I,
)
_RELATIVE = re.compile(
    r"^(?:\d+|an?|one)\s+(?:second|minute|hour|day|week|month|year)s?\s+ago$|^\d{1,2}\s*[smhdwy]$|^(?:yesterday|today)$",
    re.I,
)
_SEPARATORS = " \t•·–—-|,"
_CHROME = re.compile(
    r"^(?:reply|replies|share|like|liked by .*|report|delete|edit|edited|hide replies|show more replies|"
    r"load more comments|view \d+ more repl(?:y|ies)|\d+ repl(?:y|ies)|sort(?:ed)? by:? \w+|"
    r"[\d.,]+k?\s+(?:likes?|points?|votes?)|[♥❤]\s*\d*|"
    r"△|▽|△ ▽|\d+)$",
    re.I,
)
_BADGES = re.compile(r"\s+(?:mod|moderator|guest|author|admin)$", re.I)
_NAME = re.compile(r"^[^\W\d_@][\w.'’\-@/]*(?:\s+[\w.'’\-@&()/]+){0,5}$")
_USER_WORDS = 3  # a head with no date is a user name: at most this many words
PINGBACK = re.compile(r"^\s*(?:pingback|trackback)\s*:\s*(?P<rest>.+)$", re.I)


@dataclass(frozen=True, slots=True)
class _Head:
    at: int  # the head's first line
    lines: int  # lines the head takes (name, and date when it is on its own line)
    indent: int
    name: str | None
    published: str | None
    pingback: str | None = None


def is_stamp(text: str) -> bool:
    """A comment's date or age as a thread prints it: a full date, a month and day, an age.

    >>> [is_stamp(t) for t in ("Apr 24", "2 years ago", "June 2, 2019 at 4:11 pm", "3d", "April showers")]
    [True, True, True, True, False]
    """
    text = text.strip()
    return bool(text) and bool(_RELATIVE.match(text) or _SHORT_DATE.match(text) or date_only(text))


def _is_name(text: str) -> bool:
    if len(text) > 50 or not _NAME.match(text) or text.endswith((",", "!", "?", ":")) or is_stamp(text):
        return False
    words = text.split()
    if text.endswith(".") and not (len(words[-1]) <= 3 and words[-1][0].isupper()):  # "Hana K." and "Jr."
        return False
    return words[0].casefold() not in NOT_NAMES and not _CHROME.match(text)


def _name_part(text: str) -> str | None:
    """The commenter's name in what precedes a head's date: badges, the replied-to name and a
    description after a comma ("Beth, mom of three") dropped."""
    name = _BADGES.sub("", re.split(r"\s{2,}", text.strip())[0]).strip(_SEPARATORS)
    if not _is_name(name) and "," in name:
        name = name.split(",")[0].strip()
    return name if _is_name(name) else None


_MAY_HOLD_STAMP = re.compile(r"\d|\bago\b|\byesterday\b|\btoday\b", re.I)
_STAMP_WORDS = re.compile(r"^(?:on|at|am|le|el|il|em|op|den)\s+", re.I)


def _one_line_head(text: str) -> tuple[str, str] | None:
    """(name, date text) of a line holding a name and its date; the longest date suffix wins.

    >>> _one_line_head("Kelsey on October 20, 2024 at 3:11 pm"), _one_line_head("Ruth K. – Apr 2")
    (('Kelsey', 'October 20, 2024 at 3:11 pm'), ('Ruth K.', 'Apr 2'))
    """
    for cut in (m.start() for m in re.finditer(r"\s", text)):
        stamp = _STAMP_WORDS.sub("", text[cut:].strip(_SEPARATORS))
        if stamp and is_stamp(stamp):
            name = _name_part(text[:cut])
            return (name, stamp) if name else None
    return None


def split_head(text: str) -> tuple[str, str | None]:
    """A commenter's name line without the date some layouts print after it: (name, date or None).

    >>> split_head("Dave Ortiz on March 3, 2019 at 9:02 am"), split_head("Dave Ortiz")
    (('Dave Ortiz', '2019-03-03'), ('Dave Ortiz', None))
    """
    text = text.strip()
    if " " not in text or not _MAY_HOLD_STAMP.search(text):  # most names: no digit, no "ago", no "yesterday"
        return text, None
    head = _one_line_head(text)
    return (head[0], parse_date(head[1])) if head else (text, None)


def is_name_line(text: str) -> bool:
    """A line that can be a commenter's name alone (a head over its date or text)."""
    return _is_name(text.strip())


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" "))


def _opens_block(lines: list[str], at: int) -> bool:
    if at == 0:
        return True
    before = lines[at - 1].strip()
    return not before or bool(_CHROME.match(before)) or _indent(lines[at - 1]) != _indent(lines[at])


def _next_text(lines: list[str], at: int) -> int | None:
    """The next non-blank line right under ``at`` (blank lines allowed between a name and its date)."""
    for index in range(at + 1, min(at + 3, len(lines))):
        if lines[index].strip():
            return index
    return None


def _heads(lines: list[str]) -> list[_Head]:
    dated: list[_Head] = []
    users: list[_Head] = []
    for at, line in enumerate(lines):
        text = line.strip()
        if not text or _CHROME.match(text) or not _opens_block(lines, at):
            continue
        if ping := PINGBACK.match(text):
            dated.append(_Head(at, 1, _indent(line), None, None, ping.group("rest")))
        elif head := _one_line_head(text):
            dated.append(_Head(at, 1, _indent(line), head[0], parse_date(head[1])))
        elif _is_name(text) and (under := _next_text(lines, at)) is not None:
            if is_stamp(lines[under]):
                dated.append(_Head(at, under - at + 1, _indent(line), text, parse_date(lines[under])))
            elif under == at + 1 and len(text.split()) <= _USER_WORDS and not _is_name(lines[under].strip()):
                users.append(_Head(at, 1, _indent(line), text, None))
    if dated:
        return dated if any(h.pingback is None for h in dated) else []
    return users if len(users) >= 2 else []


def depths(indents: list[int]) -> list[int]:
    """Thread depths (1 = top level) of items at these indentations: the smallest step is one level.

    >>> depths([2, 6, 10, 2])
    [1, 2, 3, 1]
    """
    if not indents:
        return []
    base = min(indents)
    steps = sorted({indent - base for indent in indents if indent > base})
    unit = steps[0] if steps else 2
    return [1 + (indent - base) // unit for indent in indents]


def split_paragraphs(lines: list[str]) -> list[list[str]]:
    """Lines grouped into paragraphs at blank lines; empty paragraphs dropped."""
    grouped: list[list[str]] = [[]]
    for line in lines:
        if line:
            grouped[-1].append(line)
        elif grouped[-1]:
            grouped.append([])
    return [p for p in grouped if p]


def _text(lines: list[str]) -> str:
    kept = [line.strip() for line in lines if not _CHROME.match(line.strip())]
    while kept and (not kept[-1] or is_stamp(kept[-1])):
        kept.pop()
    return "\n\n".join("\n".join(p) for p in split_paragraphs(kept))


def headed_comments(lines: list[str]) -> list[LaidOutComment]:
    """The comments of a thread whose comments open with head lines; [] when it has none."""
    heads = _heads(lines)
    if not heads:
        return []
    laid_out = []
    for index, (head, depth) in enumerate(zip(heads, depths([h.indent for h in heads]), strict=True)):
        until = heads[index + 1].at if index + 1 < len(heads) else len(lines)
        if head.pingback is not None:
            laid_out.append(LaidOutComment(depth, None, "", pingback=Pingback(title=head.pingback)))
        elif text := _text(lines[head.at + head.lines : until]):
            laid_out.append(LaidOutComment(depth, None, text, author=head.name, published=head.published))
    return laid_out
