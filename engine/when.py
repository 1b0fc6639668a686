"""When a question is about: now, a stated date ("in September 2025", "2025년 9월"), or a
moment named by an event ("before the deal", "after the Supreme Court ruling").

Tariffs changed many times in the dispute, so "the tariff on cars" has no answer until
it is pinned to a day; with no time in the question, it means now: the newest report.
"""

from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass

from engine import clock
from engine import lexicon_ko as ko
from values.dates import Day
from values.patterns import screen

MONTH_WORDS = {
    "january": 1,
    "jan": 1,
    "february": 2,
    "feb": 2,
    "march": 3,
    "mar": 3,
    "april": 4,
    "apr": 4,
    "may": 5,
    "june": 6,
    "jun": 6,
    "july": 7,
    "jul": 7,
    "august": 8,
    "aug": 8,
    "september": 9,
    "sept": 9,
    "sep": 9,
    "october": 10,
    "oct": 10,
    "november": 11,
    "nov": 11,
    "december": 12,
    "dec": 12,
}
_MONTH = "|".join(sorted(MONTH_WORDS, key=len, reverse=True))
# "September 2025", "sept 2025", "Sep 15, 2025", "15 September 2025"
_MONTH_YEAR = screen(
    re.compile(
        rf"\b(?:(?<![+\d])(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\s+)?(?P<m>{_MONTH})\.?(?:\s+(?P<d2>\d{{1,2}})"
        rf"(?:st|nd|rd|th)?,?)?\s+(?P<y>(?:19[5-9]|20[0-3])\d)\b"
    ),
    # every month word holds one of these (a year before 2020 too, so not the year's digits)
    ("apr", "aug", "dec", "feb", "jan", "jul", "jun", "mar", "may", "nov", "oct", "sep"),
)
# "may vs july 2025", "oct and nov 2025": the first month takes the year of the second
_MONTH_PAIR = screen(
    re.compile(
        rf"\b(?P<m>{_MONTH})\.?\s*(?:vs\.?|versus|and|or|to|through|-|&)\s*(?:{_MONTH})\.?"
        rf"(?:\s+\d{{1,2}}(?:st|nd|rd|th)?,?)?\s+(?P<y>20[2-3]\d)\b"
    ),
    ("202", "203"),
)
# "in oct 25", "oct '25", "since jan '26": a month and a two-digit year. Only after "in"
# or "during", or with an apostrophe: "on jan 26" and "since jan 26" are days.
_MONTH_YY = screen(
    re.compile(
        rf"(?:(?<=\bin )|(?<=\bduring ))"
        rf"(?P<m>{_MONTH})\.?\s+'?(?P<yy>2[0-9])\b(?![.,]?\s*(?:st|nd|rd|th|20[2-3]\d)\b)"
        rf"|\b(?P<m2>{_MONTH})\.?\s+'(?P<yy2>2[0-9])\b"
    ),
    ("apr", "aug", "dec", "feb", "jan", "jul", "jun", "mar", "may", "nov", "oct", "sep"),
)
_ISO = screen(
    re.compile(r"\b(?P<y>20[2-3]\d)-(?P<m>\d{2})(?:-(?P<d>\d{2}))?\b"),
    ("202", "203"),
)
_KO = screen(
    re.compile(
        r"(?P<y>(?:19[5-9]|20[0-3])\d)\s*년(?:\s*(?P<m>1[0-2]|[1-9])\s*월)?"
        r"(?:\s*(?P<d>[1-3]?\d)\s*일)?"
    ),
    ("19", "20"),
)
# A year of the dispute (2020s) after "of" too ("as of 2026"); an earlier one only after a
# word that makes it a time ("in 2019", "since 2016"), never "the Trade Act of 1974".
# "before 2025", "prior to 2025": a bare year after a relation is a date too (the time
# before it), not an event named "2025".
# A year of the dispute (2020s) after "of" too ("as of 2026"); an earlier one only after a
# word that makes it a time ("in 2019", "since 2016"), never "the Trade Act of 1974".
_YEAR = screen(
    re.compile(
        r"\b(?:(?:in|during|for|since|by|before|b4|prior to)\s+(?P<y>(?:19[5-9]|20[0-3])\d)"
        r"|of\s+(?P<y2>20[2-3]\d))\b"
    ),
    None,  # as _MONTH_YEAR: not screened
)
NOW = screen(
    re.compile(
        r"\b(?:now|current(?:ly)?|today|latest|at the moment|right now|"
        r"these days|at present|presently|still|as of now|nowadays|anymore|"
        r"as things stand)\b|현재|지금|요즘|최근|최신|아직"
    ),
    (
        "anymore",
        "as things stand",
        "at present",
        "at the moment",
        "current",
        "latest",
        "now",
        "presently",
        "still",
        "these days",
        "today",
    ),
    hangul=True,  # the Korean words: any text beyond ASCII is searched
)
RELATION = screen(
    re.compile(
        r"\b(?P<rel>before|b4|after|since|prior to|following|until|"
        r"ahead of|during|throughout)\s+(?!when\b)(?P<what>[a-z0-9' -]{3,60})"
    ),
    (
        "after",
        "ahead of",
        "b4",
        "before",
        "during",
        "following",
        "prior to",
        "since",
        "throughout",
        "until",
    ),
)  # "since when has it been 15%?" asks a start, it names no event
RELATION_KO = screen(
    re.compile(
        r"(?P<what>[\uac00-\ud7a3 ]{2,30}?)\s*(?P<rel>이전|전에|전|이후|후에|후|뒤)"
        r"(?![\uac00-\ud7a3])"
    ),
    None,
    hangul=True,  # Korean words only: searched in text beyond ASCII
)
# "the 25% tariff Trump *announced on* January 26, 2026": the date names the measure,
# not the time asked about ("has it taken effect?" asks about now).
NAMES_MEASURE = re.compile(
    r"\b(?:announced|threatened|proposed|unveiled|posted|floated|imposed|said)\s+"
    r"(?:it\s+)?(?:on|in)?\s*$"
)
# "90일 유예 기간에", "유예 기간 동안": during a named period (its first day, as "during
# the 90-day pause" is read)
DURING_KO = screen(
    re.compile(
        r"(?P<what>[\uac00-\ud7a3\d ]{2,30}?)\s*기간\s*(?:동안|중에?|에)(?![\uac00-\ud7a3])"
    ),
    None,
    hangul=True,  # Korean words only: searched in text beyond ASCII
)
# "retroactive to November 1", "backdated to Nov. 1, 2025": the day a measure reaches
# back to is what it says, not the time the question asks about.
RETROACTIVE_DATE = re.compile(
    rf"\b(?:retroactive(?:ly)?|backdated|retroactive effect)\s+(?:back\s+)?(?:to|from|as of)\s+"
    rf"(?:the\s+)?(?:{_MONTH})\.?(?:\s+\d{{1,2}}(?:st|nd|rd|th)?)?(?:,?\s+(?:19|20)\d\d)?"
)


