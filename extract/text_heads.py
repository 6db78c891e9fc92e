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
from extract.comment_markup import clean_author
from extract.dates import date_only, is_relative_date, parse_date
from extract.lexicon import SAYS_VERBS
from extract.records import Pingback
from extract.threads import LaidOutComment

_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_TIME = r"(?:,?\s+(?:at\s+)?\d{1,2}[:.]\d\d\s*(?:[ap]\.?m\.?)?)?"
_SHORT_DATE = re.compile(
    rf"^(?:{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?|\d{{1,2}}\s+{_MONTH})(?:,?\s+\d{{4}})?{_TIME}$|^\d{{1,2}}[:.]\d\d\s*[ap]\.?m\.?$",
    re.I,
)
_RELATIVE = re.compile(
    r"^(?:\d+|an?|one)\s+(?:second|minute|hour|day|week|month|year)s?\s+ago$|^\d{1,2}\s*[smhdwy]$|^(?:yesterday|today)$|"
    # Ghost's and Substack's short ages: '10 mo ago', '2 hrs ago'
    r"^\d{1,2}\s*(?:mins?|hrs?|d|wks?|mos?|yrs?)\.?\s+ago$",
    re.I,
)
# 'M/D/YY' with a two-digit year (older blog engines' comment stamps: 'Rick - 2/11/07'), a time after it
_SHORT_NUMERIC = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d\d)(?:,?\s+(?:at\s+)?\d{1,2}[:.]\d\d\s*(?:[ap]\.?m\.?)?)?$", re.I)
_SEPARATORS = " \t•·–—-|,"
_CHROME = re.compile(
    r"^(?:reply|replies|share|like|liked by .*|report|delete|edit|edited|hide replies|show more replies|"
    r"load more comments|view \d+ more repl(?:y|ies)|\d+ repl(?:y|ies)|sort(?:ed)? by:? \w+|"
    r"[\d.,]+k?\s+(?:likes?|points?|votes?)|[♥❤]\s*\d*|"
    r"△|▽|△ ▽|\d+|"
    # a row of action links under a comment: "Reply • Share ›", "Like (3) Reply", "ReplyDelete", "Like Reply Report"
    r"(?:(?:reply|share|like|report|delete|edit|flag)(?:\s*\(\d+\))?\s*[•·|]?\s*›?\s*){2,})$",
    re.I,
)
_DISQUS_BADGE = re.compile(r"^(?P<name>\S+(?: \S+){0,3}) (?:Mod|Moderator) (?:> .{1,40}?\s*)?•?$")
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


_YEAR = re.compile(r"\d{4}")
# a time written after a date in words of its language: "à 14 h 32 min", "a las 10:15", "alle 9.02"
_TIME_TAIL = re.compile(
    r"[,\s]+(?:à|a las|a la|alle|às|um|om|kl\.?|at)?\s*\d{1,2}\s*(?:[:.h]\s*\d\d\s*(?:min|uhr)?|h|uhr)\s*$", re.I
)


_ORDINAL_DAY = re.compile(r"^(\d{1,2})(?:st|nd|rd|th)\b", re.I)


def is_stamp(text: str) -> bool:
    """A comment's date or age as a thread prints it: a full date, a month and day, an age.

    >>> [is_stamp(t) for t in ("Apr 24", "2 years ago", "June 2, 2019 at 4:11 pm", "3d", "April showers")]
    [True, True, True, True, False]
    """
    text = _ORDINAL_DAY.sub(r"\1", text.strip())  # "22nd April 2024 at 7:48 pm" (Jetpack): "22 April 2024 ..."
    if not text or len(text) > 60:
        return False
    if _RELATIVE.match(text) or _SHORT_DATE.match(text) or date_only(text) or _SHORT_NUMERIC.match(text):
        return True
    # "vor 2 Tagen", "hace un día", "Yesterday, 11:02 AM"
    if " " in text and (text[-1].isalpha() or ":" in text) and is_relative_date(text):
        return True
    if not (text[-1].isdigit() or text[-1] in "hnHNrR") or not _YEAR.search(text):  # no time after a dated day
        return False
    bare = _TIME_TAIL.sub("", text)  # "12 mars 2015 à 14 h 32 min": the date before its worded time
    return bare != text and bool(bare) and date_only(bare)


