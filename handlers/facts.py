"""Facts told as the source tells them: people, events and the pledge's background.
A "when" question gets the calendar date even where the text gives only a weekday."""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Sequence
from decimal import Decimal

import phrasebook
from engine.answer import Answer
from engine.match import TITLE_FILLER, named_in_anchor, role_held
from engine.when import MONTH_WORDS
from handlers import asks_ko as ko
from handlers.common import answer, declined
from handlers.rate_state import YEARLESS_MONTH, age_text
from knowledge.factbase import EventFact, Fact, FactBase, PersonFact, Role
from values.dates import Day
from values.money import format_share
from values.patterns import screen
from values.text import fold


def handle(q, facts: list[Fact], base: FactBase, score: float):
    fact = facts[0]
    words = phrasebook.of(q.lang)
    text = fact.says(q.lang)
    if isinstance(fact, PersonFact) and not text:
        name = getattr(fact, f"name_{q.lang}", None) or fact.name
        text = words.person_is(name, getattr(fact, f"role_{q.lang}", None) or fact.role)
        then = _office_then(q, fact)
        if then is not None:
            title = (then.title_ko or then.title) if q.lang == "ko" else then.title
            text = words.person_was(name, title, words.date(q.time.days[0], False))
        elif not q.time.days:
            after = _succeeded(base, fact)
            if after is not None:  # "who is choi sang-mok?": he was; Koo holds it now
                role, successor, taken, since = after
                title = (role.title_ko or role.title) if q.lang == "ko" else role.title
                now = (taken.title_ko or taken.title) if q.lang == "ko" else taken.title
                told = words.person_succeeded if taken.start else words.person_succeeded_by
                # a start unknown, only a day reported in office: "by then", never "became on"
                text = told(name, title, base.person_name(successor.id, q.lang), now, since)
    if (
        "when" in q.asks
        and fact.date
        and words.date(fact.date, False) not in text
        and words.year(fact.date.year) not in text
    ):
        text = f"{text} ({words.on_day(fact.date)})"
    return answer(q, base, [fact], text, [], score)


def _succeeded(
    base: FactBase, person: PersonFact, office: Role | None = None, named: frozenset = frozenset()
):
    """(the person's latest office, or `office`, who of their country took that office
    later, from when), when someone did; else None. "Deputy Prime Minister and Minister of
    Economy and Finance", reported held by Choi in April 2025, was taken by Koo on July 21,
    2025. `named`: the office's words the question gives ("acting president"), all of which
    the later office must hold (Lee became president, not acting president)."""
    dated = [r for r in person.roles if r.start or r.seen]
    if not dated:
        return None
    if office is None:
        latest = max(dated, key=lambda r: (r.start or r.seen).sort_key)  # type: ignore[union-attr]
    else:
        latest = office
    held_from = (latest.start or latest.seen).sort_key  # type: ignore[union-attr]
    offices = _offices(latest.title)
    later = []
    for other in base.of_kind("person"):
        if other.id == person.id or getattr(other, "country", None) != person.country:
            continue
        for role in getattr(other, "roles", ()) or ():
            began = role.start or role.seen
            if began is None or began.sort_key <= held_from:
                continue
            if offices & _offices(role.title) and named <= _office_words(role.title):
                later.append((began.sort_key, other, role, began))
    if not later:
        return None
    _, successor, role, began = min(later, key=lambda x: x[0])
    return latest, successor, role, began


# "who replaced / succeeded / took over from Choi?", "Choi's successor": who took the
# named person's office after them
SUCCESSION = screen(
    re.compile(
        r"\b(?:replac(?:e|es|ed)|succeed(?:s|ed)?|successors?|replacements?|"
        r"t(?:ook|akes?) over from|came after)\b|" + ko.SUCCESSOR_KO
    ),
    ("replac", "succeed", "successor", "over from", "came after"),
    hangul=True,
)


def names_of(person: PersonFact) -> list[str]:
    """The person's name and the aliases that hold a word of it ("Koo", "Finance Minister
    Koo"); an alias that is only a title ("finance minister") names no one by name."""
    own = set(re.findall(r"[a-z0-9]+", person.name.lower()))
    return [
        name
        for name in (person.name, *(person.aliases or ()))
        if set(re.findall(r"[a-z0-9]+", name.lower())) & own
    ]


