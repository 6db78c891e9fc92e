"""The command line: every command parses its options, makes one library call
(:mod:`reelgraph.api`) and prints the answer.

Only click and the settings are imported at start; each command imports what it needs, so
``reelgraph --help`` never loads spaCy, the neo4j driver, scipy or pyvis. Library errors
(:class:`ReelgraphError`) become one line on stderr and exit code 1; anything else becomes
one ``E001`` line (``REELGRAPH_DEBUG=1`` shows the traceback); usage errors exit 2.
"""

from __future__ import annotations

import json
import os
import sqlite3
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import click

from base.errors import InternalError, Neo4jSettingsError, ReelgraphError, StoreDamaged
from base.text import printable
from reelgraph import __version__
from reelgraph.settings import Settings, load_settings

if TYPE_CHECKING:
    from graph.neo4j_store import Connection
    from reelgraph.api import AliasEdit

F = TypeVar("F", bound=Callable[..., Any])
STDIN = "-"
EXPORT_FORMATS = ("ttl", "jsonld", "graphml", "csv", "neo4j-admin")


def _read_stdin() -> bytes:
    """Standard input up to one byte past the file size cap, so that an endless stream is
    refused (E131) instead of filling memory."""
    from extract.io import max_file_bytes

    return sys.stdin.buffer.read(max_file_bytes() + 1)


def _fail(error: ReelgraphError) -> None:
    click.echo(f"reelgraph: {printable(' '.join(str(error).split()))}", err=True)
    sys.exit(1)


# the top-level help lists the commands by what a user wants to do, in this order
_SECTIONS = {
    "Read pages into the store": ("extract", "ingest", "fetch", "update", "forget"),
    "Ask the graph": ("show", "recommend", "path", "influence", "viz", "queries", "query"),
    "Names": ("aliases",),
    "The store, Neo4j and exports": ("stats", "check", "compact", "export", "load", "bolt-server"),
    "Score the readers and the extractor": ("evaluate-pages", "evaluate-entities"),
}


class _Commands(click.Group):
    """Every failure is one line on stderr with its code, and exit code 1."""

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        """The commands under the headings of ``_SECTIONS`` (any other under "Other commands")."""
        names = self.list_commands(ctx)
        if not set(names) & {name for section in _SECTIONS.values() for name in section}:
            super().format_commands(ctx, formatter)  # a sub-group (aliases): one plain list
            return
        listed = {name for section in _SECTIONS.values() for name in section}
        sections = [*_SECTIONS.items(), ("Other commands", tuple(n for n in names if n not in listed))]
        for title, members in sections:
            width = formatter.width - 6 - max((len(name) for name in members), default=0)
            rows = [
                (name, command.get_short_help_str(width))
                for name in members
                if (command := self.get_command(ctx, name)) is not None and not command.hidden
            ]
            if rows:
                with formatter.section(title):
                    formatter.write_dl(rows)

    def invoke(self, ctx: click.Context) -> object:
        try:
            return super().invoke(ctx)
        except ReelgraphError as error:
            _fail(error)
        except (click.exceptions.Exit, click.ClickException, click.Abort, SystemExit, KeyboardInterrupt):
            raise
        except BrokenPipeError:  # the reader stopped early (`| head`): stop quietly, as `cat` would
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # nothing left to flush at exit
            sys.exit(141)  # 128 + SIGPIPE, the status of a tool the signal ended
        except sqlite3.DatabaseError as error:  # the store broke under a query: E310 with the remedy
            if os.environ.get("REELGRAPH_DEBUG"):
                raise
            _fail(StoreDamaged.corrupt(str(Path(getattr(ctx.obj, "store", ".")) / "graph.sqlite"), f"SQLite: {error}"))
        except Exception as error:
            if os.environ.get("REELGRAPH_DEBUG"):
                raise
            _fail(InternalError.of(error))
        return None


