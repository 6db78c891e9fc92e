"""Real people among the names the plot rules give to the story (issue 12, class 4, people).

Biopics and documentaries are written like plot summaries about real people; each sentence is
ours, modelled on forms noted in docs/phrasing-catalogue.md, section 8 (names invented so that
the film table cannot decide them).
"""

from __future__ import annotations

from extract.nlp.extractor import EntityExtractor
from extract.nlp.realness import drop_real_people, is_documentary, real_names
from extract.records import PageEntities
from extract.text_reader import parse_text_page


def _extract(extractor: EntityExtractor, body: str, title: str = "Notes on a film") -> PageEntities:
    return extractor.extract(parse_text_page(f"{title}\n\n{body}\n", "people.txt"))


def _kinds(entities: PageEntities) -> dict[str, set[str]]:
    kinds: dict[str, set[str]] = {}
    for mention in entities.mentions:
        kinds.setdefault(mention.kind, set()).add(mention.name)
    return kinds


_PLOT = (
    "Cast: Mirelle Dane, Corwin Ash\n\n"
    "Dorit Valk (Mirelle Dane) runs a ferry on a grey northern lake, and Emmet Sorrow (Corwin Ash) is the "
    "drifter who comes aboard one night. Dorit hides him from the police. "
)


def test_a_biopic_subject_whose_name_holds_the_title_is_a_person(extractor: EntityExtractor) -> None:
    kinds = _kinds(
        _extract(
            extractor,
            "Director: Halvard Smeby\nCast: Mirelle Dane, Corwin Ash\n\n"
            "This biopic covers one winter. Mirelle Dane plays Thomas Harrowgate, and Corwin Ash plays his "
            "rival Tobin Crail. Harrowgate builds a glider in a barn and Crail laughs at him.",
            title="Harrowgate (2019)",
        )
    )
    assert "Thomas Harrowgate" in kinds["person"]
    assert "Thomas Harrowgate" not in kinds.get("character", set())
    assert "Crail" in kinds["character"]  # played, no trade noun, not the title: still a part


def test_a_biopic_subject_named_in_the_headline_is_a_person(extractor: EntityExtractor) -> None:
    kinds = _kinds(
        _extract(
            extractor,
            "Unlike the usual music biopic, this one is a musical. Kerry Vance plays Ottoline Brack, and she "
            "sings every song herself. Ottoline fights her label and wins.",
            title="Starlight Review: Ottoline Brack, feathers and all",
        )
    )
    assert "Ottoline Brack" in kinds["person"]
    assert "Ottoline Brack" not in kinds.get("character", set())


def test_the_late_marks_a_real_person(extractor: EntityExtractor) -> None:
    kinds = _kinds(_extract(extractor, _PLOT + "Halfway through, the late Gus Perrin turns up in one scene."))
    assert "Gus Perrin" in kinds["person"]
    assert "Gus Perrin" not in kinds["character"]
    assert {"Dorit Valk", "Emmet Sorrow"} <= kinds["character"]


def test_a_trade_noun_before_a_plot_name_makes_it_a_person(extractor: EntityExtractor) -> None:
    kinds = _kinds(
        _extract(extractor, _PLOT + "The lyricist Dorran Pike wrote the songs, which are the best thing here.")
    )
    assert "Dorran Pike" in kinds["person"]
    assert "Dorran Pike" not in kinds.get("character", set())


def test_a_trade_noun_reaches_the_second_of_two_joined_names() -> None:
    text = "Directors Halvard Smeby and Tobin Crail spent two years on it. Dorit Valk is a climber."
    assert real_names([text], {"tobin crail", "dorit valk"}, None, "") == {"tobin crail"}


def test_a_trade_noun_does_not_beat_a_cast_form_outside_a_biopic(extractor: EntityExtractor) -> None:
    kinds = _kinds(_extract(extractor, _PLOT + "He hires the playwright Ivo Marden (Corwin Ash) to write for him."))
    assert "Ivo Marden" in kinds["character"]
    assert "Ivo Marden" not in kinds.get("person", set())


