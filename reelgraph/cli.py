"""The command line: every command is one call into the library.

Library errors (:class:`ReelgraphError`) become one line on stderr and exit code 1;
usage errors exit 2.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import click
from tqdm import tqdm

from base.errors import ReelgraphError
from extract.nlp.aliases import AliasTable
from graph.export import FORMATS
from graph.export import export as export_store
from graph.neo4j_store import Connection, Neo4jStore, check_uri
from graph.nxgraph import to_networkx
from graph.schema import Label
from graph.store import EmbeddedStore
from queries.embedded import EMBEDDED
from queries.graphview import GraphView, NodeInfo
from queries.influence import PATH_ENDS, best_paths
from queries.influence import influence as rank_influence
from queries.named import named_queries
from queries.named import resolve as resolve_query
from queries.recommend import recommend as recommend_works
from queries.show import describe
from reelgraph import __version__
from reelgraph.pipeline import STDIN, build_extractor, count_files, extracted_pages, ingest_with_settings, read_sources
from reelgraph.render import (
    page_summary,
    render_entities,
    render_influence,
    render_paths,
    render_recommendations,
    render_rows,
    render_stats,
)
from reelgraph.settings import Settings, load_settings
from reelgraph.workers import default_workers
from viz.html import graph_page
from viz.views import neighbourhood, paths_graph, recommendation_graph


def _fail(message: str) -> None:
    click.echo(f"reelgraph: {message}", err=True)
    sys.exit(1)


class _Commands(click.Group):
    """Library errors become one line on stderr with their code, and exit code 1."""

    def invoke(self, ctx: click.Context) -> object:
        try:
            return super().invoke(ctx)
        except ReelgraphError as error:
            _fail(str(error))
            return None


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
    settings = load_settings()
    ctx.obj = replace(settings, store=store) if store else settings


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--json", "as_json", is_flag=True, help="One JSON object per page (JSON Lines).")
@click.option("--nlp/--no-nlp", default=True, help="Find entities, relations and stance (default) or only read.")
@click.option("--progress/--no-progress", default=None, help="Progress bar on stderr (default: on a terminal).")
@click.pass_obj
def extract(settings: Settings, paths: tuple[str, ...], as_json: bool, nlp: bool, progress: bool | None) -> None:
    """Read blog pages (files, directories, or - for stdin) and print what they hold."""
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
@click.option("--limit", default=5, show_default=True, help="How many works to list.")
@click.option(
    "--kind", type=click.Choice(["film", "any"]), default="film", show_default=True, help="Films only, or any work."
)
@click.option("--why", is_flag=True, help="Show the evidence behind each recommendation.")
@click.option("--json", "as_json", is_flag=True, help="Print the recommendations as JSON.")
@click.option("--viz", "viz_path", type=click.Path(path_type=Path), default=None, help="Also draw the answer as HTML.")
@click.pass_obj
def recommend(
    settings: Settings, film: str, limit: int, kind: str, why: bool, as_json: bool, viz_path: Path | None
) -> None:
    """Works like FILM ("Her" or "Her (2013)"), ranked, each with a one-line reason."""
    with _open_store(settings) as store:
        view = GraphView.load(store)
        found = view.one(film, frozenset({Label.FILM}), "film", AliasTable.load(settings.aliases))
        results = recommend_works(view, found, limit, kind)
    if viz_path is not None:
        _write_page(viz_path, graph_page(recommendation_graph(found, results), f"Like {found.display()}", [found.key]))
    if as_json:
        click.echo(
            json.dumps({"film": found.display(), "recommendations": [r.to_json() for r in results]}, ensure_ascii=False)
        )
    else:
        click.echo(render_recommendations(found, results, why))


@main.command()
@click.option("--top", default=10, show_default=True, help="How many people to list.")
@click.option("--json", "as_json", is_flag=True, help="Print the ranking as JSON.")
@click.pass_obj
def influence(settings: Settings, top: int, as_json: bool) -> None:
    """Rank critics and commenters by influence: replies, pingbacks and citations they draw."""
    with _open_store(settings) as store:
        ranked = rank_influence(GraphView.load(store), top)
    if as_json:
        click.echo(json.dumps([r.to_json() for r in ranked], ensure_ascii=False))
    else:
        click.echo(render_influence(ranked))


@main.command()
@click.argument("start")
@click.argument("end")
@click.option("--limit", default=3, show_default=True, help="How many paths to show.")
@click.option("--json", "as_json", is_flag=True, help="Print the paths as JSON.")
@click.option("--viz", "viz_path", type=click.Path(path_type=Path), default=None, help="Also draw the paths as HTML.")
@click.pass_obj
def path(settings: Settings, start: str, end: str, limit: int, as_json: bool, viz_path: Path | None) -> None:
    """The best paths between two people, two works, or a person and a work, hop by hop."""
    with _open_store(settings) as store:
        view = GraphView.load(store)
        aliases = AliasTable.load(settings.aliases)
        starts, ends = _ends(view, start, aliases), _ends(view, end, aliases)
        paths = best_paths(view, starts, ends, limit)
    if not paths:
        _fail(f"E603 no path between {start!r} and {end!r} within 12 steps.")
    if viz_path is not None:
        ends_keys = [paths[0][0].source.key, paths[0][-1].target.key]
        _write_page(viz_path, graph_page(paths_graph(view, paths), f"{start} → {end}", ends_keys))
    if as_json:
        click.echo(json.dumps([[hop.to_json() for hop in p] for p in paths], ensure_ascii=False))
    else:
        click.echo(render_paths(paths))


@main.command()
@click.argument("focus", required=False)
@click.option("--depth", default=2, show_default=True, help="Steps around FOCUS to include.")
@click.option("--kinds", default=None, help="Comma-separated labels to keep, e.g. Film,Person,Post.")
@click.option(
    "-o",
    "--output",
    type=click.Path(path_type=Path),
    default=Path("graph.html"),
    show_default=True,
    help="The HTML file to write.",
)
@click.pass_obj
def viz(settings: Settings, focus: str | None, depth: int, kinds: str | None, output: Path) -> None:
    """Draw the graph (or FOCUS and its neighbourhood) as a self-contained interactive page."""
    labels = frozenset(Label(k.strip()) for k in kinds.split(",")) if kinds else None
    with _open_store(settings) as store:
        graph = neighbourhood(store, focus, depth, labels)
    title = f"{focus} (within {depth} steps)" if focus else "reelgraph"
    _write_page(output, graph_page(graph, title, []))
    click.echo(f"{graph.number_of_nodes()} nodes, {graph.number_of_edges()} edges")


def _write_page(path: Path, page: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(page, encoding="utf-8")
    click.echo(f"wrote {path} (open it in a browser; it works offline)", err=True)


def _ends(view: GraphView, name: str, aliases: AliasTable) -> list[NodeInfo]:
    found = view.find(name, PATH_ENDS, aliases)
    if not found:
        view.one(name, PATH_ENDS, "person or work", aliases)  # raises with the closest names
    return found


def run(args: list[str] | None = None) -> None:
    """The ``reelgraph`` console script."""
    main(args)


def recommend_main(args: list[str] | None = None) -> None:
    """The ``recommend FILM`` console script: ``reelgraph recommend FILM`` (``--store`` may
    come anywhere)."""
    rest = list(sys.argv[1:] if args is None else args)
    store: list[str] = []
    if "--store" in rest:
        at = rest.index("--store")
        store, rest = rest[at : at + 2], rest[:at] + rest[at + 2 :]
    run([*store, "recommend", *rest])


@main.group()
def aliases() -> None:
    """Edit the alias table (merge, split, rename); user decisions win over the extractor."""


@aliases.command("list")
@click.option("--json", "as_json", is_flag=True, help="Print the table as JSON.")
@click.pass_obj
def aliases_list(settings: Settings, as_json: bool) -> None:
    """Show the alias table: your merges and splits, and what reelgraph learned."""
    table = AliasTable.load(settings.aliases)
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
@click.pass_obj
def aliases_merge(settings: Settings, name: str, canonical: str) -> None:
    """Treat NAME as CANONICAL from now on (e.g. "Philip Dick" "Philip K. Dick")."""
    table = AliasTable.load(settings.aliases)
    table.merge(name, canonical)
    table.save()
    click.echo(f"merged: {name} -> {canonical}")


@aliases.command("rename")
@click.argument("old")
@click.argument("new")
@click.pass_obj
def aliases_rename(settings: Settings, old: str, new: str) -> None:
    """Show the entity OLD under the name NEW."""
    table = AliasTable.load(settings.aliases)
    for alias, canonical in list(table.merged.items()):
        if canonical == old:
            table.merged[alias] = new
    table.merge(old, new)
    table.save()
    click.echo(f"renamed: {old} -> {new}")


@aliases.command("split")
@click.argument("name")
@click.pass_obj
def aliases_split(settings: Settings, name: str) -> None:
    """Never merge NAME with anything automatically (e.g. "Phoenix" on a page about the city)."""
    table = AliasTable.load(settings.aliases)
    table.split_name(name)
    table.save()
    click.echo(f"split: {name}")


def _open_store(settings: Settings, create: bool = False) -> EmbeddedStore:
    return EmbeddedStore.open(settings.store, create=create)


@main.command()
@click.argument("paths", nargs=-1, required=True)
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
@click.option("--json", "as_json", is_flag=True, help="Print the summary as JSON.")
@click.pass_obj
def ingest(
    settings: Settings,
    paths: tuple[str, ...],
    nlp: bool,
    progress: bool | None,
    workers: int | None,
    scheduler: str | None,
    as_json: bool,
) -> None:
    """Read pages into the store: new and changed pages are added, unchanged ones skipped."""
    stdin = sys.stdin.buffer.read() if STDIN in paths else None
    show_bar = sys.stderr.isatty() if progress is None else progress
    with _open_store(settings, create=True) as store, store.writing():
        total = count_files(paths)
        results = tqdm(read_sources(paths, stdin), total=total, unit="file", disable=not show_bar, file=sys.stderr)
        workers = workers or min(default_workers(), max(1, total // 8))
        report = ingest_with_settings(results, store, settings, nlp, workers, scheduler)
        stats = store.stats()
    for failure in report.failures:
        click.echo(f"reelgraph: {failure}", err=True)
    summary = {
        "pages": report.pages,
        "new": report.new,
        "changed": report.changed,
        "unchanged": report.unchanged,
        "failed": len(report.failures),
        "store": str(settings.store),
        "nodes": stats["nodes"],
        "edges": stats["edges"],
    }
    if as_json:
        click.echo(json.dumps(summary))
    else:
        click.echo(
            f"ingested {report.pages} page(s): {report.new} new, {report.changed} changed, "
            f"{report.unchanged} unchanged; {len(report.failures)} file(s) failed\n"
            f"store {settings.store}: {stats['nodes']} nodes, {stats['edges']} edges"
        )
    if report.failures:
        sys.exit(1)


@main.command()
@click.option("--json", "as_json", is_flag=True, help="Print the counts as JSON.")
@click.pass_obj
def stats(settings: Settings, as_json: bool) -> None:
    """Count the store's pages, nodes by label and edges by type."""
    with _open_store(settings) as store:
        counts = store.stats()
    if as_json:
        click.echo(json.dumps(counts))
        return
    click.echo(render_stats(counts))


