"""The post's own metadata in an HTML page: title, author, date and the stated comment count.

Read from the page's markup (JSON-LD and microdata first, then ``og:``/``article:`` meta
tags, the engines' title, byline and date elements, Blogger's date header, a ``by X``
byline), never from the comments: every lookup skips the comment zone.

>>> from lxml import html
>>> tree = html.fromstring('<div><h3 class="comments-title">Zwei Kommentare</h3>'
...     '<h2>23 Responses to “Heat”</h2></div>')
>>> stated_count(tree, set())
2
>>> count_in("One thought on “Heat”"), count_in("Kommentare (4)"), count_in("5 comentarios")
(1, 4, 5)
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import islice

from lxml import etree

from extract import selectors as sel
from extract.comment_markup import classes, clean_author, name_of
from extract.date_forms import any_date
from extract.dates import is_relative_date, parse_date
from extract.html_text import element_text

_NUMBER_WORDS = {
    **dict.fromkeys(("one", "un", "une", "ein", "eine", "einen", "uno", "una", "um", "uma", "een", "één", "eén"), 1),
    **dict.fromkeys(("two", "deux", "zwei", "dos", "due", "dois", "duas", "twee"), 2),
    **dict.fromkeys(("three", "trois", "drei", "tres", "tre", "três", "drie"), 3),
    **dict.fromkeys(("four", "quatre", "vier", "cuatro", "quattro", "quatro"), 4),
    **dict.fromkeys(("five", "cinq", "fünf", "cinco", "cinque", "vijf"), 5),
    **dict.fromkeys(("six", "sechs", "seis", "sei", "zes"), 6),
    **dict.fromkeys(("seven", "sept", "sieben", "siete", "sette", "sete", "zeven"), 7),
    **dict.fromkeys(("eight", "huit", "acht", "ocho", "otto", "oito"), 8),
    **dict.fromkeys(("nine", "neuf", "neun", "nueve", "nove", "negen"), 9),
    **dict.fromkeys(("ten", "dix", "zehn", "diez", "dieci", "dez", "tien"), 10),
}
# Words for 'one' that are also articles: a count only where they open the text.
_ARTICLES = frozenset({"un", "une", "ein", "eine", "einen", "uno", "una", "um", "uma", "een"})
_NUMBER = r"(\d[\d.,]*|" + "|".join(sorted(_NUMBER_WORDS, key=len, reverse=True)) + ")"
_NOUN = (
    r"(?:thoughts?|responses?|comments?|replies|reply|reactions?|réponses?|commentaires?|messages?"
    r"|kommentare?|antworten|gedanken?|reaktionen|comentarios?|respuestas?|commenti|commento|risposte|risposta"
    r"|pensieri|pensiero|comentários?|respostas?|reacties|reactie|opmerkingen|réflexions?|pensamientos?"
    r"|gedachten|gedachte|meinungen|avis|opiniones|opinión|opinioni|opinione|opiniões|opinião|kommentarer|komentarzy|komentarze|komentarz|komentářů|komentáře|komentář"
    r"|комментари(?:ев|й|я|и)|отзыв(?:ов|а|ы)?|ответ(?:ов|а|ы)?|webmentions?|mentions?|wzmian(?:ki|ek|ka)"
    # replies and comments in more languages: pl, cs, sk, hu, fi, sv/da/no, ro, tr, el, ca
    r"|odpowiedzi|odpowiedź|odpowiedz|odpovědí|odpovědi|odpověď|komentárov|komentáre|komentár|hozzászólás(?:ok)?"
    r"|kommenttia|kommenttiä|kommentti|kommentit|vastausta|kommentarer|kommentar|svar|comentarii|comentariu"
    r"|yorum(?:lar)?|σχόλια|σχόλιο|comentaris|comentari"
    # reactions in the Romance languages; uk, et, lv
    r"|réactions?|reacciones|reacción|reações|reação|reazioni|reazione|коментар(?:і|ів|я)?|kommentaar(?:i|e)?"
    r"|komentār(?:i|s|u))"
)
_COUNT_BEFORE = re.compile(rf"(?<![\w]){_NUMBER}\s+{_NOUN}\b", re.I)
_COUNT_AFTER = re.compile(rf"\b{_NOUN}\s*[(:\[]\s*(\d+)\s*[)\]]?", re.I)  # ('Comments [6]', Roller)
# a heading that is the noun and a bare number: 'Responses 5' (a count badge after the word)
_COUNT_TRAILING = re.compile(rf"^\s*{_NOUN}\s+(\d+)\s*$", re.I)
# Chinese, Japanese and Korean: '3 条评论', '12 則留言', '3 件のコメント', '댓글 3', '评论 (3)'.
_CJK_NOUN = r"(?:评论|評論|留言|回复|回覆|コメント|댓글)"
# (Korean writes the number after '댓글', or '3개의 댓글': '추천 수 12 댓글 3' counts 3)
_COUNT_CJK_BEFORE = re.compile(
    r"(?<!\d)(\d+)\s*(?:(?:条|條|則|则|篇|个|個|件の?)\s*)?(?:评论|評論|留言|回复|回覆|コメント)|(?<!\d)(\d+)\s*개의?\s*댓글"
)
_COUNT_CJK_AFTER = re.compile(rf"{_CJK_NOUN}\s*[(:（：]?\s*(\d+)")
_COUNT_CLASS_PARTS = (
    "comments-title",
    "comment-count",
    "comments-count",
    "comments__count",
    "commentcount",
    "totalcomments",
    "thread-info",
    "forum-total",
    "comment-reply-title",
    "comments-header",
    "reactions-title",
    "talk-head",
)
_BYLINE_BEFORE = re.compile(
    r"(?:^|\s)(?:posted by|written by|publicado por|postado por|pubblicato da|scritto da|inviato da|postato da"
    r"|by|von|par|por|di|door|przez|av|af|author:"
    # forums name the thread's starter in the page header ('Thread starter X', 'Przez X')
    r"|thread starter|topic starter|started by|iniciado por|gestartet von|démarré par|aperto da|autor wątku"
    r"|autor tématu|autor:|автор:?|написал[а]?)\s*$",
    re.I,
)
_TITLE_SEPARATORS = re.compile(r"\s+(?:[|»«·–—]|-|::)\s+")
_CHROME_PARTS = ("header", "branding", "logo", "site-name", "site-title", "titlewrapper", "masthead", "blog-title")


# A paged forum thread's range line: 'Posts [ 1 to 10 of 13 ]' (PunBB), 'Beiträge 1 bis 10 von 13'
_RANGE_COUNT = re.compile(
    r"\b(?:posts?|replies|messages?|comments?|beiträge|antworten|messaggi|risposte|mensajes|respuestas|mensagens"
    r"|berichten|reacties|wpisy|posty|odpowiedzi|inlägg|indlæg|innlegg)\s*[\[(:]?\s*\d+\s*(?:to|-|–|bis|a|à|al|tot"
    r"|do|till|til)\s*\d+\s*(?:of|von|di|de|du|van|z|av|af)\s*(\d+)",
    re.I,
)


# ... and a reader's place in a thread: '1 of 23 posts' (Flarum's scrubber), '1 di 23 messaggi'
_PLACE_COUNT = re.compile(
    r"^\s*\d+\s*(?:of|di|von|de|sur|van|z|av|af|из)\s*(\d+)\s+(?:posts?|replies|messages?|comments?|beiträge|antworten"
    r"|messaggi|risposte|mensajes|respuestas|mensagens|berichten|reacties|wpisy|postów|posty|inlägg|indlæg|innlegg"
    r"|сообщений)\s*$",
    re.I,
)


# ... and a topic's post count in brackets: '[ 10 posts ]' (phpBB), '[ 10 postów ]'
_BRACKETED_POSTS = re.compile(
    r"^\s*\[\s*(\d+)\s+(?:posts?|postów|posty|posta|beiträge|beitrag|messages?|mensajes|messaggi|berichten|inlägg"
    r"|innlegg|indlæg|viestiä|příspěvků|příspěvky|сообщений|сообщения)\s*\]\s*$",
    re.I,
)


def count_in(text: str) -> int | None:
    """The comment count a heading or link states, in any of the blogs' languages (a paged
    thread's 'Posts [ 1 to 10 of 13 ]': the whole thread's)."""
    if (ranged := _RANGE_COUNT.search(text) or _BRACKETED_POSTS.match(text) or _PLACE_COUNT.match(text)) is not None:
        return int(ranged.group(1))
    if text.rstrip().endswith(("?", "？")):
        return None  # a prompt ('Un message, un commentaire ?', SPIP's form heading), no count
    match = _COUNT_BEFORE.search(text) or _COUNT_AFTER.search(text) or _COUNT_TRAILING.match(text)
    if match is None:
        cjk = _COUNT_CJK_BEFORE.search(text) or _COUNT_CJK_AFTER.search(text)
        return int(next(g for g in cjk.groups() if g)) if cjk is not None else None
    word = match.group(1).lower()
    if word in _ARTICLES and text[: match.start()].strip():
        return None  # 'Ajouter un commentaire', 'Add a comment': an article, not a count
    if word in _NUMBER_WORDS:
        return _NUMBER_WORDS[word]
    digits = re.sub(r"[.,]", "", word)
    return int(digits) if digits.isdigit() else None


def _elements(tree: etree._Element, xpath: str) -> Iterator[etree._Element]:
    found = tree.xpath(xpath)
    if isinstance(found, list):
        yield from (item for item in found if isinstance(item, etree._Element))


_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})


def _counter_in_line(element: etree._Element, tokens: list[str]) -> int | None:
    """A number in an element its class calls a count, inside a line that states the comment
    count ('<p><span class="wc_header_text_count">12</span> Commenti su "T"</p>', wpDiscuz)."""
    if not any(token.endswith("count") for token in tokens) or not (text := element_text(element)).isdigit():
        return None
    line = element.getparent()
    if line is None or len(line_text := element_text(line)) > _LINE_CHARS:
        return None
    return int(text) if count_in(line_text) == int(text) else None


def _interaction_count(element: etree._Element) -> str | None:
    """schema.org's comment counter ('<span itemprop="interactionStatistic" itemscope
    itemtype=".../InteractionCounter"><meta itemprop="interactionType" content=".../CommentAction">
    <meta itemprop="userInteractionCount" content="7">': Textpattern, many themes)."""
    if element.get("itemprop") != "userInteractionCount" or (holder := element.getparent()) is None:
        return None
    kinds = [str(e.get("content") or e.get("href") or "") for e in holder if e.get("itemprop") == "interactionType"]
    if not any(kind.endswith("CommentAction") for kind in kinds):
        return None
    return str(element.get("content") or element_text(element))


