"""Extraction on a ``dask.distributed`` cluster (``reelgraph ingest --scheduler tcp://HOST:8786``).

A worker plugin builds the extractor once per worker when the worker joins; each file (or
part of a big file, :func:`reelgraph.workers.parts`) is one task, retried on another worker
when its worker dies; outcomes stream back in input order to the single writer. Imported
only when ``--scheduler`` is given: Dask is an optional extra.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from distributed import Client, WorkerPlugin
from distributed.scheduler import KilledWorker

from base.errors import WorkerError
from extract.records import Page
from reelgraph.workers import (
    WINDOW_PER_WORKER,
    ExtractorFactory,
    FileTask,
    Outcome,
    Tag,
    extract_file,
    in_order,
    loaded_extractor,
)

RETRIES = 2  # a task whose worker dies runs again elsewhere this many times


class ExtractorPlugin(WorkerPlugin):
    """Loads spaCy and the gazetteer once, when a worker starts (or joins later)."""

    name = "reelgraph-extractor"

    def __init__(self, factory: ExtractorFactory) -> None:
        self.factory = factory

    def setup(self, worker: Any) -> None:
        loaded_extractor(self.factory)


class DaskCluster:
    """Extraction on the workers of a running Dask scheduler."""

    def __init__(self, factory: ExtractorFactory, address: str) -> None:
        self._factory = factory
        try:
            self._client = Client(address, timeout="10s", set_as_default=False)  # type: ignore[no-untyped-call]
        except (OSError, TimeoutError) as error:
            raise WorkerError.no_scheduler(address, " ".join(str(error).split())[:160]) from error
        self._client.register_plugin(ExtractorPlugin(factory))
        self.workers = max(1, len(self._client.scheduler_info().get("workers", {})))

    def run(self, tasks: Iterable[FileTask[Tag]]) -> Iterator[tuple[Tag, Outcome]]:
        def submit(source: str, pages: list[Page], whole: bool) -> Any:
            return self._client.submit(extract_file, self._factory, source, pages, whole, retries=RETRIES, pure=False)

        return in_order(submit, tasks, window=WINDOW_PER_WORKER * self.workers, lost=(KilledWorker, OSError))

    def close(self) -> None:
        self._client.close()  # type: ignore[no-untyped-call]
