"""Weighing the verdict evidence of a review or comment: each sentence's verdict phrases
(``extract.nlp.stance_text``) counted by their place and their clause, into praise, blame and
split totals (``Evidence``), and the label those totals state (``label_of``).

- the clause after "but", "however", "yet", "still" weighs more than the one before it, and
  the main clause more than an "although ..." clause; a negation just before a phrase turns it;
- the first paragraph, and more the last, weigh more; so do sentences marked as the verdict
  ("overall", "in the end", "bottom line"), and a headline that judges;
- clauses about others' opinions, expectations, the trailer or another work weigh little;
- a sentence that dismisses, retracts or lets down what came before takes it back;
- VADER's sentence score is read only where the verdict phrases leave the label undecided.

>>> label_of(weigh("The film looks lovely, but it is a slog. Skip it."))[0]
'negative'
"""

from __future__ import annotations

import re
import string
from dataclasses import dataclass, field
from functools import cache, lru_cache

from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

from extract.nlp.stance_text import (
    CONCESSIVE,
    CONTRAST,
    SELF_NEGATED,
    SENTENCE,
    clause_spans,
    is_rating_line,
    names_a_minor_fault,
    negated,
    review_paragraphs,
    sentence_cues,
    title_pattern,
)
from extract.nlp.textnorm import fold
from extract.nlp.verdicts import Cue, guarded
from extract.records import StanceLabel

# ``label_of``'s bars, on weighed evidence (a plain verdict word in a middle sentence weighs 1,
# a weak evaluative word 0.5): under MIN_EVIDENCE the text says too little for a label of its
# own (neutral) unless it holds at least _WEAK_EVIDENCE that leans _ONE_SIDED one way (one weak
# word on a short comment: "a solid thriller"); split verdicts ("uneven", "a mixed bag") at
# _MIXED_SHARE of the whole make it mixed; otherwise praise and blame must lean _LEAN apart
# ((p - n) / (p + n): praise 1.86 times the blame, or more) for a one-sided label.
MIN_EVIDENCE = 0.75
_WEAK_EVIDENCE = 0.45
_ONE_SIDED = 0.6
_MIXED_SHARE = 0.4
_LEAN = 0.3
_VADER_WEIGHT = 0.25
_VADER_FLOOR = 0.3  # a weaker VADER score is no evidence
_LET_DOWN_STRENGTH = 2.0
_SET_ASIDE = 1.0  # what a dismissal ("It does not matter much.", "a small price to pay") implies of the rest
_DENIED = 2  # praise said and then denied ("What a triumph. I am joking.") counts twice against the film
_MARKED_VERDICT = 1.6  # a sentence marked as the verdict ("overall", "bottom line", "for me") weighs more
# a negated cue turns and weakens: "not great" is blame, though milder than "bad"; "not bad" is
# faint praise, much milder than "good"
_NEGATED_PRAISE = 0.8
_NEGATED_BLAME = 0.5
_ASIDE = 0.25  # others' opinions, expectations, another work: not the critic's verdict on this one
# the weights of a sentence's place: the opening paragraph, the closing one (more when it is a
# short verdict paragraph of one or two sentences), and the one before the close
_OPENING = 1.5
_CLOSING = 2.0
_SHORT_CLOSING = 2.5
_BEFORE_CLOSING = 1.2
# a headline that judges weighs as a closing sentence; a longer "headline" is a page's first line, not a headline
_HEADLINE = 2.0
_HEADLINE_LENGTH = 200
_SUBJECT_REACH = 25  # "The first one was ...", "I loved the original ...": the earlier film as the clause's topic

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

    def take_back(self, since: tuple[float, float, float], text: str) -> tuple[float, float]:
        """Discount the evidence gathered since ``since`` that a later sentence dismisses
        ("None of that matters"); returns the praise and the faults (blame and split verdicts) taken back."""
        positive, negative, mixed = (max(0.0, now - then) for now, then in zip(self.sides(), since, strict=True))
        self.positive -= positive
        self.negative -= negative
        self.mixed -= mixed
        self.cues.append((text, 0, -round(positive + negative + mixed, 3)))
        return positive, negative + mixed

    @property
    def stated(self) -> float:
        """The weight of the verdict phrases found (VADER's sentence votes left out)."""
        return sum(weight for text, _, weight in self.cues if text != "vader" and weight > 0)

    @property
    def total(self) -> float:
        return self.positive + self.negative + self.mixed


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


