"""The read-only check on analysts' Cypher: a tokenizer, not a keyword grep.

Cypher text is split into tokens that know strings, comments, backquoted names and
parameters, so ``RETURN 'DELETE'``, ``$delete`` or ``n.set`` are not writes, while
``CALL `dbms` . security.createUser(...)`` is one procedure name however it is spelled. A
query is refused before it is sent when it has a writing or administration clause, calls a
procedure not on :data:`READ_PROCEDURES`, or calls a namespaced function not on
:data:`READ_FUNCTIONS`. This is one layer of three (see ``Neo4jStore.read_only``).

>>> check_read_only("MATCH (n) WHERE n.name = 'DELETE' RETURN n.set, $delete")
>>> check_read_only("CALL dbms.components()")
>>> check_read_only("CALL apoc.do.when(true, 'CREATE (n)', '', {})")
Traceback (most recent call last):
...
base.errors.QueryRefused: E507 the query calls apoc.do.when, which is not on the read-only allowlist \
(db.labels, db.schema.*, dbms.components, ...); add --write if you mean to run it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from base.errors import QueryRefused

# Clauses and commands that write data or schema, or administer the server. A token counts
# only where a clause can stand: not after "." or ":" and not before ":" (property names,
# labels, map keys).
WRITE_WORDS = frozenset(
    {
        "create", "merge", "delete", "detach", "set", "remove", "drop", "foreach", "insert", "load",
        "alter", "grant", "deny", "revoke", "rename", "terminate", "deallocate", "reallocate",
        "dryrun", "suspend",
    }
)  # fmt: skip
# Words that write only before a second word: START DATABASE, ENABLE SERVER ("start" alone is
# a common variable name).
WRITE_PAIRS = {
    "start": frozenset({"database", "databases"}),
    "stop": frozenset({"database", "databases"}),
    "enable": frozenset({"server"}),
}
# Read-only procedures: schema, counts and server facts. Everything else needs --write.
READ_PROCEDURES = frozenset(
    {
        "db.labels", "db.relationshiptypes", "db.propertykeys", "db.info", "db.ping",
        "db.schema.visualization", "db.schema.nodetypeproperties", "db.schema.reltypeproperties",
        "db.constraints", "db.indexes", "db.indexdetails",
        "db.index.fulltext.querynodes", "db.index.fulltext.queryrelationships",
        "db.index.fulltext.listavailableanalyzers",
        "db.index.vector.querynodes", "db.index.vector.queryrelationships",
        "dbms.components", "dbms.procedures", "dbms.functions", "dbms.showcurrentuser",
        "apoc.meta.stats", "apoc.meta.schema", "apoc.meta.data", "apoc.help",
    }
)  # fmt: skip
# Namespaced functions that only compute (``date.truncate``, ``apoc.text.join``...).
READ_FUNCTIONS = (
    "date.", "datetime.", "localdatetime.", "localtime.", "time.", "duration.", "point.", "vector.",
    "db.nameFromElementId", "apoc.text.", "apoc.coll.", "apoc.map.", "apoc.math.", "apoc.number.",
    "apoc.date.", "apoc.temporal.", "apoc.label.", "apoc.node.degree", "apoc.convert.to",
)  # fmt: skip
_READ_FUNCTIONS = tuple(name.lower() for name in READ_FUNCTIONS)

_TOKEN = re.compile(
    r"""(?P<space>\s+)
      | (?P<line_comment>//[^\n]*)
      | (?P<block_comment>/\*.*?\*/)
      | (?P<string>'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*")
      | (?P<quoted>`(?:[^`]|``)*`)
      | (?P<param>\$(?:\w+|`(?:[^`]|``)*`))
      | (?P<number>\d[\w.]*)
      | (?P<word>\w+)
      | (?P<symbol>.)""",
    re.S | re.X,
)


@dataclass(frozen=True, slots=True)
class Token:
    kind: str  # word, quoted, string, param, number, symbol
    text: str

    @property
    def name(self) -> str:
        """A name as Cypher reads it: backquotes removed, lower-cased."""
        if self.kind == "quoted":
            return self.text[1:-1].replace("``", "`").lower()
        return self.text.lower()


def tokens(cypher: str) -> list[Token]:
    """The tokens of ``cypher``, without spaces and comments.

    >>> [t.text for t in tokens("CALL `dbms` . security // x\\n.createUser('a')")]
    ['CALL', '`dbms`', '.', 'security', '.', 'createUser', '(', "'a'", ')']
    """
    found: list[Token] = []
    position = 0
    while position < len(cypher):
        match = _TOKEN.match(cypher, position)
        assert match is not None and match.lastgroup is not None  # the last branch matches any character
        kind, text = match.lastgroup, match.group()
        if kind == "symbol" and (text in "'\"`" or cypher.startswith("/*", position)):
            raise QueryRefused.unreadable("a string, name or comment that is never closed")
        if kind not in {"space", "line_comment", "block_comment"}:
            found.append(Token(kind, text))
        position = match.end()
    return found


def _dotted(items: list[Token], start: int) -> tuple[str, int]:
    """The dotted name starting at ``items[start]`` (backquotes removed) and the index after it."""
    parts: list[str] = []
    index = start
    while index < len(items) and items[index].kind in {"word", "quoted"}:
        token = items[index]
        parts.append(token.text[1:-1].replace("``", "`") if token.kind == "quoted" else token.text)
        index += 1
        if index < len(items) and items[index].text == ".":
            index += 1
            continue
        break
    return ".".join(parts), index


def check_read_only(cypher: str) -> None:
    """Raise :class:`QueryRefused` unless ``cypher`` only reads (see the module text)."""
    items = tokens(cypher)
    for index, token in enumerate(items):
        before = items[index - 1] if index else Token("symbol", "")
        after = items[index + 1] if index + 1 < len(items) else Token("symbol", "")
        if token.kind != "word" or before.text in {".", ":"} or after.text == ":":
            continue  # a property, label, map key or relationship type, not a clause
        word = token.name
        if word in WRITE_WORDS or after.name in WRITE_PAIRS.get(word, ()):
            raise QueryRefused.writes(f"{token.text} {after.text}".upper() if word in WRITE_PAIRS else word.upper())
        if word == "call" and after.text not in {"{", "("}:
            name, _ = _dotted(items, index + 1)
            if name.lower() not in READ_PROCEDURES:
                raise QueryRefused.procedure(name or after.text)
        elif after.text == "." and before.name != "call":
            name, end = _dotted(items, index)
            if end < len(items) and items[end].text == "(" and not name.lower().startswith(_READ_FUNCTIONS):
                raise QueryRefused.function(name)


def explain_text(cypher: str) -> str:
    """The text that plans ``cypher`` without running it: ``EXPLAIN`` in front (in place of
    ``PROFILE``, which would run it).

    >>> explain_text("PROFILE MATCH (n) RETURN n")
    'EXPLAIN MATCH (n) RETURN n'
    """
    stripped = cypher.lstrip()
    head = stripped[:8].lower()
    if head.startswith("explain") and not stripped[7:8].isalnum():
        return stripped
    if head.startswith("profile") and not stripped[7:8].isalnum():
        return "EXPLAIN" + stripped[7:]
    return "EXPLAIN " + stripped
