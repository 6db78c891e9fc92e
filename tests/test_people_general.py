"""People and characters on pages the rules were not written from (issue 12, class 4).

Each test is a sentence of our own modelled on forms read in real reviews (docs/phrasing-catalogue.md,
section 11): actors named by the words of a performance ("is excellent as", "steals every scene
as"), IMDb-style cast blocks, "a part (Actor)", a character's full name tied to its surname, credit
lines with a capitalised noun, film-making trades before a name the parser takes for an
organisation, pages written in lower case, and "not a biopic".
"""

from __future__ import annotations

from extract.nlp.extractor import EntityExtractor
from extract.nlp.people import lower_case_prose
from extract.nlp.realness import about_a_life
from extract.records import PageEntities
from extract.text_reader import parse_text_page


def _extract(extractor: EntityExtractor, body: str, title: str = "A film, reviewed") -> PageEntities:
    return extractor.extract(parse_text_page(f"{title}\n\n{body}\n", "people.txt"))


def _kinds(entities: PageEntities) -> dict[str, set[str]]:
    kinds: dict[str, set[str]] = {}
    for mention in entities.mentions:
        kinds.setdefault(mention.kind, set()).add(mention.text)
    return kinds


def test_actors_named_by_a_performance_are_people_the_film_table_does_not_know(extractor: EntityExtractor) -> None:
    kinds = _kinds(
        _extract(
            extractor,
            "Judge Shim Eun-seok despises young offenders, and her new colleague Cha Tae-joo believes every "
            "child can be saved.\n\nPark Ji-yeon is magnificent as Shim, and Kang Min-ho is warm as Cha.",
        )
    )
    assert {"Park Ji-yeon", "Kang Min-ho"} <= kinds["person"]
    assert not {"Park Ji-yeon", "Kang Min-ho"} & kinds.get("character", set())


def test_a_performance_verb_before_as_names_an_actor_a_disguise_does_not(extractor: EntityExtractor) -> None:
    kinds = _kinds(
        _extract(
            extractor,
            "Owen Kessler poses as Dr. Marlowe to get into the clinic, and Owen keeps the lie going for months.\n\n"
            "Tobias Wren steals every scene as Marlowe, and Delphine Arroway gives the performance of her life "
            "as Owen's sister.",
        )
    )
    assert "Tobias Wren" in kinds["person"]
    assert "Owen Kessler" not in kinds.get("person", set())


def test_a_name_list_the_parser_joins_at_a_comma_is_two_names(extractor: EntityExtractor) -> None:
    kinds = _kinds(
        _extract(
            extractor,
            "Society wrote Vincent off at birth, so he borrows the identity of a swimmer called Jerome.\n\n"
            "Ethan Hawke plays Vincent, Jude Law plays the bitter Jerome.",
        )
    )
    assert {"Ethan Hawke", "Jude Law"} <= kinds["person"]


def test_a_full_name_after_named_is_a_character(extractor: EntityExtractor) -> None:
    kinds = _kinds(
        _extract(
            extractor,
            "A weary drifter claims the river land, but a rancher named Diego Alvarez wants it too, and the "
            "two men ride against each other all winter.",
        )
    )
    assert "Diego Alvarez" not in kinds.get("person", set())


def test_a_full_name_whose_surname_is_a_part_is_the_character(extractor: EntityExtractor) -> None:
    kinds = _kinds(
        _extract(
            extractor,
            "Directed by: Robert Siodmak\nStarring: Dana Andrews, Linda Darnell\n\n"
            "Frank Mallory is a small-time insurance investigator who steps off a night train and into a "
            "murder. Andrews is stiff as Mallory, but Darnell is superb.",
        )
    )
    assert "Frank Mallory" not in kinds.get("person", set())
    assert "Frank Mallory" in kinds["character"]


