"""Print README's table of error and warning codes, generated from ``base/errors.py``; with
``--write``, replace the table between the ``error-table`` markers in README.md.

    python3 scripts/error_table.py [--write]

``tests/test_errors_catalogue.py`` fails when README's table is not the generated one.
"""

from __future__ import annotations

import sys
from pathlib import Path

from base.catalogue import markdown_table

README = Path(__file__).resolve().parent.parent / "README.md"
START, END = "<!-- error-table:start (scripts/error_table.py --write) -->\n", "<!-- error-table:end -->\n"


def readme_table(text: str) -> str:
    """The lines between the markers of ``text`` (ValueError when the markers are missing)."""
    _, start, rest = text.partition(START)
    table, end, _ = rest.partition(END)
    if not start or not end:
        raise ValueError(f"README.md lacks the markers {START.strip()} ... {END.strip()}")
    return table


def rewrite(text: str) -> str:
    """``text`` with the table between the markers replaced by the generated one."""
    old = readme_table(text)
    head, _, rest = text.partition(START + old)
    return head + START + markdown_table() + rest


def main(argv: list[str]) -> int:
    if argv == ["--write"]:
        README.write_text(rewrite(README.read_text(encoding="utf-8")), encoding="utf-8")
    elif argv:
        print(__doc__, file=sys.stderr)
        return 2
    else:
        print(markdown_table(), end="")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