def stated_count(
    tree: etree._Element, excluded: set[etree._Element], marked: list[etree._Element] | None = None
) -> int | None:
    """The number of comments the page says the post has (``23 Responses to``,
    ``Kommentare (4)``, ``data-comments-count``), outside the post body and the comments.
    ``marked`` are the elements where it may sit (``PageScan.marked``; default: all)."""
    pool = [e for e in (marked if marked is not None else tree.iter()) if isinstance(e.tag, str) and e not in excluded]
    for element in pool:
        value = (
            element.get("data-comments-count")
            or element.get("data-num-comments")
            or (element.get("content") or element_text(element) if element.get("itemprop") == "commentCount" else None)
            or _interaction_count(element)
        )
        if value and str(value).strip().isdigit():
            return int(str(value))
    for element in pool:
        tokens = classes(element)
        if (counted := _counter_in_line(element, tokens)) is not None:
            return counted
        if any(part in token for token in tokens for part in _COUNT_CLASS_PARTS):
            text = element_text(element)
            if text.isdigit() and any("count" in token for token in tokens):
                return int(text)
            if len(text) <= 200 and (count := count_in(text) or _leading_bare_count(text)) is not None:
                return count
    for element in pool:
        if element.tag in _HEADINGS:
            text = element_text(element)
            if len(text) <= 200 and (count := count_in(text)) is not None:
                return count
    for found in _elements(tree, "//*[@data-num-comments]"):  # Blogger's comments section
        if (value := str(found.get("data-num-comments") or "").strip()).isdigit():
            return int(value)
    for element in tree.iter("a", "span", "p", "div", "td", "li", "strong", "b"):
        if element in excluded:
            continue
        text = element_text(element)
        count = None
        if len(text) <= 40 and (number := count_in(text)) is not None and _counts_this_post(element, text):
            count = number
        elif len(text) <= _LINE_CHARS and (number := _segment_count(element, text)) is not None:
            count = number  # 'Inviato da NAME il DATE | 3 commenti': a post's meta line
        elif len(text) <= 240 and (match := _CONTAINS_COUNT.search(text)):  # a topic's description line
            count = int(match.group(1))
        if (
            count is not None
            and not sel.in_other_posts_box(element, _BOX_LEVELS, sel.SIMILAR_POSTS)
            and not _in_poster_box(element)
        ):
            return count  # (not a similar thread's 'Replies: 23', nor a poster's 'Posts 2,318')
    return None


# A class token naming a poster's box by its last part: XenForo's 'message-user', phpBB's
# 'postprofile', 'userinfo', 'poster-details'.
_POSTER_BOX = re.compile(r"(?:^|[-_])(?:user|userinfo|userdetails|userextras|poster|postprofile|profile)(?:-details)?$")


def _in_poster_box(element: etree._Element) -> bool:
    """Whether an element is in a box the page marks as a post's author (``itemprop=author``, a
    class naming a user's or poster's box: XenForo's 'message-user' with 'Mensagens 2.318 Reações
    1236'): its numbers count the poster's posts and reactions, not this thread's comments."""
    for node in islice((element, *element.iterancestors()), _BOX_LEVELS):
        props = str(node.get("itemprop") or "").split()
        if "author" in props or "creator" in props:
            return True
        if any(_POSTER_BOX.search(token) for token in classes(node)):
            return True
    return False


_BOX_LEVELS = 6

