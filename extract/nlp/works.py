"""Films and other works named in a text: the gazetteer plus context rules.

Stock NER finds film titles badly, and many titles are ordinary words ("Her", "Mud",
"Gravity"). A gazetteer match is accepted when the text treats it as a title: title case
for several words; for one word, quotes, italics, the page's own title, capitals used as a
title, or a capitalised word mid-sentence that is nobody's name. Works the gazetteer does
not know come from quotes, italics, capitals in titles, and title-case runs after cue words
("novel", "book called", "series") or before "by <person>".
"""

from __future__ import annotations

import re
from collections import Counter

from spacy.lang.en.stop_words import STOP_WORDS

from extract.nlp.candidates import Candidate
from extract.nlp.context import (
    QUOTE_CLOSE,
    QUOTE_OPEN,
    SMALL_WORDS,
    PageContext,
    Unit,
    is_title_case,
    quoted,
    sentence_initial,
)
from extract.nlp.cues import PERSON_SUBJECT_CUES, Cue
from extract.nlp.gazetteer import Gazetteer
from extract.nlp.reviewed import sequel_variants
from extract.nlp.spans import SpanIndex
from extract.nlp.textnorm import Token, fold, name_key
from extract.records import EntityKind
from extract.titles import label_end, reviewed_from_title, split_site_prefix

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
    """.split()
)
_KIND_CUES: dict[str, EntityKind] = {
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
_INTRO_CUES = frozenset(
    "novel novella book comic series show song album film movie documentary called titled aptly-titled "
    "read saw seen watched watch".split()
)
_COMPARISON_CUES = frozenset(
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
_YEAR_AFTER = re.compile(r"\s*\(((?:19|20)\d\d)\)")
_YEAR_IN = re.compile(r"\((?:19|20)\d\d\)")
_PERSON_LABELS = frozenset({"PERSON", "GPE", "LOC", "NORP", "FAC"})


def _kind_near(tokens: list[Token], index: int, window: int = 6) -> EntityKind | None:
    for token in reversed(tokens[max(0, index - window) : index]):
        if (kind := _KIND_CUES.get(token.key)) is not None:
            return kind
    return None


def _inside_entity(unit: Unit, start: int, end: int, wanted: frozenset[str]) -> bool:
    return any(s <= start and end <= e and label in wanted for s, e, label in unit.entities_near(start, end))


def _after_possessive(text: str, start: int) -> bool:
    """Whether a capitalised name's possessive stands right before ``start``."""
    return re.search(r"\b[A-Z][\w.-]*[’']s\s+$", text[max(0, start - 40) : start]) is not None


_LONGEST_TITLE = 14  # tokens a run may grow by on each side: a long capitalised line costs linear time


def _run_around(unit: Unit, start: int, end: int) -> tuple[int, int]:
    """The title-case run of words (small words allowed inside) that contains text[start:end]
    (at most ``_LONGEST_TITLE`` tokens further on each side)."""
    tokens = unit.tokens
    first = unit.token_at_start.get(start)
    last = unit.token_at_end.get(end)
    if first is None or last is None:
        return start, end
    text = unit.text
    low, high = first - _LONGEST_TITLE, last + _LONGEST_TITLE
    while (
        first > max(0, low)
        and "\n" not in text[tokens[first - 1].end : tokens[first].start]
        and (
            (
                tokens[first - 1].text[:1].isupper()
                and not (  # "Like Solaris, it ...": a sentence's first word is capitalised anyway
                    sentence_initial(text, tokens[first - 1].start)
                    and unit.pos_at(tokens[first - 1].start) in {"ADP", "SCONJ", "ADV", "PRON", "DET", "VERB"}
                )
            )
            or (
                tokens[first - 1].key in {"of", "the", "a", "an", "in", "on", "at"}
                and first > 1
                and tokens[first - 2].text[:1].isupper()
                and not sentence_initial(text, tokens[first - 2].start)  # "Following in Alien's footsteps"
            )
        )
    ):
        first -= 1
    while (
        last + 1 < min(len(tokens), high)
        and tokens[last + 1].text[:1].isupper()
        and "\n" not in text[tokens[last].end : tokens[last + 1].start]
    ):
        last += 1
    return tokens[first].start, tokens[last].end


def _extended_film(unit: Unit, ctx: PageContext, start: int, end: int) -> tuple[int, int, int] | None:
    """A longer film title around a match: "Wolf of Wall Street" around "Wall Street"."""
    run_start, run_end = _run_around(unit, start, end)
    if (run_start, run_end) == (start, end):
        return None
    run = unit.text[run_start:run_end]
    for candidate in (run, "The " + run):
        films = ctx.gazetteer.films_titled(candidate)
        if films:
            return run_start, run_end, films[0]
    return None


def _title_unit_word_ok(unit: Unit, start: int, end: int, ctx: PageContext) -> bool:
    """In a post or pingback title every word is capitalised, so a one-word title needs more:
    a possessive or a separator before it, or "and" joining it to the reviewed title."""
    before = unit.text[:start].rstrip()
    after = unit.text[end:].lstrip()
    if before.endswith(("’s", "'s", ":", "–", "—", "|")) or not before:
        return True
    joined = re.match(r"^(?:and|&|\+)\s+(\S+)", after) or re.search(r"(\S+)\s+(?:and|&|\+)$", before)
    return bool(joined and ctx.reviewed_key and name_key(joined.group(1)) == ctx.reviewed_key)


QUOTE_CHARS = frozenset(QUOTE_OPEN + QUOTE_CLOSE)
_OBSCURE = 50  # critics' reviews: a film this little known yields to the place of the same name
_LIST_MARKS = QUOTE_CHARS | {"!", "?", ":"}
_MAKER_BEFORE_TITLE = re.compile(r"[’']s\s+[A-Z“\"‘]")
_LIST_WORDS = frozenset("and or nor to the a of with both either even film films movie movies like as & + ,".split())
_CUE_REACH = 80  # characters from a cue to the last work of the list it governs


def _cue_governs(unit: Unit, start: int, end: int) -> bool:
    """Whether a comparison cue governs text[start:end]: it follows the cue, maybe as a later
    item of a list ("recalls Solaris, Silent Running and Outland"), or stands right before a
    "-esque" or "meets"."""
    for cue in unit.cues:
        if cue.start >= end:
            if cue.start - end <= 2 and cue.shape in {"suffix", "binary"}:
                return True
            between = unit.tokens[unit.token_index_at(end) : unit.token_index_at(cue.start)]
            # the subject of a comparison: "Ronin is far better than Heat"
            return (
                cue.shape != "suffix"
                and cue.name not in PERSON_SUBJECT_CUES
                and sentence_initial(unit.text, start)
                and unit.pos_at(start) in {"PROPN", "NOUN"}
                and len(between) <= 5
                and all(t.text[:1].islower() for t in between)
            )
        if cue.end > start or start - cue.end > _CUE_REACH:
            continue
        if cue.shape != "suffix" and cue.governs(start, end):
            return True
        between = unit.tokens[unit.token_index_at(cue.end) : unit.token_index_at(start)]
        if all(t.text[:1].isupper() or t.key in _LIST_WORDS or t.text in _LIST_MARKS for t in between):
            return True
    return False