def _by_name(person: PersonFact, text: str) -> bool:
    """The text names the person by a name of theirs (not by a title they hold)."""
    words = set(re.findall(r"[a-z0-9]+", text))
    if any(set(re.findall(r"[a-z0-9]+", n.lower())) <= words for n in names_of(person)):
        return True
    korean = getattr(person, "name_ko", None)
    return isinstance(korean, str) and bool(korean) and korean in text


def _one_named(q, base: FactBase) -> PersonFact | None:
    """The one person the question names by name ("finance minister" names today's holder,
    not the person asked about); None for none or several."""
    named = [
        f
        for f in (base.facts.get(p) for p in q.people)
        if isinstance(f, PersonFact) and _by_name(f, q.text)
    ]
    return named[0] if len(named) == 1 else None


def _roles_asked(person: PersonFact, asked: set[str]) -> tuple[int, list[Role]]:
    """How many of the question's office words the most alike of the person's roles holds,
    and those roles (every role when the question names no office of theirs: 0)."""
    alike = [(len(_office_words(r.title) & asked), r) for r in person.roles]
    most = max((n for n, _ in alike), default=0)
    return most, [r for n, r in alike if n == most]


def _office_words(text: str) -> set[str]:
    """The words of a title, cut to six letters ("minist", "financ"), as the matcher reads
    them (engine.match.TITLE_FILLER)."""
    return {w[:6] for w in re.findall(r"[a-z]+", text.lower()) if w not in TITLE_FILLER}


def successor(q, base: FactBase) -> Answer | None:
    """ "Who replaced Choi Sang-mok as finance minister?", "who was finance minister after
    Choi?": who of the named person's country took that office (the one the question
    names, else the person's latest) after them. None when the question is not of that
    form; a decline when no later holder is reported (never another story about them)."""
    if not q.people or q.amounts or q.rates:
        return None
    told = SUCCESSION.search(q.text)
    if not told and q.time.relation != "after":
        return None  # most questions about a person: no succession asked
    person = _one_named(q, base)
    if person is None:
        return None
    after = q.time.relation == "after" and named_in_anchor(person, q)
    if not (told or after) or not (q.asks & {"who", "who_is"} or told):
        return None
    asked = _office_words(q.text)
    most, alike = _roles_asked(person, asked)
    if not most and not told:
        return None  # "who spoke after Lutnick?": no office asked, no succession told
    roles = [r for r in alike if r.start or r.seen]
    office = max(roles, key=lambda r: (r.start or r.seen).sort_key) if roles else None  # type: ignore[union-attr]
    given = frozenset(asked & _office_words(office.title)) if office else frozenset()
    found = _succeeded(base, person, office, given) if office or not most else None
    words = phrasebook.of(q.lang)
    if found is None:
        return declined(q)
    role, later, taken, since = found
    name = getattr(person, f"name_{q.lang}", None) or person.name
    title = (role.title_ko or role.title) if q.lang == "ko" else role.title
    now = (taken.title_ko or taken.title) if q.lang == "ko" else taken.title
    tell = words.person_succeeded if taken.start else words.person_succeeded_by
    text = tell(name, title, base.person_name(later.id, q.lang), now, since)
    return answer(q, base, [person, later], text, [], 1.0)


# "when did Kim Min-seok take office / become prime minister?", "김민석 총리는 언제 취임했어?"
TOOK_OFFICE = screen(
    re.compile(
        r"\b(?:t(?:ake|akes|ook|aken) office|sworn in|bec(?:ome|ame)|appointed|named|"
        r"inaugurated|took (?:the )?(?:post|job|role|helm)|start(?:ed)? as)\b|" + ko.TOOK_OFFICE_KO
    ),
    ("office", "sworn", "becom", "becam", "appointed", "named", "inaugurat", "took ", "start"),
    hangul=True,
)


_DAY_OF_OFFICE_KO = re.compile(ko.DAY_OF_OFFICE_KO)