# The thread's own heading, in words no lexicon holds: a number and at most three words
# ('23 komentar', '5 bình luận'), or the words and the number in brackets ('Komentari (4)').
_BARE_COUNT = re.compile(
    r"^\(?(\d{1,5})\)?\s+((?:\S+\s*){1,3})$|^((?:\S+\s+){0,2}\S+?)\s*(?:[(\[](\d{1,5})[)\]]|\s(\d{1,3}))$"
)
# ('bình luận 5': a heading's word and its count badge, the number last; not 'Maret 2021')
_NOT_COMMENTS = re.compile(
    r"\b(?:likes?|notes?|people|persons?|members?|users?|views?|reads?|shares?|reblogs?|votes?|points?|stars?"
    r"|hits|visits?|followers?|minutes?|min|hours?|days?|photos?|images?|items?|posts?|articles?|films?|movies?"
    r"|trackbacks?|pingbacks?|backlinks?|links?)\b",
    re.I,
)
_THREAD_LOOKBACK = 40  # elements before the first comment searched for its heading


def thread_heading_count(first: etree._Element, found: int, excluded: set[etree._Element], title: str) -> int | None:
    """The count the thread's heading states in any language: the nearest heading before the
    first comment (``first``), a number beside at most three words (no reaction's or reader's) (the post's title taken
    out: '3 tanggapan untuk "TITLE"'), at least the ``found`` comments the page shows. A
    heading without a number, the post's text or a date there ends the search: no count."""
    preceding = first.xpath(f"preceding::*[position() <= {_THREAD_LOOKBACK}]")
    for element in reversed(preceding if isinstance(preceding, list) else []):
        if not isinstance(element, etree._Element) or not isinstance(element.tag, str):
            continue
        if element in excluded:
            return None  # (the post's text: no thread heading between it and the comments)
        if element.tag not in _HEADINGS or _in_navigation(element):
            continue  # (a comment pager's own heading, 'Comments navigation', sits between them)
        text = " ".join(element_text(element).replace(title, " ").split()).strip(" :\"'“”«»„")
        number = bare_count(text)
        return number if number is not None and number >= max(found, 1) else None
    return None


def bare_count(text: str) -> int | None:
    """The count a short line states with words no lexicon holds: a number beside at most three
    words ('23 komentar', 'Komentari (4)', 'bình luận 5'), no date, no reactions or readers."""
    match = _BARE_COUNT.match(text) if text else None
    if match is None:
        return None
    number = int(match.group(1) or match.group(4) or match.group(5))
    words = match.group(2) or match.group(3) or ""
    if any_date(text) or is_relative_date(text) or any(ch.isdigit() for ch in words):
        return None
    if _NOT_COMMENTS.search(words):
        return None  # '9 notes', '14 people', '6 Likes': reactions or readers, not comments
    return number


def thread_link_count(tree: etree._Element, excluded: set[etree._Element], url: str | None) -> int | None:
    """The count a link to this page's own comments states in words no lexicon holds: '<a
    href="#comments">4 komentar</a>' in the post's meta line, the number first and at most three
    words after it. The link leads to the page's own URL (when the page states one), or to a
    target on this page (an id or a named anchor) with no path or where the page states no URL;
    a box of other posts' links ('Most discussed') is passed over."""
    targets = {str(e.get("id") or e.get("name")) for e in tree.iter() if e.get("id") or e.get("name")}
    own_path = _path_of(url) if url else None
    for link in tree.iter("a"):
        path, _, fragment = str(link.get("href") or "").partition("#")
        if not fragment or link in excluded:
            continue
        own = bool(path) and own_path is not None and _path_of(path) == own_path
        if not own and (fragment not in targets or (path and own_path is not None)):
            continue
        if (count := _leading_bare_count(" ".join(element_text(link).split()))) is None:
            continue
        if not sel.in_other_posts_box(link, _BOX_LEVELS, sel.SIMILAR_POSTS):
            return count
    return None


def _path_of(url: str) -> str:
    """A URL's path without its scheme, host, query and last slash."""
    path = re.sub(r"^[a-z][\w+.-]*://[^/]*", "", url.strip(), flags=re.I).split("?")[0]
    return path.rstrip("/")


def _leading_bare_count(text: str) -> int | None:
    """A bare count whose number comes first ('7 komentara', not 'Top 10')."""
    return bare_count(text) if text[:1].isdigit() else None


def _in_navigation(element: etree._Element) -> bool:
    return any(ancestor.tag == "nav" for ancestor in element.iterancestors())


def _segment_count(element: etree._Element, text: str) -> int | None:
    """The count that is one whole segment of a post's meta line, split by ``|``, ``·``, ``•``
    and dated ('Inviato da NAME il DATE | 3 commenti'; not a list's 'Title · 12 comments')."""
    separators = _LINE_SEPARATOR if _LINE_SEPARATOR.search(text) else _COMMAS if text.count(", ") >= 2 else None
    if separators is None:
        return None
    segments = separators.split(text)
    if not any_date(text) and not any(_VIEWS.match(segment) for segment in segments):
        return None  # a post's meta line is dated; a topic's stats line counts its views too
    for segment in segments:
        if (count := count_in(segment)) is not None and _counts_this_post(element, segment):
            return count
    return None


_LINE_SEPARATOR = re.compile(r"\s+[|·•]\s+")
_COMMAS = re.compile(r",\s+")
_VIEWS = re.compile(
    r"^\s*\d[\d.,]*\s+(?:views?|hits|aufrufe|zugriffe|visite|visualizzazioni|vues|visitas|visualizaciones"
    r"|weergaven|wyświetle\w*|просмотр\w*)\s*$",
    re.I,
)
_COUNT_SPAN = re.compile(rf"(?:{_NUMBER}\s+{_NOUN}|{_NOUN}\s*[(:\[]?\s*\d+\s*[)\]]?)", re.I)
_OTHER_WORDS = 3


_ITEM_LEVELS = 3  # (the list item a count line sits in: '<li><a>OTHER TOPIC</a> <span>von X · 41 Antworten</span>')


def _counts_this_post(element: etree._Element, text: str) -> bool:
    """Whether a short count line counts this post's comments: the count is most of its text
    ('2 Comments', 'Comments (3)'), not a sentence about something else ('Left 40 comments this
    year'), and, unless the line is itself a link ('<a href=#comments>4 commenti</a>'), it holds no
    link to another page ('<li><a href=/thief>Thief</a> (12 comments)</li>' in a 'Most discussed'
    box)."""
    if not _BRACKETED_POSTS.match(text) and len(_COUNT_SPAN.sub(" ", text).split()) > _OTHER_WORDS:
        return False
    if element.tag == "a":
        return True
    item = next((a for a in islice(element.iterancestors(), _ITEM_LEVELS) if a.tag == "li"), None)
    for link in (*element.iter("a"), *(item.iter("a") if item is not None else ())):
        href = str(link.get("href") or "")
        shown = element_text(link)
        if href and not href.startswith("#") and not shown.isdigit() and count_in(shown) is None:
            return False  # ('<a>4</a> comments' in Gitalk: the number is the link)
    return True


# 'This topic contains 2 replies, has 3 voices' (bbPress' description line, in its translations),
# 'it's got 3 comments for now' (Anchor CMS): a sentence whose verb says the post holds the count.
_CONTAINS_COUNT = re.compile(
    r"\b(?:contains|bevat|enthält|contient|contiene|contém|zawiera|obsahuje|innehåller|indeholder|has"
    rf"|(?:has|[’']s) got)\s+(\d+)\s+{_NOUN}",
    re.I,
)


def _name(element: etree._Element) -> str:
    if element.tag == "meta":  # '<meta itemprop="author" content="NAME">' (microdata on an empty element)
        return clean_author(" ".join(str(element.get("content") or "").split()))
    for inner in element.iter():
        if inner is not element and (inner.get("itemprop") == "name" or "p-name" in classes(inner)):
            return clean_author(element_text(inner))
    return name_of(element)


