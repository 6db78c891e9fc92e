"""CLI start-up: wall time of `reelgraph` commands against bare `python -c pass`, in one run.

Aim (issue 16.1): `--help` and `--version` within 0.3 s of bare Python; `recommend`,
`path`, `show` and `stats` on the example store under 1 s each. Each command runs
``--runs`` times in a fresh process (the example store is ingested once, beforehand); the
figures are the median and the best run.

    python -m bench.bench_startup [--runs 5]
"""

from __future__ import annotations

import json
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import click

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "bench" / "results"
COMMANDS: dict[str, list[str]] = {
    "--help": ["--help"],
    "--version": ["--version"],
    "stats": ["stats"],
    "recommend Her": ["recommend", "Her"],
    "path Leo 'Marta Quill'": ["path", "Leo", "Marta Quill", "--limit", "1"],
    "show Gravity": ["show", "Gravity"],
}


def _wall(args: list[str], runs: int, cwd: Path) -> dict[str, float]:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        done = subprocess.run(args, cwd=cwd, capture_output=True, text=True)
        if done.returncode != 0:
            raise SystemExit(f"{' '.join(args[3:])} failed: {done.stderr.strip()}")
        times.append(time.perf_counter() - started)
    return {"median_s": round(statistics.median(times), 3), "best_s": round(min(times), 3)}


@click.command()
@click.option("--runs", type=click.IntRange(min=1), default=5, show_default=True, help="Runs per command.")
def main(runs: int) -> None:
    """Measure and print the start-up figures; write bench/results/startup.json."""
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        shutil.copytree(ROOT / "examples", work / "examples")
        cli = [sys.executable, "-m", "reelgraph.cli", "--store", str(work / "store")]
        subprocess.run([*cli, "ingest", "examples"], cwd=work, capture_output=True, check=True)
        figures: dict[str, object] = {"python -c pass": _wall([sys.executable, "-c", "pass"], runs, work)}
        for name, args in COMMANDS.items():
            figures[f"reelgraph {name}"] = _wall([*cli, *args], runs, work)
    bare = figures["python -c pass"]["median_s"]  # type: ignore[index]
    print(f"{'command':<34} {'median':>8} {'best':>8} {'over bare':>10}")
    for name, wall in figures.items():
        assert isinstance(wall, dict)
        print(f"{name:<34} {wall['median_s']:>7.3f}s {wall['best_s']:>7.3f}s {wall['median_s'] - bare:>+9.3f}s")
    RESULTS.mkdir(exist_ok=True)
    report = {"runs": runs, "machine": platform.machine(), "python": platform.python_version(), "figures": figures}
    (RESULTS / "startup.json").write_text(json.dumps(report, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
