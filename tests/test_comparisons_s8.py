"""The co-mention pass (extract/nlp/co_mentions.py, eighth session): every other work a review
names is compared with the reviewed one unless its sentence frames it as something else. One
sentence written for this test per inclusion and per exclusion frame; the end-to-end cases run
the whole extractor on a page titled "Review: Moon (2009)", the frame cases run the pass alone
on a unit whose work mentions are given (so that they do not depend on the film table).
"""

from __future__ import annotations

import re

import pytest

from base.vocab import Rel
from extract.nlp.co_mentions import EXTRACTOR, co_mentioned, frame_of
from extract.nlp.extractor import EntityExtractor
from extract.nlp.relations import UnitFacts, lean_with_stance
from extract.records import Mention, PageEntities, Relation
from tests.test_comparisons import _extract

_SENTENCE = re.compile(r"[^.!?\n]+[.!?]*")


def _co_pairs(entities: PageEntities) -> set[tuple[str, str]]:
    return {(r.source, r.target) for r in entities.relations if r.type == Rel.COMPARED_TO and r.extractor == EXTRACTOR}


def _all_pairs(entities: PageEntities) -> set[frozenset[str]]:
    return {frozenset((r.source, r.target)) for r in entities.relations if r.type == Rel.COMPARED_TO}


def _facts(text: str, works: list[str], rule: str = "gazetteer", kind: str = "film") -> UnitFacts:
    """One body unit of ``text``, a mention at the first place each work is written."""
    spans = [(m.start(), m.end()) for m in _SENTENCE.finditer(text) if m.group().strip()]
    mentions = []
    for work in works:
        start = text.index(work)
        mentions.append(Mention(work, work, kind, "body", start, start + len(work), rule=rule))  # type: ignore[arg-type]
    mentions.sort(key=lambda m: m.start)
    return UnitFacts("body", text, "Ida Brandt", spans, mentions)


def _paired(text: str, works: list[str], rule: str = "gazetteer", found: list[Relation] | None = None) -> list[str]:
    facts = _facts(text, works, rule)
    return [r.target for r in co_mentioned(facts, "Moon", set(works), found or [])]


# --- inclusion: a work named without a cue word is compared ------------------------------------


def test_a_work_named_in_the_critics_text_is_compared_by_default(extractor: EntityExtractor) -> None:
    entities = _extract(
        extractor,
        "A small film about a man alone on a base. Silent Running gave its gardener three robots for company.",
    )
    assert _co_pairs(entities) == {("Moon", "Silent Running")}
    edge = next(r for r in entities.relations if r.extractor == EXTRACTOR)
    # the learnt pair model's probability (tenth session), capped below every cue rule's
    assert 0.3 < edge.confidence < 0.6
    assert edge.evidence == "Silent Running gave its gardener three robots for company."
    assert (edge.by, edge.polarity, edge.unit) == ("Ida Brandt", "neutral", "body")


def test_a_work_named_with_a_contrast_and_no_cue_word_is_compared(extractor: EntityExtractor) -> None:
    entities = _extract(extractor, "The Martian was built on jokes; the loneliness there never lands this hard.")
    assert _co_pairs(entities) == {("Moon", "The Martian")}


def test_a_commenters_work_is_compared_by_the_commenter(extractor: EntityExtractor) -> None:
    comments = "  1. Wes Abara says:\n\n    Nobody talks about Event Horizon any more, and it's the same story.\n"
    entities = _extract(extractor, "A lonely film about a man on a base.", comments=comments)
    edges = [r for r in entities.relations if r.extractor == EXTRACTOR]
    assert [(r.source, r.target, r.by) for r in edges] == [("Moon", "Event Horizon", "Wes Abara")]
    assert edges[0].unit != "body"


def test_a_commenters_work_needs_a_second_signal() -> None:
    """In a comment, a sentence about another work alone is no comparison: "X is underrated imo"."""
    facts = _facts("Event Horizon is underrated imo.", ["Event Horizon"])
    facts.unit = "c1"
    assert co_mentioned(facts, "Moon", {"Event Horizon"}, []) == []
    facts = _facts("Event Horizon is scarier than this, imo.", ["Event Horizon"])
    facts.unit = "c1"
    assert [r.target for r in co_mentioned(facts, "Moon", {"Event Horizon"}, [])] == ["Event Horizon"]


def test_a_work_the_cue_rules_paired_gets_no_second_edge(extractor: EntityExtractor) -> None:
    entities = _extract(extractor, "Halfway through, it reminded me of Silent Running.")
    assert _all_pairs(entities) == {frozenset(("Moon", "Silent Running"))}
    assert _co_pairs(entities) == set()


