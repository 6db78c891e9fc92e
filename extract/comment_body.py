"""One comment body: its author, its text and its date, whatever the theme (see
``extract.comment_finder`` for how bodies are found).

>>> from lxml import html
>>> item = html.fromstring('<li class="comment"><b class="fn">Ann</b> <time datetime="2020-01-02">Jan 2</time>'
...     '<div class="comment-content"><p>Loved it.</p></div></li>')
>>> body = read_body(item, set(), generic=False)
>>> body.author.name, body.published, body.text
('Ann', '2020-01-02', 'Loved it.')
"""

from __future__ import annotations

import re
from contextvars import ContextVar
from copy import deepcopy
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import islice

from lxml import etree

from extract import selectors as sel
from extract.comment_markup import (
    NAME_LABEL,
    ClassFacts,
    attributed_quote,
    class_facts,
    clean_author,
    date_of,
    flat_text,
    has_chrome,
    is_comment_item,
    is_element,
    name_of,
    quote_box,
    quote_header,
    text_without_chrome,
)
from extract.date_forms import relative_date
from extract.dates import WEEKDAYS, is_relative_date, parse_date, shows_date
from extract.lexicon import REPLY_WORDS, SAYS_VERBS, THREAD_HEADING
from extract.records import Pingback

_PINGBACK_TEXT = re.compile(r"^\s*(?:pingback|trackback)\s*:\s*", re.I)
_PINGBACK_WORD = re.compile(r"\s*(?:pingback|trackback)", re.I)
_SAYS_LINE = re.compile(r"^\s*(?:says|said|wrote|sagt|dit|dice|disse|zegt|scrive)?\s*[:.…]*\s*$", re.I)
_SAYS_VERBS = SAYS_VERBS
# What follows a name in 'NAME said: TEXT' and 'NAME reblogged this from X and added:' (Tumblr
# notes): a few words at most, then a saying verb and a colon.
_SAYS_AFTER = re.compile(rf"^\s*(?:[^\s:]+\s+){{0,8}}?(?:{_SAYS_VERBS})\s*:", re.I)
# A line that is a name and its saying verb alone ('Marta Doval dijo:').
_NAME_SAID = re.compile(rf"^(?P<name>[^:]{{1,60}}?)\s+(?:{_SAYS_VERBS})\s*(?::|\.\.\.|…)$", re.I)
_NAME_SAID_ON = re.compile(
    rf"^(?P<name>[^:]{{1,60}}?)\s+(?:{_SAYS_VERBS})\s+(?:on|am|le|el|il|em|op|den|at|,)?\s*(?P<when>[^:]{{4,60}}?)"
    r"\s*(?::|\.\.\.|…)?$",
    re.I,
)
_SAYS_LEAD = re.compile(rf"^(?:\S+\s+){{0,9}}(?:{_SAYS_VERBS})\s*:$", re.I)


def says_line(text: str) -> bool:
    """Whether a line is a name and a saying verb alone ('Marta dijo:')."""
    return len(text) <= 80 and _NAME_SAID.match(text) is not None


def says_after(author: etree._Element) -> bool:
    """Whether the author's name is followed by a saying verb and a colon ('NAME said:'): the
    mark of a comment where no date is shown."""
    parent = author.getparent()
    if parent is None:
        return False
    name = flat_text(author)
    if _NAME_SAID.match(name):
        return True  # the name's own line says it ('Marta dijo:')
    text = flat_text(parent)
    at = text.find(name) if name else -1
    return at >= 0 and _SAYS_AFTER.match(text[at + len(name) :]) is not None


def own_elements(item: etree._Element, bodies: set[etree._Element]) -> list[etree._Element]:
    """Elements under ``item`` (itself included) that are not inside another body."""
    every = list(item.iter(etree.Element))  # in C; the usual case holds no other body
    if not bodies or bodies.isdisjoint(islice(every, 1, None)):
        return every
    own = []
    walk = etree.iterwalk(item, events=("start",), tag=etree.Element)
    for _, element in walk:
        if element in bodies and element is not item:
            walk.skip_subtree()
            continue
        own.append(element)
    return own


def _short(text: str, words: int = 8) -> bool:
    return 0 < len(text.split()) <= words


@dataclass(slots=True)
class _Author:
    element: etree._Element
    name: str
    url: str | None = None
    marked: bool = False  # named by markup (an itemprop, an author or user class), not by a bare tag


Author = _Author  # (what other readers build a body's author with)

_GENERIC_AUTHOR_TAGS = frozenset({"strong", "b", "a"})
# Utility classes that set a bold face (Tailwind 'font-semibold', Bootstrap 'fw-bold'): a
# <strong> written as a class, on a leaf.
_BOLD_CLASS = re.compile(r"(?:^|\s)(?:font-(?:semi|extra)?bold|fw-(?:semi)?bold|font-weight-bold|bold|strong)(?:\s|$)")


def _bold_class(element: etree._Element) -> bool:
    value = element.get("class")
    return bool(value) and not len(element) and _BOLD_CLASS.search(str(value).lower()) is not None


_NAME_HEADINGS = frozenset({"h2", "h3", "h4", "h5", "h6"})
# A heading that reads as a name, not a subject: one to four words, no digits, no sentence
# punctuation but an initial's full stop ('Anna S.').
_NAME_LIKE = re.compile(r"^(?!re\b)[^\W\d][^!?:;,\d]{0,40}$(?<![^\s.][^\s.]\.)", re.I)


_SEPARATED = re.compile(r"\s+[-–—·|•]\s+|\s*[·|•]\s*")


_STATISTIC = re.compile(r":\s*\d[\d.,]*\s*$")
# 'NAME: on DATE', 'NAME: DATE': a name, a colon, and nothing but the date after it
_COLON_HEAD = re.compile(
    r"^(?P<name>[^:]{1,40}?)\s*:\s+(?:(?:on|am|le|el|il|em|op)\s+)?(?P<date>[^:]{6,40}(?::\d\d)*)$", re.I
)
_DATE_LABELS = frozenset(
    "date datum fecha data date de publication posted published updated modified time zeit uhrzeit heure on".split()
)


_TEXT_WORDS = 4  # a block of this many words beside the meta line is a text, not a part of the line
_LINE_BREAKERS = frozenset({"p", "div", "ul", "ol", "blockquote", "section", "article", "table", "dl"})


def _meta_line_author(own: list[etree._Element]) -> _Author | None:
    """'12 de marzo de 2022 a las 21:30 - Lucía Ferrándiz': the bare name beside the date in a
    comment's meta line, between the line's separators (django-comments-xtd's heading, PluXml's
    '<time>DATE</time> - NAME a dit :')."""
    for element in own[1:]:
        whole = flat_text(element)
        if not whole or len(whole) > 160 or not (date_of(whole) or next(element.iter("time"), None) is not None):
            continue
        blocks = [c for c in element if is_element(c) and c.tag in _LINE_BREAKERS]
        if len(blocks) > 1 or any(_words(flat_text(c)) >= _TEXT_WORDS for c in blocks):
            continue  # a box of lines (the meta line and the text, or the name's and the date's): not one line
        parts = [p.strip() for p in _SEPARATED.split(whole) if p.strip()]
        if len(parts) < 2 and (colon := _COLON_HEAD.match(whole)) and date_of(colon.group("date")):
            name = clean_author(colon.group("name"))  # 'Ann: on May 3, 2024 14:02' (Zenphoto's comment head)
            if _short(name, 4) and _NAME_LIKE.match(name) and name.casefold() not in _DATE_LABELS:
                return _Author(element, name)
        if len(parts) < 2:
            continue
        for part in parts:
            if _STATISTIC.search(part):
                continue  # 'Comments: 12', 'Pages: 0': a profile's figures, not a name
            part = NAME_LABEL.sub("", part)
            words = [w for w in part.split() if any(ch.isalpha() for ch in w)]  # not '¶', '#2'
            name = clean_author(" ".join(words))
            if chrome_word(name) or not _short(name, 4) or not _NAME_LIKE.match(name):
                continue
            if not date_of(part) and not is_relative_date(part):
                return _Author(element, name)
    return None


def _line_opening(child: etree._Element) -> bool:
    """Whether a line's child may open it: no avatar without words after it, no empty named
    anchor before the name ('<a name=c12></a><span>Deb</span> said...')."""
    return is_element(child) and not _empty_anchor(child) and (child.tag != "img" or bool((child.tail or "").strip()))


def _anchor_then_text(element: etree._Element) -> bool:
    """Whether a line is an empty named anchor (a comment's old-style target), maybe beside an
    avatar that shows no text, and then its text only ('<dt><div><img></div><a name=c5></a> Anon
    said...</dt>')."""
    if not len(element) or (element.text or "").strip() or not any(_empty_anchor(c) for c in element):
        return False
    silent = all(is_element(c) and not flat_text(c).strip() and not (c.tail or "").strip() for c in list(element)[:-1])
    return silent and not flat_text(element[-1]).strip() and bool((element[-1].tail or "").strip())


def _empty_anchor(element: etree._Element) -> bool:
    """An old-style target for links to the comment ('<a name="c12"></a>'): no part of its line."""
    return element.tag == "a" and not len(element) and not (element.text or "").strip() and not element.get("href")


_LINE_TAGS = frozenset("h2 h3 h4 h5 h6 div p span dt td header footer small li cite".split())
_INLINE_NAME_TAGS = frozenset({"span", "a", "em", "i", "font", "bdi", "b", "strong", "cite"})
_LINE_WORDS = 16
# What joins a name to the date after it: 'Ole am <time>', 'Ann on <time>', 'はなこ @ 2019/03/06'.
_CONNECTOR_TAIL = re.compile(r"\s*(?:\s(?:on|am|um|le|el|il|em|op|at|den|dne|dnia|w|de)|[-–—@|·•,])\s*$", re.I)
_NOT_NAMES = frozenset(
    "posted written by von par por door on am le comment comments published opublikowano dodano publié publicado"
    " pubblicato veröffentlicht gepubliceerd přidáno publikováno".split()
)


