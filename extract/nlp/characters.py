"""Who is a real person and who is a character, from how reviews write casts and credits.

- Credit lines name people: "Directed by: Fritz Lang Cast: Glenn Ford, Gloria Grahame, and
  Lee Marvin" or "Stars: Song Kang-ho, Park So-dam" (a label, a colon, names split by commas).
- "Character (Actor)" names the actor inside the parentheses ("Victoria (Francesca Hayward)"),
  and "Actor (Character)" the reverse, told apart by the film table.
- "score by Disasterpeace", "a script by Nick Hornby": a name after a maker's "by" is a person.
- Characters: "Actor as his girlfriend Debby Marsh", "the painted tyrant Vigo" (a plot noun
  before a name), "Actor's Ripley" (an actor's possessive).

>>> [name for _, _, name in credit_names("Directed by: Fritz Lang Cast: Glenn Ford, Gloria Grahame, and Lee Marvin.")]
['Fritz Lang', 'Glenn Ford', 'Gloria Grahame', 'Lee Marvin']
>>> [name for _, _, name in credit_names("Stars: Song Kang-ho, Choi Woo-shik\\nThe Kim family")]
['Song Kang-ho', 'Choi Woo-shik']
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from extract.nlp.verdicts import guarded

_LABELS = (
    r"(?:story|screenplay|dialogues?|lyrics|music) ?(?:&|and) ?(?:story|screenplay|dialogues?|lyrics|music)|"
    r"director of photography|production designer|costume designer|art director|"
    r"lyrics|lyricist|directed by|written by|produced by|music by|screenplay by|story by|shot by|edited by|"
    r"directors?|writers?|screenplay|screenwriters?|stars?|starring|cast|music|score|composer|"
    r"cinematography|cinematographer|producers?|editor|creators?|created by|voice cast|with"
)
_LABEL = guarded(rf"(?<![\w])(?:{_LABELS})\s*:\s*", re.I)
# a credit block written with dashes, a label opening its line ("Director – Ram Varma", "Main Cast – A, B")
_DASH_LABEL = re.compile(rf"^[ \t]*(?:[A-Z][a-z]+ )?(?i:{_LABELS})[ \t]+[–—][ \t]+(?=[A-Z])", re.M)
_INITIALS = r"[A-Z]\.(?:[A-Z]\.)*"  # "B.", "L.B."; a full stop after a longer word ends the sentence
# "St." inside a name: "Emily St. John Mandel"
# a name word opens on a capital, English or not: "Łukasz Żal", "Švankmajer", "Émile"
UPPER = "A-ZÀ-ÖØ-ÞĀ-Ž"
_NAME_WORD = rf"(?:{_INITIALS}|St\.|[{UPPER}][\w’'–-]*|van|von|de|da|del|der|di|le|la|du|den|ter|bin)"
# an en dash inside a word joins a writing or music duo's names: "Salim–Javed", "Kalyanji–Anandji"
# "Claude Jarman Jr.", "Sammy Davis Jr.": a suffix's full stop is the name's
NAME = rf"(?:{_INITIALS}|[{UPPER}][\w’'–-]*)(?: {_NAME_WORD}){{0,3}}(?:(?<= Jr| Sr)\.)?"
_AT_WORD = r"(?<![\w’'.-])"  # a name starts a word: each word is tried once, so the patterns stay linear
_NAME_AT_START = re.compile(rf"(?:and |& )?(?P<name>{NAME})")
_STAGE_NAME = re.compile(
    r"(?:^|(?<=[,;/&|:]\s)|(?<=\band\s))(?P<name>[A-Z][\w’'–-]{2,})(?=\s*(?:[,;/&|.]|and\s|$))", re.M
)
_NEXT_LABEL = re.compile(rf"\s(?=(?:{_LABELS})\s*:)", re.I)

# Nouns after which a name is a person however the parser tags it (people of the trade).
TRADE_NOUNS = frozenset(
    """director directors filmmaker filmmakers actor actors actress actresses star stars writer writers
    novelist author authors composer composers producer producers critic critics auteur auteurs
    cinematographer screenwriter screenwriters comedian comedians singer singers musician musicians
    band rapper editor artist artists painter poet playwright photographer cast co-star costar
    legend legends master filmmaking colleague reviewer blogger host presenter dp designer designers
    cameraman cameramen camerawoman cinematographers editors lyricist lyricists songwriter songwriters
    collaborator collaborators co-writer co-writers co-director writer-director showrunner animator
    choreographer""".split()
)
# "the film Ruth", "the novel Rebecca": a work's noun before a name is no plot noun
WORK_NOUNS = frozenset(
    """film films movie movies picture pictures flick novel novels book books series show shows sequel
    prequel remake classic documentary song songs album musical play opera game episode franchise
    trilogy feature short version original adaptation title masterpiece cartoon anime thriller comedy
    drama western noir horror review reviews post site blog""".split()
)
# "Good review Ruth.", "So well-said, Ruth.", "Ruth, this is great": a name spoken to
VOCATIVE = re.compile(
    r"(?:^|\n)\s*(?P<first>[A-Z][\w’'-]+)(?=\s*(?:,|!))"
    r"|,\s+(?P<end>[A-Z][\w’'-]+)(?=\s*(?:[.!?]|$))"
    r"|\b(?:[Hh]i|[Hh]ello|[Hh]ey|[Tt]hanks|[Tt]hank you|[Dd]ear|review|post|work|piece|write-?up|job|"
    r"said|one)\s+(?P<last>[A-Z][\w’'-]+)(?=\s*(?:[.!?,]|$))"
)
_BY_MAKERS = (
    r"score|music|soundtrack|script|screenplay|novel|book|story|stories|play|photography|design|"
    r"theme|themes|song|songs|melody|costumes|effects|editing|animation|choreography|"
    r"directed|written|produced|scored|composed|edited|shot|adapted|narrated|performed|voiced|"
    r"commentary|commentaries|narration|introduction|essay|biography|article|played|portrayed"
)
# a credit line's noun written capitalised: "Music by James Horner", "Photography by ..." (not a
# byline's "Written by", "Posted by")
_BY_LINE_MAKERS = r"Music|Score|Screenplay|Script|Cinematography|Photography|Editing|Story|Narration|Commentary"
BY_MAKER = guarded(rf"\b(?:{_BY_MAKERS}|{_BY_LINE_MAKERS}) by (?:none other than )?(?P<name>{NAME})")
# "as his girlfriend Debby Marsh", "as Gus", "as the ghost Vigo": a role after an actor's "as"; a
# character's possessive and words set off by a comma too ("as Espósito's drunk, brilliant colleague Sandoval")
AS_ROLE = re.compile(
    r"\b(?:as|plays|playing|played) (?:(?:his|her|their|its|the|a|an|(?P<owner>[A-Z][\w-]+[’']s)) )?"
    r"(?P<nouns>(?:[a-z][\w-]*,? ){0,3})"
    r"(?P<name>[A-Z][\w’'-]+(?: [A-Z][\w’'-]+)?)"
)
# "the painted tyrant Vigo", "his sister Ki-jung", "the mob boss Mike Lagana"
NOUN_BEFORE_NAME = re.compile(
    r"\b(?:the|his|her|their|its|a|an|whose) (?:[a-z][\w-]* ){0,2}?(?P<noun>[a-z][\w-]+) "
    r"(?P<name>[A-Z][\w’'-]+(?: [A-Z][\w’'-]+)?)(?! [A-Z])"
)
ACTOR_POSSESSIVE = guarded(rf"{_AT_WORD}(?P<actor>{NAME})[’']s (?P<name>[A-Z][\w’'.-]+(?: [A-Z][\w’'-]+)?)")
# a possessive with words of description before the part ("Curtis' babysitting Laurie Strode",
# "Bogart's weary Rick Blaine"), or after a work's year ("Halloween (1978)'s Michael Myers"); found
# from the apostrophe, the owner read backwards (OWNER_BEFORE)
POSSESSIVE_PART = re.compile(
    r"[’'](?:(?<=[\w)][’'])s|(?<=s[’'])) (?P<words>(?:[a-z][\w-]+ ){0,2})"
    r"(?P<name>[A-Z][\w’'.-]+(?: [A-Z]\.)?(?: [A-Z][\w’'-]+)?)"
    r"(?![\w’'-])"  # a middle initial inside: "Tracy's one-armed John J. Macreedy"
)
OWNER_BEFORE = re.compile(rf"(?<![\w’'.-])(?P<owner>{NAME})(?: \((?P<year>1[89]\d\d|20\d\d)\))?$")
# "(Festival Screening)", "(Director's Cut)": a tag in parentheses, no actor
TAG_WORDS = frozenset(
    """review reviews screening restoration edition cut version remaster remastered spoilers spoiler free
    trailer recap rewatch retrospective release re-release premiere festival series season episode
    part chapter preview special feature commentary analysis essay""".split()
)
# "Celine Song's debut", "Colm Tóibín's novel": a maker's possessive before the work
# (not a sentence's opening gerund or preposition: "Taking Pierre Boulle's novel", "From Colm Tóibín's novel")
_NOT_A_NAME_START = (
    r"(?!(?:Taking|Reading|Watching|Rewatching|Revisiting|Adapting|Using|Having|Being|Seeing|Following|Borrowing"
    r"|Drawing|Casting|Comparing|Considering|Given|From|Like|Unlike|In|After|Before|Despite|With|Without|As|For"
    r"|Since|Per) )"
)
MAKER_POSSESSIVE = guarded(
    rf"{_AT_WORD}{_NOT_A_NAME_START}(?P<name>{NAME})(?:[’']s|(?<=s)[’']) "
    r"(?:(?:[a-z][\w-]*|[A-Z][\w-]*-winning|[A-Z][a-z]+(?:[A-Z][a-z]+)?) ){0,3}"  # "X's VistaVision photography"
    r"(?:debut|film|films|movie|movies|novel|novels|book|books|script|screenplay|score|direction|epic|theme|"
    r"themes|soundtrack|gowns?|costumes|"
    r"cameras?|cinematography|photography|editing|music|lyrics|story|short story|play|classic|masterpiece|remake|"
    r"adaptation|sequel|documentary|oeuvre|filmography|career|latest|follow-up|work|vision)\b"
)
# "which Labaki wrote with Jihad Hojeily and Michelle Keserwany": the makers' partners
MADE_WITH = guarded(
    rf"\b(?:wrote|written|co-wrote|scripted|directed|co-directed|produced|composed|made)\s+(?:it\s+)?with\s+"
    rf"(?P<name>{NAME})(?:\s+and\s+(?P<other>{NAME}))?"
)
# "Yalitza Aparicio (Cleo), Marina de Tavira (Sofía)": a cast list, actor outside
CAST_LIST = guarded(rf"{_AT_WORD}(?P<first>{NAME}) \([A-ZÀ-Ý][\w’'-]+\)(?:, (?:and )?{NAME} \([A-ZÀ-Ý][\w’'-]+\))+")
CAST_ITEM = re.compile(rf"{_AT_WORD}(?P<actor>{NAME}) \([A-ZÀ-Ý][\w’'-]+\)")
PARENTHESISED = guarded(
    _AT_WORD + r"(?P<outside>[A-Z][\w’'.-]+(?: [A-Z][\w’'.-]+){0,2})\s*\((?P<inside>[^()\n]{2,80})\)"
)
# "Knockout Ned (the singer Seu Jorge)", "Zoe (played by Emily Beecham)": words before the actor inside
PAREN_LEAD = re.compile(r"(?:(?:played|voiced|portrayed) by |(?:the|a|an) (?:[a-z][\w-]* ){0,2}?[a-z][\w-]+ )(?=[A-Z])")
# "a pregnant woman (Jung Yu-mi)", "the town's marshal (Jock Mahoney)", "his father (Tommy Lee Jones
# as Clifford)": a part named by a common noun, its actor in parentheses
NOUN_THEN_ACTOR = re.compile(rf"(?<=[a-z]) \((?P<actor>{NAME})(?: as [^()\n]{{1,40}})?\)")
# an IMDb-style cast block, a line each: "Halle Berry.... Patience Phillips", "Benjamin Bratt - Tom Lone"
CAST_LINE = re.compile(
    rf"^[ \t]*(?P<actor>{NAME})[ \t]*(?:\.{{2,}}|…+|[ \t][-–—][ \t]|\t+)[ \t]*"
    r"(?P<name>[A-Z][\w’'.-]*(?: (?:[A-Z][\w’'.-]*|of|the|de|van|von)){0,3})[ \t]*$",
    re.M,
)


# "a thriller starring Park Hae-il, Tang Wei and Lee Jung-hyun", "| starring A, B |": a cast with no colon
STARRING = guarded(r"(?<![\w-])(?:[Ss]tarring|[Cc]o-starring|STARRING) (?=[A-Z])")


# "Starring the voices of\n\nA\n\nB", "Cast\nA\nB": a heading line alone, then a name a line
_HEADING_LIST = guarded(
    r"^[ \t]*(?:[Ss]tarring|STARRING|[Cc]ast|CAST|[Ss]tars|[Vv]oice [Cc]ast|(?:[Ss]tarring )?[Tt]he voices of|"
    r"[Ss]tarring the voices of|[Ww]ith the voices of)[ \t:]*\n",
    re.M,
)
_HEADINGS = ("tarring\n", "tarring:\n", "TARRING\n", "ast\n", "ast:\n", "AST\n", "tars\n", "tars:\n", "oices of")
_NAME_LINE = re.compile(rf"[ \t]*(?P<name>{NAME})[ \t]*$", re.M)


def listed_lines(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, name) of each full name on the lines after a cast heading alone on its line,
    blank lines allowed, up to the first line that is no name.

    >>> [n for _, _, n in listed_lines("Starring the voices of\\n\\nTomo Arai\\n\\nKei Ono\\n\\nDirected by: X")]
    ['Tomo Arai', 'Kei Ono']
    """
    if not any(heading in text for heading in _HEADINGS):  # a scan in C for each heading's end first
        return
    for heading in _HEADING_LIST.finditer(text):
        position = heading.end()
        while True:
            while text.startswith("\n", position) or text.startswith(" ", position):
                position += 1
            line = _NAME_LINE.match(text, position)
            if line is None or not full_name(line.group("name").rstrip(".")):
                break
            name = line.group("name").rstrip(".")
            yield line.start("name"), line.start("name") + len(name), name
            position = line.end()