def took_office(q, base: FactBase, given: Answer) -> Answer | None:
    """ "When did Kim Min-seok take office?": the answer given stands when it tells a day
    the named person's office began (Lee "took office ... on June 4, 2025"); when it does
    not (Lee nominating Kim on his own first day in office), the day from the person's
    dated roles: the office the question names, else any, in the tenure held. None to keep
    the answer given."""
    if not q.people or q.amounts or q.rates or q.products:
        return None
    if not TOOK_OFFICE.search(q.text):
        return None
    if "when" not in q.asks and not (q.lang == "ko" and _DAY_OF_OFFICE_KO.search(q.text)):
        return None  # "취임일은?": the day asked, as "언제" asks it
    person = _one_named(q, base)
    if person is None:
        return None
    most, alike = _roles_asked(person, _office_words(q.text))
    started = [r for r in alike if r.start]
    if not started:
        return None
    words = phrasebook.of(q.lang)
    told = {words.date(r.start, False) for r in started if r.start}
    if given.answered and any(day in given.text for day in told):
        return None  # the answer tells the day already, with its story
    # the tenure not ended (Yeo's 2021 term ended in 2022), and its first start (a later
    # start of the same tenure is the ministry renamed: Kim's in November 2025)
    held = [r for r in started if not r.end] or started
    role = min(held, key=lambda r: r.start.sort_key)  # type: ignore[union-attr]
    name = getattr(person, f"name_{q.lang}", None) or person.name
    title = (role.title_ko or role.title) if q.lang == "ko" else role.title
    return answer(q, base, [person], words.person_became(name, title, role.start), [], 1.0)


def _offices(title: str) -> set[str]:
    """The offices a title names, in one form: "Acting President and Prime Minister" ->
    {president, prime minister}; "Chief trade negotiator / Minister for Trade" ->
    {chief trade negotiator, minister of trade}."""
    title = re.sub(r"\s*\([^)]*\)", "", title.lower())
    title = re.sub(
        r"\b(?:acting|interim|the republic of korea|of korea|south korean?)\b", "", title
    )
    joined = r"\s*/\s*|\s+and\s+(?=(?:deputy |prime )?(?:minister|president|chief|head)\b)"
    parts = re.split(joined, title.replace(" for ", " of "))
    return {re.sub(r"\s+of\s*$", "", " ".join(p.split())) for p in parts if p.strip()}


def _office_then(q, person: PersonFact) -> Role | None:
    """ "Who was acting president in January 2025?": the office held at the time asked,
    when it is not the latest one (the latest is what person_is tells)."""
    if not q.time.days or q.tense != "past":
        return None
    held = [r for r in person.roles if role_held(r, q.time.days[0])]
    if len(held) != 1 or held[0].title == person.role:
        return None
    return held[0]


# --- "Who did X meet?", "who else besides Y?", "who did X and Z each meet?": every
# meeting the sources report, one per person met, not only the best-matching one.

MAX_MET = 4

_MET = screen(
    re.compile(
        r"\b(?:meet|met|meets|meeting|see|saw|seen|sees|talk(?:ed|s)? (?:to|with)|sit down with|"
        r"sat down with)\b|" + ko.MET
    ),
    (
        "meet",
        "met",
        "sat down with",
        "saw",
        "see",
        "sit down with",
        "talk to",
        "talk with",
        "talked to",
        "talked with",
        "talks to",
        "talks with",
    ),
    hangul=True,
)
_EXCLUDING = re.compile(
    r"\b(?:besides|apart from|aside from|other than|except(?: for)?|beyond|in addition to|"
    r"not counting|excluding|on top of)\s+|" + ko.SET_ASIDE
)
_SET_ASIDE = {*ko.SET_ASIDE_WORDS, "else", "besides", "apart", "aside"}
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


