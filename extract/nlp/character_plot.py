"""Characters a plot summary names: first names of the plot, names a sentence describes
("Maria, a nurse"), names with a title ("Uncle Fester"), and the namesakes of table people
whose name alone is no proof of them."""

from __future__ import annotations

import re
from collections.abc import Callable
from operator import itemgetter

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Token

from extract.nlp.characters import (
    _TITLES,
    ACTOR_POSSESSIVE,
    AS_ROLE,
    NOUN_BEFORE_NAME,
    OWNER_BEFORE,
    PERSON_NOUNS,
    POSSESSIVE_PART,
    RELATION_NOUNS,
    STORY_PEOPLE,
    TRADE_NOUNS,
    WORK_NOUNS,
    full_name,
)
from extract.nlp.context import Unit
from extract.nlp.gazetteer import Gazetteer
from extract.nlp.maker_surnames import well_known_surname
from extract.nlp.people_shapes import _PERSON_OR_WORK_NOUNS, _STOP_OR_NOT_NAME, _clean, _persons, _two_names
from extract.nlp.realness import about_a_life
from extract.nlp.textnorm import fold, word_key

# things of a life a story gives its people ("Elisabeth Sparkle's empty apartment"), not a craft's
# output ("Robby Müller's colours", "Richard Einhorn's oratorio")
_LIFE_THINGS = frozenset(
    """apartment flat house home room bedroom office car truck wife husband son daughter mother father mom
    dad sister brother family girlfriend boyfriend fiancé fiancée boss friend friends neighbour neighbor
    marriage wedding funeral death life job dog cat baby kids children parents body secret past plan
    affair murder disappearance""".split()
)


def _trade_appositive(root: Token) -> bool:
    """Whether a name has an appositive noun of a trade or of the public eye ("N, the composer")."""
    return any(c.dep_ == "appos" and c.lower_ in _PERSON_OR_WORK_NOUNS for c in root.children)


# the token keys of TITLED_NAME's titles ("dr", "monsieur"; a title of two words by its last one,
# also a title alone: "Special Agent", "U.S. Marshal"): a match's title is a token of the text
_TITLE_KEYS = frozenset(word_key(title.replace("\\", "").split()[-1]) for title in _TITLES.split("|"))
_KEY = itemgetter(3)  # a Token's key

# "Karna the witch", "Bee the babysitter": a lone name, "the" and a noun of the story
_OWN_TIE = re.compile(r"\b(?:[Mm]y|[Oo]ur|[Yy]our)\s+$")
# (found from " the ", a literal the scan skips to; the name read backwards from there)
_THE_NOUN = re.compile(r" the (?P<noun>[a-z][\w-]{2,})(?![\w’'-])")
NAME_BEFORE = re.compile(r"(?<![\w’'.-])(?P<name>[A-Z][a-z][\w’'-]+)$")
_CAPITAL_BEFORE = re.compile(r"[A-Z][\w’'.-]* $")

_CALLED_A_WORK = re.compile(
    r"\s+(?:is|was|remains)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:follow-up|" + "|".join(sorted(WORK_NOUNS)) + r")\b"
)


def _titled_name(name: str, titled: str, gazetteer: Gazetteer) -> bool:
    """A title before a name, not a film's title ("Doctor Sleep"): one word after the title must
    be someone's first name or surname in the film table ("Dr. Mann", not "Doctor Sleep"), unless
    the title is a civil form of address ("Monsieur Hulot", "Mrs. Pumphrey"), which no film noun
    or rank shares."""
    if gazetteer.films_titled(titled.strip()):
        return False
    if _CIVIL.match(titled):
        return True
    return len(name.split()) > 1 or gazetteer.is_first_name(name) or gazetteer.is_surname(name)


_CIVIL = re.compile(
    r"(?:Mr|Mrs|Ms|Mme|Madame|Monsieur|Mademoiselle|Mlle|Señor|Señora|Herr|Frau|Signor|Signora|Papa|Mama)\.? "
)


