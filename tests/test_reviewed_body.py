"""The reviewed work when the post title names none (issue 12, class 1): positive evidence from
the body, not a lower bar. Each page is written for these tests, modelled on the forms listed in
docs/phrasing-catalogue.md (section 1): a director's name as the headline, "Went to see it
tonight", a question headline over a series episode, an original title and the English one."""

from __future__ import annotations

from extract.nlp.extractor import EntityExtractor
from extract.text_reader import parse_text_page
from extract.titles import strip_decorations, title_readings


def _reviewed(extractor: EntityExtractor, text: str) -> tuple[str, str] | None:
    entities = extractor.extract(parse_text_page(text, "page.txt"))
    return (entities.reviewed.name, entities.reviewed.kind) if entities.reviewed else None


def test_an_original_title_and_the_english_one_split_at_a_slash() -> None:
    readings = [(r.title, r.year) for r in title_readings("DE DRIE WENSEN / The Three Wishes (1937)")]
    assert ("The Three Wishes", 1937) in readings


def test_an_episode_tail_after_a_series_name() -> None:
    assert strip_decorations('Slow Horses, episode 2, "Work Drinks"')[0] == "Slow Horses"
    assert strip_decorations("Slow Horses S02E04 review")[0] == "Slow Horses"
    assert strip_decorations("Podcast Episode 12: Jaws (1975)")[0] == "Jaws (1975)"  # a label, not a tail
    assert strip_decorations("Kill Bill Part 2")[0] == "Kill Bill Part 2"  # a sequel, not an episode


def test_a_question_headline_over_a_series_episode(extractor: EntityExtractor) -> None:
    # "Hurricane" is a film of the table, but here it is the episode's name
    page = (
        "Can a show about the end of the world be this gentle?\n\n"
        'Slow Horses, episode 3, "Hurricane"\n\n'
        "The spies in the bad office finally get a case, and Gary Oldman gets to be rude to everyone.\n\n"
        "Lamb spends the hour in a pub in Soho, eating crisps over the files. It is the funniest episode yet.\n"
    )  # "Soho" ends a clause before "It is", not the sentence's last clause: no anaphora
    assert _reviewed(extractor, page) == ("Slow Horses", "tv")


def test_a_directors_name_as_headline_and_the_film_as_a_verdicts_subject(extractor: EntityExtractor) -> None:
    page = (
        "Denis Villeneuve\n\n"
        "Part two of my walk through his films.\n\n"
        "Prisoners is the bleakest thing he has made since Incendies, and the longest. "
        "Two girls go missing on Thanksgiving and a father stops waiting for the police.\n"
    )
    assert _reviewed(extractor, page) == ("Prisoners", "film")


def test_the_film_the_critic_saw(extractor: EntityExtractor) -> None:
    page = (
        "Went out tonight\n\n"
        "Finally caught Memento at the revival house, twenty years late. A man with no short-term "
        "memory hunts his wife's killer with notes and tattoos, and the story runs backwards.\n\n"
        "Now I want to see Insomnia again.\n"
    )
    assert _reviewed(extractor, page) == ("Memento", "film")


def test_a_film_named_only_as_the_other_end_of_a_comparison(extractor: EntityExtractor) -> None:
    page = (
        "Night drive\n\n"
        "Nothing this tense since Heat. Collateral is a lean ride through Los Angeles at night, "
        "and it is smaller than Heat in every way, which suits it.\n\n"
        "By the end Collateral is as much about loneliness as about the job.\n"
    )
    assert _reviewed(extractor, page) == ("Collateral", "film")


def test_a_title_the_table_lacks_as_a_verdicts_subject_in_mid_sentence(extractor: EntityExtractor) -> None:
    page = (
        "What is in the cloud?\n\n"
        "Jordan Peele's third film is a strange beast, and from its first scene Nope is as odd as "
        "anything in a multiplex this year. Two siblings train horses for the movies in a dry valley.\n"
    )
    assert _reviewed(extractor, page) == ("Nope", "film")


def test_a_character_who_shares_a_films_one_word_name(extractor: EntityExtractor) -> None:
    page = (
        "What is in the cloud?\n\n"
        "Jordan Peele's third film is a strange beast, and from its first scene Nope is as odd as "
        "anything in a multiplex this year. Keke Palmer plays the sister, Red, who never stops "
        "talking, and Red is the best thing in it.\n"
    )
    assert _reviewed(extractor, page) == ("Nope", "film")


def test_the_film_named_as_such_beats_a_place_used_as_an_adjective(extractor: EntityExtractor) -> None:
    # "Copenhagen" is a film of the table too, here an adjective before "bus depot"
    page = (
        "Saturday, April 10, 2021\n\n"
        "One more for the road\n\n"
        "Two drivers at a Copenhagen bus depot bet on who can go longest without a word. "
        "That is the whole of the Danish comedy Silent Routes, and it is enough.\n"
    )
    assert _reviewed(extractor, page) == ("Silent Routes", "film")


