"""Works the film table knows, accepted where the sentence uses the name as a title
(gazetteer matches, their longer runs, sequel numbers, predecessors and filmographies)."""

from __future__ import annotations

import re
from collections import Counter

from extract.nlp.candidates import Candidate
from extract.nlp.characters import PEOPLE_WORDS, STORY_PEOPLE, WORK_NOUNS
from extract.nlp.context import (
    PageContext,
    Unit,
    is_title_case,
    quoted,
    sentence_initial,
)
from extract.nlp.cues import PERSON_SUBJECT_CUES
from extract.nlp.gazetteer import FAMOUS, Gazetteer, GazetteerMatch
from extract.nlp.memo import per_table
from extract.nlp.reviewed_headline import sequel_variants
from extract.nlp.textnorm import fold, name_key
from extract.nlp.work_text import (
    CAPS_NOT_TITLES,
    CUE_REACH,
    DAYS,
    GENRE_WORDS,
    LIST_MARKS,
    LIST_WORDS,
    NOT_TITLES,
    PERSON_LABELS,
    PLACE_LABELS,
    PRONOUN_I,
    YEAR_AFTER,
    after_possessive,
    inside_entity,
    kind_near,
    modifies_noun,
    run_around,
    shouted,
)
from extract.titles import label_end


def _extended_film(unit: Unit, ctx: PageContext, start: int, end: int) -> tuple[int, int, int] | None:
    """A longer film title around a match: "Wolf of Wall Street" around "Wall Street"."""
    run_start, run_end = run_around(unit, start, end)
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


_OBSCURE = 50  # critics' reviews: a film this little known yields to the place of the same name


_MAKER_BEFORE_TITLE = re.compile(r"[’']s\s+[A-Z“\"‘]")


def cue_governs(unit: Unit, start: int, end: int) -> bool:
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
        if cue.end > start or start - cue.end > CUE_REACH:
            continue
        if cue.shape != "suffix" and cue.governs(start, end):
            return True
        between = unit.tokens[unit.token_index_at(cue.end) : unit.token_index_at(start)]
        if all(t.text[:1].isupper() or t.key in LIST_WORDS or t.text in LIST_MARKS for t in between):
            return True
    return False


_SEQUEL_AFTER = re.compile(r"[ \t]+(?:Part[ \t]+)?([2-9]|II|III|IV|VI?)\b(?![’'.,]?\d)")


_ACTOR_AFTER = re.compile(r"\s*\(\s*(?P<name>[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){1,3})\s*[),]")


_ACTOR_BEFORE = re.compile(r"(?P<name>[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){1,3})\s+(?:is|as|plays|played|playing)\s+$")


_POSSESSOR = re.compile(r"(?P<name>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2})[’']s\s+$")


def actors_part(ctx: PageContext, text: str, start: int, film: int) -> bool:
    """Whether the possessive before a one-word film is an actor's character, not the film: the
    table knows the person, mostly as cast, and not in the matched film's credits."""
    owner = _POSSESSOR.search(text, max(0, start - 40), start)
    if owner is None:
        return False
    person = ctx.gazetteer.person_named(owner.group("name"))
    if person is None:
        return False
    entry = ctx.gazetteer.films[film]
    if person in entry.directors or person in entry.writers or person in entry.cast:
        return False  # "Al Pacino's S1m0ne": a film of the person's
    credits = ctx.gazetteer.credits[person]
    directed = sum(1 for f in credits if person in ctx.gazetteer.films[f].directors)
    return directed * 2 < len(credits)


# "a pickpocket called Grace", "my roommate has started calling me Dracula", "everyone calls him Rocky"
_CALLED_BEFORE = re.compile(
    r"\b(?:(?:called|named)|(?:call|calls|calling|called|nicknamed|dubbed)\s+(?:me|him|her|them|us|you|himself|herself))\s+$"
)
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
    if single and _CALLED_BEFORE.search(text, max(0, start - 24), start):
        index = unit.token_index_at(start)
        if kind_near(unit.tokens, index - 1, window=3) is None:
            return True  # "a pickpocket called Grace": a name; "a film called Grace" stays a title
    if single and inside_entity(unit, start, end, DAYS):
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


