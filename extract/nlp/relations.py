"""Relations between the entities of a page, each with its sentence as evidence.

COMPARED_TO: a sentence that names another work together with a comparison cue ("reminds
me of", "did this so much better", "couldn't be more different"), or together with the
reviewed work itself; a cue sentence about the reviewed work carries over to a work named in
the next sentence. Any two works a cue joins are compared, with or without a reviewed work;
the reviewed work is an end where the sentence points at it ("it", "this one", "the
reboot"), and "the original", "the first film" or "its predecessor" stand for the series'
earlier film when the page names it. Without a cue word, "the Citizen Kane of ramen films"
and "from The Big Sleep to Chinatown" after the reviewed work compare too.

CITES: a critic referring to another critic's review or post. RECOMMENDS: a commenter
suggesting a work. DIRECTED, ACTED_IN, WROTE, ADAPTED_FROM: from the gazetteer's
credits of the page's films and from text cues ("Spike Jonze's Her", "Philip K. Dick's novel").
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import pairwise

from base.vocab import Rel
from extract.nlp import co_mentions, pair_model
from extract.nlp.cues import LEFT, RIGHT, Cue
from extract.nlp.gates import case_blind_view, holds_any
from extract.nlp.gazetteer import Gazetteer
from extract.nlp.spans import group_by_span
from extract.nlp.textnorm import fold, name_key
from extract.nlp.verdicts import guarded
from extract.records import Mention, Relation

EXTRACTOR = "reelgraph.relations/1"
_CITE = re.compile(  # every alternative starts a word, and no word can be split two ways: linear
    r"(?<![\w’'])(?:(?:my friend|my pal|fellow blogger)\s+(?P<a>[A-Z][\w’']+)\s+(?:wrote|writes|reviewed|posted)"
    r"|(?:as\s+)?(?P<b>[A-Z][\w’']+)(?:[’']s)?\s+(?:(?:has\s+)?mentioned|wrote|writes|said|says|called|argued|noted)\b[^.]{0,80}?\b(?:post|review|piece|blog)"
    r"|(?P<c>[A-Z][\w’']+)\s+(?:at|over at|from)\s+(?:[A-Z][\w’']+\s){1,4}"
    r"(?:wrote|writes|called|said|says|was|has|gave|loved)"
    r"|(?P<d>[A-Z][\w’']+)[’']s\s+(?:review|post|write-up|piece))"
)
_RECOMMEND = guarded(  # present suggestions only: "which I recommended last year" is not one
    r"\b(?:i|i'd|i’d|we|highly|to|must|strongly) (?:\w+ )?recommend\b|should (?:check|see|read|watch)\b"
    r"|check it out|you(?:'d|’d| would| will) love|have to see|must[- ]see",
    re.I,
)
# what every match of _RECOMMEND holds, lower-cased: a unit holding none of them recommends nothing
_RECOMMEND_WORDS = ("recommend", "should ", "check it out", "love", "have to see", "must")
_ADAPTED = re.compile(r"\b(?:based on|adapts|adapted from|source novel|adaptation of)\b", re.I)
_ADAPTED_WORDS = ("based on", "adapt", "source novel")


@dataclass(slots=True)
class UnitFacts:
    """One unit's text, author and mentions, for the relation rules."""

    unit: str
    text: str
    author: str | None
    sentences: list[tuple[int, int]]
    mentions: list[Mention]
    is_pingback: bool = False
    cues: list[Cue] = field(default_factory=list)
    # name -> the units of the page that mention it (extract.nlp.end_evidence.units_naming): a
    # comparison's end another unit names is attested ("better than Dominion" in a comment)
    named_in: Mapping[str, frozenset[str]] = field(default_factory=dict)
    by_sentence: list[list[Mention]] = field(default_factory=list)

    def __post_init__(self) -> None:
        groups = group_by_span([m.start for m in self.mentions], self.sentences)
        self.by_sentence = [[self.mentions[i] for i in group] for group in groups]


def _stated(
    kind: Rel,
    source: str,
    target: str,
    facts: UnitFacts,
    span: tuple[int, int],
    kinds: tuple[str, str],
    confidence: float,
    **extra: str | None,
) -> Relation:
    """A relation stated by one sentence of a unit, with that sentence as its evidence."""
    sentence = " ".join(facts.text[span[0] : span[1]].split())
    return Relation(
        kind,
        source,
        target,
        facts.unit,
        sentence,
        confidence=confidence,
        start=span[0],
        end=span[1],
        extractor=EXTRACTOR,
        source_kind=kinds[0],
        target_kind=kinds[1],
        **extra,
    )


_POINTER = guarded(
    r"\b(?:it|its|this(?: one| film| movie| picture| version)?|the new (?:one|film|movie|version)"
    r"|th(?:e|is) (?:film|movie|picture|flick|sequel|remake|reboot|prequel|adaptation|documentary))\b",
    re.I,
)
# the earlier film of the reviewed one's series, named by its place: "worse than the original"
_EARLIER = guarded(
    r"\b(?:the|its) (?:(?P<first>original|first (?:one|film|movie|instal?lment|entry|part))"
    r"|(?P<previous>predecessor|previous (?:one|film|movie|instal?lment|entry)|last (?:one|film|movie)))\b"
    r"(?! (?:score|song|soundtrack|screenplay|music|cast|script|novel|book|story|title|ending|trailer|idea|cut))",
    re.I,
)
# "the original Psycho", "the first Avengers": a film named as the earlier one of a series or a remake
_PLACE_BEFORE = re.compile(r"\b(?:the|its) (?:original|first|earlier|previous)\s+[“\"‘']?$", re.I)
_LIST_GAP = re.compile(  # "beside anything in Kung Fu Hustle": a pronoun for a part of the work too
    r"(?:[\s,“”\"‘’'(!?]|\b(?:[A-Z][\w.’'-]*|and|or|nor|to|the|a|an|of|in|with|as|even"
    r"|anything|everything|something|the one|those|from)\b|[’']s\b){0,40}"
)
_CLAUSE_BREAK = re.compile(r"[()\[\];:–—]")
_COPULA_BEFORE = re.compile(
    r"\s+(?:is|was|are|were|’s|'s|remains|feels like|(?:tries|tried|wants|wanted) to be)\s+(?:[\w’'-]+\s+){0,4}"
)
_RANKED = frozenset({LEFT, RIGHT, "ranking"})
_JOINED = re.compile(r"[”\"’']?\s*(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or|&)\s+)[“\"‘']?")
# a title naming people, not a work: "more risks than any Star Wars director"
_MODIFIES_PERSON = re.compile(
    r"[’']?\s+(?:director|directors|filmmaker|actor|actors|actress|star|stars|fan|fans|character|characters"
    r"|villain|hero|heroine|composer|writer|writers|cast|crew|creator|creators|alum|alumni|veteran)\b"
)
# a maker's other work named as such is a filmography, not a comparison ("the guy who made
# Hostel", "whoever directed Cats"). Read on the text right before the work. (A maker's "last
# film, X", "a double bill with X" and "saw it the same year as X and liked this one more" stay
# comparisons: the pages' writers and tests/test_comparisons_general.py count them.)
_NOT_COMPARED_BEFORE = re.compile(
    r"(?:\b(?:who|whoever|that)\s+(?:had\s+|has\s+|also\s+|once\s+|later\s+)?(?:made|directed|shot|gave us|brought us)"
    # an actor's earlier part: "Faist, who I'd only seen dancing in West Side Story", "best known for X"
    r"|\b(?:who|whom)\s+(?:I|I[’']d|I[’']ve|I had|we|we[’']d)\s+(?:only\s+|last\s+|first\s+|mostly\s+)?"
    r"(?:seen|saw|known|knew|remembered)\s+(?:[a-z]+\s+){0,2}(?:in|from)"
    r"|\bbest known (?:for|from))"
    r"\s+[“\"‘']?$"
)
_NOT_COMPARED_TRIGGER = re.compile(r"\b(?:made|directed|shot|gave|brought|seen|saw|known|knew|remembered)\b")
_PLAYED_AS = re.compile(r"\s+as\s+(?:the\s+)?[“\"‘']?")
_ACTOR_AFTER = re.compile(r"[”\"’']?\s*\(")
_NOT_COMPARED_KINDS = frozenset({"song"})  # a song is no work a film is compared to
_FROM_BEFORE = re.compile(r"(?:^|\s)from\s+[“\"‘']?$", re.I)
_TO_BETWEEN = re.compile(r"[”\"’']?\s+to\s+[“\"‘']?")
_THE_BEFORE = re.compile(r"(?:^|\s)(?:the|a|an)\s+$", re.I)
_OF_A_KIND = re.compile(r"\s+of\s+(?:the\s+|its\s+|their\s+|this\s+|a\s+)?(?!\d{4}\b)[\w’'-]")


