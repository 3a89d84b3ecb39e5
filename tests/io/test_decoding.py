"""Bytes to text: byte-order marks, UTF-8, Japanese encodings, and binary data refused with a reason."""

from __future__ import annotations

import codecs

import pytest

from pipeline.io.decoding import DecodeError, decode

# Made up: kanji, kana, katakana, full-width brackets and ASCII, as news text mixes them.
NEWS = "ノルウェーは「財務相が提案した関税の引き上げを見送った」と英BBC Newsが伝えている。\n"


@pytest.mark.parametrize(
    "data, encoding",
    [
        (NEWS.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + NEWS.encode("utf-8"), "utf-8-sig"),
        (NEWS.encode("utf-16"), "utf-16"),
        (codecs.BOM_UTF16_BE + NEWS.encode("utf-16-be"), "utf-16"),
        (NEWS.encode("utf-32"), "utf-32"),
    ],
)
def test_utf_with_or_without_a_byte_order_mark(data, encoding):
    assert decode(data) == (NEWS, encoding)


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be", "utf-32-le"])
def test_utf_16_and_32_without_a_byte_order_mark_are_detected(encoding):
    text = "BBC News によると、" + NEWS  # ASCII in UTF-16 means NUL bytes
    assert decode(text.encode(encoding)) == (text, encoding.replace("-", "_"))


def test_a_few_stray_nul_bytes_in_utf_8_are_control_characters_not_binary_data():
    text = NEWS.replace("関税", "関\x00税") + "\x00財務相は会見で理由を説明した。"
    assert decode(text.encode("utf-8")) == (text, "utf-8")


def test_nul_bytes_in_every_other_byte_of_valid_utf_8_are_still_utf_16():
    text = "BBC News reports the talks ended."  # ASCII as UTF-16: valid UTF-8, half NULs
    assert decode(text.encode("utf-16-le")) == (text, "utf_16_le")


@pytest.mark.parametrize(
    "encoding, expected",
    [
        ("shift_jis", "cp932"),
        ("cp932", "cp932"),
        ("euc_jp", "euc"),
        ("iso2022_jp", "iso2022_jp"),
    ],
)
def test_japanese_encodings_are_detected_and_named(encoding, expected):
    text, found = decode(NEWS.encode(encoding))
    assert text == NEWS
    assert expected in found


@pytest.mark.parametrize(
    "text, encoding",
    [
        ("ﾃｽﾄ半角カナ", "shift_jis"),  # alone, charset-normalizer takes this for Korean (cp949)
        ("東京", "euc_jp"),  # ... and this for Chinese (big5)
    ],
)
def test_short_japanese_texts_are_read_as_japanese(text, encoding):
    assert decode(text.encode(encoding))[0] == text


def test_other_encodings_fall_back_to_full_detection():
    text = "Привет мир, это тест кодировки."
    assert decode(text.encode("cp1251")) == (text, "cp1251")


def test_an_empty_file_is_empty_text():
    assert decode(b"") == ("", "utf-8")


@pytest.mark.parametrize(
    "data, reason",
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "NUL bytes"),
        (bytes(range(256)) * 4, "NUL bytes"),
        (b"\x00\x01binary", "NUL bytes"),  # would pass for UTF-16 Ā楢慮祲
        (bytes(range(1, 32)) * 20, "control characters"),
        (bytes((i * 7919) % 255 + 1 for i in range(3000)), "no other encoding fits"),
        (codecs.BOM_UTF16_LE + b"\x00\xd8", "not utf-16"),
    ],
)
def test_binary_or_undecodable_data_is_refused_with_a_reason(data, reason):
    with pytest.raises(DecodeError, match=reason):
        decode(data)
