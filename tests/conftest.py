"""Shared test fixtures: the seed pages and their gold live in ../shared, never in the repo."""

from __future__ import annotations

import inspect
import json
import re
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from extract.io import read_file
from extract.nlp.extractor import EntityExtractor
from extract.records import Page

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SEEDS = SHARED / "seeds"
GOLD = SHARED / "gold"
FIXTURES = Path(__file__).resolve().parent / "fixtures"
SEED_NAMES = ("flixchatter-her", "sheila-variations-her")

if not SEEDS.is_dir() or not GOLD.is_dir():
    raise RuntimeError(f"../shared is missing: expected the seed pages at {SEEDS} and gold at {GOLD}")


def load_gold(name: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((GOLD / f"{name}.json").read_text(encoding="utf-8"))
    return data


def read_seed(name: str) -> Page:
    pages = read_file(SEEDS / f"{name}.txt")
    assert len(pages) == 1
    return pages[0]


@pytest.fixture(scope="session")
def seed_pages() -> dict[str, Page]:
    return {name: read_seed(name) for name in SEED_NAMES}


@pytest.fixture(scope="session")
def extractor(tmp_path_factory: pytest.TempPathFactory) -> EntityExtractor:
    """One spaCy pipeline and gazetteer for the whole test session."""
    return EntityExtractor.default(cache_dir=tmp_path_factory.mktemp("cache"))


# The fast subset (``pytest -m "not slow"``) leaves out every test that needs, itself or through
# any fixture it uses (the whole closure, and fixtures it asks for by name at run time), one of
# these: spaCy (also through a CLI ``extract``/``ingest`` without ``--no-nlp``), a Bolt server,
# Chromium, a local HTTP blog, worker processes, Node.js or a benchmark run. Tests slow for
# another reason are listed with the CPU seconds they took.
SLOW_RESOURCES = {
    "spaCy": re.compile(r"\bEntityExtractor\b|\bload_nlp\(|\bspacy\.load\(|\bbench_nlp\b"),
    "a Bolt server": re.compile(r"\bBoltServer\b|\bbench_neo4j\b"),
    "Chromium": re.compile(r"\bbrowser\(\)|\bsync_playwright\b|\bbench_viz\b"),
    "a local HTTP blog": re.compile(r"\bBlogServer\b"),
    "worker processes": re.compile(r"\bProcessPool\b|\bopen_extraction\b|[\"']--workers[\"']"),
    "Node.js": re.compile(r"[\"']node[\"']|\blint\("),
    "a benchmark run": re.compile(r"\bbench_[a-z_]+\b"),
}
_CLI_NLP = re.compile(r"[\"'](?:extract|ingest)[\"']")
MEASURED_SLOW: dict[str, float] = {  # test id (without parameters) -> CPU seconds it took (2 s or more)
    "tests/test_bad_input.py::test_reply_chain_5000_deep_in_text": 6.0,
    "tests/test_security.py::test_a_planted_password_never_reaches_output_logs_or_arguments": 2.4,
}


@cache
def _needs(function: Callable[..., Any]) -> tuple[str, ...]:
    """The slow resources a test or fixture function names in its own source."""
    try:
        source = inspect.getsource(function)
    except (OSError, TypeError):
        return ()
    found = [name for name, pattern in SLOW_RESOURCES.items() if pattern.search(source)]
    if _CLI_NLP.search(source) and "--no-nlp" not in source and "spaCy" not in found:
        found.append("spaCy")
    return tuple(found)


def _fixture_reasons(item: pytest.Item, names: list[str]) -> list[str]:
    """What the fixtures ``names`` and every fixture they use need."""
    reasons: list[str] = []
    seen: set[str] = set()
    while names:
        name = names.pop()
        if name in seen:
            continue
        seen.add(name)
        for definition in item.session._fixturemanager.getfixturedefs(name, item) or ():
            reasons += [f"fixture {name!r} needs {r}" for r in _needs(definition.func)]
            names += list(definition.argnames)
    return reasons


def slow_reasons(item: pytest.Item) -> list[str]:
    """Why ``item`` is slow: what it or a fixture of its closure needs, or its measured time."""
    reasons: list[str] = []
    function = getattr(item, "function", None)
    names = list(getattr(item, "fixturenames", ()))
    if function is not None:
        reasons += [f"test needs {r}" for r in _needs(function)]
        callspec = getattr(item, "callspec", None)
        if callspec is not None and "getfixturevalue" in inspect.getsource(function):
            names += [v for v in callspec.params.values() if isinstance(v, str)]  # fixtures named by parameters
    reasons += _fixture_reasons(item, names)
    node = item.nodeid.split("[")[0]
    if node in MEASURED_SLOW:
        reasons.append(f"measured {MEASURED_SLOW[node]:.1f} CPU seconds")
    return reasons


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    for item in items:
        if slow_reasons(item):
            item.add_marker(pytest.mark.slow)
