"""What the body's opening and its people say of the reviewed work: the film the critic says they
saw or a maker made, a network's series, the film whose crew fills the page, and the body's
film set against a headline reading.
"""

from __future__ import annotations

import re

from extract.nlp.candidates import Candidate
from extract.nlp.gazetteer import Gazetteer
from extract.nlp.reviewed_body import SMALL, TITLE_RUN, WORD, YEAR_NEXT, choose_body_film
from extract.nlp.reviewed_credits import ENOUGH, OWNER_YEAR, credits_film, directed_by
from extract.nlp.reviewed_evidence import (
    VIEWING,
)
from extract.nlp.reviewed_text import Choice, times_named, whole_words, without_headline
from extract.nlp.textnorm import fold, name_key
from extract.records import Page

CONTEST = 2.0  # how much better the body must back its film than the post title backs a reading


def body_contest(
    best: Choice,
    scored: list[Choice],
    page: Page,
    gazetteer: Gazetteer,
    body: list[Candidate],
    directors: set[str],
    prose: str,
) -> Choice | None:
    """The body's most prominent film, when it beats the post title's best reading: a reading the
    table does not know, no year backs, the body names once at most and no other reading of the
    title shares a known film with ("The Duke Goes Looking" over a body reviewing "John Ford's
    The Searchers (1956)"; not "Mad Max: Fury Road", whose head the table knows)."""
    if best.film is not None or best.year is not None or times_named(prose, best.title) > 1:
        return None
    words = _content_words(best.title)
    if any(c.film is not None and words & _content_words(c.title) for c in scored):
        return None
    rival = choose_body_film(page, gazetteer, body, directors)
    if rival is None or rival.score < best.score + CONTEST or words & _content_words(rival.title):
        return None  # "Witch" inside "Blair Witch": the body backs the reading, not another film
    return rival


def _content_words(title: str) -> set[str]:
    """A title's words but its articles and small words: what two titles must share to be one."""
    return {w for w in name_key(title).split() if w not in SMALL}


def directed_in_body(page: Page, gazetteer: Gazetteer, directors: set[str], only: bool = False) -> Choice | None:
    """A film of the body's text (even one the parser took for a name) that the title's or the
    credits' director made: "Nolan's cold puzzle box" over a body naming Memento. With ``only``,
    the one such film of the body, or None ("Jaws invented the blockbuster. Spielberg was 27")."""
    if not directors:
        return None
    matches = [
        match
        for match in gazetteer.match(page.body[:5000])
        if match.film is not None and match.text[:1].isupper() and directed_by(gazetteer, match.film, directors)
    ]
    found = [match.film for match in matches if match.film is not None]
    if not found or (only and len(set(found)) > 1):
        return None
    years = {int(m.group(1) or m.group(2)) for match in matches if (m := YEAR_NEXT.match(page.body, match.end))}
    if only and len(years) > 1:
        return None  # "Tarkovsky's Solaris (1972) ... Soderbergh's Solaris (2002)": two films of one title
    entry = gazetteer.films[found[0]]
    return Choice(entry.title, entry.year, found[0], ENOUGH)


_CREW_NEEDED = 2  # people of a film the body names, for that film to be the reviewed one on their word
_CREW_MARGIN = 2  # how many more of its people than any other film of the body
_WORDS = re.compile(r"[^\W\d_][\w’'-]*")


def crewed_in_body(page: Page, gazetteer: Gazetteer) -> Choice | None:
    """The film of the body's text whose makers and cast the body names most ("Pacino shouts, De Niro
    broods ... Heat runs close to three hours"): two of its people at least, by full name or surname,
    and more than any other film of the body names. A film the headline does not name and the
    body names only in passing is still the one the page is about when its people fill the page.
    On a page written all in lower case ("bergman's persona"), lower-case words count too."""
    text = page.body[:6000]
    words = _WORDS.findall(text)
    lower_page = lower_case(text)
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
    return Choice(entry.title, entry.year, film, float(count))


def lower_case(text: str) -> bool:
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


def body_people(body: list[Candidate]) -> set[str]:
    """The people the body names (the parser's and the table's), folded."""
    return {fold(c.text) for c in body if c.kind == "person"}


# a series named by its channel or service: "FX's Shōgun", "HBO's The Wire", "Netflix's Dark"
_NETWORK_SERIES = re.compile(
    r"\b(?:FX|HBO|AMC|BBC(?:\s+One|\s+Two)?|ITV|Channel\s+4|Netflix|Hulu|Apple(?:\s+TV\+?)?|Amazon|Prime\s+Video"
    r"|Showtime|Starz|Disney\+|Peacock|Paramount\+|CBS|NBC|ABC|Fox|Max)[’']s\s+"
    rf"((?:[A-Z]|[ÀÉÓÚ])[\w-]*(?:[’'](?!s\b)\w+)*(?:\s+(?:(?:of|the|and|in|a|an|on|to|at|for|from|with|or)\s+)*{WORD}){{0,5}})"
)
_TV_WORDS = re.compile(r"\b(?:show|series|season|episodes?|miniseries|television)\b", re.I)


def network_series(page: Page) -> str | None:
    """The series a page reviews when its body names one by its channel ("I went into FX's Shōgun"),
    names it again, and speaks of a show, its season or episodes at least twice."""
    text = page.title + "\n" + page.body
    match = _NETWORK_SERIES.search(page.body, 0, 3000)
    if match is None or len(_TV_WORDS.findall(page.body, 0, 6000)) < 2:
        return None
    title = match.group(1)
    return title if len(whole_words(title).findall(text)) >= 2 else None


# the critic says in the opening which film they saw: "Last night I finally caught up with Heat."
_VIEWED_IN_OPENING = re.compile(
    r"\b(?:I|we)\s+(?:(?:finally|just|only|at\s+last|recently|eventually)\s+)?"
    rf"(?:{VIEWING}|caught\s+up\s+with|checked\s+out|got\s+(?:a)?round\s+to\s+(?:seeing|watching)"
    rf"|went\s+to\s+see|took\s+in"
    # the film the critic waited for: 'I was counting down the days to "Mickey 17."', "we were looking forward to Dune"
    r"|(?:was|were|had\s+been)\s+(?:really\s+)?(?:counting\s+down\s+(?:the\s+days\s+)?(?:to|until)|looking\s+forward\s+to"
    rf"|waiting\s+for))\s+[“\"‘']?({TITLE_RUN})"
)
_OPENING = 400  # characters of the body's prose where the critic says what they saw
_RUN_NUMBER = re.compile(r"\s+\d{1,4}\b")
_OWNED_RUN = re.compile(rf"[’']s\s+({TITLE_RUN})")


def viewed_in_opening(page: Page, gazetteer: Gazetteer) -> Choice | None:
    """The film the table knows that the critic says, in the body's opening, they saw ("I finally caught
    up with Heat", "we watched Ikiru last night"): the longest run of capitals that is a title; none
    when the opening says so of two films."""
    found: list[int] = []
    opening = without_headline(page)[:_OPENING]
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
    return Choice(entry.title, entry.year, found[0], ENOUGH)


def made_in_opening(page: Page, gazetteer: Gazetteer) -> Choice | None:
    """The one film a maker's possessive and a year name in the body's opening ("Michael Mann's 1995
    crime epic is long and loud"), over films the body compares it with more often."""
    if not OWNER_YEAR.search(without_headline(page)[:_OPENING]):
        return None
    return credits_film(page, gazetteer, in_prose=True)
