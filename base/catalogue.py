"""The catalogue of every error and warning code in :mod:`base.errors`, read from the code.

Each builder (``InputError.empty``, ``InputWarning.recovered_xml``, ...) is called with
placeholders named after its parameters, so the message shown is the one users get; a class
whose messages are written where it is raised is listed with its docstring. README's table of
codes is :func:`markdown_table` (``python3 scripts/error_table.py --write`` refreshes it).

>>> entry = next(e for e in catalogue() if e.code == "E101")
>>> entry.raised_by, entry.happened, entry.remedy
('InputError.empty', '<source>: the file is empty.', 'Remove it from the batch or re-save the page.')
"""

from __future__ import annotations

import inspect
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from base import errors

CODE = re.compile(r"[EW]\d{3}")
_REMEDY_STARTS = re.compile(r"(?<=[.?)])\s+(?=[A-Z`(])")


@dataclass(frozen=True, slots=True)
class Entry:
    """One code: who raises it, what it says happened, and what the user should do."""

    code: str
    raised_by: str
    happened: str
    remedy: str


class _Slot(str):
    """A placeholder argument that prints as ``<name>`` under any format spec or ``!r``."""

    __slots__ = ()

    def __format__(self, spec: str) -> str:
        return str(self)

    def __repr__(self) -> str:
        return str(self)


def _placeholder(name: str, annotation: object) -> object:
    text = str(annotation)
    if "Exception" in text:
        return Exception(f"<{name}>")
    if text.startswith("list"):
        return [_Slot(f"<{name}>")]
    return _Slot(f"<{name}>")


def _call(builder: Callable[..., Any]) -> object:
    parameters = inspect.signature(builder).parameters.values()
    return builder(*(_placeholder(p.name, p.annotation) for p in parameters))


def _split(message: str) -> tuple[str, str]:
    """``message`` as (what happened, what to do): the remedy is what follows the first sentence."""
    parts = _REMEDY_STARTS.split(message, maxsplit=1)
    return (parts[0], parts[1]) if len(parts) == 2 else (message, "")


def _builders(cls: type) -> list[tuple[str, Callable[..., Any]]]:
    found = []
    for name, attribute in vars(cls).items():
        if isinstance(attribute, classmethod | staticmethod) and not name.startswith("_"):
            found.append((name, getattr(cls, name)))
    return found


def _classes() -> list[type]:
    classes = [c for _, c in inspect.getmembers(errors, inspect.isclass) if c.__module__ == errors.__name__]
    return sorted(classes, key=lambda c: inspect.getsourcelines(c)[1])


def catalogue() -> list[Entry]:
    """Every code :mod:`base.errors` defines, in code order; one entry per code.

    Raises ``ValueError`` when two builders or classes give the same code, or a builder's
    message does not start with a code.
    """
    entries: dict[str, Entry] = {}

    def add(entry: Entry) -> None:
        if entry.code in entries:
            raise ValueError(f"{entry.code} is given by {entries[entry.code].raised_by} and by {entry.raised_by}")
        entries[entry.code] = entry

    for cls in _classes():
        built = set()
        for name, builder in _builders(cls):
            result = _call(builder)
            text = str(result)
            code = text[:4]
            if not CODE.fullmatch(code) or (isinstance(result, errors.ReelgraphError) and result.code != code):
                raise ValueError(f"{cls.__name__}.{name} builds a message without its code: {text!r}")
            built.add(code)
            add(Entry(code, f"{cls.__name__}.{name}", *_split(text[5:])))
        own = vars(cls).get("code")
        if isinstance(own, str) and own not in built:
            doc = " ".join((cls.__doc__ or "").split("\n\n")[0].split())
            add(Entry(own, cls.__name__, doc or cls.__name__, ""))
    return sorted(entries.values(), key=lambda e: (e.code[0] != "E", e.code))


def _cell(text: str) -> str:
    return text.replace("|", "\\|") or "—"


def markdown_table() -> str:
    """The README table of codes (the lines between the ``error-table`` markers)."""
    lines = ["| code | raised by | what happened | what to do |", "| --- | --- | --- | --- |"]
    for e in catalogue():
        lines.append(f"| `{e.code}` | `{e.raised_by}` | {_cell(e.happened)} | {_cell(e.remedy)} |")
    return "\n".join(lines) + "\n"
