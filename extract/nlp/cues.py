"""Comparison cues: a lexicon of verbs, nouns, adjectives and prepositions that compare works,
written as spaCy token patterns and matched on the parsed tokens (each token tries only the
patterns its word can start); the parse then says which words each cue governs.

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

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from spacy.tokens import Doc
from spacy.tokens import Token as SpacyToken

LEFT = "left preferred"
RIGHT = "right preferred"

_REMIND = ["remind", "reminds", "reminded", "reminding"]
_ME = ["me", "us", "one", "you", "him", "her", "them", "viewers"]
_PRONOUN = ["it", "this", "that", "them"]
_TIMES = ["year", "night", "day", "week", "weekend", "month", "time", "summer", "season", "date", "festival"]
_SUFFIXES = ["esque", "like", "inspired", "style", "lite", "type", "adjacent", "flavored", "flavoured", "ish"]
_TAKE = ["take", "takes", "took", "taking", "pick", "picks", "picked", "choose", "chose"]
_DOSE = ["dose", "dash", "pinch", "touch", "hint", "whiff", "splash", "sprinkle", "smidgen", "helping", "bit"]
_OWE = ["owe", "owes", "owed", "owing"]
_ANY_WORD = {"IS_ALPHA": True, "OP": "?"}
_BE = ["is", "'s", "’s", "was", "be", "are", "were", "being", "been"]
_POSITIVE = ["affecting", "moving", "powerful", "fun", "entertaining", "interesting", "enjoyable", "satisfying"]
_POSITIVE += ["memorable", "effective", "impressive", "engaging", "exciting", "original", "beautiful", "gripping"]
_NEGATIVE = ["boring", "tedious", "dull", "annoying", "forgettable", "derivative", "predictable", "bloated"]

Token = dict[str, Any]


def _w(*words: str, op: str | None = None) -> Token:
    token: Token = {"LOWER": {"IN": list(words)}} if len(words) > 1 else {"LOWER": words[0]}
    if op:
        token["OP"] = op
    return token


# (name, shape, polarity, patterns)
_LEXICON: tuple[tuple[str, str, str, list[list[Token]]], ...] = (
    # who wins
    (
        "better-than",
        "object",
        LEFT,
        [
            [_w("better", "superior", "stronger", "smarter", "funnier"), _w("than", "to")],
            [_w("step"), _w("up"), _w("from")],
            [_w(*_TAKE), _w(*_PRONOUN), _w("over")],
            [_w("meilleur", "meilleure", "mieux"), _w("que", "qu'")],  # French, German, Spanish
            [_w("besser"), _w("als")],
            [_w("mejor"), _w("que")],
        ],
    ),
    ("more-positive-than", "object", LEFT, [[_w("more"), _w(*_POSITIVE), _w("than")]]),
    ("more-negative-than", "object", RIGHT, [[_w("more"), _w(*_NEGATIVE), _w("than")]]),
    (
        "nothing-beats",
        "object",
        RIGHT,
        [
            [_w("nothing", "none"), _w("beats", "tops", "touches", "compares", "matches"), _w("to", op="?")],
            [_w("stick"), _w("with", "to")],
        ],
    ),
    ("surpass", "object", LEFT, [[_w("surpass", "surpasses", "surpassed", "outdoes", "outdid", "beats", "tops")]]),
    ("improve-on", "object", LEFT, [[_w("improves", "improved", "improving", "improve"), _w("on", "upon")]]),
    (
        "did-it-better",
        "object",
        LEFT,
        [
            [
                _w("did", "does", "done", "do"),
                _w("this", "it", "that"),
                _w("so", "much", "far", "way", "a", "lot", op="*"),
                _w("better"),
            ]
        ],
    ),
    ("did-it-first", "object", "neutral", [[_w("did", "does", "done", "do"), _w("this", "it", "that"), _w("first")]]),
    # "Under the Skin did the alien-in-a-strange-land thing first": an adverb of the verb "do"; see _accept
    ("do-first", "object", "neutral", [[_w("first")]]),
    ("do-better", "object", LEFT, [[_w("better", "best")]]),
    (
        "still-the-better",
        "object",
        LEFT,
        [
            [_w("still"), _w("stands", "stand"), _w("as"), _w("my")],
            [_w("is", "was"), _w("still", op="?"), _w("the"), _w("better")],
            [_w("still", "is", "remains"), _w("my"), _w("favourite", "favorite", "pick", "choice")],
        ],
    ),
    ("prefer", "object", RIGHT, [[_w("prefer", "prefers", "preferred")], [_w("yearning", "longing"), _w("for")]]),
    (
        "worse-than",
        "object",
        RIGHT,
        [
            [_w("worse", "weaker", "inferior", "lesser", "duller"), _w("than", "to")],
            [_w("step"), _w("down"), _w("from")],
            [_w("pire"), _w("que", "qu'")],
            [_w("schlechter"), _w("als")],
            [_w("peor"), _w("que")],
        ],
    ),
    ("less-than", "object", RIGHT, [[_w("less"), {"IS_ALPHA": True}, _w("than")]]),
    (
        "not-as-as",
        "object",
        RIGHT,
        [
            [
                _w("not", "n't", "nowhere", "nothing"),
                _w("near", "quite", "nearly", "as", op="*"),
                {"IS_ALPHA": True},
                _w("as"),
            ],
            [_w("no"), _w("where"), _w("near")],
        ],
    ),
    (
        "pales",
        "object",
        RIGHT,
        [
            [_w("pales", "paled", "pale")],
            [_w("falls", "fell", "fall"), _w("short"), _w("of")],
            [_w("candle"), _w("to")],
            [_w("no"), _w("match"), _w("for")],
            [_w("patch"), _w("on")],
            [_w("second"), _w("only"), _w("to")],
        ],
    ),
    ("is-no", "adjacent", RIGHT, [[_w(*_BE), _w("no")], [_w(*_BE), _w("not", "n't", "’t")]]),
    ("poor-mans", "adjacent", RIGHT, [[_w("poor"), _w("man", "woman"), _w("'s", "’s")]]),
    (
        "this-is-not",
        "suffix",
        RIGHT,
        [[_w("this", "it"), _w("is", "'s", "’s"), _w("not")], [_w("this", "it"), _w("ai"), _w("n't")]],
    ),
    ("instead", "preceding", RIGHT, [[_w("instead")]]),
    (
        "rather",
        "object",
        RIGHT,
        [
            [_w("rather"), _w("watch", "see", "rewatch", "have", "revisit")],
            [_w("reserved"), _w("for")],
            [_w("skip", "avoid"), _w(*_PRONOUN)],
        ],
    ),
    (
        "better-alone",
        "object",
        LEFT,
        [[{"LOWER": {"IN": ["better", "superior", "tighter", "stronger"]}, "TAG": "JJR"}]],
    ),
    (
        "worse-alone",
        "object",
        RIGHT,
        [[{"LOWER": {"IN": ["worse", "weaker", "lesser"]}, "TAG": {"IN": ["JJR", "JJ"]}}]],
    ),
    # ranking
    ("since", "object", "ranking", [[_w("since")]]),
    (
        "benchmark",  # "Shrek 2 is still the high point of the series": its subject wins
        "object",
        LEFT,
        [
            [_w("high"), _w("point", "water", "watermark")],
            [_w("gold"), _w("standard")],
            [_w("benchmark", "pinnacle", "yardstick")],
        ],
    ),
    (
        "rank",
        "object",
        "ranking",
        [
            [
                _w("rank", "ranks", "ranked", "put", "puts", "place", "places", "placed", "slot", "slots"),
                _w("it", "this", "them"),
                _w("one", "film", "movie", op="?"),
                _w("just", "right", "somewhere", "well", "far", "way", op="?"),
                _w("above", "below", "behind", "ahead", "beside", "alongside", "under", "over"),
            ]
        ],
    ),
    (
        "dethrone",
        "object",
        "ranking",
        [
            [_w("dethrone", "dethrones", "dethroned")],
            [_w("my"), _w("#"), _w("1")],
            [_w("my"), _w("#1")],
            [_w("favorite", "favourite"), _w("film", "movie"), _w("of")],
        ],
    ),
    # contrast
    (
        "unlike",
        "object",
        "contrast",
        [
            [_w("unlike")],
            [_w("nothing"), _w("like")],
            [_w("opposite"), _w("of")],
            [_w("different"), _w("from", "than", "to")],
            [_w("be"), _w("more"), _w("different")],
            [_w("far"), _w("cry"), _w("from")],
        ],
    ),
    ("where-clause", "object", "contrast", [[_w("where", "whereas", "while")]]),
    ("more-than", "binary", "similar", [[_w("than")]]),  # "more Alien than Aliens": checked in _accept
    (
        "comparative-than",
        "object",
        "contrast",
        [
            [_w("than")],  # after a comparative: checked in _accept (a pattern starting with a tag test is slow)
            [_w("closer", "nearer"), _ANY_WORD, _ANY_WORD, _w("to")],
        ],
    ),
    # likeness
    (
        "remind",
        "object",
        "similar",
        [
            [_w(*_REMIND), _w(*_ME, op="?"), _w("of")],
            [_w("reminiscent"), _w("of")],
            [_w("reminder"), _w("of")],
            [_w("memories", "memory"), _w("of")],
            [_w("want", "wanted", "wanting"), _w("to"), _w("rewatch", "revisit", "re-watch")],
            [_w("if"), _w("you"), _w("'ve", "’ve", "have"), _w("seen", "watched", "liked", "enjoyed", "loved")],
            [_w("if"), _w("you"), _w("saw", "liked", "enjoyed", "loved", "like", "enjoy", "love", "dig", "dug")],
            [_w("digne"), _w("de", "d'")],  # French, German, Spanish
            [_w("rappelle", "rappellent", "rappelant", "évoque", "évoquant")],
            [_w("fait", "font"), _w("penser"), _w("à", "au", "aux")],
            [_w("erinnert", "erinnerte", "erinnern"), _w("an", "mich")],
            [_w("recuerda", "recordó", "recuerdan"), _w("a", "al")],
        ],
    ),
    (
        "recall",
        "object",
        "similar",
        [
            [
                _w(
                    "recall",
                    "recalls",
                    "recalled",
                    "recalling",
                    "echo",
                    "echoes",
                    "echoed",
                    "echoing",
                    "evoke",
                    "evokes",
                    "evoked",
                    "evoking",
                    "channels",
                    "channel",
                    "channeling",
                    "channelling",
                    "conjures",
                    "screams",
                )
            ]
        ],
    ),
    (
        "to-mind",
        "object",
        "similar",
        [[_w("calls", "call", "called", "calling", "brings", "bring", "brought", "bringing"), _w("to"), _w("mind")]],
    ),
    (
        "vein",
        "object",
        "similar",
        [
            [
                _w("in"),
                _w("the"),
                _w("vein", "spirit", "tradition", "mold", "mould", "style", "manner", "footsteps"),
                _w("of"),
            ],
            [_w("following", "follows", "follow", "followed"), _w("in")],
        ],
    ),
    (
        "similar",
        "object",
        "similar",
        [
            [
                _w(
                    "similar",
                    "similarities",
                    "similarity",
                    "akin",
                    "comparable",
                    "kin",
                    "parallels",
                    "resemblance",
                    "resembles",
                    "resemble",
                    "resembling",
                )
            ],
            [_w("closest", "nearest"), _w("thing", "film", "movie", "cousin", op="?"), _w("to")],
            [_w("as"), {"POS": "ADJ", "LOWER": {"NOT_IN": ["long", "far", "much", "many", "soon", "well"]}}, _w("as")],
        ],
    ),
    (
        "like",
        "object",
        "similar",
        [
            [{"LOWER": "like", "POS": {"IN": ["ADP", "SCONJ", "INTJ"]}}],
            [_w("just", "much", "lot", "kind", "sort", "bit", "more", "rather"), _w("like")],
            [_w("as"), _w("in", "with")],
        ],
    ),
    (
        "compared",
        "object",
        "similar",
        [[_w("compared", "compare", "compares", "comparing", "comparison", "comparisons")]],
    ),
    (
        "same-level",
        "object",
        "similar",
        [
            [_w("on"), _w("par"), _w("with")],
            [_w("up"), _w("there"), _w("with")],
            [_w("same"), _w("level", "league", "weight", "class", "ballpark", "vein", "territory")],
            [_w("alongside")],
            [_w("same"), {"IS_ALPHA": True, "OP": "?", "LOWER": {"NOT_IN": _TIMES}}, _w("as")],
            [_w("shares", "share", "shared", "sharing"), _ANY_WORD, _ANY_WORD, _w("with")],
            [_w("in"), _w("common"), _w("with")],
            [_w("double"), _w("bill", "feature"), _w("with")],
            [_w("pair", "pairs", "paired"), _w("it", "this", "well", "nicely", op="?"), _w("with")],
            [_w("does", "did", "do", "doing"), _w("what")],
        ],
    ),
    (
        "thinking-of",
        "object",
        "similar",
        [[_w("thinking", "think", "thought"), _w("of", "about")], [_w("kept", "keep"), _w("thinking")]],
    ),
    (
        "a-new",
        "adjacent",
        "similar",
        [
            [_w("a", "the"), _w("new", "next", "modern", "another")],
            [_w("a"), _w("sort", "kind"), _w("of")],
            [_w("a", "the"), _w("modern", "latter", "present"), {"ORTH": "-"}, _w("day")],
        ],
    ),
    (
        "seen-before",
        "object",
        "similar",
        [
            [
                _w("seen", "saw", "done"),
                _w("it", "this", "that", "all", "most", "much", "some", "of", "everything", op="*"),
                _w("before"),
            ],
            [_w("wants", "wanted", "want", "trying", "tries", "tried", "aspires", "aspiring"), _w("to"), _w("be")],
        ],
    ),
    (
        "dose-of",
        "object",
        "similar",
        [
            [
                _w("a"),
                {"POS": "ADJ", "OP": "?"},
                _w(*_DOSE),
                _w("of"),
            ],
            [_w("shades", "traces"), _w("of")],
        ],
    ),
    (
        "list-of",
        "object",
        "similar",
        [
            [_w("such"), _w("as")],
            [_w("includes", "including", "include", "included")],
            [_w("next"), _w("to")],
            [_w("beside")],
            [_w("will", "would", "'ll", "’ll"), _w("also", op="?"), _w("enjoy", "like", "love", "appreciate", "dig")],
            [_w("fans"), _w("of")],
            [
                _w("the"),
                {"POS": "ADJ", "OP": "?"},
                _w("charm", "feel", "look", "tone", "spirit", "energy", "menace", "mood", "atmosphere", "stillness"),
                _w("of"),
            ],
        ],
    ),
    # derivation and influence
    (
        "version",
        "object",
        "neutral",
        [
            [
                _w(
                    "version",
                    "versions",
                    "remake",
                    "remakes",
                    "remade",
                    "remaking",
                    "reboot",
                    "reboots",
                    "rebooting",
                    "sequel",
                    "prequel",
                    "follow-up",
                    "update",
                    "updates",
                    "adaptation",
                    "retelling",
                    "reimagining",
                    "variation",
                    "variations",
                    "variant",
                    "successor",
                    "heir",
                    "descendant",
                    "precursor",
                    "forerunner",
                    "predecessor",
                    "callback",
                    "throwback",
                    "rehash",
                    "retread",
                )
            ],
            [{"LOWER": "take", "POS": "NOUN"}, _w("on")],
            [_w("follow", "spin"), {"ORTH": "-"}, _w("up", "off")],
            [_w("answer"), _w("to")],
        ],
    ),
    (
        "homage",
        "modifier",
        "neutral",
        [
            [
                _w(
                    "homage",
                    "hommage",
                    "tribute",
                    "nod",
                    "nods",
                    "ode",
                    "pastiche",
                    "parody",
                    "spoof",
                    "riff",
                    "riffs",
                    "spin",
                    "rip",
                    "ripoff",
                    "rip-off",
                    "knock",
                    "knockoff",
                    "knock-off",
                    "copy",
                    "copies",
                    "imitation",
                    "imitates",
                    "clone",
                )
            ],
            [_w("love"), _w("letter")],
            [_w("ripping", "ripped", "rips", "rip"), _w("off")],
            [_w("rip", "knock"), {"ORTH": "-"}, _w("off")],
        ],
    ),
    (
        "modifier-noun",
        "modifier",
        "similar",
        [
            [
                {
                    "LOWER": {
                        "IN": [
                            "vibe",
                            "vibes",
                            "energy",
                            "territory",
                            "wannabe",
                            "copycat",
                            "lite",
                            "redux",
                            "formula",
                            "playbook",
                            "template",
                            "blueprint",
                            "touchstone",
                            "setup",
                            "dna",
                        ]
                    },
                    "POS": {"IN": ["NOUN", "PROPN"]},
                }
            ],
            [_w("set"), {"ORTH": "-"}, _w("up")],
            [_w("reference"), _w("point")],
        ],
    ),
    ("without", "modifier", "contrast", [[_w("without"), _w("the", "a", "an", "its", "all", "any")]]),
    (
        "owe",
        "object",
        "neutral",
        [
            [_w(*_OWE), _ANY_WORD, _ANY_WORD, _ANY_WORD, _w("to")],
            [_w(*_OWE), _w("it", "this", "them", "him", "her"), _ANY_WORD, _ANY_WORD, _w("debt", "lot", "everything")],
            [_w("indebted")],
            [_w("doit", "doivent"), _w("tout", "beaucoup", "énormément", "plus"), _w("à", "au", "aux")],
        ],
    ),
    (
        "borrow",
        "object",
        "neutral",
        [
            [
                _w(
                    "borrow",
                    "borrows",
                    "borrowed",
                    "borrowing",
                    "apes",
                    "aped",
                    "aping",
                    "cribs",
                    "cribbed",
                )
            ],
            [_w("inspired", "influenced"), _w("by")],
            [_w("draws", "drew", "drawing", "draw"), _w("heavily", op="?"), _w("on", "from")],
            [_w("page"), _w("from")],
            [_w("steals", "stole", "stolen", "lifts", "lifted", "lifting", "stealing"), _ANY_WORD, _w("from")],
            [
                _w(
                    "inspiration",
                    "inspirations",
                    "influence",
                    "influences",
                    "influenced",
                    "references",
                    "referenced",
                    "referencing",
                    "quotes",
                    "quoting",
                    "nodding",
                )
            ],
        ],
    ),
    (
        "original",
        "object",
        "neutral",
        [
            [_w("original")],
            [_w("arguments"), _w("on")],
            [_w("remember"), _w("watching")],
            [_w("in"), _w("re"), _w(":")],
            [_w("is"), _w("its"), _w("big")],
            [_w("sister", "sisters", "cousin", "twin", "companion", "counterpart")],
        ],
    ),
    # two works side by side
    (
        "meets",
        "binary",
        "similar",
        [
            [_w("by"), _w("way"), _w("of")],
            [{"LOWER": {"IN": ["meets", "mets", "meet"]}, "POS": {"IN": ["VERB", "NOUN", "PROPN", "AUX"]}}],
            [_w("vs", "vs.", "versus")],
        ],
    ),
    (
        "between",
        "between",
        "similar",
        [
            [_w("cross", "crossing", "crossed"), _w("between", "with")],
            [
                _w(
                    "mix",
                    "mixture",
                    "blend",
                    "remix",
                    "mashup",
                    "mash-up",
                    "combination",
                    "hybrid",
                    "marriage",
                    "fusion",
                ),
                _w("of", "between"),
            ],
            [_w("somewhere", "halfway", "midway", "squarely"), _w("between")],
            [
                _w(
                    "combining",
                    "combines",
                    "combine",
                    "combined",
                    "mixing",
                    "mixes",
                    "blending",
                    "blends",
                    "marries",
                    "marrying",
                    "fuses",
                    "fusing",
                )
            ],
        ],
    ),
    (
        "suffix",
        "suffix",
        "similar",
        [
            [{"ORTH": "-"}, _w(*_SUFFIXES)],
            [_w("all"), _w("over"), _w("again")],
        ],
    ),
)
_SPECS = {name: (shape, polarity) for name, shape, polarity, _ in _LEXICON}
_ORDER = {name: index for index, (name, *_rest) in enumerate(_LEXICON)}
_KIN = frozenset({"sister", "sisters", "cousin", "twin", "companion"})
_OPENERS = frozenset({".", "!", "?", "…", "“", '"', "(", ":"})
_SUPERLATIVE = frozenset("best greatest finest most favorite favourite first".split())
_NOT_COMPARATIVE = frozenset({"rather", "other", "sooner", "whether", "either", "neither", "over", "after", "never"})
# cues whose subject is a viewer, not a work ("kids will love it", "I kept thinking of Moon")
PERSON_SUBJECT_CUES = frozenset({"list-of", "thinking-of", "prefer", "rather"})


@dataclass(frozen=True, slots=True)
class Cue:
    """A comparison cue in a unit's text: character span, name, shape and polarity."""

    start: int
    end: int
    name: str
    shape: str
    polarity: str
    governed: frozenset[int] = frozenset()  # start offsets of the tokens the cue governs in the parse

    def governs(self, start: int, end: int) -> bool:
        """Whether the parse puts some token of text[start:end] under the cue (within a few arcs)."""
        return any(start <= offset < end for offset in self.governed)


