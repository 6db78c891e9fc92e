"""What each command does, as one library call per command (the CLI only parses and prints).

Heavy dependencies are imported inside the functions that need them, so a command pays
only for its own: spaCy only when extracting, the neo4j driver only for Neo4j, scipy only
for ``recommend``, pyvis only when drawing.
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from base.errors import NoPath, NoSuchPage, OutputError, QueryUsageError, UnknownKind
from reelgraph.settings import Settings

if TYPE_CHECKING:
    import networkx as nx

    from extract.records import Page, PageEntities
    from graph.neo4j_store import Connection
    from graph.store import EmbeddedStore
    from queries.graphview import GraphView, NodeInfo
    from queries.influence import Hop, Influence
    from queries.recommend import Recommendation
    from reelgraph.pipeline import ReadResult

MAX_PATH_STEPS = 12
SHOW_LIMIT = 5
_SAME_NAME = "SELECT key FROM nodes WHERE name = ? COLLATE NOCASE ORDER BY key"


def open_store(settings: Settings, create: bool = False) -> EmbeddedStore:
    """The embedded store the settings name (``E300`` with what to do when there is none)."""
    from graph.store import EmbeddedStore

    return EmbeddedStore.open(settings.store, create=create)


def write_text(path: Path, text: str) -> Path:
    """Write a file the user named, atomically (``base.files``): a folder there is ``E210``,
    an unwritable path ``E212``, not a traceback; a symlink there is replaced, not followed."""
    from base.files import write_atomic

    return write_atomic(path, text, example="graph.html")


@dataclass(slots=True)
class RecommendAnswer:
    film: NodeInfo
    results: list[Recommendation]


def recommend(settings: Settings, film: str, limit: int, kind: str, viz: Path | None = None) -> RecommendAnswer:
    """Works like ``film``, ranked (``E601``/``E602`` when the name is unknown or ambiguous)."""
    from extract.nlp.aliases import AliasTable
    from graph.schema import Label
    from queries.graphview import GraphView
    from queries.recommend import recommend as recommend_works

    with open_store(settings) as store:
        view = GraphView.load(store)
        found = view.one(film, frozenset({Label.FILM}), "film", AliasTable.load(settings.aliases))
        answer = RecommendAnswer(found, recommend_works(view, found, limit, kind))
    if viz is not None:
        from viz.html import graph_page
        from viz.views import recommendation_graph

        graph = recommendation_graph(answer.film, answer.results)
        write_text(viz, graph_page(graph, f"Like {answer.film.display()}", [answer.film.key]))
    return answer


def influence(settings: Settings, top: int) -> list[Influence]:
    """People ranked by the replies, pingbacks and citations they draw (the ranking kept
    with the graph model when there is one for this generation: no numpy, no arrays read)."""
    from queries.answers import kept_influence

    with open_store(settings) as store:
        kept = kept_influence(store, top)
        if kept is not None:
            return kept
        from queries.graphview import GraphView
        from queries.influence import influence as rank_influence

        return rank_influence(GraphView.load(store), top)


def _ends(view: GraphView, name: str, settings: Settings) -> list[NodeInfo]:
    from extract.nlp.aliases import AliasTable
    from queries.influence import PATH_ENDS

    aliases = AliasTable.load(settings.aliases)
    found = view.find(name, PATH_ENDS, aliases)
    if not found:
        view.one(name, PATH_ENDS, "person or work", aliases)  # raises with the closest names
    return found


def paths(settings: Settings, start: str, end: str, limit: int, viz: Path | None = None) -> list[list[Hop]]:
    """The best distinct paths between two people or works (``E603`` none, ``E604`` same node)."""
    from queries.graphview import GraphView
    from queries.influence import best_paths

    with open_store(settings) as store:
        view = GraphView.load(store)
        starts, ends = _ends(view, start, settings), _ends(view, end, settings)
        same = {n.key for n in starts} & {n.key for n in ends}
        if same and len(starts) == 1 and len(ends) == 1:
            raise NoPath.same(start, end, starts[0].display())
        starts = [n for n in starts if n.key not in same] or starts
        ends = [n for n in ends if n.key not in same] or ends
        found = distinct_paths(best_paths(view, starts, ends, limit * 4), limit)
        if not found:
            raise NoPath.between(start, end, MAX_PATH_STEPS)
        if viz is not None:
            from viz.html import graph_page
            from viz.views import paths_graph

            ends_keys = [found[0][0].source.key, found[0][-1].target.key]
            write_text(viz, graph_page(paths_graph(found), f"{start} → {end}", ends_keys))
    return found


def distinct_paths(paths: list[list[Hop]], limit: int) -> list[list[Hop]]:
    """The first ``limit`` paths that pass through different nodes: two paths over the same
    nodes (by parallel edges, such as A compared to B and B compared to A) would print alike."""
    seen: set[tuple[str, ...]] = set()
    kept = []
    for hops in paths:
        nodes = (hops[0].source.key, *(hop.target.key for hop in hops))
        if nodes not in seen:
            seen.add(nodes)
            kept.append(hops)
    return kept[:limit]


def show(settings: Settings, name: str) -> list[dict[str, Any]]:
    """Every node named ``name`` (any case, alias-aware) with its edges and evidence; an
    unknown name is ``E601`` with the closest names, like ``recommend``."""
    from extract.nlp.aliases import AliasTable
    from queries.show import describe_keys

    with open_store(settings) as store:
        aliases = AliasTable.load(settings.aliases)
        names = [name, *filter(None, [aliases.canonical(name)])]
        keys = [str(row[0]) for n in names for row in store.db.execute(_SAME_NAME, (n.strip(),))]
        if not keys:  # "Her (2013)", or an unknown name: the graph model knows years and the closest names
            from graph.schema import Label
            from queries.graphview import GraphView

            view, labels = GraphView.load(store), frozenset(Label)
            keys = [n.key for n in view.find(name, labels, aliases)]
            if not keys:
                view.one(name, labels - {Label.COMMENT}, "entity", aliases)  # raises E601 with the closest names
        return describe_keys(store, list(dict.fromkeys(keys))[:SHOW_LIMIT])


def stats(settings: Settings) -> dict[str, Any]:
    """Counts of the store's pages, nodes by label and edges by type."""
    with open_store(settings) as store:
        return store.stats()