_SIGN = " \t\n—–-~"
_WEEKDAY = re.compile(
    r"^(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|mo|di|mi|do|fr|sa|so)\.?$"
    # ... and the short forms of the Romance languages ('Mer, 03/15/2023 - 19:22': Drupal's date in Italian)
    r"|^(?:lun|mar|mer|gio|ven|sab|dom|jeu|sam|dim|mié|mie|jue|vie|sáb|seg|ter|qua|qui|sex)\.?$"
    r"|^(?:mon|tues|wednes|thurs|fri|satur|sun)day$|^(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)$"
    r"|^(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|miércoles|jueves|viernes|sábado|domingo)$"
    r"|^(?:lunedì|martedì|mercoledì|giovedì|venerdì|sabato|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)$",
    re.I,
)
_NUMBERING = re.compile(r"^\s*(?:#\s*\d+|\d+[.)])\s+")


_AVATAR_WORDS = re.compile(
    r"^\s*(?:(?:the\s+)?(?:avatar|photo|picture|profile picture|image|foto|bild|profilbild|imagen|immagine|afbeelding)"
    r"\s+(?:of|de|von|di|van|du|del)\s+)?(?P<name>.+?)(?:'s|’s)?(?:\s+(?:avatar|photo|picture|profile picture))?\s*$",
    re.I,
)
_AVATAR_MARKS = ("avatar", "gravatar", "userpic", "profile", "photo", "foto", "portrait")
_NOT_AVATAR_NAMES = frozenset(
    "avatar gravatar photo picture image user profile icon logo anonymous anonym anonyme anónimo anonimo".split()
)


def _avatar_author(own: list[etree._Element]) -> _Author | None:
    """The name an item's avatar carries in its alt text ('Avatar of Ann', 'Ann's avatar'), when the
    item shows it nowhere else: the last resort."""
    for element in own[1:]:
        if element.tag != "img" or not (alt := " ".join(str(element.get("alt") or "").split())):
            continue
        marks = f"{element.get('class') or ''} {element.get('src') or ''} {alt}".lower()
        if not any(word in marks for word in _AVATAR_MARKS):
            continue  # an icon ('Post', 'Quote'), not a person's picture
        match = _AVATAR_WORDS.match(alt)
        name = clean_author(match.group("name")) if match else ""
        if name and name.casefold() not in _NOT_AVATAR_NAMES and _short(name, 4) and _NAME_LIKE.match(name):
            return _Author(element, name)
    return None


def _name_tail(tail: str) -> bool:
    """What may follow a name in its line: nothing but glue, a saying verb ('says:', Blogger's
    'said...'), or a date."""
    if not tail.strip(" \t\n:,-–—@|·•") or _SAYS_AFTER.match(tail) is not None:
        return True
    return _SAID_DOTS.match(tail) is not None or date_of(tail) is not None


_SAID_DOTS = re.compile(rf"^\s*(?:{_SAYS_VERBS})\s*(?:\.\.\.|…)\s*$", re.I)


_GLUE = " \t\n·•|,-–—@"


def date_element(element: etree._Element | None) -> bool:
    """Whether an element shows a date and little else (a ``time``, a span of '5 March 2019' or
    '3 days ago')."""
    if element is None:
        return False
    if element.tag == "time":
        return True
    text = flat_text(element)
    if not 0 < len(text.split()) <= 8:
        return False  # (a relative date may keep the full one in its tooltip)
    return date_of(text) is not None or is_relative_date(text) or date_of(str(element.get("title") or "")) is not None


_NAME_CELL_TAGS = _INLINE_NAME_TAGS | {"td", "th", "div", "dt"}  # (a cell or a leaf block before its date's)


def _leaf_like(element: etree._Element) -> bool:
    """Whether an element holds text alone, or one inline element that does ('<span><span>NAME
    </span></span>'), or an empty icon and then its text ('<div><i class="fa-user"></i>NAME</div>',
    ColorMag)."""
    if not len(element):
        return True
    if len(element) != 1 or (element.text or "").strip() or len(element[0]):
        return False
    first = element[0]
    if first.tag in _INLINE_NAME_TAGS and not (first.tail or "").strip():
        return True
    return first.tag in _ICON_TAGS and not (first.text or "").strip() and bool((first.tail or "").strip())


_ICON_TAGS = frozenset({"i", "span", "svg"})


def _name_by_avatar(own: list[etree._Element]) -> _Author | None:
    """The name an avatar stands for: a short name right after the avatar (a picture, or a box
    showing the name's initial: '<div>N</div><div>Nell Harkin</div>'), or a line of the block
    that repeats the picture's alt text ('<img alt="Maureen"> ... <p><span>Maureen</span></p>')."""
    alts: set[str] = set()
    for element in own[1:]:
        initial = ""
        if element.tag == "img":
            if (alt := " ".join(str(element.get("alt") or "").split())) and _NAME_LIKE.match(alt) and _short(alt, 4):
                alts.add(alt)
        elif not len(element) and len(text := flat_text(element).strip()) == 1 and text.isalpha():
            initial = text
        else:
            continue
        avatar = element
        while avatar.getnext() is None and (holder := avatar.getparent()) is not None and holder is not own[0]:
            if len(holder) != 1 or (holder.text or "").strip():
                break
            avatar = holder
        following = avatar.getnext()
        if following is None or (avatar.tail or "").strip(_GLUE) or not _leaf_like(following):
            continue
        name = clean_author(flat_text(following))
        if _usable_name(name) and (not initial or name[:1].casefold() == initial.casefold()):
            return _Author(following, name)
    for element in own[1:]:
        if alts and element.tag != "img" and _leaf_like(element) and (name := clean_author(flat_text(element))) in alts:
            return _Author(element, name)
    return None


def _no_name(name: str) -> bool:
    """Words that are never a name: no letter at all, or one Latin letter (an avatar's initial)."""
    bare = name.strip(" .")
    return not any(ch.isalpha() for ch in bare) or (len(bare) == 1 and bare.isascii())


def _usable_name(name: str) -> bool:
    return (
        bool(name)
        and _short(name, 4)
        and _NAME_LIKE.match(name) is not None
        and not chrome_word(name)
        and date_of(name) is None
        and not is_relative_date(name)
    )


def _name_before_date(own: list[etree._Element]) -> _Author | None:
    """An inline element that holds a short name alone, right before a date element, nothing but
    glue between ('<span class="nm">Ann</span> <span class="dt">5 March 2019</span>'): a name
    in a class vocabulary of its own."""
    for element in own[1:]:
        if element.tag not in _NAME_CELL_TAGS or (element.tail or "").strip(_GLUE) or not _leaf_like(element):
            continue
        if _in_permalink(element, own[0]):
            continue
        name = clean_author(flat_text(element))
        if not name or not _short(name, 4) or not _NAME_LIKE.match(name) or chrome_word(name):
            continue
        if date_of(name) is not None or is_relative_date(name):
            continue
        line = element  # the name's own line: '<p><span>NAME</span></p><p>DATE</p>'
        while line.getnext() is None and (holder := line.getparent()) is not None and holder is not own[0]:
            if holder.tag not in _NAME_CELL_TAGS | {"p"} or (holder.text or "").strip():
                break  # (the name closes its row: an avatar may come before it)
            line = holder
        if not (line.tail or "").strip(_GLUE) and date_element(line.getnext()):
            return _Author(element, name)
    return None


def _line_author(own: list[etree._Element]) -> _Author | None:
    """The name that opens a comment's short header or footer line, written as bare text or in
    an unclassed inline element, before its date or a saying verb: 'Ole am <time>06.03.2019</time>'
    (Serendipity's h4), '<span>Karel</span> zegt: <div>04-03-2019</div>' (Plone), 'ケンジ<br>2019/03/07'
    (FC2's line under the text). The last resort, for themes that mark the name up not at all."""
    for element in own[1:]:
        if element.tag not in _LINE_TAGS or _in_permalink(element, own[0]):
            continue  # (SPIP's '<a href="#forum9">2. <strong>TITLE, </strong> DATE</a>': the comment's own link)
        whole = flat_text(element)
        if not whole or len(whole.split()) > _LINE_WORDS:
            continue
        lead = " ".join((element.text or "").split())
        holder = element
        bare = not len(element)
        if not lead and _anchor_then_text(element):  # ('<dt><a name="c12"></a> Anon said...</dt>': Blogger Classic)
            lead, bare = " ".join(str(element[-1].tail).split()), True
        if not lead:
            # an avatar opening the line ('<img class=avatar><span>NAME</span> DATE') is no part of it
            first = next((c for c in element if _line_opening(c)), None)
            if first is None or first.tag not in _INLINE_NAME_TAGS or not _name_tail(first.tail or ""):
                continue
            if _in_permalink(first, own[0]):
                continue
            lead, holder = flat_text(first), first
        rest = whole[len(lead) :] if whole.startswith(lead) else whole
        dated = next(element.iter("time"), None) is not None or date_of(rest) is not None
        if not dated and date_of(lead) is not None and not date_of(lead.lstrip(_SIGN).split(",")[0]):
            dated = True  # '— Anna, 5 March 2019' (a signature line under the text): the name, then its date
            lead = lead.lstrip(_SIGN).split(",")[0]
        if not dated and _SAYS_AFTER.match(rest) is None and _SAID_DOTS.match(rest) is None:
            said = _NAME_SAID.match(whole) if holder is element and bare else None
            if said is None and holder is element and bare:
                said = _NAME_SAID_ON.match(whole)  # 'Ann said on 5 March 2019:'
                said = said if said is not None and date_of(said.group("when")) else None
            if said is None:
                continue
            lead = said.group("name")  # a plain line 'Marta dijo:' over the text: the name and its verb
        name = clean_author(_NUMBERING.sub("", lead))  # ('#3 Ann, DATE': the comment's number is no name)
        while (trimmed := clean_author(_CONNECTOR_TAIL.sub("", name))) != name:
            name = trimmed
        if not name or chrome_word(name) or name.casefold() in _NOT_NAMES or _WEEKDAY.match(name):
            continue  # ('Wed, 01/03/2019 - 14:20': a weekday before its date, no signature)
        if _short(name, 4) and _NAME_LIKE.match(name) and not date_of(name) and not is_relative_date(name):
            return _Author(holder, name)
    return None


