"""Stance, ninth session (ST): the headline's verdict, hearsay praise, a thin text's prior, a
recommendation scoped to a part, liking denied with words between, a hope denied ("It hasn't.").

Every sentence here is written for these tests; none is taken from a review.
"""

from __future__ import annotations

from extract.nlp.stance import sentence_cues, stance_of, weigh
from extract.nlp.verdicts import find_cues

TITLE = ("The Lantern Keeper",)
PLOT = "The Lantern Keeper follows a widower who tends a lighthouse on a grey northern island."
# plain story telling, no verdict: a review is at least this long (``stance._REVIEW_WORDS``)
STORY = (
    "Tom has kept the light since his wife drowned, and he speaks to nobody but the supply boat's pilot, "
    "a young woman from the mainland who brings him tins, letters and news of the war. One winter she "
    "stays on the island through a storm, and the two of them repair the lamp by hand while the radio "
    "reports ships lost along the coast.\n\n"
)


def test_a_judging_headline_is_a_verdict() -> None:
    """A body that only tells the story takes its verdict from the headline."""
    assert stance_of(PLOT, TITLE).label == "neutral"
    assert stance_of(PLOT, TITLE, headline="The Lantern Keeper review: a handsome mess").label == "negative"
    assert stance_of(PLOT, TITLE, headline="The Lantern Keeper is a triumph").label == "positive"


def test_a_headline_that_only_names_the_film_adds_nothing() -> None:
    assert stance_of(PLOT, TITLE, headline="The Lantern Keeper (2019) | Film Review").label == "neutral"


def test_a_list_heading_is_not_read_as_a_headline() -> None:
    """A selection heading is ``selection_label``'s, not a verdict line on one film."""
    text = "Five films for a wet weekend. The first is slow, and the second drags a little."
    with_heading = stance_of(text, (), selection="Five Dull Films", headline="Five Dull Films")
    assert with_heading == stance_of(text, (), selection="Five Dull Films")


def test_hearsay_praise_is_not_the_critics_verdict() -> None:
    """ "a masterpiece, apparently": praise passed on, weighed as an aside."""
    said = weigh("It is a masterpiece, apparently.", TITLE)
    plain = weigh("It is a masterpiece.", TITLE)
    assert 0 < said.positive < plain.positive / 2
    assert stance_of("It is a masterpiece, apparently. The lead is a bore.", TITLE).label == "negative"


def test_a_thin_text_takes_the_prior() -> None:
    """One weak word each way is no split verdict: a review that says so little takes the prior."""
    text = (
        STORY
        + "The talk is a little stiff. The lighthouse scenes are funny.\n\n"
        + "In the last scene the boat comes back to the jetty at dawn."
    )
    assert weigh(text, TITLE).stated < 1.5
    assert stance_of(text, TITLE, prior="positive").label == "positive"
    assert stance_of(text, TITLE).label == "mixed"  # a comment keeps the plain reading


HORROR_PLOT = (
    "The Lantern Keeper opens with a funeral on a grey island, where the family has lived for three "
    "generations beside the old lighthouse and the harbour.\n\n"
    "The son is killed in an accident, and the mother screams in grief and terror. A murderer waits in the "
    "cellar, and the dead keep coming back.\n\n"
    "The police are afraid and the village hates the family. Nobody is safe, and the ending is a massacre."
)


def test_vader_over_a_plot_is_no_verdict_of_a_review() -> None:
    """The story's deaths and griefs read by VADER are no verdict: the review takes the prior."""
    evidence = weigh(HORROR_PLOT, TITLE)
    assert evidence.stated == 0 and evidence.negative > evidence.positive
    assert stance_of(HORROR_PLOT, TITLE, prior="positive").label == "positive"
    assert stance_of(HORROR_PLOT, TITLE).label == "negative"  # a comment keeps the older reading


def test_a_stated_one_sided_verdict_is_not_overridden() -> None:
    text = HORROR_PLOT + "\n\nIt is a terrible film."
    assert stance_of(text, TITLE, prior="positive").label == "negative"


def test_a_word_on_the_storys_place_is_no_verdict() -> None:
    for sentence in (
        "He rents a huge, empty Victorian mansion.",
        "They walk the cold, grey streets at night.",
        "The empty plains stretch to the sky.",
    ):
        assert sentence_cues(sentence) == [], sentence
    assert [c.text for c in sentence_cues("The film is empty.")] == ["empty"]
    assert [c.text for c in sentence_cues("A cold, empty film.")] == ["cold", "empty"]