# people as a story describes them ("N is a very intelligent woman", "N was a drifter"), not as a
# review praises an actor ("N is a revelation", "N is a joy")


def _described_names(unit: Unit) -> list[str]:
    """Full names the text says are someone of a story: the subject of "is"/"was" with a noun of
    STORY_PEOPLE ("Joan Castleman is a very intelligent woman who ...")."""
    if " is a" not in unit.text and " was a" not in unit.text:
        return []
    found = []
    for _, doc in unit.docs:
        for ent in _persons(unit, doc):
            root = ent.root
            if len(ent) < 2 or root.dep_ != "nsubj" or root.head.lower_ not in {"is", "was"} or _two_names(ent.text):
                continue
            if any(c.dep_ == "attr" and c.lower_ in STORY_PEOPLE for c in root.head.children):
                found.append(_clean(ent.text))
    return found


def _appositive_names(unit: Unit) -> list[str]:
    """PERSON names followed by an appositive common noun that is no trade's ("Fredrick Sykes,
    the one-armed man"; "Jeff Markham, a New York private eye"; not "Greta Gerwig, the director")."""
    found = []
    for _, doc in unit.docs:
        for ent in _persons(unit, doc):
            # the parse's test first, the entity's text (built anew at each ``ent.text``) only for a hit
            root = ent.root
            head = root.head
            if (
                root.dep_ == "appos"
                and head.pos_ == "NOUN"
                and head.i < ent.start
                and fold(head.text) not in _PERSON_OR_WORK_NOUNS
                and any(c.dep_ == "det" for c in head.children)
            ):
                if not _two_names(ent.text):
                    found.append(_clean(ent.text))  # "a salesman, Lars Thorwald, whose wife ..."
                continue
            for child in root.children:
                if (
                    child.dep_ == "appos"
                    and child.pos_ == "NOUN"
                    and child.i > ent.end
                    and doc[ent.end].text == ","
                    and fold(child.text) not in _PERSON_OR_WORK_NOUNS
                    and any(c.dep_ in {"det", "poss"} for c in child.children)
                ):
                    if _two_names(ent.text):
                        break
                    found.append(_clean(ent.text))
    return found


def _first_name_characters(unit: Unit, people_words: set[str], unknown: Callable[[str], bool]) -> list[str]:
    """Full names whose first name the text uses alone more often than their surname, and lone
    first names that are the subject of a present-tense verb, when neither is a page person's."""
    full: dict[str, list[str]] = {}  # folded first name -> full names
    alone: dict[str, int] = {}  # folded single name -> uses as a one-word PERSON (or PROPN subject)
    narrating: set[str] = set()
    subjects: set[str] = set()  # folded lone names that are the subject of a present-tense verb
    appositive_trades: set[str] = set()  # "Antonio Salieri, the former court composer"
    owners: set[str] = set()  # full names owning a thing of the plot
    past: dict[str, set[int]] = {}  # lone names -> the past-tense plot verbs they are the subject of
    for _, doc in unit.docs:
        for ent in _persons(unit, doc):
            if _two_names(ent.text):
                continue
            words = _clean(ent.text).split()
            if len(words) == 2 and all(w[:1].isupper() for w in words):
                full.setdefault(fold(words[0]), []).append(" ".join(words))
                if _trade_appositive(ent.root):
                    appositive_trades.add(" ".join(words))
                elif ent.root.dep_ == "poss" and ent.root.head.lower_ in _LIFE_THINGS:
                    owners.add(" ".join(words))  # "Elisabeth Sparkle's empty apartment"
        # the proper nouns only, found in the parse's arrays: a Python token object per PROPN, not per word
        propn = doc.vocab.strings["PROPN"]
        propns = {i: doc[i] for i, tag in enumerate(doc.to_array("POS").tolist()) if tag == propn}
        capital = {i for i, token in propns.items() if token.text[:1].isupper()}
        for i in sorted(capital):
            token = propns[i]
            if i - 1 in capital or i + 1 in capital or token.text.isupper():
                continue  # part of a longer name
            key = fold(token.text)
            alone[key] = alone.get(key, 0) + 1
            if token.dep_ == "nsubj" and _present_tense(token.head):
                narrating.add(token.text)
                subjects.add(key)
            elif token.dep_ == "nsubj" and token.head.tag_ == "VBD" and token.head.lower_ not in _REVIEW_PAST:
                past.setdefault(token.text, set()).add(token.head.i)  # "Walter found a body in his garden"
            elif token.dep_ == "poss" and _plot_thing(token.head):
                narrating.add(token.text)  # "in Thailand for Stu's wedding": a lone name owning a thing of the plot
            elif token.dep_ == "dobj" and _present_tense(token.head) and _story_subject(token.head):
                narrating.add(token.text)  # "episodes that follow Marianne": the object of the story's verb
    found = []
    for first, names in full.items():
        for name in names:
            last = fold(name.split()[-1])
            by_surname = (  # "Dunson swears to kill him"
                last in subjects and last not in people_words and name not in appositive_trades
            )
            if (alone.get(first, 0) > alone.get(last, 0) or by_surname or name in owners) and unknown(name):
                found.append(name)
    # a story told in the past: two lone names doing things of the plot, or one doing two
    if len(past) >= 2 or any(len(verbs) >= 2 for verbs in past.values()):
        narrating |= set(past)
    for name in sorted(narrating):
        if unknown(name) and fold(name) not in people_words and _is_first_name_like(name, unit):
            found.append(name)
    return found