@main.command()
@click.argument("name")
@click.option("--json", "as_json", is_flag=True, help="Print the entity, its edges and their evidence as JSON.")
@click.option("--evidence", default=3, show_default=True, help="Evidence lines shown per edge.")
@click.pass_obj
def show(settings: Settings, name: str, as_json: bool, evidence: int) -> None:
    """Show an entity (film, person, post...) with its edges and the evidence for each."""
    with _open_store(settings) as store:
        found = describe(store, name)
    if not found:
        _fail(f"E302 nothing named {name!r} in {settings.store}. Try `reelgraph stats` or part of the name.")
    if as_json:
        click.echo(json.dumps(found, ensure_ascii=False))
        return
    click.echo(render_entities(found, evidence))


@main.command()
@click.argument("source")
@click.pass_obj
def forget(settings: Settings, source: str) -> None:
    """Remove everything one page (or every post of a WordPress export) contributed."""
    with _open_store(settings) as store, store.writing():
        removed = store.forget(source)
    if not removed:
        _fail(f"E303 no page {source!r} in {settings.store}. Sources are the paths given to `reelgraph ingest`.")
    click.echo(f"forgot {len(removed)} page(s): " + ", ".join(removed))


@main.command()
@click.option("--format", "fmt", type=click.Choice(FORMATS), required=True, help="Output format.")
@click.option("-o", "--output", type=click.Path(path_type=Path), required=True, help="File (or folder for CSV).")
@click.pass_obj
def export(settings: Settings, fmt: str, output: Path) -> None:
    """Export the store: Turtle, JSON-LD, GraphML, CSV, or neo4j-admin bulk-import CSV."""
    with _open_store(settings) as store:
        written = export_store(store, fmt, output)
    click.echo("wrote " + ", ".join(str(p) for p in written))


