"""The critic's verdict phrases found in a text: what a reviewer writes to say "see it", "skip it" or "so-so".

This is the one verdict scorer of the extractor (``find_cues``) over the one lexicon
(``extract.nlp.verdict_phrases``: each phrase with a polarity and a strength); ``stance``
weighs what it finds by where it stands (negation, contrast, opening and closing paragraphs,
asides) and decides the label. Where two phrases overlap the longer one wins ("a great film
somewhere in here" over "a great film"), so the negation rule in ``stance`` does not flip a
phrase that holds its own negation ("not bad") a second time.

>>> [(c.text, c.polarity) for c in find_cues("Not bad at all, but skip the sequel. A must-see? No.")]
[('Not bad', 1), ('must-see', 1)]
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from re import _constants, _parser  # type: ignore[attr-defined]
from typing import Any

from extract.nlp.verdict_phrases import PHRASES as _PHRASES


@dataclass(frozen=True, slots=True)
class Cue:
    """A verdict phrase found in a text, with its polarity and strength."""

    text: str
    start: int
    end: int
    polarity: int
    strength: float


_REPEATS = (_constants.MAX_REPEAT, _constants.MIN_REPEAT, _constants.POSSESSIVE_REPEAT)


def _first_chars(phrase: str) -> str:
    """A character class of the letters a phrase can start with: each alternative of the big
    alternation is then skipped at a glance where it cannot match ("(?=[ai])" before "(?:a|i) ...")."""
    chars, _ = _first(_parser.parse(phrase))
    if not chars:
        return ""
    return "[" + "".join(re.escape(c) for c in sorted(chars)) + "]"


def _first(items: Any) -> tuple[set[str] | None, bool]:
    """(characters a parsed sequence can start with, whether it can match nothing); None: any."""
    chars: set[str] = set()
    for op, arg in items:
        found, nullable = _first_item(op, arg)
        if found is None:
            return None, False
        chars |= found
        if not nullable:
            return chars, False
    return chars, True


def _first_item(op: Any, arg: Any) -> tuple[set[str] | None, bool]:
    """``_first`` for one parsed item: (characters it can start with or None for any, whether it
    can match nothing)."""
    if op is _constants.LITERAL:
        return {chr(arg)}, False
    if op is _constants.IN:
        chars = set()
        for kind, value in arg:
            if kind is _constants.LITERAL:
                chars.add(chr(value))
            elif kind is _constants.RANGE:
                chars |= {chr(c) for c in range(value[0], value[1] + 1)}
            else:
                return None, False
        return chars, False
    if op is _constants.SUBPATTERN:
        return _first(arg[-1])
    if op is _constants.BRANCH:
        chars, nullable = set(), False
        for branch in arg[1]:
            found, empty = _first(branch)
            if found is None:
                return None, False
            chars |= found
            nullable |= empty
        return chars, nullable
    if op in _REPEATS:
        low, _, sub = arg
        found, empty = _first(sub)
        return (None, False) if found is None else (found, low == 0 or empty)
    return None, False


def _prefixes(phrase: str) -> set[str] | None:
    """The two-letter openings a phrase can start with ("(?:a |an )?mess" -> "a ", "an", "me");
    None when they cannot be listed."""
    found = _sequence(_parser.parse(phrase), 2)
    return None if found is None or any(len(p) < 2 for p in found) else found


def _sequence(items: Any, size: int) -> set[str] | None:
    """The first ``size`` characters a parsed sequence can match (shorter where it can end)."""
    openings = {""}
    for op, arg in items:
        longer = set()
        for opening in openings:
            if len(opening) >= size:
                longer.add(opening)
                continue
            found = _item(op, arg, size - len(opening))
            if found is None:
                return None
            longer |= {opening + more for more in found}
        openings = longer
    return openings


def _item(op: Any, arg: Any, size: int) -> set[str] | None:
    """``_sequence`` for one parsed item: the first ``size`` characters it can match, None when
    they cannot be listed."""
    if op is _constants.LITERAL or op is _constants.IN:
        chars, _ = _first_item(op, arg)
        return chars
    if op is _constants.SUBPATTERN:
        return _sequence(arg[-1], size)
    if op is _constants.BRANCH:
        found: set[str] = set()
        for branch in arg[1]:
            more = _sequence(branch, size)
            if more is None:
                return None
            found |= more
        return found
    if op in _REPEATS:
        low, high, sub = arg
        found = {""} if low == 0 else set()
        repeated, count = {""}, 0
        while repeated and count < min(high, size + 1):
            count += 1
            longer = set()
            for opening in repeated:
                if len(opening) < size:
                    more = _sequence(sub, size - len(opening))
                    if more is None:
                        return None
                    longer |= {opening + m for m in more}
            repeated = longer
            if count >= low:
                found |= repeated
        return {f[:size] for f in found}
    if op in (_constants.AT, _constants.ASSERT, _constants.ASSERT_NOT):
        return {""}  # zero width (a superset: the opening is only a filter)
    return None


def guarded(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``pattern`` compiled behind a guard of the characters its matches can start with
    ("\\b(?:overall|verdict)" as "(?=[ov])(?:\\b(?:overall|verdict))"): at most places of a text
    the guard fails at a glance instead of every alternative being tried (with ``re.I`` even
    those that start with a letter). The same matches; unguarded where the opening characters
    cannot be listed or a match may be empty."""
    openings = _sequence(_parser.parse(pattern), 1)
    if openings is None or "" in openings:
        return re.compile(pattern, flags)
    chars = "".join(re.escape(c) for c in sorted(openings))
    return re.compile(f"(?=[{chars}])(?:{pattern})", flags)


