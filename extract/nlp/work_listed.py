"""Works only the long IMDb list knows (``Gazetteer.listed``): a weaker tier than the film table.

The film table (``extract.filmdb``) holds about 19,000 films, each with credits; the long list adds
about 40,000 titles of several words (1893-2005) with nothing but a year and a count of IMDb
users' votes. Most of them are little known and many are common phrases ("Perfect Day", "Call
Me", "Christmas Eve"), so a run of capitals that bears one of them is a work only where the page
frames it as one, or where the title is well voted:

- a frame: a maker's possessive before it ("Kaouther Ben Hania's Four Daughters"), its year after
  it ("Jagte Raho (1956)"), a work noun before it ("the film Madame DuBarry"), a comparison cue
  that governs it ("reminded me of Jo Jeeta Wohi Sikandar"), or another work beside it in a list
  ("Awara, Jagte Raho and Bobby");
- or votes: a title ``KNOWN_VOTES`` users voted on ("Nuovo Cinema Paradiso", "Ladri di
  biciclette") needs no frame, as a film of the table needs none.

One-word titles of the list are left out (``Gazetteer.listed`` holds none): in a frame or not, a
capitalised word the table does not know is mostly a name or a place ("Calcutta", "Jenny").
"""

from __future__ import annotations

import re

from extract.nlp.candidates import Candidate
from extract.nlp.context import PageContext, Unit, is_title_case, quoted, sentence_initial
from extract.nlp.spans import SpanIndex
from extract.nlp.textnorm import fold, tokenize
from extract.nlp.work_matches import cue_governs, described_as_someone
from extract.nlp.work_text import NOT_TITLES, PLACE_LABELS, YEAR_AFTER, after_possessive, run_around

KNOWN_VOTES = 1000  # IMDb users' votes (2005): a title this voted on is named without a frame (median of
# the table's films with 50 critics' reviews, the rules' "known", is about 2,000 votes)

# a work noun right before: "the film Madame DuBarry", "his 1956 picture Jagte Raho", "the novel"
_WORK_NOUN_BEFORE = re.compile(
    r"\b(?:film|movie|picture|feature|documentary|short|classic|remake|sequel|novel|book|series|show|play)"
    r"s?,?\s+(?:(?:18|19|20)\d\d\s+)?[“\"‘]?$",
    re.I,
)
_LIST_JOIN = re.compile(r"\s*(?:,|;|/|&|\band\b|\bor\b|,\s*and\b|,\s*or\b)\s*")


def listed_works(
    unit: Unit, ctx: PageContext, people: list[tuple[int, int]], people_words: set[str], others: list[Candidate]
) -> list[Candidate]:
    """Runs of capitals that are titles of the long list, where the page frames them as works or the
    title is well voted (``KNOWN_VOTES``); ``people``: the spans of people's names; ``others``: the unit's
    candidates of the other rules (a list's other items)."""
    if unit.is_title:
        return []
    matches = [m for m in ctx.gazetteer.listed_in(unit.tokens) if _plain_run(unit, ctx, m[0], m[1], m[2].title)]
    if not matches:
        return []
    text = unit.text
    taken = SpanIndex([(c.start, c.end) for c in others])
    neighbours = _work_spans(unit, others) + [(start, end) for start, end, _ in matches]
    found = []
    for start, end, entry in matches:
        if taken.overlaps(start, end) or _in_longer_person(people, start, end):
            continue  # another rule's name there decides ("To Be or Not to Be"), or a person's longer name
        if _not_alone(ctx, text, (start, end), entry.year, neighbours):
            continue
        frame = listed_frame(unit, start, end, entry.year, neighbours)
        if frame is not None or entry.votes >= KNOWN_VOTES:
            year = entry.year if frame == "dated" else None
            found.append(Candidate(text[start:end], start, end, "film", "listed-title", 0.7, year=year))
    return found


def listed_frame(unit: Unit, start: int, end: int, year: int, neighbours: list[tuple[int, int]]) -> str | None:
    """What frames text[start:end] as a work, if anything: its year after it ("dated"), title marks
    ("quoted"), a maker's possessive ("possessive"), a work noun before it ("noun"), a comparison cue
    ("cue") or another work of ``neighbours`` beside it ("listed")."""
    text = unit.text
    after = YEAR_AFTER.match(text, end)
    if after is not None and abs(int(after.group(1)) - year) <= 1:
        return "dated"
    if quoted(text, start, end):
        return "quoted"
    if after_possessive(text, start):
        return "possessive"
    if _WORK_NOUN_BEFORE.search(text, max(0, start - 30), start) is not None:
        return "noun"
    if cue_governs(unit, start, end):
        return "cue"
    return "listed" if _beside_work(text, start, end, neighbours) else None