# a credit block of "<craft> by <name>" lines, two in a row or more: "Directed by Michael Powell\nEdited by
# Noreen Ackland" (a byline's lone "Written by X" or "Posted by X" is no block)
_BY_LINE = re.compile(
    r"^[ \t]*(?:Directed|Written|Produced|Edited|Shot|Scored|Composed|Adapted|Narrated|Designed|Music|Score|"
    rf"Screenplay|Script|Cinematography|Photography|Editing|Story|Costumes|Costume design|Production design)"
    rf" by (?P<name>{NAME})[ \t]*$",
    re.M,
)


def by_lines(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, name) of the full names of a credit block written "<craft> by <name>", a line each.

    >>> [n for _, _, n in by_lines("Directed by Oren Vale\\nEdited by Nell Carrow\\n\\nWritten by Amy Pond")]
    ['Oren Vale', 'Nell Carrow']
    """
    if " by " not in text or "\n" not in text:
        return
    lines = list(_BY_LINE.finditer(text))
    for index, line in enumerate(lines):
        neighbours = (lines[index - 1] if index else None, lines[index + 1] if index + 1 < len(lines) else None)
        gaps = [text[min(o.end(), line.end()) : max(o.start(), line.start())] for o in neighbours if o is not None]
        if "\n" not in gaps:
            continue  # the next line or the one before is another credit
        name = line.group("name").rstrip(".")
        if full_name(name):
            yield line.start("name"), line.start("name") + len(name), name


def starring_names(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, name) of each full name listed after "starring", up to the sentence's end."""
    yield from listed_lines(text)
    if "tarring " not in text and "TARRING " not in text:
        return
    for label in STARRING.finditer(text):
        position = label.end()
        end = min(len(text), position + 200)
        while position < end:
            match = _NAME_AT_START.match(text, position, end)
            if not match:
                break
            name = match.group("name").rstrip(".")
            owner = name_run(name)
            if len(owner.split()) >= 2:
                yield match.start("name"), match.start("name") + len(owner), owner
            if owner != name:
                break  # "... and Taylor Lautner's wig": the list ends at a possessive
            separator = re.match(r"\s*(?:,|;|/|\band\b|&)\s*(?:and\s+|&\s+)?", text[match.end() : end])
            if not separator:
                break
            position = match.end() + separator.end()