class _Lexicon:
    """The lexicon's token patterns (spaCy's pattern syntax: LOWER/ORTH words or word lists,
    POS/TAG, IS_ALPHA, OP "?" and "*"), indexed by their first word. spaCy's ``Matcher`` walks
    every pattern's state at every token and tests word lists in Python, which cost more than the
    rest of the extractor; here each token looks up only the patterns its own word can start."""

    def __init__(self) -> None:
        self.by_first: dict[str, list[tuple[int, str, list[Token]]]] = {}
        for order, (name, _shape, _polarity, patterns) in enumerate(_LEXICON):
            for pattern in patterns:
                first = pattern[0]
                words = first.get("LOWER", first.get("ORTH"))
                for word in words["IN"] if isinstance(words, dict) else [words]:
                    self.by_first.setdefault(str(word), []).append((order, name, pattern))

    def matches(self, doc: Sequence[SpacyToken], words: list[str]) -> Iterator[tuple[str, int, int]]:
        """(name, start, end) of every pattern matching at every token (the longest per pattern)."""
        for start, word in enumerate(words):
            for _order, name, pattern in self.by_first.get(word, ()):
                end = _match(pattern, 0, doc, words, start)
                if end is not None:
                    yield name, start, end


def _fits(token: Token, doc: Sequence[SpacyToken], words: list[str], index: int) -> bool:
    for attribute, wanted in token.items():
        if attribute == "OP":
            continue
        if attribute == "LOWER":
            value: object = words[index]
        elif attribute == "ORTH":
            value = doc[index].text
        elif attribute == "POS":
            value = doc[index].pos_
        elif attribute == "TAG":
            value = doc[index].tag_
        elif attribute == "IS_ALPHA":
            value = doc[index].is_alpha
        else:
            return False
        if isinstance(wanted, dict):
            if ("IN" in wanted and value not in wanted["IN"]) or value in wanted.get("NOT_IN", ()):
                return False
        elif value != wanted:
            return False
    return True


