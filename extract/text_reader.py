"""Plain-text dumps of blog posts: body, rating and the indented comment thread.

Nesting is shown by indentation with numbered or bulleted items; authors
appear as ``X says:`` / ``X said...`` lines, as a short name alone on the line
before the text, or not at all.

>>> page = parse_text_page('''Review: Heat (1995)
...
... A fine film.
...
... 2 thoughts on "Review: Heat"
...
...   1. Ann says:
...
...     Loved it, Bob!
...
...     1. Thanks Ann!
... ''')
>>> [(c.id, c.author, c.parent) for c in page.comments]
[('c1', 'Ann', None), ('c2', None, 'c1')]
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from extract.authors import NOT_NAMES, infer_authors, infer_post_author, leave_reply_name
from extract.dates import WEEKDAYS, WORD, date_only, parse_date
from extract.ratings import find_rating, parse_rating
from extract.records import Page, Pingback
from extract.text_chrome import (
    cut_chrome,
    is_interface_line,
    is_menu_at,
    is_menu_word,
    is_page_footer,
    is_sidebar_heading,
    masthead_title,
    reading_meta,
    unbulleted,
)
from extract.text_heads import (
    PINGBACK,
    colon_comments,
    comment_head,
    depths,
    headed_comments,
    is_name_line,
    is_stamp,
    signed_line_comments,
    split_head,
    split_paragraphs,
)
from extract.text_thread import (
    board_post_heads,
    board_posts,
    board_thread_start,
    clean_commenter_names,
    colon_run,
    excerpt_pingbacks,
    facebook_comments,
    is_facebook_row,
    mention_parents,
    ping_head,
)
from extract.threads import LaidOutComment, assemble_thread, name_pingbacks
from extract.titles import reviewed_from_title, split_site_prefix

_COUNT_WORDS = {"no": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5}
_COMMENT_HEADER = re.compile(
    r"^\s*(\d[\d,]*|no|one|two|three|four|five)\s+"
    r"(?:thoughts?\s+on|responses?\s+to|repl(?:y|ies)\s+to|reactions?\s+to|comments?\s+on|"
    r"comments?\s*:?\s*$|comments?\s+to|"
    # a bare count of replies: "2 Responses", "3 replies", "2 Antworten", "4 réponses", "2 respuestas"
    r"(?:responses?|repl(?:y|ies)|antworten|réponses?|respuestas?|risposte|respostas?|odpowiedzi)\s*:?\s*$|"
    # Blogger's count line in de, fr, es, it, pt, nl, sv, pl: "3 Kommentare:", "4 commentaires :"
    r"(?:kommentare?|commentaires?|comentarios?|commenti|coment[aá]rios?|opmerkingen?|reacties|reactie|"
    r"kommentarer|komentarz[ey]?)\s*:?\s*$|"
    # WordPress' "N thoughts on" in other languages: "3 pensieri su", "2 réflexions au sujet de"
    r"(?:pensieri|réflexions?|gedanken|pensamientos|pensamentos|gedachten|kommentare|commentaires|comentarios|"
    r"commenti|coment[aá]rios|reacties|tankar|kommentarer)\s+(?:su|sur|au sujet de|zu|sobre|over|op|em|om|till)\b)",
    re.I,
)
_THREAD_END = re.compile(
    r"^\s*(?:leave a (?:reply|comment)|post a comment|cancel reply|add a comment|add comment\s*$|load more\.*\s*$|"
    r"your email address will not be published|newer post|older post|subscribe to:|"
    r"this site uses akismet|you must be logged in|you must log in or register|verify your comment|"
    r"previewing your comment|also on \S|"
    # WordPress' "Leave a reply" in other languages
    r"lascia un commento|laisser un commentaire|deja un comentario|deja una respuesta|schreibe einen kommentar|"
    r"deixe um comentário|deixe uma resposta|laat een reactie achter|lämna en kommentar|"
    # the same ends of a Blogger thread in other languages
    r"kommentar veröffentlichen|neuerer post|ajouter un commentaire|publier un commentaire|charger la suite|"
    r"article plus récent|publicar un comentario|entrada más reciente|posta un commento|post più recente|"
    r"postar um comentário|postagem mais recente|een reactie posten|nieuwere post)",
    re.I,
)
_END_LINE_CHARS = 120
# a thread's paging button: mid-thread ("View all comments" over them) or its end (the sidebar under it)
_MORE_BUTTON = re.compile(r"^\s*(?:load|show|view|see) (?:more|all) (?:comments|responses)\s*$", re.I)
_END_FIRST = frozenset("acdeklnopstvy")  # the first letters of the thread ends below (a test checks them)
_MARKER = re.compile(
    r"^(?P<indent> *)(?:(?P<number>\d{1,5})\.|#(?P<hash>\d{1,5})|(?P<bullet>[•*◦▪·]|-|–))\s+(?P<rest>.*)$"
)
_SAYS = re.compile(
    r"^(?P<name>[^\s].{0,60}?)\s+(?:says|said|wrote|hat gesagt|schrieb|a dit|a écrit|dijo|escribió|ha detto|"
    r"ha scritto|disse|escreveu|zei|schreef|sa|skrev|napisał[a]?|napsal[a]?|napísal[a]?|kirjoitti|írta|dedi ki|"
    r"a scris|έγραψε|написал[а]?)\s*(?::|\.\.\.|…)\s*$"
)
_SAYS_ENDS = (":", "...", "…")


def _says(line: str) -> re.Match[str] | None:
    """``_SAYS.match(line)``, without trying the pattern on lines that cannot end like it
    (a comment's text is most of the lines, and the pattern is costly on long ones)."""
    return _SAYS.match(line) if line.rstrip().endswith(_SAYS_ENDS) else None


# Typepad / Movable Type: the text first, then "Posted by: NAME | DATE" under it
_SIGNED_AFTER = re.compile(
    r"^\s*(?:posted by|publié par|écrit par|verfasst von|eingestellt von|publicado por|pubblicato da|scritto da|"
    r"geplaatst door|postat av)\s*:\s*(?P<name>[^|]{1,60}?)\s*\|\s*(?P<date>.+?)\s*$",
    re.I,
)
# MetaFilter / FanFare: each text closed by "posted by NAME at 7:55 PM on March 6, 2020 [3 favorites]"; the
# first closes the post itself (the poster's own words)
_SIGNED_AT = re.compile(
    r"^\s*posted by\s+(?P<name>\S.{0,40}?)\s+at\s+\d{1,2}[:.]\d\d\s*(?:[ap]\.?m\.?)?\s+on\s+"
    r"(?P<date>[^\[]+?)\s*(?:\[\d+ favou?rites?\])?\s*$",
    re.I,
)


def _signed(line: str) -> re.Match[str] | None:
    """The signature closing a comment's text: Typepad's 'Posted by: NAME | DATE', MetaFilter's
    'posted by NAME at TIME on DATE'."""
    if "|" in line and (signed := _SIGNED_AFTER.match(line)):
        return signed
    return _SIGNED_AT.match(line) if line.lstrip()[:6].casefold() == "posted" else None


_COMMENTS_HEADING = re.compile(
    r"^\s*(?:readers?['’]?\s+|your\s+)?"  # "Reader Responses", "Readers' comments", "Your comments"
    r"(?:comments|kommentare|commentaires|comentarios|commenti|coment[aá]rios|reacties|kommentarer|"
    # not "Replies", "Antworten", "Réponses": Blogger's label over a comment's group of replies
    r"responses|discussion)"
    r"\s*(?:\((?P<count>\d+)\))?\s*:?\s*$",
    re.I,
)
_THREAD_CHROME = re.compile(r"^\s*(?:feed\s+)?you can follow this conversation\b", re.I)
# A Disqus thread copied from the browser: "Avatar", NAME, "• 3 years ago", the text, votes, "• Reply • Share ›"
_DISQUS_TIME = re.compile(r"^\s*•\s*(?:\d+|an?|one)\s+(?:second|minute|hour|day|week|month|year)s?\s+ago\b", re.I)
_DISQUS_AVATAR = re.compile(r"^\s*avatar\s*$", re.I)
_DISQUS_CHROME = re.compile(
    r"^\s*(?:\d+|•|△|▽|△ ▽|reply|share ›|share|see more|edited|show more replies|load more comments|"
    r"hide replies|view \d+ more repl(?:y|ies)|"
    # the embed's footer under the last comment
    r"powered by disqus|subscribe|privacy|do not sell my data|add disqus to your site(?: add disqus add)?)\s*$",
    re.I,
)
_DISQUS_BADGES = re.compile(r"\s+(?:mod|moderator|guest)$", re.I)
_BYLINE = re.compile(
    r"^\s*(?:posted\s+(?:on\s+.+?\s+)?by|written\s+by|by|eingestellt\s+(?:am\s+.+?\s+)?von|"
    r"publié\s+(?:le\s+.+?\s+)?par|publicado\s+(?:(?:el|em)\s+.+?\s+)?por|pubblicato\s+(?:il\s+.+?\s+)?da|"
    r"postado\s+(?:em\s+.+?\s+)?por|geplaatst\s+(?:op\s+.+?\s+)?door|upplagd\s+(?:den\s+.+?\s+)?av)\s+"
    r"(?P<name>[^\W\d_][\w.'’\- ]{1,40}?)"  # up to a separator or a whole word "on", "at", "um", ...
    r"(?:\s*[|,]|\s+(?:on|at|in|um|à|en|alle|às|op|kl)\b|\s*$)",
    re.I,
)
_UI_LINE = re.compile(
    r"^\s*(?:reply|replies|like|liked by .*|delete|report|share this:?|loading\.\.\.|antworten|löschen|"
    r"répondre|réponses|supprimer|responder|respuestas|eliminar|rispondi|risposte|elimina|respostas|excluir|"
    r"beantwoorden|antwoorden|verwijderen|svara|svar|radera|odpowiedz|odpovědět|vastaa|válasz|yanıtla|răspunde|"
    r"ответить)\s*$",
    re.I,
)
_BOILERPLATE = re.compile(
    r"^\s*(?:this entry was posted in|bookmark the permalink|share this:|like this:|"
    r"(?:labels|etiketten|libellés|etiquetas|etichette|marcadores|labels|etiketter)\s*:|"
    r"posted at \d{1,2}[:.]\d\d\s*(?:[ap]\.?m\.?)?\s*$)",
    re.I,
)
# "August 10, 2024 · 1,204 Views", "3 May 2019 | 4 min read": a date line with the post's counters
_DATE_AND_META = re.compile(
    r"^\s*(?:[^\W\d_]+\.? \d{1,2}(?:st|nd|rd|th)?,? \d{4}|\d{1,2}\.? [^\W\d_]+\.? \d{4}|\d{4}-\d\d-\d\d)\s*[·•|–—]"
)
# a forum's thread line (XenForo): "Discussion in 'Movies' started by NAME, Mar 3, 2015."
_SUBREDDIT = re.compile(r"^r/\w+$")
_POSTED_BY_USER = re.compile(r"^\s*posted by u/(?P<name>[\w\-]+)", re.I)
_LIKES_THIS = re.compile(r"^\s*[\w.\-]+(?:(?:,\s*|,?\s+and\s+)(?:[\w.\-]+|\d+ others?))*\s+likes? this\.?\s*$")
_STARTED_BY = re.compile(r"^\s*discussion in\s.+?\sstarted by (?P<name>[^,]{1,40}),", re.I)
# Reddit's counter line over the thread: "1.4k comments · share · save"
_COUNTER_LINE = re.compile(r"^\s*(?P<count>\d[\d,.]*k?)\s+comments?\s*(?:[·•|]\s*[^\W\d_][\w ]*)+$", re.I)
# a credits line opening a page that has no title line: "With John Wayne, ...", "Directed by ..."
_CREDITS_LINE = re.compile(r"^\s*(?:with|starring|directed by|director|written by|cast)\s*:?\s+[A-Z]", re.I)
_SPOILER_WARNING = re.compile(
    r"^\s*[\[(]?\s*(?:warning\s*:?\s*)?(?:major\s+|minor\s+|mild\s+)?spoilers?(?:\s+(?:alert|ahead|warning|below))?"
    r"\s*[!.:\])]*\s*$",
    re.I,
)
_SIGNATURE = re.compile(r"^\s*[-–—~]\s*(?P<name>[^\W\d_][\w.'’\-]*(?: [^\W\d_][\w.'’\-]*){0,3})\s*$")
_PROSE_WORDS = 14  # a first line this long that ends a sentence is body, not a title
# A page widget's counter copied above the title ('Completed 0', 'Views 1,204', 'Reading time 4
# min', '4 min read'): never the title.
_COUNTER = re.compile(
    r"^\s*(?:(?:completed|progress|views?|reads|likes?|shares?|visits|hits|aufrufe|vues|visitas|visualizzazioni"
    r"|weergaven|reading time|lesezeit|temps de lecture)\s*:?\s*\d[\d,.]*\s*%?\s*(?:min(?:utes?|s)?)?"
    r"|\d[\d,.]*\s*%?\s*(?:completed|views?|reads|likes?|shares?|min(?:ute)?s?\s+read))\s*$",
    re.I,
)
_NAME_LINE = re.compile(r"^[^\W\d_][\w.'’\-]*(?: [\w.'’\-]+){0,3}$")


@dataclass(slots=True)
class _Item:
    indent: int
    number: int | None
    lines: list[str] = field(default_factory=list)
    author: str | None = None  # the writer a reply's label names
    labelled: bool = False  # a labelled reply: its text has no head of its own


def _split_sections(lines: list[str]) -> tuple[int, int, int, int, int | None]:
    """(title line, thread header line, first thread line, end of thread, stated count)."""
    title_at = _title_line(lines)
    header_at, stated = None, None
    for index in range(title_at + 1, len(lines)):
        if (match := _COMMENT_HEADER.match(lines[index])) and not _count_over_post(lines, title_at, index):
            header_at = index
            word = match.group(1).lower().replace(",", "")
            stated = _COUNT_WORDS[word] if word in _COUNT_WORDS else int(word)
            break
        if "comment" in lines[index] and (counter := _COUNTER_LINE.match(lines[index])):
            header_at, stated = index, _counter_value(counter.group("count"))
            break
    if header_at is None and (heading := _signed_thread_heading(lines, title_at)) is not None:
        header_at = heading
        if count := _COMMENTS_HEADING.match(lines[heading]).group("count"):  # type: ignore[union-attr]
            stated = int(count)
    if header_at is None and (heading := _headed_thread_heading(lines, title_at)) is not None:
        header_at = heading
        if count := _COMMENTS_HEADING.match(lines[heading]).group("count"):  # type: ignore[union-attr]
            stated = int(count)
    if header_at is None and (closing := _post_signature(lines, title_at)) is not None:
        header_at = closing  # the poster's own words end at their signature, the thread's texts follow
    if header_at is None and (second := _second_numbered_post(lines, title_at)) is not None:
        header_at = start = second  # posts numbered "#1", "#2" under their dates: #1 is the page's post
    elif header_at is None and (board := board_thread_start(lines, title_at)) is not None:
        header_at = start = board  # a board topic: the first post is the page's post, the replies its thread
    elif header_at is None and (reply := _forum_first_reply(lines, title_at)) is not None:
        header_at = start = reply  # the opening post is the page's post, the numbered replies its thread
    elif header_at is None and (numbered := _numbered_thread_start(lines, title_at)) is not None:
        header_at = start = numbered  # no header: comments numbered from 1, each a name over its date
    elif header_at is None and (run := colon_run(lines, title_at)) is not None:
        header_at = start = run[0]  # no header: one-line comments 'handle: text' end the page
        return title_at, header_at, start, run[1], None
    elif header_at is None:
        header_at = next(
            (i for i in range(title_at + 1, len(lines)) if _says(lines[i].strip())),
            len(lines),
        )
        if header_at == len(lines) and (anonymous := _anonymous_numbered_start(lines, title_at)) is not None:
            header_at = anonymous  # no header, no names: indented numbered texts at the page's end
        start = header_at
    else:
        start = header_at + 1
    if stated is None and header_at < len(lines):
        stated = _count_in_post_head(lines, title_at)  # a bare "Comments" heading: the byline's "3 Comments"
    return title_at, header_at, start, _thread_end(lines, start), stated


# "April 17, 2024 by Ann 3 Comments", "By Ann | Reviews | 5 Comments": the thread's count in the byline
_BYLINE_COUNT = re.compile(r"(?:^|\s)(\d{1,5})\s+(?:comments?|responses?|replies)\s*$", re.I)


def _count_in_post_head(lines: list[str], title_at: int) -> int | None:
    """The comment count a byline line under the title states, None when none does."""
    for line in lines[title_at + 1 : title_at + 8]:
        if not _is_prose(line) and (count := _BYLINE_COUNT.search(line.strip())):
            return int(count.group(1))
    return None


# A forum post's head (XenForo, vBulletin): the member's name, a rank, "Jan 21, 2024 #3"
_POST_NUMBER = re.compile(r"^\s*(?P<stamp>\S.{2,40}?)\s+#(?P<number>\d{1,5})\s*$")
_RANK = re.compile(
    r"^\s*(?:(?:well-known|new|senior|junior|active|established|valued|registered|premium|super)\s+)?"
    r"(?:member|moderator|administrator|admin|staff(?: member)?|newbie|veteran)\s*$",
    re.I,
)


def _post_number(line: str) -> int | None:
    """N of a forum post's dated number line ('Jan 21, 2024 #3'), None for any other line."""
    numbered = _POST_NUMBER.match(line) if "#" in line else None
    return int(numbered.group("number")) if numbered and is_stamp(numbered.group("stamp")) else None


def _post_author_line(lines: list[str], at: int) -> int:
    """The member's name line over a post's number line ``at``, past a rank line ('Well-known member')."""
    shown = [i for i in range(at - 1, max(-1, at - 6), -1) if lines[i].strip()]
    if len(shown) >= 2 and _RANK.match(lines[shown[0]]):
        return shown[1]
    return shown[0] if shown else at


def _second_numbered_post(lines: list[str], title_at: int) -> int | None:
    """The name line of post #2 when the page's posts are numbered #1, #2, ... under their dates."""
    numbered = [(i, n) for i in range(title_at + 1, len(lines)) if (n := _post_number(lines[i])) is not None]
    if len(numbered) < 2 or [n for _, n in numbered[:2]] != [1, 2]:
        return None
    return _post_author_line(lines, numbered[1][0])


def _numbered_posts(lines: list[str]) -> list[LaidOutComment]:
    """A forum's replies: each its member's name, a rank, 'DATE #N', the text ('Like Reply Report' out)."""
    numbered = [i for i, line in enumerate(lines) if _post_number(line) is not None]
    laid_out = []
    for k, at in enumerate(numbered):
        until = _post_author_line(lines, numbered[k + 1]) if k + 1 < len(numbered) else len(lines)
        text = [line.strip() for line in lines[at + 1 : until] if not is_interface_line(line)]
        body = "\n\n".join("\n".join(p) for p in split_paragraphs(text))
        stamp = _POST_NUMBER.match(lines[at]).group("stamp")  # type: ignore[union-attr]
        author = lines[_post_author_line(lines, at)].strip()
        laid_out.append(LaidOutComment(1, None, body, author=author, published=parse_date(stamp)))
    return laid_out


def _post_signature(lines: list[str], title_at: int) -> int | None:
    """The first of two or more 'posted by NAME at TIME on DATE' lines (MetaFilter): it closes the post."""
    signed = [i for i in range(title_at + 1, len(lines)) if _SIGNED_AT.match(lines[i])]
    return signed[0] if len(signed) >= 2 else None


def _count_over_post(lines: list[str], title_at: int, at: int) -> bool:
    """'4 Comments' under the post's title and byline, over its first paragraph: the post's counter, not
    the thread's header (no sentence of the post above it, one right under it)."""
    under = next((i for i in range(at + 1, len(lines)) if lines[i].strip()), None)
    if under is None or not _is_prose(lines[under]):
        return False
    return not any(_is_prose(line) for line in lines[title_at + 1 : at])


def _comment_below(lines: list[str], at: int) -> bool:
    """A commenter's 'says:' line or a comment's date under line ``at``."""
    return any(_says(line.strip()) or is_stamp(line.strip()) for line in lines[at + 1 :])


def _last_comment_head(lines: list[str], start: int) -> int | None:
    """The last line from ``start`` that heads or dates a comment ('X says:', a comment's date)."""
    return next((i for i in range(len(lines) - 1, start - 1, -1) if _comment_head_line(lines[i])), None)


def _comment_head_line(line: str) -> bool:
    """'Ann says:', a comment's date, or a name and its date on one line ('Ann Kerr 2 years ago · 0 Likes')."""
    text = line.strip()
    return _says(text) is not None or is_stamp(text) or comment_head(text) is not None


def _is_end_line(line: str) -> bool:
    """A thread-end line ('Leave a Reply', 'Post a Comment', ...)."""
    return len(line) <= _END_LINE_CHARS and line.lstrip()[:1].lower() in _END_FIRST and bool(_THREAD_END.match(line))


def _thread_end(lines: list[str], start: int) -> int:
    """The first thread-end line at or after ``start``, or the page's end. Thread ends are short lines
    opening with one of a few letters: other lines (comment text) skip the pattern. Under the last
    comment's head or date, the page's footer (a copyright line, a sidebar heading, a menu bar) ends it."""
    last_head = _last_comment_head(lines, start)
    # the Facebook plugin's comment box ('Add a comment...') sits over its comments
    last_row = next((i for i in range(len(lines) - 1, start - 1, -1) if is_facebook_row(lines[i])), -1)
    for index in range(start, len(lines)):
        line = lines[index]
        if _is_end_line(line) and index > last_row:
            return index
        if is_sidebar_heading(line):  # "Recent Posts" under the last comment: the sidebar, not the thread
            return index
        if last_head is not None and index > last_head and (is_page_footer(line) or is_menu_at(lines, index)):
            return index
        if _MORE_BUTTON.match(line) and not _comment_below(lines, index):
            return index  # "Load More Comments" with no comment under it: the rest is the page's footer
    return len(lines)


# Navigation copied above a post: "« Older post | Main | Newer post »", "← Back to Reviews", "Home | Reviews |
# About | Contact", a letter bar ("Browse by letter A B C ... Z")
_NAV_ARROWS = re.compile(
    r"^\s*[«‹←⟵◄<]+\s*(?:back|previous|prev|older|newer|home|return|zurück|retour|volver|torna)\b|[«‹].*\|.*[»›]", re.I
)
_NAV_WORDS = 4  # a menu bar's items are a few words each
_LETTERS = 10  # a letter bar has most of the alphabet
# A review database's side block above its title: "USA 1946", "Directed by", a name, "114 minutes", "Rated PG",
# "Reviewed by", a name, "4 stars"
_META_LINE = re.compile(
    r"^\s*(?:(?:directed|written|produced|reviewed|photographed|scored|edited)\s+by|\d{2,3}\s+min(?:ute)?s?\.?|"
    r"rated\s+[\w\-]{1,6}|\d(?:\.\d)?\s+stars?|[A-Z][\w.]*(?:\s[A-Z][\w.]*){0,2}(?:\s*/\s*[A-Z][\w.]*)*\s+(?:19|20)\d\d)\s*$",
    re.I,
)
_BY_LABEL = re.compile(r"\bby\s*:?\s*$", re.I)
_HEAD_LINES = 16  # the title is among the page's first lines
_LEAD_IN_WORDS = 6  # a line introducing the title ("Site Name presents:") is short
# a genre line under a post's date ("1928 silent comedy", "Horror, 2016"): the film's, not the post's title
_GENRE_LINE = re.compile(
    r"^\s*(?:(?:19|20)\d\d\s+(?:[\w\-]+\s+){0,3}(?:comedy|drama|horror|thriller|western|documentary|musical|"
    r"romance|animation|action|sci-fi|science fiction|fantasy|noir|crime|mystery|adventure|melodrama|war)"
    r"(?:\s+(?:film|movie|picture))?"
    r"|(?:comedy|drama|horror|thriller|western|documentary|musical|romance|animation|action|sci-fi|fantasy|noir|"
    r"crime|mystery|adventure)(?:\s*[,/|]\s*[\w\- ]{1,20}){0,2}\s*[,/|–—-]\s*(?:19|20)\d\d)\s*$",
    re.I,
)


def _is_nav(line: str) -> bool:
    """A navigation line copied above the post: never its title."""
    text = line.strip()
    if _NAV_ARROWS.search(text):
        return True
    if text.count("|") >= 3 and not text.endswith((".", "!", "?")):  # a menu bar: 4 items or more, each short
        return all(0 < len(part.split()) <= _NAV_WORDS for part in text.split("|"))
    return sum(1 for word in text.split() if len(word) == 1 and word.isupper()) >= _LETTERS


def _meta_block_end(lines: list[str], at: int) -> int | None:
    """The line after a side block of credits and ratings that opens the page (two label lines or more,
    each label's name under it), None when ``at`` opens no such block."""
    shown = [i for i in range(at, min(len(lines), at + _HEAD_LINES)) if lines[i].strip()]
    labels, k = 0, 0
    while k < len(shown) and _META_LINE.match(lines[shown[k]]):
        labels += 1
        by = _BY_LABEL.search(lines[shown[k]]) is not None
        k += 2 if by and k + 1 < len(shown) and is_name_line(lines[shown[k + 1]]) else 1
    if labels < 2 or k >= len(shown) or _is_prose(lines[shown[k]]):
        return None
    return shown[k]


_DOMAIN = re.compile(r"^\s*(?:www\.)?[a-z0-9\-]+(?:\.[a-z0-9\-]+)*\.[a-z]{2,12}\s*$", re.I)  # "site.com"


def _title_line(lines: list[str]) -> int:
    """The first line that can be the title: not a widget's counter, a navigation line, or a side block of
    credits above the title; under a blog's masthead (name, tagline, menu), the post's headline."""
    if (masthead := masthead_title(lines)) is not None:
        return masthead[0]
    for at, line in enumerate(lines[:_HEAD_LINES]):
        if not line.strip() or _COUNTER.match(line) or _is_nav(line) or is_interface_line(line):
            continue  # "Skip to main content", "Search This Blog", a counter, a menu bar: never the title
        if _DOMAIN.match(line):
            continue  # a reader view's first line: the site's address
        if line.rstrip().endswith(":") and len(line.split()) <= _LEAD_IN_WORDS:  # "Bantha Burger Reviews presents:"
            under = next((i for i in range(at + 1, min(len(lines), at + 3)) if lines[i].strip()), None)
            if under is not None and not _is_prose(lines[under]) and not lines[under].rstrip().endswith(":"):
                return under
        block_end = _meta_block_end(lines, at) if _META_LINE.match(line) else None
        return at if block_end is None else block_end
    return next((i for i, line in enumerate(lines) if line.strip()), 0)


def _numbered_head(lines: list[str], at: int) -> int | None:
    """The number of a numbered comment head at line ``at`` ('1. NAME' over a date line, '2. NAME on
    DATE'), None when the line is no such head (a numbered list in the post names films, not
    commenters over their dates)."""
    marker = _MARKER.match(lines[at])
    numeral = marker.group("number") or marker.group("hash") if marker is not None else None
    if marker is None or not numeral or date_only(lines[at].strip()):
        return None
    name, published = split_head(marker.group("rest"))
    if not is_name_line(name):
        return None
    if published is None:
        under = next((i for i in range(at + 1, min(at + 3, len(lines))) if lines[i].strip()), None)
        if under is None or not is_stamp(lines[under]):
            return None
    return int(numeral)


def _numbered_thread_start(lines: list[str], title_at: int) -> int | None:
    """Where a thread with no header starts: its first comment head numbered 1, with a head
    numbered 2 after it."""
    first = None
    for at in range(title_at + 1, len(lines)):
        if not lines[at].lstrip()[:1].isdigit() and not lines[at].lstrip().startswith("#"):
            continue
        number = _numbered_head(lines, at)
        if number == 1 and first is None:
            first = at
        elif number == 2 and first is not None:
            return first
    return None


_ANONYMOUS_WORDS = 6  # an item of an anonymous thread is a sentence or more, not a title


def _anonymous_numbered_start(lines: list[str], title_at: int) -> int | None:
    """Where a thread of unsigned comments copied from a numbered list starts: indented items
    numbered 1, 2, 3... that run to the end of the page, each a text of a sentence or more (a
    'Movies like X:' list of titles above them is the post's)."""
    first: int | None = None
    for at in range(len(lines) - 1, title_at, -1):  # from the end: the run must reach it
        line = lines[at]
        if not line.strip():
            continue
        marker = _MARKER.match(line)
        if marker is None or not marker.group("number"):
            if marker is None and line.startswith("  "):
                continue  # a continuation line of an item
            break
        if not marker.group("indent") or len(marker.group("rest").split()) < _ANONYMOUS_WORDS:
            return None
        first = at
        if int(marker.group("number")) == 1:
            break
    if first is None or (marker := _MARKER.match(lines[first])) is None or marker.group("number") != "1":
        return None
    numbers = [int(m.group("number")) for line in lines[first:] if (m := _MARKER.match(line)) and m.group("number")]
    return first if len(numbers) >= 2 and numbers == list(range(1, len(numbers) + 1)) else None


def _signed_thread_heading(lines: list[str], title_at: int) -> int | None:
    """The 'Comments' heading above a thread whose comments are signed after their text
    (``Posted by: NAME | DATE``, Typepad and Movable Type)."""
    signed = next(
        (i for i in range(title_at + 1, len(lines)) if "|" in lines[i] and _SIGNED_AFTER.match(lines[i])), None
    )
    if signed is None:
        return None
    return next((i for i in range(signed - 1, title_at, -1) if _COMMENTS_HEADING.match(lines[i])), None)


def _counter_value(count: str) -> int:
    """ "1.4k" -> 1400, "1,204" -> 1204."""
    count = count.lower().replace(",", "")
    return round(float(count[:-1]) * 1000) if count.endswith("k") else int(float(count))


def _forum_first_reply(lines: list[str], title_at: int) -> int | None:
    """The line of reply 2 in a forum thread copied as text: a 'Discussion in ... started by
    NAME' line, then posts numbered 1, 2, ... of which the first is the thread's opening post."""
    started = next((i for i in range(title_at, min(len(lines), title_at + 12)) if _STARTED_BY.match(lines[i])), None)
    if started is None:
        return None
    numbers: dict[int, int] = {}
    for index in range(started + 1, len(lines)):
        if (marker := _MARKER.match(lines[index])) and marker.group("number"):
            numbers.setdefault(int(marker.group("number")), index)
    return numbers[2] if 1 in numbers and 2 in numbers and numbers[1] < numbers[2] else None


def _headed_thread_heading(lines: list[str], title_at: int) -> int | None:
    """The last bare 'Comments' heading, when what follows it is a thread of headed comments
    (a name and a date, or user names, opening each comment) and holds no 'X says:' line."""
    heading = next((i for i in range(len(lines) - 1, title_at, -1) if _COMMENTS_HEADING.match(lines[i])), None)
    if heading is None or any(_says(line.strip()) for line in lines[heading + 1 :]):
        return None
    if headed_comments(lines[heading + 1 :]) or signed_line_comments(lines[heading + 1 :]):
        return heading
    counted = _COMMENTS_HEADING.match(lines[heading]).group("count")  # type: ignore[union-attr]
    return heading if counted and colon_comments(lines[heading + 1 :]) else None  # "Comments (3)" / "Ann: text"


def _signed_after_comments(lines: list[str]) -> list[LaidOutComment]:
    """Comments whose signature line follows their text; text after the last one is not a comment."""
    laid_out: list[LaidOutComment] = []
    text: list[str] = []
    for line in lines:
        if signed := _signed(line):
            body = "\n\n".join("\n".join(p) for p in split_paragraphs(text))
            if body:
                name = signed.group("name").strip()
                laid_out.append(LaidOutComment(1, None, body, author=name, published=parse_date(signed.group("date"))))
            text = []
        elif not (_THREAD_CHROME.match(line) or _UI_LINE.match(line)):
            text.append(line.strip())
    return laid_out


def _disqus_comments(lines: list[str]) -> list[LaidOutComment]:
    """A Disqus thread copied as text: each comment opens with 'Avatar', its name line (a
    reply adds a 'Mod' badge and the replied-to name after two spaces) and '• N units ago';
    nesting is the indentation of those lines."""
    starts = [
        i
        for i in range(len(lines) - 2)
        if _DISQUS_AVATAR.match(lines[i]) and lines[i + 1].strip() and _DISQUS_TIME.match(lines[i + 2])
    ]
    items: list[_Item] = []
    names: list[str] = []
    for index, at in enumerate(starts):
        until = starts[index + 1] if index + 1 < len(starts) else len(lines)
        name_line = lines[at + 1]
        name = _DISQUS_BADGES.sub("", re.split(r"\s{2,}", name_line.strip())[0]).strip()
        body = [line.strip() for line in lines[at + 3 : until] if not _DISQUS_CHROME.match(line)]
        items.append(_Item(len(name_line) - len(name_line.lstrip(" ")), None, body))
        names.append(name)
    return [
        LaidOutComment(
            depth, None, "\n\n".join("\n".join(p) for p in split_paragraphs(item.lines)), author=name or None
        )
        for item, depth, name in zip(items, depths([item.indent for item in items]), names, strict=True)
    ]


def _tagline_over_post_head(lines: list[str], shown: list[int]) -> bool:
    """The blog's name, then its tagline written as a sentence or two, then the post's date header or its
    headline over a byline: the second line is the masthead's tagline, not the body's first sentence."""
    if len(shown) < 4 or _is_prose(lines[shown[2]]):
        return False
    if _date_line(lines[shown[2]]):
        return True
    byline = _BYLINE.match(lines[shown[3]]) is not None and not _FOOTER_TIME.match(lines[shown[3]])
    return byline and parse_rating(lines[shown[2]]) is None  # not a short post's score over its footer


# Blogger's post footer, under the post: "Posted by NAME at 9:00 AM"
_FOOTER_TIME = re.compile(r"^\s*posted by\s.{1,40}?\s(?:at|@)\s\d{1,2}[:.]\d\d\b", re.I)


# Blogger's date header on a blog whose posts are all from one year: "Sunday, September 8"
_YEARLESS_DATE = re.compile(
    r"^\s*[^\W\d_]+day,\s+[^\W\d_]+\.?\s+\d{1,2}\s*$|^\s*[^\W\d_]+day,\s+\d{1,2}\.?\s+[^\W\d_]+\s*$"
)


def _date_line(line: str) -> bool:
    """A post's date on its own line, with or without its year ("- March 22, 2024", "Sunday, September 8")."""
    text = line.strip().lstrip("-–— ").strip()
    return bool(date_only(text)) or (_YEARLESS_DATE.match(text) is not None and _weekday_first(text))


def _headline_over_date(lines: list[str], shown: list[int], k: int) -> tuple[int, str | None] | None:
    """(headline, date) of a blog's name and tagline over the headline, its date under it and the post
    under the date; None when the line over the date is a sentence, a date, the writer's name, or when
    a score stands above it (a user review's headline under the film's title and its score)."""
    above = shown[k - 1]
    text = lines[above].strip()
    if text.endswith(".") or _is_prose(text) or date_only(text) or is_name_line(unbulleted(text)):
        return None  # "- Marta Quill" over "- Aug 30, 2024": a meta list's writer, not a headline
    if any(parse_rating(lines[i]) is not None for i in shown[: k - 1]):
        return None
    return above, parse_date(lines[shown[k]].strip().lstrip("-–— "))


def _title_anchor(lines: list[str], title_at: int, header_at: int) -> tuple[int, str | None] | None:
    """Where the title is when blog-header lines come first: the line above the post's
    byline (``Posted on DATE by NAME``, ``Pubblicato il DATE da NAME``), or the line under a
    date header that follows two or more header lines (Typepad's and Blogger's date header).
    Only a byline among the first four lines heads the post (below a short body it ends it).
    Returns (title line, the date header's date)."""
    shown = [i for i in range(title_at, header_at) if lines[i].strip() and not is_interface_line(lines[i])][:8]
    for k, at in enumerate(shown):
        if _is_prose(lines[at]) and not (k == 1 and _tagline_over_post_head(lines, shown)):
            return None  # the body has begun: a byline under it ends the post, it heads nothing
        if 2 <= k <= 3 and k + 1 < len(shown) and _is_prose(lines[shown[k + 1]]) and _date_line(lines[at]):
            return _headline_over_date(lines, shown, k)
        if 2 <= k <= 5 and _STARTED_BY.match(lines[at]):  # a forum thread's title over its "started by" line
            return (shown[k - 1], None) if not _is_prose(lines[shown[k - 1]]) else None
        if 1 <= k <= 3 and _BYLINE.match(lines[at]):
            j = shown[k - 1]
            if (date_only(lines[j]) or _DATE_AND_META.match(lines[j])) and k >= 2:
                j = shown[k - 2]
            sentence = lines[j].rstrip().endswith(".")
            return (j, None) if j != title_at and not sentence and not _is_prose(lines[j]) else None
        if k >= 2 and k + 2 < len(shown) and _date_line(lines[at]):
            after = shown[k + 1]
            if _SPOILER_WARNING.match(lines[after]):  # a warning under the date heads the text, it names nothing
                after = shown[k + 2]
            heading = lines[after].rstrip().endswith(":")  # "March 2020:" introduces text, it titles nothing
            counter = _COUNTER.match(lines[after])  # "Completed 0" under the date is a widget's, not a title
            if not _is_prose(lines[after]) and not date_only(lines[after]) and not heading and not counter:
                return after, parse_date(lines[at])
    return None


# A reply written into the comment it answers, as a paragraph of its own under a label: "Reply from
# the blogger: ...", "Author's reply: ...", "Antwort von Ann: ..."
_REPLY_LABEL = re.compile(
    r"^(?:(?:reply|response|answer|antwort|réponse|respuesta|risposta|resposta|antwoord|svar)\s+"
    r"(?:from|by|von|de|du|par|di|da|van|door|av|fra)\s+(?P<name>[^:]{1,40}?)"
    r"|(?P<owner>[^:]{1,30}?)['’]s\s+(?:reply|response|answer)"
    r"|(?:author|blogger|admin|moderator|owner)\s+(?:reply|response))\s*:\s*(?P<text>.*)$",
    re.I,
)
# the post's own writer named by a role, not a name ("Reply from the blogger:")
_ROLE_NAMES = re.compile(
    r"^(?:the\s+)?(?:blogger|author|admin|administrator|moderator|editor|webmaster|owner|host|reviewer|"
    r"blog\s+(?:author|owner)|site\s+owner|autor(?:in)?|auteur|autore)$",
    re.I,
)


def _reply_label(line: str) -> tuple[str | None, str] | None:
    """(writer or None for the post's own writer, text) of a labelled reply paragraph."""
    if ":" not in line[:60] or (label := _REPLY_LABEL.match(line)) is None:
        return None
    name = (label.group("name") or label.group("owner") or "").strip()
    return (None if not name or _ROLE_NAMES.match(name) else name), label.group("text").strip()


def _opens_colon_run(lines: list[str], start: int) -> bool:
    """Whether a run of one-line comments 'handle: text' opens at ``start``."""
    return start > 0 and (run := colon_run(lines, start - 1)) is not None and run[0] == start


def _head_says(lines: list[str], at: int) -> re.Match[str] | None:
    """'NAME says:' at ``at``, or a ping's long 'TITLE – SITE says:' over its excerpt."""
    line = lines[at].strip()
    return _says(line) or ping_head(line, lines[at + 1 : at + 6])


def _items(lines: list[str]) -> list[_Item]:
    items: list[_Item] = []
    after_blank = False
    for at, line in enumerate(lines):
        stripped = line.strip()
        indent = len(line) - len(line.lstrip(" "))
        opens_paragraph, after_blank = after_blank, not stripped
        if items and opens_paragraph and indent > items[-1].indent and (reply := _reply_label(stripped)):
            items.append(_Item(indent, None, [reply[1]], author=reply[0], labelled=True))  # a reply in the comment
            continue
        marker = _MARKER.match(line)
        if marker and marker.group("hash") and split_head(marker.group("rest"))[1] is None:
            marker = None  # '#2 is my favourite': a numbered head only when a name and a date follow
        if marker and not (marker.group("number") and date_only(stripped)):  # "10. März 2021" is a date
            numeral = marker.group("number") or marker.group("hash")
            number = int(numeral) if numeral else None
            items.append(_Item(len(marker.group("indent")), number, [marker.group("rest")]))
        elif _head_says(lines, at) or (items and opens_paragraph and PINGBACK.match(stripped)):
            items.append(_Item(indent, None, [stripped]))  # 'Ann says:', or 'Pingback: TITLE | SITE' under a comment
        elif items:
            items[-1].lines.append(stripped)
    return items


def _looks_like_name_line(paragraph: list[str]) -> bool:
    if len(paragraph) != 1:
        return False
    line = paragraph[0]
    if len(line) > 40 or not _NAME_LINE.match(line) or line.endswith(("!", "?", ",")):
        return False
    words = line.split()
    if line.endswith(".") and not (len(words[-1]) == 2 and words[-1][0].isupper()):
        return False
    return words[0].casefold() not in NOT_NAMES


_UI_CHARS = 20  # an interface line is a word or two ('Reply', 'Share this:'), or 'Liked by ...'


def _ui_line(line: str) -> bool:
    """``_UI_LINE.match(line)`` on a stripped line, without trying the pattern on text lines."""
    return (len(line) <= _UI_CHARS or line[:8].lower() == "liked by") and _UI_LINE.match(line) is not None


def _laid_out(item: _Item, depth: int) -> LaidOutComment | None:
    lines = [line for line in item.lines if not _ui_line(line)]
    author = item.author
    published = None
    while lines and not lines[0]:
        lines.pop(0)
    if item.labelled:
        pass  # its label named the writer, its text follows the label
    elif lines and (says := _head_says(lines, 0)):
        author, published = split_head(says.group("name"))
        lines.pop(0)
    elif len(lines) > 1 and is_name_line(lines[0]) and is_stamp(lines[1]):  # "1. NAME" / DATE / text
        author, published = lines[0], parse_date(lines[1])
        del lines[:2]
    elif lines and item.number is not None and (head := split_head(lines[0]))[1] and is_name_line(head[0]):
        author, published = head  # "1. NAME on DATE" / text
        lines.pop(0)
    elif lines and item.number is None and (bulleted := comment_head(lines[0])) is not None:
        author, published = bulleted  # "• NAME · DATE" / text, "- NAME says: DATE" / text
        lines.pop(0)
    while lines and not lines[0]:
        lines.pop(0)
    if lines and date_only(lines[0]):
        stamp = lines.pop(0)
        published = published or parse_date(stamp)
    paragraphs = split_paragraphs(lines)
    if paragraphs and date_only(paragraphs[-1][-1]):
        published = published or parse_date(paragraphs[-1].pop())
        paragraphs = [p for p in paragraphs if p]
    if author is None and not item.labelled and len(paragraphs) > 1 and _looks_like_name_line(paragraphs[0]):
        author = paragraphs.pop(0)[0]
    if author and len(paragraphs) > 1 and _is_user_title(paragraphs[0], author):  # "NAME Well-Known Member"
        paragraphs.pop(0)
    if any(line.endswith(("this.", "this")) for p in paragraphs for line in p):  # "A and B like this."
        paragraphs = [[line for line in p if not _LIKES_THIS.match(line)] for p in paragraphs]
        paragraphs = [p for p in paragraphs if p]
    text = "\n\n".join("\n".join(p) for p in paragraphs)
    if ping := PINGBACK.match(text):
        return LaidOutComment(depth, item.number, "", pingback=Pingback(title=ping.group("rest")))
    return LaidOutComment(depth, item.number, text, author=author, published=published)


def _reddit_title(lines: list[str], title_at: int, header_at: int) -> tuple[int, str] | None:
    """(the title line, the poster) under a subreddit's 'Posted by u/NAME' line."""
    shown = [i for i in range(title_at + 1, min(header_at, title_at + 8)) if lines[i].strip()]
    for k, at in enumerate(shown[:-1]):
        if posted := _POSTED_BY_USER.match(lines[at]):
            return shown[k + 1], "u/" + posted.group("name")
    return None


def _forum_opener(body: list[str]) -> str | None:
    """The name in a forum thread's 'started by NAME' line."""
    return next((m.group("name").strip() for line in body[:8] if (m := _STARTED_BY.match(line))), None)


def _forum_chrome(line: str, opener: str) -> bool:
    """The opening post's number, name and rank lines, and its 'X and Y like this.' line."""
    marker = _MARKER.match(line)
    rest = marker.group("rest") if marker and marker.group("number") else line
    forum_head = _RANK.match(line) is not None or _post_number(line) is not None  # "Member", "Jan 21, 2024 #1"
    forum_head = forum_head or _STARTED_BY.match(line) is not None  # "Discussion in 'Films' started by NAME, ..."
    return rest == opener or _is_user_title([rest], opener) or bool(_LIKES_THIS.match(line)) or forum_head


def _is_user_title(paragraph: list[str], author: str) -> bool:
    """A forum post's name line with the member's rank after it ("gearjammer Well-Known Member")."""
    line = paragraph[0]
    rest = line[len(author) :].split()
    return len(paragraph) == 1 and line.startswith(author + " ") and 0 < len(rest) <= 4 and line[-1] not in ".!?"


def _weekday_first(line: str) -> bool:
    words = WORD.findall(line.casefold())
    return bool(words) and words[0] in WEEKDAYS


def _is_prose(line: str) -> bool:
    """A line that reads as the body's first sentence rather than a title."""
    text = line.strip()
    return len(text) > 120 or (len(text.split()) >= _PROSE_WORDS and text[-1] in ".!?…")


def _signature(body: list[str]) -> str | None:
    """The name of a closing ``-Name`` signature, removed from ``body``."""
    last = next((i for i in range(len(body) - 1, -1, -1) if body[i]), None)
    if last is None or not (match := _SIGNATURE.match(body[last])):
        return None
    name = match.group("name").strip()
    if not name[0].isupper() or name.split()[0].casefold() in NOT_NAMES:
        return None
    del body[last]
    return name


def _cut_reading_meta(body: list[str]) -> tuple[list[str], str | None, str | None]:
    """The body without the meta list that opens it (writer, date, reading time: ``reading_meta``), or that
    stands under the headline's deck (a subtitle line), and the writer and the date it gives."""
    deck = next((i for i, line in enumerate(body) if line.strip()), None)
    if (meta := reading_meta(body)) is not None:
        end, author, date = meta
        return body[end:], author, parse_date(date) if date else None
    if deck is None or _is_prose(body[deck]) or (meta := reading_meta(body[deck + 1 :])) is None:
        return body, None, None
    end, author, date = meta  # under the headline's deck ("Two cooks, one cart ..."), the deck stays
    return body[: deck + 1] + body[deck + 1 + end :], author, parse_date(date) if date else None


def _byline(body: list[str]) -> tuple[str | None, str | None]:
    """(author, date) from a ``Posted on DATE by NAME`` or ``Posted by NAME at TIME`` line."""
    for line in body[:6] + body[-4:]:
        if match := _BYLINE.match(line) or _STARTED_BY.match(line):
            return match.group("name").strip(), parse_date(line)
    return None, None


@dataclass(slots=True)
class _PostHead:
    """Where the post starts: its title, the title's line, the body's first line, the blog's name, the
    date header's date, the poster a forum's line names."""

    title: str
    title_at: int
    body_at: int
    blog_name: str | None = None
    date_header: str | None = None
    poster: str | None = None


def _post_head(lines: list[str], title_at: int, header_at: int) -> _PostHead:
    """The post's title and where its body starts, past a masthead, a credits line, a subreddit's
    header, blog-header lines or a date header."""
    title = " ".join(lines[title_at].split()) if lines else ""
    body_at, date_header, blog_name, poster = title_at + 1, None, None, None
    if _CREDITS_LINE.match(title) and "," in title:  # the page has no title line: its credits open it
        title, body_at = "", title_at
    elif _SUBREDDIT.match(title) and (posted := _reddit_title(lines, title_at, header_at)) is not None:
        blog_name, (title_at, poster) = title, posted  # "r/movies", "Posted by u/NAME · 2y", the post's title
        title, body_at = " ".join(lines[title_at].split()), title_at + 1
    if (masthead := masthead_title(lines)) is not None:
        blog_name = masthead[1] or None
    elif (anchor := _title_anchor(lines, title_at, header_at)) is not None:
        blog_name = title
        title_at, date_header = anchor
        title, body_at = " ".join(lines[title_at].split()), title_at + 1
    second = next((i for i in range(title_at + 1, header_at) if lines[i].strip()), None)
    third = next((i for i in range(second + 1, header_at) if lines[i].strip()), None) if second is not None else None
    if (
        blog_name is None
        and second is not None
        and third is not None
        and _weekday_first(lines[second])
        and date_only(lines[second])
        and not _is_prose(lines[third])
        and parse_rating(lines[third]) is None  # "Rating: 3/5" under the date: the post's rating, not its title
        and not _GENRE_LINE.match(lines[third])  # title, date, "1928 silent comedy"
    ):  # blog name, date header, post title (a post title, date, then prose is a title and its date)
        blog_name, title, title_at = title, " ".join(lines[second].split()), second
    if date_only(title):  # Blogger's date header: the post's date, above its title
        after = next((i for i in range(title_at + 1, header_at) if lines[i].strip()), None)
        if after is not None:
            date_header = parse_date(title)
            title, body_at = ("", after) if _is_prose(lines[after]) else (" ".join(lines[after].split()), after + 1)
    if blog_name is not None and is_menu_word(blog_name):
        blog_name = None  # a mobile view's "Home" over the headline: a menu, not the blog's name
    return _PostHead(title, title_at, body_at, blog_name, date_header, poster)


def _thread_comments(
    lines: list[str], header_at: int, start: int, end: int, stated: int | None
) -> list[LaidOutComment]:
    """The thread's comments, laid out by the form the thread takes (signed, Disqus, indented items,
    headed, signed lines, one per line under a count)."""
    thread = lines[start:end]
    if start > header_at and any(_signed(line) for line in thread):
        laid_out = _signed_after_comments(thread)
    elif any(_post_number(line) is not None for line in thread):
        laid_out = _numbered_posts(thread)
    elif (heads := board_post_heads(thread)) and heads[0] <= 2:  # a board topic's replies, each 'Post by X » DATE'
        laid_out = board_posts(thread)
    elif any("ago" in line and _DISQUS_TIME.match(line) for line in thread):
        laid_out = _disqus_comments(thread)
    elif any(is_facebook_row(line) for line in thread):
        laid_out = facebook_comments(thread)
    else:
        items = _items(lines[header_at + (1 if stated is not None else 0) : end])
        laid_out = [
            comment
            for item, depth in zip(items, depths([item.indent for item in items]), strict=True)
            if (comment := _laid_out(item, depth)) is not None
        ]
        if not items:
            laid_out = headed_comments(thread) or (signed_line_comments(thread) if start > header_at else [])
        counted = stated is not None and start > header_at
        if not items and not laid_out and (counted or _opens_colon_run(lines, start)):
            laid_out = colon_comments(thread)  # one comment a line, "Name: text", under a count or in a run
    clean_commenter_names(laid_out)
    excerpt_pingbacks(laid_out)
    return laid_out


def _flat_layout(thread: list[str], start: int, header_at: int) -> bool:
    """A thread of an engine that never nests (forum posts numbered '#N', Blogger's 'NAME said...',
    one-line 'handle: text' runs): an '@NAME' opening a comment there gives it no parent."""
    if start == header_at and thread and not _says(thread[0].strip()):
        return True  # a forum's numbered replies, an anonymous numbered list, a one-line comment run
    return any(line.rstrip().endswith(("...", "…")) and _says(line.strip()) for line in thread)


def parse_text_page(text: str, source: str = "<text>") -> Page:
    """Parse a plain-text page dump into a :class:`Page`."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").expandtabs(4).split("\n")
    title_at, header_at, start, end, stated = _split_sections(lines)
    head = _post_head(lines, title_at, header_at)
    title, title_at, body_at = head.title, head.title_at, head.body_at
    blog_name, date_header, poster = head.blog_name, head.date_header, head.poster
    body_lines, meta_author, meta_date = _cut_reading_meta([line.strip() for line in lines[body_at:header_at]])
    byline_author, byline_date = _byline(body_lines)
    byline_author, byline_date = byline_author or meta_author, byline_date or meta_date
    head_lines = body_lines[:3]
    body_lines, chrome = cut_chrome(body_lines)
    body_lines = [line for line in body_lines if not _BOILERPLATE.match(line)]
    if start == header_at and header_at < len(lines) and (opener := _forum_opener(body_lines)):
        body_lines = [line for line in body_lines if not _forum_chrome(line, opener)]
    signature = _signature(body_lines)
    if header_at < len(lines) and (closing := _SIGNED_AT.match(lines[header_at])):
        signature = signature or closing.group("name")  # MetaFilter: the poster signs the post's end
    title_site, title_for_work = split_site_prefix(title)
    laid_out = _thread_comments(lines, header_at, start, end, stated)
    name_pingbacks(laid_out)
    pingbacks = [c.pingback for c in laid_out if c.pingback is not None]
    comments = assemble_thread(laid_out)
    if not _flat_layout(lines[start:end], start, header_at):
        mention_parents(comments)
    stated_author = byline_author or poster or signature or leave_reply_name(lines[end:])
    post_author = infer_post_author(comments, stated_author)
    infer_authors(comments, post_author)
    site = next(
        (p.site for p in pingbacks if p.site and p.site.split()[0].casefold() in title.casefold()),
        title_site or blog_name,
    )
    published = date_header or byline_date or next((parse_date(line) for line in head_lines if date_only(line)), None)
    body = "\n\n".join("\n".join(p) for p in split_paragraphs(body_lines))
    return Page(
        source=source,
        format="text",
        title=title,
        site=site,
        author=post_author,
        published=published,
        rating=find_rating(body_lines, title, head=lines[:title_at]),  # "7/10" above a user review's headline
        reviewed=reviewed_from_title(title_for_work),
        comment_count_stated=stated,
        body=body,
        comments=comments,
        chrome=chrome,
    )
