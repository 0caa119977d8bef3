"""The library's exceptions; the CLI maps each to a message and an exit code."""


class NlpExtractError(Exception):
    """Base class: anything the library raises on purpose."""

    exit_code = 1
    hint = ""


class InputError(NlpExtractError):
    """The input cannot be read as text: missing, a directory, binary, undecodable."""

    exit_code = 2

    def __init__(self, message: str, code: str = "unreadable") -> None:
        super().__init__(message)
        self.code = code  # recorded in a batch line's `errors`: unreadable, binary, decode


class UsageError(NlpExtractError):
    """Arguments that do not make sense together or are malformed."""

    exit_code = 2


class ModelError(NlpExtractError):
    """natasha's models could not be loaded."""

    exit_code = 1
    hint = "reinstall with: pip install --force-reinstall natasha"


class ReportInputError(NlpExtractError):
    """A line of a report's input is not a document that `batch` or `extract` wrote."""

    exit_code = 2

    def __init__(self, source: str, line: int, reason: str) -> None:
        super().__init__(f"{source}, line {line}: {reason}")
        self.source, self.line = source, line


STDOUT = "standard output"


class WriteError(NlpExtractError):
    """An output cannot be written (read-only folder, full disk, ...)."""

    exit_code = 1

    def __init__(self, path: object, error: OSError) -> None:
        super().__init__(f"cannot write {path}: {error.strerror or error}")
        self.to_stdout = path == STDOUT
