"""COMPARED_TO precision, sixth session (F5): works a sentence names that are no comparison's
end. Each sentence is written for this test and produced a false pair before its rule:
a maker's other work named as theirs ("the man who made X"), a song (and a title listed
beside a song), and a part an actor plays ("Name as Part", "Part (Actor)"). The control cases keep real comparisons in the same shapes.
Review pages are titled "Moon" (tests.test_comparisons)."""

from __future__ import annotations

import pytest

from base.vocab import Rel
from extract.nlp.extractor import EntityExtractor
from extract.nlp.relations import compared_to
from extract.records import EntityKind, Mention
from tests.test_comparisons import _extract, _pair, _pairs
from tests.test_comparisons_s6 import unit_facts

NOT_COMPARED = [
    (
        "a maker's other work: 'the man who made X'",
        "Duncan Jones, the man who made Warcraft, keeps this one small and cold.",
        "Warcraft",
    ),
    (
        "a maker's other work: 'who directed X'",
        "Duncan Jones, the guy who directed Source Code, keeps this one small and quiet.",
        "Source Code",
    ),
    (
        "an actor's earlier part: 'who I had only seen ... in X'",
        "Rockwell, who I had only seen clowning in Galaxy Quest, is just as good as the quiet one here.",
        "Galaxy Quest",
    ),
    (
        "a song sung in the film",
        "In the masked-ball scene, David Bowie singing As the World Falls Down feels like a music video.",
        "As the World Falls Down",
    ),
]


@pytest.mark.parametrize(("case", "body", "other"), NOT_COMPARED, ids=[c[0] for c in NOT_COMPARED])
def test_not_a_comparison(extractor: EntityExtractor, case: str, body: str, other: str) -> None:
    assert _pair("Moon", other) not in _pairs(_extract(extractor, body))


CONTROLS = [
    (
        "a maker's work compared, not just named",
        "It is every bit as lonely as Silent Running, and the man who made it knows that.",
        "Silent Running",
    ),
    (
        "a comparison in the same sentence as a played part",
        "Sam Rockwell as Sam Bell carries it alone, which recalls Cast Away.",
        "Cast Away",
    ),
]


@pytest.mark.parametrize(("case", "body", "other"), CONTROLS, ids=[c[0] for c in CONTROLS])
def test_still_a_comparison(extractor: EntityExtractor, case: str, body: str, other: str) -> None:
    assert _pair("Moon", other) in _pairs(_extract(extractor, body))


def _played(text: str, works: list[str], people: list[str], songs: tuple[str, ...] = ()) -> set[frozenset[str]]:
    """COMPARED_TO pairs of one body unit whose works are typed as films and people as people
    (a part's name typed as a film, as a title table may do: the typing is not under test)."""
    kinds: list[tuple[str, EntityKind]] = (
        [(n, "film") for n in works] + [(n, "person") for n in people] + [(n, "song") for n in songs]
    )
    mentions = sorted(
        (Mention(n, n, kind, "body", text.index(n), text.index(n) + len(n)) for n, kind in kinds), key=lambda m: m.start
    )
    facts = unit_facts(text, mentions)
    relations = compared_to(facts, "Moon", {"Moon", *works})
    return {frozenset((r.source, r.target)) for r in relations if r.type == Rel.COMPARED_TO}


def test_a_part_played_is_no_comparison_end() -> None:
    """ "Name as Part" and "Part (Actor)": the part is no work, even when its name is a title;
    the sentence's comparison of the work itself stays."""
    text = "The crew, including Kate Mara as Carrie, is as flat as the crew of Alien."
    assert _played(text, ["Carrie", "Alien"], ["Kate Mara"]) == {_pair("Moon", "Alien")}
    text = "Her cousin Junior (Matt Berry) is as flat as the crew of Solaris."
    assert _played(text, ["Junior", "Solaris"], ["Matt Berry"]) == set()  # a part likened to a film's crew


def test_a_title_listed_beside_a_song_is_a_song() -> None:
    """Two titles joined by "and", one typed as a song: the other (typed as a film by the
    title table) is a song too, and no comparison's end."""
    text = "It felt like Solaris when Space Oddity and Starman played over the launch."
    assert _played(text, ["Solaris", "Starman"], [], ("Space Oddity",)) == {_pair("Moon", "Solaris")}
