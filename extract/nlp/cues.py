"""Comparison cues: a lexicon of verbs, nouns, adjectives and prepositions that compare works,
written as spaCy token patterns and matched on the parsed tokens (each token tries only the
patterns its word can start); the parse then says which words each cue governs. The lexicon
itself is ``extract.nlp.cue_lexicon``, its pattern matcher ``extract.nlp.cue_patterns``; this
module checks each match against its sentence and walks the parse from it.

Each cue has a *shape*, which says where the compared works stand around it, and a
*polarity* seen from the work on its left (the subject) against the work on its right:

- ``object``: the subject (or the reviewed work, left implicit) against the works after the cue:
  "it reminds me of Moon", "in the vein of Alien", "a remake of Solaris", "better than Heat".
- ``adjacent``: as ``object``, but the work must follow the cue at once: "it's no Casablanca",
  "a new Alien", "the next Jaws".
- ``binary``: the work before against the work after: "Alien meets Jaws", "Heat vs Ronin".
- ``between``: the works after the cue against each other: "a cross between Alien and Jaws",
  "combining Heat with Ronin".
- ``suffix``: the work right before the cue: "a Blade Runner-esque city".
- ``modifier``: a noun that takes its work either way: right before it as a modifier ("an
  Alien rip-off", "a real Heathers vibe"), else after it as ``object`` ("a rip-off of Alien",
  "the template is Wake in Fright"). Unlike ``suffix`` it names no work by itself: "a
  Hitchcock rip-off" names a director.
- ``preceding``: the works before the cue in its clause: "see Primer or Coherence instead".

Polarities: ``similar``, ``neutral``, ``contrast``, ``ranking``, ``left preferred`` (the
subject wins: "better than X", "X did it better") and ``right preferred`` (the work after
the cue wins: "worse than X", "nowhere near as good as X", "it's no X").

>>> from extract.nlp.parsing import load_nlp
>>> nlp = load_nlp()
>>> [(c.shape, c.polarity) for c in find_cues([(0, nlp("It is a cross between Alien and Jaws."))])]
[('between', 'similar')]
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from spacy.tokens import Doc

from extract.nlp.cue_lexicon import LEFT, ORDER, PERSON_SUBJECT_CUES, RIGHT, SPECS
from extract.nlp.cue_patterns import INDEX

__all__ = ["LEFT", "PERSON_SUBJECT_CUES", "RIGHT", "Cue", "find_cues"]

_KIN = frozenset({"sister", "sisters", "cousin", "twin", "companion"})
_OPENERS = frozenset({".", "!", "?", "…", "“", '"', "(", ":"})
_SUPERLATIVE = frozenset("best greatest finest most favorite favourite first".split())
_NOT_COMPARATIVE = frozenset({"rather", "other", "sooner", "whether", "either", "neither", "over", "after", "never"})


@dataclass(frozen=True, slots=True)
class Cue:
    """A comparison cue in a unit's text: character span, name, shape and polarity."""

    start: int
    end: int
    name: str
    shape: str
    polarity: str
    governed: frozenset[int] = frozenset()  # start offsets of the tokens the cue governs in the parse

    def governs(self, start: int, end: int) -> bool:
        """Whether the parse puts some token of text[start:end] under the cue (within a few arcs)."""
        return any(start <= offset < end for offset in self.governed)


def _more_title_before(doc: Doc, start: int) -> bool:
    """Whether "more"/"less" followed by a capitalised word comes before ``start`` in its
    sentence, with no other "than" between: "more Final Destination than Heathers"."""
    first = doc[start].sent.start
    for index in range(start - 1, max(first, start - 10) - 1, -1):
        word = doc[index].lower_
        if word == "than":
            return False
        if word in {"more", "less"} and index + 1 < start and doc[index + 1].text[:1].isupper():
            return True
    return False


