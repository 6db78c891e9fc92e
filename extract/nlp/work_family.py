"""A series' other films by their own part of the title, on a page about one of them.

A review of "Mission: Impossible – Dead Reckoning Part One" says "Rogue Nation was the fun one and
Fallout the best one"; a review of "Spider-Man: No Way Home" says "It makes Far From Home worse";
a review of "Mad Max" says "than to Fury Road's big metal opera". The film table writes those films
with the series' name in front ("Mission: Impossible – Fallout", "Mad Max: Fury Road"), so the
gazetteer matches none of the short forms, which are mostly common words alone. On the page of a
film of the same series they name the series' film: the family is the table's films whose title
opens with the reviewed film's main title (before its colon or dash, or the whole title) and a
separator; each one's own part is matched where the page writes it capitalised, as a whole run.
"""

from __future__ import annotations

import re

from extract.nlp.candidates import Candidate
from extract.nlp.context import PageContext, Unit, is_title_case
from extract.nlp.gazetteer import Gazetteer
from extract.nlp.memo import RecentAnswers, per_table
from extract.nlp.textnorm import fold, name_key
from extract.nlp.work_text import NOT_TITLES, run_around

_SEPARATOR = re.compile(r"\s*(?::|[–—]|\s-)\s+")


def main_title(title: str) -> str:
    """A title's series name: the part before its first colon or dash, or the whole title.

    >>> main_title("Mission: Impossible – Dead Reckoning Part One"), main_title("Mad Max")
    ('Mission', 'Mad Max')
    """
    return _SEPARATOR.split(title, maxsplit=1)[0].strip()


@per_table
def _by_first_word(gazetteer: Gazetteer) -> dict[str, list[int]]:
    """The table's films by the folded first word of their title (a family's candidates)."""
    found: dict[str, list[int]] = {}
    for number, film in enumerate(gazetteer.films):
        words = film.title.split()
        if words:
            found.setdefault(fold(words[0]), []).append(number)
    return found


_FAMILIES = RecentAnswers(8)


def family_parts(gazetteer: Gazetteer, title: str) -> dict[str, int]:
    """``_series_parts`` kept for the last few reviewed titles: every unit of a page asks it again,
    and a title's first word ("The") may open thousands of the table's titles."""
    return _FAMILIES.get(gazetteer, title, lambda: _series_parts(gazetteer, title))


def _series_parts(gazetteer: Gazetteer, title: str) -> dict[str, int]:
    """The own parts of the titles of ``title``'s series, each with its film: the films whose title
    opens with the series' name ("Mission: Impossible" for the M:I films, found as the longest shared
    head before a separator) and a separator, less that head. A part of one word only for a film
    before the reviewed one: a review looks back at the series by short names ("Fallout"), while a
    later film's one word may be the reviewed film's hero ("Maverick" on Top Gun's page)."""
    head_words = title.split()
    if not head_words:
        return {}
    parts: dict[str, int] = {}
    reviewed = name_key(title)
    years = [gazetteer.films[n].year for n in gazetteer.films_titled(title)]
    for number in _by_first_word(gazetteer).get(fold(head_words[0]), []):
        other = gazetteer.films[number]
        if name_key(other.title) == reviewed:
            continue
        part = own_part(title, other.title)
        if not part or part in parts:
            continue
        if " " not in part and not (years and other.year < years[0]):
            continue  # "Maverick" on Top Gun's page is the hero; a later film's one word is no look back
        parts[part] = number
    return parts


def own_part(title: str, other: str) -> str | None:
    """The part of ``other`` after the longest series' name it shares with ``title`` and a separator.

    >>> own_part("Mission: Impossible – Dead Reckoning Part One", "Mission: Impossible – Fallout")
    'Fallout'
    >>> own_part("Mad Max", "Mad Max: Fury Road"), own_part("Mad Max", "Mad Max 2")
    ('Fury Road', None)
    """
    for match in reversed(list(_SEPARATOR.finditer(other))):
        head = other[: match.start()]
        if fold(title) == fold(head) or fold(title).startswith(fold(head) + " ") or _same_head(title, head):
            part = other[match.end() :].strip()
            return part if part and part[0].isupper() else None
    return None


def _same_head(title: str, head: str) -> bool:
    """Whether ``title`` opens with ``head`` and a separator ("Mission: Impossible – X", "Mission:
    Impossible")."""
    return any(fold(title[: m.start()]) == fold(head) for m in _SEPARATOR.finditer(title))


def family_works(unit: Unit, ctx: PageContext) -> list[Candidate]:
    """The reviewed film's series' other films, named by their own part, capitalised, as a whole run
    of capitals, no word the rules call no title ("Fallout", "Rogue Nation", "Far From Home")."""
    if unit.is_title or not ctx.reviewed_title:
        return []
    parts = family_parts(ctx.gazetteer, ctx.reviewed_title)
    if not parts:
        return []
    text = unit.text
    found = []
    for part, number in parts.items():
        for match in re.finditer(r"(?<![\w'’-])" + re.escape(part) + r"(?![\w-])", text):
            start, end = match.span()
            if fold(part) in NOT_TITLES or not is_title_case(part.split()):
                continue
            if run_around(unit, start, end) != (start, end):
                continue
            found.append(Candidate(part, start, end, "film", "family-part", 0.8, film=number))
    return found
