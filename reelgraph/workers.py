"""Entity extraction in this process, on every core, or on a Dask cluster.

The pages of one file are one task, or, for a file of more than ``PART_PAGES`` pages (a
WordPress export holds up to a thousand posts), one task per part of ``PART_PAGES`` pages,
so that one big file does not keep one worker busy while the others wait for the writer.
The parts of a file are joined in order and get the file's batch-wide pass
(``date_undated``) once, as ``extract_many`` on the whole file gives it; every runner, the
serial one too, cuts files the same way, so spaCy sees the same batches everywhere.
A worker builds the extractor (spaCy and the gazetteer) once and keeps it; outcomes come
back in input order, so the single writer (:func:`reelgraph.pipeline.ingest`) applies them
exactly as a serial run would. A file whose extraction fails comes back as its coded error
message, like any other bad file.

>>> default_workers() >= 1
True
"""

from __future__ import annotations

import multiprocessing
import os
import sys
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
from extract.nlp.consistency import date_undated
from extract.nlp.extractor import EntityExtractor
from extract.records import Comment, Page, PageEntities
from reelgraph.page_progress import page_bar

Tag = TypeVar("Tag")
Outcome = list[PageEntities] | str  # the pages' entities, or the file's coded error message
ExtractorFactory = Callable[[], EntityExtractor]
FileTask = tuple[Tag, str, list[Page]]  # (the caller's tag, source, pages)
PartTag = tuple[Tag, int, int]  # (the file's tag, this part's index, the file's parts)
PART_PAGES = 8  # pages per task: a part takes about a second of one core on blog-size pages
WINDOW_PER_WORKER = 8  # tasks in flight per worker: a slow part at the head does not idle the others


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


def extract_file(factory: ExtractorFactory, source: str, pages: list[Page], whole: bool = True) -> Outcome:
    """One task: the entities of one file's pages (``whole``) or of a part of them (without
    the batch-wide pass, which :func:`joined` runs over the file), or the coded error."""
    try:
        extractor = loaded_extractor(factory)
        with _RUN_LOCK:
            return extractor.extract_many(pages) if whole else extractor.extract_pages(pages)
    except Exception as error:  # one file must not stop the batch: it is reported and skipped
        return str(ExtractionFailed.of(source, error))


