"""Characters the story shows: parts of other works ("Kurtz from Apocalypse Now"), names
after "plays him/her", conjoined with a part, surnames of a part, unknown names acting in the
plot ("Hans Gruber in Die Hard")."""

from __future__ import annotations

import re

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Span

from extract.nlp.character_described import (
    _appositive_names,
    _described_names,
    _plot_described,
    _trade_appositive,
)
from extract.nlp.character_first_names import _CAREER_NOUNS, _first_name_characters, _present_tense
from extract.nlp.character_titles import _CALLED_A_WORK, _KEY, _TITLE_KEYS, _titled_name
from extract.nlp.characters import (
    BARE_NOUN_BEFORE_NAME,
    NOUN_THEN_NAME,
    PERSON_NOUNS,
    TITLED_NAME,
)
from extract.nlp.context import Unit
from extract.nlp.gazetteer import Gazetteer
from extract.nlp.maker_surnames import first_name_rather_than_surname, well_known_surname
from extract.nlp.people_credits import stage_name
from extract.nlp.people_shapes import (
    _CRITIC_NAMES,
    _PERSON_OR_WORK_NOUNS,
    _POSSESSIVE_WORK,
    _STOP_OR_NOT_NAME,
    _clean,
    _persons,
    _two_names,
)
from extract.nlp.textnorm import fold

# "Karna the witch", "Bee the babysitter": a lone name, "the" and a noun of the story
_OWN_TIE = re.compile(r"\b(?:[Mm]y|[Oo]ur|[Yy]our)\s+$")
# (found from " the ", a literal the scan skips to; the name read backwards from there)
_THE_NOUN = re.compile(r" the (?P<noun>[a-z][\w-]{2,})(?![\w’'-])")
NAME_BEFORE = re.compile(r"(?<![\w’'.-])(?P<name>[A-Z][a-z][\w’'-]+)$")
_CAPITAL_BEFORE = re.compile(r"[A-Z][\w’'.-]* $")

# "Kurtz from Apocalypse Now", "to play Uncle Fester on The Addams Family": a name, then "from" (or,
# after a verb of playing, "on") and a work of the film table
# (the scan looks for the link words in C, then reads the name before and the title after)
_WORK_LINK = re.compile(r" (?P<link>from|on) (?=[A-Z0-9])")
_NAME_BEFORE_LINK = re.compile(r"(?<![\w’'.-])(?P<name>[A-Z][\w’'-]+(?: [A-Z][\w’'-]+){0,2})$")
_TITLE_AFTER_LINK = re.compile(r"(?P<title>(?:[A-Z0-9][\w’'.:-]*,? ?(?:(?:of|the|a|an|and|for|to|in|on) )?){1,7})")
_PLAYING_BEFORE = re.compile(r"\bplay(?:s|ed|ing)?\b[^.!?\n]{0,12}$")


def other_works_parts(unit: Unit, actors: set[str], gazetteer: Gazetteer) -> list[str]:
    """Parts of another work named with it: a person the parser found, then "from" (or "on" after
    a verb of playing) and a film of the table whose credits hold no one of that name ("is basically
    Kurtz from Apocalypse Now", "grew up to play Uncle Fester on The Addams Family"; not "that
    Schwarzenegger from Commando", whom its credits hold, nor a person the table knows)."""
    found: list[str] = []
    text = unit.text
    if unit.is_title or (" from " not in text and " on " not in text):
        return found
    for link in _WORK_LINK.finditer(text):
        match = _NAME_BEFORE_LINK.search(text, max(0, link.start() - 60), link.start())
        if match is None:
            continue
        name = _clean(match.group("name"))
        words = name.split()
        if not words or fold(words[0]) in _STOP_OR_NOT_NAME or fold(name) in actors:
            continue
        if link.group("link") == "on" and not _PLAYING_BEFORE.search(text, max(0, match.start() - 40), match.start()):
            continue
        if gazetteer.person_named(name) is not None or stage_name(gazetteer, name) or name in _CRITIC_NAMES:
            continue
        title = _TITLE_AFTER_LINK.match(text, link.end())
        films = _films_at(title.group("title"), gazetteer) if title else []
        if not films or not any(
            label == "PERSON" for _, _, label in unit.entities_near(match.start("name"), match.end("name"))
        ):
            continue
        last = fold(words[-1])
        entries = [gazetteer.films[film] for film in films]
        credited = {
            fold(word)
            for entry in entries
            for person in (*entry.cast, *entry.directors, *entry.writers)
            for word in gazetteer.people[person].split()
        }
        if last not in credited:
            found.append(name)
    return found


