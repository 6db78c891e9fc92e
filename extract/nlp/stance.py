"""Stance toward the reviewed work: the critic's verdict, weighed where it is written.

Word-level sentiment over a whole review is wrong most of the time (a plot summary of a
horror film is full of "death" and "fear"). A critic states a verdict with phrases ("I
recommend it", "skip it", "worth seeing", "a letdown", "not bad", "a mixed bag"), usually in
the opening and closing paragraphs, and qualifies it with contrast ("the score is lovely, but
the film is a slog"). So:

- verdict phrases (``extract.nlp.verdict_phrases``, the one lexicon, found by
  ``extract.nlp.verdicts``) are the evidence, each with a polarity and a strength; a negation
  just before a phrase turns it ("not worth seeing" is negative, "not bad" mildly positive);
  the reviewed work named in a sentence is read as "it" ("I don't really like Halloween");
- the clause after "but", "however", "yet", "still" weighs more than the one before it, and
  the main clause more than an "although ..." clause;
- the first paragraph, and more the last, weigh more; so do sentences marked as the verdict
  ("overall", "in the end", "bottom line");
- clauses about others' opinions, expectations or the trailer weigh little; praise of the
  review itself ("great review!") in a comment is not a stance on the film;
- VADER's sentence score is read only where the verdict phrases leave the label undecided;
- a rating, when there is one and its scale is known, decides; but a good-not-high grade (B-,
  7/10, 3.5/5) says "good, with reservations", and its text decides between positive and
  mixed (``warm_middle_label``).

The label is ``mixed`` when the evidence is split or the verdict says so ("hit and miss"),
``neutral`` when there is too little evidence.

>>> stance_of("The film looks lovely, but it is a slog. Skip it.", ("Her",)).label
'negative'
>>> stance_of("Anything", ("Her",), rating=0.9).label
'positive'
"""

from __future__ import annotations

import re
import string
from dataclasses import dataclass, field, replace
from functools import cache, lru_cache

from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

from extract.nlp.characters import PEOPLE_WORDS
from extract.nlp.stance_model import Reading, contrast_count, decide, features, in_scope, model
from extract.nlp.textnorm import fold
from extract.nlp.verdict_phrases import FAINT_MARKERS, PRAISE_MARKERS, RESERVATION_MARKERS
from extract.nlp.verdicts import Cue, find_cues, guarded
from extract.ratings import THREAD_HEADER, parse_rating, stated_scale, without_chrome
from extract.records import Stance, StanceLabel

REVIEW_PRIOR: StanceLabel = "positive"  # a review that says too little: most film-blog reviews praise
POSITIVE_RATING = 0.67  # a rating at or above this is a positive review (B-, 7/10, 3.5/5) ...
WARM_MIDDLE = 0.75  # ... but below this (B-, 7/10, 3.5/5, ***1/2) its text decides between positive and mixed
# below the middle of the scale negative (2/5, 4/10, 4.5/10, C-); from the middle up mixed (5/10, 2.5/5, 3/5, C+)
NEGATIVE_RATING = 0.5
_HEAD = _TAIL = 20_000  # characters read at each end of a long review: verdicts sit there
# ``label_of``'s bars, on weighed evidence (a plain verdict word in a middle sentence weighs 1,
# a weak evaluative word 0.5): under _MIN_EVIDENCE the text says too little for a label of its
# own (neutral) unless it holds at least _WEAK_EVIDENCE that leans _ONE_SIDED one way (one weak
# word on a short comment: "a solid thriller"); split verdicts ("uneven", "a mixed bag") at
# _MIXED_SHARE of the whole make it mixed; otherwise praise and blame must lean _LEAN apart
# ((p - n) / (p + n): praise 1.86 times the blame, or more) for a one-sided label.
_MIN_EVIDENCE = 0.75
_THIN = 1.5  # under this, with no split verdict, a lean short of one-sided is too little said: ``prior``
_REVIEW_WORDS = 60  # ... when the text is prose enough to be a review (a page of emoji is no review at all)
_WEAK_EVIDENCE = 0.45
_ONE_SIDED = 0.6
_MIXED_SHARE = 0.4
_LEAN = 0.3
_WARM_LEAN = 0.6  # a B- to 3.5/5 review is positive when its praise is four times its reservations
_VADER_WEIGHT = 0.25
_VADER_FLOOR = 0.3  # a weaker VADER score is no evidence
_LET_DOWN_STRENGTH = 2.0
_DENIED = 2  # praise said and then denied ("What a triumph. I am joking.") counts twice against the film
_MARKED_VERDICT = 1.6  # a sentence marked as the verdict ("overall", "bottom line", "for me") weighs more
# a negated cue turns and weakens: "not great" is blame, though milder than "bad"; "not bad" is
# faint praise, much milder than "good"
_NEGATED_PRAISE = 0.8
_NEGATED_BLAME = 0.5
_ASIDE = 0.25  # others' opinions, expectations, another work: not the critic's verdict on this one
_NEGATION_REACH = 40  # characters before a cue in which a negation turns it ("not really worth seeing")
_LABEL_LINE = 160  # a closing line shorter than this, no sentence and no verdict, is a credit or footer
_RATING_LINE = 120  # a sentence shorter than this that holds a rating or the scale is a rating line
# the weights of a sentence's place: the opening paragraph, the closing one (more when it is a
# short verdict paragraph of one or two sentences), and the one before the close
_OPENING = 1.5
_CLOSING = 2.0
_SHORT_CLOSING = 2.5
_BEFORE_CLOSING = 1.2
# the weights of a clause: after the last "but" more, before it less; an "although ..." clause
# less than the main clause after it, which (like a sentence opening with "But") weighs more
_AFTER_CONTRAST = 1.4
_BEFORE_CONTRAST = 0.6
_CONCEDED_CLAUSE = 0.5
_AFTER_TURN = 1.3
# a headline that judges weighs as a closing sentence; a longer "headline" is a page's first line, not a headline
_HEADLINE = 2.0
_HEADLINE_LENGTH = 200
_SUBJECT_REACH = 25  # "The first one was ...", "I loved the original ...": the earlier film as the clause's topic

