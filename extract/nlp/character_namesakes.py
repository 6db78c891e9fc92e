"""Namesakes: full names of the film table whose name alone is no proof of the person: a plot's
"Tom Cole" is rarely the Tom Cole of one or two films the text never names."""

from __future__ import annotations

from extract.nlp.characters import full_name
from extract.nlp.gazetteer import Gazetteer
from extract.nlp.realness import about_a_life

_NAMESAKE_CREDITS = 2  # films of a table person whose name alone is no proof of them


class _Namesakes:
    """The page's full names the film table knows only as likely namesakes (``_namesake``), unless
    the text is about a real life, where the parts are real people ("Gwilym Lee as Brian May").
    Asked only of the names a part's form finds among the actors, each once."""

    def __init__(self, text: str, gazetteer: Gazetteer | None) -> None:
        self.text, self.gazetteer = text, gazetteer
        self.known: dict[str, bool] = {}
        self.life: bool | None = None

    def has(self, key: str) -> bool:
        if self.gazetteer is None or " " not in key:
            return False
        if key not in self.known:
            self.known[key] = _namesake(key, self.text, self.gazetteer)
        if self.known[key] and self.life is None:
            self.life = about_a_life(self.text)
        return self.known[key] and not self.life


def _namesake(key: str, text: str, gazetteer: Gazetteer) -> bool:
    """Whether the film table's person of that (folded) name is likely only a namesake: of one or
    two films, none of them named in the text. Half the table's people have one credit; a plot's
    "Tom Cole" is rarely the Tom Cole of Smooth Talk."""
    person = gazetteer.person_named(key)
    if person is None:
        return False
    films = gazetteer.credits[person]  # none: the supplement's crews, critics and authors, well known
    return 0 < len(films) <= _NAMESAKE_CREDITS and not any(gazetteer.films[f].title in text for f in films)


_WEAK_NAMESAKE_CREDITS = 5  # a table person this little credited, of no film the text names, may be a part


def _namesake_outside(outside: str, inside: str, text: str, gazetteer: Gazetteer) -> bool:
    """Whether "X (Y)" keeps the critics' order "Character (Actor)" though the film table knows X:
    Y is a full name the table does not hold and X is a person of a few films the text never names
    ("Mark Lewis (Carl Boehm)": the table's Mark Lewis is someone else)."""
    person = gazetteer.person_named(outside)
    if person is None or not full_name(inside) or gazetteer.person_named(inside) is not None:
        return False
    films = gazetteer.credits[person]
    return 0 < len(films) <= _WEAK_NAMESAKE_CREDITS and not any(gazetteer.films[f].title in text for f in films)