def exact_on_lower(pattern: str, flags: int = 0) -> bool:
    """Whether ``pattern``, compiled with ``flags`` less ``re.I``, finds on an ASCII text once
    lower-cased what it finds with ``re.I`` on the text as written: no upper-case letter the
    lower-cased text could lack (a literal, a negated one, or a class without the lower-case
    letter), no case rule switched inside it ("(?-i:...)") and no other character that ``re.I``
    lets match an ASCII one ("ſ", the Kelvin sign). Case-blind matching compares every letter
    through the case tables; on the lower-cased text a plain comparison does (about half the time)."""
    return _exact_items(_parser.parse(pattern, flags & ~re.I))


def _exact_items(items: Any) -> bool:
    return all(_exact_item(op, arg) for op, arg in items)


def _exact_item(op: Any, arg: Any) -> bool:
    """``exact_on_lower`` for one parsed item."""
    if op in (_constants.LITERAL, _constants.NOT_LITERAL):
        return _exact_char(chr(arg))
    if op is _constants.IN:
        chars: set[str] = set()
        for kind, value in arg:
            if kind in (_constants.LITERAL, _constants.NOT_LITERAL):
                chars.add(chr(value))
            elif kind is _constants.RANGE:
                chars |= {chr(c) for c in range(value[0], value[1] + 1)}
            elif kind not in (_constants.NEGATE, _constants.CATEGORY):
                return False
        return all(c.lower() in chars and _exact_char(c.lower()) for c in chars if c.isascii() and c.isupper())
    if op is _constants.SUBPATTERN:
        _, add_flags, del_flags, sub = arg
        return not ((add_flags | del_flags) & re.I) and _exact_items(sub)
    if op is _constants.BRANCH:
        return all(_exact_items(branch) for branch in arg[1])
    if op in _REPEATS:
        return _exact_items(arg[2])
    if op in (_constants.ASSERT, _constants.ASSERT_NOT):
        return _exact_items(arg[1])
    if op is _constants.ATOMIC_GROUP:
        return _exact_items(arg)
    return op in (_constants.AT, _constants.ANY, _constants.CATEGORY)


@cache
def _exact_char(char: str) -> bool:
    """Whether a pattern's character matches the same ASCII characters with and without ``re.I``
    on lower-cased text: no ASCII capital, and no other character ``re.I`` ties to an ASCII one."""
    if char.isascii():
        return not char.isupper()
    return not any(re.fullmatch(re.escape(char), chr(c), re.I) for c in range(128))


