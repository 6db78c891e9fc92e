"""The benchmark corpus generator: deterministic, realistic distributions, readable output."""

from __future__ import annotations

import hashlib
import random
import statistics
from collections import Counter
from pathlib import Path

from click.testing import CliRunner

from bench import bench_generate, bench_neo4j, bench_nlp, bench_readers, bench_recommend, bench_store, bench_viz
from bench.generate import generate_corpus, plan_posts
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


def test_benchmarks_run_at_a_tiny_size(tmp_path: Path) -> None:
    readers = CliRunner().invoke(bench_readers.main, ["--pages", "3", "--results", str(tmp_path)])
    assert readers.exit_code == 0, readers.output
    assert "wordpress" in readers.output and (tmp_path / "readers.json").is_file()
    generate = CliRunner().invoke(bench_generate.main, ["--sizes", "40,80", "--results", str(tmp_path)])
    assert generate.exit_code == 0, generate.output
    assert (tmp_path / "generate.json").is_file()
    nlp = CliRunner().invoke(bench_nlp.main, ["--pages", "2", "--results", str(tmp_path)])
    assert nlp.exit_code == 0, nlp.output
    assert "ratio" in nlp.output and (tmp_path / "nlp.json").is_file()
    store = CliRunner().invoke(bench_store.main, ["--sizes", "30,60", "--results", str(tmp_path)])
    assert store.exit_code == 0, store.output
    assert "open" in store.output and (tmp_path / "store.json").is_file()
    for module, args, written in (
        (bench_recommend, ["--pages", "60", "--queries", "5"], "recommend.json"),
        (bench_viz, ["--sizes", "20,40"], "viz.json"),
        (bench_neo4j, ["--pages", "20", "--sample", "20"], "neo4j.json"),
    ):
        result = CliRunner().invoke(module.main, [*args, "--results", str(tmp_path)])
        assert result.exit_code == 0, result.output
        assert (tmp_path / written).is_file()