def _events_by_date(base: FactBase) -> tuple[EventFact, ...]:
    """The base's events, oldest first (undated first): sorted once per base."""
    held = base.__dict__.get("_events_by_date")
    if held is None:
        held = base.__dict__["_events_by_date"] = tuple(
            sorted(base.of_kind("event"), key=lambda f: f.date.sort_key if f.date else (0, 0, 0))
        )
    return held


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
    # "who did Kim meet before (seeing) Lutnick?": the meetings told before or after those
    # with the person the time is told by, who is not one of them
    order = _ordered_by(q, base) if not korean else None
    if order is not None:
        excluded = [*excluded, order[1]]
    subjects = [p for p in q.people if p not in excluded]
    if not subjects or len(subjects) > 2:
        return None
    if order is not None and len(subjects) != 1:
        return None
    parts: list[tuple[str, dict[str, Fact]]] = []
    used: list[Fact] = []
    for subject in subjects:
        person = base.facts.get(subject)
        home = person.country if isinstance(person, PersonFact) else None
        met: dict[str, Fact] = {}
        for fact in _events_by_date(base):
            if subject not in fact.people or fact.status != "happened":
                continue
            if "meet" not in fact.keywords and not _MET.search(fact.says() or ""):
                continue
            if q.places and fact.place not in q.places:
                continue
            if not _on_day(fact, q):
                continue
            if order is not None and not _in_order(fact, subject, order, q, base):
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
    if order is not None and all(not met for _, met in parts):
        # no meeting told before (after) that one: not the one it is told by, either
        return declined(q)
    if all(not met for _, met in parts) and not excluded:
        return None
    words = phrasebook.of(q.lang).casual
    where = words.where(q.places[0]) if q.places else ""
    when = _when_text(q, words)
    sentences = []
    for subject, met in parts:
        name = base.person_name(subject, q.lang)
        aside = [base.person_name(p, q.lang) for p in excluded]
        used.extend(met.values())
        if not met:
            sentences.append(words.met_none(name, where, when, aside))
            continue
        names = [base.person_name(p, q.lang) for p in met]
        if order is not None:
            before = order[0] == "before"
            other = base.person_name(order[1], q.lang)
            sentences.append(words.met_order(name, names, before, other, where, when))
        else:
            sentences.append(words.met(name, names, where, when, aside))
        sentences.extend(f.says(q.lang) or "" for f in met.values())
    if not used:  # no one else: cite the meeting with the one set aside
        return None
    return answer(q, base, used, " ".join(sentences), [], 1.0, note_history=False)


# "what did Kim and Bessent agree on Jan 29?": two people said to have done something
# together that day met (or spoke) then.
_TOGETHER = re.compile(
    r"\b(?:and|with)\b.*\b(?:agree\w*|decide\w*|discuss\w*|negotiat\w*|settle\w*|"
    r"reach\w*|talk(?:ed)? about)\b"
)


# Meetings on one trip: a meeting this many days before or after another is "before" or
# "after" it; on the same day only the report's own words order them.
SAME_TRIP_DAYS = 7


def _ordered_by(q, base: FactBase) -> tuple[str, str] | None:
    """("before", "howard-lutnick") for "who did Kim meet before (seeing) Lutnick?": the
    one person the question's time is told by, else None."""
    if q.time.relation not in ("before", "after") or not q.time.anchor:
        return None
    anchor = fold(q.time.anchor)
    named = [p for p in q.people if any(n and n in anchor for n in _names(base, p))]
    if len(named) != 1 or len(q.people) < 2:
        return None
    return q.time.relation, named[0]


def _in_order(fact: Fact, subject: str, order: tuple[str, str], q, base: FactBase) -> bool:
    """The meeting came before (after) one of the subject's meetings with the other: days
    before (after) it on the same trip, or the same day with the report saying so."""
    relation, other = order
    if fact.date is None or fact.date.day is None or other in fact.people:
        return False
    told = re.compile(
        rf"\b{relation}\b[^.;]*\b(?:{'|'.join(re.escape(n) for n in _names(base, other) if n)})\b"
    )
    for ref in base.of_kind("event"):
        if not {subject, other} <= set(ref.people) or ref.status != "happened":
            continue
        if ref.date is None or ref.date.day is None or not _on_day(ref, q):
            continue
        if "meet" not in ref.keywords and not _MET.search(ref.says() or ""):
            continue
        gap = _days(fact.date, ref.date)
        if relation == "after":
            gap = -gap
        if 0 < gap <= SAME_TRIP_DAYS or (gap == 0 and told.search(fold(fact.says() or ""))):
            return True
    return False


def _days(first, then) -> int:
    """Days from the first day to the other."""
    return (
        _dt.date(then.year, then.month, then.day) - _dt.date(first.year, first.month, first.day)
    ).days


