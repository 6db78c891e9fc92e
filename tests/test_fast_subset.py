"""The rule that splits the suite (``tests/conftest.py``): a test is slow when it, or a fixture
it uses or asks for by name, needs spaCy, a Bolt server, Chromium, a local blog, workers,
Node.js or a benchmark run; ``pytest -m "not slow"`` runs the rest."""

from __future__ import annotations

from collections.abc import Callable
from types import SimpleNamespace
from typing import Any, cast

import pytest

from tests.conftest import slow_reasons

Defs = dict[str, tuple[Callable[..., Any], tuple[str, ...]]]


class _Fixtures:
    def __init__(self, defs: Defs) -> None:
        self.defs = defs

    def getfixturedefs(self, name: str, node: object) -> list[SimpleNamespace] | None:
        if name not in self.defs:
            return None
        func, argnames = self.defs[name]
        return [SimpleNamespace(func=func, argnames=argnames)]


def _item(
    function: Callable[..., Any],
    fixtures: tuple[str, ...] = (),
    defs: Defs | None = None,
    params: dict[str, object] | None = None,
) -> pytest.Item:
    item = SimpleNamespace(
        function=function,
        fixturenames=list(fixtures),
        session=SimpleNamespace(_fixturemanager=_Fixtures(defs or {})),
        nodeid=f"tests/test_x.py::{function.__name__}",
    )
    if params is not None:
        item.callspec = SimpleNamespace(params=params)
    return cast(pytest.Item, item)


def _pure() -> None:
    """Reads a page from a string."""


def _spacy_fixture() -> None:
    """Returns EntityExtractor.default()."""


def _store_fixture(extractor: object) -> None:
    """Ingests the seeds with the extractor it is given."""


def _cli_with_nlp() -> None:
    """runner.invoke(main, ["ingest", "examples"])"""


def _cli_without_nlp() -> None:
    """runner.invoke(main, ["extract", "--no-nlp", "a.txt"])"""


def _by_name(request: Any, corpus: str) -> None:
    """request.getfixturevalue(corpus)"""


def _server_and_browser() -> None:
    """with BoltServer(root) as server, browser() as chrome: ..."""


def test_a_test_that_needs_nothing_slow_is_fast() -> None:
    assert slow_reasons(_item(_pure)) == []


def test_a_fixture_anywhere_in_the_closure_makes_a_test_slow() -> None:
    defs: Defs = {"store": (_store_fixture, ("extractor",)), "extractor": (_spacy_fixture, ())}
    assert slow_reasons(_item(_pure, ("store", "extractor"), defs)) == ["fixture 'extractor' needs spaCy"]
    assert slow_reasons(_item(_pure, ("store",), defs)) == ["fixture 'extractor' needs spaCy"]  # found through store


def test_the_cli_runs_spacy_unless_told_not_to() -> None:
    assert slow_reasons(_item(_cli_with_nlp)) == ["test needs spaCy"]
    assert slow_reasons(_item(_cli_without_nlp)) == []


def test_a_fixture_asked_for_by_name_counts() -> None:
    defs: Defs = {"seeds": (_store_fixture, ("extractor",)), "extractor": (_spacy_fixture, ())}
    slow = _item(_by_name, ("request",), defs, params={"corpus": "seeds"})
    assert slow_reasons(slow) == ["fixture 'extractor' needs spaCy"]
    assert slow_reasons(_item(_by_name, ("request",), defs, params={"corpus": "nothing"})) == []


def test_every_resource_is_named() -> None:
    assert slow_reasons(_item(_server_and_browser)) == ["test needs a Bolt server", "test needs Chromium"]


def test_this_module_is_in_the_fast_subset(request: pytest.FixtureRequest) -> None:
    assert slow_reasons(request.node) == []
    assert request.node.get_closest_marker("slow") is None


def test_a_test_measured_slow_is_slow_whatever_it_needs() -> None:
    item = _item(_pure)
    cast(SimpleNamespace, item).nodeid = "tests/test_bad_input.py::test_reply_chain_5000_deep_in_text"
    assert slow_reasons(item) == ["measured 6.0 CPU seconds"]
