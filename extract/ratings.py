"""Ratings as critics write them, normalised to 0..1 with the raw text kept.

>>> parse_rating("4.5 out of 5 reels")
Rating(raw='4.5 out of 5 reels', value=0.9)
>>> parse_rating("★★★½").value
0.7
>>> parse_rating("Grade: B+").value
0.825
>>> parse_rating("I saw it twice") is None
True
"""

from __future__ import annotations

import re

from extract.records import Rating

_LABEL = r"(?:(?:my\s+)?(?:rating|grade|score|verdict)\s*[:\-–]?\s*)?"
_NUMBER = r"(\d+(?:[.,]\d+)?)"
_UNIT = r"(?:\s+[a-z]+(?:\s+[a-z]+)?)?"

_OUT_OF = re.compile(rf"^{_LABEL}{_NUMBER}\s*(?:out of|/|of)\s*(\d+){_UNIT}\s*[.!]?$", re.I)
_STARS = re.compile(rf"^{_LABEL}([★☆*]+)\s*(½|1/2)?(?:\s*(?:out of|/)\s*(\d+))?{_UNIT}\s*$", re.I)
_HALF_STAR_ONLY = re.compile(rf"^{_LABEL}(½)\s*(?:stars?)?$", re.I)
_GRADE = re.compile(r"^(?:(?:my\s+)?(?:grade|rating|score)\s*[:\-–]?\s*)([A-DF])\s*([+\-−]?)\s*$", re.I)
_BARE_GRADE = re.compile(r"^([A-D])\s*([+\-−])$")

_GRADE_POINTS = {"A": 4.0, "B": 3.0, "C": 2.0, "D": 1.0, "F": 0.0}
_STAR_SCALE = 5


def parse_rating(text: str) -> Rating | None:
    """Read one line as a rating; ``None`` when the line is not a rating."""
    raw = " ".join(text.split())
    if not raw or len(raw) > 48:
        return None
    if match := _OUT_OF.match(raw):
        score, best = float(match.group(1).replace(",", ".")), float(match.group(2))
        if best <= 0 or score > best:
            return None
        return Rating(raw=raw, value=round(score / best, 4))
    if match := _STARS.match(raw):
        filled = sum(1 for ch in match.group(1) if ch in "★*")
        score = filled + (0.5 if match.group(2) else 0.0)
        best = float(match.group(3)) if match.group(3) else _STAR_SCALE
        if score == 0 or score > best:
            return None
        return Rating(raw=raw, value=round(score / best, 4))
    if _HALF_STAR_ONLY.match(raw):
        return Rating(raw=raw, value=round(0.5 / _STAR_SCALE, 4))
    if match := _GRADE.match(raw) or _BARE_GRADE.match(raw):
        points = _GRADE_POINTS[match.group(1).upper()]
        sign = match.group(2).replace("−", "-")
        if points > 0:
            points += {"+": 0.3, "-": -0.3}.get(sign, 0.0)
        return Rating(raw=raw, value=round(min(points, 4.0) / 4.0, 4))
    return None


def find_rating(lines: list[str]) -> Rating | None:
    """The first line of a review body that is a rating, if any.

    >>> find_rating(["A fine film.", "Rating: 3/5"]).value
    0.6
    """
    for line in lines:
        rating = parse_rating(line)
        if rating is not None:
            return rating
    return None
