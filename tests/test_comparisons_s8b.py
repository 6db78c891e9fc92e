"""Comparisons after the co-mention pass (eighth session, second wave): a work that "did it"
is the doer, not "it" the reviewed film (extract/nlp/relations.py ``_deed``); a title a sentence
about music names as a song is no comparison's end (``_sung``); a film-table name the sentence
reads as a day, a street, a role or a character's belonging is not co-mentioned
(extract/nlp/co_mentions.py ``_read_otherwise``). Every sentence written for this test.
"""

from __future__ import annotations

from base.vocab import Rel
from extract.nlp.co_mentions import frame_of
from extract.nlp.extractor import EntityExtractor
from extract.records import Mention, PageEntities
from tests.test_comparisons import _extract
from tests.test_comparisons_s8 import _facts, _paired


def _all_pairs(entities: PageEntities) -> set[frozenset[str]]:
    return {frozenset((r.source, r.target)) for r in entities.relations if r.type == Rel.COMPARED_TO}


# --- "X did it better than Y": the two named works, "it" being the deed -----------------------------


def test_a_work_that_did_it_better_than_another_is_compared_with_that_other(extractor: EntityExtractor) -> None:
    entities = _extract(extractor, "Alien did it better than Event Horizon ever could.")
    assert _all_pairs(entities) == {frozenset(("Alien", "Event Horizon"))}


def test_a_work_that_did_it_better_alone_is_compared_with_the_reviewed_one(extractor: EntityExtractor) -> None:
    entities = _extract(extractor, "Silent Running did it better.")
    assert _all_pairs(entities) == {frozenset(("Moon", "Silent Running"))}


def test_it_after_a_work_and_no_verb_of_doing_is_still_the_reviewed_work(extractor: EntityExtractor) -> None:
    entities = _extract(extractor, "I saw Solaris last week and it is slower than this.")
    assert frozenset(("Moon", "Solaris")) in _all_pairs(entities)


# --- songs: a quoted title beside a word of music ---------------------------------------------------


def test_a_quoted_title_a_singer_sings_is_no_comparison_end(extractor: EntityExtractor) -> None:
    entities = _extract(
        extractor,
        'The last shot, a long take of him on the bridge while a crooner sings "Blue Skies Again", is as good '
        "as cinema gets. But I found Moon a little too in love with itself.",
    )
    assert _all_pairs(entities) == set()  # neither in its sentence nor by the "But" of the next


def test_a_name_only_a_list_joins_called_a_showstopper_is_a_song(extractor: EntityExtractor) -> None:
    entities = _extract(
        extractor,
        "Do You Want to Build a Snowman is the saddest three minutes since the start of Up, "
        "and Let It Go is a proper showstopper.",
    )
    assert _all_pairs(entities) == {frozenset(("Moon", "Up"))}


def test_a_quoted_title_after_the_numbers_is_a_song(extractor: EntityExtractor) -> None:
    entities = _extract(
        extractor,
        'The numbers are another matter: "Moonbeam Waltz" is as lovely as everyone says, and the film is '
        "better than Silent Running.",
    )
    assert _all_pairs(entities) == {frozenset(("Moon", "Silent Running"))}


def test_a_quoted_film_compared_across_a_word_of_music_is_still_compared(extractor: EntityExtractor) -> None:
    entities = _extract(extractor, 'It has a better soundtrack than "Solaris", I think.')
    assert frozenset(("Moon", "Solaris")) in _all_pairs(entities)


# --- a film-table name read as a day, a street, a role, a character's thing --------------------------


def test_a_name_after_on_is_a_day_or_a_street_not_a_film() -> None:
    text = "He loses all his money on Wall Street in a week, and we are meant to care."
    assert _paired(text, ["Wall Street"]) == []
    assert frame_of(_facts(text, ["Wall Street"]), _facts(text, ["Wall Street"]).mentions[0], (0, len(text))) == (
        "reading"
    )


def test_a_name_after_a_word_that_takes_a_work_on_is_still_paired() -> None:
    assert _paired("Jones did some of his best work on Alien and it shows in every corridor.", ["Alien"]) == ["Alien"]
    assert _paired("If you want something warmer, put on Solaris instead.", ["Solaris"]) == ["Solaris"]


def test_a_role_title_that_speaks_is_the_role() -> None:
    assert (
        _paired("The President said the crops need sports drinks, and it is the best joke here.", ["The President"])
        == []
    )
    assert _paired("The General is still the better chase picture, and it is silent.", ["The General"]) == [
        "The General"
    ]