def test_on_a_documentary_page_the_people_filmed_are_people(extractor: EntityExtractor) -> None:
    kinds = _kinds(
        _extract(
            extractor,
            "This documentary follows Lotte Varga, a climber who goes up frozen waterfalls alone. "
            "His girlfriend, Brette Harkin, is the one who explains her best. Lotte Varga has no phone.",
        )
    )
    assert {"Lotte Varga", "Brette Harkin"} <= kinds["person"]
    assert not {"Lotte Varga", "Brette Harkin"} & kinds.get("character", set())


def test_a_documentary_the_story_makes_is_no_documentary_page() -> None:
    assert not is_documentary(["James vanished seventeen years ago while shooting a documentary about a witch."])
    assert is_documentary(["Marsh's documentary tells how he did it."])
    assert is_documentary(["Documentaries about climbers have become a genre."])


def test_a_first_name_after_a_full_name_is_that_person(extractor: EntityExtractor) -> None:
    kinds = _kinds(
        _extract(
            extractor,
            "Director: Halvard Smeby\nWith: Lucien Varre, Annie Corvo\n\n"
            "A French street performer named Lucien Varre walks a wire between two towers. "
            "Nobody has done it before. Lucien never explains why he did it.",
        )
    )
    assert "Lucien" not in kinds.get("character", set())
    assert "Lucien Varre" in kinds["person"]


def test_a_characters_first_name_shared_with_the_actor_stays_the_characters(extractor: EntityExtractor) -> None:
    kinds = _kinds(
        _extract(
            extractor,
            "Cast: Tobias Wrenfield, Halla Moen\n\n"
            "Tobias Bell is nearing the end of a three-year contract alone on a mining station. Tobias talks to "
            "the robot. Tobias finds a man in the wreck. Wrenfield plays both men.",
        )
    )
    assert "Tobias Bell" in kinds["character"]
    assert "Tobias Bell" not in kinds.get("person", set())
    assert "Tobias Wrenfield" in kinds["person"]


def test_a_relation_after_a_characters_possessive_names_a_character(extractor: EntityExtractor) -> None:
    kinds = _kinds(
        _extract(
            extractor,
            "Cast: Hunter Ravel, Halla Moen\n\n"
            "Walt and Anne have been raising Travis's son, Hunter, who was four when his father vanished. "
            "Hunter Ravel, who plays the boy, is wonderful.",
        )
    )
    assert "Hunter" in kinds["character"]
    assert "Hunter Ravel" in kinds["person"]


def test_a_name_across_a_line_break_is_one_name_on_one_line(extractor: EntityExtractor) -> None:
    entities = _extract(extractor, "A man walks out of the desert. Harry Dean\nStanton plays him. Stanton is great.")
    names = {m.name for m in entities.mentions if m.kind == "person"}
    assert "Harry Dean Stanton" in names
    assert not any("\n" in name for name in names)


def test_a_credit_label_is_no_person(extractor: EntityExtractor) -> None:
    kinds = _kinds(_extract(extractor, _PLOT))
    assert "Cast" not in kinds["person"]
    assert {"Mirelle Dane", "Corwin Ash"} <= kinds["person"]


def test_a_role_noun_then_a_full_name_in_parentheses_names_the_actor(extractor: EntityExtractor) -> None:
    kinds = _kinds(
        _extract(
            extractor,
            "Three stories fold into one another: a private on the beach (Fionn Lorimer), a civilian sailor "
            "(Mark Rylance) and a pilot (Tom Hardy). Nolan cuts between them.",
        )
    )
    assert "Fionn Lorimer" in kinds["person"]
    assert "Fionn Lorimer" not in kinds.get("character", set())


_SILENT = (
    "A farmer, Anselm Brandt, is seduced by Lena Moss, a woman from the city, who persuades him to drown his "
    "wife. Anselm rows her out onto the lake and cannot do it. "
)


def test_a_makers_own_film_is_a_real_persons(extractor: EntityExtractor) -> None:
    kinds = _kinds(
        _extract(
            extractor,
            _SILENT + "F.W. Morvane came to Hollywood in 1926, and Morvane's last film is the only one close.",
        )
    )
    assert "F.W. Morvane" in kinds["person"]
    assert not {"F.W. Morvane", "Morvane"} & kinds["character"]
    assert {"Anselm Brandt", "Lena Moss"} <= kinds["character"]


