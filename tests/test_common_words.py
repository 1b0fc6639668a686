"""The shipped everyday-English table (engine/common_words_en.txt) agrees with wordfreq,
so engine.spelling.is_common answers as if it had asked wordfreq for every word."""

from __future__ import annotations

import pytest

from engine import common_words, spelling

wordfreq = pytest.importorskip("wordfreq")


def test_shipped_table_is_what_the_builder_makes_from_wordfreq():
    shipped = spelling.COMMON_TABLE.read_text(encoding="ascii")
    assert shipped == common_words.render(common_words.build())


def _wordfreq_says(word: str) -> bool:
    return wordfreq.zipf_frequency(word, "en") >= spelling.COMMON_ZIPF


def test_table_agrees_with_wordfreq_on_dictionary_words_and_oddities():
    from english_words import get_english_words_set

    words = sorted(get_english_words_set(["gcide"], lower=True, alpha=True))[::7]
    words += ["passenger", "decide", "kimchi", "musk", "ramen", "lol", "zzzq", "tarrif"]
    disagree = [w for w in words if spelling._zipf_common(w) != _wordfreq_says(w)]
    assert disagree == []
    assert spelling._zipf_common("passenger") and not spelling._zipf_common("kimchi")


def test_words_outside_the_table_still_ask_wordfreq():
    # Accented and non-Latin words are not plain a-z: wordfreq decides them.
    for word in ("café", "naïve", "москва", "über", "résumé"):
        assert spelling._zipf_common(word) == _wordfreq_says(word)
    assert spelling._zipf_common("resume") and not spelling._zipf_common("résumé")
