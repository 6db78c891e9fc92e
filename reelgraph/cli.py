"""The command line: every command parses its options, makes one library call
(:mod:`reelgraph.api`) and prints the answer.

The commands live in :mod:`reelgraph.commands`, one module per kind of work; this module is
the ``reelgraph`` group that gathers them, and the console scripts. Only click and the
settings are imported at start; each command imports what it needs, so ``reelgraph --help``
never loads spaCy, the neo4j driver, scipy or pyvis. Library errors (:class:`ReelgraphError`)
become one line on stderr and exit code 1; anything else becomes one ``E001`` line
(``REELGRAPH_DEBUG=1`` shows the traceback); usage errors exit 2.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import click

from base.errors import ReelgraphError
from reelgraph import __version__
from reelgraph.commands import aliases, answers, follow, neo4j, pages, scoring, store
from reelgraph.commands.answers import recommend_command, recommend_main
from reelgraph.commands.common import Commands, fail, output_options
from reelgraph.settings import load_settings

__all__ = ["main", "output_options", "recommend_command", "recommend_main", "run"]

# the top-level help lists the commands by what a user wants to do, in this order
_SECTIONS = {
    "Read pages into the store": ("extract", "ingest", "fetch", "update", "forget"),
    "Ask the graph": ("show", "recommend", "path", "influence", "viz", "queries", "query"),
    "Names": ("aliases",),
    "The store, Neo4j and exports": ("stats", "check", "compact", "export", "load", "bolt-server"),
    "Score the readers and the extractor": ("evaluate-pages", "evaluate-entities"),
}

_COMMANDS: list[click.Command] = [
    pages.extract,
    pages.ingest,
    follow.fetch,
    follow.update,
    pages.forget,
    answers.show,
    answers.recommend,
    answers.path,
    answers.influence,
    answers.viz,
    neo4j.list_queries,
    neo4j.query,
    aliases.aliases,
    store.stats,
    store.check,
    store.compact,
    store.export,
    neo4j.load,
    neo4j.bolt_server,
    scoring.evaluate_pages,
    scoring.evaluate_entities,
]


@click.group(cls=Commands, sections=_SECTIONS, context_settings={"help_option_names": ["-h", "--help"]})
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


for _command in _COMMANDS:
    main.add_command(_command)


def run(args: list[str] | None = None) -> None:
    """The ``reelgraph`` console script."""
    main(args)


if __name__ == "__main__":
    run()
