"""Main text of pages no known theme matches, by trafilatura.

trafilatura is imported on first use: it is the slowest import of the readers and
most pages (WordPress, Blogger) never need it.
"""

from __future__ import annotations

from lxml import etree

from extract.html_text import element_text
from extract.records import Hint


def main_text(html_text: str) -> tuple[str, list[Hint]]:
    """(body text, hints) of a generic page; empty when nothing looks like an article."""
    import trafilatura

    xml = trafilatura.extract(
        html_text,
        output_format="xml",
        include_formatting=True,
        include_links=True,
        include_comments=False,
        favor_recall=True,
    )
    if not xml:
        return "", []
    doc = etree.fromstring(xml.encode("utf-8"))
    paragraphs = [element_text(p) for p in doc.iter("p", "head", "item")]
    hints: list[Hint] = []
    for element in doc.iter("hi", "ref"):
        text = element_text(element)
        if not text:
            continue
        if element.tag == "hi" and "#i" in str(element.get("rend") or ""):
            hints.append(Hint(text=text, kind="em"))
        elif element.tag == "ref":
            target = str(element.get("target") or "")
            if target.startswith(("http://", "https://")):
                hints.append(Hint(text=text, kind="link", href=target))
    return "\n\n".join(p for p in paragraphs if p), hints
