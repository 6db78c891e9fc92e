"""Text that once hung the extractor: a name run across a line break and ending in a small word.

A site's name ("over at Thirty\\nIn ...") or a title after an actor's "was better in" had its
trailing small words cut with ``rsplit(" ")``, which never shortens a run parted by a newline:
the page looped for ever. Each test runs in a worker with a deadline.
"""

from __future__ import annotations

import multiprocessing

import pytest

from extract.nlp.context import Unit
from extract.nlp.extractor import EntityExtractor
from extract.nlp.realness import _written_forms
from extract.nlp.textnorm import trim_last_words
from extract.nlp.work_extras import site_mentions
from extract.text_reader import parse_text_page


def test_trim_last_words_across_a_line_break() -> None:
    small = {"in", "of", "the"}
    assert trim_last_words("Thirty\nIn", lambda w: w.casefold() in small) == "Thirty"
    assert trim_last_words("Pig of\nthe", lambda w: w in small) == "Pig"
    assert trim_last_words("In", lambda w: w.casefold() in small) == "In"
    assert trim_last_words("Frames Per Second ", lambda w: w in small) == "Frames Per Second"


def _extract(text: str, queue: multiprocessing.Queue[list[str]]) -> None:
    entities = EntityExtractor.default().extract(parse_text_page(text, "hang.txt"))
    queue.put(sorted({m.name for m in entities.mentions if m.kind == "site"}))


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "Night Shift (1990)\n\nRead more from Dana over at Thirty\nIn the meantime, a fine film.\n",
        "Pig (2021)\n\nNicolas Cage was better in Pig\nof course than in anything since.\n",
    ],
)
def test_a_name_broken_by_a_newline_does_not_hang(text: str) -> None:
    queue: multiprocessing.Queue[list[str]] = multiprocessing.Queue()
    worker = multiprocessing.Process(target=_extract, args=(text, queue))
    worker.start()
    worker.join(timeout=120)
    hung = worker.is_alive()
    worker.kill()
    assert not hung, "the extractor did not finish"
    assert worker.exitcode == 0
    assert isinstance(queue.get(timeout=5), list)


def test_a_site_name_across_a_line_break_is_cut_at_its_small_words() -> None:
    text = "Read Dana over at Frames Per Second\nin the meantime, and Tom at Thirty\nIn"
    sites = [(c.text, c.rule) for c in site_mentions(Unit("body", text))]
    assert sites == [("Frames Per Second", "at-site")]


def _forms_of_a_long_capital_run(queue: multiprocessing.Queue[dict[str, str]]) -> None:
    text = "TAGS: " + " ".join(["Ann"] * 3000) + " Bo Ek and bo ek."
    queue.put(_written_forms(text, {"bo ek", "ann"}))


def test_a_long_run_of_capitalised_words_does_not_hang_the_written_forms() -> None:
    """A tag cloud, a title-case page, a run of 'A A A ...': realness._written_forms joined every
    sub-run of a run of capitalised words (cubic: a whole-page dump hung the extractor); it joins
    runs only as long as the longest name."""
    queue: multiprocessing.Queue[dict[str, str]] = multiprocessing.Queue()
    worker = multiprocessing.Process(target=_forms_of_a_long_capital_run, args=(queue,))
    worker.start()
    worker.join(timeout=60)
    hung = worker.is_alive()
    worker.kill()
    assert not hung, "the written forms did not finish"
    assert queue.get(timeout=5) == {"ann": "Ann", "bo ek": "Bo Ek"}
