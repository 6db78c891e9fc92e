"""The films of a page's body as contenders for the reviewed work: each counted and scored by how
early, how often and how plainly the body names it (quotes, a year, its director, a heading).
"""

from __future__ import annotations

import re
from collections import defaultdict

from extract.nlp.candidates import Candidate
from extract.nlp.characters import KIN_WORDS
from extract.nlp.context import is_title_case
from extract.nlp.gazetteer import Gazetteer
from extract.nlp.reviewed_credits import ENOUGH, directed_by
from extract.nlp.reviewed_evidence import (
    COMPARED_BEFORE,
    EXPECTED,
    FILM_APPOSITION,
    TO_BE,
    VERDICT_NOUN,
    VIEWED,
    WORK_PREDICATE,
    mention_evidence,
)
from extract.nlp.reviewed_text import CREDITS_BELOW, PREDECESSOR, Choice, after_colon, names_the_film, reference_points
from extract.nlp.textnorm import fold, name_key
from extract.records import Page

MARGIN = 0.5
_OWNER = re.compile(r"(?<![\w-])([A-Z][\w-]+)[’']s\s+$")


# kinds of a body name that may be the reviewed work: a film, or a series the table names (Normal People)
_REVIEWABLE_KINDS = frozenset({"film", "tv"})


SMALL = frozenset("the a an of and in on to at for from with or".split())


# family words a critic writes as names ("Dad", "Mom"): a film of that name only when marked or dated
_KIN = KIN_WORDS  # the people lexicon's family words written as names


def _kin_word(page: Page, candidate: Candidate) -> bool:
    """Whether the candidate is a family word written as a name ("Dad"), neither dated nor quoted nor
    in italics."""
    return (
        fold(candidate.text) in _KIN
        and candidate.rule not in {"italic", "quoted"}
        and candidate.year is None
        and not YEAR_NEXT.match(page.body, candidate.end)
    )


def choose_body_film(
    page: Page, gazetteer: Gazetteer, body: list[Candidate], directors: set[str], margin: float = MARGIN
) -> Choice | None:
    """The body's most prominent film: named often, early, first, quoted or in italics, with a
    year, or beside its director ("Hitchcock's Vertigo", a "Directed by" line); by ``margin`` over the next."""
    counts = body_counts(page, gazetteer, body)
    closing = _closing_paragraph(page.body)
    first_start = min(  # the first film named as itself, not as the other end of a comparison ("since Heat")
        (c[0].start for c in counts.values() if not _only_compared(page.body, c)), default=-1
    )
    choices = [
        choice
        for found in counts.values()
        if (choice := _scored_film(page, gazetteer, found, directors, closing, first_start)) is not None
    ]
    for heading in _headings(page, gazetteer):
        same = next((c for c in choices if name_key(c.title) == name_key(heading.title)), None)
        if same is not None:
            same.score += heading.score - 2.0  # its year is counted already
        else:
            choices.append(heading)
    ranked = sorted(choices, key=lambda c: -c.score)
    if not ranked or ranked[0].score < ENOUGH:
        return None
    if len(ranked) > 1 and ranked[0].score - ranked[1].score < margin:
        return None  # two films as prominent as each other: a post about both reviews neither
    return ranked[0]


_LAST_COUNTS: list[tuple[Page, list[Candidate], dict[str, list[Candidate]]]] = []  # the last page's, kept


def body_counts(page: Page, gazetteer: Gazetteer, body: list[Candidate]) -> dict[str, list[Candidate]]:
    """``_counted``, worked out once a page: the steps and the ranker ask for it several times."""
    if not _LAST_COUNTS or _LAST_COUNTS[0][0] is not page or _LAST_COUNTS[0][1] is not body:
        _LAST_COUNTS[:] = [(page, body, _counted(page, gazetteer, body))]
    return {key: list(found) for key, found in _LAST_COUNTS[0][2].items()}


