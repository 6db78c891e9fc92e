"""``recommend FILM``: films (or any works) like a film, ranked, each with a reason.

A hybrid over the graph: works compared with the film (weighted by the comparison's
polarity), works named in the same post or comment, works that share a director, writer or
actor (from the film table's credits), works liked by the critics who liked the film, and
personalized PageRank from the film over the typed graph around it (``queries/walks.py``).
Weights live in ``queries/weights.py``.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from graph.model import LABEL_ORDER, REL_ORDER, fetch_texts
from graph.schema import WORK_LABELS, Label, Rel
from queries.graphview import GraphView, NodeInfo
from queries.walks import personalized_pagerank, walks_of
from queries.weights import WEIGHTS, Weights

_CREDITS = frozenset({Rel.DIRECTED, Rel.ACTED_IN, Rel.WROTE})
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


_CODE = {rel: REL_ORDER.index(rel) for rel in Rel}
_COMPARED, _MENTIONS, _REVIEWS, _WROTE, _DIRECTED = (
    _CODE[Rel.COMPARED_TO],
    _CODE[Rel.MENTIONS],
    _CODE[Rel.REVIEWS],
    _CODE[Rel.WROTE],
    _CODE[Rel.DIRECTED],
)
_CREDIT_CODES = frozenset(_CODE[rel] for rel in _CREDITS)
Row = tuple[int, list[int], list[int], list[bool]]  # first entry, others, relation codes, outgoing


def _row(view: GraphView, node: int) -> Row:
    """Node ``node``'s adjacency entries as plain lists (the queries below walk numbers, not keys)."""
    indptr, other, rel, out = view.indptr, view.other, view.rel, view.out
    begin, end = int(indptr[node]), int(indptr[node + 1])
    return begin, other[begin:end].tolist(), rel[begin:end].tolist(), out[begin:end].tolist()


def _masks(view: GraphView) -> tuple[Array, Array]:
    """Per stored node: is it a work; is it a liked review (stance positive, or a rating of 0.6 and up)."""
    found = view.cache.get("recommend_masks")
    if found is None:
        with np.errstate(invalid="ignore"):
            liked = view.positive | (view.rating >= 0.6)
        found = view.cache["recommend_masks"] = (np.isin(view.label, _WORK_CODES), liked)
    masks: tuple[Array, Array] = found
    return masks


def _fans(view: GraphView, work: int, liked: Array) -> set[int]:
    """People whose review of ``work`` is positive (stance, or a rating of 0.6 and up)."""
    fans: set[int] = set()
    _, others, rels, outs = _row(view, work)
    for other, rel, out in zip(others, rels, outs, strict=True):
        if rel == _REVIEWS and not out and liked[other]:
            _, authors, kinds, directions = _row(view, other)
            fans |= {a for a, k, d in zip(authors, kinds, directions, strict=True) if k == _WROTE and not d}
    return fans


def prepare(view: GraphView) -> None:
    """Work out and keep what ``recommend`` derives from the model (after an ingest)."""
    walks_of(view)


def _compared_weights(view: GraphView, entries: Array, weights: Weights) -> list[float]:
    """For these COMPARED_TO adjacency entries, the sum over their edge's evidence of each
    polarity's weight ("neutral" when it has none), in the order the evidence shows them."""
    names, edges, pointers, codes, counts = view.polarities()
    numbers = view.edge[entries]
    at = np.searchsorted(edges, numbers)
    at[at >= len(edges)] = 0
    has = (edges[at] == numbers) if len(edges) else np.zeros(len(numbers), dtype=bool)
    found = []
    for j, present in zip(at.tolist(), has.tolist(), strict=True):
        total: float = 0
        if present:
            begin, end = int(pointers[j]), int(pointers[j + 1])
            for code, n in zip(codes[begin:end].tolist(), counts[begin:end].tolist(), strict=True):
                total += weights.polarity.get(names[code], 0.8) * n
        found.append(total)
    return found


_ROW_FEATURES = ("compared", "co_mention", "shared_people")


def _expand(view: GraphView, rows: Array) -> tuple[Array, Array]:
    """The adjacency entries of these rows, row after row, and for each the index of its row."""
    begin = view.indptr[rows]
    lengths = view.indptr[rows + 1] - begin
    starts = np.repeat(begin - np.concatenate([[0], np.cumsum(lengths)[:-1]]), lengths)
    positions: Array = starts + np.arange(int(lengths.sum()))
    return positions.astype(np.int64), np.repeat(np.arange(len(rows)), lengths)