_SENTENCE = re.compile(r"(?<=[.!?…])[\"”’')\]]*\s+|\n")
# "still" and "though" turn a sentence only after a comma ("Lovely, still, it drags"), not inside
# a clause ("it still works", "as though it were").
_CONTRAST = re.compile(
    r",?\s+(?:but|yet|however|nevertheless|nonetheless|even so|that said|having said that)\b,?\s*"
    r"|[,;]\s+(?:though|still)\b,?\s*",
    re.I,
)
_OPENS_WITH_CONTRAST = re.compile(
    r"^\W*(?:but|however|still|that said|having said that|even so|nevertheless|nonetheless|in the end)\b", re.I
)
_CONCESSIVE = re.compile(
    r"^\W*(?:although|though|even though|while|whilst|despite|in spite of|for all|granted|admittedly|even if|"
    r"sure|yes)\b",
    re.I,
)
_VERDICT_MARKER = guarded(
    r"\b(?:overall|all in all|in the end|ultimately|in short|bottom line|verdict|to sum up|in sum|in conclusion|"
    r"final thoughts|short version|all told|on the whole|at the end of the day|long story short|to conclude|"
    r"en r[ée]sum[ée]|en bref|au final|en definitiva|en resumen|fazit)\b",
    re.I,
)
# the critic's own verdict after others' ("For me, two good scenes and a long trip on a river")
_OWN_VERDICT = re.compile(r"\W*(?:for me|personally|as for me|speaking for myself)\b", re.I)
_NOT_VERDICT = guarded(
    r"\b(?:expect\w*|anticipat\w*|hop(?:e|ed|ing) (?:for|that|it)|trailers?|critics?|reviewers?|everyone|everybody|"
    r"people (?:say|said|love|loved|seem|call)|(?<!in )others|audiences?|kids|children|fans|my (?:wife|husband|friend|"
    r"partner|son|daughter|kids?)|(?:understand|see|get|know) why|"
    # praise for a reader other than the critic: "a great film for the history books", "on paper"
    r"for (?:the )?(?:history books|film (?:students|buffs|historians|classes|schools?)|textbooks?)|"
    r"on paper|in theory|"
    # hearsay: praise the critic passes on, not gives ("a masterpiece, apparently", "supposedly a classic")
    r"apparently|supposedly|allegedly|reportedly|so (?:i'm|i am|we're|we are) told|or so (?:they|people) say)\b",
    re.I,
)
_PREDECESSOR = guarded(
    r"\b(?:the (?:first|original|previous|earlier|older|last) (?:one|film|movie|instal+ment|part|entry|chapter)|"
    r"the original|its predecessor|the first one)\b",
    re.I,
)
# ... unless the clause sets this film against it ("It does not live up to the first film")
_THIS_ONE = re.compile(
    r"\b(?:this one|this film|this movie|this sequel|the sequel|the new one|the remake|than|live up to|as good as|"
    r"compared (?:to|with)|next to)\b|^\W*(?:it|this)\b",
    re.I,
)
_ABOUT_THE_REVIEW = guarded(
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
# "worth it for Nyong'o alone") is faint praise, the grudging verdict of a mixed review, not praise of
# the whole film; scoped to a kind of viewer ("recommended for anyone who ...", "for fans of") it stays praise.
_FOR_A_PART_ONLY = 0.3  # what such praise keeps of its strength: the rest of the film goes unpraised
_RECOMMENDS = re.compile(r"\b(?:worth|recommend)", re.I)
_FOR_A_PART = re.compile(
    r",?\s+(?:if only |only |just |mainly |mostly |largely |purely |solely )?for\s+"
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
            if (  # a word in scare quotes: "the “brilliant” twist"
                cue.polarity > 0
                and cue.start > 0
                and cue.end < len(text)
                and text[cue.start - 1] in _QUOTES_OPEN
                and text[cue.end] in _QUOTES_CLOSE
            ):
                cue = Cue(cue.text, cue.start, cue.end, -1, cue.strength)
        if cue.polarity > 0 and _RECOMMENDS.search(cue.text) and _FOR_A_PART.match(text, cue.end):
            cue = Cue(cue.text, cue.start, cue.end, 1, cue.strength * _FOR_A_PART_ONLY)  # "worth seeing for Gish"
        if cue.polarity > 0:
            if ironic is None:
                ironic = _IRONY.search(sentence) is not None
            if ironic:
                cue = Cue(cue.text, cue.start, cue.end, -1, cue.strength)
        out.append(cue)
    return out


@cache
def analyzer() -> SentimentIntensityAnalyzer:
    """VADER (loaded once; its lexicon ships in the package): a weak feature only."""
    return SentimentIntensityAnalyzer()


@dataclass(slots=True)
class Evidence:
    """Weighed verdict evidence: positive, negative and mixed totals."""

    positive: float = 0.0
    negative: float = 0.0
    mixed: float = 0.0
    cues: list[tuple[str, int, float]] = field(default_factory=list)
    # (positive, negative, mixed) at each paragraph's start, and before the headline was read:
    # the opening and closing paragraphs' and the headline's own verdicts (``stance_model``)
    marks: list[tuple[float, float, float]] = field(default_factory=list)
    before_headline: tuple[float, float, float] | None = None

    def add(self, text: str, polarity: int, weight: float) -> None:
        """Count one cue of ``polarity`` weighing ``weight`` on its side and list it."""
        if polarity > 0:
            self.positive += weight
        elif polarity < 0:
            self.negative += weight
        else:
            self.mixed += weight
        self.cues.append((text, polarity, round(weight, 3)))

    def sides(self) -> tuple[float, float, float]:
        """(positive, negative, mixed) as they stand."""
        return self.positive, self.negative, self.mixed

    def take_back(self, since: tuple[float, float, float], text: str) -> None:
        """Discount the evidence gathered since ``since`` that a later sentence dismisses
        ("None of that matters")."""
        positive, negative, mixed = (max(0.0, now - then) for now, then in zip(self.sides(), since, strict=True))
        self.positive -= positive
        self.negative -= negative
        self.mixed -= mixed
        self.cues.append((text, 0, -round(positive + negative + mixed, 3)))

    @property
    def stated(self) -> float:
        """The weight of the verdict phrases found (VADER's sentence votes left out)."""
        return sum(weight for text, _, weight in self.cues if text != "vader" and weight > 0)

    @property
    def total(self) -> float:
        return self.positive + self.negative + self.mixed


def _clause_spans(sentence: str) -> list[tuple[int, int, float]]:
    """(start, end, weight) of a sentence's clauses: after a contrast more, before it less; the
    main clause more than an "although ..." clause."""
    weight = _AFTER_TURN if _OPENS_WITH_CONTRAST.match(sentence) else 1.0
    if _CONCESSIVE.match(sentence) and "," in sentence:
        comma = sentence.index(",")
        rest = [(comma + 1 + s, comma + 1 + e, w * _AFTER_TURN) for s, e, w in _clause_spans(sentence[comma + 1 :])]
        return [(0, comma, _CONCEDED_CLAUSE * weight), *rest]
    cuts = list(_CONTRAST.finditer(sentence))
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


def _paragraphs(text: str) -> list[list[str]]:
    """Paragraphs (blank-line separated, or lines when there are no blank lines) as sentences."""
    if len(text) > _HEAD + _TAIL:
        text = text[:_HEAD] + "\n\n" + text[-_TAIL:]
    blocks = [b for b in _BLANK_LINE.split(text) if b.strip()]
    if len(blocks) <= 1:
        blocks = [b for b in text.split("\n") if b.strip()]
    paragraphs = [[s for s in _SENTENCE.split(block) if s and s.strip()] for block in blocks]
    # a closing "3/5" or "Rating: B" is no paragraph of prose: the verdict before it is the closing one
    while len(paragraphs) > 1 and all(_is_rating_line(s) or _is_label_line(s) for s in paragraphs[-1]):
        paragraphs.pop()
    return paragraphs


_SENTENCE_END = re.compile(r"[.!?…][\"”’')\]]*\s*$")


def _is_label_line(line: str) -> bool:
    """A credit or footer line closing the page, no sentence and no verdict ("Blow-Up (Michelangelo
    Antonioni, 1966)", "Ann Lee | New: 3 March, 2019"): the closing verdict is above it."""
    return len(line) < _LABEL_LINE and not _SENTENCE_END.search(line) and not sentence_cues(line)


def _position_weights(paragraphs: list[list[str]]) -> list[list[float]]:
    """Each sentence's weight by its place: the opening weighs 1.5, the closing 2 (2.5 when it is a
    short verdict paragraph); with fewer than three paragraphs, the first sentence and the last two."""
    weights = [[1.0] * len(p) for p in paragraphs]
    if len(paragraphs) >= 3:
        weights[0] = [_OPENING] * len(paragraphs[0])
        weights[-1] = [_SHORT_CLOSING if len(paragraphs[-1]) <= 2 else _CLOSING] * len(paragraphs[-1])
        weights[-2] = [max(w, _BEFORE_CLOSING) for w in weights[-2]]
    else:
        flat = [(i, j) for i, p in enumerate(paragraphs) for j in range(len(p))]
        if len(flat) >= 3:
            i, j = flat[0]
            weights[i][j] = _OPENING
            for i, j in flat[-2:]:
                weights[i][j] = _CLOSING
    return weights


_SELF_NEGATED = re.compile(r"(?:not|never|no|nothing|none|nowhere|neither|\w+n't|cannot)\b", re.I)
_LET_DOWN = re.compile(
    r"^\W*(?:i was not|i wasn't|it was not|it wasn't|it did not|it didn't|i did not|i didn't|it is not|"
    r"it isn't|it does not|it doesn't|it has not|it hasn't|it never did|it never has|it never does|it still hasn't|"
    r"it still doesn't|it still has not|it still does not|not once|not really|nope|no|alas,? no|sadly,? no)\W*$",
    re.I,
)
_HOPED = re.compile(r"\b(?:expect\w*|hop(?:e|ed|ing)|wanted|wanting|looking forward)\b", re.I)
# what came instead of the hope: "I wanted a film about minds. I got a very expensive escape room." (not "I got
# one", "I got exactly that": the hope met)
_GOT_INSTEAD = re.compile(
    r"^\W*(?:instead,?\s+|but\s+)?(?:what\s+)?(?:i|we)\s+got\s+(?:was\s+)?"
    r"(?!(?:one|it|that|this|exactly|just that|what|everything|all|more|so much)\b)(?:an?|the|two|some)\b",
    re.I,
)
# "None of that matters much", "But that hardly matters": what came before is set aside.
_DISMISS = re.compile(
    r"^\W*(?:but |still,? |and )?(?:none of (?:that|this|it)|that|this|which|it all|all (?:of )?that) "
    r"(?:hardly|barely|scarcely|doesn't|does not|don't|do not|didn't|did not|never|won't|will not)? ?"
    r"(?:really |much |even |particularly )?matters?(?: (?:much|a bit|a jot|at all|in the end))?\W*$",
    re.I,
)
# Irony owned up to: "What a triumph. ... I am joking, of course." takes back the praise before it.
_RETRACT = re.compile(
    r"^\W*(?:(?:i'm|i’m|i am|i was) (?:only |just |of course )?(?:joking|kidding|being sarcastic)|just kidding|"
    r"(?:that|this) (?:was|is) (?:sarcasm|a joke)|of course (?:it is|it's|it was) not|kidding)\b",
    re.I,
)


# a verdict's label before the word: "Verdict: a Skip.", "Bottom line: Terrific." (not "Inside Out: Joy ...")
_LABEL_BEFORE = re.compile(
    r"^\W*(?:(?:the|my|our|final|short)\s+)*(?:verdict|bottom\s+line|in\s+short|overall|summary|conclusion"
    r"|recommendation|take|thoughts|word|tl;?\s?dr)\s*:\s*(?:an?\s+|the\s+)?$",
    re.I,
)


def _is_name(clause: str, start: int, text: str) -> bool:
    """A capitalised one-word cue inside a sentence is a name ("Joy (Amy Poehler)"), not a verdict,
    unless a label stands before it ("Verdict: a Skip.")."""
    before = clause[:start]
    return (
        " " not in text
        and text[:1].isupper()
        and before.strip() != ""
        and text != text.upper()
        and not _LABEL_BEFORE.match(before)
    )


_IF_NOT = re.compile(r"\bif not\s+(?:downright\s+|outright\s+|quite\s+)?$", re.I)
_SCOPE_END = re.compile(r"[,;:()\u2013\u2014]|\s-\s")


def _negated(clause: str, start: int) -> bool:
    """A negation within the cue's own phrase: punctuation ends its scope ("If you have never
    seen it, see it" is no refusal)."""
    before = clause[max(0, start - _NEGATION_REACH) : start]
    cut = [m.end() for m in _SCOPE_END.finditer(before)]
    scope = before[cut[-1] :] if cut else before
    if _IF_NOT.search(scope):
        return False  # "below par if not abysmal": "if not" raises the bid, it does not deny
    return _NEGATOR.search(scope) is not None


def weigh(
    text: str,
    titles: tuple[str, ...] = (),
    others: tuple[str, ...] = (),
    cues_by_sentence: dict[str, list[Cue]] | None = None,
    headline: str = "",
) -> Evidence:
    """The verdict evidence of a review or comment (see the module's doc for the weights), with
    the verdict of its ``headline`` (``_weigh_headline``), if any.

    VADER is read only where the verdict phrases leave the label undecided (mixed, or neutral for
    too little said): there its weak sentence votes break the tie; beside a one-sided verdict they
    only blurred it. Seventh session, on tune: as many pages right as reading it everywhere on the
    older blind pages and one more on the whole set (283 against 282 of 306; never reading it: 281),
    at a third of the stance's time."""
    if cues_by_sentence is None:  # each sentence's cues, found once for both readings (and the closing's)
        cues_by_sentence = {}
    evidence = _weigh_phrases(text, titles, others, cues_by_sentence, with_vader=False)
    evidence.before_headline = evidence.sides()
    _weigh_headline(evidence, headline, titles, others)
    if label_of(evidence)[0] in ("mixed", "neutral"):
        evidence = _weigh_phrases(text, titles, others, cues_by_sentence, with_vader=True)
        evidence.before_headline = evidence.sides()
        _weigh_headline(evidence, headline, titles, others)
    return evidence


def _weigh_headline(evidence: Evidence, headline: str, titles: tuple[str, ...], others: tuple[str, ...]) -> None:
    """Add the headline's verdict to ``evidence``: a headline that judges ("La La Land Is Pretty, and
    That's About It", "a river that goes nowhere", "Pretty People. Empty Film.") is the critic's
    verdict in one line, weighed as a closing sentence (``_HEADLINE``), each clause as in the body
    (negation, contrast, asides). Most headlines are only the title, a year or a series label: no
    cue, nothing added (the cue scan over one short line is the whole cost)."""
    if not headline or len(headline) > _HEADLINE_LENGTH:
        return
    title_names = title_pattern(titles)
    for sentence in _SENTENCE.split(headline):
        cues = sentence_cues(sentence, title_names) if sentence.strip() else []
        if cues and not _is_rating_line(sentence):
            _weigh_clauses(evidence, sentence, cues, _HEADLINE, *_work_keys(titles, others))


def _weigh_phrases(
    text: str,
    titles: tuple[str, ...],
    others: tuple[str, ...],
    cues_by_sentence: dict[str, list[Cue]],
    with_vader: bool,
) -> Evidence:
    """The evidence of ``weigh``: its verdict phrases weighed by place, sentence by sentence, and
    VADER's sentence scores with them when ``with_vader``. ``cues_by_sentence`` caches each
    sentence's cues across the two readings (filled here)."""
    evidence = Evidence()
    title_keys, other_keys = _work_keys(titles, others)
    title_names = title_pattern(titles)
    if (thread := THREAD_HEADER.search(text)) and text[: thread.start()].strip():
        text = text[: thread.start()]  # "2 Responses" and the thread under it: the commenters' verdicts, not the post's
    paragraphs = _paragraphs(_ABOUT_THE_REVIEW.sub(" ", text))
    previous = ""
    praise_before_last = 0.0  # positive evidence before the previous sentence
    paragraph_start = previous_paragraph_start = 0.0  # positive evidence at the start of each paragraph
    sides = previous_sides = (0.0, 0.0, 0.0)  # the evidence at the start of each paragraph
    for sentences, weights in zip(paragraphs, _position_weights(paragraphs), strict=True):
        previous_paragraph_start, paragraph_start = paragraph_start, evidence.positive
        previous_sides, sides = sides, evidence.sides()
        evidence.marks.append(sides)
        for index, (sentence, position) in enumerate(zip(sentences, weights, strict=True)):
            previous, before = sentence, previous
            praised, praise_before = evidence.positive, praise_before_last
            praise_before_last = evidence.positive
            cues = cues_by_sentence.get(sentence)  # once per sentence; each clause takes the cues inside it
            if cues is None:
                cues = cues_by_sentence[sentence] = sentence_cues(sentence, title_names)
            compound = None
            if not cues and not (
                _DISMISS.match(sentence)
                or _RETRACT.match(sentence)
                or _LET_DOWN.match(sentence)
                or _GOT_INSTEAD.match(sentence)
            ):
                if not with_vader:
                    continue
                compound = _vader(sentence)  # the sentence unchanged: no cue is blanked out of it
                if abs(compound) < _VADER_FLOOR:
                    continue  # it adds no evidence, rating line or not (no rating is read for it)
            if _is_rating_line(sentence):
                continue
            if _takes_back(
                evidence,
                sentence,
                previous_sides if index == 0 else sides,  # the paragraph before, when it opens this one
                previous_paragraph_start if index == 0 else paragraph_start,
                before,
                praised - praise_before,
                position,
            ):
                continue
            marker = _MARKED_VERDICT if _VERDICT_MARKER.search(sentence) or _OWN_VERDICT.match(sentence) else 1.0
            sentence, aside = _weigh_clauses(evidence, sentence, cues, position * marker, title_keys, other_keys)
            if not with_vader:
                continue
            if compound is None:
                compound = _vader(sentence)
            if abs(compound) >= _VADER_FLOOR:
                evidence.add("vader", 1 if compound > 0 else -1, _VADER_WEIGHT * abs(compound) * position * aside)
    return evidence


def _takes_back(
    evidence: Evidence,
    sentence: str,
    since_sides: tuple[float, float, float],
    since_praise: float,
    before: str,
    praise_of_before: float,
    position: float,
) -> bool:
    """Whether ``sentence`` sets aside or denies what came before, counted into ``evidence``:
    a dismissal ("None of that matters") takes back everything since ``since_sides`` (the
    paragraph's start); a retraction ("I am joking, of course") turns the praise since
    ``since_praise``; a let-down ("I did not.") after a hope (in ``before``, the sentence before)
    or after praise (``praise_of_before``, what that sentence added) is blame, and so is what came
    instead of a hope ("I wanted a film about minds. I got an escape room."). False when it is
    none of them, or a retraction with no praise to turn: the sentence is then weighed as usual."""
    if _DISMISS.match(sentence):
        evidence.take_back(since_sides, sentence)
        return True
    if _RETRACT.match(sentence):
        taken_back = evidence.positive - since_praise
        if taken_back > 0:
            evidence.add(sentence.strip(), -1, _DENIED * taken_back)
            return True
    if (_LET_DOWN.match(sentence) and (_HOPED.search(before) or praise_of_before > 0)) or (
        _GOT_INSTEAD.match(sentence) and _HOPED.search(before)
    ):
        # "I wanted to love it. I did not."; sarcasm: "What a triumph. (It is not.)"
        evidence.add(sentence.strip(), -1, max(_LET_DOWN_STRENGTH * position, _DENIED * praise_of_before))
        return True
    return False


def _weigh_clauses(
    evidence: Evidence,
    sentence: str,
    cues: list[Cue],
    weight: float,
    title_keys: tuple[str, ...],
    other_keys: tuple[str, ...],
) -> tuple[str, float]:
    """Add to ``evidence`` the cues of one verdict sentence weighing ``weight`` (its place and
    marker), each by its clause: contrast, negation, asides about others or another work.

    Returns the sentence with the cues that hold their own contrast blanked out (as VADER then
    reads it), and the aside factor of its VADER score (``_ASIDE`` when a clause is an aside, else 1).
    """
    aside = 1.0
    cues = _conceded(cues)
    sentence, cues = _spanning_cues(sentence, cues, evidence, weight)
    clauses = _clause_spans(sentence)
    hedged = _hedged(sentence, cues)
    for number, (clause_start, clause_end, clause_weight) in enumerate(clauses):
        clause = sentence[clause_start:clause_end]
        clause_weighs = weight * clause_weight
        granted = False  # "I understand why it mattered, and I could happily never watch it again"
        if not_verdict := _NOT_VERDICT.search(clause):
            aside = _ASIDE
            if _GRANTED.fullmatch(not_verdict.group()):
                granted = True  # the praise is granted to others; a blame beside it is the critic's own
            else:
                clause_weighs *= _ASIDE
        earlier = _PREDECESSOR.search(clause)
        if earlier and earlier.start() <= _SUBJECT_REACH and not _THIS_ONE.search(clause):
            clause_weighs *= _ASIDE  # "The first one was dumb fun": about the earlier film
            aside = _ASIDE
        elsewhere = 1.0  # "If you want X, Y is the one" names another work to send the reader away from this one
        if other_keys and _names_other_work(_key(clause), title_keys, other_keys):
            elsewhere = _ASIDE
            aside = _ASIDE
        for cue in cues:
            if not clause_start <= cue.start < clause_end:
                continue
            start = cue.start - clause_start
            if _is_name(clause, start, cue.text):
                continue
            polarity, strength = cue.polarity, cue.strength
            if polarity and not _SELF_NEGATED.match(cue.text) and _negated(clause, start):
                negated_keeps = _NEGATED_PRAISE if polarity > 0 else _NEGATED_BLAME
                polarity, strength = -polarity, strength * negated_keeps
            if hedged and number < len(clauses) - 1:
                polarity = 0  # "worth seeing, but you have seen it": a verdict with a reservation
            weighs = clause_weighs * (1.0 if _SENT_ELSEWHERE.match(cue.text) else elsewhere)
            evidence.add(cue.text, polarity, strength * weighs * (_ASIDE if granted and polarity >= 0 else 1.0))
    return sentence, aside


_SENT_ELSEWHERE = re.compile(r"if you\b", re.I)  # the reader sent to another work (``verdict_phrases``)
_NOT_A_KEY = re.compile(r"[\W_]+")


def _key(name: str) -> str:
    """A name or clause folded, its punctuation as spaces, padded: " love actually " for "Love,
    Actually"; a key found in a clause's key is a name found as whole words."""
    return f" {_NOT_A_KEY.sub(' ', fold(name)).strip()} "


@lru_cache(maxsize=64)  # the same works for each reading of a page, its headline and its comments
def _work_keys(titles: tuple[str, ...], others: tuple[str, ...]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The reviewed work's keys and the other works' (``_key``); another work spelled as the reviewed
    one ("Love, Actually" beside "Love Actually") is the reviewed one."""
    title_keys = tuple(k for k in (_key(t) for t in titles if t) if k.strip())
    other_keys = dict.fromkeys(_key(t) for t in others if t)
    return title_keys, tuple(k for k in other_keys if k.strip() and k not in title_keys)


_GRANTED = re.compile(r"(?:understand|see|get|know) why", re.I)


@lru_cache(maxsize=4096)  # a pure function of the sentence; threads repeat 'Great review!'
def _vader(sentence: str) -> float:
    """VADER's compound score; 0 without running it when no word of an ASCII sentence (which
    holds no emoji) is in its lexicon: only lexicon words carry valence there."""
    vader = analyzer()
    if sentence.isascii():
        lexicon = vader.lexicon
        strip = string.punctuation
        for token in sentence.lower().split():  # ASCII: lower-casing keeps every cut and length
            stripped = token.strip(strip)
            if (stripped if len(stripped) > 2 else token) in lexicon:  # VADER's own word cut
                break
        else:
            return 0.0
    return float(vader.polarity_scores(sentence)["compound"])


def _conceded(cues: list[Cue]) -> list[Cue]:
    """A fault granted and then turned into a virtue ("It is slower than the book, and it is
    the better for it"): the faults named before the turn are no verdict against the film."""
    turns = [c.start for c in cues if _TURN.fullmatch(c.text)]
    if not turns:
        return cues
    return [c for c in cues if c.polarity >= 0 or c.start > turns[-1]]


_TURN = re.compile(r"(?:(?:all|and|the|is|it's|it is)\s+)*(?:better|stronger|richer)\s+for\s+it", re.I)


def _hedged(sentence: str, cues: list[Cue]) -> bool:
    """A verdict qualified by a contrast that states no verdict of its own ("Worth seeing, but you
    have seen it."): the words before "but" are a reservation, not a one-sided verdict."""
    cuts = list(_CONTRAST.finditer(sentence))
    if not cuts or _CONCESSIVE.match(sentence):
        return False
    after_first = cuts[0].start()
    return len(sentence[cuts[-1].end() :].split()) >= 3 and not any(c.start >= after_first for c in cues)


def _spanning_cues(sentence: str, cues: list[Cue], evidence: Evidence, weight: float) -> tuple[str, list[Cue]]:
    """Verdict phrases that hold their own contrast ("not bad, but not good either") count
    whole, before the sentence is cut at its "but"; the sentence and its cues come back without them."""
    kept = []
    for cue in cues:
        if _CONTRAST.search(cue.text):
            evidence.add(cue.text, cue.polarity, cue.strength * weight)
            sentence = sentence[: cue.start] + " " * (cue.end - cue.start) + sentence[cue.end :]
        else:
            kept.append(cue)
    return sentence, kept


def _is_rating_line(sentence: str) -> bool:
    """A rating, or the blog's statement of its scale: facts about the rating, not verdict prose."""
    return len(sentence) < _RATING_LINE and (parse_rating(sentence) is not None or stated_scale([sentence]) is not None)


_THE_FILM_ITSELF = re.compile(r"\b(?:it|this (?:one|film|movie)|the film|the movie)\b")


def _names_other_work(clause: str, title_keys: tuple[str, ...], other_keys: tuple[str, ...]) -> bool:
    """The clause is about another work: it names one, and neither the reviewed work nor "it"."""
    if not any(key in clause for key in other_keys):
        return False
    if any(key in clause for key in title_keys):
        return False
    return _THE_FILM_ITSELF.search(clause) is None


def label_of(evidence: Evidence) -> tuple[StanceLabel, float]:
    """(label, score in -1..1) of weighed evidence."""
    total = evidence.total
    lean = (evidence.positive - evidence.negative) / max(evidence.positive + evidence.negative, 1e-9)
    score = round((evidence.positive - evidence.negative) / max(total, 1e-9), 3)
    if total < _MIN_EVIDENCE:  # little said: only a one-sided verdict word counts ("a solid thriller")
        if total >= _WEAK_EVIDENCE and evidence.mixed == 0 and abs(lean) >= _ONE_SIDED:
            return ("positive" if lean > 0 else "negative"), score
        return "neutral", 0.0
    if evidence.mixed / total >= _MIXED_SHARE:
        return "mixed", score
    if lean >= _LEAN:
        return "positive", score
    if lean <= -_LEAN:
        return "negative", score
    return "mixed", score


def warm_middle_label(evidence: Evidence) -> StanceLabel:
    """The stance of a review whose grade is good but not high (B-, 7/10, 3.5/5, ***1/2).

    Such a grade says "good, with reservations", and the critics who give it write two kinds of
    review: praise with at most a quibble ("my one quibble is the pacing ... go watch it"), and a
    review whose reservations are a real part of the verdict ("where it loses points is the middle
    hour", "I admired it, and I'm not sure I love it"). Readers call the first positive and the
    second mixed, so the number alone cannot decide: the text's balance does. The grade has already
    said there are reservations, so the text has to show them as minor to read positive: praise at
    least four times the reservations (a lean of ``_WARM_LEAN``, against ``_LEAN`` for a text with no
    grade), with split verdicts ("uneven") counted as reservations; mixed otherwise. Never negative
    (the grade vetoes a pan); where the text states too little (under ``_MIN_EVIDENCE``) the grade
    stands. The bar follows the blind writers of the tune pages (SOURCES-blind*.md), who labelled 7
    of their 8 pages graded B- to 3.5/5 mixed, among them reviews whose praise ran two to one
    ("Baahubali 2", "Whiplash"), and the one whose reservations were a costume and a slow trial
    scene positive ("Planet of the Apes"); the earlier rule writers, who let the grade decide,
    called most such pages positive.

    >>> warm_middle_label(Evidence(5.0, 1.0)), warm_middle_label(Evidence(3.0, 1.0))
    ('positive', 'mixed')
    >>> warm_middle_label(Evidence(4.0, 0.0, 1.5)), warm_middle_label(Evidence(0.0, 3.0))
    ('mixed', 'mixed')
    >>> warm_middle_label(Evidence(0.2, 0.3))
    'positive'
    """
    if evidence.total < _MIN_EVIDENCE:
        return "positive"
    reservations = evidence.negative + evidence.mixed
    return "positive" if (evidence.positive - reservations) / evidence.total >= _WARM_LEAN else "mixed"


# A four-star scale stated with the rating ("** (out of four)", "2/4", "2 out of 4 stars"): its two
# stars are the thumbs-down mark of that convention, not the middle of a five- or ten-point scale.
_FOUR_POINT = re.compile(r"(?:out of|of|/)\s*(?:4|four)\b", re.IGNORECASE)


def rating_label(rating: float, raw: str = "") -> StanceLabel:
    """The stance a rating on 0..1 states; ``raw`` is the rating as written (its scale).

    >>> rating_label(0.7), rating_label(0.65), rating_label(0.5), rating_label(0.4)
    ('positive', 'mixed', 'mixed', 'negative')
    >>> rating_label(0.5, "** (out of four)"), rating_label(0.625, "2.5/4")
    ('negative', 'mixed')
    """
    if rating >= POSITIVE_RATING:
        return "positive"
    if rating <= 0.5 and _FOUR_POINT.search(raw):
        return "negative"
    return "negative" if rating < NEGATIVE_RATING else "mixed"


# A post that presents a selection ("Top 5 Thursday: ...", "7 Best Horror Movies", "Five Westerns
# to Start With", "My Favourite Musicals") endorses what it picked; "the worst ..." condemns it.
_SELECTION_GOOD = re.compile(
    r"\b(?:top\s+(?:\d+|ten|five|three|twenty)|best|greatest|favou?rites?|essentials?|must[- ]sees?"
    r"|to (?:start with|begin with|watch|see|seek out|check out))\b",
    re.IGNORECASE,
)
_SELECTION_BAD = re.compile(r"\b(?:worst|most (?:overrated|disappointing)|biggest disappointments)\b", re.IGNORECASE)


def selection_label(heading: str, label: StanceLabel, evidence: Evidence) -> StanceLabel:
    """The stance of a post about several works whose heading presents a selection: the choice
    is the verdict, so split or thin evidence that does not lean against it follows the heading
    (a "top 5" that grumbles about one pick is still a list of recommendations).

    >>> selection_label("Top 5 Thursday: Films from 1975", "mixed", Evidence(2.0, 1.9))
    'positive'
    >>> selection_label("Top 5 Thursday: Films from 1975", "mixed", Evidence(1.0, 2.0))
    'mixed'
    >>> selection_label("Notes from the festival, part 2", "mixed", Evidence(2.0, 1.9))
    'mixed'
    """
    if label not in ("mixed", "neutral") or not heading:
        return label
    if _SELECTION_BAD.search(heading):
        return "negative" if evidence.negative >= evidence.positive else label
    if _SELECTION_GOOD.search(heading) and evidence.positive >= evidence.negative:
        return "positive"
    return label


def stance_of(
    text: str,
    titles: tuple[str, ...],
    rating: float | None = None,
    others: tuple[str, ...] = (),
    selection: str = "",
    rating_raw: str = "",
    headline: str = "",
    prior: StanceLabel = "neutral",
) -> Stance:
    """The stance of one review or comment toward the work called ``titles``; ``others`` are
    the other works the page names (clauses only about them weigh little); ``selection`` is the
    heading of a post with no single reviewed work (a list or a double bill), if any;
    ``rating_raw`` is the rating as written; ``headline`` the post's headline (read as a verdict
    line; a ``selection`` heading is read by ``selection_label`` instead); ``prior`` the label of
    a text that states too little (``_says_too_little``): a post on a film, unlike a comment, is a
    review, and most reviews are positive (bloggers write about what they like); with the default
    "neutral" (comments) the older reading stands.

    A review (``prior`` set) in the learnt model's scope (``stance_model.in_scope``: no selection
    heading, no grade or a middle one) takes the model's label over the rules' features and answer."""
    learnt = prior != "neutral" and in_scope(rating, selection) and model() is not None  # a review: the model
    stance, row = _rules_stance(text, titles, rating, others, selection, rating_raw, headline, prior, learnt)
    if row is None:
        return stance
    return replace(stance, label=_LABELS.get(decide(row, stance.label), stance.label))


_LABELS: dict[str, StanceLabel] = {
    "positive": "positive",
    "negative": "negative",
    "mixed": "mixed",
    "neutral": "neutral",
}


def review_features(
    text: str,
    titles: tuple[str, ...],
    rating: float | None = None,
    others: tuple[str, ...] = (),
    selection: str = "",
    rating_raw: str = "",
    headline: str = "",
) -> tuple[StanceLabel, dict[str, float] | None]:
    """A review's stance by the hand-set rules alone, and the learnt model's features (``stance_model``),
    None outside its scope: what ``scripts/train_stance.py`` fits the model on, as ``stance_of`` reads them."""
    scoped = in_scope(rating, selection)
    stance, row = _rules_stance(text, titles, rating, others, selection, rating_raw, headline, REVIEW_PRIOR, scoped)
    return stance.label, row


def _rules_stance(
    text: str,
    titles: tuple[str, ...],
    rating: float | None,
    others: tuple[str, ...],
    selection: str,
    rating_raw: str,
    headline: str,
    prior: StanceLabel,
    with_row: bool,
) -> tuple[Stance, dict[str, float] | None]:
    """The hand-set rules' stance (see ``stance_of``), and the model's features when ``with_row``."""
    headline = "" if selection else headline
    text = without_chrome(text)  # "Related posts" and their titles, tags, "Next post: ...": not the verdict
    cues: dict[str, list[Cue]] = {}
    turns = None  # whether the closing turns away, once read
    if rating is not None:  # the rating decides: a "3/5" with warm words is still a middling grade
        label = rating_label(rating, rating_raw)
        warm = label == "positive" and rating < WARM_MIDDLE  # "good, with reservations": the text says how many
        if not (warm or with_row):
            return Stance(label, round(rating * 2 - 1, 3), rating), None
        evidence = weigh(text, titles, others, cues, headline)
        label = warm_middle_label(evidence) if warm else label
        stance = Stance(label, round(rating * 2 - 1, 3), rating)
    else:
        evidence = weigh(text, titles, others, cues, headline)
        label, score = label_of(evidence)
        if prior != "neutral" and _says_too_little(evidence, label) and len(text.split()) >= _REVIEW_WORDS:
            label = prior  # too little said: a stray word or two, or VADER's reading of the plot, is no verdict
        if label == "positive" and (turns := closing_turns_away(text, titles, cues)):
            label = "mixed"  # praise in the body, reservations in the verdict: grudging, not positive
        label = selection_label(selection, label, evidence)
        # a review always has a verdict (no gold review is neutral): a caption's few words, or a body the
        # page reader lost, take the prior rather than an answer that is never right
        stance = Stance(prior if label == "neutral" and prior != "neutral" else label, score)
    if not with_row:
        return stance, None
    reading = reading_of(text, titles, evidence, cues, rating, turns)
    return stance, features(reading, rating, stance.label, bool(_FOUR_POINT.search(rating_raw)))


def _sides_lean(start: tuple[float, float, float], end: tuple[float, float, float]) -> float:
    """The lean, (praise - blame) / (praise + blame), of the evidence added between two marks."""
    praise, blame = end[0] - start[0], end[1] - start[1]
    return (praise - blame) / (praise + blame) if praise + blame > 0 else 0.0


def reading_of(
    text: str,
    titles: tuple[str, ...],
    evidence: Evidence,
    cues: dict[str, list[Cue]],
    rating: float | None,
    turns: bool | None = None,
) -> Reading:
    """What ``weigh`` found in a review, as ``stance_model`` reads it (``cues``: each sentence's cues, as
    ``weigh`` filled them; ``turns``: ``closing_turns_away``'s answer when the rules have read it)."""
    if (thread := THREAD_HEADER.search(text)) and text[: thread.start()].strip():
        text = text[: thread.start()]
    text_label = label_of(evidence)[0]
    words = len(text.split())
    marks, final = evidence.marks, evidence.before_headline or evidence.sides()
    two = len(marks) >= 2
    return Reading(
        *evidence.sides(),
        stated=evidence.stated,
        vader=sum(polarity * weight for said, polarity, weight in evidence.cues if said == "vader"),
        headline=_sides_lean(final, evidence.sides()),
        opening=_sides_lean(marks[0], marks[1]) if two else 0.0,
        closing=_sides_lean(marks[-1], final) if two else 0.0,
        cues=tuple(cues.values()),
        words=words,
        contrasts=contrast_count(text),
        text_label=text_label,
        too_little=_says_too_little(evidence, text_label) and words >= _REVIEW_WORDS,
        closing_turns=closing_turns_away(text, titles, cues) if turns is None else turns,
        warm_label=warm_middle_label(evidence) if rating is not None else "",
    )


def _says_too_little(evidence: Evidence, label: StanceLabel) -> bool:
    """Whether a review's text states too little for a label of its own: its verdict phrases (VADER's
    votes left out: over a plot they read the story's deaths and griefs) weigh under ``_MIN_EVIDENCE``,
    or under ``_THIN`` with no split verdict where the label came out mixed or neutral."""
    stated = evidence.stated
    return stated < _MIN_EVIDENCE or (label in ("mixed", "neutral") and stated < _THIN and not evidence.mixed)


# The verdict paragraph's own reading. A review with reservations comes in two kinds: praise with a
# quibble conceded on the way ("Sure, it's not perfect, but it's true to the legacy"), and a
# grudging or mixed verdict ("So: great first act, great last ten minutes, a soggy middle", "I just
# don't know if I like it"). Both can hold far more praise than blame over the whole text; what
# tells them apart is WHERE the reservations sit: the positive review turns back to praise before it
# ends, the grudging one ends its verdict on the reservation. So the last paragraph that states a
# verdict is read sentence by sentence, each sentence by the last clause that says something (after
# "but", the main clause after "although"), a stated phrase or a marker over a weak word ("funny",
# "cold"); a review read as positive is mixed when that paragraph ends on a reservation and at least
# half its verdict sentences are reservations. Unrated reviews only: a rating decides by itself.
_RESERVATION = re.compile(RESERVATION_MARKERS)
_PRAISE = re.compile(PRAISE_MARKERS)
_FAINT = re.compile(FAINT_MARKERS, re.I)
_ZONE_RESERVED = 0.5  # the share of the verdict paragraph's sentences that end on a reservation
_WEAK_VERDICT = 2  # weak words that make a paragraph a verdict without a phrase ("A gripping, lovely ride.")
_CLOSING_READ = 4000  # characters read at the end of a text for its verdict paragraph
_STRONG = 1.0  # a one-word cue weaker than this ("funny", "flat") yields to a stated phrase or marker


def _verdict_items(
    sentence: str, title: re.Pattern[str] | None, cues_by_sentence: dict[str, list[Cue]] | None = None
) -> list[list[tuple[int, int, bool]]]:
    """Each clause's verdict items as (offset, side +1/-1, strong): the sentence's cues (turned by
    a negation in their clause) and the closing markers (``verdict_phrases.RESERVATION_MARKERS``,
    ``PRAISE_MARKERS``; a negated praise marker is a reservation: "not my favourite")."""
    cues = cues_by_sentence.get(sentence) if cues_by_sentence is not None else None
    if cues is None:
        cues = sentence_cues(sentence, title)
    clauses = []
    for start, end, _ in _clause_spans(sentence):
        clause = sentence[start:end]
        found = []
        for cue in cues:
            if start <= cue.start < end and cue.polarity:
                polarity = cue.polarity
                if not _SELF_NEGATED.match(cue.text) and _negated(clause, cue.start - start):
                    polarity = -polarity
                found.append((cue.start, polarity, cue.strength >= _STRONG or " " in cue.text))
            elif start <= cue.start < end:
                found.append((cue.start, -1, True))  # a split verdict ("uneven", "has its moments")
        lowered = clause[:1].lower() + clause[1:]
        for m in _FAINT.finditer(clause):
            at, to = start + m.start(), start + m.end()
            found = [item for item in found if not at <= item[0] < to]  # "Not bad." is a pass, not praise
            found.append((at, -1, True))
        found += [(start + m.start(), -1, True) for m in _RESERVATION.finditer(lowered)]
        for m in _PRAISE.finditer(lowered):
            found.append((start + m.start(), -1 if _negated(clause, m.start()) else 1, True))
        clauses.append(found)
    return clauses


def sentence_side(sentence: str, title: re.Pattern[str] | None = None) -> int:
    """The side a verdict sentence ends on: +1 praise, -1 a reservation, 0 nothing said. Its last
    clause that says something decides, and there the last strong item (a phrase or marker) over
    weak words.

    >>> sentence_side("The cast is terrific, but the middle drags.")
    -1
    >>> sentence_side("Sure, the middle drags, but it is a terrific ride.")
    1
    >>> sentence_side("Not my favourite of his.")
    -1
    """
    return _side(_verdict_items(sentence, title))


def _side(clauses: list[list[tuple[int, int, bool]]]) -> int:
    """``sentence_side`` of a sentence's verdict items by clause."""
    for found in reversed(clauses):
        if found:
            strong = [item for item in found if item[2]]
            return max(strong or found)[1]
    return 0


def closing_turns_away(
    text: str, titles: tuple[str, ...] = (), cues_by_sentence: dict[str, list[Cue]] | None = None
) -> bool:
    """Whether the last paragraph stating a verdict (a phrase or marker, or two weak words) ends
    on a reservation with at least half its verdict sentences reservations; a text of one paragraph
    has no verdict paragraph of its own (False). Only the text's last ``_CLOSING_READ`` characters
    (from a paragraph's start) are read; ``cues_by_sentence``: the cues ``weigh`` found, if any.

    >>> closing_turns_away("A gorgeous film, superbly acted and shot.\\n\\n"
    ...     "So: a great first act, a lovely score, and a middle that dragged. I just don't know if I love it.")
    True
    >>> closing_turns_away("A gorgeous film, superbly acted and shot.\\n\\n"
    ...     "Sure, the middle drags. But it is the best thing I have seen this year.")
    False
    """
    if (thread := THREAD_HEADER.search(text)) and text[: thread.start()].strip():
        text = text[: thread.start()]
    text = _ABOUT_THE_REVIEW.sub(" ", text)
    cut = text.find("\n\n", len(text) - _CLOSING_READ) if len(text) > _CLOSING_READ else -1
    # from the cut when the opening paragraph lies before it; else all but the opening
    paragraphs = _paragraphs(text[cut:]) if cut > 0 and text[:cut].strip() else _paragraphs(text)[1:]
    title = title_pattern(titles)
    for paragraph in reversed(paragraphs):
        items = [_verdict_items(s, title, cues_by_sentence) for s in paragraph if not _is_rating_line(s)]
        said = [item for clauses in items for found in clauses for item in found]
        if not any(item[2] for item in said) and len(said) < _WEAK_VERDICT:
            continue  # no verdict stated here: a sign-off, a credit, a plot line ("a student flat")
        sides = [side for side in _turned_sides(paragraph, items) if side]
        return bool(sides) and sides[-1] < 0 and sides.count(-1) >= _ZONE_RESERVED * len(sides)
    return False


def _turned_sides(paragraph: list[str], items: list[list[list[tuple[int, int, bool]]]]) -> list[int]:
    """Each verdict sentence's side (``_side``), a sentence that opens by turning ("But", "Still",
    "That said") after a reservation and states no reservation of its own counted as praise: the
    faults were conceded, and the paragraph turns back to the verdict ("It is not perfect. The middle
    drags. But I am glad I saw it, and now I have.").

    >>> _turned_sides(["The middle drags.", "But I am glad I finally saw it."],
    ...     [[[(4, -1, True)]], [[]]])
    [-1, 1]
    """
    sentences = [s for s in paragraph if not _is_rating_line(s)]
    sides: list[int] = []
    for sentence, clauses in zip(sentences, items, strict=True):
        side = _side(clauses)
        if side == 0 and -1 in sides and _OPENS_WITH_CONTRAST.match(sentence):
            side = 1
        sides.append(side)
    return sides
