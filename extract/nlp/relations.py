"""Relations between the entities of a page, each with its sentence as evidence.

COMPARED_TO: a sentence that names another work together with a comparison cue ("reminds
me of", "did this so much better", "couldn't be more different"), or together with the
reviewed work itself; a cue sentence about the reviewed work carries over to a work named in
the next sentence. CITES: a critic referring to another critic's review or post. RECOMMENDS:
a commenter suggesting a work. DIRECTED, ACTED_IN, WROTE, ADAPTED_FROM: from the gazetteer's
credits of the page's films and from text cues ("Spike Jonze's Her", "Philip K. Dick's novel").
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from extract.nlp.gazetteer import Gazetteer
from extract.nlp.spans import group_by_span
from extract.nlp.textnorm import fold, name_key
from extract.records import Mention, Relation

EXTRACTOR = "reelgraph.relations/1"
_CUES: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern, re.I), polarity)
    for pattern, polarity in (
        (
            r"couldn[’']?t be more different|could not be more different|the opposite of|\bunlike\b|nothing like",
            "contrast",
        ),
        (
            r"(?:did|done|does) (?:this|it) (?:so much |way |far )?better|done it way better|so much better"
            r"|yearning for|kept yearning|\bi prefer\b|still stands? as my|(?:is|was) (?:still )?the better\b"
            r"|is still better",
            "other preferred",
        ),
        (
            r"nowhere near as|\bdoubt it will\b|better than|\bbeats\b|more (?:affecting|moving|powerful) than"
            r"|i prefer (?:her|it|this)\b",
            "this preferred",
        ),
        (r"dethrone|my #1|favou?rite film of|\bbest\b[^.]{0,60}\bsince\b", "ranking"),
        (
            r"remind(?:s|ed)? me of|reminiscent of|similar|similarities|in the vein of|called to mind"
            r"|brings? to mind|kept thinking (?:of|about|to)|thinking about that film|comparisons? (?:between|to|with)"
            r"|compared (?:to|with)|(?:something|films?|movies?) like|in re:"
            r"|owes (?:a lot|a debt|something) to|is its big|sisters?\b",
            "similar",
        ),
        (r"\boriginal(?:ity)?\b|arguments on|influenced by|borrowed|rip-?off|remember watching", "neutral"),
    )
)
_CITE = re.compile(
    r"(?:(?:my friend|my pal|fellow blogger)\s+(?P<a>[A-Z][\w’']+)\s+(?:wrote|writes|reviewed|posted)"
    r"|(?:as\s+)?(?P<b>[A-Z][\w’']+)(?:[’']s)?\s+(?:(?:has\s+)?mentioned|wrote|writes|said|says|called|argued|noted)\b[^.]{0,80}?\b(?:post|review|piece|blog)"
    r"|(?P<c>[A-Z][\w’']+)\s+(?:at|over at|from)\s+(?:[A-Z][\w’']+\s?){1,4}"
    r"(?:wrote|writes|called|said|says|was|has|gave|loved)"
    r"|(?P<d>[A-Z][\w’']+)[’']s\s+(?:review|post|write-up|piece))"
)
_RECOMMEND = re.compile(  # present suggestions only: "which I recommended last year" is not one
    r"\b(?:i|i'd|i’d|we|highly|to|must|strongly) (?:\w+ )?recommend\b|should (?:check|see|read|watch)\b"
    r"|check it out|you(?:'d|’d| would| will) love|have to see|must[- ]see",
    re.I,
)
_ADAPTED = re.compile(r"\b(?:based on|adapts|adapted from|source novel|adaptation of)\b", re.I)


@dataclass(slots=True)
class UnitFacts:
    """One unit's text, author and mentions, for the relation rules."""

    unit: str
    text: str
    author: str | None
    sentences: list[tuple[int, int]]
    mentions: list[Mention]
    is_pingback: bool = False
    by_sentence: list[list[Mention]] = field(default_factory=list)

    def __post_init__(self) -> None:
        groups = group_by_span([m.start for m in self.mentions], self.sentences)
        self.by_sentence = [[self.mentions[i] for i in group] for group in groups]


_RIGHT_BEFORE = re.compile(
    r"(?:\b(?!other\b|rather\b)\w+er|\bmore \w+|\bless \w+) than (?:the |a )?$|\bsince (?:the |a )?$", re.I
)


def _cue(sentence: str) -> str | None:
    for pattern, polarity in _CUES:
        if pattern.search(sentence):
            return polarity
    return None


def _cue_before(text: str, mention: Mention) -> str | None:
    """A comparative right before the work: "colder and cleverer than Her", "since Moon"."""
    match = _RIGHT_BEFORE.search(text[max(0, mention.start - 40) : mention.start])
    if match is None:
        return None
    return "ranking" if "since" in match.group().lower() else "contrast"


def _refers_to_reviewed(sentence: str, names_reviewed: bool) -> bool:
    folded = fold(sentence)
    return names_reviewed or any(ref in folded for ref in ("this one", "this film", "this movie"))


def _stated(
    kind: str,
    source: str,
    target: str,
    facts: UnitFacts,
    span: tuple[int, int],
    kinds: tuple[str, str],
    confidence: float,
    **extra: str | None,
) -> Relation:
    """A relation stated by one sentence of a unit, with that sentence as its evidence."""
    sentence = " ".join(facts.text[span[0] : span[1]].split())
    return Relation(
        kind,
        source,
        target,
        facts.unit,
        sentence,
        confidence=confidence,
        start=span[0],
        end=span[1],
        extractor=EXTRACTOR,
        source_kind=kinds[0],
        target_kind=kinds[1],
        **extra,
    )


