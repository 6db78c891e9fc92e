"""Works found on pages written by people who never read the rules (issue 12, class 4): titles the
tagger calls people, "and" for "&", a title with "at the" in it, works a maker's or a release verb
takes, films named near their director (in lower-case prose too), and a nationality before a noun.
Sentences written for these tests in our own words from the forms in docs/phrasing-catalogue.md
(section F2); each test fails without the rule it names."""

from __future__ import annotations

from extract.nlp.extractor import EntityExtractor
from extract.nlp.gazetteer import Gazetteer
from extract.nlp.work_names import NameWords
from extract.records import WORK_KINDS, PageEntities
from extract.text_reader import parse_text_page


def _extract(extractor: EntityExtractor, body: str, title: str = "Review: Rope (1948)") -> PageEntities:
    return extractor.extract(parse_text_page(f"{title}\n\n{body}\n", "case.txt"))


def _works(entities: PageEntities) -> set[str]:
    return {m.name for m in entities.mentions if m.kind in WORK_KINDS}


def _people(entities: PageEntities) -> set[str]:
    return {m.text for m in entities.mentions if m.kind == "person"}


def test_the_table_words_tell_a_title_from_a_name(extractor: EntityExtractor) -> None:
    lexicon = NameWords.of(extractor.gazetteer)
    assert lexicon.nameless("Spirited Away") and lexicon.nameless("Certain Women")
    assert not lexicon.nameless("Sarah Paulson")  # a first name
    assert not lexicon.nameless("Hiromasa Yonebayashi")  # no title uses these words
    assert not lexicon.nameless("Mr. Glass")  # an honorific


def test_a_title_the_tagger_calls_a_person_is_a_work_in_a_comparison(extractor: EntityExtractor) -> None:
    entities = _extract(extractor, "It is the loveliest cartoon I have sat through since Spirited Away, honestly.")
    assert "Spirited Away" in _works(entities)
    assert "Spirited Away" not in _people(entities)


def test_and_stands_for_an_ampersand_in_a_title(extractor: EntityExtractor) -> None:
    gazetteer: Gazetteer = extractor.gazetteer
    assert gazetteer.films_titled("Batman and Robin") == gazetteer.films_titled("Batman & Robin") != []
    works = _works(_extract(extractor, "Honestly it is not even Batman and Robin, and that is saying a lot."))
    assert "Batman & Robin" in works and "Batman" not in works


def test_at_the_inside_a_title_after_a_kind_noun(extractor: EntityExtractor) -> None:
    works = _works(_extract(extractor, "They cut the album A Night at the Opera in a rented barn."))
    assert "A Night at the Opera" in works and "A Night" not in works
    works = _works(_extract(extractor, "I saw T2 at the Odeon when I was eleven.", title="T2 at 30 (1991)"))
    assert not any("Odeon" in work for work in works)  # after a viewing verb, "at the" still names where


def test_the_object_of_a_makers_verb_is_a_work(extractor: EntityExtractor) -> None:
    works = _works(_extract(extractor, "Hiromasa Yonebayashi, who directed Arrietty, keeps every scene quiet."))
    assert "Arrietty" in works
    works = _works(_extract(extractor, "Hayao Miyazaki would go bigger with Ponyo and Princess Mononoke later."))
    assert {"Ponyo", "Princess Mononoke"} <= works


def test_the_subject_of_a_release_verb_is_a_work(extractor: EntityExtractor) -> None:
    works = _works(_extract(extractor, "Rocketman, which came out a year later, did the whole thing better."))
    assert "rocketman" in {work.casefold() for work in works}  # the table's "RocketMan" (1997) shares the name


def test_a_makers_verb_takes_no_place_or_thing(extractor: EntityExtractor) -> None:
    works = _works(_extract(extractor, "Janusz Kamiński shoots the White House in brown candlelight."))
    assert "White House" not in works
    works = _works(_extract(extractor, "Tom Cruise loses the girl and followed her back to New York."))
    assert "New York" not in works


def test_a_film_named_near_its_director_is_a_work(extractor: EntityExtractor) -> None:
    works = _works(_extract(extractor, "Vertigo is where Hitchcock finally used her properly."))
    assert "Vertigo" in works


def test_lower_case_prose_names_films_near_their_director(extractor: EntityExtractor) -> None:
    body = (
        "so i finally watched it. it was fine i guess. lynch basically made mulholland drive out of this "
        "and i think mulholland drive is better. give me something warmer next week."
    )
    assert "Mulholland Drive" in _works(_extract(extractor, body))
    capitalised = "So I finally watched it. Lynch says the road is a mulholland drive of the mind. It was fine."
    assert "Mulholland Drive" not in _works(_extract(extractor, capitalised))  # capitals elsewhere: a phrase


def test_a_nationality_before_a_noun_is_no_title(extractor: EntityExtractor) -> None:
    works = _works(_extract(extractor, "Skip it. The American remake is slicker and has a bigger budget."))
    assert "The American" not in works


def test_furniture_lines_name_no_work(extractor: EntityExtractor) -> None:
    body = (
        "Black Narcissus is the other one to see.\n\nRelated\nPeeping Tom Review\nA Matter of Life and Death Review\n\n"
        "Posted in Drive-In Movies, Film Reviews, Science fiction films | Tagged Powell"
    )
    works = _works(_extract(extractor, body))
    assert "Black Narcissus" in works
    assert not works & {"Peeping Tom", "A Matter of Life and Death", "Drive-In Movies", "Film Reviews", "Science"}


