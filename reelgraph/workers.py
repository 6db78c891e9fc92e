"""Entity extraction in this process, on every core, or on a Dask cluster.

The pages of one file are one task. A worker builds the extractor (spaCy and the gazetteer)
once and keeps it; outcomes come back in input order, so the single writer
(:func:`reelgraph.pipeline.ingest`) applies them exactly as a serial run would. A file whose
extraction fails comes back as its coded error message, like any other bad file.

>>> default_workers() >= 1
True
"""

from __future__ import annotations

import multiprocessing
import os
import threading
from collections import deque
from collections.abc import Callable, Hashable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol, TypeVar

from base.errors import ExtractionFailed, WorkerError
from extract.nlp.aliases import AliasTable
from extract.nlp.extractor import EntityExtractor
from extract.records import Page, PageEntities
from reelgraph.page_progress import page_bar

Tag = TypeVar("Tag")
Outcome = list[PageEntities] | str  # the pages' entities, or the file's coded error message
ExtractorFactory = Callable[[], EntityExtractor]
FileTask = tuple[Tag, str, list[Page]]  # (the caller's tag, source, pages)


@dataclass(frozen=True, slots=True)
class ExtractorSpec:
    """How to build the extractor: picklable and hashable, so each worker builds its own once.

    >>> ExtractorSpec(Path("cache")) == ExtractorSpec(Path("cache"))
    True
    """

    cache_dir: Path | None = None
    aliases: Path | None = None

    def __call__(self) -> EntityExtractor:
        table = AliasTable.load(self.aliases) if self.aliases else None
        extractor = EntityExtractor.default(cache_dir=self.cache_dir, aliases=table)
        extractor.progress = page_bar()  # a bar on a terminal while one long page parses
        return extractor


_LOADED: dict[Hashable, EntityExtractor] = {}
_LOAD_LOCK = threading.Lock()
_RUN_LOCK = threading.Lock()  # one spaCy pipeline is not shared by two threads at once


def loaded_extractor(factory: ExtractorFactory) -> EntityExtractor:
    """The extractor ``factory`` builds, built once per process."""
    with _LOAD_LOCK:
        if factory not in _LOADED:
            _LOADED[factory] = factory()
        return _LOADED[factory]


def extract_file(factory: ExtractorFactory, source: str, pages: list[Page]) -> Outcome:
    """One task: the entities of one file's pages, or the coded error that file gave."""
    try:
        extractor = loaded_extractor(factory)
        with _RUN_LOCK:
            return extractor.extract_many(pages)
    except Exception as error:  # one file must not stop the batch: it is reported and skipped
        return str(ExtractionFailed.of(source, error))


class Extraction(Protocol):
    """A way to run :func:`extract_file` over many files, outcomes in input order."""

    workers: int

    def run(self, tasks: Iterable[FileTask[Tag]]) -> Iterator[tuple[Tag, Outcome]]: ...

    def close(self) -> None: ...


class InProcess:
    """Extraction in this process (the extractor is built on first need)."""

    workers = 1

    def __init__(self, factory: ExtractorFactory) -> None:
        self._factory = factory
        self._built: EntityExtractor | None = None

    def run(self, tasks: Iterable[FileTask[Tag]]) -> Iterator[tuple[Tag, Outcome]]:
        for tag, source, pages in tasks:
            try:
                if self._built is None:
                    self._built = self._factory()
                outcome: Outcome = self._built.extract_many(pages)
            except Exception as error:  # one file must not stop the batch
                outcome = str(ExtractionFailed.of(source, error))
            yield tag, outcome

    def close(self) -> None:
        self._built = None


class _Pending(Protocol):
    def result(self, timeout: float | None = None) -> Any: ...


def in_order(
    submit: Callable[[str, list[Page]], _Pending],
    tasks: Iterable[FileTask[Tag]],
    window: int,
    lost: tuple[type[BaseException], ...],
) -> Iterator[tuple[Tag, Outcome]]:
    """Submit tasks keeping at most ``window`` in flight; yield outcomes in input order.
    An exception of a type in ``lost`` (a worker died) becomes :class:`WorkerError`."""
    pending: deque[tuple[Tag, str, _Pending]] = deque()

    def finish() -> tuple[Tag, Outcome]:
        tag, source, future = pending.popleft()
        try:
            outcome: Outcome = future.result()
        except lost as error:
            raise WorkerError.died(source, f"{type(error).__name__}: {error}".strip(": ")) from error
        return tag, outcome

    for tag, source, pages in tasks:
        pending.append((tag, source, submit(source, pages)))
        if len(pending) >= window:
            yield finish()
    while pending:
        yield finish()


class ProcessPool:
    """Extraction on ``workers`` local processes, each loading the extractor once."""

    def __init__(self, factory: ExtractorFactory, workers: int) -> None:
        self.workers = workers
        self._factory = factory
        context = multiprocessing.get_context("spawn")  # no inherited threads or locks; same on every OS
        self._pool = ProcessPoolExecutor(workers, mp_context=context, initializer=loaded_extractor, initargs=(factory,))

    def run(self, tasks: Iterable[FileTask[Tag]]) -> Iterator[tuple[Tag, Outcome]]:
        def submit(source: str, pages: list[Page]) -> _Pending:
            return self._pool.submit(extract_file, self._factory, source, pages)

        return in_order(submit, tasks, window=4 * self.workers, lost=(BrokenProcessPool,))

    def close(self) -> None:
        self._pool.shutdown(wait=True, cancel_futures=True)


def default_workers() -> int:
    """The cores this process may use."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def open_extraction(factory: ExtractorFactory, workers: int = 1, scheduler: str | None = None) -> Extraction:
    """The extraction runner for ``--workers`` and ``--scheduler`` (a Dask scheduler's address)."""
    if scheduler:
        try:
            from reelgraph.cluster import DaskCluster
        except ImportError as error:
            raise WorkerError.no_dask() from error
        return DaskCluster(factory, scheduler)
    if workers <= 1:
        return InProcess(factory)
    return ProcessPool(factory, workers)
