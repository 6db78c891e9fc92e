"""Co-mention comparisons: another work a review names is compared with the reviewed one,
unless its sentence frames it as something else.

Real reviewers name another film mostly to compare it ("Die Hard had the same one-building
setup", "the funniest thing I have seen since Snakes on a Plane"), and most such sentences
carry no cue word the cue rules (``extract.nlp.relations``) know. This pass turns the default
around: after the cue rules, every other work named in a sentence of the critic's text (or of a
comment, by its commenter) is paired with the reviewed work, with a lower confidence and an
extractor name of its own (``EXTRACTOR``) so that analysts can filter these edges out.

The exclusion side is a small lexicon of the frames under which a named work is NOT set beside
the reviewed one, each found on real blog posts (docs/phrasing-catalogue.md, eighth session, C):

- ``career``: a maker's or an actor's other work, named as a filmography ("the Daniels, who
  made Swiss Army Man", "Wise made this between West Side Story and The Sound of Music",
  "with Nosferatu and Faust behind him", "a few years after The Exorcist, von Sydow ...",
  "if you only know him from The Walking Dead", "the director of Get Carter"); not a causative
  "made" ("the ambiguity that made About Elly so unnerving");
- ``plan``: plans and diaries ("Next week: Rio Bravo", "Going to see Heat tonight", "is on my
  list", "January was The Seventh Seal", "What we watched:", "So far Blood Simple ...");
- ``part``: a work that is a part of the film, not one beside it: a song, an album or a band on
  its soundtrack, a piece of music played in it ("Queen's Bohemian Rhapsody playing over"), a
  film a cinema in the story is showing;
- ``credits``: a credits or data line ("Cast: ...", "Release Date: ...", "2022 | rated R | ...");
- ``heading``: the title alone on its line, or a label line it opens with its year or a bracket
  ("Footlight Parade - 1933: reviewed last week", "The Willow Tree (Iran) – Rated by ...": a
  related-posts or archive entry; thirteenth session, blind17);
- ``others``: a sentence the cue rules already read as comparing two OTHER works with each other
  ("Is LOTR better than The Hobbit films?"): those two are paired, not the reviewed one.

A weak name (one word found only by the film table, a name in quotes, a name only a list joins)
is paired only where the sentence also points at the reviewed work or compares ("it", "this
one", the reviewed title, "better", "like"): such a name is often a character, a place or a song.
So is any name in a comment: a commenter's sentence about another work alone ("X is underrated
imo", "Remember X?") answers the thread more often than it sets X beside the film.

>>> from extract.records import Mention
>>> from extract.nlp.relations import UnitFacts
>>> text = "Die Hard had the same one-building setup. Next week: Heat."
>>> facts = UnitFacts("body", text, None, [(0, 42), (42, 58)],
...     [Mention("Die Hard", "Die Hard", "film", "body", 0, 8, rule="gazetteer"),
...      Mention("Heat", "Heat", "film", "body", 53, 57, rule="gazetteer")])
>>> [(r.target, r.extractor) for r in co_mentioned(facts, "The Raid", {"Die Hard", "Heat"}, [])]
[('Die Hard', 'reelgraph.relations.co-mention/1')]
>>> frame_of(facts, facts.mentions[1], (42, 58))
'plan'
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from functools import lru_cache
from typing import TYPE_CHECKING

from base.vocab import Rel
from extract.nlp.textnorm import name_key
from extract.records import BODY, Mention, Relation

if TYPE_CHECKING:
    from extract.nlp.relations import UnitFacts

EXTRACTOR = "reelgraph.relations.co-mention/1"
CONFIDENCE = 0.45  # below every cue rule's (0.6 .. 0.8)

# rules that find a work by the film table or by a maker's name near a multi-word title: a name
# real enough to pair on its own. Any other rule (one word of the film table, quotes, a list
# joining it) needs a second signal (_POINTS or _LIKENS) in its sentence.
STRONG_RULES = frozenset({"gazetteer", "director-near", "dated", "maker-object", "owner-run", "makers-best"})
WEAK_RULES = frozenset({"gazetteer-word", "list-sibling", "capitals", "lower-case", "subject-word", "famous-word"})
_PAIRED_KINDS = frozenset({"film", "tv", "novel", "comic", "work"})  # not "song": a part of the film

# every pattern below that is searched over a text starts where a word (or a bracket) starts: the
# engine then skips the inside of words at once (twice as fast on the tune pages, same matches)
_AT_WORD = r"(?:^|(?<!\w)(?=[\w(]))"


def _at_word(pattern: str, flags: int = 0) -> re.Pattern[str]:
    return re.compile(_AT_WORD + "(?:" + pattern + ")", flags)


# the reviewed work pointed at, or a comparison word: the second signal a weak name needs; kinship
# words liken too ("Vertigo is the obvious ancestor here"), and so does "here" set against the
# other work ("in Deewaar ..., and here he's the opposite"), not "here he is" (ninth session, C)
_POINTS = re.compile(
    r"\b(?:it[’']s|it (?:is|was|has|had|feels|felt)|this(?: one| film| movie| picture)?"
    r"|th(?:e|is) (?:film|movie|picture|sequel|remake|original))\b",
    re.I,
)
_LIKENS = _at_word(
    r"\b(?:like|(?<!other )than|as|same|similar|compared?|reminds?|reminded|echoes|recalls|since|unlike"
    r"|better|worse|best|worst|more|less|favou?rite|rather|sooner|version|rip-?off|homage|copy|borrow\w*"
    r"|\w+est|ancestors?|descendants?|opposite|counterparts?|companion|cousin|twin|heirs?"
    r"|here(?!\s+(?:he|she|they|we|it|you|i)\s+(?:is|are|was|were|comes?|goes?|go)\b))\b",
    re.I,
)

# a sentence that compares outright: a career named in it is set beside the film too ("Stanton
# made WALL-E, and I can see flashes of that here", "Mitchell was better when he made It Follows")
_COMPARES = re.compile(
    r"\b(?:better|worse|(?<!rather )than"
    r"|here(?!\s+(?:he|she|they|we|it|you|i)\s+(?:is|are|was|were|comes?|goes?|go)\b))\b",
    re.I,
)

# --- plans and diaries: a sentence that lists what the writer will watch or has watched -------------
_MONTHS = "january|february|march|april|may|june|july|august|september|october|november|december"
# a sentence's opening (read with .match): "Next week: X", "January was X", "So far X and Y",
# "Before this he was ..." (a career)
_OPENING = re.compile(
    r"\W*(?:(?P<plan>(?:next (?:week|time|up|month|on|episode|night)|coming (?:up|soon)|up next|tomorrow|tonight"
    r"|(?:night|day|week|episode|part|film) \d+(?: \w+)?|so far|plus|also|previously|last (?:week|time)"
    r"|what (?:we|i) (?:watched|saw)|on deck|still to come|(?:" + _MONTHS + r"))\b[^.:!?]{0,30}(?::|\bwas\b)"
    r"|so far\b)|(?P<career>(?:before|after) (?:this|that),? (?:he|she|they)\b))",
    re.I,
)
_PLAN = _at_word(
    r"\bup next\b|\bnext (?:week|time|month|year|up)\b"
    r"|\bon my (?:list|watch-?list|to-watch|pile|shelf)\b"
    r"|\b(?:going to|gonna|about to|plan(?:ning)? to|hoping to|have to go and|off to|heading out to) "
    r"(?:go )?(?:see|watch|find|catch|rewatch|re-watch|track down)\b"
    r"|\b(?:then|and then|first|finally|later|also) (?:re-?watched|watched|saw|caught)\b"
    r"|\b(?:i|we) (?:read|re-?read|finished reading|was reading|am reading)\b"
    r"|\b(?:opens|opened|opening|picking up|playing|showing|released|comes out|came out|hits)\b[^.;]{0,40}"
    r"\b(?:in (?:theaters|theatres|cinemas)|everywhere|locally|nationwide|this (?:week|weekend|friday|month)"
    r"|next (?:week|weekend|month)|in (?:" + _MONTHS + r"))\b"
    r"|\blooking forward to\b|\b(?:tonight|tomorrow)\b|\bdo [^.,;]{1,40} next\b"
    r"|\bwe (?:also )?(?:touch on|talk about|discuss|cover|get to)\b|\bwhat (?:we|i) watched\b"
    r"|\bnumber (?:two|three|four|five|\d+), after\b|\b(?:i|we) grew up on\b"
    r"|\b(?:the same (?:week|day|night|month|year|weekend) as)\b|\bin (?:cinemas|theaters|theatres) now\b"
    r"|\b(?:showing|screening|programming|programmed|line-?up)\b[^.;:]{0,20}:"  # "They're showing six: X, Y"
    r"|\b(?:i|we) (?:also )?(?:watched|saw|binged|have seen|[’']ve seen) (?:all|every episode|each season) of\b"
    r"|\bwith [^.,;]{1,50} in (?:cinemas|theaters|theatres)\b",
    re.I,
)

_SEEING = _at_word(  # a viewing act right before the work: "Seeing X on Sunday", "I haven't seen X yet"
    r"(?:\b(?:seeing|catching|rewatching|re-watching|caught)\s+(?:it,?\s+|this,?\s+)?"
    r"|\b(?:on \w+day|tonight|yesterday|last night|this (?:morning|afternoon|evening|weekend))\s+"
    r"(?:right |just |straight )?after\s+"  # "I showed this to the kids on Saturday after X": a viewing order
    r"|\b(?:haven[’']t|have not|hadn[’']t|had not|never|not yet) (?:\w+ )?(?:seen|watched|caught)\s+"
    r"|\b(?:i[’']ll|i will|i[’']m going|we[’']ll|we will|want to|need to|plan to|hope to|make a point of|able to)\b"
    r"[^.;]{0,30}(?<![\w-])(?:see|seeing|catch|catching|watch|watching)\b[^.;]{0,20})[“\"‘']?$",
    re.I,
)

# --- career: a maker's or an actor's other work, named as a filmography ------------------------------
_CAREER_BEFORE = _at_word(  # read on the text right before the work
    r"(?:\b(?:who|whoever|that|he|she|they|had|has|have|also|then|later|first|once|already)\s+"
    r"(?:had\s+|has\s+|also\s+|once\s+|later\s+|first\s+|then\s+|already\s+|just\s+)*"
    r"(?:made|directed|shot|wrote|did|produced|scored|edited|starred in|appeared in|led [^.,;]{1,30} in)"
    r"(?:\s+(?:everything|anything|films|movies|pictures|things))?(?:\s+(?:from|like|including|such as))?"
    r"|\b(?:went on to|moved on to|graduated to|fresh from(?: the [\w ]{1,20} of)?|straight from|straight out of"
    r"|know (?:him|her|them) from|known (?:for|from)|knew (?:him|her|them) from|remember (?:him|her|them) from"
    r"|(?:the )?(?:only )?(?:thing|film|one) of (?:his|hers|theirs) (?:I[’']d|I had|I have|I[’']ve) seen was"
    r"|(?:the |a )?(?:director|maker|makers|writer|writers|star|stars|creator|creators|team|man|woman|people|guy|guys"
    r"|auteur|filmmaker) (?:of|behind)|(?:mocked|parodied|spoofed) [^.,;]{1,40} in|got one (?:later )?with"
    r"|(?:not|never) made a (?:film|movie) since|(?:a |the )?(?:year|years|months|decade|decades|weeks) "
    r"(?:after|before|on from)|(?:right|just|shortly|soon|straight|not long) (?:after|before)"
    r"|\b(?:his|her|their) (?:other|earlier|previous|later|older|newer) (?:works?|films?|movies?|stuff|pictures)\b"
    r"[^.;]{0,50}"
    r"|\b(?:his|her|their|made|directed) (?:[\w,]+ ){0,6}(?:films|movies|pictures|work|oeuvre|shorts)\b[^.;]{0,20}\("
    r"(?:esp\.|e\.g\.|especially|including|notably|like)?|\bbetween"
    r"|(?-i:\b[A-Z][\w-]+) (?:made|shot|directed)|(?:success|hit|triumph|flop|failure) of|partly for"
    r"|(?:won|nominated)[^.;]{1,40}for))"
    r"\s*(?:(?:the|his|her|their) )?[“\"‘']?$",
    re.I,
)
_CAREER_AFTER = re.compile(  # read on the text right after the work (matched at its end)
    r"[”\"’']?\s*(?:,\s*)?(?:behind (?:him|her|them)|(?:(?:\w+|a few|a couple of) )?(?:years?|months?|decades?) "
    r"(?:earlier|before|later|ago)|(?:and|,) [^.;]{1,40} behind (?:him|her|them)"
    r"|,? (?:he|she|they) (?:plays|played|is|was)\b"
    r"|\s+(?:is|was) (?:still |probably |easily )?(?:his|her|their) (?:best|worst|favou?rite|masterpiece|\w+est)\b)",
    re.I,
)
# "made" as a causative, not a maker's: "the ambiguity that made About Elly so unnerving", "what made
# Jaws work"; a person's "who made Godzilla feel enormous" stays the maker's
_CAUSATIVE_AFTER = re.compile(
    r"[”\"’']?\s+(?:so(?!\s+(?:i|you|we|they|he|she|it|that|this|the|far|much)\b)|such|feel|feels|look|looks"
    r"|seem|seems|sound|sounds|work|tick|come alive)\b",
    re.I,
)
_MAKER_BEFORE = re.compile(r"\bwho(?:ever|m)?\b[^.;,]{0,40}$", re.I)


_AFTER_OPENING = re.compile(r"^\W*(?:after|before)\s+[“\"‘']?$", re.I)  # "After Top Gun: Maverick, Cruise ..."
_CAREER_SENTENCE = _at_word(  # a whole sentence about a maker's career: "X made this between A and B"
    r"\b(?:made|did|shot|directed) (?:this|it) (?:between|after|before|right after|just after|in between)\b"
    r"|\bcame to [A-Z][\w ]{1,20} (?:in \d{4} )?with\b"
    r"|\bhis (?:first|second|third|last|next|debut) (?:feature|film|movie)\b"
    r"|\b(?:has|have|had) been (?:doing|making|directing|playing)\b[^.;]{0,70}\bsince\b",
    re.I,
)

# --- parts of the film: songs, albums, bands, a piece of music played in it ------------------------
_PART_WORDS = (
    r"song|songs|single|album|albums|track|tracks|tune|anthem|band|bands|record|recording|needle-?drop"
    r"|sings?|sang|sung"
    r"|lyrics|soundtrack|music video|cover of"
)
_PART_BEFORE = _at_word(  # "the album A Night at the Opera", "the score from X", "the crew watches X"
    r"\b(?:" + _PART_WORDS + r")\b[^.;:!?]{0,30}$"
    r"|\b(?:score|theme|music|soundtrack|footage|clip|clips|poster|posters) (?:from|of)\s+[“\"‘']?$"
    r"|\b(?:watches|is watching|are watching|screens|a screening of|on (?:the )?tv|on (?:the )?television"
    r"|(?:is|was|are|were) (?:showing|screening|playing))"
    r"\s+[“\"‘']?$",
    re.I,
)
_PART_AFTER = re.compile(r"[”\"’']?,?\s+(?:playing|plays|blaring|blasting|" + _PART_WORDS + r")\b", re.I)

# --- credits and data lines ----------------------------------------------------------------------
_CREDITS = re.compile(  # read with .match at the sentence's start
    r"\W*(?:cast|starring|stars|with|directed by|director|written by|writers?|screenplay|music|score"
    r"|release(?:d| date)?|format|runtime|running time|country|language|genre|rated|rating|producers?|studio"
    r"|seen|watched|where|new|now)\b\s*[:|–-]"
    r"|\W*(?:directed|written|produced|photographed|shot) by [A-Z]|\W*starring [A-Z]",  # "Directed by W. (Wings, ...)"
    re.I,
)
_DATA_LINE = re.compile(r"\s\|\s")  # "2022 | rated R | 2h 18m"

# cheap gates: a pattern is searched only where its sentence (or window) holds one of the words
# without which it cannot match (a set lookup on the lower-cased words)
_WORD = re.compile(r"[a-z]+")
_PLAN_WORDS = frozenset(
    "next list watchlist watch pile shelf see find catch rewatch track re watched rewatched saw caught read reread"
    " reading opens opened opening picking playing showing released comes came hits looking tonight tomorrow"
    " screening programming programmed lineup line up seen binged"
    " touch talk discuss cover get number grew same cinemas theaters theatres".split()
)
_CAREER_SENTENCE_WORDS = frozenset("made did shot directed came feature film movie since".split())
_CAREER_WORDS = frozenset(
    "made directed shot wrote did produced scored edited starred appeared led went moved graduated fresh straight"
    " know known knew remember seen director maker makers writer writers star stars creator creators team man"
    " woman people guy guys auteur filmmaker mocked parodied spoofed got after before from other earlier previous"
    " later older newer films movies pictures work oeuvre shorts between success hit triumph flop failure partly"
    " won nominated".split()
)

# --- the cast: a name the sentence gives a character or an actor, not a work beside the film ------
_CAST_BEFORE = _at_word(  # "had played Marlowe", "a driver called Taejo (Rain)", "Mara Wilson, who was so good in"
    r"(?:\b(?:plays|played|playing|named|called)\s+(?:the\s+)?[“\"‘']?|(?-i:[A-Z][\w.-]+)\s+as\s+[“\"‘']?"
    r"|[A-Z][\w.-]+\s+\("
    r"|(?<=,\s)who (?:\w+ )?(?:loved?|loves|liked?|likes|hated?|hates|adored?|adores|prefers?|preferred)"
    r"\s+[“\"‘']?)$"
)
# an actor's other part: "who was so good in X", "her performance as Lois Lane in X", "he was in X"
_PLAYED = _at_word(
    r"(?:\b(?:performance|role|part|turn|cameo|the one) (?:as [^.,;]{1,30} )?in"
    r"|\bgrew up to (?:play|be) [^.,;]{1,40} (?:on|in)|\b(?:played|play|plays|playing|as) [^.,;]{1,30} in)"
    r"\s+(?:the\s+)?[“\"‘']?$",
    re.I,
)
_WAS_IN = _at_word(  # "he was in X", "who was so good in X": a part, unless the sentence compares
    r"(?:\b(?:was|were|is|are|[’']s|been) (?:(?:also|so|very|really|great|terrific|wonderful|brilliant|good|fine) )*in"
    r"|\b(?:so|very|really|great|terrific|wonderful|brilliant) (?:good )?in"
    r"|\bwho(?:m)?\b[^.;()“”\"]{0,60}\b(?:in|on))\s+(?:the\s+)?[“\"‘']?$",
    re.I,
)
_CAST_AFTER = re.compile(r"[”\"’']?(?:,?\s+as\s+[A-Z]|\s*\((?:[A-Z][\w.-]+\s+)+[A-Z][\w.-]+[),])")
# a title naming a set of works or of people, not one work: "the Paranormal Activity sequels",
# "more risks than any Star Wars director", "the Metropolis fight"
_MODIFIER_AFTER = re.compile(
    r"[”\"’']?\s+(?:director|directors|fan|fans|sequels|films|movies|franchise|series|games?|characters?"
    r"|cast|fight|universe|villain|hero|heroine|actor|actress|star|crew|creator|creators|saga)\b"
)
_HEADING_BEFORE = re.compile(r"\W*(?:#?\d{1,3}[.)]?\s+)?[“\"‘']?")  # a list's number, a quote mark
_HEADING_AFTER = re.compile(r"[”\"’']?(?:\s*\(\d{4}\))?\W*")  # a quote mark, the year
# a label line opening with the title, then its year or a bracket and a dash or colon: a related-posts
# or archive entry ("Footlight Parade - 1933: reviewed last week", "The Willow Tree (Iran) – Rated by
# ...", "Jaws (1975): the shark"), not a sentence that sets the work beside the film
_LABEL_AFTER = re.compile(r"[”\"’']?\s*(?:[-–—]\s*\d{4}\b|\(\d{4}\)|\([^()]{1,30}\))\s*[-–—:|]")
_JOINED = re.compile(r"[”\"’']?\s*(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or|&|and/or)\s+)[“\"‘']?")

# --- a film-table name the sentence reads as a day, a street or a person -----------------------------
# "on": a day or a street, not a film ("in a park on Independence Day", "a millionaire on Wall Street"),
# unless a word that takes a work as its object stands before it ("a riff on Heat", "his work on Alien")
_ON_BEFORE = _at_word(r"\bon\s+(?:the\s+)?$", re.I)
_ON_TAKES_WORK = re.compile(
    r"\b(?:riff|riffs|take|takes|spin|twist|variation|variations|improve[sd]?|improving|work|worked|working"
    r"|based|built|draws?|drew|modell?ed|commentary|homage|sequel|remake|prequel|spoof|parody|sold|hooked|hung"
    r"|raised|grew up|stuck|put|puts|putting|throw|stick|switch|switched|turn|turned|click|binge|binged"
    r"|watch(?:ed|ing)?|saw|seen|catch|caught|streaming|available|out|crew|star|starred"
    r"|cameo|appeared|part|role|score|scored|editor|edited|shot|wrote|writer|directed|director)\s+on\s+(?:the\s+)?$",
    re.I,
)
# "The President said ...": a title of one role word used as the role itself (a character of the film)
_ROLE_TITLE = re.compile(
    r"(?:The |the )?(?:President|King|Queen|General|Judge|Doctor|Sheriff|Mayor|Captain|Colonel|Prince|Princess"
    r"|Emperor|Pope|Chief|Major|Governor|Senator|Professor|Detective|Inspector|Commander|Admiral|Duke|Count"
    r"|Baron|Boss|Marshal|Preacher|Priest|Warden|Bishop|Butler|Landlord|Mother|Father)"
)
_ROLE_AFTER = re.compile(
    r"[’']?\s*,?\s+(?:(?:also|then|now|just|finally|himself|herself)\s+)?(?:said|says|tells|told|orders|ordered"
    r"|asks|asked|declares|declared|announces|announced|who|whom|whose|himself|herself|(?:is|was) (?:a |an )?former"
    r"|(?:is|was) played by|and (?:his|her) )\b",
    re.I,
)
_POSSESSIVE_AFTER = re.compile(r"[’']s\s+[“\"‘']?$")

FRAMES = ("credits", "heading", "plan", "career", "cast", "part", "reading")


def _read_otherwise(facts: UnitFacts, mention: Mention, span: tuple[int, int], before: str) -> bool:
    """Whether the sentence reads a name the film table holds as a day, a street, a role or
    something a character owns, not as a film: "on Independence Day", "The President said",
    "Camacho's State of the Union" (Camacho a character of the page)."""
    if _ON_BEFORE.search(before) and not _ON_TAKES_WORK.search(before):
        return True
    if _ROLE_TITLE.fullmatch(mention.text) and _ROLE_AFTER.match(facts.text, mention.end, span[1]):
        return True
    if _POSSESSIVE_AFTER.search(before):
        return any(
            m.kind == "character" and 0 <= mention.start - m.end <= 4 for m in facts.mentions if m.end <= mention.start
        )
    return False


def _without(text: str, span: tuple[int, int], mention: Mention) -> str:
    """The sentence without the work's own name (a signal word inside a title is none)."""
    return text[span[0] : mention.start] + " " + text[mention.end : span[1]]


