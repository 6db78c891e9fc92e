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
from dataclasses import replace

from extract.nlp.stance_closing import closing_turns_away, sentence_side
from extract.nlp.stance_model import Reading, contrast_count, decide, features, in_scope, model
from extract.nlp.stance_text import new_text, sentence_cues, title_pattern
from extract.nlp.stance_weigh import MIN_EVIDENCE, Evidence, analyzer, label_of, weigh
from extract.nlp.verdicts import Cue
from extract.ratings import THREAD_HEADER, without_chrome
from extract.records import Stance, StanceLabel

__all__ = [
    "NEGATIVE_RATING",
    "POSITIVE_RATING",
    "REVIEW_PRIOR",
    "WARM_MIDDLE",
    "Evidence",
    "analyzer",
    "closing_turns_away",
    "label_of",
    "rating_label",
    "reading_of",
    "review_features",
    "selection_label",
    "sentence_cues",
    "sentence_side",
    "stance_of",
    "title_pattern",
    "warm_middle_label",
    "weigh",
]

REVIEW_PRIOR: StanceLabel = "positive"  # a review that says too little: most film-blog reviews praise
POSITIVE_RATING = 0.67  # a rating at or above this is a positive review (B-, 7/10, 3.5/5) ...
WARM_MIDDLE = 0.75  # ... but below this (B-, 7/10, 3.5/5, ***1/2) its text decides between positive and mixed
# below the middle of the scale negative (2/5, 4/10, 4.5/10, C-); from the middle up mixed (5/10, 2.5/5, 3/5, C+)
NEGATIVE_RATING = 0.5
_THIN = 1.5  # under this, with no split verdict, a lean short of one-sided is too little said: ``prior``
_REVIEW_WORDS = 60  # ... when the text is prose enough to be a review (a page of emoji is no review at all)
_WARM_LEAN = 0.6  # a B- to 3.5/5 review is positive when its praise is four times its reservations


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
    (the grade vetoes a pan); where the text states too little (under ``MIN_EVIDENCE``) the grade
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
    if evidence.total < MIN_EVIDENCE:
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
    new_text()  # the answers kept for the text read before are forgotten
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
    votes left out: over a plot they read the story's deaths and griefs) weigh under ``MIN_EVIDENCE``,
    or under ``_THIN`` with no split verdict where the label came out mixed or neutral."""
    stated = evidence.stated
    return stated < MIN_EVIDENCE or (label in ("mixed", "neutral") and stated < _THIN and not evidence.mixed)