def test_a_surname_that_narrates_makes_its_full_name_a_character(extractor: EntityExtractor) -> None:
    kinds = _kinds(
        _extract(
            extractor,
            "The movie starts with Tom Dunson leaving a wagon train to claim land by the river. Years later "
            "the money is gone, so Dunson drives the herd north. Dunson gets harder every mile, and the "
            "men start to hate him.\n\nJohn Wayne is frightening and Howard Hawks directs with a sure hand.",
        )
    )
    assert "Tom Dunson" not in kinds.get("person", set())
    assert {"John Wayne", "Howard Hawks"} <= kinds["person"]


def test_a_real_man_the_film_portrays_keeps_his_full_name_as_a_person(extractor: EntityExtractor) -> None:
    kinds = _kinds(
        _extract(
            extractor,
            "In 1790 an old Giovanni Paisiello, the court composer of Naples, confesses to a priest that he "
            "envied a younger rival. Paisiello spends the film explaining why.\n\n"
            "Harold Bexley stars as Paisiello and carries the picture.",
        )
    )
    assert "Giovanni Paisiello" in kinds["person"]


def test_not_a_biopic_is_no_life_story() -> None:
    assert not about_a_life("It is not a biopic, though it plays like one.")
    assert not about_a_life("The film feels like a true story but is pure invention.")
    assert about_a_life("A biopic of a country singer.")
    assert about_a_life("Based on a true story, the film follows a singer.")


def test_a_character_in_the_headline_of_a_page_that_denies_a_life_story_stays_a_character(
    extractor: EntityExtractor,
) -> None:
    kinds = _kinds(
        _extract(
            extractor,
            "Hollis Reed is a broke country singer in 1970s Tulsa. When his daughter June turns up on his "
            "doorstep, he has one summer to get sober, and Hollis fights with his manager Lou all the way.\n\n"
            "Walton Goggins gives the performance of his career as Hollis. It is not a biopic, though it "
            "plays like one.",
            title="Review: The Ballad of Hollis Reed",
        )
    )
    assert not {"Hollis Reed", "Lou"} & kinds.get("person", set())
    assert "Walton Goggins" in kinds["person"]


def test_a_credit_line_with_a_capitalised_noun_names_a_person(extractor: EntityExtractor) -> None:
    kinds = _kinds(
        _extract(
            extractor,
            "Directed by Lena Holloway\nMusic by Corwin Atterby\n\n"
            "Nell wakes up on the station and nobody believes her. Nell finds the girl, Corwin is no help, "
            "and Atterby's drums keep the last hour running.\n\n"
            "Extras: a commentary by Eddie Vantongeren.",
        )
    )
    assert {"Corwin Atterby", "Eddie Vantongeren"} <= kinds["person"]


def test_a_film_trade_before_a_name_makes_a_person_the_parser_took_for_a_company(extractor: EntityExtractor) -> None:
    kinds = _kinds(
        _extract(
            extractor,
            "Tom comes home to a father who no longer remembers him. The cinematographer Ana Reyes finds "
            "something lovely in the dusty yards and empty kitchens.",
        )
    )
    assert "Ana Reyes" in kinds["person"]


def test_a_restaurant_critic_in_a_plot_stays_a_character(extractor: EntityExtractor) -> None:
    kinds = _kinds(
        _extract(
            extractor,
            "In New York, the restaurant critic Julianne Potter learns that her old friend is getting married. "
            "Julianne flies to Chicago to wreck the wedding, and Julianne lies to everyone.\n\n"
            "Julia Roberts is great and Rupert Everett steals the show.",
        )
    )
    assert "Julianne Potter" not in kinds.get("person", set())


def test_an_imdb_style_cast_block_gives_actors_and_their_parts(extractor: EntityExtractor) -> None:
    kinds = _kinds(
        _extract(
            extractor,
            "Directed by Pitof\n\nHalle Berry.... Prudence Fairweather\nMarten Ostrova.... Gideon Blaise\n"
            "Sharon Stone.... Leonora Blaise\n\nPrudence Fairweather works for Gideon Blaise, and Leonora "
            "Blaise runs the company.",
        )
    )
    assert {"Halle Berry", "Marten Ostrova", "Sharon Stone"} <= kinds["person"]
    assert not {"Prudence Fairweather", "Gideon Blaise", "Leonora Blaise"} & kinds.get("person", set())


