"""The alias table: a plain TOML file that users edit, and reelgraph learns into.

User decisions win over the extractor: ``[merge]`` maps a name to its canonical form,
``[split]`` lists names never merged automatically, ``[learned]`` holds what the extractor
proposes: it is never applied, so extraction stays a function of the page and the user's
decisions (move a line to ``[merge]`` to adopt it).

>>> table = AliasTable()
>>> table.merge("Philip Dick", "Philip K. Dick")
>>> table.canonical("philip  dick"), table.canonical("Jonze")
('Philip K. Dick', None)
"""

from __future__ import annotations

import json
import os
import tempfile
import tomllib
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from base.errors import AliasFileError
from extract.nlp.textnorm import name_key
from extract.records import Mention, Page, PageEntities

_HEADER = "# reelgraph aliases. [merge]: name = canonical name (yours, wins). [split]: never merge.\n"


@dataclass(slots=True)
class AliasTable:
    merged: dict[str, str] = field(default_factory=dict)  # name -> canonical, as the user wrote them
    learned: dict[str, str] = field(default_factory=dict)
    split: set[str] = field(default_factory=set)
    path: Path | None = None

    @classmethod
    def load(cls, path: Path) -> AliasTable:
        """Read the table (an absent file is an empty table)."""
        if not path.is_file():
            return cls(path=path)
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as error:
            raise AliasFileError.invalid(str(path), str(error)) from error
        names = data.get("split", {}).get("names", [])
        return cls(
            merged={str(k): str(v) for k, v in data.get("merge", {}).items()},
            learned={str(k): str(v) for k, v in data.get("learned", {}).items()},
            split={str(n) for n in names},
            path=path,
        )

    def canonical(self, name: str) -> str | None:
        """The canonical name for ``name``, user decisions first; None if unknown."""
        key = name_key(name)
        if key in {name_key(s) for s in self.split}:
            return None
        for alias, target in self.merged.items():  # learned names are proposals, never applied
            if name_key(alias) == key:
                return target
        return None

    def is_split(self, name: str) -> bool:
        return name_key(name) in {name_key(s) for s in self.split}

    def merge(self, name: str, canonical: str) -> None:
        self.merged[name] = canonical
        self.split.discard(name)

    def split_name(self, name: str) -> None:
        self.split.add(name)
        self.merged.pop(name, None)
        self.learned.pop(name, None)

    def learn(self, name: str, canonical: str) -> None:
        if name_key(name) != name_key(canonical) and not self.is_split(name) and name not in self.merged:
            self.learned[name] = canonical

    def to_toml(self) -> str:
        def table(title: str, entries: dict[str, str]) -> str:
            lines = [
                f"{json.dumps(k, ensure_ascii=False)} = {json.dumps(v, ensure_ascii=False)}"
                for k, v in sorted(entries.items())
            ]
            return f"[{title}]\n" + "".join(line + "\n" for line in lines)

        split = json.dumps(sorted(self.split), ensure_ascii=False)
        return f"{_HEADER}\n{table('merge', self.merged)}\n[split]\nnames = {split}\n\n{table('learned', self.learned)}"

    def save(self, path: Path | None = None) -> None:
        """Write atomically (a crash leaves the previous file)."""
        target = path or self.path
        if target is None:
            return
        target.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=target.parent, suffix=".tmp")
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            out.write(self.to_toml())
        os.replace(temporary, target)


# --- editing the table, and applying it to extracted pages ---------------------------------


@dataclass(frozen=True, slots=True)
class AliasChange:
    """What one alias edit changed: a line per entry, and the names whose pages it touches."""

    lines: list[str]
    names: frozenset[str]

    def describe(self) -> str:
        return "; ".join(self.lines) if self.lines else "nothing changed"


def merge_names(table: AliasTable, name: str, canonical: str) -> AliasChange:
    """``name`` is shown and found as ``canonical`` from now on.

    >>> merge_names(AliasTable(), "Nadia", "Nadia Okafor").describe()
    'merge Nadia -> Nadia Okafor (new)'
    """
    before = table.merged.get(name)
    if before == canonical:
        return AliasChange([], frozenset({name, canonical}))
    if name_key(name) == name_key(canonical):  # a name merged into itself: the entry goes
        if before is None:
            return AliasChange([], frozenset({name}))
        del table.merged[name]
        return AliasChange([f"merge {name} -> {before} removed"], frozenset({name, before}))
    table.merge(name, canonical)
    was = f"was {before}" if before else "new"
    return AliasChange([f"merge {name} -> {canonical} ({was})"], frozenset({name, canonical} | {before or name}))


