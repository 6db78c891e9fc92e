"""Every error reelgraph raises, with its code and its message in one place.

Each message says what is wrong, where, and what to do next. The CLI turns a
:class:`ReelgraphError` into one line on stderr and a non-zero exit code.

>>> str(InputError.empty("a.txt"))
'E101 a.txt: the file is empty. Remove it from the batch or re-save the page.'
"""

from __future__ import annotations


class ReelgraphError(Exception):
    """Base class: a failure the user can act on, with a stable code.

    The code is the class's own, or the one the classmethod that builds the error passes
    (one class, several codes: ``OutputError.is_directory`` E210, ``.unwritable`` E212)."""

    code = "E000"

    def __init__(self, message: str, code: str | None = None) -> None:
        if code is not None:
            self.code = code
        super().__init__(f"{self.code} {message}")


class InputError(ReelgraphError):
    """A page file that cannot be read as a blog page."""

    code = "E100"

    def __init__(self, source: str, problem: str, code: str) -> None:
        self.source = source
        self.problem = problem
        self.code = code
        super().__init__(f"{source}: {problem}")

    @classmethod
    def empty(cls, source: str) -> InputError:
        return cls(source, "the file is empty. Remove it from the batch or re-save the page.", "E101")

    @classmethod
    def binary(cls, source: str) -> InputError:
        return cls(
            source,
            "this looks like a binary file, not a text, HTML or WordPress export page "
            "(it contains NUL bytes). Pass only .txt, .html or .xml pages.",
            "E102",
        )

    @classmethod
    def not_found(cls, source: str) -> InputError:
        return cls(source, "no such file or directory. Check the path.", "E103")

    @classmethod
    def bad_xml(cls, source: str, line: int, detail: str) -> InputError:
        return cls(
            source,
            f"line {line}: not a well-formed WordPress export ({' '.join(detail.split())}). "
            "Export it again from Tools > Export in WordPress.",
            "E104",
        )

    @classmethod
    def no_page(cls, source: str, what: str) -> InputError:
        return cls(source, f"no blog page found: {what}.", "E105")

    @classmethod
    def too_deep(cls, source: str, limit: int) -> InputError:
        return cls(
            source,
            f"the HTML nests deeper than {limit:,} elements, where the HTML parser stops; the rest "
            "of the comment thread would be lost. Read the blog's WordPress export (WXR) instead, "
            "which has no depth limit.",
            "E107",
        )

    @classmethod
    def no_pages_in(cls, directory: str) -> InputError:
        return cls(
            directory,
            "no page files here (.txt, .html, .htm, .xml, .wxr, searched recursively). "
            "Check the path or name the files.",
            "E108",
        )

    @classmethod
    def unreadable(cls, source: str, detail: str) -> InputError:
        return cls(source, f"cannot read the file ({detail}).", "E106")

    @classmethod
    def not_regular(cls, source: str, kind: str) -> InputError:
        return cls(
            source,
            f"not a regular file (a {kind}); only regular files are read. Copy the page to a file and pass that.",
            "E130",
        )

    @classmethod
    def too_large(cls, source: str, size: int, limit: int) -> InputError:
        return cls(
            source,
            f"the file is larger than the {limit:,}-byte cap ({size:,} bytes or more). Split it, or raise the "
            "cap with REELGRAPH_MAX_FILE_BYTES.",
            "E131",
        )

    @classmethod
    def undecodable(cls, source: str, detail: str) -> InputError:
        return cls(
            source,
            f"the text cannot be decoded ({detail}). Re-save the page as UTF-8.",
            "E132",
        )

    @classmethod
    def bad_feed(cls, source: str, detail: str) -> InputError:
        return cls(
            source,
            f"not a readable feed or export ({detail}); nothing could be recovered from it. "
            "Download the feed or export again.",
            "E133",
        )


class InputWarning:
    """Something a reader worked around; the page was read. Kept on ``Page.warnings``."""

    @staticmethod
    def recovered_xml(source: str, detail: str) -> str:
        return (
            f"W130 {source}: the XML is not well-formed ({detail}); read with a recovering parser, "
            "so check the result against the blog."
        )

    @staticmethod
    def id_collision(source: str, post_id: str, count: int) -> str:
        return (
            f"W131 {source}: {count} items share the post id {post_id!r}; each was kept and "
            "named by its link, GUID or position."
        )

    @staticmethod
    def replaced_characters(source: str, count: int) -> str:
        return f"W132 {source}: {count} undecodable character(s) were replaced by U+FFFD."

    @staticmethod
    def mixed_encoding(source: str, count: int) -> str:
        return (
            f"W133 {source}: {count} byte(s) that are not UTF-8 were read as Windows-1252 "
            "(mixed encodings); check accented letters and quotes."
        )