# past-tense verbs of the trade, of a verdict and of a conversation: a review's or a thread's, not a plot's
_REVIEW_PAST = frozenset(
    """was were had did said says wrote directed made shot played starred co-starred gave delivered loved liked
    hated enjoyed disliked thought felt watched saw recommended called told asked commented mentioned replied
    answered agreed disagreed noted argued claimed reviewed rated cast produced scored edited won earned got
    deserved nailed brought turned stole carried filmed adapted composed designed created wanted tried
    meant seemed looked sounded nominated posted shared linked suggested reminded""".split()
)


def _role_noun(unit: Unit, match: re.Match[str]) -> bool:
    """Whether the lower-case words between "Actor is" and a name end in a plot noun: "is their
    editor Rebecca Corbett": an actor who is someone plays them, whatever their trade; not "is
    great and Zoe Kazan" (no noun). With no such words, "Actor is (the) Name" as before."""
    words = match.group("words").split()
    if not words:
        return match.group("det") in {None, "the", "a"}
    last = words[-1]
    start = match.start("words") + match.group("words").rstrip().rfind(" ") + 1
    return unit.pos_at(start) == "NOUN" and last not in WORK_NOUNS and last not in STOP_WORDS


def _plot_described(name: str, unit: Unit) -> bool:
    """Whether the text says what a lone name is with a noun of the story, not of a trade:
    "Hogarth is a boy in a small Maine town" (a surname in the film table all the same), not
    "Hitchcock is a director"."""
    for _, doc in unit.docs:
        for token in doc:
            if token.text != name or token.dep_ != "nsubj" or token.head.lower_ not in {"is", "was"}:
                continue
            for child in token.head.children:
                if child.dep_ == "attr" and child.pos_ == "NOUN" and child.lower_ not in _PERSON_OR_WORK_NOUNS:
                    return True
    return False


def _story_subject(verb: Token) -> bool:
    """Whether a verb's subject is no reviewer's voice ("I", "you", "we"): "the episodes follow
    Marianne" narrates, "I love Marianne" may be about anyone."""
    return not any(c.dep_ in {"nsubj", "nsubjpass"} and c.lower_ in {"i", "you", "we"} for c in verb.children)


def _plot_thing(noun: Token) -> bool:
    """A common noun of the story a possessive can own ("wedding", "apartment"), not of the trade
    or of a person's work ("film", "career", "performance", "director")."""
    key = noun.lower_
    return noun.pos_ == "NOUN" and key not in WORK_NOUNS | PERSON_NOUNS | _CAREER_NOUNS and noun.text.islower()


