"""Which work a page reviews: the readings of its post title weighed against its body.

A post title may name the film plainly ("Review: Moon (2009)"), behind decorations the title
parser strips, only loosely ("Hangover 2"), under a tagline ("The Big Heat: Lang's Cold, Hard
Noir"), or not at all ("Rain delay", "Kubrick's Cold Hotel"). Each reading of the title and each
film of the body gets a score from the evidence a reader would use: the film table knows it, a
year or a review cue stands beside it, the body names it (often, early, in italics, with a year),
and the page's credits line ("Directed by: Fritz Lang") or the title's possessive names its
director. The best reading wins when the evidence is enough; otherwise the page reviews nothing.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from extract.nlp import reviewed_rank
from extract.nlp.candidates import Candidate
from extract.nlp.characters import KIN_WORDS
from extract.nlp.context import SMALL_WORDS, is_title_case
from extract.nlp.gazetteer import Gazetteer
from extract.nlp.resolve import ResolvedWork, WorkResolver
from extract.nlp.reviewed_evidence import (
    COMPARED_BEFORE,
    EXPECTED,
    FILM_APPOSITION,
    TO_BE,
    VERDICT_NOUN,
    VIEWED,
    VIEWING,
    WORK_PREDICATE,
    mention_evidence,
)
from extract.nlp.reviewed_signals import LIST_HEAD
from extract.nlp.textnorm import fold, name_key
from extract.ratings import parse_rating, rated_subject, title_without_rating
from extract.records import Page, ReviewedWork
from extract.titles import (
    EPISODE_TAIL,
    REVIEW_KINDS,
    about_title,
    is_date_title,
    is_navigation,
    is_review_label,
    is_tag_line,
    split_site_prefix,
    strip_decorations,
    title_readings,
    without_lead_in,
)

_CREDIT_LINE = re.compile(
    r"(?:directed\s+by|director|réalisateur|réalisation|regie|dirigida\s+por|dir\.)\s*:?\s*"
    r"(?P<name>[A-Z][\w.’'\- ]{2,40}?)\s*(?=[\n,;(]|$|\s(?:Writ|Cast|Star|Released|Screenplay))",
    re.I | re.M,
)
_REVIEW_CUE = re.compile(r"\breview", re.I)
_ROMAN = {"2": "II", "3": "III", "4": "IV", "5": "V", "6": "VI", "7": "VII", "8": "VIII", "9": "IX"}
_SEQUEL_NUMBER = re.compile(
    r"^(?P<base>.*?\S)\s+(?:part\s+)?(?P<n>[2-9]|II|III|IV|V|VI|VII|VIII|IX|two|three|four|five|six|seven|eight|nine)$",
    re.I,
)
_NUMBER_WORDS = {w: str(n) for n, w in enumerate("two three four five six seven eight nine".split(), start=2)}
_ENOUGH = 2.5  # a body film named early and first, in quotes; or with its year; or beside its director
_MARGIN = 0.5
_CONTEST = 2.0  # how much better the body must back its film than the post title backs a reading
_OWNER = re.compile(r"(?<![\w-])([A-Z][\w-]+)[’']s\s+$")


def sequel_variants(title: str) -> list[str]:
    """Spellings of a sequel's title: "Hangover 2" -> "The Hangover Part II" and kin.

    >>> sequel_variants("Hangover 2")[:3]
    ['Hangover Part II', 'The Hangover Part II', 'Hangover II']
    """
    match = _SEQUEL_NUMBER.match(title.strip())
    if match is None:
        return []
    base, number = match.group("base"), match.group("n").upper()
    number = _NUMBER_WORDS.get(number.lower(), number)  # "Scream Two"
    roman = _ROMAN.get(number, number)
    arabic = next((a for a, r in _ROMAN.items() if r == number), number)
    spelled = next((w for w, n in _NUMBER_WORDS.items() if n == arabic), arabic).title()  # "Dune: Part Two"
    out = []
    for stem in (base, "The " + base if not fold(base).startswith("the ") else base[4:]):
        out += [f"{stem} Part {roman}", f"{stem} {roman}", f"{stem} {arabic}", f"{stem} Part {arabic}"]
        out += [f"{stem} Part {spelled}"]
    return sorted(dict.fromkeys(out), key=lambda t: (not t.endswith(roman), "Part" not in t, t.startswith("The ")))


@dataclass(slots=True)
class _Choice:
    title: str
    year: int | None
    film: int | None
    score: float
    evidence: list[str] = field(default_factory=list)


def _credited(page: Page) -> set[str]:
    """The directors the page's credits line names ("Directed by: Fritz Lang")."""
    return {fold(m.group("name").strip()) for m in _CREDIT_LINE.finditer(page.body[:3000])}


_DIRECTOR_NAMES: dict[int, frozenset[str]] = {}


def _is_director(gazetteer: Gazetteer, name: str | None) -> bool:
    """Whether a possessive's owner is a director of the table, by full name or surname ("Hitchcock"),
    not a studio or a character ("Disney's", "Miss Peregrine's")."""
    if not name:
        return False
    if id(gazetteer) not in _DIRECTOR_NAMES:
        made = Counter(fold(gazetteer.people[p]) for entry in gazetteer.films for p in entry.directors)
        surnames = Counter(n.split()[-1] for n in made.elements() if n)
        # a surname alone only for a director of three films or more: "Hitchcock's", not "Hammer's"
        _DIRECTOR_NAMES[id(gazetteer)] = frozenset(made) | {s for s, n in surnames.items() if n >= 3}
    return fold(name) in _DIRECTOR_NAMES[id(gazetteer)]


def _directors(page: Page, readings: list[ReviewedWork]) -> set[str]:
    return _credited(page) | {fold(r.director) for r in readings if r.director}


def _directed_by(gazetteer: Gazetteer, film: int, directors: set[str]) -> bool:
    for person in gazetteer.films[film].directors:
        name = fold(gazetteer.people[person])
        if name in directors or any(name.split()[-1] == d.split()[-1] for d in directors if d):
            return True
    return False


def _title_like(title: str) -> bool:
    """A reading that looks like a title, not a sentence: title case, short, no sentence end."""
    words = title.split()
    return 0 < len(words) <= 8 and is_title_case(words) and not title.rstrip().endswith((".", "!", "?", "…"))


_BEFORE_COLON: dict[int, dict[str, list[int]]] = {}


_NUMBER_END = re.compile(r"\s(?:\d|[IVX]{1,4})$")


def _before_colon(gazetteer: Gazetteer, title: str, year: int | None) -> int | None:
    """A film of the table whose title is ``title`` and a subtitle ("Speed 2" -> "Speed 2: Cruise
    Control"), when exactly one such film (of that year, if given) exists."""
    if id(gazetteer) not in _BEFORE_COLON:
        index: dict[str, list[int]] = defaultdict(list)
        for number, entry in enumerate(gazetteer.films):
            heads = {entry.title.split(": ", 1)[0]} if ": " in entry.title else set()
            if " – " in entry.title:  # "Star Wars: Episode V – The Empire Strikes Back"
                heads.add(entry.title.split(" – ", 1)[0])
            for head in heads:
                index[_colon_free(head)].append(number)
        _BEFORE_COLON[id(gazetteer)] = dict(index)
    films = [
        f
        for f in dict.fromkeys(_BEFORE_COLON[id(gazetteer)].get(_colon_free(title), []))
        if year is None or abs(gazetteer.films[f].year - year) <= 1
    ]
    return films[0] if len(films) == 1 else None


def _colon_free(title: str) -> str:
    """A title's key without its colons: "Star Wars Episode V" for "Star Wars: Episode V"."""
    return " ".join(name_key(title).replace(":", " ").split())


_AFTER_COLON: dict[int, dict[str, list[int]]] = {}
_SUBTITLE_AFTER = re.compile(r": | [-–—] | and the (?=[A-Z])")


def _after_colon(gazetteer: Gazetteer, title: str) -> int | None:
    """The one film of the table whose subtitle is ``title`` ("The Wrath of Khan" -> "Star Trek II:
    The Wrath of Khan"), for a subtitle of two words or more."""
    if len(title.split()) < 2:
        return None
    if id(gazetteer) not in _AFTER_COLON:
        index: dict[str, list[int]] = defaultdict(list)
        for number, entry in enumerate(gazetteer.films):
            if match := _SUBTITLE_AFTER.search(entry.title):  # "X: Y", "X – Y", "Harry Potter and the Y"
                index[name_key(entry.title[match.end() :])].append(number)
        _AFTER_COLON[id(gazetteer)] = dict(index)
    films = _AFTER_COLON[id(gazetteer)].get(name_key(title), [])
    return films[0] if len(films) == 1 and not gazetteer.films_titled(title) else None


_SERIES: dict[int, dict[str, list[int]]] = {}
_NTH = re.compile(
    r"^(?P<base>\S+(?:\s+\S+)+?)\s+(?P<n>[2-9]|II|III|IV|V|VI|VII|VIII|two|three|four|five|six|seven|eight)$", re.I
)


_NUMBERED = re.compile(r"\s(?:[2-9]|ii|iii|iv|v|vi|vii|viii)(?:\s|:|$)", re.I)


def _nth_of_series(gazetteer: Gazetteer, title: str) -> int | None:
    """The n-th film, by year, of the table's films whose titles start with a name of two words or
    more and go on with a subtitle ("Harry Potter 3" -> "Harry Potter and the Prisoner of Azkaban")."""
    match = _NTH.match(title.strip())
    if match is None:
        return None
    number = match.group("n").lower()
    roman = {r.lower(): int(a) for a, r in _ROMAN.items()}
    n = int(_NUMBER_WORDS.get(number, roman.get(number, number)))
    if id(gazetteer) not in _SERIES:
        index: dict[str, list[int]] = defaultdict(list)
        for film, entry in enumerate(gazetteer.films):
            words = name_key(entry.title).split()
            for size in (2, 3):
                if len(words) > size:
                    index[" ".join(words[:size])].append(film)
        _SERIES[id(gazetteer)] = dict(index)
    base = name_key(match.group("base"))
    chapter = rf"^:?\s*(?:chapter|part|vol\.?|volume)\s+(?:{n}|{_ROMAN.get(str(n), str(n)).lower()})\b"
    for film in _SERIES[id(gazetteer)].get(base, []) + _SERIES[id(gazetteer)].get(base + ":", []):
        if re.match(chapter, name_key(gazetteer.films[film].title)[len(base) :]):
            return film  # "John Wick 3": "John Wick: Chapter 3 – Parabellum"; "Kill Bill 2": "Kill Bill: Volume 2"
    if gazetteer.films_titled(match.group("base")):
        return None  # "Jurassic World 2": the series starts with the base film, and the table may lack a sequel
    series = _SERIES[id(gazetteer)].get(base, [])
    if any(_NUMBERED.match(name_key(gazetteer.films[f].title)[len(base) :]) for f in series):
        return None  # a series that numbers its films ("Toy Story 2"): the n-th by year may be a short or a special
    series = sorted(series, key=lambda f: gazetteer.films[f].year)
    return series[n - 1] if len(series) >= n else None


def _sentence_like(title: str) -> bool:
    """A tagline rather than a title: "the island, one more time", "a bloody good try?"."""
    text = title.strip()
    return (
        text[:1].islower()
        or text.endswith(("?", "!", "."))
        or re.search(r",\s+[a-z]", text) is not None
        or _FINITE.search(text) is not None  # "Toni Collette is a force of nature"
    )


def _sentence_case(title: str) -> bool:
    """Five words or more, three of them lower-case words that are not small words: a sentence, not
    a title ("Joe Dante bites the hand that feeds"); a title in sentence case this long is rare."""
    words = [w for w in title.split() if w[:1].isalpha()]
    lower = [w for w in words if w[:1].islower() and w.casefold() not in SMALL_WORDS]
    return len(words) >= 5 and len(lower) >= 3 and not is_title_case(title.split())  # not "Kimi no Na wa"


_FINITE = re.compile(r"\b(?:is|are|was|were|has|have|had|does|did|isn[’']t|aren[’']t|doesn[’']t|can[’']t|won[’']t)\b")


def _whole_words(key: str) -> re.Pattern[str]:
    """The pattern that finds ``key`` as whole words, no word character on either side ("Heat" in
    "Heat (1995)", not in "Heated")."""
    return re.compile(r"(?<!\w)" + re.escape(key) + r"(?!\w)")


def _count(body: str, title: str) -> int:
    """How often the body writes ``title`` as whole words with a capital ("a masterpiece" is no
    mention of the film A Masterpiece)."""
    key = fold(title)
    if len(key) < 2:
        return 0
    folded = fold(body)
    if key not in folded:  # a cheap gate before a pattern compiled for this title
        return 0
    if len(folded) != len(body):  # folding changed the length: count without the capital check
        return len(_whole_words(key).findall(folded))
    found = _whole_words(key).finditer(folded)
    return sum(
        1
        for m in found
        if not body[m.start()].islower()
        and not _PREDECESSOR.search(folded, max(0, m.start() - 16), m.start())
        and _names_the_film(folded, m.start(), m.end())
    )