def without_retroactive_dates(text: str) -> str:
    """The text with each day a measure is said to reach back to blanked out."""
    if "retro" not in text and "backdat" not in text:
        return text
    return RETROACTIVE_DATE.sub(lambda m: " " * len(m.group()), text)


BOTH_SIDES = screen(
    re.compile(r"\bbefore (?:and|or|vs\.?|versus|&) after\b"),
    ("before ",),
)
# "2025년 이전", "2025년 전에는", "2026년 2월 이후엔": a relation word right after a Korean
# date, the time before or after that date (not an event named "년").
DATE_RELATION_KO = re.compile(
    r"\s*(?P<rel>이전|전|이후|후|뒤)(?:에는|에도|에|엔|의|으로|로|부터|까지)?(?![\uac00-\ud7a3])"
)
KO_RELATION = {
    "이전": "before",
    "전에": "before",
    "전": "before",
    "이후": "after",
    "후에": "after",
    "후": "after",
    "뒤": "after",
}


# Times told against today ("yesterday", "last week", "tomorrow", "어제"): (words, first day
# back, last day back, whether it can also mean "now" as "today" does in "the car tariff
# today"; a day ahead is a negative number of days back).
# A question about them after the newest report has no source (the orchestrator declines
# it saying how new the newest report is); one inside the sources is asked of that day.
RELATIVE = screen(
    re.compile(
        r"\b(?P<past>yesterday|last night|the day before yesterday|(?P<n>\d|a few|two|three) days ago|"
        r"last week|last month|past week|(?:past|last) (?:few|couple(?: of)?) days|"
        r"(?:past|last) (?:24|48) hours|(?:past|last) (?P<span>\d) days)\b"
        r"|\b(?P<present>today|tonight|this morning|this afternoon|this evening|this week|this month)\b"
        r"|\b(?P<future>tomorrow|next week|next month|the day after tomorrow)\b"
        r"|(?P<past_ko>그저께|그제|어제|어젯밤|지난주|지난 주|지난달|지난 달)"
        r"|(?P<future_ko>내일|모레|다음 주|다음주|다음 달|다음달)"
        r"|(?P<present_ko>오늘|이번 주|이번주|이번 달|이번달)"
    ),
    (
        " days",
        "his afternoon",
        "his evening",
        "his month",
        "his morning",
        "his week",
        "last",
        "next month",
        "next week",
        "oday",
        "onight",
        "past",
        "tomorrow",
        "yesterday",
    ),
    hangul=True,  # the Korean words: any text beyond ASCII is searched
)
_DAYS_AGO = {"a few": 3, "two": 2, "three": 3}
# "last year", "작년": the calendar year before today's (a figure for 2024 is not last year's)
LAST_YEAR = screen(
    re.compile(r"\b(?:last|past|previous) year\b|작년|지난해"),
    ("last", "past", "previous"),
    hangul=True,
)
_BACK = {  # words -> (days back to the first day, days back to the last day)
    "yesterday": (1, 1),
    "last night": (1, 1),
    "the day before yesterday": (2, 2),
    "last week": (13, 7),  # the week before this one, at its widest
    "past week": (7, 0),
    "past few days": (4, 0),
    "last few days": (4, 0),
    "past couple days": (3, 0),
    "past couple of days": (3, 0),
    "last couple days": (3, 0),
    "last couple of days": (3, 0),
    "past 24 hours": (1, 0),
    "last 24 hours": (1, 0),
    "past 48 hours": (2, 0),
    "last 48 hours": (2, 0),
    "last month": (62, 28),
    "그저께": (2, 2),
    "그제": (2, 2),
    "어제": (1, 1),
    "어젯밤": (1, 1),
    "지난주": (13, 7),
    "지난 주": (13, 7),
    "지난달": (62, 28),
    "지난 달": (62, 28),
    "tomorrow": (-1, -1),
    "the day after tomorrow": (-2, -2),
    "next week": (-7, -13),
    "next month": (-28, -62),
    "내일": (-1, -1),
    "모레": (-2, -2),
    "다음 주": (-7, -13),
    "다음주": (-7, -13),
    "다음 달": (-28, -62),
    "다음달": (-28, -62),
    "today": (0, 0),
    "tonight": (0, 0),
    "this morning": (0, 0),
    "this afternoon": (0, 0),
    "this evening": (0, 0),
    "오늘": (0, 0),
    "this week": (6, 0),
    "이번 주": (6, 0),
    "이번주": (6, 0),
    "this month": (30, 0),
    "이번 달": (30, 0),
    "이번달": (30, 0),
}