@lru_cache(maxsize=256)
def _sentence_frame(sentence: str) -> tuple[str | None, bool]:
    """The frame a whole sentence gives every work in it ("credits", "plan" or None), and whether
    it speaks of a maker's career; once per sentence however many works it names."""
    if _CREDITS.match(sentence) or ("|" in sentence and _DATA_LINE.search(sentence)):
        return "credits", False
    words = frozenset(_WORD.findall(sentence.lower()))
    opening = _OPENING.match(sentence)
    plan = (opening is not None and opening.group("plan") is not None) or (
        not words.isdisjoint(_PLAN_WORDS) and _PLAN.search(sentence) is not None
    )
    career = (opening is not None and opening.group("career") is not None) or (
        not words.isdisjoint(_CAREER_SENTENCE_WORDS) and _CAREER_SENTENCE.search(sentence) is not None
    )
    return ("plan" if plan else None), career


def _heading(text: str, span: tuple[int, int], mention: Mention) -> bool:
    """Whether the sentence is the work's title alone, with a list's number, quotes or a year, or a
    label line the title opens ("Footlight Parade - 1933: reviewed last week")."""
    before = _HEADING_BEFORE.match(text, span[0], mention.start)
    if before is None or before.end() != mention.start:
        return False
    if _LABEL_AFTER.match(text, mention.end, span[1]) is not None:
        return True
    return (
        span[1] - span[0] <= len(mention.text) + 24 and _HEADING_AFTER.fullmatch(text, mention.end, span[1]) is not None
    )


