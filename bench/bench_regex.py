"""Every regular expression of the entity extractor and the title parser on long adversarial
text: time at N and 2N characters; a linear pattern takes about twice as long at 2N.

Issue 14, item 6: `_AUTHOR_WORK` took 87 s on a 32,000-character title line. Each module's
compiled patterns (module globals, and tuples of them) run ``finditer`` to the end over inputs
built to make backtracking patterns blow up (long runs of capitalised words, possessives
without their noun, open parentheses and quotes never closed, separators without a title...).
Then the whole extractor runs on a page whose title line and body are such a run.

    python -m bench.bench_regex [--chars 32000] [--budget 1.0]

Exit status 1 when a pattern is over budget (seconds at 2N) or grows more than 3x from N to 2N.
"""

from __future__ import annotations

import inspect
import json
import platform
import re
import time
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import click

from extract import titles
from extract.nlp import characters, context, cues, extractor, people, relations, reviewed, works
from extract.records import Page

RESULTS = Path(__file__).resolve().parent / "results"
MODULES: tuple[ModuleType, ...] = (
    extractor,
    relations,
    works,
    people,
    characters,
    context,
    titles,
    reviewed,
    cues,
)
GROWTH = 3.0  # worst acceptable time(2N) / time(N); quadratic is 4
MEASURABLE = 0.05  # seconds under which growth is timer noise

# pieces repeated to make each adversarial input
PIECES = (
    "Abc ",
    "Abc’s ",
    "Abc's Def ",
    "A",
    "a",
    " ",
    "(Abc ",
    "“Abc ",
    "‘abc ",
    "Abc-",
    "Review: ",
    "Abc of ",
    "Abc, ",
    "1999 ",
    "a.",
    "A. ",
    "#1 ",
    "Abc (Abc ",
    "abc than ",
    "Abc at Abc ",
    "Abc - ",
    "Abc: ",
    "ABC ",
    "Abc\n",
    "Abc’s book ",
    "’s ",
)


def patterns(module: ModuleType) -> Iterator[tuple[str, re.Pattern[str]]]:
    """The patterns a module defines (not those it imports): globals, and patterns inside tuples
    or lists."""
    source = inspect.getsource(module)
    for name, value in vars(module).items():
        if not re.search(rf"^{re.escape(name)}\b[^=\n]*=", source, re.M):
            continue
        if isinstance(value, re.Pattern):
            yield f"{module.__name__}.{name}", value
        elif isinstance(value, (tuple, list)):
            for index, item in enumerate(value):
                pattern = item[0] if isinstance(item, tuple) and item and isinstance(item[0], re.Pattern) else item
                if isinstance(pattern, re.Pattern):
                    yield f"{module.__name__}.{name}[{index}]", pattern


def _time(pattern: re.Pattern[str], text: str) -> float:
    """Best of three: the machine is shared, and a pattern's cost is its fastest run."""
    best = float("inf")
    for _ in range(3):
        started = time.perf_counter()
        for _ in pattern.finditer(text):
            pass
        pattern.search(text)
        pattern.match(text)
        best = min(best, time.perf_counter() - started)
    return best


def run_patterns(chars: int) -> list[dict[str, object]]:
    rows = []
    for module in MODULES:
        for name, pattern in patterns(module):
            worst: dict[str, object] = {}
            for piece in PIECES:
                small = piece * (chars // len(piece))
                large = piece * (2 * chars // len(piece))
                at_n, at_2n = _time(pattern, small), _time(pattern, large)
                growth = at_2n / max(at_n, 1e-4)
                if not worst or at_2n > float(str(worst["seconds_2n"])):
                    worst = {
                        "pattern": name,
                        "input": repr(piece),
                        "seconds_n": round(at_n, 4),
                        "seconds_2n": round(at_2n, 4),
                        "growth": round(growth, 2),
                    }
            rows.append(worst)
    return rows


def run_extractor(chars: int) -> dict[str, float]:
    """The whole extractor on a page whose title line and body are one long capitalised run."""
    from extract.nlp.extractor import EntityExtractor

    ex = EntityExtractor.default()
    seconds = {}
    for label, line in (("title line", "Philip Dick Abc "), ("possessives", "Abc’s Def ")):
        text = line * (chars // len(line))
        page = Page(source="long.txt", format="text", title=text, body=text)
        started = time.perf_counter()
        ex.extract(page)
        seconds[label] = round(time.perf_counter() - started, 3)
    return seconds


@click.command()
@click.option("--chars", default=32_000, show_default=True, help="N: characters of the smaller input.")
@click.option("--budget", default=1.0, show_default=True, help="Seconds a pattern may take at 2N characters.")
@click.option("--results", type=click.Path(path_type=Path), default=RESULTS, help="Folder for the JSON figures.")
def main(chars: int, budget: float, results: Path) -> None:
    """Time every extractor regex on adversarial input; exit 1 when one is slow or superlinear."""
    rows = run_patterns(chars)
    slow = [
        r
        for r in rows
        if float(str(r["seconds_2n"])) > budget
        or (float(str(r["growth"])) > GROWTH and float(str(r["seconds_2n"])) >= MEASURABLE)
    ]
    for row in sorted(rows, key=lambda r: -float(str(r["seconds_2n"])))[:10]:
        click.echo(
            f"{row['pattern']:<45} {row['input']:<14} N {row['seconds_n']:>7} s  2N {row['seconds_2n']:>7} s"
            f"  x{row['growth']}"
        )
    whole = run_extractor(chars)
    click.echo(f"{len(rows)} patterns at {chars} and {2 * chars} characters; over budget or superlinear: {len(slow)}")
    click.echo(f"whole extractor on a {chars}-character page: {whole}")
    results.mkdir(parents=True, exist_ok=True)
    record = {"machine": platform.machine(), "chars": chars, "patterns": rows, "extractor_seconds": whole, "slow": slow}
    (results / "regex.json").write_text(json.dumps(record, indent=2) + "\n", encoding="utf-8")
    if slow:
        for row in slow:
            click.echo(f"SLOW: {row}")
        raise SystemExit(1)


if __name__ == "__main__":
    main()