def _names_the_film(folded: str, start: int, end: int) -> bool:
    """Whether a mention names the film, not a plural or its franchise: "the Transformers fought
    alongside King Arthur" (the robots), "any Star Wars director" (the franchise)."""
    article = folded.startswith("the ", start) or not folded.endswith("the ", max(0, start - 4), start)
    return article and not _ATTRIBUTIVE.match(folded, end)


# "any Star Wars director", "the Mad Max films": the franchise, not the film of that name
_ATTRIBUTIVE = re.compile(
    r"\s+(?:directors?|films?|movies?|franchise|series|fans?|universe|saga|sequels?|trilogy|canon|entr(?:y|ies))\b"
)


def _as_predecessor(body: str, title: str) -> bool:
    """Whether the body names ``title`` as the film before this one ("the first Puss in Boots")."""
    folded = fold(body)
    key = fold(title)
    return (
        any(_PREDECESSOR.search(folded, max(0, m.start() - 16), m.start()) for m in _whole_words(key).finditer(folded))
        if len(folded) == len(body) and key
        else False
    )


# "the first Puss in Boots", "the original Hangover": the film before the reviewed one
_PREDECESSOR = re.compile(r"\b(?:first|original|earlier|previous|older)\s+$")


def _first_line(page: Page) -> str | None:
    """The body's first line when it is short and no sentence: a headline under a date or a
    number ("Blog #412" over "2.5/4 stars  Hangover 2 - 6/2/2011")."""
    line = next((line.strip() for line in page.body.split("\n") if line.strip()), "")
    if not line or len(line.split()) > 12 or line.endswith((".", "?", "!", ":")):
        return None
    return line


def _readings(page: Page, gazetteer: Gazetteer) -> list[tuple[ReviewedWork, float]]:
    """(reading, prior) of every way the post title may name its work. A date taken for the
    post title gives way to the body's first line, the real headline."""
    unrated = title_without_rating(page.title)
    site, site_free = split_site_prefix(unrated)  # "Playtime ◆◆◆◆◇ d. Jacques Tati"
    site_free = _ASIDE.sub("", site_free) or site_free  # "T (sorry, everyone)": an aside, not a second title
    whole = [] if site else title_readings(unrated)  # "Rocketman Review: Elton John, sequins and all"
    if (is_date_title(page.title) or is_navigation(page.title)) and (line := _first_line(page)) is not None:
        site_free, whole = line, []  # "Home | About | Reviews": the menu, not the headline
    elif is_tag_line(page.title) and page.site:  # "1960s, 3.5/4, Review, Western" under the real headline
        site_free, whole = page.site, []
    elif _BYLINE_TITLE.match(page.title):  # "Posted by Jim on March 3, 2019" taken for the post title
        site_free, whole = _first_line(page) or "", []
    byline = _BYLINE_TITLE.match(page.title) is not None
    own = page.reviewed if page.reviewed and not byline and unrated == " ".join(page.title.split()) else None
    readings: list[tuple[ReviewedWork, float]] = [(own, 0.5)] if own else []  # not read through a score
    for index, reading in enumerate([*title_readings(site_free), *whole]):
        if all(fold(reading.title) != fold(r.title) for r, _ in readings):
            readings.append((reading, 0.5 if index == 0 else 0.0))
    if (first := _FIRST_SENTENCE.match(site_free)) and _title_like(first.group(1)):
        for reading in title_readings(first.group(1)):  # "Borderlands. I want my Friday night back."
            if all(fold(reading.title) != fold(r.title) for r, _ in readings):
                readings.append((reading, 0.25))
    maker = _MAKER_TAIL.search(site_free)  # "Heat — Michael Mann, 1995": a known person and a year
    known_maker = maker if maker and gazetteer.person_named(maker.group("name")) else None
    credit = _DIRECTOR_TAIL.search(site_free) or known_maker
    if credit:  # "Vertigo – d. Alfred Hitchcock, 1958"
        year = int(credit.group("year")) if credit.group("year") else None
        head = site_free[: credit.start()].strip(" –—-")
        if head:  # the head with its year and maker, first
            readings = [(r, p) for r, p in readings if fold(r.title) != fold(head)]
            readings.insert(0, (ReviewedWork(head, year, credit.group("name").strip()), 0.5))
    for inner in _inner_titles(_PAIRED.split(site_free)[0], gazetteer):  # "Why Heat is the best crime movie ever"
        if all(fold(inner) != fold(r.title) for r, _ in readings):
            readings.append((ReviewedWork(inner, None, None), 0.25))
    if seen_title := _seen_title(site_free):  # "Just watched Don't Look Up and I can't decide"
        for reading in title_readings(seen_title):
            # the headline says the critic saw a film the table knows: as plain as a review label
            prior = _SUPPORTED if gazetteer.films_titled(reading.title) else 0.25
            if all(fold(reading.title) != fold(r.title) for r, _ in readings):
                readings.append((reading, prior))
            else:  # read already inside the sentence ("... of Alien"): the viewing verb backs it more
                readings = [(r, max(p, prior) if fold(r.title) == fold(reading.title) else p) for r, p in readings]
    if alternative := _OR_TAGLINE.search(site_free):  # 'Review: T OR "Why Did You Say That Name?!"'
        for reading in title_readings(site_free[: alternative.start()]):
            if all(fold(reading.title) != fold(r.title) for r, _ in readings):
                readings.append((reading, 0.5))
    if second := _PAREN_TITLE.search(site_free):  # "EPISODE 57: Sound and Fury (Blow Out)": the film in brackets
        for reading in title_readings(second.group(1)):
            if all(fold(reading.title) != fold(r.title) for r, _ in readings):
                readings.append((reading, 0.0))
    if _PAIRED.search(site_free) and not any(  # "The Substance + Death Becomes Her": a double bill leads with its
        _PAIRED.search(r.title) and gazetteer.films_titled(r.title)
        for r, _ in readings  # subject; "Batman & Robin"
    ):  # is one film
        for reading in title_readings(_PAIRED.split(site_free)[0]):
            if all(fold(reading.title) != fold(r.title) for r, _ in readings):
                readings.append((reading, 0.25))
    readings = [  # "Movie Reviews", "Warning: Spoilers"
        (r, prior)
        for r, prior in readings
        if not _LABEL_ONLY.fullmatch(r.title) and not _TAG_ONLY.fullmatch(r.title) and not is_review_label(r.title)
    ]
    if _ROUNDUP.search(" ".join(site_free.split())):  # "LFF 2021", "Top 10 Tuesday": the headline of a round-up
        return []
    readings = [(r, prior) for r, prior in readings if not _ROUNDUP.search(r.title)]  # "Top 5 Thursday: T"
    readings = [  # "HEAT review: Mann at his peak": the words the label "review" follows name the work
        (r, max(prior, _LABELLED_PRIOR) if _labelled_review_of(r.title, page.title) else prior) for r, prior in readings
    ]
    readings = _owner_or_title(readings, gazetteer)
    if references := _reference_points(page.title):  # '"Parasite" Follow-Up': the film the new one is measured by
        readings = [(r, prior) for r, prior in readings if name_key(r.title) not in references]
    about = about_title(site_free)
    return [  # "Reviews – 2012": a year, not the film 2012, unless "My Two Cents On 2012" or 'the movie "2012"'
        (r, prior)
        for r, prior in readings
        if not _BARE_YEAR.fullmatch(r.title) or r.title == about or re.search(rf"[“\"‘']{r.title}[”\"’']", page.body)
    ]


_BYLINE_TITLE = re.compile(
    r"^(?:posted|written|published|filed|reviewed)\s+(?:by|on|in)\b|^by\s+[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,2}\s*(?:[|,–—-]|on\b|$)",
    re.I,
)
# a spoiler tag standing for the headline: "Warning: Spoilers", "[Spoiler-free]", "Contains spoilers!"
_TAG_ONLY = re.compile(
    r"\W*(?:(?:warning|spoilers?|spoiler[- ]free|no|mild|minor|major|heavy|alert|ahead|contains|nsfw|trigger"
    r"|content)\W*)+",
    re.I,
)
# a director's credit closing the headline: "T – d. Jacques Tati, 1967", "T (dir. Ann Lee)"
_DIRECTOR_TAIL = re.compile(
    r"\s*[–—-]?\s*\(?(?:d\.|dir\.|directed\s+by)\s+(?P<name>[A-Z][\w.’' -]{2,40}?)(?:,\s*(?P<year>(?:19|20)\d\d))?\)?$"
)
_MAKER_TAIL = re.compile(r"\s+[–—-]\s+(?P<name>[A-Z][\w.’'-]+(?:\s+[A-Z][\w.’'-]+){1,3}),\s*(?P<year>(?:19|20)\d\d)$")
# a column's label before a colon: a hashtag, a month, "Week 12", "No. 4"
_LABEL_HEAD = re.compile(
    r"#\w+|\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?"
    r"|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b|\b(?:day|week|night|part|no\.?|episode|ep\.?|vol\.?)\s*\d+",
    re.I,
)


def _after_label(title: str) -> str | None:
    """The words after a column's label and a colon, when they look like a title
    ("#CinemaShame, March: It Happened One Night (sorry, everyone)" -> "It Happened One Night")."""
    head, colon, tail = _ASIDE.sub("", " ".join(title.split())).partition(": ")
    tail = tail.strip()
    return tail if colon and _LABEL_HEAD.search(head) and _title_like(tail) else None


# an aside in brackets closing the headline, in lower case: "(sorry, everyone)", "(no, really, i mean it)"
_ASIDE = re.compile(r"\s*\((?=[a-z])[^()]{1,80}\)\s*$")
# the headline's first sentence when more follow: "Borderlands. I want my Friday night back."
_FIRST_SENTENCE = re.compile(r"^([^.!?]{2,60}?)\.\s+(?=[A-Z])")
# a title in brackets closing the headline (not a year, a tag or a rating): "Sound and Fury (Blow Out)"
_PAREN_TITLE = re.compile(r"\((?!(?:19|20)\d\d\))([A-Z][^()]{1,60})\)\s*$")
# a pun title after "OR" closing the headline: 'T OR "Why Did You Say That Name?!"', "T, or: How I ..."
_OR_TAGLINE = re.compile(r"\s+(?:OR|or),?:?\s+[“\"‘']")
# two works side by side in a headline: "T + U", "T & U", "T / U", "T vs. U"
_PAIRED = re.compile(r"\s+(?:\+|&|/|vs\.?|versus)\s+", re.I)
# headlines of a list or a round-up, not a film's name: "Top 5 Thursday", "Movies from 1975", "MIFF 2023", "Part 3"
_ROUNDUP = re.compile(
    r"^(?:top|best|worst)\s+(?:\d+|ten|five|twenty)\b|^part\s+(?:\d+|[ivx]+|one|two|three|four)$"
    r"|\b(?:double|triple)[- ](?:features?|bills?)\s*(?:#|no\.?\s*|vol\.?\s*)\d+"  # "Double Features #6: ..."
    # a listicle ("5 Hong Kong Action Films to Start With"), not a week's capsules ("Three films this week")
    r"|^(?:\d+|three|four|five|six|seven|eight|nine|ten|twenty)\s+(?:[\w’'-]+\s+){0,4}(?:films|movies|pictures)\s+"
    r"(?:to|that|you|for|every|everyone|i|we|which|worth)\b"
    r"|\b(?:movies|films|pictures)\s+(?:from|of)\s+(?:the\s+)?(?:(?:19|20)\d\d|\d0s|['’]\d0s)"
    r"|^(?:[A-Z]{2,6}|[A-Z][a-z]{1,5})\s+(?:19|20)\d\d(?:\s*[-–—:,]\s*(?:part|day|week|vol\.?|volume)\s+\w+)?$",
    re.I,
)
_BARE_YEAR = re.compile(r"(?:1[89]|20)\d\d")
# a headline setting two versions of one story side by side reviews neither alone: "One film, two
# versions: T", "T: the original vs. the remake", "Both versions of T", "T, then and now"
_VERSIONS = re.compile(
    r"\b(?:two|both|three)\s+versions\b|\b(?:original|remake)\s+(?:vs\.?|versus|or|and)\s+(?:the\s+)?(?:remake|original)\b",
    re.I,
)
# a series' numbered part naming its one film: "Original vs Remake, part one: T (1977)" (the remake next week)
_SERIES_PART = re.compile(
    r"\b(?:part|episode|chapter|round|no\.?|#)\s*(?:\d+|one|two|three|four|five|[ivx]+)\s*:\s*\S", re.I
)
# a headline of label words only: "Movie Reviews", "My Latest Film Review", "Quick Thoughts"
_LABEL_ONLY = re.compile(
    r"(?:(?:my|our|the|a|new|latest|recent|short|quick|mini|movie|movies|film|films|review|reviews|thoughts|notes"
    r"|cinema|capsule)\s*)+",
    re.I,
)


