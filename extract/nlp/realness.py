"""Real people among the names the plot rules took for characters: one decision per name per page.

The character rules read how a review writes a story ("Ripley wakes", "his girlfriend, Annie",
a full name the film table does not know on a page with a plot). Biopics and documentaries
are written the same way about real people, so each name the rules give to the story is
weighed once more against what the page says of real people:

- strong, beating any character evidence: the name holds the reviewed work's title or stands in
  the post's headline on a page about a real life ("Daniel Day-Lewis as Abraham Lincoln" in a
  review of Lincoln, "Rocketman Review: Elton John, sequins and all" over a biopic), and "the
  late N" (a plot says "his late wife", "the real N" and "N himself" of its own people);
- weaker, beating only weak character evidence (a plot verb, an appositive, a full name the table
  lacks), not "C (Actor)", "Actor as C", "Actor's C", "his son, C" nor a title of address: a
  trade noun before the name ("the lyricist Bernie Taupin", "Directors Peter Mortimer and Nick
  Rosen"), or a documentary page, where the people filmed are the story.

>>> sorted(real_names(
...     ["This documentary follows the climb. Brette Harrington waits below."], {"brette harrington"}, None, ""
... ))
['brette harrington']
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from extract.nlp.characters import PERSON_NOUNS, RELATIONS_ALTERNATION, TITLED_NAME
from extract.nlp.textnorm import fold

__all__ = ["about_a_life", "drop_real_people", "real_names"]

# trades of the people who make films and books, whatever the page; not the trades a plot gives
# its people too ("the late-night host Jerry Langford", "the trapeze artists Anne and W.D. Wheeler")
_TRADE_NOUNS = frozenset(
    """director filmmaker screenwriter writer writer-director co-writer co-director composer cinematographer
    dp producer novelist author critic reviewer blogger lyricist songwriter conductor historian biographer
    documentarian actor actress co-star costar showrunner animator choreographer narrator auteur""".split()
)
# trades of the people around a life on screen: real people only on a page about a real life
_LIFE_NOUNS = (
    _TRADE_NOUNS
    | PERSON_NOUNS
    | frozenset(
        """manager agent owner journalist reporter climber mountaineer explorer scientist physicist inventor
    president congressman senator politician activist athlete boxer champion guitarist drummer bassist
    pianist engineer executive exec founder""".split()
    )
)
_TRADE_FOLDED = frozenset(fold(w).rstrip("s") for w in _TRADE_NOUNS)
_LIFE_FOLDED = frozenset(fold(w).rstrip("s") for w in _LIFE_NOUNS)
# "this documentary", "Marsh's documentary", "The documentary follows", "Documentaries about climbers":
# the word names the film under review or its kind, not a film the story's people make
_DOCUMENTARY = re.compile(
    r"\b(?:[Tt]his|[Tt]he|[\w-]+[’']s)\s+(?:[\w-]+\s+)?(?:documentary|doc)\b(?!-)"
    r"|\bdocumentary review\b|(?:^|(?<=[.!?]\s))Documentaries (?:about|on|like)\b"
)
_LIFE_STORY = re.compile(
    r"\bbiopics?\b|\bbiograph(?:y|ical)\b|\btrue story\b|\breal[- ]life\b|\bbased on the life\b"
    r"|\bhistorical (?:drama|epic|figures?)\b"
    r"|\bbased,?\s+(?:[\w,]+\s+){0,3}?on\s+(?:the\s+)?(?:real|true|actual)\s+(?:events?|expedition|story|case|trial|people)\b"
    r"|\breal (?:revolutionaries|historical|events)\b",
    re.I,
)
# "not a biopic", "plays like a biopic", "more fun than a true story": the word denied or compared
_DENIED = re.compile(
    r"\b(?:not|n[’']t|no|never|nor|like|than|unlike|as if)\s+"
    r"(?:(?:a|an|the|some|quite|really|just|your|typical|standard|usual)\s+){0,2}$",
    re.I,
)


def about_a_life(text: str) -> bool:
    """Whether the page says its film tells a real life ("a biopic", "based on the true story"),
    not that it does not or only looks like one ("It is not a biopic, though it plays like one").

    >>> about_a_life("It is not a biopic, though it plays like one."), about_a_life("A biopic of a singer.")
    (False, True)
    """
    return any(not _DENIED.search(text[max(0, m.start() - 40) : m.start()]) for m in _LIFE_STORY.finditer(text))


_RELATIONS = RELATIONS_ALTERNATION  # "Travis's son, Hunter", "her rival, Ted Rand"


def _name_pattern(name: str) -> str:
    return r"\s+".join(re.escape(word) for word in name.split())


_WINDOW = 80  # characters looked at before a name
_BEFORE_CAST = re.compile(
    r"(?:\b(?:as|plays|played|playing|portrays|portrayed|voices|voiced)\s+(?:(?:the|a|an|his|her)\s+)?"
    r"(?:[a-z][\w-]*\s+){0,2}"  # "Actor as (the) C", "Actor plays C"
    r"|[A-Z][\w-]+[’']s\s+"  # "Cruise's Cage"
    r"|[A-Z][\w’'-]+\s+(?:is|was)\s+(?:(?:the|a|an|his|her|their)\s+)?(?:[a-z][\w-]*\s+){0,2})$"
)
_AFTER_CAST = re.compile(r"\s*\((?!\d)[A-Z]")  # "Jane (Nastassja Kinski)"
_BEFORE_RELATION = re.compile(rf"\b(?:{_RELATIONS}),?\s+$")  # "Travis's son, Hunter"
_BEFORE_LATE = re.compile(r"\b[Tt]he late\s+$")
# "Toranaga is based on Tokugawa Ieyasu", "modelled on N": a part drawn from a real person
_BEFORE_MODEL = re.compile(r"\b(?:based|modell?ed|inspired)\s+(?:(?:loosely|closely|partly|freely)\s+)?(?:on|by)\s+$")
# "William Adams, the real English pilot who ...", "N, a real-life ...": a real person set beside the part
_AFTER_REAL = re.compile(r",\s+(?:the|a|an)\s+real(?:-life)?\s+\w")
# "Rachel Kondo and Justin Marks, who created it": makers named by what they made of the work
_AFTER_MAKER = re.compile(
    r"(?:\s+(?:and|&)\s+[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2})?,\s+who\s+(?:also\s+)?"
    r"(?:created|wrote|directed|co-wrote|co-directed|produced|scored|shot|edited|adapted|developed|composed)\s+"
    r"(?:it|the\s+(?:film|show|series|script|screenplay|score|book|novel))\b"
)
_BEFORE_TRADE = re.compile(r"\b(?P<noun>[A-Za-z][a-z-]+)\s+(?:(?:[A-Z][\w’'-]+\s+){1,3}(?:and|&)\s+)?$")
_MAKER_WORKS = (
    r"(?:(?:first|last|latest|other|new|next|best|early|late|own|final)\s+)?"
    r"(?:film|films|movie|movies|score|novel|novels|debut|feature|features|filmography|oeuvre|direction|"
    r"screenplay|script|documentary|cinematography)\b"
)
_AWARDS = r"(?:Oscar|Academy Award|Palme|Golden Globe|BAFTA|Emmy|Best Actor|Best Actress|Best Director)"
_AFTER_WORKS = re.compile(rf"[’']s\s+{_MAKER_WORKS}")
_AFTER_AWARD = re.compile(rf"\s+(?:won|wins|got|earned|received|deserved)\b[^.\n]{{0,40}}\b{_AWARDS}")
_BEFORE_PAREN = re.compile(r"(?<![\w’'-])[a-z][\w’'-]*\s*\($")  # a lower-case word, not "Reed ("


_WORD_BEFORE = re.compile(r"[\w’'.-]")  # a character no name place may follow
_WORD_AFTER = re.compile(r"[\w-]")  # nor be followed by


def _places_of(name: str, text: str) -> list[tuple[int, int]]:
    """Where ``text`` writes ``name`` (its words parted by any white space) as whole words. A name
    with a word the text never holds is nowhere; a one-word name is found with ``str.find``, not a
    pattern compiled for it (most names are new to each page, and a compile costs a millisecond)."""
    words = name.split()
    if any(word not in text for word in words):
        return []
    if len(words) != 1 or words[0] != name:
        pattern = rf"(?<![\w’'.-]){_name_pattern(name)}(?![\w-])"
        return [m.span() for m in re.finditer(pattern, text)]
    found = []
    at = text.find(name)
    while at >= 0:
        end = at + len(name)
        if (at == 0 or not _WORD_BEFORE.match(text, at - 1)) and not _WORD_AFTER.match(text, end):
            found.append((at, end))
            at = text.find(name, end)
        else:
            at = text.find(name, at + 1)
    return found


class _Text:
    """A page's text with each name's places found once; the forms are looked for around them."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._places: dict[str, list[tuple[int, int]]] = {}
        self._titled: set[str] | None = None

    def places(self, name: str) -> list[tuple[int, int]]:
        if name not in self._places:
            self._places[name] = _places_of(name, self.text)
        return self._places[name]

    def before(self, start: int) -> str:
        return self.text[max(0, start - _WINDOW) : start]

    def titled(self) -> set[str]:
        if self._titled is None:
            self._titled = {fold(m.group("name")) for m in TITLED_NAME.finditer(self.text)}
        return self._titled


