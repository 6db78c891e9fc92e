"""Reading page files: bytes in, encoding and format detected, records out.

``parse_document`` is pure; ``read_file`` only reads bytes and calls it. Only regular
files are read, and only up to a size cap (``REELGRAPH_MAX_FILE_BYTES``, default
64 MB): a FIFO, a device or a symlink to one is refused with a coded error instead
of hanging or filling memory.

>>> [p.title for p in parse_document(b"Heat (1995)\\n\\nA fine film.", "heat.txt")]
['Heat (1995)']
>>> detect_format('<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom">', "x.xml")
'feed'
"""

from __future__ import annotations

import dataclasses
import os
import re
import stat
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from base.errors import InputError, InputWarning
from extract.html_reader import parse_html_page
from extract.language import detect_page_language
from extract.records import Page, PageFormat
from extract.text_reader import parse_text_page
from extract.wxr_reader import parse_wxr
from extract.xml_input import repair_mixed_encoding

PAGE_SUFFIXES = frozenset({".txt", ".text", ".html", ".htm", ".xhtml", ".xml", ".wxr", ".atom", ".rss"})
DEFAULT_MAX_FILE_BYTES = 64 * 1024 * 1024
_SNIFF = 4096
_PROLOG = re.compile(r"^(?:\s+|<\?.*?\?>|<!--.*?-->|<!doctype[^>]*>)*", re.S | re.I)
_ROOT = re.compile(r"<([\w:.-]+)")
_BLOGGER_EXPORT = re.compile(
    r"schemas\.google\.com/blogger/2018|schemas\.google\.com/blogger/2008/kind#(?:post|settings|template|page)"
)
_SURROGATES = re.compile(r"[\ud800-\udfff]")
# What in valid UTF-8 text can still become a lone surrogate: a numeric character reference
# or a \u escape into U+D800..U+DFFF (a superset: 55000-57999 in decimal, any leading zeros).
# Two patterns that each start with a literal: one alternation of both is 15 times slower.
_SURROGATE_REFERENCE = re.compile(r"#(?:[xX]0*[dD][89a-fA-F]|0*5[5-7]\d{3})")
_SURROGATE_ESCAPE = re.compile(r"\\[uU]0*[dD][89a-fA-F]")
_UTF8_MULTIBYTE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")
_REPLACEMENT_SHARE = 0.01  # more replaced characters than this: the file is not UTF-16 at all


def max_file_bytes() -> int:
    """The size cap: ``REELGRAPH_MAX_FILE_BYTES`` when set to a positive integer."""
    value = os.environ.get("REELGRAPH_MAX_FILE_BYTES", "")
    return int(value) if value.isdigit() and int(value) > 0 else DEFAULT_MAX_FILE_BYTES


def display_name(path: Path | str) -> str:
    """A path as text that can always be printed and stored: bytes that are not
    UTF-8 in a file name become U+FFFD instead of lone surrogates."""
    return os.fsencode(path).decode("utf-8", "replace")


def _decode_utf16(data: bytes, source: str) -> tuple[str, list[str]]:
    try:
        return data.decode("utf-16"), []
    except UnicodeDecodeError as error:
        text = data.decode("utf-16", "replace")
        replaced = text.count("\ufffd")
        if len(data) % 2 or replaced > max(1, len(text) * _REPLACEMENT_SHARE):
            detail = f"it starts with a UTF-16 mark but is not UTF-16: {error.reason}"
            raise InputError.undecodable(source, detail) from error
        return text, [InputWarning.replaced_characters(source, replaced)]


def decode(data: bytes, source: str) -> str:
    """Text of a page file: UTF-8 (with or without BOM), UTF-16 with BOM, else cp1252."""
    return decode_with_warnings(data, source)[0]


def decode_with_warnings(data: bytes, source: str) -> tuple[str, list[str]]:
    """(text, warnings); see :func:`decode`. A UTF-16 file with a few broken code
    units is decoded with U+FFFD and a warning; one that is not UTF-16 is refused."""
    if not data.strip():
        raise InputError.empty(source)
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return _decode_utf16(data, source)
    if b"\x00" in data[:_SNIFF]:
        raise InputError.binary(source)
    try:
        return data.decode("utf-8-sig"), []
    except UnicodeDecodeError:
        pass
    repaired = repair_mixed_encoding(data)
    if repaired is not None and len(_UTF8_MULTIBYTE.findall(data)) >= repaired[1]:
        # UTF-8 with a few stray Windows-1252 bytes: decoding all of it as cp1252 would garble every accent
        return repaired[0].decode("utf-8").removeprefix("\ufeff"), [InputWarning.mixed_encoding(source, repaired[1])]
    try:
        return data.decode("cp1252"), []
    except UnicodeDecodeError:
        return data.decode("latin-1"), []


def detect_format(text: str, source: str) -> PageFormat:
    """``wxr`` for WordPress exports, ``blogger-atom`` for Blogger backups, ``feed`` for
    RSS/Atom feeds, ``html`` for markup, else ``text``."""
    head = text[:_SNIFF].lstrip("\ufeff").lstrip()
    lowered = head.lower()
    suffix = source.lower().rsplit(".", 1)[-1]
    if "wordpress.org/export/" in lowered or "<wp:wxr_version>" in lowered or suffix == "wxr":
        return "wxr"
    prolog = _PROLOG.match(head)
    root = _ROOT.match(head, prolog.end() if prolog else 0)
    name = root.group(1).lower() if root else ""
    if name in {"feed", "atom:feed"}:
        return "blogger-atom" if _BLOGGER_EXPORT.search(text) else "feed"
    if name in {"rss", "rdf:rdf"}:
        return "feed"
    if lowered.startswith(("<!doctype", "<html", "<?xml", "<head", "<body", "<div", "<article")):
        return "html"
    if suffix in {"html", "htm", "xhtml"} and "<" in lowered:
        return "html"
    return "text"


