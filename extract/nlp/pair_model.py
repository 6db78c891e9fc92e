"""A learnt confidence for each COMPARED_TO pair a unit may state.

For three sessions the comparison rules (``extract.nlp.relations``, ``extract.nlp.co_mentions``,
``extract.nlp.end_evidence``) grew by vetoes and cues fitted to the pages their writer read, and
the pages nobody had read stayed where they were. Here the rules PROPOSE and, where the rules'
own signal is weakest, a small learnt model DECIDES. Candidates, per unit:

- every edge a cue rule or the co-mention pass proposes (before the end-evidence check);
- the reviewed work with every other work a sentence names (also where the co-mention pass
  excluded it, or the works rule that found the name is one it never pairs).

A pair a cue rule proposed (the parse put a cue between its ends), a pair of two works neither
of which is the reviewed one, and a work a cue rule vetoed or set beside another work stay the
rules' decision (``settled``: 399 sentence tests of the cue forms hold them). The rest, the
reviewed work with each other work a sentence names, which the co-mention pass's lexicon of
frames and the end-evidence check decided by hand until the tenth session, is the model's.
Each such candidate gets GENERAL features, the strongest over the sentences naming it: whether
the co-mention pass kept it, or why it excluded it (a frame of ``co_mentions.FRAMES``, a weak
name, ...); the sentence's cues (count, shape, polarity, whether the parse puts the end under
one, the words between); whether it names or points at the reviewed work ("it", "this film"),
likens, compares, negates, asks; its count of works and whether the end stands in a list; the
end's work evidence (film table, the rule that found it, title marks, kind, words, how often
the unit names it, ``end_evidence.attested``); whether the unit is a comment. A logistic
regression (``extract.nlp.learnt``) over them, trained by ``scripts/train_pairs.py`` on the tune
pages, gives each candidate a probability; it is kept when it reaches the model's threshold
(chosen by leave-one-writer-out F1, recorded with the held-out figures in the model's
``about``), as a co-mention edge whose confidence is that probability, capped below every cue
rule's. The extractor uses the model only where the training script found its held-out F1 above
the rules' own (``about["wins_held_out"]``); otherwise ``decide`` is ``rules_only``. Tenth
session: held out by writer the model matched the rules (F1 .801 against .803 on 446 pages)
once a comment's pairs were left to the rules (the model's gain was there, and the seed pages'
gold pairs no work a commenter names alone), so the rules decide.

>>> from extract.records import Mention
>>> from extract.nlp.relations import UnitFacts
>>> text = "Die Hard had the same setup. Next week: Heat."
>>> facts = UnitFacts("body", text, None, [(0, 28), (29, 45)],
...     [Mention("Die Hard", "Die Hard", "film", "body", 0, 8, rule="gazetteer", year=1988),
...      Mention("Heat", "Heat", "film", "body", 40, 44, rule="gazetteer", year=1995)])
>>> rows = candidates(facts, "The Raid", {"Die Hard", "Heat"}, [], {})
>>> [(c.source, c.target, c.features.get("rule_co", 0.0), c.features.get("reason_plan", 0.0)) for c in rows]
[('The Raid', 'Die Hard', 1.0, 0.0), ('The Raid', 'Heat', 0.0, 1.0)]
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from base.vocab import Rel
from extract.nlp import co_mentions, end_evidence, learnt
from extract.nlp.textnorm import name_key
from extract.records import BODY, Mention, Relation

if TYPE_CHECKING:
    from extract.nlp.relations import UnitFacts

MODEL_PATH = Path(__file__).resolve().parents[1] / "data" / "pairs-model.json"
CONFIDENCE_CAP = 0.59  # a co-mention edge ranks below every cue rule's edge (0.6 .. 0.8)
POSITIVE = "pair"
NEGATIVE = "none"

_WORK_KINDS = frozenset({"film", "tv", "novel", "comic", "song", "work"})
_KIND_GROUP = {"film": "film", "tv": "tv", "novel": "book", "comic": "book", "song": "song", "work": "work"}
_NEGATION = re.compile(r"\b(?:not|never|no|nothing|nor|neither|n[’']t)\b|n[’']t\b", re.I)
_MARKED = re.compile(r"[“\"‘'*_]")  # a title mark or emphasis right before the name
_WORDS = re.compile(r"\w+")
_REASONS = ("paired", "veto", "others", "weak", *co_mentions.FRAMES)
_POLARITIES = ("similar", "preferred", "neutral", "contrast", "ranking")
_SHAPES = ("object", "binary", "adjacent", "suffix", "modifier", "preceding", "between")


@dataclass
class Candidate:
    """One unordered pair of names a unit may compare, oriented from the reviewed work."""

    source: str
    target: str
    span: tuple[int, int]
    features: dict[str, float] = field(default_factory=dict)
    relation: Relation | None = None  # the rule's edge, when a rule proposed the pair

    def merge(self, features: Mapping[str, float]) -> None:
        """The strongest value of each feature over the sentences naming the pair."""
        for name, value in features.items():
            if value > self.features.get(name, -math.inf):
                self.features[name] = value


def _key(one: str, other: str) -> tuple[str, str]:
    a, b = name_key(one), name_key(other)
    return (a, b) if a <= b else (b, a)


def _end_features(facts: UnitFacts, mention: Mention, context: _Context) -> dict[str, float]:
    """What says the end is a work: the film table, the rule that found it, marks, kind, shape."""
    text = facts.text
    rule = mention.rule
    words = len(_WORDS.findall(mention.name))
    out = {
        "x_table": float(mention.id is not None or mention.year is not None),
        "x_strong_rule": float(rule in co_mentions.STRONG_RULES),
        "x_weak_rule": float(rule in co_mentions.WEAK_RULES),
        "x_other_rule": float(rule not in co_mentions.STRONG_RULES and rule not in co_mentions.WEAK_RULES),
        "x_marked": float(bool(_MARKED.match(text, max(0, mention.start - 1), mention.start))),
        "x_words": min(words, 4) / 4,
        "x_named_often": min(context.counts.get(mention.name, 1) - 1, 3) / 3,
        "x_attested": float(_attested(mention.name, facts, context)),
        "x_kind_" + _KIND_GROUP.get(mention.kind, "work"): 1.0,
    }
    return out


def _attested(name: str, facts: UnitFacts, context: _Context) -> bool:
    if name not in context.attested:
        elsewhere = end_evidence.named_elsewhere(name, facts.unit, facts.named_in)
        context.attested[name] = end_evidence.attested(name, facts.mentions, facts.text, elsewhere)
    return context.attested[name]


def _others(facts: UnitFacts) -> frozenset[str]:
    """The names of the unit's mentions that another unit of the page mentions too."""
    return frozenset(m.name for m in facts.mentions if end_evidence.named_elsewhere(m.name, facts.unit, facts.named_in))


