"""Text and entity hints out of HTML elements.

>>> from lxml import html
>>> el = html.fromstring('<div><p>See <i>Heat</i> and <a href="https://www.imdb.com/title/tt1">Thief</a>.</p><p>Two</p></div>')
>>> block_text(el)
'See Heat and Thief.\\n\\nTwo'
>>> [(h.kind, h.text) for h in collect_hints(el)]
[('em', 'Heat'), ('link', 'Thief')]
"""

from __future__ import annotations

from lxml import etree

from extract import selectors as sel
from extract.records import Hint

_EMPHASIS_TAGS = frozenset({"em", "i", "cite"})


def element_text(element: etree._Element | None) -> str:
    """All the text under an element, whitespace folded; <br> becomes a space."""
    if element is None:
        return ""
    return " ".join("".join(str(t) for t in element.itertext()).split())


def block_text(element: etree._Element) -> str:
    """Paragraph text: one paragraph per block element, separated by blank lines."""
    blocks = [
        e for e in element.iter(*sel.BODY_BLOCK_TAGS)
        if not any(a.tag in sel.BODY_BLOCK_TAGS for a in e.iterancestors()) or e is element
    ]
    if not blocks:
        return element_text(element)
    paragraphs = [element_text(block) for block in blocks]
    return "\n\n".join(p for p in paragraphs if p)


def collect_hints(element: etree._Element) -> list[Hint]:
    """Italic spans and links to film databases inside a review body."""
    hints: list[Hint] = []
    for found in element.iter("em", "i", "cite", "a"):
        text = element_text(found)
        if not text or len(text) > 120:
            continue
        if found.tag in _EMPHASIS_TAGS:
            hints.append(Hint(text=text, kind="em"))
        else:
            href = str(found.get("href") or "")
            if any(host in href for host in sel.ENTITY_LINK_HOSTS):
                hints.append(Hint(text=text, kind="link", href=href))
    return hints