def _may_hold_surrogates(data: bytes, text: str, warnings: list[str], source: str) -> bool:
    """Whether a page read from ``data`` can hold a lone surrogate anywhere: only when the
    bytes are not plain UTF-8 (the XML readers decode them on their own), the text escapes a
    surrogate, or the source name holds one. Pages from other input skip the scrub.

    >>> _may_hold_surrogates(b"<p>it&#x27;s</p>", "<p>it&#x27;s</p>", [], "a.html")
    False
    >>> _may_hold_surrogates(b"<p>&#xD800;</p>", "<p>&#xD800;</p>", [], "a.html")
    True
    """
    if warnings or _SURROGATES.search(source) or _SURROGATE_REFERENCE.search(text) or _SURROGATE_ESCAPE.search(text):
        return True
    # ``text`` is ``data`` decoded; when it is UTF-8 (BOM aside) its length in UTF-8 bytes is
    # the data's, and any other decoding (UTF-16, cp1252) of non-ASCII bytes gives another
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return True
    if data.isascii():
        return False
    try:
        return text.encode("utf-8") != data.removeprefix(b"\xef\xbb\xbf")
    except UnicodeEncodeError:
        return True


def _clean(page: Page) -> None:
    """Lone surrogates (from character references, or ``\\ud800`` escapes in JSON-LD) would
    break every later write: each is replaced by U+FFFD in every text field of the page."""
    _scrub(page)


def _scrub_value(value: Any) -> Any:
    if isinstance(value, str):
        return _SURROGATES.sub("\ufffd", value) if _SURROGATES.search(value) else value
    if isinstance(value, list):
        return [_scrub_value(item) for item in value]
    if isinstance(value, dict):
        return {_scrub_value(k): _scrub_value(v) for k, v in value.items()}
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        _scrub(value)
    return value


def _scrub(record: Any) -> None:
    for item in dataclasses.fields(record):
        current = getattr(record, item.name)
        cleaned = _scrub_value(current)
        if cleaned is not current:
            setattr(record, item.name, cleaned)


def parse_document(data: bytes, source: str) -> list[Page]:
    """Every page in one document (an export or a site-wide comment feed holds many)."""
    if len(data) > (limit := max_file_bytes()):  # standard input is read only up to the cap, plus one byte
        raise InputError.too_large(source, len(data), limit)
    text, warnings = decode_with_warnings(data, source)
    kind = detect_format(text, source)
    xml = text.encode("utf-8") if warnings else data  # the XML readers decode bytes themselves
    if kind == "wxr":
        pages = parse_wxr(xml, source)
    elif kind == "blogger-atom":
        from extract.blogger_reader import parse_blogger

        pages = parse_blogger(xml, source)
    elif kind == "feed":
        from extract.feed_reader import parse_feed

        pages = parse_feed(xml, source)
    elif kind == "html":
        pages = [parse_html_page(text, source)]
    else:
        page = parse_text_page(text, source)
        if not page.title and not page.body and not page.comments:
            raise InputError.no_page(source, "no title line")
        pages = [page]
    scrub = _may_hold_surrogates(data, text, warnings, source)
    for page in pages:
        page.warnings[:0] = warnings
        if scrub:
            _clean(page)
        if page.language is None:
            page.language = detect_page_language(page)
    return pages


def _file_kind(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return "named pipe (FIFO)"
    if stat.S_ISCHR(mode):
        return "character device"
    if stat.S_ISBLK(mode):
        return "block device"
    if stat.S_ISSOCK(mode):
        return "socket"
    if stat.S_ISDIR(mode):
        return "directory"
    return "special file"


def read_bytes(path: Path, limit: int | None = None) -> bytes:
    """The bytes of a regular file of at most ``limit`` bytes; anything else is a coded error.

    The file is opened without blocking (a FIFO with no writer would wait forever)
    and checked on the open descriptor, so a swap after a check cannot slip through."""
    source = display_name(path)
    limit = max_file_bytes() if limit is None else limit
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_NOCTTY", 0))
    except FileNotFoundError as error:
        raise InputError.not_found(source) from error
    except IsADirectoryError as error:
        raise InputError.not_regular(source, "directory") from error
    except OSError as error:
        raise InputError.unreadable(source, error.strerror or str(error)) from error
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise InputError.not_regular(source, _file_kind(info.st_mode))
        if info.st_size > limit:
            raise InputError.too_large(source, info.st_size, limit)
        chunks: list[bytes] = []
        size = 0
        while chunk := os.read(fd, min(1 << 20, limit + 1 - size)):
            chunks.append(chunk)
            size += len(chunk)
            if size > limit:  # the file grew while it was read
                raise InputError.too_large(source, size, limit)
        return b"".join(chunks)
    except OSError as error:
        raise InputError.unreadable(source, error.strerror or str(error)) from error
    finally:
        os.close(fd)


def read_file(path: Path) -> list[Page]:
    """Read and parse one page file."""
    return parse_document(read_bytes(path), display_name(path))


def iter_page_files(paths: Iterable[Path]) -> Iterator[Path]:
    """Files named on the command line, and page files under named directories, sorted.

    Directory entries that are not regular files (FIFOs, sockets, symlinks to devices)
    are still yielded, so that reading them reports them with a coded error."""
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
