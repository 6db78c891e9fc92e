"""``path`` (``queries.paths.best_paths``: networkx's ``shortest_simple_paths`` on the part
of the graph a path of the wanted cost can use, found with scipy's bounded Dijkstra from
both ends) against ``shortest_simple_paths`` on the whole graph, in the same run, on generated
stores (8k pages: about 100k nodes).

networkx needs the whole graph as a ``networkx.Graph`` first (the build is timed on its
own); the searches are timed per pair, three best paths each, over the same person -> film
pairs. (The hand-written search ``path`` used before, Dijkstra keeping the few best paths per
node, took 1.8 s a pair at 25k nodes against 0.16 s for networkx: it did not pass the 3x rule.)

    python -m bench.bench_path [--pages 8000] [--pairs 20]
"""

from __future__ import annotations

import json
import platform
import random
import statistics
import tempfile
import time
from itertools import islice
from pathlib import Path
from typing import Any

import click
import networkx as nx

from bench.bench_store import ingest_generated
from graph.model import LABEL_ORDER, REL_ORDER
from graph.schema import Label
from graph.store import EmbeddedStore
from queries.graphview import GraphView
from queries.paths import PATH_COST, best_paths

RESULTS = Path(__file__).resolve().parent / "results"


def _networkx_graph(view: GraphView) -> nx.Graph[str]:
    """The graph ``best_paths`` walks: undirected, each pair at its cheapest link, no sites."""
    graph: nx.Graph[str] = nx.Graph()
    site = LABEL_ORDER.index(Label.SITE)
    costs = [PATH_COST.get(rel) for rel in REL_ORDER]
    for here in range(len(view.keys)):
        if view.label[here] == site or view.canon[here] != here:
            continue
        for entry in range(int(view.indptr[here]), int(view.indptr[here + 1])):
            there, cost = int(view.other[entry]), costs[int(view.rel[entry])]
            if cost is None or view.label[there] == site or there == here:
                continue
            a, b = view.keys[here], view.keys[there]
            if not graph.has_edge(a, b) or graph[a][b]["weight"] > cost:
                graph.add_edge(a, b, weight=cost)
    return graph


def measure(pages: int, pairs: int) -> dict[str, Any]:
    with tempfile.TemporaryDirectory() as work:
        ingest_generated(Path(work), pages)
        with EmbeddedStore.open(Path(work), create=False) as store:
            view = GraphView.load(store)
            person, film = LABEL_ORDER.index(Label.PERSON), LABEL_ORDER.index(Label.FILM)
            people = [view.keys[i] for i in range(len(view.keys)) if view.label[i] == person and "@" in view.keys[i]]
            films = [view.keys[i] for i in range(len(view.keys)) if view.label[i] == film]
            rng = random.Random(3)
            chosen = [(rng.choice(people), rng.choice(films)) for _ in range(pairs)]
            started = time.perf_counter()
            graph = _networkx_graph(view)
            build = time.perf_counter() - started
            ours, theirs, found = [], [], 0
            for start, end in chosen:
                started = time.perf_counter()
                paths = best_paths(view, [view.nodes[start]], [view.nodes[end]], limit=3)
                ours.append(time.perf_counter() - started)
                started = time.perf_counter()
                if start in graph and end in graph and nx.has_path(graph, start, end):
                    list(islice(nx.shortest_simple_paths(graph, start, end, weight="weight"), 3))
                theirs.append(time.perf_counter() - started)
                found += bool(paths)
    return {
        "pages": pages,
        "nodes": len(view.nodes),
        "pairs": pairs,
        "pairs_with_a_path": found,
        "best_paths_median_seconds": round(statistics.median(ours), 4),
        "nx_shortest_simple_paths_median_seconds": round(statistics.median(theirs), 4),
        "nx_graph_build_seconds": round(build, 2),
        "speedup": round(statistics.median(theirs) / statistics.median(ours), 1),
    }


@click.command()
@click.option("--pages", default=8000, show_default=True, help="Generated pages (8000: about 100k nodes).")
@click.option("--pairs", default=20, show_default=True, help="Person -> film pairs searched.")
@click.option("--results", type=click.Path(path_type=Path), default=RESULTS, help="Folder for the JSON figures.")
def main(pages: int, pairs: int, results: Path) -> None:
    """Print best_paths against nx.shortest_simple_paths; write bench/results/path.json."""
    row = measure(pages, pairs)
    click.echo(
        f"{row['nodes']} nodes ({row['pages']} pages), {row['pairs']} pairs: best_paths "
        f"{row['best_paths_median_seconds']} s median, nx.shortest_simple_paths "
        f"{row['nx_shortest_simple_paths_median_seconds']} s (x{row['speedup']}), "
        f"building the networkx graph {row['nx_graph_build_seconds']} s"
    )
    results.mkdir(parents=True, exist_ok=True)
    (results / "path.json").write_text(json.dumps({"machine": platform.machine(), **row}, indent=2) + "\n")


if __name__ == "__main__":
    main()
