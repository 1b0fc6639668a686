"""Facts told as the source tells them: people, events and the pledge's background.
A "when" question gets the calendar date even where the text gives only a weekday."""

from __future__ import annotations

import re

from engine.korean import date_ko, join_ko, josa
from engine.when import MONTH_WORDS
from handlers.common import answer, join_names
from knowledge.factbase import EventFact, Fact, FactBase, PersonFact
from values.text import fold

MONTH_NAMES = (
    "January February March April May June July August September October November December"
).split()


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


# --- "Who did X meet?", "who else besides Y?", "who did X and Z each meet?": every
# meeting the sources report, one per person met, not only the best-matching one.

SAY_MET = "My sources report {who} met {names}{where}{when}. {told}"
SAY_MET_ELSE = "Besides {excluded}, my sources report {who} met {names}{where}{when}. {told}"
SAY_MET_NONE = "Besides {excluded}, my sources report no one else {who} met{where}{when}."
SAY_MET_KO = "출처에 따르면 {who}{josa} {where}{names}{obj} 만났습니다. {told}"
SAY_MET_ELSE_KO = (
    "{excluded} 외에, 출처에 따르면 {who}{josa} {where}{names}{obj} 만났습니다. {told}"
)
SAY_MET_NONE_KO = "{excluded} 외에 {who}{josa} {where}만났다고 출처가 보도한 사람은 없습니다."
MAX_MET = 4

_MET = re.compile(
    r"\b(?:meet|met|meets|meeting|see|saw|seen|sees|talk(?:ed|s)? (?:to|with)|sit down with|"
    r"sat down with)\b|만났|만난|만나|회담|면담"
)
_EXCLUDING = re.compile(
    r"\b(?:besides|apart from|aside from|other than|except(?: for)?|beyond|in addition to|"
    r"not counting|excluding|on top of)\s+|외에|말고|빼고|제외하고"
)
_SET_ASIDE = {"외", "말고", "빼고", "제외", "else", "besides", "apart", "aside"}
_MONTH_DAY = re.compile(
    r"\b(?P<m>" + "|".join(sorted(MONTH_WORDS, key=len, reverse=True)) + r")\.?\s+(?P<d>\d{1,2})\b"
)


def _names(base: FactBase, person_id: str) -> list[str]:
    person = base.facts.get(person_id)
    if not isinstance(person, PersonFact):
        return []
    names = [person.name, *person.aliases, *person.aliases_ko, person.name_ko or ""]
    return [fold(n) for n in names if n]


def _on_day(fact: Fact, q) -> bool:
    days = list(q.time.days)
    hit = _MONTH_DAY.search(q.text) if not days else None
    if not days and not hit:
        return True
    if fact.date is None:
        return False
    if hit:
        return fact.date.month == MONTH_WORDS[hit["m"]] and fact.date.day == int(hit["d"])
    for day in days:
        if fact.date.year == day.year and day.month in (None, fact.date.month):
            if day.day in (None, fact.date.day):
                return True
    return False


def meetings(q, base: FactBase):
    """Everyone the named person met (where and when the question says), or None."""
    if "who" not in q.asks or not q.people or not _MET.search(q.text):
        return None
    if any(word not in _SET_ASIDE for word in q.blocking):
        return None
    if q.products or q.amounts or q.rates or q.foreign:
        return None
    korean = q.lang == "ko"
    cut = _EXCLUDING.search(q.text)
    excluded = []
    if cut and not korean:  # "besides Lutnick (and Bessent)": the names after it
        tail = q.text[cut.end() :]
        excluded = [p for p in q.people if any(n in tail for n in _names(base, p))]
    elif cut:  # "러트닉 장관 외에": the name just before it
        head = q.text[: cut.start()]
        placed = {p: max((head.rfind(n) for n in _names(base, p)), default=-1) for p in q.people}
        last = max(placed, key=lambda p: placed[p])
        excluded = [last] if placed[last] >= 0 else []
    subjects = [p for p in q.people if p not in excluded]
    if not subjects or len(subjects) > 2:
        return None
    parts: list[tuple[str, dict[str, Fact]]] = []
    used: list[Fact] = []
    for subject in subjects:
        person = base.facts.get(subject)
        home = person.country if isinstance(person, PersonFact) else None
        met: dict[str, Fact] = {}
        for fact in sorted(
            base.of_kind("event"), key=lambda f: f.date.sort_key if f.date else (0, 0, 0)
        ):
            if subject not in fact.people or fact.status != "happened":
                continue
            if "meet" not in fact.keywords and not _MET.search(fact.says() or ""):
                continue
            if q.places and fact.place not in q.places:
                continue
            if not _on_day(fact, q):
                continue
            for other in fact.people:
                who = base.facts.get(other)
                if other == subject or not isinstance(who, PersonFact) or who.country == home:
                    continue
                if other in excluded or other in met:
                    continue
                # the plainest report of the meeting: it names the two of them only
                if len(fact.people) <= 3:
                    met[other] = fact
        if len(met) > MAX_MET:
            return None  # too many to list: the matcher answers the one asked about
        parts.append((subject, met))
    if all(not met for _, met in parts) and not excluded:
        return None
    place = q.places[0] if q.places else None
    where = _place_name(base, place, korean)
    when = _when_text(q, korean)
    if korean:  # '2026년 1월 워싱턴에서 '
        where = " ".join(filter(None, [when.strip(), where]))
        where = f"{where}에서 " if where else ""
    sentences = []
    for subject, met in parts:
        name = base.person_name(subject, q.lang)
        told = " ".join(f.says(q.lang) or "" for f in met.values())
        used.extend(met.values())
        aside = join_names([base.person_name(p, q.lang) for p in excluded])
        if korean:
            names = join_ko([base.person_name(p, "ko") for p in met])
            text = (SAY_MET_ELSE_KO if excluded else SAY_MET_KO) if met else SAY_MET_NONE_KO
            sentences.append(
                text.format(
                    excluded=aside,
                    who=name,
                    josa=josa(name, "은", "는")[len(name) :],
                    where=where,
                    names=names,
                    obj=josa(names, "을", "를")[len(names) :] if names else "",
                    told=told,
                )
            )
            continue
        names = join_names([base.person_name(p) for p in met])
        text = (SAY_MET_ELSE if excluded else SAY_MET) if met else SAY_MET_NONE
        sentences.append(
            text.format(excluded=aside, who=name, where=where, when=when, names=names, told=told)
        )
    if not used:  # no one else: cite the meeting with the one set aside
        return None
    return answer(q, base, used, " ".join(sentences), [], 1.0, note_history=False)