def _match(pattern: list[Token], at: int, doc: Sequence[SpacyToken], words: list[str], index: int) -> int | None:
    """The end of the longest match of pattern[at:] from token ``index`` (None if none)."""
    if at == len(pattern):
        return index
    token = pattern[at]
    op = token.get("OP")
    if op == "*":
        ends = [index]
        while len(ends) <= 4 and ends[-1] < len(words) and _fits(token, doc, words, ends[-1]):
            ends.append(ends[-1] + 1)
        for end in reversed(ends):
            found = _match(pattern, at + 1, doc, words, end)
            if found is not None:
                return found
        return None
    if index < len(words) and _fits(token, doc, words, index):
        found = _match(pattern, at + 1, doc, words, index + 1)
        if found is not None:
            return found
    return _match(pattern, at + 1, doc, words, index) if op == "?" else None


_INDEX = _Lexicon()


def _more_title_before(doc: Doc, start: int) -> bool:
    """Whether "more"/"less" followed by a capitalised word comes before ``start`` in its
    sentence, with no other "than" between: "more Final Destination than Heathers"."""
    first = doc[start].sent.start
    for index in range(start - 1, max(first, start - 10) - 1, -1):
        word = doc[index].lower_
        if word == "than":
            return False
        if word in {"more", "less"} and index + 1 < start and doc[index + 1].text[:1].isupper():
            return True
    return False