def _words(text: str) -> frozenset[str]:
    return frozenset(_WORD.findall(text.lower()))


_ASIDE_OPEN = re.compile(r"\([^()]{0,45}$")  # "(I still haven't recovered from X", "(X, don't get me started"


def _person_aside(facts: UnitFacts, mention: Mention, span: tuple[int, int]) -> bool:
    """Whether the work stands in brackets in a sentence whose subject is a person: an example
    of that person's career ("Roshan has lately been a Greek statue (X, don't get me started)",
    "Gupta has made a lot of style-over-story films (I still haven't recovered from X)")."""
    opened = _ASIDE_OPEN.search(facts.text, max(span[0], mention.start - 45), mention.start)
    if opened is None:
        return False
    first = next((m for m in facts.mentions if span[0] <= m.start < mention.start), None)
    return (
        first is not None
        and first.kind == "person"
        and not facts.text[span[0] : first.start].strip(" \"“‘'")
        and first.end <= opened.start()
    )


def causative(text: str, mention: Mention, sentence_start: int, sentence_end: int) -> bool:
    """Whether "made" before the work makes it do or be something, not a maker's film."""
    return (
        _CAUSATIVE_AFTER.match(text, mention.end, sentence_end) is not None
        and _MAKER_BEFORE.search(text, max(sentence_start, mention.start - 40), mention.start) is None
    )


