"""Everything the bot says, one phrasebook per language.

`Phrasebook` names every piece of wording once: fixed sentences are `str` fields, tables
keyed by a status or a problem are `Mapping` fields, and sentences built around figures,
names and dates are template functions (`Callable`). `en.py` and `ko.py` each fill every
field (a dataclass without defaults: a missing one fails at import), so a third language
is one new module here plus its entry in `BOOKS`.

The code that decides *what* to say (engine, handlers, orchestrator, charts, front ends)
picks the book with `phrasebook.of(lang)` and never holds a user-facing sentence itself.
Figures reach a book already exact (Decimal) and are formatted by the book's `money`,
`rate` and `points`, so a language changes words, never numbers.

This package sits just above values/ (it formats `Day` and `Decimal`) and below
everything else; objects from higher layers (the fact base) are passed in, never
imported.
"""

from __future__ import annotations

from phrasebook.book import CasualWords, ChartWords, DiscordWords, Phrasebook, Text
from phrasebook.en import EN
from phrasebook.ko import KO

__all__ = [
    "BOOKS",
    "LANGS",
    "CasualWords",
    "ChartWords",
    "DiscordWords",
    "Phrasebook",
    "Text",
    "of",
]


def of(lang: str | None) -> Phrasebook:
    """The book for a language code; English for any language without one."""
    return BOOKS.get(lang or "en", BOOKS["en"])


BOOKS: dict[str, Phrasebook] = {"en": EN, "ko": KO}
LANGS = tuple(BOOKS)
