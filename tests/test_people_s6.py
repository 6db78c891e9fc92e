"""People and characters, sixth session (issue 12, class 4): forms read in real reviews
(docs/phrasing-catalogue.md, "F3, sixth session"), each in a sentence of our own.

- a tie of the story before a name: "her rival Ted Rand", "Her brother-in-law Tom Cole";
- a name the film table knows only from one or two films the page never names is a namesake:
  the story's tie decides ("Tom Cole" of Smooth Talk);
- a full name before a performing verb and a capitalised part is an actor, whatever the tagger made
  of it ("Ella Brandt plays Lucy Marsh"), alone or in a list ("A and B, who star as ...");
- "A as C and B as D": the second pair is read too;
- "C (a wonderful A)": words of praise before the actor in parentheses;
- "a man known only as N";
- "the Coens", "the Dardenne brothers": a family of film-makers the film table holds;
- a possessive with words of description ("Curtis' babysitting Laurie Strode") or a work's
  ("Psycho's Norman Bates") before a part; not "It's from Sarah Waters' Fingersmith".
"""

from __future__ import annotations

from extract.nlp.extractor import EntityExtractor
from extract.records import PageEntities
from extract.text_reader import parse_text_page


def _extract(extractor: EntityExtractor, body: str, title: str = "A film, reviewed") -> PageEntities:
    return extractor.extract(parse_text_page(f"{title}\n\n{body}\n", "people.txt"))


def _kinds(extractor: EntityExtractor, body: str, title: str = "A film, reviewed") -> dict[str, set[str]]:
    kinds: dict[str, set[str]] = {}
    for mention in _extract(extractor, body, title).mentions:
        kinds.setdefault(mention.kind, set()).add(mention.name)
    return kinds


def test_a_tie_of_the_story_before_a_full_name_makes_a_character(extractor: EntityExtractor) -> None:
    kinds = _kinds(
        extractor,
        "Reporter Pat Morgan had been chasing the dead man's story for weeks when her rival Ted Rand stole it. "
        "Pat lost her job the next morning. Ginger Rogers is charming throughout.",
        "Scoop (1933)",
    )
    assert "Ted Rand" in kinds["character"]
    assert "Ted Rand" not in kinds.get("person", set())
    assert "Ginger Rogers" in kinds["person"]


def test_a_one_film_namesake_in_the_film_table_yields_to_the_story(extractor: EntityExtractor) -> None:
    # the table's Tom Cole has one film, never named here; "her brother-in-law" puts the name in the story
    kinds = _kinds(
        extractor,
        "The film follows Marian Cole after her husband's death. Her brother-in-law Tom Cole moved in, "
        "and her nephew Davey Cole stopped speaking. Marian sold the farm in the end.",
        "Quiet Town",
    )
    assert {"Tom Cole", "Marian Cole"} <= kinds["character"]
    assert "Tom Cole" not in kinds.get("person", set())


def test_a_namesake_on_a_page_about_a_real_life_stays_a_person(extractor: EntityExtractor) -> None:
    kinds = _kinds(
        extractor,
        "A biopic of a singer and her family. Her brother-in-law Tom Cole managed the band for years.",
        "The Singer",
    )
    assert "Tom Cole" in kinds["person"]


def test_a_full_name_before_plays_and_a_part_is_an_actor_whatever_the_tagger_says(
    extractor: EntityExtractor,
) -> None:
    kinds = _kinds(
        extractor,
        "Ella Brandt plays Lucy Marsh, a young mother who goes back to her home town. Lucy's father "
        "Ray Marsh (Tom Whelan) has not spoken to her in years.",
        "The Daughter",
    )
    assert {"Ella Brandt", "Tom Whelan"} <= kinds["person"]
    assert {"Lucy Marsh", "Ray Marsh"} <= kinds["character"]


def test_a_list_of_actors_before_who_star_as_are_people(extractor: EntityExtractor) -> None:
    kinds = _kinds(
        extractor,
        "Marta Lindqvist directs Owen Farrell and Dev Khatri, who star as Hank Rourke and Billy Tan, two cops "
        "chasing a killer across the city. Rourke drinks too much and Tan cannot stop talking.",
        "Night Shift review",
    )
    assert {"Marta Lindqvist", "Owen Farrell", "Dev Khatri"} <= kinds["person"]
    assert not {"Owen Farrell", "Dev Khatri"} & kinds.get("character", set())


def test_a_plot_persons_game_is_no_part(extractor: EntityExtractor) -> None:
    kinds = _kinds(
        extractor,
        "Sam Kowalski, Ruth Ames and Lenny Marks plan the job. Sam plays poker while Ruth cracks the safe. "
        "Hal Dorsey plays Sam with real menace.",
        "Heist",
    )
    assert "Hal Dorsey" in kinds["person"]
    assert "Sam Kowalski" not in kinds.get("person", set())


