"""Draw the example corpus and photograph it in headless Chromium (the README's picture).

python scripts/screenshot.py STORE_DIR docs/graph.png
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from graph.store import EmbeddedStore
from tests.browser import browser, visit
from viz.html import graph_page
from viz.views import neighbourhood


def main() -> None:
    store_dir, output = Path(sys.argv[1]), Path(sys.argv[2])
    with EmbeddedStore.open(store_dir, create=False) as store:
        page_html = graph_page(neighbourhood(store, "Her", depth=2), "Her (2013), two steps out")
    with tempfile.TemporaryDirectory() as work, browser() as chrome:
        path = Path(work) / "view.html"
        path.write_text(page_html, encoding="utf-8")
        page = visit(chrome, path, width=1400, height=900).page
        page.wait_for_function(
            "() => { const bar = document.getElementById('loadingBar'); return !bar || bar.style.display === 'none'; }",
            timeout=60000,
        )
        page.evaluate("reelgraph.network.fit({animation: false})")
        page.wait_for_timeout(300)
        page.screenshot(path=str(output))


if __name__ == "__main__":
    main()
