"""Bytes to text: byte-order marks and UTF-8 first, detection for the rest.

Detection (charset-normalizer) tries the Japanese encodings first, since
short Shift_JIS or EUC-JP texts are easily mistaken for Korean or Chinese
ones when every code page competes; only when none of them fits is every
encoding considered.
"""

from __future__ import annotations

import codecs
import re

from charset_normalizer import from_bytes

# A BOM settles the encoding; the longest BOM must be tried first (UTF-32 LE starts like UTF-16 LE).
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

# The encodings of Japanese web pages and mail: Shift_JIS (as Windows' CP932), EUC-JP, ISO-2022-JP (JIS),
# and their JIS X 0213 extensions.
JAPANESE_ENCODINGS = ("cp932", "euc_jp", "iso2022_jp", "shift_jis_2004", "euc_jis_2004")

WIDE_ENCODINGS = ("utf_16_le", "utf_16_be", "utf_32_le", "utf_32_be")

_ASCII_TEXT = re.compile("[\t\n\r -~]")

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
                raise DecodeError(
                    f"starts with a {encoding} byte-order mark but is not {encoding} ({error.reason})"
                ) from None
    if b"\x00" in data and not _stray_nuls_in_utf8(data):
        # NUL bytes: UTF-16 or UTF-32 without a byte-order mark, or binary data.
        wide = _detect(data, (WIDE_ENCODINGS,))
        # Text has NUL bytes in UTF-16 or UTF-32 because it holds ASCII: a short binary file can pass
        # for a few CJK characters, but not for text with ASCII letters, digits or spaces.
        if wide is None or not _ASCII_TEXT.search(wide[0]):
            raise DecodeError("binary data (NUL bytes, and not UTF-16 or UTF-32 text)")
        return _text_or_binary(*wide)
    utf8 = _strict(data, "utf-8")
    # ISO-2022-JP is 7-bit, so it is valid UTF-8 too: escape sequences in ASCII data call for detection.
    if utf8 is not None and not (data.isascii() and b"\x1b" in data):
        return _text_or_binary(utf8, "utf-8")
    detected = _detect(data)
    if detected is not None:
        return _text_or_binary(*detected)
    if utf8 is not None:
        return _text_or_binary(utf8, "utf-8")
    raise DecodeError("not UTF-8, and no other encoding fits (binary data?)")


def _stray_nuls_in_utf8(data: bytes) -> bool:
    """A few NUL bytes in valid UTF-8 (a scraper's or an editor's slip): text with control characters.

    UTF-16 and UTF-32 put a NUL in every other or every fourth byte of ASCII (far more than this),
    and their Japanese is no valid UTF-8 (its bytes 0x80-0xFF stand where UTF-8 allows none); so NULs
    that are rare in valid UTF-8 are stray ones, blanked before parsing like other controls.
    """
    return data.count(b"\x00") <= _MAX_CONTROL_SHARE * len(data) and _strict(data, "utf-8") is not None


def _strict(data: bytes, encoding: str) -> str | None:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        return None


def _detect(
    data: bytes, isolations: tuple[tuple[str, ...] | None, ...] = (JAPANESE_ENCODINGS, None)
) -> tuple[str, str] | None:
    for isolation in isolations:
        best = from_bytes(data, cp_isolation=list(isolation) if isolation else None).best()
        if best is not None:
            return str(best), best.encoding
    return None


def _text_or_binary(text: str, encoding: str) -> tuple[str, str]:
    if _looks_binary(text):
        raise DecodeError(f"binary data (too many control characters for {encoding} text)")
    return text, encoding


def _looks_binary(text: str) -> bool:
    if not text:
        return False
    controls = sum(1 for char in text if ord(char) < 32 and char not in "\t\n\r\f\v")
    return controls / len(text) > _MAX_CONTROL_SHARE
