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
from collections import defaultdict
from dataclasses import dataclass, field

from extract.nlp.candidates import Candidate
from extract.nlp.gazetteer import Gazetteer
from extract.nlp.resolve import ResolvedWork, WorkResolver
from extract.nlp.textnorm import fold, name_key
from extract.records import Page, ReviewedWork
from extract.titles import split_site_prefix, title_readings

_CREDIT_LINE = re.compile(
    r"(?:directed\s+by|director|réalisateur|réalisation|regie|dirigida\s+por|dir\.)\s*:?\s*"
    r"(?P<name>[A-Z][\w.’'\- ]{2,40}?)\s*(?=[\n,;(]|$|\s(?:Writ|Cast|Star|Released|Screenplay))",
    re.I | re.M,
)
_REVIEW_CUE = re.compile(r"\breview", re.I)
_ROMAN = {"2": "II", "3": "III", "4": "IV", "5": "V", "6": "VI", "7": "VII", "8": "VIII", "9": "IX"}
_SEQUEL_NUMBER = re.compile(r"^(?P<base>.*\S)\s+(?:part\s+)?(?P<n>[2-9]|II|III|IV|V|VI|VII|VIII|IX)$", re.I)
_ENOUGH = 2.5  # a body film named early and first, in quotes; or with its year; or beside its director
_MARGIN = 0.5
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
    roman = _ROMAN.get(number, number)
    arabic = next((a for a, r in _ROMAN.items() if r == number), number)
    out = []
    for stem in (base, "The " + base if not fold(base).startswith("the ") else base[4:]):
        out += [f"{stem} Part {roman}", f"{stem} {roman}", f"{stem} {arabic}", f"{stem} Part {arabic}"]
    return sorted(dict.fromkeys(out), key=lambda t: (not t.endswith(roman), "Part" not in t, t.startswith("The ")))


@dataclass(slots=True)
class _Choice:
    title: str
    year: int | None
    film: int | None
    score: float
    evidence: list[str] = field(default_factory=list)


def _directors(page: Page, readings: list[ReviewedWork]) -> set[str]:
    names = {fold(m.group("name").strip()) for m in _CREDIT_LINE.finditer(page.body[:3000])}
    names |= {fold(r.director) for r in readings if r.director}
    return names


def _directed_by(gazetteer: Gazetteer, film: int, directors: set[str]) -> bool:
    for person in gazetteer.films[film].directors:
        name = fold(gazetteer.people[person])
        if name in directors or any(name.split()[-1] == d.split()[-1] for d in directors if d):
            return True
    return False


def choose_reviewed(
    page: Page, gazetteer: Gazetteer, resolver: WorkResolver, body: list[Candidate]
) -> ResolvedWork | None:
    """The work the page reviews, or None when neither its title nor its body says."""
    site_free = split_site_prefix(page.title)[1]
    readings = [page.reviewed] if page.reviewed else []
    readings += [r for r in title_readings(site_free) if r not in readings]
    directors = _directors(page, readings)
    folded_body = fold(page.body)
    cue = bool(_REVIEW_CUE.search(page.title))
    standing: list[_Choice] = []
    for reading in readings:
        film = resolver.lookup_film(reading.title, reading.year)
        if film is not None and directors:
            same_title = gazetteer.films_titled(gazetteer.films[film].title)
            directed = [f for f in same_title if _directed_by(gazetteer, f, directors)]
            film = directed[0] if directed else film
        for variant in sequel_variants(reading.title) if film is None else []:
            film = resolver.lookup_film(variant, reading.year)
            if film is not None:
                break
        count = folded_body.count(fold(reading.title)) if len(reading.title) >= 2 else 0
        emphasised = any(h.kind == "em" and fold(h.text) == fold(reading.title) for h in page.hints)
        supported = bool(reading.year or cue or emphasised or count)  # the page itself backs the reading
        if film is None and not (supported and (reading is readings[0] or count)):
            continue
        if film is None and gazetteer.person_named(reading.title) is not None:
            continue  # a director's page ("Alfred Hitchcock") reviews no film of that name
        title = gazetteer.films[film].title if film is not None else reading.title
        year = gazetteer.films[film].year if film is not None else reading.year
        standing.append(_Choice(title, year, film, 1.0 if supported else 0.0))
    best_title = next((c for c in standing if c.score), None)
    if best_title is not None:
        return ResolvedWork(best_title.title, "film", best_title.film, best_title.year)
    body_choice = _body_choice(page, gazetteer, body, directors) or _directed_in_body(page, gazetteer, directors)
    if body_choice is not None:
        return ResolvedWork(body_choice.title, "film", body_choice.film, body_choice.year)
    if standing:
        return ResolvedWork(standing[0].title, "film", standing[0].film, standing[0].year)
    return None


def _directed_in_body(page: Page, gazetteer: Gazetteer, directors: set[str]) -> _Choice | None:
    """A film of the body's text (even one the parser took for a name) that the title's or the
    credits' director made: "Nolan's cold puzzle box" over a body naming Memento."""
    if not directors:
        return None
    for match in gazetteer.match(page.body[:5000]):
        if match.film is not None and match.text[:1].isupper() and _directed_by(gazetteer, match.film, directors):
            entry = gazetteer.films[match.film]
            return _Choice(entry.title, entry.year, match.film, _ENOUGH)
    return None


def _body_choice(page: Page, gazetteer: Gazetteer, body: list[Candidate], directors: set[str]) -> _Choice | None:
    """The body's most prominent film: named often, early, first, quoted or in italics, with a
    year, or beside its director ("Hitchcock's Vertigo", a "Directed by" line)."""
    choices: list[_Choice] = []
    counts: dict[str, list[Candidate]] = defaultdict(list)
    for candidate in body:
        if candidate.kind == "film" and (candidate.film is not None or candidate.year is not None):
            counts[name_key(candidate.text)].append(candidate)
    first_start = min((c[0].start for c in counts.values()), default=-1)
    for found in counts.values():
        first = found[0]
        film = first.film
        year = next((c.year for c in found if c.year), None)
        if len({c.year for c in found if c.year}) > 1:
            continue  # "Tarkovsky's Solaris (1972) ... Soderbergh's Solaris (2002)": two films, neither reviewed
        score = min(len(found), 3) * 0.75 + (2.0 if year else 0.0) + (0.5 if first.start < 400 else 0.0)
        score += 1.0 if first.start == first_start else 0.0
        score += 1.0 if any(c.rule in {"quoted", "italic"} for c in found) else 0.0
        owners = {fold(m.group(1)) for c in found if (m := _OWNER.search(page.body, max(0, c.start - 40), c.start))}
        if film is not None and (directors | owners) and _directed_by(gazetteer, film, directors | owners):
            score += 2.5
        title = gazetteer.films[film].title if film is not None else first.text
        choices.append(_Choice(title, year or (gazetteer.films[film].year if film is not None else None), film, score))
    ranked = sorted(choices, key=lambda c: -c.score)
    if not ranked or ranked[0].score < _ENOUGH:
        return None
    if len(ranked) > 1 and ranked[0].score - ranked[1].score < _MARGIN:
        return None  # two films as prominent as each other: a post about both reviews neither
    return ranked[0]
