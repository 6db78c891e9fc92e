"""Reading a review's text for its verdict: paragraphs and sentences, clauses (contrast and
concession), negation, and each sentence's verdict phrases read in their context.

The phrases come from the one lexicon (``extract.nlp.verdict_phrases``, found by
``extract.nlp.verdicts``); here they are read where they stand: the reviewed work's name said as
"it", scare quotes and irony turning praise, a word on a person or a place of the story dropped,
a recommendation scoped to a part of the film kept faint. ``extract.nlp.stance_weigh`` weighs what
is read here; ``extract.nlp.stance_closing`` reads the closing paragraph with it.

>>> [(c.text, c.polarity) for c in sentence_cues("Skip it; the score is lovely, though.")]
[('Skip it', -1), ('lovely', 1)]
"""

from __future__ import annotations

import re
from functools import cache

from extract.nlp.characters import PEOPLE_WORDS
from extract.nlp.verdict_phrases import MINOR_FAULT
from extract.nlp.verdicts import Cue, find_cues, guarded
from extract.ratings import THREAD_HEADER, parse_rating, stated_scale

_HEAD = _TAIL = 20_000  # characters read at each end of a long review: verdicts sit there
_NEGATION_REACH = 40  # characters before a cue in which a negation turns it ("not really worth seeing")
_LABEL_LINE = 160  # a closing line shorter than this, no sentence and no verdict, is a credit or footer
_RATING_LINE = 120  # a sentence shorter than this that holds a rating or the scale is a rating line
# the weights of a clause: after the last "but" more, before it less; an "although ..." clause
# less than the main clause after it, which (like a sentence opening with "But") weighs more
_AFTER_CONTRAST = 1.4
_BEFORE_CONTRAST = 0.6
_CONCEDED_CLAUSE = 0.5
_AFTER_TURN = 1.3

SENTENCE = re.compile(r"(?<=[.!?…])[\"”’')\]]*\s+|\n")
# "still" and "though" turn a sentence only after a comma ("Lovely, still, it drags"), not inside
# a clause ("it still works", "as though it were").
CONTRAST = re.compile(
    r",?\s+(?:but|yet|however|nevertheless|nonetheless|even so|that said|having said that)\b,?\s*"
    r"|[,;]\s+(?:though|still)\b,?\s*",
    re.I,
)
OPENS_WITH_CONTRAST = re.compile(
    r"^\W*(?:but|however|still|that said|having said that|even so|nevertheless|nonetheless|in the end)\b", re.I
)
CONCESSIVE = re.compile(
    r"^\W*(?:although|though|even though|while|whilst|despite|in spite of|for all|granted|admittedly|even if|"
    r"sure|yes)\b",
    re.I,
)
ABOUT_THE_REVIEW = guarded(
    r"\b(?:great|good|nice|lovely|excellent|wonderful|brilliant|fantastic|terrific|interesting|thoughtful|"
    r"insightful|beautiful|fine|superb|fun|enjoyable)(?:ly)?(?: written)? (?:review|post|write-?up|piece|read|"
    r"article|analysis|blog|take|points?|writing)\b|\bwell (?:written|said|put)\b|\bthanks? (?:you )?for\b[^.!?]*",
    re.I,
)
_NEGATOR = guarded(
    r"\b(?:not|never|no|hardly|barely|nothing|neither|nor|without|isn't|wasn't|aren't|weren't|doesn't|didn't|"
    r"don't|won't|can't|cannot|couldn't|wouldn't|shouldn't)\W+(?:\w+\W+){0,2}$",
    re.I,
)