def output_options(*formats: str) -> Callable[[F], F]:
    """One shared output group: ``--text`` (or ``--table``) by default, plus ``--json`` and
    ``--csv`` where the command offers them; the choice arrives as ``fmt``."""
    helps = {
        "text": "Readable text (default).",
        "table": "Rows as an aligned table (default).",
        "json": "JSON (JSON Lines for rows and pages).",
        "csv": "CSV, one row per result.",
    }

    def decorate(command: F) -> F:
        for number, name in reversed(list(enumerate(formats))):
            command = click.option(f"--{name}", "fmt", flag_value=name, default=number == 0, help=helps[name])(command)
        return command

    return decorate


def _bar(show: bool | None, unit: str = "file") -> Callable[[Iterator[Any], int, str], Iterator[Any]]:
    """A progress bar on stderr (by default only on a terminal) that also shows pages/s and
    the note it is given (the worker count)."""
    from tqdm import tqdm

    def wrap(items: Iterator[Any], total: int, note: str = "") -> Iterator[Any]:
        started, pages = time.perf_counter(), 0
        with tqdm(
            total=total, unit=unit, disable=not (sys.stderr.isatty() if show is None else show), file=sys.stderr
        ) as bar:
            for item in items:
                pages += len(getattr(item, "pages", ()))
                rate = pages / max(time.perf_counter() - started, 1e-9)
                bar.set_postfix_str(f"{rate:.1f} pages/s" + (f", {note}" if note else ""), refresh=False)
                bar.update()
                yield item

    return wrap


@click.group(cls=_Commands, context_settings={"help_option_names": ["-h", "--help"]})
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
        _fail(error)
    ctx.obj = replace(settings, store=store) if store else settings


def run(args: list[str] | None = None) -> None:
    """The ``reelgraph`` console script."""
    main(args)


# --- reading and storing pages -------------------------------------------------------------


@main.command()
@click.argument("paths", nargs=-1, required=True)
@output_options("text", "json")
@click.option("--nlp/--no-nlp", default=True, help="Find entities, relations and stance (default) or only read.")
@click.option("--progress/--no-progress", default=None, help="Progress bar on stderr (default: on a terminal).")
@click.pass_obj
def extract(settings: Settings, paths: tuple[str, ...], fmt: str, nlp: bool, progress: bool | None) -> None:
    """Read blog pages (files, directories, or - for stdin) and print what they hold; writes nothing."""
    from reelgraph import api
    from reelgraph.render import page_summary

    stdin = _read_stdin() if STDIN in paths else None
    failures = pages = files = 0
    for error, found in api.extract(settings, paths, stdin, nlp, _bar(progress)):
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


@main.command()
@click.argument("paths", nargs=-1)
@output_options("text", "json")
@click.option("--nlp/--no-nlp", default=True, help="Extract entities and relations (default) or only the threads.")
@click.option("--progress/--no-progress", default=None, help="Progress bar on stderr (default: on a terminal).")
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
    stdin = _read_stdin() if STDIN in paths else None
    shown = sys.stderr.isatty() if progress is None else progress
    note = (lambda text: click.echo(f"reelgraph: {text}", err=True)) if shown else None
    summary = api.ingest(settings, paths, stdin, nlp, workers, scheduler, _bar(progress), from_cache, note)
    for failure in summary.failures:
        click.echo(f"reelgraph: {printable(' '.join(failure.split()))}", err=True)
    click.echo(json.dumps(summary.to_json()) if fmt == "json" else render_ingest(summary))
    if summary.failures:
        sys.exit(1)


@main.command()
@output_options("text", "json")
@click.pass_obj
def stats(settings: Settings, fmt: str) -> None:
    """Count the store's pages, nodes by label and edges by type."""
    from reelgraph import api
    from reelgraph.render import render_stats

    counts = api.stats(settings)
    click.echo(json.dumps(counts) if fmt == "json" else render_stats(counts))


@main.command()
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


