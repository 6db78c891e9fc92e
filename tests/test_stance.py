"""Stance toward the reviewed work: each rule with a sentence of our own that needs it.

The sentences are modelled on verdict forms seen in real blog reviews (closing imperatives,
litotes, concession then contrast, others' opinions, praise of the review in comments).
"""

from __future__ import annotations

import pytest

from extract.nlp.stance import rating_label, stance_of, weigh
from extract.nlp.stance_weigh import _position_weights
from extract.nlp.verdicts import find_cues

TITLES = ("Night Harbour",)


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("I watched it twice. I recommend it to anyone who likes a slow burn.", "positive"),
        ("The plot wanders off after an hour. Skip it.", "negative"),
        ("It is worth seeing on the big screen.", "positive"),
        ("What a letdown after all those months of waiting.", "negative"),
        ("A must-see for anyone who grew up in a port town.", "positive"),
        ("Don't bother with the extended cut.", "negative"),
        ("It's a mixed bag: the first half sings and the second half drags.", "mixed"),
        ("Hit and miss, like most anthologies.", "mixed"),
        ("I'm conflicted about this one.", "mixed"),
        ("Quelle déception, ce film.", "negative"),
        ("Muy recomendable.", "positive"),
        ("It opens on Tuesday in four cities.", "neutral"),
        ("I wish I could say the years had been kind to it.", "negative"),
        ("They shot it in nine days and it shows.", "negative"),
        ("The songs are loud and none of it lands.", "negative"),
        ("The cast is lost in a rehash of the first one.", "negative"),
        ("It is nowhere near as sharp as the book.", "negative"),
        ("It is far better than the 1950s version.", "positive"),
        ("It's no Casablanca.", "negative"),
        ("It does not live up to the first film.", "negative"),
        ("From the first scene the director never lets up.", "positive"),
        ("A week later I can't stop thinking about it.", "positive"),
        ("The sets still look like nothing else.", "positive"),
        ("This is the best ghost story I have seen in years.", "positive"),
        ("#WorthTheTicket", "positive"),
        ("The duel is as good as anything in the genre.", "positive"),
        ("I admire it more than I like it.", "mixed"),
        ("Short version: it's fine.", "mixed"),
        ("Not bad, not good.", "mixed"),
        ("A sequel that did not need to exist.", "negative"),
        ("Un film passionnant, une actrice immense.", "positive"),
        ("¡Vayan a verla!", "positive"),
        ("I would rather watch the phone book.", "negative"),
        ("Life is too short to spend it on this film.", "negative"),
        ("I could not even finish it.", "negative"),
        ("I can neither recommend it nor tell you to avoid it.", "mixed"),
        ("You will have forgotten it by tomorrow.", "negative"),
        ("It was even better than I had hoped.", "positive"),
        ("An absolute must for fans of slow cinema.", "positive"),
        ("Two hours I will never get back.", "negative"),
        ("It left me cold.", "negative"),
        ("Definitely one to watch.", "positive"),
        ("Avoid.", "negative"),
        ("A solid, if unspectacular, thriller.", "positive"),
    ],
)
def test_verdict_phrases(text: str, label: str) -> None:
    assert stance_of(text, TITLES).label == label


def test_negation_turns_a_verdict() -> None:
    assert stance_of("I would never recommend it.", TITLES).label == "negative"


def test_litotes_is_mildly_positive() -> None:
    stance = stance_of("Not bad. Not bad at all.", TITLES)
    assert (stance.label, stance.score > 0) == ("positive", True)


def test_the_clause_after_but_weighs_more() -> None:
    # equal words either side: without the contrast rule this is "mixed"
    assert stance_of("The story is brilliant, but the film is boring.", TITLES).label == "negative"
    assert stance_of("The film is boring, but the story is brilliant.", TITLES).label == "positive"


def test_an_although_clause_weighs_less() -> None:
    assert stance_of("Although the script is brilliant, the film is boring.", TITLES).label == "negative"


def test_others_opinions_weigh_little() -> None:
    text = "Critics called it a masterpiece. I saw it on a Friday. I found it dull and tedious."
    assert stance_of(text, TITLES).label == "negative"


def test_praise_of_the_review_is_not_a_stance_on_the_film() -> None:
    assert stance_of("Great review! Thanks for writing this, Anna.", TITLES).label == "neutral"


