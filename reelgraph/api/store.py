"""The store itself: opening it, and ``stats``, ``compact``, ``forget``, ``export``; plus
``write_text``, how every command writes a file the user named."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from base.errors import NoSuchPage, OutputError
from reelgraph.settings import Settings

if TYPE_CHECKING:
    from graph.store import EmbeddedStore


def open_store(settings: Settings, create: bool = False) -> EmbeddedStore:
    """The embedded store the settings name (``E300`` with what to do when there is none)."""
    from graph.store import EmbeddedStore

    return EmbeddedStore.open(settings.store, create=create)


def write_text(path: Path, text: str) -> Path:
    """Write a file the user named, atomically (``base.files``): a folder there is ``E210``,
    an unwritable path ``E212``, not a traceback; a symlink there is replaced, not followed."""
    from base.files import write_atomic

    return write_atomic(path, text, example="graph.html")


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
