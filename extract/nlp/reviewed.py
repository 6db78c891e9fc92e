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
from dataclasses import dataclass, field

from extract.nlp import reviewed_rank
from extract.nlp.candidates import Candidate
from extract.nlp.context import is_title_case
from extract.nlp.gazetteer import Gazetteer
from extract.nlp.resolve import ResolvedWork, WorkResolver
from extract.nlp.reviewed_body import MARGIN, SMALL, body_counts, choose_body_film
from extract.nlp.reviewed_credits import (
    credits_block_year,
    credits_film,
    dated,
    page_directors,
    scored_subject,
    site_reading,
    title_fields,
)
from extract.nlp.reviewed_headline import (
    SEGMENT_ONLY,
    about_several,
    after_label,
    capital_by_place,
    headline_readings,
    is_labelled,
    score_reading,
    title_seen_in,
)
from extract.nlp.reviewed_opening import (
    CONTEST,
    body_contest,
    body_people,
    crewed_in_body,
    directed_in_body,
    lower_case,
    made_in_opening,
    network_series,
    viewed_in_opening,
)
from extract.nlp.reviewed_signals import LIST_HEAD
from extract.nlp.reviewed_text import (
    Choice,
    first_line,
    headline_of,
    heads_subtitle,
    inside,
    times_named,
    title_like,
    without_headline,
)
from extract.nlp.textnorm import fold, name_key
from extract.ratings import title_without_rating
from extract.records import Page
from extract.titles import (
    EPISODE_TAIL,
    is_date_title,
    strip_decorations,
    title_readings,
)

_REVIEW_CUE = re.compile(r"\breview", re.I)


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
    scored: list[Choice]
    ranked: list[Choice]
    scored_headline: bool
    listing: bool  # a headline over several films: "Recent Viewings", "Three crime films"
    crew: list[Choice | None] = field(default_factory=list)

    def crewed_film(self) -> Choice | None:
        if not self.crew:
            self.crew.append(crewed_in_body(self.page, self.gazetteer))
        return self.crew[0]

    def subtitled(self, choice: Choice) -> bool:
        """Whether the reading is the head of "Head: Subtitle", another reading."""
        return any(r is not choice and heads_subtitle(r.title, choice.title, self.gazetteer) for r in self.scored)


def _film(choice: Choice) -> ResolvedWork:
    return ResolvedWork(choice.title, "film", choice.film, choice.year)


def choose_reviewed(
    page: Page, gazetteer: Gazetteer, resolver: WorkResolver, body: list[Candidate]
) -> ResolvedWork | None:
    """The work the page reviews, or None when neither its title nor its body says.

    Every reading of the post title is scored (``score_reading``); the best one the page backs
    wins. Otherwise the page's furniture (the blog's name, a credits block, a score's subject, an
    episode line), then the body's most prominent film, then a reading that at least looks like a title.
    """
    if about_several(page, gazetteer):
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
    contenders = reviewed_rank.contenders(w.gazetteer, readings, body_counts(w.page, w.gazetteer, w.body), rules, table)
    text = reviewed_rank.page_text(w.page.title, w.prose, [c.text for c in w.page.comments], w.page.body)
    rows = reviewed_rank.feature_rows(contenders, w.gazetteer, text)
    if RECORD is not None:  # training: the rows do not depend on the model
        RECORD.append((w.page, contenders, rows, several, text))
        return rules
    return reviewed_rank.ranked(contenders, rows, reviewed_rank.model())


def _weigh_headline(page: Page, gazetteer: Gazetteer, resolver: WorkResolver, body: list[Candidate]) -> _Weighing:
    """Every reading of the post title (and of a credits block's "Title:" field), scored."""
    readings = headline_readings(page, gazetteer)
    for named in title_fields(page):  # "Film: Drive My Car" in the credits block under a pun headline
        if all(fold(named.title) != fold(r.title) for r, _ in readings):
            readings.append((named, _FIELD_PRIOR))
    directors = page_directors(page, [r for r, _ in readings])
    prose = without_headline(page)
    cue = 0.5 if _REVIEW_CUE.search(page.title) or is_labelled(page.title) else 0.0
    scored_headline = title_without_rating(page.title) != " ".join(page.title.split())
    if scored_headline:
        cue += _RATED_HEADLINE  # "The Handmaiden ★★★★★": a headline that carries the score names the work scored
    block_year = credits_block_year(page, gazetteer, readings)
    scored = [
        choice
        for reading, prior in readings
        if (
            choice := score_reading(
                dated(reading, block_year), prior + cue, page, gazetteer, resolver, directors, prose
            )
        )
    ]
    ranked = sorted(scored, key=lambda c: (-c.score, -len(c.title)))
    listing = LIST_HEAD.search(headline_of(page)) is not None
    return _Weighing(page, gazetteer, resolver, body, directors, prose, scored, ranked, scored_headline, listing)