_MONTH_NAMED = re.compile(r"\b(?:" + "|".join(sorted(MONTH_WORDS, key=len, reverse=True)) + r")\b")
_HOW_MANY_TIMES = re.compile(r"\bhow (?:many (?:times|meetings)|often)\b|" + ko.HOW_MANY_TIMES)


def meeting_count(q, base: FactBase):
    """ "How many times did Kim meet Lutnick?": one meeting's report does not answer it. The
    days counted are those of reports the maintainers mark as a meeting (keyword `meet`),
    each day once however many reports tell it, and the reply says the sources may not
    report every meeting. With none marked (the summits are told, not marked), no count
    is given: a decline, never a count made from reports that mention a meeting."""
    if len(q.people) != 2 or not _HOW_MANY_TIMES.search(q.text) or not _MET.search(q.text):
        return None
    if q.blocking or q.products or q.amounts or q.rates or q.foreign:
        return None
    if _MONTH_NAMED.search(q.text) and not q.time.days:
        return None  # "in march" with no year read: not a count over every year
    named = set(q.people)
    marked: dict[tuple, Fact] = {}
    for fact in base.of_kind("event"):
        if not named <= set(fact.people) or fact.status != "happened" or fact.date is None:
            continue
        if (q.places and fact.place not in q.places) or not _on_day(fact, q):
            continue
        if not all(_at_the_meeting(base, p, fact) for p in q.people):
            continue
        if "meet" in fact.keywords:
            marked.setdefault(fact.date.sort_key, fact)
    words = phrasebook.of(q.lang)
    if not marked or any(f.differ for f in marked.values()):  # reports differ: no count
        return declined(q, words.casual.met_uncounted)
    shown = [marked[key] for key in sorted(marked)]
    first, second = (base.person_name(p, q.lang) for p in q.people)
    body = words.casual.met_times(first, second, [f.date for f in shown])
    return answer(q, base, shown, body, [], 1.0, note_history=False)


def met_someone_else(q, base: FactBase):
    """ "kim met bessent jan 29, what'd they say?": no report of those two meeting that day,
    but of whom the first named met then: the correction, then those meetings. None when
    the two did meet then, no day is named, or the first named met no one then."""
    if len(q.people) != 2 or not (_MET.search(q.text) or _TOGETHER.search(q.text)) or q.blocking:
        return None
    if q.products or q.amounts or q.rates or q.foreign or _EXCLUDING.search(q.text):
        return None
    if not any(d.day for d in q.time.days) and not _MONTH_DAY.search(q.text):
        return None  # without a day, a meeting no source reports says little
    subject, other = q.people
    events = [f for f in base.of_kind("event") if _on_day(f, q)]
    if any({subject, other} <= set(f.people) for f in events):
        return None  # they did meet (or are reported together) that day
    person = base.facts.get(subject)
    home = person.country if isinstance(person, PersonFact) else None
    met: dict[str, Fact] = {}
    for fact in sorted(events, key=lambda f: f.date.sort_key if f.date else (0, 0, 0)):
        if subject not in fact.people or fact.status != "happened" or len(fact.people) > 3:
            continue
        if "meet" not in fact.keywords and not _MET.search(fact.says() or ""):
            continue
        for someone in fact.people:
            who = base.facts.get(someone)
            if someone != subject and isinstance(who, PersonFact) and who.country != home:
                met.setdefault(someone, fact)
    if not met or len(met) > MAX_MET:
        return None
    words = phrasebook.of(q.lang).casual
    when = _when_text(q, words)
    name = base.person_name(subject, q.lang)
    sentences = [
        words.met_not(name, base.person_name(other, q.lang), when),
        words.met(name, [base.person_name(p, q.lang) for p in met], "", when, []),
        *(f.says(q.lang) or "" for f in met.values()),
    ]
    return answer(q, base, list(met.values()), " ".join(sentences), [], 1.0, note_history=False)


def _when_text(q, words) -> str:
    hit = _MONTH_DAY.search(q.text)
    days = list(q.time.days)
    if days and days[0].month:
        day = days[0]
        return words.when_month_day(day.month, day.day) if day.day else words.when_month(day)
    if hit:
        return words.when_month_day(MONTH_WORDS[hit["m"]], int(hit["d"]))
    return ""


