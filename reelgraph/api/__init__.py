"""What each command does, as one library call per command (the CLI only parses and prints).

One module per kind of work, as in :mod:`reelgraph.commands`: ``pages`` (ingest, extract),
``store`` (stats, compact, forget, export), ``answers`` (recommend, influence, paths, show,
draw), ``neo4j`` (query, load), ``aliases`` (alias edits); every call is here as ``api.NAME``.
Heavy dependencies are imported inside the functions that need them, so a command pays
only for its own: spaCy only when extracting, the neo4j driver only for Neo4j, scipy only
for ``recommend``, pyvis only when drawing.
"""

from reelgraph.api.aliases import AliasEdit, edit_aliases, rebuild_pages
from reelgraph.api.answers import (
    MAX_PATH_STEPS,
    SHOW_LIMIT,
    RecommendAnswer,
    distinct_paths,
    draw,
    influence,
    parse_kinds,
    paths,
    recommend,
    show,
)
from reelgraph.api.neo4j import load, load_size, query
from reelgraph.api.pages import IngestSummary, Progress, extract, ingest, prepare_model
from reelgraph.api.store import compact, export, forget, open_store, stats, write_text

__all__ = [
    "MAX_PATH_STEPS",
    "SHOW_LIMIT",
    "AliasEdit",
    "IngestSummary",
    "Progress",
    "RecommendAnswer",
    "compact",
    "distinct_paths",
    "draw",
    "edit_aliases",
    "export",
    "extract",
    "forget",
    "influence",
    "ingest",
    "load",
    "load_size",
    "open_store",
    "parse_kinds",
    "paths",
    "prepare_model",
    "query",
    "rebuild_pages",
    "recommend",
    "show",
    "stats",
    "write_text",
]