@main.command()
@click.argument("name")
@output_options("text", "json")
@click.option(
    "--evidence", type=click.IntRange(min=0), default=3, show_default=True, help="Evidence lines shown per edge."
)
@click.pass_obj
def show(settings: Settings, name: str, fmt: str, evidence: int) -> None:
    """Show an entity (film, person, post...) with its edges and the evidence for each."""
    from reelgraph import api
    from reelgraph.render import render_entities

    found = api.show(settings, name)
    click.echo(json.dumps(found, ensure_ascii=False) if fmt == "json" else render_entities(found, evidence))


@main.command()
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


@main.command()
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


_FORMAT_OF_SUFFIX = {".ttl": "ttl", ".jsonld": "jsonld", ".graphml": "graphml"}


@main.command()
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


# --- answers -------------------------------------------------------------------------------


@main.command()
@click.argument("film")
@click.option(
    "--limit", type=click.IntRange(min=1), default=5, show_default=True, help="How many works to list (1 or more)."
)
@click.option(
    "--kind", type=click.Choice(["film", "any"]), default="film", show_default=True, help="Films only, or any work."
)
@click.option("--why", is_flag=True, help="Show the evidence behind each recommendation.")
@output_options("text", "json", "csv")
@click.option("--viz", "viz_path", type=click.Path(path_type=Path), default=None, help="Also draw the answer as HTML.")
@click.pass_obj
def recommend(settings: Settings, film: str, limit: int, kind: str, why: bool, fmt: str, viz_path: Path | None) -> None:
    """Works like FILM ("Her" or "Her (2013)"), ranked, each with a one-line reason."""
    from reelgraph import api
    from reelgraph.render import render_recommendations, render_rows

    answer = api.recommend(settings, film, limit, kind, viz_path)
    if viz_path is not None:
        click.echo(f"wrote {viz_path} (open it in a browser; it works offline)", err=True)
    if fmt == "json":
        payload = {"film": answer.film.display(), "recommendations": [r.to_json() for r in answer.results]}
        click.echo(json.dumps(payload, ensure_ascii=False))
    elif fmt == "csv":
        click.echo(render_rows([{"rank": n, **r.to_json()} for n, r in enumerate(answer.results, 1)], "csv"))
    else:
        click.echo(render_recommendations(answer.film, answer.results, why))


@click.command(context_settings={"help_option_names": ["-h", "--help"]})
@click.argument("film")
@click.option("--store", type=click.Path(path_type=Path), default=None, help="Store directory (as for reelgraph).")
@click.option(
    "--limit", type=click.IntRange(min=1), default=5, show_default=True, help="How many works to list (1 or more)."
)
@click.option(
    "--kind", type=click.Choice(["film", "any"]), default="film", show_default=True, help="Films only, or any work."
)
@click.option("--why", is_flag=True, help="Show the evidence behind each recommendation.")
@output_options("text", "json", "csv")
@click.option("--viz", "viz_path", type=click.Path(path_type=Path), default=None, help="Also draw the answer as HTML.")
@click.version_option(__version__, prog_name="recommend")
@click.pass_context
def recommend_command(ctx: click.Context, /, store: Path | None, **options: Any) -> None:
    """Works like FILM ("Her" or "Her (2013)"), ranked, each with a one-line reason: `reelgraph
    recommend` as its own command (--store may come anywhere)."""
    try:
        settings = load_settings()
        ctx.obj = replace(settings, store=store) if store else settings
        ctx.invoke(recommend, **options)
    except ReelgraphError as error:
        _fail(error)
    except Exception as error:
        if os.environ.get("REELGRAPH_DEBUG"):
            raise
        _fail(InternalError.of(error))


def recommend_main(args: list[str] | None = None) -> None:
    """The ``recommend`` console script."""
    recommend_command(args)


