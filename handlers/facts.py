"""Facts told as the source tells them: people, events and the pledge's background.
A "when" question gets the calendar date even where the text gives only a weekday."""
from __future__ import annotations

from handlers.common import answer
from knowledge.factbase import Fact, FactBase


def handle(q, facts: list[Fact], base: FactBase, score: float):
    fact = facts[0]
    text = fact.says()
    if fact.kind == "person" and not text:
        text = f"{fact.get('name')} is {fact.get('role')}."
    if "when" in q.asks and fact.date and fact.date.text(weekday=False) not in text \
            and str(fact.date.year) not in text:
        text = f"{text} ({fact.date.on()})"
    return answer(q, base, [fact], text, [], score)