def _from_headline(w: _Weighing) -> ResolvedWork | None:
    """The best reading of the headline the page backs, unless the body backs another film more, or
    a network's series when the reading is a sentence the body names once."""
    supported = [c for c in w.ranked if c.evidence]
    supported = [  # "Batman" inside "Batman v Superman: Dawn of Justice", "Mad Max" inside "Mad Max: Fury Road"
        c
        for c in supported
        if not any(o.film is not None and o.film != c.film and inside(c.title, o.title) for o in supported)
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
        and times_named(w.prose, best.title) <= 1
        and (tv_series := network_series(w.page))
    ):  # a sentence headline ("The Best Show of the Year Is a Chess Game") over "FX's Shōgun" in the body
        return ResolvedWork(tv_series, "tv", None, None)
    if not (w.scored_headline and best.title == title_without_rating(w.page.title)) and (  # the headline itself
        rival := body_contest(best, w.scored, w.page, w.gazetteer, w.body, w.directors, w.prose)
    ):
        return _film(rival)
    return _film(best)


def _dated_whole(best: Choice, w: _Weighing) -> Choice:
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
            return Choice(whole.title, best.year, best.film, best.score, best.evidence)
    return best


def _pun_headline(best: Choice, w: _Weighing) -> Choice | None:
    """The body's film when the headline is another film's title only as a pun: "Superman" over a body
    about The Iron Giant, "A Long Way Down" over one about Vertigo. Only for a reading the headline
    alone backs, that the body never names, against a film the body names again and again."""
    if SEGMENT_ONLY not in best.evidence or times_named(w.prose, best.title):
        return None
    rival = choose_body_film(w.page, w.gazetteer, w.body, w.directors)
    if rival is None or rival.film == best.film or rival.score < best.score + CONTEST:
        return None
    seen = viewed_in_opening(w.page, w.gazetteer)  # "We showed our daughter The Iron Giant last weekend"
    seen_film = seen is not None and seen.film == rival.film
    return rival if seen_film or times_named(w.prose, rival.title) >= _PUN_REPEATS else None


_PUN_REPEATS = 2  # how often the body must name its own film to overrule a pun headline


_ABBREVIATION = re.compile(r"[A-Z][A-Za-z0-9]{1,5}|[A-Za-z]+[:.]?\d{1,2}")  # "T2", "LOTR", "BvS", "MI:3"
_INITIAL_WORDS = re.compile(r"[^\W\d_]+|\d+")


def _initials(title: str, small: bool) -> str:
    words = _INITIAL_WORDS.findall(title)
    return "".join(w if w.isdigit() else w[0] for w in words if small or w.casefold() not in SMALL).casefold()


def _spelled_out(best: Choice, w: _Weighing) -> Choice | None:
    """The body's film a short headline reading abbreviates, when the table knows only the film:
    "T2 at 30: ..." over a body about "Terminator 2: Judgment Day (1991)", "LOTR" for "The Lord of the Rings"."""
    if best.film is not None or best.year is not None or not _ABBREVIATION.fullmatch(best.title):
        return None
    rival = choose_body_film(w.page, w.gazetteer, w.body, w.directors)
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


def _known_within(best: Choice, w: _Weighing) -> Choice:
    """The film the table knows inside the best reading when that reading is only the film framed by
    other words the body never repeats: a viewing verb ("Rewatching The Matrix"), a quoted line
    before a colon ("Forget it, Jake: revisiting Chinatown"), an original title after a slash
    ("Bicycle Thieves / Ladri di biciclette"). Not a sequel the table lacks ("Paddington 2") nor
    a longer name ("Son of Godzilla"), and not the head of a short subtitle ("Puss in Boots: The Last Wish")."""
    if best.film is not None or times_named(w.prose, best.title):
        return best
    whole = fold(best.title)
    for known in w.ranked:
        if known.film is None or w.subtitled(known) or not inside(known.title, best.title):
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
    if tv_series := network_series(w.page):  # "I went into FX's Shōgun ..." under a headline naming no work
        return ResolvedWork(tv_series, "tv", None, None)
    site = site_reading(w.page, w.resolver, w.scored)
    if site is not None and site.year is not None:  # "Planet of the Apes (1968)" taken for the blog's name
        return _film(site)
    if credited := credits_film(w.page, w.gazetteer):  # "Year: 1932 / Director: Tod Browning" under a pun headline
        return _film(credited)
    if rated := scored_subject(w.page, w.resolver):  # "Heat: 8/10" closing a review under a pun headline
        return _film(rated)
    line = first_line(w.page)
    if line is not None and EPISODE_TAIL.search(line) and (series := title_readings(line)):
        return ResolvedWork(series[0].title, "tv", None, series[0].year)  # 'Station Eleven, episode 3, "Hurricane"'
    return None


