"""The reviewed work from real headline forms (issue 12, class 1): every reading of the post
title is scored against the page, so that the rule is general rather than one per phrasing.
Headlines and pages written for these tests, modelled on forms listed in
docs/phrasing-catalogue.md (section 1)."""

from __future__ import annotations

import pytest

from extract.nlp.extractor import EntityExtractor
from extract.text_reader import parse_text_page
from extract.titles import is_date_title, strip_decorations, title_readings

STRIPPED = [
    ("Oct. 1: Gattaca (1997)", "Gattaca (1997)", None),  # a challenge day with its date
    ("2. GATTACA-1997", "GATTACA", 1997),  # a list number and a hyphened year
    ("2.5/4 stars  Gattaca - 6/2/2011", "Gattaca", None),  # a rating before, a date after
    ("Gattaca (1997) -- 8/10", "Gattaca (1997)", None),  # a rating after two dashes
    ("54: Gattaca (8/15/2016)", "54: Gattaca", None),  # an episode date in parentheses
]


@pytest.mark.parametrize(("title", "text", "year"), STRIPPED, ids=[t for t, _, _ in STRIPPED])
def test_numbers_dates_and_ratings_around_a_title(title: str, text: str, year: int | None) -> None:
    assert strip_decorations(title)[:2] == (text, year)


def test_a_sequel_number_is_no_label() -> None:
    assert "Avengers 2: The Age of Ultron" in [r.title for r in title_readings("Avengers 2: The Age of Ultron")]


def test_a_second_title_in_parentheses_is_a_reading() -> None:
    readings = [(r.title, r.year) for r in title_readings("BIENVENUE À GATTACA (Gattaca 1997)")]
    assert ("Gattaca", 1997) in readings and ("Bienvenue À Gattaca", 1997) in readings


def test_a_lead_in_verb_before_the_title() -> None:
    assert ("Gattaca", 1997) in [(r.title, r.year) for r in title_readings("Revisiting Gattaca (1997)")]


def test_a_weekday_heading_without_its_year_is_a_date() -> None:
    assert is_date_title("Friday, June 30") and not is_date_title("Friday the 13th")


def _reviewed(extractor: EntityExtractor, text: str) -> str | None:
    entities = extractor.extract(parse_text_page(text, "page.txt"))
    return entities.reviewed.name if entities.reviewed else None


def test_the_headline_under_a_date_without_a_year(extractor: EntityExtractor) -> None:
    page = "Tuesday, March 4\n\nReview: Gattaca\n\nA clean, cold film about a man who borrows a better life.\n"
    assert _reviewed(extractor, page) == "Gattaca"


def test_a_tagline_before_the_title_and_a_common_phrase_film(extractor: EntityExtractor) -> None:
    # "A Masterpiece" is also a film of the table, but the body writes it only in lower case
    page = "A Masterpiece: Capernaum Review\n\nCapernaum is a masterpiece, and Beirut has never looked so hard.\n"
    assert _reviewed(extractor, page) == "Capernaum"


def test_a_film_the_table_knows_needs_the_page_s_support(extractor: EntityExtractor) -> None:
    page = "A long way down\n\nI finally watched Hitchcock's Vertigo, and Vertigo left me cold.\n"
    assert _reviewed(extractor, page) == "Vertigo"


def test_a_sequel_the_table_does_not_know(extractor: EntityExtractor) -> None:
    page = "Paddington: The Lost Map\n\nThe Lost Map sends the bear up a river, and it is all charm.\n"
    assert _reviewed(extractor, page) == "Paddington: The Lost Map"


def test_the_first_film_named_as_the_predecessor(extractor: EntityExtractor) -> None:
    page = "Paddington: The Lost Map\n\nIt is every bit as warm as the first Paddington, maybe warmer.\n"
    assert _reviewed(extractor, page) == "Paddington: The Lost Map"


