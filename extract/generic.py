"""Main text of pages no known theme matches, by trafilatura.

trafilatura is imported on first use: it is the slowest import of the readers and
most pages (WordPress, Blogger) never need it.
"""

from __future__ import annotations

from lxml import etree

from extract.records import Hint

_LINK_HOST_HINTS = ("imdb.com", "wikipedia.org", "letterboxd.com", "wikidata.org")


def main_text(html_text: str) -> tuple[str, list[Hint]]:
    """(body text, hints) of a generic page; empty when nothing looks like an article."""
    import trafilatura

    xml = trafilatura.extract(
        html_text, output_format="xml", include_formatting=True, include_links=True,
        include_comments=False, favor_recall=True,
    )
    if not xml:
        return "", []
    doc = etree.fromstring(xml.encode("utf-8"))
    paragraphs = [" ".join("".join(p.itertext()).split()) for p in doc.iter("p", "head", "item")]
    hints: list[Hint] = []
    for element in doc.iter("hi", "ref"):
        text = " ".join("".join(element.itertext()).split())
        if not text:
            continue
        if element.tag == "hi" and "#i" in str(element.get("rend") or ""):
            hints.append(Hint(text=text, kind="em"))
        elif element.tag == "ref":
            target = str(element.get("target") or "")
            if any(host in target for host in _LINK_HOST_HINTS):
                hints.append(Hint(text=text, kind="link", href=target))
    return "\n\n".join(p for p in paragraphs if p), hints