_CAREER_NOUNS = frozenset(
    "performance performances turn work career debut role roles score script screenplay direction camera "
    "style eye voice face best worst take version cut films movies book books novel novels vision gaze "
    "sensibility talent legacy influence oeuvre filmography fans fanbase output".split()
)


def _present_tense(verb: Token) -> bool:
    """A verb in the present tense, simple or with its auxiliary ("finds", "is still looking")."""
    return verb.tag_ in {"VBZ", "VBP"} or any(c.dep_ == "aux" and c.tag_ in {"VBZ", "VBP"} for c in verb.children)


def _is_first_name_like(name: str, unit: Unit) -> bool:
    """A single name the parser calls a person somewhere in the unit."""
    return any(
        label == "PERSON" and unit.text[s:e] == name
        for start in _standalone(unit.text, name)  # or "Stu's"
        for s, e, label in unit.entities_near(start, start + len(name))
    )


def _word_char(ch: str) -> bool:
    r"""The regular expressions' ``\w`` (a letter, a digit or "_")."""
    return ch.isalnum() or ch == "_"


def _standalone(text: str, name: str) -> list[int]:
    r"""Where ``name`` stands as a word of ``text``, the starts of what
    ``(?<![\w’'-])NAME(?![\w-]|[’'](?!s\b))`` finds (found with ``str.find``: no pattern is
    compiled for each name).

    >>> _standalone("Stu's wedding, Stu-like, Stu'd, ZStu, Stu", "Stu")
    [0, 38]
    """
    found = []
    position = 0
    while (at := text.find(name, position)) >= 0:
        end = at + len(name)
        before = text[at - 1] if at else ""
        after = text[end : end + 1]
        ok = not (before and (_word_char(before) or before in "’'-"))
        if ok and after:
            if _word_char(after) or after == "-":
                ok = False
            elif after in "’'":  # only a possessive "'s" may follow
                ok = text[end + 1 : end + 2] == "s" and not (end + 2 < len(text) and _word_char(text[end + 2]))
        if ok and name:
            found.append(at)
            position = end
        else:
            position = at + 1
    return found


def _add_character(names: set[str], name: str, surnames: dict[str, set[str]]) -> None:
    """A character's folded full name, first name and (unless an actor's surname) last name:
    "Imperator Furiosa" is "Furiosa" later on, "Robert Angier" is "Angier"."""
    words = fold(name).split()
    names.add(" ".join(words))
    names.add(words[0])
    others = surnames.get(words[-1], set()) - {" ".join(words)}  # "Lee Jong-su", a namesake in the table, is no other
    if len(words) >= 2 and not others and words[-1] not in STOP_WORDS and len(words[-1]) > 2:
        names.add(words[-1])


def _actor_before(text: str, at: int, actors: set[str]) -> bool:
    """Whether an actor of the page is named in the 120 characters before ``at``."""
    sentence = fold(text[max(0, at - 120) : at])
    return any(actor in sentence or actor.split()[-1] in sentence for actor in actors)


