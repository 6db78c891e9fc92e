"""``influence``: critics and commenters ranked by how much others answer, link to and cite
them (``path``, the best paths between two names, is :mod:`queries.paths`).

Influence flows from earlier to later: a reply, a pingback or a citation counts only when
the influenced text is dated after the influencing one (or either has no date).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import numpy as np

from graph.kept import keep_answer
from graph.model import LABEL_ORDER, REL_ORDER, fetch_texts
from graph.schema import Label, Rel
from queries.answers import TOP_KEPT, influence_answer
from queries.answers import Influence as Influence
from queries.graphview import GraphView

if TYPE_CHECKING:
    import networkx as nx

Array = np.ndarray[Any, Any]

_INFLUENCE_WEIGHT = {"reply": 1.0, "pingback": 2.0, "cites": 3.0}


_HOW = ("reply", "pingback", "cites")


def influence_arrays(view: GraphView) -> tuple[Array, Array, Array]:
    """Every reply, pingback and citation as three arrays: influencer, influenced (model node
    numbers) and how (an index into ``_HOW``).

    A reply is from a comment's author to the author of what it answers, a pingback from the
    linked post's author to the linking post's; each counts only if the influenced text is not
    dated before the influencing one (or either has no date). A citation needs no date.
    """
    authors = view.authors()
    dates = view.cache.get("dates")
    if dates is None:
        dates = view.cache["dates"] = np.array(view.published, dtype=str)
    rows = np.repeat(np.arange(len(view.keys)), np.diff(view.indptr))
    here, there, rel = rows[view.out], view.other[view.out], view.rel[view.out]

    def later(earlier: Array, after: Array) -> Array:
        first, second = dates[earlier], dates[after]
        result: Array = (first == "") | (second == "") | (first <= second)
        return result

    replies = (rel == REL_ORDER.index(Rel.REPLIED_TO)) & (view.label[here] == LABEL_ORDER.index(Label.COMMENT))
    replier, answered = authors[here[replies]], authors[there[replies]]
    keep = (replier >= 0) & (answered >= 0) & (replier != answered) & later(there[replies], here[replies])
    pings = rel == REL_ORDER.index(Rel.PINGED_BY)
    linked, linking = authors[here[pings]], authors[there[pings]]
    ping_keep = (linked >= 0) & (linking >= 0) & (linked != linking) & later(here[pings], there[pings])
    cites = (rel == REL_ORDER.index(Rel.CITES)) & (here != there)
    influencer = np.concatenate([answered[keep], linked[ping_keep], there[cites]])
    influenced = np.concatenate([replier[keep], linking[ping_keep], here[cites]])
    how = np.repeat(np.arange(3), [int(keep.sum()), int(ping_keep.sum()), int(cites.sum())])
    return influencer, influenced, how


def influence_edges(view: GraphView) -> list[tuple[str, str, str]]:
    """(influencer, influenced, how) for every reply, pingback and citation in time order."""
    keys = view.keys
    return [(keys[a], keys[b], _HOW[h]) for a, b, h in zip(*(x.tolist() for x in influence_arrays(view)), strict=True)]


def influence_graph(view: GraphView) -> nx.DiGraph[str]:
    """The weighted "influenced -> influencer" graph as networkx sees it (for comparisons)."""
    import networkx as nx

    graph: nx.DiGraph[str] = nx.DiGraph()
    for influencer, influenced, how in influence_edges(view):
        if graph.has_edge(influenced, influencer):
            graph[influenced][influencer]["weight"] += _INFLUENCE_WEIGHT[how]
        else:
            graph.add_edge(influenced, influencer, weight=_INFLUENCE_WEIGHT[how])
    return graph


def pagerank(
    sources: Array, targets: Array, weights: Array, size: int, damping: float = 0.85, tol: float = 1e-10
) -> Array:
    """PageRank of ``size`` nodes over weighted edges (sources -> targets), as in networkx:
    uniform start and teleport, a node without out-links spreads its rank evenly, stopping
    when the L1 change is below ``size * tol`` (at most 200 iterations). Each iteration is
    linear in the edges: the dangling mass is added once, not node by node.

    >>> pagerank(np.array([0, 1]), np.array([1, 0]), np.array([1.0, 1.0]), 2).round(3).tolist()
    [0.5, 0.5]
    """
    out_total = np.bincount(sources, weights=weights, minlength=size)
    share = weights / out_total[sources]
    dangling = out_total == 0
    rank = np.full(size, 1.0 / size)
    for _ in range(200):
        spread = np.bincount(targets, weights=rank[sources] * share, minlength=size)
        step = damping * (spread + rank[dangling].sum() / size) + (1 - damping) / size
        done = float(np.abs(step - rank).sum()) < size * tol
        rank = step
        if done:
            break
    return rank


def _ranking(view: GraphView, damping: float = 0.85) -> dict[str, Array]:
    """Everyone with an influence edge (model node numbers), their PageRank, and how many
    replies, pingbacks and citations each received."""
    influencer, influenced, how = influence_arrays(view)
    people, ends = np.unique(np.concatenate([influenced, influencer]), return_inverse=True)
    size, count = len(people), len(influencer)
    if size == 0:
        return {"people": people, "rank": np.zeros(0), "tallies": np.zeros((0, 3), dtype=np.int64)}
    sources, targets = ends[:count], ends[count:]
    weights = np.array([_INFLUENCE_WEIGHT[h] for h in _HOW])[how]
    pair, where = np.unique(sources.astype(np.int64) * size + targets, return_inverse=True)  # one edge a pair
    rank = pagerank(pair // size, pair % size, np.bincount(where, weights=weights), size, damping)
    tallies = np.zeros((size, 3), dtype=np.int64)
    np.add.at(tallies, (targets, how), 1)
    return {"people": people, "rank": rank, "tallies": tallies}


def prepare(view: GraphView) -> None:
    """Work out and keep the influence ranking of this store generation (after an ingest)."""
    influence(view, 1)


def influence(view: GraphView, top: int = 10, damping: float = 0.85) -> list[Influence]:
    """People ranked by PageRank over "influenced -> influencer" edges (``pagerank``; the
    benchmark bench/bench_influence.py holds it to ``nx.pagerank`` on the same graph). The
    ranking at the default damping is worked out once per store generation and kept with
    the model, its first ``TOP_KEPT`` people as an answer ``kept_influence`` reads."""
    if damping != 0.85:
        return _top(view, _ranking(view, damping), top)
    found = view.derived("influence", _ranking)
    if "answer:influence" not in view.cache and not view.has_answer("influence"):
        ranked = _top(view, found, max(top, TOP_KEPT))
        answer = influence_answer(ranked, len(ranked) == len(found["people"]))
        view.cache["answer:influence"] = keep_answer(view.store.directory, view.key, "influence", answer)
        return ranked[:top]
    return _top(view, found, top)


def _top(view: GraphView, found: dict[str, Array], top: int) -> list[Influence]:
    """The ``top`` people of a ranking, ties by name (then key)."""
    people, rank, tallies = found["people"], found["rank"], found["tallies"]
    size = len(people)
    if size == 0:
        return []
    rounded = np.round(rank, 9)
    cut = np.sort(rounded)[::-1][min(top, size) - 1]
    candidates = np.flatnonzero(rounded >= cut).tolist()
    names = view.names
    fetch_texts(names, people[candidates].tolist())
    keys = dict(zip(candidates, view.keys_of(people[candidates].tolist()), strict=True))
    chosen = sorted(
        candidates,
        key=lambda i: (-rounded[i], names[int(people[i])], keys[i]),  # ties by name
    )[:top]
    return [Influence(view.nodes[keys[i]], float(rank[i]), *(int(t) for t in tallies[i])) for i in chosen]
