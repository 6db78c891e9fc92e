"""The comparison cue lexicon: each entry a name, a *shape* (where the compared works stand
around the cue), a *polarity* (seen from the work on the cue's left) and spaCy-style token
patterns (LOWER/ORTH words or word lists, POS/TAG, IS_ALPHA, OP "?" and "*").

Shapes and polarities are described in ``extract.nlp.cues``, which matches these patterns on
parsed text (``extract.nlp.cue_patterns``) and walks the parse from each match.
"""

from __future__ import annotations

from typing import Any

LEFT = "left preferred"
RIGHT = "right preferred"

_REMIND = ["remind", "reminds", "reminded", "reminding"]
_ME = ["me", "us", "one", "you", "him", "her", "them", "viewers"]
# how much a work reminds: "reminded me a lot of X", "reminds me so much of X", "reminds me more of X"
_DEGREE = ["a", "lot", "so", "much", "very", "strongly", "bit", "little", "more", "vaguely", "somewhat", "heavily"]
_PRONOUN = ["it", "this", "that", "them"]
_TIMES = ["year", "night", "day", "week", "weekend", "month", "time", "summer", "season", "date", "festival"]
_SUFFIXES = ["esque", "like", "inspired", "style", "lite", "type", "adjacent", "flavored", "flavoured", "ish"]
_TAKE = ["take", "takes", "took", "taking", "pick", "picks", "picked", "choose", "chose"]
_DOSE = ["dose", "dash", "pinch", "touch", "hint", "whiff", "splash", "sprinkle", "smidgen", "helping", "bit"]
_OWE = ["owe", "owes", "owed", "owing"]
_HARKEN = ["harken", "harkens", "harkened", "harkening", "hearken", "hearkens", "hearkened", "hearkening"]
_ANY_WORD = {"IS_ALPHA": True, "OP": "?"}
_ANY = {"OP": "*"}  # any tokens, up to four
_DO_FORMS = ["did", "does", "do", "done", "doing"]
_WANT = ["want", "wants", "wanted", "wanting"]
_DOINGS = ["thing", "things", "idea", "trick", "premise", "routine", "gimmick", "conceit", "shtick", "schtick"]
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
LEXICON: tuple[tuple[str, str, str, list[list[Token]]], ...] = (
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
    # "made Trollhunter, which was a hoot, but this is a real step up": the subject against the work before
    ("step-up", "object", LEFT, [[_w("step"), _w("up")]]),  # "a (real) step up"; see _accept
    ("step-down", "object", RIGHT, [[_w("step"), _w("down")]]),
    # a commenter's shorthand: "The Conjuring 2 > Don't Breathe"; see _accept
    ("greater-sign", "binary", LEFT, [[{"ORTH": ">"}]]),
    ("less-sign", "binary", RIGHT, [[{"ORTH": "<"}]]),
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
                _w("all", op="?"),  # "Unbreakable did all of this better"
                _w("of", op="?"),
                _w("this", "it", "that"),
                _w("so", "much", "far", "way", "a", "lot", op="*"),
                _w("better"),
            ]
        ],
    ),
    ("did-it-first", "object", "neutral", [[_w("did", "does", "done", "do"), _w("this", "it", "that"), _w("first")]]),
    # "Deep Impact did the whole killer-asteroid thing with more dignity", "De Palma did the same
    # thing again in Blow Out", "pulled off the same kind of swerve": another work doing what this
    # one does (a judgment before "thing", "did the right thing", is none: see _accept)
    (
        "did-the-thing",
        "object",
        "similar",
        [
            [_w(*_DO_FORMS), _w("the"), _ANY, _ANY, _w(*_DOINGS)],
            [_w(*_DO_FORMS), {"ORTH": {"IN": ['"', "“"]}}],  # 'Sleeper did "man wakes up in the future" first'
            [_w("pulled", "pulls", "pull", "pulling"), _w("off"), _w("the"), _w("same")],
        ],
    ),
    # "Bay clearly wanted his own The Right Stuff", "keeps threatening to go full Mandy", "Not every
    # movie has to be Spider-Man 2", "wanting Wake in Fright and getting ...": the work follows at once
    (
        "wanted-own",
        "adjacent",
        RIGHT,
        [
            [_w(*_WANT), _w("his", "her", "their", "its", "my", "our", "your"), _w("own")],
            [_w(*_WANT)],
            [_w("go", "goes", "going", "went", "gone"), _w("full")],
            [_w("has", "have", "had"), _w("to"), _w("be")],
        ],
    ),
    # "I'd swap Once Upon a Time in China for Police Story": the work after "for" wins; see _accept
    ("swap-for", "binary", RIGHT, [[_w("for")]]),
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
            [_w("still"), _w("the"), _w("king", "queen", "champ", "champion", "benchmark", "one")],
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
            [_w("heights"), _w("of")],  # "it never reaches the heights of Alien"
            # "not anywhere close to the quality of Solaris", "nowhere near Alien"
            [_w("anywhere", "nowhere"), _w("close", "near"), _w("to", op="?")],
        ],
    ),
    # "so the film can keep up with Friday the 13th", "it measures up to Alien", "how it stacks up
    # against Heat", "it could give Solaris a run for its money"
    (
        "measure-up",
        "object",
        "ranking",
        [
            [_w("keep", "keeps", "kept", "keeping"), _w("up"), _w("with")],
            [_w("measure", "measures", "measured", "measuring"), _w("up"), _w("to", "against")],
            [_w("stack", "stacks", "stacked", "stacking"), _w("up"), _w("to", "against")],
            [_w("run"), _w("for"), _w("its", "their", "his", "her"), _w("money")],
            # "none of them have matched this one", "Neither has matched this"
            [_w("matched", "matches", "equalled", "equaled", "equals")],
        ],
    ),
    # "Only Up got close to it", "Tabu is the only one of his that comes close to it"
    (
        "close-to",
        "object",
        RIGHT,
        [[_w("comes", "came", "come", "coming", "got", "gets", "get", "getting"), _w("close", "closer"), _w("to")]],
    ),
    # "The Crowd is its only real rival"
    ("rival", "object", "ranking", [[_w("rival", "rivals", "rivalled", "rivaled", "rivalling", "rivaling")]]),
    # "Leone turned Kurosawa's Yojimbo into A Fistful of Dollars": two other works (see cues._accept)
    ("turn-into", "binary", "neutral", [[_w("into")]]),
    # "it lacks the bite of Pan's Labyrinth", "there is none of the deadpan cool of Down by Law here"
    ("lacks", "object", RIGHT, [[_w("lacks", "lacked", "lacking", "lack")], [_w("none"), _w("of")]]),
    # "I'd still take Double Indemnity over this": "over" of a verb of choosing (see cues._accept)
    ("take-over", "binary", LEFT, [[_w("over")]]),
    # "it's no Casablanca", "still no Heat, though"
    ("is-no", "adjacent", RIGHT, [[_w(*_BE), _w("no")], [_w(*_BE), _w("not", "n't", "’t")], [_w("still"), _w("no")]]),
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
    # "not a million miles from X", "never far from X": a litotes of likeness
    (
        "not-far-from",
        "object",
        "similar",
        [
            [_w("million"), _w("miles"), _w("away", op="?"), _w("from")],
            [_w("never", "not"), _w("far"), _w("from")],
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
            [_w(*_REMIND), _w(*_ME, op="?"), _w(*_DEGREE, op="*"), _w("of")],
            [_w("reminiscent"), _w("of")],
            [_w("reminder"), _w("of")],
            [_w("memories", "memory"), _w("of")],
            [_w("want", "wanted", "wanting"), _w("to"), _w("rewatch", "revisit", "re-watch")],
            [_w("if"), _w("you"), _w("'ve", "’ve", "have"), _w("seen", "watched", "liked", "enjoyed", "loved")],
            [_w("if"), _w("you"), _w("saw", "liked", "enjoyed", "loved", "like", "enjoy", "love", "dig", "dug")],
            [_w("if"), _w("you"), _w("hated", "adored", "admired", "remember", "missed", "grew", "gave", "give")],
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
                _w(
                    "vein",
                    "vain",  # a common misspelling: "in the vain of"
                    "spirit",
                    "tradition",
                    "mold",
                    "mould",
                    "style",
                    "manner",
                    "footsteps",
                    "line",
                    "shadow",
                ),
                _w("of"),
            ],
            [_w("following", "follows", "follow", "followed"), _w("in")],
            # "the design harkens back to Outland", "it hearkens back to the Universal monsters"
            [_w(*_HARKEN), _w("back"), _w("to")],
            # "the premise is straight out of The Dirty Dozen"
            [_w("straight", "right", "directly", "lifted", "taken"), _w("out"), _w("of")],
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
    # "watched this and X back to back, and the later one felt buttoned up in comparison": every
    # work before it in the sentence (relations); before "compared" so it wins the overlap
    ("in-comparison", "preceding", "contrast", [[_w("in", "by"), _w("comparison")]]),
    (
        "compared",
        "object",
        "similar",
        [[_w("compared", "compare", "compares", "comparing", "comparison", "comparisons")]],
    ),
    # "The closest thing I can think of is X", "the nearest equivalent is X": the work right after the copula
    (
        "closest-thing",
        "adjacent",
        "similar",
        [
            [
                _w("closest", "nearest"),
                _w("thing", "comparison", "equivalent", "relative", "cousin", "analogue", "analog", "parallel"),
                _ANY,
                _ANY,
                _w("is", "was", "'s", "’s", "would", "might"),
                _w("be", op="?"),
            ]
        ],
    ),
    # "Maren Ade's previous film, Everyone Else, was ...": the maker's other work in apposition; see _accept
    (
        "previous-work",
        "adjacent",
        "neutral",
        [
            [
                _w("previous", "earlier", "last", "latest", "next", "first", "second", "third", "debut", "new"),
                _w("film", "movie", "picture", "feature", "effort", "one"),
                {"ORTH": ","},
            ]
        ],
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
            [_w("worthy"), _w("of")],
            [_w("shoulder"), _w("to"), _w("shoulder"), _w("with")],
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
            # "it's trying so hard to be Guardians of the Galaxy"
            [_w("trying", "tries", "tried"), _w("so", "very", "really", op="?"), _w("hard"), _w("to"), _w("be")],
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
                    "reworking",
                    "reworkings",
                    "redo",
                    "re-imagining",
                    "re-make",
                )
            ],
            # "Fargeat follows up Revenge with more blood" (the maker's earlier work)
            [_w("follows", "followed", "following", "follow"), _w("up")],
            [{"LOWER": "take", "POS": "NOUN"}, _w("on")],
            [_w("follow", "spin"), {"ORTH": "-"}, _w("up", "off")],
            [_w("answer"), _w("to")],
            # "a dry run for X", "a warm-up for X", "a come-down from X", "a footnote to X", "an ancestor of X"
            [_w("dry"), _w("run")],
            [_w("warm", "come"), {"ORTH": "-"}, _w("up", "down")],
            [_w("warmup", "comedown", "footnote", "ancestor", "forebear", "forerunners", "ancestors")],
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
            [
                _w(*_OWE),
                _w("it", "this", "them", "him", "her"),
                _ANY_WORD,
                _ANY_WORD,
                _w("debt", "lot", "deal", "everything"),
            ],
            [_w("indebted")],
            [_w("debt", "debts"), _w("is", "was", "are", op="?"), _w("to")],  # "the obvious debt is to The Glass Key"
            [_w("doit", "doivent"), _w("tout", "beaucoup", "énormément", "plus"), _w("à", "au", "aux")],
        ],
    ),
    # a source the sentence names in running text: "loosely based on Ritual, a novel by ...",
    # "adapted by Mainwaring from Finney's serialized novel The Body Snatchers" (not a credits
    # line "Based on X by Y": see cues._accept)
    (
        "adapted",
        "object",
        "neutral",
        [
            [_w("based"), _ANY_WORD, _w("on", "upon")],
            [_w("adapted", "adapts", "adapting", "transposed", "transposes"), _ANY, _w("from")],
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
            # "how much The Matrix took from it": another work's debt to the page's
            [_w("took", "takes", "take", "taking"), _ANY, _w("from"), _w("it", "this", "here")],
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
            # "the grandpa of every James Bond movie", "the granddaddy of the slasher film"
            [_w("grandpa", "grandfather", "granddaddy", "grandaddy", "grandmother", "godfather"), _w("of")],
        ],
    ),
    # "If The Last Samurai was the fantasy, this is its correction": a fronted condition whose main
    # clause opens with the reviewed work (checked in cues._accept and relations), after "If you liked"
    ("if-clause", "object", "contrast", [[_w("if")]]),
    # two works side by side
    # a verbless "Less Fast Times, more All the President's Men": see cues._accept
    ("fronted-more", "object", "similar", [[_w("more")]]),
    # an imperative that opens its sentence: "Think Alien, but on a boat", "Imagine Jaws in space"
    ("imagine", "object", "similar", [[_w("think", "imagine", "picture")]]),
    # a suggestion of the next film to see, in the imperative: "For another quiet one, try Silent
    # Running", "Then go watch Sunshine", "seek out Gattaca too" (the opening: see cues._accept)
    (
        "try-next",
        "object",
        "similar",
        [
            [_w("try", "watch", "rewatch", "see")],
            [_w("check", "seek", "track", "hunt"), _w("out", "down")],
            [_w("start", "follow"), _w("with", "up", "it")],
        ],
    ),
    # the viewer's choice of the other work, no "over": "Give me Silent Running any day", "I'll take
    # Dark Star if we're rewarding oddness" (a title right after: see cues._accept)
    (
        "give-me",
        "object",
        RIGHT,
        [
            [_w("give"), _w("me", "us")],
            [_w("'ll", "’ll", "'d", "’d", "will", "would"), _w("take", "pick", "choose")],
        ],
    ),
    # the same suggestion as a question: "Have you seen Silent Running? Same loneliness, better robots"
    (
        "have-you-seen",
        "object",
        "similar",
        [[_w("have", "did"), _w("you"), _w("ever", op="?"), _w("seen", "watched", "see", "watch", "tried", "try")]],
    ),
    # "it reinvents the genre the way Halloween invented it" (see cues._accept)
    ("the-way", "object", "similar", [[_w("the"), _w("way")]]),
    ("fronted-less", "object", "contrast", [[_w("less")]]),
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
            [_w("love", "bastard", "illegitimate"), _w("child", "children", "baby"), _w("of")],
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
    # "it's basically Armageddon and Deep Impact with the heroism removed", "Midsommar is just The
    # Wicker Man with a bigger budget": a copula and a hedge before a title (see cues._accept)
    (
        "is-basically",
        "object",
        "similar",
        [[_w(*_BE), _w("basically", "just", "essentially", "simply", "literally", "pure")]],  # "is pure Oliver Twist"
    ),
    # found by their context (see cues._accept), lowest in precedence:
    # "the Citizen Kane of ramen films", "the Heathers of one girl": "the", a title, "of", a kind
    ("the-x-of", "object", "similar", [[_w("the")]]),
    # "It is Rear Window with a badge", "This is The Odd Couple on a frozen lake": a pointer's copula
    ("is-work", "adjacent", "similar", [[_w(*_BE)]]),
    # a comparative whose subject is a work, with no "than": "Petite Maman is even lovelier",
    # "Sunshine did the doomed-crew thing with more style" (matched by part-of-speech tag in cues)
    ("comparative", "object", LEFT, []),
    # the same with a subject in lower case ("the killer has more heart"): a comparison only where
    # that subject is a work the page names (extract.nlp.relations checks it)
    ("comparative-plain", "object", LEFT, []),
    # found from the parse: "more" grading a copula's adjective ("X is more alive", "the more beautiful film")
    ("graded", "object", LEFT, []),
    # found from the parse (extract.nlp.cues.fragment_cues): "Groundhog Day with a soundtrack."
    ("fragment-with", "suffix", "similar", []),
    # a viewer's preference with no "than" (found from the parse in cues): "I liked Gattaca better"
    # (the work liked wins), "Saw it the same year as X and liked this one more" (this one wins)
    ("liked-more", "object", RIGHT, []),
    ("liked-this-more", "object", LEFT, []),
)
SPECS = {name: (shape, polarity) for name, shape, polarity, _ in LEXICON}
ORDER = {name: index for index, (name, *_rest) in enumerate(LEXICON)}
# cues whose subject is a viewer, not a work ("kids will love it", "I kept thinking of Moon")
PERSON_SUBJECT_CUES = frozenset({"list-of", "thinking-of", "prefer", "rather", "liked-more", "liked-this-more"})
