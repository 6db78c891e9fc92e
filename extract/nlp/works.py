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
from collections.abc import Callable

from extract.nlp.candidates import Candidate
from extract.nlp.characters import KIN_WORDS, PEOPLE_WORDS, STORY_PEOPLE
from extract.nlp.context import QUOTE_CLOSE, QUOTE_OPEN, PageContext, Unit, quoted, sentence_initial
from extract.nlp.gazetteer import FilmEntry, Gazetteer
from extract.nlp.memo import per_table
from extract.nlp.spans import SpanIndex
from extract.nlp.textnorm import fold, name_key
from extract.nlp.work_credited import capitals_works, directed_works, lowercase_works
from extract.nlp.work_extents import split_compounds, subtitled
from extract.nlp.work_extras import pingback_title_work, site_mentions, song_works
from extract.nlp.work_family import family_works
from extract.nlp.work_furniture import off_furniture, off_labels
from extract.nlp.work_listed import listed_works
from extract.nlp.work_lists import parenthesised_titles
from extract.nlp.work_makers import grammar_works, owned_works, sung_works
from extract.nlp.work_matches import abbreviated_works, gazetteer_works, predecessor_works
from extract.nlp.work_names import NameWords
from extract.nlp.work_next import next_up_works
from extract.nlp.work_parts import MARKED_RULES, a_part, a_player, players_of, reviewed_film
from extract.nlp.work_runs import (
    actor_in_runs,
    apposed_runs,
    caps_in_titles,
    cue_works,
    cued_runs,
    dated_runs,
    hint_works,
    joined_runs,
    listed_after_works,
    quoted_works,
)
from extract.nlp.work_slots import cue_slot_words, makers_best_subjects, with_more_subjects
from extract.nlp.work_text import KIND_CUES, NOT_TITLES, inside_entity, run_around
from extract.nlp.work_words import (
    PRONOUN_TITLES,
    series_run_works,
    subject_film_words,
    tagged_film_words,
    title_characters,
)


def find_works(
    unit: Unit, ctx: PageContext, people_spans: list[tuple[int, int]], people_words: set[str]
) -> list[Candidate]:
    """Every work candidate in a unit (overlaps are settled by the caller). A person span the
    film table's words call no name ("Spirited Away") does not keep the work rules off its run."""
    people_spans = _named_spans(unit, ctx, people_spans)
    people = SpanIndex(people_spans)
    found = [
        *pingback_title_work(unit),
        *song_works(unit),
        *([] if unit.is_title else site_mentions(unit)),
        *gazetteer_works(unit, ctx, people_words),
        *family_works(unit, ctx),
        *predecessor_works(unit, ctx, people_words),
        *abbreviated_works(unit, ctx),
        *dated_runs(unit, ctx, people),
        *actor_in_runs(unit, ctx, people_words),
        *quoted_works(unit, ctx),
        *cue_works(unit, people_spans),
        *apposed_runs(unit, ctx, people),
        *next_up_works(unit, ctx, people),
        *cued_runs(unit, ctx, people),
        *cue_slot_words(unit, ctx, people_words),
        *listed_after_works(unit, ctx, people_words),
        *parenthesised_titles(unit, ctx, people, people_words),
        *with_more_subjects(unit, ctx, people_words),
        *makers_best_subjects(unit, ctx, people_words),
        *joined_runs(unit, ctx, people_spans),
        *caps_in_titles(unit),
        *hint_works(unit, ctx),
        *grammar_works(unit, ctx, people, people_words),
        *owned_works(unit, ctx, people, people_words),
        *sung_works(unit, ctx, people, people_words),
        *lowercase_works(unit, ctx, people),
        *capitals_works(unit, ctx),
        *famous_words(unit, ctx, people_words),
        *tagged_film_words(unit, ctx, people_words),
        *subject_film_words(unit, ctx, people_words),
        *series_run_works(unit, ctx, people_words),
    ]
    found += listed_works(unit, ctx, people_spans, people_words, found)
    named = {name_key(c.text) for c in found}
    found += [c for c in directed_works(unit, ctx, people) if name_key(c.text) not in named]  # names no rule found
    found = off_labels(unit, off_furniture(unit, _past_known_titles(ctx, unit.text, found)), _known_title(unit, ctx))
    found = split_compounds(unit, ctx, found)
    found = [c for c in found if c.kind != "film" or not _dropped(unit, ctx, c)]
    found = _without_parts(unit, ctx, found)
    return _series_kinds(ctx, found + subtitled(unit, ctx, found, people))


