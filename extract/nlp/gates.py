"""Cheap gates in front of a pattern's scan: words that every match of the pattern holds, looked
for with ``in`` (a scan in C) before the pattern walks the text.

A text holds a match of a pattern only if it holds one of the words every match holds (a match
lies inside the text, so whatever the match holds the text holds). Most units and sentences hold
none of a rare rule's words, and the rule is then skipped at the cost of a few substring tests.

For a case-blind pattern (``re.I``) the words are looked for in the text lower-cased
(``case_blind_view``): ``re.I`` lets a written letter match only its other case, except for a
few characters that it ties to an ASCII letter ("ſ" to "s", the Kelvin sign to "k"); a text
holding one of those gets no view, and the pattern runs as before.
"""

from __future__ import annotations

import re

# the characters that ``re.I`` (or a case mapping) ties to an ASCII letter: ß İ ı ſ, the Kelvin sign, ﬀ-ﬆ
_ASCII_TWINS = re.compile("[\u00df\u0130\u0131\u017f\u212a\ufb00-\ufb06]")


def case_blind_view(text: str) -> str | None:
    """``text`` lower-cased, in which a case-blind pattern's words can be looked for with ``in``;
    None where the text holds a character ``re.I`` ties to an ASCII letter (then no gate holds).

    >>> case_blind_view("I Recommend it"), case_blind_view("Oſcar")
    ('i recommend it', None)
    """
    if not text.isascii() and _ASCII_TWINS.search(text):
        return None
    return text.lower()


def holds_any(view: str | None, words: tuple[str, ...]) -> bool:
    """Whether a text's ``case_blind_view`` holds one of ``words`` (lower case); True without a view.

    >>> holds_any("you should see it", ("recommend", "should ")), holds_any(None, ("x",))
    (True, True)
    """
    return view is None or any(word in view for word in words)