# Words a meta line shows beside a date that name no one ('3 years ago · Edited').
_CHROME_WORDS = frozenset(
    "edited edit permalink link reply report flag share like likes quote delete moderator admin top new pinned"
    " embed save hide context"
    " featured staff bearbeitet modifié modifie editado modificato bewerkt antworten répondre repondre responder"
    " rispondi beantwoorden reageer zitieren citer citar cita svara odpowiedz odpovědět odpovedať svar vastaa"
    " válasz yanıtla yanitla răspunde raspunde απάντηση ответить cytuj citeer цитировать 引用 인용 返信 回复 답글"
    # the edit link in the blogs' languages, a multi-quote toggle, a thread's navigation links
    " editar bearbeiten modifier modifica bewerken edytuj redigera rediger muokkaa upravit szerkesztés"
    " multiquote multi-quote root parent next prev previous"
    # a share menu's networks beside the comment's buttons (Disqus: 'Twitter', 'Facebook')
    " twitter facebook whatsapp linkedin pinterest reddit telegram email e-mail mastodon bluesky"
    "".split()
)
# A button's words that open a longer label ('Odpowiedz z cytatem', 'Reply with quote'): no name.
_BUTTON_LEADS = frozenset(
    {"reply", "odpowiedz", "antworten", "répondre", "responder", "rispondi", "quote", "cytuj"}
    # ... a link to the comment itself ('Link to this comment', 'Link do komentarza', 'Permalink to')
    | {"link", "permalink", "enlace", "lien", "collegamento", "odkaz"}
    # ... and the moderation links: 'Report this comment', 'Segnala spam', 'Signaler un abus'
    | {"report", "flag", "segnala", "signaler", "denunciar", "reportar", "zgłoś", "nahlásit", "rapporteer"}
)
# ... and the verbs German and Dutch put last ('Inhalt melden', 'Beitrag zitieren', 'Reactie melden').
_BUTTON_TAILS = frozenset({"melden", "zitieren", "beantworten", "antworten", "citeren", "rapporteren"})


# Words a page shows in every comment's author slot (a 'Reply' button in a language no lexicon
# holds, found by :func:`extract.threads.repeated_label`): set for one page's second reading.
PAGE_CHROME: ContextVar[frozenset[str]] = ContextVar("PAGE_CHROME", default=frozenset())


def chrome_word(name: str) -> bool:
    """A word of the chrome: the lexicon's ('reply', 'permalink', 'antworten') or the page's."""
    folded = name.casefold()
    return folded in _CHROME_WORDS or folded in PAGE_CHROME.get()


# A toggle that unfolds or folds a long comment ('see more': Disqus), in the blogs' languages.
_FOLD_TOGGLE = re.compile(
    r"^\W*(?:(?:see|show|view) (?:more|less)|ver (?:más|mais|menos)|voir (?:plus|moins)|(?:mehr|weniger) anzeigen"
    r"|mostra (?:di )?(?:più|meno)|toon (?:meer|minder)|pokaż (?:więcej|mniej)|visa (?:mer|mindre))\W*$",
    re.I,
)


def _button_label(name: str) -> bool:
    words = name.casefold().split()
    return bool(words) and (
        chrome_word(name)
        or _FOLD_TOGGLE.match(name) is not None
        or (len(words) <= 4 and words[0] in _BUTTON_LEADS)
        or (len(words) <= 3 and words[-1] in _BUTTON_TAILS)
    )


def _in_paragraph(element: etree._Element) -> bool:
    """Whether an element sits in running text (a link or bold word inside a paragraph), not
    at the head of a paragraph that is a whole comment ('<p><b>NAME</b> (DATE)<br>text</p>')."""
    parent = element.getparent()
    return (
        parent is not None
        and parent.tag in ("p", "blockquote")
        and not _heads_its_line(element, parent)
        and not _dated_meta_line(parent)
    )


_META_LINE_WORDS = 16


def _dated_meta_line(paragraph: etree._Element) -> bool:
    """A paragraph that is a comment's dated head line, no running text: a few words around a
    ``<time>`` element ('<p>[–] <a>NAME</a> 21 points <time>3 years ago</time></p>', old Reddit)."""
    if paragraph.tag != "p" or next(paragraph.iter("time"), None) is None:
        return False
    return len(flat_text(paragraph).split()) <= _META_LINE_WORDS


def _heads_its_line(element: etree._Element, parent: etree._Element) -> bool:
    """Whether the element opens its paragraph and a date, then a line break, follow it."""
    if (parent.text or "").strip() or element.getprevious() is not None:
        return False
    if flat_text(element).endswith(":") or (element.tail or "").startswith(":"):
        # '<p><strong>NAME:</strong> text <small>DATE</small></p>': a name and its colon, a dated line
        return any(c.tag in ("small", "time", "span", "em", "i") and date_of(flat_text(c)) for c in parent)
    following = element.getnext()
    tail = (element.tail or "").strip(" \t\n()[],:-–—")
    return following is not None and following.tag == "br" and 0 < len(tail.split()) <= 8 and date_of(tail) is not None


Attributes = list[tuple[etree._Element, ClassFacts | None, str | None]]


def attributes_of(own: list[etree._Element]) -> Attributes:
    """(element, the facts of its class, its itemprop) for each of a body's own elements,
    read once for the author and the text lookups."""
    return [
        (element, class_facts(value), element.get("itemprop"))
        if (value := element.get("class"))
        else (element, None, element.get("itemprop"))
        for element in own
    ]


# What is left of a head line whose name sits elsewhere (signed under the text): connectors,
# byline words, verbs, a month or weekday alone ('em <a>DATE</a>', 'Posted by', 'commented', 'Feb').
_FRAGMENT_WORDS = (
    _NOT_NAMES
    | _CHROME_WORDS
    | WEEKDAYS
    | frozenset(
        "um el il em op at den dne dnia w de by przez dodany dodała dodał napisał napisała commented said says wrote"
        " replied posted schrieb sagt kommentierte a dit écrit escribió dijo disse escreveu zegt zei schreef skrev"
        " jan feb mar apr jun jul aug sep sept oct nov dec january february march july september october november"
        " december 回复 回覆 评论 說 说 より".split()
    )
)
# A writer's role or rank shown beside the name ('Ospite', 'Autore', 'Hero Member'): the name
# when nothing else names the writer (a guest shown as 'Ospite'), else never.
_ROLE_WORDS = frozenset(
    "guest gast ospite invité invitée invitado invitada convidado visitante visiteur gość gosc vieras misafir"
    " member members membro miembro membre mitglied lid członek członkowie medlem author autore autor auteur"
    " autora autorin verfasser unregistered registered registriert unregistriert benutzer user newbie junior"
    " senior full hero new neuer erfahrener stammgast mensajes beiträge messaggi berichten 新手上路 注册会员"
    " 游客 ゲスト".split()
)


@lru_cache(maxsize=4096)
def _role(name: str) -> bool:
    words = [w.strip(".,:;()[]") for w in name.casefold().split()]
    return bool(words) and all(not any(ch.isalpha() for ch in w) or w in _ROLE_WORDS for w in words)


@lru_cache(maxsize=4096)
def _fragment(name: str) -> bool:
    """Whether an author's text is what is left of a head line, no name: only connectors,
    byline words, saying verbs, months, weekdays and signs ('em', 'Posted by', 'Feb', '@')."""
    words = [w.strip(".,:;()[]") for w in name.casefold().split()]
    return all(not any(ch.isalpha() for ch in w) or w in _FRAGMENT_WORDS for w in words)


def _named(found: _Author | None) -> _Author | None:
    return None if found is None or _fragment(found.name) else found


_SIGNATURE_TAGS = frozenset({"span", "strong", "b", "cite", "a", "em", "i", "small"})
_TEXT_BLOCKS = frozenset({"p", "div", "blockquote"})


_ANCHORS: list[tuple[etree._Element, frozenset[str]]] = []  # the last page's root and its anchors


def _anchor_on_page(element: etree._Element, fragment: str) -> bool:
    """Whether ``#fragment`` is a place on the element's page (an id or a named anchor), not a
    script's hook ('#popup': XE's member menu on the name)."""
    if not fragment:
        return False
    root = element.getroottree().getroot()
    if not _ANCHORS or _ANCHORS[0][0] is not root:
        pairs = ((e.get("id"), e.get("name")) for e in root.iter() if isinstance(e.tag, str))
        names = frozenset(str(v) for pair in pairs for v in pair if v)
        _ANCHORS[:] = [(root, names)]
    return fragment in _ANCHORS[0][1]


def _in_page_link(element: etree._Element, href: str) -> bool:
    """A script's button ('javascript:', a bare '#') or a link to a place on the page."""
    if href.startswith("javascript:") or href == "#":
        return True
    return href.startswith("#") and _anchor_on_page(element, href[1:])


def _permalink_line(element: etree._Element, top: etree._Element) -> bool:
    """A paragraph that is one link to a place on the page, whole (SPIP's '<p><a href="#forum9">2.
    TITLE, DATE</a></p>'): the comment's own link, not its text."""
    children = [c for c in element if is_element(c)]
    return (
        len(children) == 1
        and children[0].tag == "a"
        and not (element.text or "").strip()
        and not (children[0].tail or "").strip()
        and _in_permalink(children[0], top)
    )


def _in_permalink(element: etree._Element, top: etree._Element) -> bool:
    """Whether an element is, or sits in, a link below ``top`` to a place on the page: a
    comment's permalink shows its number, title and date, never its writer."""
    for holder in (element, *element.iterancestors()):
        if holder is top:
            return False
        if holder.tag == "a" and (href := str(holder.get("href") or "")).startswith("#") and len(href) > 1:
            return _anchor_on_page(holder, href[1:])
    return False


_SIGNATURE_BLOCKS = frozenset({"div", "p"})


def _texts_after(element: etree._Element) -> bool:
    following = element.getnext()
    while following is not None:
        if is_element(following) and flat_text(following).strip():
            return True
        following = following.getnext()
    return False


def _name_after_text(own: list[etree._Element]) -> _Author | None:
    """A name signed under the text: an inline element holding a short name alone, right after
    the block of the comment's text ('<div><p>TEXT</p></div><span>Dev Okonkwo</span>'), where
    the head line holds only the date and the avatar."""
    for element in own[1:]:
        if element.tag in _SIGNATURE_BLOCKS:
            if _texts_after(element):
                continue  # a block signs the text only as its block's last words ('<p>TEXT</p><div>NAME</div>')
        elif element.tag not in _SIGNATURE_TAGS or _in_paragraph(element):
            continue
        if not _leaf_like(element):
            continue
        before = element.getprevious()
        while before is not None and not is_element(before):
            before = before.getprevious()
        if before is None or before.tag not in _TEXT_BLOCKS or _words(flat_text(before)) < _TEXT_WORDS:
            continue
        name = clean_author(flat_text(element))
        if _usable_name(name) and not _button_label(name) and not _fragment(name) and not _no_name(name):
            return _Author(element, name)
    return None


