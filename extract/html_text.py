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


def _text_with_breaks(element: etree._Element) -> str:
    """Text where <br> ends a line and two <br> end a paragraph (Blogger posts)."""
    parts: list[str] = []
    for event, node in etree.iterwalk(element, events=("start", "end")):
        if event == "start":
            text = str(node.text or "") if isinstance(node.tag, str) else ""
            parts.append("\n" if node.tag == "br" else text.replace("\n", " "))
            _comment_tails(next(iter(node), None), parts)  # comments the walk does not visit
        elif node is not element:
            parts.append(str(node.tail or "").replace("\n", " "))
            _comment_tails(node.getnext(), parts)
    lines = [" ".join(line.split()) for line in "".join(parts).split("\n")]
    text = "\n".join(lines).strip()
    while "\n\n\n" in text:
        text = text.replace("\n\n\n", "\n\n")
    return text


def _comment_tails(node: etree._Element | None, parts: list[str]) -> None:
    """The tails of the comments and processing instructions from ``node`` on, up to the next
    element: text the element walk would lose ('</div><!-- .meta -->\n<h1>')."""
    while node is not None and not isinstance(node.tag, str):
        parts.append(str(node.tail or "").replace("\n", " "))
        node = node.getnext()


def _inside_block(node: etree._Element, top: etree._Element) -> bool:
    """Whether a block element sits inside another block element below ``top``."""
    for ancestor in node.iterancestors():
        if ancestor is top:
            return False
        if ancestor.tag in sel.BODY_BLOCK_TAGS:
            return True
    return False


def block_text(element: etree._Element) -> str:
    """Paragraph text: one paragraph per block element, separated by blank lines."""
    blocks = [e for e in element.iter(*sel.BODY_BLOCK_TAGS) if not _inside_block(e, element)]
    if not blocks:
        return _text_with_breaks(element)
    paragraphs = [element_text(block) for block in blocks]
    if blocks[0] is not element and blocks[0].getparent() is element and (element.text or "").strip():
        paragraphs.insert(0, _lead_text(element, blocks[0]))  # a bare first paragraph before the <p> ones
    return "\n\n".join(p for p in paragraphs if p)


def _lead_text(element: etree._Element, first_block: etree._Element) -> str:
    """The words an element holds before its first paragraph element, a direct child."""
    parts = [str(element.text or "")]
    for child in element:
        if child is first_block:
            break
        if isinstance(child.tag, str):
            parts.append(element_text(child))
        parts.append(str(child.tail or ""))
    return " ".join("".join(parts).split())


def collect_hints(element: etree._Element) -> list[Hint]:
    """Italic spans and outgoing links (film databases, other blogs) inside a review body."""
    hints: list[Hint] = []
    for found in element.iter("em", "i", "cite", "a"):
        text = element_text(found)
        if not text or len(text) > 120:
            continue
        if found.tag in _EMPHASIS_TAGS:
            hints.append(Hint(text=text, kind="em"))
        else:
            href = str(found.get("href") or "")
            if href.startswith(("http://", "https://")):
                hints.append(Hint(text=text, kind="link", href=href))
    return hints


def xpath_elements(node: etree._Element, xpath: str) -> list[etree._Element]:
    """The elements an XPath finds (strings and numbers dropped)."""
    found = node.xpath(xpath)
    return [item for item in found if isinstance(item, etree._Element)] if isinstance(found, list) else []