_SEQUEL_AFTER = re.compile(r"[ \t]+(?:Part[ \t]+)?([2-9]|II|III|IV|VI?)\b(?![’'.,]?\d)")
_ACTOR_AFTER = re.compile(r"\s*\(\s*(?P<name>[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){1,3})\s*[),]")
_ACTOR_BEFORE = re.compile(r"(?P<name>[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){1,3})\s+(?:is|as|plays|played|playing)\s+$")
_POSSESSIVE_AFTER = re.compile(r"[’']s\b")


def _not_a_work_here(unit: Unit, ctx: PageContext, start: int, end: int, people_words: set[str]) -> bool:
    """A film's name that the sentence uses for something else: a character with its actor
    ("Paulette (Brigitte Fossey)", "Rebecca Ferguson is Miranda"), a day ("until Halloween"),
    or a maker's surname in the possessive ("Hitchcock's films")."""
    text = unit.text

    def is_person(name: str) -> bool:
        return ctx.gazetteer.person_named(name) is not None or fold(name) in people_words

    if (after := _ACTOR_AFTER.match(text, end)) and is_person(after.group("name")):
        return True
    before = _ACTOR_BEFORE.search(text, max(0, start - 50), start)
    if before is not None and is_person(before.group("name")):
        return True
    single = len(text[start:end].split()) == 1
    if single and _inside_entity(unit, start, end, _DAYS):
        return True
    if single and text.endswith("the ", max(0, start - 4), start):
        return True  # "the Force", "the Resistance", "the Emperor": a thing or a group, not the film
    if single and fold(text[start:end]) in _director_surnames(ctx.gazetteer):
        return True  # "like De Palma and Hitchcock", "too sloppy for Hitchcock": the director
    return single and ctx.gazetteer.is_surname(text[start:end]) and _POSSESSIVE_AFTER.match(text, end) is not None


def _cast_in_unit(unit: Unit, ctx: PageContext, word: str, people_words: set[str]) -> bool:
    """Whether the text gives this one-word name an actor in parentheses somewhere ("Batman (George
    Clooney)"): then each bare use of it is the character's. A quoted, italic or dated use and the
    reviewed film's own title stay works (the caller checks those first)."""
    text = unit.text
    at = text.find(word + " (")
    while at >= 0:
        after = _ACTOR_AFTER.match(text, at + len(word))
        actor = after.group("name") if after is not None else ""
        if (
            actor
            and (at == 0 or not text[at - 1].isalnum())
            and (ctx.gazetteer.person_named(actor) is not None or fold(actor) in people_words)
        ):
            return True
        at = text.find(word + " (", at + 1)
    return False


_DAYS = frozenset({"DATE", "TIME", "EVENT"})
_DIRECTED_FILMS = 3  # a surname shared by directors of this many films is a director's name first
_SURNAMES: dict[int, frozenset[str]] = {}


def _director_surnames(gazetteer: Gazetteer) -> frozenset[str]:
    """Folded surnames of the film table's directors of several films (Hitchcock, Lynch, Ray)."""
    if id(gazetteer) not in _SURNAMES:
        counts: Counter[str] = Counter()
        for film in gazetteer.films:
            counts.update({fold(gazetteer.people[p].split()[-1]) for p in film.directors})
        _SURNAMES[id(gazetteer)] = frozenset(name for name, n in counts.items() if n >= _DIRECTED_FILMS)
    return _SURNAMES[id(gazetteer)]


_PREDECESSOR = re.compile(
    r"\b(?:first|original|earlier|previous)\s+(?P<title>[A-Z][\w’'-]*(?:\s+(?:[A-Z][\w’'-]*|of|the|in|and)){0,4})"
)


_DATED_RUN = re.compile(
    r"(?P<title>[A-Z0-9][\w’'!?&.-]*"
    r"(?:[ \t]+(?:[A-Z0-9][\w’'!?&.-]*|of|the|a|an|in|on|at|to|for|from|with|and|or)){0,9})"
    r"[ \t]*\((?P<year>(?:19|20)\d\d)\)"
)


def _dated_runs(unit: Unit, ctx: PageContext, people: SpanIndex) -> list[Candidate]:
    """A title-case run right before a year in parentheses, a film the table may not know:
    "Hammer's Never Take Sweets from a Stranger (1960) is ...". A maker's possessive before it
    is cut off; a person's name ("Cyril Frankel (1960)") is no film."""
    if unit.is_title:
        return []
    found = []
    for match in _DATED_RUN.finditer(unit.text):
        start, title = match.start("title"), match.group("title").rstrip("’'")
        words = title.split()
        owner = max((i + 1 for i, w in enumerate(words) if w.endswith(("’s", "'s"))), default=0)
        while owner < len(words) and words[owner].casefold() in SMALL_WORDS:
            owner += 1
        if owner >= len(words) or len(words) - owner < 2:
            continue  # one word: the gazetteer's rules decide
        start += len(" ".join(words[:owner])) + (1 if owner else 0)
        title = " ".join(words[owner:])
        start = unit.text.find(title, start)
        end = start + len(title)
        if start < 0 or not is_title_case(title.split()) or people.overlaps(start, end):
            continue
        if ctx.gazetteer.person_named(title) is not None or _inside_entity(unit, start, end, _PERSON_LABELS):
            continue
        found.append(Candidate(title, start, end, "film", "dated-run", 0.6, year=int(match.group("year"))))
    return found


def _predecessor_works(unit: Unit, ctx: PageContext, people_words: set[str]) -> list[Candidate]:
    """ "the first Hangover", "the original Avengers": the film before this one, whose title often
    loses its article ("The Hangover")."""
    found = []
    for match in _PREDECESSOR.finditer(unit.text):
        title = match.group("title")
        words = title.split()
        while words and words[-1] in {"of", "the", "in", "and"}:
            words.pop()
        title = " ".join(words)
        if not title or fold(title) in people_words or ctx.gazetteer.person_named(title) is not None:
            continue
        films = ctx.gazetteer.films_titled(title) or ctx.gazetteer.films_titled("The " + title)
        if films:
            start = match.start("title")
            found.append(Candidate(title, start, start + len(title), "film", "predecessor", 0.75, film=films[0]))
    return found


