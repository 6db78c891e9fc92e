"""Shared test fixtures: the seed pages and their gold live in ../shared, never in the repo."""

from __future__ import annotations

import json
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