def _counted(page: Page, gazetteer: Gazetteer, body: list[Candidate]) -> dict[str, list[Candidate]]:
    """The body's mentions of each film that may be the reviewed one, by name: the candidates a reader
    would take for a film, the subjects of verdicts, titles in capitals, a title's second spelling;
    not the film a headline measures by."""
    counts: dict[str, list[Candidate]] = defaultdict(list)
    folded_body = fold(page.body)
    subjects = _verdict_subjects(page.body, body, gazetteer)
    for candidate in body:
        if _not_a_film_here(page, folded_body, candidate, subjects):
            continue
        marked = candidate.rule in {"italic", "quoted", "sequel", "cue"}  # the page marks it: italics, "the film T"
        backed = marked or mention_evidence(page.body, candidate.start, candidate.end) > 0
        if candidate.kind in _REVIEWABLE_KINDS and (candidate.film is not None or candidate.year is not None or backed):
            counts[name_key(candidate.text)].append(candidate)
    for subject in subjects:
        if name_key(subject.text) not in counts and not _kin_word(page, subject):  # not "Dad would be proud"
            counts[name_key(subject.text)].append(subject)
    for shouted in _caps_titles(page, gazetteer):
        counts[name_key(shouted.text)].append(shouted)
    _merge_second_titles(page.body, counts, gazetteer)
    for reference in reference_points(page.title):  # 'Bong's "Parasite" Follow-Up': not the film reviewed
        counts.pop(reference, None)
    return counts


def _not_a_film_here(page: Page, folded_body: str, candidate: Candidate, subjects: list[Candidate]) -> bool:
    """Whether a body candidate is, where it stands, no film: a word of a longer verdict subject, a
    franchise or the film before this one, an adjective, a nickname, an episode's name, the critic's kin,
    a pronoun."""
    if any(s.start <= candidate.start and candidate.end <= s.end and s.text != candidate.text for s in subjects):
        return True  # "Once" inside "Everything Everywhere All at Once is exhausting"
    if len(folded_body) == len(page.body) and (
        not names_the_film(folded_body, candidate.start, candidate.end)
        or PREDECESSOR.search(folded_body, max(0, candidate.start - 16), candidate.start)
    ):
        return True  # the robots, the franchise, or "the first Paddington" (the film before this one)
    if _modifier(page.body, candidate):
        return True  # "at a Copenhagen high school": a word used as an adjective, not a title
    if _NICKNAME_BEFORE.search(page.body, max(0, candidate.start - 30), candidate.start) and _NICKNAME_AFTER.match(
        page.body, candidate.end
    ):
        return True  # 'Cassius "Cash" Green': a nickname between a first name and a surname
    if _episode_name(page.body, candidate.start):
        return True  # 'Station Eleven, episode 3, "Hurricane"': an episode's name, not a film
    marked = candidate.rule in {"italic", "quoted", "sequel", "cue"}
    if not marked and _kin_word(page, candidate):
        return True  # "Dad loved the stadium scene": the critic's father, not the film "Dad" (1989)
    return not marked and fold(candidate.text) in _PRONOUNS  # "Nobody knows where the lake is": not "Nobody" (2021)


def _scored_film(
    page: Page,
    gazetteer: Gazetteer,
    found: list[Candidate],
    directors: set[str],
    closing: int,
    first_start: int,
) -> Choice | None:
    """One body film's prominence: how often (up to three), its year, early, first, marked, a verdict's
    subject (in the closing paragraph more), beside its director; less when only compared."""
    first = found[0]
    film = first.film if first.film is not None else after_colon(gazetteer, first.text)
    year = next((c.year for c in found if c.year), None) or next(
        (int(m.group(1) or m.group(2)) for c in found if (m := YEAR_NEXT.match(page.body, c.end))), None
    )
    if len({c.year for c in found if c.year}) > 1:
        return None  # "Tarkovsky's Solaris (1972) ... Soderbergh's Solaris (2002)": two films, neither reviewed
    if any(c.rule == "gazetteer-word" and _ROLE_BEFORE.search(page.body, max(0, c.start - 50), c.start) for c in found):
        return None  # "plays both Adelaide and her double, Red": a character who shares a film's one-word name
    score = min(len(found), 3) * 0.75 + (2.0 if year else 0.0) + (0.5 if first.start < 400 else 0.0)
    score += 1.0 if first.start == first_start else 0.0
    score += 1.0 if any(c.rule in {"quoted", "italic", "sequel", "caps"} for c in found) else 0.0
    score += max(mention_evidence(page.body, c.start, c.end) for c in found)
    if any(c.start >= closing and mention_evidence(page.body, c.start, c.end) for c in found):
        score += 0.5  # the closing paragraph's verdict: "Paterson is a small miracle"
    if _only_compared(page.body, found):
        score -= 1.0  # named only as the other end of a comparison: "since Following", "as lush as Howards End"
    owners = {fold(m.group(1)) for c in found if (m := _OWNER.search(page.body, max(0, c.start - 40), c.start))}
    if film is not None and (directors | owners) and not directed_by(gazetteer, film, directors | owners):
        same_title = gazetteer.films_titled(gazetteer.films[film].title)
        made = [f for f in same_title if directed_by(gazetteer, f, directors | owners)]
        if made:  # "Tarkovsky's Solaris": the 1972 film, not Soderbergh's
            film, year = made[0], (year if year == gazetteer.films[made[0]].year else None)
    if film is not None and (directors | owners) and directed_by(gazetteer, film, directors | owners):
        score += 2.5
    title = gazetteer.films[film].title if film is not None else _display(first)
    return Choice(title, year or (gazetteer.films[film].year if film is not None else None), film, score)