def rename_entity(table: AliasTable, old: str, new: str) -> AliasChange:
    """The entity shown as ``old`` is shown as ``new``, and every name that pointed to
    ``old`` now points to ``new``.

    >>> table = AliasTable(merged={"Philip Dick": "Philip K. Dick"})
    >>> rename_entity(table, "Philip K. Dick", "P. K. Dick").lines
    ['merge Philip Dick -> P. K. Dick (was Philip K. Dick)', 'merge Philip K. Dick -> P. K. Dick (new)']
    >>> print(*rename_entity(table, "P. K. Dick", "Philip K. Dick").lines, sep=chr(10))  # and back
    merge Philip Dick -> Philip K. Dick (was P. K. Dick)
    merge Philip K. Dick -> P. K. Dick removed
    merge P. K. Dick -> Philip K. Dick (new)
    """
    lines: list[str] = []
    names = {old, new}
    for alias, canonical in sorted(table.merged.items()):
        if name_key(canonical) == name_key(old) and alias != old:
            names.add(alias)
            if name_key(alias) == name_key(new):  # renamed back to its own name
                del table.merged[alias]
                lines.append(f"merge {alias} -> {canonical} removed")
                continue
            table.merged[alias] = new
            lines.append(f"merge {alias} -> {new} (was {canonical})")
    lines += merge_names(table, old, new).lines
    return AliasChange(lines, frozenset(names))


def split_off(table: AliasTable, name: str) -> AliasChange:
    """``name`` is never merged with anything (its own merge and learned entries go)."""
    if table.is_split(name) and name not in table.merged:
        return AliasChange([], frozenset({name}))
    gone = [f"merge {name} -> {table.merged[name]} removed"] if name in table.merged else []
    target = table.merged.get(name) or table.learned.get(name)
    table.split_name(name)
    return AliasChange([*gone, f"split {name}"], frozenset({name} | ({target} if target else set())))


def _user(table: AliasTable, name: str | None) -> str | None:
    if not name:
        return name
    return table.canonical(name) or name


def apply_aliases(table: AliasTable, page: Page, entities: PageEntities | None) -> tuple[Page, PageEntities | None]:
    """The page and its entities with the user's merges applied to every name (authors,
    commenters, mentions, relation ends, the reviewed work); the inputs are not changed.
    Applied when a page's graph is built, so an alias edit shows without re-extracting.

    >>> from extract.records import Comment, Page
    >>> page = Page("a.txt", "text", "T", comments=[Comment("c1", "Hi", author="Nadia")])
    >>> apply_aliases(AliasTable(merged={"Nadia": "Nadia Okafor"}), page, None)[0].comments[0].author
    'Nadia Okafor'
    """
    if not table.merged and not table.split:
        return page, entities
    comments = [replace(c, author=_user(table, c.author)) for c in page.comments]
    reviewed = page.reviewed and replace(page.reviewed, title=_user(table, page.reviewed.title) or "")
    page = replace(page, author=_user(table, page.author), comments=comments, reviewed=reviewed)
    if entities is None:
        return page, None

    def mention(m: Mention) -> Mention:
        if table.is_split(m.text) and m.name != m.text:
            return replace(m, name=m.text)
        return replace(m, name=_user(table, m.name) or m.name)

    relations = [
        replace(
            r,
            source=_user(table, r.source) or r.source,
            target=_user(table, r.target) or r.target,
            by=_user(table, r.by),
        )
        for r in entities.relations
    ]
    return page, replace(
        entities,
        mentions=[mention(m) for m in entities.mentions],
        relations=relations,
        reviewed=entities.reviewed and mention(entities.reviewed),
    )


def page_names(record: dict[str, Any]) -> set[str]:
    """The name keys a stored page record uses (authors, commenters, mentions, relation ends)."""
    names = {record.get("author"), (record.get("reviewed") or {}).get("title")}
    names |= {c.get("author") for c in record.get("comments", [])}
    names |= {m.get(k) for m in record.get("mentions", []) for k in ("name", "text")}
    names |= {r.get(k) for r in record.get("relations", []) for k in ("source", "target", "by")}
    return {name_key(n) for n in names if n}


def relevant_entries(table: AliasTable, text: str) -> list[list[str]]:
    """The table's user entries whose names occur in ``text`` (a page's digest includes only
    these, so an alias edit re-extracts only the pages it touches).

    >>> relevant_entries(AliasTable(merged={"Nadia": "Nadia Okafor", "Leo": "Leo B."}), "Thanks, nadia!")
    [['merge', 'Nadia', 'Nadia Okafor']]
    """
    entries = [["merge", a, c] for a, c in sorted(table.merged.items())] + [["split", n] for n in sorted(table.split)]
    if not entries:
        return []  # no key of the page's whole text to compute
    padded = f" {name_key(text)} "
    return [e for e in entries if any(f" {name_key(n)} " in padded for n in e[1:] if name_key(n))]
