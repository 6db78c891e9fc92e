"""Reader throughput: pages per second for the text, HTML and WXR readers, one core.

Pages are generated at seed size (about 50 comments, a dozen review sentences). The
baseline in the same run is what no reader can beat: decoding the bytes and, for HTML and
WXR, lxml's parse alone. Aim (issue 2): 200 pages/s or more per core for every reader.

``--baseline DIR`` also reads the same pages with the readers of another checkout (e.g. a
``git worktree`` of the commit before a change), in two worker processes that take turns
page batch by page batch, so that a busy machine slows both alike: the ratio of the two is
what to read on a shared machine, the absolute pages/s only on a quiet one.

    python -m bench.bench_readers [--pages 300] [--baseline /tmp/reelgraph-before] [--rounds 5]
"""

from __future__ import annotations

import json
import os
import pickle
import platform
import random
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from functools import partial
from pathlib import Path
from typing import IO

import click
from lxml import etree

from bench.corpus import (
    WXR_HEAD,
    WXR_TAIL,
    Drawer,
    Post,
    body_paragraphs,
    commenter_names,
    make_blogs,
    plan_comments,
    render_html,
    render_text,
    render_wxr_item,
)
from extract.filmdb import load_films
from extract.io import parse_document
from extract.language import detect_language

RESULTS = Path(__file__).resolve().parent / "results"
SUFFIX = {"text": "p.txt", "wordpress": "p.html", "blogger": "p.html", "wxr": "p.xml"}
FORMS = tuple(SUFFIX)
# A worker reads only the checkout's own ``extract.io``: one line in (a pickled batch of pages
# and the name to read them under), pages per second of wall time and of its own CPU time out.
_WARM_UP = "Der Film ist lang, aber die Musik trägt ihn bis zum Ende des Abends."
_WORKER = """
import json, pickle, sys, time
from extract.io import parse_document
from extract.language import detect_language
detect_language(sys.argv[1])  # lingua loads its models on its first call (a second): not in a batch
for line in sys.stdin:
    path, suffix = line.split()
    with open(path, "rb") as handle:
        pages = pickle.load(handle)
    parse_document(pages[0], suffix)
    started, cpu = time.perf_counter(), time.process_time()
    for page in pages:
        parse_document(page, suffix)
    wall, cpu = time.perf_counter() - started, time.process_time() - cpu
    print(json.dumps([len(pages) / wall, len(pages) / cpu]), flush=True)
"""


def seed_sized_pages(count: int, form: str, seed: int = 3) -> list[bytes]:
    """``count`` pages in one form, each with 40 to 60 comments."""
    rng = random.Random(seed)
    films = list(load_films()[:2000])
    blog = make_blogs(rng, 4)[["text", "wordpress", "blogger", "wxr"].index(form)]
    people = Drawer(rng, commenter_names(rng, 300), skew=1.0)
    pages = []
    for number in range(1, count + 1):
        post = Post(number, blog, date(2014, 1, 1), rng.choice(films), rng.sample(films, 3), 7)
        comments = plan_comments(rng, post, people, count=rng.randint(40, 60))
        paragraphs = body_paragraphs(rng, post)
        if form == "text":
            pages.append(render_text(post, paragraphs, comments, []).encode())
        elif form == "wxr":
            pages.append(
                (WXR_HEAD.format(name=blog.name) + render_wxr_item(post, paragraphs, comments, []) + WXR_TAIL).encode()
            )
        else:
            pages.append(render_html(post, paragraphs, comments, []).encode())
    return pages


def _rate(pages: list[bytes], work: Callable[[bytes], object]) -> tuple[float, float]:
    """Pages per second of wall time and of this process' CPU time."""
    work(pages[0])
    started, cpu = time.perf_counter(), time.process_time()
    for page in pages:
        work(page)
    return len(pages) / (time.perf_counter() - started), len(pages) / (time.process_time() - cpu)


def _read(page: bytes, source: str) -> object:
    return parse_document(page, source)


def _html_floor(page: bytes) -> object:
    return etree.fromstring(page.decode(), etree.HTMLParser())


def _xml_floor(page: bytes) -> object:
    return etree.fromstring(page)


def run(pages: int) -> dict[str, dict[str, float]]:
    figures: dict[str, dict[str, float]] = {}
    floors = {
        "text": lambda p: p.decode().splitlines(),
        "wordpress": _html_floor,
        "blogger": _html_floor,
        "wxr": _xml_floor,
    }
    detect_language(_WARM_UP)  # lingua's models load on its first call, not in a timed batch
    for form in FORMS:
        batch = seed_sized_pages(pages, form)
        reader, reader_cpu = _rate(batch, partial(_read, source=SUFFIX[form]))
        floor, floor_cpu = _rate(batch, floors[form])
        figures[form] = {
            "pages_per_second": round(reader, 1),
            "baseline_pages_per_second": round(floor, 1),
            "reader_over_baseline": round(reader / floor, 3),
            # CPU time: less swayed by other processes on a busy machine
            "cpu_pages_per_second": round(reader_cpu, 1),
            "cpu_baseline_pages_per_second": round(floor_cpu, 1),
            "cpu_reader_over_baseline": round(reader_cpu / floor_cpu, 3),
            "kib_per_page": round(sum(map(len, batch)) / len(batch) / 1024, 1),
        }
    return figures


