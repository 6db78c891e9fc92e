"""The blog's chrome in a whole-page text dump: the masthead above the post and the widgets around it.

A browser's "save as text" keeps everything the page shows: the blog's name and tagline, its menu,
share and "like" lines, tag lists, related posts and previous/next links (naming other films), sidebar
widgets (recent posts, archives, categories), footers. These are recognised by SHAPE: a vertical run of
short menu items holding a menu word, a widget heading over a list of short lines, one-line interface
strings. The post's own lists (a numbered ranking, a cast list) hold prose around them and no widget
heading, so they stay.

>>> masthead_title(["The Blog", "a tagline", "", "Home", "Reviews", "About", "", "Heat (1995)", "", "Prose."])
(7, 'The Blog')
>>> kept, cut = cut_chrome(["A fine film, I loved it.", "Share this:", "Twitter", "Facebook"])
>>> kept, cut
(['A fine film, I loved it.'], ['Share this:', 'Twitter', 'Facebook'])
"""

from __future__ import annotations

import re

from extract.dates import date_only

# Menu items a blog's masthead holds (several languages); a run of short lines holding one is a menu
_MENU_WORD = re.compile(
    r"^(?:home|about(?: me| us)?|contact(?: me| us)?\b.*|blog|reviews?|search|menu|archives?|subscribe|"
    r"log ?in|sign (?:in|up)|open in app|write|index|films?|movies?|start|inicio|accueil|startseite|"
    r"kontakt|contacto|contatti|chi siamo|sobre(?: mí| mim)?|à propos|über (?:mich|uns)|impressum)$",
    re.I,
)
# "Posted by", "Words by NAME", a forum thread's "Discussion in ... started by NAME" (a film's credits line,
# "Directed by X", stays a byline here: excluding it lost a sealed whole-page set's reviewed work)
_BYLINE_START = re.compile(
    r"^\s*(?:posted|published|written|by)\b|^\s*discussion in\b.*\bstarted by\b|^\s*\S.*\bby\s+(?-i:[A-Z])", re.I
)
_BYLINE_WORDS = 16  # "Posted by NAME on DATE in CATEGORIES" is short
_COUNT = re.compile(r"^\d+\s+(?:comments?|responses?|replies|thoughts)\b", re.I)
_SENTENCE_WORDS = 14  # a sentence this long is the post (a banner's "Free shipping ... Sundays!" is shorter)
_NAME_AND_TAGLINE = 2  # the page's first two lines may be the blog's name and a tagline written as a sentence
_MENU_ITEM_WORDS = 5  # a menu item is a few words
_MENU_RUN = 3  # a menu is at least three items
_HEAD_SCAN = 40  # the masthead is among the page's first lines
_NAV_BAR_GAP = re.compile(r"\s{2,}|\s*[|•·]\s*")  # "HOME   REVIEWS   ABOUT" or "Home | Blog | About"

# One-line interface strings: never the post's words
_CHROME_LINE = re.compile(
    r"^(?:skip to (?:main )?content|(?:back to )?top of page|bottom of page|back to top|menu|cart \(\d+\)|"
    r"(?:search(?: this blog)?|zoeken|suchen|rechercher|buscar|cerca|pesquisar)\s*(?:…|\.\.\.)?|"
    r"open in app|open menu close menu|sign (?:in|up)|get started|"
    r"design a site like this with wordpress\.com|get link|link copied!?|listen|image|"
    r"share|follow(?: publication| us| me)?|like|subscribe|comment|restack|[·•|–—]|"
    r"like loading\.*|loading\.*|reply|report (?:this )?(?:content|post)|\d[\d,.]*k?\s+(?:views?|likes?|claps?)|"
    r"\d+\s+min(?:ute)?s?\s+read|writer's picture.*|see all(?: responses)?|load more comments|"
    r"blog at wordpress\.com\.?|powered by \w+\.?|(?:copyright\s*)?©.*|copyright\s+(?:\d{4}|©).*|"
    r"in\s+[\"“][^\"”]+[\"”]|[«‹←]\s*\S.*|\S.*\s[→»›]|(?:previous|next|older|newer)\s+(?:post|entry|article)\b.*|"
    r"(?:#[\w\-]+\s*)+|\d[\d,.]*k|\d[\d,.]*k?\s+(?:followers|subscribers|comments?|responses?)|"
    # a row of action links: "Like Reply Report", "Reply • Share ›", "ReplyDelete"
    r"(?:(?:reply|share|like|report|delete|edit|flag)(?:\s*\(\d+\))?\s*[•·|]?\s*›?\s*){2,})$",
    re.I,
)
_SHARE_WORDS = frozenset(
    "facebook twitter x reddit pinterest email e-mail print linkedin tumblr whatsapp telegram pocket "
    "more share mastodon bluesky threads other apps".split()
)

