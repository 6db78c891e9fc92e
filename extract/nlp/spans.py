"""Interval look-ups in O(log n), so that a 1 MB paragraph costs what its words cost.

>>> index = SpanIndex([(0, 5), (10, 20)])
>>> index.overlaps(4, 6), index.overlaps(5, 10), index.covering(12)
(True, False, True)
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right, insort
from collections.abc import Iterable
from itertools import accumulate
from operator import itemgetter

_START, _END = itemgetter(0), itemgetter(1)


class SpanIndex:
    """Static spans (start, end): does any overlap a range, does any cover a position?"""

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        ordered = sorted(spans)
        self.starts = list(map(_START, ordered))  # columns and running maximum taken in C
        self.max_end: list[int] = list(accumulate(map(_END, ordered), max))

    def overlaps(self, start: int, end: int) -> bool:
        count = bisect_left(self.starts, end)
        return count > 0 and self.max_end[count - 1] > start

    def covering(self, position: int) -> bool:
        count = bisect_right(self.starts, position)
        return count > 0 and self.max_end[count - 1] > position


class DisjointSpans:
    """A growing set of non-overlapping spans."""

    def __init__(self) -> None:
        self.spans: list[tuple[int, int]] = []

    def overlaps(self, start: int, end: int) -> bool:
        index = bisect_left(self.spans, (end, -1)) - 1
        return index >= 0 and self.spans[index][1] > start

    def add(self, start: int, end: int) -> None:
        insort(self.spans, (start, end))


def group_by_span(positions: list[int], spans: list[tuple[int, int]]) -> list[list[int]]:
    """Indices of ``positions`` that fall in each of the sorted, disjoint ``spans``.

    >>> group_by_span([1, 7, 12], [(0, 5), (5, 10)])
    [[0], [1]]
    """
    starts = [start for start, _ in spans]
    groups: list[list[int]] = [[] for _ in spans]
    for index, position in enumerate(positions):
        slot = bisect_right(starts, position) - 1
        if slot >= 0 and position < spans[slot][1]:
            groups[slot].append(index)
    return groups
