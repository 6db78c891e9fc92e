"""The one graph schema: node labels, relationship types, key properties and the
functions that mint node keys. Nothing else in reelgraph spells a label or a type.

>>> film_key("Her", 2013), person_key("Spike Jonze"), Label.FILM.value
('film:her:2013', 'person:spike jonze', 'Film')
>>> Label.for_kind("novel") is Label.NOVEL
True
"""

from __future__ import annotations

import hashlib
import logging
from urllib.parse import urlparse

from base.errors import GraphWarning
from base.text import printable
from base.vocab import WORK_LABELS, Label, Rel
from extract.nlp.textnorm import name_key

__all__ = ["ENDPOINTS", "WORK_LABELS", "Label", "Rel"]
_log = logging.getLogger("reelgraph")


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:12]


def film_key(title: str, year: int | None) -> str:
    """Films are told apart by title and year."""
    return f"film:{name_key(title)}:{year or '?'}"


def work_key(label: Label, title: str) -> str:
    """Works other than films (and films with no year known) by label and title."""
    return f"{label.value.lower()}:{name_key(title)}"


def person_key(name: str, scope: str | None = None) -> str:
    """A person: public figures by name; commenters and bloggers by name within a scope
    (a site, a web host or an e-mail hash), so that two "Dan"s on two blogs stay two."""
    key = f"person:{name_key(name)}"
    return f"{key}@{scope}" if scope else key


def character_key(name: str, work: str | None) -> str:
    return f"character:{name_key(name)}:{name_key(work or '')}"


def post_key(source: str) -> str:
    return f"post:{source}"


def comment_key(source: str, comment_id: str) -> str:
    return f"comment:{source}#{comment_id}"


def site_key(name: str) -> str:
    return f"site:{name_key(name)}"


_PROFILE_HOSTS = frozenset({"blogger.com", "gravatar.com", "twitter.com", "x.com", "facebook.com", "letterboxd.com"})


def web_address(url: str | None) -> str | None:
    """``url`` if it parses as a web address, else None with a warning (W150) naming it: a
    page's canonical or author link is written by strangers (``http://[`` is not one).

    >>> web_address("https://a.example/x"), web_address("http://[")
    ('https://a.example/x', None)
    """
    if not url:
        return None
    try:
        urlparse(url if "//" in url else f"//{url}").hostname  # noqa: B018 - raises on a malformed host
    except ValueError as error:
        if url not in _WARNED:  # once per address and process: every reader of the store meets it again
            _WARNED.add(url)
            _log.warning("%s", GraphWarning.bad_address(printable(url[:200]), str(error)))
        return None
    return url


_WARNED: set[str] = set()


def url_scope(url: str | None) -> str | None:
    """The identity scope a web address gives: its host without "www."."""
    if not web_address(url):
        return None
    assert url is not None
    parsed = urlparse(url if "//" in url else f"//{url}")
    host = (parsed.hostname or "").removeprefix("www.")
    if host in _PROFILE_HOSTS:  # one host, many people: the profile path tells them apart
        return f"{host}{parsed.path.rstrip('/')}" or None
    return host or None


def email_scope(email_hash: str | None) -> str | None:
    return f"mail-{email_hash}" if email_hash else None


def site_scope(site: str | None) -> str | None:
    return f"site-{_digest(name_key(site))}" if site else None


_UNITS = frozenset({Label.POST, Label.COMMENT})
_ENTITIES = WORK_LABELS | {Label.PERSON, Label.CHARACTER, Label.SITE}


def _pairs(
    sources: frozenset[Label] | set[Label], targets: frozenset[Label] | set[Label]
) -> frozenset[tuple[Label, Label]]:
    return frozenset((s, t) for s in sources for t in targets)


# Which labels each relationship type joins (source label, target label).
ENDPOINTS: dict[Rel, frozenset[tuple[Label, Label]]] = {
    Rel.WROTE: _pairs({Label.PERSON}, _UNITS | WORK_LABELS),
    Rel.REVIEWS: _pairs({Label.POST}, WORK_LABELS),
    Rel.MENTIONS: _pairs(_UNITS, _ENTITIES),
    Rel.COMPARED_TO: _pairs(WORK_LABELS, WORK_LABELS),
    Rel.REPLIED_TO: _pairs({Label.COMMENT}, _UNITS),
    Rel.PINGED_BY: _pairs({Label.POST}, {Label.POST}),
    Rel.CITES: _pairs({Label.PERSON}, {Label.PERSON}),
    Rel.RECOMMENDS: _pairs({Label.PERSON}, WORK_LABELS),
    Rel.DIRECTED: _pairs({Label.PERSON}, WORK_LABELS),
    Rel.ACTED_IN: _pairs({Label.PERSON}, WORK_LABELS),
    Rel.ADAPTED_FROM: _pairs(WORK_LABELS, WORK_LABELS),
    Rel.PUBLISHED_ON: _pairs({Label.POST}, {Label.SITE}),
    Rel.CHARACTER_IN: _pairs({Label.CHARACTER}, WORK_LABELS),
}
