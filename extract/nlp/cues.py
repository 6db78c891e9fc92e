"""Comparison cues: a lexicon of verbs, nouns, adjectives and prepositions that compare works,
written as spaCy token patterns and matched on the parsed tokens (each token tries only the
patterns its word can start); the parse then says which words each cue governs. The lexicon
itself is ``extract.nlp.cue_lexicon``, its pattern matcher ``extract.nlp.cue_patterns``; this
module checks each match against its sentence and walks the parse from it.

Each cue has a *shape*, which says where the compared works stand around it, and a
*polarity* seen from the work on its left (the subject) against the work on its right:

- ``object``: the subject (or the reviewed work, left implicit) against the works after the cue:
  "it reminds me of Moon", "in the vein of Alien", "a remake of Solaris", "better than Heat".
- ``adjacent``: as ``object``, but the work must follow the cue at once: "it's no Casablanca",
  "a new Alien", "the next Jaws".
- ``binary``: the work before against the work after: "Alien meets Jaws", "Heat vs Ronin".
- ``between``: the works after the cue against each other: "a cross between Alien and Jaws",
  "combining Heat with Ronin".
- ``suffix``: the work right before the cue: "a Blade Runner-esque city".
- ``modifier``: a noun that takes its work either way: right before it as a modifier ("an
  Alien rip-off", "a real Heathers vibe"), else after it as ``object`` ("a rip-off of Alien",
  "the template is Wake in Fright"). Unlike ``suffix`` it names no work by itself: "a
  Hitchcock rip-off" names a director.
- ``preceding``: the works before the cue in its clause: "see Primer or Coherence instead".

Polarities: ``similar``, ``neutral``, ``contrast``, ``ranking``, ``left preferred`` (the
subject wins: "better than X", "X did it better") and ``right preferred`` (the work after
the cue wins: "worse than X", "nowhere near as good as X", "it's no X").

>>> from extract.nlp.parsing import load_nlp
>>> nlp = load_nlp()
>>> [(c.shape, c.polarity) for c in find_cues([(0, nlp("It is a cross between Alien and Jaws."))])]
[('between', 'similar')]
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass

import numpy
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span
from spacy.tokens import Token as SpacyToken

from extract.nlp.cue_lexicon import LEFT, ORDER, PERSON_SUBJECT_CUES, RIGHT, SPECS
from extract.nlp.cue_patterns import INDEX

__all__ = ["LEFT", "PERSON_SUBJECT_CUES", "RIGHT", "Cue", "Cues", "find_cues"]

_KIN = frozenset({"sister", "sisters", "cousin", "twin", "companion"})
_OPENERS = frozenset({".", "!", "?", "…", "“", '"', "(", ":"})
_SUPERLATIVE = frozenset("best greatest finest most favorite favourite first".split())
_TURNING = frozenset("turn turns turned turning remade remake remakes remaking reworked reworks adapted".split())
_CHOOSING = frozenset(
    "take takes took taking pick picks picked choose chooses chose prefer prefers preferred rate rates rated".split()
)
# words an imperative suggestion may open with: "Now go watch X", "Then just try X"
_NUDGES = frozenset("now then so just also definitely instead go and maybe perhaps please really seriously".split())
_CHOOSING_WORDS = frozenset({"me", "us", "take", "pick", "choose"})
_CALLS_TO_ACTION = frozenset("now trailer trailers more all online here free full live video videos later".split())
_SEEING = frozenset({"seen", "watched", "see", "watch", "tried", "try"})
_PARTICLES = frozenset({"out", "down", "with", "up"})  # "seek out X", "track down X", "start with X"
_NOT_COMPARATIVE = frozenset({"rather", "other", "sooner", "whether", "either", "neither", "over", "after", "never"})


@dataclass(frozen=True, slots=True)
class Cue:
    """A comparison cue in a unit's text: character span, name, shape and polarity."""

    start: int
    end: int
    name: str
    shape: str
    polarity: str
    governed: frozenset[int] = frozenset()  # start offsets of the tokens the cue governs in the parse
    # the character span of its clause's subject where the parse gives one that can be no title (a
    # pronoun, a lower-case noun phrase, a person's name): "The obvious debt is to X, ... with a
    # dose of Y" (not X against Y), "Vinterberg, who made The Hunt, ... without a sermon"
    plain_subject: tuple[int, int] | None = None
    # the governed tokens reached only through a clause of their own ("..., and Y has its dream"):
    # a title there is still one, but the cue does not compare it
    beyond: frozenset[int] = frozenset()

    def governs(self, start: int, end: int) -> bool:
        """Whether the parse puts some token of text[start:end] under the cue (within a few arcs)."""
        return any(start <= offset < end for offset in self.governed)

    def compares(self, start: int, end: int) -> bool:
        """Whether the cue governs text[start:end] in its own clause (not across a clause of its own)."""
        return any(start <= offset < end and offset not in self.beyond for offset in self.governed)

    def outside_subject(self, start: int, end: int) -> bool:
        """Whether text[start:end] lies outside the clause subject the parse gives (False when unknown)."""
        return self.plain_subject is not None and not (self.plain_subject[0] <= start < self.plain_subject[1])


class _Columns:
    """A Doc's TAG, LOWER, HEAD, DEP and ORTH columns read once, as Python lists (numpy's calls
    cost more than a list's on the few words each rule looks at); ``array`` keeps the array."""

    __slots__ = ("array", "deps", "heads", "lowers", "orths", "tags")

    def __init__(self, array: numpy.ndarray) -> None:
        self.array = array
        self.tags: list[int] = array[:, 0].tolist()
        self.lowers: list[int] = array[:, 1].tolist()
        self.heads: list[int] = array[:, 2].tolist()  # relative, unsigned: a head before its word wraps round
        self.deps: list[int] = array[:, 4].tolist()
        self.orths: list[int] = array[:, 5].tolist()


