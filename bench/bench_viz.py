"""HTML views at 500 and 5,000 nodes: the time to write the page, and the time until the
browser (headless Chromium) has it laid out and painted. Above 300 nodes the layout comes
precomputed and physics is off; the baseline in the same run is a 50-node page.

    python -m bench.bench_viz [--sizes 50,500,5000]
"""

from __future__ import annotations

import json
import platform
import tempfile
import time
from pathlib import Path

import click
import networkx as nx

from bench.bench_store import ingest_generated
from graph.nxgraph import to_networkx
from graph.store import EmbeddedStore
from tests.browser import browser
from viz.html import graph_page

RESULTS = Path(__file__).resolve().parent / "results"
_PAINTED = "new Promise(done => requestAnimationFrame(() => requestAnimationFrame(() => done(performance.now()))))"


def sized(graph: nx.MultiDiGraph[str], size: int) -> nx.MultiDiGraph[str]:
    """About ``size`` nodes: breadth-first from the best-connected node."""
    start = max(graph.degree, key=lambda item: item[1])[0]
    undirected = graph.to_undirected(as_view=True)
    keep = [start, *(n for _, n in nx.bfs_edges(undirected, start))][:size]
    return graph.subgraph(keep).copy()


def run(sizes: list[int]) -> list[dict[str, float]]:
    rows = []
    with tempfile.TemporaryDirectory() as work:
        ingest_generated(Path(work) / "store", max(400, max(sizes) // 10))
        with EmbeddedStore.open(Path(work) / "store", create=False) as store:
            graph = to_networkx(store)
        with browser() as chrome:
            for size in sizes:
                part = sized(graph, size)
                started = time.perf_counter()
                page_html = graph_page(part, f"{size} nodes")
                path = Path(work) / f"view-{size}.html"
                path.write_text(page_html, encoding="utf-8")
                write_seconds = time.perf_counter() - started
                tab = chrome.new_page(viewport={"width": 1400, "height": 900})
                started = time.perf_counter()
                tab.goto(path.as_uri())
                tab.wait_for_function("window.reelgraph !== undefined", timeout=120000)
                tab.evaluate(_PAINTED)
                open_seconds = time.perf_counter() - started
                tab.close()
                rows.append(
                    {
                        "nodes": part.number_of_nodes(),
                        "edges": part.number_of_edges(),
                        "write_seconds": round(write_seconds, 3),
                        "browser_layout_seconds": round(open_seconds, 3),
                        "page_mib": round(len(page_html.encode()) / 2**20, 2),
                    }
                )
    return rows


@click.command()
@click.option("--sizes", default="50,500,5000", show_default=True, help="Comma-separated node counts.")
@click.option("--results", type=click.Path(path_type=Path), default=RESULTS, help="Folder for the JSON figures.")
def main(sizes: str, results: Path) -> None:
    """Print write and browser layout times per view size; write bench/results/viz.json."""
    rows = run([int(s) for s in sizes.split(",")])
    for row in rows:
        click.echo(
            f"{row['nodes']:>6} nodes, {row['edges']:>6} edges: written in {row['write_seconds']} s, "
            f"laid out in the browser in {row['browser_layout_seconds']} s ({row['page_mib']} MiB)"
        )
    results.mkdir(parents=True, exist_ok=True)
    (results / "viz.json").write_text(json.dumps({"machine": platform.machine(), "rows": rows}, indent=2) + "\n")


if __name__ == "__main__":
    main()