class _Worker:
    """A Python process that reads page batches with one checkout's readers."""

    def __init__(self, checkout: Path) -> None:
        env = os.environ | {"PYTHONPATH": str(checkout)}
        self.process = subprocess.Popen(
            [sys.executable, "-c", _WORKER, _WARM_UP],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            env=env,
            cwd=checkout,
        )

    def rate(self, batch: Path, suffix: str) -> tuple[float, float]:
        """Pages per second of wall time and of CPU time."""
        stdin: IO[str] | None = self.process.stdin
        stdout: IO[str] | None = self.process.stdout
        assert stdin is not None and stdout is not None
        stdin.write(f"{batch} {suffix}\n")
        stdin.flush()
        line = stdout.readline()
        if not line:
            raise click.ClickException(f"the reader worker stopped (exit code {self.process.wait()})")
        wall, cpu = json.loads(line)
        return float(wall), float(cpu)

    def close(self) -> None:
        if self.process.stdin is not None:
            self.process.stdin.close()
        self.process.wait(timeout=60)


def compare(pages: int, baseline: Path, rounds: int) -> dict[str, dict[str, float]]:
    """Pages/s of this checkout's readers and of ``baseline``'s on the same pages, the two
    taking turns (the order swapped each round); medians over ``rounds``."""
    here = Path(__file__).resolve().parent.parent
    figures: dict[str, dict[str, float]] = {}
    with tempfile.TemporaryDirectory(prefix="reelgraph-readers-") as folder:
        batches = {}
        for form in FORMS:
            batches[form] = Path(folder, f"{form}.pickle")
            batches[form].write_bytes(pickle.dumps(seed_sized_pages(pages, form)))
        workers = [_Worker(here), _Worker(baseline)]
        try:
            runs: dict[str, list[tuple[tuple[float, float], tuple[float, float]]]] = {form: [] for form in FORMS}
            for number in range(rounds):
                for form in FORMS:
                    order = workers if number % 2 == 0 else workers[::-1]
                    rates = {id(worker): worker.rate(batches[form], SUFFIX[form]) for worker in order}
                    runs[form].append((rates[id(workers[0])], rates[id(workers[1])]))
        finally:
            for worker in workers:
                worker.close()
    for form, pairs in runs.items():
        figures[form] = {
            "pages_per_second": round(statistics.median(new[0] for new, _ in pairs), 1),
            "checkout_pages_per_second": round(statistics.median(old[0] for _, old in pairs), 1),
            "speed_up": round(statistics.median(new[0] / old[0] for new, old in pairs), 2),
            # CPU time: less swayed by other processes on a busy machine
            "cpu_pages_per_second": round(statistics.median(new[1] for new, _ in pairs), 1),
            "checkout_cpu_pages_per_second": round(statistics.median(old[1] for _, old in pairs), 1),
            "cpu_speed_up": round(statistics.median(new[1] / old[1] for new, old in pairs), 2),
        }
    return figures


@click.command()
@click.option("--pages", default=300, show_default=True, help="Pages per reader.")
@click.option(
    "--baseline",
    type=click.Path(path_type=Path, file_okay=False, exists=True),
    default=None,
    help="Another checkout to compare with, read in the same run (e.g. a git worktree of an older commit).",
)
@click.option("--rounds", default=5, show_default=True, help="Turns per reader when comparing with --baseline.")
@click.option("--results", type=click.Path(path_type=Path), default=RESULTS, help="Folder for the JSON figures.")
def main(pages: int, baseline: Path | None, rounds: int, results: Path) -> None:
    """Print reader throughput and write bench/results/readers.json."""
    figures = run(pages)
    for form, row in figures.items():
        click.echo(
            f"{form:10} {row['pages_per_second']:8.1f} pages/s  (baseline {row['baseline_pages_per_second']:8.1f}, "
            f"ratio {row['reader_over_baseline']:.3f}, {row['kib_per_page']} KiB/page);  per CPU second "
            f"{row['cpu_pages_per_second']:8.1f} (baseline {row['cpu_baseline_pages_per_second']:8.1f}, "
            f"ratio {row['cpu_reader_over_baseline']:.3f})"
        )
    record: dict[str, object] = {
        "machine": f"{platform.machine()} {platform.processor() or ''}".strip(),
        "pages": pages,
        "readers": figures,
    }
    if baseline is not None:
        compared = compare(pages, baseline.resolve(), rounds)
        click.echo(f"this checkout against {baseline} (same pages, taking turns, medians of {rounds}):")
        for form, row in compared.items():
            click.echo(
                f"{form:10} {row['pages_per_second']:8.1f} pages/s  against {row['checkout_pages_per_second']:8.1f}"
                f"  speed-up {row['speed_up']:.2f}x;  per CPU second {row['cpu_pages_per_second']:8.1f} against"
                f" {row['checkout_cpu_pages_per_second']:8.1f}, {row['cpu_speed_up']:.2f}x"
            )
        record["against_checkout"] = {"checkout": str(baseline), "rounds": rounds, "readers": compared}
    results.mkdir(parents=True, exist_ok=True)
    (results / "readers.json").write_text(json.dumps(record, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
