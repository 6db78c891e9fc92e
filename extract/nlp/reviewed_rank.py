"""The reviewed work by a learnt prominence ranker (issue 12, tenth session).

Every work that may be the one a page reviews is a *contender*: a reading of the headline, a film
the body names (``reviewed_body.body_counts``), or the answer of the hand-written steps of
``reviewed.choose_reviewed``. Each contender gets GENERAL features (where the headline names it and
how much of it, how often and how early the body names it, in a credits line, in italics or
quotes, beside a year or its director, as the subject of a verdict, the film table's word, and the
eleventh session's ``reviewed_signals``: seen or awaited, a maker or a place, a translation in
brackets, two years, a calendar word, the table's cast named, a list headline), and a
logistic model learnt from the tune pages (``scripts/train_reviewed.py``, weights in
``extract/data/reviewed-model.json``) says how likely each is the reviewed work. The most likely
wins.

>>> _subject_after("Heat is a masterpiece", 4)
True
>>> _year_after("Heat (1995) opens", 4)
True
"""

from __future__ import annotations

import math
import re
from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from extract.nlp.candidates import Candidate
from extract.nlp.context import SMALL_WORDS
from extract.nlp.gazetteer import Gazetteer
from extract.nlp.learnt import LinearModel, load
from extract.nlp.resolve import ResolvedWork
from extract.nlp.reviewed_signals import LIST_HEAD, calendar_word, cast_named, frame_features
from extract.nlp.textnorm import fold, name_key
from extract.ratings import title_without_rating

MODEL_PATH = Path(__file__).resolve().parents[1] / "data" / "reviewed-model.json"

_SUBJECT = re.compile(r"[”\"’'*_]?\s+(?:is|was|isn[’']t|wasn[’']t|feels|felt|remains|works|fails|succeeds)\b")
_YEAR_AFTER = re.compile(r"[”\"’'*_]?\s*[(\[,]\s*(?:19|20)\d\d\b")
_CREDITS = re.compile(
    r"\b(?:directed\s+by|director|starring|written\s+by|screenplay|runtime|running\s+time|cast)\b\s*:?|\b\d{2,3}\s*min",
    re.I,
)
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_REVIEW = re.compile(r"\breview", re.I)


def _subject_after(text: str, end: int) -> bool:
    """Whether the name ending at ``end`` is the subject of a verdict: "Heat is ...", "Heat was ..."."""
    return _SUBJECT.match(text, end) is not None


def _year_after(text: str, end: int) -> bool:
    """Whether a year follows the name: "Heat (1995)", "Heat, 1995"."""
    return _YEAR_AFTER.match(text, end) is not None


@dataclass(slots=True)
class Contender:
    """One work that may be the reviewed one, with where the page names it."""

    title: str
    film: int | None
    year: int | None
    kind: str = "film"
    spellings: set[str] = field(default_factory=set)  # name keys the page writes it as
    reading: int | None = None  # its first place among the headline's readings
    dated: bool = False  # the headline gives its year
    mentions: list[Candidate] = field(default_factory=list)  # the body's mentions
    answer: ResolvedWork | None = None  # the hand-written steps' answer, when this is it

    @property
    def rule(self) -> bool:
        return self.answer is not None

    def work(self) -> ResolvedWork:
        if self.answer is not None:
            return self.answer
        return ResolvedWork(self.title, "tv" if self.kind == "tv" else "film", self.film, self.year)


def _key(film: int | None, title: str) -> str:
    return f"#{film}" if film is not None else name_key(title)


def contenders(
    gazetteer: Gazetteer,
    readings: Iterable[tuple[str, int | None, int | None]],
    counts: dict[str, list[Candidate]],
    rules: ResolvedWork | None,
    table: Iterable[int] = (),
) -> list[Contender]:
    """The page's contenders, one per work: the headline's readings (title, year, film) in order,
    the body's films (mentions by name key), the hand-written answer, and the films of the table
    named in the headline or the body's opening (``table``: "Nanook of the North" inside "#9.
    Nanook of the North - 1922", "Jean de Florette" where the body's candidate is "Jean")."""
    found: dict[str, Contender] = {}

    def add(title: str, film: int | None, year: int | None) -> Contender:
        key = _key(film, title)
        if key not in found:
            found[key] = Contender(title, film, year)
        found[key].spellings.add(name_key(title))
        return found[key]

    for index, (title, year, film) in enumerate(readings):
        one = add(title, film, year)
        if one.reading is None:
            one.reading, one.dated = index, year is not None
    for mentions in counts.values():
        film = next((c.film for c in mentions if c.film is not None), None)
        title = gazetteer.films[film].title if film is not None else mentions[0].text
        one = add(title, film, gazetteer.films[film].year if film is not None else mentions[0].year)
        one.spellings.update(name_key(c.text) for c in mentions)
        one.mentions.extend(mentions)
        one.kind = "tv" if any(c.kind == "tv" for c in mentions) else one.kind
    for film in table:
        add(gazetteer.films[film].title, film, gazetteer.films[film].year)
    if rules is not None:
        one = add(rules.title, rules.film, rules.year)
        one.answer = rules
    return merged(list(found.values()))


