"""``recommend FILM``: films (or any works) like a film, ranked, each with a reason.

A hybrid over the graph: works compared with the film (weighted by the comparison's
polarity), works named in the same post or comment, works that share a director, writer or
actor (from the film table's credits), works liked by the critics who liked the film, and
personalized PageRank from the film over the typed graph around it. Weights live in
``queries/weights.py``.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from graph.model import LABEL_ORDER, REL_ORDER
from graph.schema import WORK_LABELS, Label, Rel
from queries.graphview import GraphView, NodeInfo
from queries.weights import WEIGHTS, Weights

_CREDITS = frozenset({Rel.DIRECTED, Rel.ACTED_IN, Rel.WROTE})
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


@dataclass(slots=True)
class Recommendation:
    work: NodeInfo
    score: float
    reason: str
    features: dict[str, float] = field(default_factory=dict)
    evidence: list[dict[str, Any]] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {
            "work": self.work.name,
            "year": self.work.props.get("year"),
            "label": self.work.label.value,
            "key": self.work.key,
            "score": round(self.score, 3),
            "reason": self.reason,
            "features": {k: round(v, 3) for k, v in self.features.items()},
            "evidence": self.evidence,
        }


def _liked(view: GraphView, work: str) -> set[str]:
    """People whose review of ``work`` is positive (stance, or a rating of 0.6 and up)."""
    fans = set()
    for link in view.links.get(work, []):
        if link.type is Rel.REVIEWS and not link.outgoing:
            post = view.nodes[link.other].props
            liked = post.get("stance") == "positive" or (post.get("rating") is not None and post["rating"] >= 0.6)
            if liked:
                fans |= {a.other for a in view.links.get(link.other, []) if a.type is Rel.WROTE and not a.outgoing}
    return fans


class _Walks:
    """The typed, weighted graph as one sparse matrix in CSR arrays (built once per model):
    PageRank neighbourhoods are then sliced out of it with numpy, however many links a hub
    film has. (numpy alone: importing scipy.sparse cost a CLI call more than the query.)"""

    def __init__(self, view: GraphView) -> None:
        self.order = view.keys
        self.index = view.index
        weight = np.array([_PPR_EDGE.get(rel, 0.0) for rel in REL_ORDER])[view.rel] * view.count
        keep = weight > 0  # entries stay in row order
        rows = np.repeat(np.arange(len(view.keys)), np.diff(view.indptr))[keep]
        self.indptr = np.concatenate([[0], np.cumsum(np.bincount(rows, minlength=len(view.keys)))])
        self.cols = view.other[keep]
        self.values = weight[keep]
        self.compared = view.rel[keep] == REL_ORDER.index(Rel.COMPARED_TO)

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
            reached = np.unique(self.cols[self.entries(frontier)])
            fresh = np.setdiff1d(reached, chosen, assume_unique=True)
            room = _NEIGHBOURHOOD - len(chosen)
            if room <= 0 or len(fresh) == 0:
                break
            fresh = fresh[:room]
            chosen = np.concatenate([chosen, fresh])
            frontier = fresh
        return chosen


def _walks(view: GraphView) -> _Walks:
    """The view's matrix, cached on the view itself (one view per store file and generation)."""
    walks = view.cache.get("walks")
    if not isinstance(walks, _Walks):
        walks = view.cache["walks"] = _Walks(view)
    return walks


def _cached_liked(view: GraphView, work: str, cache: dict[str, set[str]]) -> set[str]:
    if work not in cache:
        cache[work] = _liked(view, work)
    return cache[work]


def _personalized_pagerank(
    view: GraphView, start: str, weights: Weights, hidden: frozenset[tuple[str, str]] = frozenset()
) -> dict[str, float]:
    """PageRank restarting at ``start``, on the typed neighbourhood within a few hops of it
    (sparse power iteration: milliseconds even next to a hub). Only works are returned."""
    walks = _walks(view)
    chosen = walks.neighbourhood(walks.index[start])
    size = len(chosen)
    local = np.full(len(walks.order), -1, dtype=np.int64)
    local[chosen] = np.arange(size)
    positions = walks.entries(chosen)
    rows = np.repeat(np.arange(size), np.diff(walks.indptr)[chosen])
    cols = local[walks.cols[positions]]
    values = walks.values[positions].astype(float)
    for first, second in hidden:  # a hidden comparison is left out of the walk too
        a, b = walks.index.get(first), walks.index.get(second)
        if a is not None and b is not None and local[a] >= 0 and local[b] >= 0:
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
    numbers = chosen[found].tolist()
    view.remember((walks.order[n], n) for n in numbers)
    return dict(zip((walks.order[n] for n in numbers), rank[found].tolist(), strict=True))


