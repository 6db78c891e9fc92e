"""Reading pages: ``ingest`` into the store (and the graph model built after it), ``extract``
without writing."""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from reelgraph.api.store import open_store
from reelgraph.settings import Settings

if TYPE_CHECKING:
    from extract.records import Page, PageEntities
    from graph.store import EmbeddedStore
    from reelgraph.pipeline import ReadResult


@dataclass(slots=True)
class IngestSummary:
    pages: int
    new: int
    changed: int
    unchanged: int
    failures: list[str]
    store: str
    nodes: int
    edges: int
    seconds: float
    pages_per_second: float = field(init=False)

    def __post_init__(self) -> None:
        self.pages_per_second = round(self.pages / self.seconds, 1) if self.seconds > 0 else 0.0

    def to_json(self) -> dict[str, Any]:
        return {
            "pages": self.pages,
            "new": self.new,
            "changed": self.changed,
            "unchanged": self.unchanged,
            "failed": len(self.failures),
            "store": self.store,
            "nodes": self.nodes,
            "edges": self.edges,
            "seconds": round(self.seconds, 2),
            "pages_per_second": self.pages_per_second,
        }


Progress = Callable[[Iterator[Any], int, str], Iterator[Any]]  # items, total, a note such as "2 worker(s)"


def _no_progress(items: Iterator[Any], total: int, note: str = "") -> Iterator[Any]:
    return items


def ingest(
    settings: Settings,
    paths: tuple[str, ...],
    stdin: bytes | None,
    nlp: bool,
    workers: int | None = None,
    scheduler: str | None = None,
    progress: Progress = _no_progress,
    from_cache: bool = False,
    status: Callable[[str], object] | None = None,
) -> IngestSummary:
    """Read pages into the store: new and changed pages are added, unchanged ones skipped.
    Extraction runs on ``workers`` processes (default: the cores, one per 8 files) or on the
    Dask cluster at ``scheduler``. ``from_cache``: the pages ``fetch`` kept, not ``paths``.
    When pages were written, the graph model the queries read is built and kept (``status``
    hears when it starts and how long it took)."""
    from reelgraph.pipeline import ingest_with_settings
    from reelgraph.workers import default_workers

    started = time.perf_counter()
    with contextlib.ExitStack() as stack:
        total, sources = _pages_to_read(stack, settings, paths, stdin, from_cache)
        store = stack.enter_context(open_store(settings, create=True))
        stack.enter_context(store.writing())
        workers = workers or min(default_workers(), max(1, total // 8))
        results = progress(sources, total, f"{workers} worker(s)" if nlp else "")
        report = ingest_with_settings(results, store, settings, nlp, workers, scheduler)
        if report.new or report.changed:  # the graph model for this generation, built once now
            prepare_model(store, status)
        counts = store.stats()
    return IngestSummary(
        report.pages,
        report.new,
        report.changed,
        report.unchanged,
        report.failures,
        str(settings.store),
        counts["nodes"],
        counts["edges"],
        time.perf_counter() - started,
    )


def _pages_to_read(
    stack: contextlib.ExitStack, settings: Settings, paths: tuple[str, ...], stdin: bytes | None, from_cache: bool
) -> tuple[int, Iterator[ReadResult]]:
    """How many files there are to read, and their read results (lazily): the pages ``fetch``
    kept (the cache stays open on ``stack``), or ``paths`` and standard input."""
    if from_cache:
        from reelgraph.follow import cached_results, fetched_urls, raw_cache

        cache = stack.enter_context(contextlib.closing(raw_cache(settings)))
        urls = fetched_urls(cache, settings)
        return len(urls), cached_results(cache, urls)
    from reelgraph.identity import identified
    from reelgraph.pipeline import count_files, read_sources

    return count_files(paths), identified(read_sources(paths, stdin))


def prepare_model(store: EmbeddedStore, status: Callable[[str], object] | None = None) -> None:
    """Build and keep the graph model of the store's current generation, with what
    ``recommend`` and ``influence`` derive from it, so the next query only reads it."""
    from graph.model import GraphModel
    from queries.influence import prepare as prepare_influence
    from queries.recommend import prepare as prepare_recommend

    started = time.perf_counter()
    if status is not None:
        status("building the graph model for queries")
    model = GraphModel.load(store)
    prepare_recommend(model)
    prepare_influence(model)
    if status is not None:
        status(f"graph model built in {time.perf_counter() - started:.1f} s")


def extract(
    settings: Settings, paths: tuple[str, ...], stdin: bytes | None, nlp: bool, progress: Progress = _no_progress
) -> Iterator[tuple[str | None, list[tuple[Page, PageEntities | None]]]]:
    """Each file's pages (and entities), or its error text; writes nothing."""
    from reelgraph.pipeline import build_extractor, count_files, extracted_pages, read_sources

    extractor = build_extractor(settings) if nlp else None
    for result, found in extracted_pages(progress(read_sources(paths, stdin), count_files(paths), ""), extractor):
        yield (str(result.error) if result.error is not None else None), found