class ExtractionNote:
    """Something entity extraction left out of a page; kept on ``PageEntities.notes``."""

    @staticmethod
    def not_english(source: str, language: str) -> str:
        return (
            f"W160 {source}: the page is in {language!r}, not English; English named-entity recognition "
            "was skipped (names were matched against the film table only; comments, replies, pingbacks, "
            "rating and stance were kept)."
        )

    @staticmethod
    def over_budget(source: str, total: int, max_chars: int, touched: int) -> str:
        return (
            f"W161 {source}: the page holds {total:,} characters of text, more than the {max_chars:,} "
            f"entity extraction reads; {touched} text(s) past that point have no entities. "
            "Raise the cap with REELGRAPH_NLP_MAX_CHARS to read them."
        )


class ExtractionFailed(InputError):
    """The readers read a file but the entity extractor failed on it (a bug to report)."""

    @classmethod
    def of(cls, source: str, error: Exception) -> ExtractionFailed:
        return cls(
            source,
            f"entity extraction failed ({type(error).__name__}: {error}). The file was skipped; "
            "please report it with the file attached.",
            "E190",
        )


class UsageError(ReelgraphError):
    """A command used with options that do not fit together."""

    code = "E200"


class InternalError(ReelgraphError):
    """A bug: an exception no other error class describes (the CLI still prints one line)."""

    code = "E001"

    @classmethod
    def of(cls, error: BaseException) -> InternalError:
        detail = " ".join(f"{type(error).__name__}: {error}".split())[:200]
        return cls(f"unexpected error ({detail}). Run again with REELGRAPH_DEBUG=1 for the traceback and report it.")


class SettingsError(ReelgraphError):
    """``reelgraph.toml`` (or ``REELGRAPH_CONFIG``) cannot be used as it is."""

    code = "E120"

    @classmethod
    def unreadable(cls, path: str, detail: str) -> SettingsError:
        detail = " ".join(detail.split())
        return cls(f"{path}: cannot read the settings file ({detail}). Fix the TOML or delete the file.")

    @classmethod
    def unknown_key(cls, path: str, key: str, known: list[str]) -> SettingsError:
        return cls(f"{path}: unknown setting {key!r}. Known settings: {', '.join(known)}.", "E121")

    @classmethod
    def bad_value(cls, path: str, key: str, value: object, wanted: str) -> SettingsError:
        return cls(f"{path}: {key} = {value!r} is not {wanted}. Fix the value or remove the line.", "E122")

    @classmethod
    def missing_config(cls, path: str) -> SettingsError:
        return cls(
            f"REELGRAPH_CONFIG names {path}, which does not exist. Point it at a reelgraph.toml or unset it.", "E123"
        )


class UnknownKind(UsageError):
    code = "E201"

    @classmethod
    def of(cls, given: str, valid: list[str]) -> UnknownKind:
        return cls(f"--kinds: {given!r} is not a node kind. Valid kinds (any case): {', '.join(valid)}.")


class NoSuchPage(ReelgraphError):
    code = "E303"

    @classmethod
    def of(cls, given: str, store: str) -> NoSuchPage:
        return cls(
            f"no page {given!r} in {store}. Give the file path (any spelling) or the page's canonical URL; "
            "`reelgraph stats` counts what the store holds."
        )


class Neo4jSettingsError(ReelgraphError):
    """Neo4j connection settings that cannot work (checked before connecting)."""

    code = "E404"

    @classmethod
    def no_password(cls) -> Neo4jSettingsError:
        return cls("no Neo4j password: set NEO4J_PASSWORD (it is never taken from a flag).")

    @classmethod
    def not_bolt(cls, uri: str) -> Neo4jSettingsError:
        return cls(
            f"{uri!r} is not a Bolt URI. Use bolt://, bolt+s://, bolt+ssc://, neo4j://, neo4j+s:// or neo4j+ssc:// "
            "(e.g. bolt://localhost:7687), not the HTTP port.",
            "E406",
        )