def credit_names(text: str, stage_names: bool = False) -> Iterator[tuple[int, int, str]]:
    """(start, end, name) of each name listed after a credit label, up to the line's end, the
    next label or the end of the sentence. With ``stage_names``, a one-word name in a list of
    full names counts too ("Stars: Kyle MacLachlan, Sting, Sean Young")."""
    if stage_names:
        yield from _with_stage_names(text)
        return
    for start, end, name, _ in _credit_items(text):
        if len(name.split()) >= 2 or "-" in name or "–" in name:
            yield start, end, name


def credit_parts(text: str) -> Iterator[tuple[int, int, str, str]]:
    """(start, end, actor, part) of each "Actor (Part)" item of a credit line: a cast label says
    the listed names are the actors, so the parentheses hold their parts, full names or not.

    >>> [(a, p) for _, _, a, p in credit_parts("Cast: Rhea Voss (Major Ida Kell), Tom Lusk Jr. (Amos), Ned Arle")]
    [('Rhea Voss', 'Major Ida Kell'), ('Tom Lusk Jr.', 'Amos')]
    """
    if "(" not in text or not any(label in text for label in _CAST_LABEL_ENDS):  # scans in C first
        return
    for start, end, name, part in _credit_items(text, _CAST_LABEL):
        if part and (len(name.split()) >= 2 or "-" in name):
            yield start, end, name, part