def frame_of(facts: UnitFacts, mention: Mention, span: tuple[int, int]) -> str | None:
    """The frame under which a sentence names a work other than as a comparison with the
    reviewed one (one of ``FRAMES``), or None."""
    text = facts.text
    sentence = text[span[0] : span[1]]
    framed, career = _sentence_frame(sentence)
    if framed == "credits":
        return framed
    if _heading(text, span, mention):
        return "heading"  # a line that is the title alone: a list's heading or a credits line
    if framed == "plan" or _SEEING.search(text, max(span[0], mention.start - 70), mention.start):
        return "plan"
    before = text[max(span[0], mention.start - 70) : mention.start]
    rest = _without(text, span, mention)
    if _PLAYED.search(before):
        return "cast"  # an actor's other part: no comparison of the films even beside "better"
    # a list that a sentence cut opened ("short films (esp. I'm Still Here)"): read across the cut
    wide = text[max(text.rfind("\n", 0, mention.start) + 1, mention.start - 70) : mention.start]
    if (
        (
            not _words(wide).isdisjoint(_CAREER_WORDS)
            and _CAREER_BEFORE.search(wide)
            and not causative(text, mention, span[0], span[1])
        )
        or _CAREER_AFTER.match(text, mention.end, min(span[1], mention.end + 60))
        or _AFTER_OPENING.match(before if mention.start - span[0] <= 70 else "-")
        or career
        or _person_aside(facts, mention, span)
    ) and not _COMPARES.search(rest):
        return "career"
    if _WAS_IN.search(before) and not _COMPARES.search(rest):
        return "cast"
    if _CAST_BEFORE.search(before) or _CAST_AFTER.match(text, mention.end, min(span[1], mention.end + 60)):
        return "cast"
    if _MODIFIER_AFTER.match(text, mention.end, min(span[1], mention.end + 30)):
        return "cast"
    if _read_otherwise(facts, mention, span, before):
        return "reading"
    if _PART_BEFORE.search(before) or _PART_AFTER.match(text, mention.end, min(span[1], mention.end + 30)):
        return "part"
    return None


