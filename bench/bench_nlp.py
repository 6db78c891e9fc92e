"""Entity-extraction throughput against bare spaCy, and the gazetteer's load cost.

Words per second of ``EntityExtractor.extract_many`` (spaCy plus every reelgraph rule) next
to bare ``nlp.pipe`` of the same model on the same texts, in the same run. Aim (issue 4):
ratio 0.7 or more. The gazetteer is loaded from its JSON cache in a fresh process; aim:
under 2 s and under 500 MB.

    python -m bench.bench_nlp [--pages 60]
"""

from __future__ import annotations

import json
import platform
import random
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

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


def run(pages: int) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as cache:
        gazetteer = gazetteer_load(Path(cache))
        extractor = EntityExtractor.default(cache_dir=Path(cache))
    sample = sample_pages(pages)
    texts = [u.text for page in sample for u in page_units(page)]
    words = sum(len(t.split()) for t in texts)
    list(extractor.nlp.pipe(texts[:20]))  # warm up
    started = time.perf_counter()
    list(extractor.nlp.pipe(texts))
    bare = time.perf_counter() - started
    started = time.perf_counter()
    extractor.extract_many(sample)
    ours = time.perf_counter() - started
    return {
        "pages": pages,
        "words": words,
        "bare_words_per_second": round(words / bare),
        "pipeline_words_per_second": round(words / ours),
        "ratio": round(bare / ours, 3),
        **{f"gazetteer_{k}": v for k, v in gazetteer.items()},
    }


@click.command()
@click.option("--pages", default=60, show_default=True, help="Generated pages to process.")
@click.option("--results", type=click.Path(path_type=Path), default=RESULTS, help="Folder for the JSON figures.")
def main(pages: int, results: Path) -> None:
    """Print NLP throughput and gazetteer load figures; write bench/results/nlp.json."""
    figures = run(pages)
    click.echo(
        f"{figures['words']} words: bare spaCy {figures['bare_words_per_second']} w/s, reelgraph pipeline "
        f"{figures['pipeline_words_per_second']} w/s, ratio {figures['ratio']:.3f} (aim >= 0.7)"
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
