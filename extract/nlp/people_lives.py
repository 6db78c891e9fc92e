"""Real lives films portray: the well-known real people of ``extract/data/real-lives.tsv``
(rulers, politicians, outlaws, artists, musicians, athletes...), whom a review names as parts
("Adolf Hitler (Bruno Ganz)", "Kilmer's Doc Holliday") and who stay people all the same: the
graph's Person is a real human being, a biopic's subject included.

>>> is_real_life("Doc Holliday"), is_real_life("Doc Brown"), is_real_life("hitler")
(True, False, True)
>>> [name for _, _, name in real_lives_in("Denzel Washington plays Malcolm X. Malcolm Xavier is not.")]
['Malcolm X']
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from extract.nlp.textnorm import fold

__all__ = ["drop_real_lives", "is_real_life", "real_lives_in"]


def real_lives_path() -> Path:
    """Where the list of real lives lives (package data)."""
    return Path(__file__).resolve().parent.parent / "data" / "real-lives.tsv"


@cache
def _real_lives() -> tuple[str, ...]:
    """The list's names as written, each once."""
    text = real_lives_path().read_text(encoding="utf-8")
    rows = [line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")]
    if any(len(row) != 2 or not row[0].strip() for row in rows):
        raise ValueError(f"{real_lives_path().name}: 2 tab-separated fields expected on every line")
    return tuple(dict.fromkeys(row[0].strip() for row in rows))


@cache
def _folded_lives() -> frozenset[str]:
    return frozenset(fold(name) for name in _real_lives())


@cache
def _lives_by_first_word() -> dict[str, tuple[str, ...]]:
    """The names by their first word, longest first ("Martin Luther King Jr." before "Martin Luther King")."""
    index: dict[str, list[str]] = {}
    for name in sorted(_real_lives(), key=len, reverse=True):
        index.setdefault(name.split()[0], []).append(name)
    return {word: tuple(names) for word, names in index.items()}


def is_real_life(name: str) -> bool:
    """Whether a name (as written or folded) is one of the list's real lives."""
    return fold(name) in _folded_lives()


_CAPITALISED = re.compile(r"(?<![\w’'.-])[A-Z][\w’'.-]*")
_WORD_AFTER = re.compile(r"[\w-]|[’'](?!s\b)")  # "Malcolm Xavier", "Hitler-like": no whole name; "Hitler's" is


def real_lives_in(text: str) -> list[tuple[int, int, str]]:
    """Where the text writes a real life's full name of two words or more, as (start, end, name):
    looked up by each capitalised word (most texts hold none)."""
    index = _lives_by_first_word()
    found = []
    for match in _CAPITALISED.finditer(text):
        word = match.group()
        for name in index.get(word) or index.get(word.rstrip(".’'"), ()):
            end = match.start() + len(name)
            if " " in name and text.startswith(name, match.start()) and not _WORD_AFTER.match(text, end):
                found.append((match.start(), end, name))
                break
    return found


def drop_real_lives(names: set[str]) -> None:
    """Remove from a unit's folded character names the real lives among them, and the first and
    last names that stood for them when no other full name of the set holds that word
    ("Mark" of "Mark Zuckerberg"; not "Virgil" while "Virgil Tibbs" is a part too)."""
    lives = {name for name in names if name in _folded_lives()}
    if not lives:
        return
    names -= lives
    others = [name.split() for name in names if " " in name]
    for life in lives:
        for word in {life.split()[0], life.split()[-1]} if " " in life else set():
            if not any(word in other for other in others):
                names.discard(word)