def _films_at(title: str, gazetteer: Gazetteer) -> list[int]:
    """The table's films titled by the longest run of the words that open ``title``."""
    words = title.split()
    for size in range(len(words), 0, -1):
        films = gazetteer.films_titled(" ".join(words[:size]).rstrip(",.:"))
        if films:
            return films
    return []


# texts that may hold "C (the singer A)", "C (played by A)", "C (liv ullmann)" or "N in <Title>"
_PAREN_LEAD_GATE = re.compile(r"\((?:played |voiced |portrayed |the |an? |[a-z]+ [a-z]+\))")
_NAME_IN_TITLE_GATE = re.compile(r"[A-Z][\w’'-]+ in [A-Z0-9]")
_PLAYS_PRONOUN = re.compile(r"\b(?:plays|played|playing|portrays|portrayed) (?:him|her)\b")


def _played_pronoun_names(unit: Unit, actors: set[str], gazetteer: Gazetteer) -> list[str]:
    """ "Lou Bloom is a hustler. Jake Gyllenhaal plays him as ...": when an actor of the page
    plays "him"/"her", the first name the sentence before gives a person, no actor's nor the film
    table's, is the part."""
    found: list[str] = []
    if _PLAYS_PRONOUN.search(unit.text) is None:
        return found  # one scan of the text in C instead of a walk over every token
    for _, doc in unit.docs:
        sentences = list(doc.sents)
        for number, sentence in enumerate(sentences[1:], 1):
            for token in sentence:
                if token.lower_ not in {"plays", "played", "playing", "portrays", "portrayed"}:
                    continue
                objects = [c for c in token.children if c.dep_ == "dobj" and c.lower_ in {"him", "her"}]
                subjects = [c for c in token.children if c.dep_ == "nsubj"]
                if not objects or not subjects:
                    continue
                subject = subjects[0]
                actor = " ".join(t.text for t in subject.subtree if t.pos_ == "PROPN")
                if fold(actor) not in actors:
                    continue
                for ent in sentences[number - 1].ents:
                    name = _clean(ent.text)
                    if ent.label_ != "PERSON" or fold(name) in actors or gazetteer.person_named(name) is not None:
                        continue
                    found.append(name)
                    break
    return found


_OF_NAME = re.compile(r"(?<![\w’'-])of ([A-Z][a-z][\w’'-]*)(?![\w’'-]| [A-Z0-9]|[’']s\b)")


def _conjoined_names(unit: Unit, names: set[str], actors: set[str], gazetteer: Gazetteer) -> list[str]:
    """A name joined by "and"/"or" to a character's, that is no page person's nor the film table's,
    is a character too: "the trapeze artists Anne and W.D. Wheeler" (the parse's conjuncts)."""
    if not names:
        return []
    people_words = {word for actor in actors for word in actor.split()}
    found = []
    for _, doc in unit.docs:
        for ent in _persons(unit, doc):
            if _two_names(ent.text):
                continue
            root = ent.root
            partners = [root.head] if root.dep_ == "conj" else []
            partners += [child for child in root.children if child.dep_ == "conj"]
            if not any(fold(p.text) in names and p.pos_ == "PROPN" for p in partners):
                continue
            name = _clean(ent.text)
            key = fold(name)
            if key in names or key in actors or any(w in people_words for w in key.split()):
                continue
            if gazetteer.person_named(name) is None and not gazetteer.films_titled(name):
                found.append(name)
    return found