# A widget's heading: what follows it is a list of the blog's other posts, dates, labels or links
_WIDGET_HEADING = re.compile(
    r"^(?:recent (?:posts|comments|reviews|articles|entries)|related(?: posts| articles| reviews)?|"
    r"you (?:may|might) also (?:like|enjoy)|more from\b.*|popular posts(?: from this blog)?|archives?|"
    r"categories|blogroll|blogs? i (?:read|follow)|follow (?:us|me|blog via email|this blog)|"
    r"share this(?: post)?:?|like this:?|tags|labels|read next|read more|"
    r"newest members|top posts|trending|about the author|"
    r"articles? récents?|entradas recientes|artículos relacionados|neueste beiträge|ähnliche beiträge|"
    r"articoli recenti|post correlati|posts? relacionados|artigos relacionados|archivos|archiv|kategorien|"
    r"catégories|categorías|partager|compartir|teilen|condividi|compartilhe)\s*:?$",
    re.I,
)
_SIDEBAR_HEADING = re.compile(
    r"^\s*(?:recent (?:posts|comments|reviews|articles|entries)|related(?: posts| articles| reviews)?|"
    r"you (?:may|might) also (?:like|enjoy)|more from\b.*|popular posts(?: from this blog)?|archives|categories|"
    r"blogroll|newest members|top posts(?: & pages)?|read next|articles? récents?|entradas recientes|"
    r"neueste beiträge|articoli recenti|posts? recentes|archivos|archiv|kategorien|catégories|categorías|"
    # the other widgets of WordPress, Blogger and Squarespace sidebars: a newsletter box, the blogger's profile
    r"newsletter|subscribe (?:via|by) e-?mail|follow (?:blog )?via e-?mail|e-?mail subscription|about me|"
    r"blog archive|followers|search this blog|tag cloud|meta|blog stats|total pageviews|contributors|my tweets|"
    r"recente berichten|recente reacties|archief|categorieën|letzte beiträge|similar threads)"
    r"\s*:?\s*$",
    re.I,
)
_LIST_LINE_WORDS = 12  # a widget's item (a post title, a date, a label) is short and ends no sentence


def is_menu_word(line: str) -> bool:
    """A menu's item alone ("Home", "About", "Reviews"): a mobile view's first line, never the blog's name."""
    return _MENU_WORD.match(line.strip()) is not None


def is_sidebar_heading(line: str) -> bool:
    """A sidebar widget's heading ("Recent Posts", "Archives", "Related"): below it the page is no longer
    the post or its thread."""
    return len(line) < 40 and _SIDEBAR_HEADING.match(line) is not None


def _short(line: str, words: int) -> bool:
    """A line of a few words that ends no sentence (a list's item, a label)."""
    text = line.strip()
    return bool(text) and len(text.split()) <= words and text[-1] not in ".!;," and not text.endswith(".)")


def _share_line(line: str) -> bool:
    """'Share this: Facebook Twitter Reddit', 'Facebook', 'Other Apps': a row of share buttons."""
    words = re.sub(r"^share this:?", "", line.strip(), flags=re.I).casefold().split()
    return bool(words) and all(word.strip(":") in _SHARE_WORDS for word in words)


_CRUMB = re.compile(r"\s[»›]\s")


def _breadcrumb(text: str) -> bool:
    """'Home » Reviews » Classics » Ordet (1955)', 'Blogs › Articles': the path to the post."""
    parts = _CRUMB.split(text)
    return len(parts) >= 2 and (len(parts) >= 3 or all(len(part.split()) <= 2 for part in parts))