_DIRECTED_FILMS = 3  # a surname shared by directors of this many films is a director's name first


@per_table
def _director_surnames(gazetteer: Gazetteer) -> frozenset[str]:
    """Folded surnames of the film table's directors of several films (Hitchcock, Lynch, Ray)."""
    counts: Counter[str] = Counter()
    for film in gazetteer.films:
        counts.update({fold(gazetteer.people[p].split()[-1]) for p in film.directors})
    return frozenset(name for name, n in counts.items() if n >= _DIRECTED_FILMS)


_PREDECESSOR = re.compile(
    r"\b(?:first|original|earlier|previous)\s+(?P<title>[A-Z][\w’'-]*(?:\s+(?:[A-Z][\w’'-]*|of|the|in|and)){0,4})"
)

_PREDECESSOR_WORDS = ("first", "original", "earlier", "previous")


def predecessor_works(unit: Unit, ctx: PageContext, people_words: set[str]) -> list[Candidate]:
    """ "the first Hangover", "the original Avengers": the film before this one, whose title often
    loses its article ("The Hangover")."""
    found: list[Candidate] = []
    if not any(word in unit.text for word in _PREDECESSOR_WORDS):
        return found  # a few scans in C for the words a match opens with
    for match in _PREDECESSOR.finditer(unit.text):
        title = match.group("title")
        words = title.split()
        while words and words[-1] in {"of", "the", "in", "and"}:
            words.pop()
        title = " ".join(words)
        if not title or fold(title) in NOT_TITLES or fold(title) in people_words:
            continue  # "the first Oscar for ..."
        if ctx.gazetteer.person_named(title) is not None:
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


def _label_link(text: str, start: int, end: int) -> bool:
    """A title alone after a link label, to the end of its line: "Previous episode: 53: Casablanca"."""
    line_end = text.find("\n", end)
    rest = text[end : line_end if line_end >= 0 else len(text)]
    return not rest.strip(" \t.") and _LINK_LABEL_BEFORE.search(text, max(0, start - 60), start) is not None


# a digit beside a letter or a sign ("8½", "Se7en", "M3gan"), not a count ("1970s", "2nd", "4K", "3D")
_DIGIT_IN_WORD = re.compile(r"(?=.*\d)(?=.*[^\d\W]|.*[½¼¾²³])(?!\d+(?:s|st|nd|rd|th|k|K|D|p|m)?$)[\w½¼¾²³-]+")
_INNER_CAPITAL = re.compile(r"[a-z]+[A-Z]")  # "WarGames", "eXistenZ": a capital after lower-case letters
_NAME_PREFIXES = ("Mc", "Mac", "De", "Di", "Da", "La", "Le", "Van", "Von", "Du")


def _spelt_like_no_word(ctx: PageContext, word: str) -> bool:
    """Whether one word of the film table is spelt as no English word or name is: a digit inside it
    ("8½", "Se7en") or a capital after lower-case letters ("WarGames"), not a name's ("McQueen",
    "DiCaprio") nor a count's ("1970s", "3D")."""
    if " " in word or word.isdigit():
        return False
    if _DIGIT_IN_WORD.fullmatch(word):
        return True
    if not _INNER_CAPITAL.match(word) or word.startswith(_NAME_PREFIXES):
        return False
    return not (ctx.gazetteer.is_surname(word) or ctx.gazetteer.is_first_name(word))