def _strong_character(page: _Text, name: str, story: bool = True) -> bool:
    """Whether the text writes the name as a part: "N (Actor)", "Actor as/plays N", "Actor's N";
    with ``story``, also "his son, N" and a title of address before it."""
    for start, end in page.places(name):
        if _AFTER_CAST.match(page.text, end) or _BEFORE_CAST.search(page.before(start)):
            return True
        if story and _BEFORE_RELATION.search(page.before(start)):
            return True
    return story and fold(name) in page.titled()


def _strong_real(page: _Text, headline: str, name: str, reviewed: str | None, life_story: bool) -> bool:
    """The subject of a life on screen, or a name the text marks as a real person's."""
    for start, end in page.places(name):
        before = page.before(start)
        if _BEFORE_LATE.search(before) or _BEFORE_MODEL.search(before) or _AFTER_REAL.match(page.text, end):
            return True  # not "the real N", "N himself": plots say those of their own people
    words = fold(name).split()
    if not life_story or len(words) < 2:
        return False
    if reviewed and fold(reviewed) in {" ".join(words[i:j]) for i in range(len(words)) for j in range(i + 1, 4)}:
        return fold(reviewed) != " ".join(words)  # "Abraham Lincoln" in Lincoln; "John Wick" is the hero
    return re.search(rf"(?<![\w-]){_name_pattern(name)}(?![\w-])", headline) is not None