def _subtitle(title: str) -> str:
    """The part of a title after its colon, without a leading article: "wrath of khan" of "Star Trek II:
    The Wrath of Khan" (empty without a colon)."""
    head, colon, tail = fold(title).partition(": ")
    return re.sub(r"^(?:the|a|an)\s+", "", tail.strip()) if colon and head.strip() else ""


def merged(contenders_: list[Contender]) -> list[Contender]:
    """The contenders with those that are one work joined: a title the film table does not know
    with the same title it knows (the steps' answer without the table's film, the body's film with
    it), and a subtitle with its film (``merge_subtitles``)."""
    return merge_subtitles(_merge_same_titles(contenders_))


def _join(into: Contender, one: Contender) -> None:
    into.spellings |= one.spellings
    into.mentions.extend(one.mentions)
    if one.reading is not None and (into.reading is None or one.reading < into.reading):
        into.reading, into.dated = one.reading, one.dated
    if one.answer is not None and into.answer is None:
        into.answer = one.answer  # as the steps gave it: "Vertigo" of a credited director not the table's


def _merge_same_titles(contenders_: list[Contender]) -> list[Contender]:
    """A contender the table does not know joins the known one of the same title ("The Princess
    Bride" the steps read from the headline, and the body's "The Princess Bride" the table knows)."""
    known: dict[str, Contender] = {}
    for one in contenders_:
        if one.film is not None:
            known.setdefault(name_key(one.title), one)
    kept: list[Contender] = []
    for one in contenders_:
        into = known.get(name_key(one.title)) if one.film is None else None
        if into is None:
            kept.append(one)
        else:
            _join(into, one)
    return kept


def merge_subtitles(contenders_: list[Contender]) -> list[Contender]:
    """Contenders the film table does not know whose words are the subtitle of a known film or of a
    headline's reading ("The Wrath of Khan" for "Star Trek II: The Wrath of Khan") become that
    work's spellings and mentions: a page that names a film by its subtitle alone names the film."""
    longer = {
        sub: one
        for one in contenders_
        if (one.film is not None or one.reading is not None) and (sub := _subtitle(one.title))
    }
    kept: list[Contender] = []
    for one in contenders_:
        into = longer.get(re.sub(r"^(?:the|a|an)\s+", "", fold(one.title).strip())) if one.film is None else None
        if into is None or into is one:
            kept.append(one)
        else:
            _join(into, one)
    return kept


@dataclass(slots=True)
class PageText:
    """What every contender's features read from the page, worked out once."""

    headline: str  # folded, without its score
    body: str  # folded body without the headline's copy
    raw: str  # the same, unfolded (capitals, quotes)
    breaks: list[int]  # where the body's paragraphs start
    comments: str  # folded comment thread
    years: set[int]  # years the headline and the body's opening write
    review: bool  # the headline says "review"
    aligned: bool  # the body's candidates' offsets are offsets of ``raw``
    line_starts: list[int] = field(default_factory=lambda: [0])  # where each line of ``raw`` starts
    credits: dict[int, int | None] = field(default_factory=dict)  # line start -> its first credits cue's end


OPENING = 600  # how much of the body's start is matched against the film table for contenders


def table_films(gazetteer: Gazetteer, headline: str, prose: str) -> list[int]:
    """Films of the table named in the headline or the body's opening, in text order: written with
    capitals ("the bank job" is no film) and of two words or more (a headline's "Summer" or "Three" is
    a common word more often than a film)."""
    found = [
        m.film
        for text in (headline, prose[:OPENING])
        for m in gazetteer.match(text)
        if m.film is not None and _capitalised(m.text) and " " in m.text.strip()
    ]
    return list(dict.fromkeys(found))