_AUTHOR_CONTAINERS = (
    "byline",
    "entry-meta",
    "post-meta",
    "postmeta",
    "submitted",
    "post-author",
    "entry-footer",
    "info-publi",
    "node__meta",
    "auteurs",
    "firma",
    "meta",
    # the header of a post, a discussion or a topic (not the site's header, which may greet a
    # signed-in user by name): Vanilla's 'DiscussionHeader', themes' 'entry-header'
    "entry-header",
    "post-header",
    "article-header",
    "discussionheader",
    "topic-header",
    "thread-header",
)
_AUTHOR_MARKS = ("fn", "author-name", "username", "p-name", "node__author", "field--name-uid", "author")


# <meta> names that state the post's author: HTML's own and Tistory's 'by' (not Dublin Core's
# creator: Plone writes the login there, 'mbos' for Marieke Bos).
_AUTHOR_META = frozenset({"author", "by"})


def post_author(
    tree: etree._Element, excluded: set[etree._Element], marked: list[etree._Element] | None = None
) -> str | None:
    """The post's author as the page states it (never inferred from the comments)."""
    pool = [e for e in (marked if marked is not None else tree.iter()) if isinstance(e.tag, str) and e not in excluded]
    for element in pool:
        itemprop = str(element.get("itemprop") or "").split()
        if ("author" in itemprop or "creator" in itemprop) and (name := _name(element)):
            return name
    for element in pool:
        if (element.tag == "meta" and str(element.get("name") or "").casefold() in _AUTHOR_META) or element.get(
            "property"
        ) == "article:author":
            content = " ".join(str(element.get("content") or "").split())
            if content and "://" not in content:
                return content
    for element in pool:
        tokens = classes(element)
        if "p-author" in tokens and (name := _name(element)):
            return name
        if any(part in token for token in tokens for part in _AUTHOR_CONTAINERS):
            inners = [e for e in element.iterdescendants() if isinstance(e.tag, str) and e.tag != "img"]
            for mark in _AUTHOR_MARKS:
                for inner in inners:
                    if mark not in classes(inner) or inner in excluded:
                        continue
                    if (name := _name(inner)) and not parse_date(name):
                        return name
    for element in pool:
        if element.get("rel") == "author" and (name := clean_author(element_text(element))):
            return name
    return (
        _byline_author(tree, excluded)
        or _text_byline_author(tree, excluded)
        or _labelled_author(tree, excluded)  # '投稿者: NAME' before an archive link ('NAMEの記事をもっと見る')
        or _profile_author(tree, excluded)
        or _headline_profile_author(tree, excluded)
        or _meta_segment_author(tree, excluded)
        or _representative_card_author(tree, excluded)
        or _classed_author(pool)
        or _bare_byline_author(tree, excluded)
        or _tail_byline_author(tree, excluded)
        or _headline_line_author(tree, excluded)
    )


# 'DATE by NAME', 'Posted at <a>DATE</a> by NAME in <span>CATEGORY</span>' (Habari, Roller): a
# byline word and a capitalised name written as the bare text after an element of a dated line.
_TAIL_BYLINE = re.compile(
    r"^(?:by|par|por|von|door|przez|di|da|av|af)\s+(?P<name>[^\W\d_][\w'’.-]*(?:\s+[^\W\d_][\w'’.-]*){0,3}?)"
    r"\s*(?:$|[|·•,;(]|\s(?:in|dans|en|im|i|w|on|at|le|am|el|il|em|op)(?:\s|$))",
    re.I,
)
_LINE_CHARS = 160


def _capitalised(name: str) -> bool:
    return all(word[0].isupper() for word in name.split()) and not parse_date(name)


def _tail_byline_author(tree: etree._Element, excluded: set[etree._Element]) -> str | None:
    for element in tree.iter(*_BYLINE_TAGS):
        if element in excluded or not len(element):
            continue
        tails = [" ".join(str(child.tail or "").split()) for child in element if isinstance(child.tag, str)]
        if not any(t[:3].casefold() in _TAIL_BYLINE_LEADS for t in tails):
            continue  # (cheap: most lines hold no tail opening with a byline word)
        line = element_text(element)
        if len(line) > _LINE_CHARS or not any_date(line):
            continue
        for tail in tails:
            if (match := _TAIL_BYLINE.match(tail)) and _capitalised(name := match.group("name")):
                return name
    return None


_TAIL_BYLINE_LEADS = frozenset({"by ", "par", "por", "von", "doo", "prz", "di ", "da ", "av ", "af "})
_HEADLINE_LINE_CHARS = 120
_NAME_LINE_TAGS = frozenset({"span", "a", "b", "strong", "em", "i", "small", "div", "p", "address"})
_NOT_NAME_HREF = re.compile(r"/(?:category|categories|tags?|topics?|kategorie|categorie|categoria|rubri[ck])", re.I)


def _headline_line_author(tree: etree._Element, excluded: set[etree._Element]) -> str | None:
    """The writer named in the dated line right under the post's ``<h1>``, with no class or word
    to say so: a capitalised name of two to four words in an element of its own before the date
    ('<h1>T</h1><div><span>Bea Lindqvist</span> <time>5 October 2021</time></div>'), or between
    the line's separators ('<span>2 czerwca 2021</span> · 4 min · Tomasz Wrona')."""
    heading = next((h for h in tree.iter("h1") if h not in excluded), None)
    if heading is None:
        return None
    for line in list(heading.itersiblings(etree.Element))[:_HEADLINE_LINES]:
        if line in excluded or len(text := element_text(line)) > _HEADLINE_LINE_CHARS or not any_date(text):
            continue
        for inner in line.iter(etree.Element):
            if inner is line or inner.tag not in _NAME_LINE_TAGS or any(c.tag not in ("i", "img") for c in inner):
                continue  # (a leaf, or one holding an icon: '<span><i class=icon></i> NAME</span>')
            href = str(inner.get("href") or "")
            if inner.tag == "a" and (
                _NOT_NAME_HREF.search(href) or not (sel.PROFILE_LINK.search(href) or _AUTHOR_HREF.search(href))
            ):
                continue  # a link names the writer only as a profile ('/c/sf/' is a category)
            name = " ".join(element_text(inner).split())
            if _PERSON_NAME.match(name) and _capitalised(name) and name.split()[0].casefold() not in _NOT_AUTHOR_WORDS:
                return name
        for piece in [line.text, *(child.tail for child in line)]:
            for segment in _SEGMENT_SEPARATORS.split(" ".join(str(piece or "").split())):
                words = segment.split()
                if (
                    _PERSON_NAME.match(segment)
                    and _capitalised(segment)
                    and words[0].casefold() not in _NOT_AUTHOR_WORDS
                ):
                    return segment
    return None


# 'Author: NAME' in the languages that write it as a label: '作者:胶片老周 | 分类:...' (Z-Blog),
# '投稿者：', '글쓴이', 'Автор:'.
_AUTHOR_LABEL = re.compile(r"(?:^|[\s|｜])(?:作者|投稿者|著者|글쓴이|작성자|Автор)\s*[:：]\s*([^\s|｜,，:：]{1,30})")


