"""Verdict forms seen on real blogs (issue 12, item 5), each in sentences of our own.

Contrast words inside a clause ("it still works"), negation that stops at a comma ("if you
have never seen it, see it"), verdict phrases that hold their own "but" ("not bad, but not good
either"), irony owned up to ("What a triumph. ... I am joking"), dismissals ("None of that
matters"), and the critic's words for a film's failure or its hold on them.
"""

from __future__ import annotations

import pytest

from extract.nlp.stance import stance_of, weigh
from extract.nlp.verdicts import _first_chars, find_cues

TITLES = ("Night Harbour",)


@pytest.mark.parametrize(
    ("text", "label"),
    [
        # "still" inside a clause is no contrast: the cue "still works" stays whole
        ("Forty years on it still works like a clock.", "positive"),
        # the negation belongs to the conditional clause, not to the imperative after the comma
        ("If you have somehow never seen it, see it this weekend.", "positive"),
        # a phrase that holds its own contrast counts whole
        ("It is not bad, but it is not good either: one clever idea and little else.", "mixed"),
        ("Half brilliant, half exhausting.", "mixed"),
        ("Good idea, clumsy execution.", "mixed"),
        ("In conclusion, a triumph of terrible filmmaking.", "negative"),
        ("Below par if not abysmal spy nonsense.", "negative"),
        ("An absorbing, compelling little thriller.", "positive"),
        ("I doubt I will see it again.", "negative"),
        ("I was pleasantly surprised.", "positive"),
        ("I fell asleep in the third act.", "negative"),
        ("Zero thumbs up: robots punching robots, and I liked the first one so much more.", "negative"),
        ("Sixty years on it still feels modern, and it set the template for every heist film after it.", "positive"),
        ("The similarities work against it, and the older film did the paranoia better.", "negative"),
        # a verdict qualified by a "but" that states no verdict of its own
        ("Verdict: worth seeing, but you have seen it before.", "mixed"),
        ("A glorious mess, and I would not give it up.", "mixed"),
        ("It is one long setup for a sequel nobody asked for.", "negative"),
        ("It is not as tight as the first one.", "negative"),
        ("I have seen it four times and I still cannot decide whether I like it.", "mixed"),
        ("It is a great piece of moviemaking that I never want to see again.", "negative"),
        ("Her selfishness wears me out long before the intermission.", "negative"),
        ("So: brilliant in places, baffling in others.", "mixed"),
        ("I have changed my mind about it three times since Thursday.", "mixed"),
        ("I don't think I have been this scared in a cinema since I was a child.", "positive"),
        ("Some of the risks pay off. Others fall flat.", "negative"),
        # "I understand why it is a classic" grants the others' view; the verdict follows
        ("I understand why it is a classic, and a masterpiece to many.\n\nI just don't enjoy it.", "negative"),
        # the first film's praise is an aside; the verdict is on this one
        (
            "I loved the original as a kid, it was great fun.\n\nThe first one was dumb fun. This one is just dumb.",
            "negative",
        ),
    ],
)
def test_verdict_forms(text: str, label: str) -> None:
    assert stance_of(text, TITLES).label == label


def test_irony_owned_up_to_takes_the_praise_back() -> None:
    text = (
        "The hero skates after the villain across a frozen museum.\n\n"
        "What a triumph. Every department outdid itself and the costumes are brilliant.\n\n"
        "I am joking, of course. It is loud and tiring. Skip it."
    )
    assert stance_of(text, TITLES).label == "negative"
    praise = "The hero skates.\n\nWhat a triumph. The costumes are brilliant.\n\nIt is loud. Skip it."
    # the retraction is evidence against the film, weighed by the praise it takes back
    retraction = [c for c in weigh(text).cues if c[0].startswith("I am joking")]
    assert retraction and retraction[0][1] == -1 and retraction[0][2] >= weigh(praise).positive


def test_a_dismissal_sets_aside_what_came_before() -> None:
    pan = (
        "The dinosaurs look terrific and the fog is beautiful.\n\n"
        "None of that matters much. The film is padded. I can't recommend it."
    )
    assert stance_of(pan, TITLES).label == "negative"
    rave = (
        "The plot is a muddle and one part makes no sense. It isn't perfect.\n\n"
        "But that hardly matters. It has never failed me yet."
    )
    assert stance_of(rave, TITLES).label == "positive"


def test_a_plot_sentence_about_forgetting_is_no_verdict() -> None:
    cues = [c[0] for c in weigh("He found her in Acapulco and forgot all about the gambler.").cues]
    assert not any("forgot" in c for c in cues)
    assert stance_of("I forgot it by the weekend.", TITLES).label == "negative"


def test_a_closing_rating_line_leaves_the_verdict_paragraph_closing() -> None:
    text = "The cast is a delight.\n\nThe plot wobbles.\n\nFun for a Friday night. Not much more than that.\n\n3/5"
    assert stance_of(text, TITLES).label == "mixed"
    closing = [c for c in weigh(text).cues if c[0] == "Not much more than that"]
    assert closing and closing[0][2] == 5.0  # the closing paragraph's weight (2.5), not the one before it


def test_the_first_letter_guard_of_each_phrase() -> None:
    """Each phrase of the alternation is guarded by the letters it can start with, which skips it
    at a glance elsewhere; the guard must allow every way the phrase can start."""
    assert _first_chars(r"(?:i|we) (?:really )?recommend") == "[iw]"
    assert _first_chars(r"(?:a |an )?(?:real )?gem") == "[agr]"
    assert _first_chars(r"#?worth ?the ?(?:ticket|price)") == r"[\#w]"
    cues = find_cues("Not bad, but skip it. A real gem? No. It is a must-see and worth the wait.")
    assert [c.text for c in cues] == ["Not bad", "skip it", "A real gem", "must-see", "worth the wait"]