def gazetteer_works(unit: Unit, ctx: PageContext, people_words: set[str]) -> list[Candidate]:
    found: list[Candidate] = []
    text = unit.text
    label = label_end(text) if unit.is_title else 0
    for match in ctx.gazetteer.match(text, unit.tokens):
        if match.film is None or match.end <= label:
            continue  # "Fun Size Review: The Kid": a label's words name no film
        if (
            match.text[:1].islower()
            and " " not in match.text
            and not _INNER_CAPITAL.match(match.text)  # "eXistenZ"
            and not (match.start and text[match.start - 1].isupper())
            and not quoted(text, match.start, match.end)
            and name_key(match.text) != ctx.reviewed_key
        ):
            continue  # a lower-case word ("her", "up"): no rule below takes it, so none is tried
        if unit.is_title and fold(match.text) in CAPS_NOT_TITLES:
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
        year = YEAR_AFTER.match(text, match.end)
        if marked and not is_title_case(words) and shouted(text, match.end):
            continue  # “You're next!”: a line of dialogue that a film's name happens to match
        if not (is_reviewed or marked) and _not_a_work_here(unit, ctx, match.start, match.end, people_words):
            continue
        if not (is_reviewed or marked or year) and len(words) == 1 and fold(match.text) in GENRE_WORDS:
            continue  # "it is a Western about a ranching family": the kind of film, unmarked
        if not is_reviewed and len(words) == 1 and _cast_in_unit(unit, ctx, match.text, people_words):
            continue  # "Batman (George Clooney) and Robin ...": the part, everywhere in this text
        if is_reviewed and (match.text[:1].isupper() or marked):
            confidence, rule = 0.95, "reviewed-title"
        elif marked and match.text[:1].isupper():
            confidence, rule = 0.9, "quoted" if quoted(text, match.start, match.end) else "italic"
        elif year and match.text[:1].isupper() and abs(ctx.gazetteer.films[match.film].year - int(year.group(1))) <= 1:
            confidence, rule = 0.85, "dated"  # "Contact (1997)": its year marks a title, even a common word
        elif len(words) >= 2:
            if not (is_title_case(words) or _as_the_table_writes_it(ctx, text, match)) or (caps and not unit.is_title):
                continue
            if fold(match.text) in people_words:
                continue
            if _nationality_before_noun(unit, match.start, match.end):
                continue  # "The American remake", "the Italian cut": a nationality and its noun
            if (
                ctx.gazetteer.films[match.film].reviews < _OBSCURE
                and (
                    match.film in ctx.gazetteer.places
                    or _LOCATIVE_BEFORE.search(text, max(0, match.start - 12), match.start)
                )
                and any(
                    label in {"GPE", "LOC", "FAC"} and s <= match.start and e >= match.end
                    for s, e, label in unit.entities_near(match.start, match.end)
                )
            ):
                continue  # "New York" the place, not the little-known film (unless quoted or in italics); a name no
                # place bears after no place's preposition is the tagger's guess: "basically Monsieur Verdoux"
            run_start, run_end = run_around(unit, match.start, match.end)
            if PRONOUN_I.match(text[match.end : run_end].strip()):
                run_end = match.end  # "He Who Gets Slapped I have never warmed to": the title, then "I"
            of_end = _of_tail(unit, match.end) if run_end == match.end else None
            if of_end is not None:
                run_end = of_end  # "The Lost City of Z" is not "The Lost City"
            if run_end > match.end and run_start == match.start and not unit.is_title:
                if of_end is None and any(
                    label in PLACE_LABELS and s <= match.start + 4 and e >= run_end
                    for s, e, label in unit.entities_near(match.start, run_end)
                ):
                    continue  # "Cook County Hospital", "the New York Times": a place or a body, no film
                longer = text[match.start : run_end]  # "The Greatest Showman" is not "The Greatest"
                found.append(Candidate(longer, match.start, run_end, "film", "longer-run", 0.6))
                continue
            confidence, rule = 0.8, "gazetteer"
        elif _spelt_like_no_word(ctx, match.text):
            confidence, rule = 0.75, "gazetteer"  # "8½", "Se7en", "WarGames", "eXistenZ": no word is spelt so
        elif caps:
            if not (unit.is_title or year or after_possessive(text, match.start)):
                continue
            confidence, rule = 0.75, "capitals"
        elif after_possessive(text, match.start) and match.text[:1].isupper():
            if (head := _title_head_before(text, match.start)) is not None:
                run_end = run_around(unit, match.start, match.end)[1]  # "Where Is the Friend's House?"
                found.append(Candidate(text[head:run_end], head, run_end, "film", "possessive", 0.75))
                continue
            if actors_part(ctx, text, match.start, match.film):
                continue  # "Steve Carell's Brick", "Martin Sheen's Willard": an actor's character
            run_start, run_end = run_around(unit, match.start, match.end)
            if run_start == match.start and run_end > match.end:  # "Franklin's Road Games"
                longer = text[match.start : run_end]
                found.append(Candidate(longer, match.start, run_end, "film", "possessive", 0.75))
                continue
            confidence, rule = 0.75, "possessive"  # "Tarkovsky's Solaris", "Spike Jonze's Her"
        elif (
            match.text[:1].isupper()
            and not unit.is_title
            and fold(match.text) not in NOT_TITLES
            and fold(match.text) not in people_words
            and not ctx.is_commenter(match.text)
            and not ctx.gazetteer.is_first_name(match.text)
            and run_around(unit, match.start, match.end) == (match.start, match.end)
            and cue_governs(unit, match.start, match.end)
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
            if not word[:1].isupper() or fold(word) in NOT_TITLES:
                continue
            if sentence_initial(text, match.start) and not _opening_title(unit, ctx, match, people_words):
                continue
            if ctx.gazetteer.films[match.film].reviews < _OBSCURE and modifies_noun(unit, match.end):
                continue  # "an almost Western style": a word that describes; "the Alien set-up" names a film
            if fold(word) in people_words or ctx.is_commenter(word):
                continue
            if unit.is_title:
                if not _title_unit_word_ok(unit, match.start, match.end, ctx):
                    continue
            else:
                if run_around(unit, match.start, match.end) != (match.start, match.end):
                    continue  # one word of a longer name: "Dead Inside", "Arcade Fire"
                if inside_entity(unit, match.start, match.end, PERSON_LABELS) and not _placeless_title(
                    unit, ctx, match.start, match.end, match.film
                ):
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


# a preposition of place right before a name: "in Monte Carlo", "on Main Street", "outside the Alamo"
_LOCATIVE_BEFORE = re.compile(
    r"\b(?:in|on|at|from|to|into|near|outside|around|across|through|along|down|over|of)\s+(?:the\s+)?$", re.I
)


# a title's head before its own possessive, no owner's name: "Where Is the Friend's House?", "What Is the
# Man's Name": a question's first word, then a lower-case word inside (``_title_head_before``)
_TITLE_HEAD = re.compile(
    r"(?<![\w’'-])(?P<head>(?:Where|What|Who|Whose|Why|How|When|Which)(?:\s+(?:[A-Z][\w’'-]*|the|a|an|of|is|are|my|your)){1,5})"
    r"[’']s\s+$"
)


def _title_head_before(text: str, start: int) -> int | None:
    """Where a title's head starts when the possessive before ``start`` belongs to a question that opens
    a title ("Where Is the Friend's House?"), not to a maker; None otherwise."""
    head = _TITLE_HEAD.search(text, max(0, start - 60), start)
    if head is None or not any(w[:1].islower() for w in head.group("head").split()[1:]):
        return None  # "where Orson Welles's Macbeth": a maker's name after the question word
    return head.start("head")


def _as_the_table_writes_it(ctx: PageContext, text: str, match: GazetteerMatch) -> bool:
    """Whether a name of several words that is not in title case is a title the film table itself
    writes with lower-case words ("Pierrot le Fou", "Y tu mamá también", "Batman v Superman",
    "Stranger than Fiction"): its first word capitalised, and not only the capital of a sentence's
    first word (a later word capitalised, or not at a sentence's start)."""
    words = match.text.split()
    if match.film is None or not words[0][:1].isupper():
        return False
    if is_title_case(ctx.gazetteer.films[match.film].title.split()):
        return False  # the table writes it in title case: the page's lower-case words are prose
    return not sentence_initial(text, match.start) or any(w[:1].isupper() for w in words[1:])


def _opening_title(unit: Unit, ctx: PageContext, match: GazetteerMatch, people_words: set[str]) -> bool:
    """Whether one word of the film table at a sentence's start is the film's name, not the capital
    of any first word ("Yojimbo is the Mifune I rewatch", "Willow did it first"; not "Saw it
    yesterday", "Flawless, no notes", "Clean mono."): the parser calls it a proper noun and a verb
    follows it (the subject of the sentence), the page never writes it in lower case, and it is no
    person's name of the table or the page, no place's, and a known film's."""
    word = match.text
    if (
        match.film is None
        or ctx.gazetteer.films[match.film].reviews < _OPENING_FAME
        or match.film in ctx.gazetteer.places
    ):
        return False
    last = unit.token_at_end.get(match.end)
    if last is None or last + 1 >= len(unit.tokens) or not _named_as_subject(ctx, unit, match):
        return False
    if unit.pos_at(unit.tokens[last + 1].start) not in {"VERB", "AUX"}:
        return False  # the subject of a clause ("Willow did it first"); not "Flawless, no notes", "Heaven as ..."
    if fold(word) in people_words or ctx.is_commenter(word) or ctx.gazetteer.is_first_name(word):
        return False
    if ctx.gazetteer.is_surname(word) or ctx.gazetteer.person_named(word) is not None:
        return False
    return re.search(r"\b" + re.escape(word.lower()) + r"\b", unit.text) is None


_OPENING_FAME = 40  # critics' reviews: a film known enough to be named at a sentence's start


def _named_as_subject(ctx: PageContext, unit: Unit, match: GazetteerMatch) -> bool:
    """Whether the parser's tag lets a sentence's first word be a name: a proper noun, or, for a famous
    film (``FAMOUS``), a noun or a verb too, the small model's guess at a capitalised word it reads
    as a common one ("Moonlight owes this film", "Saw is basically this", "Braindead is the only ...")."""
    tag = unit.pos_at(match.start)
    if tag == "PROPN":
        return True
    return tag in {"NOUN", "VERB"} and match.film is not None and ctx.gazetteer.films[match.film].reviews >= FAMOUS


def _placeless_title(unit: Unit, ctx: PageContext, start: int, end: int, film: int) -> bool:
    """Whether a one-word film the parser calls a place or a person (GPE or PERSON: the small model's
    guess for a capitalised word it does not know: "two years before Psycho", "Zombieland isn't even
    close", "Have you seen Tenebrae?", "Same with Stardust for me") names no place of the world
    (``Gazetteer.places``) and no person of the table: then the label is the parser's guess, not the
    page's. "flies to Paris", "a Detroit singer" and "Virginia (Natalie Talmadge)" stay places or
    people; a little-known film yields to the place it may be ("outside Stockholm", "in Tenebrae")."""
    entry = ctx.gazetteer.films[film]
    if film in ctx.gazetteer.places or entry.reviews < _GUESSED_LABEL_FAME:
        return False
    labels = {label for s, e, label in unit.entities_near(start, end) if s == start and e == end}
    if "PERSON" not in labels and "GPE" not in labels:
        return False
    place_guess = "PERSON" not in labels
    if place_guess and entry.reviews < _OBSCURE and _LOCATIVE_BEFORE.search(unit.text, max(0, start - 12), start):
        return False  # "a week in Tenebrae": a little-known film yields to the place after a place's preposition
    word = unit.text[start:end]
    if not place_guess and described_as_someone(unit.text, start, end):
        return False  # "the old wizard Shazam", "Frankenstein is a broken doctor": the page's own person
    return not (ctx.gazetteer.is_first_name(word) or ctx.gazetteer.is_surname(word))


# "the old wizard Shazam": a noun of no work right before the name sets it in apposition to a person
_NOUN_BEFORE = re.compile(r"\b(?:the|a|an|his|her|their|its)\s+(?:[a-z-]+\s+){0,2}?(?P<noun>[a-z-]+)\s+$")
# "Frankenstein is a broken doctor", "and Dracula a tired old man": the name described as someone
_SOMEONE_AFTER = re.compile(
    r"\s+(?:(?:is|was|becomes|became|remains|stays)\s+)?(?:a|an|the)\s+(?:[a-z-]+\s+){0,3}?(?P<noun>[a-z-]+)\b"
)


def described_as_someone(text: str, start: int, end: int) -> bool:
    """Whether the sentence sets the name beside a noun of people: a title noun before it ("the old
    wizard Shazam", not "the film Shazam") or a description after it ("is a broken doctor")."""
    before = _NOUN_BEFORE.search(text, max(0, start - 40), start)
    if before is not None and before.group("noun") not in WORK_NOUNS and not before.group("noun").endswith("s"):
        return True
    after = _SOMEONE_AFTER.match(text, end)
    return after is not None and after.group("noun") in STORY_PEOPLE | PEOPLE_WORDS


_GUESSED_LABEL_FAME = 20  # critics' reviews: a film this known outweighs the parser's guess at an unknown word


_OF_TAIL = re.compile(r"[ \t]+of[ \t]+(?:the[ \t]+)?[A-Z0-9][\w’'-]*(?:[ \t]+[A-Z][\w’'-]*)*")


def _of_tail(unit: Unit, end: int) -> int | None:
    """Where a run of capitalised words after "of" ends, right after a title: "The Lost City of Z"."""
    tail = _OF_TAIL.match(unit.text, end)
    if tail is None or PRONOUN_I.match(tail.group().split()[-1]):
        return None
    return tail.end()


def _nationality_before_noun(unit: Unit, start: int, end: int) -> bool:
    """Whether a name ends in a nationality the parser labels NORP and a common noun follows it:
    "The American remake" describes a film; "The Irishman is long" names one."""
    if not unit.text[end : end + 2].startswith(" ") or not unit.text[end + 1 : end + 2].islower():
        return False  # no lower-case word right after: the common case, without the parse
    last = unit.token_at_end.get(end)
    if last is None or last + 1 >= len(unit.tokens):
        return False
    following = unit.tokens[last + 1]
    if not following.text[:1].islower() or unit.pos_at(following.start) != "NOUN":
        return False
    word_start = unit.tokens[last].start
    return any(label == "NORP" and s <= word_start and end <= e for s, e, label in unit.entities_near(word_start, end))


_ABBREVIATION = re.compile(r"[A-Z][A-Z0-9]{2,5}")
_CAPITALS = re.compile(r"[A-Z][A-Z0-9]{2}")


def abbreviated_works(unit: Unit, ctx: PageContext) -> list[Candidate]:
    """Famous films by their initials in capitals: "ESB", "MI3", "ROTK", "LOTR"."""
    if unit.is_title or _CAPITALS.search(unit.text) is None:
        return []  # no three capitals in a row: no token of the unit is an abbreviation
    found = []
    for token in unit.tokens:
        word = token.text
        if not _ABBREVIATION.fullmatch(word) or fold(word) in CAPS_NOT_TITLES:
            continue
        if (film := ctx.gazetteer.film_abbreviated(word)) is not None:
            found.append(Candidate(word, token.start, token.end, "film", "abbreviation", 0.8, film=film))
    return found
