"""Every error reelgraph raises, with its code and its message in one place.

Each message says what is wrong, where, and what to do next. The CLI turns a
:class:`ReelgraphError` into one line on stderr and a non-zero exit code.

>>> str(InputError.empty("a.txt"))
'E101 a.txt: the file is empty. Remove it from the batch or re-save the page.'
"""

from __future__ import annotations


class ReelgraphError(Exception):
    """Base class: a failure the user can act on, with a stable code."""

    code = "E000"

    def __init__(self, message: str) -> None:
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
            f"line {line}: not a well-formed WordPress export ({detail}). "
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
    def unreadable(cls, source: str, detail: str) -> InputError:
        return cls(source, f"cannot read the file ({detail}).", "E106")


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