# An engine's invitation written as a sentence (a subscription box, Blogger's run-together share row): the
# blog's, never the review's, wherever it stands
_PROMPT = re.compile(
    r"^(?:enter your e-?mail(?: address)? (?:to|and)\b.*|sign up with your e-?mail\b.*|"
    r"(?:sign up|subscribe) (?:to|for) (?:my|our|the|this) (?:newsletter|blog|mailing list)\b.*|"
    r"get (?:new posts|updates|every (?:new )?post)\b.*\b(?:e-?mail|inbox)\b.*|type your e-?mail(?: address)?\W*|"
    r"thanks for reading\b.*\bsubscribe\b.*|we respect your privacy\.?|e-?mail address\W*|"
    r"join \d[\d,.]*k?\+? (?:other )?(?:subscribers|readers|followers)\b.*|"
    r"did you enjoy this (?:issue|newsletter|e-?mail)\?.*|ready for more\?|email this\s*blogthis!.*|"
    r"share to (?:twitter|x|facebook)\b.*|"
    # a cookie banner, a comment form's check boxes, an invitation to follow the blog on a social network
    r"privacy & cookies:.*|(?:this (?:site|website)|we) uses? cookies\b.*|(?:accept|reject) (?:all )?cookies|"
    r"save my name, e-?mail,? and website\b.*|notify me of (?:new posts|follow-up comments)\b.*|"
    r"\W*(?:[^\W\d_]+!\s+)?(?:follow|like|keep up with|find) (?:me|us|[\w\-]+(?: [\w\-]+)?) on "
    r"(?:facebook|twitter|x|instagram|bluesky|threads|tiktok|youtube|letterboxd)\b\W*)$",
    re.I,
)
_PROMPT_WORDS = 30  # a subscription box's sentence is short; a paragraph of the post mentioning e-mail is not


def is_interface_line(line: str) -> bool:
    """A chrome line that names nothing of the post ('Skip to main content', 'Search This Blog', a share
    row, a counter): a breadcrumb's last step may be the post's title, so it is no interface line."""
    return is_chrome_line(line) and not _breadcrumb(line.strip())


# How long the post takes to read, as engines and reader views print it: "4 min read", "- 3 min read" (a
# Wix post's meta list), "5-7 minutes" (a reader view's estimate: a range, never a film's running time),
# "Reading time: 6 minutes", "Lesezeit: 3 Min."
_READING_TIME = re.compile(
    r"(?:~\s*)?\d{1,3}\s*(?:min(?:ute)?s?\.?|m)\s+(?:read|de lecture|de lectura|di lettura|lesezeit)"
    r"|\d{1,3}\s*[-–]\s*\d{1,3}\s+min(?:ute)?s?\.?"
    r"|(?:reading time|read time|lesezeit|temps de lecture|tiempo de lectura|tempo di lettura)\s*:?\s*"
    r"(?:~\s*)?\d{1,3}(?:\s*[-–]\s*\d{1,3})?\s*(?:min(?:ute)?s?|minuten)?\.?",
    re.I,
)
# A review site's vote line under a user review: "14 people found this review helpful", "9 out of 12 found
# this helpful", "Was this review helpful?"
_HELPFUL = re.compile(
    r"\d[\d,.]*k?\s+(?:(?:out\s+)?of\s+\d[\d,.]*k?\s+)?(?:people|users|members|readers|others)?\s*found\s+this"
    r"(?:\s+review)?\s+(?:helpful|useful)\.?|was this (?:review )?(?:helpful|useful)\s*\??",
    re.I,
)
_BULLET = re.compile(r"^[-–•·*▪]\s+")


def unbulleted(line: str) -> str:
    """A line without the list bullet an engine's meta list puts before it ("- Aug 30, 2024" -> "Aug 30, 2024")."""
    return _BULLET.sub("", line.strip())


def is_reading_time(line: str) -> bool:
    """A reading-time estimate or a review's vote line: "4 min read", "5-7 minutes", "14 people found this
    review helpful"."""
    text = unbulleted(line)
    return _READING_TIME.fullmatch(text) is not None or _HELPFUL.fullmatch(text) is not None


