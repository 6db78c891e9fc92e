"""Typing of works from real forms (issue 12, class 4): what a film's name is used for in its
sentence, runs that hold a place or an organisation, the predecessor and sequel numbers, link
labels and filmographies. Sentences written for these tests, modelled on forms listed in
docs/phrasing-catalogue.md (section 3); each test fails without the rule it names."""

from __future__ import annotations

from extract.nlp.extractor import EntityExtractor
from extract.records import WORK_KINDS, PageEntities
from extract.text_reader import parse_text_page


def _extract(extractor: EntityExtractor, body: str, title: str = "Review: Rope (1948)") -> PageEntities:
    return extractor.extract(parse_text_page(f"{title}\n\n{body}\n", "case.txt"))


def _works(entities: PageEntities) -> set[str]:
    return {m.name for m in entities.mentions if m.kind in WORK_KINDS}


def _kinds(entities: PageEntities) -> dict[str, str]:
    return {m.name: m.kind for m in entities.mentions}


def test_a_run_with_a_place_in_it_is_no_title(extractor: EntityExtractor) -> None:
    entities = _extract(extractor, "Tonight I drove over to the Cinema 8 in Athens to see it again.")
    assert not any("Athens" in work for work in _works(entities))


def test_an_organisation_around_a_film_s_name_is_no_title(extractor: EntityExtractor) -> None:
    entities = _extract(extractor, "She still works at the New York Times with her old editor.")
    assert not any("York" in work for work in _works(entities))


def test_a_character_with_its_actor_is_no_film(extractor: EntityExtractor) -> None:
    entities = _extract(extractor, "Little Paulette (Brigitte Fossey) loses her parents on a bridge.")
    assert "Paulette" not in _works(entities)


def test_an_actor_is_a_character_is_no_film(extractor: EntityExtractor) -> None:
    entities = _extract(extractor, "Rebecca Ferguson is Miranda, the officer nobody listens to.")
    assert "Miranda" not in _works(entities)


def test_a_holiday_is_no_film(extractor: EntityExtractor) -> None:
    entities = _extract(extractor, "As every year I am watching one horror film a day until Halloween comes.")
    assert "Halloween" not in _works(entities)


def test_a_director_s_surname_is_no_film(extractor: EntityExtractor) -> None:
    entities = _extract(extractor, "Best to watch if you like De Palma and Hitchcock at their silliest.")
    assert "Hitchcock" not in _works(entities)


def test_a_surname_in_the_possessive_is_no_film(extractor: EntityExtractor) -> None:
    entities = _extract(extractor, "The script keeps whole lines of Capote's prose, and they land.")
    assert "Capote" not in _works(entities)


def test_called_names_a_work_only_after_a_work_word(extractor: EntityExtractor) -> None:
    person = _extract(extractor, "Moze picks up a carnival dancer called Trixie Delight on the road.")
    assert "Trixie Delight" not in _works(person)
    work = _extract(extractor, "Moze once sold a little film called Trixie Delight on the road.")
    assert "Trixie Delight" in _works(work)


def test_a_word_of_an_all_caps_phrase_is_no_cue(extractor: EntityExtractor) -> None:
    entities = _extract(extractor, "Thanks for listening.\n\nFILM NOIR MONTH continues next week.")
    assert not any("Noir" in work or "NOIR" in work for work in _works(entities))


def test_the_first_film_named_without_its_article(extractor: EntityExtractor) -> None:
    entities = _extract(extractor, "It is the same movie as the first Hangover, beat for beat.", "Review: Rope")
    assert "The Hangover" in _works(entities)


def test_a_sequel_number_after_a_title(extractor: EntityExtractor) -> None:
    entities = _extract(extractor, "Last week we finally saw The Hangover 2 with the whole gang.")
    assert "The Hangover Part II" in _works(entities)
    assert "The Hangover" not in _works(entities)


def test_a_title_after_a_link_label(extractor: EntityExtractor) -> None:
    entities = _extract(extractor, "That is all for this week.\n\nPrevious episode: 53: Casablanca")
    assert "Casablanca" in _works(entities)


def test_a_film_in_parentheses_after_an_actor(extractor: EntityExtractor) -> None:
    entities = _extract(extractor, "The killer is played by John Dall, and James Stewart (Vertigo) is the teacher.")
    assert _kinds(entities).get("Vertigo") == "film"


def test_the_reviewed_title_is_no_person_the_parser_guessed(extractor: EntityExtractor) -> None:
    entities = _extract(
        extractor, "Arrival is Denis Villeneuve at his calmest. I saw Arrival twice.", "Review: Arrival (2016)"
    )
    assert {m.kind for m in entities.mentions if m.name == "Arrival"} == {"film"}