def _neo4j_options(command: Callable[..., None]) -> Callable[..., None]:
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
    check_uri(uri or settings.neo4j_uri)  # before asking for a password
    password = os.environ.get("NEO4J_PASSWORD")
    if password is None:
        if not sys.stdin.isatty():
            _fail("E404 no Neo4j password: set NEO4J_PASSWORD (it is never taken from a flag).")
        password = click.prompt("Neo4j password", hide_input=True)
    return Connection(
        uri or settings.neo4j_uri, user or settings.neo4j_user, database or settings.neo4j_database, password
    )


@main.command()
@_neo4j_options
@click.option("--batch-size", type=int, default=None, help="Rows per write (default: 500, or batch_size in settings).")
@click.option("--progress/--no-progress", default=None, help="Progress bar on stderr (default: on a terminal).")
@click.option(
    "--strict", is_flag=True, help="Write nothing if any edge joins labels the schema forbids (default: skip them)."
)
@click.pass_obj
def load(
    settings: Settings,
    uri: str | None,
    user: str | None,
    database: str | None,
    batch_size: int | None,
    progress: bool | None,
    strict: bool,
) -> None:
    """Push the embedded store to Neo4j (idempotent: run it again after any ingest or forget)."""
    connection = _connection(settings, uri, user, database)
    with _open_store(settings) as store:
        total = sum(store.stats()[k] for k in ("nodes", "edges"))
        show_bar = sys.stderr.isatty() if progress is None else progress
        with (
            Neo4jStore.connect(connection) as neo4j,
            tqdm(total=total, unit="row", disable=not show_bar, file=sys.stderr) as bar,
        ):
            report = neo4j.load(store, batch_size or settings.batch_size, bar.update, strict=strict)
            counts = neo4j.counts()
    if report.refused:
        click.echo(
            f"skipped {len(report.refused)} edge(s) the schema forbids: {report.refused_summary()}", err=True
        )
    click.echo(
        f"loaded into {connection.uri} ({connection.database}): "
        f"{counts['nodes']} nodes, {counts['edges']} relationships"
    )


