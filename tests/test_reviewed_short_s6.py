"""Reviewed-work classes fixed by F7 in the sixth session: a headline sentence saying the critic
watched a film the table knows ("Just watched T and ..."), over another film the body discusses;
a headline setting two versions of one story side by side reviews neither alone. Pages written
for these tests in our own words."""

from __future__ import annotations

from extract.nlp.extractor import EntityExtractor
from extract.text_reader import parse_text_page


def _reviewed(extractor: EntityExtractor, text: str) -> str | None:
    entities = extractor.extract(parse_text_page(text, "page.txt"))
    return entities.reviewed.name if entities.reviewed else None


SEEN_BODY = (
    "I expected a thriller and got a lecture. The cast is fine and the music is loud. "
    "Ridley Scott made a better desert picture in Gladiator, and Gladiator at least knew when to stop. "
    "This one keeps going long after the point is made.\n\nVerdict: 5/10, fine for a plane ride."
)


def test_a_headline_saying_the_critic_watched_a_known_film(extractor: EntityExtractor) -> None:
    # the headline names Alien only inside a sentence; the body discusses Gladiator, a film the table knows
    page = "Finally watched Alien last night and I have questions\n\n" + SEEN_BODY
    assert _reviewed(extractor, page) == "Alien"


def test_two_versions_of_one_story_review_neither_alone(extractor: EntityExtractor) -> None:
    body = (
        "The 1960 picture is a stagey little shocker; the later one is wetter and sadder. "
        "I like both, the remake more, and the remake's last scene most of all.\n\n"
        "Next month: two takes on the same ghost story."
    )
    assert _reviewed(extractor, "Same story, two versions: The Time Machine\n\n" + body) is None
    assert _reviewed(extractor, "The Thing: the original vs. the remake\n\n" + body) is None
    # a single film under an ordinary headline is still read
    assert _reviewed(extractor, "The Time Machine (1960)\n\n" + body) == "The Time Machine"


def test_a_series_named_by_its_channel_under_a_sentence_headline(extractor: EntityExtractor) -> None:
    body = (
        "Nothing else this week, sorry: I spent every evening with one show.\n\n"
        "I started HBO's Lantern Street expecting another cop series. It is slower and stranger, and "
        "by the third episode it had me. Kurosawa's Ran came to mind more than once, but Lantern Street "
        "is its own thing.\n\nWatch the whole season."
    )
    entities = extractor.extract(
        parse_text_page("Issue #12: The Best Thing on Television Is Very Quiet\n\n" + body, "p.txt")
    )
    assert entities.reviewed is not None
    assert (entities.reviewed.name, entities.reviewed.kind) == ("Lantern Street", "tv")
    # a film review that mentions a series once, in passing, still reviews its film
    film = "Heat (1995)\n\nMann's crime epic is long and grand. It plays like HBO's The Wire on a bigger budget.\n\n4/5"
    assert _reviewed(extractor, film) == "Heat"


def test_a_pun_headline_over_the_film_the_critic_went_to_see(extractor: EntityExtractor) -> None:
    body = (
        "I meant to love it. On the drive over to see Oppenheimer my head was composing its defence: "
        "nobody liked Tenet either, and Memento was a puzzle too. Then the lights went down.\n\n"
        "Three hours of men in rooms, and a bang I never felt.\n\nI'm glad it exists. Never again."
    )
    assert _reviewed(extractor, "Cold Hands, Warm Heart\n\n" + body) == "Oppenheimer"
