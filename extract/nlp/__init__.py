"""Entities and relations on a page: films, people and works, resolved and linked.

The pieces, in the order they run: ``textnorm`` (tokens), ``gazetteer`` (the film table
as a compact matcher), ``works`` and ``people`` (candidate mentions with context rules),
``resolve`` (names to canonical entities, the alias table), ``relations`` (compared-to,
cites, recommends, credits), ``stance``; ``extractor`` wires them for one page.
"""