@main.command()
@click.option(
    "--top", type=click.IntRange(min=1), default=10, show_default=True, help="How many people to list (1 or more)."
)
@output_options("text", "json", "csv")
@click.pass_obj
def influence(settings: Settings, top: int, fmt: str) -> None:
    """Rank critics and commenters by influence: replies, pingbacks and citations they draw."""
    from reelgraph import api
    from reelgraph.render import render_influence, render_rows

    ranked = api.influence(settings, top)
    if fmt == "json":
        click.echo(json.dumps([r.to_json() for r in ranked], ensure_ascii=False))
    elif fmt == "csv":
        click.echo(render_rows([{"rank": n, **r.to_json()} for n, r in enumerate(ranked, 1)], "csv"))
    else:
        click.echo(render_influence(ranked))


@main.command()
@click.argument("start")
@click.argument("end")
@click.option(
    "--limit", type=click.IntRange(min=1), default=3, show_default=True, help="How many paths to show (1 or more)."
)
@output_options("text", "json", "csv")
@click.option("--viz", "viz_path", type=click.Path(path_type=Path), default=None, help="Also draw the paths as HTML.")
@click.pass_obj
def path(settings: Settings, start: str, end: str, limit: int, fmt: str, viz_path: Path | None) -> None:
    """The best paths between two people, two works, or a person and a work, hop by hop."""
    from reelgraph import api
    from reelgraph.render import render_paths, render_rows

    paths = api.paths(settings, start, end, limit, viz_path)
    if viz_path is not None:
        click.echo(f"wrote {viz_path} (open it in a browser; it works offline)", err=True)
    if fmt == "json":
        click.echo(json.dumps([[hop.to_json() for hop in p] for p in paths], ensure_ascii=False))
    elif fmt == "csv":
        rows = [{"path": n, "hop": h, **hop.to_json()} for n, p in enumerate(paths, 1) for h, hop in enumerate(p, 1)]
        click.echo(render_rows(rows, "csv"))
    else:
        click.echo(render_paths(paths))


@main.command()
@click.argument("focus", required=False)
@click.option(
    "--depth",
    type=click.IntRange(min=1),
    default=2,
    show_default=True,
    help="Steps around FOCUS to include (1 or more).",
)
@click.option("--kinds", default=None, help="Comma-separated kinds to keep, any case, e.g. film,person,post.")
@click.option(
    "-o",
    "--output",
    type=click.Path(path_type=Path),
    default=Path("graph.html"),
    show_default=True,
    help="The HTML file to write.",
)
@output_options("text", "json")
@click.pass_obj
def viz(settings: Settings, focus: str | None, depth: int, kinds: str | None, output: Path, fmt: str) -> None:
    """Draw the graph (or FOCUS and its neighbourhood) as a self-contained interactive page."""
    from reelgraph import api

    graph = api.draw(settings, focus, depth, kinds, output)
    if fmt == "json":
        click.echo(
            json.dumps({"output": str(output), "nodes": graph.number_of_nodes(), "edges": graph.number_of_edges()})
        )
        return
    click.echo(f"wrote {output} (open it in a browser; it works offline)", err=True)
    click.echo(f"{graph.number_of_nodes()} nodes, {graph.number_of_edges()} edges")


# --- the alias table -----------------------------------------------------------------------


@main.group(cls=_Commands)
def aliases() -> None:
    """Edit the alias table (merge, split, rename); user decisions win over the extractor,
    and the next answer shows them."""


@aliases.command("list")
@output_options("text", "json")
@click.pass_obj
def aliases_list(settings: Settings, fmt: str) -> None:
    """Show the alias table: your merges and splits, and the names reelgraph proposes."""
    from extract.nlp.aliases import AliasTable
    from reelgraph.render import render_aliases

    table = AliasTable.load(settings.aliases)
    if fmt == "json":
        click.echo(json.dumps({"merge": table.merged, "split": sorted(table.split), "learned": table.learned}))
    else:
        click.echo(render_aliases(table))


