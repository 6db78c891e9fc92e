"""The garbage collector is held off while the rules run and always resumes (extract.nlp.extractor)."""

from __future__ import annotations

import gc

import pytest

from extract.nlp.extractor import rules_running


def test_collector_paused_inside_and_resumed_after() -> None:
    assert gc.isenabled()
    with rules_running():
        assert not gc.isenabled()
    assert gc.isenabled()


def test_collector_resumes_after_an_error() -> None:
    with pytest.raises(ValueError), rules_running():
        raise ValueError("boom")
    assert gc.isenabled()


def test_a_disabled_collector_stays_disabled() -> None:
    gc.disable()
    try:
        with rules_running():
            assert not gc.isenabled()
        assert not gc.isenabled()
    finally:
        gc.enable()
