"""Review pages whose comment thread the reader splits otherwise than the gold does.

The review gold (``tests/fixtures/reviews/<set>/*.json``) lists no comments, but its comparisons
name the comment they are in (``compared_to[].in`` = ``c1``, ``c2``, ... in page order, pingbacks
counted) with a fragment of its sentence (``evidence``). A page is listed when a comparison's
evidence is not in the comment its id names (the thread is cut, merged or missed), or when the
reader finds fewer comments than a gold id needs (or, on a page whose gold names comments, than the
page states).

    python scripts/review_threads.py [--set tune]
"""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path

from extract.io import read_file

_ROOT = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "reviews"
_SEALED = {"holdout", "fresh", "fresh2", "frozen"}


def _norm(text: str) -> str:
    return " ".join(re.sub(r"[\"'‘’“”]", "", text).casefold().split())


def check(page_path: Path, gold: dict[str, object]) -> list[str]:
    """What is wrong with the page's thread, one line per problem ([] when it matches)."""
    page = read_file(page_path)[0]
    texts = {c.id: _norm(c.text or (c.pingback.title if c.pingback else "")) for c in page.comments}
    problems = []
    pairs = [p for p in gold["compared_to"] if isinstance(p, dict) and p["in"] != "review"]  # type: ignore[attr-defined]
    for pair in pairs:
        evidence = _norm(pair["evidence"])
        if evidence in texts.get(pair["in"], ""):
            continue
        found = [cid for cid, text in texts.items() if evidence in text]
        problems.append(f"{pair['in']}: {pair['evidence'][:50]!r} found in {found or 'no comment'}")
    needed = max((int(p["in"][1:]) for p in pairs), default=0)
    stated = page.comment_count_stated
    if len(page.comments) < needed:
        problems.append(f"{len(page.comments)} comments, gold ids up to c{needed}")
    if stated and needed and len(page.comments) < stated:  # (a page may copy the count but not the thread)
        problems.append(f"{len(page.comments)} comments, {stated} stated")
    return problems


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", default="tune")
    args = parser.parse_args()
    if args.set in _SEALED:
        parser.error(f"{args.set} is sealed")
    listed = 0
    for gold_path in sorted((_ROOT / args.set).glob("*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        problems = check(gold_path.with_suffix(".txt"), gold)
        if problems:
            listed += 1
            print(gold_path.stem)
            for problem in problems:
                print("   ", problem)
    print(f"{listed} pages listed")


if __name__ == "__main__":
    main()