def _author(own: list[etree._Element], generic: bool = False, attributes: Attributes | None = None) -> _Author | None:
    """The author of a comment body, by microdata, class vocabulary, a byline, then tags;
    never a fragment of a head line (``_fragment``), a role label only when nothing else
    names the writer."""
    found = _author_of(own, generic, attributes)
    if found is not None and _role(found.name):
        box = _marked_box(found.element, own[0])
        label = box if box is not None else found.element  # (the whole box a rank was read from)
        rest = [e for i, e in enumerate(own) if i == 0 or not _within_element(e, label)]
        other = _author_of(rest, generic, None)
        if other is not None and not _role(other.name):
            return other
    return found


def _marked_box(element: etree._Element, top: etree._Element) -> etree._Element | None:
    """The box around an element that the page marks as the author (``itemprop=author``), below
    the comment's own element ``top``."""
    for ancestor in element.iterancestors():
        if ancestor is top:
            return None
        props = str(ancestor.get("itemprop") or "").split()
        if "author" in props or "creator" in props:
            return ancestor
    return None


def _field_label(element: etree._Element) -> bool:
    """An element that is only a field's label ('<span class="invisible">From: </span>')."""
    return flat_text(element).strip().endswith((":", "："))


def _author_of(own: list[etree._Element], generic: bool, attributes: Attributes | None) -> _Author | None:
    found = _named(_author_by_markup(attributes if attributes is not None else attributes_of(own)))
    if found is None:
        found = _named(_author_by_byline(own))
    if found is None:
        found = _named(_author_before_verb(own))
    profiled = _profile_link_author(own) if found is None and generic else None
    if found is None:
        for element in own:
            bold = _bold_class(element) and not _in_figure(element, own[0])  # not an avatar's initials
            loose = generic and (element.tag in _GENERIC_AUTHOR_TAGS or bold) and not _in_paragraph(element)
            href = str(element.get("href") or "") if element.tag == "a" else ""
            if loose and href and sel.POST_LINK.search(href) and not sel.PROFILE_LINK.search(href):
                continue  # a link to a post (related posts, archives) names no person
            if loose and (_in_page_link(element, href) or _in_permalink(element, own[0])):
                continue  # a script's button or a link to a place on the page ('root', 'in reply to X'): no one
            if generic and _titles_comment(element):
                continue  # a comment's own title, linked to its permalink (Drupal's subject), names no one
            if generic and element.tag in _NAME_HEADINGS:
                loose = _named_heading(element)  # Bootstrap's h4.media-heading; '<h3>NAME <small>DATE</small></h3>'
            if element.tag == "cite" or loose:
                whole = flat_text(element) if not len(element) or element.tag not in _NAME_HEADINGS else _lead(element)
                name = clean_author(whole)
                named = _short(name, 5) and any(ch.isalpha() for ch in name)  # not a '¶' permalink
                named = named and not _button_label(name)  # nor a 'permalink', 'reply' link
                named = named and not _no_name(name) and not _fragment(name)  # nor an initial ('R'), a count
                if named and not date_of(whole) and not date_of(name) and not is_relative_date(name):
                    found = _Author(element, name)
                    break
    titled = found is not None and (
        (found.element.tag in _NAME_HEADINGS and not len(found.element)) or _in_heading(found.element)
    )  # (not '<h3>NAME <small>DATE</small></h3>': a heading that dates its name is no title)
    if profiled is not None and (found is None or titled):
        found = profiled  # a heading is the comment's title where a profile link names its writer
    if found is None:
        found = _named(_meta_line_author(own))
    if found is None:
        found = _named(_line_author(own))
    if found is None and generic:
        found = _named(_name_before_date(own)) or _named(_name_by_avatar(own))
    if found is None:
        found = _name_after_text(own)
    if found is None and generic and is_comment_item(own[0]):  # never for blocks the markup does not call comments
        found = _named(_avatar_author(own))
    if found is not None:
        element = found.element
        anchor = element if element.tag == "a" else next(element.iter("a"), None) if len(element) else None
        if anchor is not None and anchor.get("href"):
            found.url = str(anchor.get("href"))
    return found


def _lead(element: etree._Element) -> str:
    """An element's text before its first child, without a connector to a date ('Ole am ')."""
    return _CONNECTOR_TAIL.sub("", " ".join(str(element.text or "").split())).strip(_GLUE)


def _named_heading(heading: etree._Element) -> bool:
    """A heading that is a name ('<h4>Ann</h4>'), or a name written as its text before its date
    ('<h3>Sabine R. <small> - <time>DATE</time></small></h3>', WoltLab)."""
    if not len(heading):
        text = flat_text(heading)
        return _NAME_LIKE.match(text) is not None and THREAD_HEADING.match(text) is None
    lead = _lead(heading)
    return (
        bool(lead)
        and _NAME_LIKE.match(lead) is not None
        and all(is_element(child) and date_element(child) for child in heading)
    )


# A comment's permalink, or an anchor of the reply form ('#respond'): a title or a button, no name.
_COMMENT_PERMALINK = re.compile(r"/comments?/\d|#comments?[-_]?\d|#c\d|#respond|#reply|#cancel", re.I)


def _titles_comment(element: etree._Element) -> bool:
    """Whether an element is a link to a comment's permalink, or a heading holding one alone."""
    link = element
    if element.tag in _NAME_HEADINGS:
        links = [c for c in element if is_element(c)]
        if len(links) != 1 or links[0].tag != "a" or (element.text or "").strip():
            return False
        link = links[0]
    return link.tag == "a" and _COMMENT_PERMALINK.search(str(link.get("href") or "")) is not None


def _in_heading(element: etree._Element) -> bool:
    parent = element.getparent()
    return parent is not None and parent.tag in _NAME_HEADINGS and len(parent) == 1


def _profile_link_author(own: list[etree._Element]) -> _Author | None:
    """A link to a person's profile page ('/Users/Nikolai', '/members/ruth.887/') outside the
    text's running paragraphs and quotes: the commenter, wherever the theme puts it (a footer
    line under the text), before a heading or a bold word that may be the comment's title."""
    for element in own[1:]:
        if element.tag != "a" or not sel.PROFILE_LINK.search(str(element.get("href") or "")):
            continue
        if _in_paragraph(element) or any(a.tag in ("blockquote", "q") for a in element.iterancestors()):
            continue
        name = clean_author(flat_text(element))
        named = name and _short(name, 4) and _NAME_LIKE.match(name) and not chrome_word(name)
        if named and not _no_name(name):  # (not the avatar's link, showing the initial: 'R')
            return _Author(element, name)
    return None


def _author_by_markup(attributes: Attributes) -> _Author | None:
    found = _author_by_markup_of(attributes)
    if found is not None:
        found.marked = True
    return found


def _author_by_markup_of(attributes: Attributes) -> _Author | None:
    by_rank: dict[int, list[etree._Element]] = {}  # by the rank of the token in AUTHOR_TOKENS
    for element, facts, props in islice(attributes, 1, None):
        if props and ("author" in props.split() or "creator" in props.split()) and (name := name_of(element)):
            return _marked_box_name(element, name)
        if facts is not None and facts.author_ranks:
            for rank in facts.author_ranks:
                by_rank.setdefault(rank, []).append(element)
    for rank in sorted(by_rank):
        for element in by_rank[rank]:
            if _boxed(element) and (inner := _emphasised(element)) is not None:
                return inner  # 'div.poster': <h4>NAME</h4> over the poster's group and post count
            if name := name_of(element):
                return _Author(element, name)
    for element, facts, _ in islice(attributes, 1, None):  # unknown themes: any class naming an author or user
        if facts is not None and facts.authorish:
            inner = _emphasised(element)  # an author box: the name in bold or a link, then a rank
            if inner is not None:
                return inner
            if _short(name := name_of(element), 6) and not _fragment(name):
                return _Author(element, name)  # (a picture's box showing only its number: the next one)
    return None


def _marked_box_name(element: etree._Element, name: str) -> _Author:
    """The name in an element the page marks as the author: itself, or where it is a poster's box
    holding lines beside the name ('itemprop=author' on XenForo's user cell: name, rank, post
    count), its first emphasised name (a box naming no inner ``itemprop=name``)."""
    if not _boxed(element):
        return _Author(element, name)
    inner = _emphasised(element)  # (minified pages run the box's lines together: 'hAnnMemberPosts12')
    return inner if inner is not None else _Author(element, name)


_EMPHASIS_TAGS = frozenset({"strong", "b", "a", "cite", "h2", "h3", "h4", "h5", "h6"})
_BOX_PARTS = frozenset({"div", "p", "span", "dd", "ul"})


def _boxed(box: etree._Element) -> bool:
    """Whether an author element holds more than a name: lines or blocks (a poster's box)."""
    if not len(box):
        return False
    return next(box.iter("br"), None) is not None or any(is_element(c) and c.tag in _BOX_PARTS for c in box)


def _emphasised(box: etree._Element) -> _Author | None:
    """The first bold, linked or heading name in an author box that holds more than the name
    (MyBB's 'author_information': <strong>NAME</strong><br><span>Unregistered</span>), never
    its permalink or number; else its first plain block holding a name alone, maybe after an
    icon (ColorMag's header: avatar, '<div><i class="fa-user"></i>NAME</div>', date, 'Permalink')."""
    if not _boxed(box):
        return None
    for element in box.iterdescendants(*_EMPHASIS_TAGS):
        name = clean_author(flat_text(element))
        if _boxed_name(name):
            return _Author(element, name)
    for element in box.iterdescendants(*_BOX_PARTS):
        if all(is_element(c) and not flat_text(c).strip() for c in element):  # text alone, or icons and text
            if _field_label(element):
                continue  # ('<span class="invisible">From: </span><i>(Anonymous)</i>': Dreamwidth)
            name = clean_author(flat_text(element))
            if _boxed_name(name):
                return _Author(element, name)
    return None


