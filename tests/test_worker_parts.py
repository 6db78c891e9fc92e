"""A big file is extracted in parts of ``PART_PAGES`` pages (so that one WordPress export does
not keep one worker busy while the others wait) and joined back into what ``extract_many``
gives for the whole file, the batch-wide dating of undated films included."""

from __future__ import annotations

from dataclasses import dataclass, field

from extract.nlp.extractor import EntityExtractor
from extract.records import Mention, Page, PageEntities, Stance
from reelgraph.pipeline import read_sources
from reelgraph.workers import PART_PAGES, InProcess, Outcome, joined, parts

from .conftest import ROOT, SEEDS


def _page(number: int) -> Page:
    return Page(f"export.xml#post-{number}", "wxr", f"Post {number}", body=f"Post number {number}.")


@dataclass
class _DatesFirstPage:
    """A stand-in extractor: every page names the film "Arrival", dated on the first page only."""

    calls: list[tuple[str, int]] = field(default_factory=list)

    def _entities(self, page: Page) -> PageEntities:
        year = 2016 if page.source.endswith("#post-1") else None
        mention = Mention("Arrival", "Arrival", "film", "body", 0, 7, year=year)
        return PageEntities(Stance("neutral", 0.0), [mention])

    def extract_pages(self, pages: list[Page]) -> list[PageEntities]:
        self.calls.append(("pages", len(pages)))
        return [self._entities(page) for page in pages]

    def extract_many(self, pages: list[Page]) -> list[PageEntities]:
        self.calls.append(("many", len(pages)))
        found = [self._entities(page) for page in pages]
        years = {m.year for entities in found for m in entities.mentions if m.year}
        for entities in found:
            for mention in entities.mentions:
                mention.year = mention.year or (next(iter(years)) if len(years) == 1 else None)
        return found


def test_a_big_file_is_cut_into_parts_and_its_pages_are_dated_across_them() -> None:
    pages = [_page(n) for n in range(1, 2 * PART_PAGES + 3)]  # three parts: 8, 8 and 2 pages
    stand_in = _DatesFirstPage()
    (tag, outcome), (small_tag, small) = list(
        InProcess(lambda: stand_in).run([("big", "export.xml", pages), ("small", "one.txt", [_page(1)])])  # type: ignore[arg-type, return-value]
    )
    assert stand_in.calls == [("pages", 8), ("pages", 8), ("pages", 2), ("many", 1)]
    assert (tag, small_tag) == ("big", "small")
    assert not isinstance(outcome, str) and not isinstance(small, str)
    assert [entities.mentions[0].year for entities in outcome] == [2016] * len(pages)  # the last part's too


def test_a_failing_part_fails_its_whole_file_and_only_it() -> None:
    outcomes: list[tuple[tuple[str, int, int], Outcome]] = [
        (("a", 0, 2), [PageEntities(Stance("neutral", 0.0))]),
        (("a", 1, 2), "E601 boom"),
        (("b", 0, 1), []),
    ]
    assert list(joined(outcomes)) == [("a", "E601 boom"), ("b", [])]


def test_parts_keep_the_page_order() -> None:
    pages = [_page(n) for n in range(1, 12)]
    cut = list(parts([("t", "export.xml", pages)], size=4))
    assert [tag for tag, _, _ in cut] == [("t", 0, 3), ("t", 1, 3), ("t", 2, 3)]
    assert [page for _, _, chunk in cut for page in chunk] == pages


def test_a_file_in_parts_gives_the_whole_files_records(extractor: EntityExtractor) -> None:
    """The examples and seeds as one file of more than two parts: the same records as one
    ``extract_many`` call (spaCy's batches differ; its output must not)."""
    pages = [page for result in read_sources([str(ROOT / "examples"), str(SEEDS)]) for page in result.pages]
    assert len(pages) > 2 * PART_PAGES
    whole = [entities.to_json() for entities in extractor.extract_many(pages)]
    ((_, outcome),) = list(InProcess(lambda: extractor).run([("all", "all", pages)]))
    assert not isinstance(outcome, str)
    assert [entities.to_json() for entities in outcome] == whole