def test_a_numbered_post_over_a_headline_line(extractor: EntityExtractor) -> None:
    page = "Blog #412\n\n2.5/4 stars  Hangover 2 - 6/2/2011\n\nTonight I drove to the cinema to see it.\n"
    assert _reviewed(extractor, page) == "The Hangover Part II"


def test_a_director_s_page_with_a_heading_film(extractor: EntityExtractor) -> None:
    page = (
        "Directors A to Z: François Truffaut\n\nT is for Truffaut, and there is one place to start.\n\n"
        "Les Quatre Cents Coups (1959)\nDirected by François Truffaut\n\nA boy nobody listens to runs to the sea.\n\n"
        "Next week: Jules and Jim.\n"
    )
    assert _reviewed(extractor, page) == "Les Quatre Cents Coups"


def test_a_title_the_table_lacks_stands_when_nothing_else_does(extractor: EntityExtractor) -> None:
    page = "Avengers 2: The Age of Ultron\n\nI fell asleep in the third act. Robots punching robots.\n"
    assert _reviewed(extractor, page) == "Avengers 2: The Age of Ultron"


def test_a_holiday_s_name_before_a_colon_is_no_label() -> None:
    assert strip_decorations("Independence Day: Resurgence")[0] == "Independence Day: Resurgence"
    assert strip_decorations("Day One: Gattaca")[0] == "Gattaca"


def test_a_sequel_s_short_subtitle_over_the_first_film(extractor: EntityExtractor) -> None:
    page = "Independence Day: Resurgence\n\nTwenty years on, the aliens come back and so does Jeff Goldblum.\n"
    assert _reviewed(extractor, page) == "Independence Day: Resurgence"


def test_a_headline_of_a_list_post_is_no_title(extractor: EntityExtractor) -> None:
    page = "Movie Week\n\nDay two of movie week at home. We watched three, and liked two of them.\n"
    assert _reviewed(extractor, page) is None


def test_a_film_the_table_lacks_with_its_year_in_the_body(extractor: EntityExtractor) -> None:
    page = (
        "Wednesday, October 7, 2015\n\nHammer Tries Singing the Blues\n\n"
        "Hammer's Never Take Sweets from a Stranger (1960) is a dark little film about a town that protects "
        "a monster.\n"
    )
    assert _reviewed(extractor, page) == "Never Take Sweets from a Stranger"


def test_a_quoted_film_the_table_lacks_with_its_year(extractor: EntityExtractor) -> None:
    page = (
        "Hammer tries singing the blues\n\nHammer's 'Never Take Sweets from a Stranger' (1960) is a dark "
        "little film, and I liked it.\n"
    )
    assert _reviewed(extractor, page) == "Never Take Sweets from a Stranger"


def test_a_plural_and_a_franchise_word_do_not_back_a_film_s_name(extractor: EntityExtractor) -> None:
    # "the Transformers" are robots and "any Transformers director" the franchise, not the 2007 film
    page = (
        "Transformers: The Last Knight\n\nThe Transformers fought beside King Arthur, we learn, and the "
        "Transformers are back.\n\nNo Transformers director has made less sense.\n"
    )
    assert _reviewed(extractor, page) == "Transformers: The Last Knight"


def test_a_title_shaped_reading_of_a_long_headline(extractor: EntityExtractor) -> None:
    page = "Star Wars: The Last Jedi – a divided fan's notes\n\nRey finds Luke on his island, and he is tired.\n"
    assert _reviewed(extractor, page) == "Star Wars: The Last Jedi"


def test_the_body_s_copy_of_the_headline_backs_no_reading(extractor: EntityExtractor) -> None:
    page = (
        "Sunday double bill\n\nSunday double bill\n\nFirst up was 'The Thing' (1982), which still has the best "
        "dog scene ever filmed. The Thing is why I watch horror. Then Halloween, for the fourth time.\n"
    )
    assert _reviewed(extractor, page) == "The Thing"


