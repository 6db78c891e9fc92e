"""The named queries, answered on the embedded store (no Neo4j): the same rows, same keys.

Each function mirrors the ``.cypher`` file of the same name; the parity tests hold them to
the same answers on the same graph.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any

import networkx as nx

from graph.schema import Label, Rel

if TYPE_CHECKING:
    Graph = nx.MultiDiGraph[str]
else:
    Graph = nx.MultiDiGraph
Rows = list[dict[str, Any]]


def _named(graph: Graph, label: Label, name: str) -> list[str]:
    folded = name.casefold()
    return [n for n, d in graph.nodes(data=True) if d["label"] == label and str(d["name"]).casefold() == folded]


def _edges(graph: Graph, rel: Rel) -> Iterator[tuple[str, str, dict[str, Any]]]:
    for src, dst, kind, data in graph.edges(keys=True, data=True):
        if kind == rel:
            yield src, dst, data


def most_compared_films(graph: Graph, limit: int = 10) -> Rows:
    totals: dict[str, int] = defaultdict(int)
    for src, dst, data in _edges(graph, Rel.COMPARED_TO):
        for end in (src, dst):
            if graph.nodes[end]["label"] == Label.FILM:
                totals[end] += data["count"]
    rows = [
        {"film": graph.nodes[k]["name"], "year": graph.nodes[k].get("year"), "comparisons": c, "key": k}
        for k, c in totals.items()
    ]
    return _top(rows, lambda r: (-r["comparisons"], r["film"], r["key"]), limit)


def recommend_for_film(graph: Graph, film: str, limit: int = 10) -> Rows:
    films = set(_named(graph, Label.FILM, film))
    scores: dict[str, int] = defaultdict(int)
    for src, dst, data in _edges(graph, Rel.COMPARED_TO):
        for here, other in ((src, dst), (dst, src)):
            if here in films and other != here:
                scores[graph.nodes[other]["name"]] += data["count"]
    return _top([{"work": w, "score": s} for w, s in scores.items()], lambda r: (-r["score"], r["work"]), limit)


def influence_paths(graph: Graph, **params: str) -> Rows:
    sources, targets = _named(graph, Label.PERSON, params["from"]), _named(graph, Label.PERSON, params["to"])
    undirected: nx.Graph[str] = nx.Graph(graph.to_undirected(as_view=True))
    rows = []
    for source in sources:
        lengths = nx.single_source_shortest_path(undirected, source, cutoff=8)
        for target in targets:
            if target != source and target in lengths:
                path = lengths[target]
                rows.append(
                    {
                        "source": source,
                        "target": target,
                        "hops": len(path) - 1,
                        "names": [graph.nodes[n]["name"] for n in path],
                    }
                )
    return sorted(rows, key=lambda r: (r["hops"], r["source"], r["target"]))


def critics_who_disagree(graph: Graph, limit: int = 10) -> Rows:
    reviews: dict[str, list[tuple[str, str]]] = defaultdict(list)  # film -> (critic, post)
    authors: dict[str, list[str]] = defaultdict(list)
    for src, dst, _ in _edges(graph, Rel.WROTE):
        if graph.nodes[src]["label"] == Label.PERSON and graph.nodes[dst]["label"] == Label.POST:
            authors[dst].append(src)
    for post, film, _ in _edges(graph, Rel.REVIEWS):
        if graph.nodes[film]["label"] == Label.FILM and graph.nodes[post].get("rating") is not None:
            reviews[film].extend((critic, post) for critic in authors[post])
    pairs: dict[tuple[str, str], list[tuple[str, float]]] = defaultdict(list)
    for film, entries in reviews.items():
        for a, p in entries:
            for b, q in entries:
                if a < b:
                    pairs[a, b].append((film, abs(graph.nodes[p]["rating"] - graph.nodes[q]["rating"])))
    rows = [
        {
            "critic": graph.nodes[a]["name"],
            "other_critic": graph.nodes[b]["name"],
            "films": len({f for f, _ in found}),
            "gap": round(sum(g for _, g in found) / len(found) * 1000) / 1000.0,
        }
        for (a, b), found in pairs.items()
    ]
    return _top(rows, lambda r: (-r["gap"], r["critic"], r["other_critic"]), limit)


def conversation_thread(graph: Graph, post: str) -> Rows:
    posts = set(_named(graph, Label.POST, post))
    parent_of = {src: dst for src, dst, _ in _edges(graph, Rel.REPLIED_TO)}
    rows = []
    for comment, parent in parent_of.items():
        ancestor, hops = parent, 1
        while ancestor in parent_of and ancestor not in posts and hops < 60:
            ancestor, hops = parent_of[ancestor], hops + 1
        if ancestor in posts:
            data = graph.nodes[comment]
            rows.append(
                {"comment": comment, "author": data.get("author"), "depth": data.get("depth"), "parent": parent}
            )
    return sorted(rows, key=lambda r: r["comment"])


def pingback_chains(graph: Graph, limit: int = 10) -> Rows:
    pinged: dict[str, list[str]] = defaultdict(list)
    incoming: set[str] = set()
    for src, dst, _ in _edges(graph, Rel.PINGED_BY):
        if graph.nodes[src]["label"] == Label.POST and graph.nodes[dst]["label"] == Label.POST:
            pinged[src].append(dst)
            incoming.add(dst)
    rows = []
    for start in [n for n in pinged if n not in incoming]:
        stack: list[list[str]] = [[start]]
        while stack:
            path = stack.pop()
            for nxt in pinged.get(path[-1], []):
                if nxt in path or len(path) > 6:
                    continue
                if not pinged.get(nxt):
                    rows.append({"posts": [graph.nodes[n]["name"] for n in [*path, nxt]], "links": len(path)})
                else:
                    stack.append([*path, nxt])
    return _top(rows, lambda r: (-r["links"], r["posts"]), limit)


def _top(rows: Rows, key: Callable[[dict[str, Any]], Any], limit: int) -> Rows:
    return sorted(rows, key=key)[:limit]


EMBEDDED: dict[str, Callable[..., Rows]] = {
    "most_compared_films": most_compared_films,
    "recommend_for_film": recommend_for_film,
    "influence_paths": influence_paths,
    "critics_who_disagree": critics_who_disagree,
    "conversation_thread": conversation_thread,
    "pingback_chains": pingback_chains,
}
