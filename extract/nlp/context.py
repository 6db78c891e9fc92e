"""What the entity rules see: the page's units (body, comments, titles) and facts about the page."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from operator import itemgetter

from spacy.tokens import Doc, Span

from extract.nlp.cues import Cue
from extract.nlp.gazetteer import Gazetteer
from extract.nlp.textnorm import Token, fold, name_key, token, tokenize

_LONGEST_ENTITY = 200
SMALL_WORDS = frozenset(
    "a an and as at but by for from in into is are of on or the to vs vs. v. with nor so yet".split()
)
QUOTE_OPEN = "“\"‘'«"
_SENTENCE_END = re.compile(  # the look-ahead first: the eight look-behinds are tried only at . ! ? … (12x faster)
    r"(?=[.!?…])(?<!\b[A-Z])(?<!\bMr)(?<!\bMrs)(?<!\bDr)(?<!\bSt)(?<!\bvs)(?<!\betc)(?<!\bJr)"
    r"[.!?…]+[”\"’')\]]*\s+(?=[“\"‘(]?[A-Z0-9])"
)
QUOTE_CLOSE = "”\"’'»"
_LINE = re.compile(r"[^\n]+")


_STYLE_SUFFIX = re.compile(r"-(?:esque|like|inspired|style|lite|type|ish)$", re.I)
_STYLE_SUFFIX_ANYWHERE = re.compile(r"-(?:esque|like|inspired|style|lite|type|ish)", re.I)  # any token to split?
_START, _END = itemgetter(1), itemgetter(2)  # a Token's start and end


def _split_suffixes(tokens: list[Token]) -> list[Token]:
    """``Alien-esque`` is the title ``Alien`` and a suffix: split such tokens in two.

    >>> [t.text for t in _split_suffixes(tokenize("a Blade Runner-esque city"))]
    ['a', 'Blade', 'Runner', '-esque', 'city']
    """
    out: list[Token] = []
    for word in tokens:
        match = _STYLE_SUFFIX.search(word.text)
        if match and match.start() >= 2:
            cut = word.start + match.start()
            out += [token(word.text[: match.start()], word.start, cut), token(match.group(), cut, word.end)]
        else:
            out.append(word)
    return out


def _line_pieces(text: str) -> list[tuple[int, int]]:
    """(start, end) of each line of an entity's text: the parser joins "Ida Brandt\n\nRonin"."""
    if "\n" not in text:
        return [(0, len(text))]
    return [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text) if m.group().strip()]