def _others_compared(relations: Iterable[Relation], reviewed: str, span: tuple[int, int]) -> set[str]:
    """The works a cue rule already paired with each other, neither the reviewed one, in this
    sentence: that sentence compares those two ("X did it before Y"), not the reviewed work."""
    out: set[str] = set()
    for r in relations:
        if r.type == Rel.COMPARED_TO and r.start == span[0] and reviewed not in (r.source, r.target):
            out.update((r.source, r.target))
    return out


def exclusion(
    facts: UnitFacts, mention: Mention, span: tuple[int, int], others: set[str], excluded: dict[int, str]
) -> str | None:
    """Why a named work of the sentence is not paired with the reviewed one, or None:
    "others" (the cue rules paired it with another work), "weak" (a weak name without a second
    signal), a frame of ``frame_of``, or the frame of the work it is listed with ("went on to
    Meek's Cutoff and First Cow": both are a career). ``excluded``: the frames found so far in
    the sentence, by the end offset of their work."""
    if mention.name in others:
        return "others"
    rest = _without(facts.text, span, mention)
    if (mention.rule in WEAK_RULES or facts.unit != BODY) and not (_POINTS.search(rest) or _LIKENS.search(rest)):
        return "weak"  # a weak name, or a name in a comment: the sentence must point at the film or compare
    frame = frame_of(facts, mention, span)
    if frame is None:
        frame = next(
            (
                f
                for end, f in excluded.items()
                if end <= mention.start and _JOINED.fullmatch(facts.text, end, mention.start)
            ),
            None,
        )
    return frame