def _echo_alias_edit(edit: AliasEdit, fmt: str) -> None:
    from reelgraph.identity import shown

    if fmt == "json":
        click.echo(json.dumps({"changed": edit.lines, "rebuilt": [shown(page) for page in edit.pages]}))
    else:
        click.echo(edit.describe())


@aliases.command("merge")
@click.argument("name")
@click.argument("canonical")
@output_options("text", "json")
@click.pass_obj
def aliases_merge(settings: Settings, name: str, canonical: str, fmt: str) -> None:
    """Treat NAME as CANONICAL from now on (e.g. "Philip Dick" "Philip K. Dick")."""
    from reelgraph import api

    _echo_alias_edit(api.edit_aliases(settings, "merge", name, canonical), fmt)


@aliases.command("rename")
@click.argument("old")
@click.argument("new")
@output_options("text", "json")
@click.pass_obj
def aliases_rename(settings: Settings, old: str, new: str, fmt: str) -> None:
    """Show the entity OLD under the name NEW (names merged into OLD follow it)."""
    from reelgraph import api

    _echo_alias_edit(api.edit_aliases(settings, "rename", old, new), fmt)


@aliases.command("split")
@click.argument("name")
@output_options("text", "json")
@click.pass_obj
def aliases_split(settings: Settings, name: str, fmt: str) -> None:
    """Never merge NAME with anything automatically (e.g. "Phoenix" on a page about the city)."""
    from reelgraph import api

    _echo_alias_edit(api.edit_aliases(settings, "split", name), fmt)


# --- Neo4j ---------------------------------------------------------------------------------


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


@main.command()
@_neo4j_options
@click.option(
    "--batch-size",
    type=click.IntRange(min=1),
    default=None,
    help="Rows per write (default: 500, or batch_size in settings).",
)
@click.option("--progress/--no-progress", default=None, help="Progress bar on stderr (default: on a terminal).")
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
    show_bar = sys.stderr.isatty() if progress is None else progress
    with tqdm(total=api.load_size(settings), unit="row", disable=not show_bar, file=sys.stderr) as bar:
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


@main.command()
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


@main.command("queries")
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


@main.command("bolt-server")
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on (loopback by default).")
@click.option(
    "--port", type=click.IntRange(min=1, max=65535), default=7687, show_default=True, help="Bolt port (1-65535)."
)
@click.option("--database", default=None, help="Database to create and serve (default: NEO4J_DATABASE or neo4j).")
@click.pass_obj
def bolt_server(settings: Settings, host: str, port: int, database: str | None) -> None:
    """Run a local Bolt server (ArcadeDB) for `load` and `query`, data under the store; Ctrl-C stops it."""
    from graph.bolt_server import serve

    serve(settings.store / "bolt-server", host, port, database or settings.neo4j_database, click.echo)


@main.command("evaluate-pages")
@click.argument("folder", type=click.Path(exists=True, file_okay=False, path_type=Path))
@output_options("text", "json")
def evaluate_pages(folder: Path, fmt: str) -> None:
    """Score the page readers on FOLDER: pages with NAME.gold.json beside each (per page, per split)."""
    from extract.evaluate import evaluate_folder, render

    evaluation = evaluate_folder(folder)
    click.echo(json.dumps(evaluation.to_json(), ensure_ascii=False, indent=1) if fmt == "json" else render(evaluation))


@main.command("evaluate-entities")
@click.option(
    "--set",
    "sets",
    type=click.Choice(("seeds", "examples", "tune", "frozen")),
    multiple=True,
    help="A gold set to score (repeatable; default: all four).",
)
@click.option("--shared", type=click.Path(path_type=Path), default=Path("../shared"), help="The shared folder (seeds).")
@output_options("text", "json")
@click.option("--totals", is_flag=True, help="Print only the totals per set.")
def evaluate_entities(sets: tuple[str, ...], shared: Path, fmt: str, totals: bool) -> None:
    """Score the entity extractor on the gold sets (run from the checkout): per page and totals."""
    from extract.nlp import evaluate
    from extract.nlp.extractor import EntityExtractor

    results = evaluate.evaluate_sets(sets or evaluate.SETS, EntityExtractor.default(), Path.cwd(), shared)
    click.echo(
        json.dumps(evaluate.to_json(results), ensure_ascii=False, indent=1)
        if fmt == "json"
        else evaluate.render(results, not totals)
    )


