"""Works the film table may not know: dated, quoted, cued, joined and listed title-case runs,
capitals in post titles and italic hints."""

from __future__ import annotations

import re

from spacy.lang.en.stop_words import STOP_WORDS

from extract.nlp.candidates import Candidate
from extract.nlp.context import (
    SMALL_WORDS,
    PageContext,
    Unit,
    is_title_case,
    sentence_initial,
)
from extract.nlp.cues import PERSON_SUBJECT_CUES, Cue
from extract.nlp.spans import SpanIndex
from extract.nlp.textnorm import Token, fold, trim_last_words
from extract.nlp.work_names import NameWords
from extract.nlp.work_text import (
    CAPS_NOT_TITLES,
    COMPARISON_CUES,
    CUE_REACH,
    INNER_JOINERS,
    INTRO_CUES,
    JOINERS,
    KIND_CUES,
    LIST_JOINS,
    LIST_MARKS,
    LIST_WORDS,
    MAKER_CUES,
    NOT_IN_FILM,
    NOT_RUN_STARTS,
    NOT_TITLES,
    NOT_WORKS,
    PEOPLE,
    PERSON_LABELS,
    PLACE_LABELS,
    PLACES_INSIDE,
    PRONOUN_I,
    YEAR_AFTER,
    YEAR_IN,
    inside_entity,
    kind_near,
    listed_after,
    listed_before,
    shouted,
    title_run,
)
from extract.records import EntityKind
from extract.titles import label_end

_DATED_RUN = re.compile(
    r"(?P<title>[A-Z0-9][\w’'!?&.-]*"
    r"(?:[ \t]+(?:[A-Z0-9][\w’'!?&.-]*|of|the|a|an|in|on|at|to|for|from|with|and|or)){0,9})"
    r"[ \t]*\((?P<year>(?:19|20)\d\d)\)"
)


def dated_runs(unit: Unit, ctx: PageContext, people: SpanIndex) -> list[Candidate]:
    """A title-case run right before a year in parentheses, a film the table may not know:
    "Hammer's Never Take Sweets from a Stranger (1960) is ...". A maker's possessive before it
    is cut off; a person's name ("Cyril Frankel (1960)") is no film."""
    if unit.is_title or not YEAR_IN.search(unit.text):
        return []  # no "(1960)": the run pattern would try every capital's ten words for nothing
    found = []
    for match in _DATED_RUN.finditer(unit.text):
        start, title = match.start("title"), match.group("title").rstrip("’'")
        words = title.split()
        owner = max((i + 1 for i, w in enumerate(words) if w.endswith(("’s", "'s"))), default=0)
        core = owner  # "King Vidor's The Crowd (1928)": the article stays, but counts for no word
        while core < len(words) and words[core].casefold() in SMALL_WORDS:
            core += 1
        if core >= len(words):
            continue
        start += len(" ".join(words[:owner])) + (1 if owner else 0)
        title = " ".join(words[owner:])
        start = unit.text.find(title, start)
        end = start + len(title)
        if len(words) - owner < 2:
            if _dated_word(ctx, title, start):
                found.append(Candidate(title, start, end, "film", "dated-run", 0.6, year=int(match.group("year"))))
            continue
        if start < 0 or not is_title_case(title.split()) or people.overlaps(start, end):
            continue
        if ctx.gazetteer.person_named(title) is not None or inside_entity(unit, start, end, PERSON_LABELS):
            continue
        found.append(Candidate(title, start, end, "film", "dated-run", 0.6, year=int(match.group("year"))))
    return found


def _dated_word(ctx: PageContext, word: str, start: int) -> bool:
    """One capitalised word before a year in parentheses is a film the table may not know ("Arrival
    (2016) is still my favourite"), unless the table or the page makes it a person's name."""
    if start < 0 or not word.isalpha() or not word[:1].isupper() or len(word) < 2 or word.isupper():
        return False
    key = fold(word)
    if key in NOT_TITLES or ctx.is_commenter(word):
        return False  # "It (2017)", "Us (2019)": with its year even a pronoun is a title
    return ctx.gazetteer.person_named(word) is None and not ctx.gazetteer.is_surname(word)


_ACTOR_IN_RUN = re.compile(
    r"(?P<name>[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,2})\s+(?:is|was|were|are)\s+(?:\w+\s+){0,3}?in\s+"
    r"(?P<title>[A-Z][\w’'-]*(?:\s+(?:[A-Z][\w’'-]*|of|the|and)){0,5})"
)


_IN_WORD = re.compile(r"\sin\s")