def _owner_or_title(
    readings: list[tuple[ReviewedWork, float]], gazetteer: Gazetteer
) -> list[tuple[ReviewedWork, float]]:
    """A possessive before a title names its maker when the table knows the name ("Hitchcock's
    Vertigo"); otherwise it may be the title's own ("Miss Peregrine's Home for Peculiar Children"):
    the whole reading then takes the first reading's prior."""
    if not readings or not (owner := readings[0][0].director):
        return readings
    known = gazetteer.person_named(owner) is not None or gazetteer.is_surname(owner.split()[-1])
    whole = {fold(f"{owner}{s} {readings[0][0].title}") for s in ("'s", "’s")}
    if known or not any(fold(r.title) in whole for r, _ in readings[1:]):
        return readings
    return [
        (r, readings[0][1] if fold(r.title) in whole else (0.0 if i == 0 else p)) for i, (r, p) in enumerate(readings)
    ]


def _score_reading(
    reading: ReviewedWork,
    prior: float,
    page: Page,
    gazetteer: Gazetteer,
    resolver: WorkResolver,
    directors: set[str],
    body: str,
) -> _Choice | None:
    """A reading's evidence: the film table knows it (+2), the title gives its year (+1) or a
    review label (+0.5), the body repeats it (+0.5 each, up to three) or sets it in italics (+1)."""
    film = resolver.lookup_film(reading.title, reading.year)
    stranger = False  # the table's film of that name is another one: the page credits someone else
    if film is not None and directors:
        same_title = gazetteer.films_titled(gazetteer.films[film].title)
        directed = [f for f in same_title if _directed_by(gazetteer, f, directors)]
        stranger = (  # a credits line, or a director's possessive ("Hitchcock's Obsession"), names another maker
            not directed
            and bool(gazetteer.films[film].directors)
            and (bool(_credited(page)) or _is_director(gazetteer, reading.director))
        )
        film = directed[0] if directed else film
    for variant in sequel_variants(reading.title) if film is None else []:
        film = resolver.lookup_film(variant, reading.year)
        if film is not None:
            break
    if film is None and _NUMBER_END.search(reading.title):  # "Speed 2" for "Speed 2: Cruise Control"
        for spelling in [reading.title, *sequel_variants(reading.title)]:  # "Halloween 3": "Halloween III: ..."
            if (film := _before_colon(gazetteer, spelling, reading.year)) is not None:
                break
    if film is None:  # "The Wrath of Khan" for "Star Trek II: The Wrath of Khan"
        film = _after_colon(gazetteer, reading.title)
    if film is None:  # "Harry Potter 3": the third film of the table whose title starts "Harry Potter"
        film = _nth_of_series(gazetteer, reading.title)
    if film is None and gazetteer.person_named(reading.title) is not None:
        return None  # a director's page ("Alfred Hitchcock") reviews no film of that name
    count = _count(body, reading.title)
    head, colon, tail = reading.title.partition(": ")
    if (
        film is None
        and colon
        and not count
        and len(tail.split()) >= 2
        and _title_like(tail)
        and not _sentence_like(tail)
    ):
        count = _count(body, tail)  # "Baahubali 2: The Conclusion" named by its subtitle, "The Conclusion"
    emphasised = any(h.kind == "em" and fold(h.text) == fold(reading.title) for h in page.hints)
    marks: list[str] = []
    evidence = prior + (1.0 if reading.year else 0.0)
    evidence += (1.0 + min(count - 1, 2) * 0.25 if count else 0.0) + (1.0 if emphasised else 0.0)
    if film is None and (_sentence_like(reading.title) or _sentence_case(reading.title)):
        evidence -= 0.5  # "the island, one more time", "Joe Dante bites the hand that feeds": a tagline
    if film is not None and evidence < _SUPPORTED and _director_named(gazetteer, film, page, reading.title):
        evidence += 1.0  # "Charulata" over "Directed by Satyajit Ray"; "Casablanca: ...?" over "Michael Curtiz ..."
    elif film is not None and evidence < _SUPPORTED and _owned_by_maker(gazetteer, film, reading):
        evidence += _MAKER_OWNED  # "Lynch's Mulholland Drive, or the Dream Factory": the table says Lynch made it
    elif film is not None and evidence < _SUPPORTED and _names_whole_segment(page, gazetteer, film, reading.title):
        evidence += _WHOLE_SEGMENT  # "Three Billboards Outside Ebbing, Missouri", "Aftersun: the best film of the year"
        marks.append(_SEGMENT_ONLY)
    known = 2.0 if film is not None else 0.0
    if (
        film is None
        and colon
        and any(ch.isalpha() for ch in head)
        and resolver.lookup_film(head) is not None
        and resolver.lookup_film(tail) is None
        and (_count(body, tail) or _as_predecessor(body, head))
    ):  # "Puss in Boots: The Last Wish" when the body speaks of "the first Puss in Boots"
        known = 2.0  # "Mad Max: Fury Road", a sequel the table does not know, and the body says "Fury Road"
        evidence += 1.0
    if stranger:  # "Director: Dexter Fletcher" over Rocketman: not the table's RocketMan (1997)
        return _Choice(
            reading.title, reading.year, None, evidence + known, ["supported"] if evidence >= _SUPPORTED else []
        )
    title = gazetteer.films[film].title if film is not None else reading.title
    year = gazetteer.films[film].year if film is not None else reading.year
    return _Choice(title, year, film, evidence + known, ["supported", *marks] if evidence >= _SUPPORTED else [])


_SUPPORTED = 1.0  # a reading the page backs: the table knows it, or a year, a label, the body
# a headline's segment: the whole headline, or a part a colon, a dash, a bar or a bracket sets off
_SEGMENT_END = re.compile(r"\s*(?:$|[:|(\[]|[-–—]\s)")
_HEAD_END = re.compile(r"\s+[-–—|]\s+|\s+(?:movie\s+|film\s+)?reviews?\b|\s*[(\[]")
_SEGMENT_START = re.compile(r"(?:^|[:|)\]]\s*|\s[-–—]\s*)$")


_MAKER_OWNED = 1.0  # a headline's possessive naming the film's own director backs it as plainly as a year


def _owned_by_maker(gazetteer: Gazetteer, film: int, reading: ReviewedWork) -> bool:
    """Whether the reading's possessive owner ("Tarkovsky's Stalker, or ...") directed the table's film,
    by full name or surname: the headline then names the film the way a credits line would."""
    return bool(reading.director) and _directed_by(gazetteer, film, {fold(reading.director or "")})


_WHOLE_SEGMENT = 1.0  # a headline that is the table's title, whole or before its tagline, names it as plainly as a year
_SEGMENT_ONLY = "segment"  # backed only by being the headline: a pun headline may be another film's title
_TAGLINE_AFTER = re.compile(r"\s*(?::|\s[-–—|])\s+(?P<tail>\S.*)$")


def _names_whole_segment(page: Page, gazetteer: Gazetteer, film: int, title: str) -> bool:
    """Whether the headline, bare of its decorations, is the table's title whole ("Three Billboards Outside
    Ebbing, Missouri") or that title before a tagline ("Aftersun: the best film of the year?"); not
    the head of a short subtitle ("Puss in Boots: The Last Wish"), and a one-word title only when
    often reviewed ("Heat", not "Home")."""
    one_word = " " not in title.strip()
    if one_word and gazetteer.films[film].reviews < _POPULAR:
        return False
    key = fold(title)
    headline = _headline(page)
    for spelled in (strip_decorations(headline)[0], without_lead_in(title_without_rating(headline))):
        bare = fold(spelled)
        if bare == key:  # the whole headline: a pun when one word ("Superman" over The Iron Giant)
            return not one_word and is_title_case(spelled.split())  # not "A long way down"
        after = _TAGLINE_AFTER.match(bare, len(key)) if bare.startswith(key) else None
        if after is not None and not _subtitled(f"{title}: {after.group('tail')}", title, gazetteer):
            return is_title_case(spelled[: len(title)].split())
    return False


def _director_named(gazetteer: Gazetteer, film: int, page: Page, title: str) -> bool:
    """Whether the page names, in full, a director of the table's film that a whole segment of the
    headline names: a credits line ("Directed by Satyajit Ray") or the prose ("Michael Curtiz keeps
    it moving"); not a word inside a longer headline ("Psycho Killer")."""
    headline, key = fold(_headline(page)), fold(title)
    at = headline.find(key)
    if at < 0 or not (_SEGMENT_START.search(headline[:at]) and _SEGMENT_END.match(headline, at + len(key))):
        return False
    if headline[at + len(key) :].startswith(":"):  # "MAD MAX: FURY ROAD Review": the head of a longer known title
        whole = _HEAD_END.split(headline[at:])[0]
        if gazetteer.films_titled(whole):
            return False
    names = [fold(gazetteer.people[person]) for person in gazetteer.films[film].directors]
    names = [name for name in names if " " in name]
    if not names:
        return False
    text = fold(page.body[:6000])
    return any(_whole_words(name).search(text) for name in names)


def _about_several(page: Page, gazetteer: Gazetteer) -> bool:
    """Whether the page is about several films and so reviews no one of them: a round-up or list
    headline, two versions compared, a headline listing films, a double bill, or capsules under
    dated headings."""
    if _ROUNDUP.search(_headline(page)):
        return True  # "Top 5 Thursday: Movies from 1975", "MIFF 2023 – Part 3": a list or round-up reviews no one film
    if _VERSIONS.search(_headline(page)) and not _SERIES_PART.search(_headline(page)):
        return True  # "One film, two versions: The Fly": the 1958 and the 1986 film, compared
    if _titles_listed(_headline(page), gazetteer):
        return True  # "Weekend Watchlist: Heat, Ronin, Thief", "Double Feature: Heat and Ronin": several films
    if _TWO_DATED.search(" ".join(page.title.split())):
        return True  # "Two From the Fog: Häxan (1922) and Vampyr (1932)": a double bill reviews both
    listed = _listed_films(page)
    # "Vertigo (1958)" / prose / "Heat (1995)" / prose / ...: capsules of several films
    return len(listed) >= _LISTED or (len(listed) == 2 and all(fold(t) in fold(page.title) for t in listed))


@dataclass(slots=True)
class _Weighing:
    """What the steps of ``choose_reviewed`` share: the page, the headline's scored readings and the
    film the body's people point at (worked out once, when a step asks)."""

    page: Page
    gazetteer: Gazetteer
    resolver: WorkResolver
    body: list[Candidate]
    directors: set[str]
    prose: str
    scored: list[_Choice]
    ranked: list[_Choice]
    scored_headline: bool
    listing: bool  # a headline over several films: "Recent Viewings", "Three crime films"
    crew: list[_Choice | None] = field(default_factory=list)

    def crewed_film(self) -> _Choice | None:
        if not self.crew:
            self.crew.append(_crewed_in_body(self.page, self.gazetteer))
        return self.crew[0]

    def subtitled(self, choice: _Choice) -> bool:
        """Whether the reading is the head of "Head: Subtitle", another reading."""
        return any(r is not choice and _subtitled(r.title, choice.title, self.gazetteer) for r in self.scored)


# kinds of a body name that may be the reviewed work: a film, or a series the table names (Normal People)
_REVIEWABLE_KINDS = frozenset({"film", "tv"})


def _film(choice: _Choice) -> ResolvedWork:
    return ResolvedWork(choice.title, "film", choice.film, choice.year)


def choose_reviewed(
    page: Page, gazetteer: Gazetteer, resolver: WorkResolver, body: list[Candidate]
) -> ResolvedWork | None:
    """The work the page reviews, or None when neither its title nor its body says.

    Every reading of the post title is scored (``_score_reading``); the best one the page backs
    wins. Otherwise the page's furniture (the blog's name, a credits block, a score's subject, an
    episode line), then the body's most prominent film, then a reading that at least looks like a title.
    """
    if _about_several(page, gazetteer):
        if RECORD is not None:  # training: its contenders, the gold work among them or not
            _ranked(_weigh_headline(page, gazetteer, resolver, body), None, several=True)
        return None
    weighing = _weigh_headline(page, gazetteer, resolver, body)
    rules = (
        _from_headline(weighing)
        or _from_furniture(weighing)
        or _from_body(weighing)
        or _from_first_line(weighing)
        or _from_weak_readings(weighing)
    )
    return _ranked(weighing, rules)


Recorded = tuple[Page, list[reviewed_rank.Contender], list[dict[str, float]], bool, reviewed_rank.PageText]
RECORD: list[Recorded] | None = None
"""Set to a list to record every page's contenders, features and text (scripts/train_reviewed.py)."""