_DENIAL = (
    r"^\W*(?:i was not|i wasn't|it was not|it wasn't|it did not|it didn't|i did not|i didn't|it is not|"
    r"it isn't|it does not|it doesn't|it has not|it hasn't|it never did|it never has|it never does|it still hasn't|"
    r"it still doesn't|it still has not|it still does not|not once|not really|nope|no|alas,? no|sadly,? no)"
)
_LET_DOWN = re.compile(_DENIAL + r"\W*$", re.I)
# the same denial opening a longer sentence, after a hope: "I wanted to call it a classic. It isn't, for
# me."; "I kept wanting to like it. I didn't, and three hours is a long time to keep wanting."
_LET_DOWN_OPENS = re.compile(
    _DENIAL + r"(?:\s*[,;:\u2013\u2014](?!\s*(?:but|yet|though|however)\b)|\s+(?:for me|at all|in the end)\b)", re.I
)
_HOPED = re.compile(r"\b(?:expect\w*|hop(?:e|ed|ing)|wanted|wanting|looking forward)\b", re.I)
# what came instead of the hope: "I wanted a film about minds. I got a very expensive escape room." (not "I got
# one", "I got exactly that": the hope met)
_GOT_INSTEAD = re.compile(
    r"^\W*(?:instead,?\s+|but\s+)?(?:what\s+)?(?:i|we)\s+got\s+(?:was\s+)?"
    r"(?!(?:one|it|that|this|exactly|just that|what|everything|all|more|so much)\b)(?:an?|the|two|some)\b",
    re.I,
)
# the hope and what came instead in one sentence: "I wanted a portrait and I got a stylish argument."
_GOT_INSTEAD_INSIDE = re.compile(
    r"\b(?:wanted|expected|hoped for)\b[^.!?]{0,80}?\b(?:and|but)\s+(?:what\s+)?(?:i|we)\s+got\s+(?:was\s+)?"
    r"(?!(?:one|it|that|this|exactly|just that|what|everything|all|more|so much)\b)(?:an?|the|two|some)\b",
    re.I,
)
# "None of that matters much", "But that hardly matters": what came before is set aside.
# "It does not matter much." (denied: "it matters" keeps what came before); a fault called small: "But
# that's a small price to pay." (on tune, every review that says one of them is positive: 10 of 10).
_DISMISS = re.compile(
    r"^\W*(?:but |still,? |and )?(?:(?:none of (?:that|this|it)|that|this|which|it all|all (?:of )?that) "
    r"(?:hardly|barely|scarcely|doesn't|does not|don't|do not|didn't|did not|never|won't|will not)? ?"
    r"|it (?:hardly|barely|scarcely|doesn't|does not|didn't|did not|never) )"
    r"(?:really |much |even |particularly )?matters?(?: (?:much|a bit|a jot|at all|in the end))?\W*$"
    r"|^\W*(?:but |still,? |and )?(?:that's|that is|that was|it's|it is|which is) (?:a |only a |just a )?"
    r"(?:small|minor|tiny|little|low) (?:cost|price|thing|matter)(?: to pay)?\W*$",
    re.I,
)
# A one-word hedge after praise: "I liked it. Mostly.", "It almost redeems the rest. Almost." (ST, s13:
# on tune and blind17 the three reviews that say one are mixed)
_HEDGE = re.compile(
    r"^\W*(?:mostly|almost|sort of|kind of|more or less|up to a point|in parts|partly|somewhat)\W*$", re.I
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
    for sentence in SENTENCE.split(headline):
        cues = sentence_cues(sentence, title_names) if sentence.strip() else []
        if cues and not is_rating_line(sentence):
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
    paragraphs = review_paragraphs(text)  # the post above "2 Responses", without praise of the review itself
    previous = ""
    praise_before_last = faults_before_last = 0.0  # praise, and blame and split verdicts, before the previous sentence
    paragraph_start = previous_paragraph_start = 0.0  # positive evidence at the start of each paragraph
    sides = previous_sides = (0.0, 0.0, 0.0)  # the evidence at the start of each paragraph
    for sentences, weights in zip(paragraphs, _position_weights(paragraphs), strict=True):
        previous_paragraph_start, paragraph_start = paragraph_start, evidence.positive
        previous_sides, sides = sides, evidence.sides()
        evidence.marks.append(sides)
        for index, (sentence, position) in enumerate(zip(sentences, weights, strict=True)):
            previous, before = sentence, previous
            praised, praise_before = evidence.positive, praise_before_last
            faulted, faults_before = evidence.negative + evidence.mixed, faults_before_last
            praise_before_last, faults_before_last = praised, faulted
            cues = cues_by_sentence.get(sentence)  # once per sentence; each clause takes the cues inside it
            if cues is None:
                cues = cues_by_sentence[sentence] = sentence_cues(sentence, title_names)
            compound = None
            if not cues and not (
                _DISMISS.match(sentence)
                or _RETRACT.match(sentence)
                or _LET_DOWN.match(sentence)
                or _GOT_INSTEAD.match(sentence)
                or _LET_DOWN_OPENS.match(sentence)
                or _GOT_INSTEAD_INSIDE.search(sentence)
                or _HEDGE.match(sentence)
            ):
                if not with_vader:
                    continue
                compound = _vader(sentence)  # the sentence unchanged: no cue is blanked out of it
                if abs(compound) < _VADER_FLOOR:
                    continue  # it adds no evidence, rating line or not (no rating is read for it)
            if is_rating_line(sentence):
                continue
            if _takes_back(
                evidence,
                sentence,
                previous_sides if index == 0 else sides,  # the paragraph before, when it opens this one
                previous_paragraph_start if index == 0 else paragraph_start,
                before,
                (praised - praise_before, faulted - faults_before),
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
    added_before: tuple[float, float],
    position: float,
) -> bool:
    """Whether ``sentence`` sets aside or denies what came before, counted into ``evidence``:
    a dismissal ("None of that matters") takes back everything since ``since_sides`` (the
    paragraph's start); a retraction ("I am joking, of course") turns the praise since
    ``since_praise``; a let-down ("I did not.") after a hope (in ``before``, the sentence before)
    or after praise (``added_before``: the praise and the faults that sentence added) is blame, and so is what came
    instead of a hope ("I wanted a film about minds. I got an escape room.", or in one sentence), and a
    denial opening a sentence after a hope ("It isn't, for me."). False when it is
    none of them, or a retraction with no praise to turn: the sentence is then weighed as usual."""
    if _DISMISS.match(sentence):
        praise, faults = evidence.take_back(since_sides, sentence)
        if sum(added_before):  # what the sentence just before said is what is set aside, where it said anything
            praise, faults = added_before
        # the verdict is then the other side: faults ("Some of the acting is stiff. It does not matter much.")
        # leave praise, praise ("The dinosaurs look terrific. None of that matters.") blame
        evidence.add(sentence.strip(), -1 if praise > faults else 1, _SET_ASIDE * position)
        return True
    if _RETRACT.match(sentence):
        taken_back = evidence.positive - since_praise
        if taken_back > 0:
            evidence.add(sentence.strip(), -1, _DENIED * taken_back)
            return True
    hoped = _HOPED.search(before) is not None
    praise_of_before = added_before[0]
    if _HEDGE.match(sentence) and praise_of_before > 0:  # "I liked it. Mostly.": the praise held back
        evidence.positive -= praise_of_before
        evidence.add(sentence.strip(), 0, _DENIED * praise_of_before)
        return True
    if (
        (_LET_DOWN.match(sentence) and (hoped or praise_of_before > 0))
        or ((_GOT_INSTEAD.match(sentence) or _LET_DOWN_OPENS.match(sentence)) and hoped)
        or _GOT_INSTEAD_INSIDE.search(sentence)
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
    clauses = clause_spans(sentence)
    hedged = _hedged(sentence, cues)
    quibble = _ASIDE if names_a_minor_fault(cues) else 1.0  # "My only gripe: it drags": the fault granted small
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
            if polarity and not SELF_NEGATED.match(cue.text) and negated(clause, start):
                negated_keeps = _NEGATED_PRAISE if polarity > 0 else _NEGATED_BLAME
                polarity, strength = -polarity, strength * negated_keeps
            if hedged and number < len(clauses) - 1:
                polarity = 0  # "worth seeing, but you have seen it": a verdict with a reservation
            weighs = clause_weighs * (1.0 if _SENT_ELSEWHERE.match(cue.text) else elsewhere)
            evidence.add(cue.text, polarity, strength * weighs * _discount(polarity, granted, quibble))
    return sentence, aside


def _discount(polarity: int, granted: bool, quibble: float) -> float:
    """What a cue keeps of its weight: praise granted to others (``_GRANTED``) and the fault a
    minor-fault sentence names (``quibble``) weigh as asides."""
    if polarity >= 0:
        return _ASIDE if granted else 1.0
    return quibble


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
    cuts = list(CONTRAST.finditer(sentence))
    if not cuts or CONCESSIVE.match(sentence):
        return False
    after_first = cuts[0].start()
    return len(sentence[cuts[-1].end() :].split()) >= 3 and not any(c.start >= after_first for c in cues)


def _spanning_cues(sentence: str, cues: list[Cue], evidence: Evidence, weight: float) -> tuple[str, list[Cue]]:
    """Verdict phrases that hold their own contrast ("not bad, but not good either") count
    whole, before the sentence is cut at its "but"; the sentence and its cues come back without them."""
    kept = []
    for cue in cues:
        if CONTRAST.search(cue.text):
            evidence.add(cue.text, cue.polarity, cue.strength * weight)
            sentence = sentence[: cue.start] + " " * (cue.end - cue.start) + sentence[cue.end :]
        else:
            kept.append(cue)
    return sentence, kept


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
    if total < MIN_EVIDENCE:  # little said: only a one-sided verdict word counts ("a solid thriller")
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
