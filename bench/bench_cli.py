"""Wall time of each query command on generated stores of 1k, 5k and 20k pages, against
``reelgraph --help`` in the same run (the price of starting Python and the CLI), and, with
``--baseline DIR``, against another checkout (``git worktree add DIR REV``) on its own store of
the same pages, the two taking turns command by command.

Each store is ingested with entities from the generator's plan (no NLP). Then the graph model
is built and kept as ``reelgraph ingest`` does (``api.prepare_model``; reported on its own);
a baseline checkout that builds it in its first query has that query reported instead. Each
command runs three times in a fresh process and the median is kept. Aim (issue 18):
``recommend``, ``path``, ``show`` and ``influence`` under 1 s each at 20k pages.

    python -m bench.bench_cli [--sizes 1000,5000,20000] [--baseline /tmp/base]
"""

from __future__ import annotations

import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import click

RESULTS = Path(__file__).resolve().parent / "results"
HERE = Path(__file__).resolve().parent.parent
_RUN = "import sys; sys.argv[0] = 'reelgraph'; from reelgraph.cli import run; run()"
_INGEST = (
    "import json, sys, time; from pathlib import Path; from bench.bench_store import ingest_generated; "
    "started = time.perf_counter(); ingest_generated(Path(sys.argv[1]), int(sys.argv[2])); "
    "ingested = time.perf_counter() - started; model = None\n"
    "try:\n"
    "    from reelgraph.api import prepare_model\n"
    "except ImportError:\n"
    "    pass  # a checkout that builds the model in the first query\n"
    "else:\n"
    "    from graph.store import EmbeddedStore\n"
    "    with EmbeddedStore.open(Path(sys.argv[1]), create=False) as store:  # ingest builds it in its own open\n"
    "        started = time.perf_counter()\n"
    "        prepare_model(store)\n"
    "        model = time.perf_counter() - started\n"
    "print(json.dumps({'ingest_seconds': round(ingested, 2), 'model_seconds': model and round(model, 2)}))"
)
_NAMES = (
    "import collections, json, sys; from pathlib import Path; from graph.store import EmbeddedStore\n"
    "with EmbeddedStore.open(Path(sys.argv[1]), create=False) as store:\n"
    "    compared = collections.Counter(e.src for e in store.edges() if e.type == 'COMPARED_TO')\n"
    "    film = min(compared, key=lambda k: (-compared[k], k))\n"
    "    person = next(n for n in store.nodes() if n.label == 'Person' and '@' in n.key)\n"
    "    print(json.dumps([store.node(film).name, person.name]))"
)


class Checkout:
    """A checkout's own interpreter environment: its code first on the path, byte code cached."""

    def __init__(self, root: Path, cache: Path) -> None:
        self.root = root
        self.env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
        self.env |= {"PYTHONPATH": str(root), "PYTHONPYCACHEPREFIX": str(cache)}

    def python(self, code: str, *args: str) -> str:
        done = subprocess.run(
            [sys.executable, "-c", code, *args], check=True, capture_output=True, text=True, env=self.env, cwd=self.root
        )
        return done.stdout

    def wall(self, args: list[str]) -> float:
        started = time.perf_counter()
        subprocess.run([sys.executable, "-c", _RUN, *args], check=True, capture_output=True, env=self.env, cwd="/")
        return time.perf_counter() - started


def _commands(store: Path, film: str, person: str) -> dict[str, list[str]]:
    base = ["--store", str(store)]
    return {
        "help": ["--help"],
        "recommend": [*base, "recommend", film, "--limit", "5"],
        "path": [*base, "path", person, film, "--limit", "1"],
        "show": [*base, "show", film],
        "influence": [*base, "influence"],
    }


def measure(pages: int, work: Path, checkouts: dict[str, Checkout], runs: int = 3) -> dict[str, Any]:
    row: dict[str, Any] = {"pages": pages}
    stores: dict[str, Path] = {}
    for name, checkout in checkouts.items():
        store = stores[name] = work / f"{name}-{pages}"
        built = json.loads(checkout.python(_INGEST, str(store), str(pages)))
        film, person = json.loads(checkout.python(_NAMES, str(store)))
        row[name] = {"ingest_seconds": built["ingest_seconds"], "model_seconds": built["model_seconds"]}
        if built["model_seconds"] is None:
            row[name]["first_query_seconds"] = round(checkout.wall(_commands(store, film, person)["recommend"]), 3)
        row[name]["names"] = [film, person]
    times: dict[str, dict[str, list[float]]] = {name: {} for name in checkouts}
    for _ in range(runs):
        for command in ("help", "recommend", "path", "show", "influence"):
            for name, checkout in checkouts.items():  # the checkouts take turns: the same load for both
                args = _commands(stores[name], *row[name]["names"])[command]
                times[name].setdefault(command, []).append(checkout.wall(args))
    for name in checkouts:
        for command, values in times[name].items():
            row[name][f"{command}_seconds"] = round(statistics.median(values), 3)
    return row


@click.command()
@click.option("--sizes", default="1000,5000,20000", show_default=True, help="Comma-separated page counts.")
@click.option("--baseline", type=click.Path(path_type=Path), default=None, help="Another checkout to run beside.")
@click.option("--runs", default=3, show_default=True, help="Fresh processes per command (the median is kept).")
@click.option("--results", type=click.Path(path_type=Path), default=RESULTS, help="Folder for the JSON figures.")
def main(sizes: str, baseline: Path | None, runs: int, results: Path) -> None:
    """Print each query command's wall time per size; write bench/results/cli.json."""
    rows = []
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        checkouts = {"this": Checkout(HERE, work / "pyc")}
        if baseline is not None:
            checkouts["baseline"] = Checkout(baseline.resolve(), work / "pyc")
        for size in sizes.split(","):
            rows.append(measure(int(size), work, checkouts, runs))
            for name in checkouts:
                got = rows[-1][name]
                built = (
                    f"model after ingest {got['model_seconds']} s"
                    if got["model_seconds"] is not None
                    else f"first query (builds the model) {got['first_query_seconds']} s"
                )
                click.echo(
                    f"{size:>6} pages, {name}: --help {got['help_seconds']} s; {built}; "
                    f"recommend {got['recommend_seconds']} s, path {got['path_seconds']} s, "
                    f"show {got['show_seconds']} s, influence {got['influence_seconds']} s"
                )
    results.mkdir(parents=True, exist_ok=True)
    (results / "cli.json").write_text(
        json.dumps({"machine": platform.machine(), "rows": rows}, indent=2) + "\n", encoding="utf-8"
    )


if __name__ == "__main__":
    main()