def actor_in_runs(unit: Unit, ctx: PageContext, people_words: set[str]) -> list[Candidate]:
    """Films the table may not know, after an actor's "was better in": "Cage was better in Pig".
    Not a place ("great in Vegas"), a person or a date."""
    if unit.is_title:
        return []
    found = []
    for match in _ACTOR_IN_RUN.finditer(unit.text) if _IN_WORD.search(unit.text) else ():  # "in" is needed
        name, title = match.group("name"), match.group("title")
        title = trim_last_words(title, lambda word: word in {"of", "the", "and"})
        start, end = match.start("title"), match.start("title") + len(title)
        if not (ctx.gazetteer.person_named(name) is not None or fold(name) in people_words):
            continue
        if fold(title) in NOT_TITLES or fold(title) in people_words or ctx.gazetteer.person_named(title) is not None:
            continue
        if any(s < end and start < e for s, e, label in unit.entities_near(start, end) if label in NOT_IN_FILM):
            continue
        found.append(Candidate(title, start, end, "film", "actor-in", 0.6))
    return found


# "[“"]...|(?<![\w’'])[‘']...", written to open on one character class: the scan then skips in C
# to the next quotation mark instead of trying both alternatives at every character (4x faster)
_QUOTED = re.compile(
    r"[“\"‘'](?:(?<=[“\"])([^“”\"\n]{1,80}?)[!?.,]*[”\"]"
    r"|(?<=[‘'])(?<![\w’'][‘'])([^‘’'\n]{1,60}?)[!?.,]*[’'](?![\w’']))"
)


def quoted_works(unit: Unit, ctx: PageContext) -> list[Candidate]:
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
            and (len(words) >= 2 or kind_near(unit.tokens, unit.token_index_at(start), window=2) is not None)
        )
        token_index = unit.token_index_at(start)
        named_kind = _quoted_work_noun(unit.tokens, token_index)
        core = inner.lstrip(".…")  # "...Baby One More Time"
        cased = is_title_case(core.split()) or _foreign_title_case(core.split()) or named_kind is not None
        if not lower_title and (not cased or not core[:1].isupper()):
            continue
        if not is_title_case(words) and shouted(unit.text, match.end(group)):
            continue  # "You're next!": a line shouted, not a title in lower case
        if group == 2 and not (lower_title or named_kind or ctx.gazetteer.films_titled(inner) or len(words) >= 2):
            continue  # a single-quoted word is as often a scare quote as a title ("new song 'Spirit'" is one)
        if any(ch in inner.lstrip(".…") for ch in ".!;") or (inner.isupper() and len(words) == 1):
            continue  # a sentence, not a title ("...Baby One More Time" opens with its own dots)
        kind = kind_near(unit.tokens, token_index) or named_kind or "film"
        dated = YEAR_AFTER.match(unit.text, match.end())  # '"Blair Witch" (2016)': the year after the quote
        year = int(dated.group(1)) if dated else None
        found.append(Candidate(inner, start, start + len(inner), kind, "quoted", 0.7, year=year))
    return found


# small words of other languages inside a title's capitals: "La Jeune Fille en Feu", "Shura no Hana"
_FOREIGN_SMALL_WORDS = frozenset(
    "de del della di da do dos das du des la le les el los las lo il en et y e und von van der den dem och "
    "no na ni ka ke ki se wa ga to".split()
)
# nouns right before a quoted name that make it a work's title even in sentence case: "the theme song,
# “Shura no Hana,”", "the story it comes from, "Las babas del diablo,"", "the poem "Boots""
_QUOTED_WORK_NOUNS: dict[str, EntityKind] = {
    **{word: "song" for word in "song songs track single tune anthem ballad hymn chant number aria album".split()},
    **{word: "novel" for word in "novel novella book story stories poem tale play essay".split()},
    **{word: "film" for word in "film movie documentary short".split()},
}


_QUOTING_WORDS = frozenset(
    "goes go went says say said sings sing sang asks asked tells told reads chorus line lines lyric lyrics refrain "
    "verse quote quotes motto slogan tagline".split()
)


def _foreign_title_case(words: list[str]) -> bool:
    """Title case with another language's small words in lower case ("La Jeune Fille en Feu")."""
    return words[0][:1].isupper() and all(
        w[:1].isupper() or w[:1].isdigit() or w.casefold() in _FOREIGN_SMALL_WORDS or w.casefold() in SMALL_WORDS
        for w in words
    )