# ... and in the languages that write names with spaces: 'Autor: Tomáš Hrubý | Rubrika: X',
# 'Author: Jane Roe', 'Szerző: Kiss Anna': capitalised words up to a separator or the end.
_LATIN_AUTHOR_LABEL = re.compile(
    r"(?:^|[\s|｜])(?:author|autor|autorka|auteur|autore|autora|szerző|forfatter|författare|yazar|tekijä|skribent)"
    r"\s*:\s*(?P<name>[^\W\d_][\w'’.-]*(?:\s+[^\W\d_][\w'’.-]*){0,3})\s*(?:[|｜,;·•]|$)",
    re.I,
)


_LABEL_ALONE = re.compile(r"(?:^|[\s|｜])(?:作者|投稿者|著者|글쓴이|작성자|Автор)\s*[:：]\s*$")


def _labelled_author(tree: etree._Element, excluded: set[etree._Element]) -> str | None:
    for element in tree.iter("div", "p", "span", "small", "h5", "h6", "li", "footer"):
        if element in excluded or not (text := " ".join(str(element.text or "").split())) or len(text) > 200:
            continue
        if match := _AUTHOR_LABEL.search(text):
            return match.group(1)
        if _LABEL_ALONE.search(text) and len(element) and element[0].tag in ("a", "span", "b", "strong"):
            name = clean_author(element_text(element[0]))  # '投稿者: <a class=storybyline>NAME</a>' (Geeklog)
            if name and len(name) <= 30 and not parse_date(name):
                return name
        match = _LATIN_AUTHOR_LABEL.search(text)
        if match and all(word[0].isupper() for word in match.group("name").split()):
            return match.group("name")
    return None


# A line that is a byline word and a capitalised name, nothing else ('Por Renata Albuquerque').
_BARE_BYLINE = re.compile(
    r"^(?:by|por|par|von|door|di|da|av|af|autor|auteur|autore)\s*:?\s+"
    r"(?P<name>[^\W\d_][\w'’.-]*(?:\s+[^\W\d_][\w'’.-]*){0,3})$",
    re.I,
)


def _bare_byline_author(tree: etree._Element, excluded: set[etree._Element]) -> str | None:
    """A post header's line 'By NAME' written as bare text, with no class to name it (utility-class
    front ends): every word of the name capitalised."""
    for element in tree.iter("div", "p", "span", "small", "address"):
        if element in excluded or len(element) or not (text := " ".join(str(element.text or "").split())):
            continue
        match = _BARE_BYLINE.match(text)
        if match and all(word[0].isupper() for word in match.group("name").split()):
            return match.group("name")
    return None


_CLASS_SEGMENTS = re.compile(r"[-_]+")
_AUTHOR_SEGMENTS = frozenset({"author", "autor", "auteur", "autore", "writer", "nick", "nickname"})


def _authorish_token(token: str) -> bool:
    """'note-author', 'page-author'; 'author-details-name' (an author word, then a name)."""
    segments = _CLASS_SEGMENTS.split(token)
    if segments[-1] in _AUTHOR_SEGMENTS:
        return True
    return segments[-1] == "name" and not _AUTHOR_SEGMENTS.isdisjoint(segments)


def _classed_author(pool: list[etree._Element]) -> str | None:
    """An element whose class says it is the post's author ('note-author', 'ticket-author',
    Concrete's 'page-author': the last part of a token), holding the name or 'by NAME' in
    any language ('Posté par NAME'): the last resort of unknown themes."""
    for element in pool:
        if not any(_authorish_token(token) for token in classes(element)):
            continue
        text = element_text(element)
        if not text or len(text.split()) > 8:
            continue
        match = sel.BYLINE.search(text)
        name = clean_author(match.group(1) if match else text)
        if name and len(name.split()) <= 4 and any(ch.isalpha() for ch in name) and not parse_date(name):
            return name
    return None


# "Posted by Wendell Ash on November 14, 2009 in Noir" (Typepad, Blogger, many classic
# themes): the name is bare text between the 'by' word and a date or a separator.
_TEXT_BYLINE = re.compile(
    r"^\s*(?:posted|written|published|publié|publiée|publicado|postado|pubblicato|geschrieben|veröffentlicht"
    r"|geplaatst|eingestellt|publicerad|publicerat|postad|udgivet|publisert"
    r"|posté|postée|inviato|inviata|scritto|scritta|postato|postata|verfasst|gepostet|escrito|escrita)\s+"
    r"(?:(?:(?:on|el|em|il|le|am|op|den)\s+)?[^|]{3,40}?\s+)?"
    r"(?:by|par|por|da|di|von|door|av|af)\s+(?P<name>[^\d|,;:()\[\]@]{2,60}?)"
    r"(?:\s+(?:on|at|in|le|el|em|il|am|op|om|i|på)(?:\s|$)|\s*[|·,@]|\s*$)",  # ('by NAME @ TIME': Blogger Classic)
    re.I,
)
# Author archives and profiles: WordPress /author/SLUG/, ?author=N, and their translations.
_AUTHOR_HREF = re.compile(
    r"/(?:authors?|autor(?:es|en)?|autore|auteurs?|writers?)/[^/?#]+/?(?:$|[?#])|[?&](?:author|memberid)=\d+", re.I
)
_USER_ATTRIBUTES = ("data-ljuser", "lj:user")  # LiveJournal / Dreamwidth user tags
_AUTHORISH_PARTS = ("author", "poster", "byline", "posted")


def _own_lead_text(element: etree._Element) -> str:
    return " ".join(str(element.text or "").split())


_BYLINE_TAGS = ("span", "p", "div", "small", "em", "i", "footer")


# A line that opens with a publication word and a date ('Přidáno 4. března 2019 | Autor: X',
# 'Opublikowano 12 listopada 2020', 'Julkaistu 5.3.2019').
_DATE_LABEL = re.compile(
    r"^\s*(?:posted|published|publié|publiée|publicado|publicada|pubblicato|veröffentlicht|gepubliceerd|publicerad"
    r"|udgivet|publisert|přidáno|publikováno|vloženo|opublikowano|dodano|pridané|publikované|julkaistu|közzétéve"
    r"|yayınlanma|publicat|objavljeno)\b(?:\s+(?:on|am|le|el|em|il|op|den|dne|dnia|w))?\s*:?\s*(?P<date>[^|]{6,40})"
    r"(?:\||$)",
    re.I,
)


def _byline_date(tree: etree._Element, excluded: set[etree._Element]) -> str | None:
    """The date in a 'Posted on DATE by NAME' line ('Veröffentlicht am 14. Oktober 2018 von X'),
    or in a line a publication word opens ('Přidáno 4. března 2019 | Autor: X')."""
    for element in tree.iter(*_BYLINE_TAGS):
        if element in excluded or not (text := _own_lead_text(element)) or len(text) > 200:
            continue
        if (_TEXT_BYLINE.match(text) or _dated_lead_byline(text)) and (found := any_date(text)):
            return found
        if (match := _DATE_LABEL.match(text)) and (found := any_date(match.group("date"))):
            return found
    return None


