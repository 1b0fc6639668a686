"""Where the bot's facts come from, and as of when: a summary in the text (how many
sources, over which dates, the publishers cited most), every source in the source list,
so the reply never repeats its own source line."""

from __future__ import annotations

from collections import Counter

from engine.korean import date_ko
from handlers.common import answer
from knowledge.factbase import FactBase

MOST_CITED = 4  # publishers named in the text; the source list has them all

# Wording (English, Korean), kept here so it is easy to find.
SAY_SOURCES = (
    "My facts come from {count} source{s}, published {first} to {last}, most of them from "
    "{publishers}{others}.{agencies} They are current as of {last}."
)
SAY_AGENCIES = " {cited} of them cite a news agency ({agencies})."
SAY_OTHERS = " and {n} other publisher{s}"
SAY_SOURCES_KO = (
    "제 사실 정보의 출처는 {count}건({first}~{last})이며, 주로 {publishers}{others}의 "
    "기사입니다.{agencies} {last} 기준 정보입니다."
)
SAY_AGENCIES_KO = " 그중 {cited}건은 통신사 기사를 인용합니다({agencies})."
SAY_OTHERS_KO = " 외 {n}개 매체"


def handle(q, base: FactBase):
    sources = sorted(base.sources.values(), key=lambda s: s.published.sort_key, reverse=True)
    korean = q.lang == "ko"
    publishers = Counter(s.publisher for s in sources)
    agencies = Counter(s.cites for s in sources if s.cites)
    unit = "건" if korean else ""
    named = ", ".join(f"{p} ({n}{unit})" for p, n in publishers.most_common(MOST_CITED))
    rest = len(publishers) - min(len(publishers), MOST_CITED)
    cited = sum(agencies.values())
    agency_list = ", ".join(f"{a} {n}{unit}" for a, n in agencies.most_common(3))
    if korean:
        first, last = (
            (date_ko(sources[-1].published, weekday=False), date_ko(base.as_of, weekday=False))
            if sources
            else ("", "")
        )
        text = SAY_SOURCES_KO.format(
            count=len(sources),
            first=first,
            last=last,
            publishers=named,
            others=SAY_OTHERS_KO.format(n=rest) if rest else "",
            agencies=SAY_AGENCIES_KO.format(cited=cited, agencies=agency_list) if cited else "",
        )
    else:
        first, last = (
            (sources[-1].published.text(weekday=False), base.as_of.text(weekday=False))
            if sources
            else ("", "")
        )
        text = SAY_SOURCES.format(
            count=len(sources),
            s="s" if len(sources) != 1 else "",
            first=first,
            last=last,
            publishers=named,
            others=SAY_OTHERS.format(n=rest, s="s" if rest != 1 else "") if rest else "",
            agencies=SAY_AGENCIES.format(cited=cited, agencies=agency_list) if cited else "",
        )
    ans = answer(q, base, [], text, [], 1.0)
    ans.sources = sources
    return ans
