"""The store itself: ``stats``, ``check``, ``compact`` and ``export``."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from base.text import printable
from reelgraph.commands.common import output_options
from reelgraph.settings import Settings

EXPORT_FORMATS = ("ttl", "jsonld", "graphml", "csv", "neo4j-admin")
_FORMAT_OF_SUFFIX = {".ttl": "ttl", ".jsonld": "jsonld", ".graphml": "graphml"}


@click.command()
@output_options("text", "json")
@click.pass_obj
def stats(settings: Settings, fmt: str) -> None:
    """Count the store's pages, nodes by label and edges by type."""
    from reelgraph import api
    from reelgraph.render import render_stats

    counts = api.stats(settings)
    click.echo(json.dumps(counts) if fmt == "json" else render_stats(counts))


@click.command()
@output_options("text", "json")
@click.pass_obj
def check(settings: Settings, fmt: str) -> None:
    """Check the store file is whole: SQLite's integrity check, its checksum, JSON and labels."""
    from graph.integrity import check_store

    report = check_store(settings.store)
    if fmt == "json":
        found = {"store": report.path, "ok": report.ok, "sealed": report.sealed, "errors": report.errors}
        click.echo(json.dumps(found))
    else:
        for error in report.errors:
            click.echo(f"reelgraph: {printable(error)}", err=True)
        seal = {True: "checksum matches", False: "checksum differs", None: "no checksum yet"}[report.sealed]
        click.echo(f"{report.path}: {'ok' if report.ok else 'DAMAGED'} (integrity_check, JSON, labels; {seal})")
    if not report.ok:
        sys.exit(1)


@click.command()
@output_options("text", "json")
@click.pass_obj
def compact(settings: Settings, fmt: str) -> None:
    """Shrink the store file: drop sentences nothing cites any more and VACUUM (after forgets
    and re-ingests)."""
    from reelgraph import api

    sizes = api.compact(settings)
    if fmt == "json":
        click.echo(
            json.dumps({"store": str(settings.store), "bytes_before": sizes["before"], "bytes_after": sizes["after"]})
        )
    else:
        click.echo(f"{settings.store}: {sizes['before']:,} -> {sizes['after']:,} bytes")


@click.command()
@click.option(
    "--format",
    "export_format",
    type=click.Choice(EXPORT_FORMATS),
    default=None,
    help="Output format (default: from the file's suffix, .ttl, .jsonld or .graphml).",
)
@click.option("-o", "--output", type=click.Path(path_type=Path), required=True, help="File (or folder for CSV).")
@output_options("text", "json")
@click.pass_obj
def export(settings: Settings, export_format: str | None, output: Path, fmt: str) -> None:
    """Export the store: Turtle, JSON-LD, GraphML, CSV, or neo4j-admin bulk-import CSV."""
    from reelgraph import api

    export_format = export_format or _FORMAT_OF_SUFFIX.get(output.suffix.lower())
    if export_format is None:
        raise click.UsageError(
            f"--format is needed: {output.name!r} does not end in .ttl, .jsonld or .graphml. "
            f"Choose one of {', '.join(EXPORT_FORMATS)}."
        )
    written = api.export(settings, export_format, output)
    if fmt == "json":
        click.echo(json.dumps({"format": export_format, "written": [str(p) for p in written]}))
    else:
        click.echo("wrote " + ", ".join(str(p) for p in written))
