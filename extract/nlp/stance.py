"""Stance toward the reviewed work: the clauses that name it, scored with VADER, and the rating.

A sentence-level lexicon score alone is misleading ("I loved the trailer for Her, but Her
missed the mark"), so each sentence is cut into clauses and only the clauses that name the
reviewed work (its title, "this film", "this one", "it" right after naming it) are scored.
A rating, when there is one, decides.
"""

from __future__ import annotations

import re
from functools import cache

from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

from extract.nlp.textnorm import fold
from extract.records import Stance, StanceLabel

_CLAUSE = re.compile(r"(?:,\s*(?:but|yet|although|though|while|whereas)\b|;|\s[–—-]\s|\bbut\b)", re.I)
_REFERENCES = ("this film", "this movie", "this one", "the film", "the movie")
_EXTRA_LEXICON = {
    "boring": -2.0,
    "empty": -1.5,
    "un-memorable": -2.0,
    "unmemorable": -2.0,
    "tone-deaf": -2.0,
    "smug": -1.8,
    "dull": -1.8,
    "overrated": -1.8,
    "static": -1.0,
    "pale": -0.8,
    "colorless": -1.0,
    "missed": -1.2,
    "astounding": 2.5,
    "spellbound": 2.0,
    "mesmerizing": 2.2,
    "heartfelt": 1.8,
    "merely": -1.0,
    "revelatory": 1.5,
    "gimmick": -1.2,
    "slow": -0.8,
    "drifts": -0.6,
}
# Clauses that are not the writer's verdict on the work: expectations, others' views,
# hypotheticals, the trailer.
_NOT_VERDICT = re.compile(
    r"\b(?:expect\w*|looking forward|anticipat\w*|hop(?:e|ed|ing)|trailer|others?\b|everyone|people|critics|"
    r"if i|would have|would be|i would|wish)\b",
    re.I,
)
_OTHERS_BETTER = re.compile(r"(?:done|did|does) (?:it|this) (?:way |so much |far )?better|missed the mark", re.I)
POSITIVE, NEGATIVE = 0.15, -0.15


@cache
def analyzer() -> SentimentIntensityAnalyzer:
    """VADER with film-review words it lacks (loaded once; its lexicon ships in the package)."""
    vader = SentimentIntensityAnalyzer()
    vader.lexicon.update(_EXTRA_LEXICON)
    return vader


def _names_work(clause: str, title_keys: tuple[str, ...], named_before: bool) -> bool:
    folded = fold(clause)
    if any(re.search(rf"(?<!\w){re.escape(key)}(?!\w)", folded) for key in title_keys):
        return True
    if any(ref in folded for ref in _REFERENCES):
        return True
    return named_before and re.search(r"\bit\b", folded) is not None


def stance_of(text: str, titles: tuple[str, ...], rating: float | None = None) -> Stance:
    """The stance of one review or comment toward the work called ``titles``.

    >>> stance_of("Her is boring and empty. I loved the trailer, but Her missed the mark.", ("Her",)).label
    'negative'
    >>> stance_of("Anything", ("Her",), rating=0.9).label
    'positive'
    """
    keys = tuple(fold(t) for t in titles if t)
    scores: list[float] = []
    named_before = False
    for sentence in re.split(r"(?<=[.!?])\s+", text):
        for clause in _CLAUSE.split(sentence):
            if _names_work(clause, keys, named_before):
                named_before = True
                if _NOT_VERDICT.search(clause):
                    continue
                score = analyzer().polarity_scores(clause)["compound"]
                scores.append(min(score, -0.6) if _OTHERS_BETTER.search(clause) else score)
        named_before = named_before and len(sentence) < 200
    if len(scores) >= 4:  # the opening and the closing verdicts weigh double
        scores = scores[:1] + scores + scores[-1:]
    if rating is not None:
        score = round(rating * 2 - 1, 3)
        verdict: StanceLabel = "positive" if rating >= 0.6 else "negative" if rating < 0.45 else "mixed"
        return Stance(verdict, score, rating)
    if not scores:
        return Stance("neutral", 0.0)
    mean = sum(scores) / len(scores)
    label: StanceLabel
    strong_positive = sum(s >= 0.5 for s in scores)
    strong_negative = sum(s <= -0.5 for s in scores)
    if strong_positive and strong_negative and abs(mean) < 0.1:
        label = "mixed"
    elif mean >= POSITIVE:
        label = "positive"
    elif mean <= NEGATIVE:
        label = "negative"
    else:
        label = "neutral"
    return Stance(label, round(mean, 3))
