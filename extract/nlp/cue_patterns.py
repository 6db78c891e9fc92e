"""Matching the cue lexicon's token patterns on parsed tokens, indexed by first word."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

import numpy
from spacy.strings import get_string_id
from spacy.tokens import Doc

from extract.nlp.cue_lexicon import LEXICON, Token


@dataclass(frozen=True, slots=True)
class _Step:
    """One token of a compiled pattern: lower-case words as spaCy string hashes (a Doc's LOWER
    column holds those, so no token's text is read to test them), the rest as written."""

    lower: frozenset[int] | None  # the word must be one of these
    lower_not: frozenset[int]  # nor one of these
    other: tuple[tuple[str, Any], ...]  # ORTH, POS, TAG, IS_ALPHA tests, read from the Token
    op: str | None


def _hashes(words: Any) -> frozenset[int]:
    return frozenset(get_string_id(str(w)) for w in (words if isinstance(words, list) else [words]))


def _compile(token: Token) -> _Step:
    lower, lower_not, other = None, frozenset[int](), []
    for attribute, wanted in token.items():
        if attribute == "LOWER" and isinstance(wanted, dict):
            lower = _hashes(wanted["IN"]) if "IN" in wanted else None
            lower_not = _hashes(wanted.get("NOT_IN", []))
        elif attribute == "LOWER":
            lower = _hashes(wanted)
        elif attribute != "OP":
            other.append((attribute, wanted))
    return _Step(lower, lower_not, tuple(other), token.get("OP"))


class PatternIndex:
    """The lexicon's token patterns (spaCy's pattern syntax: LOWER/ORTH words or word lists,
    POS/TAG, IS_ALPHA, OP "?" and "*"), indexed by their first word. spaCy's ``Matcher`` walks
    every pattern's state at every token and tests word lists in Python, which cost more than the
    rest of the extractor; here each token looks up only the patterns its own word can start, and
    words are compared as the string hashes of the Doc's LOWER column."""

    def __init__(self) -> None:
        self.by_first: dict[int, list[tuple[str, list[_Step], frozenset[int] | None]]] = {}
        for name, _shape, _polarity, patterns in LEXICON:
            for pattern in patterns:
                first = pattern[0]
                words = first.get("LOWER", first.get("ORTH"))
                steps = [_compile(token) for token in pattern]
                second = _second_words(steps)
                for word in words["IN"] if isinstance(words, dict) else [words]:
                    self.by_first.setdefault(get_string_id(str(word)), []).append((name, steps, second))

    def starts(self, lowers: numpy.ndarray) -> list[int]:
        """The token indices whose word (from a Doc's LOWER column) can start a pattern (a set
        look-up per word: numpy's calls cost more than the scan on a comment's few dozen words)."""
        by_first = self.by_first
        return [index for index, word in enumerate(lowers.tolist()) if word in by_first]

    def matches(
        self, doc: Doc, lowers: list[int], starts: Iterable[int] | None = None
    ) -> Iterator[tuple[str, int, int]]:
        """(name, start, end) of every pattern matching at every token (the longest per pattern),
        or at the given ``starts`` only; ``lowers`` is the Doc's LOWER column as a list."""
        size = len(lowers)
        for start in range(size) if starts is None else starts:
            following = lowers[start + 1] if start + 1 < size else None
            for name, pattern, second in self.by_first.get(lowers[start], ()):
                if second is not None and following not in second:
                    continue  # the second word cannot follow: the pattern fails there
                end = _match(pattern, 0, doc, lowers, start)
                if end is not None:
                    yield name, start, end


def _second_words(steps: list[_Step]) -> frozenset[int] | None:
    """The words a match's second token must be one of, where the pattern's first two steps are
    plain (no operator) and the second names its words (None where any word may follow)."""
    if len(steps) < 2 or steps[0].op is not None or steps[1].op is not None or steps[1].lower is None:
        return None
    return steps[1].lower - steps[1].lower_not


def _fits(step: _Step, doc: Doc, lowers: list[int], index: int) -> bool:
    word = lowers[index]
    if (step.lower is not None and word not in step.lower) or word in step.lower_not:
        return False
    token = doc[index] if step.other else None
    for attribute, wanted in step.other:
        assert token is not None
        if attribute == "ORTH":
            value: object = token.text
        elif attribute == "POS":
            value = token.pos_
        elif attribute == "TAG":
            value = token.tag_
        elif attribute == "IS_ALPHA":
            value = token.is_alpha
        else:
            return False
        if isinstance(wanted, dict):
            if ("IN" in wanted and value not in wanted["IN"]) or value in wanted.get("NOT_IN", ()):
                return False
        elif value != wanted:
            return False
    return True


def _match(pattern: list[_Step], at: int, doc: Doc, lowers: list[int], index: int) -> int | None:
    """The end of the longest match of pattern[at:] from token ``index`` (None if none)."""
    while at < len(pattern) and pattern[at].op is None:  # plain steps in a loop, not a call each
        if not (index < len(lowers) and _fits(pattern[at], doc, lowers, index)):
            return None
        at += 1
        index += 1
    if at == len(pattern):
        return index
    step = pattern[at]
    if step.op == "*":
        ends = [index]
        while len(ends) <= 4 and ends[-1] < len(lowers) and _fits(step, doc, lowers, ends[-1]):
            ends.append(ends[-1] + 1)
        for end in reversed(ends):
            found = _match(pattern, at + 1, doc, lowers, end)
            if found is not None:
                return found
        return None
    if index < len(lowers) and _fits(step, doc, lowers, index):
        found = _match(pattern, at + 1, doc, lowers, index + 1)
        if found is not None:
            return found
    return _match(pattern, at + 1, doc, lowers, index) if step.op == "?" else None


INDEX = PatternIndex()