def compile_for_lower(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``pattern`` for lower-cased ASCII text: without ``re.I`` where ``exact_on_lower`` allows it."""
    return re.compile(pattern, flags & ~re.I if exact_on_lower(pattern, flags) else flags)


_WORD_LIST = re.compile(r"\(\?:([\w-]+(?:\|[\w-]+)*)\)|([\w-]+)")
_WORD = re.compile(r"(?<![\w'’-])[\w][\w'-]*(?![\w'’-])")


def _order() -> list[int]:
    """The phrases tried by the alternation (not the single-word lists), in the order they are
    tried: longest phrases first so "not bad" beats "bad"; phrases of several words before lists
    of single words ("brilliant in places, baffling in others")."""
    phrases = []
    for i, (phrase, _, _) in enumerate(_PHRASES):
        listed = _WORD_LIST.fullmatch(phrase)
        if not (listed and "-" not in phrase):
            phrases.append(i)
    return sorted(phrases, key=lambda i: (" " not in _PHRASES[i][0], -len(_PHRASES[i][0])))


def _words() -> dict[str, int]:
    """The phrases that are only a list of single words, as a table word -> phrase."""
    words: dict[str, int] = {}
    for i, (phrase, _, _) in enumerate(_PHRASES):
        listed = _WORD_LIST.fullmatch(phrase)
        if listed and "-" not in phrase:
            for word in (listed.group(1) or listed.group(2)).split("|"):
                words.setdefault(word, i)
    return words


def plain_pattern() -> re.Pattern[str]:
    """The phrases as one alternation, each guarded by the letters it can start with (the
    reference ``_compiled`` groups; the two find the same matches). A reference for the tests
    only: ``find_cues`` does not read it."""
    pattern = "|".join(f"(?={_first_chars(_PHRASES[i][0])})(?P<p{i}>{_PHRASES[i][0]})" for i in _order())
    return re.compile(rf"(?<![\w'’-])(?:{pattern})(?![\w'’-])", re.I)


def _grouping() -> tuple[dict[str, dict[str, list[int]]], dict[str, list[int]]]:
    """The phrases of the alternation by their openings: first letter -> second letter ->
    phrases tried there, and first letter -> phrases that may follow it with any letter; each
    list in the order of ``plain_pattern``."""
    by_pair: dict[str, dict[str, list[int]]] = {}
    anywhere: dict[str, list[int]] = {}  # after a first letter, whatever the second
    for i in _order():
        pairs = _prefixes(_PHRASES[i][0])
        if pairs is None:
            chars, _ = _first(_parser.parse(_PHRASES[i][0]))
            assert chars is not None  # every phrase starts with listed letters
            pairs = set(chars)
        for pair in sorted(pairs):
            by_pair.setdefault(pair[0], {})
            if len(pair) == 1:
                anywhere.setdefault(pair, []).append(i)
                for members in by_pair[pair].values():
                    members.append(i)
            else:
                by_pair[pair[0]].setdefault(pair[1], list(anywhere.get(pair[0], []))).append(i)
    return by_pair, anywhere


@cache
def _compiled() -> tuple[re.Pattern[str], tuple[int, ...], dict[str, int], tuple[tuple[int, float], ...]]:
    """The phrases as one alternation grouped by first letter, and the phrases that are only a
    list of single words as a table (a word is looked up once instead of tried against every
    alternative: the alternation is the stance's main cost).

    At a word's start the regex engine tries only the phrases that can start with its letter,
    in the order of ``plain_pattern`` (which would skip the others at their guard): the same
    match, without trying ~180 guards per word. Group n of a match is phrase ``groups[n]``.

    Not read at run time: ``find_cues`` scans through ``_Dispatch``, which the speed-path tests
    (tests/test_nlp_speed_paths.py) hold to the matches of this alternation and of ``plain_pattern``."""
    by_pair, anywhere = _grouping()
    groups: list[int] = [-1]

    def alternation(members: list[int]) -> str:
        groups.extend(members)
        return "|".join(f"({_PHRASES[i][0]})" for i in members)

    alternatives = []
    for first in sorted(by_pair):
        seconds = [f"(?={re.escape(first + c)})(?:{alternation(m)})" for c, m in sorted(by_pair[first].items())]
        if first in anywhere:
            seconds.append(f"(?:{alternation(anywhere[first])})")
        alternatives.append(f"(?={re.escape(first)})(?:{'|'.join(seconds)})")
    starts = "[" + "".join(re.escape(c) for c in sorted(by_pair)) + "]"
    pattern = rf"(?<![\w'’-])(?={starts})(?:{'|'.join(alternatives)})(?![\w'’-])"
    compiled = re.compile(pattern, re.I)
    return compiled, tuple(groups), *_tables()


@cache
def _tables() -> tuple[dict[str, int], tuple[tuple[int, float], ...]]:
    """The single-word table (``_words``) and each phrase's (polarity, strength)."""
    return _words(), tuple((polarity, strength) for _, polarity, strength in _PHRASES)


_UNSEEN: Any = (re.compile(""), ())  # a table's "not looked up yet"


class _Dispatch:
    """``_compiled``'s alternation taken apart by a word's first two characters: at each word
    start, only the phrases ``_compiled`` would try there, in its order, as one small pattern
    (found once per two-character opening). The big alternation tries its first-letter guards
    one after the other at every word; this finds the same matches in about a third of the time."""

    def __init__(self) -> None:
        self.by_pair, self.anywhere = _grouping()
        starts = "".join(re.escape(c) for c in sorted(self.by_pair))
        self.start = re.compile(rf"(?<![\w'’-])[{starts}]", re.I)
        self.at: dict[str, tuple[re.Pattern[str], tuple[int, ...]] | None] = {}
        self.patterns: dict[tuple[int, ...], re.Pattern[str]] = {}
        # ``pattern_at`` by the opening as written (no lower-casing on the hot path)
        self.by_written_opening: dict[str, tuple[re.Pattern[str], tuple[int, ...]] | None] = {}
        # for an ASCII text: the start on the lower-cased text, and ``lower_at`` by its openings
        self.lower_start = compile_for_lower(self.start.pattern, re.I)
        self.by_lower_opening: dict[str, tuple[re.Pattern[str], tuple[int, ...], bool] | None] = {}

    def members(self, opening: str) -> tuple[int, ...]:
        """The phrases ``_compiled`` tries, in order, at a word that starts with ``opening``."""
        found: list[int] = []
        for first in sorted(self.by_pair):
            if not re.match(re.escape(first), opening, re.I):
                continue
            for second, members in sorted(self.by_pair[first].items()):
                if re.match(re.escape(first + second), opening, re.I):
                    found += members
            found += self.anywhere.get(first, [])
        return tuple(dict.fromkeys(found))  # a phrase that failed once fails again

    def pattern_at(self, opening: str) -> tuple[re.Pattern[str], tuple[int, ...]] | None:
        """(the pattern of the phrases tried at a word starting with ``opening``, its group n's
        phrase index at n), or None where no phrase can start so."""
        key = opening.lower() if opening.isascii() else opening
        if key not in self.at:
            members = self.members(opening)
            if not members:
                self.at[key] = None
            else:
                if members not in self.patterns:
                    body = "|".join(f"({_PHRASES[i][0]})" for i in members)
                    self.patterns[members] = re.compile(rf"(?:{body})(?![\w'’-])", re.I)
                self.at[key] = (self.patterns[members], (-1, *members))
        return self.at[key]

    def lower_at(self, opening: str) -> tuple[re.Pattern[str], tuple[int, ...], bool] | None:
        """``pattern_at`` for an opening of a lower-cased ASCII text, with whether the pattern reads
        the lower-cased text (compiled without ``re.I``, see ``exact_on_lower``) or, where a
        phrase keeps a case rule of its own ("(?-i:wonder)"), the text as written."""
        if opening not in self.by_lower_opening:
            at = self.pattern_at(opening)
            if at is None:
                self.by_lower_opening[opening] = None
            else:
                pattern, groups = at
                exact = exact_on_lower(pattern.pattern, re.I)
                self.by_lower_opening[opening] = (re.compile(pattern.pattern) if exact else pattern, groups, exact)
        return self.by_lower_opening[opening]


@cache
def _dispatch() -> _Dispatch:
    """The one ``_Dispatch`` of the lexicon (built on first use)."""
    return _Dispatch()


def _phrase_cues(text: str, meta: tuple[tuple[int, float], ...]) -> list[Cue]:
    """The matches of ``_compiled``'s alternation, found through ``_Dispatch``: left to right,
    the first phrase that matches at a word, the words inside it skipped."""
    if text.isascii():
        return _lower_phrase_cues(text, meta)
    dispatch = _dispatch()
    by_written_opening = dispatch.by_written_opening
    cues = []
    end = 0
    for start in dispatch.start.finditer(text):
        position = start.start()
        if position < end:
            continue
        opening = text[position : position + 2]
        found = by_written_opening.get(opening, _UNSEEN)  # one look-up per word; ``pattern_at`` once per opening
        if found is _UNSEEN:
            found = by_written_opening[opening] = dispatch.pattern_at(opening)
        if found is None:
            continue
        pattern, groups = found
        match = pattern.match(text, position)
        if match is None:
            continue
        polarity, strength = meta[groups[match.lastindex or 0]]
        cues.append(Cue(match.group(), position, match.end(), polarity, strength))
        end = match.end()
    return cues


def _lower_phrase_cues(text: str, meta: tuple[tuple[int, float], ...]) -> list[Cue]:
    """``_phrase_cues`` of an ASCII text: scanned lower-cased (the same offsets) by patterns
    without ``re.I`` where they allow it (``_Dispatch.lower_at``), each cue as written."""
    dispatch = _dispatch()
    by_lower_opening = dispatch.by_lower_opening
    low = text.lower()
    cues = []
    end = 0
    for start in dispatch.lower_start.finditer(low):
        position = start.start()
        if position < end:
            continue
        opening = low[position : position + 2]
        found = by_lower_opening.get(opening, _UNSEEN)  # one look-up per word; ``lower_at`` once per opening
        if found is _UNSEEN:
            found = dispatch.lower_at(opening)
        if found is None:
            continue
        pattern, groups, exact = found
        match = pattern.match(low if exact else text, position)
        if match is None:
            continue
        polarity, strength = meta[groups[match.lastindex or 0]]
        end = match.end()
        cues.append(Cue(text[position:end], position, end, polarity, strength))
    return cues


@cache
def _phrase_alone(index: int) -> re.Pattern[str]:
    """One phrase of the lexicon on its own, with the alternation's right edge."""
    return re.compile(rf"(?:{_PHRASES[index][0]})(?![\w'’-])", re.I)


def _longest_where_overlapping(text: str, cues: list[Cue], meta: tuple[tuple[int, float], ...]) -> list[Cue]:
    """``cues`` (the left-to-right scan's matches) with the longest phrase kept where phrases
    overlap, in text order: the scan takes the first phrase that matches at a word and skips the words inside
    it, so the rivals are looked for only there (at each found cue's start and the word starts
    inside it); most texts hold few cues and none overlap."""
    if not cues:
        return cues
    dispatch = _dispatch()
    rivals: list[Cue] = []
    for cue in cues:
        for start in dispatch.start.finditer(text, cue.start, cue.end):
            position = start.start()
            found = dispatch.pattern_at(text[position : position + 2])
            if found is None:
                continue
            pattern, members = found
            if position > cue.start and pattern.match(text, position) is None:
                continue  # no phrase starts at this word (the usual case): one try, not one per phrase
            for index in members[1:]:  # a rival must reach past the cue: one inside it is shorter
                match = _phrase_alone(index).match(text, position)
                if match is not None and match.end() > cue.end:
                    rivals.append(Cue(match.group(), position, match.end(), *meta[index]))
    if not rivals:
        return cues
    kept: list[Cue] = []
    for cue in sorted([*cues, *rivals], key=lambda c: (c.start - c.end, c.start)):  # longest first; stable
        if not any(k.start < cue.end and cue.start < k.end for k in kept):
            kept.append(cue)
    return sorted(kept, key=lambda c: c.start)


@cache
def _word_pattern() -> re.Pattern[str]:
    """The single-word table's words as one case-blind alternation with ``_WORD``'s edges: it
    finds the same words as looking each ``_WORD`` up in the table, with the scan in C rather
    than a dictionary look-up per word of the text."""
    words, _ = _tables()
    body = "|".join(re.escape(word) for word in sorted(words, key=lambda w: (-len(w), w)))
    return re.compile(rf"(?<![\w'’-])(?:{body})(?![\w'’-])", re.I)


@cache
def _lower_word_pattern() -> re.Pattern[str] | None:
    """``_word_pattern`` for an ASCII text once lower-cased: case-sensitive and behind the words'
    first letters, so that the engine drops a word at its first letter (with ``re.I`` it compares
    every letter through the case tables): a third of the time, the same matches. None where a
    word is not lower case or holds a letter that ``re.I`` would let match an ASCII one ("ſ")."""
    words, _ = _tables()
    for word in words:
        if word != word.lower():
            return None
        for char in word:
            if not char.isascii() and any(re.fullmatch(re.escape(char), chr(c), re.I) for c in range(128)):
                return None
    body = "|".join(re.escape(word) for word in sorted(words, key=lambda w: (-len(w), w)))
    firsts = "".join(re.escape(c) for c in sorted({word[0] for word in words}))
    return re.compile(rf"(?=[{firsts}])(?<![\w'’-])(?:{body})(?![\w'’-])")


def find_cues(text: str) -> list[Cue]:
    """The verdict phrases of a text, left to right, none overlapping: where two overlap, the
    longer wins ("the best film I have seen" over "it is the best film")."""
    words, meta = _tables()
    text = text.replace("’", "'")
    cues = _longest_where_overlapping(text, _phrase_cues(text, meta), meta)
    taken = [(c.start, c.end) for c in cues]
    lower = _lower_word_pattern() if text.isascii() else None  # ASCII: lower() keeps every offset
    matches = lower.finditer(text.lower()) if lower is not None else _word_pattern().finditer(text)
    for match in matches:
        start, end = match.span()
        index = words.get(text[start:end].lower(), -1)
        if index < 0 or any(s < end and start < e for s, e in taken):
            continue
        polarity, strength = meta[index]
        cues.append(Cue(text[start:end], start, end, polarity, strength))
    return sorted(cues, key=lambda c: c.start)