def _capitalised(name: str) -> bool:
    """Whether a name is written as a title: a word with a capital or a digit, and no word of four
    letters or more in lower case ("Jean de Florette", not "the bank job")."""
    words = name.split()
    return any(not w[:1].islower() for w in words) and all(len(w) <= 3 or not w[:1].islower() for w in words)


def aligned_fold(text: str) -> str:
    """``fold`` of the text with its length kept, so that offsets in one are offsets in the other: where
    folding the whole changes the length ("Klaußner" folds to "klaussner"), each character is folded alone
    and one that would grow is only lowered ("klaußner"); a body written in capitals stays matchable.

    >>> aligned_fold("Burghart Klaußner’s Pastor")
    "burghart klaußner's pastor"
    """
    folded = fold(text)
    if len(folded) == len(text):
        return folded
    return "".join(_fold_one(char) for char in text)


def _fold_one(char: str) -> str:
    folded = fold(char)
    if len(folded) == 1:
        return folded
    lowered = char.lower()
    return lowered if len(lowered) == 1 else char


def page_text(title: str, prose: str, comments: Iterable[str], body: str) -> PageText:
    """The page as the features read it: ``prose`` is the body without its copy of the headline."""
    headline = fold(" ".join(title_without_rating(title).split()))
    folded = aligned_fold(prose)
    raw = prose
    breaks = [0, *(m.end() for m in re.finditer(r"\n\s*\n|\n(?=\S)", raw))]
    years = {int(y) for y in _YEAR.findall(title + " " + prose[:600])}
    review = bool(_REVIEW.search(title))
    line_starts = [0, *(m.end() for m in re.finditer(r"\n", raw))]
    return PageText(headline, folded, raw, breaks, fold(" ".join(comments)), years, review, raw == body, line_starts)


def _places(text: str, spelling: str) -> list[tuple[int, int]]:
    """Where ``spelling`` (a folded name) stands in the folded text as whole words."""
    if len(spelling) < 2:
        return []
    found = []
    start = text.find(spelling)
    while start >= 0:
        end = start + len(spelling)
        if not (start and _word_char(text[start - 1])) and not (end < len(text) and _word_char(text[end])):
            found.append((start, end))
            start = text.find(spelling, end)
        else:
            start = text.find(spelling, start + 1)
    return found


def _word_char(char: str) -> bool:
    return char.isalnum() or char in "_-"


def _spellings(one: Contender) -> list[str]:
    names = {fold(one.title), *(fold(c.text) for c in one.mentions)}
    return sorted(n for n in names if n)


def _positions(one: Contender, text: PageText) -> list[tuple[int, int]]:
    spans = {p for name in _spellings(one) for p in _places(text.body, name)}
    spans = {(s, e) for s, e in spans if not text.raw[s].islower()}  # "movie week" is no mention of "Movie Week"
    if text.aligned:
        spans |= {(c.start, c.end) for c in one.mentions if c.end <= len(text.body)}
    return sorted(spans)


def _credits_before(text: PageText, start: int) -> bool:
    """Whether the line holding ``start`` has a credits cue before it ("Directed by", "Starring:",
    "112 min"). Each line is searched once (a megabyte-long line with thousands of mentions stays
    linear)."""
    at = bisect_right(text.line_starts, start) - 1
    line = text.line_starts[at]
    if line not in text.credits:
        end = text.line_starts[at + 1] if at + 1 < len(text.line_starts) else len(text.raw)
        cue = _CREDITS.search(text.raw, line, end)
        text.credits[line] = cue.end() if cue else None
    cue_end = text.credits[line]
    return cue_end is not None and cue_end <= start


def _paragraph(text: PageText, start: int) -> int:
    return sum(1 for b in text.breaks if b <= start) - 1


def _headline_features(one: Contender, head: list[tuple[int, int]], text: PageText) -> dict[str, float]:
    longest = max(head, key=lambda p: p[1] - p[0], default=None)
    share = (longest[1] - longest[0]) / len(text.headline) if longest and text.headline else 0.0
    where = longest[0] if longest else -1
    return {
        "hl": 1.0 if one.reading is not None else 0.0,
        "hl_first": 1.0 if one.reading == 0 else 0.0,
        "hl_rank": 1.0 / (1 + one.reading) if one.reading is not None else 0.0,
        "hl_share": share,
        "hl_whole": 1.0 if share >= 0.999 else 0.0,
        "hl_start": 1.0 if where == 0 else 0.0,
        "hl_dated": 1.0 if one.dated else 0.0,
        "hl_review": 1.0 if text.review and head else 0.0,
        "hl_bounded": 1.0 if _bounded_in_headline(one.title, text.headline) else 0.0,
    }