# --- "What came out of Kim's meeting with Wright?": when no source reports an outcome,
# the reply says so, and what the sources do report (the meeting, its date, its source).

_OUTCOME = re.compile(
    r"\b(?:came out of|come out of|comes? of|came of|outcome|results?|resulted|achieve[ds]?|"
    r"accomplish(?:ed)?|produce[ds]?|yield(?:ed)?|agree(?:d)? on|deliver(?:ed)?|"
    r"what happened (?:at|in|after))\b|" + ko.OUTCOME
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
    lead = phrasebook.of(q.lang).casual.no_outcome
    return answer(q, base, [shown], f"{lead} {shown.says(q.lang)}", [], 1.0)


_MET_ASKED = re.compile(
    r"^(?:did|has|have|had)\b.*\b(?:meet|see|sit down with|talk (?:to|with)|hold talks with)\b|"
    + ko.MET_ASKED
)
_MORE_ASKED = re.compile(
    r"\b(?:agree\w*|deal|reach\w*|sign\w*|decide\w*|settle\w*|resolve\w*|discuss\w*|about)\b|"
    + ko.MORE_ASKED
)


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
    if not all(_at_the_meeting(base, p, fact) for p in q.people):
        return None  # named in the report ("he would pass it to Trump"), not at the meeting
    return phrasebook.of(q.lang).casual.yes


_MEETING_WORDS = re.compile(r"\b(?:met|meet|meeting|meetings|summit|talks|held|sat down)\b")


def _at_the_meeting(base: FactBase, person: str, fact) -> bool:
    """The person is named in a sentence of the report that tells a meeting."""
    who = base.facts.get(person)
    tokens = {t for t in re.findall(r"[A-Za-z]{3,}", getattr(who, "name", "") or "")}
    if not tokens:
        return True  # no name to look for: the people list stands
    for sentence in re.split(r"(?<=[.;!?])\s+", fact.says() or ""):
        if _MEETING_WORDS.search(sentence.lower()) and any(t in sentence for t in tokens):
            return True
    return False


# --- "What happened on June 4, 2025?": everything the sources date to that day (events,
# rates taking effect, offices taken up), each story once, not only the best match.

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
    r"happens|took place)\b|" + ko.WHAT_HAPPENED
)


def on_day(q, base: FactBase):
    """Every story the sources date to the one day asked about, or None. A day named
    without its year ("on jan 26") is the day of the one year of the dispute that the
    sources report anything on; in both, or neither, None."""
    if not _WHAT_HAPPENED.search(q.text):
        return None
    if q.topic_concepts or q.people or q.products or q.blocking or q.amounts:
        return None  # "what happened to steel on June 4": the matcher narrows it
    days = list(q.time.days)
    if not days:
        days = [d for d in _yearless_days(q, base) if any(_day_told(base, d, q.lang))]
    if len(days) != 1 or days[0].day is None:
        return None
    day = days[0]
    told, offices = _day_told(base, day, q.lang)
    if not told and not offices:
        return None
    told = told[:MAX_ON_DAY]
    offices = offices[: max(0, MAX_ON_DAY - len(told))]
    lead = phrasebook.of(q.lang).casual.on_day(day)
    parts = [lead, *(f.says(q.lang) or "" for f in told), *(text for text, _ in offices)]
    result = answer(q, base, told, " ".join(parts), [], 1.0, note_history=False, note_status=False)
    for _, role in offices:
        for source in role.sources:
            if source not in result.sources:
                result.sources.append(source)
    return result


def _yearless_days(q, base: FactBase) -> list[Day]:
    """'on jan 26': that day in each year of the dispute up to the newest report."""
    if q.time.days or q.time.anchor or q.time.now or base.as_of is None:
        return []
    found = YEARLESS_MONTH.search(q.text)
    if found is None or not (found["d"] or found["kd"]):
        return []
    name = found["m"] or found["m2"]
    month = MONTH_WORDS.get(name) if name else int(found["km"]) if found["km"] else None
    day_of_month = int(found["d"] or found["kd"])
    days = []
    for year in (base.as_of.year - 1, base.as_of.year):
        try:
            day = Day.parse(f"{year}-{month:02d}-{day_of_month:02d}") if month else None
        except ValueError:
            day = None
        if day is not None and day.sort_key <= base.as_of.sort_key:
            days.append(day)
    return days