class QueryUsageError(ReelgraphError):
    """A named query used in a way that cannot be answered."""

    code = "E505"

    @classmethod
    def not_embedded(cls, name: str, available: list[str]) -> QueryUsageError:
        return cls(f"--embedded answers named queries only, not {name!r}. Available: {', '.join(available)}.")

    @classmethod
    def bad_param(cls, key: str, value: object, wanted: str) -> QueryUsageError:
        return cls(f"--param {key}={value}: {key} must be {wanted} (e.g. --param {key}=5).", "E506")


class NoPath(ReelgraphError):
    code = "E603"

    @classmethod
    def between(cls, start: str, end: str, steps: int) -> NoPath:
        return cls(
            f"no path between {start!r} and {end!r} within {steps} steps. Try other names, or "
            "`reelgraph show NAME` to see what each is linked to."
        )

    @classmethod
    def same(cls, start: str, end: str, node: str) -> NoPath:
        return cls(f"{start!r} and {end!r} are the same node ({node}): a path needs two different ends.", "E604")


class OutputError(ReelgraphError):
    """An output path reelgraph cannot write (``-o``, ``--viz``, exports)."""

    code = "E210"

    @classmethod
    def is_directory(cls, path: str, example: str | None = None) -> OutputError:
        name = f"(e.g. {path}/{example})" if example else "inside it"
        return cls(f"{path} is a directory; give a file name {name}.", "E210")

    @classmethod
    def not_directory(cls, path: str) -> OutputError:
        return cls(f"{path} exists and is not a folder; this export writes a folder of files. Pick a new name.", "E211")

    @classmethod
    def unwritable(cls, path: str, detail: str) -> OutputError:
        return cls(f"cannot write {path} ({detail}). Check the folder exists and is writable.", "E212")


class StoreDamaged(ReelgraphError):
    """The store file is damaged: reading it would give wrong answers.

    >>> str(StoreDamaged.empty("s/graph.sqlite")).split(".")[0]
    'E311 s/graph'
    """

    code = "E310"
    REMEDY = (
        "Restore the store folder from a backup, or move it away and rebuild it: `reelgraph ingest` the "
        "same pages (the raw pages are the source of truth)."
    )

    @classmethod
    def corrupt(cls, path: str, detail: str) -> StoreDamaged:
        return cls(f"{path}: the store is damaged ({detail}). {cls.REMEDY}", "E310")

    @classmethod
    def empty(cls, path: str) -> StoreDamaged:
        return cls(f"{path}: the store file is empty (0 bytes), not an empty store. {cls.REMEDY}", "E311")

    @classmethod
    def missing_table(cls, path: str, tables: str) -> StoreDamaged:
        return cls(
            f"{path}: the store has data but its table(s) {tables} are missing; reelgraph will not recreate "
            f"them empty. {cls.REMEDY}",
            "E312",
        )

    @classmethod
    def bad_value(cls, path: str, where: str, detail: str) -> StoreDamaged:
        return cls(f"{path}: {where} holds a bad value ({detail}). {cls.REMEDY}", "E313")


class CredentialsInUri(ReelgraphError):
    """A Neo4j address with a user name or password in it (they would show up in logs)."""

    code = "E405"

    @classmethod
    def of(cls, shown: str) -> CredentialsInUri:
        return cls(
            f"the Neo4j address {shown} has a user name or password in it; reelgraph does not take "
            "credentials from an address (it would end up in logs and process lists). Give the address "
            "without them and set NEO4J_USERNAME and NEO4J_PASSWORD.",
            "E405",
        )


class QueryRefused(ReelgraphError):
    """A query refused by the read-only guard (before it reaches the server, or after the
    server planned it as a write)."""

    code = "E503"
    _HINT = "add --write if you mean to run it."

    @classmethod
    def writes(cls, clause: str) -> QueryRefused:
        return cls(f"this query writes or administers the server ({clause}); {cls._HINT}", "E503")

    @classmethod
    def server_says(cls, query_type: str) -> QueryRefused:
        return cls(f"the server plans this query as a write (query type {query_type!r}); {cls._HINT}", "E510")

    @classmethod
    def procedure(cls, name: str) -> QueryRefused:
        return cls(
            f"the query calls {name}, which is not on the read-only allowlist "
            f"(db.labels, db.schema.*, dbms.components, ...); {cls._HINT}",
            "E507",
        )

    @classmethod
    def function(cls, name: str) -> QueryRefused:
        return cls(
            f"the query calls the function {name}, which is not on the read-only allowlist "
            f"(date.*, duration.*, apoc.text.*, ...); {cls._HINT}",
            "E508",
        )

    @classmethod
    def unreadable(cls, detail: str) -> QueryRefused:
        return cls(f"the query cannot be checked: {detail}. Fix the quoting and run it again.", "E509")