def test_an_award_won_is_a_real_persons(extractor: EntityExtractor) -> None:
    kinds = _kinds(_extract(extractor, _SILENT + "Greta Vallin won the first Best Actress Oscar for it."))
    assert "Greta Vallin" in kinds["person"]
    assert "Greta Vallin" not in kinds["character"]


def test_a_name_the_table_lacks_compared_with_a_character_is_a_character(extractor: EntityExtractor) -> None:
    kinds = _kinds(
        _extract(
            extractor,
            "Cast: Jake Gyllenhaal, Rene Russo\n\n"
            "Lou Bloom is what you would get if Corvin Tallis read a self-help book. Jake Gyllenhaal plays him "
            "as a man who has learned the vocabulary of business and none of its morals.",
        )
    )
    assert "Corvin Tallis" in kinds["character"]
    assert "Corvin Tallis" not in kinds.get("person", set())


def test_a_name_the_table_lacks_used_as_a_type_is_a_character(extractor: EntityExtractor) -> None:
    kinds = _kinds(_extract(extractor, "A modern-day satire, if you ask me. Rupert Quillane with a camera."))
    assert "Rupert Quillane" in kinds["character"]
    assert "Rupert Quillane" not in kinds.get("person", set())


def _people(entities: PageEntities) -> dict[str, str]:
    return {m.text: m.name for m in entities.mentions if m.kind == "person"}


def test_a_surname_owning_a_film_its_bearer_made_is_that_maker(extractor: EntityExtractor) -> None:
    body = "Annihilation is a strange film. The obvious touchstone is Tarkovsky's Stalker, with its zone that answers."
    people = _people(_extract(extractor, body, title="Annihilation (2018)"))
    assert people.get("Tarkovsky") == "Andrei Tarkovsky"


def test_a_surname_before_a_film_noun_is_the_one_director_of_that_name(extractor: EntityExtractor) -> None:
    people = _people(_extract(extractor, "It reminded me of a quiet summer more than any Miyazaki film."))
    assert people.get("Miyazaki") == "Hayao Miyazaki"


def test_a_well_known_surname_joined_to_a_person_is_that_person(extractor: EntityExtractor) -> None:
    people = _people(_extract(extractor, "Dom, that old heist film has De Niro and Pacino in one diner."))
    assert people.get("Pacino") == "Al Pacino"


def test_every_short_form_of_a_real_person_leaves_the_characters() -> None:
    characters = {
        "mary todd lincoln": "mary todd lincoln",
        "mary todd": "mary todd lincoln",
        "mary": "mary todd lincoln",
        "ripley": "ripley",
    }
    text = "This biopic is a film about Lincoln. Sally Field as Mary Todd Lincoln. Field gives Mary Todd a grief."
    removed = drop_real_people(characters, [text], "Lincoln", "A Film Review: Lincoln", set())
    assert removed == {"mary todd lincoln", "mary todd", "mary"}
    assert characters == {"ripley": "ripley"}


def test_a_trade_a_plot_gives_its_people_too_is_no_evidence() -> None:
    text = "Rupert idolises the late-night host Jerry Langford. The lyricist Dorran Pike wrote the songs."
    assert real_names([text], {"jerry langford", "dorran pike"}, None, "") == {"dorran pike"}


def test_makers_named_by_their_work_or_their_partners_are_people(extractor: EntityExtractor) -> None:
    people = _people(
        _extract(
            extractor,
            "The adaptation keeps the melancholy of Emily St. Clair Vantongeren's novel. Odile Varsac's photography "
            "looks like oil paint. The script, which Labaki wrote with Jihad Horvane and Michelle Kesterwan, leans on "
            "melodrama.",
        )
    )
    assert {"Emily St. Clair Vantongeren", "Odile Varsac", "Jihad Horvane", "Michelle Kesterwan"} <= set(
        people.values()
    )


def test_a_word_opening_a_line_with_a_colon_is_a_label(extractor: EntityExtractor) -> None:
    kinds = _kinds(_extract(extractor, _PLOT + "\n\nVerdict: essential, and hard to watch."))
    assert "Verdict" not in kinds.get("person", set()) | kinds.get("character", set())