def test_the_next_sentence_speaks_of_the_film(extractor: EntityExtractor) -> None:
    page = (
        "That'll do\n\n"
        "We put on Babe for the kids on Sunday afternoon. It is still the gentlest family film I know, "
        "a piglet on a farm who learns to herd sheep by asking them nicely.\n"
    )
    assert _reviewed(extractor, page) == ("Babe", "film")


def test_the_film_the_critic_expected_to_be_something_else(extractor: EntityExtractor) -> None:
    page = (
        "Tuesday, May 3, 2022\n\n"
        "Not the picture on the poster\n\n"
        "I had expected Titane to be a body-horror shocker about cars. It is a quiet, sad farm story "
        "about a couple in Iceland and the strange child they decide to raise.\n"
    )
    assert _reviewed(extractor, page) == ("Titane", "film")


def test_a_chapter_after_a_comma_is_an_episode_even_before_a_colon() -> None:
    assert strip_decorations("Andor, Chapter 3: Reckoning")[0] == "Andor"
    assert strip_decorations("Chapter 27: The Shining")[0] == "The Shining"  # a label, not a tail


def test_an_episode_headline_goes_before_the_bodys_films(extractor: EntityExtractor) -> None:
    # the body names a film of the table with its year and in a verdict; the first line still says what is reviewed
    page = (
        "Is this still Star Wars?\n\n"
        "Andor, Chapter 3: Reckoning\n\n"
        "The episode plays like a prison film, and Yojimbo (1961) is a better film than most of what it borrows. "
        "Yojimbo is a classic; this is the best hour the show has made.\n"
    )
    assert _reviewed(extractor, page) == ("Andor", "tv")


def test_a_closing_verdict_on_a_name_the_parser_took_for_a_person(extractor: EntityExtractor) -> None:
    page = (
        "A week in the life of a bus driver\n\n"
        "He wakes at six, walks to the depot and drives the same route through a small New Jersey city, "
        "listening to his passengers. In the evening he walks the dog to the bar and writes poems.\n\n"
        "Nothing happens and everything does. Hoboken is a small miracle, and I will think about it for weeks.\n"
    )
    assert _reviewed(extractor, page) == ("Hoboken", "film")


def test_a_title_after_the_directors_possessive(extractor: EntityExtractor) -> None:
    page = (
        "Cookie and King-Lu\n\n"
        "Kelly Reichardt's Second Calf opens in the present day, with a dog digging up two skeletons, and then "
        "goes back two hundred years to find out who they were.\n"
    )
    assert _reviewed(extractor, page) == ("Second Calf", "film")


def test_a_predicate_that_calls_the_words_a_work(extractor: EntityExtractor) -> None:
    # the parser takes "Normal People" for a person; no person "is as faithful an adaptation"
    page = (
        "Sally Rooney on the small screen\n\n"
        "I read the book on a train two summers ago, so I came to this nervous. The BBC's Normal People "
        "is as faithful an adaptation as I have seen, twelve half-hour episodes from school to college.\n"
    )
    assert _reviewed(extractor, page) == ("Normal People", "film")


def test_the_film_shown_to_the_children(extractor: EntityExtractor) -> None:
    # the headline "Superman" is a film of the table too, which the body never names
    page = (
        "Superman\n\n"
        "We showed our daughter The Iron Giant last weekend, and she did not move for ninety minutes. "
        "Brad Bird, who went on to The Incredibles, draws it all like an old magazine cover.\n"
    )
    assert _reviewed(extractor, page) == ("The Iron Giant", "film")


def test_a_long_title_opening_a_sentence_holds_a_shorter_film(extractor: EntityExtractor) -> None:
    page = (
        "Is it worth the hype?\n\n"
        "Short answer: mostly. Everything Everywhere All at Once is exhausting in the best way, a kung-fu "
        "comedy about a laundromat owner doing her taxes.\n"
    )
    assert _reviewed(extractor, page) == ("Everything Everywhere All at Once", "film")


def test_a_known_title_ends_where_the_table_says(extractor: EntityExtractor) -> None:
    page = "Rewatch diary #12\n\nRewatched The Apartment on Sunday night, for maybe the tenth time. A clerk lends his flat.\n"
    assert _reviewed(extractor, page) == ("The Apartment", "film")


def test_the_film_the_critic_got_round_to(extractor: EntityExtractor) -> None:
    page = (
        "Three hours in a red Saab\n\n"
        "I finally got round to Silent Harbour, all three hours of it, on a wet Sunday. "
        "A widowed director stages a play in a port town with a cast who share no language.\n"
    )
    assert _reviewed(extractor, page) == ("Silent Harbour", "film")


def test_a_film_of_the_table_that_has_been_copied(extractor: EntityExtractor) -> None:
    page = (
        "Noirvember, night 6\n\n"
        "Tonight: an anklet and a staircase. Double Indemnity has been copied so often that it should feel "
        "like a cliché by now, and it never does.\n"
    )
    assert _reviewed(extractor, page) == ("Double Indemnity", "film")


