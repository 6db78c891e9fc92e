"""Wall time of each query command on generated stores of 1k, 5k and 20k pages, against
``reelgraph --help`` in the same run (the price of starting Python and the CLI).

Each store is ingested with entities from the generator's plan (no NLP). The first query
after ingest builds the graph model and keeps it beside the store (``model.sqlite``); that
first call is reported on its own, then each command runs three times and the median is
kept. Aim (issue 18): ``recommend``, ``path``, ``show`` and ``influence`` under 1 s each at
20k pages.

    python -m bench.bench_cli [--sizes 1000,5000,20000]
"""

from __future__ import annotations

import json
import platform
import sqlite3
import statistics
import subprocess
import tempfile
import time
from pathlib import Path
from typing import Any

import click

from bench.bench_store import ingest_generated

RESULTS = Path(__file__).resolve().parent / "results"


def _wall(args: list[str], runs: int = 3) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run(["reelgraph", *args], check=True, capture_output=True)
        times.append(time.perf_counter() - started)
    return round(statistics.median(times), 3)


def _names(store: Path) -> tuple[str, str]:
    """The most compared film and a commenter who wrote about it, by name."""
    db = sqlite3.connect(store / "graph.sqlite")
    film = db.execute(
        "SELECT n.name FROM edges e JOIN nodes n ON n.key = e.src WHERE e.type = 'COMPARED_TO' "
        "GROUP BY n.key ORDER BY COUNT(*) DESC, n.key LIMIT 1"
    ).fetchone()[0]
    person = db.execute(
        "SELECT n.name FROM nodes n WHERE n.label = 'Person' AND n.key LIKE '%@%' ORDER BY n.key LIMIT 1"
    ).fetchone()[0]
    db.close()
    return str(film), str(person)


def measure(pages: int) -> dict[str, Any]:
    with tempfile.TemporaryDirectory() as work:
        store = Path(work) / "store"
        ingest_generated(store, pages)
        film, person = _names(store)
        base = ["--store", str(store)]
        commands = {
            "recommend": [*base, "recommend", film, "--limit", "5"],
            "path": [*base, "path", person, film, "--limit", "1"],
            "show": [*base, "show", film],
            "influence": [*base, "influence"],
        }
        first = _wall(commands["recommend"], runs=1)  # builds and keeps the model
        row: dict[str, Any] = {"pages": pages, "help_seconds": _wall(["--help"]), "first_query_seconds": first}
        for name, args in commands.items():
            row[f"{name}_seconds"] = _wall(args)
    return row


@click.command()
@click.option("--sizes", default="1000,5000,20000", show_default=True, help="Comma-separated page counts.")
@click.option("--results", type=click.Path(path_type=Path), default=RESULTS, help="Folder for the JSON figures.")
def main(sizes: str, results: Path) -> None:
    """Print each query command's wall time per size; write bench/results/cli.json."""
    rows = [measure(int(n)) for n in sizes.split(",")]
    for row in rows:
        click.echo(
            f"{row['pages']:>6} pages: --help {row['help_seconds']} s; first query (builds the model) "
            f"{row['first_query_seconds']} s; recommend {row['recommend_seconds']} s, path {row['path_seconds']} s, "
            f"show {row['show_seconds']} s, influence {row['influence_seconds']} s"
        )
    results.mkdir(parents=True, exist_ok=True)
    (results / "cli.json").write_text(
        json.dumps({"machine": platform.machine(), "rows": rows}, indent=2) + "\n", encoding="utf-8"
    )


if __name__ == "__main__":
    main()
