"""What every handler's answer needs: its sources, its as-of date, and an honest status."""

from __future__ import annotations

from collections.abc import Sequence

from engine.answer import Answer
from engine.korean import date_ko
from engine.parse import ParsedQuestion
from knowledge.factbase import Fact, FactBase, PledgeFact, RateFact
from knowledge.schema import NOT_IN_EFFECT, STATUSES
from values.money import format_money, format_rate

STATUS_NOTE = {
    "announced": "Status: announced; as of {as_of} no source reports it as implemented.",
    "threatened": "Status: threatened; as of {as_of} no source reports it as implemented.",
    "proposed": "Status: proposed; as of {as_of} no source reports it as implemented.",
    "planned": "Status: planned, as of {as_of}.",
    "scheduled": "Status: scheduled, as of {as_of}.",
}


STATUS_NOTE_KO = {
    "announced": "상태: 발표됨. {as_of} 기준 출처는 시행되었다고 보도하지 않았습니다.",
    "threatened": "상태: 위협됨. {as_of} 기준 출처는 시행되었다고 보도하지 않았습니다.",
    "proposed": "상태: 제안됨. {as_of} 기준 출처는 시행되었다고 보도하지 않았습니다.",
    "planned": "상태: {as_of} 기준 계획됨.",
    "scheduled": "상태: {as_of} 기준 예정됨.",
}


def status_of(facts: list[Fact]) -> str | None:
    """The status to flag: the first fact that is not reported as done."""
    for fact in facts:
        if fact.status in NOT_IN_EFFECT:
            return fact.status
    return None


def answer(
    q: ParsedQuestion,
    base: FactBase,
    facts: Sequence[Fact],
    text: str,
    working: list | None = None,
    score: float = 1.0,
    note_status: bool = True,
    note_history: bool = True,
) -> Answer:
    """An answered reply citing every source its facts come from."""
    facts = list(dict.fromkeys(facts))
    sources = list(dict.fromkeys(s for f in facts for s in f.sources))
    as_of = max((f.as_of for f in facts if f.as_of), default=base.as_of, key=lambda d: d.sort_key)
    status = status_of(facts)
    parts = [text.strip()]
    korean = q.lang == "ko"
    if note_status and status in STATUS_NOTE and status in ("announced", "threatened", "proposed"):
        if korean:
            parts.append(STATUS_NOTE_KO[status].format(as_of=date_ko(base.as_of, weekday=False)))
        else:  # not implemented as of the newest report, not only as of this fact's
            parts.append(STATUS_NOTE[status].format(as_of=base.as_of.text(weekday=False)))
    for fact in facts:
        if fact.differ:
            parts.append(differ_text(fact, q.lang))
            for variant in fact.differ:
                sources.extend(s for s in variant.sources if s not in sources)
    replaced = [old for f in facts for old in base.history(f)] if note_history else []
    if replaced:
        old = replaced[0]
        parts.append(
            f"이전 보도({old.source.publisher}, "
            f"{date_ko(old.source.published, weekday=False)})를 갱신한 내용입니다."
            if korean
            else f"This updates an earlier report ({old.source.publisher}, "
            f"{old.source.published.text(weekday=False)}){_what_changed(old, facts[0])}."
        )
        if old.source not in sources:
            sources.append(old.source)
    return Answer(
        question=q.raw,
        answered=True,
        text=" ".join(parts),
        working=working or [],
        facts=[f.id for f in facts],
        sources=sources,
        as_of=as_of,
        status=status,
        score=score,
        lang=q.lang,
        topic=q,
    )


def _what_changed(old: Fact, new: Fact) -> str:
    """', which gave it as announced' — what the replaced fact said differently."""
    changes = []
    if old.status != new.status and old.status:
        changes.append(f"gave it as {STATUSES.get(old.status, old.status)}")
    for name, was, now, shown in _figures(old, new):
        if was != now and was is not None:
            changes.append(f"gave {name} {shown(was)}")
    return (", which " + " and ".join(changes)) if changes else ""


def _figures(old: Fact, new: Fact) -> list:
    """(name, old value, new value, how to show it) of the figures two reports can differ in."""
    if isinstance(old, RateFact) and isinstance(new, RateFact):
        return [
            ("rate", old.rate, new.rate, format_rate),
            ("old rate", old.old_rate, new.old_rate, format_rate),
            ("new rate", old.new_rate, new.new_rate, format_rate),
        ]
    if isinstance(old, PledgeFact) and isinstance(new, PledgeFact):
        return [
            ("amount", old.amount, new.amount, format_money),
            ("cap per year", old.cap_per_year, new.cap_per_year, format_money),
        ]
    return []


def join_names(names: list[str]) -> str:
    """'autos, lumber and pharmaceuticals'."""
    names = list(names)
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]


def differ_text(fact: Fact, lang: str = "en") -> str:
    """'Reports differ: Korea JoongAng Daily, January 30, 2026, as above; ...'"""
    own = "; ".join(src.short() for src in fact.sources)
    others = "; ".join(
        f"{v.says(lang)} ({'; '.join(src.short() for src in v.sources)})" for v in fact.differ
    )
    if lang == "ko":
        return f"보도가 엇갈립니다: 위 내용({own}); {others}"
    return f"Reports differ: as above ({own}); {others}"