def _place_name(base: FactBase, place: str | None, korean: bool) -> str:
    """' in Washington' (English), '워싱턴' (Korean), '' when the question names none."""
    if place is None:
        return ""
    names = {"washington": ("Washington", "워싱턴"), "seoul": ("Seoul", "서울")}
    en, ko = names.get(place, (place.replace("-", " ").title(), place))
    return ko if korean else f" in {en}"


def _when_text(q, korean: bool) -> str:
    hit = _MONTH_DAY.search(q.text)
    days = list(q.time.days)
    if days:
        day = days[0]
        if korean:
            return f" {date_ko(day, weekday=False)}" if day.month else f" {day.year}년"
        return (
            f" in {day.text(weekday=False)}"
            if day.day is None
            else f" on {day.text(weekday=False)}"
        )
    if hit:
        month = MONTH_WORDS[hit["m"]]
        if korean:
            return f" {month}월 {int(hit['d'])}일"
        return f" on {MONTH_NAMES[month - 1]} {int(hit['d'])}"
    return ""


# --- "What came out of Kim's meeting with Wright?": when no source reports an outcome,
# the reply says so, and what the sources do report (the meeting, its date, its source).

SAY_NO_OUTCOME = "My sources report no outcome of that meeting; they report the meeting itself."
SAY_NO_OUTCOME_KO = (
    "제 출처에는 그 회담의 결과가 보도되어 있지 않습니다. 보도된 것은 회담 자체입니다."
)
_OUTCOME = re.compile(
    r"\b(?:came out of|come out of|comes? of|came of|outcome|results?|resulted|achieve[ds]?|"
    r"accomplish(?:ed)?|produce[ds]?|yield(?:ed)?|agree(?:d)? on|deliver(?:ed)?|"
    r"what happened (?:at|in|after))\b|결과|성과|합의"
)


def outcome(q, base: FactBase):
    """No reported outcome of the named people's meeting: say so, or None."""
    if len(q.people) < 2 or not _OUTCOME.search(q.text) or q.blocking:
        return None
    if q.products or q.amounts or q.rates:
        return None
    named = set(q.people)
    held = [
        f
        for f in base.of_kind("event")
        if named <= set(f.people)
        and ("meet" in f.keywords or _MET.search(f.says() or ""))
        and (not q.places or f.place in q.places)
        and _on_day(f, q)
    ]
    if not held:
        return None
    together = [f for f in base.of_kind("event") if named <= set(f.people)]
    if any(f.outcome or "outcome" in f.keywords for f in together):
        return None  # an outcome is reported: the matcher finds it
    held.sort(key=lambda f: (f.status != "happened", f.date.sort_key if f.date else (9999, 0, 0)))
    shown = held[0]
    lead = SAY_NO_OUTCOME_KO if q.lang == "ko" else SAY_NO_OUTCOME
    return answer(q, base, [shown], f"{lead} {shown.says(q.lang)}", [], 1.0)


