"""A progress bar for one long page: spaCy's progress through its text, on stderr.

A page with 100,000 comments takes minutes, and the file-level bar stands still meanwhile;
the extractor reports (characters parsed, characters in all) and this bar shows it, only
on a terminal and only for pages long enough to take a while.
"""

from __future__ import annotations

import sys
from typing import TextIO

from tqdm import tqdm

from extract.nlp.parsing import Progress

LONG_PAGE = 200_000  # characters: below this a page parses in a few seconds


def page_bar(threshold: int = LONG_PAGE, stream: TextIO | None = None, force: bool = False) -> Progress:
    """A callback for ``EntityExtractor.progress`` that draws a bar for each long page.

    >>> import io
    >>> out = io.StringIO()
    >>> bar = page_bar(threshold=10, stream=out, force=True)
    >>> bar(5, 20); bar(20, 20)
    >>> "parsing page" in out.getvalue()
    True
    >>> quiet = io.StringIO()
    >>> page_bar(threshold=10, stream=quiet)(5, 20)  # not a terminal: no bar
    >>> quiet.getvalue()
    ''
    """
    bars: list[tqdm] = []  # type: ignore[type-arg]

    def update(done: int, total: int) -> None:
        target = stream if stream is not None else sys.stderr
        if total < threshold or not (force or target.isatty()):
            return
        if not bars or bars[0].total != total or bars[0].n > done:
            for old in bars:
                old.close()
            bars[:] = [tqdm(total=total, unit="char", unit_scale=True, desc="parsing page", file=target, leave=False)]
        bars[0].update(done - bars[0].n)
        if done >= total:
            bars[0].close()
            bars.clear()

    return update
