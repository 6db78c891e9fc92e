"""Entity-extraction throughput against bare spaCy, and the gazetteer's load cost.

Words per second of ``EntityExtractor.extract_many`` (spaCy plus every reelgraph rule) next
to bare ``nlp.pipe`` of the same model on the same texts, in the same run. Aim (issue 4):
ratio 0.7 or more; issue 12: 0.8 or more. The gazetteer is loaded from its JSON cache in a
fresh process; aim: under 2 s and under 500 MB.

Both sides are warmed up first (the extractor builds its people index and compiles its
patterns on its first page, once per process, as spaCy allocates on its first batch), then
timed ``--repeats`` times each, alternately, in CPU seconds of this process: on a machine
other jobs share, CPU seconds move far less than wall seconds, and the best of each side is
what the code costs when nothing else interferes.

    python -m bench.bench_nlp [--pages 60] [--repeats 3]
"""

from __future__ import annotations

import json
import platform
import random
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import click

from bench.corpus import Drawer, Post, body_paragraphs, commenter_names, make_blogs, plan_comments, render_text
from extract.filmdb import load_films
from extract.nlp.extractor import EntityExtractor, page_units
from extract.records import Page
from extract.text_reader import parse_text_page

RESULTS = Path(__file__).resolve().parent / "results"


def sample_pages(count: int, seed: int = 5) -> list[Page]:
    rng = random.Random(seed)
    films = list(load_films()[:3000])
    blog = make_blogs(rng, 1)[0]
    people = Drawer(rng, commenter_names(rng, 200), skew=1.0)
    pages = []
    for number in range(1, count + 1):
        post = Post(number, blog, date(2014, 1, 1), rng.choice(films), rng.sample(films, 3), rng.randint(2, 9))
        comments = plan_comments(rng, post, people, count=rng.randint(10, 40))
        text = render_text(post, body_paragraphs(rng, post), comments, [])
        pages.append(parse_text_page(text, f"bench-{number}.txt"))
    return pages


def gazetteer_load(cache: Path) -> dict[str, float]:
    """Load the cached gazetteer in a fresh process: seconds and peak RSS."""
    script = (
        "import resource, sys, time; from pathlib import Path; "
        "base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss; "
        "from extract.nlp.gazetteer import load_gazetteer; t = time.perf_counter(); "
        "g = load_gazetteer(Path(sys.argv[1])); "
        "print(time.perf_counter() - t, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, base)"
    )
    subprocess.run([sys.executable, "-c", script, str(cache)], check=True, capture_output=True)  # builds the cache
    out = subprocess.run([sys.executable, "-c", script, str(cache)], check=True, capture_output=True, text=True)
    seconds, peak, base = out.stdout.split()
    return {
        "load_seconds": round(float(seconds), 3),
        "peak_rss_mib": round(int(peak) / 1024, 1),
        "rss_before_mib": round(int(base) / 1024, 1),
    }


def cpu_seconds(work: Callable[[], object]) -> float:
    started = time.process_time()
    work()
    return time.process_time() - started


def run(pages: int, repeats: int = 3) -> dict[str, Any]:
    with tempfile.TemporaryDirectory() as cache:
        gazetteer = gazetteer_load(Path(cache))
        extractor = EntityExtractor.default(cache_dir=Path(cache))
    sample = sample_pages(pages)
    texts = [u.text for page in sample for u in page_units(page)]
    words = sum(len(t.split()) for t in texts)
    list(extractor.nlp.pipe(texts[:20]))  # warm up both
    extractor.extract_many(sample[:1])
    bare_runs, our_runs = [], []
    for _ in range(repeats):
        bare_runs.append(cpu_seconds(lambda: list(extractor.nlp.pipe(texts))))
        our_runs.append(cpu_seconds(lambda: extractor.extract_many(sample)))
    bare, ours = min(bare_runs), min(our_runs)
    return {
        "pages": pages,
        "words": words,
        "repeats": repeats,
        "bare_words_per_second": round(words / bare),
        "pipeline_words_per_second": round(words / ours),
        "ratio": round(bare / ours, 3),
        "bare_cpu_seconds": [round(t, 2) for t in bare_runs],
        "pipeline_cpu_seconds": [round(t, 2) for t in our_runs],
        **{f"gazetteer_{k}": v for k, v in gazetteer.items()},
    }


@click.command()
@click.option("--pages", default=60, show_default=True, help="Generated pages to process.")
@click.option("--repeats", default=3, show_default=True, type=click.IntRange(min=1), help="Timed runs of each side.")
@click.option("--results", type=click.Path(path_type=Path), default=RESULTS, help="Folder for the JSON figures.")
def main(pages: int, repeats: int, results: Path) -> None:
    """Print NLP throughput and gazetteer load figures; write bench/results/nlp.json."""
    figures = run(pages, repeats)
    click.echo(
        f"{figures['words']} words: bare spaCy {figures['bare_words_per_second']} w/s, reelgraph pipeline "
        f"{figures['pipeline_words_per_second']} w/s, ratio {figures['ratio']:.3f} (aim >= 0.8; best of "
        f"{repeats} CPU timings each: bare {figures['bare_cpu_seconds']}, pipeline {figures['pipeline_cpu_seconds']})"
    )
    click.echo(
        f"gazetteer: loads in {figures['gazetteer_load_seconds']} s, peak RSS {figures['gazetteer_peak_rss_mib']} MiB "
        f"(aim < 2 s, < 500 MiB)"
    )
    results.mkdir(parents=True, exist_ok=True)
    record = {"machine": platform.machine(), **figures}
    (results / "nlp.json").write_text(json.dumps(record, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
