"""Settings: every key of reelgraph.toml and every environment variable reaches its field,
the environment wins over the file, and "~" in a path is expanded."""

from __future__ import annotations

from pathlib import Path

import pytest

from reelgraph.settings import Settings, load_settings


def _file(tmp_path: Path) -> Path:
    config = tmp_path / "reelgraph.toml"
    config.write_text(
        'store = "~/films"\ncache = "c"\nbatch_size = 20\n'
        '[neo4j]\nuri = "bolt://f:1"\nuser = "file-user"\ndatabase = "filedb"\n',
        encoding="utf-8",
    )
    return config


def test_every_file_key_sets_its_field(tmp_path: Path) -> None:
    settings = load_settings({"REELGRAPH_CONFIG": str(_file(tmp_path))})
    assert settings == Settings(
        store=Path.home() / "films",
        cache=Path("c"),
        batch_size=20,
        neo4j_uri="bolt://f:1",
        neo4j_user="file-user",
        neo4j_database="filedb",
    )


def test_the_environment_wins_over_the_file(tmp_path: Path) -> None:
    environment = {
        "REELGRAPH_CONFIG": str(_file(tmp_path)),
        "REELGRAPH_STORE": "~/env-store",
        "REELGRAPH_CACHE": "/env/cache",
        "NEO4J_URI": "bolt://e:2",
        "NEO4J_USERNAME": "env-user",
        "NEO4J_DATABASE": "envdb",
    }
    assert load_settings(environment) == Settings(
        store=Path.home() / "env-store",
        cache=Path("/env/cache"),
        batch_size=20,  # the environment has no batch size: the file's stays
        neo4j_uri="bolt://e:2",
        neo4j_user="env-user",
        neo4j_database="envdb",
    )


def test_without_file_or_environment_the_defaults_stand(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)  # no reelgraph.toml here
    assert load_settings({}) == Settings()
