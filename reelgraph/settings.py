"""Settings: defaults in code, overridden by a TOML file, then by environment variables.

The TOML file is ``reelgraph.toml`` in the working directory (or the path in
``REELGRAPH_CONFIG``); every key is optional::

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

from base.errors import ReelgraphError


class SettingsError(ReelgraphError):
    code = "E120"


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


def _from_file(settings: Settings, path: Path) -> Settings:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as error:
        raise SettingsError(f"{path}: cannot read the settings file ({error}).") from error
    neo4j = data.get("neo4j", {})
    return replace(
        settings,
        store=Path(data.get("store", settings.store)).expanduser(),
        cache=Path(data.get("cache", settings.cache)).expanduser(),
        batch_size=int(data.get("batch_size", settings.batch_size)),
        neo4j_uri=str(neo4j.get("uri", settings.neo4j_uri)),
        neo4j_user=str(neo4j.get("user", settings.neo4j_user)),
        neo4j_database=str(neo4j.get("database", settings.neo4j_database)),
    )


def load_settings(environ: dict[str, str] | None = None) -> Settings:
    """Defaults, then the TOML file if present, then the environment.

    >>> load_settings({"REELGRAPH_STORE": "/tmp/s"}).store
    PosixPath('/tmp/s')
    """
    env = dict(os.environ) if environ is None else environ
    settings = Settings()
    config = Path(env.get("REELGRAPH_CONFIG", "reelgraph.toml"))
    if config.is_file():
        settings = _from_file(settings, config)
    return replace(
        settings,
        store=Path(env.get("REELGRAPH_STORE", settings.store)).expanduser(),
        cache=Path(env.get("REELGRAPH_CACHE", settings.cache)).expanduser(),
        neo4j_uri=env.get("NEO4J_URI", settings.neo4j_uri),
        neo4j_user=env.get("NEO4J_USERNAME", settings.neo4j_user),
        neo4j_database=env.get("NEO4J_DATABASE", settings.neo4j_database),
    )
