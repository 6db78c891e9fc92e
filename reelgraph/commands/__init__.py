"""The ``reelgraph`` commands, one module per kind of work; :mod:`reelgraph.cli` gathers them.

Each module imports only click and the settings at start, and what a command needs inside
the command, so ``reelgraph --help`` loads no heavy package.
"""
