"""Alias edits: change the alias table, then rebuild the stored pages that use the names."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from reelgraph.api.store import open_store
from reelgraph.settings import Settings


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
