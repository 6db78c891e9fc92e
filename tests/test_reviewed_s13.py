"""Reviewed work, thirteenth session (RV): a body whose folding would change its length (German "ß")
keeps its mentions for the ranker; a title the headline sets in capitals; the headline's own title
against the ranker's pick of a contradicted year; a letter is no pick;
a viewing the critic denies ("I still haven't seen X"). Sentences written for these tests in our own
words."""

from __future__ import annotations

import math

import pytest

from extract.nlp import reviewed_credits, reviewed_evidence, reviewed_headline, reviewed_rank
from extract.nlp.extractor import EntityExtractor
from extract.text_reader import parse_text_page
from tests.test_reviewed_s11 import _toy  # a model whose "yes" logit is the weighted features

PASTOR = (
    "Our screening of The Salt Road divided the hall. Hans Großmann plays the pastor with a chill, "
    "and The Salt Road never explains itself."
)


def test_a_sharp_s_keeps_the_folded_body_aligned() -> None:
    assert reviewed_rank.aligned_fold("Hans Großmann’s Road") == "hans großmann's road"
    assert len(reviewed_rank.aligned_fold(PASTOR)) == len(PASTOR)


def test_the_body_s_mentions_count_beside_a_sharp_s(extractor: EntityExtractor) -> None:
    text = reviewed_rank.page_text("Newsletter", PASTOR, [], PASTOR)
    salt = reviewed_rank.Contender("The Salt Road", None, None, spellings={"salt road"})
    row = reviewed_rank.feature_rows([salt], extractor.gazetteer, text)[0]
    assert row["n"] == math.log1p(2)
    assert row["first_para"] == 1.0


@pytest.mark.parametrize(
    ("headline", "titles"),
    [
        ("Looking Back: THE SALT ROAD Still Stings Like Fresh Brine", ["THE SALT ROAD"]),
        ("Review: LANTERNS OVER THE HARBOUR Is Patient and Kind", ["LANTERNS OVER THE HARBOUR"]),
        ("Festival Diary, Day 2: THE GLASS ORCHARD REVIEW", ["THE GLASS ORCHARD"]),  # not the label
        ("THE SALT ROAD (2019)", []),  # a headline all in capitals sets nothing apart
        ("Why the US TV Crowd Loves a Heist", []),  # acronyms
        ("The Salt Road: A Quiet Triumph", []),
    ],
)
def test_a_title_set_in_capitals_inside_the_headline(headline: str, titles: list[str]) -> None:
    assert reviewed_headline.capitals_titles(headline) == titles


@pytest.mark.parametrize(
    ("title", "headline", "bounded"),
    [
        ("Lantern", "lantern: ada quist's harbour trilogy ends with a sigh", True),
        ("Lantern Bay", "review: lantern bay (2019)", True),
        ("Lantern", "why lantern is the best", False),  # words of a sentence
        ("Lantern Bay: The First Tide", "review: lantern bay: the second tide (2021)", False),  # not written
    ],
)
def test_a_title_the_headline_writes_as_a_part_of_its_own(title: str, headline: str, bounded: bool) -> None:
    assert reviewed_rank._bounded_in_headline(title, headline) is bounded


def test_a_headline_reading_whose_year_the_headline_contradicts_loses() -> None:
    # "Review: Lantern Bay: The Second Tide (2021)": the table's "Lantern Bay: The First Tide" (2016), read
    # from the headline's "Lantern Bay", is not the work the headline dates
    rows = [{"hl_bounded": 1.0, "hl_first": 1.0}, {"known": 1.0, "hl": 1.0, "n": 1.0, "year_clash": 1.0}]
    model = _toy({"known": 2.0, "n": 1.0})
    assert reviewed_rank.choice(rows, ["Lantern Bay: The Second Tide", "Lantern Bay: The First Tide"], 0, model) == 0
    rows[1].pop("year_clash")
    assert reviewed_rank.choice(rows, ["Lantern Bay: The Second Tide", "Lantern Bay: The First Tide"], 0, model) == 1