def _cue_features(facts: UnitFacts, span: tuple[int, int], mention: Mention) -> dict[str, float]:
    """The sentence's cues: how many, whether one governs the end, its shape and polarity."""
    cues = [c for c in facts.cues if span[0] <= c.start < span[1]]
    if not cues:
        return {}
    governing = [c for c in cues if c.compares(mention.start, mention.end)]
    cue = governing[0] if governing else min(cues, key=lambda c: abs(c.start - mention.start))
    polarity = "preferred" if cue.polarity.endswith("preferred") else cue.polarity
    gap = len(_WORDS.findall(facts.text[min(cue.end, mention.end) : max(cue.start, mention.start)]))
    return {
        "cues": min(len(cues), 3) / 3,
        "cue_governs": float(bool(governing)),
        "cue_gap": min(gap, 20) / 20,
        "cue_before": float(cue.start < mention.start),
        "cue_polarity_" + polarity: 1.0,
        "cue_shape_" + cue.shape: 1.0,
    }


@dataclass
class _Sentence:
    """One sentence's facts, computed once for all its pairs."""

    span: tuple[int, int]
    works: list[Mention]
    reviewed_at: Mention | None
    features: dict[str, float]


def _sentence(facts: UnitFacts, span: tuple[int, int], works: list[Mention], reviewed_key: str | None) -> _Sentence:
    text = facts.text[span[0] : span[1]]
    names = {name_key(m.name) for m in works}
    reviewed_at = next((m for m in works if name_key(m.name) == reviewed_key), None)
    features = {
        "in_comment": float(facts.unit != BODY),
        "reviewed_named": float(reviewed_at is not None),
        "points": float(bool(co_mentions._POINTS.search(text))),
        "likens": float(bool(co_mentions._LIKENS.search(text))),
        "compares": float(bool(co_mentions._COMPARES.search(text))),
        "negation": float(bool(_NEGATION.search(text))),
        "question": float(text.rstrip().endswith("?")),
        "works_in_sentence": min(len(names), 5) / 5,
        "many_works": float(len(names) >= 3),
        "sentence_words": min(len(_WORDS.findall(text)), 60) / 60,
    }
    return _Sentence(span, works, reviewed_at, features)