def _plot_names(unit: Unit, actors: set[str], gazetteer: Gazetteer, namesakes: _Namesakes | None = None) -> list[str]:
    """Names the parser took for people that the plot's phrasing makes characters: an actor's
    role ("as his girlfriend Debby Marsh"), a plot noun before a name ("the painted tyrant
    Vigo", "his sister Ki-jung") and an actor's possessive ("Kurt Russell's MacReady"). A name the
    film table holds only as a likely namesake (``_Namesakes``) is no real person's mark here
    ("Ruffalo's Kenneth Marshall": the table's Kenneth Marshall has two films the page never names)."""
    found: list[str] = []

    def person_entity(start: int, end: int) -> bool:
        return any(label == "PERSON" for _, _, label in unit.entities_near(start, end))

    def plausible(name: str) -> bool:
        key = fold(name)
        known = key in actors or gazetteer.person_named(name) is not None
        return (
            key.split()[0] not in _STOP_OR_NOT_NAME
            and (not known or (namesakes is not None and namesakes.has(key)))
            and not gazetteer.films_titled(name)
        )

    text = unit.text
    for match in AS_ROLE.finditer(text) if "as " in text or "play" in text else ():
        nouns = match.group("nouns").replace(",", " ").split()
        name = _clean(match.group("name"))
        trade = bool(set(nouns) & TRADE_NOUNS) and not match.group("owner")  # "as Espósito's colleague X": a part
        if not nouns or trade or not plausible(name):
            continue  # a bare "as Gus" is the older pattern's, with its actor check
        if _actor_before(unit.text, match.start(), actors) and person_entity(match.start("name"), match.end("name")):
            found.append(name)
    for match in NOUN_BEFORE_NAME.finditer(unit.text):
        noun, name = match.group("noun"), _clean(match.group("name"))
        if noun in TRADE_NOUNS | WORK_NOUNS or not plausible(name):
            continue
        if unit.pos_at(match.start("noun")) != "NOUN" and not _tie_after_possessive(unit.text, match):
            continue
        if len(name.split()) == 1 and fold(name) in {a.split()[-1] for a in actors}:
            continue  # "the great Hardy" is the actor
        if person_entity(match.start("name"), match.end("name")):
            found.append(name)
    actor_surnames = {a.split()[-1] for a in actors if len(a.split()) >= 2}
    for match in ACTOR_POSSESSIVE.finditer(text) if "’s " in text or "'s " in text else ():
        actor, name = fold(_clean(match.group("actor"))), _clean(match.group("name"))
        # "Stanwyck's Phyllis Dietrichson"; a surname the table credits on ten films ("Ruffalo's Kenneth Marshall")
        by_actor = actor in actors or actor in actor_surnames or well_known_surname(gazetteer, actor)
        if by_actor and plausible(name) and person_entity(match.start("name"), match.end("name")):
            found.append(name)
    for match in POSSESSIVE_PART.finditer(text) if "'" in text or "’" in text else ():
        name, words = _clean(match.group("name")).rstrip("’'"), match.group("words").split()
        if set(words) & _NOT_A_PART_WORD or not plausible(name):
            continue  # "Kubrick's film Barry Lyndon", "Bogart's wife Lauren Bacall", "It's from Sarah Waters'"
        owner = OWNER_BEFORE.search(unit.text, max(0, match.start() - 60), match.start())
        if owner is None or fold(owner.group("owner").split()[0]) in _STOP_OR_NOT_NAME:
            continue
        key = fold(owner.group("owner"))
        by_actor = bool(words) and (key in actors or key in actor_surnames)  # "Bogart's weary Rick Blaine"
        # "Psycho's Norman Bates", "Halloween (1978)'s Michael Myers": a part of another work
        by_work = (owner.group("year") is not None or gazetteer.films_titled(owner.group("owner"))) and (
            gazetteer.person_named(owner.group("owner")) is None
        )
        if (by_actor or by_work) and person_entity(match.start("name"), match.end("name")):
            found.append(name)
    return found


_POSSESSIVE_PRONOUN = re.compile(r"(?:his|her|their|its|whose) ")
# words after "his" that tie a real person to a maker, not a part to a story ("his longtime X")
_MAKERS_TIE = frozenset("longtime long-time frequent regular usual favourite favorite fellow former own".split())


def _tie_after_possessive(text: str, match: re.Match[str]) -> bool:
    """Whether NOUN_BEFORE_NAME's word comes right after a possessive pronoun, whatever tag the
    parser gave it: "his valet Lovejoy", "her maid Suzette" (the small model tags such nouns as
    adjectives before a name); a story's tie, not a maker's ("his longtime composer")."""
    pronoun = _POSSESSIVE_PRONOUN.match(text, match.start())
    return pronoun is not None and pronoun.end() == match.start("noun") and match.group("noun") not in _MAKERS_TIE