# Irony: a sentence that says so ("Oh sure, ...", "just what we needed", "what could go wrong")
# turns its praise against the film.
_IRONY = guarded(
    r"\b(?:oh,? (?:sure|great|joy|goody|wonderful|yes|good)|just what (?:we|the world|everyone|i|anyone|cinema) "
    r"(?:needed|wanted|was waiting for|asked for)|what could (?:possibly )?go wrong|said no one ever|"
    r"because that (?:worked|went) (?:so )?well|yeah,? right)\b",
    re.I,
)
# A recommendation scoped to a part ("worth seeing for the last half hour", "Recommended for the ending",
# "worth it for Nyong'o alone") is the grudging verdict of a mixed review, not praise of the whole film:
# a split verdict (ST, s13: on tune and blind17, 10 of the 13 reviews that scope "worth"/"recommend" so are
# mixed or pans; it was weak praise before); scoped to a kind of viewer ("recommended for anyone who ...",
# "for fans of") it stays praise. The same holds of the advice "see it" / "watch it" ("See it for Buckley",
# "watch it once for the first twenty minutes": 8 of 10 mixed or pans) and of a film "worth seeing once".
_RECOMMENDS = re.compile(r"\b(?:worth|recommend|see|watch)", re.I)
_FOR_A_PART = re.compile(
    r",?\s+(?:once\s+)?(?:if only |only |just |mainly |mostly |largely |purely |solely )?for\s+"
    r"(?!(?:anyone|anybody|everyone|everybody|all|any|fans|lovers|those|people|viewers|audiences|kids|families|"
    r"adults|children|me|you|us|sure|certain|a (?:rainy|lazy|quiet)|what it is)\b)",
    re.I,
)
_NEXT_WORD = re.compile(r"\s+(?:old\s+|little\s+|young\s+)?([a-z]+)\b", re.I)
_PEOPLE = PEOPLE_WORDS | {"sod", "sap"}  # the people lexicon's plain words, and two of pity
# The story's places: a word of verdict right before one of them (at most one word between: "a huge,
# empty Victorian mansion", "the empty plains") describes the setting, not the film (ST, ninth session).
# Times are left out: "a tedious evening", "a long night" are the critic's evening at the film.
_PLACES = frozenset(
    "house houses mansion home room rooms attic basement cellar hallway hallways corridor corridors street streets "
    "town village city road roads field fields plains prairie desert forest woods sea ocean sky skies landscape "
    "landscapes island apartment building office station warehouse hotel motel farm church castle palace prison "
    "hospital school kitchen bedroom highway ship boat planet".split()
)
# a verdict word in "-ing" used as a verb: followed by its object ("gripping the couch", "clocks striking the
# hours") or, for "moving", by where to ("the camera moving through the streets", "moving on"; not "it keeps
# moving fast": that is pace praised); on tune such uses describe the story, none judges the film
_AS_A_VERB = re.compile(
    r"[a-z]+ing (?:the|his|her|their|its|a|an|him|them|me|us)\b"
    r"|moving (?:through|on|across|around|between|into|away|toward|towards)\b",
    re.I,
)
_NEXT_WORDS = re.compile(r"[ ,]+(?:([A-Za-z'-]+)[ ,]+)?([A-Za-z]+)\b")


def _on_a_place(text: str, end: int) -> bool:
    """Whether one of the next two words after ``end`` is a place of the story (``_PLACES``)."""
    after = _NEXT_WORDS.match(text, end)
    return after is not None and any(w is not None and w.lower() in _PLACES for w in after.groups())


_QUOTES_OPEN = "\"“‘'"
_QUOTES_CLOSE = "\"”’'"


@cache
def title_pattern(titles: tuple[str, ...]) -> re.Pattern[str] | None:
    """The reviewed work's names as written (case kept: "Her" the film, not "her"), longest first,
    as one pattern; None when no name is longer than one character."""
    names = sorted({t.strip() for t in titles if len(t.strip()) > 1}, key=len, reverse=True)
    if not names:
        return None
    # the words of a name with or without a comma, colon or semicolon between them ("Love, Actually" for
    # "Love Actually", "Spider-Man No Way Home" for "Spider-Man: No Way Home"), and any run of spaces
    spelled = (r"[,:;]?\s+".join(re.escape(word) for word in _NAME_GAP.split(name)) for name in names)
    return re.compile(r"(?<![\w'’-])(?:" + "|".join(spelled) + r")(?![\w'’-])")


_NAME_GAP = re.compile(r"[,:;]?\s+")


def _named_cues(sentence: str, title: re.Pattern[str]) -> list[Cue]:
    """The verdict phrases of a sentence that names the reviewed work: read with the name said as
    "it" ("I don't really like Halloween" is "I don't really like it", "skip Cats" is "skip it"),
    each cue at its place in the sentence as written (a cue holding the "it" spans the whole name)."""
    spoken, cuts, end = [], [], 0  # cuts: (start in spoken, end in spoken, start, end as written)
    for match in title.finditer(sentence):
        spoken.append(sentence[end : match.start()])
        at = sum(map(len, spoken))
        spoken.append("it")
        cuts.append((at, at + 2, match.start(), match.end()))
        end = match.end()
    spoken.append(sentence[end:])

    def written(offset: int, closing: bool) -> int:
        shift = 0
        for start, stop, w_start, w_stop in cuts:
            if offset <= start:
                break
            if offset < stop:  # inside the "it": the whole name
                return w_stop if closing else w_start
            shift = w_stop - stop
        return offset + shift

    cues = []
    for cue in find_cues("".join(spoken)):
        start, stop = written(cue.start, False), written(cue.end, True)
        cues.append(Cue(sentence[start:stop], start, stop, cue.polarity, cue.strength))
    return cues


_CAPITAL_BEFORE = re.compile(r"[A-Z][\w'’-]*[\"”’']?\s+[“\"‘']?$")
_CAPITAL_AFTER = re.compile(r"[\"”’']?\s+(?:(?:of|the|a|an|and|in|to|for)\s+)?[“\"‘']?[A-Z]")


