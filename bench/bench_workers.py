"""Ingest with entity extraction on 1 worker, on N local worker processes, and on a Dask
LocalCluster of N worker processes, over the same generated seed-size pages in one run.

Aim (issue 16): N workers at 1.7x the one-worker pages/s or more on 2 cores; the Dask
cluster's overhead over N local processes is reported as a ratio. Each run writes a fresh
store; the model load of each worker is inside the timing (that is what a user waits for).

Wall times need a quiet machine. CPU seconds do not: each run also reports the CPU of this
process (the reader and the single writer; in the 1-worker run, everything) and of the
worker processes, per page, and the speed-up those imply on the machine's cores:

    bound = CPU of the 1-worker run / (start + max((writer + workers) / cores,
                                                  workers / N, writer))

where start is the CPU this process spends starting the workers (on Linux it loads the
model once and forks them; no worker runs meanwhile), writer is the rest of its CPU and
workers is the worker processes' CPU. It assumes the cores are free and the parts are spread
evenly over the workers; it ignores time lost waiting (the in-order writer, the last part),
so a quiet run lands at or below it.

    python -m bench.bench_workers [--files 200] [--no-dask] [--workers 2]
"""

from __future__ import annotations

import json
import os
import platform
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click

from bench.generate import generate_corpus
from graph.store import EmbeddedStore
from reelgraph.pipeline import ingest, read_sources
from reelgraph.workers import Extraction, ExtractorSpec, InProcess, ProcessPool, forking, open_extraction

RESULTS = Path(__file__).resolve().parent / "results"


def children_cpu() -> float:
    """CPU seconds of the finished child processes of this one (workers, once joined)."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def cores() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def timed_ingest(corpus: Path, store_dir: Path, make: Callable[[], Extraction]) -> dict[str, float]:
    """Seconds from starting the runner (workers load the model) to the last page written,
    with the CPU seconds of this process and of the workers (once they have exited)."""
    started, cpu, workers_cpu = time.perf_counter(), time.process_time(), children_cpu()
    runner = make()
    start_cpu = time.process_time() - cpu  # forked workers: this process loads the model first
    try:
        with EmbeddedStore.open(store_dir) as store, store.writing():
            report = ingest(read_sources([str(corpus)]), store, runner)
    finally:
        runner.close()
    seconds = time.perf_counter() - started
    return {
        "seconds": round(seconds, 2),
        "pages": report.pages,
        "pages_per_s": round(report.pages / seconds, 2),
        "main_cpu_s": round(time.process_time() - cpu, 2),
        "start_cpu_s": round(start_cpu, 2),
        "workers_cpu_s": round(children_cpu() - workers_cpu, 2),
    }


def load_cpu(spec: ExtractorSpec) -> float:
    """CPU seconds a fresh process takes to start and build the extractor (what each spawned
    worker pays before its first page; a forked one starts with the model loaded)."""
    before = children_cpu()
    script = "import sys; from pathlib import Path; from reelgraph.workers import ExtractorSpec; "
    script += "ExtractorSpec(cache_dir=Path(sys.argv[1]))()"
    subprocess.run([sys.executable, "-c", script, str(spec.cache_dir)], check=True)
    return round(children_cpu() - before, 2)


def cpu_bound(one: dict[str, float], many: dict[str, float], workers: int, machine_cores: int) -> float:
    """The speed-up the runs' CPU seconds allow (see the module's doc)."""
    start = many["start_cpu_s"]  # no worker runs meanwhile
    writer, extraction = many["main_cpu_s"] - start, many["workers_cpu_s"]
    floor = start + max((writer + extraction) / min(machine_cores, workers + 1), extraction / workers, writer)
    return round(one["main_cpu_s"] / floor, 2)


def measure(files: int, workers: int, dask: bool = True) -> dict[str, Any]:
    """Ingest ``files`` generated pages with 1 worker, ``workers`` processes and (``dask``) a
    Dask LocalCluster of as many workers: each run's figures and the speed-ups."""
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
            figures[name] = timed_ingest(root / "corpus", root / f"store-{len(figures)}", make)
        loading = load_cpu(spec)
        if dask:
            figures[f"Dask LocalCluster, {workers} workers"] = _dask_run(root, spec, workers)
    return _summary(figures, files, workers, loading, dask)