def stamp_date(text: str) -> str | None:
    """The ISO date of a comment's stamp, a two-digit year read in this century or the last
    (month first, as the engines that print it are American, unless the first number exceeds 12).

    >>> stamp_date("2/11/07"), stamp_date("25/12/98 at 9:02 pm"), stamp_date("June 2, 2019")
    ('2007-02-11', '1998-12-25', '2019-06-02')
    """
    if (short := _SHORT_NUMERIC.match(text.strip())) is None:
        return parse_date(text)
    first, second, year = (int(short.group(i)) for i in (1, 2, 3))
    month, day = (second, first) if first > 12 else (first, second)
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    return f"{year + (1900 if year >= 70 else 2000):04d}-{month:02d}-{day:02d}"


def _is_name(text: str) -> bool:
    if len(text) > 50 or not _NAME.match(text) or text.endswith((",", "!", "?", ":")) or is_stamp(text):
        return False
    words = text.split()
    if text.endswith(".") and not (len(words[-1]) <= 3 and words[-1][0].isupper()):  # "Hana K." and "Jr."
        return False
    return words[0].casefold() not in NOT_NAMES and not _CHROME.match(text)


# A saying verb after the name ("Ann says:", "Jana sagt:", "Luc dit :"): with its colon in any
# language, without it only for the long English and German verbs ("Ann wrote on March 3:").
_MORE_SAYS = "commented|meint|écrit|escribe|diz|sa|säger|sier"  # (with a colon only, in text heads)
_SAYS_TAIL = re.compile(
    rf"\s+(?:(?:{SAYS_VERBS}|{_MORE_SAYS})"
    r"\s*(?::|\.\.\.|…)|says|said|wrote|writes|commented|replied|sagt|schrieb|schreibt)\s*$",
    re.I,
)
# the last word of each saying verb: a head line ending in one may end in its verb
_SAYING_WORDS = frozenset(verb.split()[-1] for verb in f"{SAYS_VERBS}|{_MORE_SAYS}".split("|"))
# the action links a head line ends with, after a separator ("· Reply", "| Edit", "· Antworten"), and
# the mark of a changed comment ("u/ann · 2y · edited")
_HEAD_CHROME = re.compile(
    r"(?:\s*[·•|–—-]\s*(?:reply|edit|edited|delete|report|share|like|\d+\s+likes?|permalink|link|antworten|répondre|responder|rispondi|"
    r"responder|beantwoorden|svara|svar|odpowiedz))+\s*$",
    re.I,
)
# "Comment by Ann", "Reply from Ann", "Kommentar von Ann", "Posted by Ann"
_BY_PREFIX = re.compile(
    r"^(?:(?:comment|reply|response|answer|kommentar|antwort|commentaire|réponse|comentario|respuesta|commento|"
    r"risposta)\s+(?:by|from|von|de|par|di|da|door|av|por)|(?:posted\s+)?by)\s+",
    re.I,
)
# "Ann replied to Bob", "Ann ▸ Bob", "Ann in reply to Bob": the writer is the first name
_REPLY_TO = re.compile(
    r"\s+(?:replied to|replying to|in reply to|in risposta a|en réponse à|antwortete|[▸►→>])\s+.*$", re.I
)
_HEAD_END = re.compile(r"\s*(?::|\.\.\.|…)\s*$")  # "Ann wrote on March 3, 2019:"


def _is_titled_name(text: str) -> bool:
    """A name of two to four capitalised words whose first is a common word ('Movie Mike', 'Good
    Guy Greg'): a name only over a date line, where the head's form vouches for it."""
    words = text.split()
    return (
        2 <= len(words) <= 4
        and len(text) <= 40
        and all(w[0].isupper() for w in words)
        and bool(_NAME.match(text))
        and not text.endswith((",", "!", "?", ":", "."))
        and not _CHROME.match(text)
        and not is_stamp(text)
    )