# the words after a known title that begin a phrase about it, not more of its name: "The Wild Robot for
# the Oscar", "The Silence of the Lambs with a Satanic twist", "Apostle on Netflix" ("of", "in" and
# "and" are left out: "Shadows in Paradise" is a title of its own; "for" only before an article or
# another known title: "Waiting for Godot" is one title, "Perfect Blue for Requiem for a Dream" two)
_PHRASE_AFTER_TITLE = re.compile(r"[ \t]+(?:with|on|at|from|by|via|against|for[ \t]+(?:the|a|an))[ \t]", re.I)
_FOR_AFTER_TITLE = re.compile(r"[ \t]+for[ \t]+")


def _known_title(unit: Unit, ctx: PageContext) -> Callable[[Candidate], bool]:
    """Whether a candidate is a title the film table knows or the page marks (quotation marks,
    italics): such a title on a field label's line stays ("Mission: Impossible")."""

    def known(candidate: Candidate) -> bool:
        if candidate.film is not None or ctx.gazetteer.films_titled(candidate.text.strip()):
            return True
        return quoted(unit.text, candidate.start, candidate.end) or ctx.is_emphasised(candidate.text)

    return known


def _past_known_titles(ctx: PageContext, text: str, found: list[Candidate]) -> list[Candidate]:
    """The candidates less the runs of capitals that carry a title the film table knows on over a
    preposition and more words ("Frozen for the BTS generation"): the run would win over the title
    it holds, so the title would be lost. A run that is a table title itself, or that the page
    marks as a title (quotation marks, italics), stays."""
    heads = {(c.start, c.end) for c in found if c.film is not None}
    if not heads:
        return found
    starts = {start for start, _ in heads}
    phrase_ends: dict[int, list[int]] = {}  # where a known title starts -> where it ends before a phrase
    for start, end in heads:
        joined = _PHRASE_AFTER_TITLE.match(text, end) or _FOR_AFTER_TITLE.match(text, end)
        if joined is not None and (joined.re is _PHRASE_AFTER_TITLE or joined.end() in starts):
            phrase_ends.setdefault(start, []).append(end)
    if not phrase_ends:
        return found
    return [c for c in found if not _runs_past(ctx, c, phrase_ends.get(c.start, []))]


def _runs_past(ctx: PageContext, candidate: Candidate, title_ends: list[int]) -> bool:
    """Whether a candidate runs on past a known title it opens with (ending at one of
    ``title_ends``), into a phrase after it."""
    if candidate.film is not None or candidate.rule in MARKED_RULES:
        return False
    if not any(end < candidate.end for end in title_ends):
        return False
    return not ctx.gazetteer.films_titled(candidate.text.strip())


def _without_parts(unit: Unit, ctx: PageContext, found: list[Candidate]) -> list[Candidate]:
    """The candidates less the names an actor plays or the reviewed film's players are
    (``extract.nlp.work_parts``): "Doc Holliday (Val Kilmer)", "Alfred Molina's Doc Ock", "Cast:
    Ayushmann Khurrana, Tabu". A name shown to be a part is one all through the text ("I have seen
    Doc Holliday played many times"). A name is weighed only where the text holds a cast form's
    characters beside it somewhere (three substring tests) or the reviewed film's cast holds it."""
    reviewed = reviewed_film(ctx.gazetteer, ctx.reviewed_title, ctx.reviewed_year)
    players = players_of(ctx.gazetteer, reviewed)
    text = unit.text
    parts = set()
    tied: dict[str, bool] = {}  # per distinct name: a long text holds thousands of candidates, few names
    for candidate in found:
        if not _checked(candidate):
            continue
        name = candidate.text
        if name not in tied:
            tied[name] = _maybe_tied(text, name)
        weighed = tied[name] or (players and fold(name.strip()) in players)
        if weighed and _played(unit, ctx, candidate, reviewed):
            parts.add(name_key(name))
    if not parts:
        return found
    return [c for c in found if not _checked(c) or name_key(c.text) not in parts]