def _boxed_name(name: str) -> bool:
    return (
        _short(name, 5)
        and not date_of(name)
        and not is_relative_date(name)
        and not _no_name(name)
        and not _fragment(name)
        and not _button_label(name)
    )


def _may_be_pingback(element: etree._Element) -> bool:
    """Whether the element's own text can start 'Pingback:' (see ``_PINGBACK_TEXT``): its first
    piece of text that is not blank starts with the word."""
    first = element.text
    if not (first and first.strip()):
        first = next((tail for child in element if (tail := child.tail) and tail.strip()), None)
    if first is None and (line := _pingback_line(element)) is not element:
        return _may_be_pingback(line)  # ('<li><div>Pingback: <a>...</a></div></li>')
    return first is not None and _PINGBACK_WORD.match(first) is not None


def _pingback_line(element: etree._Element) -> etree._Element:
    """The element whose own text is a pingback's line: the item, or the one block it wraps."""
    if (element.text or "").strip() or len(element) != 1 or not is_element(child := element[0]):
        return element
    return child if child.tag in ("div", "p", "article") and not (child.tail or "").strip() else element


def _excerpt_pingback(own: list[etree._Element], author: _Author | None, text: str) -> tuple[_Author, Pingback] | None:
    """The title link of a block whose text is a pingback's excerpt ('[…] words […]'): the
    block's name when it is a link, else its first link outside the excerpt; named as its link
    reads."""
    link = None
    if author is not None:
        link = author.element if author.element.tag == "a" else next(author.element.iter("a"), None)
    if link is None:
        link = next(
            (
                e
                for e in own[1:]
                if e.tag == "a"
                and not str(e.get("href") or "#").startswith("#")  # (no permalink: Habari's '#comment-1189')
                and (t := flat_text(e).strip())
                and t not in text
            ),
            None,
        )
    if link is None or not (title := " ".join(flat_text(link).split())):
        return None
    return _Author(link, title), Pingback(title=title, url=str(link.get("href") or "") or None)


def _listed_ping(own: list[etree._Element]) -> tuple[_Author, Pingback, str] | None:
    """A ping list's row, no 'Pingback:' word: the linking post's title link opening the item,
    then its '[…] excerpt […]' (Divi's and other themes' 'ol.pinglist': '<li><a>TITLE</a> - […]
    words […]</li>'). Named as the link reads."""
    link = own[1] if len(own) > 1 else None
    if link is None or link.tag != "a" or not link.get("href") or (own[0].text or "").strip():
        return None
    title = " ".join(flat_text(link).split())
    whole = " ".join(flat_text(own[0]).split())
    if not title or not whole.startswith(title):
        return None
    rest = whole[len(title) :].lstrip(" -–—:|")
    if not _EXCERPT_BOTH.match(rest):
        return None
    return _Author(link, title), Pingback(title=title, url=str(link.get("href"))), rest


_EXCERPT_TITLE_WORDS = 12
_EXCERPT_NOTE_WORDS = 20


def _titled_excerpt(text: str) -> str | None:
    """The linking post's title a trackback shows over its '[…] excerpt […]', as a line of its own
    ('Truffaut, l'année des fantômes' / '[...] words [...]'), maybe with a short note after it (the
    engine's 'To send a trackback: URL'); None when the text is no such ping."""
    paragraphs = [p for part in text.split("\n\n") if (p := part.strip())]
    if not 2 <= len(paragraphs) <= 3 or not _EXCERPT_BOTH.match(paragraphs[1]):
        return None
    title, notes = paragraphs[0], paragraphs[2:]
    if len(title.split()) > _EXCERPT_TITLE_WORDS or title.endswith((".", "!", "?")) or _EXCERPT.match(title):
        return None
    return title if all(len(note.split()) <= _EXCERPT_NOTE_WORDS for note in notes) else None


_EXCERPT_BOTH = re.compile(r"^\s*\[(?:…|\.\.\.)\].*\[(?:…|\.\.\.)\]\s*$", re.S)
_EXCERPT = re.compile(r"^\s*(?:\[(?:…|\.\.\.|&hellip;)\]|…)")


def _excerpt(own: list[etree._Element], anchor: etree._Element) -> str:
    """The '[…] excerpt […]' a ping shows beside its link (Hueman's 'ping-content'), if any."""
    for element in own[1:]:
        if element.tag not in _EXCERPT_TAGS or _within_element(element, anchor) or _within_element(anchor, element):
            continue
        if _EXCERPT.match(text := flat_text(element)):
            return text
    return ""


_EXCERPT_TAGS = frozenset({"p", "div", "blockquote"})  # Publify's trackback excerpt is a 'div.content'


def _ping_anchor(anchors: list[etree._Element]) -> etree._Element:
    """The link of a ping's item that names the linking post: the first that is no permalink of
    the item (a link to a place on the page, or a date: Ashe's 'a.comment-date' before the title)."""
    for anchor in anchors:
        href, label = str(anchor.get("href") or ""), " ".join(flat_text(anchor).split())
        if "#" not in href and label and date_of(label) is None and not shows_date(label):
            return anchor
    return anchors[0]


def _linked_name(author: _Author | None) -> bool:
    """Whether a comment's name is a link or holds one (a ping's title in a comment's markup:
    WordPress.com's Libre 2 renders pings with the comments' callback)."""
    if author is None:
        return False
    return author.element.tag == "a" or next(author.element.iter("a"), None) is not None


def _ping_site(own: list[etree._Element], anchor: etree._Element) -> str | None:
    """The linking blog's name a ping cites beside its title link ('<a>POST</a> <cite>BLOG</cite>',
    Publify's trackbacks)."""
    for element in own[1:]:
        if element.tag == "cite" and not _within_element(element, anchor) and not _within_element(anchor, element):
            name = " ".join(flat_text(element).split())
            if name and _short(name, 6) and name != flat_text(anchor) and not date_of(name):
                return name
    return None


# 'Mentioned in: <a>POST</a>' (Known and IndieWeb themes showing a webmention), in translations.
_MENTION_LEAD = re.compile(
    r"^\s*(?:mentioned (?:this )?(?:post )?in|erwähnt in|mentionné dans|mencionado en|mencionada en|menzionato in"
    r"|mencionado em|vermeld in|omnämnd i|nævnt i|nevnt i|wspomniano w|zmíněno v)\s*:?\s*$",
    re.I,
)


_MENTION_REACH = 12  # the line opens the item: among its first elements


def _mention(own: list[etree._Element]) -> Pingback | None:
    """A webmention shown as 'Mentioned in: <a>POST</a>' with its site's name linked after it: a
    pingback whose site is that name (Known's mentions row)."""
    for element in own[1:_MENTION_REACH]:
        lead = element.text
        if not lead or element.tag not in ("p", "div", "span") or not _MENTION_LEAD.match(lead):
            continue
        anchor = next((c for c in element if is_element(c)), None)
        if anchor is None or anchor.tag != "a" or not anchor.get("href") or not (title := flat_text(anchor)):
            return None
        site = next(
            (
                name
                for a in own
                if a.tag == "a"
                and a is not anchor
                and not _within_element(a, element)
                and (name := flat_text(a))
                and _short(name, 4)
                and not date_of(name)
                and "." not in name
            ),
            None,
        )
        return Pingback(title=title, url=str(anchor.get("href")), site=site)
    return None


def _within_element(element: etree._Element, ancestor: etree._Element) -> bool:
    return element is ancestor or any(a is ancestor for a in element.iterancestors())


def _own_text(element: etree._Element) -> str:
    return " ".join(
        " ".join(part.split()) for part in [element.text, *(c.tail for c in element)] if part and part.strip()
    )


# 'Max von Mayerling', 'Hugo de Groot': a particle inside a name, not a byline's 'von', 'de'.
_PARTICLE = re.compile(r"(?<![\w])[A-ZÀ-Þ][\w'.-]*\s+(?:von|van|door|par|por)\s+[A-ZÀ-Þ]")


_LEAD_WORDS = 3
# The words before a byline that tell who changed, moderated or liked a comment, not who wrote it.
_EDIT_LEAD = re.compile(
    r"(?:^|\W)(?:edited|edit|modified|updated|changed|moderated|approved|removed|deleted|hidden|flagged|reported"
    r"|liked|bearbeitet|geändert|modifié|modifiée|modifiée|editado|editada|modificado|modificato|bewerkt|gewijzigd"
    r"|edytowany|edytowane|upraveno|upravil)(?:\W|$)",
    re.I,
)


# The words before a byline that say whose comment this one answers ('Als Antwort auf <a>TITLE</a>
# von NAME', 'In reply to X by Y'): the replied-to comment's writer, not this one's.
_REPLY_LEAD = re.compile(
    r"(?:^|\W)(?:in reply to|replying to|reply to|replied to|als antwort auf|antwort auf|en réponse à|réponse à"
    r"|en respuesta a|respuesta a|in risposta a|risposta a|em resposta a|resposta a|als reactie op"
    r"|svar (?:på|till|til)|w odpowiedzi (?:na|do))(?:\W|$)",
    re.I,
)


def _byline_lead(text: str) -> bool:
    """Whether what comes before a byline's keyword is a few words or a date ('Submitted by',
    '11 février 2014, 21:40, par'), not the start of a sentence."""
    match = sel.BYLINE_WORD.search(text)
    if match is None:
        return True
    lead = text[: match.start()].strip(" ,;|·—–-")
    return len(lead.split()) <= _LEAD_WORDS or date_of(lead) is not None


_OWN_BYLINE_WORDS = 8