_LINK_LABEL_BEFORE = re.compile(
    r"(?:^|\n)[ \t]*(?:(?:previous|next|older|newer|related|read|see\s+also|more|up\s+next|last)\b[^:\n]{0,30}"
    r"|[^:\n]{0,30}\b(?:episode|post|review|entry|part)\b[^:\n]{0,10}):[ \t]*(?:\d+[ \t]*[:.][ \t]*)?$",
    re.I,
)


_NAME_BEFORE_PAREN = re.compile(
    r"(?P<name>[A-Z][\w.’'-]*(?:\s+(?:[A-Z][\w.’'-]*|von|van|de|del|der|da|di|le|la)){1,3})\s*\($"
)


def _after_credited_name(text: str, start: int, end: int, ctx: PageContext, people_words: set[str]) -> bool:
    """A film in parentheses after a person's name, the form of a filmography: "Erich von
    Stroheim (Greed)" (the reverse of a character's "Paulette (Brigitte Fossey)")."""
    if text[end : end + 1] != ")":
        return False
    before = _NAME_BEFORE_PAREN.search(text, max(0, start - 50), start)
    if before is None:
        return False
    name = before.group("name")
    return ctx.gazetteer.person_named(name) is not None or fold(name) in people_words


_ACTOR_IN = re.compile(
    r"(?P<name>[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,2})\s+(?:is|was|were|are)\s+(?:\w+\s+){0,3}?in\s+$"
)


def _actor_in(text: str, start: int, ctx: PageContext, people_words: set[str]) -> bool:
    """A film after an actor's "was better in", "is great in": "Cage was better in Pig"."""
    before = _ACTOR_IN.search(text, max(0, start - 60), start)
    if before is None:
        return False
    name = before.group("name")
    return ctx.gazetteer.person_named(name) is not None or fold(name) in people_words


_ACTOR_IN_RUN = re.compile(
    r"(?P<name>[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,2})\s+(?:is|was|were|are)\s+(?:\w+\s+){0,3}?in\s+"
    r"(?P<title>[A-Z][\w’'-]*(?:\s+(?:[A-Z][\w’'-]*|of|the|and)){0,5})"
)


def _actor_in_runs(unit: Unit, ctx: PageContext, people_words: set[str]) -> list[Candidate]:
    """Films the table may not know, after an actor's "was better in": "Cage was better in Pig".
    Not a place ("great in Vegas"), a person or a date."""
    if unit.is_title:
        return []
    found = []
    for match in _ACTOR_IN_RUN.finditer(unit.text):
        name, title = match.group("name"), match.group("title")
        while title.split()[-1] in {"of", "the", "and"}:
            title = title.rsplit(" ", 1)[0]
        start, end = match.start("title"), match.start("title") + len(title)
        if not (ctx.gazetteer.person_named(name) is not None or fold(name) in people_words):
            continue
        if fold(title) in NOT_TITLES or fold(title) in people_words or ctx.gazetteer.person_named(title) is not None:
            continue
        if any(s < end and start < e for s, e, label in unit.entities_near(start, end) if label in _NOT_IN_FILM):
            continue
        found.append(Candidate(title, start, end, "film", "actor-in", 0.6))
    return found


_NOT_IN_FILM = frozenset({"GPE", "LOC", "FAC", "PERSON", "DATE", "TIME", "NORP", "EVENT"})


def _label_link(text: str, start: int, end: int) -> bool:
    """A title alone after a link label, to the end of its line: "Previous episode: 53: Casablanca"."""
    line_end = text.find("\n", end)
    rest = text[end : line_end if line_end >= 0 else len(text)]
    return not rest.strip(" \t.") and _LINK_LABEL_BEFORE.search(text, max(0, start - 60), start) is not None


