"""Chromium driven headless by Playwright, for the tests of the HTML views, the benchmarks and
the README screenshot (run from a checkout).
``REELGRAPH_CHROMIUM`` if set, else Debian's ``chromium``, else Playwright's own download.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from playwright.sync_api import Browser, Page, sync_playwright

CHROMIUM = "/usr/bin/chromium"
FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
]


def chromium_path() -> str | None:
    """The Chromium to drive: ``REELGRAPH_CHROMIUM`` when set (any existing Chromium or Chrome
    binary), else Debian's; None means Playwright's own (``python -m playwright install chromium``)."""
    named = os.environ.get("REELGRAPH_CHROMIUM")
    if named:
        if not Path(named).is_file():
            raise RuntimeError(f"REELGRAPH_CHROMIUM={named} is not a file: point it at a Chromium or Chrome binary.")
        return named
    return shutil.which("chromium") or (CHROMIUM if Path(CHROMIUM).exists() else None)


@contextmanager
def browser() -> Iterator[Browser]:
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=chromium_path(), headless=True, args=FLAGS)
        try:
            yield launched
        finally:
            launched.close()


@dataclass(slots=True)
class Visit:
    """A page opened from a file, with what it asked the network for and what it logged."""

    page: Page
    requests: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)


def visit(chrome: Browser, path: Path, width: int = 1400, height: int = 900) -> Visit:
    page = chrome.new_page(viewport={"width": width, "height": height})
    seen = Visit(page)
    page.on("request", lambda request: seen.requests.append(request.url))
    page.on("console", lambda message: seen.errors.append(message.text) if message.type == "error" else None)
    page.on("pageerror", lambda error: seen.errors.append(str(error)))
    page.goto(path.resolve().as_uri())
    page.wait_for_function("window.reelgraph !== undefined")
    return seen