def test_a_year_marks_a_common_word_as_a_title(extractor: EntityExtractor) -> None:
    entities = _extract(extractor, "Set beside Contact (1997) it is colder and slower.")
    assert {(m.name, m.kind, m.year) for m in entities.mentions if m.text == "Contact"} == {("Contact", "film", 1997)}


def test_a_dated_and_an_undated_title_are_one_film(extractor: EntityExtractor) -> None:
    entities = _extract(extractor, 'I loved "The Paper Lantern" as a boy; "The Paper Lantern" (1988) still holds up.')
    assert {(m.name, m.year) for m in entities.mentions if m.text == "The Paper Lantern"} == {
        ("The Paper Lantern", 1988)
    }


def test_a_label_s_words_in_the_post_title_name_no_film(extractor: EntityExtractor) -> None:
    entities = _extract(extractor, "Chaplin's first feature is short and sweet.", "Fun Size Review: The Kid (1921)")
    assert "Fun Size" not in _works(entities)


def test_a_date_after_a_viewing_cue_is_no_title(extractor: EntityExtractor) -> None:
    entities = _extract(extractor, "★ Watched 3 July 2017\n\nTwo and a half hours of robots.")
    assert not any("July" in work for work in _works(entities))


def test_the_before_a_one_word_film_s_name_makes_it_a_thing(extractor: EntityExtractor) -> None:
    entities = _extract(extractor, "He wants nothing to do with her, the Force or the Resistance.")
    assert not {"Force", "Resistance"} & _works(entities)


def test_a_run_opened_by_an_adverb_is_no_title(extractor: EntityExtractor) -> None:
    entities = _extract(extractor, "Meanwhile the First Order chases the last ships through space.")
    assert not any(work.startswith("Meanwhile") for work in _works(entities))


def test_a_label_in_capitals_is_no_title(extractor: EntityExtractor) -> None:
    entities = _extract(extractor, "Hugh Grant is a ham in marmalade heaven.", "REVIEW – PADDINGTON 2 ★★★★★")
    assert "Review" not in _works(entities) and "REVIEW" not in _works(entities)


def test_headline_apparatus_in_capitals_is_no_title(extractor: EntityExtractor) -> None:
    entities = _extract(extractor, "Two moles on opposite sides.", "Infernal Affairs AKA Mou gaan dou (2002)")
    assert "AKA" not in _works(entities)
    entities = _extract(extractor, "Billy Wilder's drag farce.", "SOME LIKE IT HOT - REVIEW")
    assert "Review" not in _works(entities)


def test_a_sequel_the_table_lacks_is_not_its_first_film(extractor: EntityExtractor) -> None:
    entities = _extract(extractor, "Next week we take the kids to Inside Out 2 at the mall.")
    assert "Inside Out 2" in _works(entities) and "Inside Out" not in _works(entities)


def test_a_film_after_an_actor_s_was_better_in(extractor: EntityExtractor) -> None:
    entities = _extract(extractor, "Nicolas Cage plays a man. Cage was better in Pig, and that had a pig in it.")
    assert "Pig" in _works(entities)
    place = _extract(extractor, "Nicolas Cage plays a man. Cage was better in Las Vegas, years ago.")
    assert not any("Vegas" in work for work in _works(place))


def test_a_film_after_an_actor_s_is_great_in(extractor: EntityExtractor) -> None:
    # "Juno" is also a first name, which the one-word rule would not take for a film
    entities = _extract(extractor, "Ellen Page is great in Juno and in nothing else this year.")
    assert "Juno" in _works(entities)


def test_a_lone_word_in_a_comparison_cue_s_object_slot_is_a_work(extractor: EntityExtractor) -> None:
    # The tagger calls "Fairground" and "Lanternfish" people; no table film bears either name.
    entities = _extract(
        extractor,
        "It is a patient film. Better than Fairground, I'd say. Honestly I preferred Lanternfish, no contest. "
        "Like Q, made thirty years earlier in Vienna, it is about a city hunting one man.",
    )
    kinds = _kinds(entities)
    assert kinds.get("Fairground") == "film" and kinds.get("Lanternfish") == "film" and kinds.get("Q") == "film"
    assert "I'd" not in kinds  # a contraction after a work is no list item


def test_a_person_or_a_place_in_a_cue_slot_is_no_work(extractor: EntityExtractor) -> None:
    entities = _extract(
        extractor,
        "It is better than Spielberg ever managed and better than Vienna in the rain. "
        "Y tu mamá también did the road trip first, and better than Gene Hackman could.",
    )
    works = _works(entities)
    assert not {"Spielberg", "Vienna", "Y", "Gene"} & works