_SEPARATOR = re.compile(r"\s*(?:,|;|/|\band\b|&)\s*(?:and\s+|&\s+)?")
# an actor's part in parentheses after a listed name: "Randolph Scott (Major Matt Stewart), ..."
_PART_AFTER = re.compile(r"[ \t]*\((?P<part>[^()\n]{1,60})\)")


_CAST_LABEL = guarded(r"(?<![\w])(?:cast|starring|stars?|voice cast)\s*:\s*", re.I)  # the labels of a cast
_CAST_LABEL_ENDS = ("ast:", "AST:", "ing:", "ING:", "ars:", "ARS:", "tar:", "TAR:", "ast :", "ing :", "ars :")


def _credit_items(text: str, labels: re.Pattern[str] = _LABEL) -> Iterator[tuple[int, int, str, str]]:
    """(start, end, name, part) of each name listed after a credit label; ``part`` is the text
    of the parentheses right after the name (empty where there are none)."""
    dashed = labels is _LABEL and ("–" in text or "—" in text)
    if ":" not in text and not dashed:
        return
    found = list(labels.finditer(text)) if ":" in text else []
    if dashed:
        found = sorted(found + list(_DASH_LABEL.finditer(text)), key=lambda m: m.start())
    for label in found:
        end = text.find("\n", label.end())
        end = len(text) if end < 0 else end
        following = _NEXT_LABEL.search(text, label.end(), end)
        if following:
            end = following.start()
        position = label.end()
        while position < end:
            match = _NAME_AT_START.match(text, position, end)
            if not match:
                break
            name = match.group("name")
            name = name if name.endswith((" Jr.", " Sr.")) else name.rstrip(".")  # "Claude Jarman Jr."
            after = match.end()
            part = _PART_AFTER.match(text, after, end)
            if part:
                after = part.end()
            yield match.start("name"), match.start("name") + len(name), name, part.group("part").strip() if part else ""
            separator = _SEPARATOR.match(text, after, end)
            if not separator:
                break
            position = separator.end()