def co_mentioned(
    facts: UnitFacts,
    reviewed: str | None,
    works: set[str],
    found: list[Relation],
    vetoed: Mapping[int, set[str] | None] | None = None,
    reasons: dict[int, str] | None = None,
) -> list[Relation]:
    """COMPARED_TO edges from the reviewed work to each other work a sentence of the unit names,
    unless ``exclusion`` gives a reason or a cue rule already paired it (``found``: the cue
    rules' edges of this unit). ``vetoed``: by sentence start, the works the cue rules found to
    be no comparison's end (a maker's other work, a song, a part played), or None for a
    sentence in another film's section of a list post. ``reasons``, when given, receives by the
    start offset of each candidate mention why it was not paired ("paired", "veto" or the
    exclusion's reason; the learnt pair model reads them, ``extract.nlp.pair_model``)."""
    if reviewed is None:
        return []
    unit = facts.unit
    text = facts.text
    reviewed_key = name_key(reviewed)
    paired = {name_key(r.target) for r in found if r.source == reviewed} | {
        name_key(r.source) for r in found if r.target == reviewed
    }
    out: list[Relation] = []
    for span, in_sentence in zip(facts.sentences, facts.by_sentence, strict=True):
        candidates = [
            m
            for m in in_sentence
            if m.kind in _PAIRED_KINDS
            and m.name in works
            and name_key(m.name) != reviewed_key
            and (m.rule in STRONG_RULES or m.rule in WEAK_RULES)
        ]
        veto = vetoed.get(span[0], set()) if vetoed is not None else set()
        if not candidates or veto is None:
            continue
        others = _others_compared(found, reviewed, span)
        excluded: dict[int, str] = {}
        for m in candidates:
            key = name_key(m.name)
            if key in paired or m.name in veto:
                if reasons is not None:
                    reasons[m.start] = "veto" if m.name in veto else "paired"
                continue  # paired already (by a cue rule or an earlier sentence), or a cue rule's veto
            reason = exclusion(facts, m, span, others, excluded)
            if reason is not None:
                excluded[m.end] = reason
                if reasons is not None:
                    reasons[m.start] = reason
                continue
            paired.add(key)
            out.append(
                Relation(
                    Rel.COMPARED_TO,
                    reviewed,
                    m.name,
                    unit,
                    " ".join(text[span[0] : span[1]].split()),
                    by=facts.author,
                    polarity="neutral",
                    confidence=CONFIDENCE,
                    start=span[0],
                    end=span[1],
                    extractor=EXTRACTOR,
                    source_kind="film",
                    target_kind=m.kind,
                )
            )
    return out