def parts(tasks: Iterable[FileTask[Tag]], size: int = PART_PAGES) -> Iterator[FileTask[PartTag[Tag]]]:
    """Each file's pages cut into parts of at most ``size`` pages, tagged (tag, index, count).

    >>> [(tag, len(pages)) for tag, _, pages in parts([("a", "a.xml", [None] * 5), ("b", "b.txt", [None])], 2)]
    [(('a', 0, 3), 2), (('a', 1, 3), 2), (('a', 2, 3), 1), (('b', 0, 1), 1)]
    """
    for tag, source, pages in tasks:
        count = max(1, -(-len(pages) // size))
        for index in range(count):
            yield (tag, index, count), source, pages[index * size : (index + 1) * size]


def joined(outcomes: Iterable[tuple[PartTag[Tag], Outcome]]) -> Iterator[tuple[Tag, Outcome]]:
    """Parts' outcomes (in input order) joined back into files: a file of several parts gets
    the batch-wide pass over all its pages; a part's error is the file's error."""
    found: list[PageEntities] = []
    error: str | None = None
    for (tag, index, count), outcome in outcomes:
        if isinstance(outcome, str):
            error = error or outcome
        else:
            found += outcome
        if index < count - 1:
            continue
        if error is None and count > 1:
            date_undated(found, {})  # a whole file's extract_many runs it in the worker
        yield tag, error or found
        found, error = [], None


def _in_parts(
    run: Callable[[str, list[Page], bool], Outcome], tasks: Iterable[FileTask[Tag]]
) -> Iterator[tuple[Tag, Outcome]]:
    """Run each part in this process (the serial runner cuts files as the parallel ones do)."""
    return joined((tag, run(source, pages, tag[2] == 1)) for tag, source, pages in parts(tasks))


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
        def run_part(source: str, pages: list[Page], whole: bool) -> Outcome:
            try:
                if self._built is None:
                    self._built = self._factory()
                return self._built.extract_many(pages) if whole else self._built.extract_pages(pages)
            except Exception as error:  # one file must not stop the batch
                return str(ExtractionFailed.of(source, error))

        return _in_parts(run_part, tasks)

    def close(self) -> None:
        self._built = None


class _Pending(Protocol):
    def result(self, timeout: float | None = None) -> Any: ...


def in_order(
    submit: Callable[[str, list[Page], bool], _Pending],
    tasks: Iterable[FileTask[Tag]],
    window: int,
    lost: tuple[type[BaseException], ...],
) -> Iterator[tuple[Tag, Outcome]]:
    """Submit the files' parts keeping at most ``window`` in flight; yield each file's outcome
    in input order. An exception of a type in ``lost`` (a worker died) becomes :class:`WorkerError`."""
    pending: deque[tuple[PartTag[Tag], str, _Pending]] = deque()

    def finish() -> tuple[PartTag[Tag], Outcome]:
        tag, source, future = pending.popleft()
        try:
            outcome: Outcome = future.result()
        except lost as error:
            raise WorkerError.died(source, f"{type(error).__name__}: {error}".strip(": ")) from error
        return tag, outcome

    def finished() -> Iterator[tuple[PartTag[Tag], Outcome]]:
        for tag, source, pages in parts(tasks):
            pending.append((tag, source, submit(source, pages, tag[2] == 1)))
            if len(pending) >= window:
                yield finish()
        while pending:
            yield finish()

    return joined(finished())


# A warm-up page: its extraction builds what the extractor builds on first need (the people
# index, compiled patterns), so that forked workers share it instead of each building it.
_WARM_UP = Page(
    "reelgraph:warm-up",
    "text",
    "Blade Runner (1982)",
    body="Ridley Scott's Blade Runner is better than Alien. I recommend it: 8/10.",
    comments=[Comment("c1", "Harrison Ford was great, much like in Witness.", author="Ana")],
)


def warmed(extractor: EntityExtractor) -> EntityExtractor:
    """The extractor after one throw-away page (extraction does not depend on earlier pages)."""
    extractor.extract_many([_WARM_UP])
    return extractor


def forking() -> bool:
    """Whether worker processes start as forks of this one: on Linux, where ``fork`` is the
    platform's own start method. Elsewhere they start fresh (``spawn``) and each loads the model."""
    return sys.platform.startswith("linux")


class ProcessPool:
    """Extraction on ``workers`` local processes.

    On Linux this process builds the extractor once (spaCy, the film table, the people index)
    and the workers are forked from it, all at once, before this process starts any thread:
    they share the loaded model copy-on-write instead of each spending seconds of CPU loading
    it (issue 16: on 2 cores, two loads cost a run of 200 pages about a tenth of its speed-up).
    Elsewhere each ``spawn``ed worker loads the extractor once."""

    def __init__(self, factory: ExtractorFactory, workers: int) -> None:
        self.workers = workers
        self._factory = factory
        if forking():
            warmed(loaded_extractor(factory))
            self._pool = ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("fork"))
            self._pool.submit(os.getpid).result()  # forks every worker now (3.11 forks them all on first use)
        else:
            context = multiprocessing.get_context("spawn")  # no inherited threads or locks
            self._pool = ProcessPoolExecutor(
                workers, mp_context=context, initializer=loaded_extractor, initargs=(factory,)
            )

    def run(self, tasks: Iterable[FileTask[Tag]]) -> Iterator[tuple[Tag, Outcome]]:
        def submit(source: str, pages: list[Page], whole: bool) -> _Pending:
            return self._pool.submit(extract_file, self._factory, source, pages, whole)

        return in_order(submit, tasks, window=WINDOW_PER_WORKER * self.workers, lost=(BrokenProcessPool,))

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