def _dask_run(root: Path, spec: ExtractorSpec, workers: int) -> dict[str, float]:
    """The timed ingest on a running Dask LocalCluster (its start-up is not timed)."""
    from distributed import LocalCluster

    with LocalCluster(  # type: ignore[no-untyped-call]
        n_workers=workers, threads_per_worker=1, processes=True, host="127.0.0.1", dashboard_address=None
    ) as cluster:
        address = cluster.scheduler_address
        run = timed_ingest(root / "corpus", root / "store-dask", lambda: open_extraction(spec, scheduler=address))
    del run["workers_cpu_s"]  # the cluster's workers are not this process's children
    return run


def _summary(
    figures: dict[str, dict[str, float]], files: int, workers: int, loading: float, dask: bool
) -> dict[str, Any]:
    """The machine, the runs, the speed-up of the processes, CPU per page and its bound."""
    one, many = figures["1 worker (in process)"], figures[f"{workers} worker processes"]
    pages = one["pages"]
    result: dict[str, Any] = {
        "machine": f"{platform.processor() or platform.machine()}, Python {platform.python_version()}",
        "cores": cores(),
        "load_average": round(os.getloadavg()[0], 2),
        "files": files,
        "runs": figures,
        "speedup_workers": round(many["pages_per_s"] / one["pages_per_s"], 2),
        "cpu_per_page": {
            "one_worker_ms": round(1000 * one["main_cpu_s"] / pages, 1),  # its own model load included
            "writer_ms": round(1000 * (many["main_cpu_s"] - many["start_cpu_s"]) / pages, 1),
            "workers_ms": round(1000 * (many["workers_cpu_s"] - (0 if forking() else workers * loading)) / pages, 1),
            "start_s": many["start_cpu_s"] if forking() else loading,
        },
        "cpu_speedup_bound": cpu_bound(one, many, workers, cores()),
    }
    if dask:
        result["dask_vs_local_processes"] = round(
            figures[f"Dask LocalCluster, {workers} workers"]["pages_per_s"] / many["pages_per_s"], 2
        )
    return result


@click.command()
@click.option("--files", type=click.IntRange(min=2), default=200, show_default=True, help="Generated pages.")
@click.option("--workers", type=click.IntRange(min=2), default=2, show_default=True, help="Worker processes.")
@click.option("--dask/--no-dask", default=True, help="Also run a Dask LocalCluster.")
@click.option("--save/--no-save", default=True, help="Write bench/results/workers.json.")
def main(files: int, workers: int, dask: bool, save: bool) -> None:
    """Print pages/s for 1 worker, N processes and a Dask LocalCluster."""
    figures = measure(files, workers, dask)
    for name, run in figures["runs"].items():
        click.echo(
            f"{name:32} {run['pages']:5} pages {run['seconds']:8.2f} s {run['pages_per_s']:8.2f} pages/s"
            f"   CPU: this process {run['main_cpu_s']:.2f} s, workers {run.get('workers_cpu_s', float('nan')):.2f} s"
        )
    click.echo(f"speed-up of {workers} processes over 1: {figures['speedup_workers']}x (aim 1.7x)")
    per_page = figures["cpu_per_page"]
    click.echo(
        f"CPU per page: 1 worker {per_page['one_worker_ms']} ms; with {workers} processes the writer "
        f"{per_page['writer_ms']} ms and the workers {per_page['workers_ms']} ms; start "
        f"({'model loaded once, workers forked' if forking() else 'each worker loads the model'}) "
        f"{per_page['start_s']} s; bound on {figures['cores']} cores: {figures['cpu_speedup_bound']}x "
        f"(load average {figures['load_average']})"
    )
    if dask:
        click.echo(f"Dask over {workers} local processes: {figures['dask_vs_local_processes']}x")
    if save:
        RESULTS.mkdir(exist_ok=True)
        (RESULTS / "workers.json").write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