def _name_part(text: str) -> str | None:
    """The commenter's name in what precedes a head's date: a saying verb, badges, the
    replied-to name and a description after a comma ("Beth, mom of three") dropped."""
    disqus = _DISQUS_BADGE.match(text.strip())
    if disqus and _NAME.match(disqus.group("name")):
        return disqus.group("name")  # "the reel ledger Mod > Jun •": Disqus' badge vouches for a lower-case name
    text = _BY_PREFIX.sub("", _REPLY_TO.sub("", _SAYS_TAIL.sub("", text.strip())))
    name = _BADGES.sub("", re.split(r"\s{2,}", text.strip())[0]).strip(_SEPARATORS + "(")
    if "(" in name or "@" in name[1:] or "[" in name:  # "Ann (Author)", "Ann (@ann)", "Ann [Mod]"
        name = clean_author(name) or name
    if not _is_name(name) and "," in name:
        name = name.split(",")[0].strip()
    handle = name.startswith("@") and " " not in name and _is_name(name[1:])  # "@reelkid · 2h"
    return name if handle or _is_name(name) else None


# a head line names its writer and dates the comment: a digit, or a relative date's word
_MAY_HOLD_STAMP = re.compile(
    r"\d|\b(?:ago|yesterday|today|vor|hace|il y a|há|fa|geleden|gestern|heute|hier|ayer|hoy|ieri|oggi|ontem|hoje|"
    r"gisteren|vandaag|igår|idag|temu|sedan|siden|sitten|önce)\b",
    re.I,
)
_STAMP_WORDS = re.compile(r"^(?:on|at|am|le|el|il|em|op|den)\s+", re.I)
_HEAD_CHARS = 100  # head lines are short: longer lines are text, never tried
_DATE_FIRST_SEPARATOR = re.compile(r"[,•·–—|-]")


def _date_first_name(rest: str) -> str | None:
    """The name after a date that opens a head line ("March 3, 2019 — Ann Lee"): every word
    capitalised, or a single user name."""
    name = _name_part(rest)
    if name is None:
        return None
    words = name.split()
    return name if len(words) == 1 or all(w[0].isupper() for w in words) else None


def _one_line_head(text: str) -> tuple[str, str] | None:
    """(name, date text) of a line holding a name and its date, in either order, with or without a
    separator or a saying verb; the longest date wins.

    >>> _one_line_head("Kelsey on October 20, 2024 at 3:11 pm"), _one_line_head("Ruth K. – Apr 2")
    (('Kelsey', 'October 20, 2024 at 3:11 pm'), ('Ruth K.', 'Apr 2'))
    >>> _one_line_head("On March 3, 2019 at 9:02 pm, Ann said:"), _one_line_head("Ann says: 2 days ago")
    (('Ann', 'March 3, 2019 at 9:02 pm'), ('Ann', '2 days ago'))
    """
    core = text.strip()
    if core.endswith((":", ".", "…")):
        core = _HEAD_END.sub("", core)
    if core[-1:].isalpha() and (chrome := _HEAD_CHROME.search(core)):  # "Ann · March 3, 2019 · Reply"
        core = core[: chrome.start()]
    says = core.rsplit(None, 1)[-1].casefold() in _SAYING_WORDS and _SAYS_TAIL.search(core) is not None
    named = _SAYS_TAIL.sub("", core) if says else core  # "Ann on Mar 3 said:": the verb closes the head
    for cut in (m.start() for m in re.finditer(r"\s", named)):  # the name first: the longest date suffix
        raw = named[cut:].strip(_SEPARATORS + "()[]:")
        stamp = _STAMP_WORDS.sub("", raw)  # "on March 3" is "March 3", "il y a 3 jours" stays whole
        if stamp != raw and not is_stamp(stamp):
            stamp = raw
        if stamp and is_stamp(stamp):
            colon = ":" if named[cut:].lstrip().startswith(":") else ""  # "Luc dit : 12 mars"
            name = _name_part(named[:cut] + colon)
            return (name, stamp) if name else None
    cuts = [m.start() for m in re.finditer(r"\s", core)]
    # the date first: the longest date prefix, then a separator or a saying verb ("On March 3, 2019, Ann said:")
    if _DATE_FIRST_SEPARATOR.search(core) is not None:
        ends = [m.start() for m in _DATE_FIRST_SEPARATOR.finditer(core)]
    elif says:
        ends = cuts
    else:
        return None
    for cut in reversed(ends):
        raw = core[:cut].rstrip()
        if not _MAY_HOLD_STAMP.search(raw):  # no digit, no relative word: no shorter prefix is a date either
            return None
        stamp = _STAMP_WORDS.sub("", raw).strip(_SEPARATORS + "()[]")
        if stamp and is_stamp(stamp):
            rest = core[cut:].lstrip(_SEPARATORS)
            name = _date_first_name(rest)
            return (name, stamp) if name else None
    return None