# what stands on either side of a title the headline writes as a part of its own ("Glass: a shrug",
# "Review: Heat (1995)", "Heat – a review"), not as words of a longer name or sentence
_PART_BEFORE = re.compile(r"(?:^|[:|–—/]\s*|\s-\s*|[“\"‘']\s*)$")
_PART_AFTER = re.compile(r"\s*(?:$|[:|–—/”\"’',(\[]|-\s|review\b)")


def _bounded_in_headline(title: str, headline: str) -> bool:
    """Whether the headline writes the contender's own title as a part of its own, set off by its ends or
    by separators: "Glass" of "Glass: M. Night Shyamalan's trilogy ends", not "Kingsman: The Secret
    Service" the table reads into "Kingsman: The Golden Circle" (its title is not written)."""
    return any(
        _PART_BEFORE.search(headline, 0, start) and _PART_AFTER.match(headline, end)
        for start, end in _places(headline, fold(title).strip())
    )


def _year_clash(gazetteer: Gazetteer, film: int, text: PageText) -> float:
    """Whether the headline writes a year and none is the table film's (within a year): "Kingsman: The
    Golden Circle (2017)" read as the table's "Kingsman: The Secret Service" (2014)."""
    written = {int(y) for y in _YEAR.findall(text.headline)}
    year = gazetteer.films[film].year
    return 1.0 if written and year and all(abs(y - year) > 1 for y in written) else 0.0


def _body_features(one: Contender, spans: list[tuple[int, int]], text: PageText) -> dict[str, float]:
    size = max(len(text.body), 1)
    first = spans[0][0] if spans else size
    last_paragraph = len(text.breaks) - 1
    paragraphs = {_paragraph(text, s) for s, _ in spans}
    return {
        "n": math.log1p(len(spans)),
        "first_share": first / size,
        "first_para": 1.0 if 0 in paragraphs else 0.0,
        "last_para": 1.0 if last_paragraph in paragraphs and last_paragraph > 0 else 0.0,
        "paragraphs": math.log1p(len(paragraphs)),
        "credits": 1.0 if any(_credits_before(text, s) for s, _ in spans) else 0.0,
        "year_next": 1.0 if any(_year_after(text.raw, e) for _, e in spans) else 0.0,
        "subject": 1.0 if any(_subject_after(text.raw, e) for _, e in spans) else 0.0,
        "marked": 1.0 if any(c.rule in {"italic", "quoted"} for c in one.mentions) else 0.0,
        "caps": 1.0 if any(text.raw[s:e].isupper() and e - s > 3 for s, e in spans) else 0.0,
    } | frame_features(text.raw, spans, " " not in one.title.strip())


def _table_features(one: Contender, gazetteer: Gazetteer, text: PageText) -> dict[str, float]:
    if one.film is None:
        return {"tv": 1.0 if one.kind == "tv" else 0.0}
    entry = gazetteer.films[one.film]
    directors = [fold(gazetteer.people[p]) for p in entry.directors]
    surnames = [d.split()[-1] for d in directors if d.split()]
    return {
        "known": 1.0,
        "tv": 1.0 if one.kind == "tv" or entry.kind == "tv" else 0.0,
        "year_near": 1.0 if entry.year in text.years else 0.0,
        "director": 1.0 if any(d in text.body or d in text.headline for d in directors) else 0.0,
        "director_surname": 1.0 if any(_places(text.body, s) for s in surnames) else 0.0,
        "cast": cast_named(gazetteer, one.film, text.raw, text.body),
        "year_clash": _year_clash(gazetteer, one.film, text) if one.reading is not None else 0.0,
    }


_FINITE = re.compile(r"\b(?:is|are|was|were|has|have|had|does|did|can|will|my|i|we|you)\b", re.I)


def _shape_features(title: str) -> dict[str, float]:
    """What the contender's own words look like: a title's capitals, or a sentence's verbs and
    lower-case words ("A week in the life of a bus driver", "my C+ and Hector's A")."""
    words = [w for w in title.split() if w[:1].isalpha()]
    lower = [w for w in words if w[:1].islower() and w.casefold() not in SMALL_WORDS]
    return {
        "words": math.log1p(len(title.split())),
        "lower": len(lower) / len(words) if words else 0.0,
        "sentence": 1.0 if _FINITE.search(title) or title.rstrip().endswith(("?", "!", ".")) else 0.0,
        "digits": 1.0 if re.search(r"\d", title) else 0.0,
        "calendar": 1.0 if calendar_word(title) else 0.0,
    }


