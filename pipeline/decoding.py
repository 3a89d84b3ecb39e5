"""Bytes to text: UTF-8 and BOM-marked encodings first, detection for the rest."""

from __future__ import annotations

import codecs

from charset_normalizer import from_bytes

# A BOM settles the encoding; the longest BOM must be tried first (UTF-32 LE starts like UTF-16 LE).
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

# Share of control characters (other than tab and line breaks) above which text is taken for binary data.
_MAX_CONTROL_SHARE = 0.05


class DecodeError(ValueError):
    """The bytes are not text in any encoding we can tell."""


def decode(data: bytes) -> tuple[str, str]:
    """Return ``(text, encoding)``; raise DecodeError for binary or undecodable data."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding
            except UnicodeDecodeError as error:
                raise DecodeError(f"starts with a {encoding} byte-order mark but is not {encoding}: {error}")
    if b"\x00" in data:
        raise DecodeError("binary data (NUL bytes) and no byte-order mark")
    try:
        text, encoding = data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        best = from_bytes(data).best()
        if best is None:
            raise DecodeError("not UTF-8 and no other encoding fits") from None
        text, encoding = str(best), best.encoding
    if _looks_binary(text):
        raise DecodeError(f"binary data (too many control characters for {encoding} text)")
    return text, encoding


def _looks_binary(text: str) -> bool:
    if not text:
        return False
    controls = sum(1 for char in text if ord(char) < 32 and char not in "\t\n\r\f\v")
    return controls / len(text) > _MAX_CONTROL_SHARE