_MET_ASKED = re.compile(
    r"^(?:did|has|have|had)\b.*\b(?:meet|see|sit down with|talk (?:to|with)|hold talks with)\b|만났|만난 적"
)
_MORE_ASKED = re.compile(
    r"\b(?:agree\w*|deal|reach\w*|sign\w*|decide\w*|settle\w*|resolve\w*|discuss\w*|about)\b|"
    r"합의|타결|결론|서명|논의"
)
SAY_YES = "Yes."
SAY_YES_KO = "네."


def meeting_confirmed(q, base: FactBase, fact_ids: list[str]) -> str | None:
    """'Did Kim meet Wright?' answered by a meeting both attended: the reply opens 'Yes —'."""
    if "yesno" not in q.asks or len(q.people) < 2 or not fact_ids:
        return None
    if not _MET_ASKED.search(q.text) or _MORE_ASKED.search(q.text):
        return None  # "did they reach a deal when they met?" asks about more than the meeting
    fact = base.facts.get(fact_ids[0])
    if not isinstance(fact, EventFact) or fact.status != "happened":
        return None
    if not set(q.people) <= set(fact.people):
        return None
    if "meet" not in fact.keywords and not _MET.search(fact.says() or ""):
        return None
    if (q.places and fact.place not in q.places) or not _on_day(fact, q):
        return None
    return SAY_YES_KO if q.lang == "ko" else SAY_YES


# --- "What happened on June 4, 2025?": everything the sources date to that day (events,
# rates taking effect, offices taken up), each story once, not only the best match.

SAY_ON_DAY = "On {day}, my sources report:"
SAY_ON_DAY_KO = "{day}에 있었던 일로 출처가 보도한 내용입니다:"
SAY_TOOK_OFFICE = "{name} took office as {title}."
SAY_TOOK_OFFICE_KO = "{name}{josa} {title}에 취임했습니다."
MAX_ON_DAY = 4
# Keywords many stories share: two reports are of one story only if they share another.
_GENERIC = {
    "role",
    "take-office",
    "rate",
    "in effect",
    "meet",
    "talks",
    "official",
    "product",
    "say",
    "review",
    "schedule",
    "visit",
    "outcome",
    "reason",
    "tariff",
    "cost",
    "impact",
}
_WHAT_HAPPENED = re.compile(
    r"^\W*(?:(?:so|ok|and|hey)\s+)*what(?:'s| has| had)? (?:happened|went on|was going on|"
    r"happens|took place)\b|무슨 일|뭐가 있었|무엇이 있었|어떤 일"
)


def on_day(q, base: FactBase):
    """Every story the sources date to the one day asked about, or None."""
    days = list(q.time.days)
    if len(days) != 1 or days[0].day is None or not _WHAT_HAPPENED.search(q.text):
        return None
    if q.topic_concepts or q.people or q.products or q.blocking or q.amounts:
        return None  # "what happened to steel on June 4": the matcher narrows it
    day = days[0]

    def same(d) -> bool:
        return d is not None and (d.year, d.month, d.day) == (day.year, day.month, day.day)

    told: list[Fact] = []
    events = [f for f in base.of_kind("event") if same(f.date) and f.status == "happened"]
    for fact in sorted(events, key=lambda f: (f.file, f.line)):  # as the sources tell them
        own = set(fact.keywords) - _GENERIC
        if not any(own & (set(other.keywords) - _GENERIC) for other in told):
            told.append(fact)  # one report of each story ("raid" once)
    for rate in base.of_kind("rate"):
        if rate.status == "in_effect" and (same(rate.effective) or same(rate.date)):
            if not any(set(rate.keywords) - {"rate", "in effect"} & set(o.keywords) for o in told):
                told.append(rate)
    korean = q.lang == "ko"
    offices: list[tuple[str, object]] = []
    for person in base.of_kind("person"):
        if any(person.id in f.people for f in told):
            continue  # an event of that day already tells it
        for role in person.roles:
            if same(role.start):
                name = base.person_name(person.id, q.lang)
                title = (role.title_ko or role.title) if korean else role.title
                offices.append(
                    (
                        SAY_TOOK_OFFICE_KO.format(
                            name=name, josa=josa(name, "이", "가")[len(name) :], title=title
                        )
                        if korean
                        else SAY_TOOK_OFFICE.format(name=name, title=title),
                        role,
                    )
                )
    if not told and not offices:
        return None
    told = told[:MAX_ON_DAY]
    offices = offices[: max(0, MAX_ON_DAY - len(told))]
    shown = date_ko(day, weekday=False) if korean else day.text(weekday=False)
    lead = (SAY_ON_DAY_KO if korean else SAY_ON_DAY).format(day=shown)
    parts = [lead, *(f.says(q.lang) or "" for f in told), *(text for text, _ in offices)]
    result = answer(q, base, told, " ".join(parts), [], 1.0, note_history=False, note_status=False)
    for _, role in offices:
        for source in role.sources:
            if source not in result.sources:
                result.sources.append(source)
    return result
