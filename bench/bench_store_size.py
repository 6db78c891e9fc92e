"""Store bytes per input byte, ingest time and read time, at 1k, 5k and 20k generated pages,
for this checkout and for a baseline checkout (``--baseline DIR``, e.g. ``git worktree add
/tmp/base COMMIT`` of the commit before a store change) in the same run on the same machine.

The store's bytes are ``graph.sqlite`` alone (after a WAL checkpoint, and again after
``compact``); ``with_model`` adds ``model.sqlite``, the query commands' graph model kept beside
the store once a query command (here: the benchmark) has built it. Reads: the look-ups a query
command makes (a node by key and by name, its edges and their evidence) for 300 nodes.

Pages are generated and rendered as text dumps (the input bytes are those files' bytes),
read by the text reader, given entities from the generator's plan (no NLP), and ingested
with the record the pipeline keeps (``page.to_json() | entities.to_json()``). Each size runs
in a fresh process per checkout.

    python -m bench.bench_store_size [--sizes 1000,5000,20000] [--baseline /tmp/reelgraph-before]
"""

from __future__ import annotations

import contextlib
import json
import os
import platform
import random
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import click

RESULTS = Path(__file__).resolve().parent / "results"
BATCH = 1000


def measure(directory: Path, pages: int, seed: int = 7) -> dict[str, Any]:
    """Generate, read and ingest ``pages`` pages into a store under ``directory``."""
    from graph.store import EmbeddedStore

    store = EmbeddedStore.open(directory)
    input_bytes, writing = _ingest_generated(store, pages, seed)
    store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    stats = store.stats()
    size = (directory / "graph.sqlite").stat().st_size
    reads, reads_cpu = _reads(store)
    model_seconds, model_bytes = _model(store)
    compacted = store.compact()["after"] if hasattr(store, "compact") else size
    store.close()
    return {
        "pages": pages,
        "nodes": stats["nodes"],
        "edges": stats["edges"],
        "ingest_seconds": round(writing.wall, 2),
        "ingest_cpu_seconds": round(writing.cpu, 2),
        "input_bytes": input_bytes,
        "store_bytes": size,
        "store_bytes_compacted": compacted,
        "model_bytes": model_bytes,
        "bytes_per_input_byte": round(size / input_bytes, 2),
        "compacted_per_input_byte": round(compacted / input_bytes, 2),
        "with_model_per_input_byte": round((size + model_bytes) / input_bytes, 2),
        "reads_seconds": reads,
        "reads_cpu_seconds": reads_cpu,
        "model_build_seconds": model_seconds,
    }


class _Clock:
    """Wall and CPU seconds spent inside ``timing()`` blocks, added up. (Not a dataclass: the
    child process loads this file without registering it as a module.)"""

    def __init__(self) -> None:
        self.wall, self.cpu = 0.0, 0.0

    @contextlib.contextmanager
    def timing(self) -> Iterator[None]:
        started, clock = time.perf_counter(), time.process_time()
        try:
            yield
        finally:
            self.wall += time.perf_counter() - started
            self.cpu += time.process_time() - clock


