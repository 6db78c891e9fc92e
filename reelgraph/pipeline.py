"""Wiring: paths in, per-file results out; one bad file never stops a batch."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from base.errors import ExtractionFailed, InputError
from extract.io import display_name, iter_page_files, parse_document, read_file
from extract.nlp.aliases import AliasTable, apply_aliases, relevant_entries
from extract.nlp.extractor import EXTRACTOR, EntityExtractor
from extract.nlp.relations import EXTRACTOR as RELATIONS
from extract.records import Page, PageEntities
from graph.build import STRUCTURE, page_contribution
from graph.store import EmbeddedStore
from reelgraph.page_progress import page_bar
from reelgraph.settings import Settings
from reelgraph.workers import Extraction, ExtractorSpec, InProcess, Outcome, open_extraction

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
    for empty in (p for p in named if p != STDIN and Path(p).is_dir() and not any(iter_page_files([Path(p)]))):
        yield ReadResult(empty, error=InputError.no_pages_in(empty))  # an empty folder is a mistake, not 0 pages
    if STDIN in named:
        try:
            yield ReadResult("<stdin>", parse_document(stdin or b"", "<stdin>"))
        except InputError as error:
            yield ReadResult("<stdin>", error=error)
    for path in files:
        name = display_name(path)  # a file name that is not UTF-8 still prints and stores
        try:
            yield ReadResult(name, read_file(path))
        except InputError as error:
            yield ReadResult(name, error=error)
        except RecursionError:
            yield ReadResult(name, error=InputError.no_page(name, "nesting too deep to read"))


def count_files(paths: Iterable[str]) -> int:
    """How many files ``read_sources`` will read (for progress bars)."""
    named = list(paths)
    return len(list(iter_page_files(Path(p) for p in named if p != STDIN))) + (STDIN in named)


def build_extractor(settings: Settings) -> EntityExtractor:
    """The entity extractor with the store's alias table (spaCy and gazetteer load once)."""
    aliases = AliasTable.load(settings.aliases)
    extractor = EntityExtractor.default(cache_dir=settings.cache, aliases=aliases)
    extractor.progress = page_bar()  # a bar on a terminal while one long page parses
    return extractor


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


def page_digest(page: Page, aliases: AliasTable, entities: bool = True) -> str:
    """Changes when the page, the extractor, whether entities are extracted, or the user's
    alias decisions about names the page uses change (an edit about other names leaves it
    alone), so a page first read with ``--no-nlp`` gets its entities on the next ingest."""
    text = " ".join([page.title, page.author or "", page.body, *(f"{c.author} {c.text}" for c in page.comments)])
    payload = json.dumps(
        [page.to_json(), EXTRACTOR if entities else None, RELATIONS, STRUCTURE, relevant_entries(aliases, text)],
        ensure_ascii=False,
        sort_keys=True,
    )
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def propose_aliases(aliases: AliasTable, found: Iterable[PageEntities]) -> None:
    """Record, as proposals, the longer names the extractor resolved to another person's name
    (``[learned]`` in the alias file: shown to the user, never applied)."""
    for entities in found:
        for mention in entities.mentions:
            if mention.kind == "person" and mention.text != mention.name and len(mention.text.split()) >= 2:
                aliases.learn(mention.text, mention.name)


# the changed pages of one file: each with its new digest and the digest stored before (None: new)
Changed = list[tuple[Page, str, str | None]]


def ingest(
    results: Iterable[ReadResult],
    store: EmbeddedStore,
    extractor: Callable[[], EntityExtractor] | Extraction | None,
    aliases: AliasTable | Path | None = None,
) -> IngestReport:
    """Read results into the store: unchanged pages are skipped, changed ones replaced.

    ``extractor`` is an :class:`~reelgraph.workers.Extraction` (this process, worker processes
    or a Dask cluster), or a function that builds the entity extractor on first need, or None
    (structure only). Files are written one at a time, in input order, whatever ran them.
    ``aliases`` are the user's alias decisions, or the alias file (they change page digests);
    the names the extractor resolved are saved into it as proposals.
    """
    report = IngestReport()
    table = AliasTable.load(aliases) if isinstance(aliases, Path) else aliases or AliasTable()
    runner = InProcess(extractor) if callable(extractor) else extractor
    todo = changed_files(results, store, table, runner is not None, report)
    outcomes: Iterable[tuple[Changed, Outcome | None]] = (
        runner.run(todo) if runner is not None else ((changed, None) for changed, _, _ in todo)
    )
    for changed, outcome in outcomes:
        if isinstance(outcome, str):
            report.failures.append(outcome)
        else:
            store_changed(store, table, changed, outcome, report)
    if runner is not None and table.path is not None:
        table.save()
    return report


def changed_files(
    results: Iterable[ReadResult], store: EmbeddedStore, table: AliasTable, entities: bool, report: IngestReport
) -> Iterator[tuple[Changed, str, list[Page]]]:
    """Each file's new and changed pages, as a task for the extraction (lazily: a file's pages
    are compared with the store only when it is its turn); failed files and unchanged pages
    are counted in ``report``."""
    for result in results:
        if result.error is not None:
            report.failures.append(str(result.error))
            continue
        changed: Changed = []
        for page in result.pages:
            digest = page_digest(page, table, entities=entities)
            previous = store.digest_of(page.source)
            if previous == digest:
                report.unchanged += 1
            else:
                changed.append((page, digest, previous))
        if changed:
            yield changed, result.source, [page for page, _, _ in changed]


def store_changed(
    store: EmbeddedStore,
    table: AliasTable,
    changed: Changed,
    extracted: list[PageEntities] | None,
    report: IngestReport,
) -> None:
    """Write one file's changed pages (with their entities, if extracted) in one transaction,
    and keep the names the extractor resolved as alias proposals."""
    found: list[PageEntities | None] = list(extracted) if extracted is not None else [None] * len(changed)
    now = datetime.now(UTC).isoformat(timespec="seconds")
    batch = []
    for (page, digest, previous), entities in zip(changed, found, strict=True):
        record = page.to_json() | (entities.to_json() if entities else {})
        batch.append((page_contribution(*apply_aliases(table, page, entities)), digest, record, now))
        report.changed += previous is not None
        report.new += previous is None
    store.replace(batch)
    propose_aliases(table, (entities for entities in found if entities is not None))


def ingest_with_settings(
    results: Iterable[ReadResult],
    store: EmbeddedStore,
    settings: Settings,
    nlp: bool = True,
    workers: int = 1,
    scheduler: str | None = None,
) -> IngestReport:
    """``reelgraph ingest``: the user's aliases, and extraction on ``workers`` processes or on
    the Dask cluster at ``scheduler`` (None: no entity extraction when ``nlp`` is False)."""
    aliases = AliasTable.load(settings.aliases)
    if not nlp:
        return ingest(results, store, None, aliases)
    runner = open_extraction(ExtractorSpec(settings.cache, settings.aliases), workers, scheduler)
    try:
        return ingest(results, store, runner, aliases)
    finally:
        runner.close()