def comment_head(text: str) -> tuple[str, str | None] | None:
    """(name, ISO date or None for a relative one) when a line is a comment's head: a name and its
    date or age in either order, with any separator and an optional saying verb; None otherwise.

    >>> comment_head("Ann · 3 March 2019"), comment_head("Luc dit : 12 mars 2015 à 14 h 32 min")
    (('Ann', '2019-03-03'), ('Luc', '2015-03-12'))
    >>> comment_head("I saw it on March 3, 2019") is None
    True
    """
    text = text.strip()
    if len(text) > _HEAD_CHARS or " " not in text or not _MAY_HOLD_STAMP.search(text):
        return None
    head = _one_line_head(text)
    return (head[0], stamp_date(head[1])) if head else None


def split_head(text: str) -> tuple[str, str | None]:
    """A commenter's name line without the date some layouts print after it: (name, date or None).

    >>> split_head("Dave Ortiz on March 3, 2019 at 9:02 am"), split_head("Dave Ortiz")
    (('Dave Ortiz', '2019-03-03'), ('Dave Ortiz', None))
    """
    text = text.strip()
    head = comment_head(text)
    return head if head else (text, None)


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


# a badge line between a commenter's name and the comment's date: 'Author', 'Post author', 'Mod'
_BADGE_LINE = re.compile(r"^(?:post\s+)?(?:author|admin|moderator|mod|editor|staff|top commenter|verified)$", re.I)


def _next_text(lines: list[str], at: int) -> int | None:
    """The next non-blank line right under ``at`` (blank lines allowed between a name and its date;
    a badge line under the name skipped)."""
    for index in range(at + 1, min(at + 3, len(lines))):
        if lines[index].strip():
            if _BADGE_LINE.match(lines[index].strip()) and (after := _next_text(lines, index)) is not None:
                return after
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
        elif head := comment_head(text):
            dated.append(_Head(at, 1, _indent(line), head[0], head[1]))
        elif (name := _is_name(text)) or _is_titled_name(text):
            if (under := _next_text(lines, at)) is None:
                continue
            if is_stamp(lines[under]):  # "Walt Hedley says" over its date (Genesis): the name without the verb
                name_only = _SAYS_TAIL.sub("", text).strip() or text
                dated.append(_Head(at, under - at + 1, _indent(line), name_only, stamp_date(lines[under])))
            elif name and under == at + 1 and len(text.split()) <= _USER_WORDS and not _is_name(lines[under].strip()):
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


# One comment a line, "Name: text", read only under a comment-count header; the label of a
# post's own line ("Note:", "Verdict:", "Update:", "Rating:") is no name.
_COLON_LINE = re.compile(r"^(?P<indent> *)(?P<name>@?[^\W\d_][\w.'’\-@]*(?: [\w.'’\-@]+){0,2}) ?: +(?P<text>\S.*)$")
_LABELS = frozenset(
    """
    note notes nb verdict update updates edit edited ps p.s addendum rating ratings score grade stars spoiler spoilers
    warning caution disclaimer source sources via credit credits director directed writer written cast starring
    runtime genre language country year release released budget summary synopsis plot story premise pros cons
    overall conclusion bottom tldr answer question q a re quote link links photo image video trailer tags labels
    category categories posted filed watch watched seen where platform streaming acting music direction visuals
    effects cinematography script writing pacing characters ending dialogue comments comment replies reply
    """.split()
)


