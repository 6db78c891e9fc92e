"""Fetch throughput against the politeness delay: a generated blog of N posts served from
127.0.0.1, fetched by ``reelgraph fetch`` with several delays.

A polite crawler's limit must be its delay, not its own cost: with one request per
``delay`` seconds per host, the ceiling is ``1 / delay`` requests/s. The figure reported is
requests/s and its ratio to that ceiling (1.0: the delay is the only limit), with the
structure-only ingest of the fetched pages included in the time.

    python -m bench.bench_fetch [--posts 40]
"""

from __future__ import annotations

import json
import platform
import random
import tempfile
import threading
import time
from dataclasses import replace
from datetime import date
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import click

from bench.corpus import Drawer, Post, body_paragraphs, commenter_names, make_blogs, plan_comments, render_html
from extract.filmdb import load_films
from extract.web.client import Policy
from reelgraph.follow import follow
from reelgraph.settings import load_settings

RESULTS = Path(__file__).resolve().parent / "results"


def generated_blog(posts: int) -> dict[str, bytes]:
    """Path -> body: ``posts`` HTML posts with comments and an RSS feed listing them."""
    rng = random.Random(3)
    films = list(load_films()[:2000])
    blog = make_blogs(rng, 1)[0]
    people = Drawer(rng, commenter_names(rng, 100), skew=1.0)
    site: dict[str, bytes] = {"/robots.txt": b"User-agent: *\nAllow: /\n"}
    items = []
    for number in range(1, posts + 1):
        post = Post(number, blog, date(2015, 1, 1), rng.choice(films), rng.sample(films, 3), rng.randint(2, 9))
        comments = plan_comments(rng, post, people, count=rng.randint(5, 30))
        site[f"/p/{number}/"] = render_html(post, body_paragraphs(rng, post), comments, []).encode("utf-8")
        items.append(
            f"<item><title>Post {number}</title><link>{{base}}/p/{number}/</link><guid>p{number}</guid></item>"
        )
    site["/feed/"] = (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Bench</title>' + "".join(items) + "</channel></rss>"
    ).encode()
    site["/"] = (
        b'<html><head><link rel="alternate" type="application/rss+xml" title="Feed" href="/feed/"></head></html>'
    )
    return site


def serve(site: dict[str, bytes]) -> tuple[ThreadingHTTPServer, str]:
    holder: dict[str, str] = {}

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            body = site.get(self.path.split("?")[0])
            if body is not None:
                body = body.replace(b"{base}", holder["base"].encode())
            self.send_response(200 if body is not None else 404)
            self.send_header("Content-Length", str(len(body or b"")))
            self.end_headers()
            self.wfile.write(body or b"")

        def log_message(self, format: str, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    holder["base"] = f"http://127.0.0.1:{server.server_address[1]}"
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, holder["base"] + "/"


def measure(posts: int, delays: list[float]) -> dict[str, Any]:
    site = generated_blog(posts)
    server, url = serve(site)
    runs = []
    try:
        for delay in delays:
            with tempfile.TemporaryDirectory() as tmp:
                settings = replace(load_settings(), store=Path(tmp) / "store")
                started = time.perf_counter()
                report = follow(settings, [url], Policy(delay=delay, allow_private=True), max_pages=posts, nlp=False)
                seconds = time.perf_counter() - started
            rate = report.requests / seconds
            ceiling = 1 / delay if delay else float("inf")
            runs.append(
                {
                    "delay": delay,
                    "requests": report.requests,
                    "posts": len(report.crawl.new_posts),
                    "seconds": round(seconds, 2),
                    "requests_per_s": round(rate, 2),
                    "ceiling_per_s": round(ceiling, 2) if delay else None,
                    "ratio_to_ceiling": round(rate / ceiling, 3) if delay else None,
                }
            )
    finally:
        server.shutdown()
    return {"machine": f"{platform.machine()}, Python {platform.python_version()}", "posts": posts, "runs": runs}


@click.command()
@click.option("--posts", type=click.IntRange(min=2), default=40, show_default=True, help="Posts on the blog.")
@click.option(
    "--delay", "delays", type=click.FloatRange(min=0), multiple=True, help="Delays to try (default 0, 0.1, 0.25)."
)
@click.option("--save/--no-save", default=True, help="Write bench/results/fetch.json.")
def main(posts: int, delays: tuple[float, ...], save: bool) -> None:
    """Print requests/s for each delay and the ratio to the delay's ceiling."""
    figures = measure(posts, list(delays) or [0.0, 0.1, 0.25])
    for run in figures["runs"]:
        ratio = (
            f"{run['ratio_to_ceiling']:.2f} of the ceiling"
            if run["ratio_to_ceiling"]
            else "no delay: reelgraph's own cost"
        )
        click.echo(
            f"delay {run['delay']:5.2f} s: {run['requests']:4} requests ({run['posts']} posts) "
            f"in {run['seconds']:6.2f} s = {run['requests_per_s']:7.2f}/s; {ratio}"
        )
    if save:
        RESULTS.mkdir(exist_ok=True)
        (RESULTS / "fetch.json").write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