def _day_told(base: FactBase, day: Day, lang: str) -> tuple[list, list]:
    """The stories dated to the day (one report of each), and the offices begun on it."""

    def same(d) -> bool:
        return d is not None and (d.year, d.month, d.day) == (day.year, day.month, day.day)

    events = [f for f in base.of_kind("event") if same(f.date) and f.status == "happened"]
    told = _stories(events)  # one report of each story ("raid" once), as the sources tell them
    for rate in base.of_kind("rate"):
        if rate.status == "in_effect" and (same(rate.effective) or same(rate.date)):
            if not any(set(rate.keywords) - {"rate", "in effect"} & set(o.keywords) for o in told):
                told.append(rate)
    words = phrasebook.of(lang).casual
    offices: list[tuple[str, Role]] = []
    for person in base.of_kind("person"):
        if any(person.id in f.people for f in told):
            continue  # an event of that day already tells it
        for role in person.roles:
            if same(role.start):
                name = base.person_name(person.id, lang)
                title = (role.title_ko or role.title) if lang == "ko" else role.title
                offices.append((words.took_office(name, title), role))
    return told, offices


# --- "What happened in May 2026?", "what's the latest?": the stories of a month, or the
# newest ones, each once and in date order, with their days (the timeline has them all).

MAX_LISTED = 5
_NEWS_WORDS = {"development", "developments", "update", "updates", "news", "events", "happening"}
# What "the latest on the tariff dispute" may name beside asking for news
_LATEST_TOPICS = {"term:tariff", "term:outcome", "term:deal", "term:tension", "term:talks"}
_LATEST_WORDS = (
    "latest",
    "newest",
    "recent",
    "last few",
    "current",
    "happen",
    "news",
    "update",
    "new",
)
_LATEST = re.compile(
    r"\b(?:latest|newest|most recent(?:ly)?|recent(?:ly)?|last few|current)\b[^?]*"
    r"\b(?:news|developments?|updates?|happened|on|events?|going on)\b"
    r"|\b(?:happened|happening|news)\b[^?]*\b(?:most recently|recently|lately|latest)\b"
    r"|^\W*(?:(?:so|ok|and|hey|any)\s+)*(?:news|updates?)\W*$|\bwhat'?s? new\b"
    r"|^\W*what'?s? (?:the )?(?:latest|newest)\W*$|" + ko.LATEST
)


def _stories(facts: Sequence[Fact], newest: bool = False) -> list[Fact]:
    """One report per story (its first, or with `newest` its latest), in date order."""
    told: list[Fact] = []
    ordered = sorted(
        facts, key=lambda f: (f.date.sort_key if f.date else (0, 0, 0), f.file, f.line)
    )
    for fact in reversed(ordered) if newest else ordered:
        own = set(fact.keywords) - _GENERIC
        if not any(own & (set(other.keywords) - _GENERIC) for other in told):
            told.append(fact)
    return list(reversed(told)) if newest else told


def _listed(q, base: FactBase, lead: str, facts: list[Fact]):
    words = phrasebook.of(q.lang)
    lines = [
        f"{words.casual.listed_day(f.date)} {_first_sentence(f.says(q.lang) or '')}" for f in facts
    ]
    return answer(
        q, base, facts, " ".join([lead, *lines]), [], 1.0, note_history=False, note_status=False
    )


def _first_sentence(text: str) -> str:
    cut = re.search(r"(?<=[.!?])\s+(?=[A-Z\uac00-\ud7a3])", text)
    return text[: cut.start()] if cut else text