_ROLE_BEFORE = re.compile(r"\b(?:plays?|played|playing|named|called)\b[^.;:!?]{0,45}$", re.I)
_EPISODE_BEFORE = re.compile(r"\b(?:episode|ep\.?|chapter)\s+\d{1,3}\s*[,:\-–—]?\s*[“\"‘']?$", re.I)
_PRONOUNS = frozenset(
    "i it he she we they you this that there here these those what which who one all each both none "
    "nothing everything something anything mine yours his hers ours theirs "
    "nobody everybody somebody anybody everyone someone anyone".split()
)


# a second title in parentheses after a film's name: "Der Untergang (Downfall, 2004)", "Senso (The Wanton Countess)"
_SECOND_TITLE = re.compile(
    r"[”\"’']?\s*\((?:(?:aka|a\.k\.a\.)\s+)?(?P<alt>[A-Z][^(),\n]{1,60}?)(?:,\s*(?P<year>(?:19|20)\d\d))?\)"
)


def _merge_second_titles(body: str, counts: dict[str, list[Candidate]], gazetteer: Gazetteer) -> None:
    """Join the mentions of a film's two titles ("Der Untergang (Downfall, 2004)" and a later
    "Downfall") into one group, led by the title the film table knows, with the year beside them."""
    for key, found in list(counts.items()):
        for candidate in found:
            match = _SECOND_TITLE.match(body, candidate.end)
            if match is None or not is_title_case(match.group("alt").split()):
                continue
            alt, year = match.group("alt").strip(), int(match.group("year")) if match.group("year") else None
            alt_key = name_key(alt)
            if alt_key == key or key not in counts:
                continue
            films = [f for f in gazetteer.films_titled(alt) if year is None or abs(gazetteer.films[f].year - year) <= 1]
            second = Candidate(
                alt, candidate.start, candidate.end, "film", "second-title", 0.5, films[0] if films else None, year=year
            )
            merged = [*counts.pop(key), *counts.pop(alt_key, [])]
            lead = [second] if films and candidate.film is None else []
            counts[alt_key if lead else key] = [*lead, *merged] if lead else [*merged, second]
            break


# a title set in capitals in running text, as many bloggers set the film they review: "Case in point: SORRY TO
# BOTHER YOU.", "BORDERLANDS is a new low"; words of two letters or more, five letters at least in all
_CAPS_RUN = re.compile(r"(?<![\w’'])[A-Z][A-Z’'&-]+(?:[ ]+(?:[A-Z][A-Z’'&-]*|\d{1,4}))*(?![\w’'])(?!\s*:)")
# capitals that shout or abbreviate, not a title: "a LOT of", "I HATE it", "the CGI", "SPOILERS"
_SHOUTED = frozenset(
    "i a ok omg wtf lol not no yes lot lots very really never ever all so and the is it this that worst best hate "
    "love gross spoilers spoiler alert warning update edit ps nb tv dvd cgi usa uk us fbi cia nyc la mpaa imdb ai "
    "bad good great awful boring fun funny must see do don't dont why what how who".split()
)


_NICKNAME_BEFORE = re.compile(r"\b[A-Z][a-z]+\s+[“\"‘']$")
_NICKNAME_AFTER = re.compile(r"[”\"’']\s+[A-Z][a-z]+")


