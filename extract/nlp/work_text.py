"""Shared vocabulary and token helpers of the work finders: cue words, labels, title-case runs."""

from __future__ import annotations

import re

from extract.nlp.context import (
    QUOTE_CLOSE,
    QUOTE_OPEN,
    Unit,
    sentence_initial,
)
from extract.nlp.textnorm import Token
from extract.records import EntityKind

NOT_TITLES = frozenset(
    """
    oscar oscars academy hollywood twitter facebook netflix youtube imax dvd blu-ray god christmas
    sunday monday tuesday wednesday thursday friday saturday january february march april may june
    july august september october november december english america american british uk usa
    i ok yes no oh glad aaah final thanks great good nice love like well so but and the a
    top one two three four five six seven eight nine ten eleven twelve twenty hundred
    still just even maybe now then here there today tonight tomorrow yesterday always never also
    what who whom whose where when why how which whatever
    home about contact menu search archives categories tags share comments reply previous next older newer
    loading
    """.split()
)

# Names of film genres and forms: capitalised mid-sentence ("a tense little Western that ...", "a
# Western about a ranching family", a category line "Drama, Western") they name a kind of film far
# more often than the films of that one word ("Western", 2017); a page that means the film marks it
# (quotes, italics, a year) or reviews it.
GENRE_WORDS = frozenset(
    """
    western westerns noir noirs musical musicals melodrama melodramas thriller thrillers horror comedy comedies
    drama dramas romance romances giallo gialli slasher slashers procedural epic epics biopic biopics satire
    farce mystery fantasy adventure animation anime romcom sci-fi
    """.split()
)

KIND_CUES: dict[str, EntityKind] = {
    "novel": "novel",
    "novels": "novel",
    "novella": "novel",
    "book": "novel",
    "books": "novel",
    "read": "novel",
    "author": "novel",
    "comic": "comic",
    "comics": "comic",
    "graphic": "comic",
    "song": "song",
    "songs": "song",
    "track": "song",
    "album": "song",
    "score": "song",
    "show": "tv",
    "series": "tv",
    "episode": "tv",
    "tv": "tv",
    "sitcom": "tv",
    "film": "film",
    "films": "film",
    "movie": "film",
    "movies": "film",
    "documentary": "film",
}


INTRO_CUES = frozenset(
    "novel novella book comic series show song album film movie documentary sequel prequel remake story called "
    "titled aptly-titled read saw seen watched watch".split()
)
# a maker's verb or relative possessive before a title-case run of two words or more: "the Daniels, who
# made Swiss Army Man", "Makoto Shinkai, whose 5 Centimeters per Second I had loved"
MAKER_CUES = frozenset("made directed wrote whose".split())


COMPARISON_CUES = frozenset(
    {
        ("reminds", "me", "of"),
        ("reminded", "me", "of"),
        ("like",),
        ("than",),
        ("compared", "to"),
        ("since",),
        ("unlike",),
        ("reminiscent", "of"),
        ("vein", "of"),
    }
)


YEAR_AFTER = re.compile(r"\s*\(((?:19|20)\d\d)\)")


YEAR_IN = re.compile(r"\((?:19|20)\d\d\)")


PERSON_LABELS = frozenset({"PERSON", "GPE", "LOC", "NORP", "FAC"})


def kind_near(tokens: list[Token], index: int, window: int = 6) -> EntityKind | None:
    for token in reversed(tokens[max(0, index - window) : index]):
        if (kind := KIND_CUES.get(token.key)) is not None:
            return kind
    return None


_WORK_NOUNS = frozenset(
    "film films movie movies sequel sequels prequel remake remakes reboot franchise series trilogy saga novel book "
    "books episode episodes season show adaptation version cut score soundtrack album song entry entries "
    "tonight today tomorrow yesterday again last next this night morning evening weekend week year".split()
)  # and the times a title is seen at: "see Predestination tonight"


def modifies_noun(unit: Unit, end: int) -> bool:
    """Whether the word ending at ``end`` modifies the common noun after it: "Jack Cardiff's Technicolor
    photography", "an almost Western style". A work's own noun ("a Hellraiser sequel", "the Apes
    films") keeps it a title."""
    index = unit.token_at_end.get(end)
    if index is None or index + 1 >= len(unit.tokens):
        return False
    following = unit.tokens[index + 1]
    if following.start - end > 1 or not following.text[:1].islower() or following.key in _WORK_NOUNS:
        return False
    return unit.pos_at(following.start) == "NOUN"


_SHOUTED = re.compile(r"[!?]+[”\"’']")


def shouted(text: str, end: int) -> bool:
    """Whether a quotation ends right after ``end`` with "!" or "?": a line spoken ("You're next!")."""
    return _SHOUTED.match(text, end) is not None


def inside_entity(unit: Unit, start: int, end: int, wanted: frozenset[str]) -> bool:
    return any(s <= start and end <= e and label in wanted for s, e, label in unit.entities_near(start, end))


def after_possessive(text: str, start: int) -> bool:
    """Whether a capitalised name's possessive stands right before ``start``."""
    return re.search(r"\b[A-Z][\w.-]*[’']s\s+$", text[max(0, start - 40) : start]) is not None


_LONGEST_TITLE = 14  # tokens a run may grow by on each side: a long capitalised line costs linear time
_SENTENCE_OPENERS = frozenset({"ADP", "SCONJ", "ADV", "PRON", "DET", "VERB"})
_RUN_INNER = frozenset({"of", "the", "a", "an", "in", "on", "at"})