def compact(settings: Settings) -> dict[str, int]:
    """Drop unused sentences and VACUUM the store; its size before and after, in bytes."""
    with open_store(settings) as store, store.writing():
        return store.compact()


def forget(settings: Settings, given: str) -> list[str]:
    """Remove a page (or every post of an export) named by any spelling of its path or its
    canonical URL; ``E303`` when the store has no such page."""
    from reelgraph.identity import identities_for

    with open_store(settings) as store, store.writing():
        removed: list[str] = []
        for identity in identities_for(given):
            removed += store.forget(identity)
    if not removed:
        raise NoSuchPage.of(given, str(settings.store))
    return sorted(set(removed))


def export(settings: Settings, fmt: str, output: Path) -> list[Path]:
    """Write the store as Turtle, JSON-LD, GraphML, CSV or neo4j-admin import files."""
    from graph.export import export as export_store

    try:
        with open_store(settings) as store:
            if fmt == "neo4j-admin":
                from graph.admin_export import export_admin

                return export_admin(store, output, settings.neo4j_database)
            return export_store(store, fmt, output)
    except OSError as error:
        raise OutputError.unwritable(str(output), error.strerror or type(error).__name__) from error


def parse_kinds(kinds: str | None) -> frozenset[Any] | None:
    """``--kinds film,Person`` as labels, any case (``E201`` names the valid ones)."""
    from graph.schema import Label

    if not kinds:
        return None
    by_name = {label.value.casefold(): label for label in Label}
    chosen = set()
    for kind in (k.strip() for k in kinds.split(",")):
        if kind.casefold() not in by_name:
            raise UnknownKind.of(kind, sorted(label.value for label in Label))
        chosen.add(by_name[kind.casefold()])
    return frozenset(chosen)


def draw(settings: Settings, focus: str | None, depth: int, kinds: str | None, output: Path) -> nx.MultiDiGraph[str]:
    """Write the graph (or ``focus`` and its neighbourhood) as one self-contained HTML page."""
    from viz.html import graph_page
    from viz.views import neighbourhood

    labels = parse_kinds(kinds)
    with open_store(settings) as store:
        graph = neighbourhood(store, focus, depth, labels)
    title = f"{focus} (within {depth} steps)" if focus else "reelgraph"
    write_text(output, graph_page(graph, title, []))
    return graph


