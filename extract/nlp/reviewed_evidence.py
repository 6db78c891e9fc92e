"""Evidence, in the words round one mention, that a name is the work a page reviews (issue 12): the
subject of a verdict ("Paterson is a small miracle"), the object of a viewing verb ("Finally saw
Inception"), what the critic expected ("I expected Pig to be"), a film in apposition ("the Danish
film Another Round"), the next sentence's "It is". Shared by the hand-written steps
(``reviewed``) and the learnt ranker's features (``reviewed_rank``).

>>> mention_evidence("Finally saw Inception last night.", 12, 21)
1.0
>>> mention_evidence("It is longer than Inception.", 18, 27)
0.0
"""

from __future__ import annotations

import re

# the work is the subject of a verdict verb: "Dunkirk is the shortest film", "The Remains of the Day finds a way"
VERDICT_VERB = re.compile(
    r"\s+(?:is|was|isn[’']t|wasn[’']t|remains|feels|finds|works|becomes|proves|manages|succeeds|fails|delivers"
    r"|earns|deserves|holds\s+up|plays\s+(?:like|as)|opens|begins|ends"
    # what a review says of its film first: "Heat runs almost three hours", "T follows a crew of thieves"
    r"|runs|clocks\s+in|follows|tells|stars|cent(?:er|re)s\s+on"
    r"|ha[sd]\s+(?:been|aged|held\s+up|never|lost|not)"
    # the critic's reaction: "Toy Story 3 made me cry", "Solaris left me cold", "Arrival blew me away"
    r"|(?:made|left|had|kept|got|moved|blew|bored|lost|won|surprised|floored|stunned|delighted|disappointed)\s+me"
    r"|opened|premiered|arrived|won|wins"  # "Shrek 2 opened this weekend", "Parasite won the Palme d'Or"
    r")\b(?!\s+(?:to|of|by|with)\b)"
)
# the critic's viewing verbs, one lexicon for the places a page says what was seen (before a title in the
# body, after "I" or "we" in its opening, in a headline): "saw", "caught", "got round to", "sat down with"
VIEWING = (
    r"saw|seen|watched|re-?watched|revisited|caught(?:\s+up\s+with)?|got\s+(?:a)?round\s+to|sat\s+down\s+(?:to|with)"
    r"|picked|chose"  # the evening's choice: "my wife chose T", "Papa picked T"
)
# the work is what the critic saw: "Finally saw Inception", "we watched Mother"
VIEWED = re.compile(
    rf"\b(?:{VIEWING}|re-?watching|revisiting|rented|streamed"
    # the film played at home: "we stayed in and put on T" (not staging a play: "time to put on Hamlet?")
    r"|(?:and|then|so|we|i|just)\s+put\s+on"
    # the critic bound or resolved to see it: "we must watch T", "I finally got to see T", "I decided to rewatch T"
    r"|(?:i|we)\s+(?:(?:must|had\s+to|have\s+to|got\s+to|get\s+to|decided\s+to|wanted\s+to|chose\s+to)\s+)"
    r"(?:finally\s+|all\s+)?(?:watch|see|re-?watch)"
    # "the drive over to see T", "went to see T", "go see T", "after seeing T": going to a screening
    r"|(?:went|go|goes|going|gone|headed|over|out|back)\s+to\s+see|(?:go|went)\s+see|after\s+seeing"
    # "saw the Final Cut of Blade Runner", "caught a 35mm print of T"
    r"|(?:saw|watched|caught|rewatched)\s+(?:the|a|an)\s+(?:[\w-]+\s+){1,3}?(?:of|at)"
    r"|(?:showed|took)\s+(?:(?:our|my|the|his|her|their)\s+)?\w+(?:\s+to(?:\s+see)?)?)\s+$",  # "showed our daughter T"
    re.I,
)
# a viewing verb the critic denies: "I still haven't seen T", "we never watched T", "I have yet to see T"
_NEGATED = re.compile(r"(?:\bnot|\bnever|n[’']t|\byet\s+to)\s+(?:(?:yet|even|ever|really|actually|still)\s+)?$", re.I)


