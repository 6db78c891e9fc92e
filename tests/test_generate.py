"""The benchmark corpus generator: deterministic, realistic distributions, readable output."""

from __future__ import annotations

import hashlib
import json
import platform
import random
import statistics
from collections import Counter
from pathlib import Path
from typing import Any

from click.testing import CliRunner

from bench import bench_generate, bench_neo4j, bench_nlp, bench_readers, bench_recommend, bench_store, bench_viz
from bench.generate import generate_corpus, plan_posts
from extract.nlp.extractor import page_units
from graph.store import EmbeddedStore
from queries.graphview import GraphView
from reelgraph.pipeline import read_sources


def _digest(folder: Path) -> str:
    digest = hashlib.sha256()
    for path in sorted(folder.rglob("*")):
        if path.is_file():
            digest.update(str(path.relative_to(folder)).encode() + path.read_bytes())
    return digest.hexdigest()


def test_same_seed_same_corpus(tmp_path: Path) -> None:
    first = generate_corpus(tmp_path / "a", pages=120, blogs=6, seed=11)
    generate_corpus(tmp_path / "b", pages=120, blogs=6, seed=11)
    generate_corpus(tmp_path / "c", pages=120, blogs=6, seed=12)
    assert _digest(tmp_path / "a") == _digest(tmp_path / "b")
    assert _digest(tmp_path / "a") != _digest(tmp_path / "c")
    assert first.pages == 120


def test_the_readers_read_back_every_page_comment_and_pingback(tmp_path: Path) -> None:
    stats = generate_corpus(tmp_path, pages=300, blogs=8, seed=5)
    results = list(read_sources([str(tmp_path)]))
    assert [r.error for r in results if r.error] == []
    pages = [page for result in results for page in result.pages]
    assert len(pages) == 300
    assert len(results) == stats.files
    assert sum(len(p.real_comments) for p in pages) == stats.comments
    assert sum(len(p.pingbacks) for p in pages) == stats.pingbacks
    assert sum(c.placeholder for p in pages for c in p.comments) == 0
    assert {p.format for p in pages} == {"text", "html", "wxr"}


def test_distributions_at_a_small_size() -> None:
    rng = random.Random(3)
    posts = plan_posts(rng, pages=2000, blogs=20)
    days = [p.day for p in posts]
    assert days == sorted(days)
    for post in posts:  # pingbacks come from later posts of other blogs
        for number in post.pinged_by:
            source = posts[number - 1]
            assert source.day >= post.day and source.blog is not post.blog
    films = Counter(p.film.title for p in posts)
    assert films.most_common(1)[0][1] >= 10 * statistics.median(films.values())  # popularity skew
    blogs = Counter(p.blog.name for p in posts)
    assert max(blogs.values()) > 3 * min(blogs.values())


def test_comment_counts_are_heavy_tailed_and_commenters_return(tmp_path: Path) -> None:
    generate_corpus(tmp_path, pages=400, blogs=10, seed=9)
    pages = [page for r in read_sources([str(tmp_path)]) for page in r.pages]
    counts = sorted(len(p.real_comments) for p in pages)
    assert statistics.median(counts) <= 4
    assert counts[-1] >= 40
    assert max(c.depth for p in pages for c in p.comments) >= 4
    sites_of: dict[str, set[str | None]] = {}
    for page in pages:
        for comment in page.real_comments:
            sites_of.setdefault(str(comment.author), set()).add(page.site)
    assert sum(len(sites) >= 3 for sites in sites_of.values()) >= 10