def _film_row_updates(
    view: GraphView, film: int, weights: Weights, hidden: frozenset[tuple[int, int]], work: Array
) -> Iterator[tuple[int, str, float]]:
    """The compared, co-mention and shared-people feature updates the film's links make, in
    the order a walk over its links (and the links of what they lead to) makes them: works
    compared with the film (by the polarities of the comparison's evidence), works named in
    a post or comment that names the film, works of the people credited on the film."""
    begin, end = int(view.indptr[film]), int(view.indptr[film + 1])
    others, rels, outs = view.other[begin:end], view.rel[begin:end], view.out[begin:end]
    other, rel, out = view.other, view.rel, view.out
    compared = np.flatnonzero((rels == _COMPARED) & work[others])
    if hidden:
        compared = compared[[(film, int(o)) not in hidden for o in others[compared].tolist()]]
    polarity = np.array(_compared_weights(view, compared + begin, weights), dtype=float)
    mentions = np.flatnonzero((rels == _MENTIONS) & ~outs)
    named, by = _expand(view, others[mentions])
    keep = (rel[named] == _MENTIONS) & out[named] & (other[named] != film) & work[other[named]]
    named, by = named[keep], by[keep]
    credits = np.flatnonzero(np.isin(rels, list(_CREDIT_CODES)) & ~outs)
    credited, of = _expand(view, others[credits])
    keep = np.isin(rel[credited], list(_CREDIT_CODES)) & out[credited]
    keep &= (other[credited] != film) & work[other[credited]]
    credited, of = credited[keep], of[keep]
    directed = (rels[credits[of]] == _DIRECTED) & (rel[credited] == _DIRECTED)
    position = np.concatenate([compared, mentions[by], credits[of]])
    target = np.concatenate([others[compared], other[named], other[credited]])
    kind = np.repeat(np.arange(3), [len(compared), len(named), len(credited)])
    value = np.concatenate(
        [
            weights.compared * polarity,
            np.full(len(named), weights.co_mention),
            weights.shared_person + np.where(directed, weights.shared_director, 0.0),
        ]
    )
    order = np.argsort(position, kind="stable")  # each link's updates stay in the order they came
    for t, k, v in zip(target[order].tolist(), kind[order].tolist(), value[order].tolist(), strict=True):
        yield t, _ROW_FEATURES[k], v


def _features(
    view: GraphView, film: int, weights: Weights, hidden: frozenset[tuple[int, int]]
) -> dict[int, dict[str, float]]:
    """Each candidate work's features (by stored node number), in the order they were found."""
    features: dict[int, dict[str, float]] = defaultdict(lambda: defaultdict(float))
    work, liked = _masks(view)
    for target, feature, value in _film_row_updates(view, film, weights, hidden, work):
        features[target][feature] += value
    fans_of: dict[int, set[int]] = {}  # work -> the people who liked it, each work worked out once
    for fan in sorted(_fans(view, film, liked)):
        _, written, kinds, directions = _row(view, fan)
        for post, kind, outgoing in zip(written, kinds, directions, strict=True):
            if kind != _WROTE or not outgoing:
                continue
            _, reviewed, review_kinds, review_out = _row(view, post)
            for other, review, forward in zip(reviewed, review_kinds, review_out, strict=True):
                if review == _REVIEWS and forward and other != film:
                    if other not in fans_of:
                        fans_of[other] = _fans(view, other, liked)
                    if fan in fans_of[other]:
                        features[other]["agreement"] += weights.agreement
    for number, value in personalized_pagerank(view, film, weights, hidden).items():
        features[number]["pagerank"] += weights.pagerank * value
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
    def people(work: str) -> set[int]:
        _, others, rels, outs = _row(view, view.index[work])
        return {o for o, r, out in zip(others, rels, outs, strict=True) if r in _CREDIT_CODES and not out}

    return sorted(view.nodes[view.key_of(p)].name for p in people(first) & people(second))


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
    """The works most like ``film``, best first. ``kind`` "film" keeps films, "any" keeps every work.
    ``hidden``: (work, work) comparisons to leave out (the leave-one-out test of the weights)."""
    index = view.index
    numbers = frozenset(
        (index[a], index[b]) for a, b in hidden if index.get(a) is not None and index.get(b) is not None
    )
    film_label = LABEL_ORDER.index(Label.FILM)
    found = []
    for number, features in _features(view, index[film.key], weights, numbers).items():
        if kind == "film" and view.label[number] != film_label:
            continue
        score = sum(features.values())
        found.append((score, number, dict(features)))
    found.sort(key=lambda item: -item[0])
    if len(found) > limit:  # only the works that can make the list need their names (ties go by name)
        found = [item for item in found if item[0] >= found[limit - 1][0]]
    names = view.names
    fetch_texts(names, [item[1] for item in found])
    found.sort(key=lambda item: (-item[0], names[item[1]]))
    results = []
    for score, number, features in found[:limit]:
        work = view.nodes[view.key_of(number)]
        reason, evidence = _reason(view, film, work, features)
        results.append(Recommendation(work, score, reason, features, evidence))
    return results