def _caps_titles(page: Page, gazetteer: Gazetteer) -> list[Candidate]:
    """Runs of capitals in the body's opening that read as a title: two words or more, not all of
    them shouted words, or one word the headline also names ("Borderlands. ..." over "BORDERLANDS")."""
    found = []
    headline = fold(page.title)
    for match in _CAPS_RUN.finditer(page.body[:2000]):
        text = match.group()
        line_start = page.body.rfind("\n", 0, match.start()) + 1
        line_end = page.body.find("\n", match.end())
        if len(page.body[line_start : line_end if line_end >= 0 else None].split()) < 8:
            continue  # "FALLEN LEAVES – ★★★★": a heading of a round-up, not a title in running text
        words = text.split()
        letters = sum(ch.isalpha() for ch in text)
        if letters < 5 or len(words) > 7 or all(fold(w).strip("’'") in _SHOUTED for w in words):
            continue
        if len(words) == 1 and not re.search(rf"(?<!\w){re.escape(fold(text))}(?!\w)", headline):
            continue
        films = gazetteer.films_titled(text)
        found.append(Candidate(text, match.start(), match.end(), "film", "caps", 0.5, films[0] if films else None))
    return found


def _display(candidate: Candidate) -> str:
    """A title as the page names it, in title case when the page sets it in capitals."""
    text = candidate.text
    if candidate.rule != "caps":
        return text
    words = text.lower().split()
    return " ".join(w if i and w in SMALL else w[:1].upper() + w[1:] for i, w in enumerate(words))


def _closing_paragraph(body: str) -> int:
    """Where the body's last paragraph of prose (eight words or more) starts, past the end if none."""
    starts = [m.end() for m in re.finditer(r"\n\s*\n", body)]
    for start in reversed([0, *starts]):
        end = body.find("\n\n", start)
        if len(body[start : end if end >= 0 else len(body)].split()) >= 8:
            return start
    return len(body)


def _only_compared(body: str, found: list[Candidate]) -> bool:
    """Whether every mention of a film follows a comparison cue ("since Heat", "than Heat")."""
    return all(COMPARED_BEFORE.search(body, max(0, c.start - 24), c.start) for c in found)


def _modifier(body: str, candidate: Candidate) -> bool:
    """Whether a one-word table match stands before a noun after "a"/"an": "a Copenhagen high school"."""
    return (
        candidate.rule == "gazetteer-word"
        and " " not in candidate.text
        and re.search(r"\b(?:a|an)\s+$", body[max(0, candidate.start - 4) : candidate.start], re.I) is not None
        and re.match(r"\s+[a-z]", body[candidate.end : candidate.end + 3]) is not None
    )


def _marked_as_seen(body: str, start: int, end: int) -> bool:
    """Whether the words are what the critic saw, expected or called a film ("Finally saw Titane",
    "I expected Titane to be", "the film Titane"): a work, though the parser guessed a person.
    Not a verdict verb: characters get those too ("Mario is a coward")."""
    before = body[max(0, start - 40) : start]
    return bool(
        VIEWED.search(before) or FILM_APPOSITION.search(before) or (EXPECTED.search(before) and TO_BE.match(body, end))
    )


def _episode_name(body: str, start: int) -> bool:
    """Whether a mention follows an episode number: the episode's name, not a film."""
    return _EPISODE_BEFORE.search(body, max(0, start - 20), start) is not None


# capitalised words, with small words only between them: "The Remains of the Day"
WORD = r"[A-Z][\w-]*(?:[’'](?!s\b)\w+)*"  # "Nyong'o", not "Reichardt's"
_GAP = r"[^\S\n]+"  # the space between a title's words: never a line break ("by Sorayuki\n\nWhen I was")
TITLE_RUN = rf"{WORD}(?:{_GAP}(?:(?:of|the|and|in|a|an|on|to|at|for|from|with|or){_GAP})*{WORD}){{0,5}}"
_SUBJECT = re.compile(rf"(?<=[a-z,;] )({TITLE_RUN})(?=[\s,.;:!?])")

_OPENING_SUBJECT = re.compile(rf"(?m)(?:^|(?<=[.!?] ))({TITLE_RUN})(?=[\s,.;:!?])")