def test_an_original_title_with_the_english_one_in_parentheses(extractor: EntityExtractor) -> None:
    # the body's two names of one film make one group, led by the title the film table knows
    page = (
        "Bunker days\n\nSaturday, 9 April 2011\n\nI finally got around to Der Untergang (Downfall, 2004). "
        "Bruno Ganz is frightening. Downfall is long and grey, and I am glad I saw it.\n"
    )
    entities = extractor.extract(parse_text_page(page, "page.txt"))
    assert entities.reviewed is not None and (entities.reviewed.name, entities.reviewed.year) == ("Downfall", 2004)


def test_a_release_year_written_out_after_the_title(extractor: EntityExtractor) -> None:
    # the table lacks the film; "released in 2014" is its year, as "(2014)" would be
    page = (
        "Studio Ghibli : one last summer\n\n“When Marnie Was There,” released in 2014, was the last film "
        "Studio Ghibli made before its break. Anna is sent to the seaside, and the film is lovely.\n"
    )
    entities = extractor.extract(parse_text_page(page, "page.txt"))
    assert entities.reviewed is not None
    assert (entities.reviewed.name, entities.reviewed.year) == ("When Marnie Was There", 2014)


def test_a_second_title_after_aka_before_the_year(extractor: EntityExtractor) -> None:
    page = (
        "Wow\n\nWow, did I love Ace in the Hole (aka The Big Carnival) (1951). Kirk Douglas plays a reporter "
        "who keeps a man trapped in a cave for the story.\n"
    )
    entities = extractor.extract(parse_text_page(page, "page.txt"))
    assert entities.reviewed is not None and (entities.reviewed.name, entities.reviewed.year) == (
        "Ace in the Hole",
        1951,
    )


def test_a_place_or_a_kind_of_person_before_the_next_sentence_is_no_work(extractor: EntityExtractor) -> None:
    # "It is funnier" speaks of the film, not of Uruguay nor of "a Nazi"
    page = (
        "“MR. KAPLAN” (Foreign Film Review & Trailer)\n\nA retired man in Uruguay decides to kidnap a Nazi. "
        "It is funnier than it sounds.\n"
    )
    assert _reviewed(extractor, page) == ("Mr. Kaplan", "film")


def test_a_subtitle_alone_names_the_film(extractor: EntityExtractor) -> None:
    page = "Khaaan!\n\nThe Wrath of Khan is the best film of the series, and Ricardo Montalban chews the scenery.\n"
    assert _reviewed(extractor, page) == ("Star Trek II: The Wrath of Khan", "film")


def test_the_critic_s_reaction_to_the_film(extractor: EntityExtractor) -> None:
    page = "Sunnyside Up\n\nToy Story 3 made me cry in front of my kids, and it is better than Toy Story 2.\n"
    assert _reviewed(extractor, page) == ("Toy Story 3", "film")


def test_the_film_that_opened_this_weekend(extractor: EntityExtractor) -> None:
    page = "Far Far Away\n\nShrek 2 opened this weekend and it's funnier than the first Shrek.\n"
    assert _reviewed(extractor, page) == ("Shrek 2", "film")


def test_the_subject_of_a_comparison_over_its_object(extractor: EntityExtractor) -> None:
    page = "Nine years later\n\nJesse and Celine meet again, and Before Sunset is even better than Before Sunrise.\n"
    assert _reviewed(extractor, page) == ("Before Sunset", "film")


def test_a_version_of_the_film_the_critic_saw(extractor: EntityExtractor) -> None:
    page = (
        "Tears in rain\n\nI finally saw the Final Cut of Blade Runner on a big screen. Rutger Hauer owns the ending.\n"
    )
    assert _reviewed(extractor, page) == ("Blade Runner", "film")


def test_the_one_film_of_a_director_the_body_names(extractor: EntityExtractor) -> None:
    # "Jaws" is named once with no verdict; Spielberg made it and none of the other films named
    page = (
        "Summer of the shark\n\nForty years ago this summer, Jaws invented the blockbuster. Spielberg was "
        "twenty-seven. It is still scarier than Deep Blue Sea.\n"
    )
    assert _reviewed(extractor, page) == ("Jaws", "film")


def test_a_sentence_opening_title_called_a_movie(extractor: EntityExtractor) -> None:
    page = "Heptapods\n\nArrival is the thinking person's alien movie. Amy Adams plays a linguist.\n"
    assert _reviewed(extractor, page) == ("Arrival", "film")


def test_a_possessive_pronoun_opening_a_sentence_is_no_film(extractor: EntityExtractor) -> None:
    # "Mine" is a film of the table; "Mine is Vertigo" names the critic's choice, not a film called Mine
    page = "What makes a masterpiece?\n\nPeople ask me which film is the greatest. Mine is the one I saw last.\n"
    assert _reviewed(extractor, page) is None


def test_the_film_that_won_a_prize(extractor: EntityExtractor) -> None:
    page = "Bong's best\n\nParasite won the Palme d'Or, and it deserves it. The Kims move into the Parks' house.\n"
    assert _reviewed(extractor, page) == ("Parasite", "film")
