"""The bottom of reelgraph's flow: error classes with their codes, and the graph vocabulary
(node labels and relationship types). Every layer may import it; it imports nothing of the
project."""