def _ranked(w: _Weighing, rules: ResolvedWork | None, several: bool = False) -> ResolvedWork | None:
    """The contender the learnt ranker (``reviewed_rank``) finds likeliest to be the reviewed work,
    among the headline's readings, the body's films and the steps' own answer, where it is clearly
    likelier than the steps' answer (``reviewed_rank.choice``)."""
    if RECORD is None and rules is not None and rules.film is not None and w.scored and w.scored[0].film == rules.film:
        return rules  # the headline's first reading, known to the table: ``reviewed_rank.choice`` keeps it
    readings = [(c.title, c.year, c.film) for c in w.scored]
    table = reviewed_rank.table_films(w.gazetteer, title_without_rating(w.page.title), w.prose)
    contenders = reviewed_rank.contenders(
        w.gazetteer, readings, _body_counts(w.page, w.gazetteer, w.body), rules, table
    )
    text = reviewed_rank.page_text(w.page.title, w.prose, [c.text for c in w.page.comments], w.page.body)
    rows = reviewed_rank.feature_rows(contenders, w.gazetteer, text)
    if RECORD is not None:  # training: the rows do not depend on the model
        RECORD.append((w.page, contenders, rows, several, text))
        return rules
    return reviewed_rank.ranked(contenders, rows, reviewed_rank.model())


def _weigh_headline(page: Page, gazetteer: Gazetteer, resolver: WorkResolver, body: list[Candidate]) -> _Weighing:
    """Every reading of the post title (and of a credits block's "Title:" field), scored."""
    readings = _readings(page, gazetteer)
    for named in _title_fields(page):  # "Film: Drive My Car" in the credits block under a pun headline
        if all(fold(named.title) != fold(r.title) for r, _ in readings):
            readings.append((named, _FIELD_PRIOR))
    directors = _directors(page, [r for r, _ in readings])
    prose = _without_headline(page)
    cue = 0.5 if _REVIEW_CUE.search(page.title) or _labelled(page.title) else 0.0
    scored_headline = title_without_rating(page.title) != " ".join(page.title.split())
    if scored_headline:
        cue += _RATED_HEADLINE  # "The Handmaiden ★★★★★": a headline that carries the score names the work scored
    block_year = _block_year(page, gazetteer, readings)
    scored = [
        choice
        for reading, prior in readings
        if (
            choice := _score_reading(
                _dated(reading, block_year), prior + cue, page, gazetteer, resolver, directors, prose
            )
        )
    ]
    ranked = sorted(scored, key=lambda c: (-c.score, -len(c.title)))
    listing = LIST_HEAD.search(_headline(page)) is not None
    return _Weighing(page, gazetteer, resolver, body, directors, prose, scored, ranked, scored_headline, listing)


def _from_headline(w: _Weighing) -> ResolvedWork | None:
    """The best reading of the headline the page backs, unless the body backs another film more, or
    a network's series when the reading is a sentence the body names once."""
    supported = [c for c in w.ranked if c.evidence]
    supported = [  # "Batman" inside "Batman v Superman: Dawn of Justice", "Mad Max" inside "Mad Max: Fury Road"
        c
        for c in supported
        if not any(o.film is not None and o.film != c.film and _inside(c.title, o.title) for o in supported)
    ]
    if not supported:
        return None
    best = _dated_whole(_known_within(supported[0], w), w)
    if (spelled := _spelled_out(best, w)) is not None:
        return _film(spelled)
    if (punned := _pun_headline(best, w)) is not None:
        return _film(punned)
    if (
        best.film is None
        and best.year is None
        and _count(w.prose, best.title) <= 1
        and (tv_series := _network_series(w.page))
    ):  # a sentence headline ("The Best Show of the Year Is a Chess Game") over "FX's Shōgun" in the body
        return ResolvedWork(tv_series, "tv", None, None)
    if not (w.scored_headline and best.title == title_without_rating(w.page.title)) and (  # the headline itself
        rival := _body_contest(best, w.scored, w.page, w.gazetteer, w.body, w.directors, w.prose)
    ):
        return _film(rival)
    return _film(best)


def _dated_whole(best: _Choice, w: _Weighing) -> _Choice:
    """The headline's full spelling of the table's film when the headline dates that whole spelling
    with the film's own year: "The Golem: How He Came into the World (1920)" for the table's "The
    Golem" (1920); not a tagline after a dated head ("Heat (1995): Mann's Best")."""
    if best.film is None or best.year is None:
        return best
    headline = " ".join(w.page.title.split())
    for whole in w.scored:
        if (
            whole.film is None
            and whole.year == best.year
            and fold(whole.title).startswith(fold(best.title) + ": ")
            and re.search(re.escape(whole.title) + rf"\s*[(\[]{best.year}[)\]]", headline, re.I)
        ):
            return _Choice(whole.title, best.year, best.film, best.score, best.evidence)
    return best


def _pun_headline(best: _Choice, w: _Weighing) -> _Choice | None:
    """The body's film when the headline is another film's title only as a pun: "Superman" over a body
    about The Iron Giant, "A Long Way Down" over one about Vertigo. Only for a reading the headline
    alone backs, that the body never names, against a film the body names again and again."""
    if _SEGMENT_ONLY not in best.evidence or _count(w.prose, best.title):
        return None
    rival = _body_choice(w.page, w.gazetteer, w.body, w.directors)
    if rival is None or rival.film == best.film or rival.score < best.score + _CONTEST:
        return None
    seen = _viewed_in_opening(w.page, w.gazetteer)  # "We showed our daughter The Iron Giant last weekend"
    seen_film = seen is not None and seen.film == rival.film
    return rival if seen_film or _count(w.prose, rival.title) >= _PUN_REPEATS else None


_PUN_REPEATS = 2  # how often the body must name its own film to overrule a pun headline


_ABBREVIATION = re.compile(r"[A-Z][A-Za-z0-9]{1,5}|[A-Za-z]+[:.]?\d{1,2}")  # "T2", "LOTR", "BvS", "MI:3"
_INITIAL_WORDS = re.compile(r"[^\W\d_]+|\d+")


def _initials(title: str, small: bool) -> str:
    words = _INITIAL_WORDS.findall(title)
    return "".join(w if w.isdigit() else w[0] for w in words if small or w.casefold() not in _SMALL).casefold()


def _spelled_out(best: _Choice, w: _Weighing) -> _Choice | None:
    """The body's film a short headline reading abbreviates, when the table knows only the film:
    "T2 at 30: ..." over a body about "Terminator 2: Judgment Day (1991)", "LOTR" for "The Lord of the Rings"."""
    if best.film is not None or best.year is not None or not _ABBREVIATION.fullmatch(best.title):
        return None
    rival = _body_choice(w.page, w.gazetteer, w.body, w.directors)
    if rival is None or rival.film is None:
        return None
    key = re.sub(r"[^A-Za-z0-9]", "", best.title).casefold()
    spellings = (rival.title, re.sub(r"^(?:the|a|an)\s+", "", rival.title, flags=re.I))  # "LOTR": no "The"
    return rival if any(_initials(t, small).startswith(key) for t in spellings for small in (False, True)) else None


# what a framed title's extra words may not be: a sequel's number or part, or a word that joins them
# into one longer name ("Son of Godzilla", "Toy Story of Terror", "Paddington 2")
_NOT_A_FRAME = re.compile(
    r"^(?:\d+|[ivx]{1,4}|part\b.*|two|three|four|five|chapter\b.*)$|^(?:of|and|&|in|on|at|to|vs\.?|versus|the|a|an)\b"
    r"|\b(?:of|and|&|the|a|an|[’']s)$",
    re.I,
)


_SEPARATED = re.compile(r"\s*(?:[/:|–—]|\s-\s)")  # a frame set off from the title: "T / Original", "Line: T"
_SEPARATED_END = re.compile(r"(?:[/:|–—]|\s-)\s*$")


def _known_within(best: _Choice, w: _Weighing) -> _Choice:
    """The film the table knows inside the best reading when that reading is only the film framed by
    other words the body never repeats: a viewing verb ("Rewatching The Matrix"), a quoted line
    before a colon ("Forget it, Jake: revisiting Chinatown"), an original title after a slash
    ("Bicycle Thieves / Ladri di biciclette"). Not a sequel the table lacks ("Paddington 2") nor
    a longer name ("Son of Godzilla"), and not the head of a short subtitle ("Puss in Boots: The Last Wish")."""
    if best.film is not None or _count(w.prose, best.title):
        return best
    whole = fold(best.title)
    for known in w.ranked:
        if known.film is None or w.subtitled(known) or not _inside(known.title, best.title):
            continue
        key = fold(known.title)
        if whole.startswith(key):
            frame = whole[len(key) :]
        elif whole.endswith(key):
            frame = whole[: -len(key)]
        else:
            continue
        separated = _SEPARATED.match(frame) or _SEPARATED_END.search(frame)  # "T / The English Title"
        frame = frame.strip(" \t:;,/|–—-“”\"‘’'")
        if frame and (separated or not _NOT_A_FRAME.search(frame)):
            return known
    return best


def _from_furniture(w: _Weighing) -> ResolvedWork | None:
    """A work the page's furniture names when no reading is backed: a network's series, the blog's
    name with a year, a credits block, a score's subject, an episode line."""
    if tv_series := _network_series(w.page):  # "I went into FX's Shōgun ..." under a headline naming no work
        return ResolvedWork(tv_series, "tv", None, None)
    site = _site_reading(w.page, w.resolver, w.scored)
    if site is not None and site.year is not None:  # "Planet of the Apes (1968)" taken for the blog's name
        return _film(site)
    if credited := _credits_film(w.page, w.gazetteer):  # "Year: 1932 / Director: Tod Browning" under a pun headline
        return _film(credited)
    if rated := _scored_subject(w.page, w.resolver):  # "Heat: 8/10" closing a review under a pun headline
        return _film(rated)
    line = _first_line(w.page)
    if line is not None and EPISODE_TAIL.search(line) and (series := title_readings(line)):
        return ResolvedWork(series[0].title, "tv", None, series[0].year)  # 'Station Eleven, episode 3, "Hurricane"'
    return None


def _from_body(w: _Weighing) -> ResolvedWork | None:
    """The body's film: the one its people point at in a lower-case body, the one the opening says was
    seen or made, the most prominent one, the one a director of the page made; a film the cast
    fills the page with over a quoted name the table lacks."""
    listing, page, gazetteer = w.listing, w.page, w.gazetteer
    body_choice = (
        (w.crewed_film() if _lower_case(page.body) else None)  # "i had not yet seen movie 43"
        or (None if listing else _viewed_in_opening(page, gazetteer))
        or (None if listing else _made_in_opening(page, gazetteer))
        or _body_choice(page, gazetteer, w.body, w.directors, _LIST_MARGIN if listing else _MARGIN)
        or _directed_in_body(page, gazetteer, w.directors)
    )
    if (
        body_choice is not None
        and body_choice.film is None
        and body_choice.year is None
        and (crewed := w.crewed_film()) is not None
        and crewed.score >= _CREW_STRONG
    ):  # a quoted song the table does not know ("Radha Kaise Na Jale") against the film whose cast fills the page
        body_choice = crewed
    if (
        body_choice is not None
        and body_choice.film is None
        and body_choice.year is None
        and (whole := _whole_headline(w))
    ):
        return _film(
            whole
        )  # "Top Hat" over '"Cheek to Cheek" is as lovely as everyone says': the table knows the headline
    return _film(body_choice) if body_choice is not None else None


def _whole_headline(w: _Weighing) -> _Choice | None:
    """The reading that is the whole headline, bare of decorations, when the film table knows it."""
    bare = name_key(strip_decorations(_headline(w.page))[0])
    return next((c for c in w.ranked if c.film is not None and name_key(c.title) == bare), None)


def _from_first_line(w: _Weighing) -> ResolvedWork | None:
    """A film of the table the body's first line names: "Blog #412" over "2.5/4 stars  Hangover 2 - 6/2/2011"."""
    if (line := _first_line(w.page)) is not None:
        for reading in title_readings(line):
            choice = _score_reading(reading, 0.0, w.page, w.gazetteer, w.resolver, w.directors, w.prose)
            if choice is not None and choice.film is not None:
                return _film(choice)
    return None


