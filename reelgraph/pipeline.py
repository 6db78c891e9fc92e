"""Wiring: paths in, per-file results out; one bad file never stops a batch."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from extract.io import iter_page_files, parse_document, read_file
from extract.nlp.aliases import AliasTable
from extract.nlp.extractor import EXTRACTOR, EntityExtractor
from extract.nlp.relations import EXTRACTOR as RELATIONS
from extract.records import Page, PageEntities
from graph.build import STRUCTURE, page_contribution
from graph.store import EmbeddedStore
from base.errors import ExtractionFailed, InputError
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
        try:
            entities = extractor.extract_many(result.pages)
        except Exception as error:  # one page must not stop the batch: report it and go on
            yield ReadResult(result.source, error=ExtractionFailed.of(result.source, error)), []
            continue
        yield result, list(zip(result.pages, entities, strict=True))


@dataclass(slots=True)
class IngestReport:
    """What an ingest did, file by file."""

    new: int = 0
    changed: int = 0
    unchanged: int = 0
    failures: list[str] = field(default_factory=list)

    @property
    def pages(self) -> int:
        return self.new + self.changed + self.unchanged


def page_digest(page: Page, aliases: AliasTable) -> str:
    """Changes when the page, the extractor or the user's alias decisions change."""
    payload = json.dumps(
        [page.to_json(), EXTRACTOR, RELATIONS, STRUCTURE, sorted(aliases.merged.items()), sorted(aliases.split)],
        ensure_ascii=False,
        sort_keys=True,
    )
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def ingest(
    results: Iterable[ReadResult], store: EmbeddedStore, extractor: Callable[[], EntityExtractor] | None
) -> IngestReport:
    """Read results into the store: unchanged pages are skipped, changed ones replaced.
    ``extractor`` builds the entity extractor on first need (None: structure only)."""
    report = IngestReport()
    built: EntityExtractor | None = None
    aliases = AliasTable()
    for result in results:
        if result.error is not None:
            report.failures.append(str(result.error))
            continue
        if extractor is not None and built is None:
            built = extractor()
            aliases = built.aliases
        todo: list[tuple[Page, str, str | None]] = []
        for page in result.pages:
            digest = page_digest(page, aliases)
            previous = store.digest_of(page.source)
            if previous == digest:
                report.unchanged += 1
            else:
                todo.append((page, digest, previous))
        if not todo:
            continue
        try:
            found = built.extract_many([p for p, _, _ in todo]) if built else [None] * len(todo)
        except Exception as error:  # one page must not stop the batch: report it and go on
            report.failures.append(str(ExtractionFailed.of(result.source, error)))
            continue
        now = datetime.now(UTC).isoformat(timespec="seconds")
        batch = []
        for (page, digest, previous), entities in zip(todo, found, strict=True):
            record = page.to_json() | (entities.to_json() if entities else {})
            batch.append((page_contribution(page, entities), digest, record, now))
            report.changed += previous is not None
            report.new += previous is None
        store.replace(batch)
    if built is not None:
        built.aliases.save()
    return report