class WorkerError(ReelgraphError):
    """Extraction on worker processes or a Dask cluster could not go on."""

    code = "E700"

    @classmethod
    def died(cls, source: str, detail: str) -> WorkerError:
        return cls(
            f"a worker died while extracting {source} ({detail}). Every page written before it is kept; "
            "run the same ingest again to complete it (unchanged pages are skipped).",
            "E701",
        )

    @classmethod
    def no_scheduler(cls, address: str, detail: str) -> WorkerError:
        return cls(
            f"cannot reach the Dask scheduler at {address} ({detail}). Start one with `dask scheduler` "
            "and workers with `dask worker tcp://HOST:8786`, or leave out --scheduler.",
            "E702",
        )

    @classmethod
    def no_dask(cls) -> WorkerError:
        return cls(
            "--scheduler needs Dask: pip install 'reelgraph[cluster]' (dask[distributed]).",
            "E703",
        )


class LoadRefused(ReelgraphError):
    """``load --strict`` found edges the schema forbids; nothing was written to Neo4j."""

    code = "E407"

    @classmethod
    def forbidden(cls, count: int, summary: str) -> LoadRefused:
        return cls(
            f"the store holds {count} edge(s) joining labels the schema does not allow ({summary}); "
            "nothing was written. Re-ingest those pages with a fixed extractor, or run `reelgraph load` "
            "without --strict to skip them."
        )


class LookupFailed(ReelgraphError):
    """A name given to ``recommend``, ``path`` or ``viz`` that the graph cannot resolve to one node."""

    code = "E600"


class UnknownName(LookupFailed):
    """No node of the wanted kind has that name (the message lists the closest names)."""

    code = "E601"


class AmbiguousName(LookupFailed):
    """Several nodes have that name (the message lists them and says how to pick one)."""

    code = "E602"


class FetchError(ReelgraphError):
    """A web address that reelgraph will not or cannot fetch (``fetch``, ``update``)."""

    code = "E800"

    @classmethod
    def scheme(cls, url: str) -> FetchError:
        return cls(f"{url}: only http and https addresses are fetched. Give a blog's web address.", "E801")

    @classmethod
    def private(cls, url: str, address: str) -> FetchError:
        return cls(
            f"{url}: {address} is a private, loopback or link-local address; refused so that a link in a page "
            "cannot reach an internal service. Add --allow-private if you mean it.",
            "E802",
        )

    @classmethod
    def unresolvable(cls, url: str, detail: str) -> FetchError:
        return cls(f"{url}: the host cannot be resolved ({detail}). Check the address.", "E803")

    @classmethod
    def robots(cls, url: str) -> FetchError:
        return cls(f"{url}: the site's robots.txt disallows it for reelgraph; skipped.", "E804")

    @classmethod
    def too_large(cls, url: str, limit: int) -> FetchError:
        return cls(f"{url}: the response is larger than {limit:,} bytes; skipped (raise --max-bytes).", "E805")

    @classmethod
    def redirects(cls, url: str, limit: int) -> FetchError:
        return cls(f"{url}: more than {limit} redirects (a loop?); skipped.", "E806")

    @classmethod
    def status(cls, url: str, status: int) -> FetchError:
        return cls(f"{url}: the server answered HTTP {status}; skipped.", "E807")

    @classmethod
    def network(cls, url: str, detail: str) -> FetchError:
        return cls(f"{url}: {detail}; skipped (try again later).", "E808")

    @classmethod
    def nothing_cached(cls, where: str) -> FetchError:
        return cls(f"{where}: no fetched pages in the raw cache. Run `reelgraph fetch URL` first.", "E809")


class BoltServerError(ReelgraphError):
    """``reelgraph bolt-server`` cannot start."""

    code = "E410"

    @classmethod
    def missing(cls) -> BoltServerError:
        return cls(
            "the local Bolt server needs the arcadedb-embedded package: pip install 'reelgraph[bolt]' "
            "(or point NEO4J_URI at a real Neo4j).",
            "E410",
        )

    @classmethod
    def port_taken(cls, host: str, port: int) -> BoltServerError:
        return cls(f"{host}:{port} is already in use. Stop what listens there or pick another --port.", "E411")


