"""The command line: every command is one call into the library.

Library errors (:class:`ReelgraphError`) become one line on stderr and exit code 1;
usage errors exit 2.
"""

from __future__ import annotations

import json
import sys

import click
from tqdm import tqdm

from reelgraph import __version__
from reelgraph.errors import ReelgraphError
from reelgraph.pipeline import STDIN, build_extractor, count_files, extracted_pages, read_sources
from reelgraph.render import page_summary
from reelgraph.settings import load_settings


def _fail(message: str) -> None:
    click.echo(f"reelgraph: {message}", err=True)
    sys.exit(1)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="reelgraph")
def main() -> None:
    """reelgraph: film-review blogs and their comments as a knowledge graph."""


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--json", "as_json", is_flag=True, help="One JSON object per page (JSON Lines).")
@click.option("--nlp/--no-nlp", default=True, help="Find entities, relations and stance (default) or only read.")
@click.option("--progress/--no-progress", default=None, help="Progress bar on stderr (default: on a terminal).")
def extract(paths: tuple[str, ...], as_json: bool, nlp: bool, progress: bool | None) -> None:
    """Read blog pages (files, directories, or - for stdin) and print what they hold."""
    settings = load_settings()
    stdin = sys.stdin.buffer.read() if STDIN in paths else None
    show_bar = sys.stderr.isatty() if progress is None else progress
    extractor = build_extractor(settings) if nlp else None
    failures: list[str] = []
    pages = files = 0
    results = tqdm(
        read_sources(paths, stdin), total=count_files(paths), unit="file", disable=not show_bar, file=sys.stderr
    )
    for result, found in extracted_pages(results, extractor):
        files += 1
        if result.error is not None:
            failures.append(str(result.error))
            click.echo(f"reelgraph: {result.error}", err=True)
            continue
        for page, entities in found:
            pages += 1
            if as_json:
                record = page.to_json() | (entities.to_json() if entities else {})
                click.echo(json.dumps(record, ensure_ascii=False))
            else:
                click.echo(page_summary(page, entities) + "\n")
    if extractor is not None:
        extractor.aliases.save()
    click.echo(f"read {pages} page(s) from {files} file(s); {len(failures)} failed", err=True)
    if failures:
        sys.exit(1)


@main.command()
@click.argument("film")
def recommend(film: str) -> None:
    """Films like FILM, ranked, with reasons (needs the graph store: not built yet)."""
    _fail(
        f"E300 cannot recommend for {film!r} yet: the graph store and recommender are not "
        "built in this version. Use `reelgraph extract` to read pages."
    )


def run(args: list[str] | None = None) -> None:
    """The ``reelgraph`` console script: library errors become one line and exit 1."""
    try:
        main(args)
    except ReelgraphError as error:
        _fail(str(error))


def recommend_main() -> None:
    """The ``recommend FILM`` console script: ``reelgraph recommend FILM``."""
    run(["recommend", *sys.argv[1:]])