def _in_a_name(text: str, cue: Cue) -> bool:
    """Whether a one-word cue written with a capital inside the sentence stands beside another
    capitalised word: a word of a title or a song's name ("It's a Wonderful Life", 'Simone sings
    "Feeling Good"'), not the critic's word."""
    if not cue.text[:1].isupper() or cue.start == 0 or not text[: cue.start].strip():
        return False
    if re.search(r"[.!?:;]\s*[“\"‘']?$", text[: cue.start]):
        return False  # the sentence or a clause opens on it: "Wonderful. Just wonderful."
    return bool(_CAPITAL_BEFORE.search(text, max(0, cue.start - 40), cue.start) or _CAPITAL_AFTER.match(text, cue.end))


def sentence_cues(sentence: str, title: re.Pattern[str] | None = None) -> list[Cue]:
    """The verdict phrases of a sentence (``verdicts.find_cues``, the one lexicon), read in their
    context: positive words in scare quotes ("a “brilliant” idea") or in an ironic sentence count
    against the film; a one-word cue on a person of the story ("the poor dad") is dropped.

    >>> [(c.text, c.polarity) for c in sentence_cues("Give this one a miss; it is a poor film.")]
    [('Give this one a miss', -1), ('a poor film', -1)]
    >>> [(c.text, c.polarity) for c in sentence_cues("Oh sure, a brilliant idea: another reboot.")]
    [('brilliant', -1)]
    """
    cues = _named_cues(sentence, title) if title is not None and title.search(sentence) else find_cues(sentence)
    text = sentence.replace("’", "'")
    if not cues:
        return cues
    ironic: bool | None = None  # looked for only when there is praise to turn
    out = []
    for cue in cues:
        if " " not in cue.text:
            if _in_a_name(text, cue):
                continue  # 'Lou Reed's "Perfect Day"', "It's a Wonderful Life", "Feeling Good": a word of a name
            if text[cue.end : cue.end + 1].isspace() and (
                (after := _NEXT_WORD.match(text, cue.end)) and after.group(1).lower() in _PEOPLE
            ):
                continue  # "the poor dad", "a stupid boyfriend": a person of the story described, not the film judged
            if text[cue.end : cue.end + 1] in " ," and _on_a_place(text, cue.end):
                continue  # "an empty Victorian mansion", "the cold, grey sea": the story's places described
            if _AS_A_VERB.match(text, cue.start):
                continue  # "the camera moving through real streets", "gripping the couch": a verb, no verdict
            if (  # a word in scare quotes: "the “brilliant” twist"
                cue.polarity > 0
                and cue.start > 0
                and cue.end < len(text)
                and text[cue.start - 1] in _QUOTES_OPEN
                and text[cue.end] in _QUOTES_CLOSE
            ):
                cue = Cue(cue.text, cue.start, cue.end, -1, cue.strength)
        if cue.polarity > 0 and _RECOMMENDS.search(cue.text) and _scoped(text, cue):
            cue = Cue(cue.text, cue.start, cue.end, 0, cue.strength)  # "worth seeing for Gish": a split verdict
        if cue.polarity > 0:
            if ironic is None:
                ironic = _IRONY.search(sentence) is not None
            if ironic:
                cue = Cue(cue.text, cue.start, cue.end, -1, cue.strength)
        out.append(cue)
    return out


_WORTH_ONCE = re.compile(r"\s+once\b(?!\s+(?:more|again|in a while))", re.I)


def _scoped(text: str, cue: Cue) -> bool:
    """Whether a recommendation is scoped to a part ("worth seeing for the last half hour", "see it, for
    Torres") or to a single viewing ("worth seeing once")."""
    if _FOR_A_PART.match(text, cue.end):
        return True
    return cue.text.lower().startswith("worth") and _WORTH_ONCE.match(text, cue.end) is not None


def clause_spans(sentence: str) -> list[tuple[int, int, float]]:
    """(start, end, weight) of a sentence's clauses: after a contrast more, before it less; the
    main clause more than an "although ..." clause."""
    weight = _AFTER_TURN if OPENS_WITH_CONTRAST.match(sentence) else 1.0
    if CONCESSIVE.match(sentence) and "," in sentence:
        comma = sentence.index(",")
        rest = [(comma + 1 + s, comma + 1 + e, w * _AFTER_TURN) for s, e, w in clause_spans(sentence[comma + 1 :])]
        return [(0, comma, _CONCEDED_CLAUSE * weight), *rest]
    cuts = list(CONTRAST.finditer(sentence))
    if not cuts:
        return [(0, len(sentence), weight)]
    starts = [0, *(m.end() for m in cuts)]
    ends = [*(m.start() for m in cuts), len(sentence)]
    last = len(cuts)
    return [
        (st, en, weight * (_AFTER_CONTRAST if i == last else _BEFORE_CONTRAST))
        for i, (st, en) in enumerate(zip(starts, ends, strict=True))
    ]


