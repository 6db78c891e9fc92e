"""Loading Neo4j: the batched ``UNWIND $rows ... MERGE`` loader against one statement per row,
on the same Bolt server (ArcadeDB, Neo4j 5.26-compatible) in the same run.

The batched loader writes the whole generated graph; the row-by-row baseline writes the first
``--sample`` rows of the same graph into a second database (at its rate the whole graph would
take hours). Both rates are rows per second. Aim (issue 6): ratio 20x or more.

    python -m bench.bench_neo4j [--pages 50000] [--sample 3000]
"""

from __future__ import annotations

import json
import platform
import subprocess
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import click

from bench.bench_store import ingest_generated
from graph.neo4j_store import Connection, Neo4jStore
from graph.store import Edge, EmbeddedStore, Node
from tests.boltserver import PASSWORD, USER, BoltServer

RESULTS = Path(__file__).resolve().parent / "results"


class _Sample(EmbeddedStore):
    """The first ``limit`` nodes and the edges between them, read from a store."""

    def __init__(self, store: EmbeddedStore, limit: int) -> None:
        super().__init__(store.directory, store.db)
        self.keep = {n.key for _, n in zip(range(limit), store.nodes(), strict=False)}

    def nodes(self) -> Iterator[Node]:
        return (n for n in super().nodes() if n.key in self.keep)

    def edges(self) -> Iterator[Edge]:
        return (e for e in super().edges() if e.src in self.keep and e.dst in self.keep)


def run(pages: int, sample: int, batch_size: int) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as work:
        root = Path(work)
        ingest_generated(root / "store", pages)
        store = EmbeddedStore.open(root / "store", create=False)
        stats = store.stats()
        (root / "server").mkdir()
        with BoltServer(root / "server", extra=("baseline",)) as server:
            with Neo4jStore.connect(Connection(server.uri, USER, server.database, PASSWORD)) as neo4j:
                started = time.perf_counter()
                neo4j.load(store, batch_size)
                batched_seconds = time.perf_counter() - started
                loaded = neo4j.counts()
            part = _Sample(store, sample)
            part_rows = len(part.keep) + sum(1 for _ in part.edges())
            with Neo4jStore.connect(Connection(server.uri, USER, "baseline", PASSWORD)) as baseline:
                started = time.perf_counter()
                baseline.load_row_by_row(part)
                row_seconds = time.perf_counter() - started
        store.close()
    rows = loaded["nodes"] + loaded["edges"]  # the graph model's (persons merged), which Neo4j receives
    batched_rate, row_rate = rows / batched_seconds, part_rows / row_seconds
    assert loaded["nodes"] <= stats["nodes"] and loaded["edges"] <= stats["edges"]
    return {
        "pages": pages,
        "rows": rows,
        "batch_size": batch_size,
        "batched_seconds": round(batched_seconds, 2),
        "batched_rows_per_second": round(batched_rate),
        "row_by_row_rows": part_rows,
        "row_by_row_seconds": round(row_seconds, 2),
        "row_by_row_rows_per_second": round(row_rate),
        "ratio": round(batched_rate / row_rate, 1),
    }


def run_nlp(pages: int, batch_size: int) -> dict[str, Any]:
    """Generate ``pages`` pages, ingest them with entity extraction (``reelgraph ingest``),
    and load the store: rows per second, and what the schema check refused (aim: nothing)."""
    with tempfile.TemporaryDirectory() as work:
        root = Path(work)
        subprocess.run(
            ["reelgraph-bench", "generate", "--pages", str(pages), "-o", str(root / "corpus")],
            check=True,
            capture_output=True,
        )
        started = time.perf_counter()
        subprocess.run(
            ["reelgraph", "--store", str(root / "store"), "ingest", str(root / "corpus"), "--no-progress"],
            check=True,
            capture_output=True,
        )
        ingest_seconds = time.perf_counter() - started
        (root / "server").mkdir()
        with (
            EmbeddedStore.open(root / "store", create=False) as store,
            BoltServer(root / "server") as server,
            Neo4jStore.connect(Connection(server.uri, USER, server.database, PASSWORD)) as neo4j,
        ):
            started = time.perf_counter()
            report = neo4j.load(store, batch_size)
            seconds = time.perf_counter() - started
    return {
        "pages": pages,
        "ingest_seconds": round(ingest_seconds, 1),
        "rows": report.rows,
        "load_seconds": round(seconds, 2),
        "rows_per_second": round(report.rows / seconds),
        "refused": len(report.refused),
        "refused_by_kind": {r.kind: sum(1 for x in report.refused if x.kind == r.kind) for r in report.refused},
    }


@click.command()
@click.option("--pages", default=50000, show_default=True, help="Generated pages in the graph.")
@click.option("--sample", default=3000, show_default=True, help="Nodes written one statement at a time.")
@click.option("--batch-size", default=1000, show_default=True, help="Rows per batched write.")
@click.option("--nlp-pages", default="", help="Comma-separated sizes of NLP-ingested stores to load instead.")
@click.option("--results", type=click.Path(path_type=Path), default=RESULTS, help="Folder for the JSON figures.")
def main(pages: int, sample: int, batch_size: int, nlp_pages: str, results: Path) -> None:
    """Print batched and row-by-row load rates and their ratio; write bench/results/neo4j.json
    (with --nlp-pages: load rate and refusals on NLP stores, to bench/results/neo4j_nlp.json)."""
    if nlp_pages:
        rows = [run_nlp(int(n), batch_size) for n in nlp_pages.split(",")]
        for row in rows:
            click.echo(
                f"{row['pages']} pages with NLP (ingest {row['ingest_seconds']} s): {row['rows']} rows loaded at "
                f"{row['rows_per_second']} rows/s, {row['refused']} refused {row['refused_by_kind']}"
            )
        results.mkdir(parents=True, exist_ok=True)
        (results / "neo4j_nlp.json").write_text(json.dumps({"machine": platform.machine(), "rows": rows}, indent=2))
        return
    figures = run(pages, sample, batch_size)
    click.echo(
        f"{figures['rows']} rows ({pages} pages): batched {figures['batched_rows_per_second']} rows/s "
        f"({figures['batched_seconds']} s); one statement per row {figures['row_by_row_rows_per_second']} rows/s; "
        f"ratio {figures['ratio']}x (aim >= 20x)"
    )
    results.mkdir(parents=True, exist_ok=True)
    (results / "neo4j.json").write_text(json.dumps({"machine": platform.machine(), **figures}, indent=2) + "\n")


if __name__ == "__main__":
    main()