@dataclass(slots=True)
class Unit:
    """One text of a page: the body, a comment, the page title or a pingback title."""

    id: str
    text: str
    author: str | None = None
    is_title: bool = False
    is_pingback: bool = False
    docs: list[tuple[int, Doc]] = field(default_factory=list)
    cues: list[Cue] = field(default_factory=list)  # comparison cues, once the text is parsed
    tokens: list[Token] = field(default_factory=list)
    token_at_start: dict[int, int] = field(init=False, default_factory=dict)
    token_at_end: dict[int, int] = field(init=False, default_factory=dict)
    _token_starts: list[int] = field(init=False, default_factory=list)
    _entities: list[tuple[int, int, str]] | None = field(init=False, default=None)
    _entity_starts: list[int] = field(init=False, default_factory=list)
    _pos: list[tuple[int, list[int], list[int], list[int], Doc]] | None = field(init=False, default=None)
    _pos_starts: list[int] = field(init=False, default_factory=list)  # each doc's offset
    _sentences: list[tuple[int, int]] | None = field(init=False, default=None)
    _labelled: dict[tuple[int, str], list[Span]] | None = field(init=False, default=None)

    def __post_init__(self) -> None:
        tokens = tokenize(self.text)
        self.tokens = _split_suffixes(tokens) if _STYLE_SUFFIX_ANYWHERE.search(self.text) else tokens
        self._token_starts = list(map(_START, self.tokens))  # columns taken in C, not a loop per token
        self.token_at_start = dict(zip(self._token_starts, range(len(self.tokens)), strict=True))
        self.token_at_end = dict(zip(map(_END, self.tokens), range(len(self.tokens)), strict=True))

    def token_index_at(self, position: int) -> int:
        """Index of the first token that starts at or after ``position``."""
        return bisect_left(self._token_starts, position)

    def entities_near(self, start: int, end: int) -> list[tuple[int, int, str]]:
        """spaCy entities (start, end, label) that overlap text[start:end]."""
        if self._entities is None:
            self._entities = sorted(
                (offset + e.start_char + start, offset + e.start_char + end, e.label_)
                for offset, doc in self.docs
                for e in doc.ents
                for start, end in _line_pieces(e.text)
            )
            self._entity_starts = [s for s, _, _ in self._entities]
        low = bisect_left(self._entity_starts, start - _LONGEST_ENTITY)
        high = bisect_left(self._entity_starts, end)
        return [entity for entity in self._entities[low:high] if entity[1] > start]

    def entity_spans(self, doc: Doc, label: str) -> list[Span]:
        """The entities of one of the unit's parses with this label, built once per unit (spaCy
        makes new span objects for all entities at each ``doc.ents``). Kept on the unit, which
        holds the parse: the id of a parse the unit holds is not reused."""
        if self._labelled is None:
            self._labelled = {}
        key = (id(doc), label)
        spans = self._labelled.get(key)
        if spans is None:
            spans = self._labelled[key] = [ent for ent in doc.ents if ent.label_ == label]
        return spans

    def pos_at(self, position: int) -> str | None:
        """spaCy's part of speech of the token covering ``position`` (None outside every token).

        Each doc's token starts, ends and tags are read as three flat columns of its arrays
        (C speed), not as a Python tuple per token: most units ask this a few times at most."""
        if self._pos is None:
            self._pos = []
            for offset, doc in self.docs:
                rows = doc.to_array(["IDX", "LENGTH", "POS"])
                first = rows[:, 0] + offset
                self._pos.append((offset, first.tolist(), (first + rows[:, 1]).tolist(), rows[:, 2].tolist(), doc))
            self._pos_starts = [offset for offset, *_ in self._pos]
        piece = bisect_right(self._pos_starts, position) - 1
        if piece < 0:
            return None
        _, starts, ends, tags, doc = self._pos[piece]
        index = bisect_right(starts, position) - 1
        if index < 0 or ends[index] <= position:
            return None
        return doc.vocab.strings[tags[index]] if tags[index] else ""

    def sentences(self) -> list[tuple[int, int]]:
        """Sentence spans (start, end): cut after . ! ? before a capital, digit or quote (not
        after an initial or a common abbreviation), and at line breaks. Blog prose defeats
        the parser's sentence boundaries ("my #1 but this one ..."), so they are not used."""
        if self._sentences is not None:
            return list(self._sentences)
        spans: list[tuple[int, int]] = []
        for line in _LINE.finditer(self.text):
            start = line.start()
            # the line's bounds, not a copy of it: before a line start every look-behind meets "\n"
            for boundary in _SENTENCE_END.finditer(self.text, line.start(), line.end()):
                end = boundary.end()
                if self.text[start:end].strip():
                    spans.append((start, end))
                start = end
            if self.text[start : line.end()].strip():
                spans.append((start, line.end()))
        self._sentences = spans
        return list(spans)


@dataclass(slots=True)
class PageContext:
    """Facts about the page that the rules need."""

    gazetteer: Gazetteer
    reviewed_key: str | None = None
    reviewed_title: str | None = None
    reviewed_year: int | None = None
    reviewed_director: str | None = None
    emphasised: set[str] = field(default_factory=set)  # name_key of italic and link texts
    commenters: set[str] = field(default_factory=set)  # folded first names of authors and greeted names
    page_author: str | None = None

    def is_commenter(self, name: str) -> bool:
        """A single name that is (or shortens) a commenter's or the author's name ("Bren")."""
        words = fold(name).split()
        if len(words) != 1:
            return False
        return words[0] in self.commenters or (
            len(words[0]) >= 3 and any(c.startswith(words[0]) for c in self.commenters)
        )

    def is_emphasised(self, text: str) -> bool:
        return name_key(text) in self.emphasised


def is_title_case(words: list[str]) -> bool:
    """Every word that is not a small word starts with a capital or a digit.

    >>> is_title_case("12 Years a Slave".split()), is_title_case("One day".split())
    (True, False)
    """
    if not words:
        return False
    first = words[0]
    for word in words:  # a loop, not two comprehensions: the rules ask this thousands of times a page batch
        initial = word[:1]
        if initial.isupper() or initial.isdigit() or not initial.isalnum():
            continue
        if word is first or word.casefold() not in SMALL_WORDS:  # (identity, as ever: a repeated "a" is words[0])
            return False
    return True


def sentence_initial(text: str, start: int) -> bool:
    """Whether the character at ``start`` begins a sentence (or a line, or follows a colon)."""
    index = start - 1
    while index >= 0 and text[index] in " \t" + QUOTE_OPEN + QUOTE_CLOSE + "(*":
        index -= 1
    return index < 0 or text[index] in ".!?\n:;…–—-"


def quoted(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] stands inside quotation marks (punctuation may follow inside)."""
    before = text[start - 1] if start > 0 else ""
    after = text[end : end + 4].lstrip("!?.,")
    return bool(before) and before in QUOTE_OPEN and after[:1] in QUOTE_CLOSE and after[:1] != ""
