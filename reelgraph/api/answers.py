"""Answers from the graph: ``recommend``, ``influence``, ``paths``, ``show`` and ``draw``."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from base.errors import NoPath, UnknownKind
from reelgraph.api.store import open_store, write_text
from reelgraph.settings import Settings

if TYPE_CHECKING:
    import networkx as nx

    from queries.graphview import GraphView, NodeInfo
    from queries.influence import Influence
    from queries.paths import Hop
    from queries.recommend import Recommendation


MAX_PATH_STEPS = 12
SHOW_LIMIT = 5
_SAME_NAME = "SELECT key FROM nodes WHERE name = ? COLLATE NOCASE ORDER BY key"


@dataclass(slots=True)
class RecommendAnswer:
    film: NodeInfo
    results: list[Recommendation]


def recommend(settings: Settings, film: str, limit: int, kind: str, viz: Path | None = None) -> RecommendAnswer:
    """Works like ``film``, ranked (``E601``/``E602`` when the name is unknown or ambiguous)."""
    from extract.nlp.aliases import AliasTable
    from graph.schema import Label
    from queries.graphview import GraphView
    from queries.recommend import recommend as recommend_works

    with open_store(settings) as store:
        view = GraphView.load(store)
        found = view.one(film, frozenset({Label.FILM}), "film", AliasTable.load(settings.aliases))
        answer = RecommendAnswer(found, recommend_works(view, found, limit, kind))
    if viz is not None:
        from viz.html import graph_page
        from viz.views import recommendation_graph

        graph = recommendation_graph(answer.film, answer.results)
        write_text(viz, graph_page(graph, f"Like {answer.film.display()}", [answer.film.key]))
    return answer


def influence(settings: Settings, top: int) -> list[Influence]:
    """People ranked by the replies, pingbacks and citations they draw (the ranking kept
    with the graph model when there is one for this generation: no numpy, no arrays read)."""
    from queries.answers import kept_influence

    with open_store(settings) as store:
        kept = kept_influence(store, top)
        if kept is not None:
            return kept
        from queries.graphview import GraphView
        from queries.influence import influence as rank_influence

        return rank_influence(GraphView.load(store), top)


def _ends(view: GraphView, name: str, settings: Settings) -> list[NodeInfo]:
    from extract.nlp.aliases import AliasTable
    from queries.paths import PATH_ENDS

    aliases = AliasTable.load(settings.aliases)
    found = view.find(name, PATH_ENDS, aliases)
    if not found:
        view.one(name, PATH_ENDS, "person or work", aliases)  # raises with the closest names
    return found


def paths(settings: Settings, start: str, end: str, limit: int, viz: Path | None = None) -> list[list[Hop]]:
    """The best distinct paths between two people or works (``E603`` none, ``E604`` same node)."""
    from queries.graphview import GraphView
    from queries.paths import best_paths

    with open_store(settings) as store:
        view = GraphView.load(store)
        starts, ends = _ends(view, start, settings), _ends(view, end, settings)
        same = {n.key for n in starts} & {n.key for n in ends}
        if same and len(starts) == 1 and len(ends) == 1:
            raise NoPath.same(start, end, starts[0].display())
        starts = [n for n in starts if n.key not in same] or starts
        ends = [n for n in ends if n.key not in same] or ends
        found = distinct_paths(best_paths(view, starts, ends, limit * 4), limit)
        if not found:
            raise NoPath.between(start, end, MAX_PATH_STEPS)
        if viz is not None:
            from viz.html import graph_page
            from viz.views import paths_graph

            ends_keys = [found[0][0].source.key, found[0][-1].target.key]
            write_text(viz, graph_page(paths_graph(found), f"{start} → {end}", ends_keys))
    return found


def distinct_paths(paths: list[list[Hop]], limit: int) -> list[list[Hop]]:
    """The first ``limit`` paths that pass through different nodes: two paths over the same
    nodes (by parallel edges, such as A compared to B and B compared to A) would print alike."""
    seen: set[tuple[str, ...]] = set()
    kept = []
    for hops in paths:
        nodes = (hops[0].source.key, *(hop.target.key for hop in hops))
        if nodes not in seen:
            seen.add(nodes)
            kept.append(hops)
    return kept[:limit]


def show(settings: Settings, name: str) -> list[dict[str, Any]]:
    """Every node named ``name`` (any case, alias-aware) with its edges and evidence; an
    unknown name is ``E601`` with the closest names, like ``recommend``."""
    from extract.nlp.aliases import AliasTable
    from queries.show import describe_keys

    with open_store(settings) as store:
        aliases = AliasTable.load(settings.aliases)
        names = [name, *filter(None, [aliases.canonical(name)])]
        keys = [str(row[0]) for n in names for row in store.db.execute(_SAME_NAME, (n.strip(),))]
        if not keys:  # "Her (2013)", or an unknown name: the graph model knows years and the closest names
            from graph.schema import Label
            from queries.graphview import GraphView

            view, labels = GraphView.load(store), frozenset(Label)
            keys = [n.key for n in view.find(name, labels, aliases)]
            if not keys:
                view.one(name, labels - {Label.COMMENT}, "entity", aliases)  # raises E601 with the closest names
        return describe_keys(store, list(dict.fromkeys(keys))[:SHOW_LIMIT])


def parse_kinds(kinds: str | None) -> frozenset[Any] | None:
    """``--kinds film,Person`` as labels, any case (``E201`` names the valid ones)."""
    from graph.schema import Label

    if not kinds:
        return None
    by_name = {label.value.casefold(): label for label in Label}
    chosen = set()
    for kind in (k.strip() for k in kinds.split(",")):
        if kind.casefold() not in by_name:
            raise UnknownKind.of(kind, sorted(label.value for label in Label))
        chosen.add(by_name[kind.casefold()])
    return frozenset(chosen)


def draw(settings: Settings, focus: str | None, depth: int, kinds: str | None, output: Path) -> nx.MultiDiGraph[str]:
    """Write the graph (or ``focus`` and its neighbourhood) as one self-contained HTML page."""
    from viz.html import graph_page
    from viz.views import neighbourhood

    labels = parse_kinds(kinds)
    with open_store(settings) as store:
        graph = neighbourhood(store, focus, depth, labels)
    title = f"{focus} (within {depth} steps)" if focus else "reelgraph"
    write_text(output, graph_page(graph, title, []))
    return graph