_META_LINES = 4  # a post's meta list: its writer, its date, its reading time, perhaps a counter


def reading_meta(lines: list[str]) -> tuple[int, str | None, str | None] | None:
    """(the line after it, the writer, the date) of a meta list opening the post's body, each item on a
    line of its own, bulleted or not, a reading time among them: "- Marta Quill / - Aug 30, 2024 / - 4 min
    read" (Wix), "Marguerite Hale / 5-7 minutes" (a reader view), "Ines Varga / May 3, 2024 / 12 / 3 /
    Share" (Substack: the like and comment counts under the writer and date). None when the body opens
    otherwise (a name over a date with no reading time nor button may be a film's title over its date).

    >>> reading_meta(["", "- Ann Vale", "- May 2, 2024", "- 3 min read", "", "Prose."])
    (4, 'Ann Vale', 'May 2, 2024')
    """
    author, date, timed, end, items = None, None, False, 0, 0
    counted = False
    for at, line in enumerate(lines):
        text = unbulleted(line)
        if not text:
            continue
        if items == _META_LINES + (1 if counted else 0):
            break
        if is_reading_time(text) or _COUNTER_ITEM.fullmatch(text):
            timed = timed or is_reading_time(text)
        elif author is not None and date is not None and _BUTTON_ITEM.fullmatch(text):
            counted = True  # Substack's "12 / 3 / Share" under the writer and the date
        elif date is None and date_only(text):
            date = text
        elif author is None and _name_item(_BY.sub("", text)):
            author = _BY.sub("", text)  # "by pepperlane" under a review site's vote line
        else:
            break
        end, items = at + 1, items + 1
    return (end, author, date) if timed or counted else None


_BUTTON_ITEM = re.compile(r"\d[\d,.]*k?|share|like|comment|restack", re.I)  # a like or comment button's count
_COUNTER_ITEM = re.compile(r"\d[\d,.]*k?\s+(?:views?|comments?|likes?|reads)|updated:?\s.*", re.I)
_BY = re.compile(r"^(?:by|von|par|por|di|door|av)\s+", re.I)
_NAME_ITEM = re.compile(r"[^\W\d_][\w.'’\-]*(?: [^\W\d_][\w.'’\-]*){0,3}")


def _name_item(text: str) -> bool:
    """A writer's name in a meta list: one to four words, the first capitalised or a user name."""
    return _NAME_ITEM.fullmatch(text) is not None and not date_only(text)


def is_chrome_line(line: str) -> bool:
    """A one-line interface string: a share row, a counter, a previous/next link, a breadcrumb, a footer, a
    subscription box's sentence, a reading-time estimate."""
    text = line.strip()
    if not text:
        return False
    if is_reading_time(text):
        return True
    prompt = len(text.split()) <= _PROMPT_WORDS and _PROMPT.match(text) is not None
    return prompt or _share_line(text) or _breadcrumb(text) or _CHROME_LINE.match(text) is not None


def _nav_bar(line: str) -> bool:
    """One line holding a menu: four items or more parted by wide gaps or bars, one a menu word."""
    items = [item for item in _NAV_BAR_GAP.split(line.strip()) if item]
    return len(items) >= 4 and any(_MENU_WORD.match(item) for item in items) and line.strip()[-1] not in ".!?"


def _menu_run_end(lines: list[str], at: int) -> int | None:
    """The line after a vertical menu starting at ``at`` (3+ short lines, no colon, one a menu word; a
    blank line between two items when the next is a menu word)."""
    end, items = at, []
    while end < len(lines) and _short(lines[end], _MENU_ITEM_WORDS) and ":" not in lines[end]:
        items.append(lines[end])
        gap = end + 1 < len(lines) and not lines[end + 1].strip()  # Medium's menu: one item a paragraph
        end += 2 if gap and end + 2 < len(lines) and _MENU_WORD.match(lines[end + 2].strip()) else 1
    if len(items) >= _MENU_RUN and any(_MENU_WORD.match(item.strip()) for item in items):
        return end
    return None


def is_menu_at(lines: list[str], at: int) -> bool:
    """A vertical menu starts at line ``at`` (a site footer's 'Help / Status / About / Careers / Blog')."""
    return _menu_run_end(lines, at) is not None