def _verdict_subjects(body: str, candidates: list[Candidate], gazetteer: Gazetteer) -> list[Candidate]:
    """Capitalised words in mid-sentence that are the subject of a verdict verb or the object of a
    viewing verb ("Finally caught Memento at the revival house"), no person, place
    or other entity the body found, and no pronoun: a title the table lacks ("for the first half
    hour Us is as frightening as anything"). A capital after a lower-case word is no sentence start;
    at a sentence's start only a film of the table counts ("Prisoners is the bleakest ..."). A span
    the parser guessed to be a person counts only when the page marks it as seen (``_marked_as_seen``)
    or gives it the closing paragraph's verdict ("Paterson is a small miracle")."""
    taken = [(c.start, c.end) for c in candidates if not (c.kind == "person" and c.rule == "ner")]
    guessed = [(c.start, c.end) for c in candidates if c.kind == "person" and c.rule == "ner"]
    closing = _closing_paragraph(body)
    people = [c for c in candidates if c.kind == "person" and " " in c.text]
    found = []
    for match in [*_SUBJECT.finditer(body[:3000]), *_OPENING_SUBJECT.finditer(body[:3000])]:
        start, end = match.span(1)
        text = match.group(1)
        films = gazetteer.films_titled(text)
        long_run = len(text.split()) >= 4  # "Everything Everywhere All at Once is": no name runs so long
        if (
            match.re is _OPENING_SUBJECT
            and not films
            and not long_run
            and not VERDICT_NOUN.match(body, end)
            and not WORK_PREDICATE.match(body, end)  # "Arrival is the thinking person's alien movie"
        ):
            continue  # a capital opening a sentence says nothing; a film of the table or a verdict there may
        if (
            not mention_evidence(body, start, end)
            or fold(text) in _PRONOUNS
            or any(s < end and start < e for s, e in taken)
            or (
                any(s < end and start < e for s, e in guessed)
                and not _marked_as_seen(body, start, end)
                and not (start >= closing and VERDICT_NOUN.match(body, end))  # "Paterson is a small miracle."
                and not WORK_PREDICATE.match(body, end)  # no person "is a faithful adaptation"
            )
            or gazetteer.person_named(text) is not None
            or any(  # "Cage is wonderful": the surname of a person of the page (other than these words)
                fold(c.text.split()[-1]) == fold(text.split()[-1])
                and fold(c.text) != fold(text)  # the same words guessed a person elsewhere are no other person
                and not (c.start < end and start < c.end)
                for c in people
            )
            or COMPARED_BEFORE.search(body, max(0, start - 24), start)
        ):
            continue
        film = films[0] if len(films) == 1 else None
        found.append(Candidate(text, start, end, "film", "verdict-subject", 0.5, film=film))
    return found


# the year beside a film's name: "Moon (2009)", "“When Marnie Was There,” released in 2014",
# "Detective Story is a 1951 police movie"
YEAR_NEXT = re.compile(
    r"[”\"’']?(?:\s*\((?:aka|a\.k\.a\.)\s[^()]{1,60}\))?\s*\(((?:19|20)\d\d)\)"
    r"|,?[”\"’']?,?\s+(?:(?:was\s+|first\s+)?(?:released|made|filmed|shot|premiered)\s+in|came\s+out\s+in|(?:is|was)\s+an?)\s+((?:19|20)\d\d)\b"
)
_HEADING = re.compile(r"^(?P<title>[A-Z0-9“\"‘'][^()\[\]\n]{1,70}?)\s*[(\[](?P<year>(?:19|20)\d\d)[)\]]\s*$")


def _headings(page: Page, gazetteer: Gazetteer) -> list[Choice]:
    """Films the body sets on a line of their own with a year, a heading over the review
    ("Les Quatre Cents Coups (1959)"), most of all with a credits line right below."""
    lines = [line.strip() for line in page.body.split("\n")[:40]]
    found = []
    for index, line in enumerate(lines):
        match = _HEADING.match(line)
        if match is None or len(match.group("title").split()) > 10:
            continue
        title, year = match.group("title").strip(" “”\"‘’'"), int(match.group("year"))
        score = 2.0 + 1.5 + (0.5 if index < 10 else 0.0)
        if any(CREDITS_BELOW.match(below) for below in lines[index + 1 : index + 4]):
            score += 2.5  # the credits line is this film's, whatever else its director made
        films = [f for f in gazetteer.films_titled(title) if abs(gazetteer.films[f].year - year) <= 1]
        film = films[0] if films else None
        found.append(Choice(gazetteer.films[film].title if film is not None else title, year, film, score))
    return found
