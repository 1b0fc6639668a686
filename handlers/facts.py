"""Facts told as the source tells them: people, events and the pledge's background.
A "when" question gets the calendar date even where the text gives only a weekday."""

from __future__ import annotations

from engine.korean import date_ko, josa
from handlers.common import answer
from knowledge.factbase import Fact, FactBase, PersonFact


def handle(q, facts: list[Fact], base: FactBase, score: float):
    fact = facts[0]
    if q.lang == "ko":
        return _handle_ko(q, fact, base, score)
    text = fact.says()
    if isinstance(fact, PersonFact) and not text:
        text = f"{fact.name} is {fact.role}."
    if (
        "when" in q.asks
        and fact.date
        and fact.date.text(weekday=False) not in text
        and str(fact.date.year) not in text
    ):
        text = f"{text} ({fact.date.on()})"
    return answer(q, base, [fact], text, [], score)


def _handle_ko(q, fact: Fact, base: FactBase, score: float):
    text = fact.says("ko")
    if isinstance(fact, PersonFact) and not text:
        name = fact.name_ko or fact.name
        text = f"{josa(name, '은', '는')} {fact.role_ko or fact.role}입니다."
    if (
        "when" in q.asks
        and fact.date
        and date_ko(fact.date, weekday=False) not in text
        and f"{fact.date.year}년" not in text
    ):
        text = f"{text} ({date_ko(fact.date)})"
    return answer(q, base, [fact], text, [], score)