@main.command()
@click.argument("name_or_cypher")
@click.option("--param", "params", multiple=True, help="A query parameter, key=value (repeatable).")
@click.option("--json", "fmt", flag_value="json", help="Rows as JSON Lines.")
@click.option("--csv", "fmt", flag_value="csv", help="Rows as CSV.")
@click.option("--table", "fmt", flag_value="table", default=True, help="Rows as a table (default).")
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
    text, values = resolve_query(name_or_cypher, list(params), allow_write)
    if embedded:
        if name_or_cypher not in EMBEDDED:
            _fail(f"E505 --embedded answers named queries only: {', '.join(sorted(EMBEDDED))}.")
        with _open_store(settings) as store:
            rows = EMBEDDED[name_or_cypher](to_networkx(store, evidence=False), **values)
    else:
        with Neo4jStore.connect(_connection(settings, uri, user, database)) as neo4j:
            rows = neo4j.write(text, **values) if allow_write else neo4j.read_only(text, **values)
    click.echo(render_rows(rows, fmt))


@main.command("queries")
def list_queries() -> None:
    """List the named queries with what each answers and its parameters."""
    for named in named_queries().values():
        click.echo(f"{named.name}\n  {named.answers}\n  params: {named.params or '-'}\n  uses: {named.uses}\n")


@main.command("evaluate-pages")
@click.argument("folder", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Scores as JSON.")
def evaluate_pages(folder: Path, as_json: bool) -> None:
    """Score the page readers on FOLDER: pages with NAME.gold.json beside each (per page, per split)."""
    from extract.evaluate import evaluate_folder, render

    evaluation = evaluate_folder(folder)
    click.echo(json.dumps(evaluation.to_json(), ensure_ascii=False, indent=1) if as_json else render(evaluation))
