"""nlp-extract: people, organisations, places, dates and agreements from Russian news.

    >>> import nlp_extract
    >>> doc = nlp_extract.extract("Директор Агентства «Узатом» Азим Ахмедхаджаев ...")
    >>> [e.name for e in doc.entities]

`Extractor` loads natasha's models once; reuse one per process.
"""

from __future__ import annotations

from datetime import date as Date
from typing import TYPE_CHECKING

from .errors import InputError, ModelError, NlpExtractError, UsageError

if TYPE_CHECKING:
    from .pipeline import Extractor
    from .schema import Document

__version__ = "0.1.0"
__all__ = [
    "Document",
    "Extractor",
    "InputError",
    "ModelError",
    "NlpExtractError",
    "UsageError",
    "extract",
    "extract_file",
    "json_schema",
]

_default: Extractor | None = None


def default_extractor() -> Extractor:
    """The process-wide extractor behind `extract` (models load on first use)."""
    global _default
    if _default is None:
        from .pipeline import Extractor

        _default = Extractor()
    return _default


def extract(text: str, date: str | Date | None = None) -> Document:
    """Extract from one text; `date` resolves relative dates when the text has none."""
    return default_extractor().extract(text, date=date)


def extract_file(path: str, date: str | Date | None = None) -> Document:
    """Read, decode and extract one file; raises InputError when it is not readable text."""
    from .reading.reader import read_path

    decoded = read_path(path)
    return default_extractor().extract(
        decoded.text, date=date, id=str(path), encoding=decoded.encoding
    )


def __getattr__(name: str) -> object:
    # Imported on first use, so `import nlp_extract` (and `nlp-extract --help`) stays instant.
    if name == "Extractor":
        from .pipeline import Extractor

        return Extractor
    if name in ("Document", "json_schema"):
        from . import schema

        return getattr(schema, name)
    raise AttributeError(name)