# words between a possessive and a name that make the name no part: a work, a trade, a tie
_NOT_A_PART_WORD = (
    STOP_WORDS
    | WORK_NOUNS
    | PERSON_NOUNS
    | RELATION_NOUNS
    | frozenset("own latest new next last first early late best former fellow frequent regular longtime".split())
)


_NAMESAKE_CREDITS = 2  # films of a table person whose name alone is no proof of them


class _Namesakes:
    """The page's full names the film table knows only as likely namesakes (``_namesake``), unless
    the text is about a real life, where the parts are real people ("Gwilym Lee as Brian May").
    Asked only of the names a part's form finds among the actors, each once."""

    def __init__(self, text: str, gazetteer: Gazetteer | None) -> None:
        self.text, self.gazetteer = text, gazetteer
        self.known: dict[str, bool] = {}
        self.life: bool | None = None

    def has(self, key: str) -> bool:
        if self.gazetteer is None or " " not in key:
            return False
        if key not in self.known:
            self.known[key] = _namesake(key, self.text, self.gazetteer)
        if self.known[key] and self.life is None:
            self.life = about_a_life(self.text)
        return self.known[key] and not self.life


def _namesake(key: str, text: str, gazetteer: Gazetteer) -> bool:
    """Whether the film table's person of that (folded) name is likely only a namesake: of one or
    two films, none of them named in the text. Half the table's people have one credit; a plot's
    "Tom Cole" is rarely the Tom Cole of Smooth Talk."""
    person = gazetteer.person_named(key)
    if person is None:
        return False
    films = gazetteer.credits[person]  # none: the supplement's crews, critics and authors, well known
    return 0 < len(films) <= _NAMESAKE_CREDITS and not any(gazetteer.films[f].title in text for f in films)


_WEAK_NAMESAKE_CREDITS = 5  # a table person this little credited, of no film the text names, may be a part


def _namesake_outside(outside: str, inside: str, text: str, gazetteer: Gazetteer) -> bool:
    """Whether "X (Y)" keeps the critics' order "Character (Actor)" though the film table knows X:
    Y is a full name the table does not hold and X is a person of a few films the text never names
    ("Mark Lewis (Carl Boehm)": the table's Mark Lewis is someone else)."""
    person = gazetteer.person_named(outside)
    if person is None or not full_name(inside) or gazetteer.person_named(inside) is not None:
        return False
    films = gazetteer.credits[person]
    return 0 < len(films) <= _WEAK_NAMESAKE_CREDITS and not any(gazetteer.films[f].title in text for f in films)


# what follows the subject of a clause ("the scariest thing Fincher has ever shot"), not a part's name
_CLAUSE_AFTER = re.compile(
    r" (?:has|had|have|ever|never|would|could|will|did|does|once|just|always|made|makes|shot|wrote|directed)\b"
)


def _person_at(unit: Unit, start: int, end: int) -> bool:
    return any(label == "PERSON" for _, _, label in unit.entities_near(start, end))


def _clause_subject(text: str, match: re.Match[str], surnames: dict[str, set[str]]) -> bool:
    """Whether the name "Actor is the ... Name" finds is a page person's surname or a clause's subject."""
    name = match.group("name")
    return (" " not in name and fold(name) in surnames) or _CLAUSE_AFTER.match(text, match.end("name")) is not None


def _reversed(outside: str, inside: str, actors: set[str], cast_style: bool = False) -> bool:
    """Whether "X (Y)" puts the actor outside: a known actor outside and not inside, or a full
    name outside and a single name inside (unless the text writes "Character (Actor)" elsewhere)."""
    if fold(inside) in actors:
        return False
    if cast_style and fold(outside) not in actors:
        return False  # "Art Donaldson (Mike Faist) ... Tashi Duncan (Zendaya)"
    if len(inside.split()) == 1 and fold(inside) in {actor.split()[-1] for actor in actors}:
        return False  # "Sam Spade (Bogart)": an actor's surname inside, the character outside
    return fold(outside) in actors or (len(outside.split()) >= 2 and len(inside.split()) == 1)
