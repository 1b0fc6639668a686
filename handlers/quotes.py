"""What was said, verbatim, with speaker, occasion and date."""
from __future__ import annotations

from handlers.common import answer
from knowledge.factbase import Fact, FactBase

MAX_QUOTES = 3


def handle(q, facts: list[Fact], base: FactBase, score: float):
    quotes = sorted((f for f in facts if f.kind == "quote"), key=lambda f: (f.file, f.line))
    quotes = quotes[:MAX_QUOTES]
    if not quotes:
        return None
    first = quotes[0]
    speaker = base.person_name(first.get("speaker"))
    context = first.get("context", {}).get("en")
    when = first.date.on() if first.date else ""
    said = " ".join(f"\u201c{f.says()}\u201d" for f in quotes)
    lead = f"{speaker} said{f' ({context}, {when})' if context else f' {when}'}:"
    return answer(q, base, quotes, f"{lead} {said}", [], score)