def _surname_characters(unit: Unit, names: set[str], actors: set[str], gazetteer: Gazetteer) -> list[str]:
    """Full names whose surname is a one-word character of the page ("Andrews is stiff as Mallory"
    ... "Frank Mallory is an insurance man"), when neither the film table nor the page's credits
    know the full name and the surname is no actor's. A first name is not enough: a critic may share
    a character's first name ("Eddie" and "Eddie Muller")."""
    single = {n for n in names if " " not in n}
    if not single:
        return []
    actor_words = {word for actor in actors for word in actor.split()}
    found = []
    for start, end, label in unit.entities_near(0, len(unit.text)):  # the unit's entities, kept as offsets
        if label != "PERSON" or "," in unit.text[start:end]:
            continue
        name = _clean(unit.text[start:end])
        words = fold(name).split()
        if len(words) != 2 or words[-1] not in single or words[-1] in actor_words or " ".join(words) in names:
            continue
        if not all(w[:1].isupper() for w in name.split()) or " ".join(words) in actors:
            continue
        if gazetteer.person_named(name) is not None or gazetteer.films_titled(name):
            continue
        span = _span_at(unit, start, end)
        if span is not None and _trade_appositive(span.root):
            continue  # "Antonio Salieri, the former court composer of Vienna": a real man the film portrays
        found.append(name)
    return found


def _span_at(unit: Unit, start: int, end: int) -> Span | None:
    """The parse's span over ``unit.text[start:end]``."""
    for offset, doc in unit.docs:
        if len(doc) and offset <= start < offset + doc[-1].idx + len(doc[-1].text_with_ws):
            return doc.char_span(start - offset, end - offset, alignment_mode="expand")
    return None


_BYLINE = re.compile(r"(?:\bby|\bwith|\bfrom|@|:)\s*$|^\s*(?:posted|written|reviewed)\b", re.I)


def _plain_unknowns(unit: Unit, actors: set[str], gazetteer: Gazetteer) -> list[tuple[Span, str, int]]:
    """PERSON entities of two or three words the film table does not know and the text gives no
    real person's mark: no byline or credit label before, no trade noun, no maker's possessive.
    Each with where it ends in the unit's text."""
    found = []
    for offset, doc in unit.docs:
        for ent in _persons(unit, doc):
            if _two_names(ent.text):
                continue
            name = _clean(ent.text)
            words = name.split()
            if "’s " in name or "'s " in name:
                continue  # "Arcade Fire’s Supersymmetry": a maker and a title in one entity
            if not 2 <= len(words) <= 3 or not all(w[:1].isupper() for w in words) or name.isupper():
                continue
            if fold(name) in actors or gazetteer.person_named(name) is not None or gazetteer.films_titled(name):
                continue
            start = offset + ent.start_char
            before = unit.text[max(0, start - 40) : start]
            line_start = unit.text.rfind("\n", 0, start) + 1
            if _BYLINE.search(before) or _BYLINE.search(unit.text[line_start:start]):
                continue  # "Posted by Hal Brenner", "with Jihad Hojeily", "Director: ..."
            previous = re.findall(r"[\w-]+", before.lower())[-3:]
            if set(previous) & PERSON_NOUNS:
                continue  # "the critic Dana Prewitt"
            after = unit.text[offset + ent.end_char : offset + ent.end_char + 40]
            if _POSSESSIVE_WORK.match(after):
                continue  # "Dana Prewitt's new film"
            if re.match(r"[’']s\s+[“\"‘']?[A-Z]", after):
                continue  # "Arcade Fire's Supersymmetry": a maker's possessive over a title
            found.append((ent, name, offset + ent.end_char))
    return found