def _author_by_byline(own: list[etree._Element]) -> _Author | None:
    """``11 février 2014, 21:40, par Thérèse B.``, ``by <a>Name</a>``: the keyword in the
    element's own text, the name after it (a link right after the keyword, else the words)."""
    for element in own:
        if element.tag == "a" or not sel.BYLINE_WORD.search(text := _own_text(element)):
            continue  # a link's text is a name or a title, never a byline
        if element is own[0] and not (len(element) and _short(text, _OWN_BYLINE_WORDS)):
            continue  # (the item's own words as a byline: 'Post by: <b>NAME</b> on <b>DATE</b><div>TEXT')
        if (element is not own[0] and not _short(flat_text(element), 14)) or _PARTICLE.search(text):
            continue
        if any(a.tag == "blockquote" for a in element.iterancestors()) or element.tag == "blockquote":
            continue  # 'verse by verse' in a quoted line names nobody
        if quote_header(element) or _quoted(element, own[0]):
            continue  # 'Postado Originalmente por <strong>Ann</strong>': whom a reply quotes
        if not _byline_lead(text):
            continue  # 'aunque solo sea por Sally Hawkins': a sentence of the text, not a byline
        lead = text[: sel.BYLINE_WORD.search(text).end()]  # type: ignore[union-attr]
        if _EDIT_LEAD.search(lead):
            continue  # 'Edited by a moderator', 'Last edited by Ann': who changed it, not who wrote it
        if _REPLY_LEAD.search(lead):
            continue  # 'Als Antwort auf <a>Die Sonate</a> von Dieter H.': whom it answers
        pieces = [(element.text or "", None)] + [(c.tail or "", c) for c in element if is_element(c)]
        for index, (before, _) in enumerate(pieces):
            if not sel.BYLINE_END.search(before):
                continue
            following = pieces[index + 1][1] if index + 1 < len(pieces) else None
            if following is not None:
                name = clean_author(flat_text(following))
                if name and not parse_date(name):
                    return _Author(following, name)
        if match := sel.BYLINE.search(flat_text(element)):
            name = clean_author(match.group(1))
            if name and not parse_date(name) and not _sentence_end(name):
                return _Author(element, name)
    return None


def _sentence_end(words: str) -> bool:
    """Words that end a sentence ('Gracias por la reseña.'), not a name ('Ann B.')."""
    last = words.rstrip(".!?… ").split()[-1:]
    return words.endswith((".", "!", "?", "…")) and bool(last) and len(last[0]) > 2


# 'NAME commented on DATE', 'NAME wrote on', 'NAME schrieb am', 'NAME a écrit le': the element
# right before a saying verb that a date follows names the writer.
_VERB_AFTER_NAME = re.compile(
    r"^\s*(?:commented|comments|wrote|writes|said|says|posted|replied|responded|schrieb|kommentierte|a écrit"
    r"|a commenté|a dit|escribió|comentó|dijo|ha scritto|ha commentato|scrisse|escreveu|comentou|schreef"
    r"|reageerde|skrev|kommenterade|napisał|написал|написала)\s+(?:on|am|le|el|il|em|op|den|at)?\b",
    re.I,
)


def _author_before_verb(own: list[etree._Element]) -> _Author | None:
    """The element before 'commented on DATE' (a hand-made template's '<em>NAME</em> commented
    on <em>DATE</em>'): a short name, its tail the verb, a date after it in the same line."""
    for element in own[1:]:
        tail = element.tail
        if not tail or not _VERB_AFTER_NAME.match(tail):
            continue
        parent = element.getparent()
        line = flat_text(parent) if parent is not None else ""
        name = clean_author(flat_text(element))
        if _short(name, 5) and not date_of(name) and (date_of(line) or shows_date(tail.strip())):
            return _Author(element, name)
    return None


# --- text and dates --------------------------------------------------------------------


def _text(
    own: list[etree._Element], avoid: etree._Element | None, attributes: Attributes | None = None, whole: bool = False
) -> str:
    """The comment's text: the engines' text element, else its paragraphs, else its
    largest block that is neither the author nor the date. ``whole``: ``own`` is the whole
    subtree of ``own[0]`` (no nested body to leave out)."""
    owned = None if whole else set(own)
    avoided: set[etree._Element] | None = None  # the author element, its ancestors and descendants

    def usable(element: etree._Element) -> bool:
        nonlocal avoided
        if avoid is None:
            return True
        if avoided is None:  # its ancestors up to the body's top: ``element`` is in the body
            avoided = set(avoid.iter())
            for ancestor in avoid.iterancestors():
                avoided.add(ancestor)
                if ancestor.getparent() is own[0] and own[0].tag == "tr" and ancestor.tag in ("td", "th"):
                    avoided.update(ancestor.iter())  # a forum row's user cell: rank, post count, no text
                if ancestor is own[0]:
                    break
        return element not in avoided

    ranked: list[tuple[int, int, etree._Element]] = []
    for position, (element, facts, props) in enumerate(islice(attributes or attributes_of(own), 1, None)):
        rank = facts.text_rank if facts is not None else None
        if props:  # the best rank among the itemprop's and the class' tokens
            other = class_facts(props).text_rank
            rank = other if rank is None or (other is not None and other < rank) else rank
        if rank is not None and usable(element):
            ranked.append((rank, position, element))
    for _, _, element in sorted(ranked):  # positions differ: elements are never compared
        if not _quoted(element, own[0]) and (text := _own_block_text(element, owned)):
            return text
    holders = _author_holders(avoid, own[0])
    paragraphs = [
        text
        for e in own[1:]
        if e.tag in _PARAGRAPHS
        and usable(e)
        and not _quoted(e, own[0])  # (a quoted post's paragraphs: 'zbyszek napisał:' over them)
        and not _in_opening_quote(e, own[0])
        and not _in_figure(e, own[0])
        and not _chrome_above(e, own[0], holders)
        and not _links_only(e)
        and not _permalink_line(e, own[0])
        and (text := _own_block_text(e, owned))
        and not _date_line(text)
        and not _reply_line(text)
    ]
    if paragraphs:
        return "\n\n".join(paragraphs)
    leaves = [
        e
        for e in own[1:]
        if (e.tag in ("div", "td", "span", "dd", "section") or (e.tag == "blockquote" and _message_quote(e, own[0])))
        and usable(e)
        and not _quoted(e, own[0])
        and not _chrome_above(e, own[0], holders)
        and (
            not any(_inner_block(c) for c in e)
            or _bare_words(e) >= _BARE_TEXT_WORDS  # a message as bare text over a signature block
        )
    ]
    read = [
        (e, t)
        for e in leaves
        if (t := _own_block_text(e, owned))
        and _words(t) >= 3
        and not _dated_line(t)
        and not profile_box(t)
        and not _SUBJECT_LINE.match(t)
    ]
    if read:
        best, text = max(read, key=lambda pair: len(pair[1]))
        return _sibling_lines(best, own[0], leaves, owned) or text
    return _loose_text(own, avoid)


_BARE_TEXT_WORDS = 12
# A forum post's subject line, labelled ('Temat postu: Re: T', 'Post subject: Re: T'): no text.
_SUBJECT_LINE = re.compile(
    r"^\s*(?:post subject|subject|temat postu|temat|betreff(?: des beitrags)?|sujet du message|sujet|asunto"
    r"|oggetto|onderwerp|ämne|emne|předmět|tárgy|aihe|konu)\s*:\s*(?:(?:re|aw|sv|odp|rif)\s*:)?",
    re.I,
)


def _bare_words(element: etree._Element) -> int:
    """How many words an element holds as its own text, outside its children (a forum message
    written as text and line breaks, its signature in a block after it)."""
    pieces = [element.text, *(c.tail for c in element)]
    return sum(len(str(piece).split()) for piece in pieces if piece)


_REPLY_LINE_WORDS = 14


def _reply_line(text: str) -> bool:
    """A header paragraph saying whose comment this one answers ('Als Antwort auf Die Sonate von
    Dieter H.', 'In reply to Ann'): no words of the reply."""
    return _REPLY_LEAD.match(text) is not None and len(text.split()) <= _REPLY_LINE_WORDS


def _sibling_lines(
    best: etree._Element, top: etree._Element, leaves: list[etree._Element], owned: set[etree._Element] | None
) -> str | None:
    """The text of a block whose children are all line blocks ('<div class=msg><div>First line.</div>
    <div>Second line.</div></div>'): every line, not only the longest."""
    parent = best.getparent()
    if parent is None or parent is top:
        return None
    lines = [c for c in parent if is_element(c)]
    if len(lines) < 2 or any(c.tag != best.tag or c not in leaves for c in lines):
        return None
    texts = [t for c in lines if (t := _own_block_text(c, owned)) and not _dated_line(t)]
    return "\n\n".join(texts) if len(texts) > 1 else None


# Paragraphs of a comment's text: a <details> block's <summary> is a line the reader sees (a
# spoiler warning over the hidden part, Plume's 'Divulgâchage : ...').
_PARAGRAPHS = frozenset({"p", "summary"})
# Children that make a block a holder of blocks, not a leaf text ('div.cell > header + article').
_BLOCK_CHILDREN = frozenset({"div", "p", "td", "article", "section", "header", "footer", "aside"})


_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")


def _words(text: str) -> int:
    """Words of a text, a run of Chinese, Japanese or Korean letters counting one per two letters
    (they write no spaces: a whole comment is one 'word' to split())."""
    return len(text.split()) + len(_CJK.findall(text)) // 2


def _dated_line(text: str) -> bool:
    """A leaf that shows a date and a few words around it ('发表于 2019-3-5 21:10:45 | 只看该作者'): a
    meta line, not the text; or a text that is a date and nothing else."""
    return parse_date(text) is not None or (len(text.split()) <= _DATE_LINE_WORDS and date_of(text) is not None)


def _quote_part(element: etree._Element) -> bool:
    """A quoted post's header or footer inside a text (SMF's 'div.quoteheader'): chrome, which
    leaves the text holding it a leaf."""
    return has_chrome(element, "text_chrome")


def _in_opening_quote(element: etree._Element, top: etree._Element) -> bool:
    """Whether a paragraph sits in the quote a comment's text opens with, the commenter's own
    words after it (:func:`_leading_quote`)."""
    for ancestor in element.iterancestors():
        if ancestor is top:
            return False
        if ancestor.tag == "blockquote" and (holder := ancestor.getparent()) is not None:
            path = _leading_quote(holder)
            return path is not None and holder[path[-1]] is ancestor and _text_follows(ancestor)
    return False


def _text_follows(quote: etree._Element) -> bool:
    """Whether words follow a quote in its block (its tail or a later sibling's)."""
    if (quote.tail or "").strip():
        return True
    return any(is_element(s) and flat_text(s) for s in quote.itersiblings())


def _inner_block(child: etree._Element) -> bool:
    """A block inside a text element that keeps it from being a leaf: not a quote's header or
    the quoted post itself."""
    return is_element(child) and child.tag in _BLOCK_CHILDREN and not _quote_part(child) and not _quote_child(child)