def _the_x_of(ends: list[_End], text: str, reviewed: str | None) -> list[_End]:
    """Works set beside the reviewed work, named before them in the sentence, without a cue
    word: as a type ("it is the Citizen Kane of ramen films", "the Silent Running of its
    generation") or as the ends of a range ("everything after it, from The Big Sleep to
    Chinatown")."""
    if reviewed is None:
        return []
    found = []
    for index, end in enumerate(ends):
        if end.name == reviewed or not any(e.name == reviewed for e in ends[:index]):
            continue
        if _THE_BEFORE.search(text, max(0, end.start - 5), end.start) and _OF_A_KIND.match(text, end.end):
            found.append(end)
        after = ends[index + 1] if index + 1 < len(ends) else None
        if (
            after is not None
            and after.name != reviewed
            and _FROM_BEFORE.search(text, max(0, end.start - 7), end.start)
            and _TO_BETWEEN.fullmatch(text, end.end, after.start)
        ):
            found += [end, after]
    return found


# "it's just X in a trench coat", "Vampyr is Eraserhead fifty years early", "Flightplan was
# basically this on a plane": one end, a copula (hedged or not), then the other end at once
_IS_GAP = re.compile(
    r"[”\"’']?\s*(?:is|was|’s|'s|feels like|felt like|plays like|played like)\s+"
    r"(?:(?:just|basically|essentially|really|simply|pretty much|more or less|kind of|sort of|practically"
    r"|literally|little more than|nothing more than|nothing but|also|still|only|like|a|an)\s+)*"
    r"(?:(?:[A-Z][\w.-]*\s+){1,3}?[A-Z][\w.-]*[’']s\s+)?[“\"‘']?"
)
_SWALLOWED = re.compile(r"\s(?:for)\s+(?:the\s+|a\s+)?[A-Z][\w-]*$")
_NOT_IDENTITY_AFTER = re.compile(r"[”\"’']?\s*(?:[’']s\b|that\b|who\b|which\b|of\b|and\s+I\b)")


def _identity(ends: list[_End], text: str) -> list[tuple[_End, _End]]:
    """Two ends joined by a copula and nothing else: the one is the other, retold ("It's Wait
    Until Dark for the streaming age", "Vampyr is Eraserhead fifty years early", "Mortal Kombat
    is this movie with a video game stapled on"). Not a cleft ("It was Jaws that ..."), a
    possessive ("It is Cage's film") nor "the X of" (another rule)."""
    found = []
    for one, other in pairwise(ends):
        if one.name == other.name or other.start - one.end > 80:
            continue
        if _SWALLOWED.search(text, other.start, other.end):
            continue  # "It is Alien for the TikTok generation": a name run that took in its joiner
        if _IS_GAP.fullmatch(text, one.end, other.start) and not _NOT_IDENTITY_AFTER.match(text, other.end):
            found.append((one, other))
    return found


_SUBJECT_REACH = 60
_STRICT_POINTER = guarded(r"\bthis (?:one|film|movie|picture)\b", re.I)
_PREFERRED = {LEFT: "this preferred", RIGHT: "other preferred"}
_FLIP = {LEFT: RIGHT, RIGHT: LEFT}


@dataclass(frozen=True, slots=True)
class _End:
    """One end a comparison may join: a work named in the sentence, or the reviewed work
    (named, or pointed at with "it", "this one", "the film")."""

    start: int
    end: int
    name: str
    kind: str
    referred: bool = False  # "the original", "its predecessor": a series film named by its place


