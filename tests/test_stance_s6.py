"""Stance forms read in real reviews in the sixth session (docs/phrasing-catalogue.md, "F4, sixth
session"): refusals said sideways, grudging pans, faint praise, verdict noun phrases and irony.
Sentences written for these tests in our own words."""

from __future__ import annotations

import pytest

from extract.nlp.stance import sentence_cues, stance_of, weigh
from extract.nlp.verdicts import find_cues

TITLES = ("The Harbour",)


@pytest.mark.parametrize(
    ("text", "label"),
    [
        # refusals and the film to watch instead
        ("Honestly, give this one a miss.", "negative"),
        ("I would sooner recommend the old radio serial over this film.", "negative"),
        ("If you are stuck indoors on a wet Sunday, pick up a book instead.", "negative"),
        ("Watch the 1962 version instead.", "negative"),
        ("See it only if you are desperate.", "negative"),
        ("Believe the low scores on this one.", "negative"),
        ("Ignore the lukewarm reviews and put it on tonight.", "positive"),
        ("Ninety minutes I will never see again.", "negative"),
        ("I wanted a great deal more from it.", "negative"),
        # grudging pans
        ("As far as positives go, that is the whole list.", "negative"),
        ("The score is its only saving grace.", "negative"),
        ("The best thing I can say is that it ends.", "negative"),
        # faint praise: a mixed verdict
        ("I have seen worse.", "mixed"),
        ("I did not hate it.", "mixed"),
        ("Pleasant enough while it lasts.", "mixed"),
        ("Mildly amusing.", "mixed"),
        ("Perfectly inoffensive, and that is all.", "mixed"),
        ("Not the disaster I had been warned about.", "mixed"),
        ("For completists only.", "mixed"),
        # a verdict noun phrase, short and at the very end
        ("Horrible movie.", "negative"),
        ("In the end, quite a lame picture.", "negative"),
    ],
)
def test_verdict_forms(text: str, label: str) -> None:
    assert stance_of(text, TITLES).label == label


def test_a_closing_verdict_line_turns_a_page_of_plot() -> None:
    page = (
        "A customs officer finds a child's shoe in a crate at the harbour.\n\n"
        "The photography is handsome and the lead is likeable.\n\n"
        "The plot wanders for an hour, then stops.\n\n"
        "Give it a miss."
    )
    assert stance_of(page, TITLES).label == "negative"


def test_irony_turns_praise_against_the_film() -> None:
    cues = sentence_cues("Oh sure, a brilliant idea: a fourth reboot of the same story.")
    assert [(c.text, c.polarity) for c in cues] == [("brilliant", -1)]
    assert stance_of("A fourth reboot. Just what the world needed, another brilliant origin story.", TITLES).label == (
        "negative"
    )


def test_praise_in_scare_quotes_counts_against() -> None:
    cues = sentence_cues("The “brilliant” twist is visible from the poster.")
    assert [(c.text, c.polarity) for c in cues] == [("brilliant", -1)]


def test_plain_praise_is_untouched() -> None:
    cues = sentence_cues("A brilliant idea, brilliantly done.")
    assert [(c.text, c.polarity) for c in cues][:1] == [("brilliant", 1)]
    assert stance_of("It is a terrific little film and I loved it.", TITLES).label == "positive"


def test_a_longer_form_replaces_the_words_inside_it() -> None:
    # "poor" alone weighs 0.5; "a poor film" is the verdict
    cues = sentence_cues("It is a poor film.")
    assert [(c.text, c.polarity, c.strength) for c in cues] == [("a poor film", -1, 2.0)]


def test_a_comment_thread_left_in_the_body_is_not_the_post_s_verdict() -> None:
    page = (
        "The first half is a slow, careful puzzle.\n\n"
        "The second half repeats it, and I stopped caring.\n\n"
        "I admired it more than I enjoyed it.\n\n"
        "3 Comments\n\n"
        "Mina\nMay 3, 2022\nA masterpiece! I loved every minute, a must-see.\n\n"
        "Joe\nMay 4, 2022\nOne of the best films of the decade, highly recommended."
    )
    assert stance_of(page, TITLES).label == "mixed"