def _text_byline_author(tree: etree._Element, excluded: set[etree._Element]) -> str | None:
    """``Posted by NAME on DATE``: a name written as bare text after 'posted by'; or a line that
    opens with 'by NAME' and a date after a comma ('Par Hugues, samedi 14 octobre 2006 à 22:40',
    Dotclear's post info line)."""
    for element in tree.iter(*_BYLINE_TAGS):
        if element in excluded or not (text := _own_lead_text(element)) or len(text) > 200:
            continue
        match = _TEXT_BYLINE.match(text) or _dated_lead_byline(text)
        name = clean_author(match.group("name")) if match else ""
        if name and len(name.split()) <= 4 and not parse_date(name):
            return name
    return None


# 'Par Hugues, samedi 14 octobre 2006 à 22:40': a byline word, a capitalised name, a comma and a date.
_LEAD_BYLINE = re.compile(
    r"^(?:by|por|par|von|door|przez|av|af)\s+(?P<name>[^\W\d_][\w'’.-]*(?:\s+[^\W\d_][\w'’.-]*){0,3}?)"
    r"\s*[,|·—–]\s*(?P<date>.{6,60})$",
    re.I,
)


def _dated_lead_byline(text: str) -> re.Match[str] | None:
    """A line's lead 'by NAME, DATE' (every word of the name capitalised, the rest a date)."""
    match = _LEAD_BYLINE.match(text)
    if match is None or not all(word[0].isupper() for word in match.group("name").split()):
        return None
    return match if any_date(match.group("date")) else None


def _near_authorish(element: etree._Element, levels: int = 3) -> bool:
    node: etree._Element | None = element
    for _ in range(levels):
        if node is None:
            return False
        if any(part in token for token in classes(node) for part in _AUTHORISH_PARTS):
            return True
        node = node.getparent()
    return False


def _profile_author(tree: etree._Element, excluded: set[etree._Element]) -> str | None:
    """A user tag in an author line (LiveJournal's ``span.ljuser``) or a link to the
    author's archive (``/author/ivy/``) outside the comments."""
    for element in tree.iter(etree.Element):
        if element in excluded:
            continue
        user = next((str(v) for a in _USER_ATTRIBUTES if (v := element.get(a))), None)
        if user and _near_authorish(element):
            return user
        if element.tag == "a" and _AUTHOR_HREF.search(str(element.get("href") or "")):
            name = clean_author(element_text(element))
            if name and len(name.split()) <= 4 and not _DIGITS_ONLY.search(name) and not parse_date(name):
                return name
    return None


_DIGITS_ONLY = re.compile(r"\d")
_HEADLINE_LINES = 2  # the byline is one of the first blocks after the post's heading


def _headline_profile_author(tree: etree._Element, excluded: set[etree._Element]) -> str | None:
    """A profile link in a dated line right under the post's ``<h1>`` (WoltLab's blog entry header:
    '<h1>TITLE</h1><p><a class=userLink href=/user/1-ann/>Ann</a> - <time>DATE</time></p>')."""
    for heading in tree.iter("h1"):
        if heading in excluded:
            continue
        for line in list(heading.itersiblings(etree.Element))[:_HEADLINE_LINES]:
            if line in excluded or len(text := element_text(line)) > 120 or not any_date(text):
                continue
            for link in line.iter("a"):
                if sel.PROFILE_LINK.search(str(link.get("href") or "")):
                    name = clean_author(element_text(link))
                    if name and len(name.split()) <= 4 and not parse_date(name):
                        return name
        return None  # the first <h1> is the post's
    return None


_SEGMENT_SEPARATORS = re.compile(r"\s*[·•|]\s*")
_PERSON_NAME = re.compile(r"^[^\W\d_][\w'’.-]+(?: [^\W\d_][\w'’.-]+){1,3}$")


def _meta_segment_author(tree: etree._Element, excluded: set[etree._Element]) -> str | None:
    """``<span>June 2, 2021</span> · 4 min · Tomasz Wrona`` (Hugo PaperMod): a capitalised
    name of two to four words written as bare text between the separators of a post-meta
    line (link texts, categories and tags, are never taken)."""
    for element in tree.iter(etree.Element):
        if element in excluded or not any("meta" in token for token in classes(element)):
            continue
        for piece in [element.text, *(child.tail for child in element)]:
            for segment in _SEGMENT_SEPARATORS.split(" ".join(str(piece or "").split())):
                words = segment.split()
                if (
                    _PERSON_NAME.match(segment)
                    and all(word[0].isupper() for word in words)
                    and not parse_date(segment)
                    and words[0].casefold() not in _NOT_AUTHOR_WORDS
                ):
                    return segment
    return None


_NOT_AUTHOR_WORDS = frozenset(
    "posted published updated filed leave read comments comment min minutes reading share by on in".split()
)


def _representative_card_author(tree: etree._Element, excluded: set[etree._Element]) -> str | None:
    """microformats2 authorship: an ``h-entry`` without ``p-author`` is by the page's one
    ``h-card`` outside the entry (a theme's author sidebar)."""
    entries = [e for e in tree.iter(etree.Element) if "h-entry" in classes(e) and e not in excluded]
    if not entries:
        return None
    inside = {inner for entry in entries for inner in entry.iter()}
    cards = [e for e in tree.iter(etree.Element) if "h-card" in classes(e) and e not in excluded and e not in inside]
    if len(cards) != 1:
        return None
    for inner in cards[0].iter(etree.Element):
        tokens = classes(inner)
        if ("p-name" in tokens or "fn" in tokens or inner.get("itemprop") == "name") and (
            name := clean_author(element_text(inner))
        ):
            return name
    return None


def _after_by_word(
    tree: etree._Element, excluded: set[etree._Element], word_in_span: bool = False
) -> Iterator[etree._Element]:
    """The elements outside ``excluded`` right after a 'by' word (``Posted by <a>X</a>``, ``Por
    <a>X</a>``, ``Autor: <strong>X</strong>``); with ``word_in_span``, the word may also be the
    whole text of the element before ('<span>por&nbsp;</span><a>NAME</a>', Lemmy)."""
    for element in tree.iter("a", "span", "strong", "b"):
        if element in excluded:
            continue
        previous = element.getprevious()
        parent = element.getparent()
        before = previous.tail if previous is not None else parent.text if parent is not None else None
        if word_in_span and (not before or not before.strip()) and previous is not None and not len(previous):
            before = previous.text
        if not before:
            continue
        before = before.replace("\xa0", " ")
        if _BYLINE_BEFORE.search(before) and not _CREDIT_BEFORE.search(before):
            yield element


# A site's credit line, no byline: 'Proudly powered by <a>WordPress</a>', 'Theme by', 'Propulsé par'.
_CREDIT_BEFORE = re.compile(
    r"(?:powered|designed|developed|hosted|built|made|crafted|theme|template|design|propulsé|propulsée|réalisé"
    r"|conçu|thème|betrieben|bereitgestellt|realizzato|sviluppato|tema|desarrollado|diseñado|impulsado"
    r"|desenvolvido|mogelijk gemaakt|aangedreven|napędzane|drivs|drevet)\s+(?:\w+\s+){0,2}?"
    r"(?:by|par|von|por|da|di|door|przez|av|af)\s*$",
    re.I,
)


def _byline_author(tree: etree._Element, excluded: set[etree._Element]) -> str | None:
    """The name right after a 'by' word."""
    for element in _after_by_word(tree, excluded, word_in_span=True):
        name = clean_author(element_text(element))
        if name and len(name.split()) <= 4 and not parse_date(name):
            return name
    return None