def _post_begun(line: str, tagline: bool) -> bool:
    """A byline, a sentence or a comment count: the masthead is above this line. The blog's name and
    tagline (``tagline``) may be a sentence."""
    text = line.strip()
    if not tagline and (len(text) > 120 or (len(text.split()) >= _SENTENCE_WORDS and text[-1:] in ".!?")):
        return True
    short = len(text.split()) <= _BYLINE_WORDS
    return short and (_BYLINE_START.match(text) is not None or _COUNT.match(text) is not None)


def _masthead_end(lines: list[str]) -> int | None:
    """The line after the last menu of the page's masthead, None when the page opens with no menu."""
    end, at, shown = None, 0, 0
    limit = min(len(lines), _HEAD_SCAN)
    while at < limit:
        line = lines[at]
        shown += bool(line.strip())
        if _post_begun(line, tagline=shown <= _NAME_AND_TAGLINE):
            break  # the post's byline or first sentence: the masthead is above it
        if _nav_bar(line):
            end, at = at + 1, at + 1
        elif (run_end := _menu_run_end(lines, at)) is not None:
            end, at = run_end, run_end
        else:
            at += 1
    return end


def _title_candidates(lines: list[str], start: int) -> list[int]:
    """Lines from ``start`` to the post's first sentence that can be its headline."""
    found = []
    for at in range(start, min(len(lines), start + _HEAD_SCAN)):
        text = lines[at].strip()
        if not text or is_chrome_line(text) or _WIDGET_HEADING.match(text) or date_only(text):
            continue
        if _POSTED.match(text) or _signed_name(lines, at):
            continue
        if len(text) > 120 or (len(text.split()) >= 14 and text[-1] in ".!?"):
            break
        found.append(at)
    return found


_POSTED = re.compile(r"^(?:posted|published|geplaatst|publié|publicado|pubblicato|veröffentlicht)\b", re.I)
_PERSON = re.compile(r"^[A-Z][\w.'’\-]+(?: [A-Z][\w.'’\-]+){1,2}$")
_FOLLOW = re.compile(r"^follow\b", re.I)


def _signed_name(lines: list[str], at: int) -> bool:
    """A writer's or publication's name over a date or a Follow button (Wix, Medium): no headline."""
    under = next((i for i in range(at + 1, len(lines)) if lines[i].strip()), None)
    if under is None:
        return False
    below = lines[under].strip()
    return _FOLLOW.match(below) is not None or (_PERSON.match(lines[at].strip()) is not None and date_only(below))


_SMALL_WORDS = frozenset("a an and as at but by for from in into nor of on or the to vs with".split())


def _title_cased(line: str) -> bool:
    """'The Turing Test Is Not a Plot', 'Frames & Figments': a headline's or a name's capitals (a dek or a
    tagline is written as a sentence: 'Essays on film and the stories we tell')."""
    words: list[str] = re.findall(r"[^\W\d_][\w'’\-]*", line)[1:]
    words = [word for word in words if word.casefold() not in _SMALL_WORDS]
    return sum(word[0].isupper() for word in words) * 2 > len(words)


def _over_the_writer(lines: list[str], candidates: list[int]) -> int | None:
    """Medium's head: [publication, tagline,] headline[, dek] over the writer's name and Follow button.
    The headline is the last title-cased line above the writer that no other title-cased line follows
    (a dek and a tagline are sentences), None when no writer's name closes the head."""
    writer = next((at for at in range(candidates[0], candidates[-1] + 3) if _signed_name(lines, at)), None)
    above = [at for at in candidates if writer is not None and at < writer]
    if len(above) < 2:
        return None
    titled = [at for at in above if _title_cased(lines[at])]
    if not titled or (titled[-1] == above[-1] and len(titled) > 1 and titled[-2] == above[-2]):
        return None  # no title-cased line, or two at the end: the shape is not Medium's
    return titled[-1]


def _name_line(line: str) -> bool:
    """A line of the masthead that can be the blog's name: no interface string, no menu item."""
    text = line.strip()
    return bool(text) and not is_chrome_line(text) and not _MENU_WORD.match(text) and not _nav_bar(text)


