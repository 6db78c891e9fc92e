"""Values worked out once per film table (or per text and table), kept while the table lives.

The rules derive indexes from the film table (surnames of directors, famous one-word films...)
once per process. Keyed by ``id(gazetteer)`` such a cache answers for a dead table whose id a new
table reuses; here the table itself is the (weak) key: the entry goes with the table.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from functools import wraps
from typing import Any, TypeVar
from weakref import WeakKeyDictionary

K = TypeVar("K")
V = TypeVar("V")


def per_table(function: Callable[[K], V]) -> Callable[[K], V]:
    """``function(table)`` computed once per table object, dropped when the table is.

    >>> calls = []
    >>> class Table: pass
    >>> @per_table
    ... def size(table: Table) -> int:
    ...     calls.append(table)
    ...     return 3
    >>> t = Table(); size(t), size(t), len(calls)
    (3, 3, 1)
    """
    kept: WeakKeyDictionary[Any, V] = WeakKeyDictionary()

    @wraps(function)
    def cached(table: K) -> V:
        try:
            return kept[table]
        except KeyError:
            value = kept[table] = function(table)
            return value

    return cached


class RecentAnswers:
    """Answers for the last ``size`` keys asked, per table: the people and the works rules ask
    the same question of a unit's text several times, then never again."""

    __slots__ = ("_by_table", "_size")

    def __init__(self, size: int) -> None:
        self._size = size
        self._by_table: WeakKeyDictionary[Any, dict[Hashable, Any]] = WeakKeyDictionary()

    def get(self, table: object, key: Hashable, compute: Callable[[], V]) -> V:
        """The kept answer for (table, key), or ``compute()`` kept as it."""
        answers = self._by_table.get(table)
        if answers is None:
            answers = self._by_table[table] = {}
        if key in answers:
            value: V = answers[key]
            return value
        if len(answers) >= self._size:
            answers.pop(next(iter(answers)))
        value = answers[key] = compute()
        return value