def test_a_part_named_by_a_noun_or_a_trade_inside_the_parentheses(extractor: EntityExtractor) -> None:
    kinds = _kinds(
        _extract(
            extractor,
            "Between them stand Benny, the charming one, and Knockout Ted (the singer Rui Seixas), a bus "
            "conductor. Sang-ho, the husband of a pregnant woman (Lee Da-eun), punches his way through a carriage.",
        )
    )
    assert {"Rui Seixas", "Lee Da-eun"} <= kinds["person"]
    assert "Knockout Ted" not in kinds.get("person", set())


def test_a_page_written_in_lower_case_still_names_the_film_tables_people(extractor: EntityExtractor) -> None:
    body = (
        "ok so the setup: an actress, Elisabet Vogler (liv ullmann), stops talking. the hospital sends her to "
        "the sea with a nurse, alma (bibi andersson). alma talks. and talks. she tells elisabet everything. "
        "then it all goes sour. the photography by sven nykvist is gorgeous. i am not a philistine. but i "
        "felt lectured. by a slideshow. a pretty one."
    )
    assert lower_case_prose(body)
    kinds = _kinds(_extract(extractor, body, title="netflix, part 23"))
    assert {"liv ullmann", "bibi andersson", "sven nykvist"} <= kinds["person"]
    assert "Elisabet Vogler" not in kinds.get("person", set())


def test_a_text_in_sentence_case_is_not_lower_case_prose() -> None:
    assert not lower_case_prose("The film is long. It is slow. I liked it. " * 5)


def test_a_civil_form_of_address_puts_a_lone_name_in_the_story(extractor: EntityExtractor) -> None:
    kinds = _kinds(
        _extract(
            extractor,
            "The man in the raincoat is Monsieur Pelouse, or he is most of the time. Tati spends much of "
            "the film trying to lose him, as he did in Monsieur Pelouse's Holiday.",
        )
    )
    assert "Monsieur Pelouse" in kinds["character"]


def test_a_full_name_owning_a_thing_of_a_life_is_a_character(extractor: EntityExtractor) -> None:
    kinds = _kinds(
        _extract(
            extractor,
            "The first hour is terrific. Lena Marsh's empty apartment has a giant poster of her younger self "
            "on the wall. Peter Kowalski's colours do the rest.",
        )
    )
    assert "Lena Marsh" in kinds["character"]
    assert "Peter Kowalski" in kinds["person"]


def test_a_name_in_a_film_of_the_table_it_is_no_cast_member_of_is_a_character(extractor: EntityExtractor) -> None:
    kinds = _kinds(
        _extract(
            extractor,
            "This week's theme is villains.\n\n1. Hans Gruber in Die Hard. Alan Rickman makes him charming.\n"
            "2. Anton Chigurh in No Country for Old Men. Javier Bardem and that haircut.",
        )
    )
    assert not {"Hans Gruber", "Anton Chigurh"} & kinds.get("person", set())
    assert {"Alan Rickman", "Javier Bardem"} <= kinds["person"]


def test_an_actor_the_table_does_not_know_praised_in_an_older_films_title_stays_a_person(
    extractor: EntityExtractor,
) -> None:
    kinds = _kinds(_extract(extractor, "Anya Vostrikova in Emma is luminous, and the costumes are a treat."))
    assert "Anya Vostrikova" in kinds["person"]