def _maybe_tied(text: str, name: str) -> bool:
    """Whether a cast form may stand beside ``name`` somewhere in ``text``: a bracket after it,
    or "'s" or "as" before it, or "'s" and one word ("Gadot's feisty Wonder Woman") (substring
    tests, a cheap gate: "is Paul" passes it too)."""
    if (name + " (") in text or ("s " + name) in text:
        return True
    return ("s " in text) and name in text and _after_possessive_word(text, name)


def _after_possessive_word(text: str, name: str) -> bool:
    r"""Whether ``name`` stands after "'s" and one word in small letters ("Gadot's feisty Wonder
    Woman"): a match of ``[’']s [a-z][\w-]* NAME``, found by looking back from each place of the
    name (no pattern compiled per name).

    >>> _after_possessive_word("Gadot’s feisty Wonder Woman", "Wonder Woman")
    True
    >>> _after_possessive_word("Gadot’s Feisty Wonder Woman and its big Wonder Woman", "Wonder Woman")
    False
    """
    at = text.find(name)
    while at >= 0:
        if at >= 2 and text[at - 1] == " ":
            start = at - 1  # the word before the name runs back from here over word characters and hyphens
            while start > 0 and (text[start - 1].isalnum() or text[start - 1] in "_-"):
                start -= 1
            if start < at - 1 and "a" <= text[start] <= "z" and text[start - 3 : start] in ("’s ", "'s "):
                return True
        at = text.find(name, at + 1)
    return False


def _checked(candidate: Candidate) -> bool:
    """Whether a candidate is a work the page does not mark as a title."""
    return candidate.kind in {"film", "work"} and candidate.rule not in MARKED_RULES


def _played(unit: Unit, ctx: PageContext, candidate: Candidate, reviewed: FilmEntry | None) -> bool:
    """Whether a candidate is a part by a cast form at one of its places, or a player's name."""
    text = candidate.text.strip()
    if ctx.reviewed_key is not None and name_key(text) == ctx.reviewed_key:
        return False
    for start in _occurrences(unit.text, candidate.text, candidate.start, ctx.gazetteer):
        if a_part(ctx.gazetteer, unit.text, (start, start + len(candidate.text)), candidate.rule, reviewed):
            return True
    return a_player(ctx.gazetteer, text, reviewed)


def _occurrences(text: str, name: str, start: int, gazetteer: Gazetteer) -> list[int]:
    """Where ``name`` stands in ``text``: at ``start``, then, for a name the film table knows
    as no film or a little-known one, its other places (a tie beside any of them shows the part:
    "Doc Holliday (Val Kilmer)" above "seen Doc Holliday played"; "Wyatt Earp (Kurt Russell)"
    leaves "I reviewed Wyatt Earp", the 1994 film, alone)."""
    found = [start]
    if any(gazetteer.films[n].reviews >= _KNOWN_FILM for n in gazetteer.films_titled(name)):
        return found
    at = text.find(name)
    while at >= 0 and len(found) < _MOST_PLACES:
        if at != start and not text[at + len(name) : at + len(name) + 1].isalnum():
            found.append(at)
        at = text.find(name, at + 1)
    return found


_MOST_PLACES = 8
_KNOWN_FILM = 50  # critics' reviews: a film this known keeps its other places in the text


def _series_kinds(ctx: PageContext, found: list[Candidate]) -> list[Candidate]:
    """A candidate the rules took for a film whose table entry is a television series (the
    series supplement: "Twin Peaks", "I Love Lucy") is a work of kind "tv"."""
    films = ctx.gazetteer.films
    for candidate in found:
        if candidate.film is not None and candidate.kind in {"film", "work"} and films[candidate.film].kind != "film":
            candidate.kind = "tv"
    return found