def _listed(facts: UnitFacts, mention: Mention, works: list[Mention]) -> bool:
    """Whether a comma or "and" joins the end to another work of the sentence (a list)."""
    joined = co_mentions._JOINED
    return any(
        (m.end <= mention.start and joined.fullmatch(facts.text, m.end, mention.start))
        or (mention.end <= m.start and joined.fullmatch(facts.text, mention.end, m.start))
        for m in works
        if m is not mention
    )


def _pair_features(
    facts: UnitFacts, sentence: _Sentence, one: Mention | None, other: Mention, context: _Context
) -> dict[str, float]:
    """One sentence's features of the pair (one, other); ``one`` None: the reviewed work, unnamed."""
    features = dict(sentence.features)
    features.update(_end_features(facts, other, context))
    features.update(_cue_features(facts, sentence.span, other))
    reason = context.reasons.get(other.start)
    if reason:
        features["reason_" + reason] = 1.0
    elif other.kind == "song" or other.rule not in co_mentions.STRONG_RULES | co_mentions.WEAK_RULES:
        features["reason_unpaired_kind"] = 1.0
    features["listed"] = float(_listed(facts, other, sentence.works))
    if one is not None:
        between = facts.text[min(one.end, other.end) : max(one.start, other.start)]
        features["gap_words"] = min(len(_WORDS.findall(between)), 20) / 20
    features["reviewed_end"] = float(one is None or one is sentence.reviewed_at)
    features["first_in_sentence"] = float(other.start - sentence.span[0] <= 4)
    return features


@dataclass
class _Context:
    reviewed: str | None
    reasons: dict[int, str]
    vetoed: Mapping[int, set[str] | None]
    counts: Mapping[str, int]
    attested: dict[str, bool]  # end_evidence.attested, by name


def rule_features(relation: Relation) -> dict[str, float]:
    """What the hand-written rules decided of a pair: kept it, and by which kind of rule (a cue
    rule's edge, an uncued rule's, the co-mention pass's)."""
    if relation.extractor == co_mentions.EXTRACTOR:
        return {"rule_kept": 1.0, "rule_co": 1.0}
    cued = relation.confidence >= 0.8
    return {"rule_kept": 1.0, "rule_cued": float(cued), "rule_plain": float(not cued)}