def test_an_unknown_full_name_doing_the_storys_things_beside_a_character_is_a_character(
    extractor: EntityExtractor,
) -> None:
    kinds = _kinds(
        _extract(
            extractor,
            "Shiv still thinks she will be named successor. Roman gets a job in the mailroom. Meanwhile cousin "
            "Greg finds the cruise documents, and Tobin Wexley tells Greg to burn them.\n\n"
            "Kieran Culkin's Roman is all nerves.",
        )
    )
    assert "Tobin Wexley" not in kinds.get("person", set())


def test_an_unknown_actor_praised_beside_a_character_stays_a_person(extractor: EntityExtractor) -> None:
    kinds = _kinds(
        _extract(
            extractor,
            "Calum takes his daughter Sophie to a Turkish resort, and Sophie films everything.\n\n"
            "Dorian Fenwick is really good, and Maisie Quarrie is incredible as Sophie; Quentin Abara, straight "
            "from a soap, gets the best jokes while Calum sulks.",
        )
    )
    assert {"Dorian Fenwick", "Maisie Quarrie", "Quentin Abara"} <= kinds["person"]


def test_a_plot_noun_set_off_by_commas_at_a_sentence_start(extractor: EntityExtractor) -> None:
    kinds = _kinds(
        _extract(
            extractor,
            "A new sheriff rides into town. The town drunk, Ollie Pruett, knows where the money went.",
        )
    )
    assert "Ollie Pruett" not in kinds.get("person", set())


def test_a_part_based_on_a_real_person_makes_that_person_real(extractor: EntityExtractor) -> None:
    kinds = _kinds(
        _extract(
            extractor,
            "Lord Kuranaga (Hideo Sato) rules the coast, and John Ashworth (Colm Bradley), an English pilot, "
            "washes up on his beach. Kuranaga is based on Henry Morgan, and Ashworth on Miles Whitcombe, "
            "the real English sailor who ended up a samurai.",
        )
    )
    assert {"Henry Morgan", "Miles Whitcombe"} <= kinds["person"]


def test_makers_named_by_what_they_made_are_real(extractor: EntityExtractor) -> None:
    kinds = _kinds(
        _extract(
            extractor,
            "Toda Reiko (Mei Aoki), a noblewoman with a past, becomes the translator of John Ashworth "
            "(Colm Bradley), and Reiko slowly trusts him.\n\nCorinne Ashby and Dev Malhotra, who created it, "
            "have gone back to the novel.",
        )
    )
    assert {"Corinne Ashby", "Dev Malhotra"} <= kinds["person"]


def test_based_on_real_events_is_a_life_story() -> None:
    assert about_a_life("The story is based, quite freely, on the real expedition of 1560.")
    assert not about_a_life("The story is based on a novel.")


def test_a_trade_word_the_parser_joins_to_a_name_is_left_out(extractor: EntityExtractor) -> None:
    kinds = _kinds(
        _extract(
            extractor,
            "Producer Dino De Laurentiis wanted a space blockbuster, and he got a pantomime.",
        )
    )
    assert "Dino De Laurentiis" in kinds["person"]
    assert "Producer Dino De Laurentiis" not in kinds["person"]


def test_played_by_none_other_than_names_the_actor(extractor: EntityExtractor) -> None:
    kinds = _kinds(
        _extract(
            extractor,
            "Only a young priest, Jean Morvan, seems to feel anything for her, and he is played by none other "
            "than Lucien Parrot, the poet and theatre madman.",
        )
    )
    assert "Lucien Parrot" in kinds["person"]


def test_a_makers_possessive_over_an_epic_or_a_theme(extractor: EntityExtractor) -> None:
    kinds = _kinds(
        _extract(
            extractor,
            "The dancing goes on for ages. S. S. Vardhan's three-hour Telugu epic, now at the top of the "
            "streaming charts, is loud. Gelsomina learns a tune from the Fool. Renzo Bartoli's trumpet theme, "
            "which she plays on the beach, is one of the saddest things in cinema.",
        )
    )
    assert {"S. S. Vardhan", "Renzo Bartoli"} <= kinds["person"]