@dataclass(frozen=True)
class Relative:
    """A time told against today: the words, and the days it may mean."""

    words: str
    first: _dt.date
    last: _dt.date
    present: bool  # today, this week: in a question about how things stand, it is now

    @property
    def day(self) -> Day | None:
        """The one day it names ("yesterday"), else None."""
        if self.first != self.last:
            return None
        return Day(self.first.year, self.first.month, self.first.day)


def read_relative(text: str) -> Relative | None:
    """The time a question tells against today's date (engine/clock.py), else None."""
    hit = RELATIVE.search(text)
    if not hit:
        return None
    words = hit.group(0)
    today = clock.today()
    if hit["n"]:
        back = int(hit["n"]) if hit["n"].isdigit() else _DAYS_AGO[hit["n"]]
        far, near = back, back
    elif hit["span"]:
        far, near = int(hit["span"]), 0
    else:
        far, near = _BACK[words]
    present = bool(hit["present"] or hit["present_ko"])
    first, last = today - _dt.timedelta(days=far), today - _dt.timedelta(days=near)
    return Relative(words, first, last, present)


@dataclass
class TimeRef:
    """The time a question asks about. At most one of `days` and `anchor` is usually set;
    two days ("in October 2025 than now") ask for a comparison."""

    now: bool = False
    days: tuple = ()  # Day, in the order the question gives them
    named: tuple = ()  # days that name a measure ("announced on January 26"), not a time
    relation: str | None = None  # "before" | "after"
    anchor: str | None = None  # the words naming the event ("the deal")
    relative: Relative | None = None  # "yesterday", "last week": told against today

    @property
    def stated(self) -> bool:
        return bool(self.days or self.anchor)


_RELATIVE_YEAR_KO = re.compile(
    "|".join(sorted(map(re.escape, ko.RELATIVE_YEARS_KO), key=len, reverse=True))
)


def _years_told_ko(text: str) -> str:
    """'작년 10월' -> '2025년 10월' (today in 2026): a year told against today, written out."""
    if text.isascii() or not _RELATIVE_YEAR_KO.search(text):
        return text
    year = clock.today().year
    return _RELATIVE_YEAR_KO.sub(lambda m: f"{year + ko.RELATIVE_YEARS_KO[m[0]]}년", text)


_DIGIT = re.compile(r"\d")
_FULL_YEAR = re.compile(r"(?:19|20)\d\d")  # what every year the patterns read holds