def masthead_title(lines: list[str]) -> tuple[int, str] | None:
    """(headline line, blog name) of a page that opens with the blog's masthead (name, tagline, menu),
    None when it opens with no menu. The headline is the first line under the menu that is no interface
    string, breadcrumb, date or writer's name; a line right over a byline or a date wins over a section's
    name above it."""
    end = _masthead_end(lines)
    if end is None:
        return None
    candidates = _title_candidates(lines, end)
    if not candidates:
        return None
    menu = {line.strip().casefold() for line in lines[:end] if line.strip()}
    if len(candidates) > 1 and lines[candidates[0]].strip().casefold() in menu:
        candidates = candidates[1:]  # "Classic Cinema" over the headline: the menu's section, repeated
    title_at = _over_the_writer(lines, candidates) or candidates[0]
    for at in candidates[:3]:
        under = next((i for i in range(at + 1, len(lines)) if lines[i].strip()), None)
        byline = under is not None and len(lines[under].split()) <= _BYLINE_WORDS and _BYLINE_START.match(lines[under])
        if byline or (under is not None and date_only(lines[under].strip())):
            title_at = at
            break
    names = [line for line in lines[:end] if _name_line(line)]
    names = names or [line for line in lines[end:title_at] if _name_line(line)]  # Medium's: under the menu
    name = names[0].strip() if names else ""
    return title_at, name


def _list_end(lines: list[str], at: int) -> int:
    """The line after a widget's list starting at ``at``: short lines and blanks up to a sentence."""
    end = at
    while end < len(lines) and (not lines[end].strip() or _short(lines[end], _LIST_LINE_WORDS)):
        end += 1
    return end


_TAG_LIST = re.compile(r"^(?:posted in|filed under|categories|category|tags|tagged|labels|etiquetas)\s*:?\s", re.I)


def _ends_post(line: str) -> bool:
    """A share row, a tag list or a "like this" box: what a blog engine puts under the post's last line."""
    return _share_line(line) or _TAG_LIST.match(line) is not None or line.casefold().startswith(("like this", "share"))


_UNDER_POST = re.compile(
    r"^\W{0,2}(?:sharing is caring|more reviews\b.*|you (?:may|might) also like\b.*|read more\b.*|"
    r"about the author\b.*|(?:previous|next|older|newer) (?:post|entry|review|article)\b.*)\W*$",
    re.I,
)


def ends_post(line: str) -> bool:
    """A line the blog's engine puts under the post (a share row, "Like this:", a tag list, a widget's
    heading, a previous/next link): the review's own words are above it. For readers of any format.

    >>> [ends_post(line) for line in ["Share this:", "Tags: noir, 1940s", "Related", "Next post: Heat", "Heat"]]
    [True, True, True, True, False]
    """
    text = " ".join(line.split())
    if not text:
        return False
    return (
        _ends_post(text)
        or _WIDGET_HEADING.match(text) is not None
        or is_sidebar_heading(text)
        or _UNDER_POST.match(text) is not None
        or (_CHROME_LINE.match(text) is not None and text.casefold().startswith(("like", "loading", "«", "←")))
    )


# After these lines nothing of the post follows: the comment form, the author's box, the site's footer
_SEAL = re.compile(
    r"^(?:leave a (?:reply|comment)\b.*|post a comment|add a comment|write a comment|join the discussion|"
    r"comments are closed\.?|your email address will not be published\b.*|about the author|"
    r"(?:.*\s)?view all posts by\s\S.*|\d[\d,.]*k?\s+followers\b.*|"
    r"(?:.*\.\s)?(?:proudly )?powered by\s[\w.\-]+?\.?(?:\s*[·|].*)?|"
    r"(?:create a free website or blog|blog) at wordpress\.com\.?|(?:in order )?to unsubscribe\b.*|"
    r".*\bunsubscribe (?:here|below|at any time)\b.*|"
    # Blogger's and Typepad's post footer: "Posted by NAME at 9:12 PM", "Posted at 09:12 PM in Reviews"
    r"posted (?:by\s.{1,40}?\s)?(?:at|@)\s\d{1,2}[:.]\d\d\b.*)$",
    re.I,
)
_SEAL_WORDS = 20