def _with_stage_names(text: str) -> Iterator[tuple[int, int, str]]:
    full = list(credit_names(text))
    yield from full
    if len(full) < 2:
        return  # no label has two full names after it (most texts have none): no scan for labels
    for label in _LABEL.finditer(text):
        end = text.find("\n", label.end())
        end = len(text) if end < 0 else end
        following = _NEXT_LABEL.search(text, label.end(), end)
        if following:
            end = following.start()
        if sum(label.end() <= a < end for a, _, _ in full) < 2:
            continue  # a one-word name counts only among full names
        for match in _STAGE_NAME.finditer(text, label.end(), end):
            if not is_label(match.group("name")):
                yield match.start("name"), match.end("name"), match.group("name")


def addressed_names(texts: list[str]) -> set[str]:
    """Folded names a thread speaks to ("Great review, Ruth."): the blogger or a commenter,
    greeted at the start of a comment or at its end.

    >>> sorted(addressed_names(["Good review Ruth. I loved it.", "Ruth, Ruth, yes!", "Thanks Dan!"]))
    ['dan', 'ruth']
    """
    found: set[str] = set()
    for text in texts:
        for match in VOCATIVE.finditer(text):
            if match.start() < 80 or match.end() > len(text.rstrip()) - 40:  # a greeting or a sign-off
                found.add((match.group("first") or match.group("end") or match.group("last")).casefold())
    return found


def is_label(word: str) -> bool:
    """Whether a word is a credit label ("Cast", "Starring", "Director")."""
    return _LABEL.fullmatch(word + ":") is not None


# "There's Ralph Fiennes as Dr. Kelson", "It's Tom Hanks": a contraction opening a sentence is no name's word
_CONTRACTION_START = re.compile(r"(?:There|Here|It|That|What|Who|Where|He|She|Let)[’']s ")
# "Paul Dano's Riddler", "Taylor Lautner's wig": a name ends at its possessive
_INNER_POSSESSIVE = re.compile(r"[’']s(?= )|(?<=s)[’'](?= )")
_POSSESSIVE_END = re.compile(r"[’']s(?= |$)|(?<=s)[’'](?= |$)")


