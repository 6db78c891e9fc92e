"""Stance, seventh session (F2): one verdict lexicon and scorer, the middling rating read with
the text, VADER only where the verdict phrases say too little. Sentences in our own words."""

from __future__ import annotations

import pytest

from extract.nlp import stance, verdict_phrases, verdicts
from extract.nlp.verdicts import find_cues


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        # a phrase of the sideways-verdict section against a longer one of the older sections
        ("Honestly it is the best film I have seen all winter.", [("the best film I have seen", 1)]),
        ("There is a great film somewhere in here, under the noise.", [("a great film somewhere in here", 0)]),
        # and the other way round: the longer sideways form over a shorter older phrase
        ("Skip it? No: I'd watch it again tomorrow.", [("Skip it", -1), ("I'd watch it again", 1)]),
    ],
)
def test_where_phrases_overlap_the_longer_wins(sentence: str, found: list[tuple[str, int]]) -> None:
    assert [(c.text, c.polarity) for c in find_cues(sentence)] == found


@pytest.mark.parametrize(
    "sentence",
    ["Give it a wide berth; it is a dreary little film.", "Pleasant enough, and I have seen worse. Rent it."],
)
def test_stance_reads_its_phrases_from_the_one_lexicon(sentence: str) -> None:
    # stance keeps no table of its own: outside irony, scare quotes and story people, its cues are the lexicon's
    assert [(c.text, c.polarity, c.strength) for c in stance.sentence_cues(sentence)] == [
        (c.text, c.polarity, c.strength) for c in find_cues(sentence)
    ]
    assert len(find_cues(sentence)) >= 2


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("Where the film loses points is the swamp episode.", [("Where the film loses points", -1)]),
        ("The palace plot is where it wobbles.", [("is where it wobbles", -1)]),
        ("Where it loses me is the last ten minutes.", [("Where it loses me", -1)]),
        ("The plot never quite comes together.", [("never quite comes together", -1)]),
        ("It looks superb, and I'm not sure I love it.", [("superb", 1), ("I'm not sure I love it", 0)]),
        ("I liked it more the first time round.", [("I liked it more the first time", 0)]),
        ("Here's my problem: the dialogue.", [("Here's my problem", -1)]),
        ("My one quibble is the score.", [("My one quibble", 1)]),  # s12: a single small fault grants the rest
        ("It sits somewhere below the first two.", [("sits somewhere below", -1)]),
        (
            "Still, I had a big silly grin all night. Bring on the sequel.",
            [("had a big silly grin", 1), ("Bring on the sequel", 1)],
        ),
    ],
)
def test_reservations_and_warmth_of_a_middling_review(sentence: str, found: list[tuple[str, int]]) -> None:
    assert [(c.text, c.polarity) for c in find_cues(sentence)] == found


_PRAISE_WITH_A_QUIBBLE = (
    "The heist plays like clockwork and the cast is terrific.\n\n"
    "My one quibble is a slow first reel.\n\n"
    "A gripping, witty caper. I would watch it again tomorrow.\n\n7/10"
)
_RESERVED = (
    "The heist plays like clockwork for an hour and the cast is terrific.\n\n"
    "Where it loses points is the last act, which never quite comes together. Here's my problem: "
    "nobody in it seems to want anything.\n\n"
    "I admired it, and I'm not sure I love it.\n\n7/10"
)


@pytest.mark.parametrize(
    ("text", "label"),
    [(_PRAISE_WITH_A_QUIBBLE, "positive"), (_RESERVED, "mixed"), ("7/10", "positive")],
)
def test_a_middling_grade_follows_the_balance_of_its_text(text: str, label: str) -> None:
    # 7/10 is "good, with reservations": praise with a quibble is positive, reservations that weigh
    # as much as the praise make it mixed; with no text to read, the grade stands
    assert stance.stance_of(text, ("The Vault",), rating=0.7, rating_raw="7/10").label == label


@pytest.mark.parametrize(("rating", "raw"), [(0.8, "4/5"), (0.6, "3/5"), (0.3, "3/10")])
def test_a_grade_outside_the_warm_middle_still_decides(rating: float, raw: str) -> None:
    expected = {0.8: "positive", 0.6: "mixed", 0.3: "negative"}[rating]
    assert stance.stance_of(_RESERVED, ("The Vault",), rating=rating, rating_raw=raw).label == expected
    assert stance.stance_of(_PRAISE_WITH_A_QUIBBLE, ("The Vault",), rating=rating, rating_raw=raw).label == expected


def test_vader_is_read_only_where_the_verdict_phrases_leave_the_label_undecided() -> None:
    # a one-sided verdict: VADER's weak sentence votes are not read at all
    stated = "A superb, gripping thriller with a happy, sunny ending. I recommend it to everyone I love."
    assert not [c for c in stance.weigh(stated).cues if c[0] == "vader"]
    # no verdict phrase at all: VADER's scores are the evidence left
    unstated = "What a happy surprise, I smiled the whole way home and hugged my sister."
    assert [c for c in stance.weigh(unstated).cues if c[0] == "vader"]


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("Pacino is at his very best here.", [("at his very best", 1)]),
        ("That final chord still gives me goosebumps.", [("gives me goosebumps", 1)]),
        ("For me, a couple of good scenes and a long wait for the bus.", [("a couple of good scenes", 0)]),
        ("The dinner is the best scene in any film this year.", [("the best scene in any film", 1)]),
    ],
)
def test_praise_of_the_whole_and_praise_counted_out(sentence: str, found: list[tuple[str, int]]) -> None:
    assert [(c.text, c.polarity) for c in find_cues(sentence)] == found