def _results(folder: Path, name: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((folder / f"{name}.json").read_text(encoding="utf-8"))
    assert data["machine"] == platform.machine()
    return data


def _generated_store(folder: Path, pages: int) -> tuple[dict[str, int], int]:
    """The store the benchmarks build for ``pages`` generated pages: its counts and the
    number of nodes the recommender's view holds."""
    bench_store.ingest_generated(folder, pages)
    with EmbeddedStore.open(folder, create=False) as store:
        return store.stats(), len(GraphView.load(store).nodes)


def test_the_quick_benchmarks_report_what_they_measured(tmp_path: Path) -> None:
    """readers, generate, store and recommend at a tiny size: the figures they write are the
    counts of the very corpus and store they build (computed here again), and timings."""
    results = tmp_path / "results"
    for module, args in (
        (bench_readers, ["--pages", "3"]),
        (bench_generate, ["--sizes", "40,80"]),
        (bench_store, ["--sizes", "30,60"]),
        (bench_recommend, ["--pages", "60", "--queries", "5"]),
    ):
        result = CliRunner().invoke(module.main, [*args, "--results", str(results)])
        assert result.exit_code == 0, result.output
    readers = _results(results, "readers")
    assert readers["pages"] == 3
    assert sorted(readers["readers"]) == ["blogger", "text", "wordpress", "wxr"]
    assert all(r["pages_per_second"] > 0 and r["kib_per_page"] > 0 for r in readers["readers"].values())

    generated = _results(results, "generate")["rows"]
    for row, pages in zip(generated, (40, 80), strict=True):
        stats = generate_corpus(tmp_path / f"corpus-{pages}", pages=pages, blogs=5, seed=7)
        assert (row["pages"], row["files"], row["comments"], row["pingbacks"]) == (
            pages,
            stats.files,
            stats.comments,
            stats.pingbacks,
        )
        assert row["generate_seconds"] >= 0 and row["peak_rss_mib"] > 0

    stored = _results(results, "store")["rows"]
    counts = {pages: _generated_store(tmp_path / f"store-{pages}", pages) for pages in (30, 60)}
    assert [(r["pages"], r["nodes"], r["edges"]) for r in stored] == [
        (pages, counts[pages][0]["nodes"], counts[pages][0]["edges"]) for pages in (30, 60)
    ]
    assert counts[30][0]["nodes"] < counts[60][0]["nodes"]
    assert all(r["open_seconds"] > 0 and r["store_mib"] >= 0 for r in stored)

    (recommended,) = _results(results, "recommend")["rows"]
    assert (recommended["pages"], recommended["nodes"], recommended["queries"]) == (60, counts[60][1], 5)
    assert 0 < recommended["p50_ms"] <= recommended["p95_ms"]


def test_the_server_browser_and_nlp_benchmarks_report_what_they_measured(tmp_path: Path) -> None:
    """nlp (spaCy), viz (Chromium) and neo4j (a Bolt server) at a tiny size."""
    results = tmp_path / "results"
    for module, args in (
        (bench_nlp, ["--pages", "2"]),
        (bench_viz, ["--sizes", "20,40"]),
        (bench_neo4j, ["--pages", "20", "--sample", "20"]),
    ):
        result = CliRunner().invoke(module.main, [*args, "--results", str(results)])
        assert result.exit_code == 0, result.output
    nlp = _results(results, "nlp")
    words = sum(len(unit.text.split()) for page in bench_nlp.sample_pages(2) for unit in page_units(page))
    assert (nlp["pages"], nlp["words"]) == (2, words)
    assert nlp["ratio"] > 0
    assert abs(nlp["ratio"] - nlp["pipeline_words_per_second"] / nlp["bare_words_per_second"]) < 0.01

    views = _results(results, "viz")["rows"]
    assert [r["nodes"] for r in views] == [20, 40]
    assert all(r["edges"] >= r["nodes"] - 1 and r["browser_layout_seconds"] > 0 for r in views)

    neo4j = _results(results, "neo4j")
    counts, _ = _generated_store(tmp_path / "store-20", 20)
    assert (neo4j["pages"], neo4j["rows"]) == (20, counts["nodes"] + counts["edges"])
    assert 20 <= neo4j["row_by_row_rows"] < neo4j["rows"]
    assert neo4j["batched_rows_per_second"] > 0 and neo4j["row_by_row_rows_per_second"] > 0