def _quoted_work_noun(tokens: list[Token], index: int) -> EntityKind | None:
    """The kind of work a noun just before a quoted name calls it ("her theme song, “...”", "the
    poem “...”", "the story it comes from, “...”": up to six words back, in the same clause, with
    no word between that quotes the work's words instead)."""
    for token in reversed(tokens[max(0, index - 8) : index]):
        if token.text in {".", ";", "!", "?"} or token.key in _QUOTING_WORDS:
            return None  # "the chorus goes “...”", "the song says “...”": words of it, not its name
        if (kind := _QUOTED_WORK_NOUNS.get(token.key)) is not None:
            return kind
    return None


def _comparison_cue_ends_at(tokens: list[Token], index: int) -> bool:
    """Whether tokens[index] ends "reminds me of", "like", "than", "compared to", "since", "unlike"."""
    if tokens[index].key not in _CUE_ENDS:
        return False  # one set lookup before the tuples
    keys = tuple(t.key for t in tokens[max(0, index - 2) : index + 1])
    return keys[-1:] in COMPARISON_CUES or keys[-2:] in COMPARISON_CUES or keys[-3:] in COMPARISON_CUES


_CUE_ENDS = frozenset(cue[-1] for cue in COMPARISON_CUES)


_ANY_CUE = MAKER_CUES | INTRO_CUES | _CUE_ENDS
_ANY_CUE_OR_COMMA = _ANY_CUE | {","}


_DATE_SPAN = re.compile(
    r"^(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?(?:\s+\d{1,4})*,?(?:\s+\d{4})?$",
    re.I,
)


_NOT_MADE = frozenset({"PERSON", "GPE", "LOC", "FAC", "NORP", "DATE", "TIME"})  # the parser calls titles ORG


_LOWER_CASE_CUES = frozenset("story sequel prequel remake".split())  # cues only in lower case
_KIND_NOUNS = frozenset(
    "film movie novel novella book series show documentary sitcom sequel prequel remake story".split()
)
_LONE_BLOCKING = frozenset({"GPE", "LOC", "FAC", "NORP", "DATE", "TIME", "EVENT"})  # a person is in `people`
_DETERMINERS = frozenset("the a his her their its this that whose".split())


def _lone_title_ok(unit: Unit, tokens: list[Token], index: int, start: int, end: int) -> bool:
    """One capitalised word right after a lower-case kind noun that a determiner opens names the
    work ("the film Tenet", "his novel It", "the 1922 film Nosferatu"), unless it is a word of
    the blog's furniture or the parser's date. The kind noun outweighs the parser's guess of a place
    for one word ("her short film Monster", "the Netflix show Kingdom"), unless the entity runs on
    past the word ("the film New York, New York")."""
    word = unit.text[start:end]
    if not word.isalpha() or fold(word) in NOT_TITLES or (len(word) > 1 and word.isupper()):
        return False
    if not any(t.key in _DETERMINERS for t in tokens[max(0, index - 3) : index]):
        return False
    after = end < len(unit.text) and unit.text[end : end + 2] in {"’s", "'s"}
    near = unit.entities_near(start, end)
    return not after and not any(
        s < end and start < e and label in _LONE_BLOCKING and (label in _WHEN or (s, e) != (start, end))
        for s, e, label in near
    )


_WHEN = frozenset({"DATE", "TIME", "EVENT"})
_APPOSITION_ENDS = frozenset({",", ".", ";", ")", "!", "?"})


def _apposed_to_kind(unit: Unit, tokens: list[Token], comma: int, end: int) -> bool:
    """Whether one capitalised word stands in apposition to a kind noun a determiner opens, the
    comma before it and a clause's mark after it: "the sequel, Vengeance, is slower", "his own
    documentary, Overnight, says it all", "Flaherty's next film, Moana." (the noun names what
    the word is, as "the film Tenet" does without the commas)."""
    if tokens[comma].text != "," or comma < 1 or end - comma != 2:
        return False
    noun = tokens[comma - 1]
    if noun.key not in _KIND_NOUNS or not noun.text.islower():
        return False
    if end < len(tokens) and tokens[end].text not in _APPOSITION_ENDS:
        return False
    if not any(t.key in _DETERMINERS for t in tokens[max(0, comma - 4) : comma - 1]):
        return False
    word = tokens[comma + 1]
    if not word.text.isalpha() or word.key in NOT_TITLES or (len(word.text) > 1 and word.text.isupper()):
        return False
    return not inside_entity(unit, word.start, word.end, frozenset({"DATE"}))  # the commas outweigh a place's guess


