"""The English fast path in front of lingua agrees with lingua wherever it answers."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from extract.io import iter_page_files, read_file
from extract.language import MIN_CONFIDENCE, SAMPLE_CHARS, _detector, detect_language, page_text, plainly_english

ROOT = Path(__file__).resolve().parent.parent


def _lingua(sample: str) -> str | None:
    ranked = _detector().compute_language_confidence_values(sample)
    if not ranked or ranked[0].value < MIN_CONFIDENCE:
        return None
    return str(ranked[0].language.iso_code_639_1.name.lower())


def _samples() -> list[tuple[str, str, str | None]]:
    """(name, sample, its language): the gold's where a review has one, else lingua's."""
    roots = [ROOT / "tests" / "fixtures" / "pages", ROOT / "examples"]
    samples = []
    for path in iter_page_files(roots):
        if path.name.endswith(".json"):
            continue
        for page in read_file(path):
            sample = page_text(page)[:SAMPLE_CHARS]
            samples.append((path.name, sample, _lingua(sample)))
    for path in sorted((ROOT / "tests" / "fixtures" / "reviews").rglob("*.txt")):
        gold = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
        samples.append((path.name, path.read_text(encoding="utf-8")[:SAMPLE_CHARS], gold["language"]))
    return samples


def test_the_fast_path_says_english_only_where_the_page_is_english() -> None:
    """Lingua is the judge where no gold says otherwise (an English review under a German title
    ('M – Eine Stadt sucht einen Mörder') is English by its gold, German by lingua's sample)."""
    samples = _samples()
    taken = [(name, language) for name, sample, language in samples if plainly_english(sample)]
    assert [name for name, language in taken if language != "en"] == []
    english = [name for name, _, language in samples if language == "en"]
    assert len(taken) >= 0.7 * len(english)  # it pays for itself on most English pages


@pytest.mark.parametrize(
    "sample",
    [
        # A French review quoting English titles: "The" and "the" are not English prose.
        "The Thing de Carpenter reste un sommet : la peur y naît du doute, pas du sang. "
        "On pense à The Fog, à The Thing from Another World, mais le film a sa propre voix, "
        "froide et patiente, et la musique de Morricone pèse sur chaque plan du début à la fin.",
        # Dutch shares "is", "was", "of" with English; none of them counts.
        "De film is lang en was soms traag, maar of je het nu mooi vindt of niet, de acteurs "
        "spelen met veel overtuiging en het verhaal blijft je bij, ook weken na de voorstelling "
        "in de kleine zaal van het filmhuis aan de gracht.",
    ],
)
def test_other_languages_are_left_to_lingua(sample: str) -> None:
    assert not plainly_english(sample)
    assert detect_language(sample) == _lingua(sample) != "en"


def test_english_prose_takes_the_fast_path() -> None:
    sample = (
        "It is a patient film, and the director trusts that we will stay with it. The actors are "
        "good, but what stays with you is the sound of the harbour, which the film never explains."
    )
    assert plainly_english(sample)
    assert detect_language(sample) == "en"
