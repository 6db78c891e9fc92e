"""``fetch`` and ``update`` against two blogs served from 127.0.0.1 (tests/blogserver.py):
the same graph as the files, robots.txt and the per-host delay obeyed, incremental updates,
and every refusal one coded line."""

from __future__ import annotations

import itertools
import json
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import httpx
import pytest
from click.testing import CliRunner

from base.errors import FetchError
from extract.records import Comment, Page
from extract.web.client import Policy, PoliteClient
from extract.web.crawl import complete_thread
from graph.store import EmbeddedStore
from reelgraph.cli import main
from reelgraph.follow import FollowReport, follow
from reelgraph.settings import Settings, load_settings

from .blogserver import BlogServer, blogger_blog, wordpress_blog
from .conftest import ROOT

DELAY = 0.25
pytestmark = pytest.mark.slow


def settings_for(store: Path) -> Settings:
    return replace(load_settings(), store=store)


def polite(**changes: Any) -> Policy:
    return replace(Policy(delay=DELAY, allow_private=True, timeout=1.0, max_bytes=200_000), **changes)


@pytest.fixture()
def blogs() -> Iterator[tuple[BlogServer, BlogServer]]:
    with BlogServer(wordpress_blog()) as wordpress, BlogServer(blogger_blog()) as blogger:
        yield wordpress, blogger


def entity_graph(store: EmbeddedStore) -> tuple[set[tuple[str, str]], set[tuple[str, str, str]], int]:
    """What a page's address does not change: entities by name, relations between them by
    name, and the number of comments."""
    units = ("Post", "Comment")
    names = {n.key: n.name for n in store.nodes()}
    labels = {n.key: n.label for n in store.nodes()}
    nodes = {(n.label, n.name) for n in store.nodes() if n.label not in units}
    edges = {
        (names[e.src], e.type, names[e.dst])
        for e in store.edges()
        if labels[e.src] not in units and labels[e.dst] not in units
    }
    return nodes, edges, sum(1 for n in store.nodes() if n.label == "Comment")


def fetch_both(store: Path, blogs: tuple[BlogServer, BlogServer], nlp: bool = True) -> FollowReport:
    return follow(settings_for(store), [b.url for b in blogs], polite(), max_pages=50, nlp=nlp)


def test_fetching_the_blogs_builds_the_graph_of_their_files(
    tmp_path: Path, blogs: tuple[BlogServer, BlogServer]
) -> None:
    report = fetch_both(tmp_path / "fetched", blogs)
    assert len(report.crawl.new_posts) == 6 and report.ingest is not None and report.ingest.failures == []
    files = [str(p) for p in sorted((ROOT / "examples" / "the-long-take").glob("*.html"))]
    files += [str(p) for p in sorted((ROOT / "examples" / "cinema-sundays").glob("*.html"))]
    runner = CliRunner()
    result = runner.invoke(main, ["--store", str(tmp_path / "files"), "ingest", "--no-progress", *files])
    assert result.exit_code == 0, result.output
    with EmbeddedStore.open(tmp_path / "fetched") as fetched, EmbeddedStore.open(tmp_path / "files") as read:
        assert entity_graph(fetched) == entity_graph(read)
        assert fetched.stats()["pages"] == 6


def test_robots_txt_and_the_delay_per_host_are_obeyed(tmp_path: Path, blogs: tuple[BlogServer, BlogServer]) -> None:
    report = fetch_both(tmp_path / "s", blogs, nlp=False)
    wordpress = blogs[0].blog
    assert not any(path.startswith("/private/") for _, path, _ in wordpress.log)
    assert [r[:4] for r in report.crawl.refused] == ["E804"]
    for blog in (b.blog for b in blogs):
        times = [t for t, _, _ in blog.log]
        gaps = [later - earlier for earlier, later in itertools.pairwise(times)]
        assert len(gaps) >= 5 and min(gaps) >= DELAY * 0.9, gaps


