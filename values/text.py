"""Text normalization shared by the fact-base index and the question parser.

Both sides must fold text the same way, or a synonym in vocabulary.yaml would never
meet the word a person typed.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Zero-width characters, bidi overrides and isolates: invisible, and used to disguise text.
_INVISIBLE = dict.fromkeys(
    [
        *range(0x200B, 0x2010),
        *range(0x202A, 0x202F),
        *range(0x2060, 0x2070),
        0xFEFF,
        0x00AD,
        0x180E,
    ],
    None,
)
_PUNCT = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u2010": "-",
        "\u2011": "-",
        "\u2012": "-",
        "\u2013": "-",
        "\u2014": "-",
        "\u2212": "-",
        "\u00a0": " ",
        "\uff04": "$",
    }
)
_WORD = re.compile(r"[a-z0-9]+|[\uac00-\ud7a3]+")
# Words whose trailing s is not a plural.
_KEEP_S = {
    "news",
    "us",
    "yes",
    "this",
    "was",
    "has",
    "is",
    "does",
    "his",
    "its",
    "series",
    "always",
    "perhaps",
    "less",
    "plus",
    "gas",
    "bus",
    "vs",
    "thus",
    "whereas",
    "across",
    "status",
    "bonus",
    "various",
    "previous",
    "famous",
    "serious",
    "bilateral",
}

MAX_QUESTION_CHARS = 500  # longer input is cut before matching; questions are short


def clean(text: str) -> str:
    """NFKC, no invisible or combining characters, plain quotes and dashes, one space."""
    text = str(text)
    if text.isascii() and text.isprintable():  # nothing below changes it but the spaces
        return " ".join(text.split())  # (fast path: 10,000 facts load ~0.5 s sooner)
    text = unicodedata.normalize("NFKD", text).translate(_INVISIBLE)
    # Accents and combining-mark floods go; Hangul jamo are not combining and recompose.
    # Enclosing and other class-0 marks (U+0489, U+20DD, U+034F) count as marks too.
    text = "".join(
        ch
        for ch in text
        if not unicodedata.combining(ch) and unicodedata.category(ch) not in ("Mn", "Me")
    )
    text = unicodedata.normalize("NFKC", text).translate(_PUNCT)
    text = "".join(ch if ch.isprintable() else " " for ch in text)
    return " ".join(text.split())


@lru_cache(maxsize=8192)
def fold(text: str) -> str:
    """Lower-case, possessives dropped: "Korea's" -> "korea". Kept by text: the handlers
    fold the same fact names (every event's) for each question that names an event."""
    text = clean(text).casefold()
    return re.sub(r"'s\b|s'(?=\s|$)", lambda m: "" if m.group(0) == "'s" else "s", text)


def asked_key(question: str) -> str:
    """A question as looked up among the facts' own questions: folded, no "?", one space."""
    return " ".join(fold(question).replace("?", " ").split())


@lru_cache(maxsize=16384)  # (every question stems each of its words; few words recur more)
def stem(word: str) -> str:
    """Plural to singular, just enough to make 'tariffs' meet 'tariff'."""
    if not word.isascii() or len(word) <= 3 or word in _KEEP_S:
        return word
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def words(text: str) -> list[str]:
    """The folded words of a text, in order (digits kept; punctuation dropped)."""
    return _WORD.findall(fold(text))


def stems(text: str) -> tuple[str, ...]:
    return tuple(stem(w) for w in words(text))