def test_the_second_actor_as_part_pair_of_a_sentence_is_read(extractor: EntityExtractor) -> None:
    kinds = _kinds(
        extractor,
        "Everyone is after a jade statuette. Nora Blaine as Ruth Ellery and Tom Carvel as Lucas Mott are the "
        "best reasons to watch.",
        "The Glass Bird (1941)",
    )
    assert {"Nora Blaine", "Tom Carvel"} <= kinds["person"]
    assert {"Ruth Ellery", "Lucas Mott"} <= kinds["character"]


def test_praise_before_the_actor_in_parentheses(extractor: EntityExtractor) -> None:
    kinds = _kinds(
        extractor,
        "The mousy clerk Arthur Penn-Dale (a wonderful Hugh Oakes) and his landlady are the heart of it.",
        "Quiet Town",
    )
    assert "Hugh Oakes" in kinds["person"]
    assert "Arthur Penn-Dale" in kinds["character"]


def test_a_man_known_only_as_a_name_is_a_character(extractor: EntityExtractor) -> None:
    kinds = _kinds(
        extractor,
        "The client hires him to find a man known only as Victor Crane. Crane turns up dead two days later.",
        "The Glass Bird (1941)",
    )
    assert "Victor Crane" in kinds["character"]
    assert "Victor Crane" not in kinds.get("person", set())


def test_a_possessive_with_description_or_a_works_possessive_makes_a_part(extractor: EntityExtractor) -> None:
    kinds = _kinds(
        extractor,
        "Slashers love a babysitter, from Jamie Lee Curtis' babysitting Laurie Strode on. This one owes a lot "
        "to Psycho's Norman Bates, and a little to Halloween (1978)'s Michael Myers.",
        "Heist",
    )
    assert {"Laurie Strode", "Norman Bates", "Michael Myers"} <= kinds["character"]
    assert not {"Laurie Strode", "Norman Bates", "Michael Myers"} & kinds.get("person", set())


def test_a_pronoun_possessive_before_a_source_authors_name_is_no_part(extractor: EntityExtractor) -> None:
    kinds = _kinds(
        extractor,
        "Lady Hideko and Sook-hee share the film. Sook-hee steals for a living.\n\n"
        "It's from Sarah Waters' Fingersmith, moved from London to Korea.",
        "The Handmaiden",
    )
    assert "Sarah Waters" not in kinds.get("character", set())


def test_a_family_of_film_makers_by_plural_surname_is_people(extractor: EntityExtractor) -> None:
    kinds = _kinds(
        extractor,
        "It is the Coens' most tangled film, and the Coens never explain it. The Dardenne brothers would have "
        "shot it handheld. The Millers next door call the police.",
        "Miller's Crossing",
    )
    assert {"Coens", "Dardenne brothers"} <= kinds["person"]
    assert "Millers" not in kinds.get("person", set())


def test_a_tie_with_an_article_before_a_name_set_off_by_a_comma(extractor: EntityExtractor) -> None:
    kinds = _kinds(
        extractor,
        "The first time, she runs to her father, who is in the middle of an affair with a colleague, "
        "Greta Vollmer, and he sends her away.",
        "Run, Run (1998)",
    )
    assert "Greta Vollmer" in kinds["character"]
    assert "Greta Vollmer" not in kinds.get("person", set())


def test_a_one_word_actor_in_parentheses_where_the_page_writes_character_then_actor(
    extractor: EntityExtractor,
) -> None:
    kinds = _kinds(
        extractor,
        "Art Lowell (Mike Faist) and Patrick Zweig (Josh O'Connor) are old friends, and Tashi Moreau (Velvane) "
        "is the prodigy they both want. Tashi wins every argument.",
        "Rally (2024)",
    )
    assert {"Mike Faist", "Velvane"} <= kinds["person"]
    assert "Velvane" not in kinds.get("character", set())
    assert "Tashi Moreau" in kinds["character"]


def test_a_parts_own_surname_is_the_part_even_when_the_table_holds_the_name(extractor: EntityExtractor) -> None:
    # the film table holds a Lee Jong-su; here the name is a part, and "Jong-su" alone is that part
    kinds = _kinds(
        extractor,
        "Lee Jong-su (Yoo Ah-in) delivers parcels and wants to write a novel. Jong-su drives out to the farm "
        "every night and waits.",
        "Embers (2018)",
    )
    assert {"Lee Jong-Su"} <= {name.title() for name in kinds["character"]}
    assert not {name for name in kinds.get("person", set()) if "Jong-su" in name or "Jong-Su" in name}


