"""Extraction on worker processes and on a Dask cluster writes the same store as a serial
run; extraction does not depend on page order; a worker that dies leaves a consistent store
that a second run completes."""

from __future__ import annotations

import os
import random
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from base.errors import WorkerError
from extract.nlp.extractor import EntityExtractor
from extract.records import Page, PageEntities
from graph.store import EmbeddedStore
from reelgraph.pipeline import ingest, read_sources
from reelgraph.workers import ExtractorSpec, InProcess, ProcessPool, open_extraction

from .conftest import ROOT, SEEDS

EXAMPLES = ROOT / "examples"
pytestmark = pytest.mark.slow


def snapshot(store: EmbeddedStore) -> tuple[list[Any], list[Any]]:
    """Nodes and edges with their evidence, without the times of writing."""
    nodes = [(n.key, n.label, n.name, sorted(n.props.items(), key=str)) for n in store.nodes()]
    edges = [
        (
            e.src,
            e.type,
            e.dst,
            e.count,
            e.confidence,
            [sorted((k, str(v)) for k, v in item.items() if k != "seen") for item in evidence],
        )
        for e, evidence in store.edges_with_evidence()
    ]
    return nodes, edges


@pytest.fixture(scope="module")
def spec(tmp_path_factory: pytest.TempPathFactory, extractor: EntityExtractor) -> ExtractorSpec:
    """Workers read the gazetteer cache the session's extractor already compiled."""
    del extractor  # built first, so the cache exists before workers start
    cache = tmp_path_factory.getbasetemp() / "cache0"
    return ExtractorSpec(cache_dir=cache if cache.is_dir() else None)


@pytest.fixture(scope="module")
def serial_snapshot(tmp_path_factory: pytest.TempPathFactory, spec: ExtractorSpec) -> tuple[list[Any], list[Any]]:
    """One process, an extractor built from the same spec as the workers' (not the session's
    shared one, which other tests use)."""
    with EmbeddedStore.open(tmp_path_factory.mktemp("serial") / "s") as store, store.writing():
        report = ingest(read_sources([str(EXAMPLES)]), store, InProcess(spec))
        assert report.failures == [] and report.new == 20
        return snapshot(store)


def same_store(found: tuple[list[Any], list[Any]], expected: tuple[list[Any], list[Any]]) -> list[str]:
    """What differs, readably (empty when the stores are the same)."""
    differences = []
    for part, (mine, theirs) in zip(("node", "edge"), zip(found, expected, strict=True), strict=True):
        extra, missing = (
            {repr(x) for x in mine} - {repr(x) for x in theirs},
            {repr(x) for x in theirs} - {repr(x) for x in mine},
        )
        differences += [f"extra {part}: {x[:300]}" for x in sorted(extra)] + [
            f"missing {part}: {x[:300]}" for x in sorted(missing)
        ]
    return differences


def test_two_worker_processes_write_the_serial_store(
    tmp_path: Path, spec: ExtractorSpec, serial_snapshot: tuple[list[Any], list[Any]]
) -> None:
    runner = ProcessPool(spec, workers=2)
    try:
        with EmbeddedStore.open(tmp_path / "s") as store, store.writing():
            report = ingest(read_sources([str(EXAMPLES)]), store, runner)
            assert (report.new, report.failures) == (20, [])
            assert same_store(snapshot(store), serial_snapshot) == []
    finally:
        runner.close()


def test_a_dask_cluster_writes_the_serial_store(
    tmp_path: Path, spec: ExtractorSpec, serial_snapshot: tuple[list[Any], list[Any]]
) -> None:
    from distributed import LocalCluster

    with LocalCluster(  # type: ignore[no-untyped-call]
        n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1", dashboard_address=None
    ) as cluster:
        runner = open_extraction(spec, scheduler=cluster.scheduler_address)
        try:
            assert runner.workers == 2
            bad = tmp_path / "pages" / "empty.txt"
            bad.parent.mkdir()
            bad.write_text("")
            with EmbeddedStore.open(tmp_path / "s") as store, store.writing():
                report = ingest(read_sources([str(EXAMPLES), str(bad)]), store, runner)
                assert report.new == 20
                assert [failure[:4] for failure in report.failures] == ["E101"]
                assert same_store(snapshot(store), serial_snapshot) == []
        finally:
            runner.close()


def test_an_unreachable_scheduler_is_one_coded_error(spec: ExtractorSpec) -> None:
    with pytest.raises(WorkerError) as caught:
        open_extraction(spec, scheduler="tcp://127.0.0.1:9")
    assert str(caught.value).startswith("E702 cannot reach the Dask scheduler at tcp://127.0.0.1:9")


def test_extraction_does_not_depend_on_page_order(extractor: EntityExtractor) -> None:
    pages = [page for result in read_sources([str(EXAMPLES), str(SEEDS)]) for page in result.pages]
    forward = {page.source: extractor.extract(page).to_json() for page in pages}
    shuffled = pages[:]
    random.Random(7).shuffle(shuffled)
    fresh = EntityExtractor(extractor.nlp, extractor.gazetteer, type(extractor.aliases)())
    again = {page.source: fresh.extract(page).to_json() for page in shuffled}
    assert again == forward


@dataclass(frozen=True)
class DiesOnPoison:
    """A factory whose extractor kills its own process on a page named 'poison'."""

    spec: ExtractorSpec

    def __call__(self) -> Any:
        return _Dying(self.spec())


@dataclass
class _Dying:
    inner: EntityExtractor

    def extract_many(self, pages: list[Page]) -> list[PageEntities]:
        if any("poison" in page.source for page in pages):
            os._exit(3)
        return self.inner.extract_many(pages)


def test_a_killed_worker_leaves_a_consistent_store_that_a_rerun_completes(
    tmp_path: Path, spec: ExtractorSpec, extractor: EntityExtractor
) -> None:
    pages = tmp_path / "pages"
    shutil.copytree(EXAMPLES, pages)
    poison = pages / "zz-poison.txt"
    shutil.copy(EXAMPLES / "reel-rants" / "gravity-2013.txt", poison)
    runner = ProcessPool(DiesOnPoison(spec), workers=1)
    try:
        with EmbeddedStore.open(tmp_path / "s") as store, store.writing(), pytest.raises(WorkerError) as caught:
            ingest(read_sources([str(pages)]), store, runner)
    finally:
        runner.close()
    assert str(caught.value).startswith(f"E701 a worker died while extracting {poison}")
    with EmbeddedStore.open(tmp_path / "s") as store:
        written = len(store.sources())
        assert 0 < written < 21
    poison.unlink()
    with EmbeddedStore.open(tmp_path / "s") as store, store.writing():
        report = ingest(read_sources([str(pages)]), store, InProcess(lambda: extractor))
        assert (report.unchanged, report.new, report.failures) == (written, 20 - written, [])
