"""What was said, verbatim, with speaker, occasion and date."""

from __future__ import annotations

import phrasebook
from handlers.common import answer
from knowledge.factbase import Fact, FactBase, QuoteFact

MAX_QUOTES = 3


def handle(q, facts: list[Fact], base: FactBase, score: float):
    quotes = sorted((f for f in facts if isinstance(f, QuoteFact)), key=lambda f: (f.file, f.line))
    quotes = quotes[:MAX_QUOTES]
    if not quotes:
        return None
    first = quotes[0]
    korean = q.lang != "en"  # shown in translation, with the original beside it
    words = phrasebook.of(q.lang)
    speaker = base.person_name(first.speaker, q.lang)
    when = words.on_day(first.date) if first.date else ""
    # One clause per occasion, so a quote is never shown under another's context.
    occasions: dict[str, list[str]] = {}
    for quote in quotes:
        said_in = quote.context  # language -> sentence, {} when none is given
        context = (said_in.get(q.lang) if korean else None) or said_in.get("en", "")
        occasions.setdefault(context, []).append(_shown(quote, q.lang))
    clauses = []
    for number, (context, said) in enumerate(occasions.items()):
        where = ", ".join(filter(None, [context, when if number == 0 else ""]))
        where = f" ({where})" if where else ""
        clauses.append(words.quote_clause(speaker, number == 0, where, " ".join(said)))
    return answer(q, base, quotes, " ".join(clauses), [], score)


def _shown(quote: Fact, lang: str) -> str:
    """The verbatim words; in another language, the translation marked as such, then the
    original."""
    if lang != "en" and quote.text.get(lang):
        return phrasebook.of(lang).translated_quote(quote.says(lang), quote.says("en"))
    return f"\u201c{quote.says('en')}\u201d"