def _maker_before(unit: Unit, tokens: list[Token], index: int, people: SpanIndex) -> bool:
    """Whether a maker's verb follows its maker: a person's name or "who" after one ("Makoto
    Shinkai, whose", "The Daniels, who made", "Villeneuve directed")."""
    before = index - 1
    if tokens[before].key == "who" and before >= 2 and tokens[before - 1].text == ",":
        before -= 2
    elif tokens[index].key == "whose" and tokens[before].text == ",":
        before -= 1
    if before < 0:
        return False
    token = tokens[before]
    return people.covering(token.start) or (
        token.text[:1].isupper() and unit.pos_at(token.start) == "PROPN" and tokens[index].key != "whose"
    )


def cue_works(unit: Unit, people_spans: list[tuple[int, int]]) -> list[Candidate]:
    """Title-case runs after cue words, and runs followed by ``by <person>``."""
    tokens, text = unit.tokens, unit.text
    people = SpanIndex(people_spans)
    person_starts = {start for start, _ in people_spans}
    found = []
    # one set lookup per token first (a comma's key is itself): most words are no cue at all
    for index in [i for i, t in enumerate(tokens[:-1]) if t.key in _ANY_CUE_OR_COMMA]:
        token, nxt = tokens[index], tokens[index + 1]
        if not (nxt.text[:1].isupper() or nxt.text[:1].isdigit()):
            continue
        if token.text.isupper() and len(token.text) > 1:
            continue  # "FILM NOIR MONTH": a word of an all-caps phrase is no cue
        cue = tokens[index - 1] if token.text == "," and index else token
        if cue.key in _LOWER_CASE_CUES and not cue.text.islower():
            continue  # "A Ghost Story Into a Strike Action", "Share This Story, Choose ...": a heading's words
        if token.text != "," and token.key not in _ANY_CUE:
            continue
        maker = token.key in MAKER_CUES and index > 0 and _maker_before(unit, tokens, index, people)
        introduced = (
            maker or token.key in INTRO_CUES or (token.text == "," and index and tokens[index - 1].key in INTRO_CUES)
        )
        if token.key == "called" and kind_near(tokens, index, window=3) is None:
            introduced = False  # "a dancer called Trixie Delight" names a person; "a film called" a work
        compared = not introduced and _comparison_cue_ends_at(tokens, index)
        if not (introduced or compared):
            continue
        end = title_run(tokens, index + 1, text)
        while maker and end > index + 2 and PRONOUN_I.match(tokens[end - 1].text):
            end -= 1  # "whose 5 Centimeters per Second I had loved"
        if end <= index + 1:
            continue
        start_char, end_char = nxt.start, tokens[end - 1].end
        followed_by_person = text[end_char : end_char + 4] == " by " and (end_char + 4) in person_starts
        if people.covering(start_char) and not (followed_by_person and tokens[index - 1].key in _KIND_NOUNS):
            continue  # "a short story, Jambula Tree by Monica Arac de Nyeko": the maker, not the parser's guess
        span = text[start_char:end_char]
        if _DATE_SPAN.match(span):
            continue  # "Watched 3 July 2017"
        one_named = (
            len(span.split()) == 1
            and token.key in _KIND_NOUNS
            and token.text.islower()
            and _lone_title_ok(unit, tokens, index, start_char, end_char)
        ) or _apposed_to_kind(unit, tokens, index, end)
        if (
            len(span.split()) < 2
            and not followed_by_person
            and not one_named  # "the film Tenet", "his novel It"
            and token.key not in {"called", "titled", "aptly-titled"}
        ):
            continue
        if maker and any(
            s < end_char and start_char < e and label in _NOT_MADE
            for s, e, label in unit.entities_near(start_char, end_char)
        ):
            continue  # "who made New York his home", "directed Tom Hanks"
        if compared:
            found.append(Candidate(span, start_char, end_char, kind_near(tokens, index) or "work", "compared-cue", 0.6))
            continue
        kind = KIND_CUES.get(token.key) or kind_near(tokens, index) or ("novel" if followed_by_person else "film")
        found.append(Candidate(span, start_char, end_char, kind, "cue", 0.65))
    return found


# what may stand between an apposition's comma and its kind noun: "a", "his", "Ken Russell's", "first"
_APPOSITION_OWNERS = frozenset("the a an his her their its".split())
_APPOSITION_AFTER = frozenset({",", ".", ";", ")", "!", "?", "of", "from", "by", "about", "and", "which", "that"})
_POSSESSIVE_TOKENS = frozenset({"'s", "’s", "'", "’"})
_MOST_APPOSITION_WORDS = 6
_NOT_APPOSED = frozenset({"PERSON", "GPE", "LOC", "FAC", "NORP", "DATE", "TIME", "EVENT"})


