"""The alias table: ``aliases list``, ``merge``, ``rename`` and ``split``."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

import click

from reelgraph.commands.common import Commands, output_options
from reelgraph.settings import Settings

if TYPE_CHECKING:
    from reelgraph.api import AliasEdit


@click.group(cls=Commands)
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