def _dropped(unit: Unit, ctx: PageContext, candidate: Candidate) -> bool:
    """Whether a film candidate is another thing's name (the checks below, each tried only for the
    rules and shapes it concerns: a few set lookups for most candidates)."""
    if candidate.rule == "quoted" and _quoted_name_part(unit, ctx, candidate):
        return True
    if candidate.rule == "joined-run" and _article_thing(unit, ctx, candidate):
        return True
    if candidate.film is None:
        return _clause_run(candidate) or (candidate.rule == "quoted" and _quoted_first_name(ctx, candidate))
    if candidate.rule not in _CHECKED_RULES:
        return False
    return (
        _bare_pronoun(unit, candidate)
        or _article_event(unit, ctx, candidate)
        or _appositive_name(unit, candidate)
        or _kin_name(unit, candidate)
    )


# One-word titles that are personal pronouns ("It", "Us", "Them!") or one letter ("M", "X", "R"):
# the word opens quoted speech
# (“It's the best ...”), follows a footnote mark, or shouts in capitals ("SKIP IT") far more often
# than it names the film, so it names one only where the page marks it as a title. "Her" is not
# among them: mid-sentence, a capitalised "Her" is the film far more often than the pronoun.
_PRONOUNS = PRONOUN_TITLES
_PRONOUN_RULES = frozenset({"gazetteer-word", "capitals", "quoted", "cued"})  # what finds the bare word


def _bare_pronoun(unit: Unit, candidate: Candidate) -> bool:
    """Whether a pronoun title stands unmarked: found as a capitalised word, in capitals or in
    quotation marks that are not its own (“It's the best ...”), not after a maker's possessive
    ("Peele's Us"), a year, in italics, in a list of titles ("Get Out and Us") or as the page's
    own title; closed in quotation marks of its own (“It”) it names the film."""
    word = fold(candidate.text.strip("!"))
    if candidate.kind != "film" or (word not in _PRONOUNS and not (len(word) == 1 and word.isalpha())):
        return False  # a pronoun, or one letter: "rated R", "M for murder" (Lang's "M", Ti West's "X")
    if candidate.rule not in _PRONOUN_RULES:
        return False
    text, end = unit.text, candidate.end
    closed = text[end : end + 1] in QUOTE_CLOSE and not text[end + 1 : end + 2].isalpha()
    return not (candidate.rule == "quoted" and closed)


_ARTICLES = frozenset({"the"})


def _article_event(unit: Unit, ctx: PageContext, candidate: Candidate) -> bool:
    """Whether a title without an article of its own stands after "the", unmarked, where the
    article makes it a name of something else: an event the parser reads as one ("fought in the
    Civil War", "the Cold War stuff"; the films are "Civil War" and "Cold War"), a place or a feast
    after a lower-case "the" and before no noun ("transported to the Land of the Dead", "a cartoon
    out of the Day of the Dead"; not a very famous film: "the Star Wars of my dad"), or one word at the
    head of a sentence ("The Coda recut helps": the film is "CODA"; "the Force" mid-sentence is
    settled where the table is matched)."""
    if candidate.kind != "film" or candidate.film is None or candidate.rule not in _UNMARKED_RULES:
        return False
    before = unit.text[max(0, candidate.start - 4) : candidate.start]
    if fold(before.strip()) not in _ARTICLES or not before.endswith(" "):
        return False
    title = ctx.gazetteer.films[candidate.film].title
    if fold(title.split()[0]) in _ARTICLES:
        return False
    if " " not in candidate.text.strip():
        return before.startswith("The")
    article = candidate.start - 4
    if any(
        label == "EVENT" and s <= article and e >= candidate.end
        for s, e, label in unit.entities_near(candidate.start, candidate.end)
    ):
        return True
    return _article_thing(unit, ctx, candidate)


