"""Comparisons as verdicts: the reviewed work set below or above another work the review names.

A pan often says its verdict through another film: "Deep Impact did the whole killer-asteroid
thing with more dignity", "Even Speed, which is just as dumb, is a much tighter machine than
this", "Uncharted, which was forgettable, was at least watchable", "I had way more fun with
Shane", "I might like that one better". No verdict word in those sentences is said of the
reviewed film, and a clause naming another work is otherwise read as an aside (``stance_weigh``):
the verdict is lost. On the tune reviews, with the rating hidden, the pans read as mixed held
such a sentence on 20 of 39 pages. A rave uses the other side: "It is much better than An
American in Paris", "Ronin is faster and meaner than Bullitt ever was".

``comparison_cues`` finds, in one sentence, the forms where the winner can be read off the words:

- another work named at the head of a clause, then "did/had ... with more X" or "... better":
  the other work did it better (the reviewed one loses);
- a clause naming another work that grants it "at least" something (it loses to a weak rival);
- a praise comparative "than this" / "than it" / "than <the reviewed work>": something else is better;
- a preference for another work: "more fun with X", "liked X better", "my real pick is X",
  "I'd like that one better", "that one I'd recommend";
- the reviewed work ("it", "this", its name) heading a clause with a praise comparative "than X"
  (it wins) or a fault comparative "than X" / "not as good as X" (it loses).

>>> others = title_pattern(("Deep Impact",))
>>> [(c.text, c.polarity) for c in comparison_cues("Deep Impact did it with more dignity.", None, others)]
[('Deep Impact did it with more', -1)]
"""

from __future__ import annotations

import re
from functools import lru_cache

from extract.nlp.stance_text import clause_spans, negated, title_pattern
from extract.nlp.verdicts import Cue

__all__ = ["comparison_cues", "others_pattern", "title_pattern"]

# a comparison that states who wins weighs more than the strongest verdict phrases ("skip it": 2.5):
# on tune with the rating hidden, 1.5 -> 3.0 read 217 -> 220 of 362 rated reviews right, the rest unchanged
_STRENGTH = 3.0
_SUBJECT_REACH = 30  # characters before the other work's name at a clause's head: "Even de Bont's own Speed"