def _gazetteer_works(unit: Unit, ctx: PageContext, people_words: set[str]) -> list[Candidate]:
    found: list[Candidate] = []
    text = unit.text
    label = label_end(text) if unit.is_title else 0
    for match in ctx.gazetteer.match(text, unit.tokens):
        if match.film is None or match.end <= label:
            continue  # "Fun Size Review: The Kid": a label's words name no film
        if unit.is_title and fold(match.text) in _CAPS_NOT_TITLES:
            continue  # "T AKA T2 (2002)", "T (HBO)": a word of the headline's apparatus
        if (sequel := _SEQUEL_AFTER.match(text, match.end)) and match.text[:1].isupper():
            number = next(  # "The Hangover 2": the sequel, not the first film
                (f for v in sequel_variants(f"{match.text} {sequel.group(1)}") for f in ctx.gazetteer.films_titled(v)),
                None,
            )
            span = text[match.start : sequel.end()]
            if number is not None or (len(match.text.split()) >= 2 and is_title_case(match.text.split())):
                # a sequel the table lacks ("Inside Out 2") is still not the first film
                found.append(Candidate(span, match.start, sequel.end(), "film", "sequel", 0.85, film=number))
                continue
        if (extended := _extended_film(unit, ctx, match.start, match.end)) is not None:
            run_start, run_end, film_number = extended
            found.append(
                Candidate(text[run_start:run_end], run_start, run_end, "film", "gazetteer", 0.85, film=film_number)
            )
            continue
        words = match.text.split()
        key = name_key(match.text)
        is_reviewed = key == ctx.reviewed_key
        marked = quoted(text, match.start, match.end) or ctx.is_emphasised(match.text)
        caps = match.text.isupper() and len(match.text) >= 3
        year = _YEAR_AFTER.match(text[match.end :])
        if not (is_reviewed or marked) and _not_a_work_here(unit, ctx, match.start, match.end, people_words):
            continue
        if not is_reviewed and len(words) == 1 and _cast_in_unit(unit, ctx, match.text, people_words):
            continue  # "Batman (George Clooney) and Robin ...": the part, everywhere in this text
        if is_reviewed and (match.text[:1].isupper() or marked):
            confidence, rule = 0.95, "reviewed-title"
        elif marked and match.text[:1].isupper():
            confidence, rule = 0.9, "quoted" if quoted(text, match.start, match.end) else "italic"
        elif year and match.text[:1].isupper() and abs(ctx.gazetteer.films[match.film].year - int(year.group(1))) <= 1:
            confidence, rule = 0.85, "dated"  # "Contact (1997)": its year marks a title, even a common word
        elif len(words) >= 2:
            if not is_title_case(words) or (caps and not unit.is_title):
                continue
            if fold(match.text) in people_words:
                continue
            if ctx.gazetteer.films[match.film].reviews < _OBSCURE and any(
                label in {"GPE", "LOC", "FAC"} and s <= match.start and e >= match.end
                for s, e, label in unit.entities_near(match.start, match.end)
            ):
                continue  # "New York" the place, not the little-known film (unless quoted or in italics)
            run_start, run_end = _run_around(unit, match.start, match.end)
            if run_end > match.end and run_start == match.start and not unit.is_title:
                if any(
                    label in _PLACE_LABELS and s <= match.start + 4 and e >= run_end
                    for s, e, label in unit.entities_near(match.start, run_end)
                ):
                    continue  # "Cook County Hospital", "the New York Times": a place or a body, no film
                longer = text[match.start : run_end]  # "The Greatest Showman" is not "The Greatest"
                found.append(Candidate(longer, match.start, run_end, "film", "longer-run", 0.6))
                continue
            confidence, rule = 0.8, "gazetteer"
        elif caps:
            if not (unit.is_title or year or _after_possessive(text, match.start)):
                continue
            confidence, rule = 0.75, "capitals"
        elif _after_possessive(text, match.start) and match.text[:1].isupper():
            confidence, rule = 0.75, "possessive"  # "Tarkovsky's Solaris", "Spike Jonze's Her"
        elif (
            match.text[:1].isupper()
            and not unit.is_title
            and fold(match.text) not in NOT_TITLES | people_words
            and not ctx.is_commenter(match.text)
            and not ctx.gazetteer.is_first_name(match.text)
            and _run_around(unit, match.start, match.end) == (match.start, match.end)
            and _cue_governs(unit, match.start, match.end)
        ):
            confidence, rule = 0.7, "cued"  # "it is no Casablanca", "a cross between Solaris and ..."
        elif _MAKER_BEFORE_TITLE.match(text, match.end):
            continue  # "Hitchcock's Vertigo": the maker, even if a film bears the name
        else:
            word = match.text
            if word[:1].isupper() and _actor_in(text, match.start, ctx, people_words):
                found.append(Candidate(word, match.start, match.end, "film", "actor-in", 0.7, film=match.film))
                continue
            if word[:1].isupper() and _after_credited_name(text, match.start, match.end, ctx, people_words):
                found.append(Candidate(word, match.start, match.end, "film", "filmography", 0.7, film=match.film))
                continue
            if word[:1].isupper() and _label_link(text, match.start, match.end):
                found.append(Candidate(word, match.start, match.end, "film", "label-link", 0.7, film=match.film))
                continue
            if not word[:1].isupper() or sentence_initial(text, match.start) or fold(word) in NOT_TITLES:
                continue
            if fold(word) in people_words or ctx.is_commenter(word):
                continue
            if unit.is_title:
                if not _title_unit_word_ok(unit, match.start, match.end, ctx):
                    continue
            else:
                if _run_around(unit, match.start, match.end) != (match.start, match.end):
                    continue  # one word of a longer name: "Dead Inside", "Arcade Fire"
                if _inside_entity(unit, match.start, match.end, _PERSON_LABELS):
                    continue
                if any(
                    s < match.start < e or s < match.end < e for s, e, _ in unit.entities_near(match.start, match.end)
                ):
                    continue  # part of a longer entity ("Arcade Fire's Supersymmetry")
            confidence, rule = 0.6, "gazetteer-word"
        found.append(
            Candidate(
                match.text,
                match.start,
                match.end,
                "film",
                rule,
                confidence,
                film=match.film,
                year=int(year.group(1)) if year else None,
            )
        )
    return found


_JOINERS = frozenset("of the a an in on and at to for from with".split())
_PRONOUN_I = re.compile(r"^I(?:[’'](?:m|ve|d|ll))?$")


def _joins_a_title(tokens: list[Token], index: int) -> bool:
    """Whether the joining words from ``index`` on ("in the") lead to a capitalised word."""
    ahead = index
    while ahead < len(tokens) and ahead - index < 3 and tokens[ahead].key in _JOINERS:
        ahead += 1
    if ahead == index or ahead >= len(tokens):
        return False
    following = tokens[ahead].text
    return following[:1].isupper() and not _PRONOUN_I.match(following)


def _title_run(tokens: list[Token], start: int, text: str) -> int:
    """End token index (exclusive) of a title-case run starting at ``start``."""
    index = start
    while index < len(tokens):
        token = tokens[index]
        capital_next = index + 1 < len(tokens) and tokens[index + 1].text[:1].isupper()
        if (
            token.text[:1].isupper()
            or token.text[:1].isdigit()
            or _joins_a_title(tokens, index)
            or (token.text in {":", "+", "&"} and capital_next)
        ):
            index += 1
        elif token.text == "?" and index > start:
            return index + 1
        else:
            break
        if index < len(tokens) and text[tokens[index - 1].end : tokens[index].start].count("\n"):
            break
    return index


_QUOTED = re.compile(r"[“\"]([^“”\"\n]{1,80}?)[!?.,]*[”\"]|(?<![\w’'])[‘']([^‘’'\n]{1,60}?)[!?.,]*[’'](?![\w’'])")


def _quoted_works(unit: Unit, ctx: PageContext) -> list[Candidate]:
    """Quoted titles: in title case, or in lower case where the film table knows them or a
    kind word comes first ("we finally watched "the debt"", "the film 'lars and the real girl'")."""
    found = []
    for match in _QUOTED.finditer(unit.text):
        group = 1 if match.group(1) is not None else 2
        inner = match.group(group).strip()
        words = inner.split()
        if not words or len(words) > 9:
            continue
        start = match.start(group)
        lower_title = (
            not inner[:1].isupper()
            and bool(ctx.gazetteer.films_titled(inner))
            and (len(words) >= 2 or _kind_near(unit.tokens, unit.token_index_at(start), window=2) is not None)
        )
        if not lower_title and (not is_title_case(words) or not inner[:1].isupper()):
            continue
        if group == 2 and not (lower_title or ctx.gazetteer.films_titled(inner) or len(words) >= 2):
            continue  # a single-quoted word is as often a scare quote as a title
        if any(ch in inner for ch in ".!;") or (inner.isupper() and len(words) == 1):
            continue
        token_index = unit.token_index_at(start)
        kind = _kind_near(unit.tokens, token_index) or "film"
        dated = _YEAR_AFTER.match(unit.text, match.end())  # '"Blair Witch" (2016)': the year after the quote
        year = int(dated.group(1)) if dated else None
        found.append(Candidate(inner, start, start + len(inner), kind, "quoted", 0.7, year=year))
    return found