# <meta> names that state the post's date: Open Graph, microdata, and Dublin Core as CMSs write
# it (Plone's 'DC.date.created', 'dcterms.created').
_PUBLISHED_KEYS = frozenset(
    {"article:published_time", "datePublished", "date", "DC.date", "DC.date.created", "DC.date.issued"}
    | {"dcterms.created", "dcterms.issued", "DCTERMS.created", "DCTERMS.issued"}
)


def meta_published(tree: etree._Element) -> str | None:
    """The post's date as its ``<meta>`` tags state it (Open Graph, microdata, Dublin Core),
    read before the comments are: what no comment of the post can be older than."""
    for element in tree.iter("meta"):
        key = element.get("property") or element.get("name") or element.get("itemprop")
        if key in _FIRST_PUBLISHED_KEYS and (value := element.get("content")) and (found := any_date(str(value))):
            return found
    return None


# Only the keys that never hold a later date ('date' and 'DC.date' may be the last change).
_FIRST_PUBLISHED_KEYS = frozenset({"article:published_time", "datePublished", "DC.date.created", "dcterms.created"})


def _published_rank(element: etree._Element) -> int | None:
    """How directly an element states the post's date (0 best), None if it does not."""
    tag = element.tag
    if tag == "meta":
        key = element.get("property") or element.get("name") or element.get("itemprop")
        return 0 if key in _PUBLISHED_KEYS else None
    if element.get("itemprop") in ("datePublished", "dateCreated"):  # (vBulletin 5's first post: dateCreated)
        return 1
    if "dc:date" in str(element.get("property") or ""):
        return 2
    tokens = classes(element)
    if tag == "time" and "entry-date" in tokens:
        return 3
    if "dt-published" in tokens:
        return 4
    if "published" in tokens:
        return 5
    if "date-header" in tokens:
        return 6
    return None


_DATE_CONTAINERS = (
    "postmetadata",
    "postmeta",
    "post-meta",
    "entry-meta",
    "posted-on",
    "post-date",
    "node__meta",
    "submitted",
    "info-publi",
    "byline",
    "details",
    "subtext",
    "meta",
    "date",
    "data",
)


def _date_of(element: etree._Element) -> str | None:
    for attribute in ("content", "datetime", "title"):
        value = element.get(attribute)
        if value and (found := any_date(str(value))):
            return found
    return any_date(element_text(element))


_UPDATED_PARTS = ("updat", "modif", "edited", "aktualis", "actualiz", "aggiorn", "bijgewerkt")


def _updated(element: etree._Element) -> bool:
    return any(part in token for token in classes(element) for part in _UPDATED_PARTS)


def _container_date(element: etree._Element) -> str | None:
    """A date container's date: its own attributes, its parts' ``datetime``/``title``
    (PaperMod's ``<span title="2021-06-02 00:00:00 +0000 UTC">``), then its text, never
    from a part marked as the update ('Updated on ...' before 'Published on ...')."""
    if _updated(element):
        return None
    for attribute in ("content", "datetime", "title"):
        if (value := element.get(attribute)) and (found := any_date(str(value))):
            return found
    skipped = [inner for inner in element.iterdescendants(etree.Element) if _updated(inner)]
    for inner in element.iterdescendants(etree.Element):
        if any(inner is s or _inside(inner, s) for s in skipped):
            continue
        for attribute in ("datetime", "content", "title"):
            if (value := inner.get(attribute)) and (found := any_date(str(value))):
                return found
    if not skipped:
        return any_date(element_text(element))
    pieces = [element.text or ""]
    for inner in element.iterdescendants(etree.Element):
        if not any(inner is s or _inside(inner, s) for s in skipped):
            pieces.append(inner.text or "")
        if not any(_inside(inner, s) for s in skipped) or inner in skipped:
            pieces.append(inner.tail or "")
    return any_date(" ".join(" ".join(pieces).split()))


def _inside(element: etree._Element, ancestor: etree._Element) -> bool:
    return any(parent is ancestor for parent in element.iterancestors())


def post_published(
    tree: etree._Element, excluded: set[etree._Element], marked: list[etree._Element] | None = None
) -> str | None:
    """The post's date from its own markup, never from a comment."""
    pool = [e for e in (marked if marked is not None else tree.iter()) if isinstance(e.tag, str) and e not in excluded]
    ranked = sorted(
        ((rank, index, e) for index, e in enumerate(pool) if (rank := _published_rank(e)) is not None),
        key=lambda item: (item[0], item[1]),
    )
    for _, _, element in ranked:
        if found := _date_of(element):
            return found
    for element in pool:
        if not any(part in token for token in classes(element) for part in _DATE_CONTAINERS):
            continue
        if len(element_text(element)) <= 300 and (found := _container_date(element)):
            return found
    for element in pool:
        if element.tag == "time" and (found := _date_of(element)):
            return found
    return (
        _byline_date(tree, excluded)
        or _tooltip_date(tree, excluded)
        or _byline_line_date(tree, excluded)
        or _bare_date_line(tree, excluded)
        or _permalink_date(tree)
    )


_PERMALINK_DATE = re.compile(r"/((?:19|20)\d\d)/(\d\d)/(\d\d)/")


def _permalink_date(tree: etree._Element) -> str | None:
    """The day in the post's own permalink ('<link rel=canonical href=.../2019/03/05/heat/>',
    og:url): the last resort, when the page prints no date of its own."""
    for element in tree.iter("link", "meta"):
        if element.get("rel") == "canonical" or element.get("property") == "og:url":
            address = str(element.get("href") or element.get("content") or "")
            if match := _PERMALINK_DATE.search(address):
                return any_date("-".join(match.groups()))
    return None


def _byline_line_date(tree: etree._Element, excluded: set[etree._Element]) -> str | None:
    """The date in the line that names the post's writer after a 'by' word ('14/02/2016 18:20,
    di <a>Valeria Russo</a>' in b2evolution's post header)."""
    for element in _after_by_word(tree, excluded):
        if (parent := element.getparent()) is None:
            continue
        line = element_text(parent)
        if len(line) <= 200 and (found := any_date(line)):
            return found
    return None


_TOOLTIPS = ("data-tippy-content", "data-original-title", "data-tooltip")


def _tooltip_date(tree: etree._Element, excluded: set[etree._Element]) -> str | None:
    """The full date a relative one holds in its tooltip ('1 a' with data-tippy-content 'sábado,
    10 de junho de 2023 às 19:42' in Lemmy's post header), outside the comments."""
    for element in tree.iter(etree.Element):
        if element in excluded or not element.attrib:
            continue
        for name in _TOOLTIPS:
            if (value := element.get(name)) and len(value) <= 80 and (found := any_date(str(value))):
                return found
    return None


_DATE_LINE_TAGS = ("td", "span", "div", "p", "small", "h2", "h3", "h4", "abbr", "li")  # (Geeklog's 'ul.story_status')
_WORDS = re.compile(r"[^\W\d_]{4,}")