def _accept(name: str, doc: Doc, start: int) -> bool:
    """Checks a pattern cannot say: "since" ranks only after a superlative ("the best ... since")."""
    if name == "more-than":
        return _more_title_before(doc, start)
    if name == "where-clause":  # "Where Alien ..., this one ...": a clause that opens its sentence
        follows = doc[start + 1] if start + 1 < len(doc) else None
        opens = start == doc[start].sent.start or doc[start - 1].is_space or doc[start - 1].text in _OPENERS
        return opens and follows is not None and follows.tag_ != "VBG"
    if name in {"do-first", "do-better"}:
        token = doc[start]
        return (
            token.head.lemma_ == "do"
            and token.dep_ in {"advmod", "acomp", "npadvmod", "dobj"}
            and token.i > token.head.i
        )
    if name == "instead":  # "see Primer instead", not "instead of Primer"
        return not (start + 1 < len(doc) and doc[start + 1].lower_ == "of")
    if name == "since":  # "the best ... since", "not since", "I haven't been this scared since"
        preceding = doc[max(doc[start].sent.start, start - 12) : start]
        if any(t.lower_ in _SUPERLATIVE or t.tag_ in {"JJS", "RBS"} for t in preceding):
            return True
        negated = any(t.lower_ in {"not", "n't", "never"} for t in preceding)
        opens = not len(preceding) or preceding[-1].lower_ in {"not", "never"}
        return negated and (opens or any(t.lower_ in {"this", "so"} for t in preceding))
    if name == "comparative-than":
        if doc[start].lower_ != "than":
            return True
        before = list(doc[max(doc[start].sent.start, start - 8) : start])  # "laughed more at this than at X"
        return (
            bool(before)
            and before[-1].lower_ not in _NOT_COMPARATIVE
            and any(
                t.tag_ in {"JJR", "RBR"}
                or t.lower_ in {"more", "less"}
                or (t.lower_.endswith("er") and t.lower_ not in _NOT_COMPARATIVE and t.pos_ in {"ADJ", "ADV"})
                for t in before
            )
        )
    if name == "original":  # not "the original score", nor "my sister"
        if start and doc[start - 1].tag_ == "PRP$" and doc[start].lower_ in _KIN:
            return False
        return not (start + 1 < len(doc) and doc[start + 1].lower_ in {"score", "song", "screenplay", "music"})
    return True


_REACH = 4  # arcs from a cue down to the works it compares: "since [Hauer's replicant in] Blade Runner"


def _governed(doc: Doc, start: int, end: int) -> list[Any]:
    """Tokens of the cue's sentence whose head chain reaches the cue within ``_REACH`` arcs."""
    cue = set(range(start, end))
    for index in range(start, end):  # "The template is Wake in Fright": the copula's complement too
        token = doc[index]
        if token.dep_ in {"nsubj", "nsubjpass"} and token.head.lemma_ == "be" and token.head.i not in cue:
            cue.add(token.head.i)
        if token.dep_ == "compound" and 0 < token.head.i - index <= 2:  # "spin-off of Shrek": the head noun
            cue.add(token.head.i)
    sentence = doc[start].sent
    found = []
    for token in sentence:
        node = token
        for _ in range(_REACH + 1):
            if node.i in cue:
                found.append(token)
                break
            if node.head.i == node.i:
                break
            node = node.head
    return found


def find_cues(docs: Iterable[tuple[int, Doc]]) -> list[Cue]:
    """Comparison cues of a unit's parsed text (its ``(offset, doc)`` pieces), left to right.

    Where matches overlap, the lexicon's earlier (more specific) entry wins, then the longer.
    """
    found: list[Cue] = []
    for offset, doc in docs:
        matches = []
        tokens = list(doc)  # one Token object per word: indexing the Doc makes a new one each time
        words = [token.lower_ for token in tokens]
        for name, start, end in INDEX.matches(tokens, words):
            if _accept(name, doc, start):
                matches.append((ORDER[name], -(end - start), start, end, name))
        taken: set[int] = set()
        for _, _, start, end, name in sorted(matches):
            if taken.intersection(range(start, end)):
                continue
            taken.update(range(start, end))
            shape, polarity = SPECS[name]
            span = doc[start:end]
            governed = frozenset(offset + t.idx for t in _governed(doc, start, end))
            found.append(Cue(offset + span.start_char, offset + span.end_char, name, shape, polarity, governed))
    return sorted(found, key=lambda c: c.start)
