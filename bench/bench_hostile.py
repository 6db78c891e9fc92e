"""Time and peak memory of entity extraction on hostile pages, each beside a baseline (issue 14).

Each case runs in a fresh process (so its peak RSS is its own), with a time limit:

- ``long-word``: a page whose body is one word repeated (``--words``, 2 million: 10 MB), next
  to ``prose``, a page of ordinary review sentences as long as what the extractor reads
  (its ``max_chars`` cap);
- ``long-title``: a page whose title line is ``--title-chars`` characters of capitalised words
  (32,000 and 1 MB; the shape that made ``_AUTHOR_WORK`` backtrack), read and extracted, next
  to ``short-title``, the same page with an ordinary title;
- ``comments``: a page with ``--comments`` comments (100,000), next to one with a tenth as
  many: time should grow about linearly with the text.

Peak memory is ``ru_maxrss`` of the case's process minus its RSS once spaCy and the gazetteer
are loaded; "extract" is the extractor's time, "read" the text reader's.

    python -m bench.bench_hostile [--words 2000000] [--title-chars 32000 --title-chars 1000000]
                                  [--comments 100000] [--timeout 900]
"""

from __future__ import annotations

import json
import platform
import random
import resource
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import click

from extract.nlp.budget import DEFAULT_MAX_CHARS
from extract.records import Comment, Page
from extract.text_reader import parse_text_page

RESULTS = Path(__file__).resolve().parent / "results"
_SENTENCES = (
    "Heat is still the best heist film of its decade, and Al Pacino is loud in every scene.",
    "Michael Mann shoots Los Angeles at night as if it were a quiet sea.",
    "The bank job in the middle is as good as anything in Ronin or The Town.",
    "Robert De Niro underplays everything, which is the point.",
    "I have seen it four times and I would see it again tomorrow.",
)
_COMMENTS = (
    "Loved it, {film} is still better though.",
    "Great review, {name}!",
    "I saw {film} last week and it reminded me of this one.",
    "Not my cup of tea, the shootout drags.",
    "Agreed, the score is wonderful.",
    "Have you seen {film}? Same mood, smaller budget.",
)
_FILMS = ("Thief", "Collateral", "Ronin", "The Town", "Point Break", "Drive")
_NAMES = ("Ann Lee", "Bob", "Carla M", "Dev", "Eun-ji", "Frank O", "Gail", "Hal")


