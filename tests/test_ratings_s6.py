"""Rating forms read in real reviews in the sixth session (docs/phrasing-catalogue.md, "F4, sixth
session"): a joke scale, a scale stated at the end, a grade given mid-sentence, a score closing a
credits line. Lines written for these tests in our own words."""

from __future__ import annotations

from extract.ratings import find_rating, parse_rating, stated_scale
from extract.records import Rating


def test_a_scale_of_a_thousand() -> None:
    assert parse_rating("Score: 712 out of 1000. Yes, really.") == Rating(raw="Score: 712 out of 1000", value=0.712)


def test_a_scale_stated_as_a_range_at_the_page_end() -> None:
    assert stated_scale(["Scores on this blog run from 0 to 5."]) == 5.0
    lines = ["Director: Ana Ruiz", "Rating: 3.5", "", "A long review.", "Scores on this blog run from 0 to 5."]
    assert find_rating(lines) == Rating(raw="Rating: 3.5", value=0.7)


def test_a_grade_given_mid_sentence() -> None:
    line = "My sister called it a solid B. I'd give it a C and I am being kind about the ending."
    assert parse_rating(line) == Rating(raw="C", value=0.5)
    assert parse_rating("We gave it a B+ because the cast tried.") == Rating(raw="B+", value=0.825)


def test_no_grade_without_the_critic_or_a_capital() -> None:
    assert parse_rating("Her friends give it a B and so does the press.") is None
    assert parse_rating("I'd give it a go and see.") is None


def test_a_score_closing_a_credits_line() -> None:
    assert parse_rating("Hawks, 1946, bw (8.5*)") == Rating(raw="8.5*", value=0.85)
    assert parse_rating("Hawks, 1946, bw (1946)") is None
    lines = ["Ida Lupino, 1953, bw (7*)", "", "A tight little thriller about two fishermen and a hitcher."]
    assert find_rating(lines) == Rating(raw="7*", value=0.7)


def test_a_headline_line_closed_by_its_score() -> None:
    assert parse_rating("12 - The Night Ferry - 4 stars") == Rating(raw="4 stars", value=0.8)
    assert parse_rating("Lisbon - 1995") is None
    lines = ["Day 12 of the list", "12 - The Night Ferry - 4 stars", "", "A ferry, a fog, a missing purser."]
    assert find_rating(lines) == Rating(raw="4 stars", value=0.8)


def test_a_comment_thread_left_in_the_body_ends_the_review() -> None:
    # the critic's score sits above the thread; a commenter's score under it is not the page's
    lines = [
        "A careful, cold film.",
        "I admired it.",
        "7/10",
        "",
        "2 Responses",
        "",
        "Mina",
        "May 3, 2022",
        "9/10 for me!",
    ]
    assert find_rating(lines) == Rating(raw="7/10", value=0.7)


def test_a_closing_verdict_sentence_with_its_score() -> None:
    assert parse_rating("All in all, a solid 7/10.") == Rating(raw="7/10", value=0.7)
    assert parse_rating("So, a B+ from me.") == Rating(raw="B+", value=0.825)
    lines = ["A lovely film.", "The ending lands and I laughed throughout. All in all, a solid 7/10."]
    assert find_rating(lines) == Rating(raw="7/10", value=0.7)
    # a count after the same words is no score
    assert parse_rating("In the end, a 5 out of 6 passengers die.") is None


def test_scores_given_together_and_long_units() -> None:
    assert parse_rating("We both gave it 8 out of 10.") == Rating(raw="8 out of 10", value=0.8)
    assert parse_rating("Two and a half bags of popcorn out of five") == Rating(
        raw="Two and a half bags of popcorn out of five", value=0.5
    )
