"""Speed paths of the seventh session (issue 16): each must give what the slower form gave.

The gates in front of full-text scans (people_surnames.py, character_names.py, work_matches.py,
work_runs.py) are checked on every tune review and seed page: wherever the pattern matches, its
gate lets the text through.
The rewritten patterns find the same matches as the forms they replace; the per-table caches go
with their table.
"""

from __future__ import annotations

import gc
import re
from collections.abc import Callable
from pathlib import Path

import pytest
import spacy
from spacy.tokens import Span

from extract.nlp import (
    character_first_names,
    character_names,
    character_titles,
    extractor,
    people_shapes,
    people_surnames,
    work_credited,
    work_extras,
    work_makers,
    work_matches,
    work_runs,
)
from extract.nlp.characters import (
    ACTOR_POSSESSIVE,
    AS_ROLE,
    BY_MAKER,
    MADE_WITH,
    NOUN_THEN_ACTOR,
    NOUN_THEN_NAME,
    POSSESSIVE_PART,
    TITLED_NAME,
)
from extract.nlp.context import Unit
from extract.nlp.memo import RecentAnswers, per_table

ROOT = Path(__file__).resolve().parent
SHARED = ROOT.parent.parent / "shared"

# texts that exercise the patterns (written for these tests)
_HANDMADE = [
    "Dana Barrett (Sigourney Weaver) is possessed. Her brother, Oscar Barrett, is voiced by Jan Loft.",
    "Luca, a lonely boy voiced by Jacob Tremblay, is named Luca. His name is Paolo, known simply as Pao.",
    "Her performance as Ruth Marsh is great; she plays Ruth and he played Sam. The robot Bishop smiles.",
    "Tom Hanks is Woody. J.K. Simmons is their teacher Terence Fletcher. Kurt Russell's MacReady waits.",
    "It was written with Ann Roth and Bo Ek. The score by Hans Zimmer, a nurse (Jung Yu-mi) sings.",
    "The first Hangover, the original Avengers, the earlier Alien. ESB and ROTK beat LOTR.",
    "Cage was better in Pig.\nDamon is great in The Martian. “Heat” and 'Ronin' are quoted.",
    "Dr. Mann said so. U.S. Marshal Sam Gerard, Special Agent Dale Cooper and Fräulein Maria. Ebert loved it.",
    "a salesman, Lars Thorwald, whose wife vanishes. Monsieur Hulot's Holiday is not a name.",
]


def fixture_texts() -> list[str]:
    """The tuning reviews' and the seeds' texts: what the speed gates are checked against."""
    paths = [*sorted((ROOT / "fixtures" / "reviews" / "tune").glob("*.txt")), *sorted((SHARED / "seeds").glob("*.txt"))]
    return [path.read_text(encoding="utf-8") for path in paths]


def _texts() -> list[str]:
    return [*_HANDMADE, *fixture_texts()]


TEXTS = _texts()


Gate = Callable[[str], bool]


def _some(*parts: str) -> Gate:
    return lambda text: any(part in text for part in parts)


_PREDECESSOR_GATE = _some(*work_matches._PREDECESSOR_WORDS)
_CRITIC_GATE = _some(*people_shapes._CRITIC_NAMES)
GATES: list[tuple[str, re.Pattern[str], Gate]] = [
    *[
        (f"character pattern {i}", pattern, _some(*gate))
        for i, (pattern, gate) in enumerate(
            zip(character_names._CHARACTER_PATTERNS, character_names._PATTERN_GATES, strict=True)
        )
        if gate
    ],
    ("AS_ROLE", AS_ROLE, _some("as ", "play")),
    ("ACTOR_POSSESSIVE", ACTOR_POSSESSIVE, _some("’s ", "'s ")),
    ("POSSESSIVE_PART", POSSESSIVE_PART, _some("'", "’")),
    ("NOUN_THEN_NAME", NOUN_THEN_NAME, _some(", ")),
    ("MADE_WITH", MADE_WITH, _some("with")),
    ("NOUN_THEN_ACTOR", NOUN_THEN_ACTOR, _some(" (")),
    ("BY_MAKER", BY_MAKER, _some(" by ")),
    ("critics", people_surnames._CRITIC, _CRITIC_GATE),
    ("predecessor", work_matches._PREDECESSOR, _PREDECESSOR_GATE),
    ("song title", work_extras._SONG_TITLE, _some(*work_extras._SONG_WORDS)),
    ("at a site", work_extras._AT_SITE, lambda text: work_extras._AT_WORD.search(text) is not None),
    ("singing", work_makers._SINGING, _some(*work_makers._SINGING_STEMS)),
    ("actor in", work_runs._ACTOR_IN_RUN, lambda text: work_runs._IN_WORD.search(text) is not None),
    ("abbreviation", re.compile(r"[A-Z][A-Z0-9]{2,5}"), lambda text: work_matches._CAPITALS.search(text) is not None),
    (
        "titled name",
        TITLED_NAME,
        lambda text: not character_titles._TITLE_KEYS.isdisjoint(map(character_titles._KEY, Unit("x", text).tokens)),
    ),
]


@pytest.mark.parametrize(("name", "pattern", "gate"), GATES, ids=[name for name, _, _ in GATES])
def test_a_gate_lets_through_every_text_its_pattern_matches(name: str, pattern: re.Pattern[str], gate: Gate) -> None:
    matched = [text for text in TEXTS if pattern.search(text)]
    assert matched, f"{name}: no text to check the gate on"
    assert [text[:60] for text in matched if not gate(text)] == []


