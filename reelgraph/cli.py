"""The command line: every command is one call into the library.

Library errors (:class:`ReelgraphError`) become one line on stderr and exit code 1;
usage errors exit 2.
"""

from __future__ import annotations

import json
import sys

import click
from tqdm import tqdm

from extract.nlp.aliases import AliasTable
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


@main.group()
def aliases() -> None:
    """Edit the alias table (merge, split, rename); user decisions win over the extractor."""


@aliases.command("list")
@click.option("--json", "as_json", is_flag=True, help="Print the table as JSON.")
def aliases_list(as_json: bool) -> None:
    """Show the alias table: your merges and splits, and what reelgraph learned."""
    table = AliasTable.load(load_settings().aliases)
    if as_json:
        click.echo(json.dumps({"merge": table.merged, "split": sorted(table.split), "learned": table.learned}))
        return
    click.echo(f"# {table.path}")
    for title, entries in (("merge", table.merged), ("learned", table.learned)):
        for alias, canonical in sorted(entries.items()):
            click.echo(f"{title:8} {alias} -> {canonical}")
    for name in sorted(table.split):
        click.echo(f"split    {name}")


@aliases.command("merge")
@click.argument("name")
@click.argument("canonical")
def aliases_merge(name: str, canonical: str) -> None:
    """Treat NAME as CANONICAL from now on (e.g. "Philip Dick" "Philip K. Dick")."""
    table = AliasTable.load(load_settings().aliases)
    table.merge(name, canonical)
    table.save()
    click.echo(f"merged: {name} -> {canonical}")


@aliases.command("rename")
@click.argument("old")
@click.argument("new")
def aliases_rename(old: str, new: str) -> None:
    """Show the entity OLD under the name NEW."""
    table = AliasTable.load(load_settings().aliases)
    for alias, canonical in list(table.merged.items()):
        if canonical == old:
            table.merged[alias] = new
    table.merge(old, new)
    table.save()
    click.echo(f"renamed: {old} -> {new}")


@aliases.command("split")
@click.argument("name")
def aliases_split(name: str) -> None:
    """Never merge NAME with anything automatically (e.g. "Phoenix" on a page about the city)."""
    table = AliasTable.load(load_settings().aliases)
    table.split_name(name)
    table.save()
    click.echo(f"split: {name}")