# comparatives of praise: what the winner has more of
_NOT_A_QUALITY = r"(?:than|like|about|of|to|a|an|the|in|on|for|and|or|so|as)\b"  # "more like", "more of"
_BETTER = (
    r"(?:better|superior|greater|finer|tighter|funnier|scarier|smarter|sharper|stronger|richer|deeper|braver|bolder"
    rf"|wittier|livelier|warmer|subtler|cleverer|fresher|truer|tenser|sweeter|more (?!{_NOT_A_QUALITY})[a-z]+"
    r"|more(?=\s+than\b))"
)
# comparatives of fault: what the loser is
_WORSE = (
    r"(?:worse|weaker|duller|flimsier|sillier|dumber|inferior|poorer|lesser|less (?!than\b)[a-z]+"
    r"|less(?=\s+than\b))"
)
_THIS_FILM = r"this(?: (?:one|film|movie|thing|version|remake|sequel))?|anything in (?:this|it)(?: film| movie)?"
_THIS = rf"(?:{_THIS_FILM}|it)"
# "than this", "than anything in this film"; "than it" only at a clause's end ("smarter than it has any
# right to be", "better than it did in the cinema": the film against itself)
_THAN = rf"than (?:{_THIS_FILM}|it(?=\s*(?:[.,;:!?)]|$)))"
# a comparison held to a notch: "a slightly less perfect film than", "liked it a bit less than"
_SLIGHTLY = re.compile(r"\b(?:slightly|a (?:notch|bit|little|touch|hair|shade|tad))\s+$", re.I)
# more of one thing and less of another: "with more robots and fewer laughs" weighs nothing
_TRADE_OFF = re.compile(r"[\w\s'-]{0,30}\b(?:and|but) (?:a lot |far |much |way )?(?:fewer|less)\b", re.I)
_WORSE_WORD = re.compile(r"(?:worse|weaker|duller|flimsier|sillier|dumber|inferior|poorer|lesser|less)\b", re.I)
# "did/had/made <what> with more dignity", "did it first, and better", "had much more freedom"
_DID_BETTER = re.compile(
    r"\b(?:did|does|do|done|had|has|made|makes|handled|handles|pulled off|got|told|tells|tackled|tackles|covered"
    r"|covers|played|plays|managed|manages)\b[^.;:!?]{0,90}?"
    r"\b(?:with (?:a (?:bit|lot|little) |far |much |way )?(?:more|better|actual|real|genuine)\b"
    r"|with (?:\w+ times|twice) the\b|(?:and|but) better\b|(?:much|far|a lot|way|so much) (?:more|better)\b)",
    re.I,
)
_AT_LEAST = re.compile(r"\bat least\b(?!\s*[.,;:!?)]|\s*$)", re.I)  # not "Not as bad as X, at least."
_NOT_SUBJECT = re.compile(r"\b(?:than|as|like|to|with|of|from|on|about)\s+(?:the\s+)?$", re.I)
_PREFERRED_REACH = 40  # characters from the preference to the other work's name' end: "my real pick ... is X"
_AT_LEAST_REACH = 80  # characters after the other work's name: "Uncharted, which was forgettable, was at least"
_THAN_THIS = re.compile(rf"\b{_BETTER}\b[^.;:!?]{{0,50}}?\b{_THAN}", re.I)
_PREFERRED = re.compile(
    r"\b(?:(?:way |much |far |a lot )?more fun with|a better time with)\b"
    r"|\b(?:prefer(?:red)?|liked?|enjoyed|loved?) (?:that one|the [a-z]+ one) (?:\w+ )?(?:better|more)\b"
    r"|\bmy (?:real |actual |own )?(?:pick|choice|vote)\b[^.;:!?]{0,50}\b(?:is|it's|would be|goes to)\b"
    r"|\bthat one i(?:'d| would) recommend\b",
    re.I,
)
_ITS_THE_BETTER = re.compile(
    rf"^\W*(?:but |and |still,? |so )?(?:i (?:liked|enjoyed|loved|rate|rated) )?{_THIS}\b[^.;:!?]{{0,40}}?"
    rf"\b({_BETTER}|{_WORSE})\b",
    re.I,
)
_NOT_AS_GOOD = re.compile(
    r"\b(?:not|nowhere near|never|isn't|wasn't|is not|was not)\s+(?:quite\s+|nearly\s+)?as\s+(?:good|fun|funny"
    r"|scary|strong|sharp|smart|moving|exciting|interesting|clever|gripping|tense)\s+as\s*$",
    re.I,
)


@lru_cache(maxsize=64)
def others_pattern(titles: tuple[str, ...], others: tuple[str, ...]) -> re.Pattern[str] | None:
    """The other works' names as one pattern (``title_pattern``), the reviewed work's own names left out."""
    own = {t.strip() for t in titles}
    return title_pattern(tuple(o for o in others if o.strip() not in own)) if others else None


def comparison_cues(sentence: str, title: re.Pattern[str] | None, others: re.Pattern[str] | None) -> list[Cue]:
    """The comparisons of ``sentence`` that say whether the reviewed work (named by ``title``, or
    "it"/"this") beats another work (named by ``others``): -1 where it loses, +1 where it wins."""
    if others is None:
        return []
    return list(_cues(sentence, title, others))


@lru_cache(maxsize=4096)  # the same sentence for each reading of a page
def _cues(sentence: str, title: re.Pattern[str] | None, others: re.Pattern[str]) -> tuple[Cue, ...]:
    found = []
    for start, end, weight in clause_spans(sentence):
        cue = _clause_cue(sentence, start, end, title, others)
        if cue is not None:
            found.append(Cue(cue.text, cue.start, cue.end, cue.polarity, cue.strength * weight))
    return tuple(found)


