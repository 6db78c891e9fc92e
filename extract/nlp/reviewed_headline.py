"""The readings of a post title as the reviewed work: each reading scored by the evidence the page
gives it (the table, a year, a label, the body, a director), and headlines over several films.
"""

from __future__ import annotations

import re
from collections import defaultdict

from extract.nlp.context import is_title_case
from extract.nlp.gazetteer import Gazetteer
from extract.nlp.resolve import WorkResolver
from extract.nlp.reviewed_body import SMALL, TITLE_RUN
from extract.nlp.reviewed_credits import credited_directors, directed_by, is_director
from extract.nlp.reviewed_evidence import (
    VIEWING,
)
from extract.nlp.reviewed_signals import LIST_HEAD
from extract.nlp.reviewed_text import (
    ASIDE,
    ATTRIBUTIVE,
    BYLINE_TITLE,
    HEADLINE_RUN,
    Choice,
    after_colon,
    as_predecessor,
    first_line,
    headline_of,
    heads_subtitle,
    reference_points,
    sentence_case,
    sentence_like,
    times_named,
    title_like,
    whole_words,
)
from extract.nlp.textnorm import fold, name_key
from extract.ratings import title_without_rating
from extract.records import Page, ReviewedWork
from extract.titles import (
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

_ROMAN = {"2": "II", "3": "III", "4": "IV", "5": "V", "6": "VI", "7": "VII", "8": "VIII", "9": "IX"}
_SEQUEL_NUMBER = re.compile(
    r"^(?P<base>.*?\S)\s+(?:part\s+)?(?P<n>[2-9]|II|III|IV|V|VI|VII|VIII|IX|two|three|four|five|six|seven|eight|nine)$",
    re.I,
)
_NUMBER_WORDS = {w: str(n) for n, w in enumerate("two three four five six seven eight nine".split(), start=2)}


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


def headline_readings(page: Page, gazetteer: Gazetteer) -> list[tuple[ReviewedWork, float]]:
    """(reading, prior) of every way the post title may name its work. A date taken for the
    post title gives way to the body's first line, the real headline."""
    unrated = title_without_rating(page.title)
    site, site_free = split_site_prefix(unrated)  # "Playtime ◆◆◆◆◇ d. Jacques Tati"
    site_free = ASIDE.sub("", site_free) or site_free  # "T (sorry, everyone)": an aside, not a second title
    whole = [] if site else title_readings(unrated)  # "Rocketman Review: Elton John, sequins and all"
    if (is_date_title(page.title) or is_navigation(page.title)) and (line := first_line(page)) is not None:
        site_free, whole = line, []  # "Home | About | Reviews": the menu, not the headline
    elif is_tag_line(page.title) and page.site:  # "1960s, 3.5/4, Review, Western" under the real headline
        site_free, whole = page.site, []
    elif BYLINE_TITLE.match(page.title):  # "Posted by Jim on March 3, 2019" taken for the post title
        site_free, whole = first_line(page) or "", []
    byline = BYLINE_TITLE.match(page.title) is not None
    own = page.reviewed if page.reviewed and not byline and unrated == " ".join(page.title.split()) else None
    readings: list[tuple[ReviewedWork, float]] = [(own, 0.5)] if own else []  # not read through a score
    for index, reading in enumerate([*title_readings(site_free), *whole]):
        if all(fold(reading.title) != fold(r.title) for r, _ in readings):
            readings.append((reading, 0.5 if index == 0 else 0.0))
    if (first := _FIRST_SENTENCE.match(site_free)) and title_like(first.group(1)):
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
    if seen_title := title_seen_in(site_free):  # "Just watched Don't Look Up and I can't decide"
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
    for caps in capitals_titles(site_free):  # "60s Rewind: THE BATTLE OF ALGIERS Still Feels Like News"
        if all(fold(caps) != fold(r.title) for r, _ in readings):
            readings.append((ReviewedWork(caps, None, None), 0.5))
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
    if references := reference_points(page.title):  # '"Parasite" Follow-Up': the film the new one is measured by
        readings = [(r, prior) for r, prior in readings if name_key(r.title) not in references]
    about = about_title(site_free)
    return [  # "Reviews – 2012": a year, not the film 2012, unless "My Two Cents On 2012" or 'the movie "2012"'
        (r, prior)
        for r, prior in readings
        if not _BARE_YEAR.fullmatch(r.title) or r.title == about or re.search(rf"[“\"‘']{r.title}[”\"’']", page.body)
    ]


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


_CAPS_WORD = re.compile(r"[^\W_]+(?:[’'.&-][^\W_]+)*[’'.]?")
_CAPS_LABELS = frozenset("review reviews film movie exclusive interview trailer recap".split())


def capitals_titles(headline: str) -> list[str]:
    """The titles a headline sets in capitals among words that are not: "60s Rewind: THE BATTLE OF ALGIERS
    Still Feels Like News", "Review: KILLERS OF THE FLOWER MOON is long". A run of two words or more with
    a letter, the headline's other words written in lower case but for their capitals; not a run of
    acronyms ("US TV") and not a label ("REVIEW").

    >>> capitals_titles("60s Rewind: THE BATTLE OF ALGIERS Still Feels Like Tomorrow's News")
    ['THE BATTLE OF ALGIERS']
    >>> capitals_titles("THE BATTLE OF ALGIERS (1966)"), capitals_titles("Why US TV Loves a Heist")
    ([], [])
    """
    words = list(_CAPS_WORD.finditer(headline))
    caps = [any(c.isalpha() for c in w.group()) and w.group().upper() == w.group() for w in words]
    if sum(1 for w, c in zip(words, caps, strict=True) if not c and any(ch.isalpha() for ch in w.group())) < 2:
        return []  # a headline all in capitals sets nothing apart
    found: list[str] = []
    run: list[re.Match[str]] = []
    for word, capital in zip([*words, None], [*caps, False], strict=True):
        if capital and word is not None and (not run or _joined(headline, run[-1], word)):
            run.append(word)
            continue
        _keep_run(headline, run, found)
        run = [word] if capital and word is not None else []
    return found


def _joined(headline: str, before: re.Match[str], word: re.Match[str]) -> bool:
    """Whether two words stand in one run: only spaces between them (no colon, dash or bracket)."""
    return headline[before.end() : word.start()].strip() == ""


def _keep_run(headline: str, run: list[re.Match[str]], found: list[str]) -> None:
    while run and run[-1].group().casefold().strip(".’'") in _CAPS_LABELS:
        run = run[:-1]
    lettered = [w for w in run if any(c.isalpha() for c in w.group())]
    if len(lettered) >= 2 and any(len(w.group()) > 3 for w in lettered):
        found.append(headline[run[0].start() : run[-1].end()].rstrip(".’'"))


def after_label(title: str) -> str | None:
    """The words after a column's label and a colon, when they look like a title
    ("#CinemaShame, March: It Happened One Night (sorry, everyone)" -> "It Happened One Night")."""
    head, colon, tail = ASIDE.sub("", " ".join(title.split())).partition(": ")
    tail = tail.strip()
    return tail if colon and _LABEL_HEAD.search(head) and title_like(tail) else None


# the headline's first sentence when more follow: "Borderlands. I want my Friday night back."
# a headline's first sentence: not up to an initial ("Glass: M. Night Shyamalan's trilogy ends")
_FIRST_SENTENCE = re.compile(r"^([^.!?]{2,60}?)(?<!\b[A-Z])\.\s+(?=[A-Z])")
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
    r"|cinema|capsule|newsletter|digest|bulletin|weekly|monthly)\s*)+",
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


def score_reading(
    reading: ReviewedWork,
    prior: float,
    page: Page,
    gazetteer: Gazetteer,
    resolver: WorkResolver,
    directors: set[str],
    body: str,
) -> Choice | None:
    """A reading's evidence: the film table knows it (+2), the title gives its year (+1) or a
    review label (+0.5), the body repeats it (+0.5 each, up to three) or sets it in italics (+1)."""
    film = resolver.lookup_film(reading.title, reading.year)
    stranger = False  # the table's film of that name is another one: the page credits someone else
    if film is not None and directors:
        same_title = gazetteer.films_titled(gazetteer.films[film].title)
        directed = [f for f in same_title if directed_by(gazetteer, f, directors)]
        stranger = (  # a credits line, or a director's possessive ("Hitchcock's Obsession"), names another maker
            not directed
            and bool(gazetteer.films[film].directors)
            and (bool(credited_directors(page)) or is_director(gazetteer, reading.director))
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
        film = after_colon(gazetteer, reading.title)
    if film is None:  # "Harry Potter 3": the third film of the table whose title starts "Harry Potter"
        film = _nth_of_series(gazetteer, reading.title)
    if film is None and gazetteer.person_named(reading.title) is not None:
        return None  # a director's page ("Alfred Hitchcock") reviews no film of that name
    if film is None and only_sung(body, reading.title):
        return None  # 'The Summer of "Golden"' over kids 'singing "Golden"': a song of the film, not the film
    count = times_named(body, reading.title)
    head, colon, tail = reading.title.partition(": ")
    if film is None and colon and not count and len(tail.split()) >= 2 and title_like(tail) and not sentence_like(tail):
        count = times_named(body, tail)  # "Baahubali 2: The Conclusion" named by its subtitle, "The Conclusion"
    emphasised = any(h.kind == "em" and fold(h.text) == fold(reading.title) for h in page.hints)
    marks: list[str] = []
    evidence = prior + (1.0 if reading.year else 0.0)
    evidence += (1.0 + min(count - 1, 2) * 0.25 if count else 0.0) + (1.0 if emphasised else 0.0)
    if film is None and (sentence_like(reading.title) or sentence_case(reading.title)):
        evidence -= 0.5  # "the island, one more time", "Joe Dante bites the hand that feeds": a tagline
    if film is not None and evidence < _SUPPORTED and _director_named(gazetteer, film, page, reading.title):
        evidence += 1.0  # "Charulata" over "Directed by Satyajit Ray"; "Casablanca: ...?" over "Michael Curtiz ..."
    elif film is not None and evidence < _SUPPORTED and _owned_by_maker(gazetteer, film, reading):
        evidence += _MAKER_OWNED  # "Lynch's Mulholland Drive, or the Dream Factory": the table says Lynch made it
    elif film is not None and evidence < _SUPPORTED and _names_whole_segment(page, gazetteer, film, reading.title):
        evidence += _WHOLE_SEGMENT  # "Three Billboards Outside Ebbing, Missouri", "Aftersun: the best film of the year"
        marks.append(SEGMENT_ONLY)
    known = 2.0 if film is not None else 0.0
    if (
        film is None
        and colon
        and any(ch.isalpha() for ch in head)
        and resolver.lookup_film(head) is not None
        and resolver.lookup_film(tail) is None
        and (times_named(body, tail) or as_predecessor(body, head))
    ):  # "Puss in Boots: The Last Wish" when the body speaks of "the first Puss in Boots"
        known = 2.0  # "Mad Max: Fury Road", a sequel the table does not know, and the body says "Fury Road"
        evidence += 1.0
    if stranger:  # "Director: Dexter Fletcher" over Rocketman: not the table's RocketMan (1997)
        return Choice(
            reading.title, reading.year, None, evidence + known, ["supported"] if evidence >= _SUPPORTED else []
        )
    title = gazetteer.films[film].title if film is not None else reading.title
    year = gazetteer.films[film].year if film is not None else reading.year
    return Choice(title, year, film, evidence + known, ["supported", *marks] if evidence >= _SUPPORTED else [])


# a song's cue before its name: 'singing "Golden"', "the song Dancing Queen", "humming 'Moon River'"
_SUNG_BEFORE = re.compile(
    r"\b(?:sing|sings|singing|sang|sung|song|songs|single|track|anthem|ballad|hum|hums|humming|hummed"
    r"|belt(?:s|ing|ed)?\s+out)\s+[“\"‘']?$",
    re.I,
)


def only_sung(body: str, title: str) -> bool:
    """Whether the body names ``title`` only as a song that is sung ('the kids kept singing "Golden"'):
    at least once, and every time right after a song's cue."""
    key = fold(title)
    folded = fold(body)
    if len(key) < 2 or key not in folded or len(folded) != len(body):
        return False
    starts = [m.start() for m in whole_words(key).finditer(folded)]
    return bool(starts) and all(_SUNG_BEFORE.search(body, max(0, s - 40), s) for s in starts)


_SUPPORTED = 1.0  # a reading the page backs: the table knows it, or a year, a label, the body
# a headline's segment: the whole headline, or a part a colon, a dash, a bar or a bracket sets off
_SEGMENT_END = re.compile(r"\s*(?:$|[:|(\[]|[-–—]\s)")
_HEAD_END = re.compile(r"\s+[-–—|]\s+|\s+(?:movie\s+|film\s+)?reviews?\b|\s*[(\[]")
_SEGMENT_START = re.compile(r"(?:^|[:|)\]]\s*|\s[-–—]\s*)$")


_MAKER_OWNED = 1.0  # a headline's possessive naming the film's own director backs it as plainly as a year


def _owned_by_maker(gazetteer: Gazetteer, film: int, reading: ReviewedWork) -> bool:
    """Whether the reading's possessive owner ("Tarkovsky's Stalker, or ...") directed the table's film,
    by full name or surname: the headline then names the film the way a credits line would."""
    return bool(reading.director) and directed_by(gazetteer, film, {fold(reading.director or "")})


_WHOLE_SEGMENT = 1.0  # a headline that is the table's title, whole or before its tagline, names it as plainly as a year
SEGMENT_ONLY = "segment"  # backed only by being the headline: a pun headline may be another film's title
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
    headline = headline_of(page)
    for spelled in (strip_decorations(headline)[0], without_lead_in(title_without_rating(headline))):
        bare = fold(spelled)
        if bare == key:  # the whole headline: a pun when one word ("Superman" over The Iron Giant)
            return not one_word and is_title_case(spelled.split())  # not "A long way down"
        after = _TAGLINE_AFTER.match(bare, len(key)) if bare.startswith(key) else None
        if after is not None and not heads_subtitle(f"{title}: {after.group('tail')}", title, gazetteer):
            return is_title_case(spelled[: len(title)].split())
    return False


def _director_named(gazetteer: Gazetteer, film: int, page: Page, title: str) -> bool:
    """Whether the page names, in full, a director of the table's film that a whole segment of the
    headline names: a credits line ("Directed by Satyajit Ray") or the prose ("Michael Curtiz keeps
    it moving"); not a word inside a longer headline ("Psycho Killer")."""
    headline, key = fold(headline_of(page)), fold(title)
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
    return any(whole_words(name).search(text) for name in names)


def about_several(page: Page, gazetteer: Gazetteer) -> bool:
    """Whether the page is about several films and so reviews no one of them: a round-up or list
    headline, two versions compared, a headline listing films, a double bill, or capsules under
    dated headings."""
    if _ROUNDUP.search(headline_of(page)):
        return True  # "Top 5 Thursday: Movies from 1975", "MIFF 2023 – Part 3": a list or round-up reviews no one film
    if _VERSIONS.search(headline_of(page)) and not _SERIES_PART.search(headline_of(page)):
        return True  # "One film, two versions: The Fly": the 1958 and the 1986 film, compared
    if _titles_listed(headline_of(page), gazetteer):
        return True  # "Weekend Watchlist: Heat, Ronin, Thief", "Double Feature: Heat and Ronin": several films
    if _TWO_DATED.search(" ".join(page.title.split())):
        return True  # "Two From the Fog: Häxan (1922) and Vampyr (1932)": a double bill reviews both
    listed = _listed_films(page)
    # "Vertigo (1958)" / prose / "Heat (1995)" / prose / ...: capsules of several films
    return len(listed) >= _LISTED or (len(listed) == 2 and all(fold(t) in fold(page.title) for t in listed))


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
# "Kalki 2898 AD Movie Review: 600 Crores of Sand": the words a review label follows, over the tagline
_LABELLED_PRIOR = 0.75
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


def is_labelled(title: str) -> bool:
    """Whether the post title carries a label the title parser strips ("Day One:", "Episode 4 –")."""
    return strip_decorations(title)[0] != " ".join(title.split())


# a headline telling what the critic saw: "Just watched T and ...", "Finally saw T (1977)"
_SEEN_IN_HEADLINE = re.compile(rf"\b(?:{VIEWING}|finished)\s+({TITLE_RUN}(?:\s+\((?:19|20)\d\d\))?)")


# a verb after the title a title-case headline opens with: "La La Land Is Pretty", "Heat Still Holds Up"
_TITLE_VERB = re.compile(r"(?<=\w)\s+(?:Is|Isn[’']t|Was|Wasn[’']t|Still|Remains|Holds|Gets|Makes|Feels|Proves)\s")
_POPULAR = 20  # reviews a one-word film needs to be read inside a sentence headline ("Heat", not "Five")


def capital_by_place(headline: str) -> str | None:
    """The headline's first word when it stands alone as a run of capitals: its capital may be the
    sentence's, not a title's ("Ten years of this blog", "Weekend update")."""
    first = HEADLINE_RUN.match(headline)
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
    if titled and "?" not in headline:  # a question reads as a sentence: "Is T OK for Kids? A Parent's Take"
        return []  # "The Passion of Joan of Arc", "Le Silence des Pierres": a title, not a sentence naming one
    found: dict[str, int] = {}
    for run in HEADLINE_RUN.finditer(headline):
        words = run.group().split()
        spans = [run.group()] + ([" ".join(words[1:])] if run.start() == 0 and len(words) > 1 else [])
        if headline.startswith(", ", run.end()) and (after := HEADLINE_RUN.match(headline, run.end() + 2)):
            # a title with a comma, one name when the table knows it: "Paris, Texas", "Crouching Tiger, Hidden Dragon"
            spans = [f"{span}, {after.group()}" for span in spans if after.group()] + spans
        for span in _with_heads(spans):  # "Is The Wild Robot OK for Little Kids?": the run's head
            end = run.start() + headline[run.start() :].find(span) + len(span)
            if span.lower() in SMALL or span.isdigit() or ATTRIBUTIVE.match(headline.lower(), end):
                continue  # "Two Solaris films": the films of that name, not one of them
            films = gazetteer.films_titled(span)
            reviews = max((gazetteer.films[f].reviews for f in films), default=0)
            if films and (" " in span or reviews >= _POPULAR):
                found[span] = reviews
                break
    return sorted(found, key=lambda span: -found[span])


def _with_heads(spans: list[str]) -> list[str]:
    """The spans of a run of capitals, then the heads of two words or more of each, longest first: a
    title the run goes on past ("The Wild Robot" of "The Wild Robot OK for Little Kids"), not a
    word ("Kids" of "Should Kids See Jaws Before Ten")."""
    heads = [" ".join(span.split()[:size]) for span in spans for size in range(len(span.split()) - 1, 1, -1)]
    return list(dict.fromkeys([*spans, *heads]))


def title_seen_in(headline: str) -> str | None:
    """The title a headline says the critic saw: "Just watched Don't Look Up and I can't decide"."""
    if seen := _SEEN_IN_HEADLINE.search(headline):
        return re.sub(r"\s+(?:and|or|but|so|with|for|at|in|on|to)\s+I$", "", seen.group(1))  # not "T and I"
    return None
