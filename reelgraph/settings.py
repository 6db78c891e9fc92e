"""Settings: defaults in code, overridden by a TOML file, then by environment variables.

The TOML file is ``reelgraph.toml`` in the working directory (or the path in
``REELGRAPH_CONFIG``, which must exist); every key is optional, and a misspelt key or a
value of the wrong type is an error (``E121``, ``E122``)::

    store = ".reelgraph"          # the embedded store's directory
    cache = "~/.cache/reelgraph"  # compiled gazetteer
    batch_size = 500              # rows per Neo4j write
    [neo4j]
    uri = "bolt://localhost:7687"
    user = "neo4j"
    database = "neo4j"

Environment: ``REELGRAPH_STORE``, ``REELGRAPH_CACHE``, ``NEO4J_URI``, ``NEO4J_USERNAME``,
``NEO4J_DATABASE``, and ``NEO4J_PASSWORD`` (the password is read only from the environment).
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from base.errors import SettingsError

_TOP = {"store": "a path (text)", "cache": "a path (text)", "batch_size": "a whole number of at least 1"}
_NEO4J = {"uri": "text", "user": "text", "database": "text"}
_PATHS = {"store", "cache"}  # fields given as paths: "~" is expanded
# environment variable -> the field it sets
_ENVIRONMENT = {
    "REELGRAPH_STORE": "store",
    "REELGRAPH_CACHE": "cache",
    "NEO4J_URI": "neo4j_uri",
    "NEO4J_USERNAME": "neo4j_user",
    "NEO4J_DATABASE": "neo4j_database",
}


@dataclass(frozen=True, slots=True)
class Settings:
    store: Path = Path(".reelgraph")
    cache: Path = field(default_factory=lambda: Path("~/.cache/reelgraph").expanduser())
    batch_size: int = 500
    neo4j_uri: str = "bolt://localhost:7687"
    neo4j_user: str = "neo4j"
    neo4j_database: str = "neo4j"

    @property
    def aliases(self) -> Path:
        """The alias table lives with the store it shapes."""
        return self.store / "aliases.toml"


def _checked(path: Path, data: dict[str, Any]) -> dict[str, Any]:
    """The file's values, each of the right type; unknown keys and wrong types raise."""
    known = [*_TOP, "neo4j"]
    for key, value in data.items():
        if key == "neo4j":
            if not isinstance(value, dict):
                raise SettingsError.bad_value(str(path), key, value, "a [neo4j] table")
            for inner, text in value.items():
                if inner not in _NEO4J:
                    raise SettingsError.unknown_key(str(path), f"neo4j.{inner}", [f"neo4j.{k}" for k in _NEO4J])
                if not isinstance(text, str):
                    raise SettingsError.bad_value(str(path), f"neo4j.{inner}", text, _NEO4J[inner])
        elif key not in _TOP:
            raise SettingsError.unknown_key(str(path), key, known)
        elif key == "batch_size":
            if isinstance(value, bool) or not isinstance(value, int) or value < 1:
                raise SettingsError.bad_value(str(path), key, value, _TOP[key])
        elif not isinstance(value, str):
            raise SettingsError.bad_value(str(path), key, value, _TOP[key])
    return data


def _from_file(settings: Settings, path: Path) -> Settings:
    try:
        data = _checked(path, tomllib.loads(path.read_text(encoding="utf-8")))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
        raise SettingsError.unreadable(str(path), str(error)) from error
    neo4j = {f"neo4j_{key}": value for key, value in data.get("neo4j", {}).items()}
    return _overridden(settings, {key: value for key, value in data.items() if key in _TOP} | neo4j)


def _overridden(settings: Settings, values: dict[str, Any]) -> Settings:
    """``settings`` with the fields named in ``values`` set (paths with "~" expanded)."""
    changes: dict[str, Any] = {key: Path(v).expanduser() if key in _PATHS else v for key, v in values.items()}
    return replace(settings, **changes)


def load_settings(environ: dict[str, str] | None = None) -> Settings:
    """Defaults, then the TOML file if present, then the environment.

    >>> load_settings({"REELGRAPH_STORE": "/tmp/s"}).store
    PosixPath('/tmp/s')
    """
    env = dict(os.environ) if environ is None else environ
    settings = Settings()
    named = env.get("REELGRAPH_CONFIG")
    config = Path(named or "reelgraph.toml").expanduser()
    if named and not config.is_file():
        raise SettingsError.missing_config(named)
    if config.is_file():
        settings = _from_file(settings, config)
    return _overridden(settings, {key: env[name] for name, key in _ENVIRONMENT.items() if name in env})