def _article_thing(unit: Unit, ctx: PageContext, candidate: Candidate) -> bool:
    """Whether a name of several words stands after a lower-case "the" of the sentence and before
    no noun, and is no title that has its own article or a very famous one: a place, a feast or an
    office ("transported to the Land of the Dead", "appointed the Secretary of the Interior"); not
    the likeness form "the Silent Running of its generation"."""
    if " " not in candidate.text.strip() or unit.text[max(0, candidate.start - 4) : candidate.start] != "the ":
        return False
    films = [candidate.film] if candidate.film is not None else ctx.gazetteer.films_titled(candidate.text)
    if films and ctx.gazetteer.films[films[0]].reviews >= _ARTICLE_NAME_FAME:
        return False
    if films and fold(ctx.gazetteer.films[films[0]].title.split()[0]) in _ARTICLES:
        return False
    if _LIKENESS_OF.match(unit.text, candidate.end):  # "the Silent Running of its generation"
        return False
    return not _noun_after(unit, candidate.end)


# "the X of its kind / of the nineties / of Bollywood": the likeness form names the work X
# "the X for people who ..., for the TikTok generation": the same form with "for"
_LIKENESS_OF = re.compile(
    r"[ \t]+(?:of (?:its|his|her|their|this|that|our|my|your|the|a|an) [a-z]"
    r"|for (?:people|anyone|those|kids|grown-ups|adults|fans|the [\w-]+ (?:generation|crowd|set)))"
)


_ARTICLE_NAME_FAME = 250  # critics' reviews: "the Star Wars of my dad" still names the film


def _noun_after(unit: Unit, end: int) -> bool:
    """Whether a lower-case noun follows text[:end] (a name used as a modifier: "the Blade Runner
    sequel", "the Land of the Dead poster")."""
    noun = re.match(r"[ \t]+([a-z][a-z-]*)", unit.text[end : end + 30])
    return noun is not None and unit.pos_at(end + noun.start(1)) == "NOUN"