def name_run(text: str) -> str:
    """The name in a run of capitalised words: without a contraction before it, cut at a
    possessive (the owner is the name).

    >>> name_run("There's Rhea Voss"), name_run("Paul Dano's Riddler"), name_run("Ana de Armas")
    ('Rhea Voss', 'Paul Dano', 'Ana de Armas')
    """
    start = _CONTRACTION_START.match(text)
    if start:
        text = text[start.end() :]
    possessive = _POSSESSIVE_END.search(text)
    return text[: possessive.start()] if possessive else text


def _apostrophe_free(text: str) -> bool:
    """No possessive inside and no contraction before: what a name with an apostrophe must show."""
    return _INNER_POSSESSIVE.search(text) is None and _CONTRACTION_START.match(text) is None


def full_name(text: str) -> bool:
    """Two to four capitalised words (particles allowed), no digits: "Choi Woo-shik", "Hoyte van Hoytema";
    no possessive inside ("Paul Dano's Riddler") and no contraction before ("There's Ralph Fiennes")."""
    words = text.split()
    return (
        2 <= len(words) <= 4
        and (("'" not in text and "’" not in text) or _apostrophe_free(text))
        and words[0][:1].isupper()
        and words[-1][:1].isupper()
        and not any(ch.isdigit() for ch in text)
        and re.fullmatch(NAME, text) is not None
    )