def test_a_co_mention_keeps_its_polarity_in_a_negative_text() -> None:
    edge = Relation(Rel.COMPARED_TO, "Moon", "Alien", "body", "Alien had a crew.", extractor=EXTRACTOR)
    edge.polarity = "neutral"
    cued = Relation(Rel.COMPARED_TO, "Moon", "Solaris", "body", "It recalls Solaris.", polarity="neutral")
    lean_with_stance([edge, cued], {"body": "negative"})
    assert (edge.polarity, cued.polarity) == ("neutral", "other preferred")


def test_a_weak_name_needs_a_second_signal() -> None:
    """A one-word name of the film table only is often a character or a place: paired where the
    sentence points at the film or compares, not otherwise."""
    assert _paired("Solaris had a gentler ghost.", ["Solaris"], rule="gazetteer-word") == []
    assert _paired("Solaris had a gentler ghost than this.", ["Solaris"], rule="gazetteer-word") == ["Solaris"]


# --- exclusion: frames under which a named work is no comparison -------------------------------


@pytest.mark.parametrize(
    ("frame", "text", "work"),
    [
        # plans and diaries
        ("plan", "Next week: Silent Running.", "Silent Running"),
        ("plan", "Going to see Event Horizon tonight with my brother.", "Event Horizon"),
        ("plan", "Dark Star is on my list for the summer.", "Dark Star"),
        ("plan", "March was Solaris, and it was long.", "Solaris"),
        ("plan", "What we watched: Sunshine, again.", "Sunshine"),
        ("plan", "I fed the cat and then watched Outland.", "Outland"),
        ("plan", "So far Gattaca and Primer, both on the old projector.", "Gattaca"),
        ("plan", "I haven't seen Primer yet, but people keep telling me to.", "Primer"),
        ("plan", "I'll make a point of catching this and Gravity at the weekend.", "Gravity"),
        ("plan", "Ha, seeing Interstellar on a school night!", "Interstellar"),
        ("plan", "Half the multiplexes are playing Gravity this weekend.", "Gravity"),
        ("plan", "I read Solaris years ago, on a train.", "Solaris"),
        # a maker's or an actor's other work
        ("career", "The Daniels, who made Swiss Army Man, are nowhere near this.", "Swiss Army Man"),
        ("career", "Jones had made Whistle three years earlier.", "Whistle"),
        ("career", "He came to the studio with Warcraft behind him.", "Warcraft"),
        ("career", "Rockwell, a few years after Galaxy Quest, carries the film alone.", "Galaxy Quest"),
        ("career", "If you only know him from Iron Man 2, this will surprise you.", "Iron Man 2"),
        ("career", "They hired the director of Get Carter to make it.", "Get Carter"),
        ("career", "Jones has made everything from Source Code to Mute.", "Source Code"),
        ("career", "Wise made this between West Side Story and a war film.", "West Side Story"),
        ("career", "I want to try his other films, though Mute left me cold.", "Mute"),
        ("career", "He has made three films I love (Whistle, Mute and Duncan), and this one is quieter.", "Whistle"),
        ("career", "I still think Warcraft is his strangest.", "Warcraft"),
        ("career", "Before this she was a face in a crowd in Gattaca.", "Gattaca"),
        ("career", "He has been making this sort of film since Whistle, mostly for television.", "Whistle"),
        # the cast: a name given a character or an actor
        ("cast", "Kevin Spacey, who was so chilling in The Usual Suspects, voices the robot.", "The Usual Suspects"),
        (
            "cast",
            "Rockwell played Zaphod in The Hitchhiker's Guide to the Galaxy.",
            "The Hitchhiker's Guide to the Galaxy",
        ),
        ("cast", "Her turn here is gentler than her performance as a spy in Atomic Blonde.", "Atomic Blonde"),
        ("cast", "This part is nothing like the one in American Hustle.", "American Hustle"),
        ("cast", "Oh right, he was in Galaxy Quest!", "Galaxy Quest"),
        ("cast", "I saw it with my sister, who loved Silent Running.", "Silent Running"),
        ("cast", "Every Star Wars fan will shrug at the sets.", "Star Wars"),
        # parts of the film
        ("part", "The end credits roll over the song Space Oddity.", "Space Oddity"),
        ("part", "The crew watches The Terminator on a loop.", "The Terminator"),
        ("part", "The cut I own has the score from Silent Running.", "Silent Running"),
        ("part", "Queen's Under Pressure playing over the crash is a cheap trick.", "Under Pressure"),
        # credits and data lines, headings
        ("credits", "Cast: Sam Rockwell, Kevin Spacey | Also by him: Source Code", "Source Code"),
        ("credits", "Starring: Sam Rockwell (Galaxy Quest)", "Galaxy Quest"),
        ("credits", "Directed by Duncan Jones (Source Code, Warcraft) and starring Sam Rockwell.", "Source Code"),
        ("heading", "Event Horizon (1997)", "Event Horizon"),
    ],
)
def test_a_framed_work_is_not_compared(frame: str, text: str, work: str) -> None:
    facts = _facts(text, [work])
    span = (0, len(text))
    assert frame_of(facts, facts.mentions[0], span) == frame
    assert _paired(text, [work]) == []