def _from_weak_readings(w: _Weighing) -> ResolvedWork | None:
    """What is left: a reading the table knows though the page does not back it, a film a maker's
    possessive and year name, a reading shaped like a title, a film of the body's people."""
    page = w.page
    by_place = _capital_by_place(_headline(page)) if not is_title_case(_headline(page).split()) else None
    known = [  # not "Ten" of "Ten years of this blog" on the table's word alone: the body must back it
        c for c in w.ranked if c.film is not None and not w.subtitled(c) and (by_place is None or c.title != by_place)
    ]
    if known:  # a title the table knows, though the page does not back it
        return _film(known[0])
    if made := _credits_film(page, w.gazetteer, in_prose=True):
        return _film(made)  # "Spielberg's 1975 shark movie ..."
    labelled = _after_label(page.title) or _seen_title(page.title)  # "#CinemaShame, March: T", "Just watched T and"
    looks = [  # in the order of the readings: the whole title first
        c
        for c in w.scored
        if _title_like(c.title)
        and not is_date_title(c.title)
        and (c.title == labelled or not _HEADLINE.search(c.title))
        and not w.subtitled(c)
        and (by_place is None or c.title != by_place)
    ]
    if labelled:
        looks = sorted(looks, key=lambda c: fold(c.title) != fold(labelled))
    if page.reviewed is None:  # a long headline: only a reading shaped like a title ("Star Wars: The Last Jedi")
        looks = [c for c in looks if ": " in c.title or re.search(r"\s\d\b", c.title) or c.title == labelled]
    if looks and not w.listing:  # "Avengers 2: The Age of Ultron": a title, if no film backs it
        return _film(looks[0])
    if made := _directed_in_body(page, w.gazetteer, _body_people(w.body), only=True):
        return _film(made)  # "Jaws invented the blockbuster. Spielberg ..."
    if (crewed := w.crewed_film()) is not None:
        return _film(crewed)  # "Pacino shouts, De Niro broods ... Heat"
    return None


def _inside(short: str, long: str) -> bool:
    """Whether a title is words of a longer one ("Batman" of "Batman v Superman: Dawn of Justice")."""
    inner, outer = fold(short), fold(long)
    return inner != outer and _whole_words(inner).search(outer) is not None


_LIST_MARGIN = 1.0  # under such a headline one film must stand well above the others to be the one reviewed
_LIST_SPLIT = re.compile(r"\s*,\s*(?:and\s+|&\s+)?|\s+(?:and|&)\s+|\s*/\s*")


def _titles_listed(headline: str, gazetteer: Gazetteer) -> bool:
    """Whether the headline lists films the table knows: three or more ("Heat, Ronin and Thief"), or two
    under a list label ("Double Feature: Heat and Ronin"); not a title holding "and" ("Heat and Dust")."""
    label, colon, rest = headline.rpartition(": ")
    rest = _YEAR_ANY.sub("", rest if colon else headline).strip(" .!?")
    if not rest or gazetteer.films_titled(rest):
        return False
    parts = [part for part in _LIST_SPLIT.split(rest) if part]
    if len(parts) < 2 or not all(gazetteer.films_titled(part) for part in parts):
        return False
    return len(parts) >= 3 or bool(LIST_HEAD.search(label) or _BILL_LABEL.search(label))


_YEAR_ANY = re.compile(r"\s*\((?:19|20)\d\d\)")
_BILL_LABEL = re.compile(r"\bfeature|\bbill\b", re.I)  # "Feature Presentation: T and U", "Bill: T and U"
_YEAR_WORD = re.compile(r"(?<!\d)((?:19|20)\d\d)(?!\d)")  # a year standing alone: "1928 silent comedy"
_RATED_HEADLINE = 1.0  # as much as a year beside the title
# "Kalki 2898 AD Movie Review: 600 Crores of Sand": the words a review label follows, over the tagline
_LABELLED_PRIOR = 0.75
_FIELD_PRIOR = 1.0  # a credits block's "Title:" field names the work as plainly as a year backs a headline
_TITLE_FIELD = re.compile(
    r"^\W{0,3}(?:title|film|movie|feature|original\s+title|english\s+title)\s*:\s*(?P<title>\S[^\n]{1,80}?)\s*$",
    re.I | re.M,
)


def _title_fields(page: Page) -> list[ReviewedWork]:
    """The work a credits block's "Title:" or "Film:" line names, near the top of the body."""
    fields = []
    for match in _TITLE_FIELD.finditer(page.body[:1500]):
        text = match.group("title")
        if (latin := _TRANSLITERATED.match(text)) is not None:
            text = latin.group(1)  # "Original title: दीवार (Deewaar)": the title in the page's own script
        if parse_rating(text) is None and _title_like(_YEAR_TAIL.sub("", text)):
            fields += title_readings(text)[:1]
    return fields


_YEAR_TAIL = re.compile(r"\s*[(\[](?:19|20)\d\d[)\]]\s*$")
# a title in another script with its Latin spelling in brackets: "दीवार (Deewaar)", "七人の侍 (Shichinin no samurai)"
_TRANSLITERATED = re.compile(
    r"^[^\x00-\x7f()\[\]]+(?:\s+[^\x00-\x7f()\[\]]+)*[\s.]*[(\[]\s*([A-Z][^()\[\]]{1,60}?)\s*[)\]]\s*$"
)
# two dated titles joined in one headline: "Häxan (1922) and Vampyr (1932)", "Them! (1954) / Tarantula (1955)"
_TWO_DATED = re.compile(
    r"[(\[][^()\[\]]{0,40}?(?:19|20)\d\d[)\]]\s*(?:and|&|\+|/|vs\.?|versus|,)\s+[^()\[\]]{1,60}?"
    r"[(\[][^()\[\]]{0,40}?(?:19|20)\d\d[)\]]",
    re.I,
)


_LISTED = 3  # dated headings, each over its own paragraph, that make a page a list of capsules
# "Vertigo (1958)", "2. Heat (Michael Mann, 1995) – 8/10", "HÄXAN (Benjamin Christensen, 1922)" on a line of its own
LIST_HEADING = re.compile(
    r"^(?:\d{1,2}[.)]\s*)?(?P<title>[A-Z0-9“\"‘'][^()\[\]\n]{0,70}?)\s*[(\[](?:[^()\[\]\n]{0,40},\s*)?"
    r"(?:19|20)\d\d(?:,\s*[^()\[\]\n]{0,40})?[)\]](?:\s*[-–—:|]\s*\S.{0,30})?\s*$"
)
_PROSE = re.compile(r"(?:\S+\s+){7}\S")  # eight words or more


def _listed_films(page: Page) -> list[str]:
    """The titles of dated headings that each stand over a paragraph of prose (a capsule)."""
    if page.body.count("(") < 2 and page.body.count("[") < 2:
        return []
    lines = [line.strip() for line in page.body.split("\n")]
    titles: dict[str, str] = {}
    for index, line in enumerate(lines):
        if len(line) > 120 or (match := LIST_HEADING.match(line)) is None:
            continue
        below = next((rest for rest in lines[index + 1 : index + 4] if rest), "")
        if _PROSE.match(below) and not LIST_HEADING.match(below):
            titles.setdefault(fold(match.group("title").strip(" “”\"‘’'")), match.group("title").strip(" “”\"‘’'"))
    return list(titles.values())


def _block_year(page: Page, gazetteer: Gazetteer, readings: list[tuple[ReviewedWork, float]]) -> int | None:
    """The year of a credits block under the headline ("Year Released: 1924") when the film table
    cannot pin the film down from it: the block then dates the headline, as "(1924)" would."""
    if not readings or all(r.year for r, _ in readings):
        return None
    years = {int(m.group(1)) for m in _CREDITS_YEAR.finditer(page.body[:1500])}
    if len(years) != 1 or _credits_film(page, gazetteer) is not None:
        return None
    return next(iter(years))


def _dated(reading: ReviewedWork, year: int | None) -> ReviewedWork:
    """``reading`` with the credits block's year, when it has none and looks like a title."""
    if year is None or reading.year is not None or not _title_like(reading.title) or _sentence_like(reading.title):
        return reading
    return ReviewedWork(reading.title, year, reading.director)


_CREDITS_YEAR = re.compile(
    r"^\W{0,3}(?:year|released?|release\s+(?:date|year)|made\s+in)\s*:?\s*(?:[^\n\d]{0,20})((?:19|20)\d\d)\b",
    re.I | re.M,
)


_OWNER_YEAR = re.compile(r"(?P<owner>[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)[’']s\s+(?P<year>(?:19|20)\d\d)\b(?!s)")


def _credits_film(page: Page, gazetteer: Gazetteer, in_prose: bool = False) -> _Choice | None:
    """The one film of the table that the page's credits block pins down: its director ("Director:
    Tod Browning") and its year ("Year: 1932", "Released: 1932"), wherever the headline points;
    with ``in_prose``, the one maker and year the running text gives ("Hitchcock's 1958 masterpiece")."""
    directors = _credited(page)
    years = {int(m.group(1)) for m in _CREDITS_YEAR.finditer(page.body[:3000])}
    if in_prose:  # "Michael Mann's 1995 crime epic": a maker and a year in the running text
        owned = {(m.group("owner"), int(m.group("year"))) for m in _OWNER_YEAR.finditer(page.body[:3000])}
        if len(owned) != 1:
            return None
        owner, year = next(iter(owned))
        person = gazetteer.person_named(owner) if " " in owner else None
        directors = {fold(gazetteer.people[person])} if person is not None else set()
        if not directors and _is_director(gazetteer, owner):
            directors = {fold(owner)}
        years = {year}
    if not directors or len(years) != 1:
        return None
    year = next(iter(years))
    made = {
        film
        for person, credits in _director_credits(gazetteer, directors)
        for film in credits
        if gazetteer.films[film].year == year
    }
    if len(made) != 1:
        return None
    film = next(iter(made))
    return _Choice(gazetteer.films[film].title, year, film, _ENOUGH)


_SURNAMES: dict[int, dict[str, list[int]]] = {}


def _director_by_surname(gazetteer: Gazetteer, surname: str) -> int | None:
    """The one director of three films or more whose surname this is ("Hitchcock")."""
    if id(gazetteer) not in _SURNAMES:
        made = Counter(p for entry in gazetteer.films for p in set(entry.directors))
        index: dict[str, list[int]] = defaultdict(list)
        for person, films in made.items():
            if films >= 3 and (name := fold(gazetteer.people[person])):
                index[name.split()[-1]].append(person)
        _SURNAMES[id(gazetteer)] = dict(index)
    people = _SURNAMES[id(gazetteer)].get(fold(surname), [])
    return people[0] if len(people) == 1 else None


def _director_credits(gazetteer: Gazetteer, directors: set[str]) -> list[tuple[int, list[int]]]:
    """(person, films they directed) of the table for each credited director's full name."""
    out = []
    for name in directors:
        person = gazetteer.person_named(name) if " " in name else _director_by_surname(gazetteer, name)
        if person is not None:
            out.append((person, [f for f in gazetteer.credits[person] if person in gazetteer.films[f].directors]))
    return out


def _labelled_review_of(title: str, headline: str) -> bool:
    """Whether the headline sets a review label right after these words ("HEAT review: ...")."""
    if not title or re.search(r"\b(?:19|20)\d\d$", title):
        return False  # "Harbourfront 2023 Film Review - T": a festival and its year label the review
    folded, key = fold(headline), fold(title)
    at = folded.find(key)
    while at >= 0:
        if (at == 0 or not folded[at - 1].isalnum()) and _REVIEW_AFTER.match(folded, at + len(key)):
            return True
        at = folded.find(key, at + 1)
    return False


_REVIEW_AFTER = re.compile(rf"[”\"’']?\s+(?:(?:{REVIEW_KINDS})\s+){{0,3}}reviews?\b", re.I)  # "T Blu-ray Review:"


def _scored_subject(page: Page, resolver: WorkResolver) -> _Choice | None:
    """The one work a score line of the body names ("Heat: 8/10", "Harbour Lights – ★★★★"): a film
    the table knows, or a name the body writes again; none when several are scored (a round-up)."""
    subjects = {s for line in page.body.split("\n") if (s := rated_subject(line))}
    if len(subjects) != 1:
        return None
    subject = next(iter(subjects))
    film = resolver.lookup_film(subject)
    if film is not None:
        entry = resolver.gazetteer.films[film]
        return _Choice(entry.title, entry.year, film, _ENOUGH)
    return _Choice(subject, None, None, _ENOUGH) if _count(page.body, subject) >= 2 else None


def _headline(page: Page) -> str:
    """The post title as the readings see it: without its site prefix, a score or an aside; a date
    or a byline taken for it gives way to the body's first line."""
    if is_date_title(page.title) or _BYLINE_TITLE.match(page.title):
        return _first_line(page) or ""
    site_free = split_site_prefix(title_without_rating(page.title))[1]
    return " ".join((_ASIDE.sub("", site_free) or site_free).split())


def _site_reading(page: Page, resolver: WorkResolver, scored: list[_Choice]) -> _Choice | None:
    """The film the page's first line names when the reader took that line for the blog's name
    ("Planet of the Apes (1968)" over "User Reviews", "7/10" and a headline): a film the table
    knows of the year the line gives, and only when no reading of the post title is one. A blog's
    name alone ("The Late Show") gives no year and names no film."""
    if not page.site or any(c.film is not None for c in scored):
        return None
    head_years = {int(y) for y in _YEAR_WORD.findall(f"{page.title}\n{page.body[:300]}")}
    for reading in title_readings(page.site):
        # "Steamboat Bill, Jr." over a date and "1928 silent comedy": the year the head gives dates it
        years = {reading.year} if reading.year else head_years
        film = resolver.lookup_film(reading.title, reading.year) if years else None
        if film is not None and any(abs(resolver.gazetteer.films[film].year - year) <= 1 for year in years):
            entry = resolver.gazetteer.films[film]
            return _Choice(entry.title, entry.year, film, _ENOUGH)
    return None