def _colon_name(name: str) -> bool:
    words = name.split()
    if words[0].casefold().rstrip(".") in _LABELS or not (_is_name(name) or _is_name(name.lstrip("@"))):
        return False
    return len(words) == 1 or all(w[0].isupper() for w in words)  # "Tomek R.", not "Bottom line"


def colon_comments(lines: list[str]) -> list[LaidOutComment]:
    """A thread written one comment a line, 'Name: text' (lines that follow without a name carry on
    the comment above); [] unless the thread opens with such a line. Indentation nests replies.

    >>> [(c.author, c.text) for c in colon_comments(["Bea: Loved it.", "Tomek R.: Too long."])]
    [('Bea', 'Loved it.'), ('Tomek R.', 'Too long.')]
    """
    found: list[tuple[int, str, list[str]]] = []
    pingbacks: dict[int, str] = {}
    for line in lines:
        text = line.strip()
        if not text or _CHROME.match(text):
            continue
        if ping := PINGBACK.match(text):
            pingbacks[len(found)] = ping.group("rest")
            found.append((_indent(line), "", []))
        elif (match := _COLON_LINE.match(line)) and _colon_name(
            name := _SAYS_TAIL.sub("", match.group("name") + ":").removesuffix(":")
        ):
            found.append((len(match.group("indent")), name, [match.group("text").strip()]))  # "Ann says: text" too
        elif found and len(found) - 1 not in pingbacks:
            found[-1][2].append(text)
        else:
            return []
    laid_out = []
    for index, ((_, name, texts), depth) in enumerate(zip(found, depths([f[0] for f in found]), strict=True)):
        if index in pingbacks:
            laid_out.append(LaidOutComment(depth, None, "", pingback=Pingback(title=pingbacks[index])))
        else:
            laid_out.append(LaidOutComment(depth, None, "\n".join(texts), author=name))
    return laid_out if any(c.pingback is None for c in laid_out) else []


# One comment a line, its writer signed after the text: '"Loved it." – Ann', 'Too long. -- kessel_run'
_SIGNED_LINE = re.compile(r"^(?P<text>\S.{7,}?)\s+(?:[–—]|--?)\s*(?P<name>[^\s–—\-][^–—]{0,38}?)\s*$")
_SIGNED_NAME_WORDS = 3


def _signed_line(text: str) -> tuple[str, str] | None:
    """(text, name) of a comment line signed after its text."""
    if (signed := _SIGNED_LINE.match(text)) is None:
        return None
    name = signed.group("name")
    if len(name.split()) > _SIGNED_NAME_WORDS or not _is_name(name) or (name[0].islower() and " " in name):
        return None
    return signed.group("text").strip().strip('"“”'), name


def signed_line_comments(lines: list[str]) -> list[LaidOutComment]:
    """A thread written one comment a line (or paragraph), each signed after its text with a dash
    and the writer's name ('"Great film." – Ann'); [] unless every paragraph ends so, two or more.
    Indentation nests replies.

    >>> [(c.author, c.text) for c in signed_line_comments(['"Loved it." – Ann', "", "Too long. -- kessel_run"])]
    [('Ann', 'Loved it.'), ('kessel_run', 'Too long.')]
    """
    found: list[tuple[int, str, str]] = []
    waiting: list[str] = []  # a paragraph's lines before its signed last line
    indent = 0
    for line in lines:
        text = line.strip()
        if not text:
            if waiting:
                return []  # a paragraph not signed
            continue
        if _CHROME.match(text):
            continue
        if not waiting:
            indent = _indent(line)
        signed = _signed_line(text)
        if signed is None:
            waiting.append(text)
            continue
        found.append((indent, " ".join([*waiting, signed[0]]).strip('"“” '), signed[1]))
        waiting = []
    if waiting or len(found) < 2:
        return []
    return [
        LaidOutComment(depth, None, text, author=name)
        for (_, text, name), depth in zip(found, depths([f[0] for f in found]), strict=True)
    ]