def test_a_lone_name_then_the_and_a_story_noun_is_a_character(extractor: EntityExtractor) -> None:
    kinds = _kinds(
        extractor,
        "The second tale is the best. Old Marit the herbalist brews her potions in the dark, and Spielberg "
        "the showman would have loved the candlelight.",
        "Witchcraft Through the Ages",
    )
    assert "Marit" in kinds["character"]
    assert "Marit" not in kinds.get("person", set())
    assert "Spielberg" not in kinds.get("character", set())


def test_a_cast_after_starring_with_no_colon(extractor: EntityExtractor) -> None:
    kinds = _kinds(
        extractor,
        "2022 | rated 15 | starring Han Seo-jun, Go Min-ae, Yun Da-rim | directed by Oh Ji-hwan | 2h 10m\n\n"
        "A detective falls for the widow he is meant to suspect.",
        "Low Tide",
    )
    assert {"Han Seo-jun", "Go Min-ae", "Yun Da-rim"} <= kinds["person"]


def test_a_makers_plural_possessive_and_a_makers_verb_before_the_work(extractor: EntityExtractor) -> None:
    kinds = _kinds(
        extractor,
        "Orla Brookes' script keeps everyone's motives hidden to the end. Idris Fenn and Paavo Lind wrote a "
        "pounding electronic score, and Kasimir Dorn shot it in sweaty close-ups.",
        "Deuce (2024)",
    )
    assert {"Orla Brookes", "Idris Fenn", "Paavo Lind", "Kasimir Dorn"} <= kinds["person"]


def test_lone_names_narrating_a_story_in_the_past_are_characters(extractor: EntityExtractor) -> None:
    kinds = _kinds(
        extractor,
        "In the film, Walter found a body in his garden. He called the police, but Gus got there first. "
        "Walter never trusted Gus again, and Martha left him.",
        "Garden Party",
    )
    assert {"Walter", "Gus"} <= kinds["character"]
    assert not {"Walter", "Gus"} & kinds.get("person", set())


def test_a_reviewers_companions_in_the_past_are_not_a_story(extractor: EntityExtractor) -> None:
    kinds = _kinds(
        extractor,
        "I watched it with friends. Dave hated it and Sue fell asleep. Kubrick shot it by candlelight.",
        "Barry Lyndon (1975)",
    )
    assert "Sue" not in kinds.get("character", set())


_THREAD = """Mirror (1975) review

Tarkovsky at his most private. I loved every minute of it.

3 comments:

Pete Marsh said...
Great pick. Did you read Dana Stevens on this one? She hated it.

Kim said...
Thanks Pete! Agreed about Stevens. Ebert gave it four stars, Kael never reviewed it, and my friend Tomasz Wilk swears by it.
"""


def test_critics_by_surname_and_the_writers_own_friend_in_a_thread_are_people(extractor: EntityExtractor) -> None:
    kinds: dict[str, set[str]] = {}
    for mention in extractor.extract(parse_text_page(_THREAD, "thread.txt")).mentions:
        kinds.setdefault(mention.kind, set()).add(mention.name)
    assert {"Ebert", "Kael", "Tomasz Wilk", "Dana Stevens"} <= kinds["person"]
    assert not kinds.get("character")


def test_another_works_characters_used_as_types_are_characters(extractor: EntityExtractor) -> None:
    kinds = _kinds(
        extractor,
        "The killer here is basically Walter Greer in a cardigan. Think Ida Quenby with a law degree. "
        "Like Ellen Ripley in Alien, the heroine does it all herself. Mara Quill plays the heroine, "
        "Dana Pruitt, with grit.",
        "Cold Hands (2021)",
    )
    assert {"Walter Greer", "Ida Quenby", "Ellen Ripley", "Dana Pruitt"} <= kinds["character"]
    assert "Mara Quill" in kinds["person"]
    assert not {"Walter Greer", "Ida Quenby", "Ellen Ripley"} & kinds.get("person", set())


def test_a_story_noun_after_is_a_shared_surname_and_papa_make_characters(extractor: EntityExtractor) -> None:
    kinds = _kinds(
        extractor,
        "Ines Marlowe is a very clever woman who has spent thirty years behind her husband. The phone rings "
        "and Peter Marlowe learns he has won the prize. Papa Greeley has had enough of his daughter.\n\n"
        "Glenn Close is superb.",
        "The Prize Wife (2018)",
    )
    assert {"Ines Marlowe", "Peter Marlowe", "Papa Greeley"} <= kinds["character"]
    assert not {"Ines Marlowe", "Peter Marlowe", "Papa Greeley"} & kinds.get("person", set())
    assert "Glenn Close" in kinds["person"]


def test_an_actor_praised_with_a_noun_is_no_story(extractor: EntityExtractor) -> None:
    kinds = _kinds(extractor, "Mara Quillon is a revelation, and Tobias Ashe is a natural in the lead.", "A film")
    assert {"Mara Quillon", "Tobias Ashe"} <= kinds["person"]