def _body_contest(
    best: _Choice,
    scored: list[_Choice],
    page: Page,
    gazetteer: Gazetteer,
    body: list[Candidate],
    directors: set[str],
    prose: str,
) -> _Choice | None:
    """The body's most prominent film, when it beats the post title's best reading: a reading the
    table does not know, no year backs, the body names once at most and no other reading of the
    title shares a known film with ("The Duke Goes Looking" over a body reviewing "John Ford's
    The Searchers (1956)"; not "Mad Max: Fury Road", whose head the table knows)."""
    if best.film is not None or best.year is not None or _count(prose, best.title) > 1:
        return None
    words = _content_words(best.title)
    if any(c.film is not None and words & _content_words(c.title) for c in scored):
        return None
    rival = _body_choice(page, gazetteer, body, directors)
    if rival is None or rival.score < best.score + _CONTEST or words & _content_words(rival.title):
        return None  # "Witch" inside "Blair Witch": the body backs the reading, not another film
    return rival


def _content_words(title: str) -> set[str]:
    """A title's words but its articles and small words: what two titles must share to be one."""
    return {w for w in name_key(title).split() if w not in _SMALL}


_SMALL = frozenset("the a an of and in on to at for from with or".split())


# words of a headline, not of a film's name the table lacks: "Movie Week", "Hammer Tries Singing the Blues"
_HEADLINE = re.compile(
    r"\b(?:movies?|films?|reviews?|week(?:end)?|night|episode|challenge|recap|round-?up|edition|marathon|list"
    r"|is|are|was|were|am|has|have|had|does|did|can|will|would|tries|makes|gets|goes|takes|feels|looks)\b",
    re.I,
)


def _subtitled(whole: str, head: str, gazetteer: Gazetteer) -> bool:
    """Whether ``whole`` is ``head`` with a sequel's short subtitle ("Independence Day: Resurgence"),
    not with a tagline ("The Big Sleep: Chandler Without the Sense", "Lang's Cold, Hard Noir")."""
    if not fold(whole).startswith(fold(head) + ": "):
        return False
    tail = whole[len(head) + 2 :]
    words = tail.split()
    return (
        0 < len(words) <= 3
        and _title_like(tail)
        and not re.search(r"[,’']", tail)
        and not (gazetteer.is_surname(words[0]) and not gazetteer.films_titled(words[0]))  # "Chandler Without ..."
    )


_YEAR_LINE = re.compile(r"^\(?(?:19|20)\d\d\)?$")


def _without_headline(page: Page) -> str:
    """The body without its copy of the headline (a page's <h1> read again), which backs no
    reading of it, unless a header block follows it: a year line or a credits line
    ("Anatomie d'une chute" / "2023" / "Justine Triet")."""
    headline = " ".join(page.title.split())
    lines = page.body.split("\n")
    kept = []
    for index, line in enumerate(lines):
        below = [b.strip() for b in lines[index + 1 : index + 4]]
        header = any(_YEAR_LINE.match(b) or _CREDITS_BELOW.match(b) for b in below)
        if _BYLINE_LINE.match(line.strip()):
            continue  # "Posted on May 14, 2017 by Lottie in Fun Size Reviews": the blog's column, not a mention
        if not headline or " ".join(line.split()) != headline or header:
            kept.append(line)
    return "\n".join(kept)


_BYLINE_LINE = re.compile(r"^(?:posted|written|published|filed)\b.{0,120}\b(?:by|in|on)\b.{0,80}$", re.I)


def _labelled(title: str) -> bool:
    """Whether the post title carries a label the title parser strips ("Day One:", "Episode 4 –")."""
    return strip_decorations(title)[0] != " ".join(title.split())


def _directed_in_body(page: Page, gazetteer: Gazetteer, directors: set[str], only: bool = False) -> _Choice | None:
    """A film of the body's text (even one the parser took for a name) that the title's or the
    credits' director made: "Nolan's cold puzzle box" over a body naming Memento. With ``only``,
    the one such film of the body, or None ("Jaws invented the blockbuster. Spielberg was 27")."""
    if not directors:
        return None
    matches = [
        match
        for match in gazetteer.match(page.body[:5000])
        if match.film is not None and match.text[:1].isupper() and _directed_by(gazetteer, match.film, directors)
    ]
    found = [match.film for match in matches if match.film is not None]
    if not found or (only and len(set(found)) > 1):
        return None
    years = {int(m.group(1) or m.group(2)) for match in matches if (m := _YEAR_NEXT.match(page.body, match.end))}
    if only and len(years) > 1:
        return None  # "Tarkovsky's Solaris (1972) ... Soderbergh's Solaris (2002)": two films of one title
    entry = gazetteer.films[found[0]]
    return _Choice(entry.title, entry.year, found[0], _ENOUGH)


_CREW_NEEDED = 2  # people of a film the body names, for that film to be the reviewed one on their word
_CREW_MARGIN = 2  # how many more of its people than any other film of the body
_CREW_STRONG = 3  # ... for it to beat a body film the table does not know and no year backs
_WORDS = re.compile(r"[^\W\d_][\w’'-]*")


def _crewed_in_body(page: Page, gazetteer: Gazetteer) -> _Choice | None:
    """The film of the body's text whose makers and cast the body names most ("Pacino shouts, De Niro
    broods ... Heat runs close to three hours"): two of its people at least, by full name or surname,
    and more than any other film of the body names. A film the headline does not name and the
    body names only in passing is still the one the page is about when its people fill the page.
    On a page written all in lower case ("bergman's persona"), lower-case words count too."""
    text = page.body[:6000]
    words = _WORDS.findall(text)
    lower_page = _lower_case(text)
    named_words = {fold(w) for w in words if lower_page or w[:1].isupper()}
    folded = fold(text)
    support: dict[int, int] = {}
    for match in gazetteer.match(text):
        if match.film is None or len(match.text) < 3 or not (lower_page or match.text[:1].isupper()):
            continue
        for film in gazetteer.films_titled(match.text) or [match.film]:
            if film not in support:
                support[film] = _people_named(gazetteer, film, folded, named_words)
    ranked = sorted(support.items(), key=lambda item: (-item[1], -gazetteer.films[item[0]].reviews))
    if not ranked or ranked[0][1] < _CREW_NEEDED:
        return None
    film, count = ranked[0]
    own = _content_words(gazetteer.films[film].title)
    rival = max(  # a sequel or the original shares the cast and the name: no rival ("Home Alone 2")
        (n for f, n in ranked[1:] if not own & _content_words(gazetteer.films[f].title)), default=0
    )
    if rival and count - rival < _CREW_MARGIN:
        return None  # "Pacino and De Niro ... Heat or Jaws ... Scheider": an essay on several films, none reviewed
    entry = gazetteer.films[film]
    return _Choice(entry.title, entry.year, film, float(count))


def _lower_case(text: str) -> bool:
    """Whether a page is written all in lower case: under one word in thirty-three has a capital."""
    words = _WORDS.findall(text[:6000])
    return len(words) >= 40 and sum(w[:1].isupper() for w in words) < 0.03 * len(words)


def _people_named(gazetteer: Gazetteer, film: int, folded: str, named_words: set[str]) -> int:
    """How many distinct people of a film (directors, writers, cast) the text names: the full name,
    or the surname as a word the page writes with a capital (any word on a lower-case page)."""
    entry = gazetteer.films[film]
    surnames = set()
    for person in {*entry.directors, *entry.writers, *entry.cast}:
        name = fold(gazetteer.people[person])
        surname = name.split()[-1] if name else ""
        if (len(surname) >= 3 and surname in named_words) or (" " in name and name in folded):
            surnames.add(surname)
    return len(surnames)


def _body_people(body: list[Candidate]) -> set[str]:
    """The people the body names (the parser's and the table's), folded."""
    return {fold(c.text) for c in body if c.kind == "person"}


# family words a critic writes as names ("Dad", "Mom"): a film of that name only when marked or dated
_KIN = KIN_WORDS  # the people lexicon's family words written as names


def _kin_word(page: Page, candidate: Candidate) -> bool:
    """Whether the candidate is a family word written as a name ("Dad"), neither dated nor quoted nor
    in italics."""
    return (
        fold(candidate.text) in _KIN
        and candidate.rule not in {"italic", "quoted"}
        and candidate.year is None
        and not _YEAR_NEXT.match(page.body, candidate.end)
    )


def _body_choice(
    page: Page, gazetteer: Gazetteer, body: list[Candidate], directors: set[str], margin: float = _MARGIN
) -> _Choice | None:
    """The body's most prominent film: named often, early, first, quoted or in italics, with a
    year, or beside its director ("Hitchcock's Vertigo", a "Directed by" line); by ``margin`` over the next."""
    counts = _body_counts(page, gazetteer, body)
    closing = _closing_paragraph(page.body)
    first_start = min(  # the first film named as itself, not as the other end of a comparison ("since Heat")
        (c[0].start for c in counts.values() if not _only_compared(page.body, c)), default=-1
    )
    choices = [
        choice
        for found in counts.values()
        if (choice := _scored_film(page, gazetteer, found, directors, closing, first_start)) is not None
    ]
    for heading in _headings(page, gazetteer):
        same = next((c for c in choices if name_key(c.title) == name_key(heading.title)), None)
        if same is not None:
            same.score += heading.score - 2.0  # its year is counted already
        else:
            choices.append(heading)
    ranked = sorted(choices, key=lambda c: -c.score)
    if not ranked or ranked[0].score < _ENOUGH:
        return None
    if len(ranked) > 1 and ranked[0].score - ranked[1].score < margin:
        return None  # two films as prominent as each other: a post about both reviews neither
    return ranked[0]


_LAST_COUNTS: list[tuple[Page, list[Candidate], dict[str, list[Candidate]]]] = []  # the last page's, kept


def _body_counts(page: Page, gazetteer: Gazetteer, body: list[Candidate]) -> dict[str, list[Candidate]]:
    """``_counted``, worked out once a page: the steps and the ranker ask for it several times."""
    if not _LAST_COUNTS or _LAST_COUNTS[0][0] is not page or _LAST_COUNTS[0][1] is not body:
        _LAST_COUNTS[:] = [(page, body, _counted(page, gazetteer, body))]
    return {key: list(found) for key, found in _LAST_COUNTS[0][2].items()}


def _counted(page: Page, gazetteer: Gazetteer, body: list[Candidate]) -> dict[str, list[Candidate]]:
    """The body's mentions of each film that may be the reviewed one, by name: the candidates a reader
    would take for a film, the subjects of verdicts, titles in capitals, a title's second spelling;
    not the film a headline measures by."""
    counts: dict[str, list[Candidate]] = defaultdict(list)
    folded_body = fold(page.body)
    subjects = _verdict_subjects(page.body, body, gazetteer)
    for candidate in body:
        if _not_a_film_here(page, folded_body, candidate, subjects):
            continue
        marked = candidate.rule in {"italic", "quoted", "sequel", "cue"}  # the page marks it: italics, "the film T"
        backed = marked or mention_evidence(page.body, candidate.start, candidate.end) > 0
        if candidate.kind in _REVIEWABLE_KINDS and (candidate.film is not None or candidate.year is not None or backed):
            counts[name_key(candidate.text)].append(candidate)
    for subject in subjects:
        if name_key(subject.text) not in counts and not _kin_word(page, subject):  # not "Dad would be proud"
            counts[name_key(subject.text)].append(subject)
    for shouted in _caps_titles(page, gazetteer):
        counts[name_key(shouted.text)].append(shouted)
    _merge_second_titles(page.body, counts, gazetteer)
    for reference in _reference_points(page.title):  # 'Bong's "Parasite" Follow-Up': not the film reviewed
        counts.pop(reference, None)
    return counts