def run_around(unit: Unit, start: int, end: int) -> tuple[int, int]:
    """The title-case run of words (small words allowed inside) that contains text[start:end]
    (at most ``_LONGEST_TITLE`` tokens further on each side)."""
    tokens = unit.tokens
    first = unit.token_at_start.get(start)
    last = unit.token_at_end.get(end)
    if first is None or last is None:
        return start, end
    text = unit.text
    floor, ceiling = max(0, first - _LONGEST_TITLE), min(len(tokens), last + _LONGEST_TITLE)
    while first > floor:  # the word tests first, the line-break test (a slice) only for a word that joins
        before = tokens[first - 1]
        if (
            not (
                (
                    before.text[:1].isupper()
                    and not (  # "Like Solaris, it ...": a sentence's first word is capitalised anyway
                        sentence_initial(text, before.start) and unit.pos_at(before.start) in _SENTENCE_OPENERS
                    )
                )
                or (
                    before.key in _RUN_INNER
                    and first > 1
                    and tokens[first - 2].text[:1].isupper()
                    and not sentence_initial(text, tokens[first - 2].start)  # "Following in Alien's footsteps"
                )
            )
            or "\n" in text[before.end : tokens[first].start]
        ):
            break
        first -= 1
    while (
        last + 1 < ceiling
        and tokens[last + 1].text[:1].isupper()
        and "\n" not in text[tokens[last].end : tokens[last + 1].start]
    ):
        last += 1
    return tokens[first].start, tokens[last].end


QUOTE_CHARS = frozenset(QUOTE_OPEN + QUOTE_CLOSE)


LIST_MARKS = QUOTE_CHARS | {"!", "?", ":"}


LIST_WORDS = frozenset("and or nor to the a of with both either even film films movie movies like as & + ,".split())


CUE_REACH = 80  # characters from a cue to the last work of the list it governs


DAYS = frozenset({"DATE", "TIME", "EVENT"})


NOT_IN_FILM = frozenset({"GPE", "LOC", "FAC", "PERSON", "DATE", "TIME", "NORP", "EVENT"})


JOINERS = frozenset("of the a an in on and at to for from with per".split())


PRONOUN_I = re.compile(r"^I(?:[’'](?:m|ve|d|ll))?$")


def _joins_a_title(tokens: list[Token], index: int) -> bool:
    """Whether the joining words from ``index`` on ("in the") lead to a capitalised word."""
    ahead, size = index, len(tokens)
    while ahead < size and ahead - index < 3 and tokens[ahead].key in JOINERS:
        ahead += 1
    if ahead == index or ahead >= size:
        return False
    following = tokens[ahead].text
    return following[:1].isupper() and not PRONOUN_I.match(following)


_RUN_MARKS = frozenset({":", "+", "&"})


def title_run(tokens: list[Token], start: int, text: str) -> int:
    """End token index (exclusive) of a title-case run starting at ``start``."""
    index, size = start, len(tokens)
    while index < size:
        word = tokens[index].text
        first = word[:1]
        if (
            first.isupper()
            or first.isdigit()
            or (tokens[index].key in JOINERS and _joins_a_title(tokens, index))
            or (word in _RUN_MARKS and index + 1 < size and tokens[index + 1].text[:1].isupper())
        ):
            index += 1
        elif word == "?" and index > start:
            return index + 1
        else:
            break
        if index < size and "\n" in text[tokens[index - 1].end : tokens[index].start]:
            break
    return index


PEOPLE = frozenset({"PERSON", "GPE", "LOC", "NORP"})


LIST_JOINS = frozenset({"and", "or", "&", "+", "with", "vs", "versus"})


NOT_WORKS = frozenset({"GPE", "LOC", "FAC", "DATE", "TIME", "MONEY", "PERCENT", "QUANTITY"})


def listed_after(tokens: list[Token], end: int) -> bool:
    """Whether the run ending at ``end`` continues as a list of titles ("Get Out and Us")."""
    return end + 1 < len(tokens) and tokens[end].key in {",", "and", "or"} and tokens[end + 1].text[:1].isupper()


def listed_before(tokens: list[Token], first: int) -> bool:
    return first >= 2 and tokens[first - 1].key in {",", "and", "or"} and tokens[first - 2].text[:1].isupper()


PLACE_LABELS = frozenset({"ORG", "FAC", "GPE", "LOC", "NORP", "EVENT", "LAW"})


INNER_JOINERS = frozenset("of the a an in on to for from".split())


PLACES_INSIDE = frozenset({"GPE", "LOC", "FAC"})  # a run the film table does not know, with a place in it


NOT_RUN_STARTS = frozenset(
    "best worst top favorite favourite my our posted start read see watch click share leave reply continue more "
    "previous next home about "
    "contact older newer related filed tagged categories category archives search menu skip subscribe follow "
    "comments comment sign log register privacy terms copyright powered back".split()
)


# capitals of a post title that are labels, formats or channels, not titles: "SOME LIKE IT HOT - REVIEW", "(HBO)"
CAPS_NOT_TITLES = frozenset(
    "tv dvd imax hbo bbc itv amc fx hd uhd vhs aka review reviews film films movie movies episode season "
    "spoilers spoiler trailer".split()
)
