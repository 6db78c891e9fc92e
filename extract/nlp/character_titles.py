"""Names with a title ("Dr. Mann", "Monsieur Hulot"), not a film's title ("Doctor Sleep"); a name
called a work ("X is a film")."""

from __future__ import annotations

import re
from operator import itemgetter

from extract.nlp.characters import _TITLES, WORK_NOUNS
from extract.nlp.gazetteer import Gazetteer
from extract.nlp.textnorm import word_key

# the token keys of TITLED_NAME's titles ("dr", "monsieur"; a title of two words by its last one,
# also a title alone: "Special Agent", "U.S. Marshal"): a match's title is a token of the text
_TITLE_KEYS = frozenset(word_key(title.replace("\\", "").split()[-1]) for title in _TITLES.split("|"))
_KEY = itemgetter(3)  # a Token's key


_CALLED_A_WORK = re.compile(
    r"\s+(?:is|was|remains)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:follow-up|" + "|".join(sorted(WORK_NOUNS)) + r")\b"
)


def _titled_name(name: str, titled: str, gazetteer: Gazetteer) -> bool:
    """A title before a name, not a film's title ("Doctor Sleep"): one word after the title must
    be someone's first name or surname in the film table ("Dr. Mann", not "Doctor Sleep"), unless
    the title is a civil form of address ("Monsieur Hulot", "Mrs. Pumphrey"), which no film noun
    or rank shares."""
    if gazetteer.films_titled(titled.strip()):
        return False
    if _CIVIL.match(titled):
        return True
    return len(name.split()) > 1 or gazetteer.is_first_name(name) or gazetteer.is_surname(name)


_CIVIL = re.compile(
    r"(?:Mr|Mrs|Ms|Mme|Madame|Monsieur|Mademoiselle|Mlle|Señor|Señora|Herr|Frau|Signor|Signora|Papa|Mama)\.? "
)