class AliasFileError(ReelgraphError):
    """The alias file (``aliases.toml`` in the store) cannot be read."""

    code = "E110"

    @classmethod
    def invalid(cls, path: str, detail: str) -> AliasFileError:
        return cls(f"{path}: not a valid alias file ({detail}). Fix it or delete it.")


class StoreError(ReelgraphError):
    """The embedded store cannot be opened."""

    code = "E300"

    @classmethod
    def foreign(cls, path: str, detail: str) -> StoreError:
        return cls(f"{path}: not a reelgraph store ({detail}). Move it away or pick another --store.", "E300")

    @classmethod
    def missing(cls, directory: str) -> StoreError:
        return cls(f"{directory}: no reelgraph store here. Run `reelgraph ingest PATH...` first.", "E302")

    @classmethod
    def newer(cls, path: str, schema: str) -> StoreError:
        return cls(f"{path}: written by a newer reelgraph (schema {schema}). Upgrade reelgraph.", "E304")


class StoreBusy(StoreError):
    """Another process is writing the store."""

    code = "E301"

    @classmethod
    def held(cls, directory: str, holder: str) -> StoreBusy:
        return cls(f"{directory}: the store is being written by {holder}. Wait for it to finish and run again.", "E301")


class Neo4jError(ReelgraphError):
    """Neo4j (or a Bolt server) refused or failed a request."""

    code = "E400"

    @classmethod
    def server_says(cls, uri: str, first_line: str) -> Neo4jError:
        return cls(f"Neo4j at {uri}: {first_line} Check the query and its --param values.", "E400")

    @classmethod
    def bad_address(cls, uri: str, detail: str) -> Neo4jError:
        return cls(f"{uri} is not a valid Neo4j address ({detail}). Check --uri or NEO4J_URI.", "E408")


class AuthFailed(Neo4jError):
    """Neo4j refused the user name or password."""

    code = "E401"

    @classmethod
    def of(cls, uri: str, user: str) -> AuthFailed:
        return cls(
            f"Neo4j at {uri} refused user {user!r}: wrong user or password. Set NEO4J_USERNAME and NEO4J_PASSWORD.",
            "E401",
        )


class Unreachable(Neo4jError):
    """Nothing answers Bolt at the address."""

    code = "E402"

    @classmethod
    def of(cls, uri: str) -> Unreachable:
        return cls(f"cannot reach Neo4j at {uri}: is it running? Check --uri or NEO4J_URI.", "E402")


class NoDatabase(Neo4jError):
    """The Neo4j server has no database of that name."""

    code = "E403"

    @classmethod
    def of(cls, uri: str, database: str) -> NoDatabase:
        return cls(
            f"Neo4j at {uri} has no database {database!r}. "
            "Create it (CREATE DATABASE ...) or pass --database / NEO4J_DATABASE.",
            "E403",
        )


class QueryError(ReelgraphError):
    """A named query or its parameters that cannot be run."""

    code = "E500"

    @classmethod
    def not_pair(cls, pair: str) -> QueryError:
        return cls(f"parameter {pair!r} is not key=value (e.g. --param film=Her).", "E501")

    @classmethod
    def unknown(cls, name: str, available: list[str]) -> QueryError:
        return cls(f"no named query {name!r}. Available: {', '.join(available)}; or pass Cypher text.", "E502")

    @classmethod
    def missing_params(cls, names: list[str]) -> QueryError:
        return cls(f"the query needs {', '.join('--param ' + m + '=...' for m in names)}.", "E504")

    @classmethod
    def unknown_params(cls, query: str, names: list[str], known: list[str]) -> QueryError:
        takes = f"its parameters: {', '.join(known)}" if known else "it takes none"
        return cls(
            f"{query} takes no parameter {', '.join(map(repr, names))} ({takes}). "
            "Run `reelgraph queries` to see what each means.",
            "E511",
        )


class GraphWarning:
    """Something the graph builder worked around; logged, the page was stored."""

    @staticmethod
    def bad_address(url: str, detail: str) -> str:
        return f"W150 {url}: not a valid web address ({detail}); read as no address."