def in_month(q, base: FactBase):
    """ "What happened in May 2026?": the month's stories (up to MAX_LISTED), or None."""
    days = list(q.time.days)
    if len(days) != 1 or days[0].day is not None or days[0].month is None:
        return None
    if not _WHAT_HAPPENED.search(q.text):
        return None
    if q.topic_concepts or q.people or q.products or q.blocking or q.amounts:
        return None
    month = days[0]
    events = [
        f
        for f in base.of_kind("event")
        if f.date is not None
        and f.date.day is not None
        and (f.date.year, f.date.month) == (month.year, month.month)
        and f.status == "happened"
    ]
    told = _stories(events)
    if not told:
        return None
    words = phrasebook.of(q.lang).casual
    more = max(0, len(told) - MAX_LISTED)
    return _listed(q, base, words.in_month(month, MAX_LISTED, more), told[:MAX_LISTED])


def latest(q, base: FactBase):
    """ "What's the latest?": the newest stories the sources tell, with how old they are."""
    if q.people or q.products or q.amounts:
        return None
    if q.text.isascii() and not any(w in q.text for w in _LATEST_WORDS):
        return None  # none of the words the pattern needs: skip its search (most questions)
    if not _LATEST.search(q.text):
        return None
    if set(q.blocking) - _NEWS_WORDS:
        return None  # "the latest *developments*" is asking for news; another word may not be
    if q.time.stated or set(q.topic_concepts) - _LATEST_TOPICS:
        return None
    events = [f for f in base.of_kind("event") if f.date and f.date.day and f.status == "happened"]
    told = _stories(events, newest=True)[-3:]
    if not told or base.as_of is None:
        return None
    words = phrasebook.of(q.lang)
    lead = words.casual.latest(base.as_of, age_text(base.as_of, q.lang))
    return _listed(q, base, lead, told)


# "what % voted yes (of those present)": the votes in favour over the lawmakers present,
# from a report that gives both; its tally must add up to those present ("226 in favor,
# 8 against and 8 abstentions, with 242 ... present"), else the figures are not one vote's.
_IN_FAVOR = re.compile(r"\b(\d[\d,]*) votes? in favou?r\b")
_AGAINST = re.compile(r"\b(\d[\d,]*) against\b")
_ABSTAINED = re.compile(r"\b(\d[\d,]*) abstentions?\b")
_PRESENT = re.compile(
    r"\b(\d[\d,]*) of the \d[\d,]* (?:lawmakers|members|legislators)(?: were)? present\b"
    r"|\b(\d[\d,]*) (?:lawmakers|members|legislators)(?: were)? present\b"
)
_NOT_IN_FAVOR = re.compile(r"\b(?:against|no|nay|opposed|oppose|abstain\w*|reject\w*)\b")
_OF_ALL = re.compile(r"\b(?:all|whole|entire|total|every)\b|\bseats\b")
VOTE_SHARE_ASKED = re.compile(
    r"\bwhat (?:%|(?:percent|percentage|share|proportion|fraction)\b)[^?]*\bvot"
)


def _count(match: re.Match | None) -> int | None:
    if match is None:
        return None
    return int(next(g for g in match.groups() if g).replace(",", ""))


def asks_vote_share(q) -> bool:
    """ "what % voted yes", "what percentage of lawmakers voted for ...": a share of a vote."""
    return "term:vote" in q.concepts and bool(VOTE_SHARE_ASKED.search(q.text))


def vote_share(q, facts: list[Fact], base: FactBase):
    """The share of lawmakers present who voted in favour, with the division shown; None
    when the question asks no such share or no fact gives a tally that adds up."""
    if not asks_vote_share(q):
        return None
    if _NOT_IN_FAVOR.search(q.text):
        return None  # the share against, or abstaining: not told here
    if _OF_ALL.search(q.text):
        return None  # of all the seats, not of those present
    for fact in facts:
        text = fact.says("en") or ""
        yes, present = _count(_IN_FAVOR.search(text)), _count(_PRESENT.search(text))
        if not yes or not present or yes > present:
            continue
        against, abstained = _count(_AGAINST.search(text)), _count(_ABSTAINED.search(text))
        if against is not None and yes + against + (abstained or 0) != present:
            continue  # not one tally of those present
        shown = format_share(Decimal(yes) / Decimal(present) * 100)
        words = phrasebook.of(q.lang)
        body = words.vote_share(yes, present, shown, fact.says(q.lang) or "")
        return answer(q, base, [fact], body, [f"{yes} ÷ {present} = {shown}."])
    return None
