"""What was said, verbatim, with speaker, occasion and date."""
from __future__ import annotations

from engine.korean import date_ko, josa
from handlers.common import answer
from knowledge.factbase import Fact, FactBase

MAX_QUOTES = 3


def handle(q, facts: list[Fact], base: FactBase, score: float):
    quotes = sorted((f for f in facts if f.kind == "quote"), key=lambda f: (f.file, f.line))
    quotes = quotes[:MAX_QUOTES]
    if not quotes:
        return None
    first = quotes[0]
    if q.lang == "ko":
        return _handle_ko(q, quotes, base, score)
    speaker = base.person_name(first.get("speaker"))
    when = first.date.on() if first.date else ""
    # One clause per occasion, so a quote is never shown under another's context.
    occasions: dict[str, list[str]] = {}
    for quote in quotes:
        context = (quote.get("context") or {}).get("en", "")
        occasions.setdefault(context, []).append(f"\u201c{quote.says()}\u201d")
    clauses = []
    for number, (context, said) in enumerate(occasions.items()):
        where = ", ".join(filter(None, [context, when if number == 0 else ""]))
        who = speaker if number == 0 else "and"
        clauses.append(f"{who} said{f' ({where})' if where else ''}: {' '.join(said)}")
    return answer(q, base, quotes, " ".join(clauses), [], score)


def _handle_ko(q, quotes: list[Fact], base: FactBase, score: float):
    """The Korean shown is a translation and says so; the English original follows verbatim."""
    first = quotes[0]
    speaker = base.person_name(first.get("speaker"), "ko")
    when = date_ko(first.date) if first.date else ""
    occasions: dict[str, list[str]] = {}
    for quote in quotes:
        context = quote.get("context") or {}
        context = context.get("ko") or context.get("en", "")
        said = (f"\u201c{quote.says('ko')}\u201d(번역; 원문: \u201c{quote.says('en')}\u201d)"
                if quote.text.get("ko") else f"\u201c{quote.says('en')}\u201d")
        occasions.setdefault(context, []).append(said)
    clauses = []
    for number, (context, said) in enumerate(occasions.items()):
        where = ", ".join(filter(None, [context, when if number == 0 else ""]))
        who = josa(speaker, "은", "는") if number == 0 else "또"
        clauses.append(f"{who}{f' ({where})' if where else ''} 이렇게 말했습니다: {' '.join(said)}")
    return answer(q, base, quotes, " ".join(clauses), [], score)