def compared_to(facts: UnitFacts, reviewed: str, works: set[str]) -> list[Relation]:
    """COMPARED_TO edges from the reviewed work to the works this unit compares it with."""
    if facts.is_pingback:
        return []
    relations: list[Relation] = []
    carry: str | None = None
    reviewed_key = name_key(reviewed)
    for span, in_sentence in zip(facts.sentences, facts.by_sentence, strict=True):
        sentence = facts.text[span[0] : span[1]]
        others = [m for m in in_sentence if m.name in works and name_key(m.name) != reviewed_key]
        names = list(dict.fromkeys(m.name for m in others))
        cue = _cue(sentence) or next((c for m in others if (c := _cue_before(facts.text, m))), None)
        names_reviewed = _refers_to_reviewed(sentence, any(name_key(m.name) == reviewed_key for m in in_sentence))
        if not names:
            carry = cue if cue and names_reviewed else None
            continue
        enumeration = len(names) + names_reviewed >= 3 and not cue
        if enumeration:
            carry = None
            continue
        polarity = cue or carry
        if polarity is None and not names_reviewed:
            continue
        for name in names:
            kinds = ("film", next(m.kind for m in others if m.name == name))
            relations.append(
                _stated(
                    "COMPARED_TO",
                    reviewed,
                    name,
                    facts,
                    span,
                    kinds,
                    0.8 if cue else 0.6,
                    by=facts.author,
                    polarity=polarity or "neutral",
                )
            )
        carry = None
    return relations


def lean_with_stance(relations: list[Relation], stances: Mapping[str, str]) -> None:
    """In a text that is negative about the reviewed work, a comparison that does not say
    which side wins prefers the other work ("I kept thinking of Blade Runner")."""
    for relation in relations:
        negative = stances.get(relation.unit) == "negative"
        if relation.type == "COMPARED_TO" and negative and relation.polarity in {"similar", "neutral"}:
            relation.polarity = "other preferred"


def cites(facts: UnitFacts, people: dict[str, str], critics: set[str]) -> list[Relation]:
    """CITES edges: this unit's author refers to another critic's review or post."""
    relations = []
    for span in facts.sentences:
        sentence = facts.text[span[0] : span[1]]
        for match in _CITE.finditer(sentence):
            raw = next(g for g in match.groups() if g)
            cited = people.get(
                fold(raw).removesuffix("’s").removesuffix("'s"), raw.removesuffix("’s").removesuffix("'s")
            )
            if fold(cited) in critics or not facts.author or fold(cited) == fold(facts.author):
                continue
            relations.append(
                _stated("CITES", facts.author, cited, facts, span, ("person", "person"), 0.7, by=facts.author)
            )
    return relations


def recommends(facts: UnitFacts, works: set[str], addressee: str | None) -> list[Relation]:
    """RECOMMENDS edges: a work this unit's author suggests (to whom it answers)."""
    relations = []
    previous: list[str] = []
    for span, in_sentence in zip(facts.sentences, facts.by_sentence, strict=True):
        sentence = facts.text[span[0] : span[1]]
        named = [m.name for m in in_sentence if m.name in works]
        if (
            _RECOMMEND.search(sentence)
            and facts.author
            and not re.search(r"thanks for the recommendation", sentence, re.I)
        ):
            for name in dict.fromkeys(named or previous):
                relations.append(
                    _stated(
                        "RECOMMENDS",
                        facts.author,
                        name,
                        facts,
                        span,
                        ("person", "work"),
                        0.6,
                        by=facts.author,
                        polarity=addressee,
                    )
                )
        previous = named or previous
    return relations


def credits(
    gazetteer: Gazetteer, films: dict[str, int], people: Iterable[Mention], facts: Iterable[UnitFacts]
) -> list[Relation]:
    """DIRECTED, ACTED_IN and WROTE from the gazetteer for people and films both on the page,
    and WROTE / ADAPTED_FROM from "X's novel Y" and "based on" in the text."""
    relations: list[Relation] = []
    names = {m.name for m in people}
    for title, film in films.items():
        entry = gazetteer.films[film]
        for kind, group in (("DIRECTED", entry.directors), ("ACTED_IN", entry.cast), ("WROTE", entry.writers)):
            for person in group:
                name = gazetteer.people[person]
                if name in names:
                    relations.append(
                        Relation(
                            kind,
                            name,
                            title,
                            "gazetteer",
                            f"{name} is credited on {title} ({entry.year})",
                            confidence=0.95,
                            extractor="reelgraph.gazetteer/1",
                            source_kind="person",
                            target_kind="film",
                        )
                    )
    for unit in facts:
        for span, in_sentence in zip(unit.sentences, unit.by_sentence, strict=True):
            sentence = unit.text[span[0] : span[1]]
            for writer in (m for m in in_sentence if m.kind == "person"):
                tail = unit.text[writer.end : writer.end + 60]
                novel = next((m for m in in_sentence if m.kind == "novel" and m.start > writer.end), None)
                if novel and re.match(r"[’']s\s+(?:\w+[\s,-]+){0,4}(?:novel|book|novella|story)", tail):
                    relations.append(_stated("WROTE", writer.name, novel.name, unit, span, ("person", "novel"), 0.8))
            if _ADAPTED.search(sentence):
                adaptation = next((m for m in in_sentence if m.kind == "film"), None)
                source = next((m for m in in_sentence if m.kind == "novel"), None)
                if adaptation and source:
                    kinds = ("film", "novel")
                    relations.append(_stated("ADAPTED_FROM", adaptation.name, source.name, unit, span, kinds, 0.7))
    return relations
