"""reelgraph's own RDF vocabulary, for what schema.org lacks (closed: a misspelled term
raises at once, as rdflib's ``DefinedNamespace`` with ``_fail = True`` does).

>>> str(RG.comparedTo)
'https://w3id.org/reelgraph/vocab#comparedTo'
"""

from __future__ import annotations

from rdflib import Namespace, URIRef
from rdflib.namespace import DefinedNamespace

BASE = "https://w3id.org/reelgraph/"
ID = Namespace(BASE + "id/")
SCHEMA = Namespace("http://schema.org/")


class RG(DefinedNamespace):
    """Terms of the reelgraph vocabulary; ``TERMS`` documents each one."""

    _NS = Namespace(BASE + "vocab#")
    _fail = True

    Character: URIRef
    Evidence: URIRef
    comparedTo: URIRef
    pingedBy: URIRef
    cites: URIRef
    recommends: URIRef
    polarity: URIRef
    evidence: URIRef
    relation: URIRef
    subject: URIRef
    object: URIRef
    sentence: URIRef
    sourcePage: URIRef
    unit: URIRef
    extractor: URIRef
    confidence: URIRef
    statedBy: URIRef
    seen: URIRef
    count: URIRef
    ratingText: URIRef
    stance: URIRef
    key: URIRef


TERMS: dict[str, tuple[str, str]] = {
    "Character": ("Character", "A character of a work of fiction (not a real person)."),
    "Evidence": ("Evidence", "One place in a page that supports a statement of the graph."),
    "comparedTo": ("compared to", "A reviewer or commenter compared the subject work with the object work."),
    "pingedBy": ("pinged by", "The subject post was linked to (pingback or trackback) by the object post."),
    "cites": ("cites", "The subject critic refers to the object critic's review or post."),
    "recommends": ("recommends", "The subject person suggests the object work to someone."),
    "polarity": ("polarity", "How a comparison leans: similar, contrast, this preferred, other preferred, ranking."),
    "evidence": ("evidence", "Links a statement's subject to an Evidence node that supports it."),
    "relation": ("relation", "The relationship type an Evidence node supports (a reelgraph type name)."),
    "subject": ("subject", "The subject of the statement an Evidence node supports."),
    "object": ("object", "The object of the statement an Evidence node supports."),
    "sentence": ("sentence", "The sentence of the page that states it."),
    "sourcePage": ("source page", "The page file the evidence comes from."),
    "unit": ("unit", "Where on the page: the post body or a comment id."),
    "extractor": ("extractor", "The extractor (name/version) that found it."),
    "confidence": ("confidence", "The extractor's confidence, 0 to 1."),
    "statedBy": ("stated by", "Who wrote the sentence."),
    "seen": ("seen", "The date of the post or comment that states it."),
    "count": ("count", "How many pieces of evidence support a statement."),
    "ratingText": ("rating text", "The rating as the critic wrote it (4.5 out of 5 reels)."),
    "stance": ("stance", "The review's stance toward the reviewed work: positive, negative, mixed, neutral."),
    "key": ("key", "reelgraph's key of the node."),
}
