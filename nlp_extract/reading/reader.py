"""Bytes to text: BOMs, UTF-8, a detected Cyrillic code page, binary refusal.

The text is decoded exactly as stored: no newline translation, so every offset
we emit indexes the same string anyone gets by decoding the same bytes.
"""

from __future__ import annotations

import codecs
import os
from dataclasses import dataclass
from pathlib import Path

from ..errors import InputError

# Encodings Russian text realistically comes in; isolating detection to them
# keeps charset-normalizer from choosing e.g. shift_jis for short cp1251 texts.
CANDIDATE_ENCODINGS = [
    "cp1251",
    "koi8_r",
    "cp866",
    "mac_cyrillic",
    "iso8859_5",
    "utf_16_le",
    "utf_16_be",
    "latin_1",
]
BOMS = [
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
]
PRINTABLE_SHARE = 0.95


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str


def decode(data: bytes) -> Decoded:
    """Decode a document's bytes; raise InputError for binary or undecodable data."""
    if not data:
        return Decoded("", "utf-8")
    for bom, encoding in BOMS:
        if data.startswith(bom):
            try:
                return Decoded(data.decode(encoding), encoding)
            except UnicodeDecodeError as error:
                raise InputError(
                    f"bytes do not match their {encoding} BOM: {error.reason}", "decode"
                ) from None
    if b"\x00" not in data:
        try:
            return Decoded(data.decode("utf-8"), "utf-8")
        except UnicodeDecodeError:
            pass
    return detect(data)


def detect(data: bytes) -> Decoded:
    """A Cyrillic code page by which decoding reads as Russian; otherwise (Latin-1, or
    BOM-less UTF-16) a guess by charset-normalizer."""
    from .codepages import best_cyrillic

    cyrillic = best_cyrillic(data) if b"\x00" not in data else None
    if cyrillic is not None and looks_like_text(cyrillic[0]):
        return Decoded(cyrillic[0], codecs.lookup(cyrillic[1]).name)

    from charset_normalizer import from_bytes

    best = from_bytes(data, cp_isolation=CANDIDATE_ENCODINGS).best()
    if best is None:
        raise InputError("not text: no encoding decodes it (binary file?)", "binary")
    text = str(best)
    encoding = codecs.lookup(best.encoding).name
    if "\x00" in text or not looks_like_text(text):
        raise InputError(
            "binary input refused: it contains NUL or control bytes, not text", "binary"
        )
    if encoding.startswith("utf-16") and not in_expected_scripts(text):
        raise InputError("binary input refused: NUL bytes, and not UTF-16 text either", "binary")
    return Decoded(text, encoding)


def looks_like_text(text: str) -> bool:
    printable = sum(1 for char in text if char.isprintable() or char in "\n\r\t\f")
    return printable >= PRINTABLE_SHARE * len(text)


def in_expected_scripts(text: str) -> bool:
    """BOM-less UTF-16 is a guess that almost any bytes with NULs pass: Russian or
    English decoded right sits below U+0530 (Latin, Cyrillic) or among punctuation
    and letterlike signs (—, «», №, €); wrongly paired bytes land in CJK and beyond."""
    expected = sum(1 for char in text if ord(char) < 0x530 or 0x2000 <= ord(char) < 0x2150)
    return expected >= PRINTABLE_SHARE * len(text)


def read_path(path: str | os.PathLike[str]) -> Decoded:
    """Read and decode a file, turning OS errors into one-line InputErrors."""
    where = Path(path)
    if where.is_dir():
        raise InputError(f"{where} is a directory; use 'nlp-extract batch' for folders")
    try:
        data = where.read_bytes()
    except FileNotFoundError:
        raise InputError(f"{where}: no such file") from None
    except PermissionError:
        raise InputError(f"{where}: permission denied") from None
    except OSError as error:
        raise InputError(f"{where}: cannot read ({error.strerror or error})") from None
    try:
        return decode(data)
    except InputError as error:
        raise InputError(f"{where}: {error}", error.code) from None
