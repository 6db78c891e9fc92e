"""Wiring: paths in, per-file results out; one bad file never stops a batch."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from extract.io import iter_page_files, parse_document, read_file
from extract.nlp.aliases import AliasTable
from extract.nlp.extractor import EntityExtractor
from extract.records import Page, PageEntities
from reelgraph.errors import InputError
from reelgraph.settings import Settings

STDIN = "-"


@dataclass(slots=True)
class ReadResult:
    """The pages read from one file, or the error that file gave."""

    source: str
    pages: list[Page] = field(default_factory=list)
    error: InputError | None = None


def read_sources(paths: Iterable[str], stdin: bytes | None = None) -> Iterator[ReadResult]:
    """Read every named file and directory (``-`` is standard input)."""
    named = list(paths)
    files = list(iter_page_files(Path(p) for p in named if p != STDIN))
    if STDIN in named:
        try:
            yield ReadResult("<stdin>", parse_document(stdin or b"", "<stdin>"))
        except InputError as error:
            yield ReadResult("<stdin>", error=error)
    for path in files:
        try:
            yield ReadResult(str(path), read_file(path))
        except InputError as error:
            yield ReadResult(str(path), error=error)
        except RecursionError:
            yield ReadResult(str(path), error=InputError.no_page(str(path), "nesting too deep to read"))


def count_files(paths: Iterable[str]) -> int:
    """How many files ``read_sources`` will read (for progress bars)."""
    named = list(paths)
    return len(list(iter_page_files(Path(p) for p in named if p != STDIN))) + (STDIN in named)


def build_extractor(settings: Settings) -> EntityExtractor:
    """The entity extractor with the store's alias table (spaCy and gazetteer load once)."""
    aliases = AliasTable.load(settings.aliases)
    return EntityExtractor.default(cache_dir=settings.cache, aliases=aliases)


def extracted_pages(
    results: Iterable[ReadResult], extractor: EntityExtractor | None
) -> Iterator[tuple[ReadResult, list[tuple[Page, PageEntities | None]]]]:
    """Each file's result with its pages and, when an extractor is given, their entities."""
    for result in results:
        if result.error is not None or extractor is None:
            yield result, [(page, None) for page in result.pages]
            continue
        entities = extractor.extract_many(result.pages)
        yield result, list(zip(result.pages, entities, strict=True))