def test_a_text_too_short_for_a_review_takes_no_prior() -> None:
    """A few words with no verdict (a page of emoji, a caption) are no review: neutral."""
    text = "The lighthouse scenes are funny. The talk is a little stiff."
    assert stance_of(text, TITLE, prior="positive").label == "mixed"


def test_a_split_verdict_is_not_thin() -> None:
    text = "It is a mixed bag."
    assert stance_of(text, TITLE, prior="positive").label == "mixed"


def test_a_recommendation_for_a_part_is_faint_praise() -> None:
    # a split verdict since the thirteenth session (tests/test_stance_s13.py): no praise left
    part = weigh("Worth seeing for the last twenty minutes alone.", TITLE)
    if_only = weigh("Worth a look, if only for the lighthouse.", TITLE)
    assert (part.positive, if_only.positive) == (0, 0) and part.mixed > 0 and if_only.mixed > 0
    # scoped to a kind of viewer it stays praise
    assert weigh("Recommended for anyone who loves the sea.", TITLE).positive == weigh("Recommended.", TITLE).positive


def test_a_scoped_recommendation_closing_a_grumbling_review_is_mixed() -> None:
    text = (
        "I wanted to love this one more than I did.\n\n"
        "The lead is lovely and the island looks fine, but it is all a bit flat until the storm.\n\n"
        "Recommended for the storm. Otherwise, fine."
    )
    assert stance_of(text, TITLE, prior="positive").label == "mixed"


def test_liking_denied_with_words_between() -> None:
    for sentence in (
        "It is a film I have never managed to like.",
        "I couldn't bring myself to enjoy it.",
        "I never really warmed to it.",
        "We didn't quite connect with it.",
    ):
        cues = find_cues(sentence)
        assert [c.polarity for c in cues] == [-1], sentence


def test_liking_said_plainly_is_not_denied() -> None:
    assert [c.polarity for c in find_cues("I really liked it.")] == [1]
    assert not [c for c in find_cues("I have never seen anything like it.") if c.polarity < 0]


def test_a_hope_denied_in_two_words() -> None:
    """ "I have watched it three times, hoping it would click. It hasn't." is blame."""
    text = "I have watched it three times, hoping it would click. It hasn't."
    evidence = weigh(text, TITLE)
    assert evidence.negative > 0 and evidence.positive == 0
    assert weigh("I have watched it three times. It still hasn't.", TITLE).negative == 0  # no hope, no praise


def test_the_reader_sent_to_another_film() -> None:
    """ "If you want X, go back to Y": this film is not the one to watch."""
    cues = find_cues("If you want a ghost story about grief, go back to The Others, which earns its chills.")
    assert [c.polarity for c in cues] == [-1]
    assert [c.polarity for c in find_cues("If you want a Christmas film that's just fun, put on Elf.")] == [-1]
    # sent to this film, or to the reviewed film by name (read as "it"), it is no refusal
    assert find_cues("If you want a ghost story, watch this one.") == []
    assert stance_of("If you want a ghost story, watch The Lantern Keeper.", TITLE).label != "negative"


def test_the_film_measured_against_what_it_should_have_been() -> None:
    for sentence in (
        "But it is a lesser film than it should have been.",
        "It plays like a poor man's Vertigo.",
        "The result is a pale imitation of the book.",
    ):
        assert [c.polarity for c in find_cues(sentence)] == [-1], sentence
    assert find_cues("It was much better than it should have been.") == []


def test_the_reviewed_film_spelled_otherwise_is_not_another_work() -> None:
    """ "Love, Actually" among the page's other works beside the title "Love Actually": the same film."""
    titles, others = ("Love Actually",), ("Love, Actually", "Elf")
    text = "I don't like Love, Actually."
    assert weigh(text, titles, others).negative == weigh(text, titles).negative > 0


def test_another_works_name_is_matched_as_whole_words() -> None:
    """A short title among the other works ("Go") is not found inside "good"."""
    text = "The ending is good."
    assert weigh(text, TITLE, ("Go",)).positive == weigh(text, TITLE).positive > 0
    assert weigh("Go is good.", TITLE, ("Go",)).positive < weigh(text, TITLE).positive  # named: an aside


def test_the_work_a_reader_is_sent_to_does_not_make_the_refusal_an_aside() -> None:
    text = "If you want a ghost story, The Others is the one."
    assert weigh(text, TITLE, ("The Others",)).negative == weigh(text, TITLE).negative > 0
