"""Matching the cue lexicon's token patterns on parsed tokens, indexed by first word."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from spacy.tokens import Token as SpacyToken

from extract.nlp.cue_lexicon import LEXICON, Token


class PatternIndex:
    """The lexicon's token patterns (spaCy's pattern syntax: LOWER/ORTH words or word lists,
    POS/TAG, IS_ALPHA, OP "?" and "*"), indexed by their first word. spaCy's ``Matcher`` walks
    every pattern's state at every token and tests word lists in Python, which cost more than the
    rest of the extractor; here each token looks up only the patterns its own word can start."""

    def __init__(self) -> None:
        self.by_first: dict[str, list[tuple[int, str, list[Token]]]] = {}
        for order, (name, _shape, _polarity, patterns) in enumerate(LEXICON):
            for pattern in patterns:
                first = pattern[0]
                words = first.get("LOWER", first.get("ORTH"))
                for word in words["IN"] if isinstance(words, dict) else [words]:
                    self.by_first.setdefault(str(word), []).append((order, name, pattern))

    def matches(self, doc: Sequence[SpacyToken], words: list[str]) -> Iterator[tuple[str, int, int]]:
        """(name, start, end) of every pattern matching at every token (the longest per pattern)."""
        for start, word in enumerate(words):
            for _order, name, pattern in self.by_first.get(word, ()):
                end = _match(pattern, 0, doc, words, start)
                if end is not None:
                    yield name, start, end


def _fits(token: Token, doc: Sequence[SpacyToken], words: list[str], index: int) -> bool:
    for attribute, wanted in token.items():
        if attribute == "OP":
            continue
        if attribute == "LOWER":
            value: object = words[index]
        elif attribute == "ORTH":
            value = doc[index].text
        elif attribute == "POS":
            value = doc[index].pos_
        elif attribute == "TAG":
            value = doc[index].tag_
        elif attribute == "IS_ALPHA":
            value = doc[index].is_alpha
        else:
            return False
        if isinstance(wanted, dict):
            if ("IN" in wanted and value not in wanted["IN"]) or value in wanted.get("NOT_IN", ()):
                return False
        elif value != wanted:
            return False
    return True


def _match(pattern: list[Token], at: int, doc: Sequence[SpacyToken], words: list[str], index: int) -> int | None:
    """The end of the longest match of pattern[at:] from token ``index`` (None if none)."""
    if at == len(pattern):
        return index
    token = pattern[at]
    op = token.get("OP")
    if op == "*":
        ends = [index]
        while len(ends) <= 4 and ends[-1] < len(words) and _fits(token, doc, words, ends[-1]):
            ends.append(ends[-1] + 1)
        for end in reversed(ends):
            found = _match(pattern, at + 1, doc, words, end)
            if found is not None:
                return found
        return None
    if index < len(words) and _fits(token, doc, words, index):
        found = _match(pattern, at + 1, doc, words, index + 1)
        if found is not None:
            return found
    return _match(pattern, at + 1, doc, words, index) if op == "?" else None


INDEX = PatternIndex()