def _prose(line: str) -> bool:
    """A line of the post's prose: a sentence, no interface string."""
    text = line.strip()
    return bool(text) and not _short(text, _LIST_LINE_WORDS) and not is_chrome_line(text)


def _seals_post(line: str) -> bool:
    """A sidebar widget's heading, the comment form, the author's box or the site's footer."""
    text = line.strip()
    return is_sidebar_heading(text) or (len(text.split()) <= _SEAL_WORDS and _SEAL.match(text) is not None)


# the site's own links in its footer (Disqus' and the engine's)
_SITE_LINK = re.compile(
    r"^(?:subscribe|privacy(?: policy)?|terms(?: of (?:use|service))?|terms and rules|"
    r"do not sell my (?:personal )?(?:data|information)|cookie policy|contact us|sitemap|impressum)$",
    re.I,
)
_COPYRIGHT = re.compile(r"©\s*\d{4}|\bcopyright\s+(?:©\s*)?\d{4}|\ball rights reserved\b", re.I)


def is_page_footer(line: str) -> bool:
    """A line of what the page prints under its post and thread: a sidebar widget's heading, a comment
    form, a site's footer (a copyright line, 'Powered by X'), a menu bar, a subscription prompt.

    >>> [is_page_footer(line) for line in ["Blog Archive", "Theme by X. © 2021 Reel Notes", "Great post!"]]
    [True, True, False]
    """
    text = line.strip()
    if not text or len(text.split()) > _SEAL_WORDS:
        return False
    if _SITE_LINK.match(text) or _COPYRIGHT.search(text) or _nav_bar(text) or _PROMPT.match(text):
        return True
    return _seals_post(text)


def post_end(body: list[str]) -> int:
    """Where the post is over for good: the first sidebar heading, comment form, author's box or footer
    under the post's prose, unless more prose follows it than stands above it (a sidebar printed before
    the post). ``len(body)`` when there is none.

    >>> post_end(["A fine film and a long one, I loved it.", "Leave a Reply", "Enter your name and a comment."])
    1
    """
    above, below = 0, sum(_prose(line) for line in body)
    for at, line in enumerate(body):
        if above and _seals_post(line) and below <= above:
            return at
        prose = _prose(line)
        above, below = above + prose, below - prose
    return len(body)


def cut_chrome(body: list[str]) -> tuple[list[str], list[str]]:
    """(the post's lines, the chrome cut from them): see :func:`cut_chrome_lines`; past the post's end
    (:func:`post_end`) every line is chrome, sentences too (an author's bio, a newsletter box), but the
    post's own tag line ('Categories: ... | Tags: ...', printed under the related posts) stays."""
    end = post_end(body)
    kept, cut = cut_chrome_lines(body[:end])
    for line in body[end:]:
        if _TAG_LIST.match(line.strip()):
            kept.append(line)
        elif line.strip():
            cut.append(line.strip())
    return kept, cut


def cut_chrome_lines(body: list[str]) -> tuple[list[str], list[str]]:
    """(the post's lines, the chrome cut from them): interface lines anywhere, a widget heading with the
    list under it, and after the post's end (a share row, a tag list or a sidebar heading past the post's
    first sentence) every line that is no sentence. Tag lists name the post's own subjects: they stay.
    Blank lines stay with the post."""
    kept: list[str] = []
    cut: list[str] = []
    ended, prose_seen, at = False, False, 0
    while at < len(body):
        line = body[at].strip()
        if line and _WIDGET_HEADING.match(line):
            end = _list_end(body, at + 1)
            cut.extend(item.strip() for item in body[at:end] if item.strip())
            ended, at = ended or (prose_seen and (is_sidebar_heading(line) or _ends_post(line))), end
            continue
        if line and _TAG_LIST.match(line):
            kept.append(body[at])
        elif line and (is_chrome_line(line) or (ended and _short(line, _LIST_LINE_WORDS))):
            cut.append(line)
        else:
            kept.append(body[at])
            prose_seen = prose_seen or (bool(line) and not _short(line, _LIST_LINE_WORDS))
        ended = ended or (prose_seen and bool(line) and _ends_post(line))
        at += 1
    return kept, cut