def apposed_runs(unit: Unit, ctx: PageContext, people: SpanIndex) -> list[Candidate]:
    """A title-case run a comma ties to a noun phrase naming its kind: "better than Tommy, Ken
    Russell's film of the other rock opera", "Where Bamako, his previous film, put ...", "2046, the
    loose sequel, is grander" (the noun phrase says what the run is, as "the film Tenet" does)."""
    if unit.is_title or ", " not in unit.text:
        return []
    found = []
    for comma in [i for i, t in enumerate(unit.tokens) if t.text == "," and 0 < i < len(unit.tokens) - 2]:
        before = unit.tokens[comma - 1].text[:1]
        noun = _kind_phrase_after(unit, comma) if before.isupper() or before.isdigit() else None
        if noun is not None and (candidate := _apposed_run(unit, ctx, people, comma)) is not None:
            candidate.kind = KIND_CUES.get(unit.tokens[noun].key, "film")
            found.append(candidate)
    return found


def _apposed_run(unit: Unit, ctx: PageContext, people: SpanIndex, comma: int) -> Candidate | None:
    """The run that ends before the comma, unless it is a place's, a day's or a person's name, or
    one opening word ("Overall, the film of the year"); a number only when the table knows it."""
    tokens = unit.tokens
    first = _run_start(tokens, comma - 1, unit.text)
    start, end = tokens[first].start, tokens[comma - 1].end
    span = unit.text[start:end]
    lone = first == comma - 1
    if span.isdigit():
        return Candidate(span, start, end, "film", "cue", 0.6) if ctx.gazetteer.films_titled(span) else None
    if fold(span) in _NOT_RUN_OPENINGS or (not lone and people.overlaps(start, end)):
        return None  # one word the parser calls a person is the film the phrase says it is: "Tommy, his film"
    if inside_entity(unit, start, end, _WHEN | {"NORP"} if lone else _NOT_APPOSED):
        return None  # the phrase outweighs the parser's guess for one word, not for a run
    if lone and sentence_initial(unit.text, start) and not ctx.gazetteer.films_titled(span):
        return None
    return Candidate(span, start, end, "film", "cue", 0.6)


def _kind_phrase_after(unit: Unit, comma: int) -> int | None:
    """The kind noun of a noun phrase naming a kind of work that follows the comma and ends there
    (its token index): an owner ("his", "Ken Russell's"), describing words, the kind noun, then a
    clause's mark or "of"."""
    tokens, index = unit.tokens, comma + 1
    if tokens[index].key in _APPOSITION_OWNERS:
        index += 1
    else:
        while index < min(comma + 4, len(tokens)) and tokens[index].text[:1].isupper():
            index += 1
        if index == comma + 1 or index >= len(tokens) or tokens[index].text not in _POSSESSIVE_TOKENS:
            return None
        index += 1
    last = min(len(tokens), index + _MOST_APPOSITION_WORDS)
    while index < last and tokens[index].text.islower() and tokens[index].key not in _KIND_NOUNS:
        if unit.pos_at(tokens[index].start) not in {"ADJ", "NUM", "ADV"}:
            return None
        index += 1
    if index >= last or tokens[index].key not in _KIND_NOUNS or not tokens[index].text.islower():
        return None
    return index if index + 1 == len(tokens) or tokens[index + 1].key in _APPOSITION_AFTER else None


def _run_start(tokens: list[Token], last: int, text: str) -> int:
    """The first token of the title-case run that ends at token ``last``: capitalised words, a
    possessive inside ("The Blackcoat's Daughter") and small joining words between capitals."""
    first = last
    while first > 0 and last - first < _MOST_APPOSITION_WORDS:
        before = tokens[first - 1]
        if "\n" in text[before.end : tokens[first].start]:
            break
        joined = before.text in _POSSESSIVE_TOKENS or before.key in {"of", "the", "a", "an", "in", "on", "at"}
        if before.text[:1].isupper() or (joined and first > 1 and tokens[first - 2].text[:1].isupper()):
            first -= 1
        else:
            break
    while first < last and (
        not tokens[first].text[:1].isupper()
        or (sentence_initial(text, tokens[first].start) and tokens[first].key in _NOT_RUN_OPENINGS)
    ):
        first += 1  # "Where Bamako, his previous film, ...": the sentence's first word is no title's
    return first


_NOT_RUN_OPENINGS = NOT_TITLES | NOT_RUN_STARTS  # joined once, not at every run


