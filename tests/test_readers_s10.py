"""Page readers, tenth session (R): one rule for a pingback's author, the readers under every
perturbation at once, and the engines the ninth session left (issue 11). Each test fails
without its rule."""

from __future__ import annotations

import json
from html import unescape
from pathlib import Path
from typing import Any

import pytest
from lxml import etree
from lxml import html as lxml_html

_TUNE = Path(__file__).parent / "fixtures" / "pages" / "tune"


# --- a pingback's author: the name the page shows for it, verbatim ---------------------------


def _gold_pings(gold: dict[str, Any]) -> list[dict[str, Any]]:
    pages = gold.get("pages") or [gold]
    return [c for page in pages for c in page.get("comments", []) if c.get("pingback")]


def _shown_texts(path: Path) -> set[str]:
    """The whole text of every element of a page (or of an export's, a feed's fields, as the
    blog would show them: their entities, even inside CDATA, decoded)."""
    data = path.read_bytes()
    if path.suffix in (".html", ".htm"):
        root = lxml_html.fromstring(data)
        return {" ".join("".join(e.itertext()).split()) for e in root.iter() if isinstance(e.tag, str)}
    root = etree.fromstring(data, etree.XMLParser(recover=True))
    return {" ".join(unescape("".join(e.itertext())).split()) for e in root.iter() if isinstance(e.tag, str)}


_PINGED_PAGES = sorted(
    p.name[: -len(".gold.json")]
    for p in _TUNE.glob("*.gold.json")
    if _gold_pings(json.loads(p.read_text(encoding="utf-8")))
)


@pytest.mark.parametrize("name", _PINGED_PAGES)
def test_a_pingbacks_gold_author_is_the_name_the_page_shows_verbatim(name: str) -> None:
    """The gold convention (docs/readers-formats.md, 'Gold files'): a pingback's author is the
    text the engine rendered in its author slot, whole: WordPress's 'Pingback: <a>TITLE « SITE</a>'
    is 'TITLE « SITE' (not the site cut out of it); a site named in its own element (Publify's
    `<cite>`, Known's h-card link) is that element's text; an export's `comment_author`, a feed's
    `dc:creator`."""
    gold = json.loads((_TUNE / f"{name}.gold.json").read_text(encoding="utf-8"))
    shown = _shown_texts(_TUNE / name)
    for ping in _gold_pings(gold):
        assert ping["author"] in shown, (name, ping["author"])
