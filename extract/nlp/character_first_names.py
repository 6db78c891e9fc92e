"""The plot's first names: full names the text uses by their first name, lone names doing
things of the plot ("Walter found a body", "episodes that follow Marianne")."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from extract.nlp.character_described import _trade_appositive
from extract.nlp.characters import PERSON_NOUNS, WORK_NOUNS
from extract.nlp.context import Unit
from extract.nlp.people_shapes import _clean, _persons, _two_names
from extract.nlp.textnorm import fold

# things of a life a story gives its people ("Elisabeth Sparkle's empty apartment"), not a craft's
# output ("Robby Müller's colours", "Richard Einhorn's oratorio")
_LIFE_THINGS = frozenset(
    """apartment flat house home room bedroom office car truck wife husband son daughter mother father mom
    dad sister brother family girlfriend boyfriend fiancé fiancée boss friend friends neighbour neighbor
    marriage wedding funeral death life job dog cat baby kids children parents body secret past plan
    affair murder disappearance""".split()
)


def _first_name_characters(unit: Unit, people_words: set[str], unknown: Callable[[str], bool]) -> list[str]:
    """Full names whose first name the text uses alone more often than their surname, and lone
    first names that are the subject of a present-tense verb, when neither is a page person's."""
    full: dict[str, list[str]] = {}  # folded first name -> full names
    alone: dict[str, int] = {}  # folded single name -> uses as a one-word PERSON (or PROPN subject)
    narrating: set[str] = set()
    subjects: set[str] = set()  # folded lone names that are the subject of a present-tense verb
    appositive_trades: set[str] = set()  # "Antonio Salieri, the former court composer"
    owners: set[str] = set()  # full names owning a thing of the plot
    past: dict[str, set[int]] = {}  # lone names -> the past-tense plot verbs they are the subject of
    for _, doc in unit.docs:
        for ent in _persons(unit, doc):
            if _two_names(ent.text):
                continue
            words = _clean(ent.text).split()
            if len(words) == 2 and all(w[:1].isupper() for w in words):
                full.setdefault(fold(words[0]), []).append(" ".join(words))
                if _trade_appositive(ent.root):
                    appositive_trades.add(" ".join(words))
                elif ent.root.dep_ == "poss" and ent.root.head.lower_ in _LIFE_THINGS:
                    owners.add(" ".join(words))  # "Elisabeth Sparkle's empty apartment"
        # the proper nouns only, found in the parse's arrays: a Python token object per PROPN, not per word
        propn = doc.vocab.strings["PROPN"]
        propns = {i: doc[i] for i, tag in enumerate(doc.to_array("POS").tolist()) if tag == propn}
        capital = {i for i, token in propns.items() if token.text[:1].isupper()}
        for i in sorted(capital):
            token = propns[i]
            if i - 1 in capital or i + 1 in capital or token.text.isupper():
                continue  # part of a longer name
            key = fold(token.text)
            alone[key] = alone.get(key, 0) + 1
            if token.dep_ == "nsubj" and _present_tense(token.head):
                narrating.add(token.text)
                subjects.add(key)
            elif token.dep_ == "nsubj" and token.head.tag_ == "VBD" and token.head.lower_ not in _REVIEW_PAST:
                past.setdefault(token.text, set()).add(token.head.i)  # "Walter found a body in his garden"
            elif token.dep_ == "poss" and _plot_thing(token.head):
                narrating.add(token.text)  # "in Thailand for Stu's wedding": a lone name owning a thing of the plot
            elif token.dep_ == "dobj" and _present_tense(token.head) and _story_subject(token.head):
                narrating.add(token.text)  # "episodes that follow Marianne": the object of the story's verb
    found = []
    for first, names in full.items():
        for name in names:
            last = fold(name.split()[-1])
            by_surname = (  # "Dunson swears to kill him"
                last in subjects and last not in people_words and name not in appositive_trades
            )
            if (alone.get(first, 0) > alone.get(last, 0) or by_surname or name in owners) and unknown(name):
                found.append(name)
    # a story told in the past: two lone names doing things of the plot, or one doing two
    if len(past) >= 2 or any(len(verbs) >= 2 for verbs in past.values()):
        narrating |= set(past)
    for name in sorted(narrating):
        if unknown(name) and fold(name) not in people_words and _is_first_name_like(name, unit):
            found.append(name)
    return found