def cued_runs(unit: Unit, ctx: PageContext, people: SpanIndex) -> list[Candidate]:
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
        joined = next((i for i in range(first + 1, end) if tokens[i].key in LIST_JOINS), end)
        if joined < end and not ctx.gazetteer.films_titled(text[tokens[first].start : tokens[end - 1].end]):
            end = joined  # a list: "Silent Running and Outland" are two works
        while end > first + 1 and (tokens[end - 1].key in JOINERS or tokens[end - 1].text in {":", "+", "&"}):
            end -= 1
        if (tail := known_tail(unit, ctx, first, end)) is not None:
            found.append(tail)  # "a darker cousin of Samantha in Her": the film is "Her"
            return
        start_char, end_char = tokens[first].start, tokens[end - 1].end
        span = text[start_char:end_char]
        words = span.split()
        if not is_title_case(words) or fold(words[0]) in _NOT_RUN_OPENINGS:
            return
        if (
            re.fullmatch(r"(?:19|20)\d\d", words[0])
            and end < len(tokens)
            and tokens[end].text[:1].islower()
            and unit.pos_at(tokens[end].start) == "NOUN"
        ):
            return  # "than the 2007 TV series": a year and a description, not a title
        if inside_entity(unit, start_char, end_char, NOT_WORKS):
            return
        if any(s < start_char < e for s, e, _ in unit.entities_near(start_char, end_char)):
            return  # the tail of a longer name: "York Times" of "the New York Times"
        if len(words) == 1:
            if not single_ok or ctx.is_commenter(span) or ctx.gazetteer.is_first_name(span):
                return
            if unit.pos_at(start_char) != "PROPN" or sentence_initial(text, start_char) or "’" in span or "'" in span:
                return
            if ctx.gazetteer.person_named(span) is not None or inside_entity(unit, start_char, end_char, PEOPLE):
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
            while first > 0 and (tokens[first - 1].text[:1].isupper() or tokens[first - 1].key in INNER_JOINERS):
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
        while index < len(tokens) and tokens[index].start - cue.end <= CUE_REACH:
            token = tokens[index]
            if token.text in LIST_MARKS or token.key in LIST_WORDS:
                index += 1
                continue
            if not (token.text[:1].isupper() or token.text[:1].isdigit()) or PRONOUN_I.match(token.text):
                break
            end = title_run(tokens, index, text)
            add(index, end, paired or items > 0 or listed_after(tokens, end))
            items += 1
            index = max(end, index + 1)
        for offset in sorted(cue.governed):
            head = unit.token_at_start.get(offset)
            if head is None or offset < cue.end or offset - cue.end > CUE_REACH:
                continue
            if not tokens[head].text[:1].isupper() or (head and tokens[head - 1].text[:1].isupper()):
                continue
            if head >= 2 and tokens[head - 1].text == "." and tokens[head - 2].text[:1].isupper():
                continue  # "St. Louis Park"
            end = title_run(tokens, head, text)
            add(head, end, paired or listed_after(tokens, end) or listed_before(tokens, head))
        subject = _subject_before(unit, cue)
        if subject is not None and cue.shape in {"object", "binary"} and cue.name not in PERSON_SUBJECT_CUES:
            # "Doctor Sleep is a much warmer follow-up": the subject is of the kind its predicate names
            cue_end = unit.token_index_at(cue.end)
            add(subject[0], subject[1], False, kind_near(tokens, cue_end, cue_end - subject[1]) or "film")
    return found


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


def known_tail(unit: Unit, ctx: PageContext, first: int, end: int) -> Candidate | None:
    """The film the table knows at the tail of a run it does not know, after a joining word:
    "Samantha in Her", "Readers of The Lord of the Rings", "Fans of Blade Runner" (a character,
    a reader or a fan of the film, not a title). The tail must be two words or more, or follow
    one word: "The King in Yellow" is no king in the film "Yellow"."""
    tokens, text = unit.tokens, unit.text
    if ctx.gazetteer.films_titled(text[tokens[first].start : tokens[end - 1].end]):
        return None
    for joiner in range(first + 1, end - 1):
        if tokens[joiner].key not in {"of", "in", "from", "at"} or not tokens[joiner].text.islower():
            continue
        tail = joiner + 1
        if tokens[tail].text in _ARTICLES:
            tail += 1  # "Fans of the Dark Knight": the lower-case article is the sentence's
        if tail >= end or not tokens[tail].text[:1].isupper():
            continue
        of_title = tokens[joiner].key == "of" and tokens[first].key not in _RESEMBLANCE
        if end - tail < 2 and (joiner - first > 1 or tail > joiner + 1 or of_title):
            continue  # "The King in Yellow", "Ghost in the Shell", "Birds of Prey": one word at the tail is the title's
        if end - tail < 2 and tokens[joiner].key != "of" and not _thing_in_film(unit, ctx, first):
            continue  # "Samantha in Her", "the Na'vi in Avatar": someone in a film; "Shadows in Paradise" a title
        start_char, end_char = tokens[tail].start, tokens[end - 1].end
        films = ctx.gazetteer.films_titled(text[start_char:end_char])
        obscure = bool(films) and ctx.gazetteer.films[films[0]].reviews < _KNOWN_TAIL
        if obscure and inside_entity(unit, start_char, end_char, PLACES_INSIDE):
            continue  # "The Searchers in New York": the place, not the little-known film of its name
        if films:
            return Candidate(text[start_char:end_char], start_char, end_char, "film", "run-tail", 0.6, film=films[0])
    return None


