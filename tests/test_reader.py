import codecs

import pytest

from nlp_extract.errors import InputError
from nlp_extract.reader import decode, read_path

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
