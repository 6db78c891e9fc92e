"""Ingest with entity extraction on 1 worker, on N local worker processes, and on a Dask
LocalCluster of N worker processes, over the same generated seed-size pages in one run.

Aim (issue 16): N workers at 1.7x the one-worker pages/s or more on 2 cores; the Dask
cluster's overhead over N local processes is reported as a ratio. Each run writes a fresh
store; the model load of each worker is inside the timing (that is what a user waits for).

    python -m bench.bench_workers [--files 40] [--workers 2]
"""

from __future__ import annotations

import json
import platform
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click

from bench.generate import generate_corpus
from graph.store import EmbeddedStore
from reelgraph.pipeline import ingest, read_sources
from reelgraph.workers import Extraction, ExtractorSpec, InProcess, ProcessPool, open_extraction

RESULTS = Path(__file__).resolve().parent / "results"


def timed_ingest(corpus: Path, store_dir: Path, make: Callable[[], Extraction]) -> tuple[float, int]:
    """Seconds from starting the runner (workers load the model) to the last page written."""
    started = time.perf_counter()
    runner = make()
    try:
        with EmbeddedStore.open(store_dir) as store, store.writing():
            report = ingest(read_sources([str(corpus)]), store, runner)
    finally:
        runner.close()
    return time.perf_counter() - started, report.pages


def measure(files: int, workers: int) -> dict[str, Any]:
    from distributed import LocalCluster

    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        generate_corpus(root / "corpus", pages=files, blogs=4, seed=11)
        spec = ExtractorSpec(cache_dir=root / "cache")
        spec()  # compile the gazetteer cache once, outside every timing
        runs: dict[str, Callable[[], Extraction]] = {
            "1 worker (in process)": lambda: InProcess(spec),
            f"{workers} worker processes": lambda: ProcessPool(spec, workers),
        }
        figures: dict[str, dict[str, float]] = {}
        for name, make in runs.items():
            seconds, pages = timed_ingest(root / "corpus", root / f"store-{len(figures)}", make)
            figures[name] = {"seconds": round(seconds, 2), "pages": pages, "pages_per_s": round(pages / seconds, 2)}
        with LocalCluster(  # type: ignore[no-untyped-call]
            n_workers=workers, threads_per_worker=1, processes=True, host="127.0.0.1", dashboard_address=None
        ) as cluster:
            address = cluster.scheduler_address  # a running cluster: its start-up is not timed
            seconds, pages = timed_ingest(
                root / "corpus", root / "store-dask", lambda: open_extraction(spec, scheduler=address)
            )
        figures[f"Dask LocalCluster, {workers} workers"] = {
            "seconds": round(seconds, 2),
            "pages": pages,
            "pages_per_s": round(pages / seconds, 2),
        }
    one, many, dask = (f["pages_per_s"] for f in figures.values())
    return {
        "machine": f"{platform.processor() or platform.machine()}, Python {platform.python_version()}",
        "files": files,
        "runs": figures,
        "speedup_workers": round(many / one, 2),
        "dask_vs_local_processes": round(dask / many, 2),
    }


@click.command()
@click.option("--files", type=click.IntRange(min=2), default=40, show_default=True, help="Generated pages.")
@click.option("--workers", type=click.IntRange(min=2), default=2, show_default=True, help="Worker processes.")
@click.option("--save/--no-save", default=True, help="Write bench/results/workers.json.")
def main(files: int, workers: int, save: bool) -> None:
    """Print pages/s for 1 worker, N processes and a Dask LocalCluster."""
    figures = measure(files, workers)
    for name, run in figures["runs"].items():
        click.echo(f"{name:32} {run['pages']:5} pages {run['seconds']:8.2f} s {run['pages_per_s']:8.2f} pages/s")
    click.echo(f"speed-up of {workers} processes over 1: {figures['speedup_workers']}x (aim 1.7x)")
    click.echo(f"Dask over {workers} local processes: {figures['dask_vs_local_processes']}x")
    if save:
        RESULTS.mkdir(exist_ok=True)
        (RESULTS / "workers.json").write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
