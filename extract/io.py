"""Reading page files: bytes in, encoding and format detected, records out.

``parse_document`` is pure; ``read_file`` only reads bytes and calls it.

>>> [p.title for p in parse_document(b"Heat (1995)\\n\\nA fine film.", "heat.txt")]
['Heat (1995)']
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from pathlib import Path

from extract.html_reader import parse_html_page
from extract.records import Page, PageFormat
from extract.text_reader import parse_text_page
from extract.wxr_reader import parse_wxr
from base.errors import InputError

PAGE_SUFFIXES = frozenset({".txt", ".text", ".html", ".htm", ".xhtml", ".xml", ".wxr"})
_SNIFF = 4096


def decode(data: bytes, source: str) -> str:
    """Text of a page file: UTF-8 (with or without BOM), UTF-16 with BOM, else cp1252."""
    if not data.strip():
        raise InputError.empty(source)
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    if b"\x00" in data[:_SNIFF]:
        raise InputError.binary(source)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        return data.decode("latin-1")


def detect_format(text: str, source: str) -> PageFormat:
    """``wxr`` for WordPress exports, ``html`` for markup, else ``text``."""
    head = text[:_SNIFF].lstrip().lower()
    if "wordpress.org/export/" in head or source.lower().endswith(".wxr"):
        return "wxr"
    if head.startswith(("<!doctype", "<html", "<?xml", "<head", "<body", "<div", "<article")):
        return "html"
    if source.lower().endswith((".html", ".htm", ".xhtml")) and "<" in head:
        return "html"
    return "text"


def parse_document(data: bytes, source: str) -> list[Page]:
    """Every page in one document (a WXR file holds many)."""
    text = decode(data, source)
    kind = detect_format(text, source)
    if kind == "wxr":
        return parse_wxr(data, source)
    if kind == "html":
        return [parse_html_page(text, source)]
    page = parse_text_page(text, source)
    if not page.title:
        raise InputError.no_page(source, "no title line")
    return [page]


def read_file(path: Path) -> list[Page]:
    """Read and parse one page file."""
    try:
        data = path.read_bytes()
    except FileNotFoundError as error:
        raise InputError.not_found(str(path)) from error
    except OSError as error:
        raise InputError.unreadable(str(path), error.strerror or str(error)) from error
    return parse_document(data, str(path))


def iter_page_files(paths: Iterable[Path]) -> Iterator[Path]:
    """Files named on the command line, and page files under named directories, sorted."""
    for path in paths:
        if path.is_dir():
            found: list[Path] = []
            for folder, dirs, files in os.walk(path):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                found.extend(
                    Path(folder, name)
                    for name in files
                    if Path(name).suffix.lower() in PAGE_SUFFIXES and not name.startswith(".")
                )
            yield from sorted(found)
        else:
            yield path