def _comparison_cue_ends_at(tokens: list[Token], index: int) -> bool:
    """Whether tokens[index] ends "reminds me of", "like", "than", "compared to", "since", "unlike"."""
    keys = tuple(t.key for t in tokens[max(0, index - 2) : index + 1])
    return keys[-1:] in _COMPARISON_CUES or keys[-2:] in _COMPARISON_CUES or keys[-3:] in _COMPARISON_CUES


_DATE_SPAN = re.compile(
    r"^(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?(?:\s+\d{1,4})*,?(?:\s+\d{4})?$",
    re.I,
)


def _cue_works(unit: Unit, people_spans: list[tuple[int, int]]) -> list[Candidate]:
    """Title-case runs after cue words, and runs followed by ``by <person>``."""
    tokens, text = unit.tokens, unit.text
    people = SpanIndex(people_spans)
    person_starts = {start for start, _ in people_spans}
    found = []
    for index, token in enumerate(tokens[:-1]):
        nxt = tokens[index + 1]
        if not (nxt.text[:1].isupper() or nxt.text[:1].isdigit()):
            continue
        if token.text.isupper() and len(token.text) > 1:
            continue  # "FILM NOIR MONTH": a word of an all-caps phrase is no cue
        introduced = token.key in _INTRO_CUES or (token.text == "," and index and tokens[index - 1].key in _INTRO_CUES)
        if token.key == "called" and _kind_near(tokens, index, window=3) is None:
            introduced = False  # "a dancer called Trixie Delight" names a person; "a film called" a work
        compared = not introduced and _comparison_cue_ends_at(tokens, index)
        if not (introduced or compared):
            continue
        end = _title_run(tokens, index + 1, text)
        if end <= index + 1:
            continue
        start_char, end_char = nxt.start, tokens[end - 1].end
        if people.covering(start_char):
            continue
        span = text[start_char:end_char]
        if _DATE_SPAN.match(span):
            continue  # "Watched 3 July 2017"
        followed_by_person = text[end_char : end_char + 4] == " by " and (end_char + 4) in person_starts
        if len(span.split()) < 2 and not followed_by_person and token.key not in {"called", "titled", "aptly-titled"}:
            continue
        if compared:
            found.append(
                Candidate(span, start_char, end_char, _kind_near(tokens, index) or "work", "compared-cue", 0.6)
            )
            continue
        kind = _KIND_CUES.get(token.key) or _kind_near(tokens, index) or ("novel" if followed_by_person else "film")
        found.append(Candidate(span, start_char, end_char, kind, "cue", 0.65))
    return found


def _cued_runs(unit: Unit, ctx: PageContext, people: SpanIndex) -> list[Candidate]:
    """Title-case runs a comparison cue governs: each item of a list after the cue ("a remake of
    L.A. Takedown", "such as Primer, Timecrimes or Triangle"), a run the parse puts under the cue
    ("Much like Peele's first two, Get Out and Us"), the run before "-esque" ("Polar Express-esque")
    and the sentence's subject before a comparative ("Doctor Sleep is a much warmer follow-up").
    One-word runs only beside "meets"/"cross between" or in a list with another title."""
    if unit.is_title:
        return []
    tokens, text = unit.tokens, unit.text
    found: list[Candidate] = []

    def add(first: int, end: int, single_ok: bool, kind: EntityKind | None = None) -> None:
        joined = next((i for i in range(first + 1, end) if tokens[i].key in _LIST_JOINS), end)
        if joined < end and not ctx.gazetteer.films_titled(text[tokens[first].start : tokens[end - 1].end]):
            end = joined  # a list: "Silent Running and Outland" are two works
        while end > first + 1 and (tokens[end - 1].key in _JOINERS or tokens[end - 1].text in {":", "+", "&"}):
            end -= 1
        start_char, end_char = tokens[first].start, tokens[end - 1].end
        span = text[start_char:end_char]
        words = span.split()
        if not is_title_case(words) or fold(words[0]) in NOT_TITLES | _NOT_RUN_STARTS:
            return
        if _inside_entity(unit, start_char, end_char, _NOT_WORKS):
            return
        if any(s < start_char < e for s, e, _ in unit.entities_near(start_char, end_char)):
            return  # the tail of a longer name: "York Times" of "the New York Times"
        if len(words) == 1:
            if not single_ok or ctx.is_commenter(span) or ctx.gazetteer.is_first_name(span):
                return
            if unit.pos_at(start_char) != "PROPN" or sentence_initial(text, start_char) or "’" in span or "'" in span:
                return
            if ctx.gazetteer.person_named(span) is not None or _inside_entity(unit, start_char, end_char, _PEOPLE):
                return
            if people.overlaps(start_char, end_char) or len(span) < 2 or span.isupper():
                return
        elif people.overlaps(start_char, end_char) and not ctx.gazetteer.films_titled(span):
            return
        kind = kind or ("film" if len(words) == 1 else "work")
        found.append(Candidate(span, start_char, end_char, kind, "cued-run", 0.55))

    for cue in unit.cues:
        if cue.shape == "suffix":
            last = unit.token_index_at(cue.start) - 1
            first = last
            while first > 0 and (tokens[first - 1].text[:1].isupper() or tokens[first - 1].key in _INNER_JOINERS):
                first -= 1
            while first < last and not tokens[first].text[:1].isupper():
                first += 1
            if last >= 0 and tokens[last].end == cue.start and tokens[first].text[:1].isupper():
                add(first, last + 1, False)
            continue
        before = text[max(0, cue.start - 60) : cue.start].split()
        paired = (
            cue.shape == "between"
            or (  # "Fury Road meets Stagecoach": a title on each side
                cue.shape == "binary" and bool(before) and (before[-1][:1].isupper() or before[-1][-1:] in "!?”\"’'")
            )
        )
        index = unit.token_index_at(cue.end)
        items = 0
        while index < len(tokens) and tokens[index].start - cue.end <= _CUE_REACH:
            token = tokens[index]
            if token.text in _LIST_MARKS or token.key in _LIST_WORDS:
                index += 1
                continue
            if not (token.text[:1].isupper() or token.text[:1].isdigit()) or _PRONOUN_I.match(token.text):
                break
            end = _title_run(tokens, index, text)
            add(index, end, paired or items > 0 or _listed_after(tokens, end))
            items += 1
            index = max(end, index + 1)
        for offset in sorted(cue.governed):
            head = unit.token_at_start.get(offset)
            if head is None or offset < cue.end or offset - cue.end > _CUE_REACH:
                continue
            if not tokens[head].text[:1].isupper() or (head and tokens[head - 1].text[:1].isupper()):
                continue
            if head >= 2 and tokens[head - 1].text == "." and tokens[head - 2].text[:1].isupper():
                continue  # "St. Louis Park"
            end = _title_run(tokens, head, text)
            add(head, end, paired or _listed_after(tokens, end) or _listed_before(tokens, head))
        subject = _subject_before(unit, cue)
        if subject is not None and cue.shape in {"object", "binary"} and cue.name not in PERSON_SUBJECT_CUES:
            # "Doctor Sleep is a much warmer follow-up": the subject is of the kind its predicate names
            cue_end = unit.token_index_at(cue.end)
            add(subject[0], subject[1], False, _kind_near(tokens, cue_end, cue_end - subject[1]) or "film")
    return found