def _not_a_film_here(page: Page, folded_body: str, candidate: Candidate, subjects: list[Candidate]) -> bool:
    """Whether a body candidate is, where it stands, no film: a word of a longer verdict subject, a
    franchise or the film before this one, an adjective, a nickname, an episode's name, the critic's kin,
    a pronoun."""
    if any(s.start <= candidate.start and candidate.end <= s.end and s.text != candidate.text for s in subjects):
        return True  # "Once" inside "Everything Everywhere All at Once is exhausting"
    if len(folded_body) == len(page.body) and (
        not _names_the_film(folded_body, candidate.start, candidate.end)
        or _PREDECESSOR.search(folded_body, max(0, candidate.start - 16), candidate.start)
    ):
        return True  # the robots, the franchise, or "the first Paddington" (the film before this one)
    if _modifier(page.body, candidate):
        return True  # "at a Copenhagen high school": a word used as an adjective, not a title
    if _NICKNAME_BEFORE.search(page.body, max(0, candidate.start - 30), candidate.start) and _NICKNAME_AFTER.match(
        page.body, candidate.end
    ):
        return True  # 'Cassius "Cash" Green': a nickname between a first name and a surname
    if _episode_name(page.body, candidate.start):
        return True  # 'Station Eleven, episode 3, "Hurricane"': an episode's name, not a film
    marked = candidate.rule in {"italic", "quoted", "sequel", "cue"}
    if not marked and _kin_word(page, candidate):
        return True  # "Dad loved the stadium scene": the critic's father, not the film "Dad" (1989)
    return not marked and fold(candidate.text) in _PRONOUNS  # "Nobody knows where the lake is": not "Nobody" (2021)


def _scored_film(
    page: Page,
    gazetteer: Gazetteer,
    found: list[Candidate],
    directors: set[str],
    closing: int,
    first_start: int,
) -> _Choice | None:
    """One body film's prominence: how often (up to three), its year, early, first, marked, a verdict's
    subject (in the closing paragraph more), beside its director; less when only compared."""
    first = found[0]
    film = first.film if first.film is not None else _after_colon(gazetteer, first.text)
    year = next((c.year for c in found if c.year), None) or next(
        (int(m.group(1) or m.group(2)) for c in found if (m := _YEAR_NEXT.match(page.body, c.end))), None
    )
    if len({c.year for c in found if c.year}) > 1:
        return None  # "Tarkovsky's Solaris (1972) ... Soderbergh's Solaris (2002)": two films, neither reviewed
    if any(c.rule == "gazetteer-word" and _ROLE_BEFORE.search(page.body, max(0, c.start - 50), c.start) for c in found):
        return None  # "plays both Adelaide and her double, Red": a character who shares a film's one-word name
    score = min(len(found), 3) * 0.75 + (2.0 if year else 0.0) + (0.5 if first.start < 400 else 0.0)
    score += 1.0 if first.start == first_start else 0.0
    score += 1.0 if any(c.rule in {"quoted", "italic", "sequel", "caps"} for c in found) else 0.0
    score += max(mention_evidence(page.body, c.start, c.end) for c in found)
    if any(c.start >= closing and mention_evidence(page.body, c.start, c.end) for c in found):
        score += 0.5  # the closing paragraph's verdict: "Paterson is a small miracle"
    if _only_compared(page.body, found):
        score -= 1.0  # named only as the other end of a comparison: "since Following", "as lush as Howards End"
    owners = {fold(m.group(1)) for c in found if (m := _OWNER.search(page.body, max(0, c.start - 40), c.start))}
    if film is not None and (directors | owners) and not _directed_by(gazetteer, film, directors | owners):
        same_title = gazetteer.films_titled(gazetteer.films[film].title)
        made = [f for f in same_title if _directed_by(gazetteer, f, directors | owners)]
        if made:  # "Tarkovsky's Solaris": the 1972 film, not Soderbergh's
            film, year = made[0], (year if year == gazetteer.films[made[0]].year else None)
    if film is not None and (directors | owners) and _directed_by(gazetteer, film, directors | owners):
        score += 2.5
    title = gazetteer.films[film].title if film is not None else _display(first)
    return _Choice(title, year or (gazetteer.films[film].year if film is not None else None), film, score)


_ROLE_BEFORE = re.compile(r"\b(?:plays?|played|playing|named|called)\b[^.;:!?]{0,45}$", re.I)
_EPISODE_BEFORE = re.compile(r"\b(?:episode|ep\.?|chapter)\s+\d{1,3}\s*[,:\-–—]?\s*[“\"‘']?$", re.I)
_PRONOUNS = frozenset(
    "i it he she we they you this that there here these those what which who one all each both none "
    "nothing everything something anything mine yours his hers ours theirs "
    "nobody everybody somebody anybody everyone someone anyone".split()
)


# a second title in parentheses after a film's name: "Der Untergang (Downfall, 2004)", "Senso (The Wanton Countess)"
_SECOND_TITLE = re.compile(
    r"[”\"’']?\s*\((?:(?:aka|a\.k\.a\.)\s+)?(?P<alt>[A-Z][^(),\n]{1,60}?)(?:,\s*(?P<year>(?:19|20)\d\d))?\)"
)


def _merge_second_titles(body: str, counts: dict[str, list[Candidate]], gazetteer: Gazetteer) -> None:
    """Join the mentions of a film's two titles ("Der Untergang (Downfall, 2004)" and a later
    "Downfall") into one group, led by the title the film table knows, with the year beside them."""
    for key, found in list(counts.items()):
        for candidate in found:
            match = _SECOND_TITLE.match(body, candidate.end)
            if match is None or not is_title_case(match.group("alt").split()):
                continue
            alt, year = match.group("alt").strip(), int(match.group("year")) if match.group("year") else None
            alt_key = name_key(alt)
            if alt_key == key or key not in counts:
                continue
            films = [f for f in gazetteer.films_titled(alt) if year is None or abs(gazetteer.films[f].year - year) <= 1]
            second = Candidate(
                alt, candidate.start, candidate.end, "film", "second-title", 0.5, films[0] if films else None, year=year
            )
            merged = [*counts.pop(key), *counts.pop(alt_key, [])]
            lead = [second] if films and candidate.film is None else []
            counts[alt_key if lead else key] = [*lead, *merged] if lead else [*merged, second]
            break


# a title set in capitals in running text, as many bloggers set the film they review: "Case in point: SORRY TO
# BOTHER YOU.", "BORDERLANDS is a new low"; words of two letters or more, five letters at least in all
_CAPS_RUN = re.compile(r"(?<![\w’'])[A-Z][A-Z’'&-]+(?:[ ]+(?:[A-Z][A-Z’'&-]*|\d{1,4}))*(?![\w’'])(?!\s*:)")
# capitals that shout or abbreviate, not a title: "a LOT of", "I HATE it", "the CGI", "SPOILERS"
_SHOUTED = frozenset(
    "i a ok omg wtf lol not no yes lot lots very really never ever all so and the is it this that worst best hate "
    "love gross spoilers spoiler alert warning update edit ps nb tv dvd cgi usa uk us fbi cia nyc la mpaa imdb ai "
    "bad good great awful boring fun funny must see do don't dont why what how who".split()
)


_NICKNAME_BEFORE = re.compile(r"\b[A-Z][a-z]+\s+[“\"‘']$")
_NICKNAME_AFTER = re.compile(r"[”\"’']\s+[A-Z][a-z]+")


def _caps_titles(page: Page, gazetteer: Gazetteer) -> list[Candidate]:
    """Runs of capitals in the body's opening that read as a title: two words or more, not all of
    them shouted words, or one word the headline also names ("Borderlands. ..." over "BORDERLANDS")."""
    found = []
    headline = fold(page.title)
    for match in _CAPS_RUN.finditer(page.body[:2000]):
        text = match.group()
        line_start = page.body.rfind("\n", 0, match.start()) + 1
        line_end = page.body.find("\n", match.end())
        if len(page.body[line_start : line_end if line_end >= 0 else None].split()) < 8:
            continue  # "FALLEN LEAVES – ★★★★": a heading of a round-up, not a title in running text
        words = text.split()
        letters = sum(ch.isalpha() for ch in text)
        if letters < 5 or len(words) > 7 or all(fold(w).strip("’'") in _SHOUTED for w in words):
            continue
        if len(words) == 1 and not re.search(rf"(?<!\w){re.escape(fold(text))}(?!\w)", headline):
            continue
        films = gazetteer.films_titled(text)
        found.append(Candidate(text, match.start(), match.end(), "film", "caps", 0.5, films[0] if films else None))
    return found


def _display(candidate: Candidate) -> str:
    """A title as the page names it, in title case when the page sets it in capitals."""
    text = candidate.text
    if candidate.rule != "caps":
        return text
    words = text.lower().split()
    return " ".join(w if i and w in _SMALL else w[:1].upper() + w[1:] for i, w in enumerate(words))


def _closing_paragraph(body: str) -> int:
    """Where the body's last paragraph of prose (eight words or more) starts, past the end if none."""
    starts = [m.end() for m in re.finditer(r"\n\s*\n", body)]
    for start in reversed([0, *starts]):
        end = body.find("\n\n", start)
        if len(body[start : end if end >= 0 else len(body)].split()) >= 8:
            return start
    return len(body)


def _only_compared(body: str, found: list[Candidate]) -> bool:
    """Whether every mention of a film follows a comparison cue ("since Heat", "than Heat")."""
    return all(COMPARED_BEFORE.search(body, max(0, c.start - 24), c.start) for c in found)


def _modifier(body: str, candidate: Candidate) -> bool:
    """Whether a one-word table match stands before a noun after "a"/"an": "a Copenhagen high school"."""
    return (
        candidate.rule == "gazetteer-word"
        and " " not in candidate.text
        and re.search(r"\b(?:a|an)\s+$", body[max(0, candidate.start - 4) : candidate.start], re.I) is not None
        and re.match(r"\s+[a-z]", body[candidate.end : candidate.end + 3]) is not None
    )


def _marked_as_seen(body: str, start: int, end: int) -> bool:
    """Whether the words are what the critic saw, expected or called a film ("Finally saw Titane",
    "I expected Titane to be", "the film Titane"): a work, though the parser guessed a person.
    Not a verdict verb: characters get those too ("Mario is a coward")."""
    before = body[max(0, start - 40) : start]
    return bool(
        VIEWED.search(before) or FILM_APPOSITION.search(before) or (EXPECTED.search(before) and TO_BE.match(body, end))
    )


def _episode_name(body: str, start: int) -> bool:
    """Whether a mention follows an episode number: the episode's name, not a film."""
    return _EPISODE_BEFORE.search(body, max(0, start - 20), start) is not None


# capitalised words, with small words only between them: "The Remains of the Day"
_WORD = r"[A-Z][\w-]*(?:[’'](?!s\b)\w+)*"  # "Nyong'o", not "Reichardt's"
_TITLE_RUN = rf"{_WORD}(?:\s+(?:(?:of|the|and|in|a|an|on|to|at|for|from|with|or)\s+)*{_WORD}){{0,5}}"
_SUBJECT = re.compile(rf"(?<=[a-z,;] )({_TITLE_RUN})(?=[\s,.;:!?])")

_OPENING_SUBJECT = re.compile(rf"(?m)(?:^|(?<=[.!?] ))({_TITLE_RUN})(?=[\s,.;:!?])")


# a series named by its channel or service: "FX's Shōgun", "HBO's The Wire", "Netflix's Dark"
_NETWORK_SERIES = re.compile(
    r"\b(?:FX|HBO|AMC|BBC(?:\s+One|\s+Two)?|ITV|Channel\s+4|Netflix|Hulu|Apple(?:\s+TV\+?)?|Amazon|Prime\s+Video"
    r"|Showtime|Starz|Disney\+|Peacock|Paramount\+|CBS|NBC|ABC|Fox|Max)[’']s\s+"
    rf"((?:[A-Z]|[ÀÉÓÚ])[\w-]*(?:[’'](?!s\b)\w+)*(?:\s+(?:(?:of|the|and|in|a|an|on|to|at|for|from|with|or)\s+)*{_WORD}){{0,5}})"
)
_TV_WORDS = re.compile(r"\b(?:show|series|season|episodes?|miniseries|television)\b", re.I)


def _network_series(page: Page) -> str | None:
    """The series a page reviews when its body names one by its channel ("I went into FX's Shōgun"),
    names it again, and speaks of a show, its season or episodes at least twice."""
    text = page.title + "\n" + page.body
    match = _NETWORK_SERIES.search(page.body, 0, 3000)
    if match is None or len(_TV_WORDS.findall(page.body, 0, 6000)) < 2:
        return None
    title = match.group(1)
    return title if len(_whole_words(title).findall(text)) >= 2 else None


# the critic says in the opening which film they saw: "Last night I finally caught up with Heat."
_VIEWED_IN_OPENING = re.compile(
    r"\b(?:I|we)\s+(?:(?:finally|just|only|at\s+last|recently|eventually)\s+)?"
    rf"(?:{VIEWING}|caught\s+up\s+with|checked\s+out|got\s+(?:a)?round\s+to\s+(?:seeing|watching)"
    rf"|went\s+to\s+see|took\s+in"
    # the film the critic waited for: 'I was counting down the days to "Mickey 17."', "we were looking forward to Dune"
    r"|(?:was|were|had\s+been)\s+(?:really\s+)?(?:counting\s+down\s+(?:the\s+days\s+)?(?:to|until)|looking\s+forward\s+to"
    rf"|waiting\s+for))\s+[“\"‘']?({_TITLE_RUN})"
)
_OPENING = 400  # characters of the body's prose where the critic says what they saw
_RUN_NUMBER = re.compile(r"\s+\d{1,4}\b")
_OWNED_RUN = re.compile(rf"[’']s\s+({_TITLE_RUN})")


