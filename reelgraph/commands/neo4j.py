"""Neo4j and queries: ``load`` pushes the store to Neo4j, ``query`` runs a named query or
Cypher, ``queries`` lists the named ones, ``bolt-server`` runs a local Bolt server."""

from __future__ import annotations

import json
import os
import sys
from typing import TYPE_CHECKING

import click

from base.errors import Neo4jSettingsError
from reelgraph.commands.common import F, bar_shown, output_options, progress_option
from reelgraph.settings import Settings

if TYPE_CHECKING:
    from graph.neo4j_store import Connection


def _neo4j_options(command: F) -> F:
    for option in reversed(
        [
            click.option("--uri", default=None, help="Bolt URI (default: NEO4J_URI or bolt://localhost:7687)."),
            click.option("--user", default=None, help="User name (default: NEO4J_USERNAME or neo4j)."),
            click.option("--database", default=None, help="Database (default: NEO4J_DATABASE or neo4j)."),
        ]
    ):
        command = option(command)
    return command


def _connection(settings: Settings, uri: str | None, user: str | None, database: str | None) -> Connection:
    from graph.neo4j_store import Connection, check_uri

    address = check_uri(uri or settings.neo4j_uri)  # a Bolt address without credentials, before asking for a password
    password = os.environ.get("NEO4J_PASSWORD")
    if password is None:
        if not sys.stdin.isatty():
            raise Neo4jSettingsError.no_password()
        password = click.prompt("Neo4j password", hide_input=True)
    return Connection(address, user or settings.neo4j_user, database or settings.neo4j_database, password)


@click.command()
@_neo4j_options
@click.option(
    "--batch-size",
    type=click.IntRange(min=1),
    default=None,
    help="Rows per write (default: 500, or batch_size in settings).",
)
@progress_option
@click.option(
    "--strict", is_flag=True, help="Write nothing if any edge joins labels the schema forbids (default: skip them)."
)
@output_options("text", "json")
@click.pass_obj
def load(
    settings: Settings,
    uri: str | None,
    user: str | None,
    database: str | None,
    batch_size: int | None,
    progress: bool | None,
    strict: bool,
    fmt: str,
) -> None:
    """Push the embedded store to Neo4j (idempotent: run it again after any ingest or forget)."""
    from tqdm import tqdm

    from reelgraph import api

    connection = _connection(settings, uri, user, database)
    with tqdm(total=api.load_size(settings), unit="row", disable=not bar_shown(progress), file=sys.stderr) as bar:
        counts = api.load(settings, connection, batch_size or settings.batch_size, bar.update, strict=strict)
    if fmt == "json":
        click.echo(json.dumps({"uri": connection.uri, "database": connection.database} | counts))
        return
    if counts["skipped"]:
        click.echo(f"skipped {counts['skipped_count']} edge(s) the schema forbids: {counts['skipped']}", err=True)
    click.echo(
        f"loaded into {connection.uri} ({connection.database}): "
        f"{counts['nodes']} nodes, {counts['edges']} relationships"
    )


@click.command()
@click.argument("name_or_cypher")
@click.option("--param", "params", multiple=True, help="A query parameter, key=value (repeatable).")
@output_options("table", "json", "csv")
@click.option("--write", "allow_write", is_flag=True, help="Allow a query that writes.")
@click.option("--embedded", is_flag=True, help="Answer a named query on the embedded store instead of Neo4j.")
@_neo4j_options
@click.pass_obj
def query(
    settings: Settings,
    name_or_cypher: str,
    params: tuple[str, ...],
    fmt: str,
    allow_write: bool,
    embedded: bool,
    uri: str | None,
    user: str | None,
    database: str | None,
) -> None:
    """Run a named query (see `reelgraph queries`) or Cypher on Neo4j; read-only unless --write."""
    from reelgraph import api
    from reelgraph.render import render_rows

    rows = api.query(
        settings,
        name_or_cypher,
        list(params),
        allow_write,
        embedded,
        lambda: _connection(settings, uri, user, database),
    )
    click.echo(render_rows(rows, fmt))


@click.command("queries")
@output_options("text", "json")
def list_queries(fmt: str) -> None:
    """List the named queries with what each answers and its parameters."""
    from queries.named import named_queries

    for named in named_queries().values():
        if fmt == "json":
            fields = {"name": named.name, "answers": named.answers, "params": named.params, "uses": named.uses}
            click.echo(json.dumps(fields, ensure_ascii=False))
        else:
            click.echo(f"{named.name}\n  {named.answers}\n  params: {named.params or '-'}\n  uses: {named.uses}\n")


@click.command("bolt-server")
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on (loopback by default).")
@click.option(
    "--port", type=click.IntRange(min=1, max=65535), default=7687, show_default=True, help="Bolt port (1-65535)."
)
@click.option("--database", default=None, help="Database to create and serve (default: NEO4J_DATABASE or neo4j).")
@output_options("text", "json")
@click.pass_obj
def bolt_server(settings: Settings, host: str, port: int, database: str | None, fmt: str) -> None:
    """Run a local Bolt server (ArcadeDB) for `load` and `query`, data under the store; Ctrl-C stops it.
    With --json: one "ready" line (uri, database, user, data, password) once it listens, one
    "stopped" line at the end."""
    from graph.bolt_server import Running, serve

    def ready(running: Running) -> None:
        if fmt == "json":
            click.echo(json.dumps(running.to_json()))
        else:
            for line in running.how_to_connect():
                click.echo(line)

    serve(settings.store / "bolt-server", host, port, database or settings.neo4j_database, ready)
    click.echo(json.dumps({"event": "stopped"}) if fmt == "json" else "Bolt server stopped.")
