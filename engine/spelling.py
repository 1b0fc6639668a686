"""Is a word real English? A real word is never a typo to be corrected.

Typo tolerance is for "tarrif" and "lumbr"; without this check "world" would become
"word" and "who won the World Cup?" would look like a question about what was said.
The word list (GCIDE via english-words: 114,000 words, ~30 ms) loads only when a
fuzzy match is about to be used, so most questions never pay for it.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from engine.thresholds import COMMON_ZIPF  # Zipf frequency of an everyday English word


@lru_cache(maxsize=1)
def _words() -> set:
    try:
        from english_words import get_english_words_set
    except ImportError:  # pragma: no cover - a requirement; without it, trust the fuzzy match
        return set()
    return get_english_words_set(["gcide"], lower=True, alpha=True)


def is_english_word(word: str) -> bool:
    known = _words()
    forms = {word}
    if word.endswith("s"):
        forms |= {word[:-1], word[:-2] if word.endswith("es") else word}
    if word.endswith("ies"):
        forms.add(word[:-3] + "y")
    if word.endswith("ed"):
        forms |= {word[:-1], word[:-2]}
    if word.endswith("ing"):
        forms |= {word[:-3], word[:-3] + "e"}
    return any(form in known for form in forms if len(form) >= 3)


def warm() -> None:
    """Load the word list now (a long-running bot does this at start, not mid-question)."""
    _words()


# Every lower-case a-z word wordfreq rates at COMMON_ZIPF or more ("en", best list), one a
# line after a header naming the threshold; built by `python -m engine.common_words`. For
# such a word the table answers exactly as wordfreq would (tests/test_common_words.py
# rebuilds it and compares) without loading wordfreq's 320,000-word list (~0.4 s); other
# words (accents, other scripts) still ask wordfreq.
COMMON_TABLE = Path(__file__).with_name("common_words_en.txt")
TABLE_HEADER = f"# wordfreq en zipf >= {COMMON_ZIPF}"
_PLAIN = re.compile(r"[a-z]+")


@lru_cache(maxsize=1)
def _common_table() -> frozenset[str] | None:
    try:
        lines = COMMON_TABLE.read_text(encoding="ascii").splitlines()
    except (OSError, UnicodeDecodeError):  # pragma: no cover - shipped with the code
        return None
    if not lines or lines[0] != TABLE_HEADER:  # pragma: no cover - built for another threshold
        return None
    return frozenset(lines[1:])


def _zipf_common(form: str) -> bool:
    table = _common_table()
    if table is not None and _PLAIN.fullmatch(form):
        return form in table
    try:
        from wordfreq import zipf_frequency
    except ImportError:  # pragma: no cover - a requirement; without it, every word counts
        return False
    return zipf_frequency(form, "en") >= COMMON_ZIPF


@lru_cache(maxsize=4096)
def is_common(word: str) -> bool:
    """Everyday English, or an inflection of it ("imported" -> "import")."""
    forms = [word]
    for suffix, repl in (
        ("ing", ""),
        ("ing", "e"),
        ("ed", ""),
        ("ed", "e"),
        ("es", ""),
        ("s", ""),
        ("ly", ""),
    ):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            forms.append(word[: -len(suffix)] + repl)
    return any(_zipf_common(form) for form in forms)
