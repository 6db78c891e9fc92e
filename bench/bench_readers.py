"""Reader throughput: pages per second for the text, HTML and WXR readers, one core.

Pages are generated at seed size (about 50 comments, a dozen review sentences). The
baseline in the same run is what no reader can beat: decoding the bytes and, for HTML and
WXR, lxml's parse alone. Aim (issue 2): 200 pages/s or more per core for every reader.

    python -m bench.bench_readers [--pages 300]
"""

from __future__ import annotations

import json
import platform
import random
import time
from collections.abc import Callable
from datetime import date
from functools import partial
from pathlib import Path

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

RESULTS = Path(__file__).resolve().parent / "results"


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


def _rate(pages: list[bytes], work: Callable[[bytes], object]) -> float:
    started = time.perf_counter()
    for page in pages:
        work(page)
    return len(pages) / (time.perf_counter() - started)


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
    suffix = {"text": "p.txt", "wordpress": "p.html", "blogger": "p.html", "wxr": "p.xml"}
    for form in ("text", "wordpress", "blogger", "wxr"):
        batch = seed_sized_pages(pages, form)
        reader = _rate(batch, partial(_read, source=suffix[form]))
        floor = _rate(batch, floors[form])
        figures[form] = {
            "pages_per_second": round(reader, 1),
            "baseline_pages_per_second": round(floor, 1),
            "reader_over_baseline": round(reader / floor, 3),
            "kib_per_page": round(sum(map(len, batch)) / len(batch) / 1024, 1),
        }
    return figures


@click.command()
@click.option("--pages", default=300, show_default=True, help="Pages per reader.")
@click.option("--results", type=click.Path(path_type=Path), default=RESULTS, help="Folder for the JSON figures.")
def main(pages: int, results: Path) -> None:
    """Print reader throughput and write bench/results/readers.json."""
    figures = run(pages)
    for form, row in figures.items():
        click.echo(
            f"{form:10} {row['pages_per_second']:8.1f} pages/s  (baseline {row['baseline_pages_per_second']:8.1f}, "
            f"ratio {row['reader_over_baseline']:.3f}, {row['kib_per_page']} KiB/page)"
        )
    results.mkdir(parents=True, exist_ok=True)
    record = {
        "machine": f"{platform.machine()} {platform.processor() or ''}".strip(),
        "pages": pages,
        "readers": figures,
    }
    (results / "readers.json").write_text(json.dumps(record, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