@pytest.mark.parametrize(
    ("name", "old", "new"),
    [
        (
            "quoted",
            r"[“\"]([^“”\"\n]{1,80}?)[!?.,]*[”\"]|(?<![\w’'])[‘']([^‘’'\n]{1,60}?)[!?.,]*[’'](?![\w’'])",
            work_runs._QUOTED,
        ),
        ("capitalised", r"(?<![\w’'-])[A-ZÀ-Þ][\w’'-]+", work_credited._CAPITALISED),
        (  # small letters with diacritics since the eighth session ("Kieślowski")
            "surname shape",
            rf"(?<![\w’'-])[A-Z][{people_surnames._SMALL}]{{2,}}(?:-[A-Z][{people_surnames._SMALL}]+)?(?![\w-])",
            people_surnames._CAPITALISED_WORD,
        ),
        (
            "lower surname shape",
            rf"(?<![\w’'-])[A-Za-z][{people_surnames._SMALL}]{{2,}}(?:-[A-Za-z][{people_surnames._SMALL}]+)?(?![\w-])",
            people_surnames._ANY_WORD,
        ),
        (
            "actor is",
            r"(?<![\w’'.-])(?P<actor>(?:(?:[A-Z]\.)+|[A-Z][\w’'-]+)(?: (?:(?:[A-Z]\.)+|[A-Z][\w’'-]+)){1,2}) "
            r"(?:is|was|plays|played|as) (?:(?P<det>the|a|an|his|her|their|its) )?(?P<words>(?:[a-z][\w-]+ ){0,2})"
            r"(?P<name>[A-Z][\w’'-]+(?: [A-Z][\w’'-]+)?)",
            character_names._ACTOR_IS,
        ),
    ],
)
def test_a_pattern_opening_on_its_first_class_finds_what_the_old_form_found(
    name: str, old: str, new: re.Pattern[str]
) -> None:
    before = re.compile(old)
    for text in [*TEXTS, "'Tis “Heat” 'Ronin' ‘Alien’ rock'n'roll ÉMILE Émile J.K. Simmons is Fletcher"]:
        assert [(m.span(), m.groups()) for m in new.finditer(text)] == [
            (m.span(), m.groups()) for m in before.finditer(text)
        ], name


def test_standalone_names_are_where_the_old_pattern_found_them() -> None:
    for text in TEXTS[:40]:
        for name in {*re.findall(r"[A-Z][a-z]+", text)[:30], "Stu", "a.a"}:
            pattern = rf"(?<![\w’'-]){re.escape(name)}(?![\w-]|[’'](?!s\b))"
            assert character_first_names._standalone(text, name) == [m.start() for m in re.finditer(pattern, text)]
    assert character_first_names._standalone("a.a.a Stu's Stu’d Stu_ Stu", "a.a") == [0]


class _Table:
    """Stands in for a film table: any object with weak references."""


def test_a_per_table_value_is_computed_once_and_goes_with_its_table() -> None:
    calls: list[int] = []

    @per_table
    def size(table: _Table) -> int:
        calls.append(1)
        return len(calls)

    first, second = _Table(), _Table()
    assert (size(first), size(first), size(second), size(second)) == (1, 1, 2, 2)
    answers = RecentAnswers(2)
    assert answers.get(first, "a", lambda: 10) == 10
    assert answers.get(first, "a", lambda: 11) == 10  # kept
    assert answers.get(second, "a", lambda: 12) == 12  # another table, another answer
    answers.get(first, "b", lambda: 13)
    answers.get(first, "c", lambda: 14)
    assert answers.get(first, "a", lambda: 15) == 15  # the oldest of two went
    del first, second
    gc.collect()
    assert len(answers._by_table) == 0


def test_a_units_person_spans_are_built_once_per_parse() -> None:
    nlp = spacy.blank("en")
    doc = nlp("Ann met Bob in Paris")
    doc.ents = [Span(doc, 0, 1, "PERSON"), Span(doc, 2, 3, "PERSON"), Span(doc, 4, 5, "GPE")]
    unit = Unit("body", doc.text)
    unit.docs = [(0, doc)]
    spans = unit.entity_spans(doc, "PERSON")
    assert [s.text for s in spans] == ["Ann", "Bob"]
    assert unit.entity_spans(doc, "PERSON") is spans
    assert [s.text for s in unit.entity_spans(doc, "GPE")] == ["Paris"]


@pytest.mark.parametrize(
    ("old", "new"),
    [
        (r"(?=[A-Z])\b[A-Z][\w’']*(?:(?:\s+(?:and|of|the|a|in|on|&|\+))*\s+[A-Z][\w’']*)+", extractor._TITLE_RUN),
        (r"(?=[A-Z])\b[A-Z](?::?[A-Z0-9]){1,5}\b", extractor._ABBREVIATION),
        (r"\b[A-Z][a-z]{2,}\b", extractor._CAPITALISED),
    ],
)
def test_the_extractors_capital_patterns_find_what_their_old_forms_found(old: str, new: re.Pattern[str]) -> None:
    before = re.compile(old)
    for text in [*TEXTS, "A:OC, STF and X-Men: Days of Future Past; O'Brien's Moby Dick_Two 2Fast Émile"]:
        assert [m.span() for m in new.finditer(text)] == [m.span() for m in before.finditer(text)]
