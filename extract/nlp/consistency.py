"""One name, one kind per page, and no relation the graph schema forbids.

The graph joins a page's relations to its mentions by name, so a page that calls "Sabrina" a
film in one sentence and a person in the next would give a COMPARED_TO from a film to a person,
and "Billy Wilder DIRECTED Sabrina" between two people. Each such edge is a typing error: the
page's name takes the kind most of its mentions give it (a work on a tie, as the film table or
a comparison cue found it), and a relation whose ends still do not fit its type is dropped.

>>> a = Mention("Sabrina", "Sabrina", "film", "body", 0, 7)
>>> b = Mention("Sabrina", "Sabrina", "person", "body", 20, 27)
>>> [m.kind for m in one_kind_per_name([a, b])]
['film', 'film']
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Mapping

from base.vocab import Rel
from extract.nlp.textnorm import name_key
from extract.records import WORK_KINDS, Mention, PageEntities, Relation

_PERSON = frozenset({"person"})
# which kinds each relation type joins (source kinds, target kinds); None: any (a unit or a commenter)
_ALLOWED: dict[str, tuple[frozenset[str] | None, frozenset[str] | None]] = {
    Rel.COMPARED_TO: (WORK_KINDS, WORK_KINDS),
    Rel.ADAPTED_FROM: (WORK_KINDS, WORK_KINDS),
    Rel.DIRECTED: (_PERSON, WORK_KINDS),
    Rel.ACTED_IN: (_PERSON, WORK_KINDS),
    Rel.WROTE: (_PERSON, WORK_KINDS),
    Rel.RECOMMENDS: (None, WORK_KINDS),
    Rel.CITES: (None, _PERSON),
}
_RANK = {"work": 0, "character": 1, "person": 2, "site": 3}


def _family(kind: str) -> str:
    return "work" if kind in WORK_KINDS else kind


# rules that find a one-word work only by where it stands (a slot, a list, quotes): on a tie, a
# character the cast form gives ("Abra (Kyliegh Curran)") outweighs them
_WEAK_WORK_RULES = frozenset(
    {"gazetteer-word", "cue-slot", "listed-works", "list-sibling", "cued", "cued-run", "quoted", "title-list"}
)


_CAST_GAPS = (2, 3)  # " (" or " ( "


def _rank(family: str, group: list[Mention], cast: set[tuple[str, int]]) -> int:
    """Tie-break between families: work first, unless every work mention of the name is one weak
    word and the cast form makes it a character (``cast``: (unit, end) of names an actor follows)."""
    if family == "character" and any(m.kind == "character" and (m.unit, m.end) in cast for m in group):
        works = [m for m in group if m.kind in WORK_KINDS]
        if all(m.rule in _WEAK_WORK_RULES and len(m.text.split()) == 1 for m in works):
            return -1
    return _RANK.get(family, 9)


def one_kind_per_name(mentions: list[Mention]) -> list[Mention]:
    """Give every mention of a name the kind most of them have (ties: work, character, person)."""
    by_name: dict[str, list[Mention]] = defaultdict(list)
    for mention in mentions:
        by_name[mention.name].append(mention)
    actors = {(m.unit, m.start) for m in mentions if m.kind == "person"}
    cast = {  # "Abra (Kyliegh Curran)": the name right before an actor's opening bracket
        (m.unit, m.end) for m in mentions if any((m.unit, m.end + gap) in actors for gap in _CAST_GAPS)
    }
    for group in by_name.values():
        families = Counter(_family(m.kind) for m in group)
        if len(families) < 2:
            continue
        winner = min(families, key=lambda f: (-families[f], _rank(f, group, cast)))
        model = next(m for m in group if _family(m.kind) == winner)
        for mention in group:
            if _family(mention.kind) != winner:
                mention.kind, mention.id, mention.year = model.kind, model.id, model.year
    return mentions


def _end_kind(name: str, given: str | None, kinds: Mapping[str, str], reviewed: Mention | None) -> str:
    """The kind the graph gives a relation's end: the reviewed work's where the end bears its name
    and the rule typed it a work, else the name's page-wide kind, else the kind the rule gave."""
    if reviewed is not None and name == reviewed.name and given in WORK_KINDS:
        return reviewed.kind
    return kinds.get(name, given or "")


def schema_safe(relations: list[Relation], mentions: list[Mention], reviewed: Mention | None) -> list[Relation]:
    """The relations whose ends have kinds their type allows, as the graph will see them (each
    name by its page-wide kind; a name that is no mention keeps the kind the rule gave it).

    The reviewed work's own name is that work wherever a rule typed the end a work: a film named
    after its hero ("Klute", whose detective the page calls Klute) is compared as the film, and
    the graph joins such an end to the reviewed work (``graph.build``)."""
    kinds = {m.name: m.kind for m in mentions}
    if reviewed is not None:
        kinds.setdefault(reviewed.name, reviewed.kind)
    kept = []
    for relation in relations:
        allowed = _ALLOWED.get(relation.type)
        if allowed is None:
            kept.append(relation)
            continue
        sources, targets = allowed
        source = _end_kind(relation.source, relation.source_kind, kinds, reviewed)
        target = _end_kind(relation.target, relation.target_kind, kinds, reviewed)
        if (sources is None or source in sources) and (targets is None or target in targets):
            kept.append(relation)
    return kept


def date_undated(pages: list[PageEntities], years: dict[str, set[int]]) -> None:
    """One film, one node: an undated "Arrival" takes the year another page (or this one) gives
    "Arrival (2016)", when the pages of this batch give that title one year only (``years``:
    title key -> years; the caller passes a fresh one per batch, so no page depends on the
    pages read before it)."""
    films = [
        m for page in pages for m in (*page.mentions, *([page.reviewed] if page.reviewed else [])) if m.kind == "film"
    ]
    for mention in films:
        if mention.year:
            years.setdefault(name_key(mention.name), set()).add(mention.year)
    for mention in films:
        known = years.get(name_key(mention.name), set())
        if mention.year is None and len(known) == 1:
            mention.year = next(iter(known))