def _from_body(w: _Weighing) -> ResolvedWork | None:
    """The body's film: the one its people point at in a lower-case body, the one the opening says was
    seen or made, the most prominent one, the one a director of the page made; a film the cast
    fills the page with over a quoted name the table lacks."""
    listing, page, gazetteer = w.listing, w.page, w.gazetteer
    body_choice = (
        (w.crewed_film() if lower_case(page.body) else None)  # "i had not yet seen movie 43"
        or (None if listing else viewed_in_opening(page, gazetteer))
        or (None if listing else made_in_opening(page, gazetteer))
        or choose_body_film(page, gazetteer, w.body, w.directors, _LIST_MARGIN if listing else MARGIN)
        or directed_in_body(page, gazetteer, w.directors)
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


def _whole_headline(w: _Weighing) -> Choice | None:
    """The reading that is the whole headline, bare of decorations, when the film table knows it."""
    bare = name_key(strip_decorations(headline_of(w.page))[0])
    return next((c for c in w.ranked if c.film is not None and name_key(c.title) == bare), None)


def _from_first_line(w: _Weighing) -> ResolvedWork | None:
    """A film of the table the body's first line names: "Blog #412" over "2.5/4 stars  Hangover 2 - 6/2/2011"."""
    if (line := first_line(w.page)) is not None:
        for reading in title_readings(line):
            choice = score_reading(reading, 0.0, w.page, w.gazetteer, w.resolver, w.directors, w.prose)
            if choice is not None and choice.film is not None:
                return _film(choice)
    return None


def _from_weak_readings(w: _Weighing) -> ResolvedWork | None:
    """What is left: a reading the table knows though the page does not back it, a film a maker's
    possessive and year name, a reading shaped like a title, a film of the body's people."""
    page = w.page
    by_place = capital_by_place(headline_of(page)) if not is_title_case(headline_of(page).split()) else None
    known = [  # not "Ten" of "Ten years of this blog" on the table's word alone: the body must back it
        c for c in w.ranked if c.film is not None and not w.subtitled(c) and (by_place is None or c.title != by_place)
    ]
    if known:  # a title the table knows, though the page does not back it
        return _film(known[0])
    if made := credits_film(page, w.gazetteer, in_prose=True):
        return _film(made)  # "Spielberg's 1975 shark movie ..."
    labelled = after_label(page.title) or title_seen_in(page.title)  # "#CinemaShame, March: T", "Just watched T and"
    looks = [  # in the order of the readings: the whole title first
        c
        for c in w.scored
        if title_like(c.title)
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
    if made := directed_in_body(page, w.gazetteer, body_people(w.body), only=True):
        return _film(made)  # "Jaws invented the blockbuster. Spielberg ..."
    if (crewed := w.crewed_film()) is not None:
        return _film(crewed)  # "Pacino shouts, De Niro broods ... Heat"
    return None


_LIST_MARGIN = 1.0  # under such a headline one film must stand well above the others to be the one reviewed
_RATED_HEADLINE = 1.0  # as much as a year beside the title
_FIELD_PRIOR = 1.0  # a credits block's "Title:" field names the work as plainly as a year backs a headline


# words of a headline, not of a film's name the table lacks: "Movie Week", "Hammer Tries Singing the Blues"
_HEADLINE = re.compile(
    r"\b(?:movies?|films?|reviews?|week(?:end)?|night|episode|challenge|recap|round-?up|edition|marathon|list"
    r"|is|are|was|were|am|has|have|had|does|did|can|will|would|tries|makes|gets|goes|takes|feels|looks)\b",
    re.I,
)
_CREW_STRONG = 3  # ... for it to beat a body film the table does not know and no year backs