def test_a_title_a_character_owns_is_no_film() -> None:
    text = "Later Buckley's State of the Union, with confetti cannons, is the best scene in it."
    facts = _facts(text, ["State of the Union"])
    start = text.index("Buckley")
    facts.mentions.insert(0, Mention("Buckley", "Buckley", "character", "body", start, start + 7, rule="ner"))
    facts.__post_init__()
    assert frame_of(facts, facts.mentions[1], (0, len(text))) == "reading"
    text2 = "Later Kubrick's Dr. Strangelove, with its war room, is the best comparison for it."
    facts2 = _facts(text2, ["Dr. Strangelove"])
    start = text2.index("Kubrick")
    facts2.mentions.insert(0, Mention("Kubrick", "Stanley Kubrick", "person", "body", start, start + 7, rule="ner"))
    facts2.__post_init__()
    assert frame_of(facts2, facts2.mentions[1], (0, len(text2))) is None


# --- "the first one" of a franchise whose titles share the words before a colon ----------------------


def test_the_first_one_is_the_one_other_film_of_the_franchise_the_page_names(extractor: EntityExtractor) -> None:
    entities = _extract(
        extractor,
        "Three hours of this. I rewatched Pirates of the Caribbean: The Curse of the Black Pearl last week. "
        "The first one was basically Captain Blood with zombies, and this is just noise.",
        title="Review: Pirates of the Caribbean: At World's End (2007)",
    )
    pairs = _all_pairs(entities)
    assert frozenset(("Pirates of the Caribbean: The Curse of the Black Pearl", "Captain Blood")) in pairs
    assert frozenset(("Pirates of the Caribbean: At World's End", "Captain Blood")) not in pairs


# --- a label with a cue and a title, then a title alone on each line ----------------------------------


def test_titles_alone_on_the_lines_after_a_similar_label_are_similar_too(extractor: EntityExtractor) -> None:
    body = "A fine film about raccoons.\n\nSimilar: Silent Running\nSolaris\nGravity\n\nSeen in: a cinema"
    assert _all_pairs(_extract(extractor, body)) == {
        frozenset(("Moon", "Solaris")),
        frozenset(("Moon", "Silent Running")),
        frozenset(("Moon", "Gravity")),
    }
    plain = body.replace("Similar:", "Watched with:")  # no cue in the label: the lines are a list of nothing
    assert frozenset(("Moon", "Solaris")) not in _all_pairs(_extract(extractor, plain))


# --- the work a reader knows an actor from ---------------------------------------------------------


def test_a_work_the_reader_knows_an_actor_from_is_no_comparison(extractor: EntityExtractor) -> None:
    entities = _extract(extractor, "If you liked Solaris you already know she can do cold and frightened at once.")
    assert _all_pairs(entities) == set()
    compared = _extract(extractor, "If you liked Solaris you will like this one too.")
    assert _all_pairs(compared) == {frozenset(("Moon", "Solaris"))}


# --- a person's career given in brackets; a cinema's programme --------------------------------------


def test_a_work_in_brackets_after_a_persons_subject_is_that_persons_career() -> None:
    text = "Ana Vidal has made a lot of pretty, empty films (I still haven't recovered from Solaris) but not this time."
    facts = _facts(text, ["Solaris"])
    start = text.index("Ana Vidal")
    facts.mentions.insert(0, Mention("Ana Vidal", "Ana Vidal", "person", "body", start, start + 9, rule="ner"))
    facts.__post_init__()
    assert frame_of(facts, facts.mentions[1], (0, len(text))) == "career"
    text2 = "It is slower than anything from that year (Solaris included), and I mean that kindly."
    assert _paired(text2, ["Solaris"]) == ["Solaris"]


def test_a_cinemas_programme_is_a_plan() -> None:
    text = "The Rio is showing five: this one, Solaris, Silent Running, Gravity and Sunshine."
    assert _paired(text, ["Solaris", "Silent Running", "Sunshine"]) == []


# --- viewing history and order; "here he is" ---------------------------------------------------------


def test_a_series_the_writer_watched_all_of_is_a_diary() -> None:
    text = "I liked Solaris a lot and I watched all of Silent Running when it was on the first time."
    assert _paired(text, ["Solaris", "Silent Running"]) == []


def test_a_work_watched_right_before_on_a_day_is_a_viewing_order() -> None:
    text = "I showed this to the kids on Saturday after Solaris, and it went down well."
    assert _paired(text, ["Solaris"]) == []
    assert _paired("It is better than Solaris, and it went down well.", ["Solaris"]) == ["Solaris"]


def test_here_he_is_is_no_comparison_word_that_lifts_a_career() -> None:
    text = "Before this he was a face in the crowd in Solaris, and suddenly here he is, stealing the film."
    assert _paired(text, ["Solaris"]) == []
    assert _paired("Before this he was a face in the crowd in Solaris, and he is better here.", ["Solaris"]) == [
        "Solaris"
    ]
