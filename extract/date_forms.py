"""Date forms of East Asian pages that ``extract.dates.parse_date`` does not read: year first,
then month and day, with CJK or dotted separators, and relative dates in CJK and Russian.

>>> year_first_date("2021年05月21日 09:14"), year_first_date("2021.07.04 10:15"), year_first_date("2022년 7월 3일")
('2021-05-21', '2021-07-04', '2022-07-03')
>>> year_first_date("2023/3/19 17:12:44"), year_first_date("2021. 7. 3. 21:30"), year_first_date("v2.1.3")
('2023-03-19', '2021-07-03', None)
>>> [bool(relative_date(t)) for t in ("3 天前", "3日前", "2일 전", "3 часа назад", "昨天 12:00", "3 films")]
[True, True, True, True, True, False]
"""

from __future__ import annotations

import re

from extract.dates import parse_date

# A year of this century or the last, then month and day: '2021年05月21日', '2021.07.04',
# '2023/3/19', '2022년 7월 3일', '2021. 7. 3.'; never inside a longer number.
_YEAR_FIRST = re.compile(
    r"(?<![\d.])((?:19|20)\d\d)\s*(?:年|년|[./-])\s*(\d{1,2})\s*(?:月|월|[./-])\s*(\d{1,2})(?:\s*(?:日|일|\.))?(?![\d.]*\d)"
)
_RELATIVE = re.compile(
    r"\d+\s*(?:秒|分钟|分鐘|分|小时|小時|時間|天|日|周|週|星期|个月|個月|か月|ヶ月|年)\s*前"
    r"|\d+\s*(?:초|분|시간|일|주|개월|달|년)\s*전"
    r"|\d+\s+(?:секунд\w*|минут\w*|час\w*|дн\w*|день|недел\w*|месяц\w*|год\w*|лет)\s+(?:назад|тому)"
    r"|(?:^|\s)(?:昨天|前天|今天|刚刚|剛剛|昨日|今日|一昨日|어제|오늘|방금|вчера|сегодня)(?:\s|$|[\d,])"
)


def year_first_date(text: str) -> str | None:
    """ISO date of the first year-first date in ``text``, or None."""
    for match in _YEAR_FIRST.finditer(text):
        year, month, day = (int(part) for part in match.groups())
        if 1 <= month <= 12 and 1 <= day <= 31:
            return f"{year:04d}-{month:02d}-{day:02d}"
    return None


def any_date(text: str) -> str | None:
    """:func:`extract.dates.parse_date`, then the year-first forms ('2021年05月21日', '2021.07.04 10:15')."""
    return parse_date(text) or year_first_date(text)


def relative_date(text: str) -> bool:
    """Whether ``text`` shows a date relative to today in Chinese, Japanese, Korean or Russian."""
    return _RELATIVE.search(text) is not None