_PEOPLE = frozenset({"PERSON", "GPE", "LOC", "NORP"})
_LIST_JOINS = frozenset({"and", "or", "&", "+", "with", "vs", "versus"})
_NOT_WORKS = frozenset({"GPE", "LOC", "FAC", "DATE", "TIME", "MONEY", "PERCENT", "QUANTITY"})


def _listed_after(tokens: list[Token], end: int) -> bool:
    """Whether the run ending at ``end`` continues as a list of titles ("Get Out and Us")."""
    return end + 1 < len(tokens) and tokens[end].key in {",", "and", "or"} and tokens[end + 1].text[:1].isupper()


def _listed_before(tokens: list[Token], first: int) -> bool:
    return first >= 2 and tokens[first - 1].key in {",", "and", "or"} and tokens[first - 2].text[:1].isupper()


def _subject_before(unit: Unit, cue: Cue) -> tuple[int, int] | None:
    """The sentence-initial title-case run a few lower-case words before a cue (its subject)."""
    tokens = unit.tokens
    index = unit.token_index_at(cue.start) - 1
    lowered = 0
    while index >= 0 and tokens[index].text[:1].islower() and lowered < 5:
        index -= 1
        lowered += 1
    if index < 0 or not lowered or not tokens[index].text[:1].isalnum():
        return None
    first = index
    while first > 0 and (tokens[first - 1].text[:1].isupper() or tokens[first - 1].text[:1].isdigit()):
        first -= 1
    if first == index or not sentence_initial(unit.text, tokens[first].start):
        return None  # one word: the gazetteer's rules decide
    if unit.pos_at(tokens[first].start) not in {"PROPN", "NOUN", "NUM", "ADJ"}:
        return None
    return first, index + 1


_PLACE_LABELS = frozenset({"ORG", "FAC", "GPE", "LOC", "NORP", "EVENT", "LAW"})
_INNER_JOINERS = frozenset("of the a an in on to for from".split())
_PLACES_INSIDE = frozenset({"GPE", "LOC", "FAC"})  # a run the film table does not know, with a place in it
_NOT_RUN_STARTS = frozenset(
    "best worst top favorite favourite my our posted start read see watch click share leave reply continue more "
    "previous next home about "
    "contact older newer related filed tagged categories category archives search menu skip subscribe follow "
    "comments comment sign log register privacy terms copyright powered back".split()
)


def _joined_runs(unit: Unit, people: list[tuple[int, int]]) -> list[Candidate]:
    """Title-case runs joined by small words ("Ghost in the Shell", "Bride of Frankenstein",
    "Out of the Past"): such a run is a title, not two, unless it is an organisation or a place
    ("the University of Chicago") or begins with a person's name."""
    if unit.is_title:
        return []
    tokens, text = unit.tokens, unit.text
    person_starts = {start for start, _ in people}
    found = []
    index = 0
    while index < len(tokens):
        token = tokens[index]
        if not token.text[:1].isupper() or _PRONOUN_I.match(token.text):
            index += 1
            continue
        end = _title_run(tokens, index, text)
        joined = next((i for i in range(index + 1, end) if tokens[i].key in {"and", "or", "&", "+"}), end)
        end = joined
        while end > index + 1 and tokens[end - 1].key in _JOINERS:
            end -= 1
        inner = [t for t in tokens[index:end] if t.key in _INNER_JOINERS and t.text.islower()]
        capitals = [t for t in tokens[index:end] if t.text[:1].isupper()]
        start_char, end_char = token.start, tokens[end - 1].end
        if (
            inner
            and len(capitals) >= 2
            and end - index <= 9
            and start_char not in person_starts
            and fold(token.text) not in NOT_TITLES
            and fold(token.text) not in _NOT_RUN_STARTS
            and unit.pos_at(start_char) not in {"VERB", "AUX", "INTJ", "SCONJ", "PRON", "ADV", "CCONJ"}
            and not any(
                (label in _PLACE_LABELS and s <= start_char + 4 and e >= end_char)
                or (label in _PLACES_INSIDE and start_char <= s and e <= end_char)  # "Cinema 8 in Athens"
                or label in {"DATE", "TIME"}
                or (label == "PERSON" and s == start_char)
                for s, e, label in unit.entities_near(start_char, end_char)
            )
        ):
            found.append(Candidate(text[start_char:end_char], start_char, end_char, "film", "joined-run", 0.5))
        index = max(end, index + 1)
    return found


# capitals of a post title that are labels, formats or channels, not titles: "SOME LIKE IT HOT - REVIEW", "(HBO)"
_CAPS_NOT_TITLES = frozenset(
    "tv dvd imax hbo bbc itv amc fx hd uhd vhs aka review reviews film films movie movies episode season "
    "spoilers spoiler trailer".split()
)


def _caps_in_titles(unit: Unit) -> list[Candidate]:
    """ALL-CAPS titles in post and pingback titles: ``Trailer Spotlight: DUNKIRK``."""
    if not unit.is_title:
        return []
    found = []
    label = label_end(unit.text)
    for match in re.finditer(r"\b[A-Z0-9][A-Z0-9’'’]*(?:[ ,]+[A-Z0-9][A-Z0-9’'’]*)*\b", unit.text):
        span = match.group().strip(" ,")
        if match.end() <= label:
            continue  # "REVIEW – PADDINGTON 2": the label in capitals is no title
        if len(span.replace(" ", "")) < 3 or span.isdigit() or fold(span) in _CAPS_NOT_TITLES:
            continue
        found.append(Candidate(span, match.start(), match.start() + len(span), "film", "capitals", 0.7))
    return found


def _hint_works(unit: Unit, ctx: PageContext) -> list[Candidate]:
    """Italic and link texts of the review body, found again in its text."""
    if unit.id != "body" or not ctx.emphasised:
        return []
    found = []
    for token_index, token in enumerate(unit.tokens):
        if not token.text[:1].isupper():
            continue
        end = _title_run(unit.tokens, token_index, unit.text)
        for stop in range(end, token_index, -1):
            span = unit.text[token.start : unit.tokens[stop - 1].end]
            if ctx.is_emphasised(span):
                found.append(Candidate(span, token.start, token.start + len(span), "film", "italic", 0.85))
                break
    return found


