"""How far a work's name reaches and which company backs it (issue 12, class 4, works): articles
inside dated and joined runs, one-word titles with their year, the film at the tail of a run that
is no title, subtitles and sequel parts, lists of titles. Sentences written for these tests from
the forms in docs/phrasing-catalogue.md (section 7); each test fails without the rule it names."""

from __future__ import annotations

from extract.nlp.extractor import EntityExtractor
from extract.records import WORK_KINDS, PageEntities
from extract.text_reader import parse_text_page


def _extract(extractor: EntityExtractor, body: str, title: str = "Review: Rope (1948)") -> PageEntities:
    return extractor.extract(parse_text_page(f"{title}\n\n{body}\n", "case.txt"))


def _works(entities: PageEntities) -> set[str]:
    return {m.name for m in entities.mentions if m.kind in WORK_KINDS}


def test_a_dated_title_after_a_maker_keeps_its_article(extractor: EntityExtractor) -> None:
    works = _works(_extract(extractor, "King Vidor's The Crowd (1928) is its only real rival."))
    assert "The Crowd" in works


def test_one_word_with_its_year_is_a_title_the_table_lacks(extractor: EntityExtractor) -> None:
    works = _works(_extract(extractor, "Arrival (2016) is still my favourite of his."))
    assert "Arrival" in works


def test_a_joined_run_may_open_with_an_article(extractor: EntityExtractor) -> None:
    works = _works(_extract(extractor, "Peter Jackson keeps Shelob back for The Return of the King, sadly."))
    assert "The Lord of the Rings: The Return of the King" in works  # the famous film's subtitle names it
    assert "The Return" not in works
    works = _works(_extract(extractor, "The third act is lifted from Stephen King's The Mist of the Morning, whole."))
    assert "The Mist of the Morning" in works


def test_the_film_at_the_tail_of_a_run_is_the_work(extractor: EntityExtractor) -> None:
    works = _works(
        _extract(
            extractor,
            "Joi feels like a darker cousin of Samantha in Her, and I loved it. "
            "Readers of The Lord of the Rings were furious about it.",
        )
    )
    assert {"Her", "The Lord of the Rings"} <= works
    assert not any(work.startswith(("Samantha", "Readers")) for work in works)


def test_one_word_after_the_article_stays_in_the_title(extractor: EntityExtractor) -> None:
    works = _works(_extract(extractor, "Ghost in the Shell did it first, and better."))
    assert "Ghost in the Shell" in works
    assert "Shell" not in works


def test_a_subtitle_after_a_colon_belongs_to_the_title(extractor: EntityExtractor) -> None:
    works = _works(
        _extract(
            extractor,
            "With Dune: Part Two in cinemas, I went back. After Top Gun: Maverick, he thinks he saves cinema.",
        )
    )
    assert {"Dune: Part Two", "Top Gun: Maverick"} <= works
    assert not {"Dune", "Top Gun"} & works


def test_a_subtitle_after_a_dash_needs_two_words(extractor: EntityExtractor) -> None:
    works = _works(
        _extract(
            extractor,
            "Seventh time out, and Mission: Impossible – Dead Reckoning Part One is long. "
            "I watched Heat – Mann's best – again.",
        )
    )
    assert "Mission: Impossible – Dead Reckoning Part One" in works
    assert "Heat" in works


def test_a_verdict_after_a_colon_is_no_subtitle(extractor: EntityExtractor) -> None:
    works = _works(_extract(extractor, "My one word on Top Gun: Brilliant."))
    assert "Top Gun" in works
    assert not any(work.startswith("Top Gun:") for work in works)


def test_a_parenthesised_list_with_one_known_title_is_a_list_of_titles(extractor: EntityExtractor) -> None:
    entities = _extract(
        extractor,
        "Mann has made four films I would call great (Thief, Manhunter, Heat, The Insider), and this is "
        "the lightest. The detective (Daniel Craig, enjoying himself) meets Andi (Janelle Monáe, Kate Hudson).",
    )
    works = _works(entities)
    assert {"Thief", "Manhunter", "Heat", "The Insider"} <= works
    assert not {"Daniel Craig", "Janelle Monáe", "Kate Hudson"} & works


def test_a_foreign_title_in_a_parenthesised_list_keeps_its_small_words(extractor: EntityExtractor) -> None:
    works = _works(
        _extract(extractor, "Her earlier films (Naissance des pieuvres, Tomboy, Bande de filles) were about girls.")
    )
    assert {"Naissance des pieuvres", "Bande de filles"} <= works


def _names(entities: PageEntities) -> dict[str, str]:
    return {m.text: m.name for m in entities.mentions if m.kind in WORK_KINDS}


def test_famous_films_by_their_initials(extractor: EntityExtractor) -> None:
    names = _names(
        _extract(
            extractor,
            "Everyone says ESB is the exception. Is LOTR better than The Hobbit films? MI3 is the underrated one. "
            "The CGI looked cheap on NBC, in the USA at least.",
        )
    )
    assert names.get("ESB") == "The Empire Strikes Back"  # its common name (Gazetteer.common_title)
    assert names.get("MI3") == "Mission: Impossible III"
    assert names.get("LOTR") == "The Lord of the Rings"
    assert not {"CGI", "NBC", "USA"} & set(names)


def test_a_famous_film_by_its_subtitle_but_no_place(extractor: EntityExtractor) -> None:
    names = _names(
        _extract(extractor, "The Empire Strikes Back is the exception. We drove to Los Angeles for the premiere.")
    )
    assert names.get("The Empire Strikes Back") == "The Empire Strikes Back"  # its common name (Gazetteer.common_title)
    assert not any("Los Angeles" in name for name in names.values())


def test_a_clause_after_a_colon_is_no_subtitle(extractor: EntityExtractor) -> None:
    works = _works(
        _extract(extractor, "Jackson takes more liberties here than in The Fellowship of the Ring: Faramir is changed.")
    )
    assert not any(work.endswith("Faramir") for work in works)


def test_a_run_joining_known_titles_is_split(extractor: EntityExtractor) -> None:
    works = _works(
        _extract(
            extractor,
            "I watched Old Joy and Wendy and Lucy on the same night. "
            "The problem is that King's novel The Shining and Kubrick's film are two different stories.",
        )
    )
    assert {"Old Joy", "Wendy and Lucy", "The Shining"} <= works
    assert not any(" and " in work and work != "Wendy and Lucy" for work in works)


def test_a_viewing_place_after_at_is_no_part_of_the_title(extractor: EntityExtractor) -> None:
    works = _works(_extract(extractor, "I saw T2 at the Odeon when I was eleven.", title="T2 at 30 (1991)"))
    assert not any("Odeon" in work for work in works)


def test_a_run_after_a_maker_s_verb_is_a_work(extractor: EntityExtractor) -> None:
    works = _works(
        _extract(
            extractor,
            "The Daniels, who made Swiss Army Man, throw in hot dog fingers. "
            "It was by Makoto Shinkai, whose 5 Centimeters per Second I had loved years ago. "
            "Bong Joon-ho, who made New York his home, is not in it.",
        )
    )
    assert {"Swiss Army Man", "5 Centimeters per Second"} <= works
    assert not any("New York" in work for work in works)


def test_one_word_after_a_determined_kind_noun_is_a_work(extractor: EntityExtractor) -> None:
    works = _works(
        _extract(
            extractor,
            "The 1922 film Nosferatu still works. His novel It scared me. Film Noir is a genre, and we met at "
            "the Movie Club.",
        )
    )
    assert {"Nosferatu", "It"} <= works
    assert not {"Noir", "Club"} & works