class _Sentences:
    """Sentence bounds of a Doc by token index, from its SENT_START column (``Token.sent``
    rebuilds a Span by walking the tokens each time)."""

    __slots__ = ("firsts", "length")

    def __init__(self, starts: numpy.ndarray) -> None:
        firsts: list[int] = numpy.flatnonzero(starts == 1).tolist()  # a list: bisect beats numpy on one value
        self.firsts = firsts if firsts and firsts[0] == 0 else [0, *firsts]
        self.length = len(starts)

    def bounds(self, index: int) -> tuple[int, int]:
        """(first, end) token indices of the sentence holding token ``index``."""
        at = bisect_right(self.firsts, index) - 1
        end = self.firsts[at + 1] if at + 1 < len(self.firsts) else self.length
        return self.firsts[at], end


def _more_title_before(doc: Doc, start: int, first: int) -> bool:
    """Whether "more"/"less" followed by a capitalised word comes before ``start`` in its
    sentence (from token ``first``), with no other "than" between: "more Final Destination than
    Heathers"."""
    for index in range(start - 1, max(first, start - 10) - 1, -1):
        word = doc[index].lower_
        if word == "than":
            return False
        if word in {"more", "less"} and index + 1 < start and doc[index + 1].text[:1].isupper():
            return True
    return False


_QUOTES_OPENING = frozenset({"“", '"', "‘", "'"})
_TITLE_MARKS = _QUOTES_OPENING | {"*", "_"}  # what opens a title written in lower case