def candidates(
    facts: UnitFacts,
    reviewed: str | None,
    works: set[str],
    proposed: list[Relation],
    vetoed: Mapping[int, set[str] | None],
) -> list[Candidate]:
    """The unit's candidate pairs (``proposed``: the cue rules' edges): each pair a rule proposed,
    with what the rules decided of it, and the reviewed work with each other work a sentence
    names, with its features where the rules do not settle it (``settled``)."""
    reasons: dict[int, str] = {}
    co = co_mentions.co_mentioned(facts, reviewed, works, proposed, dict(vetoed), reasons)
    found: dict[tuple[str, str], Candidate] = {}
    for relation in proposed + co:
        if relation.type != Rel.COMPARED_TO:
            continue
        key = _key(relation.source, relation.target)
        if key not in found:
            found[key] = Candidate(relation.source, relation.target, (relation.start, relation.end))
        candidate = found[key]
        if candidate.relation is None or relation.confidence > candidate.relation.confidence:
            candidate.relation = relation
        if relation.extractor != co_mentions.EXTRACTOR:
            candidate.merge({"cue_rule": 1.0})
    for relation in end_evidence.keep_attested(proposed + co, facts.mentions, facts.text, reviewed, _others(facts)):
        if relation.type == Rel.COMPARED_TO:
            found[_key(relation.source, relation.target)].merge(rule_features(relation))
    if reviewed is not None and facts.mentions:
        context = _Context(reviewed, reasons, vetoed, Counter(m.name for m in facts.mentions), {})
        for span, in_sentence in zip(facts.sentences, facts.by_sentence, strict=True):
            if in_sentence:
                here = [m for m in in_sentence if m.kind in _WORK_KINDS and m.name in works]
                if here:
                    _sentence_pairs(facts, span, here, context, found)
    return list(found.values())


def _sentence_pairs(
    facts: UnitFacts,
    span: tuple[int, int],
    here: list[Mention],
    context: _Context,
    found: dict[tuple[str, str], Candidate],
) -> None:
    """Add the reviewed work with each other work the sentence names: its features, or only the
    flag that settles it (a cue rule's veto, another film's section, paired with another work)."""
    reviewed = context.reviewed or ""
    reviewed_key = name_key(reviewed)
    veto = context.vetoed.get(span[0], set())
    sentence: _Sentence | None = None
    for other in here:
        if name_key(other.name) == reviewed_key:
            continue
        key = _key(reviewed, other.name)
        candidate = found.get(key)
        if candidate is not None and candidate.features.get("cue_rule"):
            continue  # settled: a cue rule proposed it
        if candidate is None:
            candidate = found[key] = Candidate(reviewed, other.name, span)
        flag = (
            "other_section"
            if veto is None
            else "vetoed"
            if other.name in veto
            else "reason_others"
            if context.reasons.get(other.start) == "others"
            else None
        )
        if flag is not None:
            candidate.merge({flag: 1.0})
            continue
        sentence = sentence or _sentence(facts, span, here, reviewed_key)
        candidate.merge(_pair_features(facts, sentence, sentence.reviewed_at, other, context))
        candidate.merge({"sentences": min(candidate.features.get("sentences", 0.0) + 1 / 3, 1.0)})


# how much the model's held-out F1 must beat the rules' for scripts/train_pairs.py to turn it on
# (eleventh session: on 506 tune pages it led by 0.0007, winning on five writer groups and losing
# on three; a win inside the noise of a few pages does not switch the whole pipeline's decision)
WIN_MARGIN = 0.005


@lru_cache(maxsize=1)
def default_model() -> learnt.LinearModel | None:
    """The shipped model where its held-out figure beats the rules' (``about["wins_held_out"]``,
    written by the training script), else None: the rules alone decide then."""
    model = learnt.load(MODEL_PATH) if MODEL_PATH.exists() else None
    return model if model is not None and model.about.get("wins_held_out") else None


def settled(features: Mapping[str, float]) -> bool:
    """Whether the rules' own decision stands: a pair a cue rule proposed (the parse put a cue
    between its ends: kept unless end_evidence dropped it), two works neither of which is the
    reviewed one, a work a cue rule vetoed (a maker's other work, a song, a part played) or
    paired with another work of its sentence, one named in another film's section of a list
    post, or any pair in a comment. The model decides the rest: the reviewed work
    with each other work a sentence names (what the co-mention pass's lexicon decided)."""
    return bool(  # a comment's pairs too: the seed pages' gold pairs no work a commenter names alone
        features.get("cue_rule")
        or not features.get("reviewed_end")
        or features.get("vetoed")
        or features.get("reason_others")
        or features.get("other_section")
        or features.get("in_comment")
    )


