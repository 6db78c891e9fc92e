"""The HTML views in a real browser: Debian's Chromium, headless, driven by Playwright."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import networkx as nx
import pytest
from playwright.sync_api import Browser

from extract.nlp.extractor import EntityExtractor
from graph.store import EmbeddedStore
from reelgraph.pipeline import ingest, read_sources
from tests.browser import browser, visit
from tests.conftest import ROOT
from viz.html import graph_page
from viz.views import neighbourhood

ATTACK = '<script>window.pwned = 1</script><img src=x onerror="window.pwned = 2">'


@pytest.fixture(scope="module")
def chrome() -> Iterator[Browser]:
    with browser() as launched:
        yield launched


@pytest.fixture(scope="module")
def example_graph(tmp_path_factory: pytest.TempPathFactory, extractor: EntityExtractor) -> nx.MultiDiGraph[str]:
    with EmbeddedStore.open(tmp_path_factory.mktemp("store")) as store:
        ingest(read_sources([str(ROOT / "examples")]), store, lambda: extractor)
        return neighbourhood(store)


def _hover(visited: object, key: str) -> str:
    page = visited.page  # type: ignore[attr-defined]
    page.wait_for_function(
        "() => { const bar = document.getElementById('loadingBar'); return !bar || bar.style.display === 'none'; }",
        timeout=30000,
    )
    page.evaluate("reelgraph.network.stopSimulation()")
    # the others hidden first: a layout may lay another node over this one (the tooltip is the top node's)
    page.evaluate(
        "(key) => reelgraph.nodes.update(reelgraph.nodes.getIds().filter(id => id !== key)"
        ".map(id => ({id, hidden: true})))",
        key,
    )
    point = page.evaluate(
        "(key) => { const net = reelgraph.network; net.fit({animation: false});"
        " return net.canvasToDOM(net.getPositions([key])[key]); }",
        key,
    )
    box = page.locator("div.vis-network canvas").bounding_box()
    page.mouse.move(2, 2)
    page.mouse.move(box["x"] + point["x"], box["y"] + point["y"], steps=5)
    tooltip = page.locator("div.vis-tooltip")
    tooltip.wait_for(state="visible", timeout=5000)
    return str(tooltip.inner_text())


def test_the_example_view_is_self_contained_and_complete(
    chrome: Browser,
    example_graph: nx.MultiDiGraph[str],
    tmp_path: Path,
) -> None:
    path = tmp_path / "graph.html"
    path.write_text(graph_page(example_graph, "reelgraph examples"), encoding="utf-8")
    visited = visit(chrome, path)
    counts = visited.page.evaluate("[reelgraph.nodes.length, reelgraph.edges.length]")
    assert counts == [example_graph.number_of_nodes(), example_graph.number_of_edges()]
    assert visited.errors == []
    assert [url for url in visited.requests if not url.startswith(("file://", "data:"))] == []
    text = _hover(visited, "film:her:2013")
    assert text.startswith("Her\nFilm") and "year: 2013" in text
    legend = visited.page.locator("#rg-legend label").all_inner_texts()
    assert "Film" in legend and "Person" in legend


def test_search_and_filter(chrome: Browser, example_graph: nx.MultiDiGraph[str], tmp_path: Path) -> None:
    path = tmp_path / "graph.html"
    path.write_text(graph_page(example_graph, "reelgraph examples"), encoding="utf-8")
    page = visit(chrome, path).page
    page.fill("#rg-search", "Gravity")
    page.press("#rg-search", "Enter")
    selected = page.evaluate("reelgraph.network.getSelectedNodes()")
    assert "film:gravity:2013" in selected
    page.locator("#rg-legend input[data-kind='Comment']").uncheck()
    hidden = page.evaluate("reelgraph.nodes.get({filter: n => n.hidden === true}).length")
    assert hidden == sum(1 for _, d in example_graph.nodes(data=True) if d["label"] == "Comment")


def test_a_crafted_comment_runs_nothing(chrome: Browser, tmp_path: Path) -> None:
    graph: nx.MultiDiGraph[str] = nx.MultiDiGraph()
    graph.add_node("comment:x#1", label="Comment", name=f"mallory: {ATTACK}", text=ATTACK, author="mallory")
    graph.add_node("film:her:2013", label="Film", name="Her", year=2013)
    graph.add_edge(
        "comment:x#1",
        "film:her:2013",
        key="MENTIONS",
        count=1,
        evidence=[{"sentence": ATTACK, "source": "x.html", "by": "</script><script>window.pwned=3</script>"}],
    )
    path = tmp_path / "attack.html"
    page_html = graph_page(graph, f"title {ATTACK}")
    assert "<script>window.pwned" not in page_html
    path.write_text(page_html, encoding="utf-8")
    visited = visit(chrome, path)
    text = _hover(visited, "comment:x#1")
    assert "<script>window.pwned = 1</script>" in text  # shown as text
    visited.page.wait_for_timeout(300)
    assert visited.page.evaluate("window.pwned") is None
    assert visited.page.locator("#rg-title").inner_text() == f"title {ATTACK}"
    assert visited.page.locator("img").count() == 0