def _accept(name: str, doc: Doc, start: int, sentences: _Sentences) -> bool:
    """Checks a pattern cannot say: "since" ranks only after a superlative ("the best ... since")."""
    if name in {"the-x-of", "is-work"}:  # most "the" and "is" are followed by a lower-case word: cheap test first
        after = doc[start + 1].text if start + 1 < len(doc) else ""
        if not (after[:1].isupper() or after in {"a", "an", "the"}):
            return False
        if name == "the-x-of":
            return doc[start].text == "the" and _title_then_kind(doc, start + 1)
        return _pointer_is_title(doc, start)
    first, sentence_end = sentences.bounds(start)
    if name == "more-than":
        return _more_title_before(doc, start, first)
    if name in {"where-clause", "if-clause"}:  # "Where Alien ..., this one ...": a clause opening its sentence
        follows = doc[start + 1] if start + 1 < len(doc) else None
        opens = start == first or doc[start - 1].is_space or doc[start - 1].text in _OPENERS
        if name == "where-clause" and not opens and start >= 2 and doc[start - 1].lower_ in {"but", "and", "yet"}:
            opens = doc[start - 2].text in {",", ";"}  # "..., but where Rashomon is all sun, this is mist"
        if name == "if-clause" and (follows is None or not follows.text[:1].isupper() or follows.pos_ == "PRON"):
            return False  # "If The Last Samurai was ..., this is ...", not "If I ...", "If you ..."
        return opens and follows is not None and follows.tag_ != "VBG"
    if name in {"do-first", "do-better"}:
        token = doc[start]
        return (
            token.head.lower_ in _DO
            and token.dep_ in {"advmod", "acomp", "npadvmod", "dobj"}
            and token.i > token.head.i
        )
    if name == "instead":  # "see Primer instead", not "instead of Primer"
        return not (start + 1 < len(doc) and doc[start + 1].lower_ == "of")
    if name == "since":  # "the best ... since", "not since", "I haven't been this scared since"
        preceding = doc[max(first, start - 12) : start]
        if any(t.lower_ in _SUPERLATIVE or t.tag_ in {"JJS", "RBS"} for t in preceding):
            return True
        if len(preceding) and preceding[-1].lower_ in {"anything", "nothing"}:
            return True  # "as frightening as anything since X", "nothing since X"
        negated = any(t.lower_ in {"not", "n't", "never", "nobody"} for t in preceding)
        opens = not len(preceding) or preceding[-1].lower_ in {"not", "never"}
        return negated and (opens or any(t.lower_ in {"this", "so", "that"} for t in preceding))
    if name == "comparative-than":
        if doc[start].lower_ != "than":
            return True
        before = list(doc[max(first, start - 8) : start])  # "laughed more at this than at X"
        return (
            bool(before)
            and before[-1].lower_ not in _NOT_COMPARATIVE
            and any(
                t.tag_ in {"JJR", "RBR"}
                or t.lower_ in {"more", "less"}
                or (t.lower_.endswith("er") and t.lower_ not in _NOT_COMPARATIVE and t.pos_ in {"ADJ", "ADV"})
                for t in before
            )
        ) or (  # "it's cleverer than both of them": a comparative the tagger took for a noun, right before "than"
            len(before) >= 2
            and before[-2].lower_ in _BE_WORDS
            and before[-1].tag_ == "NN"
            and before[-1].lower_.endswith(("ier", "ger", "ter", "rer", "ler", "ker", "ner", "ser", "der", "per"))
            and before[-1].lower_ not in _NOT_COMPARATIVE
        )
    if name == "turn-into":  # "turned X into Y", "remade X into Y"; not "ran into", "into the night"
        token = doc[start]
        return token.dep_ == "prep" and token.head.lower_ in _TURNING
    if name == "take-over":  # "I'd take Double Indemnity over this", not "over the years"
        token = doc[start]
        return token.dep_ == "prep" and token.head.lower_ in _CHOOSING
    if name == "try-next":
        return _suggests_next(doc, start, first, sentence_end)
    if name == "give-me":
        return _chooses_title(doc, start, first, sentence_end)
    if name == "have-you-seen":
        return _asks_after_title(doc, start, first, sentence_end)
    if name in {"imagine", "the-way"}:  # "Think Alien, but ...": a name right after, the imperative opening
        named_next = doc[start + (2 if name == "the-way" else 1)] if start + 2 < len(doc) else None
        if named_next is None or not named_next.text[:1].isupper():
            return False
        return name == "the-way" or start == first or doc[start - 1].is_space
    if name in {"fronted-more", "fronted-less"}:  # "Less X, more Y": a verbless fragment's head
        opens = start == first or doc[start - 1].is_space or doc[start - 1].text in {",", ";", ":", "—", "–"}
        follows = doc[start + 1] if start + 1 < sentence_end else None
        titled = follows is not None and (follows.text[:1].isupper() or follows.text in _QUOTES_OPENING)
        return opens and titled and not any(t.lower_ == "than" for t in doc[start:sentence_end])
    if name == "original":  # not "the original score", nor "my sister"
        if start and doc[start - 1].tag_ == "PRP$" and doc[start].lower_ in _KIN:
            return False
        return not (start + 1 < len(doc) and doc[start + 1].lower_ in {"score", "song", "screenplay", "music"})
    if name == "adapted" and (start == first or doc[start - 1].is_space):  # "Based on X by Y": a credits line
        for token in doc[start + 1 : sentence_end]:
            if "\n" in token.text or "\n" in token.whitespace_:
                return False
            if token.tag_ in {"VBD", "VBZ", "VBP", "MD"}:
                return True
        return False
    if name == "adapted":  # a source must be named after the cue: not "based on her novel", "on a hunch"
        return any(token.text[:1].isupper() or token.text in _TITLE_MARKS for token in doc[start + 1 : sentence_end])
    if name == "list-of" and doc[start].lower_ in {"including", "includes", "include", "included", "such"}:
        return not _filmography(doc[start])
    if name == "recall" and doc[start].lower_ in {"echo", "echoes"} and start:  # "the JFK echoes, Dressed to Kill"
        previous = doc[start - 1]
        named = previous.lower_ in _DETERMINERS or previous.text[:1].isupper()
        return not named or (start + 1 < len(doc) and doc[start + 1].lower_ == "of")  # "its echoes of Vertigo"
    if name == "version" and doc[start].lower_ in {"versions", "remakes", "adaptations", "sequels"} and start:
        return doc[start - 1].lower_ not in _COUNTS  # "the two versions of X": X's remakes set side by side
    if name == "version" and doc[start].dep_ in {"nsubj", "nsubjpass"}:  # "The version I'd point you to is with X"
        children = list(doc[start].children)  # ("the sequel to this that came out later" keeps its "to")
        return any(c.dep_ == "prep" for c in children) or not any(c.dep_ in {"relcl", "acl"} for c in children)
    if name == "a-new" and doc[start + 1].lower_ not in {"sort", "kind"}:  # "a new Jaws", not "a modern masterpiece"
        at = start + (4 if start + 2 < len(doc) and doc[start + 2].text == "-" else 2)  # "the modern-day X"
        return at < len(doc) and (doc[at].text[:1].isupper() or doc[at].is_quote or doc[at].is_digit)
    if name == "is-basically":  # a title right after the hedge: "is basically Jaws", not "is just fine"
        hedged = doc[start + 2] if start + 2 < len(doc) else None
        return hedged is not None and hedged.text[:1].isupper() and hedged.pos_ != "PRON"
    if name == "like":  # "written to sound like Duran Duran": bands and singers, not works
        following = doc[start + 1] if start + 1 < len(doc) else None
        if following is not None and following.tag_ == "VBG" and following.lower_ not in _WATCHING:
            # "which is like taking the shark out of Jaws": an analogy, not "like watching Ran"; a capital
            # mid-sentence opens a title ("plays like Waiting for Godot in a minivan")
            return following.text[:1].isupper()
        if _liking_verb(doc[start]):
            return False  # "bothered to make you like Daniel": the verb, with its own subject
        return doc[start].head.lower_ not in _SOUND
    if name == "did-the-thing":  # "did the right thing", "the only thing" judge, they compare nothing
        return doc[start].lower_ not in _DO or _did_what(doc, start)
    if name == "wanted-own" and doc[start].lower_ in _WANTING:  # "wanted Jaws", not "wanted Jaws to work"
        wanted = doc[start + 1 : min(sentence_end, start + 8)]
        if len(wanted) > 1 and wanted[1].lower_ == "own":
            return True  # "wanted his own The Right Stuff"
        return bool(len(wanted)) and wanted[0].pos_ != "PRON" and not any(t.lower_ == "to" for t in wanted)
    if name in {"step-up", "step-down"}:  # "a real step up", not "the actors step up"
        return any(t.lower_ == "a" for t in doc[max(first, start - 2) : start])
    if name == "previous-work":  # "Dreyer's previous film, X", "his first feature, X": a maker's output
        maker = doc[start - 1] if start else None
        return maker is not None and (maker.tag_ in {"PRP$", "POS"} or maker.lower_ in {"'s", "’s"})
    if name in {"greater-sign", "less-sign"}:  # "X > Y" set apart by spaces, a name on each side
        if not 0 < start < len(doc) - 1 or not (doc[start - 1].whitespace_ and doc[start].whitespace_):
            return False
        return doc[start + 1].text[:1].isupper() and (doc[start - 1].text[:1].isalnum() or doc[start - 1].is_quote)
    if name == "swap-for":  # "I'd swap X for Y", "trade this for Z": a verb of exchange before "for"
        return bool(_SWAPPING.search(doc[max(first, start - 10) : start].text.lower()))
    if name == "same-level" and doc[start].lower_ == "alongside":  # "sits alongside X", not "fought alongside X"
        return doc[start].head.lower_ in _PLACING
    return True


