"""Loading export and feed XML: strict where it matters, forgiving where exporters are loose.

Hosted blogs write exports with namespace prefixes they never declare (WordPress.com's
``atom:link`` in a WXR channel, ``media:`` in items). Those files are read with lxml's
recovering parser, and the reader says so in a warning. Any other well-formedness error
(a truncated file, mismatched tags) is a coded error: a recovered tree could hold wrong
records, so none are made.

>>> root, warnings = load_xml(b"<rss><channel><atom:link href='x'/></channel></rss>", "b.xml", _refuse)
>>> root.tag, warnings[0].split(":")[0]
('rss', 'W130 b.xml')
"""

from __future__ import annotations

import re
from collections.abc import Callable

from lxml import etree

from base.errors import InputError, InputWarning

Refusal = Callable[[int, str], InputError]


def _refuse(line: int, detail: str) -> InputError:
    return InputError.bad_feed("<xml>", f"line {line}: {detail}")


def localname(element: etree._Element) -> str:
    """The local part of a tag, also for undeclared prefixes (``atom:link`` -> ``link``)."""
    tag = element.tag
    if not isinstance(tag, str):
        return ""
    return tag.rsplit("}", 1)[-1].rsplit(":", 1)[-1]


_ESCAPED = re.compile(r"[\udc80-\udcff]")


def repair_mixed_encoding(data: bytes) -> tuple[bytes, int] | None:
    r"""UTF-8 bytes with stray Windows-1252 bytes in them (a post pasted from a word
    processor), as clean UTF-8, and how many stray bytes there were; None when the data is
    valid UTF-8 already or carries a UTF-16 mark.

    >>> repair_mixed_encoding("caf\u00e9 ".encode() + b"\x93ok\x94")
    (b'caf\xc3\xa9 \xe2\x80\x9cok\xe2\x80\x9d', 2)
    """
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return None
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        text = data.decode("utf-8", errors="surrogateescape")
        strays = 0

        def cp1252(match: re.Match[str]) -> str:
            nonlocal strays
            strays += 1
            return bytes([ord(match.group()) - 0xDC00]).decode("cp1252", errors="replace")

        return _ESCAPED.sub(cp1252, text).encode("utf-8"), strays
    return None


def load_xml(data: bytes, source: str, refuse: Refusal) -> tuple[etree._Element, list[str]]:
    """The root element and warnings; ``refuse(line, detail)`` makes the error for a file
    that is not well-formed in any other way than undeclared namespace prefixes. UTF-8
    with stray Windows-1252 bytes is repaired first, with a warning."""
    repaired = repair_mixed_encoding(data)
    if repaired is not None:
        root, warnings = _load(repaired[0], source, refuse)
        return root, [InputWarning.mixed_encoding(source, repaired[1]), *warnings]
    return _load(data, source, refuse)


def _load(data: bytes, source: str, refuse: Refusal) -> tuple[etree._Element, list[str]]:
    parser = etree.XMLParser(
        recover=True, huge_tree=True, resolve_entities=False, no_network=True, load_dtd=False, strip_cdata=True
    )
    try:
        root = etree.fromstring(data, parser=parser)
    except etree.XMLSyntaxError as error:  # recovery gave up entirely
        raise refuse(error.lineno or 0, error.msg) from error
    errors = list(parser.error_log)
    fatal = [e for e in errors if e.domain_name != "NAMESPACE"]
    if fatal:
        raise refuse(fatal[0].line, fatal[0].message)
    if root is None:
        raise refuse(0, "no root element")
    warnings = []
    if errors:
        first = errors[0]
        more = f" and {len(errors) - 1} more" if len(errors) > 1 else ""
        warnings.append(InputWarning.recovered_xml(source, f"line {first.line}: {first.message}{more}"))
    return root, warnings