# Titles of address and ranks that put a name inside the story: "Dr. Rose Cotter", "Deputy U.S.
# Marshal Samuel Gerard", "Special Agent Robert Harper", "Major Marquis Warren".
_TITLES = (
    r"Dr|Doctor|Mr|Mrs|Ms|Miss|Mme|Madame|Monsieur|Mademoiselle|Mlle|Señor|Señora|Senor|Senora|Signor|Signora|"
    r"Herr|Frau|Fräulein|Agent|Special Agent|Detective|Det|Sergeant|Sgt|Captain|Capt|Major|"
    r"General|Gen|Colonel|Col|Lieutenant|Lt|Professor|Prof|Sheriff|Deputy|Marshal|U\.S\. Marshal|Officer|"
    r"Inspector|Judge|Nurse|Coach|Corporal|Private|Commissioner|Commander|Admiral|Senator|Governor|Mayor|"
    r"Father|Sister|Brother|Uncle|Aunt|Auntie|Grandma|Grandpa|Granny|Papa|Mama|King|Queen|Prince|Princess|Lord|Lady|Count|"
    r"Countess|Baron|Duke|Duchess|Chief|Reverend|Rev|Pastor|Rabbi|Marine"
)
TITLED_NAME = re.compile(
    rf"(?<![\w’'.-])(?=[A-Z])(?P<title>(?:(?:{_TITLES})\.? ){{1,3}})"
    r"(?P<name>[A-Z][\w’'-]+(?: (?<![’']s )[A-Z][\w’'-]+)?)(?![\w’'-])"  # not "Monsieur Hulot's Holiday"
)
# "botanist Pamela Isley", "Marine Ray Garrison": a lower-case plot noun right before a name
BARE_NOUN_BEFORE_NAME = re.compile(
    r"(?<![\w-])(?=[a-z][\w-]{3,} [A-Z])(?P<noun>[a-z][\w-]{3,}) "
    r"(?P<name>[A-Z][\w’'-]+ [A-Z][\w’'-]+)(?![\w’'-]| [A-Z])"
)
# Nouns of the ties a story gives its people, one place for every rule that reads "his wife Mary
# Smith", "her rival Ted Rand", "Travis's son, Hunter": kin, love, home, school, work under someone,
# enmity. A plot's nouns, not a trade's: "his co-star", "her director" are not here.
RELATION_NOUNS = frozenset(
    """wife husband ex-wife ex-husband girlfriend boyfriend ex-girlfriend ex-boyfriend fiancé fiancée fiance
    fiancee bride groom widow widower lover mistress sweetheart suitor crush date spouse friend best-friend
    bestie pal buddy sidekick colleague partner neighbor neighbour roommate flatmate housemate classmate
    schoolmate teammate landlord landlady tenant lodger boss employer secretary assistant maid butler
    housekeeper nanny governess son daughter mother father mom mum dad mama papa parents brother sister
    brother-in-law sister-in-law mother-in-law father-in-law son-in-law daughter-in-law stepmother
    stepfather stepson stepdaughter stepbrother stepsister half-brother half-sister twin uncle aunt nephew
    niece cousin grandmother grandfather grandson granddaughter grandma grandpa granny rival nemesis enemy
    ally captor kidnapper mentor protégé protege apprentice pupil""".split()
)
RELATIONS_ALTERNATION = "|".join(sorted(RELATION_NOUNS, key=lambda w: (-len(w), w)))
# Nouns of people in the trade or in the public eye: "veteran Gene Hackman", "newcomer X" are people.
PERSON_NOUNS = TRADE_NOUNS | frozenset(
    """veteran veterans newcomer newcomers icon idol superstar megastar heartthrob starlet ingenue maestro
    genius giant visionary provocateur stalwart favourite favorite mainstay regular alum alumnus debutant
    debutante lead co-lead co-writer co-director writer-director narrator showrunner co-stars costars
    frontman singer-songwriter documentarian animator choreographer journalist journalists""".split()
)
# THE PEOPLE LEXICON (eighth session: one place for the nouns of people that rules of several modules
# read; RELATION_NOUNS, TRADE_NOUNS and PERSON_NOUNS above belong to it):
# - STORY_PEOPLE: people as a story describes them ("N is a very intelligent woman", "N was a
#   drifter"), not as a review praises an actor ("N is a revelation"); the ties of RELATION_NOUNS too;
# - KIN_WORDS: family words a text writes as a name ("Dad", "Grandma", "Auntie"): no person's name;
# - PEOPLE_WORDS: plain words for people, singular and plural ("a guy", "the kids", "families").
# stance and reviewed read the last two.
STORY_PEOPLE = (
    RELATION_NOUNS
    | frozenset(
        """woman man girl boy kid child teenager teen youngster widow widower housewife bachelor spinster orphan
    stranger drifter loner outcast outsider misfit hermit recluse hustler grifter thief crook con gangster
    mobster hitman assassin killer murderer psychopath cop detective officer sheriff deputy soldier veteran
    marine sailor pilot nurse doctor surgeon lawyer teacher professor student schoolgirl schoolboy clerk
    waitress waiter secretary salesman farmer rancher cowboy gunslinger priest nun preacher heiress
    millionaire billionaire tycoon socialite debutante prostitute dancer stripper boxer fighter hacker spy
    agent reporter journalist editor writer novelist poet painter musician singer""".split()
    )
    - PERSON_NOUNS
)
KIN_WORDS = frozenset(
    "dad daddy mom mommy mum mummy mother father mama papa pa ma grandma grandpa granny gran nana nan"
    " grandad grandmother grandfather auntie uncle sis bro".split()
)
PEOPLE_WORDS = frozenset(
    "man men woman women boy boys girl girls kid kids child children dad dads father fathers mom moms mum mums mother "
    "mothers parent parents family families wife wives husband husbands son sons daughter daughters brother brothers "
    "sister sisters guy guys lady ladies fellow fellows boyfriend girlfriend teen teens teenager teenagers soul souls "
    "neighbour neighbours neighbor neighbors people".split()
)
# "Lorcan Finnegan directs from a script by ...", "Sosie Bacon stars": a full name doing a maker's job
MAKER_VERB = guarded(
    rf"{_AT_WORD}(?P<name>{NAME}) (?:also )?(?:directs|directed|co-directs|co-directed|helms|helmed|scores|scored|"
    r"co-writes|co-wrote|edits|edited|produces|produced|stars|starred|co-stars|co-starred)\b"
)
# "Rory Calhoun is excellent as Harlan", "Kim Hye-soo stars as Shim", "Walton Goggins gives the
# performance of his career as Hollis": a full name, a few words, "as" and a part (people.role_actors
# checks the words between: a performance, not a plot's "poses as", "known as")
ROLE_ACTOR = re.compile(
    rf"{_AT_WORD}(?P<actor>{NAME}) (?P<between>(?:[\w’'-]+ ){{0,8}}?)as "
    r"(?:(?:(?:the|a|an|his|her|their) )?(?:[a-z][\w-]* ){0,2}(?P<name>[A-Z][\w’'-]+)"
    r"|(?P<part>(?:the|his|her|their) [a-z][\w-]+(?: [a-z][\w-]+)?)(?= (?:is|was|are|were|who|in|and|,)\b|[,.;]))"
)
# words before "as" that say a performance ("stars as", "steals every scene as")
PERFORMING = frozenset(
    """stars starred star co-stars co-starred costars plays played playing appears appeared shines shone
    excels excelled shows showed pops popped steals stole walks gives gave delivers delivered turns turned returns
    returned reprises
    reprised cast casts impresses impressed sparkles dazzles convinces convinced performance performances
    turn role work scene scenes show film movie picture career""".split()
)
# words before "as" that say a plot's disguise or name ("poses as", "known as", "works as")
STORY_AS = frozenset(
    """poses posing posed disguised disguises dressed dresses known works working worked serves serving
    served passes passing passed masquerades masquerading lives living lived introduced introduces reborn
    registered undercover such well same identified mistaken mistakes recast remembered described
    referred regarded seen treated hired signs signed joins joined""".split()
)

