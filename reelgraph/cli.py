"""The command line: every command parses its options, makes one library call
(:mod:`reelgraph.api`) and prints the answer.

The commands live in :mod:`reelgraph.commands`, one module per kind of work; this module is
the ``reelgraph`` group that names them, and the console scripts. Only click and the settings
are imported at start; a command's module when the command runs (``--help`` imports them
all), and each command imports what it needs, so ``reelgraph --help`` never loads spaCy, the
neo4j driver, scipy or pyvis. Library errors (:class:`ReelgraphError`)
become one line on stderr and exit code 1; anything else becomes one ``E001`` line
(``REELGRAPH_DEBUG=1`` shows the traceback); usage errors exit 2.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

import click

from base.errors import ReelgraphError
from reelgraph import __version__
from reelgraph.commands.common import Commands, LazyCommands, fail
from reelgraph.commands.common import output_options as output_options
from reelgraph.settings import load_settings

# the top-level help lists the commands by what a user wants to do, in this order
_SECTIONS = {
    "Read pages into the store": ("extract", "ingest", "fetch", "update", "forget"),
    "Ask the graph": ("show", "recommend", "path", "influence", "viz", "queries", "query"),
    "Names": ("aliases",),
    "The store, Neo4j and exports": ("stats", "check", "compact", "export", "load", "bolt-server"),
    "Score the readers and the extractor": ("evaluate-pages", "evaluate-entities"),
}

# where each command lives (reelgraph/commands/<module>.py), imported when it is first used
_COMMANDS = {
    "extract": "pages:extract",
    "ingest": "pages:ingest",
    "forget": "pages:forget",
    "fetch": "follow:fetch",
    "update": "follow:update",
    "show": "answers:show",
    "recommend": "answers:recommend",
    "path": "answers:path",
    "influence": "answers:influence",
    "viz": "answers:viz",
    "queries": "neo4j:list_queries",
    "query": "neo4j:query",
    "load": "neo4j:load",
    "bolt-server": "neo4j:bolt_server",
    "aliases": "aliases:aliases",
    "stats": "store:stats",
    "check": "store:check",
    "compact": "store:compact",
    "export": "store:export",
    "evaluate-pages": "scoring:evaluate_pages",
    "evaluate-entities": "scoring:evaluate_entities",
}


@click.group(
    cls=Commands,
    commands=LazyCommands({name: f"reelgraph.commands.{where}" for name, where in _COMMANDS.items()}),
    sections=_SECTIONS,
    context_settings={"help_option_names": ["-h", "--help"]},
)
@click.version_option(__version__, prog_name="reelgraph")
@click.option(
    "--store",
    type=click.Path(path_type=Path),
    default=None,
    help="Store directory (default: .reelgraph here, or REELGRAPH_STORE, or reelgraph.toml).",
)
@click.pass_context
def main(ctx: click.Context, store: Path | None) -> None:
    """reelgraph: film-review blogs and their comments as a knowledge graph."""
    try:
        settings = load_settings()
    except ReelgraphError as error:
        fail(error)
    ctx.obj = replace(settings, store=store) if store else settings


def run(args: list[str] | None = None) -> None:
    """The ``reelgraph`` console script."""
    main(args)


def __getattr__(name: str) -> Any:
    """``recommend_command`` and ``recommend_main`` (the ``recommend`` console script) live
    with the other answers in :mod:`reelgraph.commands.answers`, imported when first asked for."""
    if name in ("recommend_command", "recommend_main"):
        from reelgraph.commands import answers

        return getattr(answers, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


if __name__ == "__main__":
    run()