def test_a_second_update_fetches_nothing_and_changes_nothing(
    tmp_path: Path, blogs: tuple[BlogServer, BlogServer]
) -> None:
    fetch_both(tmp_path / "s", blogs, nlp=False)
    with EmbeddedStore.open(tmp_path / "s") as store:
        before = store.stats()
    seen = [len(b.blog.log) for b in blogs]
    report = follow(settings_for(tmp_path / "s"), [], polite(), max_pages=50, nlp=False)
    assert (report.crawl.fetched, report.crawl.new_comments, report.ingest) == ([], 0, None)
    for blog, start in zip((b.blog for b in blogs), seen, strict=True):
        asked = {(path, status) for _, path, status in blog.log[start:] if path != "/robots.txt"}
        assert {status for _, status in asked} == {304}, asked  # only conditional requests, all unchanged
    with EmbeddedStore.open(tmp_path / "s") as store:
        assert store.stats() == before


def test_a_new_comment_fetches_that_thread_only_and_adds_exactly_that_comment(
    tmp_path: Path, blogs: tuple[BlogServer, BlogServer]
) -> None:
    fetch_both(tmp_path / "s", blogs, nlp=False)
    with EmbeddedStore.open(tmp_path / "s") as store:
        comments = {n.key for n in store.nodes() if n.label == "Comment"}
    wordpress = blogs[0].blog
    wordpress.add_comment("/2014/01/her/", "Ines", "Her is still the best film about loneliness I know.")
    start = len(wordpress.log)
    report = follow(settings_for(tmp_path / "s"), [], polite(), max_pages=50, nlp=False)
    assert report.crawl.changed_posts == [f"{wordpress.base}/2014/01/her/"]
    assert (report.crawl.new_posts, report.crawl.new_comments) == ([], 1)
    fetched = [path for _, path, status in wordpress.log[start:] if status == 200 and path != "/robots.txt"]
    assert fetched == ["/comments/feed/", "/2014/01/her/"]
    with EmbeddedStore.open(tmp_path / "s") as store:
        added = {n.key: n.name for n in store.nodes() if n.label == "Comment" and n.key not in comments}
    assert list(added) == ["comment:https://thelongtake.example/2014/01/her#901"]


def test_private_addresses_are_refused_without_the_flag(tmp_path: Path, blogs: tuple[BlogServer, BlogServer]) -> None:
    report = follow(settings_for(tmp_path / "s"), [blogs[0].url], polite(allow_private=False), max_pages=5, nlp=False)
    assert report.crawl.refused == [
        f"E802 {blogs[0].url}: 127.0.0.1 is a private, loopback or link-local address; refused so that a link "
        "in a page cannot reach an internal service. Add --allow-private if you mean it."
    ]
    assert blogs[0].blog.log == []


def test_dry_run_lists_posts_and_fetches_none(tmp_path: Path, blogs: tuple[BlogServer, BlogServer]) -> None:
    runner = CliRunner()
    args = ["--store", str(tmp_path / "s"), "fetch", blogs[0].url, "--dry-run", "--allow-private", "--json"]
    result = runner.invoke(main, [*args, "--delay", "0.05"])
    assert result.exit_code == 0, result.output
    summary = json.loads(result.stdout)
    assert summary["planned"] == [f"{blogs[0].blog.base}{p.path}" for p in blogs[0].blog.posts]
    assert not any(path in {p.path for p in blogs[0].blog.posts} for _, path, _ in blogs[0].blog.log)


def test_hostile_servers_give_one_coded_error_each(blogs: tuple[BlogServer, BlogServer]) -> None:
    base = blogs[0].blog.base
    slept: list[float] = []
    client = PoliteClient(polite(delay=0.0), sleep=slept.append)
    try:
        assert client.get(f"{base}/busy/").body == b"<html><body><p>ok now</p></body></html>"
        assert slept == [1.0]  # Retry-After: 1 honoured
        for path, code in (("/slow/", "E808"), ("/loop/", "E806"), ("/huge/", "E805"), ("/nowhere/", "E807")):
            with pytest.raises(FetchError) as caught:
                client.get(base + path)
            assert str(caught.value).startswith(f"{code} {base}{path}"), str(caught.value)
        with pytest.raises(FetchError) as caught:
            client.get("file:///etc/passwd")
        assert str(caught.value).startswith("E801")
    finally:
        client.close()


