"""Personalized PageRank for ``recommend``: the typed, weighted graph (each link type's
weight in ``_PPR_EDGE``, times the link's count) as one sparse matrix in CSR arrays, kept with
the graph model per store generation; a walk restarts at the film, on the neighbourhood
within a few hops of it.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from graph.model import LABEL_ORDER, REL_ORDER
from graph.schema import WORK_LABELS, Rel
from queries.graphview import GraphView
from queries.weights import Weights

_PPR_EDGE = {
    Rel.COMPARED_TO: 3.0,
    Rel.MENTIONS: 1.0,
    Rel.REVIEWS: 2.0,
    Rel.DIRECTED: 1.5,
    Rel.ACTED_IN: 1.0,
    Rel.WROTE: 1.0,
    Rel.ADAPTED_FROM: 2.0,
    Rel.RECOMMENDS: 2.0,
    Rel.CHARACTER_IN: 0.5,
}
_NEIGHBOURHOOD = 3000
_HOPS = 3
Array = np.ndarray[Any, Any]
_WORK_CODES = [LABEL_ORDER.index(label) for label in WORK_LABELS]
_COMPARED = REL_ORDER.index(Rel.COMPARED_TO)


class Walks:
    """The typed, weighted graph as one sparse matrix in CSR arrays (kept with the model, see
    ``walk_arrays``): PageRank neighbourhoods are then sliced out of it with numpy, however
    many links a hub film has. (numpy alone: importing scipy.sparse cost a CLI call more
    than the query.)"""

    def __init__(self, arrays: dict[str, Array]) -> None:
        self.indptr = arrays["indptr"]
        self.cols = arrays["cols"]
        self.values = arrays["values"]
        self.compared = arrays["compared"]
        self.size = len(self.indptr) - 1

    def entries(self, rows: Array) -> Array:
        """The positions of every entry of these rows, row by row."""
        begin, end = self.indptr[rows], self.indptr[rows + 1]
        lengths = end - begin
        starts = np.repeat(begin - np.concatenate([[0], np.cumsum(lengths)[:-1]]), lengths)
        positions: Array = starts + np.arange(int(lengths.sum()))
        return positions

    def neighbourhood(self, start: int) -> Array:
        chosen = np.array([start], dtype=np.int64)
        frontier = chosen
        for _ in range(_HOPS):
            reached = _unique(self.cols[self.entries(frontier)])
            fresh = np.setdiff1d(reached, chosen, assume_unique=True)
            room = _NEIGHBOURHOOD - len(chosen)
            if room <= 0 or len(fresh) == 0:
                break
            fresh = fresh[:room]
            chosen = np.concatenate([chosen, fresh])
            frontier = fresh
        return chosen


def _unique(values: Array) -> Array:
    """``np.unique`` of integers (sorted, once each), without the import of ``numpy.ma``
    that ``np.unique`` makes on its first call (numpy 2)."""
    ordered = np.sort(values)
    kept: Array = ordered[np.concatenate([[True], ordered[1:] != ordered[:-1]])] if len(ordered) else ordered
    return kept


def walk_arrays(view: GraphView) -> dict[str, Array]:
    weight = np.array([_PPR_EDGE.get(rel, 0.0) for rel in REL_ORDER])[view.rel] * view.count
    keep = weight > 0  # entries stay in row order
    size = len(view.keys)
    rows = np.repeat(np.arange(size), np.diff(view.indptr))[keep]
    return {
        "indptr": np.concatenate([[0], np.cumsum(np.bincount(rows, minlength=size))]),
        "cols": view.other[keep],
        "values": weight[keep],
        "compared": view.rel[keep] == _COMPARED,
    }


def walks_of(view: GraphView) -> Walks:
    """The view's matrix: built once per store generation and kept with the model."""
    walks = view.cache.get("walks")
    if not isinstance(walks, Walks):
        walks = view.cache["walks"] = Walks(view.derived("walks", walk_arrays))
    return walks


def personalized_pagerank(
    view: GraphView, start: int, weights: Weights, hidden: frozenset[tuple[int, int]] = frozenset()
) -> dict[int, float]:
    """PageRank restarting at node ``start``, on the typed neighbourhood within a few hops of
    it (sparse power iteration: milliseconds even next to a hub). Only works are returned."""
    walks = walks_of(view)
    chosen = walks.neighbourhood(start)
    size = len(chosen)
    local = np.full(walks.size, -1, dtype=np.int64)
    local[chosen] = np.arange(size)
    positions = walks.entries(chosen)
    rows = np.repeat(np.arange(size), np.diff(walks.indptr)[chosen])
    cols = local[walks.cols[positions]]
    values = walks.values[positions].astype(float)
    for a, b in hidden:  # a hidden comparison is left out of the walk too
        if local[a] >= 0 and local[b] >= 0:
            values[(rows == local[a]) & (cols == local[b]) & walks.compared[positions]] = 0.0
    inside = (cols >= 0) & (values != 0)
    rows, cols, values = rows[inside], cols[inside], values[inside]
    out_total = np.bincount(rows, weights=values, minlength=size)
    share = values / out_total[rows]
    dangling = out_total == 0
    rank: Array = np.zeros(size)
    rank[0] = 1.0
    for _ in range(40):
        step = weights.damping * np.bincount(cols, weights=rank[rows] * share, minlength=size)
        step[0] += 1 - weights.damping + weights.damping * rank[dangling].sum()
        converged = float(np.abs(step - rank).sum()) < 1e-7
        rank = step
        if converged:
            break
    works = np.isin(view.label[chosen], _WORK_CODES) & (rank > 0)
    works[0] = False  # not the film itself
    found = np.flatnonzero(works)
    return dict(zip(chosen[found].tolist(), rank[found].tolist(), strict=True))