@dataclass(frozen=True)
class _Scorer:
    """P(pair) of a two-class model over the features a row has (the softmax of two classes is
    the logistic of their logits' difference; standardisation folded into the weights)."""

    weights: dict[str, float]
    bias: float

    @classmethod
    def of(cls, model: learnt.LinearModel) -> _Scorer:
        yes, no = model.classes.index(POSITIVE), model.classes.index(NEGATIVE)
        weights, bias = {}, model.biases[yes] - model.biases[no]
        for i, (name, mean, scale) in enumerate(zip(model.features, model.means, model.scales, strict=True)):
            weights[name] = (model.weights[yes][i] - model.weights[no][i]) / scale
            bias -= weights[name] * mean
        return cls(weights, bias)

    def probability(self, features: Mapping[str, float]) -> float:
        weights = self.weights
        z = self.bias + sum(weights.get(name, 0.0) * value for name, value in features.items())
        return 1.0 / (1.0 + math.exp(-z)) if z > -500 else 0.0


_SCORERS: dict[int, tuple[learnt.LinearModel, _Scorer]] = {}


def probability(model: learnt.LinearModel, features: Mapping[str, float]) -> float:
    """The model's P(pair) for one candidate's features."""
    cached = _SCORERS.get(id(model))
    if cached is None or cached[0] is not model:
        cached = _SCORERS[id(model)] = (model, _Scorer.of(model))
    return cached[1].probability(features)


def threshold(model: learnt.LinearModel) -> float:
    return float(model.about.get("threshold", 0.5))


def _edge(facts: UnitFacts, candidate: Candidate, probability: float) -> Relation:
    """A kept co-mention's edge (the co-mention pass's, else a neutral one with the sentence as
    evidence) under the co-mention extractor's name, its confidence the model's probability
    capped below every cue rule's (0.6)."""
    confidence = round(min(probability, CONFIDENCE_CAP), 3)
    if candidate.relation is not None:
        return replace(candidate.relation, confidence=confidence)
    start, end = candidate.span
    return Relation(
        Rel.COMPARED_TO,
        candidate.source,
        candidate.target,
        facts.unit,
        " ".join(facts.text[start:end].split()),
        by=facts.author,
        polarity="neutral",
        confidence=confidence,
        start=start,
        end=end,
        extractor=co_mentions.EXTRACTOR,
        source_kind="film",
        target_kind=next((m.kind for m in facts.mentions if m.name == candidate.target), "film"),
    )


def rules_only(
    facts: UnitFacts,
    reviewed: str | None,
    works: set[str],
    proposed: list[Relation],
    vetoed: Mapping[int, set[str] | None],
) -> list[Relation]:
    """The hand-written decision: the co-mention pass's edges added, then the end-evidence check."""
    relations = proposed + co_mentions.co_mentioned(facts, reviewed, works, proposed, dict(vetoed))
    return end_evidence.keep_attested(relations, facts.mentions, facts.text, reviewed, _others(facts))


def decide(
    facts: UnitFacts,
    reviewed: str | None,
    works: set[str],
    proposed: list[Relation],
    vetoed: Mapping[int, set[str] | None],
    model: learnt.LinearModel | None = None,
) -> list[Relation]:
    """The unit's COMPARED_TO edges: each candidate the model scores at its threshold or above;
    without a model, the rules' own decision (co-mentions, then the end-evidence check)."""
    model = model or default_model()
    if model is None:
        return rules_only(facts, reviewed, works, proposed, vetoed)
    cut = threshold(model)
    kept: list[Relation] = []
    for candidate in candidates(facts, reviewed, works, proposed, vetoed):
        features = candidate.features
        if settled(features):
            if features.get("rule_kept") and candidate.relation is not None:
                kept.append(candidate.relation)
            continue
        confidence = probability(model, features)
        if confidence >= cut:
            kept.append(_edge(facts, candidate, confidence))
    return kept