def test_vader_breaks_the_tie_of_split_phrases() -> None:
    split = "It's fine. We cheered, hugged and grinned with joy all the way home, happy and thankful."
    cues = stance.weigh(split).cues
    assert [c for c in cues if c[0] == "vader"] and [c for c in cues if c[0] == "It's fine"]


def test_a_middling_grade_with_praise_only_two_to_one_is_mixed() -> None:
    # the grade already says "with reservations": two parts praise to one part reservation is a
    # reserved review (lean 1/3, positive for a text with no grade), not a rave
    text = (
        "The dance numbers are gorgeous and the lead is terrific.\n\n"
        "The villain is dull and the songs are forgettable.\n\n"
        "A gripping, lovely spectacle all the same.\n\n3.5/5"
    )
    evidence = stance.weigh(text, ("Monsoon Palace",))
    assert 0.3 <= (evidence.positive - evidence.negative - evidence.mixed) / evidence.total < 0.6
    assert stance.stance_of(text, ("Monsoon Palace",), rating=0.7, rating_raw="3.5/5").label == "mixed"
    assert stance.stance_of(text, ("Monsoon Palace",)).label == "positive"


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        # the verdict said of the film by its name reads as said of "it", at its place as written
        ("Honestly, I don't really like Ghost Orchard.", [("don't really like Ghost Orchard", -1, 12)]),
        ("Skip Cat Tales and see Ghost Orchard.", [("see Ghost Orchard", 1, 19)]),
        ("I recommend Ghost Orchard to anyone.", [("recommend Ghost Orchard", 1, 2)]),
    ],
)
def test_a_verdict_on_the_film_by_name(sentence: str, found: list[tuple[str, int, int]]) -> None:
    title = stance.title_pattern(("Ghost Orchard",))
    assert [(c.text, c.polarity, c.start) for c in stance.sentence_cues(sentence, title)] == found
    assert stance.sentence_cues(sentence) != stance.sentence_cues(sentence, title)  # not found without the name


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("We went to see it on a wet Tuesday.", []),
        ("I didn't see it in a cinema; the DVD was two pounds.", []),
        ("Don't see it.", [("see it", 1)]),  # a refusal: the negation rule in stance turns it
        ("If you get the chance, see it.", [("see it", 1)]),
        ("You have to see it.", [("You have to see it", 1)]),
    ],
)
def test_a_trip_to_the_cinema_is_no_advice(sentence: str, found: list[tuple[str, int]]) -> None:
    assert [(c.text, c.polarity) for c in find_cues(sentence)] == found


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("OK, I'll say it: I was bored.", [("I was bored", -1)]),
        ("Maybe that's the point. I still didn't feel it.", [("I still didn't feel it", -1)]),
        ("We never warmed to anyone on that boat.", [("We never warmed to anyone", -1)]),
        ("The garden scene is lovely; the rest lost me.", [("lovely", 1), ("the rest lost me", -1)]),
        ("Like the last one, this one wandered for me.", [("wandered for me", -1)]),
    ],
)
def test_a_flat_response_said_plainly(sentence: str, found: list[tuple[str, int]]) -> None:
    assert [(c.text, c.polarity) for c in find_cues(sentence)] == found


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("The ballroom scenes are a wonder.", [("a wonder", 1)]),
        ("It's a wonder that it got made at all.", []),
        ("Her turn is a small marvel.", [("a small marvel", 1)]),
        # a name used as a modifier: the studio, a brand, a film's title word
        ("It is a Marvel movie through and through.", []),
        ("She grew up with a Wonder Woman lunchbox.", []),
    ],
)
def test_praise_as_a_noun(sentence: str, found: list[tuple[str, int]]) -> None:
    assert [(c.text, c.polarity) for c in find_cues(sentence)] == found


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        # a commenter's reply: a fault granted, a rank given, a wait that is no advice
        (
            "Not a flawless film, sure, but it's my 2nd fave film this year.",
            [("Not a flawless", 0), ("my 2nd fave film", 1)],
        ),
        ("Sounds great, but I have to wait for the DVD over here.", [("great", 1)]),
        ("Wait for the DVD.", [("Wait for the DVD", -1)]),
    ],
)
def test_a_comment_that_ranks_and_waits(sentence: str, found: list[tuple[str, int]]) -> None:
    assert [(c.text, c.polarity) for c in find_cues(sentence)] == found


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("It is the most tedious film I have seen in years.", [("the most tedious film I have seen", -1)]),
        ("The most thrilling chase I have seen in years.", [("The most thrilling chase I have seen", 1)]),
        ("The worst sequel since the last one.", [("The worst sequel since", -1)]),
    ],
)
def test_a_superlative_of_blame_is_blame(sentence: str, found: list[tuple[str, int]]) -> None:
    assert [(c.text, c.polarity) for c in find_cues(sentence)] == found


def test_no_word_is_listed_in_two_word_lists() -> None:
    # the single-word table keeps a word's first listing: a second one is dead and may state
    # another strength than the one read ("lifeless" was listed at 0.5 and, unread, at 1.0)
    listed = [
        word
        for phrase, _, _ in verdict_phrases.PHRASES
        if (words := verdicts._WORD_LIST.fullmatch(phrase)) and "-" not in phrase
        for word in (words.group(1) or words.group(2)).split("|")
    ]
    assert sorted(w for w in set(listed) if listed.count(w) > 1) == []
