"""Page titles and pingback lines: what is reviewed, and which post links here.

>>> reviewed_from_title("FlixChatter Review: Spike Jonze’s HER")
ReviewedWork(title='Her', year=None, director='Spike Jonze')
>>> reviewed_from_title("Her (2013); Directed by Spike Jonze")
ReviewedWork(title='Her', year=2013, director='Spike Jonze')
>>> split_pingbacks(["Review: Up | Film Diary", "Notes on Heat |"])
[('Review: Up', 'Film Diary'), ('Notes on Heat', None)]
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from itertools import combinations

from extract.records import ReviewedWork

_APOS = "'’"
_SMALL_WORDS = {"a", "an", "and", "as", "at", "but", "by", "for", "in", "of", "on", "or", "the", "to"}
_REVIEW_PREFIX = re.compile(r"^(?:.{0,40}?\b(?:review|reviews|reviewed|verdict|thoughts|take)\b\s*[:\-–—|]+\s*)", re.I)
_REVIEW_SUFFIX = re.compile(r"(?<!\s)\s*+(?:[:\-–—|(]++\s*+)?\b(?:an?\s+)?(?:movie|film)?\s*review\)?\s*$", re.I)
_ABOUT_PREFIX = re.compile(r"^(?:(?:some\s+)?(?:thoughts|musings|notes)\s+on|review\s+of)\s+", re.I)
# a year in brackets, maybe beside the film's language or country: "(1975)", "[1975]", "(Hindi/1975)", "(1959/France)"
_YEAR = re.compile(r"(?<!\s)\s*[(\[](?:[A-Z][a-z]{2,14}\s*/\s*)?((?:19|20)\d\d)(?:\s*/\s*[A-Z][a-z]{2,14})?[)\]]")
_DIRECTED_BY = re.compile(r"(?<!\s)[;,:\-–—|]?\s*\(?(?:directed|dir\.)\s+by\s+([A-Z][\w.'’\- ]+?)\)?\s*$", re.I)
_POSSESSIVE = re.compile(rf"^([A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*){{0,3}})[{_APOS}]s\s+(.+)$")
_PAGE_TRAILER = re.compile(r"(?<!\s)\s+[|–—-]\s+[^|–—-]{2,60}$")

_SITE_WORDS = re.compile(
    r"\b(blog|films?|movies?|cinema|reviews?|magazine|journal|diary|critic|screen|reels?)\b"
    r"|\.com\b|\.net\b|\.org\b",
    re.I,
)
_SEPARATORS = (" | ", " – ", " — ", " - ", " :: ")


def title_case(text: str) -> str:
    """Title-case a title written in capitals; leave mixed-case titles alone.

    >>> title_case("I’M YOUR MAN")
    'I’m Your Man'
    >>> title_case("S1m0ne")
    'S1m0ne'
    """
    letters = [ch for ch in text if ch.isalpha()]
    if not letters or any(ch.islower() for ch in letters):
        return text
    words = text.lower().split(" ")
    out = []
    for index, word in enumerate(words):
        if index and word in _SMALL_WORDS:
            out.append(word)
        else:
            out.append(word[:1].upper() + word[1:])
    return " ".join(out)


_BLOG_PREFIX = re.compile(r"^(?P<prefix>[A-Z][\w’'&.]*(?:\s+[A-Z][\w’'&.]*){0,3})\s*:\s+(?P<rest>.+)$")
_BLOG_WORDS = re.compile(
    r"\b(?:blog|films?|movies?|cinema|reviews?|rants?|sundays?|screen(?:ing)?s?|reels?|take|diary|notes|"
    r"chatter|club|critic|corner|digest|journal)\b|chatter",
    re.I,
)


def split_site_prefix(title: str) -> tuple[str | None, str]:
    """Split a blog-name prefix off a post title: ``Reel Rants: Heat`` -> ("Reel Rants", "Heat").

    >>> split_site_prefix("Cinema Sundays: Moon (2009)")
    ('Cinema Sundays', 'Moon (2009)')
    >>> split_site_prefix("2001: A Space Odyssey (1968)")
    (None, '2001: A Space Odyssey (1968)')
    """
    match = _BLOG_PREFIX.match(" ".join(title.split()))
    if not match or not _BLOG_WORDS.search(match.group("prefix")):
        return None, title
    prefix = match.group("prefix")
    site = None if re.search(r"\breviews?$", prefix, re.I) else prefix
    return site, match.group("rest")


_REVIEW_WORDS = re.compile(r"\b(?:review(?:ed|s)?|verdict|directed\s+by|dir\.)", re.I)


_LABEL_WORDS = (
    r"review|reviews|reviewed|classics|seen|re-?seen|gesehen|wiedergesehen|kinotagebuch"
    r"|reseña|película|critique|cinema|movie|film|films|movies|club|series|challenge|marathon|countdown|spotlight|debts?"
    r"|verdict|thoughts|take|rewatch|revisited|retrospective|festival|fest"
    r"|kritik|recensione|recensie|recension|cr[ií]tica|resenha|anmeldelse|watched|re-?watch(?:ed)?"  # "Kritik: T"
    r"|tag|tagged|category|archives?"  # a blog's archive page: "Tag: T", "Category: T"
)
# a numbered part: "Episode 12", "Day One", "Week 3" (not "Independence Day")
_NUMBERED = (
    r"\b(?:episode|ep|day|week|part|night|chapter)\.?\s*#?\s*(?:\d{1,4}|one|two|three|four|five|six|seven|eight"
    r"|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty)\b"
    r"|\bs\d{1,2}\s?e\d{1,3}\b"  # a podcast's or a series' episode code: "S3E7 –", "S02 E11:"
)
# a label segment before a separator: "Episode 12:", "Day 3 –", "Late Show Club #41:", "Reseña de Película |",
# a blog's column: "Reviewing the Classics |", "Criterion Classics:"
_LABEL = re.compile(
    rf"^(?:[^:|–—]{{0,40}}?(?:\b(?:{_LABEL_WORDS})\b|{_NUMBERED}|#\s?\d+|\b(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)[a-z]*\.?\s+\d{{1,2}})[^:|–—]{{0,12}}?)"
    r"\s*(?:[:|–—]|\s-)\s+",
    re.I,
)
_LABEL_MARKS = (":", "|", "–", "—", "-")  # a _LABEL match holds one: its separator
_TAGS = re.compile(
    r"(?<!\s)\s*(?:\[(?!(?:19|20)\d\d\])[^\[\]]{0,40}\]|\((?:[^()]{0,40}?\b(?:review|spoiler|spoilers|restoration|remaster(?:ed)?|4k|blu-?ray|dvd|mini-?series|series|season|tv"
    r"|cinema|festival|screening|rewatch|revisited|redux|cut|edition|trailer|free|re-?release)\b[^()]{0,20}|[A-Z\s-]{3,30})\))",
    re.I,
)
_REVIEW_KINDS = (
    r"a|an|the|horror|silent|short|film|movie|blu-?ray|dvd|4k|ultra|hd|uhd|cinema|quick|mini|spoiler-?free|fun|size"
    r"|capsule|full|video|tv|festival|theatrical|home|netflix|streaming|classic|retro|my|our|sci-?fi|science"
    r"|fiction|comedy|thriller|drama|western|noir|documentary|animated|anime|musical|romance|action|war|cult|indie"
)
# a title before a description of it: "Beloved Sisters, a Stunning Tableau with a Captivating Story",
# "Her, and what it hears"
_APPOSITION = re.compile(r"^(?P<title>[^,:;]{2,60}?),\s+(?:a|an|the|and|or|but)\s+(?=\S)", re.I)
# a release format after the title: "Rediscovering The Last Horror Film on Blu-ray", "T Lands on 4K UHD"
_FORMAT_TAIL = re.compile(
    r"(?<=\S)(?:\s+(?:lands|arrives|comes|returns|is\s+out|out\s+now))?\s+(?:on|in)\s+(?:blu-?ray|dvd|4k(?:\s+uhd)?|uhd|vhs"
    r"|laserdisc|netflix|digital|streaming)\b.*$",
    re.I,
)
_LINK_LABEL = re.compile(
    r"^(?:previous|next|older|newer|related|read|see also|more)"
    r"(?:\s+(?:post|entry|article|review|story))?\s*[:»›|-]\s+",
    re.I,
)
# the kinds of review a label may name before "review", one lexicon for the title's suffix, a label's
# words ("Blu-ray Review", "Classic Film Review") and the words a review label follows ("T Blu-ray Review: ...")
REVIEW_KINDS = _REVIEW_KINDS
_KINDS_ONLY = re.compile(rf"(?:(?:{_REVIEW_KINDS}|reviews?)\b[\s:,–—-]*)+", re.I)


def is_review_label(text: str) -> bool:
    """Whether a reading is only words of a review's label: "Blu-ray", "Classic Film", "Movie Review".

    >>> is_review_label("Blu-ray"), is_review_label("Classic Film Review"), is_review_label("The Friend")
    (True, True, False)
    """
    return _KINDS_ONLY.fullmatch(text.strip()) is not None


_LONG_SUFFIX = re.compile(rf"(?<=\S)\s*+[-–—:|(]?\s*+\b(?:(?:{_REVIEW_KINDS})\s+){{0,3}}review\)?\s*$", re.I)
# a title in another script before its Latin spelling and year, or after the title behind a dash
_SCRIPT_FIRST = re.compile(
    r"^[^\x00-\x7f(]+(?:\s+[^\x00-\x7f(]+)*\s*\((?P<latin>[A-Za-z][^(),]{1,60}),\s*(?P<year>(?:19|20)\d\d)\)\s*$"
)
_SCRIPT_TAIL = re.compile(r"\s+[-–—|/]\s+[^\x00-\x7f()]+(?:\s+[^\x00-\x7f()]+)*(?=\s*(?:\((?:19|20)\d\d\))?\s*$)")
# a second look after the title: "T: A Second Look", "T – a retrospective", "T: A Reappraisal"
_LOOK_TAIL = re.compile(
    r"\s*[:–—-]\s*(?:an?\s+|the\s+)?(?:(?:second|another|fresh|closer|new|late|long)\s+look|retrospective"
    r"|reappraisal|reassessment|re-?evaluation|rewatch|re-?view)\s*$",
    re.I,
)
_REVIEW_OF = re.compile(r"^.{0,60}?\breview(?:ed)?\s+(?:of|on|for)\s+", re.I)
# a quoted title: double quotes may hold an apostrophe ("“Schindler’s List”"), single ones may not
_QUOTED = re.compile(r"(?<!\w)(?:“([^“”\n]{1,60}?)”|\"([^\"“”\n]{1,60}?)\"|[‘'“\"]([^‘’'“”\"]{1,60}?)[’'”\"])(?!\w)")
_YEAR_FIRST = re.compile(r"^((?:19|20)\d\d)[’']s\s+")
_BARE_YEAR = re.compile(r"(?<=\w),?\s+((?:19\d\d|20[0-2]\d))$")  # "Moon 2021", "Vertigo, 1958"
_CLOSING_YEAR = re.compile(r"(?<=[\w)]),?\s+((?:19\d\d|20[0-2]\d))$")  # "T (English T), 1948"
# the maker after the title: "Vertigo d'Alfred Hitchcock", "Vertigo by Alfred Hitchcock"
_MAKER_TAIL = re.compile(
    r"(?<=\S)\s+(?:(?:by|von|di|de)\s+(?P<name>[A-Z][\w.’'-]+(?:\s+[A-Z][\w.’'-]+){1,3})"
    r"|d[’'](?P<elided>[A-Z][\w.’'-]+(?:\s+[A-Z][\w.’'-]+){0,3}))$"
)
_AKA = re.compile(r"(?<!\s)\s+\(?(?:aka|a\.k\.a\.)\s+", re.I)
_DIRECTOR_YEAR = re.compile(r"(?<!\s)\s*\(([A-Z][^(),]{2,40}),\s*((?:19|20)\d\d)\)")
# "Them! (1954, Gordon Douglas)": a year, then a name of two or more words or anything else ("(1995, 170 min)")
_YEAR_DIRECTOR = re.compile(
    r"(?<!\s)\s*\(((?:19|20)\d\d),\s*(?:(?P<name>[A-Z][\w.’'-]+(?:\s+[A-Z][\w.’'-]+){1,3})(?:,\s*[^(),]{2,40})?"
    r"|[^()]{1,30})\)"
)  # "Bao (2018, Domee Shi, United States/Canada)": a country or a running time after the name
# characters a page title carries unseen: direction marks (Letterboxd's "\u200eAftersun"), zero-width
# spaces and joiners, a soft hyphen, a byte-order mark
_INVISIBLE = re.compile("[\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]")


_PIPE = re.compile(r"\s*\|+\s*")  # a bar typed without its spaces is still a separator: "Classics| El Norte"


def _visible(title: str) -> str:
    """``title`` on one line, without the characters a reader cannot see, its bars set off by spaces.

    >>> _visible("\u200eAftersun  (2022)")
    'Aftersun (2022)'
    >>> _visible("Reviewing the Classics| El Norte")
    'Reviewing the Classics | El Norte'
    """
    return " ".join(_PIPE.sub(" | ", _INVISIBLE.sub("", title)).split())


_MONTHS = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*"
_DATE_LINE = re.compile(
    r"^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?(?:[a-z]+\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}"
    r"|\d{1,2}(?:st|nd|rd|th)?\s+[a-z]+,?\s+\d{4}|\d{4}-\d\d-\d\d)$"
    # a month and a year: "March 2011", "Sept. 2014"
    rf"|^{_MONTHS}\.?,?\s+\d{{4}}$"
    # a weekday heading without its year: "Friday, June 30", "Monday 12 March"
    rf"|^(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+(?:{_MONTHS}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?|\d{{1,2}}\s+{_MONTHS})$",
    re.I,
)
# a list number, a rating or a date beside a title: "2. ", "2.5/4 stars ", " - 6/2/2011", " -- 2/10", "(8/15/2016)"
_ENUMERATOR = re.compile(r"^(?:#\s?\d{1,4}[.):]?|\d{1,3}[.)])\s+(?=\S)")  # "12. T", "#9. T", "#9 T" of a list
_RATING_FIRST = re.compile(r"^\d{1,2}(?:\.\d)?(?:\s*/\s*\d{1,2})?\s*(?:stars?|★+)\s+", re.I)
_NUMERIC_TAIL = re.compile(
    r"(?<=\S)\s*(?:[-–—|]+\s*\(?|\()\s*(?:\d{1,2}[/.]\d{1,2}[/.]\d{2,4}|\d{1,2}(?:\.\d)?\s*/\s*\d{1,2})\)?\s*$"
)
# a date or a revisit note after the title: "T, 12 March 2019", "T – March 3, 2011", "T revisited"
_DATE_TAIL = re.compile(
    rf"(?<=\S)\s*[,:\-–—|]\s*(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?(?:\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTHS}"
    rf"|{_MONTHS}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?)\s+\d{{4}}\s*$",
    re.I,
)
_REVISIT_TAIL = re.compile(r"(?<=\S)\s*[,:\-–—]?\s+(?:revisited|rewatched|reconsidered|reappraised|redux)\s*$", re.I)
# the occasion of a viewing after the title, not the film's year: "Rewatching T in 2024", "T at 50", "T at Forty"
_OCCASION_TAIL = re.compile(
    r"(?<=\S)\s+(?:(?:in|since|during)\s+(?:19|20)\d\d|at\s+(?:\d{2,3}|(?:twenty|thirty|forty|fifty|sixty|seventy"
    r"|eighty|ninety|(?:a\s+|one\s+)?hundred)(?:-\w+)?))\s*$",
    re.I,
)
_STARS_TAIL = re.compile(r"(?<=\S)\s*[-–—|:]?\s*(?:[★☆✩✭½]|\*(?=[*\s½]|$))+\s*$")  # "T ★★★★★", "T – ***½"
# a rating in words after the title: "T: 5 Stars (out of 5)", "T – 4 out of 5", "T - 3.5 stars"
_RATING_TAIL = re.compile(
    r"(?<=\S)\s*[:\-–—|]?\s*\d{1,2}(?:\.\d)?\s*(?:stars?|(?=out\s+of))\s*\(?(?:out\s+of\s+\d{1,3})?\)?\s*$", re.I
)
_RATING_ONLY = re.compile(
    r"\(?\d{1,2}(?:\.\d)?\s*(?:stars?\s*)?\(?(?:out\s+of\s+\d{1,3})?\)?|\(?out\s+of\s+\d{1,3}\)?", re.I
)
_HYPHEN_YEAR = re.compile(r"(?:(?<=[A-Za-z])-|(?<=\w)\s+[-–—]\s+)((?:19|20)\d\d)$")  # "T-1922", "T - 1922"
# "ORIGINAL (English Title 1952)", "Life Is Beautiful (Vita è bella, La)": a second title in parentheses
# a series' episode after its name: "T, episode 3, 'Name'", "T, Chapter 9: Name", "T – Season 2 Episode 4",
# "T S01E03"; without a separator a number before a colon is a label ("Podcast Episode 12: Jaws")
_EPISODE_WORDS = r"(?:season|series|episode|ep\.?|chapter)\s+(?:\d{1,3}|one|two|three|four|five|six)\b"
EPISODE_TAIL = re.compile(
    rf"(?<=\w)(?:\s*[,–—|]\s*{_EPISODE_WORDS}|\s+(?:-\s+)?{_EPISODE_WORDS}(?!\s*[:.])|\s*[,:\-–—|]?\s*s\d{{1,2}}\s*e\d{{1,3}}\b).*$",
    re.I,
)
_PAREN_TITLE = re.compile(
    r"^(?P<out>[^()]{2,80}?)\s*\((?P<in>[^()]*[^\W\d_][^()]*?)(?:,?\s+(?P<year>(?:19|20)\d\d))?\)$"
)
# a phrase about the title before it: "My Two Cents On 2012", "A Few Words About Heat", "The Last Word on T"
_ABOUT_TAIL = re.compile(r"^(?:[\w’'-]+\s+){1,5}?(?:on|about)\s+(?=\S)", re.I)
# a lead-in before the title: "Revisiting The Fugitive", "Why I Love Heat", "In Defence of Cats"
_LEAD_IN = re.compile(
    r"^(?:revisiting|rewatching|remembering|rediscovering|re-?watched|in\s+(?:praise|defen[cs]e)\s+of|why\s+i\s+"
    r"(?:love|hate|like)|on|about|seen|watched|finally\s+(?:saw|watched)"  # "About T": a podcast episode's topic
    r"|(?:some\s+|a\s+few\s+|my\s+)?(?:thoughts|musings|notes|words)\s+(?:on|about)"  # "Thoughts on T: Part Two"
    r"|is|was|does|did|can|could|should|will|would|has"  # "Is Blair Witch (2016) Worth the Price?"
    r"|the\s+(?:film|movie|picture))\s+(?=[\w“\"‘'])",  # "A Review of the Film 2012"
    re.I,
)


def without_lead_in(title: str) -> str:
    """A headline without the words leading to its title: "Thoughts on Dune: Part Two" -> "Dune: Part Two".

    >>> without_lead_in("Revisiting The Fugitive"), without_lead_in("The Fugitive")
    ('The Fugitive', 'The Fugitive')
    """
    text = " ".join(_visible(title).split())
    lead = _LEAD_IN.match(text)
    return text[lead.end() :].strip("“”\"‘’'") if lead else text


# the rules read a page's post title this way about six times (the reviewed work, its readings, the
# stance's titles): the answers for the last few titles kept (a pure function of the title)
@lru_cache(maxsize=16)
def strip_decorations(title: str) -> tuple[str, int | None, str | None]:
    """(title, year, director) of a post title with its decorations taken off: review labels
    and series labels before a separator, bracketed tags, a "review" suffix, "(Director, Year)",
    a leading "1954's", an "aka" second title; a quoted title inside a longer headline wins.

    >>> strip_decorations("Late Show Club #41: Nope (2022)")
    ('Nope (2022)', None, None)
    >>> strip_decorations("SUNSET BOULEVARD (Billy Wilder, 1950)")
    ('SUNSET BOULEVARD', 1950, 'Billy Wilder')
    >>> strip_decorations("Movie Review: ‘Prey’ (2022) is ‘Predator’ Meets ‘The Revenant’")
    ('Prey', 2022, None)
    """
    text = _visible(title)
    year: int | None = None
    director: str | None = None
    if latin := _SCRIPT_FIRST.match(text):  # "生きる (Ikiru, 1952)": the Latin title in brackets
        return latin.group("latin").strip(), int(latin.group("year")), None
    text = _SCRIPT_TAIL.sub("", text) or text  # "Ikiru - 生きる (1952)": the original-script title beside it
    text = _LOOK_TAIL.sub("", text) or text  # "Ikiru: A Second Look"
    text = _RATING_FIRST.sub("", _ENUMERATOR.sub("", text)) or text
    while (
        (tail := _NUMERIC_TAIL.search(text))
        or (tail := _STARS_TAIL.search(text))
        or (tail := _RATING_TAIL.search(text))
        or (tail := _DATE_TAIL.search(text))
        or (tail := _REVISIT_TAIL.search(text))
        or (tail := _OCCASION_TAIL.search(text))
    ) and tail.start() > 1:
        text = text[: tail.start()]
    if match := _HYPHEN_YEAR.search(text):
        year, text = int(match.group(1)), text[: match.start()]
    if match := _DIRECTOR_YEAR.search(text):
        director, year = match.group(1).strip(), int(match.group(2))
        text = (text[: match.start()] + text[match.end() :]).strip()
    elif match := _YEAR_DIRECTOR.search(text):
        year, director = int(match.group(1)), match.group("name")
        text = (text[: match.start()] + text[match.end() :]).strip()
    if match := _YEAR_FIRST.match(text):
        year = int(match.group(1))
        text = text[match.end() :]
    if (match := EPISODE_TAIL.search(text)) and match.start() > 1:  # 'Station Eleven, episode 3, "Hurricane"'
        text = text[: match.start()]
    quoted = _QUOTED.search(text)
    dated = _YEAR.search(text)  # "Buster Scruggs (2018): Songs of the “Old West”": the dated head is the title
    if dated and quoted and dated.end() <= quoted.start() and _YEAR.sub("", text[: dated.end()]).strip(" :;,-–—|"):
        quoted = None
    inner = next((g for g in quoted.groups() if g), "") if quoted else ""
    if quoted and (len(inner) < len(text) - 4) and inner[:1].isalnum():
        if found := _YEAR.search(text):
            year = year or int(found.group(1))
        return inner.strip(), year, director
    text = _without_tags_and_labels(text)
    if match := _AKA.search(text):
        rest = text[match.end() :]
        text = text[: match.start()] + (rest[rest.find("(") :] if "(" in rest and _YEAR.search(rest) else "")
    return text.strip(), year, director


_LETTER = re.compile(r"[^\W\d_]")


def _without_tags_and_labels(text: str) -> str:
    """``text`` without its bracketed tags, "review of", a label before a separator, a "review" suffix
    and a format tail, taken off in turn up to three times (each removal may bare the next); a
    bracket that is all the title holds stays ("[REC] (2007)")."""
    for _ in range(3):
        stripped = _TAGS.sub("", text).strip()
        if not _LETTER.search(_YEAR.sub("", stripped)):
            stripped = text.strip()  # "[REC] (2007)": the brackets are the title's own, not a tag
        stripped = _REVIEW_OF.sub("", stripped)
        stripped = _LABEL.sub("", stripped) if len(_LABEL.sub("", stripped)) >= 2 else stripped
        stripped = _LONG_SUFFIX.sub("", stripped).strip() or stripped
        stripped = _FORMAT_TAIL.sub("", stripped).strip() or stripped
        if stripped == text:
            break
        text = stripped
    return text


def label_end(title: str) -> int:
    """Where a post title's label ends ("Fun Size Review: The Kid" -> 18), 0 without one.

    >>> label_end("Fun Size Review: The Kid (1921)"), label_end("The Kid (1921)")
    (17, 0)
    """
    if not any(mark in title for mark in _LABEL_MARKS):
        return 0  # most runs and titles hold no separator: no scan
    match = _LABEL.match(title)
    return match.end() if match else 0


def without_label(text: str) -> str:
    """Link text without its label: "Review: Arrival" -> "Arrival", "Previous post: Moon" -> "Moon".

    >>> without_label("Previous post: Moon (2009)"), without_label("2001: A Space Odyssey")
    ('Moon (2009)', '2001: A Space Odyssey')
    """
    text = " ".join(text.split())
    stripped = _LINK_LABEL.sub("", text)
    stripped = _LABEL.sub("", stripped)
    return stripped if len(stripped) >= 2 else text


def is_date_title(title: str) -> bool:
    """A blog's date line, not a title: "Tuesday, July 29, 2008".

    >>> is_date_title("Tuesday, July 29, 2008"), is_date_title("July 2008 in review")
    (True, False)
    """
    return _DATE_LINE.match(_visible(title)) is not None


_TAG_PART = re.compile(
    rf"(?:19|20)?\d0[’']?s|[’']\d0s|\d{{1,3}}(?:\.\d)?\s*/\s*\d{{1,3}}|[★☆*½]+|(?:(?:{_REVIEW_KINDS}|reviews?)\b\s*)+",
    re.I,
)


def is_tag_line(title: str) -> bool:
    """A post's categories taken for its title: "1960s, 3.5/4, Review, Sam Peckinpah, Western" (a
    decade, a score, label and genre words), not a headline listing films ("Heat, Ronin, Thief").

    >>> is_tag_line("1960s, 3.5/4, Review, Sam Peckinpah, Western"), is_tag_line("Heat, Ronin and Thief")
    (True, False)
    """
    parts = [part.strip() for part in _visible(title).split(",") if part.strip()]
    tags = sum(_TAG_PART.fullmatch(part) is not None for part in parts)
    return len(parts) >= 3 and tags >= 2 and tags * 2 >= len(parts)


_NAV_WORDS = frozenset(
    "home about contact reviews review archive archives blog menu search subscribe categories tags login "
    "films movies index news shop faq links privacy".split()
)
_NAV_CUT = re.compile(r"\s*[|·•»/]\s*")


def is_navigation(title: str) -> bool:
    """A site's menu taken for the post title: "Home | About | Reviews".

    >>> is_navigation("Home | About | Reviews"), is_navigation("Vertigo | Dana's Film Blog")
    (True, False)
    """
    parts = [p for p in _NAV_CUT.split(_visible(title)) if p]
    return len(parts) >= 3 and sum(p.casefold() in _NAV_WORDS for p in parts) >= 2


def title_readings(title: str) -> list[ReviewedWork]:
    """Every way a post title may name its work, most likely first: the parse of
    ``reviewed_from_title``, then each side of a colon ("The Big Heat: Lang's Cold, Hard Noir",
    "Nuclear Nightmare: Them!"). The extractor keeps the reading the film table or the body supports.

    >>> [r.title for r in title_readings("The Big Heat: Lang's Cold, Hard Noir.")]
    ["The Big Heat: Lang's Cold, Hard Noir", 'The Big Heat', 'Cold, Hard Noir']
    """
    title = _visible(title)
    if is_date_title(title) or is_navigation(title):
        return []
    first = _parse_work_title(title)
    readings = [first] if first else []
    text, year, director = strip_decorations(title)
    for whole in dict.fromkeys((text, " ".join(title.split()))):
        for separator in (": ", " – ", " — ", " - ", " | ", " / "):  # " / ": an original title and the English one
            if separator in whole:
                head, _, tail = whole.partition(separator)
                for part in (head, tail):
                    parsed = _parse_work_title(part)
                    if parsed is not None:
                        readings.append(ReviewedWork(parsed.title, parsed.year or year, parsed.director or director))
    if first is not None and (maker := _MAKER_TAIL.search(first.title)):
        maker_name = maker.group("name") or maker.group("elided")
        readings.append(ReviewedWork(first.title[: maker.start()], first.year, maker_name))
    bare_year = _BARE_YEAR.search(text)
    if bare_year:  # "Moon 2021"
        readings.append(ReviewedWork(title_case(text[: bare_year.start()]), int(bare_year.group(1)), director))
    whole_title = " ".join(title.split())
    whole_year = _CLOSING_YEAR.search(whole_title)  # "T (English T), 1948": the tags' pass took the brackets off
    paren = _PAREN_TITLE.match(text) or _PAREN_TITLE.match(whole_title[: whole_year.start()] if whole_year else "")
    if paren and not _YEAR.fullmatch(f"({paren.group('in')})"):  # "JEUX INTERDITS (Forbidden Games 1952)": both
        # titles; not "Padosan (Hindi/1968)", a language beside the year
        paren_year = int(paren.group("year")) if paren.group("year") else year
        paren_year = paren_year or (int(whole_year.group(1)) if whole_year else None)
        for part in (paren.group("in"), paren.group("out")):
            if (parsed := _parse_work_title(part)) is not None:
                readings.append(ReviewedWork(parsed.title, parsed.year or paren_year, director))
    if (apposed := _APPOSITION.match(text)) and (parsed := _parse_work_title(apposed.group("title"))) is not None:
        readings.append(ReviewedWork(parsed.title, parsed.year or year, parsed.director or director))
    owned = _YEAR.sub("", text).strip(" \t:;,-–—|\"“”‘’'")
    if _POSSESSIVE.match(owned) and len(owned) <= 80:  # "Miss Peregrine’s Home for Peculiar Children (2016)"
        readings.append(ReviewedWork(title_case(owned), year or (first.year if first else None), None))
    about = _about(text)
    if about is not None:  # "My Two Cents On 2012": a title after "on" or "about", even a number
        readings.append(ReviewedWork(about.title, about.year or year, about.director or director))
    about_title = about.title if about else None
    numbers = {about_title} if about_title else set()  # titles that may be a number: "On 2012", "the Film 2012"
    if first is not None and ":" not in text:  # the undecorated whole, when a label took a part of it
        raw = _YEAR.sub("", _TAGS.sub("", " ".join(title.split()))).strip(" :;,-–—|")
        if ":" in raw and len(raw) <= 80 and raw.casefold() != first.title.casefold():
            readings.append(ReviewedWork(title_case(raw), year, director))
    for reading in list(readings):
        if lead := _LEAD_IN.match(reading.title):  # "Revisiting The Fugitive"
            readings.append(ReviewedWork(reading.title[lead.end() :].strip("“”\"‘’'"), reading.year, reading.director))
            numbers.add(readings[-1].title)
    unique: dict[str, ReviewedWork] = {}
    for reading in readings:
        if _RATING_ONLY.fullmatch(reading.title) or reading.title == str(reading.year):
            continue  # "5 Stars (out of 5)", "4 out of 5": the rating, not a title; "T - 1922": its year
        if (
            any(ch.isalpha() for ch in reading.title)
            or reading.title in numbers
            or (reading.year is not None and re.fullmatch(r"\d{1,4}", reading.title))  # "1917 (2019)"
        ):  # not "6/2/2011"
            unique.setdefault(reading.title.casefold(), reading)
    return list(unique.values())


def _about(text: str) -> ReviewedWork | None:
    match = _ABOUT_TAIL.match(text)
    return _parse_work_title(text[match.end() :]) if match else None


def about_title(title: str) -> str | None:
    """The title a headline names after "on" or "about", a number included.

    >>> about_title("Movie Night: My Two Cents On 2012"), about_title("Reviews – 2012")
    ('2012', None)
    """
    about = _about(strip_decorations(title)[0])
    return about.title if about else None


def _quoted_whole(text: str, title: str) -> bool:
    """Whether the post title sets ``text`` in double quotes, a name whole ("“Schindler’s List”")."""
    return re.search(rf"[“\"]{re.escape(text.strip())}[”\"]", title) is not None


def _parse_work_title(title: str) -> ReviewedWork | None:
    text, year, director = strip_decorations(title)
    if match := _DIRECTED_BY.search(text):
        director = match.group(1).strip()
        text = text[: match.start()].strip()
    text = _REVIEW_PREFIX.sub("", text)
    text = _REVIEW_SUFFIX.sub("", text).strip()
    text = _ABOUT_PREFIX.sub("", text)
    if match := _YEAR.search(text):
        year = int(match.group(1))
        before = text[: match.start()].strip()
        text = before if before else text[match.end() :].strip()
    if (match := _POSSESSIVE.match(text)) and not _quoted_whole(text, title):  # not "“Schindler’s List”"
        director = director or match.group(1)
        text = match.group(2)
    text = text.strip(" \t:;,-–—|\"“”‘’'").removesuffix(".")
    if not text or len(text) > 80:
        return None
    return ReviewedWork(title=title_case(text), year=year, director=director)


def reviewed_from_title(title: str, emphasised: tuple[str, ...] = ()) -> ReviewedWork | None:
    """The reviewed work named by a post title, with year and director when given.

    A title with a year or a review cue is parsed; otherwise an italic title from the
    body that the post title starts with names the work ("Her, and what it hears").

    >>> reviewed_from_title("Her, and what it hears", ("Her", "Lost in Translation"))
    ReviewedWork(title='Her', year=None, director=None)
    >>> reviewed_from_title("Ten films about lonely machines", ("Moon",)) is None
    True
    """
    text = _visible(title)
    if is_date_title(text) or is_navigation(text):
        return None
    if (
        _YEAR.search(text)
        or _DIRECTOR_YEAR.search(text)
        or _YEAR_DIRECTOR.search(text)
        or _REVIEW_WORDS.search(text)
        or _POSSESSIVE.match(text)
    ):
        return _parse_work_title(text)
    if _LABEL.match(text):
        return _parse_work_title(text)
    folded = text.casefold()
    starting = [e for e in emphasised if folded.startswith(e.casefold()) and len(e) < len(text)]
    if starting:
        return ReviewedWork(title=max(starting, key=len))
    if emphasised:  # the body italicises work titles, and the post title is none of them
        return None
    if len(text.split()) <= 6 and "," not in text:
        return _parse_work_title(text)
    return None


def _common_word_suffix(first: str, second: str) -> str:
    a, b = first.split(), second.split()
    shared: list[str] = []
    while a and b and a[-1] == b[-1]:
        shared.insert(0, a.pop())
        b.pop()
    return " ".join(shared)


def _site_candidate(suffix: str) -> str | None:
    """The site name a shared pingback suffix ends with, if it can be one."""
    for separator in _SEPARATORS:
        if separator.strip() and f" {separator.strip()} " in f" {suffix} ":
            suffix = f" {suffix} ".rsplit(f" {separator.strip()} ", 1)[1].strip()
    words = suffix.split()
    if len(words) < 2 or any(ch in suffix for ch in "()[]#"):
        return None
    if not all(word[:1].isupper() or word[:1].isdigit() for word in words):
        return None
    return suffix


def known_sites(lines: list[str]) -> list[str]:
    """Site names that two or more pingback lines end with, longest first."""
    counts: Counter[str] = Counter()
    for first, second in combinations(lines, 2):
        candidate = _site_candidate(_common_word_suffix(first, second))
        if candidate:
            counts[candidate] += 1
    return sorted(counts, key=lambda site: (-len(site), site))


def split_pingback(line: str, sites: list[str]) -> tuple[str, str | None]:
    """Split one pingback line into (post title, site name or None)."""
    text = " ".join(line.split()).lstrip("»« ").strip()
    if text.endswith("|"):
        return text.rstrip("| ").strip(), None
    if " » " in text:
        site, title = text.split(" » ", 1)
        return title.strip(), site.strip() or None
    if " « " in text:  # WordPress's old default title separator: "Post title « Site"
        title, site = text.rsplit(" « ", 1)
        return title.strip(), site.strip() or None
    for site in sites:
        if text.endswith(site) and len(text) > len(site):
            title = text[: -len(site)].rstrip(" |–—-:").strip()
            if title:
                return title, site
    if " | " in text:
        title, site = text.rsplit(" | ", 1)
        return title.strip(), site.strip() or None
    for separator in (" – ", " — ", " - "):
        if separator in text:
            title, site = text.rsplit(separator, 1)
            if len(site.split()) <= 5 and (_SITE_WORDS.search(site) or _looks_like_site_name(title, site)):
                return title.strip(), site.strip()
    return text, None


def _looks_like_site_name(title: str, site: str) -> bool:
    """``Review: Heat (1995) – The Long Take``: a capitalised name of two to five words
    after the dash, and a left side that is not itself a ``Movie Review`` label."""
    words = site.split()
    return (
        2 <= len(words) <= 5
        and all(word[:1].isupper() for word in words)
        and not any(ch.isdigit() or ch in ",:;()" for ch in site)
        and not re.search(r"\breviews?\s*$", title, re.I)
    )


def split_pingbacks(lines: list[str], extra_sites: list[str] | None = None) -> list[tuple[str, str | None]]:
    """Split every pingback line of a page, learning site names from all of them."""
    sites = sorted(
        {*(extra_sites or []), *known_sites([" ".join(line.split()) for line in lines])},
        key=lambda site: (-len(site), site),
    )
    return [split_pingback(line, sites) for line in lines]


def strip_site_from_title(title: str, site: str | None) -> str:
    """Drop a trailing ``| Site name`` that HTML <title> elements carry.

    >>> strip_site_from_title("Her review | Reel Notes", "Reel Notes")
    'Her review'
    """
    text = " ".join(title.split())
    if site and text.endswith(site):
        stripped = text[: -len(site)].rstrip(" |–—-:")
        return stripped or text
    return text
