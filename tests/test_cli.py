"""The command line: help everywhere, JSON Lines output, stdin, and the README's commands."""

from __future__ import annotations

import json
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from reelgraph.cli import main
from tests.conftest import FIXTURES, ROOT, SEEDS


def _commands(group: click.Group, prefix: tuple[str, ...] = ()) -> list[tuple[tuple[str, ...], click.Command]]:
    found: list[tuple[tuple[str, ...], click.Command]] = []
    for name, command in sorted(group.commands.items()):
        found.append(((*prefix, name), command))
        if isinstance(command, click.Group):
            found += _commands(command, (*prefix, name))
    return found


def test_every_command_has_help_text() -> None:
    assert main.help
    commands = _commands(main)
    assert len(commands) >= 20  # helpers add subcommands; each must pass the checks below
    for path, command in commands:
        assert command.help, f"`reelgraph {' '.join(path)}` has no help text"
        result = CliRunner().invoke(main, [*path, "--help"])
        assert result.exit_code == 0, path
        for parameter in command.params:
            if isinstance(parameter, click.Option):
                assert parameter.help, f"`reelgraph {' '.join(path)} {parameter.opts[0]}` has no help text"
            if isinstance(parameter.type, click.types._NumberParamTypeBase):
                assert isinstance(parameter.type, click.types._NumberRangeBase), (
                    f"`reelgraph {' '.join(path)} {parameter.opts[0]}` is a number without a range (click.IntRange)"
                )


def test_extract_json_lines_keys_are_the_contract() -> None:
    result = CliRunner().invoke(main, ["extract", "--json", str(SEEDS / "sheila-variations-her.txt")])
    assert result.exit_code == 0
    (record,) = [json.loads(line) for line in result.stdout.splitlines()]
    assert {
        "source",
        "format",
        "title",
        "site",
        "author",
        "published",
        "rating",
        "reviewed",
        "comment_count_stated",
        "comments",
    } <= set(record)
    assert {
        "id",
        "author",
        "author_evidence",
        "parent",
        "placeholder",
        "depth",
        "text",
        "pingback",
    } <= set(record["comments"][0])
    assert record["reviewed"] == {"title": "Her", "year": 2013, "director": "Spike Jonze"}


def test_extract_reads_stdin() -> None:
    page = "Heat (1995)\n\nRating: 9/10\n\n1 comment:\n\n  1. Ann says:\n\n    Yes!\n"
    result = CliRunner().invoke(main, ["extract", "--json", "-"], input=page)
    assert result.exit_code == 0
    record = json.loads(result.stdout)
    assert (record["source"], record["rating"]["value"], record["comments"][0]["author"]) == (
        "<stdin>",
        0.9,
        "Ann",
    )


def test_extract_summary_shows_the_thread_as_a_tree() -> None:
    result = CliRunner().invoke(main, ["extract", str(FIXTURES / "blogger_gravity.html")])
    assert result.exit_code == 0
    assert "  Leo: Saw it in IMAX and held my breath the whole time.\n    Priya N.: Leo, IMAX" in result.stdout


def test_readme_starts_with_the_two_commands_and_ci_runs_the_second() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8").splitlines()
    commands = [line.strip() for line in readme[:12] if line.strip().startswith(("pip ", "bash ", "./"))]
    assert len(commands) == 2
    assert commands[1] == "bash scripts/test"
    assert "bash scripts/test" in (ROOT / ".ci" / "run").read_text(encoding="utf-8")


def test_aliases_commands_edit_the_table(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("REELGRAPH_STORE", str(tmp_path))
    runner = CliRunner()
    assert runner.invoke(main, ["aliases", "merge", "Philip Dick", "Philip K. Dick"]).exit_code == 0
    assert runner.invoke(main, ["aliases", "rename", "Philip K. Dick", "P. K. Dick"]).exit_code == 0
    assert runner.invoke(main, ["aliases", "split", "Phoenix"]).exit_code == 0
    listed = json.loads(runner.invoke(main, ["aliases", "list", "--json"]).stdout)
    assert listed == {
        "merge": {"Philip Dick": "P. K. Dick", "Philip K. Dick": "P. K. Dick"},
        "split": ["Phoenix"],
        "learned": {},
    }


def test_output_options_are_one_shared_group_and_cli_spells_no_error_code() -> None:
    import re

    from reelgraph.cli import recommend_command

    for path, command in _commands(main):
        outputs = [p for p in command.params if isinstance(p, click.Option) and {"--json", "--csv"} & set(p.opts)]
        for option in outputs:
            assert option.name == "fmt" and option.flag_value in {"json", "csv"}, path
        if outputs:
            defaults = [p for p in command.params if p.name == "fmt" and isinstance(p, click.Option) and p.default]
            assert len(defaults) == 1 and defaults[0].opts[0] in {"--text", "--table"}, path
    assert isinstance(recommend_command, click.Command)
    assert [p.name for p in recommend_command.params][:2] == ["film", "store"]
    for module in [ROOT / "reelgraph" / "cli.py", *sorted((ROOT / "reelgraph" / "commands").glob("*.py"))]:
        source = module.read_text(encoding="utf-8")
        assert not re.findall(r"[\"'(]E\d{3} ", source), f"{module.name}: messages with codes belong in base/errors.py"