def test_a_work_listed_after_a_framed_one_takes_its_frame() -> None:
    """ "went on to Source Code and Mute": the list's second work is a career too."""
    assert _paired("Jones went on to Source Code and Mute.", ["Source Code", "Mute"]) == []
    assert _paired("Jones went on to Source Code, while Mute sat in a drawer.", ["Source Code", "Mute"]) == ["Mute"]


def test_a_list_cut_by_an_abbreviation_keeps_its_frame() -> None:
    """ "his short films (esp. Whistle)": the sentence cut after "esp." does not hide the career."""
    text = "But his ads and short films (esp. Whistle) are lovely."
    facts = _facts(text, ["Whistle"])
    facts.sentences[:] = [(0, 34), (34, len(text))]
    facts.__post_init__()
    assert [r.target for r in co_mentioned(facts, "Moon", {"Whistle"}, [])] == []


def test_an_actors_part_is_compared_where_the_sentence_compares() -> None:
    """ "who was so good in X ... is even better here": the films set side by side, unlike "he was in X"."""
    text = "Rockwell, who was so good in Galaxy Quest, is even better here."
    assert _paired(text, ["Galaxy Quest"]) == ["Galaxy Quest"]
    assert _paired("Rockwell, who was so good in Galaxy Quest, carries it alone.", ["Galaxy Quest"]) == []


def test_a_signal_word_inside_the_title_is_none() -> None:
    """ "I'm Still Here" holds "here", "Other than Persepolis" no likeness: a weak name stays unpaired."""
    assert _paired("Other than Persepolis, I know no comic of that kind.", ["Persepolis"], rule="gazetteer-word") == []
    assert _paired("Whistle Here lasts an hour.", ["Whistle Here"], rule="gazetteer-word") == []


def test_rather_than_is_no_comparison_word() -> None:
    text = "Jones, who made Whistle in a week, wants to study it rather than sell it."
    assert _paired(text, ["Whistle"]) == []


def test_a_career_named_with_a_comparison_word_is_compared() -> None:
    """ "the man who made WALL-E ... I can see flashes of that here": a career set beside the film."""
    text = "Stanton made WALL-E, and I can see flashes of it here."
    assert _paired(text, ["WALL-E"]) == ["WALL-E"]


def test_two_other_works_the_cue_rules_compared_are_not_paired_with_the_reviewed_one() -> None:
    text = "Alien is scarier than Aliens."
    cued = Relation(Rel.COMPARED_TO, "Alien", "Aliens", "body", text, start=0, end=len(text))
    assert _paired(text, ["Alien", "Aliens"], found=[cued]) == []
    assert _paired(text, ["Alien", "Aliens"]) == ["Alien", "Aliens"]  # without the cue rules' pair


def test_a_work_the_cue_rules_vetoed_is_not_paired() -> None:
    text = "Alia Bhatt as Sita is the best thing in it."
    facts = _facts(text, ["Sita"])
    assert [r.target for r in co_mentioned(facts, "Moon", {"Sita"}, [])] == []  # "as": a part played
    facts = _facts("Sita is the best thing in it.", ["Sita"])
    assert [r.target for r in co_mentioned(facts, "Moon", {"Sita"}, [], {0: {"Sita"}})] == []
    assert [r.target for r in co_mentioned(facts, "Moon", {"Sita"}, [], {0: None})] == []  # another film's section
    assert [r.target for r in co_mentioned(facts, "Moon", {"Sita"}, [], {0: set()})] == ["Sita"]


def test_no_reviewed_work_no_co_mention() -> None:
    facts = _facts("Silent Running gave its gardener robots.", ["Silent Running"])
    assert co_mentioned(facts, None, {"Silent Running"}, []) == []


def test_a_song_is_never_paired() -> None:
    facts = _facts("Heroes is a lovely thing.", ["Heroes"], kind="song")
    assert co_mentioned(facts, "Moon", {"Heroes"}, []) == []
