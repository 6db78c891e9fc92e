"""How each kind of node looks: colour, shape and legend text (one place)."""

from __future__ import annotations

from graph.schema import Label, Rel

STYLE: dict[Label, tuple[str, str]] = {
    Label.FILM: ("#e4572e", "dot"),
    Label.TV: ("#f3a712", "dot"),
    Label.NOVEL: ("#a8c686", "diamond"),
    Label.COMIC: ("#669bbc", "diamond"),
    Label.SONG: ("#c492b1", "triangle"),
    Label.WORK: ("#b0a8b9", "diamond"),
    Label.PERSON: ("#29335c", "star"),
    Label.CHARACTER: ("#8d99ae", "triangleDown"),
    Label.POST: ("#2a9d8f", "box"),
    Label.COMMENT: ("#bfd7ea", "dot"),
    Label.SITE: ("#264653", "hexagon"),
}
EDGE_COLOURS: dict[Rel, str] = {
    Rel.COMPARED_TO: "#e4572e",
    Rel.PINGED_BY: "#2a9d8f",
    Rel.CITES: "#29335c",
    Rel.REPLIED_TO: "#9aa5b1",
    Rel.RECOMMENDS: "#f3a712",
}
DEFAULT_EDGE = "#c8cdd3"