def _features(
    view: GraphView, film: NodeInfo, weights: Weights, hidden: frozenset[tuple[str, str]]
) -> dict[str, dict[str, float]]:
    features: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
    label_of = view.label_of  # labels from the model's arrays: no node record read per neighbour
    for link in view.links.get(film.key, []):
        other = link.other
        if link.type is Rel.COMPARED_TO and label_of(other) in WORK_LABELS and (film.key, other) not in hidden:
            polarities = Counter(
                e.get("polarity") or "neutral" for e in view.evidence(link.src, Rel.COMPARED_TO, link.dst)
            )
            features[other]["compared"] += weights.compared * sum(
                weights.polarity.get(p, 0.8) * n for p, n in polarities.items()
            )
        elif link.type is Rel.MENTIONS and not link.outgoing:
            for mention in view.links.get(link.other, []):
                if (
                    mention.type is Rel.MENTIONS
                    and mention.outgoing
                    and mention.other != film.key
                    and label_of(mention.other) in WORK_LABELS
                ):
                    features[mention.other]["co_mention"] += weights.co_mention
        elif link.type in _CREDITS and not link.outgoing:
            for credit in view.links.get(link.other, []):
                work = credit.other
                if credit.type in _CREDITS and credit.outgoing and work != film.key and label_of(work) in WORK_LABELS:
                    bonus = weights.shared_director if link.type is Rel.DIRECTED and credit.type is Rel.DIRECTED else 0
                    features[work]["shared_people"] += weights.shared_person + bonus
    fans = _liked(view, film.key)
    liked_by: dict[str, set[str]] = {}  # work -> the people who liked it, each work worked out once
    if fans:
        for fan in fans:
            for wrote in view.links.get(fan, []):
                if wrote.type is Rel.WROTE and wrote.outgoing:
                    for review in view.links.get(wrote.other, []):
                        if (
                            review.type is Rel.REVIEWS
                            and review.outgoing
                            and review.other != film.key
                            and fan in _cached_liked(view, review.other, liked_by)
                        ):
                            features[review.other]["agreement"] += weights.agreement
    for key, value in _personalized_pagerank(view, film.key, weights, hidden).items():
        features[key]["pagerank"] += weights.pagerank * value
    return features


def _reason(
    view: GraphView, film: NodeInfo, work: NodeInfo, features: dict[str, float]
) -> tuple[str, list[dict[str, Any]]]:
    evidence: list[dict[str, Any]] = []
    for src, dst in ((film.key, work.key), (work.key, film.key)):
        evidence += [e | {"relation": Rel.COMPARED_TO.value} for e in view.evidence(src, Rel.COMPARED_TO, dst)]
    # Reviews first, then the comparisons that weigh most.
    evidence.sort(key=lambda e: (e.get("unit") != "body", -WEIGHTS.polarity.get(e.get("polarity") or "", 0.8)))
    best = max(features, key=lambda k: features[k])
    if evidence:
        first = evidence[0]
        who = f"{first['by']}: " if first.get("by") else ""
        times = f"compared with {film.name} {len(evidence)} time{'s' if len(evidence) > 1 else ''}"
        return f"{times} ({who}“{_short(str(first.get('sentence', '')))}”)", evidence
    if best == "shared_people":
        people = _shared(view, film.key, work.key)
        return f"shares {', '.join(people[:3])} with {film.name}", evidence
    if best == "co_mention":
        return (
            f"named alongside {film.name} in {round(features[best] / WEIGHTS.co_mention)} post(s) or comment(s)",
            evidence,
        )
    if best == "agreement":
        return f"liked by critics who liked {film.name}", evidence
    return f"close to {film.name} in the graph of comparisons, mentions and credits", evidence


def _shared(view: GraphView, first: str, second: str) -> list[str]:
    def people(work: str) -> set[str]:
        return {link.other for link in view.links.get(work, []) if link.type in _CREDITS and not link.outgoing}

    return sorted(view.nodes[p].name for p in people(first) & people(second))


def _short(text: str, size: int = 90) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= size else flat[: size - 1] + "…"


def recommend(
    view: GraphView,
    film: NodeInfo,
    limit: int = 10,
    kind: str = "film",
    weights: Weights = WEIGHTS,
    hidden: frozenset[tuple[str, str]] = frozenset(),
) -> list[Recommendation]:
    """The works most like ``film``, best first. ``kind`` "film" keeps films, "any" keeps every work."""
    found = []
    for key, features in _features(view, film, weights, hidden).items():
        if kind == "film" and view.label_of(key) is not Label.FILM:
            continue
        score = sum(features.values())
        found.append((score, key, dict(features)))
    found.sort(key=lambda item: -item[0])
    if len(found) > limit:  # only the works that can make the list need their names (ties go by name)
        found = [item for item in found if item[0] >= found[limit - 1][0]]
    found.sort(key=lambda item: (-item[0], view.name_of(item[1])))
    results = []
    for score, key, features in found[:limit]:
        work = view.nodes[key]
        reason, evidence = _reason(view, film, work, features)
        results.append(Recommendation(work, score, reason, features, evidence))
    return results