@dataclass(slots=True)
class IngestSummary:
    pages: int
    new: int
    changed: int
    unchanged: int
    failures: list[str]
    store: str
    nodes: int
    edges: int
    seconds: float
    pages_per_second: float = field(init=False)

    def __post_init__(self) -> None:
        self.pages_per_second = round(self.pages / self.seconds, 1) if self.seconds > 0 else 0.0

    def to_json(self) -> dict[str, Any]:
        return {
            "pages": self.pages,
            "new": self.new,
            "changed": self.changed,
            "unchanged": self.unchanged,
            "failed": len(self.failures),
            "store": self.store,
            "nodes": self.nodes,
            "edges": self.edges,
            "seconds": round(self.seconds, 2),
            "pages_per_second": self.pages_per_second,
        }


Progress = Callable[[Iterator[Any], int, str], Iterator[Any]]  # items, total, a note such as "2 worker(s)"


def _no_progress(items: Iterator[Any], total: int, note: str = "") -> Iterator[Any]:
    return items


def ingest(
    settings: Settings,
    paths: tuple[str, ...],
    stdin: bytes | None,
    nlp: bool,
    workers: int | None = None,
    scheduler: str | None = None,
    progress: Progress = _no_progress,
    from_cache: bool = False,
    status: Callable[[str], object] | None = None,
) -> IngestSummary:
    """Read pages into the store: new and changed pages are added, unchanged ones skipped.
    Extraction runs on ``workers`` processes (default: the cores, one per 8 files) or on the
    Dask cluster at ``scheduler``. ``from_cache``: the pages ``fetch`` kept, not ``paths``.
    When pages were written, the graph model the queries read is built and kept (``status``
    hears when it starts and how long it took)."""
    from reelgraph.pipeline import ingest_with_settings
    from reelgraph.workers import default_workers

    started = time.perf_counter()
    with contextlib.ExitStack() as stack:
        total, sources = _pages_to_read(stack, settings, paths, stdin, from_cache)
        store = stack.enter_context(open_store(settings, create=True))
        stack.enter_context(store.writing())
        workers = workers or min(default_workers(), max(1, total // 8))
        results = progress(sources, total, f"{workers} worker(s)" if nlp else "")
        report = ingest_with_settings(results, store, settings, nlp, workers, scheduler)
        if report.new or report.changed:  # the graph model for this generation, built once now
            prepare_model(store, status)
        counts = store.stats()
    return IngestSummary(
        report.pages,
        report.new,
        report.changed,
        report.unchanged,
        report.failures,
        str(settings.store),
        counts["nodes"],
        counts["edges"],
        time.perf_counter() - started,
    )


def _pages_to_read(
    stack: contextlib.ExitStack, settings: Settings, paths: tuple[str, ...], stdin: bytes | None, from_cache: bool
) -> tuple[int, Iterator[ReadResult]]:
    """How many files there are to read, and their read results (lazily): the pages ``fetch``
    kept (the cache stays open on ``stack``), or ``paths`` and standard input."""
    if from_cache:
        from reelgraph.follow import cached_results, fetched_urls, raw_cache

        cache = stack.enter_context(contextlib.closing(raw_cache(settings)))
        urls = fetched_urls(cache, settings)
        return len(urls), cached_results(cache, urls)
    from reelgraph.identity import identified
    from reelgraph.pipeline import count_files, read_sources

    return count_files(paths), identified(read_sources(paths, stdin))


def prepare_model(store: EmbeddedStore, status: Callable[[str], object] | None = None) -> None:
    """Build and keep the graph model of the store's current generation, with what
    ``recommend`` and ``influence`` derive from it, so the next query only reads it."""
    from graph.model import GraphModel
    from queries.influence import prepare as prepare_influence
    from queries.recommend import prepare as prepare_recommend

    started = time.perf_counter()
    if status is not None:
        status("building the graph model for queries")
    model = GraphModel.load(store)
    prepare_recommend(model)
    prepare_influence(model)
    if status is not None:
        status(f"graph model built in {time.perf_counter() - started:.1f} s")


def extract(
    settings: Settings, paths: tuple[str, ...], stdin: bytes | None, nlp: bool, progress: Progress = _no_progress
) -> Iterator[tuple[str | None, list[tuple[Page, PageEntities | None]]]]:
    """Each file's pages (and entities), or its error text; writes nothing."""
    from reelgraph.pipeline import build_extractor, count_files, extracted_pages, read_sources

    extractor = build_extractor(settings) if nlp else None
    for result, found in extracted_pages(progress(read_sources(paths, stdin), count_files(paths), ""), extractor):
        yield (str(result.error) if result.error is not None else None), found


def query(
    settings: Settings,
    name_or_cypher: str,
    params: list[str],
    allow_write: bool,
    embedded: bool,
    connection: Callable[[], Connection],
) -> list[dict[str, Any]]:
    """A named query or Cypher: on Neo4j, or a named one on the embedded store."""
    from queries.named import resolve

    text, values = resolve(name_or_cypher, params, allow_write)
    if embedded:
        from graph.nxgraph import to_networkx
        from queries.embedded import EMBEDDED

        if name_or_cypher not in EMBEDDED:
            raise QueryUsageError.not_embedded(name_or_cypher, sorted(EMBEDDED))
        with open_store(settings) as store:
            return EMBEDDED[name_or_cypher](to_networkx(store, evidence=False), **values)
    from graph.neo4j_store import Neo4jStore

    with Neo4jStore.connect(connection()) as neo4j:
        return neo4j.write(text, **values) if allow_write else neo4j.read_only(text, **values)


def load(
    settings: Settings,
    connection: Connection,
    batch_size: int,
    progress: Callable[[int], object],
    strict: bool = False,
) -> dict[str, Any]:
    """Push the embedded store to Neo4j; returns the database's node and relationship counts,
    and under "skipped" what was left out because the schema forbids it ("" when nothing)."""
    from graph.neo4j_store import Neo4jStore

    with open_store(settings) as store, Neo4jStore.connect(connection) as neo4j:
        report = neo4j.load(store, batch_size, progress, strict=strict)
        return neo4j.counts() | {"skipped": report.refused_summary(), "skipped_count": len(report.refused)}


def load_size(settings: Settings) -> int:
    """Rows ``load`` will write (for its progress bar)."""
    counts = stats(settings)
    return int(counts["nodes"]) + int(counts["edges"])


@dataclass(slots=True)
class AliasEdit:
    """An alias edit: what changed in the table, and the stored pages rebuilt with it."""

    lines: list[str]
    pages: list[str]

    def describe(self) -> str:
        if not self.lines:
            return "nothing changed: the alias table already says that"
        from reelgraph.identity import shown

        rebuilt = (
            f"rebuilt {len(self.pages)} page(s) that use the name(s): " + ", ".join(shown(p) for p in self.pages)
            if self.pages
            else "no stored page uses the name(s); pages ingested from now on will"
        )
        return "; ".join(self.lines) + "\n" + rebuilt


def edit_aliases(settings: Settings, action: str, *names: str) -> AliasEdit:
    """``merge NAME CANONICAL``, ``rename OLD NEW`` or ``split NAME`` in the alias table, then
    rebuild (without re-extracting) the stored pages that use those names, so the next answer
    shows the edit. A later ``ingest`` re-extracts those pages only."""
    from extract.nlp.aliases import AliasTable, merge_names, rename_entity, split_off

    table = AliasTable.load(settings.aliases)
    if action == "merge":
        change = merge_names(table, names[0], names[1])
    elif action == "rename":
        change = rename_entity(table, names[0], names[1])
    else:
        change = split_off(table, names[0])
    if not change.lines:
        return AliasEdit([], [])
    table.save()
    if not (settings.store / "graph.sqlite").is_file():
        return AliasEdit(change.lines, [])
    return AliasEdit(change.lines, rebuild_pages(settings, table, change.names))


def rebuild_pages(settings: Settings, table: Any, names: frozenset[str]) -> list[str]:
    """Rebuild each stored page that uses one of ``names`` from its stored record, with the
    alias table applied; returns their sources."""
    from datetime import UTC, datetime

    from extract.nlp.aliases import apply_aliases, page_names
    from extract.nlp.textnorm import name_key
    from extract.record_json import entities_from_json, page_from_json
    from graph.build import page_contribution

    keys = {name_key(n) for n in names}
    now = datetime.now(UTC).isoformat(timespec="seconds")
    with open_store(settings) as store, store.writing():
        touched = [r for r in store.records() if page_names(r) & keys]
        batch = []
        for record in touched:
            page, entities = apply_aliases(table, page_from_json(record), entities_from_json(record))
            batch.append((page_contribution(page, entities), store.digest_of(page.source) or "", record, now))
        store.replace(batch)
    return sorted(str(r["source"]) for r in touched)