def _thing_in_film(unit: Unit, ctx: PageContext, first: int) -> bool:
    """Whether a run's head names someone or something in a film, not a title's first word: a
    first name or a surname the film table's people bear ("Samantha"), or a word after a lower-case
    article ("the Na'vi")."""
    lexicon = NameWords.of(ctx.gazetteer)
    key = fold(unit.tokens[first].text)
    if lexicon.first[key] >= 2 or lexicon.last[key] >= 2:
        return True
    return first > 0 and unit.tokens[first - 1].text in _ARTICLES


_ARTICLES = frozenset({"the", "a", "an"})
_KNOWN_TAIL = 50  # critics' reviews: a film better known than the place it is named after
# nouns that take a work after "of" ("Shades of Cube", "Fans of Blade Runner"): the run is no title
_RESEMBLANCE = frozenset(
    "shades echoes hints traces touches whiff whiffs fans readers lovers viewers admirers memories bits elements "
    "sequel remake version parody homage".split()
)
_OPEN_PAREN = re.compile(r"[ \t]*\([ \t]*")
_POSSESSIVE = ("’s", "'s", "’", "'")


def _noun_phrase_run(unit: Unit, ctx: PageContext, first: int, end: int, person_starts: set[int]) -> bool:
    """Whether a run the table does not know is a noun phrase, not a title: its first word is a
    common noun the parser reads as such, capitalised only because it opens the sentence ("Scenes
    of Ines's work life", "Thoughts on Eight for Silver and ..."), or a person's name follows its
    joining word ("Fans of Adam Nevill's book", "the new Blu-ray of Don Siegel's thriller")."""
    tokens, text = unit.tokens, unit.text
    start = tokens[first].start
    if ctx.gazetteer.films_titled(text[start : tokens[end - 1].end]):
        return False
    if sentence_initial(text, start) and unit.pos_at(start) == "NOUN":
        return True
    joiners = (j for j in range(first + 1, end - 1) if tokens[j].key in _TAIL_JOINERS and tokens[j].text.islower())
    return any(tokens[joiner + 1].start in person_starts for joiner in joiners)


_TAIL_JOINERS = frozenset({"of", "on", "in", "from", "at", "by", "for", "to"})


def joined_runs(unit: Unit, ctx: PageContext, people: list[tuple[int, int]]) -> list[Candidate]:
    """Title-case runs joined by small words ("Ghost in the Shell", "Bride of Frankenstein",
    "Out of the Past"): such a run is a title, not two, unless it is an organisation or a place
    ("the University of Chicago") or begins with a person's name."""
    if unit.is_title:
        return []
    tokens, text = unit.tokens, unit.text
    person_starts = {start for start, _ in people}
    person_ends = dict(people)
    found = []
    index = 0
    while index < len(tokens):
        token = tokens[index]
        if not token.text[:1].isupper() or PRONOUN_I.match(token.text):
            index += 1
            continue
        if token.key in _OPENING_WORDS and sentence_initial(text, token.start):
            index += 1  # "And Birds of Prey gave ...": the run starts after the sentence's first word
            continue
        end = title_run(tokens, index, text)
        if token.start in person_starts:  # "Robert W. Chambers's The King in Yellow": the run after the name
            after = index + 1
            while after < end and (tokens[after].start < person_ends[token.start] or tokens[after].text in _POSSESSIVE):
                after += 1
            if after < end and tokens[after - 1].text.endswith(_POSSESSIVE):
                index = after
                continue
        if end - index > 1:
            end = next((i for i in range(index + 1, end) if tokens[i].key in _RUN_SPLITS), end)
        while end > index + 1 and (tokens[end - 1].key in JOINERS or tokens[end - 1].key in CAPS_NOT_TITLES):
            end -= 1  # "Vikings the TV show": the format is no word of the title
        if end - index < 3:  # a joining word and two capitalised words at least: most runs are one word
            index = max(end, index + 1)
            continue
        start_char, end_char = token.start, tokens[end - 1].end
        if label_end(text[start_char:end_char]):
            index = end  # "Review: Memories of Underdevelopment", "Share: Choose Your Platform": a label's run
            continue
        inner = [t for t in tokens[index:end] if t.key in INNER_JOINERS and t.text.islower()]
        capitals = [t for t in tokens[index:end] if t.text[:1].isupper()]
        if (
            inner
            and len(capitals) >= 2
            and end - index <= 9
            and start_char not in person_starts
            and (fold(token.text) not in NOT_TITLES or token.key in _ARTICLES)  # "The Return of the King"
            and fold(token.text) not in NOT_RUN_STARTS
            and unit.pos_at(start_char) not in {"VERB", "AUX", "INTJ", "SCONJ", "PRON", "ADV", "CCONJ"}
            and not any(
                (label in PLACE_LABELS and s <= start_char + 4 and e >= end_char)
                or (label in PLACES_INSIDE and start_char <= s and e <= end_char)  # "Cinema 8 in Athens"
                or label in {"DATE", "TIME"}
                or (label == "PERSON" and s == start_char)
                for s, e, label in unit.entities_near(start_char, end_char)
            )
        ):
            if (cast := _OPEN_PAREN.match(text, end_char)) and cast.end() in person_starts:
                pass  # "Rose the Hat (Rebecca Ferguson)": a character with the actor who plays it
            elif _noun_phrase_run(unit, ctx, index, end, person_starts):
                pass  # "Fans of Adam Nevill's book", "Thoughts on Eight for Silver": no title
            elif (tail := known_tail(unit, ctx, index, end)) is not None:
                found.append(tail)
            else:
                found.append(Candidate(text[start_char:end_char], start_char, end_char, "film", "joined-run", 0.5))
        index = max(end, index + 1)
    return found


