"""Text from pages made safe to show: in a terminal, in a table, in a graph label.

Names and comments are written by strangers. Bidirectional controls (U+202E and friends)
reorder what follows them, so ``Bob\\u202egpj.exe`` displays as "Bobexe.jpg"; control
characters move the cursor, clear the screen or ring the bell in a terminal. :func:`printable`
shows each of them as a visible escape instead, so what is displayed is what is stored.

>>> printable("Bob\\u202egpj.exe")
'Bob\\\\u202egpj.exe'
>>> printable("two\\nlines\\x1b[2J"), printable("two\\nlines", newlines=True)
('two\\\\nlines\\\\x1b[2J', 'two\\nlines')
"""

from __future__ import annotations

import re

# Bidi embeddings, overrides and isolates, the directional marks, the Arabic letter mark;
# C0 and C1 controls and DEL; the Unicode line and paragraph separators.
_UNSAFE = re.compile("[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029]")
_UNSAFE_LINES = re.compile(f"{_UNSAFE.pattern[:-1]}\t\n]")
_NAMED = {"\t": "\\t", "\n": "\\n", "\r": "\\r"}


def _escape(match: re.Match[str]) -> str:
    char = match.group()
    if char in _NAMED:
        return _NAMED[char]
    code = ord(char)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def printable(text: str, newlines: bool = False) -> str:
    """``text`` with bidi controls and control characters shown as escapes (``\\u202e``);
    tabs and line breaks are kept only when ``newlines`` is true."""
    return (_UNSAFE if newlines else _UNSAFE_LINES).sub(_escape, text)


def has_unsafe(text: str) -> bool:
    """Whether :func:`printable` would change a one-line ``text``."""
    return _UNSAFE_LINES.search(text) is not None
