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
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
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
# '5 March 2019', '5th March 2019', and '5. March 2019' (a German or Scandinavian writer's English)
_DAY_FIRST = re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th|\.)?\s+{_MONTH},?\s+((?:19|20)\d\d)\b", re.I)
# Month names of the other languages blogs are written in (de, fr, es, it, pt, nl), day first:
# "22. Januar 2017", "11 février 2014", "14 de marzo de 2021", "3 april 2020".
_FOREIGN_MONTHS = {
    name: index
    for index, names in enumerate(
        [
            ("januar", "jänner", "janvier", "janv", "enero", "ene", "gennaio", "gen", "janeiro", "januari"),
            ("februar", "février", "févr", "fevrier", "febrero", "febbraio", "fevereiro", "fev", "februari"),
            ("märz", "maerz", "mär", "mars", "marzo", "março", "marco", "maart", "mrt"),
            ("avril", "avr", "abril", "abr", "aprile"),
            ("mai", "mayo", "maggio", "mag", "maio", "mei"),
            ("juni", "juin", "junio", "giugno", "giu", "junho"),
            ("juli", "juillet", "juil", "julio", "luglio", "lug", "julho"),
            ("august", "août", "aout", "agosto", "ago", "augustus"),
            ("september", "septembre", "septiembre", "setiembre", "settembre", "set", "setembro"),
            ("oktober", "okt", "octobre", "octubre", "ottobre", "ott", "outubro", "out"),
            ("november", "novembre", "noviembre", "novembro"),
            ("dezember", "dez", "décembre", "decembre", "déc", "diciembre", "dic", "dicembre", "dezembro"),
        ],
        start=1,
    )
    for name in names
}
# Genitive month names (pl, cs, ru) and the Scandinavian ones English and Dutch lack: "2 czerwca
# 2021", "8 марта 2015", "4. května 2019", "den 3 augusti 2020".
_FOREIGN_MONTHS |= {
    name: index
    for index, names in enumerate(
        [
            ("stycznia", "ledna", "января"),
            ("lutego", "února", "unora", "февраля", "februari"),
            ("marca", "března", "brezna", "марта"),
            ("kwietnia", "dubna", "апреля"),
            ("maja", "května", "kvetna", "мая", "maj"),
            ("czerwca", "června", "cervna", "июня"),
            ("lipca", "července", "cervence", "июля"),
            ("sierpnia", "srpna", "августа", "augusti"),
            ("września", "wrzesnia", "září", "zari", "сентября"),
            ("października", "pazdziernika", "října", "rijna", "октября"),
            ("listopada", "listopadu", "ноября"),
            ("grudnia", "prosince", "декабря"),
        ],
        start=1,
    )
    for name in names
}
# Nominative and other case forms of more languages, day first: Polish and Czech nominatives
# ('5 marzec 2019', '5. březen 2019'), Slovak, Slovene, Croatian and Ukrainian genitives, Danish
# and Norwegian, Romanian, Turkish, Finnish partitives ('5. maaliskuuta 2019'), Greek genitives
# ('5 Μαρτίου 2019'), Catalan. Croatian 'listopada' (October) is left out: Polish 'listopada'
# (November) is read.
_FOREIGN_MONTHS |= {
    name: index
    for index, names in enumerate(
        (
            "styczeń leden januára januarja siječnja січня ianuarie ocak tammikuuta ιανουαρίου gener",
            "luty únor februára februarja veljače лютого februarie şubat subat helmikuuta φεβρουαρίου febrer",
            "marzec březen marts ožujka березня martie mart maaliskuuta μαρτίου març",
            "kwiecień duben apríla aprila travnja квітня aprilie nisan huhtikuuta απριλίου",
            "květen mája svibnja травня mayıs mayis toukokuuta μαΐου μαίου maig",
            "czerwiec červen júna junija lipnja червня iunie haziran kesäkuuta ιουνίου juny",
            "lipiec červenec júla julija srpnja липня iulie temmuz heinäkuuta ιουλίου juliol",
            "sierpień srpen augusta avgusta kolovoza серпня ağustos agustos elokuuta αυγούστου agost",
            "wrzesień září septembra rujna вересня septembrie eylül eylul syyskuuta σεπτεμβρίου setembre",
            "październik říjen októbra oktobra жовтня octombrie ekim lokakuuta οκτωβρίου",
            "listopad novembra studenog studenoga листопада noiembrie kasım kasim marraskuuta νοεμβρίου",
            "grudzień prosinec decembra desember prosinca грудня decembrie aralık aralik joulukuuta δεκεμβρίου desembre",
        ),
        start=1,
    )
    for name in names.split()
}
# (the month-first form is an English date format printed in another locale: full names only)
_FOREIGN_MONTH_WORDS = "(" + "|".join(sorted(map(re.escape, _FOREIGN_MONTHS), key=len, reverse=True)) + r")\.?"
# Three-letter abbreviations of Polish, Russian and Turkish (phpBB's and forums' short dates:
# 'ndz 10 cze 2018, 21:33', '5 мар 2019', '3 Haz 2020'), where they are no English or Romance word.
_FOREIGN_MONTHS |= {
    name: index
    for index, names in enumerate(
        (
            "sty янв oca",
            "lut фев şub sub",
            "мар",
            "kwi апр nis",
            "",
            "cze июн haz",
            "lip июл tem",
            "sie авг ağu agu",
            "wrz сен eyl",
            "paź paz окт eki",
            "lis ноя kas",
            "gru дек ara",
        ),
        start=1,
    )
    for name in names.split()
}
_FOREIGN_MONTH = "(" + "|".join(sorted(map(re.escape, _FOREIGN_MONTHS), key=len, reverse=True)) + r")\.?"
_FOREIGN_DAY_FIRST = re.compile(
    rf"(?<!\w)(\d{{1,2}})(?:\.|º|er)?\s+(?:de\s+)?{_FOREIGN_MONTH},?\s+(?:de\s+)?((?:19|20)\d\d)\b", re.I
)
# 'febrero 11, 2023', 'März 5, 2019': a foreign month first, as an English date format
# ('%B %-d, %Y') prints in another locale.
_FOREIGN_MONTH_FIRST = re.compile(rf"(?<!\w){_FOREIGN_MONTH_WORDS}\s+(\d{{1,2}}),\s+((?:19|20)\d\d)\b", re.I)
# 15/08/2012, 23.03.2016, 06/12/2016: day first unless the first number cannot be a day of
# a month that the second number names (then month first, as in US dates).
_NUMERIC = re.compile(r"(?<![\d/.])(\d{1,2})([./])(\d{1,2})\2((?:19|20)\d\d)\b")
# '5. 3. 2019': Czech, Slovak and Polish writers space the dotted date (day first).
_SPACED = re.compile(r"(?<![\d.])(\d{1,2})\.\s(\d{1,2})\.\s((?:19|20)\d\d)\b")
# Hungarian, year first: '2019. március 5.', '2019. márc. 5.'
_HU_MONTHS = {
    name: index
    for index, names in enumerate(
        [
            ("január", "jan"),
            ("február", "febr"),
            ("március", "márc"),
            ("április", "ápr"),
            ("május", "máj"),
            ("június", "jún"),
            ("július", "júl"),
            ("augusztus", "aug"),
            ("szeptember", "szept"),
            ("október", "okt"),
            ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}
_HU_MONTH = "(" + "|".join(sorted(map(re.escape, _HU_MONTHS), key=len, reverse=True)) + r")\.?"
_YEAR_MONTH_DAY = re.compile(rf"\b((?:19|20)\d\d)\.\s+{_HU_MONTH}\s+(\d{{1,2}})\.?(?!\d)", re.I)
# 04-03-2021 / 03-04-2021: read only where the order shows (a number above 12), else a date
# was shown but cannot be told (see ``shows_date``).
_DASHED = re.compile(r"(?<![\d-])(\d{1,2})-(\d{1,2})-((?:19|20)\d\d)\b")
_DATE_LINE = re.compile(
    rf"^\s*(?:posted\s+on\s+|on\s+)?(?:\w+day,?\s+)?(?:{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}"
    rf"|\d{{1,2}}\s+{_MONTH},?\s+\d{{4}}|\d{{4}}-\d\d-\d\d)"
    r"(?:\s*(?:at|@|,)?\s*\d{1,2}[:.]\d\d\s*(?:[ap]\.?m\.?)?)?\s*$",
    re.I,
)


# Slashed dates read month first where both numbers could be a month: set for the post's own
# date on pages in US English (Drupal's default 'Tue, 03/05/2019 - 14:02', US blogs' m/d/Y).
_SLASHES_MONTH_FIRST: ContextVar[bool] = ContextVar("slashes_month_first", default=False)


@contextmanager
def slashes_month_first(on: bool = True) -> Iterator[None]:
    """Within the block, :func:`parse_date` reads '03/05/2019' as March 5 (when ``on``).

    >>> with slashes_month_first():
    ...     parse_date("Tue, 03/05/2019 - 14:02")
    '2019-03-05'
    >>> parse_date("Tue, 03/05/2019 - 14:02")
    '2019-05-03'
    """
    token = _SLASHES_MONTH_FIRST.set(on)
    try:
        yield
    finally:
        _SLASHES_MONTH_FIRST.reset(token)


def _iso(year: int, month: int, day: int) -> str | None:
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def parse_date(text: str) -> str | None:
    """The first date in a string, as ``YYYY-MM-DD``; ``None`` if there is none.

    >>> parse_date("domingo, 14 de marzo de 2021"), parse_date("22. Januar 2017 um 09:14")
    ('2021-03-14', '2017-01-22')
    >>> parse_date("15/08/2012 alle 18:30"), parse_date("Mi., 23.03.2016 - 12:00")
    ('2012-08-15', '2016-03-23')
    """
    if match := _ISO.search(text):
        return _iso(int(match.group(1)), int(match.group(2)), int(match.group(3)))
    if match := _MONTH_FIRST.search(text):
        month = _MONTHS[match.group(1).lower().rstrip(".")]
        return _iso(int(match.group(3)), month, int(match.group(2)))
    if match := _DAY_FIRST.search(text):
        month = _MONTHS[match.group(2).lower().rstrip(".")]
        return _iso(int(match.group(3)), month, int(match.group(1)))
    if match := _FOREIGN_DAY_FIRST.search(text):
        month = _FOREIGN_MONTHS[match.group(2).lower().rstrip(".")]
        return _iso(int(match.group(3)), month, int(match.group(1)))
    if match := _FOREIGN_MONTH_FIRST.search(text):
        month = _FOREIGN_MONTHS[match.group(1).lower().rstrip(".")]
        return _iso(int(match.group(3)), month, int(match.group(2)))
    if match := _YEAR_MONTH_DAY.search(text):
        return _iso(int(match.group(1)), _HU_MONTHS[match.group(2).lower().rstrip(".")], int(match.group(3)))
    if match := _SPACED.search(text):
        return _iso(int(match.group(3)), int(match.group(2)), int(match.group(1)))
    if match := _NUMERIC.search(text):
        first, second, year = int(match.group(1)), int(match.group(3)), int(match.group(4))
        if match.group(2) == "/" and (second > 12 or (first <= 12 and _SLASHES_MONTH_FIRST.get())):
            return _iso(year, first, second)
        return _iso(year, second, first)
    if "-" in text and (match := _DASHED.search(text)):  # '03-04-2021': US forums put the month first
        first, second, year = int(match.group(1)), int(match.group(2)), int(match.group(3))
        if first > 12 or first == second:
            return _iso(year, second, first)
        if second > 12:
            return _iso(year, first, second)
    return None


def dashed_day_first(text: str) -> str | None:
    """A dashed date read day first ('05-03-2022' is 5 March), for pages whose language writes the
    day first (every language the readers know but US English): :func:`parse_date` leaves the
    order open when both numbers could be a month.

    >>> dashed_day_first("05-03-2022, 21:04"), dashed_day_first("12-25-2021")
    ('2022-03-05', '2021-12-25')
    """
    if (match := _DASHED.search(text)) is None:
        return None
    first, second, year = int(match.group(1)), int(match.group(2)), int(match.group(3))
    return _iso(year, first, second) if second > 12 else _iso(year, second, first)


_DAY_WORDS = (
    r"today|yesterday|vandaag|gisteren|eergisteren|heute|gestern|vorgestern|aujourd'hui|hier|avant-hier"
    r"|hoy|ayer|anteayer|oggi|ieri|hoje|ontem|idag|igår|i dag|i går|dzisiaj|dziś|wczoraj|сегодня|вчера"
    r"|dnes|včera|tänään|eilen|bugün|dün|astăzi|azi|ma|tegnap|σήμερα|χθες"
)
_UNITS = (
    r"seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?|sekunden|minuten|stunden|tagen|wochen"
    r"|monaten|jahren|heures?|jours?|semaines?|mois|années|année|ans?|minutos?|horas?|días|dias|semanas?|meses|años|anos"
    r"|minuti|ore|giorni|settimane|mesi|anni|uur|dagen|weken|maanden|jaar"
    # the singular forms one unit takes ('1 anno 8 mesi fa', 'hace 1 año', 'vor einem Jahr')
    r"|minuto|ora|giorno|settimana|mese|anno|año|día|mes|jahr|tag|monat|woche|stunde|minute|semaine|heure|jour"
)
_RELATIVE = re.compile(
    rf"^\s*(?:(?:{_DAY_WORDS})(?:\s*,?\s*(?:at|um|à|a las|alle|às|om|kl\.?|o)?\s*\d{{1,2}}[:.h]\d\d"
    r"(?:[:.]\d\d)?\s*(?:[ap]\.?m\.?)?)?"
    rf"|(?:about\s+)?(?:\d+|an?|one)\s+(?:{_UNITS})(?:\s*,?\s*(?:and\s+)?\d+\s+(?:{_UNITS}))?\s+ago|vor\s+(?:\d+|einem|einer)\s+(?:{_UNITS})"
    rf"|il y a\s+(?:\d+|un|une)\s+(?:{_UNITS})|hace\s+(?:\d+|un|una)\s+(?:{_UNITS})"
    rf"|há\s+(?:\d+|um|uma)\s+(?:{_UNITS})|(?:\d+|un|una)\s+(?:{_UNITS})(?:\s*,?\s*(?:e\s+)?\d+\s+(?:{_UNITS}))?\s+fa"
    rf"|(?:\d+|een)\s+(?:{_UNITS})\s+geleden"
    # pl, cs, sk, sv, da/no, fi, tr, ro, hu, el: '2 dni temu', 'před 2 dny', 'för 2 dagar sedan', '2 gün önce'
    r"|(?:\d+|jeden|jedną|jedno)\s+\w+\s+temu|před\s+(?:\d+|jedním|jednou)\s+\w+|pred\s+\d+\s+\w+"
    r"|för\s+\d+\s+\w+\s+sedan|for\s+\d+\s+\w+\s+siden|\d+\s+\w+\s+sitten|\d+\s+\w+\s+önce"
    r"|acum\s+\d+\s+\w+|\d+\s+\w+\s+ezelőtt|\d+\s+(?:napja|órája|perce|hete|hónapja|éve)"
    r"|πριν\s+(?:από\s+)?\d+\s+\w+"
    # the compact forms of social sites and their comment apps: '1y', '3d', '5h', '2w', '10mo'
    r"|\d{1,3}(?:y|yr|mo|w|wk|d|h|hr|min)(?:\s+ago)?)\s*[.,]?\s*$",
    re.I,
)


def is_relative_date(text: str) -> bool:
    """Whether a short text is a date written relative to the day it was shown: 'Yesterday,
    11:02 AM', 'Vandaag 08:31:19', '3 years ago', 'vor 2 Tagen' (no calendar date in it).

    >>> is_relative_date("Yesterday, 11:02 AM"), is_relative_date("vor 2 Tagen"), is_relative_date("Yes, today")
    (True, True, False)
    """
    return len(text) <= 40 and _RELATIVE.match(text) is not None


# A day of this year, shown without its year ('May 21', '21 May', 'Mar 3rd'): Forem's, Medium's
# and many comment apps' dates for recent comments.
_YEARLESS = re.compile(
    rf"^\s*(?:{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?|\d{{1,2}}(?:st|nd|rd|th|\.)?\s+{_MONTH})\s*$", re.I
)


def shows_date(text: str) -> bool:
    """Whether a short text shows a date that :func:`parse_date` cannot turn into a calendar
    day: one relative to the day it was shown, a dashed day and month in either order, or a
    day and month without the year.

    >>> shows_date("03-04-2021, 08:12 PM"), shows_date("Yesterday"), parse_date("03-04-2021")
    (True, True, None)
    >>> shows_date("May 21"), shows_date("21 May"), shows_date("May 21 people")
    (True, True, False)
    """
    if len(text) > 40:
        return False
    return is_relative_date(text) or _DASHED.search(text) is not None or _YEARLESS.match(text) is not None


def is_date_line(line: str) -> bool:
    """Whether a whole line is just a date (and maybe a time), as under a comment.

    >>> is_date_line("March 3, 2014 at 5:12 PM"), is_date_line("I saw it March 3, 2014")
    (True, False)
    """
    return bool(_DATE_LINE.match(line))


WORD = re.compile(r"[^\W\d_]+")
_YEAR_DIGITS = re.compile(r"\d{4}")
WEEKDAYS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday mon tue wed thu fri sat sun "
    "montag dienstag mittwoch donnerstag freitag samstag sonnabend sonntag "
    "lundi mardi mercredi jeudi vendredi samedi dimanche "
    "lunes martes miércoles miercoles jueves viernes sábado sabado domingo "
    "lunedì lunedi martedì martedi mercoledì mercoledi giovedì giovedi venerdì venerdi sabato domenica "
    "segunda terça terca quarta quinta sexta feira "
    "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag "
    "måndag tisdag onsdag torsdag fredag lördag söndag".split()
)
_DATE_FILLERS = frozenset("de del of the um à a alle às om kl at on le el am pm h".split())


def date_only(line: str) -> bool:
    """A line that is a date and nothing else, in any language ``parse_date`` reads:
    ``Tuesday, October 12, 2010``, ``Dienstag, 9. März 2021``, ``5 novembre 2021 à 09:12``."""
    text = line.strip()
    if not _YEAR_DIGITS.search(text):  # every date either reads has a four-digit year
        return False
    if is_date_line(text):
        return True
    if len(text) > 60 or parse_date(text) is None:
        return False
    words = [w for w in WORD.findall(text.casefold()) if w not in WEEKDAYS and w not in _DATE_FILLERS]
    return len(words) <= 1  # at most the month's name