def test_an_obscure_title_before_its_noun_describes(extractor: EntityExtractor) -> None:
    works = _works(_extract(extractor, "The desert trek is shot in a stark, almost Western style, which suits it."))
    assert "Western" not in works
    works = _works(_extract(extractor, "The whole thing is shot in a cold, almost Alien style, which suits it."))
    assert "Alien" in works  # a famous film stays a title before its noun


def test_a_shouted_line_in_quotes_is_no_title(extractor: EntityExtractor) -> None:
    works = _works(
        _extract(extractor, "He runs between the cars and screams into the lens, “You're next!” and it ends.")
    )
    assert "You're Next" not in works


def test_a_year_before_a_description_is_no_title(extractor: EntityExtractor) -> None:
    works = _works(_extract(extractor, "It is far better than the 2007 TV series, which nobody remembers."))
    assert not any(work.startswith("2007") for work in works)


def test_a_kind_noun_outweighs_the_parsers_place(extractor: EntityExtractor) -> None:
    works = _works(_extract(extractor, "The director first made a ten-minute short film Monster in her home town."))
    assert "Monster" in works
    works = _works(_extract(extractor, "For more zombies in armour, the Netflix show Kingdom is even better."))
    assert "Kingdom" in works


def test_a_joined_title_after_a_sentences_first_word(extractor: EntityExtractor) -> None:
    works = _works(_extract(extractor, "Fair enough. And Birds of Prey finally gave her a film of her own."))
    assert "Birds of Prey" in works and "Prey" not in works
    works = _works(_extract(extractor, "It is a maze of a city. Shades of Cube there, honestly."))
    assert "Cube" in works  # "shades of" takes a work: the run is no title


def test_a_known_title_reads_on_through_of(extractor: EntityExtractor) -> None:
    works = _works(_extract(extractor, "Boredom is the horror here. The Lost City of Z tried that and failed."))
    assert "The Lost City of Z" in works and "The Lost City" not in works


def test_a_format_word_ends_a_run(extractor: EntityExtractor) -> None:
    works = _works(_extract(extractor, "I own Street Fighter on DVD and I defended it at a party."))
    assert "Street Fighter" in works and "Street Fighter on DVD" not in works


def test_a_run_after_a_persons_possessive_is_a_work(extractor: EntityExtractor) -> None:
    works = _works(_extract(extractor, "On the podcast Priya finally saw Michelangelo Antonioni's Blow-Up last week."))
    assert "Blow-Up" in works
    works = _works(_extract(extractor, "Years later, James Gunn's The Suicide Squad mended nearly all of it."))
    assert "The Suicide Squad" in works
    works = _works(_extract(extractor, "Farhan Akhtar's Don: The Chase Begins Again came much later and is slicker."))
    assert "Don: The Chase Begins Again" in works


def test_an_actors_possessive_before_a_part_is_no_work(extractor: EntityExtractor) -> None:
    works = _works(_extract(extractor, "Steve Carell's Brick gets all the best lines in it."))
    assert "Brick" not in works


def test_lower_case_prose_names_well_known_films(extractor: EntityExtractor) -> None:
    works = _works(
        _extract(extractor, "honestly it's just the talented mr. ripley in a nicer house and nobody will say so")
    )
    assert "The Talented Mr. Ripley" in works
    works = _works(_extract(extractor, "old man, road trip, regrets, the end. that is the whole film and i was bored"))
    assert "Road Trip" not in works  # a film too little known to be named without capitals


def test_a_place_at_a_runs_tail_is_no_film(extractor: EntityExtractor) -> None:
    works = _works(_extract(extractor, "Every road movie owes it. Taxi Driver is basically The Searchers in New York."))
    assert "New York" not in works and "The Searchers" in works


def test_titles_in_capitals_in_running_text(extractor: EntityExtractor) -> None:
    body = (
        "Day four of the festival and my feet hurt, but the films have been kind to me so far.\n\n"
        "PERFECT STRANGERS AT SEA – ★★★½\n\nA ferry, two widowers and a lot of weather. Lovely.\n\n"
        "I still think of it as a better JAWS for grown-ups, and that was a BIG mistake of mine."
    )
    works = _works(_extract(extractor, body))
    assert any(w.casefold() == "perfect strangers at sea" for w in works)  # a heading before its rating
    assert "Jaws" in works  # a famous film in capitals
    assert "Big" not in works  # a word in capitals before its noun


def test_a_singing_verb_takes_a_song(extractor: EntityExtractor) -> None:
    entities = _extract(extractor, "In the karaoke bar she sings Losing My Religion to an empty room.")
    assert any(m.kind == "song" and m.text == "Losing My Religion" for m in entities.mentions)
    works = _works(_extract(extractor, "My aunt was covering Dolly Parton songs all night long."))
    assert "Dolly Parton" not in works
    works = _works(_extract(extractor, "At the wedding everyone sings ABBA until three in the morning."))
    assert "ABBA" not in works and "Abba" not in works  # a band in capitals