# --- following blogs on the web ------------------------------------------------------------


_FETCH_OPTIONS: dict[str, dict[str, Any]] = {
    "--delay": {"type": click.FloatRange(min=0), "default": 1.0, "help": "Seconds between two requests to one host."},
    "--contact": {"default": None, "help": "An e-mail or URL for the User-Agent, so site owners can reach you."},
    "--max-pages": {"type": click.IntRange(min=1), "default": 500, "help": "Posts fetched per host in one run."},
    "--max-bytes": {"type": click.IntRange(min=1024), "default": 5_000_000, "help": "Largest response read."},
    "--timeout": {"type": click.FloatRange(min=0.1), "default": 20.0, "help": "Seconds to wait for a server."},
    "--workers": {"type": click.IntRange(min=1), "default": 1, "help": "Worker processes for extraction."},
}


def _fetch_options(command: F) -> F:
    command = click.option("--nlp/--no-nlp", default=True, help="Extract entities and relations, or only threads.")(
        command
    )
    command = click.option(
        "--progress/--no-progress", default=None, help="Progress bar on stderr (default: on a terminal)."
    )(command)
    command = click.option("--allow-private", is_flag=True, help="Also fetch private, loopback, link-local hosts.")(
        command
    )
    for name, settings in reversed(_FETCH_OPTIONS.items()):
        command = click.option(name, show_default=settings["default"] is not None, **settings)(command)
    return output_options("text", "json")(command)


def _follow(settings: Settings, urls: list[str], fmt: str, dry_run: bool, options: dict[str, Any]) -> None:
    from urllib.parse import urlsplit

    from extract.web.client import Policy
    from reelgraph.follow import follow, user_agent
    from reelgraph.render import render_follow

    policy = Policy(
        user_agent=user_agent(options["contact"]),
        delay=options["delay"],
        timeout=options["timeout"],
        max_bytes=options["max_bytes"],
        allow_private=options["allow_private"],
    )
    from tqdm import tqdm

    show = sys.stderr.isatty() if options["progress"] is None else options["progress"]
    with tqdm(unit="post", disable=not show, file=sys.stderr) as bar:

        def fetched(url: str) -> None:
            bar.set_postfix_str(urlsplit(url).netloc, refresh=False)
            bar.update()

        report = follow(
            settings, urls, policy, options["max_pages"], dry_run, options["nlp"], options["workers"], fetched
        )
    for refusal in report.crawl.refused:
        click.echo(f"reelgraph: {printable(refusal)}", err=True)
    click.echo(json.dumps(report.to_json()) if fmt == "json" else render_follow(report))
    if report.failed(asked_for_urls=bool(urls)):
        sys.exit(1)


@main.command()
@click.argument("urls", nargs=-1, required=True)
@click.option("--dry-run", is_flag=True, help="List the posts that would be fetched; fetch only feeds and sitemaps.")
@_fetch_options
@click.pass_obj
def fetch(settings: Settings, /, urls: tuple[str, ...], fmt: str, dry_run: bool, **options: Any) -> None:
    """Follow blogs: from a home page, a post, a feed or a sitemap, fetch the posts and their
    comment threads politely (robots.txt, a delay per host) into the store."""
    _follow(settings, list(urls), fmt, dry_run, options)


@main.command()
@_fetch_options
@click.pass_obj
def update(settings: Settings, /, fmt: str, **options: Any) -> None:
    """Fetch only what changed on every followed blog (new posts, new comments) and ingest it."""
    _follow(settings, [], fmt, False, options)


if __name__ == "__main__":
    run()