# verbs of the trade and of a critic's verdict: "Robert Elswit shoots the freeways", "X is incredible"
_TRADE_VERBS = frozenset(
    """be shoot direct write score produce edit compose star co-star play act cast voice narrate light frame
    photograph design adapt film make create helm steal give deliver bring turn shine nail sell carry own
    anchor ground elevate lift portray inhabit get""".split()
)
# their present-tense forms (the pipeline has no lemmatizer): "shoots", "shooting", "is", "gets"
_TRADE_VERB_FORMS = frozenset(
    {"is", "are", "am", "’s", "'s", "being"}
    | {form for verb in _TRADE_VERBS for form in (verb, verb + "s", verb + "es", verb + "ing", verb[:-1] + "ing")}
)


def _acts_in_the_plot(ent: Span) -> bool:
    """Whether a name does something in the story: the subject or object of a verb in the present
    tense that is no verb of the trade or of a verdict ("Kendall Roy does whatever Logan tells
    him", "Greg hands Tom Wambsgans the documents"; not "Paul Mescal is really good")."""
    root = ent.root
    verb = root.head
    while root.dep_ == "conj" and verb.pos_ in {"PROPN", "NOUN"}:
        root, verb = verb, verb.head  # "Annie and Lynda Vance laugh it off"
    if root.dep_ not in {"nsubj", "nsubjpass", "dobj", "dative"} or verb.pos_ != "VERB":
        return False
    return verb.lower_ not in _TRADE_VERB_FORMS and _present_tense(verb)


def _ends_with_a_film(text: str, title: re.Match[str], gazetteer: Gazetteer) -> bool:
    """Whether the capitalised words after "N in" start with a film of the table that ends the
    clause: "Hans Gruber in Die Hard." (a list of parts), not "Anya Taylor-Joy in Emma is
    luminous" (an actor praised in a remake the table does not hold)."""
    words = title.group("title").split()
    for size in range(len(words), 0, -1):
        film = " ".join(words[:size]).rstrip(",.:")
        if gazetteer.films_titled(film):
            after = title.start("title") + len(film)
            return _CLAUSE_END.match(text, after) is not None
    return False


_CLAUSE_END = re.compile(r"\s*(?:[.!?;:,)\n]|$)")  # "Hans Gruber in Die Hard.", "Like Ellen Ripley in Alien, she"
_REGNAL = re.compile(r"[IVX]+")
_IN_TITLE = re.compile(r" in (?P<title>(?:[A-Z0-9][\w’'.:-]*,? ?(?:(?:of|the|a|an|and|for|to|in|on) )?){1,7})")


def _unknowns_in_the_story(
    text: str, plain: list[tuple[Span, str, int]], names: set[str], gazetteer: Gazetteer
) -> list[str]:
    """Full names the film table does not know, with no real person's mark, written where the
    story is: in a sentence that also names a character of the page ("Kendall Roy is back at work
    and doing whatever Logan tells him"), or as "N in <a film of the table>" ("Hans Gruber in Die
    Hard": the table holds that film's cast, and N is not in it)."""
    found = []
    for ent, name, end in plain:
        if _REGNAL.fullmatch(name.split()[-1]) or _trade_appositive(ent.root):
            continue  # "Joseph II", "Antonio Salieri, the court composer": real people a film portrays
        own = {fold(w) for w in name.split()}
        beside = _acts_in_the_plot(ent) and any(
            t.pos_ == "PROPN" and t.text[:1].isupper() and (key := fold(t.text)) in names and key not in own
            for t in ent.sent
            if not ent.start <= t.i < ent.end
        )
        title = _IN_TITLE.match(text, end)
        in_film = title is not None and _ends_with_a_film(text, title, gazetteer)
        if beside or in_film:
            found.append(name)
    return found