_OPENING_WORDS = frozenset("and but so or then still even also yet plus maybe now".split())
_RUN_SPLITS = frozenset({"and", "or", "&", "+"})


def caps_in_titles(unit: Unit) -> list[Candidate]:
    """ALL-CAPS titles in post and pingback titles: ``Trailer Spotlight: DUNKIRK``."""
    if not unit.is_title:
        return []
    found = []
    label = label_end(unit.text)
    for match in re.finditer(r"\b[A-Z0-9][A-Z0-9’'’]*(?:[ ,]+[A-Z0-9][A-Z0-9’'’]*)*\b", unit.text):
        span = match.group().strip(" ,")
        if match.end() <= label:
            continue  # "REVIEW – PADDINGTON 2": the label in capitals is no title
        if len(span.replace(" ", "")) < 3 or span.isdigit() or fold(span) in CAPS_NOT_TITLES:
            continue
        found.append(Candidate(span, match.start(), match.start() + len(span), "film", "capitals", 0.7))
    return found


def hint_works(unit: Unit, ctx: PageContext) -> list[Candidate]:
    """Italic and link texts of the review body, found again in its text."""
    if unit.id != "body" or not ctx.emphasised:
        return []
    found = []
    for token_index, token in enumerate(unit.tokens):
        if not token.text[:1].isupper():
            continue
        end = title_run(unit.tokens, token_index, unit.text)
        for stop in range(end, token_index, -1):
            span = unit.text[token.start : unit.tokens[stop - 1].end]
            if ctx.is_emphasised(span):
                found.append(Candidate(span, token.start, token.start + len(span), "film", "italic", 0.85))
                break
    return found


_COUNTED = frozenset(
    "films movies pictures features two three four five both ones efforts entries instalments installments".split()
)


_NUMBERED = frozenset("two three four five both ones".split())  # a count with no work noun


_PLURAL_WORKS = _COUNTED | frozenset("classics comedies thrillers westerns sequels remakes novels books".split())


def listed_after_works(unit: Unit, ctx: PageContext, people_words: set[str]) -> list[Candidate]:
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
            end = title_run(tokens, position, text)
            whole = text[tokens[position].start : tokens[end - 1].end]
            joined = next((i for i in range(position + 1, end) if tokens[i].key in LIST_JOINS), end)
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
            blocking = PLACES_INSIDE | ({"PERSON"} if counted else set())  # "the two, Ana and Bo": people
            if (
                inside_entity(unit, start_char, end_char, frozenset(blocking))
                and not ctx.gazetteer.films_titled(span)
                and not (len(span.split()) == 1 and key in STOP_WORDS)  # "Us": a pronoun is never a place
            ):
                continue
            films = ctx.gazetteer.films_titled(span)
            found.append(
                Candidate(span, start_char, end_char, "film", "listed-works", 0.7, film=films[0] if films else None)
            )
    return found