def test_a_lone_subject_of_a_cue_that_starts_with_its_verb_is_a_work(extractor: EntityExtractor) -> None:
    entities = _extract(
        extractor,
        "A masterpiece. Though Smouldering is still the better class thriller for me. "
        "Nolan is still the better director, and Jessica is still the better actor.",
    )
    works = _works(entities)
    assert "Smouldering" in works
    assert not {"Nolan", "Jessica"} & works


def test_a_table_title_given_an_actor_in_parentheses_is_the_part_everywhere(extractor: EntityExtractor) -> None:
    entities = _extract(
        extractor,
        "Batman (George Clooney) and Robin (Chris O'Donnell) chase him. Ivy turns Robin against Batman "
        "with love dust. Skip it and watch Batman Returns again.",
        title="Batman & Robin (1997)",
    )
    works = _works(entities)
    assert "Batman" not in works  # the character, even where no actor follows it
    assert "Batman Returns" in works  # a full name the table holds as a title stays that film


def test_a_list_after_a_plural_of_works_and_a_comma_holds_works(extractor: EntityExtractor) -> None:
    entities = _extract(
        extractor,
        "Much like Varga's first films, Dust Devils and Us, this one turns the camera back on us. "
        "I saw it with two friends, Tom Hanks and Meg Ryan, at home.",
    )
    kinds = _kinds(entities)
    assert kinds.get("Dust Devils") == "film" and kinds.get("Us") == "film"
    assert kinds.get("Tom Hanks") == "person" and kinds.get("Meg Ryan") == "person"


def test_a_sequel_s_name_word_in_a_cue_slot_is_the_first_film(extractor: EntityExtractor) -> None:
    body = (
        "Ben Stiller is back as Derek Vantablack and Owen Wilson as Hansel, two retired male models. "
        "If you loved Vantablack, you will find a few laughs here."
    )
    kinds = _kinds(_extract(extractor, body, title="Vantablack 2 (2016)"))
    assert kinds.get("Vantablack") == "film"
    assert kinds.get("Derek Vantablack") == "character"


def test_a_lone_subject_that_did_the_same_with_more_is_a_work(extractor: EntityExtractor) -> None:
    entities = _extract(
        extractor,
        "It felt like homework. Firebrand covered the same ground with more bite. "
        "Jessica did the same job with more grace.",
    )
    kinds = _kinds(entities)
    assert kinds.get("Firebrand") == "film"
    assert kinds.get("Jessica") != "film"  # a first name the tagger reads as a name


def test_a_name_after_called_is_no_film_unless_a_work_word_comes_first(extractor: EntityExtractor) -> None:
    person = _kinds(_extract(extractor, "Hayley Atwell joins as a pickpocket called Grace, and the film is fun."))
    work = _kinds(_extract(extractor, "They watched a film called Grace at home."))
    assert person.get("Grace") != "film"
    assert work.get("Grace") == "film"


def test_a_joined_run_with_its_actor_after_it_is_a_character(extractor: EntityExtractor) -> None:
    entities = _extract(extractor, "The True Knot is led by Rose the Hat (Rebecca Ferguson), who is scary.")
    assert "Rose the Hat" not in _works(entities)


def test_a_cast_form_outweighs_one_weak_work_mention(extractor: EntityExtractor) -> None:
    entities = _extract(extractor, "Abra (Kyliegh Curran) reaches out to him. Nobody else is like Abra.")
    assert _kinds(entities).get("Abra") == "character"


def test_the_subject_of_is_his_best_is_a_work(extractor: EntityExtractor) -> None:
    kinds = _kinds(
        _extract(
            extractor,
            "I still think Enemy is his strangest. Signs is still his best and I will hear no argument. "
            "Midnight Mass is still Flanagan's best work. Tom is his best friend.",
        )
    )
    assert kinds.get("Enemy") == "film" and kinds.get("Signs") == "film"
    assert kinds.get("Midnight Mass") == "tv"  # a series: the series supplement knows it (eighth session)
    assert kinds.get("Tom") != "film"


def test_an_actor_s_possessive_before_a_one_word_film_is_a_character(extractor: EntityExtractor) -> None:
    kinds = _kinds(
        _extract(
            extractor,
            "Steve Carell's Brick gets the biggest laughs again. Martin Sheen's Willard goes upstream. "
            "Spike Jonze's Her is lovely. It reminds me of Al Pacino's S1m0ne from 2002.",
        )
    )
    assert kinds.get("Brick") != "film" and kinds.get("Willard") != "film"
    assert kinds.get("Her") == "film"
    assert kinds.get("S1m0ne") == "film"  # the actor's own film: he is in its cast


def test_a_maker_s_possessive_takes_the_whole_capitalised_run(extractor: EntityExtractor) -> None:
    works = _works(_extract(extractor, "Franklin's Road Games is worth finding if you like this."))
    assert "Road Games" in works and "Road" not in works
