"""Scoring the readers and the extractor on gold: ``evaluate-pages``, ``evaluate-entities``."""

from __future__ import annotations

import json
from pathlib import Path

import click

from reelgraph.commands.common import output_options


@click.command("evaluate-pages")
@click.argument("folder", type=click.Path(exists=True, file_okay=False, path_type=Path))
@output_options("text", "json")
def evaluate_pages(folder: Path, fmt: str) -> None:
    """Score the page readers on FOLDER: pages with NAME.gold.json beside each (per page, per split)."""
    from extract.evaluate import evaluate_folder, render

    evaluation = evaluate_folder(folder)
    click.echo(json.dumps(evaluation.to_json(), ensure_ascii=False, indent=1) if fmt == "json" else render(evaluation))


@click.command("evaluate-entities")
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