def viewed_before(body: str, start: int) -> bool:
    """Whether a viewing verb stands before the mention at ``start`` ("Finally saw Inception", "we
    watched Mother"), not denied ("I still haven't seen Sinners": a film the critic did not see).

    >>> viewed_before("We finally saw Heat", 15), viewed_before("I still haven't seen Heat", 21)
    (True, False)
    """
    viewed = VIEWED.search(body, max(0, start - 40), start)
    return viewed is not None and not _NEGATED.search(body, max(0, viewed.start() - 24), viewed.start())


# the other end of a comparison: "since Following", "than The Host", "as warm as Interstellar", "like X"
COMPARED_BEFORE = re.compile(r"\b(?:since|than|as|like|unlike|remake\s+of|version\s+of)\s+$", re.I)


def mention_evidence(body: str, start: int, end: int) -> float:
    """Positive evidence that a mention is the work the page reviews: it is the subject of a
    verdict verb ("Us is as frightening", "Dunkirk is the shortest") or the object of a viewing
    verb ("Finally saw Inception")."""
    score = 0.0
    if VERDICT_VERB.match(body, end) and not COMPARED_BEFORE.search(body, max(0, start - 24), start):
        if COMPARISON_AFTER.match(body, end):
            score += 0.5  # "Before Sunset is even better than Before Sunrise": the subject, weakly
        else:
            score += 1.0
            if VERDICT_NOUN.match(body, end) or WORK_PREDICATE.match(body, end):
                return 1.5  # "Paterson is a small miracle", "T is as faithful an adaptation as": a verdict on a work
    if EXPECTED.search(body, max(0, start - 14), start) and TO_BE.match(body, end):
        score += 1.0  # "I expected Pig to be another revenge picture": a judgement of the work
    if viewed_before(body, start) or FILM_APPOSITION.search(body, max(0, start - 40), start):
        score += 1.0
    if ANAPHORA.match(body, end) and not PLACE_BEFORE.search(body, max(0, start - 12), start):
        score += 1.0  # not "a man in Uruguay decides to kidnap a Nazi. It is": a place, a kind of person
    return min(score, 1.0)


PLACE_BEFORE = re.compile(r"\b(?:in|at|from|near|across|outside|inside|into|around|through|of|a|an)\s+$", re.I)


VERDICT_NOUN = re.compile(
    r"\s+(?:is|was)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:miracle|triumph|masterpiece|gem|delight|joy|treat"
    r"|marvel|wonder|mess|disaster|letdown|disappointment|failure|slog|bore|chore|must-see|classic|knockout|dud)\b",
    re.I,
)
# the predicate calls it a work: "The BBC's Normal People is as faithful an adaptation as I have seen"
WORK_PREDICATE = re.compile(
    r"\s+(?:is|was)\s+(?:a|an|the|one\s+of\s+the|as\s+[\w-]+\s+an?)\s+(?:[\w’'-]+\s+){0,3}?(?:film|movie|picture"
    r"|adaptation|series|show|documentary|sequel|remake|western|thriller|comedy|drama|musical|cartoon)s?\b",
    re.I,
)
# the predicate compares rather than judges: "Ronin is far better than Heat", "T is just like U"
COMPARISON_AFTER = re.compile(
    r"\s+(?:is|was|feels|plays)\s+(?:(?:far|much|a\s+lot|way|so|even|just|not|no)\s+)*(?:\w+er|more\s+\w+|less\s+\w+)\s+than\b"
    r"|\s+(?:is|was|feels)\s+(?:(?:just|a\s+lot|very\s+much)\s+)?like\b",
    re.I,
)
EXPECTED = re.compile(r"\b(?:expected|expecting|assumed|imagined|thought|found|considered|wanted)\s+$", re.I)
TO_BE = re.compile(r"\s+(?:to\s+be|would\s+be)\b")
# "the Danish film Another Round", "the new movie T": the page says the words name a film
FILM_APPOSITION = re.compile(
    r"\b(?:the|this|a)\s+(?:[\w-]+\s+){0,2}?(?:film|movie|picture|documentary|series|show|comedy|drama"
    r"|thriller|western|musical|horror|adaptation|remake|sequel|feature)\s+$",
    re.I,
)
# the next sentence speaks of the work named in this one's last clause: "We put on Babe for the kids. It is ..."
ANAPHORA = re.compile(
    r"[^.!?\n,;:]{0,50}[.!?]\s+(?:It\s+(?:is|was)|It[’']s|The\s+film|This\s+film|The\s+movie|This\s+movie|The\s+show)\b"
)
