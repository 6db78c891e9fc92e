"""Generator speed and memory: 1k, 10k and 100k pages, each in a fresh process.

Aim (issue 3): 10k pages in under a minute; 100k without running out of memory (peak
memory should stay flat as the corpus grows, since pages are written as they are made).

    python -m bench.bench_generate [--sizes 1000,10000,100000]
"""

from __future__ import annotations

import json
import platform
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import click

RESULTS = Path(__file__).resolve().parent / "results"


def measure(pages: int, blogs: int) -> dict[str, float]:
    """Run one generation in a child process; peak RSS is the child's own."""
    out = Path(tempfile.mkdtemp(prefix="reelgraph-gen-"))
    script = (
        "import resource, sys; from pathlib import Path; from bench.generate import generate_corpus; "
        f"s = generate_corpus(Path(sys.argv[1]), {pages}, {blogs}, 7); "
        "print(s.seconds, s.files, s.comments, s.pingbacks, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)"
    )
    try:
        started = time.perf_counter()
        done = subprocess.run([sys.executable, "-c", script, str(out)], check=True, capture_output=True, text=True)
        wall = time.perf_counter() - started
        seconds, files, comments, pings, peak_kib = done.stdout.split()
        size = sum(f.stat().st_size for f in out.rglob("*") if f.is_file())
    finally:
        shutil.rmtree(out, ignore_errors=True)
    return {
        "pages": pages,
        "generate_seconds": round(float(seconds), 2),
        "process_seconds": round(wall, 2),
        "peak_rss_mib": round(int(peak_kib) / 1024, 1),
        "files": int(files),
        "comments": int(comments),
        "pingbacks": int(pings),
        "corpus_mib": round(size / 2**20, 1),
    }


@click.command()
@click.option("--sizes", default="1000,10000,100000", show_default=True, help="Comma-separated page counts.")
@click.option("--results", type=click.Path(path_type=Path), default=RESULTS, help="Folder for the JSON figures.")
def main(sizes: str, results: Path) -> None:
    """Print generation time and peak memory per size; write bench/results/generate.json."""
    rows = [measure(int(n), max(5, int(n) // 250)) for n in sizes.split(",")]
    base = rows[0]
    for row in rows:
        click.echo(
            f"{row['pages']:>7} pages: {row['generate_seconds']:7.2f} s, peak {row['peak_rss_mib']:7.1f} MiB, "
            f"{row['corpus_mib']:8.1f} MiB on disk, time x{row['generate_seconds'] / base['generate_seconds']:.1f} "
            f"for x{row['pages'] / base['pages']:.0f} pages, memory x{row['peak_rss_mib'] / base['peak_rss_mib']:.2f}"
        )
    results.mkdir(parents=True, exist_ok=True)
    record = {"machine": platform.machine(), "rows": rows}
    (results / "generate.json").write_text(json.dumps(record, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