def _suggests_next(doc: Doc, start: int, first: int, sentence_end: int) -> bool:
    """An imperative that opens its clause, a title right after it: "try Silent Running", "Now go
    watch Sunshine", "For another one, seek out Gattaca"; not "I will try Solaris" (a subject),
    "Watch it for the cast" (no title), "If you like this, try:" (a list follows), "watch X
    instead" (the "instead" cue reads it)."""
    verb = doc[start]
    if verb.tag_ != "VB" or any(child.dep_ in {"nsubj", "nsubjpass"} for child in verb.children):
        return False
    at = start
    while at > first and doc[at - 1].lower_ in _NUDGES:
        at -= 1
    opens = at == first or doc[at - 1].is_space or doc[at - 1].text in _OPENERS or doc[at - 1].text in {",", ";", "—"}
    named = start + 1
    while named < sentence_end and doc[named].lower_ in _PARTICLES:
        named += 1
    if not opens or named >= sentence_end or doc[named].pos_ in {"PRON", "ADV"} or "\n" in doc[named - 1].whitespace_:
        return False
    if doc[named].lower_ in _CALLS_TO_ACTION:  # a blog's button: "Watch Trailer", "See More", "Watch Now"
        return False
    titled = doc[named].text[:1].isupper() or doc[named].text in _TITLE_MARKS
    return titled and not any(t.lower_ == "instead" for t in doc[named:sentence_end])


def _chooses_title(doc: Doc, start: int, first: int, sentence_end: int) -> bool:
    """A title right after the choice, no "over" after it (the "take-over" cue reads those), and
    "give me" opening its clause: "Give me Silent Running any day", "I'll take Dark Star"; not
    "give me a break", "I'd take it", "I'd take Moon over this"."""
    named = start + 1
    while named < sentence_end and doc[named].lower_ in _CHOOSING_WORDS:
        named += 1
    if named >= sentence_end or doc[named].pos_ == "PRON" or not doc[named].text[:1].isupper():
        return False
    if any(t.lower_ == "over" for t in doc[named:sentence_end]):
        return False
    if doc[start].lower_ != "give":
        return start > first and doc[start - 1].lower_ in {"i", "we"}
    return start == first or doc[start - 1].is_space or doc[start - 1].text in _OPENERS or doc[start - 1].text == ","


def _asks_after_title(doc: Doc, start: int, first: int, sentence_end: int) -> bool:
    """A question that opens its sentence, a title right after its verb: "Have you seen Silent
    Running?", "Did you ever see Dark Star?"; not "Have you seen it yet?", nor "... the interview?"."""
    named = start + 2
    while named < sentence_end and doc[named - 1].lower_ not in _SEEING:
        named += 1
    if named >= sentence_end or doc[named].pos_ == "PRON":
        return False
    titled = doc[named].text[:1].isupper() or doc[named].text in _TITLE_MARKS
    opens = start == first or doc[start - 1].is_space or doc[start - 1].text in _OPENERS
    return titled and opens and any(t.text == "?" for t in doc[named:sentence_end])


def _liking_verb(token: SpacyToken) -> bool:
    """ "like" as a verb with a subject of its own ("make you like Daniel", "I didn't like Heat"),
    outside a condition or a relative clause ("if you like Heat", "anyone who likes Heat"), which
    recommend by a work."""
    children = list(token.children)
    if not any(c.dep_ == "nsubj" for c in children):
        return False
    return not any(c.lower_ in {"if", "who", "that", "whoever", "anyone", "everyone"} for c in children)


_WANTING = frozenset("want wants wanted wanting".split())
_DOINGS = frozenset("thing things idea trick premise routine gimmick conceit shtick schtick".split())
_SWAPPING = re.compile(r"\b(?:swap|swaps|swapped|trade|trades|traded|exchange|exchanged)\b")
_JUDGED = frozenset("right wrong only smart best worst last first next other one real decent good bad".split())


def _did_what(doc: Doc, start: int) -> bool:
    """ "did the whole killer-asteroid thing", not "did the right thing": no judgment word right
    before "thing" and a described doing (a compound, a hyphen or quotes, a "whole")."""
    if start + 1 < len(doc) and doc[start + 1].is_quote:
        return True  # 'did "man wakes up in the future" thirty years earlier'
    end = next((i for i in range(start + 2, min(len(doc), start + 12)) if doc[i].lower_ in _DOINGS), None)
    if end is None or doc[end - 1].lower_ in _JUDGED:
        return False
    described = doc[start + 2 : end]
    return end - start >= 4 or any(t.lower_ in {"whole", "same"} or "-" in t.text or t.is_quote for t in described)


_SOUND = frozenset("sound sounds sounded sounding".split())
_COUNTS = frozenset("two three four both several many".split())
_WATCHING = frozenset("watching seeing viewing rewatching reading hearing listening".split())
# the pipeline has no lemmatizer: a verb's forms, lower-case
_DO = frozenset("do does did done doing".split())
_BE = frozenset("be is was are were been being am 's ’s 're ’re".split())
_PLACING = frozenset(  # verbs that set a work beside another (no lemmas in the pipeline: each form)
    "is was are were be been being 's ’s sit sits sat sitting stand stands stood standing rank ranks ranked"
    " ranking belong belongs belonged place places placed put puts deserve deserves deserved shelve shelved"
    " go goes fit fits watch watched slot slots slotted file filed list listed".split()
)
_OUTPUT = frozenset("career filmography credit credits résumé resume cv oeuvre work works role roles output".split())


def _filmography(token: SpacyToken) -> bool:
    """Whether a list cue ("including", "such as") hangs on a person's output, not on a kind of
    work: "an impressive career including Alien and Heat", "his films, such as Heat" (a
    filmography is no comparison); "films like Heat", "classics including Alien" still compare."""
    head = token.head if token.lower_ != "such" else token.head.head
    for _ in range(2):
        if head.lower_ in _OUTPUT:
            return True
        if any(c.dep_ == "poss" for c in head.children):  # "his films", "Kubrick's work"
            return True
        if head.dep_ not in {"appos", "pobj", "prep"} or head.head.i == head.i:
            return False
        head = head.head
    return False