def _trade_before(page: _Text, name: str, life_story: bool = False) -> bool:
    """A trade noun right before the name, or before a name it is joined to: "the lyricist Bernie
    Taupin", "Directors Peter Mortimer and Nick Rosen"; on a page about a real life, also the
    trades around that life ("the manager John Reid")."""
    nouns = _LIFE_FOLDED if life_story else _TRADE_FOLDED
    for start, _ in page.places(name):
        match = _BEFORE_TRADE.search(page.before(start))
        if match and fold(match.group("noun")).rstrip("s") in nouns:
            return True
    return False


def _credited_work(page: _Text, name: str) -> bool:
    """What only a real person has: works and awards of their own ("Murnau's last film", "Gaynor
    won the first Best Actress Oscar"), or a part to play ("his wife (Janet Gaynor)": a full name
    alone in parentheses after a lower-case word is the actor of the role before it)."""
    words = name.split()
    for who in (name, words[-1]) if len(words) >= 2 else (name,):
        for _, end in page.places(who):
            if _AFTER_WORKS.match(page.text, end) or _AFTER_AWARD.match(page.text, end):
                return True
    for _, end in page.places(name):
        if _AFTER_MAKER.match(page.text, end):
            return True  # "Rachel Kondo and Justin Marks, who created it"
    return len(words) >= 2 and any(
        _BEFORE_PAREN.search(page.before(start)) and page.text[end : end + 1] == ")" for start, end in page.places(name)
    )


_MAKING = re.compile(r"\b(?:shoot|make|film|direct)\w*\s+(?:(?:a|an|the|his|her|their)\s+)?(?:[\w-]+\s+)?$", re.I)


def is_documentary(texts: Iterable[str]) -> bool:
    """A page about a documentary: the word names a film, not a film the story's people make
    ("while shooting a documentary about a local witch")."""
    return any(
        not _MAKING.search(text[max(0, m.start() - 40) : m.start()])
        for text in texts
        if "doc" in text or "Doc" in text  # a _DOCUMENTARY match holds one of them: no scan without
        for m in _DOCUMENTARY.finditer(text)
    )