def _clause_cue(
    sentence: str, start: int, end: int, title: re.Pattern[str] | None, others: re.Pattern[str]
) -> Cue | None:
    """The comparison verdict of the clause ``sentence[start:end]``, if it states one."""
    clause = sentence[start:end]
    other = others.search(clause)
    named = title.search(clause) if title is not None else None
    if other is not None and (named is None or named.start() > other.start()):
        lost = _other_did_better(clause, other)
        if lost is not None:
            return _cue(sentence, start + lost[0], start + lost[1], -1)
    than = _THAN_THIS.search(clause)
    if than and not negated(clause, than.start()) and not _SLIGHTLY.search(clause[: than.start()]):
        return _cue(sentence, start + than.start(), start + than.end(), -1)
    if other is None:
        liked = _PREFERRED.search(clause)
        return _cue(sentence, start + liked.start(), start + liked.end(), -1) if liked else None
    return _winner(sentence, start, clause, other, named)


def _other_did_better(clause: str, other: re.Match[str]) -> tuple[int, int] | None:
    """Where the clause says the other work (named before the reviewed one, if at all) did better:
    "X did it with more dignity", "X, which was forgettable, was at least watchable", "more fun with X"."""
    if (liked := _PREFERRED.search(clause)) and liked.end() <= other.end() + _PREFERRED_REACH:
        return liked.start(), max(liked.end(), other.end())
    if _NOT_SUBJECT.search(clause, 0, other.start()):
        return None  # "more fun than Man of Steel at least": the other work is no subject here
    did = _DID_BETTER.search(clause, other.end()) if other.start() <= _SUBJECT_REACH else None
    if (
        did is not None
        and _its_own(clause[other.end() : did.start()])
        and not _TRADE_OFF.match(clause, did.end())
        and not negated(clause, did.start())
    ):
        return other.start(), did.end()
    least = _AT_LEAST.search(clause, other.end(), other.end() + _AT_LEAST_REACH)
    if least and _its_own(clause[other.end() : least.start()]):
        return other.start(), least.end()
    return None


def _winner(sentence: str, start: int, clause: str, other: re.Match[str], named: re.Match[str] | None) -> Cue | None:
    """The reviewed work heading the clause, weighed "than" the other work after it: "It is much
    better than X" (+1), "it is weaker than X", "it is not as good as X" (-1)."""
    head = clause[: other.start()]
    if named is not None and named.start() < other.start():
        head = head[: named.start()] + "it" + head[named.end() :]
    if _NOT_AS_GOOD.search(head):
        return _cue(sentence, start, start + other.end(), -1)
    if not re.search(r"\bthan\s+(?:the\s+)?$", head, re.I):
        return None
    compared = _ITS_THE_BETTER.search(head)
    if compared is None or negated(head, compared.start(1)) or _SLIGHTLY.search(head[: compared.start(1)]):
        return None
    polarity = -1 if _WORSE_WORD.match(compared.group(1)) else 1
    return _cue(sentence, start, start + other.end(), polarity)


_OF_THIS = re.compile(r"\b(?:this|it)\b", re.I)


def _its_own(words: str) -> bool:
    """Whether the words between another work's name and what it did ("did ... with more", "at least")
    keep it as the subject: no turn to the reviewed work ("this", "it") and no new subject (a maker:
    "and Scott would do far better work", "except Aronofsky at least ...", "and at least Murnau had")."""
    if _NEW_CLAUSE.search(words) or _NEW_SUBJECT.search(words):
        return False
    return _OF_THIS.search(words) is None


_NEW_CLAUSE = re.compile(r"\b(?:and|but|so|while|whereas|except)\s*$|[A-Z][\w'’-]*\s*$")
_NEW_SUBJECT = re.compile(
    r"\b(?:and|but|so|while|whereas|except)\s+(?:[A-Z]|(?:he|she|they|i|we|you|(?:the|his|her|their) \w+)\b)"
)


def _cue(sentence: str, start: int, end: int, polarity: int) -> Cue:
    return Cue(sentence[start:end].strip(), start, end, polarity, _STRENGTH)