def _outside_longer(spans: list[list[tuple[int, int]]]) -> list[list[tuple[int, int]]]:
    """Each contender's spans without those inside another contender's longer span ("Gremlins" in
    "Gremlins 2: The New Batch" is no mention of Gremlins)."""
    every = sorted({p for found in spans for p in found})
    return [
        [(s, e) for s, e in found if not any(o <= s and e <= c and (o, c) != (s, e) for o, c in every)]
        for found in spans
    ]


def _nesting(contenders_: list[Contender]) -> list[dict[str, float]]:
    titles = [fold(one.title) for one in contenders_]
    rows = []
    for i, title in enumerate(titles):
        inside = any(j != i and t != title and _places(t, title) for j, t in enumerate(titles))
        holds = any(j != i and t != title and _places(title, t) for j, t in enumerate(titles))
        rows.append({"inside_longer": 1.0 if inside else 0.0, "holds_shorter": 1.0 if holds else 0.0})
    return rows


def feature_rows(contenders_: list[Contender], gazetteer: Gazetteer, text: PageText) -> list[dict[str, float]]:
    """Each contender's features, with its rank among the page's contenders (the most mentioned,
    the earliest) and its share of all their mentions."""
    spans = _outside_longer([_positions(one, text) for one in contenders_])
    heads = _outside_longer([[p for n in _spellings(one) for p in _places(text.headline, n)] for one in contenders_])
    rows: list[dict[str, float]] = []
    for one, found, head, nest in zip(contenders_, spans, heads, _nesting(contenders_), strict=True):
        row = (
            _headline_features(one, head, text)
            | _body_features(one, found, text)
            | _table_features(one, gazetteer, text)
            | _shape_features(one.title)
            | nest
        )
        if not found and any(_places(text.comments, name) for name in _spellings(one)):
            row["comments_only"] = 1.0
        row["hl_known"] = row["hl_first"] * row.get("known", 0.0)
        # row["rule"] = 1.0 if one.rule else 0.0
        row["list_head"] = 1.0 if LIST_HEAD.search(text.headline) else 0.0
        if not found:  # a headline's reading or a film of the table the body never names
            row["hl_first_unnamed"] = row["hl_first"]
            row["known_unnamed"] = row.get("known", 0.0)
        rows.append(row)
    total = sum(len(found) for found in spans) or 1
    most = max((len(found) for found in spans), default=0)
    earliest = min((found[0][0] for found in spans if found), default=-1)
    for row, found in zip(rows, spans, strict=True):
        row["mention_share"] = len(found) / total
        row["most"] = 1.0 if found and len(found) == most else 0.0
        row["earliest"] = 1.0 if found and found[0][0] == earliest else 0.0
    return [{k: v for k, v in r.items() if v} for r in rows]


CHECK_ONLY = frozenset({"hl_bounded", "year_clash"})
"""Row features ``choice`` reads for its checks that the learnt model does not weigh (weighed, they lost
held-out pages: too few pages hold them for a linear weight to matter)."""
_NAMED_OFTEN = math.log1p(1)  # the "n" feature of a work the body names at all
NONE_BAR = 0.5  # how likely a contender must be to name a work where the steps name none