_DETERMINERS = frozenset("the a an its his her their this that my our your all".split())
_JOINERS = frozenset("for in on at with from to into over under".split())
_POINTING = frozenset({"it", "this", "that"})
_POINTING_NOUNS = frozenset("film movie picture one sequel remake reboot adaptation show series".split())
_TITLE_PUNCT = frozenset({"!", "?", "'", "’", "-", ":", "&", ","})
_WORSE = frozenset("worse weaker lesser less duller poorer flatter".split())
_NOT_BARE = frozenset(
    "more less rather other sooner later earlier older younger further farther longer fewer elder".split()
)


def _title_run_end(doc: Doc, start: int, limit: int = 8) -> int:
    """The end of the title-case run at ``start`` (capitalised words, title punctuation, "of the"
    only between capitalised words), or ``start`` when there is none."""
    end = index = start
    while index < min(len(doc), start + limit):
        token = doc[index]
        if token.text[:1].isupper() or token.text[:1].isdigit() or (token.text in {"!", "?"} and end == index):
            end = index + 1  # "Airplane!", "Them!"
        elif token.text not in _TITLE_PUNCT or index == start:
            break
        index += 1
    return end


def _title_then_kind(doc: Doc, start: int) -> bool:
    """ "the Citizen Kane of ramen films": after "the", a title-case run, then "of" and a lower-case
    word (not "the King of Comedy", whose "of" runs into another capitalised word)."""
    of = _title_run_end(doc, start)
    if of == start or of >= len(doc) or doc[of].lower_ != "of":
        return False
    after = of + 1
    while after < len(doc) and doc[after].lower_ in _DETERMINERS:
        after += 1
    return after < len(doc) and doc[after].is_alpha and doc[after].text.islower()