def _label_first(box: etree._Element) -> bool:
    """Whether a block opens with words of its own or a first child holding no element (a
    label line, cheap to test before :func:`quote_box` reads it)."""
    if (box.text or "").strip():
        return True
    first = next((c for c in box if is_element(c)), None)
    return first is not None and not len(first)


def _quote_child(element: etree._Element) -> bool:
    """A quoted post inside a text (an attributed blockquote, a box led by 'Citação:'), which
    leaves the text holding it a leaf."""
    if element.tag == "blockquote":
        return attributed_quote(element)
    return element.tag == "div" and _label_first(element) and quote_box(element)


def _message_quote(element: etree._Element, top: etree._Element) -> bool:
    """A blockquote that holds the post's own message as bare text (XenForo 1's
    'blockquote.messageText', vBulletin's 'blockquote.postcontent'), not a quoted post."""
    return not attributed_quote(element) and not _quoted(element, top) and _bare_words(element) >= _BARE_TEXT_WORDS


def _quoted(element: etree._Element, top: etree._Element) -> bool:
    """Whether a text element sits in a quote box below ``top`` (vBulletin's 'div.message' inside
    'div.bbcode_quote'): another post's words, not this comment's."""
    for ancestor in element.iterancestors():
        if ancestor is top:
            return False
        if ancestor.tag == "blockquote" and attributed_quote(ancestor):
            return True
        if ancestor.tag == "div" and _label_first(ancestor) and quote_box(ancestor):
            return True  # (vBulletin 3's unclassed box: 'Citação:' over the quoted post's table)
        value = ancestor.get("class")
        if value and "quote" in str(value).lower() and has_chrome(ancestor, "text_chrome"):
            return True
    return False


def _date_line(text: str) -> bool:
    """A paragraph that only shows the comment's date ('Apr 18, 2022', 'Posted on 2020-10-30. #'):
    a meta line in a paragraph (hashed-class front ends, Kirby), not the comment's words."""
    return len(text.split()) <= _DATE_LINE_WORDS and date_of(text) is not None


_DATE_LINE_WORDS = 5
_LINK_GLUE = re.compile(r"^[\s()\[\]|·•,/-]*$")


def _links_only(element: etree._Element) -> bool:
    """A line of short links and glue (LiveJournal's '(Reply) (Parent) (Thread)'): chrome."""
    links = [c for c in element if is_element(c) and c.tag == "a"]
    if not links and len(element) == 1 and element[0].tag in ("em", "strong", "b", "i", "small", "span"):
        wrapper = element[0]  # '<p><em><a>Registered member</a></em></p>': a poster's group link (Discuz)
        only = (element.text or "").strip() == "" and (wrapper.tail or "").strip() == ""
        return (
            only
            and len(wrapper) == 1
            and wrapper[0].tag == "a"
            and not (wrapper.text or "").strip()
            and (len(flat_text(wrapper).split()) <= 2)
        )
    if not links or len(links) != sum(1 for c in element if is_element(c)):
        return False
    glue = [element.text or "", *(c.tail or "" for c in links)]
    return all(_LINK_GLUE.match(g) for g in glue) and all(len(str(a.xpath("string()")).split()) <= 2 for a in links)


# A date opening the text after the name, in brackets or before a colon or a dash.
_DATE_LEAD = re.compile(r"^(?:[(\[](?P<date>[^()\[\]]{4,40})[)\]]\s*[:–—|·-]?|(?P<plain>[^:–—|·]{4,40}?)\s*[:–—|·])\s+")


def _loose_text(own: list[etree._Element], avoid: etree._Element | None) -> str:
    """Text written straight into the item (``<cite>Ann</cite> says:<br>Great film``): the
    item's own text without its author, dates, meta, buttons and nested comments."""
    owned = set(own)
    top = own[0]

    def skipped(element: etree._Element) -> bool:
        return (
            element not in owned
            or element is avoid
            or element.tag in ("time", "script", "style", "img")
            or has_chrome(element, "text_chrome")
            or has_chrome(element, "meta")
        )

    out = [top.text or ""]
    stack: list[tuple[etree._Element, bool]] = [(c, False) for c in reversed(list(top))]
    while stack:
        element, closing = stack.pop()
        if closing or not is_element(element) or skipped(element):
            out.append(element.tail or "")
            continue
        if element.tag in ("br", "p", "div", "blockquote"):
            out.append("\n")
        out.append(element.text or "")
        stack.append((element, True))
        stack.extend((c, False) for c in reversed(list(element)))
    lines = [" ".join(line.split()) for line in "".join(out).split("\n")]
    lines = [line for line in lines if line and not _SAYS_LINE.match(line) and not _date_line(line.strip("()[] ,:-"))]
    while len(lines) > 1 and _SAYS_LEAD.match(lines[0]):  # '... reblogged this from X and added:'
        del lines[0]
    if lines and avoid is not None:  # '<strong>NAME</strong>: text': the glue after the name is not text
        lines[0] = lines[0].lstrip(":–—-|· ")
        if (lead := _DATE_LEAD.match(lines[0])) and date_of(lead.group("date") or lead.group("plain")):
            lines[0] = lines[0][lead.end() :]  # '<b>NAME</b> (5 March 2019): text': the head's date is no text
    return "\n\n".join(line for line in lines if line)


def _in_figure(element: etree._Element, top: etree._Element) -> bool:
    """Whether a paragraph sits in a <figure> (an avatar's initials, a caption), not the text."""
    for ancestor in element.iterancestors():
        if ancestor is top:
            return False
        if ancestor.tag == "figure":
            return True
    return False


def _author_holders(author: etree._Element | None, top: etree._Element) -> frozenset[etree._Element]:
    """The ancestors of the author element below the comment's top element."""
    if author is None:
        return frozenset()
    found = []
    for ancestor in author.iterancestors():
        if ancestor is top:
            break
        found.append(ancestor)
    return frozenset(found)


def _chrome_above(
    element: etree._Element, top: etree._Element, holders: frozenset[etree._Element] = frozenset()
) -> bool:
    """Whether a button, meta or header element holds ``element`` below ``top``; an element
    that also holds the author (old Reddit's 'div.entry.unvoted') is the comment, not chrome."""
    node: etree._Element | None = element
    while node is not None and node is not top and node not in holders:
        if has_chrome(node, "text_chrome") or attributed_quote(node):
            return True
        if has_chrome(node, "meta") and not _content_region(node):
            return True
        node = node.getparent()
    return False


_CONTENT_ENDS = ("content", "contents")


def _content_region(element: etree._Element) -> bool:
    """A block that another class calls the content ('div.messageInfo.primaryContent', XenForo 1):
    where the text is, whatever its 'info' says."""
    value = element.get("class")
    return bool(value) and any(token.endswith(_CONTENT_ENDS) for token in str(value).lower().split())


def _own_block_text(element: etree._Element, owned: set[etree._Element] | None) -> str:
    """Block text of an element whose subtree holds no nested comment body (``owned``: the
    elements of the body; None when they are its whole subtree); a quote it opens with, when the
    commenter's own words follow, is left out (:func:`_without_leading_quote`)."""
    below = list(element.iterdescendants(etree.Element)) if len(element) else []
    if owned is not None and not owned.issuperset(below):
        return ""
    text = text_without_chrome(element, below=below)
    if below and (quote := _leading_quote(element)) is not None:
        return _without_leading_quote(element, quote) or text
    return text


def _leading_quote(element: etree._Element) -> list[int] | None:
    """Where the quote a text opens with sits (child indexes from ``element``, through wrappers
    that hold everything), before any word of its own: a ``blockquote`` (WordPress comments
    quoting the post or another comment, phpBB's 'X hat geschrieben:') or a box led by a quote's
    source line (vBulletin's 'Citação:' over a table); not a blockquote that holds the message
    itself (XenForo 1, vBulletin 4)."""
    path: list[int] = []
    while not (element.text or "").strip():
        index, first = next(((i, c) for i, c in enumerate(element) if isinstance(c.tag, str)), (-1, None))
        if first is None or first.tag not in ("blockquote", "div"):
            return None  # (a text opening with a paragraph: no quote before it)
        path.append(index)
        if first.tag == "blockquote":
            return None if _message_quote(first, element) and not attributed_quote(first) else path
        if _label_first(first) and quote_box(first):
            return path
        if (first.tail or "").strip() or first.getnext() is not None:
            return None  # (only a wrapper holding the whole text is looked into)
        element = first
    return None


def _without_leading_quote(element: etree._Element, path: list[int]) -> str:
    """The element's text with its opening quote left out (on a copy: the page stays whole);
    empty when nothing of the commenter's own is left."""
    copied = deepcopy(element)
    holder = copied
    for index in path[:-1]:
        holder = holder[index]
    dropped = holder[path[-1]]
    before = dropped.getprevious()
    if dropped.tail:  # the words after the quote stay (phpBB writes them as its tail)
        if before is not None:
            before.tail = (before.tail or "") + dropped.tail
        else:
            holder.text = (holder.text or "") + dropped.tail
    holder.remove(dropped)
    return text_without_chrome(copied)


# ... and the tooltips that hold the full date of a relative one ('1 a' with data-tippy-content
# 'sábado, 10 de junho de 2023 às 20:15' in Lemmy; Bootstrap's data-original-title)
_DATE_ATTRIBUTES = (
    "content",
    "title",
    "data-timestamp",
    "data-tippy-content",
    "data-original-title",
    "data-tooltip",
    "data-date",
    "data-datetime",
    "aria-label",
)
_DATE_ATTRIBUTE_SET = frozenset(_DATE_ATTRIBUTES)


def _joined_label(element: etree._Element) -> bool:
    """Whether a date sits under a 'Joined' label in a poster's profile ('<dt>Joined</dt><dd>Mar 3,
    2015</dd>' in XenForo's user pane): the day the poster joined, not the comment's date."""
    for node in (element, element.getparent()):
        if node is None:
            return False
        previous = node.getprevious()
        if previous is None or not isinstance(previous.tag, str):
            continue
        label = previous.text if not len(previous) else flat_text(previous)  # a label's own words, cheaply
        if label and len(label) <= 30 and _JOINED.search(label):
            return True
    return False


