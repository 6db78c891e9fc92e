"""Works a sentence's grammar names as made, starred in or released, whether or not the film table
knows them: the objects of a maker's verb ("Cameron had already made Aliens", "Yonebayashi, who
directed Arrietty", "Miyazaki would go bigger with Spirited Away and Princess Mononoke", "she went
on to Meek's Cutoff and First Cow"), of an actor's "starred in", and the subject of a release verb
("Rocketman, which came out the year after, ...", "Tenet was released in 2020").

The dependency parse decides: the verb's subject must be a person the page names (or "who", "he",
"she" after one), the object a capitalised run that is nobody's name, place or date. A regular
expression over the unit's text finds the verbs first, so a unit without one costs nothing more.
"""

from __future__ import annotations

import re

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc, Token

from extract.nlp.candidates import Candidate
from extract.nlp.context import PageContext, Unit, is_title_case
from extract.nlp.spans import SpanIndex
from extract.nlp.textnorm import fold
from extract.nlp.verdicts import guarded
from extract.nlp.work_matches import actors_part
from extract.nlp.work_names import NameWords
from extract.nlp.work_text import LIST_JOINS, NOT_TITLES, PRONOUN_I, modifies_noun, title_run

_MAKING = frozenset(  # past forms: a filmography is told in the past ("made", "went on to", "did")
    "made directed wrote written co-wrote shot helmed produced adapted remade did go went gone followed "
    "starred appeared".split()
)
_RELEASING = frozenset("came released premiered premieres debuted opened bombed flopped".split())
# guarded by the letters the verbs start with: most word starts fail at a glance instead of
# every one of the ~45 verbs being tried there (the scan cost more than the rest of the rule)
_TRIGGER = guarded(r"\b(?:" + "|".join(sorted(_MAKING | _RELEASING, key=len, reverse=True)) + r")\b", re.I)
_PREPOSITIONS = frozenset({"with", "to", "on", "in"})  # "go bigger with X", "went on to X", "starred in X"
_ACTING = frozenset({"starred", "stars", "appeared"})
_GOING = frozenset({"go", "goes", "went", "gone", "going", "followed"})  # take their works through a preposition
_PRONOUNS = frozenset({"he", "she", "they", "who"})
_OBJECTS = frozenset({"dobj", "pobj", "conj", "appos", "attr", "oprd"})
_WALK = frozenset({"dobj", "prep", "pobj", "conj", "acomp", "appos", "prt", "advmod", "attr", "npadvmod"})
_BLOCKING = frozenset(
    {"GPE", "LOC", "FAC", "NORP", "DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "CARDINAL", "ORDINAL", "EVENT"}
)
_DEPTH = 4  # dependency steps from the verb to a work
_NEAR = 60  # characters around a verb where its title may stand
_CAPITAL_NEAR = re.compile(r"\b[A-Z0-9]")


def grammar_works(unit: Unit, ctx: PageContext, people: SpanIndex, people_words: set[str]) -> list[Candidate]:
    """Capitalised runs that a maker's or release verb takes (see the module's doc)."""
    if unit.is_title or not _TRIGGER.search(unit.text):
        return []
    found: list[Candidate] = []
    seen: set[int] = set()
    for offset, doc in unit.docs:
        if not len(doc):
            continue
        piece = unit.text[offset : offset + doc[-1].idx + len(doc[-1].text_with_ws)]  # not doc.text: it is rebuilt
        for match in _TRIGGER.finditer(piece):
            releasing = match.group().casefold() in _RELEASING
            low = max(0, match.start() - _NEAR) if releasing else match.end()
            high = match.start() if releasing else match.end() + _NEAR
            if not _CAPITAL_NEAR.search(piece, low, high):
                continue  # no capitalised word where the verb's title would stand
            span = doc.char_span(match.start(), match.end())
            if span is None or len(span) != 1:
                continue
            verb = span[0]
            if verb.pos_ not in {"VERB", "AUX"}:
                continue
            for token in _works_of(doc, verb, unit, offset, people):
                start = offset + token.idx
                if start in seen:
                    continue
                seen.add(start)
                candidate = _run_at(unit, ctx, people, people_words, start)
                if candidate is not None:
                    found.append(candidate)
    return found


def _works_of(doc: Doc, verb: Token, unit: Unit, offset: int, people: SpanIndex) -> list[Token]:
    """The tokens a maker's verb takes as works, or the subject a release verb introduces."""
    word = verb.lower_
    if word in _RELEASING:
        if word == "came" and not any(c.dep_ == "prt" and c.lower_ == "out" for c in verb.children):
            return []
        if word == "opened" and not any(c.lower_ in {"in", "at"} for c in verb.children):
            return []  # "X opened in 1979", "opened at number one"; not "she opened the door"
        subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if subject is not None and subject.lower_ in {"which", "that"} and verb.dep_ == "relcl":
            subject = verb.head  # "Rocketman, which came out ..."
        return [subject] if subject is not None and _capitalised(subject) else []
    if not _maker_subject(doc, verb, unit, offset, people):
        return []
    found: list[Token] = []
    frontier = [(child, 1) for child in verb.children if child.dep_ in _WALK]
    while frontier:
        token, depth = frontier.pop()
        if token.dep_ == "prep" and token.lower_ not in _PREPOSITIONS:
            continue
        if token.dep_ in {"dobj", "attr"} and word in _GOING | _ACTING:
            continue  # "went home", "did his best": these verbs name their works after a preposition
        if token.dep_ in _OBJECTS and _capitalised(token):
            found.append(token)
        if depth < _DEPTH:
            frontier += [(child, depth + 1) for child in token.children if child.dep_ in _WALK]
    return found


def _capitalised(token: Token) -> bool:
    return token.text[:1].isupper() or token.text[:1].isdigit()


def _maker_subject(doc: Doc, verb: Token, unit: Unit, offset: int, people: SpanIndex) -> bool:
    """Whether the verb's subject is a person: a name the page's people rules found, or "who",
    "he", "she", "they" after one in the sentence (or its head's subject, for a conjoined verb)."""
    head = verb
    while head.dep_ in {"conj", "xcomp"} and head.head is not head:
        head = head.head
    subject = next((c for c in head.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return False
    if subject.lower_ in _PRONOUNS:
        sentence = subject.sent
        if subject.lower_ == "who" and head.dep_ == "relcl":
            return people.covering(offset + head.head.idx)
        return any(people.covering(offset + t.idx) for t in doc[sentence.start : subject.i] if t.text[:1].isupper())
    return people.covering(offset + subject.idx)


def _run_at(
    unit: Unit, ctx: PageContext, people: SpanIndex, people_words: set[str], start: int, sourced: bool = False
) -> Candidate | None:
    """The title-case run around the token at ``start``, if it may be a work (``sourced``: a frame
    says the run is a film's source, which outweighs the parser's guess of a place)."""
    tokens, text = unit.tokens, unit.text
    index = unit.token_at_start.get(start)
    if index is None:
        return None
    first = index
    while (
        first > 0
        and tokens[first - 1].text[:1].isupper()
        and "\n" not in text[tokens[first - 1].end : tokens[first].start]
    ):
        first -= 1
    end = title_run(tokens, first, text)
    joined = next((i for i in range(first + 1, end) if tokens[i].key in LIST_JOINS), end)
    if joined < end and not ctx.gazetteer.films_titled(text[tokens[first].start : tokens[end - 1].end]):
        end = joined  # "Spirited Away and Princess Mononoke": two works
    while end > first + 1 and tokens[end - 1].key in {"of", "the", "a", "an", "in", "on", "at", "to", "for", "from"}:
        end -= 1
    if end <= first:
        return None
    start_char, end_char = tokens[first].start, tokens[end - 1].end
    span = text[start_char:end_char]
    words = span.split()
    if not is_title_case(words) or PRONOUN_I.match(words[0]) or (len(span) > 1 and span.isupper()) or span.isdigit():
        return None
    if first > 0 and tokens[first - 1].key in {"the", "a", "an"} and tokens[first - 1].text.islower():
        return None  # "shoots the White House": a thing the sentence names, not a title
    key = fold(span)
    if key in NOT_TITLES or key in STOP_WORDS or key in people_words or ctx.is_commenter(span):
        return None
    lexicon = NameWords.of(ctx.gazetteer)
    if len(words) > 1:  # "Don: The Chase Begins Again", "The Suicide Squad", "Spirited Away": no names
        named = ":" not in span and fold(words[0]) not in {"the", "a", "an"} and not lexicon.nameless(span)
    else:  # "Arrietty": the tagger's guess
        named = lexicon.first[key] >= 2 or lexicon.last[key] >= 2
    if people.overlaps(start_char, end_char) and named and not ctx.gazetteer.films_titled(span):
        return None
    if any(
        s < end_char and start_char < e and label in (_WHENS if sourced else _BLOCKING)
        for s, e, label in unit.entities_near(start_char, end_char)
    ):
        return None  # "back to New York": a place, even one a film is named after
    films = ctx.gazetteer.films_titled(span)
    if not films:
        if ctx.gazetteer.person_named(span) is not None:
            return None
        if len(words) == 1 and (lexicon.first[key] >= 2 or lexicon.last[key] >= 2):
            return None  # "made Grace a star": a first name or a surname, alone
    return Candidate(span, start_char, end_char, "film", "maker-object", 0.62, film=films[0] if films else None)


_WHENS = frozenset({"DATE", "TIME"})
_OWNED = re.compile(r"(?<=\w)[’']s[ \t]+(?=[A-Z0-9])")
# a source the film is drawn from, then its maker's name: "adapted from Sheridan Le Fanu's Carmilla",
# "based on Ovid's Metamorphoses", "a version of Chekhov's Ivanov" (a part is played, not adapted)
_SOURCE = re.compile(
    r"\b(?:from|based[ \t]+on|adapt(?:s|ed|ing)|(?:adaptation|version|retelling|remake)[ \t]+of)"
    r"[ \t]+(?:[A-Z][\w.’'-]*[ \t]+){0,3}[A-Z][\w.’'-]*$"
)
_LONE_TITLE = re.compile(r"[\w’']*[-\d][\w’'-]*")  # "Blow-Up", "Se7en": a word no name is spelt like


def owned_works(unit: Unit, ctx: PageContext, people: SpanIndex, people_words: set[str]) -> list[Candidate]:
    """A title-case run after a person's possessive, the commonest way a review names another film
    by its maker: "Michelangelo Antonioni's Blow-Up", "James Gunn's The Suicide Squad", "Farhan
    Akhtar's Don: The Chase Begins Again". The owner must be a person the page's people rules found;
    one word must be the table's film or spelt like no name ("Blow-Up"); several words must not
    read as a name ("Kubrick's Jack Torrance" is a character)."""
    if unit.is_title or not _OWNED.search(unit.text):
        return []
    found: list[Candidate] = []
    lexicon = NameWords.of(ctx.gazetteer)
    for match in _OWNED.finditer(unit.text):
        owner_end = match.start()
        owner = unit.token_at_end.get(owner_end)
        if owner is None or not people.covering(unit.tokens[owner].start):
            continue
        sourced = _SOURCE.search(unit.text, 0, owner_end) is not None
        candidate = _run_at(unit, ctx, people, people_words, match.end(), sourced)
        if candidate is None or candidate.start != match.end() or modifies_noun(unit, candidate.end):
            continue
        words = candidate.text.split()
        if len(words) == 1:
            if candidate.film is None and not _LONE_TITLE.fullmatch(candidate.text) and not sourced:
                continue  # "Ferguson's Rose": one word the table does not know is as likely a part
            if candidate.film is not None and actors_part(ctx, unit.text, candidate.start, candidate.film):
                continue  # "Steve Carell's Brick", "Jared Leto's Joker": an actor's character
        elif not (
            candidate.film is not None
            or fold(words[0]) in {"the", "a", "an"}
            or ":" in candidate.text
            or any(w[:1].isdigit() for w in words)
            or lexicon.nameless(candidate.text)
        ):
            continue
        candidate.rule, candidate.confidence = "owner-run", 0.7
        found.append(candidate)
    return found


_SINGING = re.compile(
    r"\b(?:[Ss]ings|[Ss]ing|[Ss]ang|[Ss]inging|[Ss]ung|[Pp]erforms|[Pp]erformed|[Pp]erforming|[Bb]elts|[Bb]elting|"
    r"[Hh]ums|[Hh]umming|[Cc]overs|[Cc]overing)(?:[ \t]+out)?[ \t]+(?=[A-Z0-9“\"])"
)


# what each of _SINGING's verbs holds: without one, no scan
_SINGING_STEMS = tuple(
    f"{c}{rest}"
    for stem in ("sing", "sang", "sung", "perform", "belt", "hum", "cover")
    for c, rest in ((stem[0], stem[1:]), (stem[0].upper(), stem[1:]))
)


def sung_works(unit: Unit, ctx: PageContext, people: SpanIndex, people_words: set[str]) -> list[Candidate]:
    """A title-case run a singing verb takes is a song: "she sings Losing My Religion alone",
    "Bowie singing As the World Falls Down" (not a person: "sings Elvis", "covering Dolly Parton")."""
    if unit.is_title:
        return []
    found: list[Candidate] = []
    lexicon = NameWords.of(ctx.gazetteer)
    for match in _SINGING.finditer(unit.text) if any(stem in unit.text for stem in _SINGING_STEMS) else ():
        start = match.end() + (1 if unit.text[match.end()] in '“"' else 0)
        index = unit.token_at_start.get(start)
        if index is None or people.covering(start):
            continue
        end = title_run(unit.tokens, index, unit.text)
        while end > index + 1 and unit.tokens[end - 1].key in {"of", "the", "a", "an", "in", "on", "at", "to", "and"}:
            end -= 1
        if end <= index or modifies_noun(unit, unit.tokens[end - 1].end):
            continue  # "performing Abba songs": a name before its noun
        span = unit.text[start : unit.tokens[end - 1].end]
        words = span.split()
        key = fold(span)
        if key in NOT_TITLES or key in STOP_WORDS or key in people_words:
            continue
        if ctx.gazetteer.person_named(span) is not None:
            continue
        if len(words) == 1 and (lexicon.first[key] >= 2 or lexicon.last[key] >= 2 or span.isupper()):
            continue  # a name, or a band in capitals ("sings ABBA")
        if len(words) == 2 and not lexicon.nameless(span) and lexicon.first[fold(words[0])] >= 2:
            continue  # "covering Dolly Parton"
        found.append(Candidate(span, start, start + len(span), "song", "sung", 0.7))
    return found
