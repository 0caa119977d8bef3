import codecs

import pytest

from nlp_extract.errors import InputError
from nlp_extract.reading.reader import decode, read_path

TEXT = "Губернатор Свердловской области Денис Паслер подписал соглашение с ПАО «Сбербанк».\r\nВторая строка."


@pytest.mark.parametrize(
    "data, encoding",
    [
        (TEXT.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + TEXT.encode("utf-8"), "utf-8-sig"),
        (TEXT.encode("cp1251"), "cp1251"),
        (TEXT.encode("utf-16"), "utf-16"),
        (TEXT.encode("utf-16-le"), "utf-16-le"),
    ],
)
def test_decodes_common_russian_encodings(data, encoding):
    decoded = decode(data)
    assert decoded.text == TEXT
    assert decoded.encoding == encoding


def test_keeps_crlf_so_offsets_match_the_bytes():
    assert "\r\n" in decode(TEXT.encode("cp1251")).text


def test_short_cp1251_text_is_not_mistaken_for_another_script():
    assert decode("Путин".encode("cp1251")).text == "Путин"


def test_empty_input_is_empty_text():
    assert decode(b"").text == ""


@pytest.mark.parametrize(
    "data",
    [
        bytes(range(256)) * 4,
        b"\x7fELF\x02\x01\x01\x00\x00\x00" * 20,
        b"\x00\x01binary",  # even length with NULs: decodes as UTF-16, to CJK
    ],
)
def test_binary_is_refused(data):
    with pytest.raises(InputError, match=r"binary|not text"):
        decode(data)


def test_missing_file_and_directory(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        read_path(tmp_path / "nope.txt")
    with pytest.raises(InputError, match="is a directory"):
        read_path(tmp_path)


def short_sentences() -> list[str]:
    """The dev sets' sentences of up to 200 characters: real news shapes, many short."""
    import json
    import re

    from ..conftest import ROOT

    sentences = []
    for name in ("names_dev", "facts_dev", "agreements_dev", "dates_dev"):
        for line in (ROOT / "tests" / "data" / f"{name}.jsonl").open(encoding="utf-8"):
            text = json.loads(line)["text"]
            sentences += [s for s in re.split(r"(?<=[.!?])\s+", text) if 3 <= len(s) <= 200]
    return sentences


SHORT = short_sentences()
CODE_PAGES = ["cp1251", "koi8_r", "cp866", "mac_cyrillic", "iso8859_5"]


@pytest.mark.parametrize("encoding", CODE_PAGES)
def test_short_sentences_are_read_in_their_own_code_page(encoding):
    """Each wrong code page breaks Russian in a visible way; a statistical guess
    needs more text than one line to see it."""
    assert len(SHORT) > 300
    tried, wrong = 0, []
    for sentence in SHORT:
        try:
            data = sentence.encode(encoding)
        except UnicodeEncodeError:  # a sign the code page lacks (cp866 has no «»)
            continue
        if data.isascii():
            continue
        tried += 1
        # lower-case text can read the same in two code pages: then either is right
        if decode(data).text != sentence:
            wrong.append(sentence)
    assert tried > 100
    assert wrong == []


@pytest.mark.parametrize("encoding", CODE_PAGES)
def test_the_ambassador_line_in_each_code_page(encoding):
    line = "Посол Казахстана Бейбут Атамкулов прибыл в Ташкент.\r\n"
    assert decode(line.encode(encoding)) == decode(line.encode("utf-8")).__class__(
        line, codecs.lookup(encoding).name
    )


@pytest.mark.parametrize("text", ["Müller café in Zürich, Größe und Straße.", "Ça va très bien"])
def test_latin_accents_are_not_read_as_cyrillic(text):
    assert decode(text.encode("cp1252")).text == text
