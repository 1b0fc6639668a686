"""Facts told as the source tells them: people, events and the pledge's background.
A "when" question gets the calendar date even where the text gives only a weekday."""

from __future__ import annotations

import phrasebook
from handlers.common import answer
from knowledge.factbase import Fact, FactBase, PersonFact


def handle(q, facts: list[Fact], base: FactBase, score: float):
    fact = facts[0]
    words = phrasebook.of(q.lang)
    text = fact.says(q.lang)
    if isinstance(fact, PersonFact) and not text:
        name = getattr(fact, f"name_{q.lang}", None) or fact.name
        text = words.person_is(name, getattr(fact, f"role_{q.lang}", None) or fact.role)
    if (
        "when" in q.asks
        and fact.date
        and words.date(fact.date, False) not in text
        and words.year(fact.date.year) not in text
    ):
        text = f"{text} ({words.on_day(fact.date)})"
    return answer(q, base, [fact], text, [], score)