def _bare_date_line(tree: etree._Element, excluded: set[etree._Element]) -> str | None:
    """The first short element outside the comments whose text is a date and little else
    (LiveJournal's 'Mar. 14th, 2006 | 09:41 pm' beside the subject): the last resort."""
    for element in tree.iter(*_DATE_LINE_TAGS):
        if element in excluded or len(element) > 2:
            continue
        text = element_text(element)
        if not 6 <= len(text) <= 40 or not (found := any_date(text)):
            continue
        if sum(1 for word in _WORDS.findall(text) if parse_date(f"1 {word} 2000") is None) <= 1:
            return found
    return None


def _title_tag(pool: list[etree._Element]) -> str:
    found = next((e for e in pool if e.tag == "title"), None)
    return element_text(found) if found is not None else ""


def _in_chrome(element: etree._Element) -> bool:
    node: etree._Element | None = element
    while node is not None:
        names = [*classes(node), str(node.get("id") or "").lower()]
        postish = any("entry" in n or "post" in n for n in names)
        parent = node.getparent()
        if node.tag == "header" and not postish and parent is not None and parent.tag == "body":
            return True
        if not postish and any(part in name for name in names for part in _CHROME_PARTS if name):
            return True
        node = node.getparent()
    return False


def heading_title(
    tree: etree._Element, excluded: set[etree._Element], marked: list[etree._Element] | None = None
) -> str | None:
    """A heading of the page that the ``<title>`` repeats (``Blog » Archive » Heading``)."""
    pool = [e for e in (marked if marked is not None else tree.iter()) if isinstance(e.tag, str)]
    title = _title_tag(pool).casefold()
    if not title:
        return None
    headings = [
        (element, text)
        for element in pool
        if element.tag in ("h1", "h2", "h3")
        and element not in excluded
        and (text := _heading_text(element, title))
        and not _in_chrome(element)
        and not _blog_name_heading(element, text, title)
    ]
    if len(headings) > 1:  # the site's name and the post's title both as headings: not the site's
        headings = [(e, t) for e, t in headings if not _site_heading(e, t, title)] or headings
    elif headings and _site_part(headings[0][1], title):
        return None  # the one heading is the site's name ('POST : SITE' over '<h1>SITE</h1>', Roller)
    found = [text for _, text in headings]
    return max(found, key=len) if found else None


_HOME_HREF = re.compile(r"^(?:/|\./|index\.html?|https?://[^/]+/?)$")
_SITE_LAST = re.compile(r"\s+[|–—-]\s+([^|–—]+)$")  # 'Post | Site', 'Post - Site'
_SITE_FIRST = re.compile(r"^([^»]+?)\s+»\s+")  # 'Site » Post'


_SITE_AFTER_COLON = re.compile(r"\s+:\s+(.+)$")  # 'Post : Site' (Roller)


def _site_part(text: str, title: str) -> bool:
    """Whether a heading's text is the site's part of a two-part ``<title>`` ('POST : SITE',
    'POST | SITE'): the post's part is longer than nothing and shown elsewhere."""
    folded = text.casefold()
    match = _SITE_LAST.search(title) or _SITE_AFTER_COLON.search(title)
    return bool(match and match.group(1).strip() == folded and len(title) > len(folded) + 3)


def _site_heading(element: etree._Element, text: str, title: str) -> bool:
    """Whether a heading is the site's name: it links home (rel=home, '/'), or it is the part of
    the <title> where the site's name sits ('Post | Site', 'Site » Post')."""
    for link in element.iter("a"):
        if link.get("rel") == "home" or _HOME_HREF.match(str(link.get("href") or "")):
            return True
    folded = text.casefold()
    last, first = _SITE_LAST.search(title), _SITE_FIRST.match(title)
    return bool((last and last.group(1).strip() == folded) or (first and first.group(1).strip() == folded))


def _heading_text(heading: etree._Element, title: str) -> str | None:
    """The heading's text that the ``<title>`` repeats: the whole heading, or the part of it in a
    child element when the heading adds a prefix ('<a>[重温]</a> <span>SUBJECT</span>' in Discuz)."""
    text = element_text(heading)
    if len(text) >= 3 and text.casefold() in title:
        return text
    parts = [part for child in heading if isinstance(child.tag, str) and len(part := element_text(child)) >= 6]
    inside = [part for part in parts if part.casefold() in title and len(part) * 2 >= len(text)]
    return max(inside, key=len) if inside else None


_LEADING_PART = re.compile(r"^(.+?):\s+\S")  # 'Blog: Post' (other separators put the post first)


def _leading_part(title: str) -> str | None:
    """'reel_wanderer' of 'reel_wanderer: Brief Encounter' (LiveJournal, old Blogger)."""
    match = _LEADING_PART.match(title)
    return match.group(1).strip().casefold() if match else None


def _blog_name_heading(element: etree._Element, text: str, title: str) -> bool:
    """A heading outside the post that is the leading 'Blog:' part of the ``<title>``."""
    if text.casefold() != _leading_part(title):
        return False
    return not any(
        "post" in name or "entry" in name or "article" in name
        for node in (element, *element.iterancestors())
        for name in (*classes(node), str(node.get("id") or "").lower(), node.tag)
    )


def title_from_tag(tree: etree._Element, marked: list[etree._Element] | None = None) -> str:
    """The ``<title>`` without its blog-name parts (``Blog » Blog Archive » Post``)."""
    pool = [e for e in (marked if marked is not None else tree.iter()) if isinstance(e.tag, str)]
    title = _title_tag(pool)
    if "»" in title:
        return title.rsplit("»", 1)[1].strip()
    leading = _LEADING_PART.match(title)
    if leading and any(_blog_name_heading(h, element_text(h), title.casefold()) for h in tree.iter("h1", "h2")):
        return title[leading.end() - 1 :].strip()  # 'Blog: Post' under a page headed by the blog's name
    return _shown_part(tree, title) or title


_SHOWN_TAGS = ("a", "h1", "h2", "h3", "h4", "h5", "h6", "span", "strong", "b", "td", "div", "p")


def _title_runs(title: str) -> list[str]:
    """The parts of a '<title>' cut by its separators, and each run of neighbouring parts with
    the separators between them kept (a topic holding a dash: 'T1 – T2 - BOARD' gives 'T1 – T2')."""
    pieces = _TITLE_SEPARATORS.split(title)
    glue = _TITLE_SEPARATORS.findall(title)
    runs = []
    for start in range(len(pieces)):
        run = pieces[start]
        runs.append(run.strip())
        for end in range(start + 1, len(pieces) - (1 if start == 0 else 0)):  # (never the whole title)
            run += glue[end - 1] + pieces[end]
            runs.append(run.strip())
    return runs


def _shown_part(tree: etree._Element, title: str) -> str | None:
    """The longest part of a '<title>' cut by its separators that the page also shows whole as
    a link, heading or label ('BOARD :: View topic - TOPIC': the topic's own link)."""
    parts = [part for part in _title_runs(title) if len(part.split()) >= 2]
    if len(parts) < 2 and " : " in title:  # 'Forums : Classics : TOPIC', 'POST : BLOG' (Roller); a French
        parts = [part.strip() for part in title.split(" : ") if part.strip()]  # 'Titre : sous-titre' shows whole
    if len(parts) < 2:
        return None
    wanted = {" ".join(part.split()).casefold(): part for part in parts}
    shown = [
        wanted[text]
        for element in tree.iter(*_SHOWN_TAGS)
        if (text := " ".join(element_text(element).split()).casefold()) in wanted
    ]
    return max(shown, key=len) if shown else None
