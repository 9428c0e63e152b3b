"""The errors Sinergi raises on purpose.

Every module below the CLI and the API raises a ``SinergiError`` (never a driver
exception), so the two front ends can turn any of them into one clear message:
the CLI prints ``message`` and exits with ``exit_code``; the API answers with
``status`` in its one JSON error shape.
"""

from __future__ import annotations


class SinergiError(Exception):
    """Base of every error Sinergi raises deliberately."""

    status = 500
    exit_code = 1
    code = "error"

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class InputError(SinergiError):
    """Bad input in a file or request, located as precisely as we can."""

    status = 422
    code = "bad_input"

    def __init__(
        self,
        message: str,
        *,
        file: str | None = None,
        line: int | None = None,
        column: str | None = None,
    ) -> None:
        self.file, self.line, self.column, self.problem = file, line, column, message
        where = ":".join(str(p) for p in (file, line, column) if p is not None)
        super().__init__(f"{where}: {message}" if where else message)


class InputErrors(SinergiError):
    """Several input problems found in one validation pass (nothing was loaded)."""

    status = 422
    code = "bad_input"

    #: Problems listed in the message; the rest are counted (all stay in ``errors``).
    SHOWN = 50

    def __init__(self, errors: list[InputError]) -> None:
        self.errors = errors
        lines = "\n".join(e.message for e in errors[:self.SHOWN])
        more = len(errors) - self.SHOWN
        if more > 0:
            lines += f"\n... and {more} more problem(s) like these"
        super().__init__(f"{len(errors)} problem(s), nothing loaded:\n{lines}")


class SchemaError(SinergiError):
    """A label, relationship type or property that the graph model does not declare."""

    status = 500
    code = "schema"


class ParameterError(SinergiError):
    """A bad parameter to a question, view or command."""

    status = 422
    exit_code = 2
    code = "bad_parameter"

    def __init__(self, message: str, *, param: str | None = None) -> None:
        self.param = param
        super().__init__(message)


class NotFound(SinergiError):
    status = 404
    exit_code = 2
    code = "not_found"


class NoReferenceData(SinergiError):
    """The graph holds no reference layer (regions, offices): an empty answer would
    read as "no gaps", so questions refuse to answer instead."""

    status = 409
    code = "no_reference"
    exit_code = 2  # like a refused parameter: nothing was answered

    def __init__(self) -> None:
        super().__init__(
            "graf belum berisi data referensi (wilayah, kantor), jadi pertanyaan ini belum "
            "bisa dijawab: jalankan `sinergi load reference` dulu / the graph holds no "
            "reference data (regions, offices), so this question cannot be answered: run "
            "`sinergi load reference` first")


class ConstraintViolation(SinergiError):
    """The store refused a write that would break a uniqueness constraint."""

    status = 409
    code = "constraint"


class StoreUnavailable(SinergiError):
    """The graph store cannot be reached (server down, file locked by another process)."""

    status = 503
    exit_code = 3
    code = "store_unavailable"


class StoreError(SinergiError):
    """Any other failure reported by the store, translated at the store boundary."""

    code = "store"


class AuthError(SinergiError):
    status = 401
    code = "unauthorized"
