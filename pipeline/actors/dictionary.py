"""Look-ups in Sudachi's dictionary (the one GiNZA tokenizes with), outside of any sentence.

A token's tag is the reading Sudachi chose in context; the dictionary also
tells whether a word is listed at all (キエーヴォ is not, ゲリラ is) and every
part of speech a surface can take (川崎 is a surname as well as a place).
"""

from __future__ import annotations

from functools import cache, lru_cache

# Bounded: a large corpus has a very large vocabulary.
WORD_CACHE_SIZE = 1 << 16


@lru_cache(maxsize=WORD_CACHE_SIZE)
def unknown_word(text: str) -> bool:
    """A word Sudachi's dictionary lacks (キエーヴォ), as against one it lists (ゲリラ)."""
    morphemes = _tokenizer().tokenize(text)
    return len(morphemes) == 1 and morphemes[0].is_oov()


@lru_cache(maxsize=WORD_CACHE_SIZE)
def parts_of_speech(text: str) -> frozenset[str]:
    """Every part of speech the dictionary lists for exactly this surface (``名詞-固有名詞-人名-姓`` …)."""
    morphemes = _dictionary().lookup(text)
    return frozenset("-".join(p for p in m.part_of_speech()[:4] if p != "*") for m in morphemes)


@cache
def _dictionary():  # noqa: ANN202 (sudachipy's Dictionary has no public type)
    from sudachipy import Dictionary

    return Dictionary(dict="core")


@cache
def _tokenizer():  # noqa: ANN202
    from sudachipy import SplitMode

    return _dictionary().create(SplitMode.C)
