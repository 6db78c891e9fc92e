"""``reelgraph-bench generate``: write N realistic blog pages across M blogs, in all forms.

    reelgraph-bench generate --pages 10000 --blogs 40 --seed 7 -o /tmp/corpus

Deterministic for a seed. Memory stays flat: posts are planned as small records and each
page is rendered and written at once; WordPress exports are streamed item by item.
"""

from __future__ import annotations

import json
import random
import time
from dataclasses import asdict, dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import IO

import click

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
from extract.filmdb import FilmRecord, load_films

_START = date(2000, 1, 1)
_SPAN_DAYS = 15 * 365
_WXR_POSTS_PER_FILE = 1000


@dataclass(slots=True)
class CorpusStats:
    pages: int
    files: int
    comments: int
    pingbacks: int
    seconds: float


def plan_posts(rng: random.Random, pages: int, blogs: int) -> list[Post]:
    """Posts in time order, with films drawn by popularity and pingbacks to earlier posts."""
    films = list(load_films())
    film_drawer = Drawer(rng, films, skew=0.9)
    blog_list = make_blogs(rng, blogs)
    blog_drawer = Drawer(rng, [b.name for b in blog_list], skew=0.6)
    blog_by_name = {b.name: b for b in blog_list}
    days = sorted(rng.randrange(_SPAN_DAYS) for _ in range(pages))
    posts: list[Post] = []
    for number, day in enumerate(days, start=1):
        film = film_drawer.draw()
        others = [film_drawer.draw() for _ in range(3)]
        assert isinstance(film, FilmRecord) and all(isinstance(o, FilmRecord) for o in others)
        blog = blog_by_name[str(blog_drawer.draw())]
        rating = max(1, min(10, round(rng.gauss(6.5, 2.0))))
        post = Post(number, blog, _START + timedelta(days=day), film, others, rating)  # type: ignore[arg-type]
        if posts and rng.random() < 0.3:
            for target in {rng.randrange(max(0, len(posts) - 300), len(posts)) for _ in range(rng.randint(1, 2))}:
                if posts[target].blog is not blog:
                    posts[target].pinged_by.append(number)
        posts.append(post)
    return posts


def generate_corpus(out: Path, pages: int, blogs: int, seed: int) -> CorpusStats:
    """Write the corpus under ``out`` (one folder per blog) and return what was written."""
    started = time.perf_counter()
    rng = random.Random(seed)
    posts = plan_posts(rng, pages, blogs)
    people = Drawer(rng, commenter_names(rng, max(50, pages // 2)), skew=1.0)
    exports: dict[str, tuple[IO[str], int]] = {}
    files = comments_written = pingbacks = 0
    for post in posts:
        folder = out / post.blog.host
        folder.mkdir(parents=True, exist_ok=True)
        comments = plan_comments(rng, post, people)
        # Blogger shows no pingbacks on the page, so its posts are never written with any.
        pings = [] if post.blog.form == "blogger" else [posts[number - 1] for number in post.pinged_by]
        paragraphs = body_paragraphs(rng, post)
        comments_written += len(comments)
        pingbacks += len(pings)
        if post.blog.form == "text":
            (folder / f"post-{post.number}.txt").write_text(render_text(post, paragraphs, comments, pings), "utf-8")
            files += 1
        elif post.blog.form in {"wordpress", "blogger"}:
            (folder / f"post-{post.number}.html").write_text(render_html(post, paragraphs, comments, pings), "utf-8")
            files += 1
        else:
            entry = exports.get(post.blog.host)
            if entry is None or entry[1] >= _WXR_POSTS_PER_FILE:
                if entry is not None:
                    entry[0].write(WXR_TAIL)
                    entry[0].close()
                handle = (folder / f"export-{post.number}.xml").open("w", encoding="utf-8")
                handle.write(WXR_HEAD.format(name=post.blog.name))
                files += 1
                entry = (handle, 0)
            entry[0].write(render_wxr_item(post, paragraphs, comments, pings))
            exports[post.blog.host] = (entry[0], entry[1] + 1)
    for export, _ in exports.values():
        export.write(WXR_TAIL)
        export.close()
    return CorpusStats(pages, files, comments_written, pingbacks, time.perf_counter() - started)


@click.group()
def main() -> None:
    """Benchmark helpers for reelgraph."""


@main.command()
@click.option("--pages", default=1000, show_default=True, help="How many posts to write.")
@click.option("--blogs", default=20, show_default=True, help="Across how many blogs.")
@click.option("--seed", default=7, show_default=True, help="Random seed (same seed, same corpus).")
@click.option("-o", "--out", type=click.Path(path_type=Path), required=True, help="Output folder.")
def generate(pages: int, blogs: int, seed: int, out: Path) -> None:
    """Write a synthetic corpus of blog pages for benchmarks."""
    stats = generate_corpus(out, pages, blogs, seed)
    click.echo(json.dumps(asdict(stats) | {"pages_per_second": round(pages / stats.seconds)}))


if __name__ == "__main__":
    main()
