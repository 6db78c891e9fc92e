"""Tokens and keys for matching names: case, quotes and apostrophes folded.

>>> [t.text for t in tokenize("Spike Jonze’s HER (2013)")]
['Spike', 'Jonze', '’s', 'HER', '(', '2013', ')']
>>> name_key("‘Her’"), name_key("Alex + Ada"), name_key("Alex and Ada")
('her', 'alex and ada', 'alex and ada')
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from functools import lru_cache
from typing import NamedTuple

_TOKEN = re.compile(r"\b[A-Z]\.(?=\s)|[’']s\b|\w+(?:[’'\-](?!s\b)\w+)*|[^\w\s]")
_QUOTES = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "–": "-", "—": "-"})
_ARTICLES = ("the ", "a ", "an ")
_SPELLING = {
    "colour": "color",
    "favourite": "favorite",
    "theatre": "theater",
    "centre": "center",
    "honour": "honor",
    "neighbour": "neighbor",
    "harbour": "harbor",
    "armour": "armor",
    "labour": "labor",
    "grey": "gray",
}


class Token(NamedTuple):
    """A word, possessive or punctuation with its character offsets and its match key: a tuple,
    because a page makes tens of thousands of them (a frozen dataclass took a tenth of the rules'
    time). ``key`` is ``word_key(text)``, computed once here (build tokens with ``token``): the
    rules read it about three times per token, and as a property it cost a call each time."""

    text: str
    start: int
    end: int
    key: str


def token(text: str, start: int, end: int) -> Token:
    """A ``Token`` with its key.

    >>> token("Colour", 0, 6)
    Token(text='Colour', start=0, end=6, key='color')
    """
    return Token(text, start, end, word_key(text))


_CACHED_LENGTH = 120  # longer texts are keyed afresh: a cache must not hold a page's text


def _word_key(word: str) -> str:
    folded = fold(word)
    return _SPELLING.get(folded, folded)


_cached_word_key = lru_cache(maxsize=1 << 14)(_word_key)


def word_key(word: str) -> str:
    """A token's match key: folded, British spellings as American (cached: pages repeat words).

    >>> word_key("Colour"), word_key("Jonze’s")
    ('color', "jonze's")
    """
    return _cached_word_key(word) if len(word) <= _CACHED_LENGTH else _word_key(word)


def fold(text: str) -> str:
    """Case, accents (kept), apostrophes and dashes folded for comparison.

    >>> fold("Jonze’s"), fold("ÉMILE"), fold("Blade Runner")
    ("jonze's", 'émile', 'blade runner')
    """
    if text.isascii():  # NFC and the quote table change no ASCII text; casefold is lower there
        return text.lower()
    return unicodedata.normalize("NFC", text).translate(_QUOTES).casefold()


def tokenize(text: str) -> list[Token]:
    """Word, possessive and punctuation tokens with character offsets."""
    new, key = tuple.__new__, _cached_word_key
    tokens = []
    for match in _TOKEN.finditer(text):  # one span() and a slice: a third less than group(), start(), end()
        start, end = match.span()
        word = text[start:end]
        tokens.append(new(Token, (word, start, end, key(word) if len(word) <= _CACHED_LENGTH else _word_key(word))))
    return tokens


def name_key(text: str) -> str:
    """The key two spellings of one title or name share (cached for names and titles: a page
    keys the same ones again and again).

    >>> name_key("Messenger, The") == name_key("The Messenger")
    True
    >>> name_key("Do Androids Dream of Electric Sheep?") == name_key("Do Androids Dream of Electric Sheep")
    True
    """
    return _cached_name_key(text) if len(text) <= _CACHED_LENGTH else _name_key(text)


def _name_key(text: str) -> str:
    folded = fold(text).strip(" \"'.,;:!?()[]")
    folded = folded.replace("&", " and ").replace("+", " and ")
    for article in _ARTICLES:
        suffix = ", " + article.strip()
        if folded.endswith(suffix):
            folded = article + folded[: -len(suffix)]
    folded = re.sub(r"[^\w\s:]", " ", folded)
    return " ".join(_SPELLING.get(word, word) for word in folded.split())


_cached_name_key = lru_cache(maxsize=1 << 14)(_name_key)


def token_keys(text: str) -> tuple[str, ...]:
    """Folded word tokens of a name, punctuation dropped (the gazetteer's match key): the
    keys of ``tokenize``'s word tokens, without building the tokens (the film table's 180k
    names are keyed at every start). Cached for names and titles: the rules ask the film
    table about the same few hundred names tens of thousands of times a page batch.

    >>> token_keys("The Colour of Pomegranates (1969)")
    ('the', 'color', 'of', 'pomegranates', '1969')
    """
    return _cached_token_keys(text) if len(text) <= _CACHED_LENGTH else _token_keys(text)


def _token_keys(text: str) -> tuple[str, ...]:
    keys = []
    for word in _TOKEN.findall(text):
        if word[0].isalnum():
            folded = fold(word)
            keys.append(_SPELLING.get(folded, folded))
    return tuple(keys)


_cached_token_keys = lru_cache(maxsize=1 << 14)(_token_keys)


_LAST_WORD = re.compile(r"\s+(\S+)$")


def trim_last_words(text: str, drop: Callable[[str], bool]) -> str:
    """``text`` without the words at its end that ``drop`` says go, down to its first word; words
    may be parted by any white space (a title run across a line break: "Pig\\nof"), which
    ``rsplit(" ")`` missed, looping for ever on a page.

    >>> trim_last_words("Thirty\\nIn the", lambda w: w.casefold() in {"in", "the"})
    'Thirty'
    >>> trim_last_words("of", lambda w: True)
    'of'
    """
    text = text.rstrip()
    while (last := _LAST_WORD.search(text)) and drop(last.group(1)):
        text = text[: last.start()]
    return text