# a run of capitals going on after the title: "Lone Wolf and Cub", "Mardi Gras of the Dead"
_RUN_GOES_ON = re.compile(r"[ \t]+(?:and|&|of|the|in|on|at|for|to)[ \t]+[A-Z0-9]")


def _not_alone(
    ctx: PageContext, text: str, span: tuple[int, int], year: int, neighbours: list[tuple[int, int]]
) -> bool:
    """Whether the page uses text[start:end] as no title of its own: the start of a longer run of
    capitals after "and" or "of" ("Lone Wolf and Cub"; not a list's "Vertigo, Jagte Raho and Psycho"),
    a person described ("the folk hero Wong Fei-hung"), or a film's title in its language beside the
    name the table knows it by, in brackets ("Der Untergang (Downfall, 2004)")."""
    start, end = span
    goes_on = _RUN_GOES_ON.match(text, end)
    if (
        goes_on is not None
        and not _title_starts(ctx, text[goes_on.end() - 1 : goes_on.end() + 80])
        and not any(0 <= start - e <= 3 and text[e:start].strip() == "," for _, e in neighbours)
    ):
        return True
    if described_as_someone(text, start, end):
        return True
    bracket = text[end : end + 60].lstrip()
    return bracket.startswith("(") and _translated(ctx, bracket, year)


def _title_starts(ctx: PageContext, text: str) -> bool:
    """Whether a title of the long list or one of several words of the film table opens ``text``
    ("Anna Boleyn, the early ..."; not "Cub instead", a one-word film's name that may end a run)."""
    tokens = tokenize(text)
    listed = ctx.gazetteer.listed_in(tokens)
    known = ctx.gazetteer.match(text, tokens)
    if listed and listed[0][0] == 0:
        return True
    return bool(known and known[0].start == 0 and known[0].film is not None and " " in known[0].text)


def _translated(ctx: PageContext, bracket: str, year: int) -> bool:
    """Whether the bracket right after a title opens with a film of the table of the same year: the
    title's other name, which the table knows ("Der Untergang (Downfall, 2004)")."""
    head = re.split(r"[,;)]", bracket[1:])[0].strip()
    return bool(head) and any(abs(ctx.gazetteer.films[n].year - year) <= 1 for n in ctx.gazetteer.films_titled(head))


def _in_longer_person(people: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether a person's name the page gives runs past text[start:end]: "Anna Boleyn" or "DuBarry" of
    "Madame DuBarry" may be the parser's guess at a title it does not know; "Queen Anna Boleyn" is not."""
    return any(s < end and start < e and (s < start or e > end) for s, e in people)


def _plain_run(unit: Unit, ctx: PageContext, start: int, end: int, title: str) -> bool:
    """Whether text[start:end] is a whole run of capitals in title case (or written as the list writes
    its ``title``: "Ladri di biciclette"), no part of a longer one, no commenter's name, no place or
    body the parser sees ("the Hudson Bay Company")."""
    name = unit.text[start:end]
    if not name[:1].isupper() or name.isupper() or not (is_title_case(name.split()) or name == title):
        return False
    if fold(name) in NOT_TITLES or ctx.is_commenter(name):
        return False
    if run_around(unit, start, end) != (start, end):
        return False
    return not any(label in PLACE_LABELS and s <= start and e >= end for s, e, label in unit.entities_near(start, end))


def _work_spans(unit: Unit, others: list[Candidate]) -> list[tuple[int, int]]:
    """Where the other rules' works stand in the unit, capitalised (a list's other items); a one-word
    one not at a sentence's start, where any word is capitalised."""
    text = unit.text
    return [
        (c.start, c.end)
        for c in others
        if c.kind != "person" and c.text[:1].isupper() and (" " in c.text or not sentence_initial(text, c.start))
    ]


def _beside_work(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    """Whether another work stands right before or after text[start:end], joined by a comma, "and",
    "or" or a slash: an item of a list of works."""
    for other_start, other_end in spans:
        if (other_start, other_end) == (start, end):
            continue
        if 0 <= start - other_end <= 7 and _LIST_JOIN.fullmatch(text[other_end:start]):
            return True
        if 0 <= other_start - end <= 7 and _LIST_JOIN.fullmatch(text[end:other_start]):
            return True
    return False