def _viewed_in_opening(page: Page, gazetteer: Gazetteer) -> _Choice | None:
    """The film the table knows that the critic says, in the body's opening, they saw ("I finally caught
    up with Heat", "we watched Ikiru last night"): the longest run of capitals that is a title; none
    when the opening says so of two films."""
    found: list[int] = []
    opening = _without_headline(page)[:_OPENING]
    for match in _VIEWED_IN_OPENING.finditer(opening):
        run = match.group(1)
        if owned := _OWNED_RUN.match(opening, match.end(1)):
            run = owned.group(1)  # "sat down with Hitchcock's Vertigo": the title after the maker's possessive
        elif number := _RUN_NUMBER.match(opening, match.end(1)):
            run += number.group()  # "Mickey 17", "Blade Runner 2049": a number closing the title (tried longest first)
        words = run.split()
        if gazetteer.person_named(run) is not None:
            continue  # "I saw Tom Hanks on a talk show": a person, not the film "Tom"
        film = next(
            (f[0] for size in range(len(words), 0, -1) if (f := gazetteer.films_titled(" ".join(words[:size])))),
            None,
        )
        if film is not None and film not in found:
            found.append(film)
    if len(found) != 1:
        return None
    entry = gazetteer.films[found[0]]
    return _Choice(entry.title, entry.year, found[0], _ENOUGH)


def _made_in_opening(page: Page, gazetteer: Gazetteer) -> _Choice | None:
    """The one film a maker's possessive and a year name in the body's opening ("Michael Mann's 1995
    crime epic is long and loud"), over films the body compares it with more often."""
    if not _OWNER_YEAR.search(_without_headline(page)[:_OPENING]):
        return None
    return _credits_film(page, gazetteer, in_prose=True)


# a headline telling what the critic saw: "Just watched T and ...", "Finally saw T (1977)"
_SEEN_IN_HEADLINE = re.compile(rf"\b(?:{VIEWING}|finished)\s+({_TITLE_RUN}(?:\s+\((?:19|20)\d\d\))?)")


# a verb after the title a title-case headline opens with: "La La Land Is Pretty", "Heat Still Holds Up"
_TITLE_VERB = re.compile(r"(?<=\w)\s+(?:Is|Isn[’']t|Was|Wasn[’']t|Still|Remains|Holds|Gets|Makes|Feels|Proves)\s")
_POPULAR = 20  # reviews a one-word film needs to be read inside a sentence headline ("Heat", not "Five")
# a run of capitalised words, small words only between capitals ("Jaws at 45" is "Jaws"; "Apollo 13" is whole)
_HEADLINE_RUN = re.compile(
    r"[A-Z0-9][\w-]*(?:[’'](?!s\b)\w+)*(?:\s+(?:(?:of|the|and|in|a|an|on|to|at|for|from|with|or)\s+)+"
    r"[A-Z][\w-]*(?:[’'](?!s\b)\w+)*|\s+[A-Z0-9][\w-]*(?:[’'](?!s\b)\w+)*)*"
)


def _capital_by_place(headline: str) -> str | None:
    """The headline's first word when it stands alone as a run of capitals: its capital may be the
    sentence's, not a title's ("Ten years of this blog", "Weekend update")."""
    first = _HEADLINE_RUN.match(headline)
    if first is None or " " in first.group() or not re.match(r" [a-z]", headline[first.end() : first.end() + 2]):
        return None  # "Bloodshot – a bloody good try?": a title before a dash stands in its own place
    return first.group()


# Lower-case particles of French, Spanish, Italian, German, Dutch and Portuguese titles ("Le Silence
# des Pierres", "La Dolce Vita", "Der Himmel über Berlin"): a headline of capitals and these is a title.
_TITLE_PARTICLES = frozenset(
    "de des du la le les el los las di del della dei der die das dem den und et y e von van da do dos au aux en".split()
)


def _inner_titles(headline: str, gazetteer: Gazetteer) -> list[str]:
    """Films of the table named inside a sentence headline: a whole run of capitals ("... of Jaws",
    "Carpenter's The Thing still ...", "Jaws at 45: ..."), or the run without the headline's first
    word ("Why Heat is ...", "Is Vertigo really ..."); never part of a longer name ("Joan of Arc" in
    "The Passion of Joan of Arc", "Blade Runner" in "Blade Runner 2049"). A one-word film only when
    often reviewed. Only for a headline that reads as a sentence. Most reviewed first."""
    words = headline.split()
    titled = is_title_case(words) or is_title_case([w for w in words if w.casefold() not in _TITLE_PARTICLES])
    verb = _TITLE_VERB.search(headline) if titled else None
    opening = gazetteer.films_titled(headline[: verb.start()]) if verb else []
    if (
        verb
        and opening
        and (" " in headline[: verb.start()] or max(gazetteer.films[f].reviews for f in opening) >= _POPULAR)
    ):
        return [headline[: verb.start()]]  # "La La Land Is Pretty, and That's About It"; not "Norman Is Back"
    if titled and not headline.rstrip().endswith("?"):
        return []  # "The Passion of Joan of Arc", "Le Silence des Pierres": a title, not a sentence naming one
    found: dict[str, int] = {}
    for run in _HEADLINE_RUN.finditer(headline):
        words = run.group().split()
        spans = [run.group()] + ([" ".join(words[1:])] if run.start() == 0 and len(words) > 1 else [])
        if headline.startswith(", ", run.end()) and (after := _HEADLINE_RUN.match(headline, run.end() + 2)):
            # a title with a comma, one name when the table knows it: "Paris, Texas", "Crouching Tiger, Hidden Dragon"
            spans = [f"{span}, {after.group()}" for span in spans if after.group()] + spans
        for span in spans:
            if span.lower() in _SMALL or span.isdigit() or _ATTRIBUTIVE.match(headline.lower(), run.end()):
                continue  # "Two Solaris films": the films of that name, not one of them
            films = gazetteer.films_titled(span)
            reviews = max((gazetteer.films[f].reviews for f in films), default=0)
            if films and (" " in span or reviews >= _POPULAR):
                found[span] = reviews
                break
    return sorted(found, key=lambda span: -found[span])


def _seen_title(headline: str) -> str | None:
    """The title a headline says the critic saw: "Just watched Don't Look Up and I can't decide"."""
    if seen := _SEEN_IN_HEADLINE.search(headline):
        return re.sub(r"\s+(?:and|or|but|so|with|for|at|in|on|to)\s+I$", "", seen.group(1))  # not "T and I"
    return None


# a film the headline names as the reference point of the one reviewed: '"Parasite" Follow-Up', '"Heat"'s
# Director Returns', "From the Makers of Parasite", "the star of Heat": the reviewed work is another
_REFERENCE_WORDS = r"(?:follow-?ups?|sequels?|successors?|directors?|stars?|creators?|makers?|writers?|filmmakers?)"
_REFERENCE_AFTER = re.compile(rf"[“\"‘'](?P<title>[^“”\"‘’]{{1,60}})[”\"’'](?:[’']s)?\s+{_REFERENCE_WORDS}\b", re.I)
_REFERENCE_BEFORE = re.compile(
    r"\b(?:[Dd]irector|[Mm]akers?|[Cc]reators?|[Ww]riters?|[Tt]eam|[Ss]tar)\s+(?:[Bb]ehind|[Oo]f)\s+[“\"‘']?"
    rf"(?P<title>{_HEADLINE_RUN.pattern})"
)


def _reference_points(headline: str) -> set[str]:
    """Name keys of the films a headline names as the measure of the one reviewed ('Bong Joon Ho's
    "Parasite" Follow-Up', "From the Director of Parasite"): never the reviewed work."""
    if not re.search(_REFERENCE_WORDS, headline, re.I):
        return set()
    found = [m.group("title") for m in _REFERENCE_AFTER.finditer(headline)]
    found += [m.group("title") for m in _REFERENCE_BEFORE.finditer(headline)]
    return {name_key(title) for title in found}


def _verdict_subjects(body: str, candidates: list[Candidate], gazetteer: Gazetteer) -> list[Candidate]:
    """Capitalised words in mid-sentence that are the subject of a verdict verb or the object of a
    viewing verb ("Finally caught Memento at the revival house"), no person, place
    or other entity the body found, and no pronoun: a title the table lacks ("for the first half
    hour Us is as frightening as anything"). A capital after a lower-case word is no sentence start;
    at a sentence's start only a film of the table counts ("Prisoners is the bleakest ..."). A span
    the parser guessed to be a person counts only when the page marks it as seen (``_marked_as_seen``)
    or gives it the closing paragraph's verdict ("Paterson is a small miracle")."""
    taken = [(c.start, c.end) for c in candidates if not (c.kind == "person" and c.rule == "ner")]
    guessed = [(c.start, c.end) for c in candidates if c.kind == "person" and c.rule == "ner"]
    closing = _closing_paragraph(body)
    people = [c for c in candidates if c.kind == "person" and " " in c.text]
    found = []
    for match in [*_SUBJECT.finditer(body[:3000]), *_OPENING_SUBJECT.finditer(body[:3000])]:
        start, end = match.span(1)
        text = match.group(1)
        films = gazetteer.films_titled(text)
        long_run = len(text.split()) >= 4  # "Everything Everywhere All at Once is": no name runs so long
        if (
            match.re is _OPENING_SUBJECT
            and not films
            and not long_run
            and not VERDICT_NOUN.match(body, end)
            and not WORK_PREDICATE.match(body, end)  # "Arrival is the thinking person's alien movie"
        ):
            continue  # a capital opening a sentence says nothing; a film of the table or a verdict there may
        if (
            not mention_evidence(body, start, end)
            or fold(text) in _PRONOUNS
            or any(s < end and start < e for s, e in taken)
            or (
                any(s < end and start < e for s, e in guessed)
                and not _marked_as_seen(body, start, end)
                and not (start >= closing and VERDICT_NOUN.match(body, end))  # "Paterson is a small miracle."
                and not WORK_PREDICATE.match(body, end)  # no person "is a faithful adaptation"
            )
            or gazetteer.person_named(text) is not None
            or any(  # "Cage is wonderful": the surname of a person of the page (other than these words)
                fold(c.text.split()[-1]) == fold(text.split()[-1])
                and fold(c.text) != fold(text)  # the same words guessed a person elsewhere are no other person
                and not (c.start < end and start < c.end)
                for c in people
            )
            or COMPARED_BEFORE.search(body, max(0, start - 24), start)
        ):
            continue
        film = films[0] if len(films) == 1 else None
        found.append(Candidate(text, start, end, "film", "verdict-subject", 0.5, film=film))
    return found


# the year beside a film's name: "Moon (2009)", "“When Marnie Was There,” released in 2014",
# "Detective Story is a 1951 police movie"
_YEAR_NEXT = re.compile(
    r"[”\"’']?(?:\s*\((?:aka|a\.k\.a\.)\s[^()]{1,60}\))?\s*\(((?:19|20)\d\d)\)"
    r"|,?[”\"’']?,?\s+(?:(?:was\s+|first\s+)?(?:released|made|filmed|shot|premiered)\s+in|(?:is|was)\s+an?)\s+((?:19|20)\d\d)\b"
)
_HEADING = re.compile(r"^(?P<title>[A-Z0-9“\"‘'][^()\[\]\n]{1,70}?)\s*[(\[](?P<year>(?:19|20)\d\d)[)\]]\s*$")
_CREDITS_BELOW = re.compile(r"^(?:directed\s+by|director|starring|cast|stars|written\s+by|dir\.)\b", re.I)


def _headings(page: Page, gazetteer: Gazetteer) -> list[_Choice]:
    """Films the body sets on a line of their own with a year, a heading over the review
    ("Les Quatre Cents Coups (1959)"), most of all with a credits line right below."""
    lines = [line.strip() for line in page.body.split("\n")[:40]]
    found = []
    for index, line in enumerate(lines):
        match = _HEADING.match(line)
        if match is None or len(match.group("title").split()) > 10:
            continue
        title, year = match.group("title").strip(" “”\"‘’'"), int(match.group("year"))
        score = 2.0 + 1.5 + (0.5 if index < 10 else 0.0)
        if any(_CREDITS_BELOW.match(below) for below in lines[index + 1 : index + 4]):
            score += 2.5  # the credits line is this film's, whatever else its director made
        films = [f for f in gazetteer.films_titled(title) if abs(gazetteer.films[f].year - year) <= 1]
        film = films[0] if films else None
        found.append(_Choice(gazetteer.films[film].title if film is not None else title, year, film, score))
    return found