def test_a_header_block_under_the_headline_backs_it(extractor: EntityExtractor) -> None:
    page = "Le Silence des Pierres\n\nLe Silence des Pierres\n2019\nDirected by Anne Voss\n\nUn village se tait.\n"
    assert _reviewed(extractor, page) == "Le Silence des Pierres"


def test_stars_after_the_title_are_a_rating() -> None:
    assert strip_decorations("REVIEW – GATTACA ★★★★½")[0] == "GATTACA"
    assert strip_decorations("Gattaca – ***")[0] == "Gattaca"


def test_a_sentence_after_the_review_label_is_a_tagline(extractor: EntityExtractor) -> None:
    page = "Gattaca review: Ethan Hawke is a borrowed man\n\nA cold, clean film about a man with a borrowed life.\n"
    assert _reviewed(extractor, page) == "Gattaca"


def test_a_sequel_number_for_a_subtitled_sequel(extractor: EntityExtractor) -> None:
    page = "Speed 2 (1997)\n\nSandra Bullock on a cruise ship this time, and no Keanu Reeves.\n"
    assert _reviewed(extractor, page) == "Speed 2: Cruise Control"


def test_a_series_tag_in_parentheses() -> None:
    assert strip_decorations("Chernobyl (HBO miniseries)")[0] == "Chernobyl"


def test_a_sequel_the_table_lacks_named_in_the_body(extractor: EntityExtractor) -> None:
    page = (
        "Saturday matinee\n\nTook the kids to Inside Out 2. Anxiety is the new emotion, and she takes over. "
        "Not as fresh as Inside Out, but close.\n"
    )
    assert _reviewed(extractor, page) == "Inside Out 2"


def test_the_body_s_film_beats_a_labelled_headline_that_names_none(extractor: EntityExtractor) -> None:
    # a podcast's episode label makes "The Kid Rides Out" look like a title; the body reviews a film
    page = (
        "Ep. 12 – The Kid Rides Out\n\nThis week we saddle up for Howard Hawks's Red River (1948), with "
        "John Wayne driving cattle to Missouri and Montgomery Clift as the son who finally stands up to him.\n\n"
        "Red River is long, and worth every minute.\n"
    )
    assert _reviewed(extractor, page) == "Red River"


def test_the_body_s_film_does_not_beat_a_reading_it_is_part_of(extractor: EntityExtractor) -> None:
    # the body's "Witch" is a word of the headline's "Blair Witch", not another film
    page = (
        "Day One: Blair Witch\n\nThe Witch it is not. Blair Witch sends four friends back into the Black "
        "Hills woods, and the Witch (2015) comparison does it no favours.\n"
    )
    assert _reviewed(extractor, page) == "Blair Witch"


def test_a_title_after_a_phrase_about_it_even_a_number() -> None:
    assert "2012" in [r.title for r in title_readings("Movie Night: My Two Cents On 2012")]
    assert "Heat" in [r.title for r in title_readings("A Few Words About Heat")]


def test_a_review_label_with_the_title_before_a_tagline(extractor: EntityExtractor) -> None:
    # "Gattaca Review:" reads like a blog's name before a colon; its words are the film's
    page = (
        "Gattaca Review: Ethan Hawke, borrowed blood and all\n\nEthan Hawke plays a man who borrows a better "
        "life, and Uma Thurman is the colleague who almost catches him.\n"
    )
    assert _reviewed(extractor, page) == "Gattaca"


def test_a_credits_line_naming_another_director_is_another_film(extractor: EntityExtractor) -> None:
    # the table's Vertigo is Hitchcock's; the credits say this is someone else's film
    page = (
        "Review: Vertigo\n\nDirector: Anne Voss\nCast: Mara Lind, Tomas Berg\n\n"
        "Vertigo opens on a rooftop in Oslo. Vertigo is a small thriller with a loud score.\n"
    )
    entities = extractor.extract(parse_text_page(page, "page.txt"))
    assert entities.reviewed is not None
    assert (entities.reviewed.name, entities.reviewed.id, entities.reviewed.year) == ("Vertigo", None, None)


