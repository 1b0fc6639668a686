"""What was said, verbatim, with speaker, occasion and date."""

from __future__ import annotations

from engine.korean import date_ko, josa
from handlers.common import answer
from knowledge.factbase import Fact, FactBase, QuoteFact

MAX_QUOTES = 3


def handle(q, facts: list[Fact], base: FactBase, score: float):
    quotes = sorted((f for f in facts if isinstance(f, QuoteFact)), key=lambda f: (f.file, f.line))
    quotes = quotes[:MAX_QUOTES]
    if not quotes:
        return None
    first = quotes[0]
    korean = q.lang == "ko"
    speaker = base.person_name(first.speaker, q.lang)
    when = (date_ko(first.date) if korean else first.date.on()) if first.date else ""
    # One clause per occasion, so a quote is never shown under another's context.
    occasions: dict[str, list[str]] = {}
    for quote in quotes:
        said_in = quote.context  # language -> sentence, {} when none is given
        context = (said_in.get("ko") if korean else None) or said_in.get("en", "")
        occasions.setdefault(context, []).append(_shown(quote, korean))
    clauses = []
    for number, (context, said) in enumerate(occasions.items()):
        where = ", ".join(filter(None, [context, when if number == 0 else ""]))
        where = f" ({where})" if where else ""
        if korean:
            who = josa(speaker, "은", "는") if number == 0 else "또"
            clauses.append(f"{who}{where} 이렇게 말했습니다: {' '.join(said)}")
        else:
            who = speaker if number == 0 else "and"
            clauses.append(f"{who} said{where}: {' '.join(said)}")
    return answer(q, base, quotes, " ".join(clauses), [], score)


def _shown(quote: Fact, korean: bool) -> str:
    """The verbatim words; in Korean, the translation marked as such, then the original."""
    if korean and quote.text.get("ko"):
        return f"\u201c{quote.says('ko')}\u201d(번역; 원문: \u201c{quote.says('en')}\u201d)"
    return f"\u201c{quote.says('en')}\u201d"
