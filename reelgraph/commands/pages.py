"""Reading pages into the store: ``extract`` (read and print, write nothing), ``ingest``
and ``forget``."""

from __future__ import annotations

import json
import sys

import click

from base.text import printable
from reelgraph.commands.common import STDIN, bar_shown, output_options, progress_bar, progress_option, read_stdin
from reelgraph.settings import Settings


@click.command()
@click.argument("paths", nargs=-1, required=True)
@output_options("text", "json")
@click.option("--nlp/--no-nlp", default=True, help="Find entities, relations and stance (default) or only read.")
@progress_option
@click.pass_obj
def extract(settings: Settings, paths: tuple[str, ...], fmt: str, nlp: bool, progress: bool | None) -> None:
    """Read blog pages (files, directories, or - for stdin) and print what they hold; writes nothing."""
    from reelgraph import api
    from reelgraph.render import page_summary

    stdin = read_stdin() if STDIN in paths else None
    failures = pages = files = 0
    for error, found in api.extract(settings, paths, stdin, nlp, progress_bar(progress)):
        files += 1
        if error is not None:
            failures += 1
            click.echo(f"reelgraph: {printable(str(error))}", err=True)
        noted = (w for page, entities in found for w in (*page.warnings, *(entities.notes if entities else ())))
        for warning in dict.fromkeys(noted):  # W1xx: read, worked around; W16x: extraction left out
            click.echo(f"reelgraph: {printable(warning)}", err=True)
        for page, entities in found:
            pages += 1
            if fmt == "json":
                record = page.to_json() | (entities.to_json() if entities else {})
                click.echo(json.dumps(record, ensure_ascii=False))
            else:
                click.echo(("\n" if pages > 1 else "") + page_summary(page, entities))
    click.echo(f"read {pages} page(s) from {files} file(s); {failures} failed", err=True)
    if failures:
        sys.exit(1)


@click.command()
@click.argument("paths", nargs=-1)
@output_options("text", "json")
@click.option("--nlp/--no-nlp", default=True, help="Extract entities and relations (default) or only the threads.")
@progress_option
@click.option(
    "--workers",
    type=click.IntRange(min=1),
    default=None,
    help="Worker processes for entity extraction (default: this machine's cores, one per 8 files).",
)
@click.option(
    "--scheduler",
    envvar="DASK_SCHEDULER_ADDRESS",
    default=None,
    help="Run extraction on a Dask cluster: the scheduler's address, e.g. tcp://HOST:8786.",
)
@click.option("--from-cache", is_flag=True, help="Re-read the pages `reelgraph fetch` kept under the store.")
@click.pass_obj
def ingest(
    settings: Settings,
    paths: tuple[str, ...],
    fmt: str,
    nlp: bool,
    progress: bool | None,
    workers: int | None,
    scheduler: str | None,
    from_cache: bool,
) -> None:
    """Read pages into the store: new and changed pages are added, unchanged ones skipped.
    With --from-cache, re-read every page `reelgraph fetch` kept (no PATHS, no fetching)."""
    from reelgraph import api
    from reelgraph.render import render_ingest

    if bool(paths) == from_cache:
        raise click.UsageError("give PATHS to read, or --from-cache to re-read fetched pages (not both).")
    stdin = read_stdin() if STDIN in paths else None
    note = (lambda text: click.echo(f"reelgraph: {text}", err=True)) if bar_shown(progress) else None
    summary = api.ingest(settings, paths, stdin, nlp, workers, scheduler, progress_bar(progress), from_cache, note)
    for failure in summary.failures:
        click.echo(f"reelgraph: {printable(' '.join(failure.split()))}", err=True)
    click.echo(json.dumps(summary.to_json()) if fmt == "json" else render_ingest(summary))
    if summary.failures:
        sys.exit(1)


@click.command()
@click.argument("source")
@output_options("text", "json")
@click.pass_obj
def forget(settings: Settings, source: str, fmt: str) -> None:
    """Remove everything one page (or every post of a WordPress export) contributed; SOURCE is
    the file in any spelling, or the page's canonical URL."""
    from reelgraph import api
    from reelgraph.identity import shown

    removed = [shown(s) for s in api.forget(settings, source)]
    if fmt == "json":
        click.echo(json.dumps({"forgot": removed}, ensure_ascii=False))
    else:
        click.echo(f"forgot {len(removed)} page(s): " + ", ".join(removed))
