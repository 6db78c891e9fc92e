"""Dates as blogs print them, to ISO 8601 (date only).

>>> parse_date("January 3, 2014 at 5:12 pm")
'2014-01-03'
>>> parse_date("3 March 2014"), parse_date("2014-03-03T10:00:00+00:00")
('2014-03-03', '2014-03-03')
>>> parse_date("the other day") is None
True
"""

from __future__ import annotations

import re
from datetime import date

_MONTHS = {
    name: index
    for index, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}
_MONTH = r"(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
_ISO = re.compile(r"\b((?:19|20)\d\d)-(\d\d)-(\d\d)")
_MONTH_FIRST = re.compile(rf"\b{_MONTH}\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+((?:19|20)\d\d)\b", re.I)
_DAY_FIRST = re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+{_MONTH},?\s+((?:19|20)\d\d)\b", re.I)
_DATE_LINE = re.compile(
    rf"^\s*(?:posted\s+on\s+|on\s+)?(?:\w+day,?\s+)?(?:{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}"
    rf"|\d{{1,2}}\s+{_MONTH},?\s+\d{{4}}|\d{{4}}-\d\d-\d\d)"
    r"(?:\s*(?:at|@|,)?\s*\d{1,2}[:.]\d\d\s*(?:[ap]\.?m\.?)?)?\s*$",
    re.I,
)


def _iso(year: int, month: int, day: int) -> str | None:
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def parse_date(text: str) -> str | None:
    """The first date in a string, as ``YYYY-MM-DD``; ``None`` if there is none."""
    if match := _ISO.search(text):
        return _iso(int(match.group(1)), int(match.group(2)), int(match.group(3)))
    if match := _MONTH_FIRST.search(text):
        month = _MONTHS[match.group(1).lower().rstrip(".")]
        return _iso(int(match.group(3)), month, int(match.group(2)))
    if match := _DAY_FIRST.search(text):
        month = _MONTHS[match.group(2).lower().rstrip(".")]
        return _iso(int(match.group(3)), month, int(match.group(1)))
    return None


def is_date_line(line: str) -> bool:
    """Whether a whole line is just a date (and maybe a time), as under a comment.

    >>> is_date_line("March 3, 2014 at 5:12 PM"), is_date_line("I saw it March 3, 2014")
    (True, False)
    """
    return bool(_DATE_LINE.match(line))
