"""The rules' own CPU time, spaCy left out: what every extractor change is charged against.

bench_nlp's ratio (pipeline against bare ``nlp.pipe``) moves with spaCy's own speed and the
machine's load; this bench parses the pages once and then times only what reelgraph adds
(page planning, comparison cues, every rule in ``EntityExtractor.apply_rules``), best of
``--repeats`` CPU timings. With ``--baseline DIR`` (a checkout of older code, e.g. a
``git worktree``) the same timing runs on that code in a subprocess, alternately, so a change
is reported as a ratio measured in the same minutes.

    python -m bench.bench_rules [--pages 30] [--repeats 3] [--baseline /tmp/old-checkout]
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

import click

from bench.bench_nlp import sample_pages
from extract.nlp.budget import plan_page
from extract.nlp.extractor import EntityExtractor
from extract.nlp.parsing import parse_texts


def rule_seconds(pages: int, repeats: int) -> dict[str, float]:
    """Best CPU seconds of the rules over ``pages`` generated pages, and of bare spaCy once."""
    extractor = EntityExtractor.default()
    sample = sample_pages(pages)
    texts = [u.text for page in sample for u in plan_page(page, extractor.max_chars).units]
    extractor.extract_many(sample[:1])  # warm-up: people index, compiled patterns
    started = time.process_time()
    parsed = parse_texts(extractor.nlp, texts)
    spacy_seconds = time.process_time() - started
    runs = []
    for _ in range(repeats):
        started = time.process_time()
        plans = [plan_page(page, extractor.max_chars) for page in sample]
        extractor.apply_rules(sample, plans, parsed)
        runs.append(time.process_time() - started)
    return {"rules_cpu_seconds": round(min(runs), 3), "spacy_cpu_seconds": round(spacy_seconds, 3)}


def _in_checkout(checkout: Path, pages: int, repeats: int) -> dict[str, float]:
    script = (
        "import json, sys; from bench.bench_rules import rule_seconds; "
        f"print(json.dumps(rule_seconds({pages}, {repeats})))"
    )
    out = subprocess.run([sys.executable, "-c", script], cwd=checkout, check=True, capture_output=True, text=True)
    figures: dict[str, float] = json.loads(out.stdout.strip().splitlines()[-1])
    return figures


@click.command()
@click.option("--pages", default=30, show_default=True, help="Generated pages (bench_nlp's sample).")
@click.option("--repeats", default=3, show_default=True, type=click.IntRange(min=1), help="Timed runs; best kept.")
@click.option("--rounds", default=2, show_default=True, type=click.IntRange(min=1), help="Alternations (--baseline).")
@click.option(
    "--baseline",
    type=click.Path(exists=True, file_okay=False, path_type=Path),
    help="Checkout of older code to time alternately in the same run.",
)
def main(pages: int, repeats: int, rounds: int, baseline: Path | None) -> None:
    """Print the rules' CPU seconds (and spaCy's, for scale); with --baseline, the ratio."""
    here = Path(__file__).resolve().parent.parent
    if baseline is None:
        figures = rule_seconds(pages, repeats)
        share = figures["rules_cpu_seconds"] / figures["spacy_cpu_seconds"]
        click.echo(
            f"{pages} pages: rules {figures['rules_cpu_seconds']} CPU s, spaCy {figures['spacy_cpu_seconds']} CPU s "
            f"(rules = {share:.1%} of spaCy; bench_nlp's 0.8 needs planning + rules <= 25%)"
        )
        return
    ours, theirs = [], []
    for _ in range(rounds):
        ours.append(_in_checkout(here, pages, repeats)["rules_cpu_seconds"])
        theirs.append(_in_checkout(baseline, pages, repeats)["rules_cpu_seconds"])
    click.echo(
        f"{pages} pages, best of {rounds}x{repeats}: rules here {min(ours)} CPU s, baseline {min(theirs)} CPU s, "
        f"ratio {min(ours) / min(theirs):.3f} (here / baseline; runs here {ours}, baseline {theirs})"
    )


if __name__ == "__main__":
    main()