def choice(rows: list[dict[str, float]], titles: list[str], rule: int | None, ranker: LinearModel) -> int | None:
    """The index of the contender the page reviews (None: no work), given the steps' answer's index:
    the likeliest contender, except that the steps' answer stands when it is the headline's first
    reading and the film table knows it (held out, the ranker was worse there), when the ranker's
    pick is neither named in the body nor known to the film table (a headline's phrase), or when
    the pick is a name the body never writes and the steps' answer one it writes (a headline's
    pun, "A long way down", over the film the body sat down with; at three mentions or more no
    held-out page changed, at one the tune pages gain two and lose none), or when the pick is
    part of the title the headline gives the steps' answer ("Dune" of "Dune: Part Two"). A pick the
    table does not know loses to the steps' answer too when its every mention is one word opening
    a sentence ("Wow, did I love ...") or when the page names the steps' film's cast; a known pick
    wins over the steps' "Label: Pick" the table does not know ("THE BIG ONE: Uncut Gems"). Where the
    steps name none, the pick must be likely (``NONE_BAR``)."""
    if rule is not None and rows[rule].get("hl_first") and rows[rule].get("known"):
        return rule
    top = best(rows, ranker, skip={i for i, row in enumerate(rows) if _calendar_only(row)})
    if top is None or top[0] == rule:
        return rule
    index, chance = top
    if rule is not None and _headline_wins(rows[rule], rows[index]):
        return rule
    if "known" not in rows[index] and (
        "n" not in rows[index]
        or (rows[index].get("initial_only") and not rows[index].get("hl_bounded"))
        or len(titles[index].strip()) < 2
    ):  # "T is for Truffaut": a letter the table does not know names no film
        # "Movie Week", "Summer of the fin": a headline's phrase no film of the page backs; "Wow, did I
        # love ...": one word the body writes with a capital only where a sentence opens
        return rule
    if rule is not None and rows[rule].get("cast") and "known" not in rows[index]:
        return rule  # a film of the table whose cast the page names, over a name the table does not know
    if rule is None:
        return index if chance >= NONE_BAR else None
    if "known" in rows[index] and "known" not in rows[rule] and _after_label(titles[index], titles[rule]):
        return index  # "THE BIG ONE: Uncut Gems": a column's label before the title the table knows
    if "n" not in rows[index] and rows[rule].get("n", 0.0) >= _NAMED_OFTEN:
        return rule
    if (rows[rule].get("hl") or "known" in rows[rule]) and _part_of(titles[index], titles[rule]):
        # "Dune" of the headline's "Dune: Part Two", "Nanook" of the table's "Nanook of the North": the
        # features do not weigh a title's parts
        return rule
    return index


def _calendar_only(row: dict[str, float]) -> bool:
    """A weekday's or a month's name the page writes as a word of its calendar ("Every Friday is movie
    night", "Friday Family Movie Night: ..."), no year beside it and not set apart by the headline: no
    film of that name ("Friday", 1995) is the reviewed work."""
    return bool(row.get("calendar")) and not (row.get("hl_bounded") or row.get("year_next") or row.get("marked"))


def _headline_wins(rule: dict[str, float], pick: dict[str, float]) -> bool:
    """Whether the steps' answer, a title the headline writes as a part of its own ("Review: Kingsman: The
    Golden Circle (2017)"), stands against a pick the headline does not write whose year the headline
    contradicts ("Kingsman: The Secret Service", 2014, the table read into "Kingsman"). Not against any
    pick the headline does not write ("Glass: ..." over the maker's "Unbreakable"): that won a tune page
    and lost a sealed one."""
    return bool(rule.get("hl_bounded")) and not pick.get("hl_bounded") and bool(pick.get("year_clash"))


def _after_label(title: str, labelled: str) -> bool:
    """Whether ``labelled`` is a label, a colon and ``title`` ("Cinema Archive: Show People")."""
    return _subtitle(labelled) == re.sub(r"^(?:the|a|an)\s+", "", fold(title).strip())


def _part_of(short: str, long: str) -> bool:
    """Whether a title is words of another, longer one ("Batman" of "Batman v Superman")."""
    inner, outer = fold(short), fold(long)
    return inner != outer and bool(_places(outer, inner))


def ranked(contenders_: list[Contender], rows: list[dict[str, float]], ranker: LinearModel) -> ResolvedWork | None:
    """The work ``choice`` picks among the contenders (the steps' own answer, unchanged, when it stands
    or when the pick is the same title: the steps' answer carries the table's film and year)."""
    rule = next((i for i, one in enumerate(contenders_) if one.rule), None)
    index = choice(rows, [one.work().title for one in contenders_], rule, ranker)
    if index is None:
        return None
    pick = contenders_[index].work()
    if rule is not None and name_key(contenders_[rule].work().title) == name_key(pick.title):
        return contenders_[rule].work()
    return pick


@lru_cache(maxsize=1)
def model() -> LinearModel:
    return load(MODEL_PATH)


def best(rows: list[dict[str, float]], ranker: LinearModel, skip: set[int] | None = None) -> tuple[int, float] | None:
    """The most likely contender (index, probability), the first on a tie; none of ``skip``."""
    scored = [-1.0 if skip and i in skip else ranker.probabilities(row).get("yes", 0.0) for i, row in enumerate(rows)]
    if not scored or max(scored) < 0:
        return None
    top = max(range(len(scored)), key=lambda i: scored[i])
    return top, scored[top]


def steps_answer(
    contenders_: list[Contender], rows: list[dict[str, float]], ranker: LinearModel
) -> ResolvedWork | None:
    """The hand-written steps' answer alone, what ``ranked`` gives without the ranker (for tests that
    pin the steps)."""
    return next((one.work() for one in contenders_ if one.rule), None)
