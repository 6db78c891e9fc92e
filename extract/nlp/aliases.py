"""The alias table: a plain TOML file that users edit, and reelgraph learns into.

User decisions win over the extractor: ``[merge]`` maps a name to its canonical form,
``[split]`` lists names never merged automatically, ``[learned]`` holds what the extractor
resolved (move a line to ``[merge]`` to make it yours, delete it to forget it).

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
from dataclasses import dataclass, field
from pathlib import Path

from extract.nlp.textnorm import name_key
from base.errors import ReelgraphError

_HEADER = "# reelgraph aliases. [merge]: name = canonical name (yours, wins). [split]: never merge.\n"


class AliasFileError(ReelgraphError):
    code = "E110"


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
            raise AliasFileError(f"{path}: not a valid alias file ({error}). Fix it or delete it.") from error
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
        for table in (self.merged, self.learned):
            for alias, target in table.items():
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