def test_a_credits_line_picks_the_film_of_its_director(extractor: EntityExtractor) -> None:
    # the table holds a 1997 Rocketman and (the sixth session's supplement) Dexter Fletcher's of 2019;
    # a supplement film has no IMDb id: None, never an empty string
    page = (
        "Review: Rocketman\n\nDirector: Dexter Fletcher\nCast: Taron Egerton, Jamie Bell\n\n"
        "Rocketman opens with Elton John in a devil costume at a rehab meeting. Rocketman is a jukebox "
        "musical with a bruise.\n"
    )
    entities = extractor.extract(parse_text_page(page, "page.txt"))
    assert entities.reviewed is not None
    assert (entities.reviewed.name, entities.reviewed.id, entities.reviewed.year) == ("Rocketman", None, 2019)


def test_a_sequel_number_written_as_a_word(extractor: EntityExtractor) -> None:
    page = "Hoop-Tober Night 9 – Psycho Two\n\nAnthony Perkins is back at the motel, and mostly wonderful.\n"
    entities = extractor.extract(parse_text_page(page, "page.txt"))
    assert entities.reviewed is not None and (entities.reviewed.name, entities.reviewed.year) == ("Psycho II", 1983)


def test_the_year_before_the_director_in_parentheses() -> None:
    assert [(r.title, r.year, r.director) for r in title_readings("PUSHOVER (1954, Richard Quine)")] == [
        ("Pushover", 1954, "Richard Quine")
    ]
    assert [(r.title, r.year) for r in title_readings("Heat (1995, 170 min)")] == [("Heat", 1995)]


def test_a_possessive_inside_a_title_is_also_read_whole() -> None:
    readings = [(r.title, r.year) for r in title_readings("Day 20: Miss Peregrine’s Home for Peculiar Children (2016)")]
    assert ("Miss Peregrine’s Home for Peculiar Children", 2016) in readings


def test_a_release_format_after_the_title() -> None:
    titles = [r.title for r in title_readings("Lights, Camera, Murder: Rediscovering The Last Horror Film on Blu-ray")]
    assert "The Last Horror Film" in titles and not any("Blu-ray" in t for t in titles)


def test_a_title_before_a_description_of_it() -> None:
    headline = "Beloved Sisters, a Stunning Tableau with a Captivating Story (Foreign Film Review)"
    assert "Beloved Sisters" in [r.title for r in title_readings(headline)]
    assert [r.title for r in title_readings("Paris, Texas (1984)")] == ["Paris, Texas"]


def test_a_year_after_a_label_is_no_title(extractor: EntityExtractor) -> None:
    # "Reviews – 2012" is a year's reviews, not the film 2012; the body reviews ARGO
    page = "Reviews – 2012\n\nWithout a doubt, ARGO is the best film I've seen so far in 2012. Ben Affleck directs.\n"
    assert _reviewed(extractor, page) == "Argo"


def test_a_question_headline_s_verb_before_the_title() -> None:
    readings = [(r.title, r.year) for r in title_readings("Is Blair Witch (2016) Worth the Price of Admission?")]
    assert ("Blair Witch", 2016) in readings


def test_a_possessive_the_table_does_not_know_is_the_title_s_own(extractor: EntityExtractor) -> None:
    page = (
        "31 Days of Hallowe’en, Day 20: Miss Hazelwood’s School for Lost Umbrellas (2016)\n\n"
        "Tim Burton is back in form, more or less, with Eva Green as the headmistress.\n"
    )
    assert _reviewed(extractor, page) == "Miss Hazelwood’s School for Lost Umbrellas"


