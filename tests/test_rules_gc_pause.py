"""The garbage collector is held off while the rules run and always resumes (extract.nlp.extractor)."""

from __future__ import annotations

import gc

import pytest

from extract.nlp.resolve import collection_paused


def test_collector_paused_inside_and_resumed_after() -> None:
    assert gc.isenabled()
    with collection_paused():
        assert not gc.isenabled()
    assert gc.isenabled()


def test_collector_resumes_after_an_error() -> None:
    with pytest.raises(ValueError), collection_paused():
        raise ValueError("boom")
    assert gc.isenabled()


def test_a_disabled_collector_stays_disabled() -> None:
    gc.disable()
    try:
        with collection_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()
    finally:
        gc.enable()
