"""Following blogs on the web: ``fetch`` (from a home page, post, feed or sitemap) and
``update`` (only what changed on every followed blog)."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from typing import Any

import click

from base.text import printable
from reelgraph.commands.common import F, bar_shown, output_options, progress_option
from reelgraph.settings import Settings

_FETCH_OPTIONS: dict[str, dict[str, Any]] = {
    "--delay": {"type": click.FloatRange(min=0), "default": 1.0, "help": "Seconds between two requests to one host."},
    "--contact": {"default": None, "help": "An e-mail or URL for the User-Agent, so site owners can reach you."},
    "--max-pages": {"type": click.IntRange(min=1), "default": 500, "help": "Posts fetched per host in one run."},
    "--max-bytes": {"type": click.IntRange(min=1024), "default": 5_000_000, "help": "Largest response read."},
    "--timeout": {"type": click.FloatRange(min=0.1), "default": 20.0, "help": "Seconds to wait for a server."},
    "--workers": {"type": click.IntRange(min=1), "default": 1, "help": "Worker processes for extraction."},
}


def _fetch_options(command: F) -> F:
    """The options `fetch` and `update` share: the output, the crawl's politeness and limits."""
    options: list[Callable[[F], F]] = [
        output_options("text", "json"),
        *(
            click.option(name, show_default=option["default"] is not None, **option)
            for name, option in _FETCH_OPTIONS.items()
        ),
        click.option("--allow-private", is_flag=True, help="Also fetch private, loopback, link-local hosts."),
        progress_option,
        click.option("--nlp/--no-nlp", default=True, help="Extract entities and relations, or only threads."),
    ]
    for option in reversed(options):
        command = option(command)
    return command


def _follow(settings: Settings, urls: list[str], fmt: str, dry_run: bool, options: dict[str, Any]) -> None:
    from urllib.parse import urlsplit

    from tqdm import tqdm

    from extract.web.client import Policy
    from reelgraph.follow import follow, user_agent
    from reelgraph.render import render_follow

    policy = Policy(
        user_agent=user_agent(options["contact"]),
        delay=options["delay"],
        timeout=options["timeout"],
        max_bytes=options["max_bytes"],
        allow_private=options["allow_private"],
    )
    with tqdm(unit="post", disable=not bar_shown(options["progress"]), file=sys.stderr) as bar:

        def fetched(url: str) -> None:
            bar.set_postfix_str(urlsplit(url).netloc, refresh=False)
            bar.update()

        report = follow(
            settings, urls, policy, options["max_pages"], dry_run, options["nlp"], options["workers"], fetched
        )
    for refusal in report.crawl.refused:
        click.echo(f"reelgraph: {printable(refusal)}", err=True)
    click.echo(json.dumps(report.to_json()) if fmt == "json" else render_follow(report))
    if report.failed(asked_for_urls=bool(urls)):
        sys.exit(1)


@click.command()
@click.argument("urls", nargs=-1, required=True)
@click.option("--dry-run", is_flag=True, help="List the posts that would be fetched; fetch only feeds and sitemaps.")
@_fetch_options
@click.pass_obj
def fetch(settings: Settings, /, urls: tuple[str, ...], fmt: str, dry_run: bool, **options: Any) -> None:
    """Follow blogs: from a home page, a post, a feed or a sitemap, fetch the posts and their
    comment threads politely (robots.txt, a delay per host) into the store."""
    _follow(settings, list(urls), fmt, dry_run, options)


@click.command()
@_fetch_options
@click.pass_obj
def update(settings: Settings, /, fmt: str, **options: Any) -> None:
    """Fetch only what changed on every followed blog (new posts, new comments) and ingest it."""
    _follow(settings, [], fmt, False, options)