_BLANK_LINE = re.compile(r"\n\s*\n")


def paragraphs_of(text: str) -> list[list[str]]:
    """Paragraphs (blank-line separated, or lines when there are no blank lines) as sentences."""
    if len(text) > _HEAD + _TAIL:
        text = text[:_HEAD] + "\n\n" + text[-_TAIL:]
    blocks = [b for b in _BLANK_LINE.split(text) if b.strip()]
    if len(blocks) <= 1:
        blocks = [b for b in text.split("\n") if b.strip()]
    paragraphs = [[s for s in SENTENCE.split(block) if s and s.strip()] for block in blocks]
    # a closing "3/5" or "Rating: B" is no paragraph of prose: the verdict before it is the closing one
    while len(paragraphs) > 1 and all(is_rating_line(s) or _is_label_line(s) for s in paragraphs[-1]):
        paragraphs.pop()
    return paragraphs


_SENTENCE_END = re.compile(r"[.!?…][\"”’')\]]*\s*$")


def _is_label_line(line: str) -> bool:
    """A credit or footer line closing the page, no sentence and no verdict ("Blow-Up (Michelangelo
    Antonioni, 1966)", "Ann Lee | New: 3 March, 2019"): the closing verdict is above it."""
    return len(line) < _LABEL_LINE and not _SENTENCE_END.search(line) and not sentence_cues(line)


SELF_NEGATED = re.compile(r"(?:not|never|no|nothing|none|nowhere|neither|\w+n't|cannot)\b", re.I)
_IF_NOT = re.compile(r"\bif not\s+(?:downright\s+|outright\s+|quite\s+)?$", re.I)
_SCOPE_END = re.compile(r"[,;:()\u2013\u2014]|\s-\s")


def negated(clause: str, start: int) -> bool:
    """A negation within the cue's own phrase: punctuation ends its scope ("If you have never
    seen it, see it" is no refusal)."""
    before = clause[max(0, start - _NEGATION_REACH) : start]
    cut = [m.end() for m in _SCOPE_END.finditer(before)]
    scope = before[cut[-1] :] if cut else before
    if _IF_NOT.search(scope):
        return False  # "below par if not abysmal": "if not" raises the bid, it does not deny
    return _NEGATOR.search(scope) is not None


def is_rating_line(sentence: str) -> bool:
    """A rating, or the blog's statement of its scale: facts about the rating, not verdict prose.
    Kept for the text being read (``_RATING_LINES``): its two readings and its closing ask again."""
    if len(sentence) >= _RATING_LINE:
        return False
    known = _RATING_LINES.get(sentence)
    if known is None:
        if len(_RATING_LINES) >= _KEPT_LINES:
            _RATING_LINES.clear()
        known = _RATING_LINES[sentence] = parse_rating(sentence) is not None or stated_scale([sentence]) is not None
    return known


def review_paragraphs(text: str) -> list[list[str]]:
    """The sentences the weighing reads, by paragraph: the text above a comment thread's header
    ("2 Responses": the commenters' verdicts, not the post's), without its praise of the review
    itself. Worked out once for both readings of a text (kept per text, as ``_RATING_LINES``)."""
    found = _PARAGRAPHS.get(text)
    if found is None:
        if len(_PARAGRAPHS) >= _KEPT_TEXTS:
            _PARAGRAPHS.clear()
        read = text
        if (thread := THREAD_HEADER.search(text)) and text[: thread.start()].strip():
            read = text[: thread.start()]
        found = _PARAGRAPHS[text] = paragraphs_of(ABOUT_THE_REVIEW.sub(" ", read))
    return found


def new_text() -> None:
    """Forget the answers kept for the text read before (``is_rating_line``, ``review_paragraphs``):
    pure functions of their text, kept per text so that no page is read faster for another's lines."""
    _RATING_LINES.clear()
    _PARAGRAPHS.clear()


_RATING_LINES: dict[str, bool] = {}
_KEPT_LINES = 512
_PARAGRAPHS: dict[str, list[list[str]]] = {}
_KEPT_TEXTS = 8


_MINOR_FAULT = re.compile(MINOR_FAULT, re.I)


def names_a_minor_fault(cues: list[Cue]) -> bool:
    """Whether a sentence's cues hold a single small fault named as such ("My only complaint: the
    prologue drags"): the fault it names is a quibble the critic grants, not a reservation.

    >>> names_a_minor_fault(sentence_cues("My only gripe: the prologue drags."))
    True
    >>> names_a_minor_fault(sentence_cues("My biggest gripe: the prologue drags."))
    False
    """
    return any(cue.polarity > 0 and _MINOR_FAULT.fullmatch(cue.text) for cue in cues)
