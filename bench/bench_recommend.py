"""recommend latency with the store already open, on generated graphs of about 10k, 100k
and 1M nodes: p50 and p95 over many films, and how they grow. Aim (issue 7): under 50 ms
p50 and 200 ms p95 at 100k nodes.

    python -m bench.bench_recommend [--pages 800,8000,80000] [--queries 200]
"""

from __future__ import annotations

import json
import platform
import random
import statistics
import tempfile
import time
from pathlib import Path

import click
import numpy as np

from bench.bench_store import ingest_generated
from graph.model import LABEL_ORDER, REL_ORDER
from graph.schema import Label, Rel
from graph.store import EmbeddedStore
from queries.graphview import GraphView
from queries.recommend import recommend

RESULTS = Path(__file__).resolve().parent / "results"


def measure(pages: int, queries: int) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as work:
        ingest_generated(Path(work), pages)
        with EmbeddedStore.open(Path(work), create=False) as store:
            started = time.perf_counter()
            view = GraphView.load(store)
            load_seconds = time.perf_counter() - started
            rows = np.repeat(np.arange(len(view.keys)), np.diff(view.indptr))
            compared = np.unique(rows[view.rel == REL_ORDER.index(Rel.COMPARED_TO)])
            film_label = LABEL_ORDER.index(Label.FILM)
            films = [view.nodes[view.keys[i]] for i in compared.tolist() if view.label[i] == film_label]
            sample = random.Random(1).sample(films, min(queries, len(films)))
            started = time.perf_counter()
            recommend(view, sample[0], limit=10)  # builds the view's sparse matrix once
            warm_seconds = time.perf_counter() - started
            timings = []
            for film in sample:
                started = time.perf_counter()
                recommend(view, film, limit=10)
                timings.append((time.perf_counter() - started) * 1000)
    timings.sort()
    return {
        "pages": pages,
        "nodes": len(view.nodes),  # the model's (persons merged)
        "queries": len(timings),
        "view_load_seconds": round(load_seconds, 2),
        "first_query_seconds": round(warm_seconds, 2),
        "p50_ms": round(statistics.median(timings), 2),
        "p95_ms": round(timings[int(len(timings) * 0.95) - 1], 2),
    }


@click.command()
@click.option("--pages", default="800,8000,80000", show_default=True, help="Comma-separated page counts.")
@click.option("--queries", default=200, show_default=True, help="Films to recommend for, per size.")
@click.option("--results", type=click.Path(path_type=Path), default=RESULTS, help="Folder for the JSON figures.")
def main(pages: str, queries: int, results: Path) -> None:
    """Print recommend latency per graph size; write bench/results/recommend.json."""
    rows = [measure(int(n), queries) for n in pages.split(",")]
    for row in rows:
        click.echo(
            f"{row['nodes']:>8} nodes ({row['pages']} pages): p50 {row['p50_ms']} ms, p95 {row['p95_ms']} ms "
            f"over {row['queries']} films; view loads in {row['view_load_seconds']} s, "
            f"first query (builds the matrix) {row['first_query_seconds']} s"
        )
    results.mkdir(parents=True, exist_ok=True)
    (results / "recommend.json").write_text(json.dumps({"machine": platform.machine(), "rows": rows}, indent=2) + "\n")


if __name__ == "__main__":
    main()