def test_clauses_about_another_work_weigh_little() -> None:
    text = "Alien is a masterpiece and a classic. Night Harbour is dull and forgettable."
    assert stance_of(text, TITLES, others=("Alien",)).label == "negative"
    assert stance_of(text, TITLES).label != "negative"  # the rule is what makes it negative


def test_opening_and_closing_paragraphs_weigh_more() -> None:
    paragraphs = [["Opening."], ["Middle one.", "Middle two."], ["Closing verdict."]]
    assert _position_weights(paragraphs) == [[1.5], [1.2, 1.2], [2.5]]
    text = "It is brilliant to look at.\n\nThe plot is thin.\n\nThe middle act drags.\n\nSadly it is a slog."
    assert stance_of(text, TITLES).label == "negative"


def test_a_verdict_marker_weighs_more() -> None:
    plain = {c[0]: c[2] for c in weigh("One. Two. It is a gem. Three. Four.").cues}
    marked = {c[0]: c[2] for c in weigh("One. Two. Overall, it is a gem. Three. Four.").cues}
    assert marked["a gem"] > plain["a gem"]


def test_word_sentiment_alone_is_too_weak_to_decide() -> None:
    evidence = weigh("I smiled the whole way through and left happy.")
    assert [c[0] for c in evidence.cues] == ["vader"]
    assert stance_of("I smiled the whole way through and left happy.", TITLES).label == "neutral"


def test_a_plot_summary_full_of_dark_words_is_not_a_verdict() -> None:
    text = (
        "A widow is murdered on the pier and her son swears revenge. Death follows him from town to town.\n\n"
        "The killer's fear and hatred drive the second half.\n\nHighly recommended."
    )
    assert stance_of(text, TITLES).label == "positive"


@pytest.mark.parametrize(
    ("rating", "label"), [(0.9, "positive"), (0.675, "positive"), (0.625, "mixed"), (0.5, "mixed"), (0.3, "negative")]
)
def test_a_rating_decides(rating: float, label: str) -> None:
    # a B- (0.675) is "good, with reservations": a text that pans the film makes it mixed, never
    # negative (seventh session, test_stance_s7); the grade alone still reads positive
    with_text = "mixed" if rating == 0.675 else label
    assert stance_of("I hated it. Skip it.", TITLES, rating=rating).label == with_text
    assert rating_label(rating) == label


@pytest.mark.parametrize("text", ["A joy from start to finish. Highly recommended.", ""])
def test_a_rating_just_above_the_middle_is_mixed_whatever_the_text(text: str) -> None:
    """3/5 or 2.5/4 is a middling grade even from a critic whose words praise (every such page
    of the tune half, the blind ones too, is gold ``mixed``)."""
    assert stance_of(text, TITLES, rating=0.6).label == "mixed"
    assert stance_of(text, TITLES, rating=0.625).label == "mixed"


def test_a_long_review_is_read_at_its_ends() -> None:
    middle = "It is a masterpiece. " * 50_000  # one megabyte: only its ends are weighed
    evidence = weigh("Skip it.\n\n" + middle + "\n\nA letdown.")
    cues = [c[0] for c in evidence.cues]
    assert (cues[0], cues[-1]) == ("Skip it", "A letdown")
    assert cues.count("a masterpiece") < 2_000


def test_longest_phrase_wins() -> None:
    assert [(c.text, c.polarity) for c in find_cues("not bad")] == [("not bad", 1)]
    assert [(c.text, c.polarity) for c in find_cues("not worth your time")] == [("not worth your time", -1)]


def test_a_hope_then_a_flat_denial_is_a_letdown() -> None:
    text = "Everyone said it was the film of the year and I hoped to be swept away. I was not."
    assert stance_of(text, TITLES).label == "negative"


def test_rating_and_scale_lines_are_not_verdict_prose() -> None:
    # "masterpiece" and "waste" in the blog's legend say nothing about this film
    text = "My scale: four stars is a masterpiece, one is a waste of an evening.\n\nIt opens on Friday."
    assert weigh(text).cues == []


def test_a_capitalised_verdict_word_inside_a_sentence_is_a_name() -> None:
    assert [c[0] for c in weigh("Then Joy (a voice actor) leaves the room.").cues if c[0] != "vader"] == []


def test_praise_taken_back_at_once_is_sarcasm() -> None:
    assert stance_of("What a masterpiece of modern cinema. (It is not.)", TITLES).label == "negative"
