"""Answers from the graph: ``show``, ``recommend`` (also its own ``recommend`` script),
``influence``, ``path`` and ``viz``."""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

import click

from base.errors import InternalError, ReelgraphError
from reelgraph import __version__
from reelgraph.commands.common import F, fail, output_options
from reelgraph.settings import Settings, load_settings


def _wrote(page: Path) -> None:
    click.echo(f"wrote {page} (open it in a browser; it works offline)", err=True)


@click.command()
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


def _recommend_options(command: F) -> F:
    """The options `reelgraph recommend` and the `recommend` script share, after FILM (and --store)."""
    options: list[Callable[[F], F]] = [
        click.option(
            "--limit",
            type=click.IntRange(min=1),
            default=5,
            show_default=True,
            help="How many works to list (1 or more).",
        ),
        click.option(
            "--kind",
            type=click.Choice(["film", "any"]),
            default="film",
            show_default=True,
            help="Films only, or any work.",
        ),
        click.option("--why", is_flag=True, help="Show the evidence behind each recommendation."),
        output_options("text", "json", "csv"),
        click.option(
            "--viz", "viz_path", type=click.Path(path_type=Path), default=None, help="Also draw the answer as HTML."
        ),
    ]
    for option in reversed(options):
        command = option(command)
    return command


@click.command()
@click.argument("film")
@_recommend_options
@click.pass_obj
def recommend(settings: Settings, film: str, limit: int, kind: str, why: bool, fmt: str, viz_path: Path | None) -> None:
    """Works like FILM ("Her" or "Her (2013)"), ranked, each with a one-line reason."""
    from reelgraph import api
    from reelgraph.render import render_recommendations, render_rows

    answer = api.recommend(settings, film, limit, kind, viz_path)
    if viz_path is not None:
        _wrote(viz_path)
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
@_recommend_options
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
        fail(error)
    except Exception as error:
        if os.environ.get("REELGRAPH_DEBUG"):
            raise
        fail(InternalError.of(error))


def recommend_main(args: list[str] | None = None) -> None:
    """The ``recommend`` console script."""
    recommend_command(args)


@click.command()
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


@click.command()
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
        _wrote(viz_path)
    if fmt == "json":
        click.echo(json.dumps([[hop.to_json() for hop in p] for p in paths], ensure_ascii=False))
    elif fmt == "csv":
        rows = [{"path": n, "hop": h, **hop.to_json()} for n, p in enumerate(paths, 1) for h, hop in enumerate(p, 1)]
        click.echo(render_rows(rows, "csv"))
    else:
        click.echo(render_paths(paths))


@click.command()
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
    _wrote(output)
    click.echo(f"{graph.number_of_nodes()} nodes, {graph.number_of_edges()} edges")