def _accept(name: str, doc: Doc, start: int) -> bool:
    """Checks a pattern cannot say: "since" ranks only after a superlative ("the best ... since")."""
    if name == "more-than":
        return _more_title_before(doc, start)
    if name == "where-clause":  # "Where Alien ..., this one ...": a clause that opens its sentence
        follows = doc[start + 1] if start + 1 < len(doc) else None
        opens = start == doc[start].sent.start or doc[start - 1].is_space or doc[start - 1].text in _OPENERS
        return opens and follows is not None and follows.tag_ != "VBG"
    if name in {"do-first", "do-better"}:
        token = doc[start]
        return (
            token.head.lemma_ == "do"
            and token.dep_ in {"advmod", "acomp", "npadvmod", "dobj"}
            and token.i > token.head.i
        )
    if name == "instead":  # "see Primer instead", not "instead of Primer"
        return not (start + 1 < len(doc) and doc[start + 1].lower_ == "of")
    if name == "since":  # "the best ... since", "not since", "I haven't been this scared since"
        preceding = doc[max(doc[start].sent.start, start - 12) : start]
        if any(t.lower_ in _SUPERLATIVE or t.tag_ in {"JJS", "RBS"} for t in preceding):
            return True
        negated = any(t.lower_ in {"not", "n't", "never"} for t in preceding)
        opens = not len(preceding) or preceding[-1].lower_ in {"not", "never"}
        return negated and (opens or any(t.lower_ in {"this", "so"} for t in preceding))
    if name == "comparative-than":
        if doc[start].lower_ != "than":
            return True
        before = list(doc[max(doc[start].sent.start, start - 8) : start])  # "laughed more at this than at X"
        return (
            bool(before)
            and before[-1].lower_ not in _NOT_COMPARATIVE
            and any(
                t.tag_ in {"JJR", "RBR"}
                or t.lower_ in {"more", "less"}
                or (t.lower_.endswith("er") and t.lower_ not in _NOT_COMPARATIVE and t.pos_ in {"ADJ", "ADV"})
                for t in before
            )
        )
    if name == "original":  # not "the original score", nor "my sister"
        if start and doc[start - 1].tag_ == "PRP$" and doc[start].lower_ in _KIN:
            return False
        return not (start + 1 < len(doc) and doc[start + 1].lower_ in {"score", "song", "screenplay", "music"})
    return True