def _story_names(unit: Unit, actors: set[str], gazetteer: Gazetteer) -> list[str]:
    """Names the text places inside the story, from how critics write people and characters:

    - a title of address or a rank ("Dr. Rose Cotter", "Major Marquis Warren");
    - an appositive plot noun ("Fredrick Sykes, the one-armed man") or a bare one before the
      name ("botanist Pamela Isley");
    - a full name whose first name the text then uses alone ("Addie Loggins" ... "Addie gets it
      back"): critics call real people by their surname and characters by their first name;
    - a lone first name that narrates ("James is still looking for his sister").

    None of them is a name of the page's people (credits, cast, the film table's people)."""
    people_words = {word for actor in actors for word in actor.split()}

    def unknown(name: str) -> bool:
        key = fold(name)
        words = key.split()
        return (
            key not in actors
            and not (len(words) == 1 and words[0] in people_words)
            and words[0] not in _STOP_OR_NOT_NAME
            and gazetteer.person_named(name) is None
        )

    found: list[str] = []
    titled_names = TITLED_NAME.finditer(unit.text) if not _TITLE_KEYS.isdisjoint(map(_KEY, unit.tokens)) else ()
    for match in titled_names:
        name = _clean(match.group("name"))
        titled = match.group().strip()
        if _CALLED_A_WORK.match(unit.text, match.end()):
            continue  # "Doctor Sleep is a much warmer follow-up": a title of a work
        if unknown(name) and gazetteer.person_named(titled) is None and _titled_name(name, titled, gazetteer):
            found.append(name)
    for name in _appositive_names(unit) + _described_names(unit):
        if unknown(name) and not gazetteer.films_titled(name):
            found.append(name)
    for match in NOUN_THEN_NAME.finditer(unit.text) if ", " in unit.text else ():
        name, noun = match.group("name"), match.group("noun")
        if noun not in _PERSON_OR_WORK_NOUNS and unit.pos_at(match.start("noun")) == "NOUN" and unknown(name):
            found.append(name)
    for match in BARE_NOUN_BEFORE_NAME.finditer(unit.text):
        name, noun = _clean(match.group("name")), match.group("noun")
        if noun in _PERSON_OR_WORK_NOUNS or fold(noun) in STOP_WORDS or not unknown(name):
            continue
        if _OWN_TIE.search(unit.text, max(0, match.start() - 12), match.start()):
            continue  # "my friend Tomasz Wilk swears by it": the writer's own people are real
        if unit.pos_at(match.start("noun")) == "NOUN" and unit.pos_at(match.start("name")) == "PROPN":
            found.append(name)
    for the in _THE_NOUN.finditer(unit.text):
        named = NAME_BEFORE.search(unit.text, max(0, the.start() - 40), the.start())
        if named is None:
            continue
        name, noun = named.group("name"), the.group("noun")
        if noun in _PERSON_OR_WORK_NOUNS or noun in _CAREER_NOUNS or noun in STOP_WORDS or not unknown(name):
            continue
        before = _CAPITAL_BEFORE.search(unit.text, max(0, named.start() - 40), named.start())
        if before is not None and not any(
            s == named.start() and label == "PERSON" for s, _, label in unit.entities_near(named.start(), named.end())
        ):
            continue  # "Bob Dylan the singer": the end of a longer name ("Old Karna the witch" is not)
        if well_known_surname(gazetteer, name) and not gazetteer.is_first_name(name):
            continue  # "Spielberg the showman": a maker's surname
        if unit.pos_at(the.start("noun")) == "NOUN" and unit.pos_at(named.start("name")) == "PROPN":
            found.append(name)  # "Old Karna the witch", "Bee the babysitter"
    if unit.id == "body":  # a plot summary is the review's, not a comment's
        found += [
            name
            for name in _first_name_characters(unit, people_words, unknown)
            # "watch Batman Returns again": a full name the film table holds as a title is that film
            if (len(name.split()) > 1 and not gazetteer.films_titled(name))
            or (
                len(name.split()) == 1
                and (
                    first_name_rather_than_surname(gazetteer, name)
                    or not gazetteer.is_surname(name)
                    or _plot_described(name, unit)
                )
            )
        ]
    return found