# "the cinematographer Ana Reyes", "Director Mikael Hafstrom": a film-making trade right before a
# full name, a person even where the parser tags the name an organisation; "The new songwriters, Dara
# Pell and Tomas Wren-Hale", "the cinematographer, Ana Reyes": a plural of a trade, or a trade no plot
# gives its people, then a list of names, the comma allowed (real people, whatever the plot rules make
# of a page's unknown names). One scan for both.
_TRADES = (
    r"[Dd]irector|[Ff]ilmmaker|[Cc]inematographer|[Cc]omposer|[Ss]creenwriter|[Ww]riter-director|[Ww]riter|[Ee]ditor|"
    r"[Pp]roducer|[Cc]ritic|[Nn]ovelist|[Aa]uthor|[Aa]ctor|[Aa]ctress|[Cc]o-star|DP|[Ss]howrunner|[Aa]nimator|"
    r"[Cc]horeographer|[Pp]laywright|[Pp]hotographer|[Dd]ocumentarian|[Ss]ongwriter|[Ll]yricist|[Dd]esigner|"
    r"[Ss]inger|[Mm]usician|[Cc]omedian"
)
_BEFORE_ONLY = frozenset({"singer", "musician", "comedian"})  # listed only: "the singer X" may be a part
_PLOT_JOBS = frozenset({"author", "photographer", "designer"})  # a plot's jobs even in the plural
_PLOT_FREE = frozenset("cinematographer screenwriter showrunner choreographer songwriter lyricist dp".split())
TRADE_NAMES = guarded(
    rf"(?<![\w’'-])(?P<trade>{_TRADES})(?P<plural>s)?(?P<comma>,)? (?P<names>{NAME}(?:(?:,? and |, |,? & ){NAME})*)"
)
_LIST_SPLIT = re.compile(r",? and |, |,? & ")
# every _TRADES word holds one of these (as written): "ctor" for actor and director, "riter" for the writers
_TRADE_TAILS = (
    *"ctor riter grapher ilmmaker omposer ditor roducer ritic ovelist uthor ctress o-star DP howrunner".split(),
    *"nimator laywright ocumentarian yricist esigner inger usician omedian".split(),
)


def trade_names(text: str) -> Iterator[tuple[int, int, str, bool]]:
    """(start, end, name, listed) of the names after a trade: the first name right after a trade
    (no comma), and with ``listed`` every name listed after a plural trade or a trade no plot
    gives its people, a comma allowed."""
    if not any(tail in text for tail in _TRADE_TAILS):
        return  # no trade's word: no scan
    for match in TRADE_NAMES.finditer(text):
        trade = match.group("trade").lower()
        listed = trade in _PLOT_FREE or (match.group("plural") is not None and trade not in _PLOT_JOBS)
        if not listed and (match.group("comma") or trade in _BEFORE_ONLY):
            continue
        at = match.start("names")
        for piece in _LIST_SPLIT.split(match.group("names")):
            start = text.index(piece, at)
            at = start + len(piece)
            yield start, start + len(piece), piece, listed
            if not listed:
                break


def trade_listed(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, name) of the full names listed after a plural trade or a film-making trade.

    >>> [n for _, _, n in trade_listed("The new songwriters, Dara Pell and Tomas Wren-Hale, try hard.")]
    ['Dara Pell', 'Tomas Wren-Hale']
    >>> [n for _, _, n in trade_listed("a photographer, Lars Thorwald, and the editors Ian Oakes")]
    ['Ian Oakes']
    """
    for start, _, piece, listed in trade_names(text):
        name = name_run(piece.rstrip("."))
        if listed and full_name(name):
            yield start, start + len(name), name


# "a salesman, Lars Thorwald, whose wife ...": a plot noun, then the name set off by commas
NOUN_THEN_NAME = guarded(
    r"\b(?:[Aa]|[Aa]n|[Tt]he|[Hh]is|[Hh]er|[Tt]heir) (?:[a-z][\w-]* ){0,2}(?P<noun>[a-z][\w-]+), "
    r"(?P<name>[A-Z][\w’'-]+ [A-Z][\w’'-]+)(?=,)"
)