_REACH = 4  # arcs from a cue down to the works it compares: "since [Hauer's replicant in] Blade Runner"


def _governed(doc: Doc, start: int, end: int) -> list[Any]:
    """Tokens of the cue's sentence whose head chain reaches the cue within ``_REACH`` arcs."""
    cue = set(range(start, end))
    for index in range(start, end):  # "The template is Wake in Fright": the copula's complement too
        token = doc[index]
        if token.dep_ in {"nsubj", "nsubjpass"} and token.head.lemma_ == "be" and token.head.i not in cue:
            cue.add(token.head.i)
        if token.dep_ == "compound" and 0 < token.head.i - index <= 2:  # "spin-off of Shrek": the head noun
            cue.add(token.head.i)
    sentence = doc[start].sent
    found = []
    for token in sentence:
        node = token
        for _ in range(_REACH + 1):
            if node.i in cue:
                found.append(token)
                break
            if node.head.i == node.i:
                break
            node = node.head
    return found


def find_cues(docs: Iterable[tuple[int, Doc]]) -> list[Cue]:
    """Comparison cues of a unit's parsed text (its ``(offset, doc)`` pieces), left to right.

    Where matches overlap, the lexicon's earlier (more specific) entry wins, then the longer.
    """
    found: list[Cue] = []
    for offset, doc in docs:
        matches = []
        tokens = list(doc)  # one Token object per word: indexing the Doc makes a new one each time
        words = [token.lower_ for token in tokens]
        for name, start, end in _INDEX.matches(tokens, words):
            if _accept(name, doc, start):
                matches.append((_ORDER[name], -(end - start), start, end, name))
        taken: set[int] = set()
        for _, _, start, end, name in sorted(matches):
            if taken.intersection(range(start, end)):
                continue
            taken.update(range(start, end))
            shape, polarity = _SPECS[name]
            span = doc[start:end]
            governed = frozenset(offset + t.idx for t in _governed(doc, start, end))
            found.append(Cue(offset + span.start_char, offset + span.end_char, name, shape, polarity, governed))
    return sorted(found, key=lambda c: c.start)
