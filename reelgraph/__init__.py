"""reelgraph: a knowledge graph of films, critics and the cross-references between them."""

__version__ = "0.1.0"
