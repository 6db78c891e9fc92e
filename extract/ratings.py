"""Ratings as critics write them, normalised to 0..1 with the raw text kept.

A rating is read from one line: a labelled line ("Rating: 3 stars", "Grade: A-", "My verdict:
6.8/10", "I give it 4 out of 5"), or a line that is nothing but a rating ("8/10", "★★★½",
"[1.5 stars]", "B+"). Numbers in running text ("the 2/3 mark", "12/05/2019", "7 out of 13
found this helpful") and other people's scores (IMDb, Rotten Tomatoes, MPAA) are not ratings.
Where the scale cannot be known ("Rating: 4") the value is ``None`` and the raw text is kept.

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
from dataclasses import dataclass
from typing import TYPE_CHECKING

from extract.records import Rating
from extract.text_chrome import ends_post

if TYPE_CHECKING:
    from lxml import etree

_LONGEST_LINE = 240  # a labelled line longer than this is prose, not a rating line
_LONGEST_BARE = 60  # a line that is only a rating is short
_SCALES = (4, 5, 10, 20, 100, 1000)  # scales a bare "x/y" may use; others need a unit or a label
_STAR_SCALE = 5
_AND_A_HALF = r"[\s-]+and[\s-]+a[\s-]+half"  # "3 and a half", "three-and-a-half"
_HALF = rf"(?:\s*(?:½|1/2|\.5|\(\*\)|\(★\))|{_AND_A_HALF})"
_NUM = r"(\d{1,3}(?:[.,]\d{1,2})?)"

# Other people's scores and certificates: never the critic's rating.
_ELSEWHERE = re.compile(
    r"\b(?:imdb|rotten\s*tomatoes|tomatometer|metacritic|metascore|mpaa|bbfc|letterboxd\s+average|"
    r"audience\s+score|found\s+this\s+helpful|users?\s+rat|rated\s+(?:g|pg|r|nc|x)\b)",
    re.I,
)
_SCALE_WORDS = {"three": 3, "four": 4, "five": 5, "six": 6, "ten": 10, "twenty": 20, "hundred": 100, "thousand": 1000}
_SCALE_NUMBER = r"(?:\d{1,3}|three|four|five|six|ten|twenty|hundred)"
_LABEL = re.compile(
    # "Rating:", "My final grade -", "Alex's score", "Rating (out of 5):", "**Verdict:**"
    r"^\W{0,3}(?P<label>(?:[a-z][\w-]*[’']s\s+)?(?:(?:my|our|the|final|overall|total|ma|mon|letter)\s+){0,2}"
    r"(?:rating|rated(?=\s*:)|grade|grading|score|verdict|mark|overall|total|note(?:\s+globale)?|avis|bewertung|wertung|nota|"
    r"calificaci[oó]n|puntuaci[oó]n|valoraci[oó]n)s?|stars|le\s+pongo)"
    rf"(?:\s*\((?:out\s+of|on\s+a\s+scale\s+of(?:\s+(?:0|1|zero|one)\s+to)?|max\.?)\s*(?P<scale>{_SCALE_NUMBER})"
    r"(?:\s+[a-z]+)?\)|\s*\([^()]{1,40}\))?\s*(?:[:=\-–—?]+|\bis\b)?\s*",  # "Final grade (averaged):"
    re.I,
)
# the work named as the object of the critic's verb: 'I give "The Ritual" 3 stars', "I give Harbour Lights 7/10"
# (a quoted name, or capitalised words, case-sensitive under the pattern's IGNORECASE)
_GIVEN_WORK = r"[“\"‘'][^“”\"‘’\n]{1,60}[”\"’']|(?-i:[A-Z][\w’'-]*(?:\s+(?:(?:of|the|and|in|a)\s+)*[A-Z][\w’'-]*)*)"
# the critic's own verb: "I give it", "I'm giving this one", "I'll rate it", "we gave it", "it earns";
# not another's ("Ebert gave it four stars"): the subject is the first person or the work
_GIVE = re.compile(
    r"\b(?:(?:i|we)(?:['’](?:d|m|ll|ve)|\s+(?:would|will|am|are|have|must|can|shall))?"
    r"(?:\s+(?:only|just|still|happily|gladly|generously|reluctantly|comfortably|easily|confidently|proudly|both|all))?\s+"
    r"(?:(?:going\s+to|gonna|have\s+to|had\s+to|got\s+to|want\s+to|need\s+to)\s+)?"
    r"(?:give|giving|gave|rate|rating|rated|award|awarding|awarded|score|scoring|scored|grade|grading|graded"
    r"|go(?:ing)?\s+with|went\s+with|settle[ds]?\s+on|settling\s+on)\b"  # "rated", not "rate" + "d it"
    r"|(?:it|this(?:\s+\w+)?)\s+(?:gets|earns|earned|deserves|deserved|scores|receives)|"
    # the verdict earning the work its score: "That earns it four stars from me", "which gets it a B"
    r"(?:that|which)\s+(?:earns|earned|gets|got|nets|netted)\s+(?:it|this(?:\s+(?:one|film|movie))?)|"
    # the critic's verb with its subject left out, opening the sentence: "Going to give it 3 stars out of 5.",
    # "Giving this one a 7/10", "Gonna give it a B"
    r"(?:(?<=^)|(?<=[.!?]\s))(?:(?:going\s+to|gonna)\s+(?:give|rate|award)|giving|awarding|rated|scored|graded)|"
    r"le\s+pongo|le\s+doy|je\s+(?:lui\s+)?donne|ich\s+gebe(?:\s+(?:ihm|dem\s+film))?|"
    r"my\s+(?:final\s+)?(?:rating|grade|score|verdict)(?:\s+for\s+(?:this|the)\s+(?:movie|film|one|picture))?(?:\s+is|\s*:)"
    r"|(?:rating|grade|score|verdict)\s*[:=]"
    # a closing verdict that opens its sentence: "All in all, a solid 7/10."
    r"|(?P<lead>(?:(?<=^)|(?<=[.!?]\s))(?:all\s+in\s+all|overall|in\s+the\s+end|in\s+short|bottom\s+line"
    r"|in\s+conclusion|to\s+sum\s+up|all\s+told|so)\s*[,:–—-]?\s*(?=an?\s|\d|(?:one|two|three|four|five)\s)))\s*"
    r"(?:(?:it|this(?:\s+(?:one|film|movie|picture|flick|sequel|remake))?|the\s+(?:film|movie|picture)"
    rf"|{_GIVEN_WORK})\s+)?"
    r"(?:(?:a|an|only|just|merely|barely)\s+)?",
    re.I,
)
# words a critic puts before a score, one lexicon for the three places they are read (after "I give it a",
# after "it's a", opening a short line): "a solid 7/10", "a generous 4 stars", "a measly 2", "a whopping 9"
_SCORE_WORDS = (
    r"solid|strong|firm|generous|very|well-deserved|hard-earned|respectable|measly|paltry|low|high|rock-solid"
    r"|healthy|modest|grudging|reluctant|perfect|full|whopping|mere|easy|clear|comfortable"
    r"|raving|glowing|hearty|big|fat|well-earned|deserved|decent|fair|middling|humble|lowly|honest"
)
# the critic calling the film a score: "it's a solid 7/10", "this is a 4/5 film", "it was a 3 out of 5 for me"
_CALLED = re.compile(
    rf"\b(?:it|this(?:\s+(?:one|film|movie))?)(?:[’']s|\s+is|\s+was)\s+(?:an?\s+)?(?:(?:{_SCORE_WORDS})\s+)?"
    r"(?P<score>\d{1,3}(?:[.,]\d)?\s*/\s*(?:4|5|10|20|100)(?![\d/])"
    r"|\d(?:[.,]5)?\s+out\s+of\s+(?:4|5|10)\b)",
    re.I,
)
# words between the verb and the score: "a solid", "a very generous", "a well-deserved"
_QUALIFIER = re.compile(rf"(?:(?:{_SCORE_WORDS})\s+){{1,2}}", re.I)
# "Story: 8", "The Doctor's Diagnosis: D", "Entertainment value - 3 / 5": a short label, then a score
_LABEL_INSIDE = re.compile(
    rf"(?P<label>rating|score|grade|verdict)(?:\s*\((?:out\s+of|max\.?)\s*(?P<scale>{_SCALE_NUMBER})(?:\s+[a-z]+)?\))?\s*:\s*",
    re.I,
)
_SUBSCORE = re.compile(r"^\W{0,3}(?P<label>[A-Z][\w ’']{1,24}?)(?::|\s+[-–—])\s*", re.I)
# a sub-score whose label names the film itself ("Movie - 2.5 / 5") is the film's rating
_WHOLE_FILM = re.compile(r"^(?:the\s+)?(?:movie|film|overall|total|final|whole|verdict)$", re.I)
# a disc review's block of star rows with no colon ("Film ****" / "Video ***½" / "Audio ***"): the row that
# names the film itself is the film's rating, the others rate the disc
_WHOLE_FILM_STARS = re.compile(
    r"^(?:the\s+)?(?:movie|film|overall|feature)\s+(?P<stars>(?:\*{1,5}|[★⭐]{1,5}[☆]{0,4})(?:\s*(?:½|1/2|\(\*\)))?)[\s.]*$",
    re.I,
)
_LINK_WORDS = r"(?:for|from|by|in|on|at|to|with|and|but|if|though|which|since|because|so|as|is|it|this|that)"
_OUT_OF = re.compile(
    rf"(?<![\d/.,]){_NUM}(?P<half>{_HALF})?\s*(?P<unit1>[a-z][\w’'-]*(?:\s+of)?(?:\s+[a-z][\w’'-]*)?\s+)?"
    rf"\*?\s*(?P<paren>\(\s*)?(?P<sep>/|out\s+(?:of\s+)?|of|on)\s*(?:a\s+(?:possible|maximum\s+of)\s+)?"
    rf"(?P<best>1000|\d{{1,3}}|four|five|ten|twenty|hundred|thousand)(?:[.,]0)?\*?(?![\d/]|[.,]\d)"
    rf"(?P<unit2>(?:\s+(?!{_LINK_WORDS}\b)[a-z][\w’'-]*){{0,3}})(?(paren)\s*\))",
    re.I,
)
# "3 out of 4 people", "2 out of 5 times": a count of something else, not a score
_COUNTED = re.compile(
    r"\s*(?:people|persons|times|viewers|critics|reviewers|episodes|days|nights|weeks|films|movies|kids|children"
    r"|friends|members|users|readers|voters|americans|of\s+(?:us|them|you|the|my|our|his|her|their))\b",
    re.I,
)
_STAR_GLYPHS = re.compile(
    r"(?P<glyphs>[★⭐🌟✪✭✮✯*]+|❤+|[◆♦●■▲]{2,}|[◆♦●■▲](?=[◇♢○□△◐◑]))"
    r"(?P<half>\s*(?:½|1/2|\(\*\)|\(★\)|⯪|💛|[◐◑]))?(?P<empty>[☆✩✰◇♢○□△]*)"
    r"(?:(?:\s+stars?)?\s*(?P<paren>\()?\s*(?:/|out\s+of)\s*(?:(?P<best>\d{1,2}|four|five|ten)|(?P<best_glyphs>[★*]{2,10}))"
    r"(?:\s+stars?)?(?(paren)\s*\)))?(?:\s+stars?)?",
    re.I,
)
# a number of stars out of a row of them: "2 1/2 out of ****", "3 stars out of *****"
_OUT_OF_GLYPHS = re.compile(
    rf"(?<![\d/.,]){_NUM}(?P<half>\s+1/2|\s*½)?\s*(?:stars?\s+)?out\s+of\s+(?P<best>\*{{2,10}}|★{{2,10}})", re.I
)
_WORD_STARS = re.compile(
    rf"(?<![\d/.,])(?:{_NUM}(?P<half>\s+1/2|\s*½|{_AND_A_HALF})?|(?P<only_half>½|1/2))\s*"
    r"(?P<unit>stars?|popcorn(?:\s+buckets)?|reels?|skulls?|thumbs?|estrell(?:it)?as?|sterne?|[ée]toiles?|\*(?![*\d]))"
    r"(?:\s*(?P<paren>\()?\s*(?:/|out\s+of)\s*(?P<best>\d{1,2}|four|five|ten)(?(paren)\s*\)))?",
    re.I,
)
# a count of the blog's own unit after a label, on the scale the page states: "Rating: 4 Howls" (one to five howls)
_UNIT_COUNT = re.compile(
    rf"(?P<n>\d(?:[.,]5)?)(?P<half>\s*½|{_AND_A_HALF})?\s+(?P<unit>[a-z][a-z'’-]{{1,20}}s?)[\s.!]*", re.I
)
_WORDS_VALUE = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
    "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
}  # fmt: skip
_NUMBER_NAME = "(?:" + "|".join(_WORDS_VALUE) + ")"  # zero ... ten
# a spelled mark only a scale of ten holds, six to ten ("I rate it a solid seven.")
_TENS_MARK = "(?:" + "|".join(name for name, number in _WORDS_VALUE.items() if number > 5) + ")"
# "Two skulls out of five", "Four out of five", "seven Oscars out of ten": spelled numbers, any unit
_SPELLED_OUT_OF = re.compile(
    rf"(?P<n>{_NUMBER_NAME})(?P<half>{_AND_A_HALF})?(?:\s+[a-z][\w’'-]*){{0,3}}?\s+out\s+of\s+"
    rf"(?P<best>{_NUMBER_NAME}|\d{{1,2}})\b(?:\s+(?!{_LINK_WORDS}\b)[a-z][\w’'-]*){{0,2}}",
    re.I,
)
_SPELLED_MARK = re.compile(rf"({_TENS_MARK})\b", re.I)  # "I rate it a solid seven.": out of ten
_SPACED_STARS = re.compile(r"^\*(?:\s\*){1,9}(?=\s*(?:½|1/2|\(\*\)))")  # "* * * * ½"; "* * *" alone is a divider
_SPELLED_STARS = re.compile(
    rf"(?P<n>zero|one|two|three|four|five)(?P<half>{_AND_A_HALF})?\s+stars?"
    r"(?:\s+(?:out\s+)?of\s+(?P<best>four|five|six|ten|\d{1,2}))?",
    re.I,
)
_GRADE = re.compile(r"(?P<letter>[A-F])(?P<sign>[\s-]*(?:plus|minus)\b|\s*[+\-−–])?", re.I)
# a grade between two, written with a slash: "A-/B+", "B/B+" (upper case, signs as symbols)
_GRADE_PAIR = re.compile(r"(?P<l1>[A-F])(?P<s1>[+\-−–])?\s*/\s*(?P<l2>[A-F])(?P<s2>[+\-−–])?(?![\w/])")
_MARK = re.compile(r"(?P<mark>\d{1,2})\s*(?P<sign>[+\-−])")
_PERCENT = re.compile(r"(?P<pct>\d{1,3})\s*%")
_BARE_NUMBER = re.compile(r"(?P<n>\d{1,3}(?:[.,]\d{1,2})?)")
_END = r"[\s.!)\]]*$"  # only closing punctuation may follow
_GRADE_TAIL = r"[\s.!)\]]*(?:\([^()]*\)\s*)?$"  # "B+ (3 1/2 stars)"
# what may follow a rating on its line: "6.8/10 – Entertaining", "3.5 out of 5 from me.", "8/10 (recommended)",
# "5/5, of course.", "3 out of 5: worth a rental", "Five stars from all four of us.", "3/5 for Heat."
_TAIL = (
    r"[\s.!)\]]*(?:[–—-]\s.*|,\s.*|\([^()]{0,40}\)[\s.!]*|(?:from|for|by|in)\s[^.!?]{1,60}[.!]*"
    r"|(?:and|but|if|though|which|since|because|so)\s.*"
    r"|[\U0001F300-\U0001FAFF⭐✨]\ufe0f?[\s.!]*)?$"  # one emoji closing the line: "3.5/5 ⭐", "8/10 🍿"
)
# after a label, prose may follow: "RATING: (4 STARS) One of", "B+ from me"
_LABELLED_TAIL = r"[\s.!)\]]*$|\s*[(){}\].:;,!?–—-]|\s+(?:from|by)\s+(?:me|us|yours\s+truly)\b"
# after a score with its scale ("7/10", "3 stars"), a label may be followed by any words: "Rating: 6/10 for the film"
_SCALED_TAIL = _LABELLED_TAIL + r"|\s+(?!(?:is|are|means|=)\b)\S"  # not a legend: "four stars is a masterpiece"
_TRAILING_STARS = re.compile(r"\s[–—-]\s*(\*{2,5}(?:\s*(?:½|\(\*\)))?)$")
_NAMED_STARS = re.compile(r"(?<=[\w)\]])\s+(\*{2,5}(?:\s*(?:½|\(\*\)))?)$")  # "Temple Grandin ****"
_DIARY = re.compile(r"^(?P<stars>[★⭐]{1,5}(?:\s*½)?)\s+(?:re)?(?:watched|seen|viewed|logged)\b", re.I)
_TITLE_SCORE = re.compile(r"^\s*[\[(]\d{1,3}(?:[.,]\d)?[\])]")  # "[7] Cats (2019)"
_NUMBER_WORDS = {"three": "3", "four": "4", "five": "5", "six": "6", "ten": "10", "twenty": "20", "hundred": "100"}
_NUMBER_WORD = r"(\d{1,3}|three|four|five|six|ten|twenty|hundred)"
_SCALE_STATED = re.compile(  # behind the first letters of its alternatives: asked of every verdict sentence
    rf"(?=[agimorstw])(?:\b(?:my|our|the|this\s+blog's)\s+(?:rating\s+)?scale\b"
    rf"(?:\s+(?:runs|goes)\s+(?:up\s+)?to|\s+(?:runs|goes)\s+from\s+(?:0|1|one|zero)\s+to|\s*:)?\s+{_NUMBER_WORD}\b"
    rf"|\b(?:scores?|ratings?|grades?|marks?)\s+(?:on|at|in)\s+this\s+(?:blog|site)\s+(?:are|is|go|run)\s+"
    rf"(?:[a-z]+\s+)?(?:out\s+of|up\s+to|to)\s+{_NUMBER_WORD}\b"  # "Ratings on this blog are diamonds out of five"
    rf"|\bscale\s+of\s+(?:0|1|one|zero)\s*(?:to|-|–)\s*{_NUMBER_WORD}\b"
    # "All my ratings are out of four", "Scores are out of 10", "Stars are out of five here"
    rf"|\b(?:ratings?|scores?|grades?|marks?|stars)\s+(?:here\s+)?(?:(?:are|is)\s+)?(?:(?:always|all)\s+)?(?:[a-z]+\s+)?"
    rf"(?:out\s+of|on\s+a\s+scale\s+of(?:\s+(?:0|1|one|zero)\s*(?:to|-|–))?)\s*{_NUMBER_WORD}\b"
    # "I rate films out of five stars", "we score everything on a scale of 1 to 10"
    rf"|\b(?:(?:i|we)\s+(?:rate|score|grade|mark)|(?:is|are)\s+(?:rated|scored|graded))\s+(?:[a-z]+\s+){{0,2}}?"
    rf"(?:out\s+of|from\s+(?:0|1|one|zero)\s+to|on\s+a\s+scale\s+of"
    rf"(?:\s+(?:0|1|one|zero)\s*(?:to|-|–))?)\s*{_NUMBER_WORD}\b"
    # "on a four-star scale", "on my 10-point scale"
    rf"|\bon\s+(?:a|my|our|the\s+blog's)\s+{_NUMBER_WORD}[-\s](?:point|star)\s+scale\b"
    rf"|\bscale\s*:\s*(?:0|1)\s*(?:to|-|–)\s*{_NUMBER_WORD}\b"  # "Scale: 1-5"
    # "Our rating system: arrows, from one (run) to five (run to the cinema)"
    rf"|\brating\s+system\s*:?\s+(?:[a-z]+,?\s+)?from\s+(?:0|1|one|zero)\s*(?:\([^()]{{1,40}}\)\s*)?to\s+{_NUMBER_WORD}\b"
    # "My scale tops out at four stars", "ratings max out at 5", "the top score is four stars"
    rf"|\b(?:scale|ratings?|scores?|grades?|marks?|stars)\s+(?:here\s+|on\s+this\s+(?:blog|site)\s+)?(?:only\s+)?"
    rf"(?:tops?\s+out|max(?:es)?\s+out|caps?\s+out|peaks?|stops?|ends?)"
    rf"\s+at\s+{_NUMBER_WORD}\b"
    rf"|\b(?:the\s+|my\s+|our\s+)?(?:top|highest|maximum|max|best)\s+(?:possible\s+)?(?:rating|score|grade|mark)\s+"
    rf"(?:here\s+|i\s+give\s+)?(?:is|being)\s+(?:a\s+)?{_NUMBER_WORD}\b"
    # "Ratings on this site run from 0 to 5", "my grades go from one to ten"
    rf"|\b(?:scores?|ratings?|grades?|marks?|stars)\s+(?:here\s+|on\s+this\s+(?:blog|site|page)\s+)?(?:run|go|range)\s+"
    rf"from\s+(?:0|1|zero|one)\s*(?:to|-|–)\s*{_NUMBER_WORD}\b)",
    re.I,
)
_INLINE_GLYPHS = re.compile(
    r"[★⭐][★⭐☆✩]*(?:\s*(?:½|1/2))?|❤{2,}💛?|❤💛|(?<![◆♦●■▲◇♢○□△])[◆♦●■▲]{1,9}[◐◑]?[◇♢○□△]*(?![◆♦●■▲◇♢○□△])"
)
# a run of one emoji with its scale: "🍿🍿🍿 out of 5", "💀💀/5"
_SYMBOL_OUT_OF = re.compile(
    r"(?P<sym>[\U0001F300-\U0001FAFF])(?P=sym){0,9}(?P<half>\s*½)?\s*(?:/|out\s+of)\s*(?P<best>\d{1,2}|four|five|ten)\b",
    re.I,
)
# "Mon avis : @@@": the blog's own symbols
_SYMBOL_ROW = re.compile(r"([@#●•♥♦✿]|[\U0001F300-\U0001FAFF])\1{0,9}(?=[\s.!)\]]*$)")

_GRADE_POINTS = {"A": 4.0, "B": 3.0, "C": 2.0, "D": 1.0, "E": 0.5, "F": 0.0}


@dataclass(frozen=True, slots=True)
class _Found:
    rating: Rating
    glyphs_only: bool = False  # a row of asterisks, which may be a divider
    letter_only: bool = False  # a bare grade letter


def _number(text: str) -> float:
    return float(text.replace(",", "."))


def _value(score: float, best: float) -> float | None:
    if best <= 0 or score < 0 or score > best:
        return None
    return round(score / best, 4)


def _fraction(match: re.Match[str], labelled: bool) -> float | bool | None:
    """The value of "x/y", "x out of y units"; ``False`` when it is not a rating."""
    score = _number(match.group(1)) + (0.5 if match.group("half") else 0.0)
    named = match.group("best").lower()
    best = float(_SCALE_WORDS.get(named, named))
    unit = bool(match.group("unit1") or match.group("unit2").strip())
    if _COUNTED.match(match.group("unit2")) or (match.group("unit1") and _COUNTED.match(match.group("unit1"))):
        return False  # "3 out of 4 people"
    if best == 2 and score == 1 and match.group("sep") == "/" and re.match(r"\s+stars?\b", match.group("unit2"), re.I):
        return False  # "1/2 star": half a star, read by the star forms
    if match.group("sep").strip().lower() == "of" and not (labelled or unit):
        return False
    on_scale = (labelled or match.group("unit1")) and best in _SCALES and not match.group("unit2").strip()
    if match.group("sep").strip().lower() == "on" and not on_scale:
        return False  # "Rating: 3.5 on 5", "3 stars on 5"; not "2 on 10 screens" in running text
    if not labelled and not unit and best not in _SCALES:
        return False
    value = _value(score, best)
    return False if value is None else value


def _bare_value(number: float) -> float | None:
    """A number written without its scale: above 5 and up to 10 it can only be out of 10;
    otherwise the scale cannot be known ("Rating: 4" may be out of 4, 5 or 10)."""
    return round(number / 10, 4) if 5 < number <= 10 else None


def _grade_value(letter: str, sign: str) -> float:
    points = _GRADE_POINTS[letter.upper()]
    sign = sign.strip().lower().replace("−", "-").replace("–", "-")
    sign = "minus" if "minus" in sign else "plus" if "plus" in sign else sign  # "B-minus"
    if points > 0:
        points += {"+": 0.3, "plus": 0.3, "-": -0.3, "minus": -0.3}.get(sign, 0.0)
    return round(min(points, 4.0) / 4.0, 4)


def _read(expr: str, labelled: bool, scale: float | None = None) -> _Found | None:
    """A rating that ``expr`` starts with (what follows must be a tail: end, a dash clause)."""
    raw_rest = expr.strip().lstrip("[(").strip()
    tail = _LABELLED_TAIL if labelled else _TAIL
    scaled_tail = _SCALED_TAIL if labelled else _TAIL  # a score with its scale or unit
    if (match := _OUT_OF_GLYPHS.match(raw_rest)) and re.match(tail, raw_rest[match.end() :]):
        score = _number(match.group(1)) + (0.5 if match.group("half") else 0.0)
        return _Found(Rating(raw=match.group(), value=_value(score, len(match.group("best")))))  # "2 1/2 out of ****"
    if match := _OUT_OF.match(raw_rest):
        value = _fraction(match, labelled)
        if value is not False and re.match(scaled_tail, raw_rest[match.end() :]):
            return _Found(Rating(raw=match.group().strip(), value=value if isinstance(value, float) else None))
    if (
        labelled
        and scale
        and (match := _UNIT_COUNT.fullmatch(raw_rest))
        and not _COUNTED.match(" " + match.group("unit"))
    ):
        score = _number(match.group("n")) + (0.5 if match.group("half") else 0.0)  # "Rating: 2 arrows", one to five
        return _Found(Rating(raw=match.group().strip(" .!"), value=_value(score, scale)))
    if (match := _WORD_STARS.match(raw_rest)) and re.match(scaled_tail, raw_rest[match.end() :]):
        score = 0.5 if match.group("only_half") else _number(match.group(1)) + (0.5 if match.group("half") else 0)
        named = (match.group("best") or "").lower()
        top = _STAR_SCALE if score <= _STAR_SCALE else 10 if match.group("unit") == "*" and score <= 10 else 0
        best = float(_SCALE_WORDS.get(named, named or 0) or scale or top)  # "(8.5*)": above five, out of ten
        return _Found(Rating(raw=match.group().strip(), value=_value(score, best) if best else None))
    if (match := _SPELLED_OUT_OF.match(raw_rest)) and re.match(scaled_tail, raw_rest[match.end() :]):
        score = _WORDS_VALUE[match.group("n").lower()] + (0.5 if match.group("half") else 0.0)
        named = match.group("best").lower()
        value = _value(score, float(_WORDS_VALUE.get(named, named)))
        return _Found(Rating(raw=match.group().strip(), value=value)) if value is not None else None
    if (match := _SPELLED_STARS.match(raw_rest)) and re.match(scaled_tail, raw_rest[match.end() :]):
        score = _WORDS_VALUE[match.group("n").lower()] + (0.5 if match.group("half") else 0.0)
        named = (match.group("best") or "").lower()
        best = float(_WORDS_VALUE.get(named, named or 0) or scale or _STAR_SCALE)
        return _Found(Rating(raw=match.group().strip(), value=_value(score, best)))  # "Three stars of five"
    if (match := _STAR_GLYPHS.match(raw_rest)) and re.match(tail, raw_rest[match.end() :]):
        filled = len(match.group("glyphs"))
        score = filled + (0.5 if match.group("half") else 0.0)
        empty = len(match.group("empty"))
        named = (match.group("best") or "").lower()
        best = float(_SCALE_WORDS.get(named, named or len(match.group("best_glyphs") or ""))) or scale or _STAR_SCALE
        if empty and not match.group("best") and not match.group("best_glyphs"):
            best = filled + empty + (1 if match.group("half") else 0)  # "★★★½☆" is 3.5 of 5
        if filled > best or (filled == 1 and not labelled and not match.group("half") and not empty):
            return None
        value = _value(score, best)
        glyphs_only = (
            "*" in match.group("glyphs")
            and not empty
            and not match.group("best")
            and not match.group("best_glyphs")
            and not match.group("half")
        )
        return _Found(Rating(raw=match.group().strip(), value=value), glyphs_only=glyphs_only) if value else None
    if (match := _SYMBOL_OUT_OF.match(raw_rest)) and re.match(scaled_tail, raw_rest[match.end() :]):
        filled = len(re.findall(re.escape(match.group("sym")), match.group()))
        named = match.group("best").lower()
        value = _value(filled + (0.5 if match.group("half") else 0.0), float(_SCALE_WORDS.get(named, named)))
        return _Found(Rating(raw=match.group(), value=value)) if value is not None else None
    if (icons := _ICON_RUN.match(raw_rest)) and re.match(tail, raw_rest[icons.end() :]):
        return _icon_rating(icons.group(), scale)
    match = _MARK.match(raw_rest)
    if match and re.match(_END, raw_rest[match.end() :]) and 1 <= int(match.group("mark")) <= 10:
        score = int(match.group("mark")) + (0.25 if match.group("sign") == "+" else -0.25)
        return _Found(Rating(raw=match.group(), value=round(score / 10, 4)))  # a school mark out of 10
    if (pair := _GRADE_PAIR.match(raw_rest)) and re.match(
        _LABELLED_TAIL if labelled else _GRADE_TAIL, raw_rest[pair.end() :]
    ):
        low = _grade_value(pair.group("l1"), pair.group("s1") or "")
        high = _grade_value(pair.group("l2"), pair.group("s2") or "")
        return _Found(Rating(raw=pair.group(), value=round((low + high) / 2, 4)))  # "A-/B+": between the two
    match = _GRADE.match(raw_rest)
    if (
        match
        and re.match(_LABELLED_TAIL if labelled else _GRADE_TAIL, raw_rest[match.end() :])
        and (labelled or raw_rest[:1].isupper())
    ):
        value = _grade_value(match.group("letter"), match.group("sign") or "")
        raw = match.group() if labelled else raw_rest.rstrip(" .!")  # "B+ (3 1/2 stars)"
        return _Found(Rating(raw=raw, value=value), letter_only=not labelled)
    if labelled and (match := _PERCENT.match(raw_rest)):
        pct = int(match.group("pct"))
        return _Found(Rating(raw=match.group(), value=round(pct / 100, 4))) if pct <= 100 else None
    if labelled and (match := _SYMBOL_ROW.match(raw_rest)):
        return _Found(Rating(raw=match.group(), value=None))  # symbols on a scale the page does not state
    if labelled and (match := _SPELLED_MARK.match(raw_rest)) and re.match(_END, raw_rest[match.end() :]):
        mark = _WORDS_VALUE[match.group(1).lower()]
        value = _value(mark, scale) if scale else None
        return _Found(Rating(raw=match.group(), value=value or _bare_value(mark)))
    bracketed = expr.strip()[:1] in "[("
    if (labelled or bracketed) and (match := _BARE_NUMBER.match(raw_rest)) and re.match(_END, raw_rest[match.end() :]):
        raw = match.group() if labelled else expr.strip()
        number = _number(match.group())
        value = _value(number, scale) if scale else _bare_value(number)
        return _Found(Rating(raw=raw, value=value))

    return None


# a word of praise before a short line's number: "A solid 8", "a well-deserved 9"
# ... or before a letter grade closing the line: "A solid B+."
_QUALIFIED = re.compile(
    rf"(?:an?\s+)?(?:{_SCORE_WORDS})\s+(?=\d|(?-i:[A-F])(?:[+\-−]|\s*(?:plus|minus))?[\s.!]*$)", re.I
)
# "Runtime: 112", "Episodes: 8", "Year: 1987": facts of a credits block, not scores
_FACT_LABEL = re.compile(
    r"(?:the\s+)?(?:episodes?|seasons?|series|run\s*-?time|running\s+time|length|duration|year|released?|release\s+date"
    r"|budget|box\s+office|gross|country|language|certificate|certification|age|ages|chapter|part|volume|vol|issue|no"
    r"|number|discs?|reels?|minutes|mins?|aspect\s+ratio|pages?|rated|mpaa|bbfc|format|region|price|viewing|rewatch"
    r"|watched|seen|day|night|week|entry|(?:my|our|the|rating)\s+(?:scale|legend|key|system)|scale|legend|key"
    r"|suitable|appropriate|kids|children|parents?|content|guidance)\b",
    re.I,
)
_EMPHASIS = re.compile(r"(?<![*_])(?:\*\*|__)(?=[A-Za-z])|(?<=[A-Za-z:)])(?:\*\*|__)(?![*_])")


def _label_scale(label: re.Match[str]) -> float | None:
    """The scale a label states ("Rating (out of 5):") or implies ("Stars: 3.0" counts stars out of five)."""
    if named := label.group("scale"):
        return float(_SCALE_WORDS.get(named.lower(), named))
    return float(_STAR_SCALE) if label.group("label").lower() == "stars" else None


# rating images whose names the page dump kept: "kernel-fullkernel-fullkernel-half", "star_on star_on star_off"
_ICON = r"[a-z][a-z_-]{0,30}?[-_](?:full|filled|on|half|empty|off|blank|outline)(?:\.(?:png|gif|jpe?g|svg|webp))?"
_ICON_RUN = re.compile(rf"(?:{_ICON}\s*){{2,10}}", re.I)
_ICON_STATE = re.compile(r"([a-z][a-z_-]{0,30}?)[-_](full|filled|on|half|empty|off|blank|outline)", re.I)


def _icon_rating(run: str, scale: float | None) -> _Found | None:
    """The score of a row of rating images: full ones count one, half ones a half, empty ones mark the scale."""
    states = _ICON_STATE.findall(run)
    if len({stem.lower() for stem, _ in states}) != 1:
        return None  # icons of one kind only
    kinds = [state.lower() for _, state in states]
    score = sum(1.0 if k in ("full", "filled", "on") else 0.5 if k == "half" else 0.0 for k in kinds)
    empty = any(k in ("empty", "off", "blank", "outline") for k in kinds)
    stem = states[0][0].lower()
    best = scale or (len(kinds) if empty else _STAR_SCALE if "star" in stem else None)
    return _Found(Rating(raw=run.strip(), value=_value(score, best) if best else None))


def _with_label(raw: str, found: _Found, label_end: int) -> Rating:
    text = raw[: label_end + raw[label_end:].find(found.rating.raw) + len(found.rating.raw)].strip(" [(")
    for opening, closing in ("()", "[]"):
        if text.count(opening) > text.count(closing):
            text += closing
    return Rating(raw=text, value=found.rating.value)


# what every rating holds one of (a gate before the full grammar): a digit, a glyph or symbol, a scale or
# label word, a rating image's state, or a capital grade letter standing alone
_MAYBE = re.compile(  # behind a guard of its first characters: most places fail one class test, not every alternative
    r"(?=[\d½★⭐🌟✪✭✮✯*❤💛☆✩✰@#●•♥♦✿◆◇○□■▲△◐◑⯪\U0001F300-\U0001FAFFabdeghmnoprstvw_-])(?:"
    r"[\d½★⭐🌟✪✭✮✯*❤💛☆✩✰@#●•♥♦✿◆◇○□■▲△◐◑⯪\U0001F300-\U0001FAFF]|out\s+of|\bstars?\b|\bhalf\b|grade|rating"
    rf"|score|verdict|\bmark|\bnote|\b{_TENS_MARK}\b|"
    r"\bavis|pongo|\bdoy\b|donne|gebe|bewertung|wertung|nota\b|estrell|[-_](?:full|filled|on"
    r"|half|empty|off|blank|outline)\b)",
    re.I,
)
_MAYBE_GRADE = re.compile(r"(?<![\w’'])[A-F](?![\w’'])")


_STAR_SCALE_END = re.compile(r"(?:out\s+of|/)\s*\*+[\s.!]*$", re.I)  # "... out of ****", "... / *****": a scale


def _line_rating(line: str, scale: float | None = None) -> tuple[_Found, str] | None:
    """(rating, kind) of one line; kind is "overall", "labelled", "bare", "inline" or "subscore"."""
    if not _MAYBE.search(line) and not _MAYBE_GRADE.search(line):
        return None  # no digit, glyph, scale word or grade letter: a quick no for most sentences
    raw = " ".join(line.replace("\ufe0f", "").split())
    if len(raw) > _LONGEST_LINE:  # prose; only star glyphs right after a heading count
        head = raw[:_LONGEST_BARE]
        glyphs = _INLINE_GLYPHS.search(head)
        found = _read(glyphs.group(), False, scale) if glyphs else None
        return (found, "inline") if found else None
    if not raw or _ELSEWHERE.search(raw):
        return None
    if "**" in raw or "__" in raw:  # markdown emphasis around a label: "**Rating:** 3/5"
        raw = _EMPHASIS.sub("", raw)
    if spaced := _SPACED_STARS.match(raw):
        raw = spaced.group().replace(" ", "") + raw[spaced.end() :]
    if (
        raw[:1] == "*" and raw.rstrip(" .!")[-1:] == "*" and re.search(r"\d", raw) and not _STAR_SCALE_END.search(raw)
    ):  # "***7 out of 10 ***": a frame; not "* 1/2 out of ****", whose last stars are the scale
        raw = raw.strip("* ")
    if (diary := _DIARY.match(raw)) and (found := _read(diary.group("stars"), True, scale)):
        return found, "labelled"  # a diary entry: "★½ Watched 3 July 2017"
    if (label := _LABEL.match(raw)) and (found := _read(raw[label.end() :], True, _label_scale(label) or scale)):
        kind = "overall" if re.search(r"overall|final|total", label.group("label"), re.I) else "labelled"
        return _Found(_with_label(raw, found, label.end()), found.glyphs_only), kind
    if len(raw) <= _LONGEST_BARE and (qualified := _QUALIFIED.match(raw)):
        raw = raw[qualified.end() :]  # "A solid 8/10."
    if len(raw) <= _LONGEST_BARE and (found := _read(raw, False, scale)):
        if len(found.rating.raw) >= len(raw.strip(" []().!")) - 2 or re.match(r"^[\[(]", raw):
            return found, "bare"
        tail = raw[raw.find(found.rating.raw) + len(found.rating.raw) :]
        if re.match(r"^[\s.!)\]]*[–—-]\s", tail) or (found.rating.value is not None and re.match(_TAIL, tail)):
            return found, "bare"  # "7/10 – a fine sequel", "5/5, of course."
    if (called := _CALLED.search(raw)) and (found := _read(called.group("score"), True, scale)):
        return found, "labelled"  # "All in all it's a solid 7/10 for me", "This is a 4/5 film"
    for give in _GIVE.finditer(raw):
        rest = raw[give.end() :]
        if (found := _read(rest, True, scale)) or (
            (qualifier := _QUALIFIER.match(rest)) and (found := _read(rest[qualifier.end() :], True, scale))
        ):
            if give.group("lead") and not _plain_score(found.rating.raw, rest):
                continue  # "In the end, a 5 out of 6 passengers die": a count, not the closing score
            return found, "labelled"
        if found := _given_grade(rest):
            return found, "labelled"
    if (
        (sub := _SUBSCORE.match(raw))
        and not _FACT_LABEL.match(sub.group("label").strip())
        and (found := _read(raw[sub.end() :], True, scale))
    ):
        if found.rating.raw.endswith("%"):
            return None  # "Percent Noir: 100%": a gauge of something else, not a score of the film
        if _WHOLE_FILM.match(sub.group("label").strip()):
            return _Found(_with_label(raw, found, sub.end())), "labelled"
        return found, "subscore"
    if (whole := _WHOLE_FILM_STARS.match(raw)) and (found := _read(whole.group("stars"), False, scale)):
        return _Found(_with_label(raw, found, whole.start("stars"))), "labelled"  # "Film ****" over "Video ***½"
    for inside in _LABEL_INSIDE.finditer(raw):  # "...NightKernel Rating (out of 5): <icons>": a label after glued text
        if found := _read(raw[inside.end() :], True, _label_scale(inside) or scale):
            return _Found(_with_label(raw[inside.start() :], found, inside.end() - inside.start())), "labelled"
    if (glyphs := _INLINE_GLYPHS.search(raw)) and (found := _read(glyphs.group(), False, scale)):
        return found, "inline"  # "Carrie [1952] – ★★★★ Scene: ..."
    if (stars := _TRAILING_STARS.search(raw)) and (found := _read(stars.group(1), False, scale)):
        return found, "inline"  # "Night Train review – ****"
    if (
        len(raw) <= _LONGEST_BARE
        and (stars := _NAMED_STARS.search(raw))
        and (found := _read(stars.group(1), False, scale))
    ):
        return found, "inline"  # a title and its stars on a short line, no dash: "La Grande Illusion ****"
    if (
        len(raw) <= _LONGEST_BARE
        and (dashed := _DASH_TAIL.search(raw))
        and (found := _read(dashed.group(1), False, scale))
        and found.rating.value is not None
        and not found.letter_only
        and not _BARE_NUMBER.fullmatch(dashed.group(1).strip(" .!"))
    ):
        return found, "inline"  # a headline line closed by its score: "41 - The Lady Vanishes - 4 stars"
    if (
        len(raw) <= _LONGEST_BARE
        and (closing := _CLOSING_PAREN.search(raw))
        and (found := _read(closing.group(1), False, scale))
        and found.rating.value is not None
    ):
        return found, "inline"  # a credits line closed by its score: "Van Dyke, 1934, bw (8.5*)"
    return None


# a score in brackets closing a line, written with a star, a slash or "out of" (not a bare "(1934)")
_DASH_TAIL = re.compile(r"\S\s+(?:[-–—|]{1,2})\s+([^-–—|]{1,24}?)[\s.!]*$")
_CLOSING_PAREN = re.compile(r"\s[(\[]([^()\[\]]{0,12}(?:\*|★|/|out\s+of)[^()\[\]]{0,12})[)\]][\s.]*$", re.I)
_PLAIN_SCORE = re.compile(
    r"\d{1,3}(?:[.,]\d)?\s*(?:/|out\s+of)\s*\d{1,3}(?:\s+stars?)?|[A-F](?:[+\-−]|\s*(?:plus|minus))?"
    rf"|(?:\d|one|two|three|four|five)(?:\.\d|\s*½|{_AND_A_HALF})?\s+stars?(?:\s+out\s+of\s+(?:\d{{1,2}}|four|five|ten))?",
    re.I,
)
# the score closes its sentence: the line's end, or a full stop and the next sentence ("So, 4 stars. A gem.")
_SCORE_END = re.compile(r"[\s.!]*(?:(?:from|for)\s+(?:me|us)[\s.!]*)?(?:$|(?<=[.!])\s+(?=[A-Z\"“‘']))", re.I)


def _plain_score(raw: str, rest: str) -> bool:
    """A score written plainly and closing its sentence ("a solid 7/10.", "a B+ from me.", "two stars out of five.
    Watch it once.")."""
    at = rest.find(raw)
    return at >= 0 and _PLAIN_SCORE.fullmatch(raw) is not None and _SCORE_END.match(rest, at + len(raw)) is not None


_CLAUSE_AFTER = re.compile(r"\s+(?:and|but|because|since|though|although|as|if|which|only|just)\b")


def _given_grade(rest: str) -> _Found | None:
    """A capital letter grade the critic gives, its sentence going on ("I'd give it a D and I'm
    being generous", "we gave it a B+ because ...").

    >>> _given_grade("D and I'm being generous").rating
    Rating(raw='D', value=0.25)
    >>> _given_grade("go and see what happens") is None
    True
    """
    match = _GRADE.match(rest)
    if match is None or not rest[:1].isupper() or not _CLAUSE_AFTER.match(rest, match.end()):
        return None
    value = _grade_value(match.group("letter"), match.group("sign") or "")
    return _Found(Rating(raw=match.group().strip(), value=value))


# the aspects a sub-score rates, not a work: "Story: 8", "Acting – ★★★★", "Rewatch value: 5"
_ASPECT = re.compile(
    r"(?:the\s+)?(?:story|plot|acting|cast|casting|performances?|direction|directing|visuals?|music|score|soundtrack"
    r"|script|screenplay|writing|dialogue|cinematography|photography|effects|fx|vfx|cgi|pacing|editing|sound|design"
    r"|production|costumes?|entertainment|enjoyment|rewatch|rewatchability|overall|characters?|ending|fun|humou?r"
    r"|comedy|horror|gore|scares?|action|romance|tension|suspense|originality|value|emotion|heart|kids?|family"
    r"|violence|sex|nudity|language|movie|film|verdict|rating|grade|total|final)\b",
    re.I,
)


def rated_subject(line: str) -> str | None:
    """The name a short score line gives its subject when that is no aspect or fact: "Heat: 8/10",
    "Harbour Lights – ★★★★" name a work; "Story: 8", "Runtime: 112" do not.

    >>> rated_subject("Harbour Lights: 8/10"), rated_subject("Acting – ★★★★")
    ('Harbour Lights', None)
    """
    raw = " ".join(line.split())
    if len(raw) > _LONGEST_BARE or not (sub := _SUBSCORE.match(raw)):
        return None
    label = sub.group("label").strip()
    if _ASPECT.match(label) or _FACT_LABEL.match(label) or _LABEL.match(raw) or _ELSEWHERE.search(raw):
        return None
    found = _read(raw[sub.end() :], True, None)
    return label if found is not None and found.rating.value is not None else None


def parse_rating(text: str) -> Rating | None:
    """Read one line as a rating; ``None`` when the line is not a rating.

    >>> parse_rating("8 V8s out of 8").value, parse_rating("Rating: 3 stars").value
    (1.0, 0.6)
    >>> parse_rating("Rating: 4").value is None
    True
    """
    read = _line_rating(text)
    return read[0].rating if read else None


_LABEL_ALONE = re.compile(
    r"^\W{0,3}(?:(?:my|our|the|final|overall)\s+){0,2}(?:rating|score|grade|verdict)s?\W{0,3}$", re.I
)
_PRIORITY = {"overall": 0, "labelled": 1, "bare": 2, "inline": 3, "subscore": 4}
_TOP, _BOTTOM = 5, 3  # a bare rating line counts in the header block or at the bottom of the review


def stated_scale(lines: list[str]) -> float | None:
    """The top of the blog's scale when the page states it ("My scale runs to four stars.",
    "Scores on this blog are out of 10.", "on a scale of 1 to 10").

    >>> stated_scale(["(My scale runs to four stars.)"])
    4.0
    """
    for line in lines:
        if len(line) <= _LONGEST_LINE and (match := _SCALE_STATED.search(line)):
            word = next(g for g in match.groups() if g).lower()
            value = float(_NUMBER_WORDS.get(word, word))
            if value in (3, 4, 5, 6, 10, 20, 100):
                return value
    return None


def find_rating(lines: list[str], title: str | None = None, head: list[str] | None = None) -> Rating | None:
    """The critic's rating among the lines of a review body (or a score in the post title), if any.

    Labelled lines win ("Overall:" over other labels, the last over earlier ones); a line that
    is only a rating counts near the top or the bottom of the review, in its credits block, or
    among the ``head`` lines above the post title (a user-review dump: "7/10" over the headline);
    then a score in the post title ("[7] Cats (2019)", "★★★★½"). The review ends where the
    blog's chrome begins ("Like this:", "Related", "Share this:"). A row of asterisks that repeats,
    or stands alone mid-review, is a section divider. A scale the page states decides star and
    bare values.

    >>> find_rating(["A fine film.", "Rating: 3/5"]).value
    0.6
    >>> find_rating(["Intro.", "***", "More.", "***", "End."]) is None
    True
    """
    above = head or []
    text_lines = [" ".join(line.split()) for line in [*above, *lines]]
    raw_lines = [*above, *lines]
    scale = stated_scale(text_lines)
    body = _before_chrome([(i, line) for i, line in enumerate(text_lines) if line and i >= len(above)])
    indexed = [(i, line) for i, line in enumerate(text_lines[: len(above)]) if line] + body
    if not indexed:
        return _title_rating(title, scale)
    ends = {i for i, _ in indexed if i < len(above)}
    ends |= {i for i, _ in body[:_TOP]} | {i for i, _ in body[-_BOTTOM:]} | _credits_block(body)
    signed = _before_sign_off(body)  # "7/10" / "Thanks for reading!" / "Let me know ..." / "Dave"
    ends |= {i for i, _ in signed[-_BOTTOM:]}
    top = {i for i, _ in body[:_TOP]} | {i for i, _ in indexed if i < len(above)}
    bottom = {i for i, _ in body[-_BOTTOM:]} | {i for i, _ in signed[-_BOTTOM:]}
    counts: dict[str, int] = {}
    for _, line in indexed:
        counts[line] = counts.get(line, 0) + 1
    best: tuple[int, int, Rating] | None = None
    headings = 0  # "FALLEN LEAVES – ★★★★" over a paragraph: a scored heading, one per film of a round-up
    reads = [_line_rating(line, scale) for _, line in indexed]
    scored = [
        r is not None and r[1] in {"inline", "subscore"} and len(line) <= _LONGEST_BARE
        for r, (_, line) in zip(reads, indexed, strict=True)
    ]
    for position in range(len(indexed) - 1):
        if scored[position] and not scored[position + 1]:
            headings += 1  # not a block of sub-scores ("Acting – ★★★★" / "Story – ★★★"): prose follows
    for position, (index, line) in enumerate(indexed):
        read = reads[position]
        if read is None and position > 0 and _LABEL_ALONE.match(indexed[position - 1][1]):
            found_below = _read(line, True, scale)  # "Score" / "8": the label on a line of its own
            read = (found_below, "labelled") if found_below and found_below.rating.value is not None else None
        if read is None and index in ends:
            read = _end_sentence_rating(line, scale, top=index in top, bottom=index in bottom)
            read = read or _first_field_rating(raw_lines[index], scale)
        if read is None:
            continue
        found, kind = read
        if kind in {"bare", "inline"} and (index not in ends or (found.glyphs_only and counts[line] > 1)):
            continue
        rank = (_PRIORITY[kind], -position if kind != "bare" else _bare_rank(index, body))
        if best is None or rank < best[:2]:
            best = (rank[0], rank[1], found.rating)
    if headings >= _ROUND_UP and best is not None and best[0] >= _PRIORITY["bare"]:
        return None  # a round-up scores each of its films: no one rating is the page's
    if title and _PAIRED_TITLE.search(title) and _scores_each(title, [line for _, line in indexed]):
        return None  # "Predator / The Running Man" over "Predator: 5/5." and "The Running Man: 2/5.": a double bill
    if best is None and signed and (closing := _closing_number(signed[-1][1], scale)):
        return closing
    if best is None and (legend := _legend_rating([line for _, line in indexed])):
        return legend
    return best[2] if best else _title_rating(title, scale)


# a rating picture's file name: "4-stars.png", "stars_3-5.gif", "rating-4.5.png", "35stars.jpg"
_STAR_FILE = re.compile(
    r"(?:^|[-_/])(?:(?P<n>[0-5])(?:[-_.](?P<h>5))?[-_]?(?:stars?|of[-_]?5)|(?:stars?|rating)[-_](?P<m>[0-5])(?:[-_.](?P<k>5))?)"
    r"(?:[-_.](?:\d{2,4}x\d{2,4}|small|large|big|sm|lg))?$",  # not "5-star-hotel.jpg"
    re.I,
)
_ONE_STAR_FILE = re.compile(
    r"(?:^|[-_/])(?P<kind>half|empty|blank|off|grey|gray|full)?[-_]?stars?"
    r"(?:[-_](?P<state>full|filled|on|empty|off|blank|grey|gray|half))?$",
    re.I,
)
_STAR_STATE = {"half": "half", "full": "full", "filled": "full", "on": "full"}  # any other state: an empty star


def image_rating(element: etree._Element) -> Rating | None:
    """The critic's rating given as pictures in the post (the page's text holds none): a picture whose
    alt or title text is a rating ('<img alt="4 out of 5 stars">'), one whose file name is
    ("4-stars.png", "stars-3_5.gif"), or a row of star pictures (three "star.png" and a
    "halfstar.png": 3.5 of 5; with empty ones, of their total).

    >>> from lxml import html
    >>> image_rating(html.fromstring('<p>Rating: <img src="/i/s.png" alt="4 out of 5 stars"></p>'))
    Rating(raw='4 out of 5 stars', value=0.8)
    >>> image_rating(html.fromstring('<p><img src="/i/stars-3-5.png"></p>'))
    Rating(raw='stars-3-5.png', value=0.7)
    """
    row: list[str] = []
    for image in element.iter("img"):
        said = " ".join(f"{image.get('alt') or ''} {image.get('title') or ''}".split())
        read = _line_rating(said) if said and len(said) <= _LONGEST_BARE else None
        if read and read[1] in {"bare", "labelled"} and read[0].rating.value is not None:
            return read[0].rating
        name = str(image.get("src") or "").rsplit("/", 1)[-1].split("?")[0]
        stem = name.rsplit(".", 1)[0]
        if match := _STAR_FILE.search(stem):
            whole, half = match.group("n") or match.group("m"), match.group("h") or match.group("k")
            return Rating(raw=name, value=round((int(whole) + (0.5 if half else 0.0)) / _STAR_SCALE, 3))
        if one := _ONE_STAR_FILE.search(stem):
            row.append(_STAR_STATE.get((one.group("kind") or one.group("state") or "full").lower(), "empty"))
    return _star_row(row)


def _star_row(row: list[str]) -> Rating | None:
    """A row of two or more star pictures: full ones and a half out of five, or of the row's length with empty ones."""
    full, half = row.count("full"), row.count("half")
    if len(row) < 2 or full + half == 0 or half > 1:
        return None
    scale = len(row) if len(row) > full + half else _STAR_SCALE
    if scale not in (4, 5, 10):
        return None
    return Rating(raw="★" * full + ("½" if half else ""), value=round((full + 0.5 * half) / scale, 3))


# a post title naming two works side by side: "T / U", "T & U", "T and U", "T + U", "T vs. U"
_PAIRED_TITLE = re.compile(r"\S\s+(?:/|&|\+|and|vs\.?|versus)\s+\S", re.I)


def _scores_each(title: str, lines: list[str]) -> bool:
    """Whether two or more score lines each name a different work the post title names ("Predator: 5/5.",
    "The Running Man: 2/5. ..."): the page scores several works, none of them the page's."""
    named = title.casefold()
    subjects = set()
    for line in lines:
        subject = rated_subject(_SENTENCE_BREAK.split(line.strip(), maxsplit=1)[0])
        if subject and subject.casefold() in named:
            subjects.add(subject.casefold())
    return len(subjects) >= 2


def _closing_number(line: str, scale: float | None) -> Rating | None:
    """A number alone on the review's last line: the blog's mark out of ten ("6"), or on the scale the page
    states; a number that cannot be out of ten without a stated scale ("4") is no rating."""
    number = line.strip(" .!")
    if not _BARE_NUMBER.fullmatch(number):
        return None
    value = _value(_number(number), scale) if scale else _bare_value(_number(number))
    return Rating(raw=number, value=value) if value is not None else None


# a legend naming the blog's tiers in order: "(Our ratings, worst to best: Dud, Fair, Good, Great, Classic.)"
_TIERS = re.compile(
    r"\b(?P<first>worst|lowest|best|highest)\s+to\s+(?:best|highest|worst|lowest)\s*[:–—-]\s*(?P<tiers>[^.()]{5,200})",
    re.I,
)
_TIER_SPLIT = re.compile(r"\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+")
# a legend with one of its lines marked: "X An excellent must-see" / "O Good rental choice" / "O Mediocre"
_CHECKBOX = re.compile(r"^(?P<mark>[XxOo]|\[[ xX✓]?\]|[☐☑☒✓✔□■●○])\s+(?P<label>\S[^\n]{0,48})$")
_CHECKED = re.compile(r"^(?:[Xx]|\[[xX✓]\]|[☑☒✓✔■●])$")
_LOW_FIRST = re.compile(r"\b(?:avoid|skip|awful|terrible|bad|poor|worst|dud|rent\s+something\s+else)\b", re.I)


def _legend_rating(lines: list[str]) -> Rating | None:
    """The rating a legend of the blog's tiers gives (``_tier_rating``), else the one a checkbox legend
    marks (``_checkbox_rating``); ``None`` when neither reads one."""
    tier = _tier_rating(lines)
    return tier if tier is not None else _checkbox_rating(lines)


def _tier_rating(lines: list[str]) -> Rating | None:
    """The tier a labelled line names, valued by its place in the order a legend gives ("Rating: Good"
    under "worst to best: Dud, Fair, Good, Great, Classic" is 3/5); ``None`` when no legend of three or
    more tiers has a labelled line naming one."""
    for line in lines:
        if len(line) <= _LONGEST_LINE and (legend := _TIERS.search(line)):
            tiers = [_fold_tier(t) for t in _TIER_SPLIT.split(legend.group("tiers").strip()) if t.strip()]
            if legend.group("first").lower() in {"best", "highest"}:
                tiers.reverse()
            if len(tiers) >= 3:
                for other in lines:
                    label = _LABEL.match(other)
                    if label and (named := _fold_tier(other[label.end() :])) in tiers:
                        return Rating(raw=other.strip(), value=round((tiers.index(named) + 1) / len(tiers), 4))
    return None


def _checkbox_rating(lines: list[str]) -> Rating | None:
    """The one marked line of the first run of three or more checkbox lines, valued by its place (the
    first of four, best first, is 4/4; read from the bottom when the run opens on blame); ``None`` when
    that run marks none or several lines, or the lines hold no such run."""
    for start in range(len(lines)):
        run: list[re.Match[str]] = []
        while start + len(run) < len(lines) and (box := _CHECKBOX.match(lines[start + len(run)].strip())):
            run.append(box)
        marked = [i for i, box in enumerate(run) if _CHECKED.match(box.group("mark"))]
        if len(run) >= 3 and len(marked) == 1:
            position = marked[0]
            if _LOW_FIRST.search(run[0].group("label")) and not _LOW_FIRST.search(run[-1].group("label")):
                position = len(run) - 1 - position  # worst first
            return Rating(raw=run[marked[0]].group().strip(), value=round((len(run) - position) / len(run), 4))
        if len(run) >= 3:
            return None
    return None


_TIER_PUNCT = re.compile(r"[^\w\s-]")


def _fold_tier(text: str) -> str:
    """A tier's name as legends and labels are compared: lower case, no articles or closing punctuation."""
    words = _TIER_PUNCT.sub(" ", text.lower()).split()
    return " ".join(w for w in words if w not in {"a", "an", "the"})


_ROUND_UP = 3  # scored headings that make a page a round-up


# a sign-off under the review: thanks, questions to the reader, a farewell, a signature
_SIGN_OFF = re.compile(
    r"^(?i:thanks?(?:\s+(?:you|so\s+much|again))?(?:\s+for\s+\w+(?:\s+\w+)?)?|what\s+(?:did|do)\s+you\s+think"
    r"|let\s+me\s+know|leave\s+a\s+comment|until\s+next\s+time|see\s+(?:you|ya)|cheers|peace|enjoy|happy\s+\w+ing"
    r"|stay\s+tuned|more\s+soon|bye|xo+|enjoy[!.]*$|peace\s+out)\b.*$"
    r"|^(?:[-–—~]+\s*)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?[\s,!]*$",  # "Cheers", "Dave", "- Ann Lee"
)
_SIGN_OFF_REACH = 5


def _before_sign_off(body: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """The body without the short sign-off lines closing it ("Thanks for reading!", "Cheers", "- Ann")."""
    end = len(body)
    while end > 1 and len(body) - end < _SIGN_OFF_REACH:
        line = body[end - 1][1]
        if len(line.split()) > 12 or re.search(r"\d|[★☆*½]", line) or not _SIGN_OFF.match(line):
            break
        end -= 1
    return body[:end]


_CHROME_REACH = 12  # chrome is looked for among the body's last lines only
_PROSE_END = re.compile(r"[.!?…][\"”’')\]]*$")  # a line ending a sentence is prose: the post's end is below it
# the header of a comment thread the page reader left in the body: "2 Responses", "14 thoughts on “Heat”",
# "3 Comments", "Leave a Reply": the critic's review ends above it, wherever it stands
THREAD_HEADER = re.compile(
    r"^\W{0,3}(?:(?:\d{1,4}|no|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:responses?|comments?|replies|"
    r"reactions?|thoughts?\s+on\b.{0,80})|(?:leave\s+a\s+(?:reply|comment)|comments?\s*\(\d{1,4}\)))\W{0,3}$",
    re.I | re.M,
)


# a commenter's signature opening a comment the reader left in the body: "Tom says:", "Anonymous said...",
# "Jo wrote:"; a lone "Comments" or "Reply": the critic's review ends above it
_SIGNED = re.compile(
    r"^(?:[\w.’'-]+(?:\s+[\w.’'-]+){0,3}\s+(?:says|said|wrote|replied)(?:\s*(?:\.{3}|…|:))|comments|reply)\s*$", re.I
)
_LIKED = re.compile(r"^(?:[\w .,’'-]{1,60}\s)?likes?\s+this\.?$", re.I)  # "Mike_T and ColdOpen like this."
# the footer a blog engine prints under a post, below its prose: "Posted by Ann Lee at 11:52 PM 6 comments"
# (Blogger), "posted by ann at 7:55 PM on March 6, 2020" (MetaFilter); above the prose it is the byline
_POST_FOOTER = re.compile(r"^posted\s+by\s+\S.{0,60}?\s+at\s+\d{1,2}[:.]\d{2}", re.I)
# a forum's or a comment system's row of action buttons under a post: "Like Reply Report", "Reply · Quote"
_ACTION_ROW = re.compile(
    r"^(?:(?:like|reply|report|quote|share|flag|permalink|edit)\b[\s·•|]*){2,6}$",
    re.I,
)


def without_chrome(text: str) -> str:
    """The text of a review above the blog's chrome the page reader left under it (share buttons,
    likes, related posts, tags, the post navigation, a commenter's signature): ``_before_chrome``
    over its lines. The stance reads the critic's closing words, not a list of related posts' titles.

    >>> without_chrome("A gem. See it.\\n\\nRelated posts\\n\\nThe Dullest Remake Ever")
    'A gem. See it.\\n'
    """
    lines = text.split("\n")
    body = [(i, " ".join(line.split())) for i, line in enumerate(lines) if line.strip()]
    kept = _before_chrome(body)
    return text if len(kept) == len(body) else "\n".join(lines[: body[len(kept)][0]])


def _before_chrome(body: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """The body's lines above the first chrome line among its last ones: where the review ends.
    On a forum page the first "X likes this." closes the opening post, the critic's own."""
    prose = next((position for position, (_, line) in enumerate(body) if _PROSE_END.search(line)), None)
    for position, (_, line) in enumerate(body):
        if (
            position > 0
            and len(line) <= 80
            and (_LIKED.match(line) or THREAD_HEADER.match(line) or _SIGNED.match(line) or _ACTION_ROW.match(line))
        ) or (prose is not None and position > prose and len(line) <= 120 and _POST_FOOTER.match(line)):
            return body[:position]
    start = max(0, len(body) - _CHROME_REACH)
    for position in range(start, len(body)):
        # below the post's prose only: "Categories: ..." in the byline above a short post opens it, not ends it
        if prose is not None and position > prose and len(body[position][1]) <= 60 and ends_post(body[position][1]):
            return body[:position]
    return body


_CREDIT_FIELD = re.compile(
    r"^(?:directed\s+by|director|dir\.|starring|stars|cast|written\s+by|writers?|screenplay|runtime|run\s+time"
    r"|running\s+time|genre|country|language|released?|release\s+date|year|studio|music|cinematography)\b",
    re.I,
)


def _credits_block(indexed: list[tuple[int, str]]) -> set[int]:
    """The lines of a credits block ("Director: ... / Starring: ... / ★★★½") among the first fifteen,
    and the line right below it: a rating set there is the page's, wherever the block stands."""
    block: set[int] = set()
    head = indexed[:15]
    for position, (_, line) in enumerate(head):
        if len(line) <= _LONGEST_LINE and _CREDIT_FIELD.match(line):
            block |= {i for i, _ in head[max(0, position - 1) : position + 2]}
            # labels and values on lines of their own ("Directed by" / "Howard Hawks" / "Reviewed by" /
            # "Judith Karsten" / "4 stars"): the block runs on through its short lines
            end = position + 1
            while end < len(head) and _FIELD_LINE.match(head[end][1]):
                end += 1
            block |= {i for i, _ in head[position : end + 1]}
    return block


_FIELD_LINE = re.compile(r"^[^.!?]{1,40}$")  # a short line that is no sentence: a label or its value


_SENTENCE_BREAK = re.compile(r"(?<=[.!?])\s+(?=\S)")


def _end_sentence_rating(line: str, scale: float | None, top: bool, bottom: bool) -> tuple[_Found, str] | None:
    """A rating written as the last sentence of the review's last lines ("... we both laughed.
    3.5 out of 5 from me.") or the first sentence of its first lines ("8/10. A fine sequel.")."""
    sentences = _SENTENCE_BREAK.split(line.strip())
    if bottom and (clause := _clause_score(sentences[-1], scale)):
        return clause
    if len(sentences) < 2:
        return None
    # the last sentence, the one before a sign-off ("3 out of 5 stars for T. Thanks for reading!"), or the
    # first, opening the first lines or the closing paragraph ("9/10. Only knock is the slow start.")
    short_top = top and len(line) <= _LONGEST_BARE  # "Don't Go Down There. 3 / 5" under the headline
    places = (
        (sentences[-1], bottom or short_top, bottom),
        (sentences[-2], bottom and len(sentences) > 2, bottom),
        (sentences[0], top or bottom, False),
    )
    for sentence, end, closing in places:
        read = _line_rating(sentence, scale) if end else None
        if read is not None and (read[1] == "bare" or (closing and read[1] in _GIVEN_KINDS)):
            return read  # closing the review, the critic's own verb may give it: 'With that, I give "T" 3 out of 5!'
    return _scaled_sentence(sentences[1:-2], scale) if bottom else None


_SCALED = re.compile(r"^\s*\d{1,3}(?:[.,]\d)?\s*/\s*(?:5|10|100)\s*[.!]?\s*$")


def _scaled_sentence(sentences: list[str], scale: float | None) -> tuple[_Found, str] | None:
    """A score with its scale written as a sentence of its own inside the closing lines ("... made me
    gasp. 7/10. Would not watch again soon."): nothing but the score and its scale, so no date or share."""
    for sentence in reversed(sentences):
        if _SCALED.match(sentence) and (read := _line_rating(sentence, scale)) is not None:
            return read
    return None


_GIVEN_KINDS = frozenset({"labelled", "overall"})


# a score with its scale closing the review's last sentence after a comma or a dash: "Overall, a fun
# ride for the big screen, 6.5/10." (not a bare number, a year or a letter)
_CLAUSE_SCORE = re.compile(r"\w[\w)”\"'’]?\s*(?:,|\s[–—-])\s+(?P<score>[^,;:–—]{3,24}?)[\s.!]*$")


def _clause_score(sentence: str, scale: float | None) -> tuple[_Found, str] | None:
    """The scaled score closing a sentence of prose ("..., a fun ride, 6.5/10.")."""
    if not (match := _CLAUSE_SCORE.search(sentence)) or not re.search(r"[/★⭐*½]|out\s+of", match.group("score"), re.I):
        return None
    score = match.group("score").strip(" .!")
    found = _read(score, False, scale)
    if found is None or found.rating.value is None or found.letter_only or len(found.rating.raw) < len(score) - 1:
        return None
    return found, "bare"


_FIELD_GAP = re.compile(r"[ \t]{2,}|\t|\s+[|·•]\s+")


def _first_field_rating(line: str, scale: float | None) -> tuple[_Found, str] | None:
    """A rating as one field of a header row whose fields a wide gap or a bar separates
    ("2.5/4 stars  Hangover 2 - 6/2/2011", "reviewed by ann | Jul 02, 2001 | 3 out of 5 | Recommended: Yes")."""
    fields = _FIELD_GAP.split(line.strip())
    if len(fields) < 2:
        return None
    for field in fields:
        read = _line_rating(field, scale)
        if read is not None and read[1] in {"bare", "labelled", "overall"}:
            return read
    return None


# the end of a post title that may hold a rating: "The Other Guys (1/2 star)", "Heat (1995) -- 8/10", "Heat | ★★★★"
_TITLE_TAIL = re.compile(
    r"(?:[(\[](?P<paren>[^()\[\]]{1,24})[)\]]|\s(?:[-–—|:]{1,2}|\s)\s*(?P<dash>[^-–—|:()]{1,24}?))[\s.!]*$"
)
# a labelled score closing a post title: "Review: Top Gun (RATING: 4/10)", "Heat – Score: 8/10", "Heat [Grade: B+]"
_TITLE_LABELLED = re.compile(
    r"(?:[(\[]\s*|\s[-–—|:]{1,2}\s*|\)\s+)(?P<seg>(?:(?:my|final|overall)\s+)?(?:rating|score|grade|verdict)\s*[:=]"
    r"[^()\[\]]{1,24}?)[)\]]?[\s.!]*$",
    re.I,
)


def _labelled_tail(title: str, scale: float | None) -> tuple[re.Match[str], Rating] | None:
    """A labelled score closing the title and what reads it, when its label gives it (kind labelled or overall)."""
    if (match := _TITLE_LABELLED.search(title)) and (read := _line_rating(match.group("seg"), scale)):
        found, kind = read
        if kind in {"labelled", "overall"} and found.rating.value is not None:
            return match, found.rating
    return None


def title_without_rating(title: str) -> str:
    """The post title without a score set inside or after it, for the reader of its work:
    "Playtime ◆◆◆◆◇ d. Jacques Tati, 1967" -> "Playtime – d. Jacques Tati, 1967",
    "The Other Guys (1/2 star)" -> "The Other Guys".

    >>> title_without_rating("Harbour Lights ★★★½ (1987)")
    'Harbour Lights – (1987)'
    """
    whole = " ".join(title.split())
    if labelled := _labelled_tail(whole, None):
        return whole[: labelled[0].start()].rstrip(" -–—|:")
    glyphs = _INLINE_GLYPHS.search(whole)
    if glyphs and (found := _read(glyphs.group(), False, None)) and not found.glyphs_only:
        whole = (whole[: glyphs.start()].rstrip() + " – " + whole[glyphs.end() :].lstrip()).strip(" –")
    match = _TITLE_TAIL.search(whole)
    segment = (match.group("paren") or match.group("dash")).strip(" .!") if match else ""
    found = _read(segment, False, None) if match and segment else None
    full = match is not None and found is not None and len(found.rating.raw) >= len(segment) - 1
    if match and found and full and not found.letter_only and not _BARE_NUMBER.fullmatch(segment):
        whole = whole[: match.start()].rstrip(" -–—|:")
    return whole


def _title_rating(title: str | None, scale: float | None) -> Rating | None:
    """A score in the post title: opening it ("[7] Cats"), standing for all of it ("★★★★½"), or
    closing it after a bracket or a dash ("The Other Guys (1/2 star)", "Heat (1995) – 8/10");
    there only a score with its scale, stars or a signed grade, not a year or a bare letter."""
    if not title or len(title) > _LONGEST_LINE:
        return None
    if match := _TITLE_SCORE.match(title):
        found = _read(match.group(), False, scale)
        return found.rating if found else None
    whole = " ".join(title.split())
    if labelled := _labelled_tail(whole, scale):  # "Review: Top Gun (RATING: 4/10)"
        return labelled[1]
    if len(whole) <= _LONGEST_BARE and (read := _line_rating(whole, scale)) and read[1] == "bare":
        found = read[0]
        if len(found.rating.raw) >= len(whole.strip(" []().!")) - 2:
            return found.rating
    glyphs = _INLINE_GLYPHS.search(whole)  # "Playtime ◆◆◆◆◇ d. Jacques Tati, 1967"
    if glyphs and (found := _read(glyphs.group(), False, scale)) and not found.glyphs_only:
        return found.rating
    match = _TITLE_TAIL.search(whole)
    segment = (match.group("paren") or match.group("dash")).strip(" .!") if match else ""
    if segment and (found := _read(segment, False, scale)):
        signed = not found.letter_only or found.rating.raw[1:].strip() != ""
        if len(found.rating.raw) >= len(segment) - 1 and signed and not _BARE_NUMBER.fullmatch(segment):
            return found.rating
    for part in _TITLE_PART.finditer(whole):  # "9/10 – Heat (1995)", "Heat – 4.5/5 – A Masterpiece", "Heat: 4 stars"
        if (scored := _scored_part(part.group("part"), scale)) is not None:
            return scored
    if closing := _CLOSING_SCORE.search(whole):  # "Point Break 1991 3 out of 10": a scaled score ends the headline
        return _scored_part(closing.group("score"), scale)
    return None


# a score with its scale closing a headline after a word or a year, no separator: "T 1991 3 out of 10", "T 8/10"
_CLOSING_SCORE = re.compile(
    r"(?<=[\w)])\s+(?P<score>\d{1,2}(?:[.,]\d)?\s*(?:/\s*|out\s+of\s+)(?:4|5|10|20|100))[\s.!]*$", re.I
)


# a part of the title a dash, a bar, a colon or a closing bracket sets off: "9/10 – T", "T – 4.5/5 – tagline",
# "T: 4 stars", "T (1995) ****"
_TITLE_PART = re.compile(r"(?:^|\s[-–—|]\s|:\s|\)\s)(?P<part>[^-–—|:()\[\]]{1,20}?)(?=\s[-–—|]\s|\s*$|\s\()")


_SCALED_PART = re.compile(r"[★⭐*]|\bstars?\b|/\s*(?:4|5|10|20|100)\b|\bout\s+of\b", re.I)


def _scored_part(part: str, scale: float | None) -> Rating | None:
    """The score a part of the title is, whole: scaled ("4.5/5", "4 stars", "****" after a year), not a
    bare number, a year or a letter."""
    segment = part.strip(" .!")
    if not _SCALED_PART.search(segment):
        return None  # "2/3 of a masterpiece", "Part 2": no scale a blog rates on
    found = _read(segment, False, scale)
    if found is None or found.rating.value is None or found.letter_only:
        return None
    return found.rating if len(found.rating.raw) >= len(segment) - 1 else None


def _bare_rank(index: int, indexed: list[tuple[int, str]]) -> int:
    """Bare ratings at the bottom of the review before those at the top."""
    bottom = [i for i, _ in indexed[-_BOTTOM:]]
    return 0 if index in bottom else 1


# a capsule's heading on a page of several films: "Mother (2009)", "THE HOST (2006) – ★★★", "Heat – 8/10"
_CAPSULE_HEAD = re.compile(r"^[^.!?]{1,50}?\s*\((?:19|20)\d\d\)(?:\s*[-–—:|]?\s*\S.{0,20})?$")


def capsule_rating(lines: list[str], title: str) -> Rating | None:
    """The rating of one film's capsule on a page that reviews several under headings of their own
    ("Mother (2009)" / its paragraph closing "9/10." / "The Host (2006)" / a line closing "7/10."): the
    score on the heading that names ``title`` or the one in the lines below it, up to the next heading.
    ``None`` when the page has fewer than two such headings, or the capsule holds no score.

    >>> capsule_rating(["Heat (1995)", "Long and superb. 9/10.", "Ronin (1998)", "Fun. 7/10."], "Heat").value
    0.9
    """
    text = [" ".join(line.split()) for line in lines]
    body = [(i, line) for i, line in _before_chrome([(i, line) for i, line in enumerate(text) if line])]
    reads = {i: _line_rating(line) for i, line in body if len(line) <= _LONGEST_BARE}
    heads = [
        position
        for position, (i, line) in enumerate(body)
        if len(line) <= _LONGEST_BARE
        and (
            _CAPSULE_HEAD.match(line)
            or (
                (read := reads.get(i)) is not None
                and read[1] in {"inline", "subscore"}
                and position + 1 < len(body)
                and len(body[position + 1][1]) > _LONGEST_BARE  # prose follows: not a block of sub-scores
            )
        )
    ]
    if len(heads) < 2:
        return None
    key = title.casefold()
    named = [p for p in heads if body[p][1].casefold().startswith(key) and not body[p][1][len(key) :][:1].isalnum()]
    if len(named) != 1:
        return None
    start = named[0]
    end = next((p for p in heads if p > start), len(body))
    if (read := reads.get(body[start][0])) is not None and read[0].rating.value is not None:
        return read[0].rating  # "FALLEN LEAVES – ★★★★"
    found: Rating | None = None
    for _, line in body[start + 1 : end]:
        read = _line_rating(line) if len(line) <= _LONGEST_LINE else None
        if read is None or read[1] not in {"labelled", "overall", "bare"}:
            last = _SENTENCE_BREAK.split(line.strip())[-1]  # "... is one I will not forget. 9/10."
            read = _line_rating(last) or _clause_score(last, None)
        if read is not None and read[1] in {"labelled", "overall", "bare"} and read[0].rating.value is not None:
            found = read[0].rating
    return found