def _ingest_generated(store: Any, pages: int, seed: int) -> tuple[int, _Clock]:
    """Generate ``pages`` pages, read them and write them in batches of ``BATCH``: the input's
    bytes, and the time spent building contributions and writing (not generating or reading)."""
    from bench.bench_store import synthetic_entities
    from bench.corpus import Drawer, body_paragraphs, commenter_names, plan_comments, render_text
    from bench.generate import plan_posts
    from extract.text_reader import parse_text_page
    from graph.build import page_contribution

    rng = random.Random(seed)
    posts = plan_posts(rng, pages, max(5, pages // 250))
    people = Drawer(rng, commenter_names(rng, max(50, pages // 2)), skew=1.0)
    input_bytes, writing, batch = 0, _Clock(), []
    for post in posts:
        comments = plan_comments(rng, post, people)
        text = render_text(post, body_paragraphs(rng, post), comments, [posts[n - 1] for n in post.pinged_by])
        input_bytes += len(text.encode("utf-8"))
        page = parse_text_page(text, f"{post.blog.host}/post-{post.number}.txt")
        entities = synthetic_entities(post, page)
        record = page.to_json() | entities.to_json()
        with writing.timing():
            batch.append((page_contribution(page, entities), str(post.number), record, "2026-01-01"))
            if len(batch) == BATCH:
                store.replace(batch)
                batch = []
    with writing.timing():
        if batch:
            store.replace(batch)
    return input_bytes, writing


def _reads(store: Any, count: int = 300) -> tuple[float, float]:
    """Seconds (wall, CPU) for the reads a query command makes: ``count`` nodes spread over the
    key order, each looked up by key and by name, with its edges and their evidence; and ``stats``."""
    keys = [node.key for node in store.nodes()]
    sample = keys[:: max(1, len(keys) // count)][:count]
    started, clock = time.perf_counter(), time.process_time()
    for key in sample:
        node = store.node(key)
        store.find(node.name)
        for edge in store.edges_of(key):
            store.evidence(edge.src, edge.type, edge.dst)
    store.stats()
    return round(time.perf_counter() - started, 3), round(time.process_time() - clock, 3)


def _model(store: Any) -> tuple[float, int]:
    """Seconds to build the query commands' graph model from the store (and keep it in
    ``model.sqlite`` beside it, as the first query command after an ingest does); its bytes."""
    try:
        from graph.model import MODEL_FILE, GraphModel
    except ImportError:
        return 0.0, 0
    started = time.perf_counter()
    GraphModel.load(store)
    seconds = round(time.perf_counter() - started, 2)
    path = store.directory / MODEL_FILE
    return seconds, path.stat().st_size if path.exists() else 0


# The child runs this file's ``measure`` (loaded by path) against the checkout's store code.
_CHILD = (
    "import importlib.util, json, sys; from pathlib import Path; "
    "spec = importlib.util.spec_from_file_location('bench_store_size_here', sys.argv[3]); "
    "module = importlib.util.module_from_spec(spec); spec.loader.exec_module(module); "
    "print(json.dumps(module.measure(Path(sys.argv[1]), int(sys.argv[2]))))"
)


def _run(pages: int, checkout: Path) -> dict[str, Any]:
    directory = Path(tempfile.mkdtemp(prefix="reelgraph-size-"))
    bench = Path(__file__).resolve().parent.parent  # this benchmark's own code, the store's from checkout
    env = os.environ | {"PYTHONPATH": f"{checkout}{os.pathsep}{bench}"}
    try:
        out = subprocess.run(
            [sys.executable, "-c", _CHILD, str(directory / "store"), str(pages), str(Path(__file__).resolve())],
            check=True,
            capture_output=True,
            text=True,
            env=env,
            cwd=checkout,
        )
        result: dict[str, Any] = json.loads(out.stdout)
        return result
    finally:
        shutil.rmtree(directory, ignore_errors=True)


@click.command()
@click.option("--sizes", default="1000,5000,20000", show_default=True, help="Comma-separated page counts.")
@click.option("--baseline", type=click.Path(path_type=Path), default=None, help="A checkout to compare with.")
@click.option("--results", type=click.Path(path_type=Path), default=RESULTS, help="Folder for the JSON figures.")
def main(sizes: str, baseline: Path | None, results: Path) -> None:
    """Print store bytes per input byte and ingest time; write bench/results/store_size.json."""
    here = Path(__file__).resolve().parent.parent
    rows = []
    for pages in (int(n) for n in sizes.split(",")):
        row: dict[str, Any] = {"pages": pages, "current": _run(pages, here)}
        if baseline is not None:
            row["baseline"] = _run(pages, baseline)
        rows.append(row)
        now = row["current"]
        line = (
            f"{pages:>6} pages, {now['input_bytes'] / 2**20:.1f} MiB input: store {now['store_bytes'] / 2**20:.1f} MiB "
            f"({now['bytes_per_input_byte']}x, {now['compacted_per_input_byte']}x compacted, "
            f"{now.get('with_model_per_input_byte')}x with model.sqlite), ingest {now['ingest_seconds']} s "
            f"({now.get('ingest_cpu_seconds')} s CPU), reads {now.get('reads_seconds')} s "
            f"({now.get('reads_cpu_seconds')} s CPU), model build {now.get('model_build_seconds')} s"
        )
        if "baseline" in row:
            old = row["baseline"]
            line += (
                f"; baseline {old['bytes_per_input_byte']}x ({old.get('compacted_per_input_byte')}x compacted, "
                f"{old.get('with_model_per_input_byte')}x with model), ingest {old['ingest_seconds']} s "
                f"({old.get('ingest_cpu_seconds')} s CPU), reads {old.get('reads_seconds')} s "
                f"({old.get('reads_cpu_seconds')} s CPU), model build {old.get('model_build_seconds')} s"
            )
        click.echo(line, nl=True)
    results.mkdir(parents=True, exist_ok=True)
    (results / "store_size.json").write_text(
        json.dumps({"machine": platform.machine(), "rows": rows}, indent=2) + "\n", encoding="utf-8"
    )


if __name__ == "__main__":
    main()