_MUSIC = re.compile(r"\b(?:music|song|songs|score|soundtrack|album|band|sings?|sung|track)\b", re.I)
_SONG_TITLE = re.compile(r"\b(?:The[ \t]+|(?:[A-Z][\w’']*[ \t]+){1,5})(?:Song|Theme|Anthem|Lullaby)\b(?![’'])")
_BAND_WORK = re.compile(r"\b[A-Z][\w’']*(?:\s[A-Z][\w’']*){0,3}[’']s\s+(?P<title>[A-Z][\w’']*(?:\s[A-Z][\w’']*){0,4})")


def _song_works(unit: Unit) -> list[Candidate]:
    """Songs: titles ending in "Song", and "Band's Title" where the talk is of music."""
    found = []
    for match in _SONG_TITLE.finditer(unit.text):
        found.append(Candidate(match.group(), match.start(), match.end(), "song", "song-title", 0.75))
    for start, end in unit.sentences():
        context = unit.text[max(0, start - 200) : end]
        if not _MUSIC.search(context):
            continue
        for match in _BAND_WORK.finditer(unit.text, start, end):
            title = match.group("title")
            found.append(
                Candidate(title, match.start("title"), match.start("title") + len(title), "song", "song-by", 0.7)
            )
    return found


_DOMAIN = re.compile(r"(?<![@\w.-])(?:[A-Za-z0-9-]+\.)+(?:com|net|org|io|tv|blog|co\.uk)\b")
_AT_SITE = re.compile(
    r"\b[A-Z][\w’']+\s+(?:over\s+)?at\s+(?P<site>(?:The\s+)?[A-Z][\w’']+(?:\s+(?:[A-Z][\w’']+|of|the|and|per|in)){0,4})"
)


def _site_mentions(unit: Unit) -> list[Candidate]:
    """Web sites: domain names (Moviefone.com) and blogs named after a critic
    ("Nadia at Second Screening", "Tomás over at Frames Per Second")."""
    found = [Candidate(m.group(), m.start(), m.end(), "site", "domain", 0.8) for m in _DOMAIN.finditer(unit.text)]
    for match in _AT_SITE.finditer(unit.text):
        site = match.group("site").rstrip()
        while site.split()[-1].casefold() in SMALL_WORDS:
            site = site.rsplit(" ", 1)[0]
        if len(site.split()) >= 2:
            start = match.start("site")
            found.append(Candidate(site, start, start + len(site), "site", "at-site", 0.75))
    return found


def _pingback_title_work(unit: Unit) -> list[Candidate]:
    """The work a linking post reviews, read like a post title: "Movie Review – Messenger, The"."""
    if not unit.is_pingback:
        return []
    parsed = reviewed_from_title(split_site_prefix(unit.text)[1])
    if parsed is None or not (_YEAR_IN.search(unit.text) or re.search(r"review", unit.text, re.I)):
        return []
    start = fold(unit.text).find(fold(parsed.title))
    if start < 0:
        return []
    return [
        Candidate(
            unit.text[start : start + len(parsed.title)],
            start,
            start + len(parsed.title),
            "film",
            "pingback-title",
            0.9,
            year=parsed.year,
        )
    ]