def test_a_malformed_feed_is_followed_without_a_crash(tmp_path: Path, blogs: tuple[BlogServer, BlogServer]) -> None:
    report = follow(settings_for(tmp_path / "s"), [blogs[0].url + "bad-feed/"], polite(), max_pages=5, nlp=False)
    assert (report.crawl.fetched, report.crawl.refused) == ([], [])


def test_a_thread_the_page_shows_in_part_is_completed_from_its_comment_feed() -> None:
    page = Page(source="p", format="html", title="Heat", comments=[Comment("1", "First!", "Ann")])
    page.comment_count_stated = 2
    feed = (
        b'<?xml version="1.0"?><rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel>'
        b"<title>Comments on: Heat</title><link>https://b.example/heat/</link>"
        b"<item><title>By: Ann</title><link>https://b.example/heat/#comment-1</link><dc:creator>Ann</dc:creator>"
        b"<guid>https://b.example/?p=1#comment-1</guid><description>First!</description></item>"
        b"<item><title>By: Bo</title><link>https://b.example/heat/#comment-2</link><dc:creator>Bo</dc:creator>"
        b"<guid>https://b.example/?p=1#comment-2</guid><description>Second, and longer.</description></item>"
        b"</channel></rss>"
    )
    [completed] = complete_thread([page], feed, "https://b.example/heat/")
    assert [(c.author, c.text) for c in completed.comments] == [("Ann", "First!"), ("Bo", "Second, and longer.")]


def test_http_client_sends_the_user_agent_and_conditional_headers() -> None:
    seen: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        if request.url.path == "/robots.txt":
            return httpx.Response(404)
        if request.headers.get("if-none-match") == '"v1"':
            return httpx.Response(304)
        return httpx.Response(200, headers={"ETag": '"v1"'}, content=b"<html></html>")

    client = PoliteClient(
        Policy(user_agent="reelgraph/0.1.0 (+me@example.org)", delay=0, allow_private=True),
        transport=httpx.MockTransport(answer),
    )
    first = client.get("http://blog.example/post/")
    second = client.get("http://blog.example/post/", first.validators)
    assert (first.status, second.not_modified) == (200, True)
    assert {r.headers["user-agent"] for r in seen} == {"reelgraph/0.1.0 (+me@example.org)"}


def test_ingest_from_cache_rereads_fetched_pages_without_fetching(
    tmp_path: Path, blogs: tuple[BlogServer, BlogServer]
) -> None:
    fetch_both(tmp_path / "s", blogs, nlp=False)
    requests = [len(b.blog.log) for b in blogs]
    with EmbeddedStore.open(tmp_path / "s") as store:
        assert store.stats()["types"].get("COMPARED_TO", 0) == 0
    runner = CliRunner()
    result = runner.invoke(main, ["--store", str(tmp_path / "s"), "ingest", "--from-cache", "--json", "--no-progress"])
    assert result.exit_code == 0, result.output
    summary = json.loads(result.stdout)
    assert (summary["pages"], summary["changed"], summary["new"]) == (6, 6, 0)  # now with entities
    assert [len(b.blog.log) for b in blogs] == requests
    with EmbeddedStore.open(tmp_path / "s") as store:
        assert store.stats()["types"]["COMPARED_TO"] > 0


def test_ingest_from_an_empty_cache_is_one_coded_line(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["--store", str(tmp_path / "s"), "ingest", "--from-cache"])
    assert result.exit_code == 1
    assert result.stderr.startswith(f"reelgraph: E809 {tmp_path / 's' / 'raw'}: no fetched pages in the raw cache.")
