"""Where the bot's facts come from, and as of when."""

from __future__ import annotations

from engine.korean import date_ko
from handlers.common import answer
from knowledge.factbase import FactBase


def handle(q, base: FactBase):
    sources = sorted(base.sources.values(), key=lambda s: s.published.sort_key, reverse=True)
    cited = "; ".join(s.citation() for s in sources)
    if q.lang == "ko":
        text = (
            f"제 사실 정보의 출처는 {len(sources)}건입니다: {cited}. "
            f"{date_ko(base.as_of, weekday=False)} 기준 정보입니다."
        )
    else:
        text = (
            f"My facts come from {len(sources)} source{'s' if len(sources) != 1 else ''}: "
            f"{cited}. They are current as of {base.as_of.text(weekday=False)}."
        )
    ans = answer(q, base, [], text, [], 1.0)
    ans.sources = sources
    return ans