def read_time(text: str) -> TimeRef:
    """The time reference in folded question text."""
    text = _years_told_ko(without_retroactive_dates(text))
    ref = TimeRef(now=bool(NOW.search(text)), relative=read_relative(text))
    found: list[tuple[int, Day]] = []
    taken: list[tuple[int, int]] = []
    # every date pattern below needs a year's digits: a text with none names no date;
    # all but _MONTH_YY (a month and "'25") a year's four (_FULL_YEAR)
    dated_text = _DIGIT.search(text) is not None
    full_year = dated_text and _FULL_YEAR.search(text) is not None
    for m in _MONTH_PAIR.finditer(text) if full_year else ():
        found.append((m.start(), Day(int(m["y"]), MONTH_WORDS[m["m"]])))
        taken.append(m.span("m"))
    for m in _MONTH_YY.finditer(text) if dated_text else ():
        month, yy = (m["m"], m["yy"]) if m["m"] else (m["m2"], m["yy2"])
        found.append((m.start(), Day(2000 + int(yy), MONTH_WORDS[month])))
        taken.append(m.span())
    for rx in (_ISO, _KO, _MONTH_YEAR) if full_year else ():
        for m in rx.finditer(text):
            if any(s <= m.start() < e for s, e in taken):
                continue
            groups = m.groupdict()
            month = groups.get("m")
            month_number = (
                MONTH_WORDS.get(month, None)
                if month and not month.isdigit()
                else (int(month) if month else None)
            )
            day = groups.get("d") or groups.get("d1") or groups.get("d2")
            try:
                found.append(
                    (
                        m.start(),
                        Day.parse(
                            f"{groups['y']}"
                            + (f"-{month_number:02d}" if month_number else "")
                            + (f"-{int(day):02d}" if day and month_number else "")
                        ),
                    )
                )
                taken.append(m.span())
            except ValueError:
                continue
    for m in _YEAR.finditer(text) if full_year else ():
        at = m.start("y" if m["y"] else "y2")
        if not any(s <= at < e for s, e in taken):
            found.append((at, Day(int(m["y"] or m["y2"]))))
    if found:  # (most questions name no date: no sorting and filtering of nothing)
        found.sort(key=lambda x: x[0])
        ref.named = tuple(day for start, day in found if NAMES_MEASURE.search(text[:start]))
        found = [(start, day) for start, day in found if not NAMES_MEASURE.search(text[:start])]
        ref.days = tuple(day for _, day in found)
    relative = ref.relative
    if relative is not None and relative.last < clock.today() and relative.day and not ref.days:
        ref.days = (relative.day,)  # "yesterday": that day
    if not ref.days and LAST_YEAR.search(text):
        ref.days = (Day(clock.today().year - 1),)  # "last year": the year before today's
    relation = None if BOTH_SIDES.search(text) else RELATION.search(text)
    if relation:
        rel = relation["rel"]
        ref.relation = (
            "before"
            if rel in ("before", "b4", "prior to", "until", "ahead of")
            else "during"
            if rel in ("during", "throughout")
            else "after"
        )
        ref.anchor = relation["what"].strip()
        dated = [d for start, d in found if start == relation.start("what")]
        if dated and ref.relation == "before" and rel != "until":
            # "before March 12, 2025": the day before that date, not the date itself.
            ref.days = tuple(dated[0].before() if d is dated[0] else d for d in ref.days)
            ref.anchor = None
    elif text.isascii():
        pass  # (the Korean relations below all need Hangul)
    elif dated_ko := _dated_relation_ko(text, found):
        rel, day = dated_ko
        ref.relation = KO_RELATION[rel]
        if ref.relation == "before":
            # "2025년 이전": the time before that date, as "before 2025" is
            ref.days = tuple(day.before() if d is day else d for d in ref.days)
    elif during_ko := DURING_KO.search(text):
        ref.relation = "during"
        ref.anchor = during_ko["what"].strip()
    else:
        relation_ko = RELATION_KO.search(text)
        if relation_ko:
            ref.relation = KO_RELATION[relation_ko["rel"]]
            ref.anchor = relation_ko["what"].strip()
    return ref


def _dated_relation_ko(text: str, found: list[tuple[int, Day]]) -> tuple[str, Day] | None:
    """ "2025년 이전에는": the relation word and the Korean date it follows."""
    if text.isascii():
        return None  # no Korean date
    for m in _KO.finditer(text):
        after = DATE_RELATION_KO.match(text, m.end())
        if after is None:
            continue
        day = next((d for start, d in found if start == m.start()), None)
        if day is not None:
            return after["rel"], day
    return None