def test_a_month_and_a_year_or_an_ordinal_day_is_a_date_line() -> None:
    assert is_date_title("March 2011") and is_date_title("5th March 2011") and is_date_title("Sept. 2014")
    assert not is_date_title("March of the Penguins")


def test_a_headline_of_label_words_only_is_no_title(extractor: EntityExtractor) -> None:
    page = "Movie Reviews\n\nVertigo\n\nJames Stewart follows Kim Novak around San Francisco.\n"
    assert _reviewed(extractor, page) == "Vertigo"


def test_a_director_s_possessive_before_another_director_s_film(extractor: EntityExtractor) -> None:
    # the table's Obsession is De Palma's: "Hitchcock's Obsession" is a tagline, Vertigo the film
    page = "Vertigo: Hitchcock's Obsession\n\nJames Stewart follows Kim Novak around San Francisco.\n"
    assert _reviewed(extractor, page) == "Vertigo"


def test_a_series_number_for_a_series_with_subtitles(extractor: EntityExtractor) -> None:
    page = "Harry Potter 3\n\nAlfonso Cuarón takes over and the series grows up.\n"
    assert _reviewed(extractor, page) == "Harry Potter and the Prisoner of Azkaban"


def test_the_words_after_and_the_name_the_film(extractor: EntityExtractor) -> None:
    page = "Prisoner of Azkaban review\n\nAlfonso Cuarón takes over and the series grows up.\n"
    assert _reviewed(extractor, page) == "Harry Potter and the Prisoner of Azkaban"


def test_a_rating_in_words_after_the_title() -> None:
    assert [r.title for r in title_readings("Heat – 4 out of 5")] == ["Heat"]
    assert [r.title for r in title_readings("Heat - 3.5 stars")] == ["Heat"]


def test_a_number_titled_film_after_the_film_or_with_its_year(extractor: EntityExtractor) -> None:
    assert ("1917", 2019) in [(r.title, r.year) for r in title_readings("1917 (2019)")]
    page = 'A Review of the Film 2012: 5 Stars (out of 5)\n\nToday I watched the movie "2012" and it was great.\n'
    assert _reviewed(extractor, page) == "2012"


@pytest.mark.parametrize(
    "headline",
    ["Kritik: Gattaca (1997)", "Recensione: Gattaca", "Crítica: Gattaca", "Recensie – Gattaca", "Re-watch: Gattaca"],
)
def test_review_labels_in_other_languages_and_rewatch_labels(headline: str) -> None:
    assert title_readings(headline)[0].title == "Gattaca"


def test_a_year_in_square_brackets_or_after_a_comma() -> None:
    assert [(r.title, r.year) for r in title_readings("Gattaca [1997]")] == [("Gattaca", 1997)]
    assert ("Gattaca", 1997) in [(r.title, r.year) for r in title_readings("Gattaca, 1997")]


def test_the_maker_after_the_title() -> None:
    readings = [(r.title, r.director) for r in title_readings("Critique : Gattaca d'Andrew Niccol")]
    assert ("Gattaca", "Andrew Niccol") in readings
    assert [r.title for r in title_readings("Stand by Me")] == ["Stand by Me"]


def test_a_sentence_after_a_sequel_s_review_label_is_a_tagline(extractor: EntityExtractor) -> None:
    # "Gremlins 2" is the table's "Gremlins 2: The New Batch"; the words after the colon are a sentence
    page = "Gremlins 2 review: Joe Dante bites the hand that feeds\n\nBilly and Kate now work in a Manhattan tower.\n"
    assert _reviewed(extractor, page) == "Gremlins 2: The New Batch"


def test_a_title_before_and_a_tagline(extractor: EntityExtractor) -> None:
    page = "Spike Jonze's Her, and what it hears\n\nTheodore falls in love with an operating system.\n"
    assert _reviewed(extractor, page) == "Her"
    assert [r.title for r in title_readings("Sex, Lies, and Videotape")] == ["Sex, Lies, and Videotape"]
