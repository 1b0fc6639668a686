"""Build engine/common_words_en.txt: the a-z words wordfreq rates as everyday English.

    python -m engine.common_words          (rewrites the table from the installed wordfreq)

engine/spelling.py reads the table instead of loading wordfreq for plain lower-case
words; tests/test_common_words.py checks the shipped table equals what this builds.
"""

from __future__ import annotations

import sys

from engine.spelling import _PLAIN, COMMON_TABLE, COMMON_ZIPF, TABLE_HEADER

# A word needs a frequency of about 10 ** (COMMON_ZIPF - 9) to reach COMMON_ZIPF; half of
# that is far below any rounding, so no word at the threshold is skipped.
_PREFILTER = 0.5 * 10 ** (COMMON_ZIPF - 9)


def build() -> list[str]:
    """The table's words, sorted: exactly those zipf_frequency puts at COMMON_ZIPF or more."""
    from wordfreq import get_frequency_dict, zipf_frequency

    return sorted(
        word
        for word, freq in get_frequency_dict("en").items()
        if freq >= _PREFILTER
        and _PLAIN.fullmatch(word)
        and zipf_frequency(word, "en") >= COMMON_ZIPF
    )


def render(words: list[str]) -> str:
    return "\n".join([TABLE_HEADER, *words]) + "\n"


def main() -> int:
    words = build()
    COMMON_TABLE.write_text(render(words), encoding="ascii")
    print(f"{COMMON_TABLE}: {len(words):,} words")
    return 0


if __name__ == "__main__":
    sys.exit(main())
