"""What every command module shares: the group that turns failures into one line, the
output options, the progress bar and the reading of standard input."""

from __future__ import annotations

import importlib
import os
import sqlite3
import sys
import time
from collections.abc import Callable, Iterator, Mapping, MutableMapping
from pathlib import Path
from typing import Any, NoReturn, TypeVar

import click

from base.errors import InternalError, ReelgraphError, StoreDamaged
from base.text import printable

F = TypeVar("F", bound=Callable[..., Any])
STDIN = "-"


def read_stdin() -> bytes:
    """Standard input up to one byte past the file size cap, so that an endless stream is
    refused (E131) instead of filling memory."""
    from extract.io import max_file_bytes

    return sys.stdin.buffer.read(max_file_bytes() + 1)


def fail(error: ReelgraphError) -> NoReturn:
    """The error as one line on stderr, then exit code 1."""
    click.echo(f"reelgraph: {printable(' '.join(str(error).split()))}", err=True)
    sys.exit(1)


class LazyCommands(MutableMapping[str, click.Command]):
    """A group's commands by name, each imported from where it lives ("module:attribute") when
    first asked for: ``reelgraph stats`` imports one command module, ``--help`` all of them.

    >>> table = LazyCommands({"queries": "reelgraph.commands.neo4j:list_queries"})
    >>> "queries" in table, table.loaded
    (True, {})
    >>> table["queries"].name, sorted(table.loaded)
    ('queries', ['queries'])
    """

    def __init__(self, where: Mapping[str, str]) -> None:
        self.where = dict(where)
        self.loaded: dict[str, click.Command] = {}

    def __getitem__(self, name: str) -> click.Command:
        found = self.loaded.get(name)
        if found is None:
            module, _, attribute = self.where[name].partition(":")
            found = self.loaded[name] = getattr(importlib.import_module(module), attribute)
        return found

    def __setitem__(self, name: str, command: click.Command) -> None:
        self.loaded[name] = command
        self.where.setdefault(name, "")

    def __delitem__(self, name: str) -> None:
        del self.where[name]
        self.loaded.pop(name, None)

    def __contains__(self, name: object) -> bool:
        return name in self.where

    def __iter__(self) -> Iterator[str]:
        return iter(self.where)

    def __len__(self) -> int:
        return len(self.where)


class Commands(click.Group):
    """Every failure is one line on stderr with its code, and exit code 1; ``sections`` (title
    -> command names) lays the help out by what a user wants to do."""

    def __init__(self, *args: Any, sections: Mapping[str, tuple[str, ...]] | None = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.sections = sections

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        """The commands under the headings of ``sections`` (any other under "Other commands")."""
        if self.sections is None:
            super().format_commands(ctx, formatter)  # a sub-group (aliases): one plain list
            return
        names = self.list_commands(ctx)
        listed = {name for section in self.sections.values() for name in section}
        sections = [*self.sections.items(), ("Other commands", tuple(n for n in names if n not in listed))]
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
            fail(error)
        except (click.exceptions.Exit, click.ClickException, click.Abort, SystemExit, KeyboardInterrupt):
            raise
        except BrokenPipeError:  # the reader stopped early (`| head`): stop quietly, as `cat` would
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # nothing left to flush at exit
            sys.exit(141)  # 128 + SIGPIPE, the status of a tool the signal ended
        except sqlite3.DatabaseError as error:  # the store broke under a query: E310 with the remedy
            if os.environ.get("REELGRAPH_DEBUG"):
                raise
            fail(StoreDamaged.corrupt(str(Path(getattr(ctx.obj, "store", ".")) / "graph.sqlite"), f"SQLite: {error}"))
        except Exception as error:
            if os.environ.get("REELGRAPH_DEBUG"):
                raise
            fail(InternalError.of(error))


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


def progress_option(command: F) -> F:
    """``--progress/--no-progress``: a bar on stderr, by default only on a terminal."""
    return click.option(
        "--progress/--no-progress", default=None, help="Progress bar on stderr (default: on a terminal)."
    )(command)


def bar_shown(progress: bool | None) -> bool:
    """Whether ``--progress/--no-progress`` (None: not given) shows a bar: by default on a terminal."""
    return sys.stderr.isatty() if progress is None else progress


def progress_bar(show: bool | None, unit: str = "file") -> Callable[[Iterator[Any], int, str], Iterator[Any]]:
    """A progress bar on stderr (by default only on a terminal) that also shows pages/s and
    the note it is given (the worker count)."""
    from tqdm import tqdm

    def wrap(items: Iterator[Any], total: int, note: str = "") -> Iterator[Any]:
        started, pages = time.perf_counter(), 0
        with tqdm(total=total, unit=unit, disable=not bar_shown(show), file=sys.stderr) as bar:
            for item in items:
                pages += len(getattr(item, "pages", ()))
                rate = pages / max(time.perf_counter() - started, 1e-9)
                bar.set_postfix_str(f"{rate:.1f} pages/s" + (f", {note}" if note else ""), refresh=False)
                bar.update()
                yield item

    return wrap