_SEQUEL = re.compile(r"(?P<stem>.+?) (?:(?P<number>\d{1,2})|(?P<roman>ii|iii|iv|v|vi)|part (?P<part>\w+))(?=$|[ :])")
_ROMAN = {"ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6, "two": 2, "three": 3, "four": 4, "2": 2, "3": 3, "4": 4}


def _place(key: str) -> int:
    """A series film's number from its title's key: "anchorman 2: ..." 2, "the godfather part iii"
    3, no number 1."""
    match = _SEQUEL.match(key)
    if match is None:
        return 1
    raw = match.group("number") or match.group("roman") or match.group("part")
    return int(raw) if raw.isdigit() else _ROMAN.get(raw, 1)


def _series(reviewed: str | None, works: set[str]) -> tuple[str, str] | None:
    """The first and the latest earlier film of the reviewed one's series among the page's works:
    the works whose name starts the reviewed title ("Speed" for "Speed 2: Cruise Control", "The
    Godfather" and "The Godfather Part II" for "The Godfather Part III"), or that share the stem
    before the reviewed title's number with a lower number ("Anchorman: The Legend of Ron
    Burgundy" for "Anchorman 2: The Legend Continues")."""
    if not reviewed:
        return None
    key = name_key(reviewed)
    earlier = [w for w in works if key.startswith(name_key(w) + " ") or key.startswith(name_key(w) + ":")]
    sequel = _SEQUEL.match(key)
    if sequel is not None:
        stem, place = sequel.group("stem").removeprefix("the "), _place(key)
        for work in works:
            other = name_key(work)
            bare = other.removeprefix("the ")
            numbered = _SEQUEL.match(bare) is not None and bare.startswith(stem + " ")
            same_series = bare == stem or bare.startswith(stem + ":") or numbered
            if work not in earlier and other != key and same_series and _place(other) < place:
                earlier.append(work)  # "Terminator Genisys", with no number, is no earlier film
    if not earlier and ":" in key:  # "Kingsman: The Secret Service" for "Kingsman: The Golden Circle"
        stem = key.split(":", 1)[0] + ":"
        siblings = [w for w in works if name_key(w).startswith(stem) and name_key(w) != key]
        earlier = siblings if len(siblings) == 1 else []  # the one other film of the franchise the page names
    if not earlier:
        return None
    earlier.sort(key=lambda w: (_place(name_key(w)), len(w)))
    return earlier[0], earlier[-1]


_TITLE_WORD = re.compile(r"[a-z0-9]{3,}")
_COMMON = frozenset("the and part movie film story".split())


@lru_cache(maxsize=4096)
def _same_series(name: str, reviewed: str | None) -> bool:
    """Whether "the first X", "the original X" can be the reviewed work's earlier film: X shares a
    title word with it ("the original Psycho", "the first Avengers"); "the first Oscar" cannot."""
    if not reviewed:
        return False
    words = set(_TITLE_WORD.findall(name_key(name))) - _COMMON
    return bool(words & set(_TITLE_WORD.findall(name_key(reviewed))))


@lru_cache(maxsize=4096)
def _later_entry(name: str, reviewed_key: str) -> bool:
    """Whether ``name`` is a later film of the series the reviewed work opens: "Top Gun: Maverick",
    "Paddington 2" for "Paddington" (its title, then a colon or a number)."""
    key = name_key(name)
    return key.startswith(reviewed_key + ":") or (
        key.startswith(reviewed_key + " ") and _place(key) > 1 and _SEQUEL.match(key) is not None
    )


_RESUMING = re.compile(r"[”\"’']?\s*[,:]\s*")


# a verb of doing right after a named work and before "it": "Alien did it better than Event Horizon",
# "The Thing pulled it off first": "it" is the deed (the reviewed film's idea), the work its doer
_DEED = re.compile(
    r"[”\"’')]?\s+(?:\(\d{4}\)\s+)?(?:(?:already|also|really|just|actually|still|simply|arguably|had|has|have)\s+){0,2}"
    r"(?:did|does|do|done|pulled|pulls|handled|handles|nailed|nails|managed|manages)\s+$",
    re.I,
)


def _deed(text: str, pointer: re.Match[str], taken: list[tuple[int, int]]) -> bool:
    """Whether "it" is the object of a verb of doing whose subject is a work named right before:
    "Alien did it better than Event Horizon" compares Alien with Event Horizon, and "Alien did it
    better" Alien with the reviewed work (its implicit other end), not "it" with anything."""
    if pointer.group().lower() != "it":
        return False
    return any(_DEED.fullmatch(text, end, pointer.start()) for _, end in taken if 0 < pointer.start() - end <= 40)


def _resumes(text: str, pointer: re.Match[str], taken: list[tuple[int, int]]) -> bool:
    """Whether "it" takes up a work named right before it: "Evil Does Not Exist, it's better than
    Drive My Car", "watch Tropic Thunder again: it did this better" (that work, not the page's)."""
    if pointer.group().lower() != "it":
        return False
    return any(_RESUMING.fullmatch(text, end, pointer.start()) for _, end in taken if end <= pointer.start())


def _ends(
    facts: UnitFacts,
    span: tuple[int, int],
    mentions: list[Mention],
    reviewed: str | None,
    series: tuple[str, str] | None = None,
) -> list[_End]:
    reviewed_key = name_key(reviewed) if reviewed else None
    ends = [
        _End(
            m.start,
            m.end,
            reviewed if name_key(m.name) == reviewed_key and reviewed else m.name,
            m.kind,
            referred=name_key(m.name) != reviewed_key
            and _same_series(m.name, reviewed)  # (cached) before the pattern: most works share no word with it
            and _PLACE_BEFORE.search(facts.text, max(0, m.start - 20), m.start) is not None,
        )
        for m in mentions
    ]
    if series is not None:  # "not as good as the first film": the series' first film, named elsewhere on the page
        taken = [(m.start, m.end) for m in mentions]
        for match in _EARLIER.finditer(facts.text, span[0], span[1]):
            if not any(s <= match.start() < e for s, e in taken):
                name = series[0] if match.group("first") else series[1]
                ends.append(_End(match.start(), match.end(), name, "film", referred=True))
    elif reviewed_key and any(_later_entry(m.name, reviewed_key) for m in mentions):
        # "Top Gun: Maverick is better than the original" on a page about the first film: the page's work
        taken = [(m.start, m.end) for m in mentions]
        for match in _EARLIER.finditer(facts.text, span[0], span[1]):
            if match.group("first") and not any(s <= match.start() < e for s, e in taken):
                ends.append(_End(match.start(), match.end(), reviewed or "", "film"))
    if reviewed and not any(e.name == reviewed for e in ends):  # "it" is the reviewed work unless that is named
        taken = [(m.start, m.end) for m in mentions]
        for match in _POINTER.finditer(facts.text, span[0], span[1]):
            if (
                not any(s <= match.start() < e for s, e in taken)
                and not _resumes(facts.text, match, taken)
                and not _deed(facts.text, match, taken)
            ):
                ends.append(_End(match.start(), match.end(), reviewed, "film"))
    return sorted(ends, key=lambda e: e.start)


_THAT_ONE = re.compile(
    r"\b[Tt]hat (?:one|film|movie|picture)\b(?! (?:of|about|with|where|which|I|you|we|he|she|they)\b)"
)


def _that_one(
    text: str, span: tuple[int, int], ends: list[_End], previous: list[_End], reviewed: str | None
) -> list[_End]:
    """ "that one", "that film" as the last other work of the sentence before, where this sentence
    names no other work before it ("I rewatched A Fistful of Dollars. That one is basically Yojimbo
    with ponchos"): "this one" is the page's work, "that one" the other."""
    match = _THAT_ONE.search(text, span[0], span[1])
    if match is None or any(e.start <= match.start() < e.end for e in ends):
        return ends
    before = [e for e in ends if e.end <= match.start() and e.name != reviewed and not e.referred]
    if not before and not previous:
        return ends
    other = before[-1] if before else previous[-1]  # "I'd seen X before this, and where that one was ..."
    return sorted([*ends, _End(match.start(), match.end(), other.name, other.kind)], key=lambda e: e.start)


_Pair = tuple[_End | None, _End | None, str]
# works of the sentence before, named again as a group: "better than both of them", "Where those films ..."
_ANAPHOR = guarded(
    r"\b(?:(?:both|either|neither|none) of (?:them|these|those)|both|either(?: one)?|neither|all three|all of them"
    r"|the (?:two|three|four|other two|other three|others|rest)"
    r"|th(?:ose|ese) (?:two |three |four |other )?"
    r"(?:films|movies|pictures|ones|sequels|classics|titles|shows|entries))\b",
    re.I,
)
_RANKING = re.compile(r"\b(?:best|worst|better|worse|favou?rite|weakest|strongest|finest|greatest)\b", re.I)
# "X is the masterpiece, sure. But I rewatch this one more."
_CONCESSION = re.compile(r"\s*(?:But|Yet|Though|However|That said)\b")
# "Fargo is the one everybody names, but this is the one I rewatch", "X kept its idea simple; this
# one keeps adding rules": a work opening the sentence, then a clause opened by "this (one)"
_TURN_TO_THIS = re.compile(r"(?:,\s*(?:but|while|whereas)|;|\s+(?:but|whereas))\s+this(?: one| film| movie)?\s")
# "Giant monster films don't get better than this. Not even Cloverfield."
_FRAGMENT = re.compile(r"\s*(?:Not even|Not|Or|Nor|Except|Even|Especially|Let alone)\b")


def _backward(
    cues: list[Cue], sentence: str, offset: int, previous: list[_End], points: bool, names_reviewed: bool
) -> list[tuple[_End, str]]:
    """Works of the sentence before that a sentence naming no other work compares with the reviewed
    one: through a group word after a cue ("This is better than both of them", "Where those films
    had a masked man, this one ..."), or by a conceding turn that names the reviewed work ("X is
    the masterpiece, sure. But I rewatch this one more")."""
    if not previous:
        return []
    group = _ANAPHOR.search(sentence)
    if group is not None and points and cues and cues[0].start - offset <= group.start():
        polarity = [c for c in cues if c.start - offset <= group.start()][-1].polarity
        return [(e, polarity) for e in {e.name: e for e in previous}.values()]
    if group is not None and points and _RANKING.search(sentence, 0, group.start()):  # "the best of the three"
        return [(e, "ranking") for e in {e.name: e for e in previous}.values()]
    if group is not None and points and not sentence[: group.start()].strip(" \"“‘'") and cues:
        return [(e, cues[0].polarity) for e in {e.name: e for e in previous}.values()]  # "Neither has matched this."
    if names_reviewed and _CONCESSION.match(sentence) and len({e.name for e in previous}) == 1:
        return [(previous[0], "contrast")]
    return []


_BARE_GRADES = frozenset({"better-alone", "worse-alone", "comparative", "graded"})


def _graded_after(cues: list[Cue], previous: list[_End], points: bool) -> list[tuple[_End, str]]:
    """The one work of the sentence before, graded against the reviewed work by a bare comparative
    in a sentence that points at it and names no other work: "I loved The Prestige. This one is
    even better.", "Split had a twist. Glass is far weaker." """
    named = {e.name: e for e in previous}
    grade = next((c for c in cues if c.name in _BARE_GRADES), None)
    if not points or grade is None or len(named) != 1:
        return []
    return [(next(iter(named.values())), grade.polarity)]


_CLAUSE_OPENS = re.compile(r"(?:^|[,;]\s+(?:and\s+|but\s+)?)(?:[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2}[’']s\s+)?[“\"‘']?$")
_ONE_IS = re.compile(r"[”\"’']?\s+(?:is|was)\s+the\s+(?:one|film|movie)\b")


def _parallel(sentence: str, offset: int, ends: list[_End], reviewed: str | None) -> list[_End]:
    """The works set against "this" in a later clause, with no cue word: the work that opens the
    sentence, and a later clause's "X is the one ..." ("Totoro is on the merch, Spirited Away is the
    one that won the Oscar, but this is the one I put on")."""
    others = [e for e in ends if e.name != reviewed and not e.referred]
    if not others or reviewed is None:
        return []
    found = [others[0]] if not sentence[: others[0].start - offset].strip(" \"“‘'(") else []
    found += [
        e
        for e in others
        if e not in found
        and _CLAUSE_OPENS.search(sentence, 0, e.start - offset)
        and _ONE_IS.match(sentence, e.end - offset)
    ]
    if not found:
        return []
    turn = _TURN_TO_THIS.search(sentence, found[-1].end - offset)
    if turn is None or any(e.name != reviewed and offset + turn.start() <= e.start for e in ends):
        return []  # another work after the turn: the cue rules read it
    return found


def _than_group(
    cues: list[Cue], sentence: str, offset: int, ends: list[_End], previous: list[_End], reviewed: str | None
) -> list[tuple[str, str, str]]:
    """A work of this sentence set against the works of the sentence before by a cue and a group
    word: "Herzog's documentary My Best Fiend is more interesting than either of them", "Event
    Horizon, which is nastier than both"."""
    group = _ANAPHOR.search(sentence)
    if group is None or not previous:
        return []
    cue = next((c for c in cues if not sentence[c.end - offset : group.start()].strip()), None)
    if cue is not None and " of " not in group.group() and not sentence[: cue.end - offset].lower().endswith("than"):
        return []  # "than either of them", "nastier than both"; not "neither of them has this" nor a bare "either"
    subject = next((e for e in reversed(ends) if cue and e.end <= cue.start and e.name != reviewed), None)
    if cue is None or subject is None:
        return []
    return [
        (subject.name, e.name, cue.polarity) for e in {e.name: e for e in previous}.values() if e.name != subject.name
    ]


def _likened(end: _End, cues: list[Cue], ends: list[_End], reviewed: str | None) -> bool:
    """Whether a likeness cue sets ``end`` beside another work named before that cue ("X is
    basically Y", "X, like Y"): then ``end`` describes X, it is no member of a group after them."""
    return any(
        c.polarity == "similar"
        and c.end <= end.start
        and any(o.end <= c.start and o.name not in {reviewed, end.name} for o in ends)
        for c in cues
    )


def _grouped(
    cues: list[Cue], sentence: str, offset: int, ends: list[_End], reviewed: str | None, points: bool
) -> list[tuple[_End, str]]:
    """Works named earlier in a sentence that a group word then sets against the reviewed work:
    "Carney made Once and Begin Again; this is the best of the three", "X would get stranger and
    Y more polished, but none of them has matched this one" (a cue or a ranking word beside it)."""
    group = _ANAPHOR.search(sentence)
    if reviewed is None or group is None or not points:
        return []
    named = {e.name: e for e in ends if e.name != reviewed and not e.referred and e.end - offset <= group.start()}
    for likened in [e for e in named.values() if _likened(e, cues, ends, reviewed)]:
        del named[likened.name]  # "That one is basically Yojimbo ..., but neither of them": Yojimbo describes it
    if not named:
        return []
    after = [c for c in cues if 0 <= c.start - offset - group.start() <= 40]  # "none of them has matched this"
    before = [c for c in cues if 0 < group.start() - (c.end - offset) <= 20]  # "better than both of them"
    near = after[:1] or before[-1:]
    if near:
        return [(e, near[0].polarity) for e in named.values()]
    if _RANKING.search(sentence, max(0, group.start() - 30), group.end()):
        return [(e, "ranking") for e in named.values()]
    return []


_POSSESSIVE = re.compile(r"its", re.I)  # "of its generation": the reviewed work's, no subject
_FRAGMENT_CUES = frozenset({"fronted-more", "fronted-less"})


def _as_object(cue: Cue) -> Cue:
    """A ``modifier`` cue with no work right before it: it takes the works after it."""
    return Cue(cue.start, cue.end, cue.name, "object", cue.polarity, cue.governed, cue.plain_subject, cue.beyond)


# a relative clause opened right after a work an earlier cue took as its object: that work is
# the clause's subject ("a step up from A Fistful of Dollars, which was basically Yojimbo")
_RELATIVE_TO = re.compile(r"[”\"’']?(?:\s+(?:too|also|again))?\s*,\s*(?:which|that)\s+", re.I)
_FRONTED = frozenset({"where-clause", "if-clause"})
_OBJECT_ONLY = frozenset({"wanted-own"})  # cues that say nothing of a subject: only a work right after
_NO_SUBJECT = frozenset({"wanted-own", "previous-work"})
_NO_OBJECT = frozenset({"graded"})
_STRICTLY_ADJACENT = frozenset({"wanted-own", "previous-work", "closest-thing"})
# a suggestion or choice the reader or viewer makes: no work is its subject ("... The Walking Dead, go see X")
_IMPERATIVES = frozenset({"try-next", "have-you-seen", "give-me"})
_WHICH_THIS = re.compile(r"[”\"’']?\s*,?\s*(?:which|that)\s+[“\"‘']?", re.I)
# cues that are nouns: the work before one is its subject only through a copula ("X is a remake")
_NOUN_CUES = frozenset({"version", "homage", "modifier-noun", "benchmark"})


_OPENS_CLAUSE = re.compile(r"[,;]\s+(?:and|but|while|whereas)\s+[“\"‘']?$")


def _before_new_clause(right: list[_End], cue: Cue, text: str, reviewed: str | None) -> list[_End]:
    """The works after a cue up to one that opens a clause of its own after words that are no list
    of titles ("a mix of dread and tenderness, and Solaris has its ghosts"; not "a cross between
    Alien, Jaws, and Solaris")."""
    kept: list[_End] = []
    after = cue.end
    for end in right:
        gap = text[after : end.start]
        if _OPENS_CLAUSE.search(gap) and not _LIST_GAP.fullmatch(gap) and not cue.compares(end.start, end.end):
            break
        kept.append(end)
        if end.name != reviewed:  # "it", "the movie" in the words between are no listed title
            after = end.end
    return kept


def _clause_pointer(cue: Cue, ends: list[_End], reviewed: str | None, text: str, next_cue: int) -> _End | None:
    """The reviewed work opening the main clause after a fronted clause ("Where X ..., it ...",
    "Where X is still, bitter and slow, Y is kinetic": after any of the clause's commas), or
    another work opening it after the clause's last comma ("Where Häxan shows you everything,
    Vampyr hides it"; on a list post, with no reviewed work)."""
    comma = text.find(",", cue.end, next_cue)
    other = None
    while comma >= 0:
        pointer = next((e for e in ends if e.name == reviewed and 0 < e.start - comma <= 2), None)
        if pointer is not None and reviewed is not None:
            return pointer
        other = next((e for e in ends if not e.referred and 0 < e.start - comma <= 2), None)
        comma = text.find(",", comma + 1, next_cue)
    return other


def _left_of(cue: Cue, ends: list[_End], used_as_object: set[int], text: str) -> list[_End]:
    """The ends before a cue that may be its subject: not a work an earlier cue took as its object
    (unless a relative clause opens right after it), not "its"; none for a fronted "Less X, more Y"."""
    if cue.name in _FRAGMENT_CUES:  # "Less X, more Y": each against the reviewed work
        return []
    return [
        e
        for e in ends
        if e.end <= cue.start
        and (e.start not in used_as_object or _RELATIVE_TO.fullmatch(text, e.end, cue.start))
        and not _POSSESSIVE.fullmatch(text, e.start, e.end)
    ]


def _first_object_start(cue: Cue, left: list[_End], text: str) -> int:
    """Where a cue's objects may start: a parsed comparative spans its verb to its adjective ("did
    the same thing again in [Blow Out], with more blood"): a work inside that span follows the verb,
    unless a work before it is the verb's subject ("Don't Breathe used Detroit better")."""
    if cue.name == "comparative" and not (left and _TO_VERB.fullmatch(text, left[-1].end, cue.start)):
        return cue.start + 1
    return cue.end


def _shaped_pairs(
    cue: Cue,
    ends: list[_End],
    left: list[_End],
    right: list[_End],
    used_as_object: set[int],
    reviewed: str | None,
    next_cue: int,
    text: str,
) -> list[_Pair] | None:
    """The pairs of a cue whose shape places its works itself (suffix, modifier, preceding, binary,
    between) or that opens a fronted clause; None for the ``object`` and ``adjacent`` cues."""
    if cue.shape in {"suffix", "modifier"}:
        target = next((e for e in ends if 0 <= cue.start - e.end <= 1), None)
        if target is None:
            return (
                []
                if cue.shape == "suffix"
                else _pairs_of_cue(_as_object(cue), ends, used_as_object, reviewed, next_cue, text)
            )
        subject = next((e for e in reversed(ends) if e.end <= target.start), None)
        if subject is not None and _COPULA_BEFORE.fullmatch(text, subject.end, target.start):
            return [(subject, target, cue.polarity)]  # "Forbidden World is the better Alien knock-off"
        return [(None, target, cue.polarity)]
    if cue.shape == "preceding":  # "see Primer, Timecrimes or Triangle instead": each against the reviewed work
        clause = [e for e in left if not _CLAUSE_BREAK.search(text, e.end, cue.start) and e.name != reviewed]
        return [(None, e, cue.polarity) for e in clause]
    if cue.name in _FRONTED:  # "Where Alien ..., this one ...": the clause's works against the pointer
        pointer = _clause_pointer(cue, ends, reviewed, text, next_cue)
        if pointer is None:
            return []
        turned = None if pointer.name == reviewed else pointer  # the reviewed work, or the other one named
        return [(turned, e, cue.polarity) for e in right if e.end <= pointer.start and e.name != pointer.name]
    if cue.shape == "binary":
        return _binary_pairs(cue, ends, right, reviewed, text)
    if cue.shape == "between":  # "(it is) a cross between Alien and Jaws": the subject against each
        right = _before_new_clause(right, cue, text, reviewed)  # not "a mix of dread and tenderness, and Solaris has"
        subject = left[-1] if left else None
        between: list[_Pair] = [(subject, e, cue.polarity) for e in right]
        if subject is None and reviewed is None:
            between += [(right[0], e, cue.polarity) for e in right[1:]]
        return between
    return None


def _binary_pairs(cue: Cue, ends: list[_End], right: list[_End], reviewed: str | None, text: str) -> list[_Pair]:
    """The work before a binary cue against the work after it ("Alien meets Jaws")."""
    left = [e for e in ends if e.end <= cue.start and not _POSSESSIVE.fullmatch(text, e.start, e.end)]
    if not left or not right:
        return []
    if cue.name == "turn-into":  # "Leone turned Yojimbo into A Fistful of Dollars": the two named works
        return [(left[-1], right[0], cue.polarity)]
    if reviewed is not None and reviewed not in {left[-1].name, right[0].name}:
        # "it is Alien meets Jaws", "the sky stuff is pure Alien by way of Jaws": the review's film is both
        return [(None, left[-1], cue.polarity), (None, right[0], cue.polarity)]
    return [(left[-1], right[0], cue.polarity)]


def _pairs_of_cue(
    cue: Cue, ends: list[_End], used_as_object: set[int], reviewed: str | None, next_cue: int, text: str
) -> list[_Pair]:
    """(left, right, polarity) pairs one cue states; ``None`` on the left is the reviewed work left implicit."""
    left = _left_of(cue, ends, used_as_object, text)
    if cue.name == "liked-this-more":  # "Saw it the same year as X and liked this one more": X against this
        return [(None, e, cue.polarity) for e in left if e.name != reviewed]
    first = _first_object_start(cue, left, text)
    right = [e for e in ends if first <= e.start < next_cue]
    if cue.name in _NO_OBJECT:  # "Sunrise is the more beautiful film and Nosferatu ...": the subject only
        right = []
    if cue.name in _NO_SUBJECT:  # "Murnau's last film, Tabu": the maker's, no work's
        left = []
    adjacent: list[_End] = []
    if cue.shape == "adjacent":
        right = adjacent = right[:1] if right and right[0].start - cue.end <= 2 else []
        if not right and cue.name in _OBJECT_ONLY:
            return []  # "wanted a space blockbuster, hired the director of Get Carter": no work wanted
    shaped = _shaped_pairs(cue, ends, left, right, used_as_object, reviewed, next_cue, text)
    if shaped is not None:
        return shaped
    return _object_pairs(cue, ends, left, adjacent, used_as_object, reviewed, (first, next_cue), text)


def _object_pairs(
    cue: Cue,
    ends: list[_End],
    left: list[_End],
    adjacent: list[_End],
    used_as_object: set[int],
    reviewed: str | None,
    reach: tuple[int, int],
    text: str,
) -> list[_Pair]:
    """The pairs of an ``object`` or ``adjacent`` cue: its subject (or the reviewed work) against
    the works the parse puts under it (``reach``: where they may start, the next cue); with none,
    its subject against the reviewed work."""
    first, next_cue = reach
    right = [
        e
        for e in ends
        if e.start >= first
        and (
            cue.compares(e.start, e.end)
            or (e.start < next_cue and _LIST_GAP.fullmatch(text[min(cue.end, e.start) : e.start]))
        )
    ]
    if cue.name in _NO_OBJECT:
        right = []
    elif cue.name in _STRICTLY_ADJACENT:
        right = adjacent  # the work right after the cue, not the works its clause governs
    if left and right:  # "the killer has more heart and the ending of that one ...": its subject again
        right = [e for e in right if e.name != left[-1].name]
    left = [] if cue.name in _IMPERATIVES else _clause_subjects(cue, ends, left, right, reviewed, text)
    if cue.name == "is-basically":  # "is basically X and Y in New York": the titles joined to the first
        right = _joined_run(right, text)
    if right:
        used_as_object.update(e.start for e in right)
        if left:
            return [(left[-1], e, cue.polarity) for e in right]
        if reviewed is None and len(right) >= 2:  # "Like Alien, Jaws ...": the first against the rest
            return [(right[0], e, cue.polarity) for e in right[1:]]
        return [(None, e, cue.polarity) for e in right]
    return _subject_only(cue, left, reviewed, text)


def _clause_subjects(
    cue: Cue, ends: list[_End], left: list[_End], right: list[_End], reviewed: str | None, text: str
) -> list[_End]:
    """``left`` without the works the parse puts outside the cue clause's subject, unless "it" takes
    up the work before it ("Dark Star, it's better than X") or the only object is the reviewed work."""
    said = cue.plain_subject
    resumed = (
        said is not None
        and text[said[0] : said[1]].lower() == "it"
        and not any(said[0] <= e.start < said[1] for e in ends)
    )  # "Dark Star, it's better than X": "it" takes up the work before it (see _resumes)
    only_this = bool(right) and all(e.name == reviewed for e in right)  # "... X is better than the original"
    if left and cue.outside_subject(left[-1].start, left[-1].end) and not resumed and not only_this:
        return [e for e in left if not cue.outside_subject(e.start, e.end)]  # the work before is no clause subject
    return left


def _joined_run(right: list[_End], text: str) -> list[_End]:
    """The first of ``right`` and the works joined to it by "and" or a comma."""
    if not right:
        return right
    joined = [right[0]]
    for end in right[1:]:
        if not _JOINED.fullmatch(text, joined[-1].end, end.start):
            break
        joined.append(end)
    return joined


def _subject_only(cue: Cue, left: list[_End], reviewed: str | None, text: str) -> list[_Pair]:
    """A cue with nothing after it: its subject against the reviewed work ("Moon did this so much better")."""
    if len(left) >= 2 and left[-1].name == reviewed and _WHICH_THIS.fullmatch(text, left[-2].end, left[-1].start):
        return [(None, left[-2], cue.polarity)]  # "Blow-Up, which Blow Out riffs on": the object fronted
    if left and left[-1].name == reviewed and reviewed and cue.polarity in _RANKED:
        # "Key Largo, The Big Sleep, Dark Passage: ... but this one is still my favourite"
        return [(None, e, cue.polarity) for e in left if e.name != reviewed]
    subject = left[-1] if left and left[-1].name != reviewed else None
    if subject is None or not _reaches(cue, subject, text):
        return []  # "Cameron had made Aliens, so he knew how to make a sequel": a noun needs "X is a ..."
    subjects = [subject]
    for earlier in reversed(left[:-1]):  # "The Godfather and The Godfather Part II are still ..."
        if earlier.name == reviewed or not _JOINED.fullmatch(text, earlier.end, subjects[-1].start):
            break
        subjects.append(earlier)
    return [(e, None, cue.polarity) for e in reversed(subjects)]


def _reaches(cue: Cue, subject: _End, text: str) -> bool:
    """Whether a work before a cue with no object is its subject: near enough (further where it opens
    its sentence), in the same clause, and before a noun cue only through a copula ("X is a remake")."""
    opening = max(text.rfind(". ", 0, subject.start), text.rfind("\n", 0, subject.start)) + 1
    opens = len(text[opening : subject.start].split()) <= 1
    return not (
        cue.start - subject.end > (2 * _SUBJECT_REACH if opens else _SUBJECT_REACH)
        or _CLAUSE_BREAK.search(text, subject.end, cue.start)
        or (
            cue.name in _NOUN_CUES
            and not text[cue.start : cue.end].lower().endswith(("ed", "ing", "remade"))  # "X remade as a ...": a verb
            and not _COPULA_BEFORE.fullmatch(text, subject.end, cue.start)
        )
    )


# what a section heading holds besides its title: "5.", "#3", "First:", "(1973)", "– ★★★½", "Part 2", quotes
_HEADING_REST = re.compile(
    r"(?:[\s\d.#)(:,/*•·|–—\"'“”‘’-]|[★☆½✩✪⭐]|\b(?:first|second|third|fourth|fifth|next|finally|last|part|no|day"
    r"|film|movie|number|and|the)\b)*",
    re.I,
)
_HEADING_LENGTH = 90
_CREDIT = re.compile(r"\([^()\n]{0,60}\)")


def _lone_lines(facts: UnitFacts, works: set[str]) -> list[tuple[int, int, str]]:
    """(start, end, work) of each short line that holds one work and nothing but a number, a
    label, a year, credits in brackets or a rating: a list item or a section heading."""
    found: list[tuple[int, int, str]] = []
    for mention in facts.mentions:
        if mention.name not in works:
            continue
        line_start = facts.text.rfind("\n", 0, mention.start) + 1
        line_end = facts.text.find("\n", mention.end)
        line_end = len(facts.text) if line_end < 0 else line_end
        if line_end - line_start > _HEADING_LENGTH:
            continue
        rest = facts.text[line_start : mention.start] + " " + facts.text[mention.end : line_end]
        rest = _CREDIT.sub(" ", rest)  # "5 – A BETTER TOMORROW (John Woo, 1986)"
        if _HEADING_REST.fullmatch(rest) and (not found or found[-1][0] != line_start):
            found.append((line_start, line_end, mention.name))
    return found


def _next_line(text: str, end: int) -> int:
    """The start of the next non-empty line after position ``end`` (or the text's length)."""
    match = re.compile(r"\s*\n\s*(?=\S)").match(text, end)
    return match.end() if match else len(text)


def _sections(facts: UnitFacts, lone: list[tuple[int, int, str]]) -> list[tuple[int, str]]:
    """(start, work) of each section of a list post ("5. Monty Python and the Holy Grail", "FALLEN
    LEAVES – ★★★★", "First: The Wicker Man (1973)"): a lone work's line followed by prose, not by
    another such line (those are a list). In its section, "it" and "this one" are that work. Only
    where a unit has two such headings or more: one alone is a single review's title. A heading
    is marked as one (a number, a year, credits, a rating, capitals, quotes): a bare name on a line
    of its own is as often a page's furniture ("Where to watch:" then "Amazon Prime", "Plot
    Summary") as a heading."""
    starts = {start for start, _, _ in lone}
    found = [
        (start, name)
        for start, end, name in lone
        if _next_line(facts.text, end) not in starts and _marked_heading(facts.text[start:end].strip())
    ]
    return found if len(found) >= 2 else []


def _marked_heading(line: str) -> bool:
    """Whether a heading's line holds more than a bare name in title case: a number, a year, a
    rating, quotes or a label with it, or the name in capitals; not a label itself ("PLOT SUMMARY:",
    the name of what follows it)."""
    if line.endswith(":"):
        return False
    return not _BARE_NAME.fullmatch(line) or (line.upper() == line and any(ch.isalpha() for ch in line))


_BARE_NAME = re.compile(r"[^\W\d_][\w'’&,.!?-]*(?:[ ][\w'’&,.!?-]+)*")


def _listed(
    facts: UnitFacts, lone: list[tuple[int, int, str]], reviewed: str | None
) -> list[tuple[str, str, str, tuple[int, int]]]:
    """(anchor, work, polarity, line span) for the lone-work lines listed after a line that ends
    with a colon and holds a cue: "Movies like RINGU:" then "Dark Water", "Pulse" on their own
    lines, each against the work named before the colon (or the reviewed work: "If you liked
    this, try:")."""
    found: list[tuple[str, str, str, tuple[int, int]]] = []
    index = 0
    while index < len(lone):
        anchor, polarity = _list_head(facts, lone[index][0], reviewed)
        if anchor is None:
            index += 1
            continue
        found.append((anchor, lone[index][2], polarity, lone[index][:2]))
        index += 1
        while index < len(lone) and lone[index][0] == _next_line(facts.text, lone[index - 1][1]):
            found.append((anchor, lone[index][2], polarity, lone[index][:2]))
            index += 1
    return found


def _list_head(facts: UnitFacts, start: int, reviewed: str | None) -> tuple[str | None, str]:
    """The work and cue polarity of the line before ``start`` where it ends with a colon, holds a
    comparison cue and names one work or none (then the reviewed work)."""
    head_end = len(facts.text[: max(0, facts.text.rfind("\n", 0, start))].rstrip())
    head_start = facts.text.rfind("\n", 0, head_end) + 1
    if not facts.text[head_start:head_end].endswith(":"):
        return _label_head(facts, head_start, head_end, reviewed)

    cue = next((c for c in facts.cues if head_start <= c.start < head_end), None)
    named = {m.name for m in facts.mentions if head_start <= m.start < head_end}
    if cue is None or len(named) > 1 or not (named or reviewed):
        return None, ""
    return (next(iter(named)) if named else reviewed), cue.polarity


_LABEL = re.compile(r"[^\S\n]*[\w ’'-]{1,30}:[^\S\n]*")  # "Similar: ", "See also: "
_LINE_REST = re.compile(r"[\s\d().,;*/–-]*")


def _label_head(facts: UnitFacts, head_start: int, head_end: int, reviewed: str | None) -> tuple[str | None, str]:
    """The reviewed work and the cue's polarity where the line before is a label with a cue and
    one title after its colon ("Similar: My Neighbor Totoro" and a title alone on each line
    after it: each of those is similar to the reviewed work too)."""
    label = _LABEL.match(facts.text, head_start, head_end)
    if label is None or reviewed is None:
        return None, ""
    cue = next((c for c in facts.cues if head_start <= c.start < label.end()), None)
    named = [m for m in facts.mentions if head_start <= m.start < head_end]
    if (
        cue is None
        or len(named) != 1
        or named[0].start != label.end()
        or not _LINE_REST.fullmatch(facts.text, named[0].end, head_end)
    ):
        return None, ""
    return reviewed, cue.polarity


def _range_of(text: str, ends: list[_End], one: str, other: str) -> bool:
    """Whether the sentence names the two works as the ends of a range, "from X to Y": a span of
    a career or a genre, no comparison of the two by itself."""
    return any(
        {end.name, after.name} == {one, other}
        and _FROM_BEFORE.search(text, max(0, end.start - 7), end.start) is not None
        and _TO_BETWEEN.fullmatch(text, end.end, after.start) is not None
        for end, after in pairwise(ends)
    )


_OWN_TEXT = frozenset({"title", "body"})
# between a work and its verb: "Shin Godzilla [really] is", "Birds of Prey gave"
_TO_VERB = re.compile(
    r"[”\"’']?\s+(?:(?:also|really|still|even|just|never|already|actually|certainly|probably|basically|only)\s+){0,2}",
    re.I,
)


_PEOPLE_KINDS = frozenset({"person", "character"})
_COPULA_CUES = frozenset({"is-basically", "is-work"})


def _starts_work(name: str, works: set[str]) -> bool:
    """Whether a name opens a title of the page's works ("Shaun" for "Shaun of the Dead"): maybe
    that work named short, not a part."""
    key = name_key(name) + " "
    return any(name_key(work).startswith(key) for work in works)


def _person_subject(cue: Cue, people: list[Mention], text: str) -> bool:
    """Whether a person or a character stands right before the cue's copula, as its subject."""
    return any(m.end <= cue.start and _TO_VERB.fullmatch(text, m.end, cue.start) for m in people)


def _work_before(cue: Cue, ends: list[_End], reviewed: str | None, text: str) -> bool:
    """Whether another work stands right before the cue's verb, as its subject."""
    return any(e.end <= cue.start and e.name != reviewed and _TO_VERB.fullmatch(text, e.end, cue.start) for e in ends)


def _commenter_subject(facts: UnitFacts, subjects: list[Cue], ends: list[_End], name: str) -> bool:
    """A commenter's sentence with no cue word whose main clause has one other work as its subject:
    "Birds of Prey gave Harley the movie she deserved", "Apocalypse Now is the other big one from
    that era": in a comment under a review, that work is set beside the reviewed one."""
    if facts.unit in _OWN_TEXT or not subjects:  # in the critic's own text such a sentence is often plot or career
        return False
    return any(e.name == name and _TO_VERB.fullmatch(facts.text, e.end, c.start) for c in subjects for e in ends)


# a sentence about the film's music: a title in quotes (or one only a weak rule found) is a song of
# it where a word of music stands right before or after it ("Nina Simone sings "Feeling Good" over
# the last shot", "The numbers are the thing: "Cheek to Cheek" is as lovely as they say", "the band
# playing "From Her to Eternity"", "Let It Go is a proper showstopper"); not across a comparison
# word ("a better soundtrack than "Grease"", "the band is better than in "Vertigo"")
_MUSIC_WORDS = (
    r"sings?|sang|sung|singing|singers?|songs?|numbers|showstoppers?|duets?|ballads?|anthems?|lyrics|tunes?"
    r"|chorus|karaoke|renditions?|medley|playing|performs|performing|performed|bands?|soundtrack"
)
_MUSIC = guarded(r"\b(?:" + _MUSIC_WORDS + r")\b", re.I)
_MUSIC_BEFORE = re.compile(
    r"\b(?:" + _MUSIC_WORDS + r")\b(?:(?!\b(?:than|like|as|unlike|in|from|of|since)\b)[^.;!?])"
    r"{0,40}$",
    re.I,
)
_MUSIC_AFTER = re.compile(r"[”\"’']?[^.;:!?]{0,25}?\b(?:" + _MUSIC_WORDS + r")\b", re.I)
_QUOTE_BEFORE = frozenset("\"“‘'")


def _sung(mentions: list[Mention], text: str, span: tuple[int, int], reviewed: str | None) -> set[str]:
    """The titles a sentence about music names as songs: in quotes, or found by a weak rule (a
    name a list joins, one word), with a word of music right before or after."""
    if not mentions or not _MUSIC.search(text, span[0], span[1]):
        return set()
    return {
        m.name
        for m in mentions
        if m.name != reviewed
        and (text[m.start - 1 : m.start] in _QUOTE_BEFORE or m.rule in co_mentions.WEAK_RULES)
        and (
            _MUSIC_BEFORE.search(text[max(span[0], m.start - 60) : m.start].rstrip("\"“‘'")) is not None
            or _MUSIC_AFTER.match(text, m.end, span[1]) is not None
        )
    }


# a work the reader knows an actor from: "If you saw X, you already know he can do menace"
_KNOW_THE_ACTOR = re.compile(
    r"[”\"’')]?,?\s+(?:then\s+)?you(?:[’']ll| will| probably| already| surely)*\s+"
    r"(?:know|remember|recogni[sz]e|have seen)\s+(?:that\s+)?(?:she|he|they|her|him|them)\b",
    re.I,
)


def _not_compared(
    mentions: list[Mention], text: str, span: tuple[int, int], reviewed: str | None, in_sentence: list[Mention]
) -> set[str]:
    """The works of one sentence that are no comparison's end: a maker's other work ("the
    guy who made Hostel"), a song, a title listed beside a song ("We Will Rock You and
    Another One Bites the Dust"), and a part an actor plays ("Alia Bhatt as Sita")."""
    out: set[str] = set()
    if not mentions:  # most sentences name no work
        return out
    songs = [m for m in in_sentence if m.kind in _NOT_COMPARED_KINDS]
    if songs:
        out.update(m.name for m in songs)
        for m in mentions:
            if m.kind not in _NOT_COMPARED_KINDS and any(
                _JOINED.fullmatch(text, m.end, s.start) or _JOINED.fullmatch(text, s.end, m.start) for s in songs
            ):
                out.add(m.name)
    people = [m for m in in_sentence if m.kind == "person"]
    for m in mentions if people else ():  # a part played: "Alia Bhatt as Sita", "Junior (Rodgers)"
        if m.name != reviewed and any(
            _PLAYED_AS.fullmatch(text, p.end, m.start) or _ACTOR_AFTER.fullmatch(text, m.end, p.start) for p in people
        ):
            out.add(m.name)
    for m in mentions:  # "If you liked X, you already know she can do steely": the actor's other work
        if m.name != reviewed and _KNOW_THE_ACTOR.match(text, m.end, span[1]):
            out.add(m.name)
    if mentions and _NOT_COMPARED_TRIGGER.search(text, span[0], span[1]):
        out.update(
            m.name
            for m in mentions
            if m.name != reviewed
            and _NOT_COMPARED_BEFORE.search(text, max(span[0], m.start - 60), m.start)
            and not co_mentions.causative(text, m, span[0], span[1])
        )
    return out


def _sentence_cues(
    facts: UnitFacts,
    span: tuple[int, int],
    sentence_cues: list[Cue],
    in_sentence: Sequence[Mention],
    mentions: list[Mention],
    ends: list[_End],
    reviewed: str | None,
    works: set[str],
) -> list[Cue]:
    """The comparison cues of one sentence that compare works: none inside a title ("Some Like It
    Hot"), no fronted "where"/"while" clause that does not point at the reviewed work, no copula
    likening a part to a part ("Edward is just Angel with a worse haircut"), no plain comparative
    whose subject is no work ("the killer has more heart")."""
    cues = [c for c in sentence_cues if not any(m.start <= c.start < m.end for m in mentions)]
    cues = [
        c
        for i, c in enumerate(cues)
        if c.name not in _FRONTED
        or _clause_pointer(c, ends, reviewed, facts.text, cues[i + 1].start if i + 1 < len(cues) else span[1])
    ]
    people = [m for m in in_sentence if m.kind in _PEOPLE_KINDS and not _starts_work(m.name, works)] if cues else []
    if people:
        cues = [c for c in cues if c.name not in _COPULA_CUES or not _person_subject(c, people, facts.text)]
    if any(c.name == "comparative-plain" for c in cues):
        cues = [c for c in cues if c.name != "comparative-plain" or _work_before(c, ends, reviewed, facts.text)]
    return cues


def _names_reviewed(text: str, span: tuple[int, int], mentions: list[Mention], reviewed_key: str | None) -> bool:
    """Whether a sentence names the reviewed work (not as "the X" of something else) or points at
    it ("this one", "the film")."""
    return (
        any(
            name_key(m.name) == reviewed_key and not _THE_BEFORE.search(text, max(0, m.start - 5), m.start)
            for m in mentions
        )
        or _STRICT_POINTER.search(text, span[0], span[1]) is not None
    )


def _cue_edges(
    cues: list[Cue], ends: list[_End], reviewed: str | None, span: tuple[int, int], text: str
) -> Iterator[tuple[str, str, str, str]]:
    """(source, target, target kind, polarity) of each pair a sentence's cues join, the reviewed work
    the source where it is one end (an end left open is the reviewed work: "it")."""
    used: set[int] = set()
    for index, cue in enumerate(cues):
        next_cue = cues[index + 1].start if index + 1 < len(cues) else span[1]
        for left, right, polarity in _pairs_of_cue(cue, ends, used, reviewed, next_cue, text):
            if left is None and right is not None and reviewed:
                yield reviewed, right.name, right.kind, polarity
            elif right is None and left is not None and reviewed:
                yield reviewed, left.name, left.kind, _FLIP.get(polarity, polarity)
            elif left is not None and right is not None:
                if right.name == reviewed:
                    yield reviewed, left.name, left.kind, _FLIP.get(polarity, polarity)
                else:
                    yield left.name, right.name, right.kind, polarity


@dataclass(slots=True)
class _Comparing:
    """One unit's comparison pass: its edges so far, and what each sentence hands the next."""

    facts: UnitFacts
    works: set[str]
    reviewed: str | None  # the section's work on a list post, else the page's
    reviewed_key: str | None = None
    series: tuple[str, str] | None = None
    relations: list[Relation] = field(default_factory=list)
    seen: set[tuple[str, str]] = field(default_factory=set)
    kinds: dict[str, str] = field(default_factory=dict)  # this sentence's works and their kinds
    not_compared: set[str] = field(default_factory=set)  # this sentence's works that are no comparison's end
    sung: set[str] = field(default_factory=set)  # the titles a sentence read as songs (_sung): never an end
    previous: list[_End] = field(default_factory=list)  # the sentence before's other works ("both of them")
    previous_cue: str | None = None  # its cue's polarity, where it spoke of the reviewed work
    carry: str | None = None  # a dangling cue's polarity ("... reminded me of:")
    referred: list[tuple[_End, tuple[int, int], str | None]] = field(default_factory=list)
    vetoed: dict[int, set[str] | None] = field(default_factory=dict)  # for the co-mention pass, by sentence start

    def enter(self, local: str | None) -> None:
        """A list post's section: "it" is the film its heading names."""
        self.reviewed, self.reviewed_key = local, name_key(local) if local else None
        self.series = _series(local, self.works)
        self.previous, self.previous_cue, self.carry = [], None, None

    def add(self, source: str, target: str, target_kind: str, polarity: str, span: tuple[int, int], cued: bool) -> None:
        """One COMPARED_TO edge, unless it joins a work to itself, repeats one, or has an end the
        sentence rules out."""
        if source == target or name_key(source) == name_key(target) or (source, target) in self.seen:
            return
        if source in self.not_compared or target in self.not_compared:
            return
        self.seen.add((source, target))
        source_kind = "film" if source == self.reviewed else self.kinds.get(source, "work")
        self.relations.append(
            _stated(
                Rel.COMPARED_TO,
                source,
                target,
                self.facts,
                span,
                (source_kind, target_kind),
                0.8 if cued else 0.6,
                by=self.facts.author,
                polarity=_PREFERRED.get(polarity, polarity),
            )
        )


@dataclass(frozen=True, slots=True)
class _Read:
    """What the comparison rules read of one sentence."""

    span: tuple[int, int]
    text: str
    ends: list[_End]
    cues: list[Cue]
    subjects: list[Cue]
    others: list[str]  # the works it names other than the reviewed one
    names_reviewed: bool  # it names the reviewed work, or says "this one"
    points: bool  # it names or points at the reviewed work


@dataclass
class _SentenceCues:
    """One sentence's cues and clause subjects (in the unit's order)."""

    cues: list[Cue]
    subjects: list[Cue]


def _cues_by_sentence(facts: UnitFacts) -> list[_SentenceCues]:
    """Each sentence's cues and subjects, grouped in one pass (a filter of the unit's cues per
    sentence grows with the square of a long unit's length)."""
    subjects: list[Cue] = list(getattr(facts.cues, "subjects", ()))
    cue_groups = group_by_span([c.start for c in facts.cues], facts.sentences)
    subject_groups = group_by_span([c.start for c in subjects], facts.sentences)
    return [
        _SentenceCues([facts.cues[i] for i in cues], [subjects[i] for i in own])
        for cues, own in zip(cue_groups, subject_groups, strict=True)
    ]


def _read_sentence(
    state: _Comparing, span: tuple[int, int], in_sentence: list[Mention], page_reviewed: str | None, own: _SentenceCues
) -> _Read:
    """One sentence's ends, cues and works, the state's kinds and exclusions set for it."""
    facts, reviewed = state.facts, state.reviewed
    mentions = [m for m in in_sentence if m.name in state.works]
    state.kinds = {m.name: m.kind for m in mentions}
    state.sung.update(_sung(mentions, facts.text, span, reviewed))
    state.not_compared = _not_compared(mentions, facts.text, span, reviewed, in_sentence) | state.sung
    if mentions:
        state.vetoed[span[0]] = state.not_compared if reviewed == page_reviewed else None
    ends = [
        e for e in _ends(facts, span, mentions, reviewed, state.series) if not _MODIFIES_PERSON.match(facts.text, e.end)
    ]
    if mentions or state.previous:  # "That one is basically Yojimbo": the work of the sentence before
        ends = _that_one(facts.text, span, ends, state.previous, reviewed)
    cues = _sentence_cues(facts, span, own.cues, in_sentence, mentions, ends, reviewed, state.works)
    subjects = own.subjects
    named = [m.name for m in mentions] + [e.name for e in ends if e.name not in state.kinds and e.name != reviewed]
    state.kinds.update((name, "film") for name in named if name not in state.kinds)
    others = list(dict.fromkeys(name for name in named if name_key(name) != state.reviewed_key))
    names_reviewed = bool(reviewed) and _names_reviewed(facts.text, span, mentions, state.reviewed_key)
    points = names_reviewed or any(e.name == reviewed for e in ends)
    return _Read(span, facts.text[span[0] : span[1]], ends, cues, subjects, others, names_reviewed, points)


def _across_sentences(state: _Comparing, read: _Read) -> None:
    """The edges a sentence makes with the sentence before: "This is better than both of them",
    "Not even Cloverfield.", "X is the one ..., but this", "nastier than both"; then what it hands on."""
    reviewed, span, kinds = state.reviewed, read.span, state.kinds
    if reviewed and not read.others:
        backward = _backward(read.cues, read.text, span[0], state.previous, read.points, read.names_reviewed)
        for end, polarity in backward or _graded_after(read.cues, state.previous, read.points):
            state.add(reviewed, end.name, end.kind, polarity, span, True)
    elif (
        reviewed and not read.cues and state.previous_cue and _FRAGMENT.match(read.text) and len(read.text.split()) <= 8
    ):
        for name in read.others:  # "... don't get better than this. Not even Cloverfield.": the fragment continues it
            state.add(reviewed, name, kinds[name], state.previous_cue, span, True)
    for parallel in [] if read.cues or not reviewed else _parallel(read.text, span[0], read.ends, reviewed):
        state.add(reviewed or "", parallel.name, parallel.kind, "contrast", span, True)  # "X is the one ..., but this"
    for one, other, polarity in _than_group(read.cues, read.text, span[0], read.ends, state.previous, reviewed):
        state.add(one, other, kinds.get(other, "film"), polarity, span, True)
    state.previous = [e for e in read.ends if e.name != reviewed and not e.referred]
    state.referred += [(e, span, reviewed) for e in read.ends if e.referred]
    state.previous_cue = read.cues[-1].polarity if read.cues and read.points else None


def _within_sentence(state: _Comparing, read: _Read) -> None:
    """The edges a sentence naming another work makes by itself: "the Citizen Kane of ramen films",
    a retelling, a group word, a cue's pairs; without a cue, the reviewed work beside the one or two
    others it names (or a dangling cue's carry)."""
    facts, reviewed, span = state.facts, state.reviewed, read.span
    for end in _the_x_of(read.ends, facts.text, reviewed):
        state.add(reviewed or "", end.name, end.kind, "similar", span, True)
    for same, retold in _identity(read.ends, facts.text):
        state.add(same.name, retold.name, retold.kind, "similar", span, True)
    for end, polarity in _grouped(read.cues, read.text, span[0], read.ends, reviewed, read.points):
        state.add(reviewed or "", end.name, end.kind, polarity, span, True)
    carry, state.carry = state.carry, None
    if read.cues:
        for source, target, kind, polarity in _cue_edges(read.cues, read.ends, reviewed, span, facts.text):
            state.add(source, target, kind, polarity, span, True)
    elif (reviewed and read.names_reviewed and len(read.others) <= 1) or (reviewed and carry and len(read.others) <= 2):
        for name in read.others:
            if not _range_of(facts.text, read.ends, reviewed, name):  # "everything from Moon to Warcraft"
                state.add(reviewed, name, state.kinds[name], carry or "neutral", span, False)
    elif reviewed and len(read.others) == 1 and _commenter_subject(facts, read.subjects, read.ends, read.others[0]):
        state.add(reviewed, read.others[0], state.kinds[read.others[0]], "neutral", span, True)


def compared_to(facts: UnitFacts, reviewed: str | None, works: set[str]) -> list[Relation]:
    """COMPARED_TO edges stated by one unit: any two works a sentence compares (with a cue of
    the lexicon in ``extract.nlp.cues``), the reviewed work standing in for "it", "this one"
    or an implicit subject; without a cue, a sentence naming the reviewed work with one or two
    others. Each edge starts at the reviewed work when that is one end."""
    if facts.is_pingback:
        return []
    lone = _lone_lines(facts, works)
    sections = _sections(facts, lone)
    state = _Comparing(facts, works, reviewed, name_key(reviewed) if reviewed else None, _series(reviewed, works))
    for span, in_sentence, own in zip(facts.sentences, facts.by_sentence, _cues_by_sentence(facts), strict=True):
        local = next((name for start, name in reversed(sections) if start <= span[0]), reviewed)
        if local != state.reviewed:
            state.enter(local)
        read = _read_sentence(state, span, in_sentence, reviewed, own)
        _across_sentences(state, read)
        if read.others:
            _within_sentence(state, read)
        else:  # a cue with nothing after it carries to the next sentence ("... reminded me of:")
            dangling = read.cues and not facts.text[read.cues[-1].end : span[1]].strip(" .!?:…—–-\n")
            state.carry = read.cues[-1].polarity if dangling and read.names_reviewed else None
    state.not_compared = state.sung
    for anchor, work, polarity, line in _listed(facts, lone, reviewed):  # "Movies like RINGU:" and a list
        state.kinds = {anchor: "film", work: "film"}
        state.add(anchor, work, "film", polarity, line, True)
    for end, span, local in state.referred:  # "you never feel the danger you felt in the original film": by itself
        state.reviewed = local
        if local:
            state.add(local, end.name, end.kind, "neutral", span, True)
    # the rules propose; a learnt confidence decides each candidate pair (pair_model): the pairs
    # above, every other work a sentence names beside the reviewed one (co_mentions), any two
    # works a cue sentence names; without a shipped model, co-mentions and end_evidence decide
    return pair_model.decide(facts, reviewed, works, state.relations, state.vetoed)


def lean_with_stance(relations: list[Relation], stances: Mapping[str, str]) -> None:
    """In a text that is negative about the reviewed work, a comparison that does not say
    which side wins prefers the other work ("I kept thinking of Blade Runner")."""
    for relation in relations:
        negative = stances.get(relation.unit) == "negative"
        if (
            relation.type == Rel.COMPARED_TO
            and negative
            and relation.polarity in {"similar", "neutral"}
            and relation.extractor != co_mentions.EXTRACTOR  # a co-mention says nothing of a preference
        ):
            relation.polarity = "other preferred"


# what every match of _CITE holds (case as written): a unit holding none of them cites no one
_CITE_WORDS = ("post", "review", "piece", "blog", "write-up", "my friend", "my pal", "fellow blogger")
_AT_OR_FROM = re.compile(r"\s(?:at|from)\s")


def cites(facts: UnitFacts, people: dict[str, str], critics: set[str]) -> list[Relation]:
    """CITES edges: this unit's author refers to another critic's review or post."""
    relations: list[Relation] = []
    if not any(word in facts.text for word in _CITE_WORDS) and not _AT_OR_FROM.search(facts.text):
        return relations
    for span in facts.sentences:
        sentence = facts.text[span[0] : span[1]]
        for match in _CITE.finditer(sentence):
            raw = next(g for g in match.groups() if g)
            cited = people.get(
                fold(raw).removesuffix("’s").removesuffix("'s"), raw.removesuffix("’s").removesuffix("'s")
            )
            if fold(cited) in critics or not facts.author or fold(cited) == fold(facts.author):
                continue
            relations.append(
                _stated(Rel.CITES, facts.author, cited, facts, span, ("person", "person"), 0.7, by=facts.author)
            )
    return relations


def recommends(facts: UnitFacts, works: set[str], addressee: str | None) -> list[Relation]:
    """RECOMMENDS edges: a work this unit's author suggests (to whom it answers)."""
    relations: list[Relation] = []
    if not facts.author or not holds_any(case_blind_view(facts.text), _RECOMMEND_WORDS):
        return relations
    previous: list[str] = []
    for span, in_sentence in zip(facts.sentences, facts.by_sentence, strict=True):
        sentence = facts.text[span[0] : span[1]]
        named = [m.name for m in in_sentence if m.name in works]
        if (
            _RECOMMEND.search(sentence)
            and facts.author
            and not re.search(r"thanks for the recommendation", sentence, re.I)
        ):
            for name in dict.fromkeys(named or previous):
                relations.append(
                    _stated(
                        Rel.RECOMMENDS,
                        facts.author,
                        name,
                        facts,
                        span,
                        ("person", "work"),
                        0.6,
                        by=facts.author,
                        polarity=addressee,
                    )
                )
        previous = named or previous
    return relations


def credits(
    gazetteer: Gazetteer, films: dict[str, int], people: Iterable[Mention], facts: Iterable[UnitFacts]
) -> list[Relation]:
    """DIRECTED, ACTED_IN and WROTE from the gazetteer for people and films both on the page,
    and WROTE / ADAPTED_FROM from "X's novel Y" and "based on" in the text."""
    relations: list[Relation] = []
    names = {m.name for m in people}
    for title, film in films.items():
        entry = gazetteer.films[film]
        for kind, group in ((Rel.DIRECTED, entry.directors), (Rel.ACTED_IN, entry.cast), (Rel.WROTE, entry.writers)):
            for person in group:
                name = gazetteer.people[person]
                if name in names:
                    relations.append(
                        Relation(
                            kind,
                            name,
                            title,
                            "gazetteer",
                            f"{name} is credited on {title} ({entry.year})",
                            confidence=0.95,
                            extractor="reelgraph.gazetteer/1",
                            source_kind="person",
                            target_kind="film",
                        )
                    )
    for unit in facts:
        adapted = holds_any(case_blind_view(unit.text), _ADAPTED_WORDS)  # most units say nothing of a source
        for span, in_sentence in zip(unit.sentences, unit.by_sentence, strict=True):
            sentence = unit.text[span[0] : span[1]]
            for writer in (m for m in in_sentence if m.kind == "person"):
                tail = unit.text[writer.end : writer.end + 60]
                novel = next((m for m in in_sentence if m.kind == "novel" and m.start > writer.end), None)
                if novel and re.match(r"[’']s\s+(?:\w+[\s,-]+){0,4}(?:novel|book|novella|story)", tail):
                    relations.append(_stated(Rel.WROTE, writer.name, novel.name, unit, span, ("person", "novel"), 0.8))
            if adapted and _ADAPTED.search(sentence):
                adaptation = next((m for m in in_sentence if m.kind == "film"), None)
                source = next((m for m in in_sentence if m.kind == "novel"), None)
                if adaptation and source:
                    kinds = ("film", "novel")
                    relations.append(_stated(Rel.ADAPTED_FROM, adaptation.name, source.name, unit, span, kinds, 0.7))
    return relations