def test_a_letter_the_table_does_not_know_is_no_pick() -> None:
    rows = [{"year_next": 1.0, "n": 1.0}, {"n": 1.0, "earliest": 1.0, "subject": 1.0}]
    model = _toy({"earliest": 2.0, "subject": 1.0})
    assert reviewed_rank.choice(rows, ["Les Quatre Lanternes", "T"], 0, model) == 0
    assert reviewed_rank.choice(rows, ["Les Quatre Lanternes", "Tern"], 0, model) == 1


@pytest.mark.parametrize(
    ("text", "seen"),
    [
        ("Last night we finally watched Lantern Bay", True),
        ("I still haven't seen Lantern Bay", False),
        ("I have never watched Lantern Bay", False),
        ("We have not yet seen Lantern Bay", False),
    ],
)
def test_a_viewing_the_critic_denies_is_none(text: str, seen: bool) -> None:
    assert reviewed_evidence.viewed_before(text, text.index("Lantern")) is seen


STRONGMAN = """The Strongman's Road

Federico Fellini, 1954, Italy, b&w (8.4*)

A travelling strongman buys a simple girl from her mother and takes her on the road, and the film
follows them from village square to village square while he bullies her and she adores him anyway.
"""


@pytest.mark.slow
def test_a_capsule_s_line_of_director_and_year_pins_the_film(extractor: EntityExtractor) -> None:
    found = reviewed_credits.credits_film(parse_text_page(STRONGMAN, "strongman.txt"), extractor.gazetteer)
    assert found is not None and (found.title, found.year) == ("La Strada", 1954)
    sentence = STRONGMAN.replace(
        "Federico Fellini, 1954, Italy, b&w (8.4*)", "Federico Fellini, 1954, and the year he became famous"
    )
    assert reviewed_credits.credits_film(parse_text_page(sentence, "strongman.txt"), extractor.gazetteer) is None


def test_a_one_word_title_the_headline_sets_apart_is_a_pick() -> None:
    # 'Cannes Diary – "Lanternsang" Review': the original title opens its sentences in the body, but the
    # headline writes it as a part of its own, quoted; the steps' answer is a film the body compares it to
    rows = [{"known": 1.0, "n": 1.0}, {"n": 1.0, "initial_only": 1.0, "hl_bounded": 1.0, "hl_first": 1.0}]
    model = _toy({"hl_first": 3.0, "known": 1.0})
    assert reviewed_rank.choice(rows, ["Harbour Lights", "Lanternsang"], 0, model) == 1
    rows[1].pop("hl_bounded")  # "Wow" opening the body's sentences, no part of the headline: no pick
    assert reviewed_rank.choice(rows, ["Harbour Lights", "Wow"], 0, model) == 0


@pytest.mark.parametrize("headline", ["Newsletter – 14 February 2024", "Film Newsletter", "The Monthly Digest"])
def test_a_newsletter_s_label_names_no_work(extractor: EntityExtractor, headline: str) -> None:
    page = parse_text_page(f"{headline}\n\n{PASTOR}\n", "newsletter.txt")
    titles = [r.title.casefold() for r, _ in reviewed_headline.headline_readings(page, extractor.gazetteer)]
    assert not {"newsletter", "film newsletter", "the monthly digest", "digest"} & set(titles)


def test_a_weekday_the_page_writes_as_its_calendar_is_no_pick() -> None:
    # "Saturday Family Movie Night: Buttons and Bows": the table's film "Saturday" is the page's calendar
    rows = [{"hl_first": 1.0}, {"known": 1.0, "n": 1.0, "calendar": 1.0}, {"known": 1.0, "n": 1.0}]
    model = _toy({"known": 1.0, "n": 1.0, "calendar": 1.0})
    assert reviewed_rank.choice(rows, ["Buttons and Bows", "Saturday", "Lanternsang"], 0, model) == 2
    rows[1]["year_next"] = 1.0  # "Saturday (1995)": a year beside it names the film
    assert reviewed_rank.choice(rows, ["Buttons and Bows", "Saturday", "Lanternsang"], 0, model) == 1
