"""``influence`` against networkx's PageRank on the same influence graph, in the same run, on
generated stores of 1k, 5k and 20k pages (entities from the generator's plan, no NLP).

The first ``influence`` spread each dangling person's rank over every other person inside
its loop (quadratic: 220 s at 5k pages). It now finds the influence edges as arrays and runs
a numpy power iteration (``queries.influence.pagerank``, the dangling mass added once per
iteration). The baseline is ``nx.pagerank`` alone on the same weighted graph, already
built; the whole ``influence`` computation (edges, PageRank, ranking) is timed against it.
The ranking is kept with the graph model per store generation, so a later ``influence``
only reads it: that call is timed too (``cached_seconds``).

    python -m bench.bench_influence [--sizes 1000,5000,20000]
"""

from __future__ import annotations

import json
import platform
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click
import networkx as nx

from bench.bench_store import ingest_generated
from graph.store import EmbeddedStore
from queries.graphview import GraphView
from queries.influence import influence, influence_graph

RESULTS = Path(__file__).resolve().parent / "results"


def _median_seconds(call: Callable[[], Any], runs: int = 3) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        call()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def measure(pages: int) -> dict[str, Any]:
    with tempfile.TemporaryDirectory() as work:
        ingest_generated(Path(work), pages)
        with EmbeddedStore.open(Path(work), create=False) as store:
            view = GraphView.load(store)
            graph = influence_graph(view)
            ours = _median_seconds(lambda: influence(view, top=10, damping=0.85 + 1e-12))  # worked out, not read
            influence(view, top=10)  # works the ranking out once and keeps it
            cached = _median_seconds(lambda: influence(view, top=10))
            baseline = _median_seconds(lambda: nx.pagerank(graph, alpha=0.85, weight="weight"))
            with_graph = _median_seconds(lambda: nx.pagerank(influence_graph(view), alpha=0.85, weight="weight"))
            rank = nx.pagerank(graph, alpha=0.85, weight="weight", tol=1e-10, max_iter=200)
            top_nx = sorted(rank, key=lambda p: -rank[p])[:10]
            top_ours = [r.person.key for r in influence(view, top=10)]
    return {
        "pages": pages,
        "people": graph.number_of_nodes(),
        "influence_edges": graph.number_of_edges(),
        "influence_seconds": round(ours, 4),
        "cached_seconds": round(cached, 4),
        "nx_pagerank_seconds": round(baseline, 4),
        "nx_graph_and_pagerank_seconds": round(with_graph, 4),
        "ratio": round(ours / baseline, 2) if baseline else None,
        "same_top10_as_nx": top_nx == top_ours,
    }


@click.command()
@click.option("--sizes", default="1000,5000,20000", show_default=True, help="Comma-separated page counts.")
@click.option("--results", type=click.Path(path_type=Path), default=RESULTS, help="Folder for the JSON figures.")
def main(sizes: str, results: Path) -> None:
    """Print influence time against nx.pagerank per size; write bench/results/influence.json."""
    rows = [measure(int(n)) for n in sizes.split(",")]
    for row in rows:
        click.echo(
            f"{row['pages']:>6} pages, {row['people']} people, {row['influence_edges']} influence edges: "
            f"influence {row['influence_seconds']} s (kept: {row['cached_seconds']} s), "
            f"nx.pagerank alone {row['nx_pagerank_seconds']} s "
            f"(x{row['ratio']}), networkx graph + nx.pagerank {row['nx_graph_and_pagerank_seconds']} s, "
            f"same top 10: {row['same_top10_as_nx']}"
        )
    results.mkdir(parents=True, exist_ok=True)
    (results / "influence.json").write_text(
        json.dumps({"machine": platform.machine(), "rows": rows}, indent=2) + "\n", encoding="utf-8"
    )


if __name__ == "__main__":
    main()