def real_names(texts: list[str], names: set[str], reviewed: str | None, headline: str) -> set[str]:
    """The folded full names among ``names`` (as the text writes them, folded) that are real people."""
    text = "\n".join(texts)
    page = _Text(text)
    life_story = about_a_life(text + "\n" + headline)
    written = _written_forms(text + "\n" + headline, names)
    documentary = is_documentary([text, headline]) and not any(
        _strong_character(page, w, story=False) for w in written.values()
    )
    found = set()
    for key, name in written.items():
        if _strong_real(page, headline, name, reviewed, life_story):
            found.add(key)
            continue
        trade = _trade_before(page, name, life_story)
        if _strong_character(page, name, story=not documentary) and not (life_story and trade):
            continue
        if trade and not (documentary or life_story) and _first_name_habit(page, name):
            continue  # "the restaurant critic Julianne Potter" ... "Julianne flies to Chicago": a part
        if documentary or trade or _credited_work(page, name):
            found.add(key)
    return found


def _first_name_habit(page: _Text, name: str) -> bool:
    """Whether the text calls a full name by its first name alone (twice or more) and never by its
    surname alone: reviews call real people by surname and characters by first name."""
    words = name.split()
    if len(words) < 2:
        return False
    first, last = words[0], words[-1]
    full = len(page.places(name))
    alone_first = len(page.places(first)) - full
    alone_last = len(page.places(last)) - full
    return alone_first >= 2 and alone_last <= 0


def _written_forms(text: str, names: set[str]) -> dict[str, str]:
    """Each folded name as the text first writes it ("marc-andre leclerc" -> "Marc-André Leclerc").

    Only runs of words as long as the longest name are joined (folding keeps the word count): a
    long run of capitals, a tag cloud or a title-case page, had every sub-run joined, a cubic cost."""
    forms: dict[str, str] = {}
    longest = max((len(name.split()) for name in names), default=0)
    for match in re.finditer(r"[A-Z][\w’'.-]*(?:\s+(?:[A-Z][\w’'.-]*|van|von|de|da|le|la|du))*", text):
        words = match.group().split()
        for i in range(len(words)):
            for j in range(min(len(words), i + longest), i, -1):
                written = " ".join(words[i:j])
                for form in (written, written.rstrip(".")):  # "... as Mary Todd Lincoln." ends a sentence
                    key = fold(form)
                    if key in names and key not in forms:
                        forms[key] = form
    return forms


def drop_real_people(
    characters: dict[str, str], texts: list[str], reviewed: str | None, headline: str, people: Iterable[str]
) -> set[str]:
    """Remove from ``characters`` (folded name -> character's full name) the real people among
    them and the first and last names that stood for them; returns the folded names removed.

    ``people`` are the page's other real people (folded): a lone first name that is one of theirs
    and that the text never writes as a part is theirs ("Keanu" after "Keanu Reeves")."""
    if not characters:
        return set()
    fulls = {key for key in characters if " " in key}
    real = real_names(texts, fulls | {k for k in characters if " " not in k and characters[k] == k}, reviewed, headline)
    removed = set()
    for key in real:
        removed.add(key)
        removed |= {k for k, full in characters.items() if full == key}  # "mary todd" of "mary todd lincoln"
        for part in (key.split()[0], key.split()[-1]) if " " in key else ():
            if characters.get(part) in {key, part} and not any(
                other not in real and part in other.split() for other in fulls
            ):
                removed.add(part)
    page = _Text("\n".join(texts))
    written = _written_forms(page.text, {k for k in characters if " " not in k and characters[k] == k})
    firsts: dict[str, set[str]] = {}
    for person in people:
        if " " in person:
            firsts.setdefault(person.split()[0], set()).add(person)
    for key, name in written.items():
        owners = firsts.get(key, set())
        if (
            len(owners) == 1
            and not any(other.split()[0] == key for other in fulls)
            and not _strong_character(page, name)
        ):
            removed.add(key)  # "Philippe never explains" after "Philippe Petit"
    for key in removed:
        characters.pop(key, None)
    return removed
