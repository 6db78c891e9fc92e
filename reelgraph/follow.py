"""``reelgraph fetch``, ``update`` and ``ingest --from-cache``: blogs followed on the web,
their pages kept in the raw cache under the store, and ingested like files (a page's URL is
its identity)."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from base.errors import FetchError, InputError
from extract.web.cache import RawCache
from extract.web.client import Policy, PoliteClient
from extract.web.crawl import Crawler, CrawlReport, read_post
from graph.store import EmbeddedStore
from reelgraph import __version__
from reelgraph.identity import normal_url
from reelgraph.pipeline import IngestReport, ReadResult, ingest_with_settings
from reelgraph.settings import Settings


def user_agent(contact: str | None) -> str:
    """
    >>> user_agent("me@example.org")
    'reelgraph/0.1.0 (+https://w3id.org/reelgraph; me@example.org)'
    """
    extra = f"; {contact}" if contact else ""
    return f"reelgraph/{__version__} (+https://w3id.org/reelgraph{extra})"


def raw_cache(settings: Settings) -> RawCache:
    return RawCache(Path(settings.store) / "raw")


def cached_results(cache: RawCache, urls: Iterable[str]) -> Iterator[ReadResult]:
    """Each fetched post read from the raw cache, as ``ingest`` reads a file."""
    for url in urls:
        try:
            pages = [replace(p, source=normal_url(p.url) or normal_url(url) or url) for p in read_post(cache, url)]
            yield ReadResult(url, pages)
        except InputError as error:
            yield ReadResult(url, error=error)
        except RecursionError:
            yield ReadResult(url, error=InputError.no_page(url, "nesting too deep to read"))


@dataclass(slots=True)
class FollowReport:
    """What ``fetch`` or ``update`` did: the crawl, and the ingest of what it fetched."""

    crawl: CrawlReport
    ingest: IngestReport | None
    requests: int
    seconds: float

    def to_json(self) -> dict[str, Any]:
        crawl = self.crawl
        return {
            "new_posts": crawl.new_posts,
            "changed_posts": crawl.changed_posts,
            "unchanged_posts": crawl.unchanged_posts,
            "new_comments": crawl.new_comments,
            "planned": crawl.planned,
            "capped": crawl.capped,
            "refused": crawl.refused,
            "requests": self.requests,
            "pages_ingested": self.ingest.new + self.ingest.changed if self.ingest else 0,
            "failed": len(self.ingest.failures) if self.ingest else 0,
            "seconds": round(self.seconds, 2),
        }

    def failed(self, asked_for_urls: bool) -> bool:
        """Whether the command failed: every URL asked for was refused and nothing was done,
        or a fetched page could not be ingested."""
        crawl = self.crawl
        nothing_done = not (crawl.fetched or crawl.planned or crawl.unchanged_posts)
        return bool(crawl.refused and nothing_done and asked_for_urls) or bool(self.ingest and self.ingest.failures)


def follow(
    settings: Settings,
    urls: list[str],
    policy: Policy,
    max_pages: int,
    dry_run: bool = False,
    nlp: bool = True,
    workers: int = 1,
    on_post: Callable[[str], None] | None = None,
) -> FollowReport:
    """Fetch the blogs of ``urls`` (all when ``urls`` is empty: ``update``) and ingest what
    changed; ``on_post(url)`` after each post fetched."""
    started = time.perf_counter()
    cache = raw_cache(settings)
    client = PoliteClient(policy)
    try:
        crawler = Crawler(client, cache, max_pages=max_pages, dry_run=dry_run, on_post=on_post)
        if urls:
            for url in urls:
                crawler.follow(url)
        else:
            crawler.update()
        report = crawler.report
        ingested = None
        if not dry_run and report.fetched:
            with EmbeddedStore.open(settings.store, create=True) as store, store.writing():
                ingested = ingest_with_settings(cached_results(cache, report.fetched), store, settings, nlp, workers)
        return FollowReport(report, ingested, len(client.requests), time.perf_counter() - started)
    finally:
        client.close()
        cache.close()


def fetched_urls(cache: RawCache, settings: Settings) -> list[str]:
    """Every post the raw cache holds (``ingest --from-cache``); E809 when there is none."""
    urls = [cached.url for cached in cache.pages()]
    if not urls:
        raise FetchError.nothing_cached(str(Path(settings.store) / "raw"))
    return urls