def prose(chars: int) -> str:
    """Ordinary review sentences, ``chars`` characters long (paragraphs of five sentences)."""
    paragraph = " ".join(_SENTENCES)
    count = max(1, chars // (len(paragraph) + 2))
    return "\n\n".join([paragraph] * count)


def thread(count: int, seed: int = 7) -> list[Comment]:
    """``count`` short comments, four in ten replying to an earlier one."""
    rng = random.Random(seed)
    comments = []
    for number in range(1, count + 1):
        parent = f"c{rng.randint(1, number - 1)}" if number > 1 and rng.random() < 0.4 else None
        text = rng.choice(_COMMENTS).format(film=rng.choice(_FILMS), name=rng.choice(_NAMES).split()[0])
        author = rng.choice(_NAMES)
        comments.append(Comment(id=f"c{number}", text=text, author=author, parent=parent, depth=2 if parent else 1))
    return comments


def _case_page(case: str, size: int) -> tuple[Page, float]:
    """The page of one case, and the seconds its reader took (0 when built directly)."""
    if case == "prose":
        return Page(source="prose.txt", format="text", title="Review: Heat (1995)", body=prose(size)), 0.0
    if case == "long-word":
        return Page(source="long-word.txt", format="text", title="Review: Heat (1995)", body="word " * size), 0.0
    if case in {"long-title", "short-title"}:
        title = ("Xx " * (size // 3)).strip() if case == "long-title" else "Review: Heat (1995)"
        text = f"{title}\n\n{prose(2_000)}\n"
        started = time.perf_counter()
        page = parse_text_page(text, f"{case}.txt")
        return page, time.perf_counter() - started
    if case == "comments":
        body = prose(2_000)
        return Page(
            source="comments.txt", format="text", title="Review: Heat (1995)", body=body, comments=thread(size)
        ), 0.0
    raise click.BadParameter(f"unknown case {case!r}")


def run_case(case: str, size: int) -> dict[str, Any]:
    """Run one case in this process: seconds and peak memory over the loaded pipeline."""
    from extract.nlp.extractor import EntityExtractor

    extractor = EntityExtractor.default()
    extractor.extract(Page(source="warm.txt", format="text", title="Heat (1995)", body="Heat is a fine film."))
    loaded = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    page, read_seconds = _case_page(case, size)
    chars = len(page.title) + len(page.body) + sum(len(c.text) for c in page.comments)
    started = time.perf_counter()
    entities = extractor.extract(page)
    seconds = time.perf_counter() - started
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return {
        "case": case,
        "size": size,
        "chars": chars,
        "read_seconds": round(read_seconds, 2),
        "extract_seconds": round(seconds, 2),
        "peak_over_loaded_mib": round((peak - loaded) / 1024, 1),
        "loaded_rss_mib": round(loaded / 1024, 1),
        "mentions": len(entities.mentions),
        "notes": [note.split(":")[0] for note in entities.notes],
    }


def measure(case: str, size: int, timeout: float) -> dict[str, Any]:
    """One case in a fresh process; a case over its time limit is reported, not waited for."""
    command = [sys.executable, "-m", "bench.bench_hostile", "--case", case, "--size", str(size)]
    started = time.perf_counter()
    try:
        out = subprocess.run(command, check=True, capture_output=True, text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return {"case": case, "size": size, "timed_out_after_seconds": round(time.perf_counter() - started)}
    result: dict[str, Any] = json.loads(out.stdout.strip().splitlines()[-1])
    return result


def _row(result: dict[str, Any], baseline: dict[str, Any]) -> str:
    if "timed_out_after_seconds" in result:
        return f"| {result['case']} {result['size']:,} | did not finish in {result['timed_out_after_seconds']} s | | |"
    ratio = result["extract_seconds"] / baseline["extract_seconds"] if baseline.get("extract_seconds") else 0.0
    return (
        f"| {result['case']} {result['size']:,} ({result['chars']:,} chars) | {result['read_seconds']} + "
        f"{result['extract_seconds']} s | {result['peak_over_loaded_mib']} MiB | "
        f"{baseline['case']} {baseline['size']:,}: {baseline.get('extract_seconds', '-')} s, "
        f"{baseline.get('peak_over_loaded_mib', '-')} MiB (time x{ratio:.1f}) |"
    )


@click.command()
@click.option("--case", help="Run one case in this process (used by the runner).")
@click.option("--size", type=int, default=0, help="The case's size (with --case).")
@click.option("--words", type=int, default=2_000_000, show_default=True, help="Words in the long-word page.")
@click.option("--title-chars", type=int, multiple=True, help="Title lengths (default 32,000 and 1,000,000).")
@click.option("--comments", type=int, default=100_000, show_default=True, help="Comments on the long thread.")
@click.option("--timeout", type=float, default=900, show_default=True, help="Seconds allowed per case.")
@click.option("--write/--no-write", default=True, help="Write bench/results/hostile.json.")
def main(
    case: str | None, size: int, words: int, title_chars: tuple[int, ...], comments: int, timeout: float, write: bool
) -> None:
    """Time and peak memory on hostile pages beside baselines (each case in its own process)."""
    if case:
        click.echo(json.dumps(run_case(case, size)))
        return
    titles = title_chars or (32_000, 1_000_000)
    pairs = [
        (measure("long-word", words, timeout), measure("prose", min(words * 5, DEFAULT_MAX_CHARS), timeout)),
        *((measure("long-title", n, timeout), measure("short-title", n, timeout)) for n in titles),
        (measure("comments", comments, timeout), measure("comments", max(1, comments // 10), timeout)),
    ]
    click.echo("| hostile page | read + extract | peak memory | baseline, same run |")
    click.echo("| --- | ---: | ---: | --- |")
    for hostile, baseline in pairs:
        click.echo(_row(hostile, baseline))
    if write:
        RESULTS.mkdir(exist_ok=True)
        report = {"machine": platform.machine(), "max_chars": DEFAULT_MAX_CHARS, "pairs": pairs}
        (RESULTS / "hostile.json").write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
