from __future__ import annotations

import shlex
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_44bbe25897c09ec7.txt"
EXAMPLES = ROOT / "examples"
# the tool in a shell command: this interpreter, so no activated venv is needed
CLI = f"{shlex.quote(sys.executable)} -m nlp_extract"


@pytest.fixture(scope="session")
def extractor():
    """One Extractor for the whole run: natasha's models load once."""
    from nlp_extract.pipeline import Extractor

    return Extractor().warm_up()


@pytest.fixture(scope="session")
def seed_text() -> str:
    return SEED.read_bytes().decode("utf-8")


@pytest.fixture(scope="session")
def seed_doc(extractor, seed_text):
    return extractor.extract(seed_text, id=str(SEED))


def assert_offsets(text: str, doc) -> None:
    """Every span in a document indexes the text it claims to."""
    for entity in doc.entities:
        for mention in entity.mentions:
            assert text[mention.start : mention.end] == mention.text
    for item in [*doc.dates, *doc.agreements]:
        assert text[item.start : item.end] == item.text