def test_a_person_of_the_story_described_is_no_verdict() -> None:
    assert [c.text for c in sentence_cues("He is the poor dad next to the rich one.")] == []
    assert stance_of(
        "The poor family at its centre steals to eat. This is the wiser film of the two.", TITLES
    ).label == ("positive")


def test_the_film_set_below_the_other_one() -> None:
    assert stance_of("Next to the first version, it is clearly the lesser film.", TITLES).label == "negative"


def test_none_of_it_is_fun() -> None:
    assert stance_of("It is all very stately and none of it is much fun.", TITLES).label == "negative"


def test_granted_importance_beside_the_critic_s_own_blame() -> None:
    # praise up front; the closing verdict grants the film its importance and refuses it; a credit
    # line and a footer follow it
    page = (
        "Was it ever meant to be funny? The mime tennis made me laugh.\n\n"
        "The photography is handsome and the park at dusk is genuinely eerie. The darkroom scene is a great "
        "piece of cinema, and a funny one.\n\nThe music is wonderful.\n\nThe rest is posing.\n\n"
        "I admire two scenes, I understand why it mattered, and I could happily never watch it again.\n\n"
        "Blow-Up (Michelangelo Antonioni, 1966)\n\nAnn Lee | New: 3 March, 2019"
    )
    assert stance_of(page, TITLES).score < 0


def test_the_critic_s_own_verdict_after_praise_for_others() -> None:
    # "For me," marks the critic's own verdict; praise "on paper" or "for the history books" is not it
    assert stance_of(
        "The effects are superb and the cast is terrific.\n\nFor me, it was a tedious evening.", TITLES
    ).label == ("mixed")
    assert stance_of("On paper it is a brilliant idea, and the cast is fine.\n\nIt drags.", TITLES).label != "positive"
    assert weigh("A great film for the history books.").positive < weigh("A great film.").positive / 2


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        (
            "Honestly, give this one a miss, or watch the 1962 version instead.",
            [("give this one a miss", -1), ("watch the 1962 version instead", -1)],
        ),
        (
            "I have seen far worse, and it is a one-time watch at most; for completists only.",
            [("I have seen far worse", 0), ("a one-time watch", 0), ("for completists only", 0)],
        ),
        (
            "It is, in the end, a lame picture with a pretentious script, and not the disaster I feared.",
            [("a lame picture", -1), ("pretentious", -1), ("not the disaster", 0)],
        ),
        ("Two hours I will never get back. Skip.", [("hours I will never get back", -1), ("Skip", -1)]),
        (
            "It is a pleasant enough time-filler, perfectly inoffensive, mildly amusing.",
            [("pleasant enough", 0), ("time-filler", 0), ("perfectly inoffensive", 0), ("mildly amusing", 0)],
        ),
    ],
)
def test_the_one_lexicon_finds_the_sideways_verdicts(sentence: str, found: list[tuple[str, int]]) -> None:
    # the refusals, faint praise and verdict noun phrases are phrases of the one lexicon (seventh
    # session: they were a second table with its own word gate in stance.py), found whole by its scorer
    assert [(c.text, c.polarity) for c in find_cues(sentence)] == found


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("The photography looks great, but that's it.", "negative"),
        ("Nice to look at now and then, but that is about it.", "negative"),
        ("It has all the makings of a great thriller except a script.", "negative"),
        ("It is not anything I could call good.", "negative"),
        ("I don't hate this movie.", "mixed"),
    ],
)
def test_praise_closed_at_once(text: str, label: str) -> None:
    assert stance_of(text, TITLES).label == label


def test_a_sign_off_is_no_verdict() -> None:
    assert sentence_cues("That's it for this week.") == []