def _pointer_is_title(doc: Doc, start: int) -> bool:
    """ "It is Rear Window with a badge": a copula whose subject points at the page's work ("it",
    "this", "this one", "the film") and whose complement is a title-case run, not a cleft ("It was
    Jaws that ...") nor a possessive ("It is Cage's best film"); "It's a Die Hard on a bus" too."""
    token = doc[start]
    subject = next((c for c in token.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is None or subject.i > start:
        return False
    pointing = subject.lower_ in _POINTING or (
        subject.lower_ in _POINTING_NOUNS and any(c.lower_ in {"this", "the"} for c in subject.children)
    )
    if not pointing or any(c.dep_ in {"relcl", "acl"} for c in subject.children):
        return False  # "the only one she has seen is Rush Hour": a clause makes it another film
    first = start + 1
    if first < len(doc) and doc[first].lower_ in {"the", "a", "an"} and doc[first].text[:1].islower():
        first += 1  # "It's a Die Hard on a bus"
    end = _title_run_end(doc, first)
    if end == first:
        return False
    following = doc[end].lower_ if end < len(doc) else ""
    if following in _JOINERS and any(t.text[:1].isupper() for t in doc[end + 1 : end + 3]):
        return False  # "It is Alien for the TikTok generation": the run would swallow the joiner
    return following not in {"that", "who", "which", "'s", "’s", "of"}  # "the X of Y" is "the-x-of"


def _named(token: SpacyToken) -> bool:
    """A capitalised name, whatever the tagger calls it ("Rushmore" is a common noun to it)."""
    return token.pos_ == "PROPN" or (token.pos_ == "NOUN" and token.text[:1].isupper())


_JJR, _RBR, _SAME = (get_string_id(word) for word in ("JJR", "RBR", "same"))
_BE_WORDS = frozenset({"is", "'s", "’s", "was", "are", "were", "be", "even", "much", "far", "way", "a", "lot"})
_THAN, _AS = get_string_id("than"), get_string_id("as")


_BETTER, _MORE = get_string_id("better"), get_string_id("more")
_LIKING = frozenset("liked like likes enjoyed enjoy enjoys loved love loves rated rate rewatch rewatched".split())
_POINTER_OBJECTS = frozenset({"it", "this", "that", "one"})


def liking_cues(doc: Doc, columns: _Columns, sentences: _Sentences) -> list[tuple[str, int, int]]:
    """A viewer's "liked X better", "enjoyed this one more" with no "than" (the other cues read
    that): the cue is the verb; "liked-this-more" where its object points at the reviewed work."""
    found = []
    lowers = columns.lowers
    for index in [i for i, word in enumerate(lowers) if word in (_BETTER, _MORE)]:
        token = doc[int(index)]
        verb = token.head
        if token.dep_ != "advmod" or verb.lower_ not in _LIKING or verb.i > token.i:
            continue
        after = lowers[int(index) : sentences.bounds(int(index))[1]]
        thing = next((c for c in verb.children if c.dep_ == "dobj"), None)
        if thing is None or _THAN in after:
            continue
        pointed = thing.lower_ in _POINTER_OBJECTS and thing.i < token.i
        found.append(("liked-this-more" if pointed else "liked-more", verb.i, verb.i + 1))
    return found


def _subject(verb: SpacyToken) -> SpacyToken | None:
    """The subject of a clause's verb, or of the verb it is conjoined to ("Death Becomes Her, for
    what it's worth, is funnier": the parse hangs "is" on "Becomes")."""
    for _ in range(3):
        subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass", "csubj"}), None)
        if subject is not None or verb.dep_ != "conj":
            return subject
        verb = verb.head
    return None


def _has_subject(verb: SpacyToken) -> bool:
    return any(c.dep_ in {"nsubj", "nsubjpass", "csubj", "expl"} for c in verb.children)


def _title_word(token: SpacyToken, sentences: _Sentences) -> bool:
    """A capitalised word inside a sentence that the tagger calls no name: the end of a title
    ("Death Becomes Her", "Let the Right One In")."""
    return token.text[:1].isupper() and token.i > sentences.bounds(token.i)[0] and token.lower_ != "i"


def _predicate(token: SpacyToken) -> bool:
    """ "more" grading the adjective a copula gives its subject: "Fitzcarraldo is more alive",
    "Sunrise is the more beautiful film"."""
    if token.dep_ != "advmod" or token.head.i != token.i + 1:
        return False
    adjective = token.head
    return adjective.dep_ == "acomp" or (adjective.dep_ == "amod" and adjective.head.dep_ == "attr")


def comparative_cues(doc: Doc, columns: _Columns, sentences: _Sentences) -> list[tuple[str, int, int]]:
    """Bare comparatives whose clause subject is a capitalised name: "Petite Maman is even lovelier",
    "Sunshine did the doomed-crew thing with more style", "Grizzly Man has the same mad joy". Not
    before "than" or "as" (other cues read those), nor words of time or quantity ("later").
    ``columns`` holds the Doc's TAG and LOWER columns: only the few comparatives become Tokens."""
    found = []
    tags, lowers = columns.tags, columns.lowers
    for index in [i for i, tag in enumerate(tags) if tag in (_JJR, _RBR) or lowers[i] == _SAME]:
        token = doc[int(index)]
        if token.lower_ in _NOT_BARE and token.lower_ != "more":
            continue
        after = lowers[int(index) : sentences.bounds(int(index))[1]]
        if _THAN in after or _AS in after:
            continue
        if token.lower_ == "same" and token.head.dep_ not in {"dobj", "attr"}:
            continue  # "Grizzly Man has the same mad joy": a work has the same thing
        if token.lower_ == "more" and token.dep_ != "amod" and not _predicate(token):
            continue  # "more style", "X is more alive" count; "a more complex plot", "I like it more" do not
        node = token
        for _ in range(3):
            if node.pos_ in {"VERB", "AUX"}:
                break
            node = node.head
        subject = _subject(node)
        named = subject is not None and (_named(subject) or _title_word(subject, sentences)) and subject.i < token.i
        plain = not named and subject is not None and subject.i < node.i < token.i and subject.pos_ == "NOUN"
        # a verb the parse left with no subject at all, after a title it could not read ("Death
        # Becomes Her, for what it's worth, is funnier"): the work before it decides (relations)
        lost = subject is None and node.pos_ == "AUX" and node.i < token.i and not _has_subject(node)
        if plain and subject is not None:  # "the killer has more heart": relations want a work right before the verb
            found.append(("comparative-plain", node.i, token.i + 1))
        elif named or lost:
            before = lost or (subject is not None and subject.i < node.i)
            first = node.i if before and node.i < token.i else token.i  # "Rushmore [is gentler]"
            last = token.head.i if token.dep_ == "amod" and token.head.i > token.i else token.i
            graded = token.lower_ == "more" and token.dep_ != "amod"  # "is more alive": no object after it
            found.append(("graded" if graded else "comparative", first, last + 1))  # "[tells the same ... story]"
    return found


# a sentence's main verb, a clause it says ("I think [X is his best]") or a clause joined to it
_CLAUSES = frozenset(get_string_id(d) for d in ("ROOT", "ccomp", "conj"))
_SUBJECTS = frozenset(get_string_id(d) for d in ("nsubj", "nsubjpass", "csubj"))
_FORWARD = 1 << 32  # a relative head offset above this is a negative one read as unsigned
_PRONOUN_TAGS = frozenset(get_string_id(t) for t in "PRP WP DT EX WDT".split())
_VERB_TAGS = frozenset(get_string_id(t) for t in "VB VBD VBG VBN VBP VBZ MD".split())


def subject_cues(doc: Doc, columns: _Columns) -> list[tuple[str, int, int]]:
    """The main verb of a sentence whose subject is a capitalised name right before it: "Birds of
    Prey gave Harley the movie she deserved", "Also Apocalypse Now is the other big one". Not a
    cue by itself: a commenter's sentence of that shape about one other work sets it beside the
    reviewed work (``extract.nlp.relations``). Read from the Doc's columns: a Token only for the
    subjects of clause verbs (about one a sentence)."""
    found: list[tuple[str, int, int]] = []
    deps = columns.deps
    subjects = [i for i, dep in enumerate(deps) if dep in _SUBJECTS]
    if not subjects:
        return found
    tags, heads = columns.tags, columns.heads
    lowers, orths = columns.lowers, columns.orths
    for index in subjects:
        if orths[index] == lowers[index]:
            continue  # a word in lower case ("the film", "it"): no name, no Token read
        offset = heads[index]  # the HEAD column is relative, unsigned: a head before its word wraps round
        if not 0 < offset < _FORWARD:
            continue  # the verb must follow its subject
        verb_index = index + offset
        if tags[index] in _PRONOUN_TAGS or deps[verb_index] not in _CLAUSES:
            continue  # "I", "it", "this", "there": the commonest subjects, no name
        if tags[verb_index] not in _VERB_TAGS:
            continue
        subject = doc[index]
        if not subject.text[:1].isupper() or subject.pos_ == "PRON" or subject.lower_ == "i":
            continue
        gap = doc[subject.right_edge.i + 1 : verb_index]  # "Shin Godzilla [really] is", "Road to Perdition [tried]"
        if len(gap) <= 2 and all(t.pos_ in {"ADV", "AUX", "PART"} for t in gap):
            found.append(("named-subject", verb_index, verb_index + 1))
    return found


_REACH = 4  # arcs from a cue down to the works it compares: "since [Hauer's replicant in] Blade Runner"


def _governed(
    doc: Doc,
    start: int,
    end: int,
    sentences: _Sentences,
    heads: list[int],
    joining: list[bool],
    barriers: frozenset[int] = frozenset(),
) -> tuple[list[int], set[int]]:
    """Indices of the tokens of the cue's sentence whose head chain reaches the cue within
    ``_REACH`` arcs (the cue's clause verb counting as the cue where the cue marks a clause), and
    the conjuncts and appositions of those tokens at any depth ("in Rushmore or Bottle Rocket").
    ``heads`` and ``joining`` are the Doc's head indices and conj/appos flags, by token. Apart
    from them, the indices reached only through a ``barrier``: a clause of its own joined to the
    cue's ("..., and The Gold Rush has its dream", "Fistful, which was basically Yojimbo"),
    whose works the cue governs (a title there is still a title) but does not compare."""
    cue = set(range(start, end))
    for index in range(start, end):  # "The template is Wake in Fright": the copula's complement too
        token = doc[index]
        if token.dep_ in {"nsubj", "nsubjpass"} and token.head.lower_ in _BE and token.head.i not in cue:
            cue.add(token.head.i)
        if token.dep_ == "compound" and 0 < token.head.i - index <= 2:  # "spin-off of Shrek": the head noun
            cue.add(token.head.i)
        if token.dep_ == "mark" and token.head.i not in cue:  # "like Mann shot them in Collateral": the clause's verb
            cue.add(token.head.i)
    first, last = sentences.bounds(start)
    reached: set[int] = set()
    blocked: set[int] = set()
    for index in range(first, last):
        node, crossed = index, False
        for _ in range(_REACH + 1):
            if node in cue:
                reached.add(index)
                if crossed:
                    blocked.add(index)
                break
            if heads[node] == node:
                break
            if barriers and node in barriers:
                crossed = True
            node = heads[node]
    found = set(reached)
    for index in range(first, last):  # "in Rushmore or Bottle Rocket": conjuncts and appositions, at any depth
        node, path = index, []
        while node not in reached and joining[node] and heads[node] != node:
            path.append(node)
            node = heads[node]
        if node in reached and path:
            found.update(path)
            reached.update(path)
            if node in blocked or any(i in barriers for i in path):
                blocked.update(path)
    return sorted(found), blocked


_CONJ, _APPOS, _RELCL = get_string_id("conj"), get_string_id("appos"), get_string_id("relcl")


def _clause_barriers(
    doc: Doc, columns: _Columns, heads: list[int], several: bool
) -> tuple[frozenset[int], list[tuple[int, int, int]]]:
    """Verbs that open a clause of their own inside a cue's sentence: a conjoined clause with its
    own subject ("X did it first, and Y used it"), and (index, first, last token) of each relative
    clause, a barrier for a cue outside it where it holds a cue of its own ("a step up from
    Fistful, which was basically Yojimbo"): read only where the doc holds ``several`` cues. From
    the DEP, TAG and HEAD columns; a Token only for a relative clause's verb."""
    deps, tags = columns.array[:, 4], columns.tags
    relatives = []
    if several:
        for i in numpy.flatnonzero(deps == _RELCL).tolist():
            if tags[i] in _VERB_TAGS:
                verb = doc[i]
                relatives.append((i, verb.left_edge.i, verb.right_edge.i))
    conjoined = [i for i in numpy.flatnonzero(deps == _CONJ).tolist() if tags[i] in _VERB_TAGS]
    if not conjoined:
        return frozenset(), relatives
    subjects = numpy.flatnonzero((deps == _NSUBJ) | (deps == _NSUBJPASS)).tolist()
    with_subject = {heads[i] for i in subjects}
    return frozenset(i for i in conjoined if i in with_subject), relatives


def _barriers_of(start: int, conjoined: frozenset[int], relatives: list[tuple[int, int, int]]) -> frozenset[int]:
    """The barriers for the cue at token ``start``: the conjoined clauses, and the relative
    clauses (those that hold a cue) that do not hold this one."""
    if not relatives:
        return conjoined
    held = [verb for verb, first, last in relatives if not first <= start <= last]
    return conjoined.union(held) if held else conjoined


_PARSED = frozenset(
    {"comparative", "comparative-plain", "graded", "liked-more", "liked-this-more", "fragment-with"}
)  # found from the parse: no check left


_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj"})
_NSUBJ, _NSUBJPASS = get_string_id("nsubj"), get_string_id("nsubjpass")


def _plain_subject(doc: Doc, start: int, end: int) -> tuple[int, int] | None:
    """The character span of the subject of the clause a cue stands in, where that subject cannot
    be a title: a pronoun, a noun phrase in lower case after its first word, or a person the NER
    names. None when the parse gives no subject or one that may be a work."""
    verb = doc[start]
    for _ in range(4):
        if verb.pos_ in {"VERB", "AUX"} or verb.head.i == verb.i:
            break
        verb = verb.head
    if verb.pos_ not in {"VERB", "AUX"} or verb.dep_ != "ROOT":
        return None  # only the main clause: in "X is the only film I'd put next to this", X still is the subject
    subjects = [c for c in verb.children if c.dep_ in _SUBJECT_DEPS]
    subject = subjects[0] if len(subjects) == 1 else None  # two: "His documentary [Silent Running] is"
    if subject is None or subject.i >= start:
        return None
    if any(t.text[:1].isupper() for t in doc[subject.right_edge.i + 1 : verb.i]):
        return None  # a name between the subject and its verb: the parse may have cut a title off
    if subject.lower_ == "it" and any(c.dep_ in {"xcomp", "ccomp"} for c in verb.children):
        return None  # "It is impossible to watch X without thinking of Y": an empty "it"
    words = list(subject.subtree)
    person = subject.ent_type_ == "PERSON"
    if not person and (subject.pos_ == "PROPN" or any(t.text[:1].isupper() for t in words[1:])):
        return None  # "Death Becomes Her", "The Lost City of Z": maybe a work
    if not person and subject.pos_ not in {"PRON", "NOUN"}:
        return None
    if person and any(t.dep_ in {"relcl", "acl", "appos"} for t in subject.children):
        words = [subject, *[t for t in subject.lefts]]  # "Vinterberg, who made The Hunt,": the name only
    return min(t.idx for t in words), max(t.idx + len(t) for t in words)


class Cues(list[Cue]):
    """A unit's cues, left to right, and apart from them (``subjects``) the main verbs that follow
    a capitalised name ("Birds of Prey [gave] Harley ..."): no cue, so the rules that find works
    never see them; the relation rules read them for a commenter's sentence about another work."""

    subjects: list[Cue]

    def __init__(self, cues: Iterable[Cue] = (), subjects: Iterable[Cue] = ()) -> None:
        super().__init__(cues)
        self.subjects = list(subjects)


_JOIN_WORDS = frozenset(get_string_id(w) for w in ("with", "minus", "plus"))


# the lower-case words a title holds between capitals: "Withnail and I", "Lord of the Flies"
_TITLE_SMALL = frozenset("and of the a an in on to for at or & vs vs.".split())


def _title_words(tokens: Span) -> bool:
    """Whether ``tokens`` read as a title: capitals, with small words between them, never last."""
    words = [t for t in tokens if t.is_alpha]
    return (
        bool(words)
        and words[-1].text[:1].isupper()
        and all(t.text[:1].isupper() or t.lower_ in _TITLE_SMALL for t in words)
    )


def fragment_cues(doc: Doc, columns: _Columns, sentences: _Sentences) -> list[tuple[str, int, int]]:
    """A verbless sentence that opens with a name and goes on "with ...": "Groundhog Day with a
    soundtrack you can dance to.", "Jaws minus the shark." The cue is the joining word; the work
    is the name right before it (a ``suffix`` cue). One test per sentence with a noun for root."""
    found: list[tuple[str, int, int]] = []
    lowers = columns.lowers
    for index in sentences.firsts:  # one look a sentence: its root is a noun, a joining word near its start
        first, end = sentences.bounds(index)
        window = lowers[first : min(end, first + 10)]
        places = [at for at, word in enumerate(window) if word in _JOIN_WORDS]
        if not places or not doc[first].text[:1].isupper():
            continue
        root = next((t for t in doc[first:end] if t.dep_ == "ROOT"), None)
        if root is None or root.tag_ not in {"NN", "NNS", "NNP", "NNPS"}:
            continue
        joins = (doc[first + place] for place in places)
        join = next((t for t in joins if t.dep_ == "prep" and (t.head == root or t.head.head == root)), None)
        if join is not None and _title_words(doc[first : join.i]):
            found.append(("fragment-with", join.i, join.i + 1))
    return found


def find_cues(docs: Iterable[tuple[int, Doc]]) -> Cues:
    """Comparison cues of a unit's parsed text (its ``(offset, doc)`` pieces), left to right.

    Where matches overlap, the lexicon's earlier (more specific) entry wins, then the longer.
    """
    found: list[Cue] = []
    subjects: list[Cue] = []
    for offset, doc in docs:
        if not len(doc):
            continue
        array = doc.to_array(["TAG", "LOWER", "HEAD", "SENT_START", "DEP", "ORTH"])  # one read
        columns = _Columns(array)  # and one conversion to lists; Tokens only where a cue may be
        starts = INDEX.starts(array[:, 1])
        sentences = _Sentences(array[:, 3].astype(numpy.int64))
        lowers = columns.lowers
        matches = []
        parsed = [
            *comparative_cues(doc, columns, sentences),
            *liking_cues(doc, columns, sentences),
            *fragment_cues(doc, columns, sentences),
        ]
        for name, start, _end in subject_cues(doc, columns):
            verb = doc[start]
            subjects.append(Cue(offset + verb.idx, offset + verb.idx + len(verb), name, "subject", "neutral"))
        for name, start, end in [*INDEX.matches(doc, lowers, starts), *parsed]:
            if name in _PARSED or _accept(name, doc, start, sentences):
                matches.append((ORDER[name], -(end - start), start, end, name))
        if not matches:
            continue
        heads = (array[:, 2].astype(numpy.int64) + numpy.arange(len(doc))).tolist()
        joining = ((array[:, 4] == _CONJ) | (array[:, 4] == _APPOS)).tolist()
        conjoined, relatives = _clause_barriers(doc, columns, heads, len(matches) > 1)
        if relatives:  # only the relative clauses that hold a cue
            cue_starts = sorted(start for _, _, start, _, _ in matches)
            relatives = [
                (verb, first, last)
                for verb, first, last in relatives
                if bisect_right(cue_starts, last) > bisect_right(cue_starts, first - 1)
            ]
        places = doc.to_array(["IDX", "LENGTH"])  # character offsets by column, not a Token per index
        firsts = (places[:, 0] + offset).tolist()
        lasts = (places[:, 0] + places[:, 1] + offset).tolist()
        taken: set[int] = set()
        for _, _, start, end, name in sorted(matches):
            if taken.intersection(range(start, end)):
                continue
            taken.update(range(start, end))
            shape, polarity = SPECS[name]
            if name in {"comparative", "comparative-plain", "graded"}:
                words_of = {t.lower_ for t in doc[start:end]}
                if words_of & _WORSE:
                    polarity = RIGHT
                elif "same" in words_of:
                    polarity = "similar"
            barriers = _barriers_of(start, conjoined, relatives)
            reached, beyond = _governed(doc, start, end, sentences, heads, joining, barriers)
            governed = frozenset(firsts[i] for i in reached)
            subject = _plain_subject(doc, start, end)
            plain = (offset + subject[0], offset + subject[1]) if subject else None
            blocked = frozenset(firsts[i] for i in beyond) if beyond else frozenset()
            found.append(Cue(firsts[start], lasts[end - 1], name, shape, polarity, governed, plain, blocked))
    return Cues(sorted(found, key=lambda c: c.start), subjects)
