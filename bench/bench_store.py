"""Embedded-store ingest and open costs at 1k, 10k and 50k pages (NLP not measured).

Pages are generated and read in memory; their entities are made from the generator's own
plan (the reviewed film, the films it names, what it is compared to), so the figures are
the store's: building contributions and writing them. Each size runs in a fresh process
for honest peak memory. "Open" is a fresh process opening the store and answering
``stats`` and ``show``-style look-ups. Aims (issue 5): time and memory grow about
linearly; opening takes under 1 s at 50k pages.

    python -m bench.bench_store [--sizes 1000,10000,50000]
"""

from __future__ import annotations

import json
import platform
import random
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import click

from base.vocab import Rel
from bench.corpus import Drawer, Post, body_paragraphs, commenter_names, plan_comments, render_text
from bench.generate import plan_posts
from extract.records import Mention, Page, PageEntities, Relation, Stance
from extract.text_reader import parse_text_page
from graph.build import page_contribution
from graph.store import EmbeddedStore

RESULTS = Path(__file__).resolve().parent / "results"
BATCH = 1000


def synthetic_entities(post: Post, page: Page) -> PageEntities:
    """Entities as the extractor would give them, taken from the generator's plan."""
    films = [post.film, *post.others]
    mentions = [
        Mention(f.title, f.title, "film", "body", 0, len(f.title), f.imdb_id, f.year, rule="bench") for f in films
    ]
    relations = [
        Relation(Rel.MENTIONS, "body", m.name, "body", m.text, confidence=0.9, extractor="bench") for m in mentions
    ]
    relations += [
        Relation(
            Rel.COMPARED_TO,
            post.film.title,
            other.title,
            "body",
            f"It reminds me of {other.title}.",
            by=page.author,
            polarity="similar",
            confidence=0.8,
            extractor="bench",
        )
        for other in post.others
    ]
    return PageEntities(Stance("positive", 0.5), mentions, relations, {}, mentions[0])


def ingest_generated(directory: Path, pages: int, seed: int = 7) -> dict[str, float]:
    """Generate, read and ingest ``pages`` pages; time only contribution building and writes."""
    rng = random.Random(seed)
    posts = plan_posts(rng, pages, max(5, pages // 250))
    people = Drawer(rng, commenter_names(rng, max(50, pages // 2)), skew=1.0)
    store = EmbeddedStore.open(directory)
    writing = 0.0
    batch = []
    for post in posts:
        comments = plan_comments(rng, post, people)
        text = render_text(post, body_paragraphs(rng, post), comments, [posts[n - 1] for n in post.pinged_by])
        page = parse_text_page(text, f"{post.blog.host}/post-{post.number}.txt")
        entities = synthetic_entities(post, page)
        started = time.perf_counter()
        batch.append((page_contribution(page, entities), str(post.number), {"source": page.source}, "2026-01-01"))
        if len(batch) == BATCH:
            store.replace(batch)
            batch = []
        writing += time.perf_counter() - started
    started = time.perf_counter()
    if batch:
        store.replace(batch)
    writing += time.perf_counter() - started
    stats = store.stats()
    store.close()
    return {"ingest_seconds": round(writing, 2), "nodes": stats["nodes"], "edges": stats["edges"]}


_CHILD = (
    "import json, resource, sys; from pathlib import Path; from bench.bench_store import ingest_generated; "
    "r = ingest_generated(Path(sys.argv[1]), int(sys.argv[2])); "
    "r['peak_rss_mib'] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1); print(json.dumps(r))"
)
_OPEN = (
    "import json, sys, time; t = time.perf_counter(); from pathlib import Path; from graph.store import EmbeddedStore; "
    "s = EmbeddedStore.open(Path(sys.argv[1]), create=False); s.stats(); s.find('Gravity'); "
    "print(json.dumps({'open_seconds': round(time.perf_counter() - t, 3)}))"
)


def measure(pages: int) -> dict[str, float]:
    directory = Path(tempfile.mkdtemp(prefix="reelgraph-store-"))
    try:
        out = subprocess.run(
            [sys.executable, "-c", _CHILD, str(directory), str(pages)], check=True, capture_output=True, text=True
        )
        row = json.loads(out.stdout)
        opened = subprocess.run(
            [sys.executable, "-c", _OPEN, str(directory)], check=True, capture_output=True, text=True
        )
        row |= json.loads(opened.stdout)
        row["store_mib"] = round(sum(f.stat().st_size for f in directory.iterdir()) / 2**20, 1)
    finally:
        shutil.rmtree(directory, ignore_errors=True)
    return {"pages": pages, **row}


@click.command()
@click.option("--sizes", default="1000,10000,50000", show_default=True, help="Comma-separated page counts.")
@click.option("--results", type=click.Path(path_type=Path), default=RESULTS, help="Folder for the JSON figures.")
def main(sizes: str, results: Path) -> None:
    """Print ingest time, peak memory and open time per size; write bench/results/store.json."""
    rows = [measure(int(n)) for n in sizes.split(",")]
    base = rows[0]
    for row in rows:
        growth = row["ingest_seconds"] / base["ingest_seconds"]
        scale = row["pages"] / base["pages"]
        click.echo(
            f"{row['pages']:>7} pages: ingest {row['ingest_seconds']:7.2f} s (x{growth:.1f} for x{scale:.0f}),"
            f" peak {row['peak_rss_mib']:7.1f} MiB, open {row['open_seconds']:.3f} s, "
            f"{row['nodes']} nodes, {row['edges']} edges, {row['store_mib']} MiB on disk"
        )
    results.mkdir(parents=True, exist_ok=True)
    (results / "store.json").write_text(
        json.dumps({"machine": platform.machine(), "rows": rows}, indent=2) + "\n", encoding="utf-8"
    )


if __name__ == "__main__":
    main()