# past-tense verbs of the trade, of a verdict and of a conversation: a review's or a thread's, not a plot's
_REVIEW_PAST = frozenset(
    """was were had did said says wrote directed made shot played starred co-starred gave delivered loved liked
    hated enjoyed disliked thought felt watched saw recommended called told asked commented mentioned replied
    answered agreed disagreed noted argued claimed reviewed rated cast produced scored edited won earned got
    deserved nailed brought turned stole carried filmed adapted composed designed created wanted tried
    meant seemed looked sounded nominated posted shared linked suggested reminded""".split()
)


def _story_subject(verb: Token) -> bool:
    """Whether a verb's subject is no reviewer's voice ("I", "you", "we"): "the episodes follow
    Marianne" narrates, "I love Marianne" may be about anyone."""
    return not any(c.dep_ in {"nsubj", "nsubjpass"} and c.lower_ in {"i", "you", "we"} for c in verb.children)


def _plot_thing(noun: Token) -> bool:
    """A common noun of the story a possessive can own ("wedding", "apartment"), not of the trade
    or of a person's work ("film", "career", "performance", "director")."""
    key = noun.lower_
    return noun.pos_ == "NOUN" and key not in WORK_NOUNS | PERSON_NOUNS | _CAREER_NOUNS and noun.text.islower()


_CAREER_NOUNS = frozenset(
    "performance performances turn work career debut role roles score script screenplay direction camera "
    "style eye voice face best worst take version cut films movies book books novel novels vision gaze "
    "sensibility talent legacy influence oeuvre filmography fans fanbase output".split()
)


def _present_tense(verb: Token) -> bool:
    """A verb in the present tense, simple or with its auxiliary ("finds", "is still looking")."""
    return verb.tag_ in {"VBZ", "VBP"} or any(c.dep_ == "aux" and c.tag_ in {"VBZ", "VBP"} for c in verb.children)


def _is_first_name_like(name: str, unit: Unit) -> bool:
    """A single name the parser calls a person somewhere in the unit."""
    return any(
        label == "PERSON" and unit.text[s:e] == name
        for start in _standalone(unit.text, name)  # or "Stu's"
        for s, e, label in unit.entities_near(start, start + len(name))
    )


def _word_char(ch: str) -> bool:
    r"""The regular expressions' ``\w`` (a letter, a digit or "_")."""
    return ch.isalnum() or ch == "_"


def _standalone(text: str, name: str) -> list[int]:
    r"""Where ``name`` stands as a word of ``text``, the starts of what
    ``(?<![\w’'-])NAME(?![\w-]|[’'](?!s\b))`` finds (found with ``str.find``: no pattern is
    compiled for each name).

    >>> _standalone("Stu's wedding, Stu-like, Stu'd, ZStu, Stu", "Stu")
    [0, 38]
    """
    found = []
    position = 0
    while (at := text.find(name, position)) >= 0:
        end = at + len(name)
        before = text[at - 1] if at else ""
        after = text[end : end + 1]
        ok = not (before and (_word_char(before) or before in "’'-"))
        if ok and after:
            if _word_char(after) or after == "-":
                ok = False
            elif after in "’'":  # only a possessive "'s" may follow
                ok = text[end + 1 : end + 2] == "s" and not (end + 2 < len(text) and _word_char(text[end + 2]))
        if ok and name:
            found.append(at)
            position = end
        else:
            position = at + 1
    return found