_SLOT_SHAPES = frozenset({"object", "binary", "between"})
_SLOT_BLOCKING = frozenset({"GPE", "LOC", "FAC", "NORP", "DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "CARDINAL"})
_SLOT_POS = frozenset({"PROPN", "NOUN", "ADJ", "VERB"})  # "Arrival", "Burning": the tagger's guess for a lone title


def _cue_slot_words(unit: Unit, ctx: PageContext, people_words: set[str]) -> list[Candidate]:
    """A lone capitalised word in a comparison cue's slot holds a work, even where the tagger calls
    it a person: the object right after the cue ("Better than Arrival", "I preferred Booksmart",
    "Like M, made twenty years earlier", "Fury Road meets Stagecoach") and the subject right before
    a cue that starts with its verb ("Though Burning is still the better thriller"). Not a name the
    page or the film table gives a person (a full name's part, a director's surname, a commenter)."""
    if unit.is_title:
        return []
    tokens = unit.tokens
    found: list[Candidate] = []
    for cue in unit.cues:
        if cue.shape not in _SLOT_SHAPES:
            continue  # "I preferred Booksmart": a person subject ("prefer") still takes a work object
        index = unit.token_index_at(cue.end)
        if (
            index < len(tokens)
            and tokens[index].start - cue.end <= 1
            and (candidate := _slot_word(unit, ctx, people_words, index, cue)) is not None
        ):
            found.append(candidate)
        first = unit.token_index_at(cue.start)
        if (
            cue.name not in PERSON_SUBJECT_CUES
            and 0 < first < len(tokens)
            and unit.pos_at(cue.start) in {"AUX", "VERB"}
            and _lone_subject(unit, first - 1)
            and (candidate := _slot_word(unit, ctx, people_words, first - 1, cue)) is not None
        ):
            found.append(candidate)
    return found


_OPENERS = frozenset({"SCONJ", "CCONJ", "ADV", "INTJ"})  # "Though Burning is ...", "But Burning is ..."


def _lone_subject(unit: Unit, index: int) -> bool:
    """Whether the token at ``index`` stands alone at its clause's start: after the start of a
    sentence, a comma or a sentence-initial conjunction or adverb."""
    tokens = unit.tokens
    if index == 0 or sentence_initial(unit.text, tokens[index].start):
        return True
    before = tokens[index - 1]
    if before.text in {",", ";", "—", "–"}:
        return True
    return unit.pos_at(before.start) in _OPENERS and sentence_initial(unit.text, before.start)


def _slot_word(unit: Unit, ctx: PageContext, people_words: set[str], index: int, cue: Cue | None) -> Candidate | None:
    tokens = unit.tokens
    token = tokens[index]
    word = token.text
    if index + 1 < len(tokens) and (tokens[index + 1].text[:1].isupper() or tokens[index + 1].text in {"’s", "'s"}):
        return None  # a longer run or a possessive: the run rules decide
    if not word.isalpha() or not word[:1].isupper() or (len(word) == 1 and word in {"I", "A"}):
        return None
    if len(word) > 1 and word.isupper():
        return None
    if len(word) == 1 and index + 1 < len(tokens) and tokens[index + 1].text[:1].isalnum():
        return None  # "Y tu mamá también": a one-letter title stands alone before its punctuation
    key = fold(word)
    if key in NOT_TITLES or key in STOP_WORDS or ctx.is_commenter(word):
        return None
    if key in people_words and not (ctx.reviewed_key and key in ctx.reviewed_key.split()):
        return None  # a page person's name; but "If you loved Zoolander" on "Zoolander 2" is the first film
    pos = unit.pos_at(token.start)
    if pos not in _SLOT_POS:
        return None
    films = ctx.gazetteer.films_titled(word)
    if not films and (
        ctx.gazetteer.person_named(word) is not None
        or ctx.gazetteer.is_surname(word)
        # a first name the tagger reads as a name; "Burning", "M" (an initial) it does not
        or (ctx.gazetteer.is_first_name(word) and len(word) > 1 and pos == "PROPN")
    ):
        return None
    if any(
        s <= token.start
        and token.end <= e
        and label in _SLOT_BLOCKING
        and not (cue is not None and s <= cue.start and cue.end <= e)
        for s, e, label in unit.entities_near(token.start, token.end)
    ):
        return None  # "better than Paris": a place; an entity across the cue itself is the parser's slip
    return Candidate(word, token.start, token.end, "film", "cue-slot", 0.62, film=films[0] if films else None)


_MORE_LESS = frozenset({"more", "less", "fewer"})


def _with_more_subjects(unit: Unit, ctx: PageContext, people_words: set[str]) -> list[Candidate]:
    """The lone subject of a sentence that did what another work did, with more or less of
    something: "Bombshell covered the same ground with more bite", "Sunshine did the doomed-crew
    thing with more style". The parse: the root verb's subject opens the sentence, its object is
    "the same N" or "the ... thing", and a "with more/less N" hangs from it."""
    if unit.is_title or (" with more " not in unit.text and " with less " not in unit.text):
        return []
    found: list[Candidate] = []
    for offset, doc in unit.docs:
        for sentence in doc.sents:
            root = sentence.root
            if root.pos_ != "VERB":
                continue
            children = list(root.children)
            subject = next((c for c in children if c.dep_ == "nsubj"), None)
            thing = next((c for c in children if c.dep_ == "dobj"), None)
            if subject is None or thing is None or subject.i != sentence.start:
                continue
            same = thing.lower_ == "thing" or any(c.lower_ == "same" for c in thing.children)
            more = any(
                c.dep_ == "prep"
                and c.lower_ == "with"
                and any(g.dep_ == "pobj" and any(m.lower_ in _MORE_LESS for m in g.children) for g in c.children)
                for c in [*children, *thing.children]
            )
            if not (same and more):
                continue
            index = unit.token_index_at(offset + subject.idx)
            if index < len(unit.tokens) and (candidate := _slot_word(unit, ctx, people_words, index, None)):
                found.append(candidate)
    return found


_COUNTED = frozenset(
    "films movies pictures features two three four five both ones efforts entries instalments installments".split()
)
_NUMBERED = frozenset("two three four five both ones".split())  # a count with no work noun
_PLURAL_WORKS = _COUNTED | frozenset("classics comedies thrillers westerns sequels remakes novels books".split())


def _listed_after_works(unit: Unit, ctx: PageContext, people_words: set[str]) -> list[Candidate]:
    """The titles of a list set after a plural of works and a comma: "Peele's first two, Get Out
    and Us, ...", "his earlier films, Heat and Thief". Each capitalised run of the list is a work,
    one-word runs too (a capitalised "Us" mid-sentence), unless the page or the table makes it a
    person's name or the parser a place."""
    if unit.is_title:
        return []
    tokens, text = unit.tokens, unit.text
    found: list[Candidate] = []
    at = text.find(", ")
    while at >= 0:
        index = unit.token_index_at(at)
        at = text.find(", ", at + 2)
        if index == 0 or index >= len(tokens) or tokens[index - 1].key not in _PLURAL_WORKS:
            continue
        runs: list[tuple[int, int]] = []
        position = index + 1
        while position < len(tokens) and tokens[position].text[:1].isupper():
            end = _title_run(tokens, position, text)
            whole = text[tokens[position].start : tokens[end - 1].end]
            joined = next((i for i in range(position + 1, end) if tokens[i].key in _LIST_JOINS), end)
            if joined < end and not ctx.gazetteer.films_titled(whole):
                end = joined  # "Get Out and Us" are two works
            runs.append((position, end))
            if (
                end < len(tokens) - 1
                and tokens[end].key in {",", "and", "or", "&"}
                and tokens[end + 1].key
                in {
                    "and",
                    "or",
                }
            ):
                end += 1
            if end + 1 < len(tokens) and tokens[end].key in {",", "and", "or", "&"}:
                position = end + 1
            else:
                break
        if len(runs) < 2:
            continue  # one title after a comma may be anything; a list of two or more is the works counted
        counted = tokens[index - 1].key in _NUMBERED
        for first, end in runs:
            start_char, end_char = tokens[first].start, tokens[end - 1].end
            span = text[start_char:end_char]
            key = fold(span)
            if key in NOT_TITLES or key in people_words or ctx.gazetteer.person_named(span) is not None:
                continue
            blocking = _PLACES_INSIDE | ({"PERSON"} if counted else set())  # "the two, Ana and Bo": people
            if (
                _inside_entity(unit, start_char, end_char, frozenset(blocking))
                and not ctx.gazetteer.films_titled(span)
                and not (len(span.split()) == 1 and key in STOP_WORDS)  # "Us": a pronoun is never a place
            ):
                continue
            films = ctx.gazetteer.films_titled(span)
            found.append(
                Candidate(span, start_char, end_char, "film", "listed-works", 0.7, film=films[0] if films else None)
            )
    return found


def find_works(
    unit: Unit, ctx: PageContext, people_spans: list[tuple[int, int]], people_words: set[str]
) -> list[Candidate]:
    """Every work candidate in a unit (overlaps are settled by the caller)."""
    return [
        *_pingback_title_work(unit),
        *_song_works(unit),
        *([] if unit.is_title else _site_mentions(unit)),
        *_gazetteer_works(unit, ctx, people_words),
        *_predecessor_works(unit, ctx, people_words),
        *_dated_runs(unit, ctx, SpanIndex(people_spans)),
        *_actor_in_runs(unit, ctx, people_words),
        *_quoted_works(unit, ctx),
        *_cue_works(unit, people_spans),
        *_cued_runs(unit, ctx, SpanIndex(people_spans)),
        *_cue_slot_words(unit, ctx, people_words),
        *_listed_after_works(unit, ctx, people_words),
        *_with_more_subjects(unit, ctx, people_words),
        *_joined_runs(unit, people_spans),
        *_caps_in_titles(unit),
        *_hint_works(unit, ctx),
    ]