def _date(own: list[etree._Element], attributes: Attributes | None = None) -> str | None:
    for element in own:
        if element.tag == "time" and (value := date_of(str(element.get("datetime") or flat_text(element)))):
            if not element.get("datetime") and _joined_label(element):
                continue  # (a machine-readable date is the comment's own; a profile prints a bare one)
            return value
    for element in own:
        if not (names := element.keys()):  # one call; most elements have no attribute at all
            continue
        for attribute in names:  # an element's own few names, against the set
            if (
                attribute in _DATE_ATTRIBUTE_SET
                and (value := element.get(attribute))
                and (found := date_of(str(value)))
            ):
                return found
    for element, facts, _ in islice(attributes or attributes_of(own), 1, None):
        if facts is not None and facts.date and (found := date_of(flat_text(element))):
            return found
    for element in own[1:]:
        text = flat_text(element)
        if _short(text, 12) and not _JOINED.search(text) and (found := date_of(text)) and not _joined_label(element):
            return found
    for element in own[1:]:  # a date in a longer line: 'Posted: Mon Mar 04, 2019 8:12 pm   Post subject: ...'
        for piece in (element.text, element.tail):
            if piece and _short(piece, 12) and not _JOINED.search(piece) and (found := date_of(piece)):
                return found
    return None


def profile_box(text: str) -> bool:
    """A poster's statistics beside the post ('Joined Oct 9, 2019 Messages 233', its label and
    value elements run together as 'JoinedOct 9, 2019Messages233'): not the comment's text."""
    return len(text.split()) <= _PROFILE_WORDS and _JOINED_WORD.search(text) is not None


_PROFILE_WORDS = 16


# A poster's profile beside the post: the date they joined is not the comment's date.
_JOINED = re.compile(
    r"(?<![^\W\d_])(?:joined|registered|member since|registriert|mitglied seit|inscrit|inscription|registrado"
    r"|miembro desde|iscritto|registrato|membro desde|lid sinds|geregistreerd|dołączył|zarejestrowany|rejestracja"
    r"|kayıt tarihi|зарегистрирован|регистрация)\b",
    re.I,
)
_JOINED_WORD = re.compile(_JOINED.pattern.removesuffix(r"\b"), re.I)  # 'JoinedOct 9' run together too
# (and 'Posts: 812Joined: ...' after a count, a line break between them: no word boundary there)


# --- bodies ------------------------------------------------------------------------------


def _relative_dated(own: list[etree._Element]) -> bool:
    """Whether the body shows a date that no calendar day can be read from ('Yesterday,
    11:02 AM', '3 years ago', '03-04-2021'): a comment's date all the same."""
    for element in own[1:]:
        text = element.text
        if text and not text.isspace() and (shows_date(text.strip()) or relative_date(text)):
            return True
        tail = element.tail
        if tail and not tail.isspace() and (shows_date(tail.strip()) or relative_date(tail)):
            return True
    return False


@dataclass(slots=True)
class Body:
    element: etree._Element
    author: _Author | None
    text: str
    published: str | None
    pingback: Pingback | None = None
    depth: int = 0
    own: list[etree._Element] = field(default_factory=list)
    dated: bool = False  # a date is shown, relative to the day (``published`` stays None)


def slot_path(author: etree._Element, item: etree._Element) -> tuple[tuple[str, str], ...] | None:
    """Where an author element sits in its item: the tags and classes from the item down to it."""
    path = []
    node: etree._Element | None = author
    while node is not None and node is not item:
        path.append((str(node.tag), str(node.get("class") or "")))
        node = node.getparent()
    return tuple(reversed(path)) if node is item else None


def slotted_body(
    item: etree._Element, bodies: set[etree._Element], slots: set[tuple[tuple[str, str], ...]]
) -> Body | None:
    """The body of an item whose name sits where its siblings' authors sit (a guest's name in a
    plain span of the user cell, vBulletin's 'Ospite_Marcello'), when no rule names it."""
    body = read_body(item, bodies, generic=True)
    if body is None or body.author is not None or body.pingback is not None or len(body.text.split()) < 2:
        return None
    paths = {e: path for e in item.iterdescendants(etree.Element) if (path := slot_path(e, item))}
    at = {path: e for e, path in reversed(paths.items())}  # (the first element at each path)
    for slot in slots:
        for cut in range(len(slot), _SLOT_LEVELS - 1, -1):  # the author's own place, else its nearest box
            if (box := at.get(slot[:cut])) is None:
                continue
            for element in box.iter(etree.Element):
                if len(element) or element.tag not in _INLINE_NAME_TAGS | {"div", "td", "dd", "p"}:
                    continue
                name = clean_author(flat_text(element))
                if _usable_name(name) and not _no_name(name):
                    body.author = _Author(element, name)
                    return body
            break
    return None


_SLOT_LEVELS = 2


_ACTION_LINE = re.compile(
    rf"^\W*(?:{REPLY_WORDS}|回复|回覆|返信|답글|edit|delete|report|share|like|quote|permalink|link|#\d*)\W*$", re.I
)
_HEAD_LINE_WORDS = 8


_AUTHOR_HEAD_WORDS = 14


def _author_head(line: str, author: str) -> bool:
    """A head line that opens with the writer's name and says what the post is ('marcoR ha
    risposto alla discussione: R: TOPIC', Kunena): no sentence of the text, which ends in a stop."""
    return (
        line.startswith(author + " ")
        and len(line.split()) <= _AUTHOR_HEAD_WORDS
        and not line.endswith((".", "!", "?", "…", "。", "！", "？"))
        and ":" in line
    )


def _dated_links_line(line: str) -> bool:
    """A date and the links of a comment's head ('4 hours ago | root | parent | next [–]', Hacker
    News): a date, then short parts between bars."""
    first, *rest = (part.strip() for part in line.split("|"))
    return (
        bool(rest)
        and all(len(part.split()) <= 2 for part in rest)
        and (date_of(first) is not None or is_relative_date(first))
    )


_TAGLINE_SIGNS = frozenset("[]()|•·")
_TAGLINE_WORDS = 14


def _tagline(line: str) -> bool:
    """A head's line of counters and signs around a relative date, no sentence ('[–] 21 points
    3 years ago (2 children)', old Reddit's tagline once its name link is elsewhere)."""
    words = line.split()
    if len(words) > _TAGLINE_WORDS or _TAGLINE_SIGNS.isdisjoint(line) or _sentence_end(line):
        return False
    return any(is_relative_date(" ".join(words[i : i + k])) for k in (2, 3, 4) for i in range(len(words) - k + 1))


def _without_head_lines(text: str, author: str | None) -> str:
    """A text without the head's lines that the generic reading took in with it: a reply
    button alone ('回复'), the date line ('febrero 11, 2023 a las 06:22 p. m.'), the author's name
    line, at the text's start or end, while a line of the text stays."""
    lines = text.split("\n\n")

    def head(line: str) -> bool:
        line = line.strip()
        if _ACTION_LINE.match(line):
            return True
        if author and clean_author(line) == author:
            return True
        if author and _author_head(line, author):
            return True
        if "|" in line and _dated_links_line(line):
            return True
        if _tagline(line):
            return True
        return len(line.split()) <= _HEAD_LINE_WORDS and date_of(line) is not None

    while len(lines) > 1 and head(lines[0]):
        del lines[0]
    while len(lines) > 1 and head(lines[-1]):
        del lines[-1]
    return "\n\n".join(lines)


def has_own_text(own: list[etree._Element]) -> bool:
    """Whether the item's own text or any text or tail of its other own elements is not blank."""
    text = own[0].text
    if text and not text.isspace():
        return True
    for element in islice(own, 1, None):
        text = element.text
        if text and not text.isspace():
            return True
        text = element.tail
        if text and not text.isspace():
            return True
    return False


def read_body(
    element: etree._Element,
    bodies: set[etree._Element],
    generic: bool,
    own: list[etree._Element] | None = None,
    attributes: Attributes | None = None,
    whole: bool = False,
) -> Body | None:
    """The body of a comment item, or None when it holds no comment: ``own`` are its own
    elements (not inside ``bodies``, the bodies found inside it), ``attributes`` what
    :func:`attributes_of` says of them, ``whole`` that they are its whole subtree."""
    if own is None:
        own = own_elements(element, bodies)
        if not has_own_text(own):
            return None
    if attributes is None:
        attributes = attributes_of(own)
    facts = attributes[0][1]  # own[0] is the element itself
    pingback_text = _may_be_pingback(element) and _PINGBACK_TEXT.match(_own_text(_pingback_line(element)))
    if (facts is not None and facts.pingback) or pingback_text:
        anchors = [e for e in own if e.tag == "a" and e.get("href") and not has_chrome(e, "edit")]
        if not anchors:
            return None
        anchor = _ping_anchor(anchors)
        title = flat_text(anchor)
        if title:
            excerpt = _excerpt(own, anchor)
            ping = Pingback(title=title, url=str(anchor.get("href")), site=_ping_site(own, anchor))
            return Body(element, None, excerpt, None, ping, own=own)
    if generic and (mention := _mention(own)) is not None:  # (read for rows beside known comments)
        return Body(element, None, "", None, mention, own=own)
    if not generic and (listed := _listed_ping(own)) is not None:  # (an item the markup calls a comment)
        return Body(element, listed[0], listed[2], _date(own, attributes), listed[1], own=own)
    author = _author(own, generic, attributes)
    published = _date(own, attributes)
    text = _text(own, author.element if author is not None else None, attributes, whole)
    if generic and "\n" in text:
        text = _without_head_lines(text, author.name if author is not None else None)
    titled = _titled_excerpt(text) if generic and author is not None and _linked_name(author) else None
    pinged = (_EXCERPT_BOTH.match(text) or titled) and (generic or _linked_name(author))
    if pinged and (linked := _excerpt_pingback(own, author, text)):
        # '<a>POST – SITE</a> DATE <p>[…] excerpt […]</p>': a pingback's excerpt under its title
        if titled:  # ('de <a>SITE</a> <p>TITLE</p><p>[…] excerpt […]</p>': Dotclear's trackbacks)
            linked = linked[0], Pingback(title=titled, url=linked[1].url, site=linked[0].name)
        return Body(element, linked[0], text, _date(own, attributes), linked[1], own=own)
    dated = published is None and _relative_dated(own)
    if author is None and not (text and (published or dated)):
        return None  # a text with a date ('3 weeks ago' too): the generic reader may find its name
    return Body(element, author, text, published, own=own, dated=dated)
