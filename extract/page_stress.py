"""The page readers under stress: known fixture pages made to look like unknown themes.

Each perturbation rewrites a page the way another theme would write the same thread, keeping
its gold true: class and id tokens hashed (no theme vocabulary), no classes or ids at all,
microdata and machine dates stripped (``itemprop``/``itemscope``/``itemtype``, ``datetime``,
``data-*``), the fixed chrome words translated into a language the readers may not know ('Reply',
'says:', 'Comments'), every block wrapped in extra ``div``s, and the author moved after the text.
``all`` applies them together. Scores use ``extract.evaluate``; tests pin floors per perturbation.

    python -m extract.page_stress tests/fixtures/pages/tune [--only hashed] [--pages PREFIX] [--json]

>>> hashed_tokens('<div class="comment odd" id="c-4"><a href="#c-4">x</a></div>', 'k')
'<div class="x276db1 x5ea5cc" id="x438291"><a href="#x438291">x</a></div>'
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

from lxml import etree
from lxml import html as lxml_html

from extract.evaluate import PageScore, SplitScore, gold_files, normalise, score_page

Perturbation = Callable[[str, dict[str, Any]], str]

_CLASS_OR_ID = re.compile(r"""\b(class|id)=(["'])(.*?)\2""", re.S)
_FRAGMENT = re.compile(r"""\b(href)=(["'])([^"'#]*)#([^"']+)\2""")


def _hash(token: str, salt: str) -> str:
    return "x" + hashlib.md5((salt + token).encode()).hexdigest()[:6]


def hashed_tokens(html: str, salt: str = "") -> str:
    """Every class and id token replaced by a hash of it (links to an id follow it)."""

    def token(match: re.Match[str]) -> str:
        return f'{match.group(1)}="{" ".join(_hash(t, salt) for t in match.group(3).split())}"'

    def fragment(match: re.Match[str]) -> str:
        return f'{match.group(1)}="{match.group(3)}#{_hash(match.group(4), salt)}"'

    return _FRAGMENT.sub(fragment, _CLASS_OR_ID.sub(token, html))


def _tree(html: str) -> etree._Element:
    return lxml_html.document_fromstring(html.encode("utf-8"), parser=lxml_html.HTMLParser(encoding="utf-8"))


def _serialise(tree: etree._Element) -> str:
    return str(lxml_html.tostring(tree, encoding="unicode", doctype="<!DOCTYPE html>"))


def _body(tree: etree._Element) -> etree._Element | None:
    found = tree.find("body")
    return found if found is not None else None


def _roundtrip(html: str, gold: dict[str, Any]) -> str:
    return _serialise(_tree(html))


def _hashed(html: str, gold: dict[str, Any]) -> str:
    return hashed_tokens(html, "s9")


def _bare(html: str, gold: dict[str, Any]) -> str:
    """No class and no id anywhere (links to an id lose their fragment)."""
    tree = _tree(html)
    for element in _body_elements(tree):
        for name in ("class", "id"):
            if name in element.attrib:
                del element.attrib[name]
        href = element.get("href")
        if href and "#" in href:
            element.set("href", href.split("#", 1)[0] or "/")
    return _serialise(tree)


_MACHINE = ("itemprop", "itemscope", "itemtype", "itemid", "datetime", "typeof", "property", "rel", "title")


def _body_elements(tree: etree._Element) -> Iterator[etree._Element]:
    body = _body(tree)
    if body is None:
        return
    for element in body.iter():
        if isinstance(element.tag, str):
            yield element


def _no_microdata(html: str, gold: dict[str, Any]) -> str:
    """No microdata, RDFa, ``datetime``, ``data-*``, ``rel`` or tooltip in the body (the head's
    meta tags stay: a theme may lack microdata but still have its SEO plug-in)."""
    tree = _tree(html)
    for element in _body_elements(tree):
        for name in [str(key) for key in element.attrib]:
            if name in _MACHINE or name.startswith("data-"):
                del element.attrib[name]
    for script in list(tree.iter("script")):
        holder = script.getparent()
        if script.get("type") == "application/ld+json" and holder is not None:
            holder.remove(script)
    return _serialise(tree)


# Fixed chrome words and their forms in languages the lexicons may not hold (Indonesian,
# Vietnamese, Croatian, Catalan): the page takes one of them, by its name.
_CHROME_WORDS: dict[str, tuple[str, ...]] = {
    "reply": ("Balas", "Trả lời", "Odgovori", "Respon"),
    "says": ("berkata", "viết", "kaže", "diu"),
    "comments": ("komentar", "bình luận", "komentara", "comentaris"),
    "leave a reply": ("Tinggalkan Balasan", "Để lại bình luận", "Ostavite odgovor", "Deixa un comentari"),
}
_WORD_FORMS = {
    "reply": r"reply|antworten|répondre|responder|rispondi|reageer|beantwoorden|odpowiedz|svara",
    "says": r"says|said|wrote|sagt|schrieb|dit|a dit|dice|dijo|disse|ha detto|zegt|zei|skriver",
    "comments": r"comments?|responses?|thoughts?|kommentare?|commentaires?|comentarios?|commenti|commento"
    r"|reacties|reactie|comentários?|kommentarer",
    "leave a reply": r"leave a (?:reply|comment)|schreibe einen kommentar|laisser un commentaire"
    r"|deja una respuesta|lascia un commento",
}
_WHOLE = {key: re.compile(rf"^(\s*)(?:{forms})(\s*[:：]?\s*)$", re.I) for key, forms in _WORD_FORMS.items()}
_COUNTED = re.compile(rf"^(\s*\(?\d+\)?\s+)(?:{_WORD_FORMS['comments']})\b", re.I)
_SAYS_TAIL = re.compile(rf"(\s)(?:{_WORD_FORMS['says']})(\s*:\s*)$", re.I)


def _translate_text(text: str, language: int) -> str:
    for key, pattern in _WHOLE.items():
        match = pattern.match(text)
        if match:
            return match.group(1) + _CHROME_WORDS[key][language] + match.group(2)
    counted = _COUNTED.match(text)
    if counted:
        return counted.group(1) + _CHROME_WORDS["comments"][language] + text[counted.end() :]
    said = _SAYS_TAIL.search(text)
    if said and len(text) < 80:
        return text[: said.start()] + said.group(1) + _CHROME_WORDS["says"][language] + said.group(2)
    return text


def _translate(html: str, gold: dict[str, Any]) -> str:
    """The chrome's fixed words ('Reply', 'says:', '23 Comments', 'Leave a Reply') in another
    language, chosen by the page's title; a comment's own words are left alone (only whole
    short text nodes are translated)."""
    title = str((gold.get("page") or {}).get("title") or "")
    language = int(hashlib.md5(title.encode()).hexdigest(), 16) % 4
    tree = _tree(html)
    for element in _body_elements(tree):
        if element.tag in {"script", "style"}:
            continue
        if element.text and len(element.text) < 120:
            element.text = _translate_text(element.text, language)
        if element.tail and len(element.tail) < 120:
            element.tail = _translate_text(element.tail, language)
    return _serialise(tree)


_BLOCKS = {"div", "li", "article", "section", "dd", "td", "aside", "main", "footer", "header"}


def _wrapped(html: str, gold: dict[str, Any]) -> str:
    """Each block's content wrapped in a plain ``div`` (page builders' and lazy-load wrappers)."""
    tree = _tree(html)
    for element in list(_body_elements(tree)):
        if element.tag not in _BLOCKS or not len(element):
            continue
        wrapper = etree.Element("div")
        wrapper.text, element.text = element.text, None
        for child in list(element):
            wrapper.append(child)
        element.append(wrapper)
    return _serialise(tree)


def _own_text(element: etree._Element) -> str:
    return normalise("".join(str(piece) for piece in element.itertext()))


def _author_after(html: str, gold: dict[str, Any]) -> str:
    """Each gold author's element moved after the comment's text (themes that sign under the
    text). The author element is the outermost one showing only the name; it moves to just
    after the child of the comment's block that holds the text's start."""
    tree = _tree(html)
    body = _body(tree)
    if body is None:
        return html
    moved: set[etree._Element] = set()
    for comment in gold.get("comments", []):
        author, starts = comment.get("author"), normalise(comment.get("starts"))[:40]
        if not author or not starts or comment.get("pingback"):
            continue
        name, best, nearest = normalise(author), None, 0
        for element in body.iter():
            if not isinstance(element.tag, str) or _own_text(element) != name:
                continue
            while (parent := element.getparent()) is not None and _own_text(parent) == name:
                element = parent
            if element in moved:
                continue
            block = element.getparent()
            while block is not None and starts not in _own_text(block):
                block = block.getparent()
            size = len(_own_text(block)) if block is not None else 0
            if block is not None and (best is None or size < nearest):
                best, nearest = element, size
        if best is not None:
            moved.add(best)
            _move_after_text(best, starts)
    return _serialise(tree)


def _move_after_text(element: etree._Element, starts: str) -> None:
    child, block = element, element.getparent()
    while block is not None and starts not in _own_text(block):
        child, block = block, block.getparent()
    if block is None:
        return
    holder = next((c for c in block if isinstance(c.tag, str) and c is not child and starts in _own_text(c)), None)
    if holder is None or holder.getparent() is None:
        return
    tail = element.tail
    parent = element.getparent()
    if parent is not None:
        previous = element.getprevious()
        if tail and tail.strip():
            if previous is not None:
                previous.tail = (previous.tail or "") + tail
            else:
                parent.text = (parent.text or "") + tail
        parent.remove(element)
    element.tail = None
    holder.addnext(element)


def _all(html: str, gold: dict[str, Any]) -> str:
    for name in ("author_after", "wrapped", "translate", "no_microdata", "hashed"):
        html = PERTURBATIONS[name](html, gold)
    return html


PERTURBATIONS: dict[str, Perturbation] = {
    "roundtrip": _roundtrip,
    "hashed": _hashed,
    "bare": _bare,
    "no_microdata": _no_microdata,
    "translate": _translate,
    "wrapped": _wrapped,
    "author_after": _author_after,
    "all": _all,
}


def stress(
    folder: Path,
    names: Sequence[str],
    prefix: str | None = None,
    pages: list[PageScore] | None = None,
    exclude: tuple[str, ...] = (),
) -> dict[str, SplitScore]:
    """Every HTML page under ``folder`` (whose name starts with ``prefix`` and not with one of
    ``exclude``) read under each perturbation, scored against its gold."""
    from extract.html_reader import parse_html_page

    splits = {name: SplitScore(name) for name in names}
    for _, page_path, gold_path in gold_files(folder):
        if page_path.suffix != ".html" or (prefix and not page_path.name.startswith(prefix)):
            continue
        if exclude and page_path.name.startswith(exclude):
            continue
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        html = page_path.read_text(encoding="utf-8")
        for name in names:
            page = parse_html_page(PERTURBATIONS[name](html, gold), page_path.name)
            score = score_page(name, page_path.name, gold, page)
            splits[name].add(score)
            if pages is not None:
                pages.append(score)
    return splits


def _line(split: SplitScore) -> str:
    fields = " ".join(f"{k[:4]} {v}" for k, v in split.fields_right.items() if k != "language")
    return (
        f"{split.split:<13} {split.pages:>3} pages {split.matched:>4}/{split.gold_comments:<4} rec {split.recall:.3f} "
        f"prec {split.precision:.3f} auth {split.authors:.3f} par {split.parents:.3f}  {fields}"
    )


def _wrong_of(score: PageScore) -> dict[str, Any]:
    return {k: v for k, v in score.wrong.items() if k in ("authors", "fields")}


def _detail(scores: list[PageScore]) -> str:
    plain = {s.name: s for s in scores if s.split == "roundtrip"}
    lines = []
    for score in scores:
        base = plain[score.name]
        lost = [k for k, v in score.fields.items() if not v and base.fields.get(k)]
        if (score.matched, score.authors_right, score.parents_right, score.emitted) == (
            base.matched,
            base.authors_right,
            base.parents_right,
            base.emitted,
        ) and not lost:
            continue
        lines.append(
            f"{score.split:<13} {score.name:<46} found {base.matched}->{score.matched}/{score.gold_comments} "
            f"out {base.emitted}->{score.emitted} auth {base.authors_right}->{score.authors_right} "
            f"par {base.parents_right}->{score.parents_right} {' '.join(lost)}"
            f"  {json.dumps(_wrong_of(score), ensure_ascii=False)[:300]}"
        )
    return "\n".join(lines) + "\n"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m extract.page_stress", description=(__doc__ or "").split("\n")[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--only", action="append", choices=sorted(PERTURBATIONS), help="perturbation (repeatable)")
    parser.add_argument("--pages", help="only pages whose file name starts with this")
    parser.add_argument("--exclude", action="append", default=[], help="leave out pages whose name starts so")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--detail", action="store_true", help="list each page a perturbation reads worse")
    args = parser.parse_args(argv)
    names = args.only or list(PERTURBATIONS)
    if args.detail and "roundtrip" not in names:
        names = ["roundtrip", *names]
    scores: list[PageScore] = []
    splits = stress(args.folder, names, args.pages, scores, tuple(args.exclude))
    if args.detail:
        sys.stdout.write(_detail(scores))
    if args.json:
        sys.stdout.write(json.dumps({n: s.to_json() for n, s in splits.items()}, indent=1) + "\n")
    else:
        sys.stdout.write("\n".join(_line(s) for s in splits.values()) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