def _named_spans(unit: Unit, ctx: PageContext, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    lexicon = NameWords.of(ctx.gazetteer)
    text = unit.text
    return [
        (start, end)
        for start, end in spans
        if not lexicon.nameless(text[start:end]) or ctx.gazetteer.person_named(text[start:end]) is not None
    ]


_UNMARKED_RULES = frozenset({"gazetteer", "gazetteer-word", "longer-run", "cued"})
_CHECKED_RULES = _UNMARKED_RULES | _PRONOUN_RULES
# Nouns before a name that make it a work, not a character: "the film Shazam!", "the remake Suspiria".
_WORK_WORDS = frozenset(
    "film films movie movies picture sequel prequel remake reboot original classic version documentary "
    "cartoon feature title series franchise novel book story play musical".split()
)


def _appositive_name(unit: Unit, candidate: Candidate) -> bool:
    """Whether a one-word title stands after "the" and a common noun that names what it is, the
    form of a character's or a being's name: "the powers of the wizard Shazam", "the robot Bishop".
    "the film Shazam!" (a work's noun) and "the brilliant Parasite" (an adjective) stay works."""
    if candidate.kind != "film" or candidate.rule not in _UNMARKED_RULES or " " in candidate.text.strip():
        return False
    index = unit.token_index_at(candidate.start)
    if index < 2:
        return False
    noun, article = unit.tokens[index - 1], unit.tokens[index - 2]
    if article.key not in _ARTICLES or not noun.text.isalpha() or not noun.text.islower():
        return False
    if noun.key in _WORK_WORDS or noun.key in KIND_CUES:
        return False
    return unit.pos_at(noun.start) == "NOUN"


# whose person a people noun is: "his wife Nadine", "her girlfriend, Trixie", "their son Paul"
_OWNERS = frozenset({"his", "her", "their", "my", "our", "your", "its", "whose"})
_PEOPLE_NOUNS = STORY_PEOPLE | PEOPLE_WORDS | KIN_WORDS


def _kin_name(unit: Unit, candidate: Candidate) -> bool:
    """Whether a one-word title names a person of the story by a people noun after a possessive
    ("his wife Nadine", "his girlfriend, Trixie", "His daughters Eva, ..."; at most one adjective
    between: "his loyal wife Nadine"): the appositive form of a name (people nouns:
    ``characters.STORY_PEOPLE``, ``PEOPLE_WORDS``, ``KIN_WORDS``). "his film Heat" is no people noun."""
    if candidate.kind != "film" or candidate.rule not in _UNMARKED_RULES or " " in candidate.text.strip():
        return False
    index = unit.token_index_at(candidate.start)
    tokens = unit.tokens
    at = index - 1 - (index >= 1 and tokens[index - 1].text == ",")
    if at < 1 or tokens[at].key not in _PEOPLE_NOUNS or not tokens[at].text.isalpha():
        return False
    owner = tokens[at - 1]
    if owner.key not in _OWNERS and at >= 2 and unit.pos_at(owner.start) == "ADJ":
        owner = tokens[at - 2]  # "his loyal wife Nadine"
    return owner.key in _OWNERS


# A run of capitalised words that opens a clause, not a title: "As a Swede I have to defend the
# cold", "As an Icelander I appreciated the horses", "As a Japanese viewer I was relieved". The
# film table's titles (film set) are left alone ("As Good as It Gets").
_CLAUSE_RUN = re.compile(r"(?:As|When|While|If|Since|Because|Though|Although|Once|Being)\s+(?:a|an|the|my|our)\b")
_PRONOUN_END = re.compile(r"\s(?:I|I'm|I’m|I've|I’ve)$")


def _clause_run(candidate: Candidate) -> bool:
    """Whether a candidate the table does not know opens a clause ("As a Berliner I"), ends in
    the pronoun "I" (a speaker introducing themself) or in a comma and a year (a date or a
    credit: "USA, 1989"), not a title."""
    if candidate.kind != "film" or candidate.film is not None:
        return False
    text = candidate.text.strip()
    return bool(_CLAUSE_RUN.match(text) or _PRONOUN_END.search(text) or _DATE_OR_CREDIT.search(text))


# a date or a credit's country and year, not a title: "April 22, 1950" cut to "22, 1950", "(Spike Lee /
# USA, 1989)" cut to "USA, 1989": a comma and a year end the run the table does not know
_DATE_OR_CREDIT = re.compile(r",\s*(?:1[89]|20)\d\d$")


def _quoted_first_name(ctx: PageContext, candidate: Candidate) -> bool:
    """Whether a quoted word the table knows as no film is a first name of its people: a
    character's name or nickname set off in quotes ("as the younger "Sue"", "they call him
    "Adam""), not an unknown title."""
    text = candidate.text.strip()
    if candidate.kind != "film" or candidate.rule != "quoted" or candidate.film is not None or " " in text:
        return False
    return not ctx.gazetteer.films_titled(text) and ctx.gazetteer.is_first_name(text)


# A nickname inside a name: L.B. "Jeff" Jefferies, as "Uncle Joe" Grandi (not before an article:
# Spielberg's "Jaws" The ...).
_NAME_BEFORE_QUOTE = re.compile(r"(?:\b[A-Z][\w.’'-]*|\bas)\s+$")
_NAME_AFTER_QUOTE = re.compile(r"\s+(?!(?:The|A|An|I)\b)[A-Z][a-z’'-]+\b(?![’']s\b)")
# A word called out: shouting "Adam!" at the sky, the crowd chanting "Attica!".
_SPEECH_BEFORE_QUOTE = re.compile(
    r"\b(?:shout|yell|scream|cry|chant|call|whisper|bellow|howl)(?:s|ed|ing)?\s+$|\bcries\s+$|\bcried\s+$", re.I
)
# an article right before the opening quote, or one or two words before it (the nearest first)
_ARTICLE_BEFORE_QUOTE = tuple(
    re.compile(r"\b(?:the|a|an)(?P<words>(?:\s+[a-z]+,?){" + str(count) + r"})\s+$", re.I) for count in range(3)
)
_ARTICLE_FAME = 100  # critics' reviews: "the "Godfather"": a famous film's own article left outside the quotes


def _quoted_name_part(unit: Unit, ctx: PageContext, candidate: Candidate) -> bool:
    """Whether words in quotation marks are not a title but a nickname inside a person's name
    (Stephen "Sugar" Segerman), a word called out (shouting "Adam!"), or a term after an article
    and at most two adjectives: a role or a group (an "Expendable", the "Runts", a huge, fast
    "Alpha") or a phrase in lower case (the whole "what if" business). A title after an article is
    kept where a noun names it (the film "Heat"), where a noun follows it (the "Alien" sequel) or
    where the article is the famous film's own (the "Godfather")."""
    text, start, end = unit.text, candidate.start, candidate.end
    if start < 2 or text[start - 1] not in QUOTE_OPEN:
        return False
    close = end + len(text[end : end + 3]) - len(text[end : end + 3].lstrip("!?.,"))
    if close >= len(text) or text[close] not in QUOTE_CLOSE:
        return False
    before = text[max(0, start - 30) : start - 1]
    after = text[close + 1 : close + 30]
    if _NAME_BEFORE_QUOTE.search(before) and _NAME_AFTER_QUOTE.match(after):
        return True
    if _SPEECH_BEFORE_QUOTE.search(before):
        return True
    article = next((m for pattern in _ARTICLE_BEFORE_QUOTE if (m := pattern.search(before))), None)
    if article is None:
        return False
    offset = max(0, start - 30) + article.start("words")
    for word in re.finditer(r"[a-z]+", article["words"]):
        if unit.pos_at(offset + word.start()) != "ADJ":
            return False  # the film "Heat", a decade of "Billions", the shelf is "Ikiru": no article of its own
    words = candidate.text.split()
    if all(w.islower() for w in words):
        return True
    if len(words) > 1:
        return False
    films = ctx.gazetteer.films_titled("The " + candidate.text)
    if films and ctx.gazetteer.films[films[0]].reviews >= _ARTICLE_FAME:
        return False
    noun = re.match(r"\s+([a-z][a-z-]+)", after)
    return noun is None or unit.pos_at(close + 1 + noun.start(1)) != "NOUN"


_FAMOUS_WORD = 250  # critics' reviews: a one-word film this famous is named even where the parser sees a name
_NAME_LABELS = frozenset({"PERSON", "NORP"})


def famous_words(unit: Unit, ctx: PageContext, people_words: set[str]) -> list[Candidate]:
    """A very famous one-word film, capitalised mid-sentence, that the parser takes for a person
    or a people ("the Palme went to Parasite", "gave us Metropolis and Wings"), where the table
    knows the word as nobody's first name or surname and the page uses it for no one: the other
    rules leave a name alone, so they miss it."""
    if unit.is_title:
        return []
    text = unit.text
    eligible = _famous_word_films(ctx.gazetteer)
    found = []
    for match in ctx.gazetteer.match(text, unit.tokens):
        if match.film not in eligible:
            continue
        word = match.text
        if not word[:1].isupper() or word.isupper() or sentence_initial(text, match.start):
            continue
        if fold(word) in people_words or ctx.is_commenter(word):
            continue
        if not inside_entity(unit, match.start, match.end, _NAME_LABELS):
            continue  # the other rules see it
        if run_around(unit, match.start, match.end) != (match.start, match.end):
            continue  # one word of a longer name
        found.append(Candidate(word, match.start, match.end, "film", "famous-word", 0.6, film=match.film))
    return found


@per_table
def _famous_word_films(gazetteer: Gazetteer) -> frozenset[int]:
    """The table's one-word films (four letters or more) famous enough for ``famous_words`` whose
    word is no pronoun, no word of ``NOT_TITLES``, nobody's first name or surname and no title's
    character (computed once per gazetteer)."""
    characters = title_characters(gazetteer)
    found = set()
    for number, film in enumerate(gazetteer.films):
        word = film.title
        if film.reviews < _FAMOUS_WORD or " " in word or len(word) < 4:
            continue
        key = fold(word)
        if key in _PRONOUNS or key in NOT_TITLES or key in characters:
            continue
        if gazetteer.is_first_name(word) or gazetteer.is_surname(word):
            continue
        found.add(number)
    return frozenset(found)
