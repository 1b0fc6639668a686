"""Rank the facts for a parsed question.

Not whole-string similarity (any shared word scores ~86 with WRatio): each fact is
scored by how much of the question's meaning it covers, with concepts weighted by how
rare they are in the base (IDF), times how well the fact fits what is asked (a "when"
question wants a dated fact), and filtered by the entities named (a question about
lumber never gets the autos rate).
"""

from __future__ import annotations

import datetime as _dt
import heapq
import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from decimal import Decimal
from functools import lru_cache
from itertools import repeat

from engine import lexicon_ko as ko
from engine.lexicon_en import STOPWORDS
from engine.parse import ParsedQuestion
from engine.thresholds import (
    DECISIVE_AT,  # rank() prunes below it once a candidate has it
    LONE_BELOW,  # IDF under which a lone known term is common
    LONE_TERM,  # what such a question's specificity counts as: thin
)
from engine.when import MONTH_WORDS, without_retroactive_dates
from knowledge.factbase import EventFact, Fact, FactBase, PledgeFact, QuoteFact, RateFact
from knowledge.index import Lexicon
from values.patterns import screen

# How much a fact that cannot answer what is asked is marked down.
STRONG_ASKS = {"who_is": 0.6, "who": 0.45, "when": 0.45, "where": 0.45, "why": 0.45, "say": 0.55}
WEAK_ASKS = {"rate": 0.8, "how_much": 0.8, "which": 0.7}
_ASK_PENALTIES = {**STRONG_ASKS, **WEAK_ASKS}  # fit() reads it for every candidate
# A report that mentions a rate answers a rate someone set ("what tariff did Trump
# announce?"), but less plainly than the rate fact of the same measure: among reports
# covering the question alike, the rate comes first.
REPORT_OF_RATE = 0.97
# Documents a question may name: a report about another text does not tell what it says.
DOCUMENTS = frozenset(
    {
        "term:fact-sheet",
        "term:mou",
        "term:executive-order",
        "term:proclamation",
        "term:federal register",
        "term:letter",
        "term:annex",
    }
)
# A rate only threatened or announced, asked what a measure imposes in the present.
SAID_NOT_IMPOSED = 0.95
# Concepts that ask for arithmetic, not for a fact: the handlers satisfy them.
OPERATIONS = {"term:share", "term:percent change"}
ALL_GOODS = "korean-imports"  # the product that means all South Korean goods
# The largest factor a fact's score may gain over its coverage (_date_factor's 1.1):
# rank's pruning relies on it, so a new boost must raise it.
MAX_BOOST = 1.1
_EPS = 1e-9
# rank sums each fact's asked weights ahead, in one pass, when the asked concepts' facts
# are at most this many (a base of hundreds of facts; at thousands, pruning skips most).
SUM_AHEAD_UP_TO = 2000
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")

# What a question asks for, beyond its topic: a number, a length of time, a place. A fact
# that holds none cannot answer it, however well it covers the topic ("how many were
# detained?" is not answered by a report of the raid that gives no count).
COUNT_ASK = re.compile(
    r"\bhow many\b(?! (?:percent|percentage|points|pts|%))|"
    r"\bwhat (?:percentage|number|share|proportion)\b|\bhow (?:large|big)\b|" + ko.COUNT_ASK_KO
)
DURATION_ASK = re.compile(
    r"\bhow long\b|\bhow many (?:days|weeks|months|years|minutes|hours)\b|"
    r"\bwithin how many\b|" + ko.DURATION_ASK_KO
)
PLACE_ASK = re.compile(
    r"\bwhere\b|\b(?:which|what) (?:\w+ )?(?:city|town|venue|place|location|state|airport)\b|"
    + ko.PLACE_ASK_KO
)
MONTH_NUMBERS = {
    m: i + 1
    for i, names in enumerate(
        (
            "jan january",
            "feb february",
            "mar march",
            "apr april",
            "may",
            "jun june",
            "jul july",
            "aug august",
            "sep sept september",
            "oct october",
            "nov november",
            "dec december",
        )
    )
    for m in names.split()
}
_MONTH_IN = re.compile(
    r"\b(?:in|during|since|by|of|from|b4|before|after|until|late|early|mid)\s+"
    r"(jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\b"
)
_MONTHS = (
    "january|february|march|april|may|june|july|august|september|october|november|december|"
    "jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec"
)
_DATE = re.compile(
    rf"\b(?:{_MONTHS})\.? \d{{1,2}}(?:st|nd|rd|th)?\b|\b\d{{1,2}}(?:st|nd|rd|th)? (?:{_MONTHS})\b|"
    r"\b(?:19|20)\d\d\b|\b\d{1,2}(?::\d\d)? ?[ap]\.?m\b|\b\d{4}-\d\d(?:-\d\d)?\b|"
    + ko.DATE_KO  # a date as Korean writes it: a fact's Korean text is read too
)
# "on jan 29", "of 29 january" with no year: the day of that month in whichever year it
# fell (a bare "submitted nov 14 right?" states a date to check, not the time asked)
_MONTH_DAY = re.compile(
    rf"\b(?:on|of|from|since|until|till) (?:the )?"
    rf"(?:(?P<m>{_MONTHS})\.? (?P<d>\d{{1,2}})(?:st|nd|rd|th)?\b(?!,? ?(?:19|20)\d\d)"
    rf"|(?P<d2>\d{{1,2}})(?:st|nd|rd|th)? (?:of )?(?P<m2>{_MONTHS})\b(?!,? ?(?:19|20)\d\d))"
)
_NUMBER = re.compile(
    r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|"
    r"forty|fifty|hundred|thousand|million|billion|trillion|dozens?|half|double|twice)\b"
)
# Numbers that name or rate something, not a count: "Section 301", "301조", "15%".
_LABEL = re.compile(
    r"\b(?:section|sec\.?|article|no\.?)\s*\d+\w*|\d+(?:\.\d+)?\s*(?:%|percent\b)|" + ko.SECTION_KO
)
_DURATION = re.compile(
    r"(?:\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|several|few|an?))[ -]"
    r"(?:\w+ )?(?:minutes?|hours?|days?|weeks?|months?|years?)\b|\bhalf an hour\b"
)
REPORTED = ("event", "quote")  # facts of a day, unlike a rate in force for years
# A report that states a rate the question names ("the 200% pharma threat") covers that
# rate at this share of what a rate fact of it covers: the report is about more than it.
REPORTED_RATE = 0.75
SAME_DAY = 1.1  # the fact is dated the very day the question names (<= MAX_BOOST)
STALE_MONTHS = 6  # a person's office reported only this long before the newest report
SLOT_MISSING = 0.45
# The legal basis a question names, as a rate fact's `basis` spells it: a rate under
# another law (or none yet) is not the one asked about.
BASES = {
    "term:section 232": "section-232",
    "term:section-122": "section-122",
    "term:ieepa": "ieepa",
    "term:section-301": "section-301",
}
OTHER_BASIS = 0.7
# "Is the 15% charged on top of MFN, or all-in?": only a report that tells how a rate
# stacks (or does not) answers it; one that gives the rate alone does not.
STACKING = frozenset({"term:stacking", "term:un-stack"})
TARIFF_WORDS = frozenset({"term:tariff", "term:rate", "term:un-stack"})
# "What does the deal say on chips?", "which court said ...": a fact not about the text
# named, or the goods asked of it, does not tell what that text states.
NOT_STATED = 0.7
OTHER_PLACE = 0.7  # the fact happened at a place other than the one the question names
# A fact that tells when something takes effect relative to another step ("the law takes
# effect three months after promulgation") answers "when does it take effect?" though it
# gives no date.
TELLS_EFFECT = re.compile(
    r"\btakes? effect\b[^.;]{0,40}?\b(?:days?|weeks?|months?|years?) (?:after|from)\b"
)
WHO_RUN_TOGETHER = {"whos", "whose"}  # "whos Lutnick": the parser does not read it as "who"
# "When did Lee take office?", "when was Yeo appointed?": the report of that very step.
OFFICE_ASKS = (
    (
        re.compile(
            r"\b(?:take|took|taken|takes) office\b|\bsworn in\b|\binaugurat|"
            r"\bbec(?:a|o)m(?:e|es|ing) (?:the |a )?(?:\w+ )?(?:president|minister|secretary|"
            r"ambassador|chair(?:man)?|representative|negotiator)\b|" + ko.TOOK_OFFICE_KO
        ),
        re.compile(
            r"\b(?:took|take|taking|assumed|assuming) office\b|\bsworn in\b|\binaugurat|"
            + ko.TOOK_OFFICE_KO
        ),
    ),
    (
        re.compile(r"\bappointed\b|\bnamed\b|\bnominated\b|" + ko.APPOINTED_KO),
        re.compile(r"\bappoint|\bnamed\b|\bnominat|" + ko.APPOINTED_KO),
    ),
)
# "When did Lee and Trump first meet?": of close reports of their meetings, the earliest
# that says it was the first ("their first summit") answers (engine/decide.py).
FIRST_ASK = re.compile(r"\bfirst\b(?! (?:day|round|half|quarter|phase)\b)|" + ko.FIRST_ASK_KO)
FIRST_TOLD = re.compile(r"\bfirst\b|" + ko.FIRST_TOLD_KO)
NOT_FIRST = 0.75
# "What is the second Section 301 probe about?": likewise, reports that say "second".
SECOND_ASK = re.compile(
    r"\b(?:second|2nd)\b(?! (?:day|round|half|quarter|phase|term)\b)|" + ko.SECOND_KO
)
SECOND_TOLD = screen(
    re.compile(r"\bsecond\b|\b2nd\b|" + ko.SECOND_KO),
    ("2nd", "second"),
    hangul=True,
)
# A rate reported in effect without the day it took effect, for "when did it take effect?"
NO_START_DAY = 0.85
# A report that never says anything took effect ("committed to implementing the act"),
# for "when does it take effect?"
EFFECT_NOT_TOLD = 0.85
EFFECT_TOLD = re.compile(
    r"\b(?:takes?|took|taken|taking) effect\b|\bin effect\b|\bin force\b|\beffective\b|"
    r"\bkicks? in\b|\bcomes? into force\b|\bapplies from\b|\bwent into effect\b"
)
# "From what date did the 15% apply?": when it took effect, like "when did it take effect?"
START_ASK = re.compile(
    r"\b(?:from|since|starting|beginning) (?:what|which) (?:date|day|month)\b|"
    r"\b(?:from|since|starting) when\b"
)
FIRST_COVERAGE = 0.95
# "What rate does the chip tariff impose?", "the tariff imposed on chips now": what a
# measure does, in the present; "impose" then says nothing of an announcement.
IMPOSED_NOW = screen(
    re.compile(
        r"\b(?:does|do)\b[^?.;]*\bimpose\b|\bimposes\b|\b(?:is|are) (?:being |currently |now )?imposed\b|"
        + ko.IMPOSED_NOW_KO
    ),
    ("impose",),
    hangul=True,
)


def imposed_now(text: str) -> bool:
    """ "What tariff does the US impose on chips?": what a measure imposes in the present,
    the rate in force, with no word of an announcement."""
    return bool(IMPOSED_NOW.search(text) and not ANNOUNCED.search(text))


ANNOUNCED = re.compile(
    r"\b(?:announc\w*|threat\w*|declar\w*|unveil\w*|float\w*|propos\w*|plan\w*|said|says|say|"
    r"will|would|going to|gonna|want\w*|intend\w*)\b"
)
# "Korea's tariffs are how many times higher?": a multiple ("four times"), which a fact
# with other figures does not hold.
# "Did the ruling stop it for all importers?": whom a court's order covers, which only a
# report saying so ("for those parties only", "all other importers") tells.
SCOPE_ASK = re.compile(
    r"\b(?:for|from|to|on) (?:all|every|each)\b|\b(?:everyone|everybody|nobody|no one)\b"
)  # (not "universal": "the universal injunction" names an order)
SCOPE_TOLD = re.compile(
    r"\b(?:only|plaintiffs?|all other|everyone|universal|nationwide|as applied to|every)\b"
)
COURTS = frozenset(
    {
        "term:court",
        "term:court-of-international-trade",
        "term:supreme-court",
        "term:federal-circuit",
        "term:injunction",
    }
)
TIMES_ASK = re.compile(r"\bhow many times (?:higher|more|larger|bigger|greater|as|over)\b")
TIMES_TOLD = re.compile(r"\b(?:\w+|\d+(?:\.\d+)?)[ -]times\b|\btwice\b|\bdouble\b|\bfold\b")
# "Where in Gyeongju did they meet?": the venue, which a report naming only the city lacks.
WHERE_WITHIN = re.compile(r"\bwhere (?:exactly )?in\b|\bwhich (?:venue|building)\b")
VENUE = re.compile(
    r"\b(?:at|in|inside) (?:the )?(?:[\w'.-]+ ){0,4}(?:museum|cent(?:er|re)|hall|hotel|house|"
    r"palace|garden|building|office|airport|headquarters|residence|department|embassy|plant|"
    r"factory|complex)\b"
)


def _names_venue(fact: Fact) -> bool:
    return bool(VENUE.search((fact.text.get("en") or "").lower()))


OTHERS = re.compile(r"\b(?:else|other|others|besides|apart from|aside from|except)\b")
RATE_TOPICS = {
    "term:tariff",
    "term:rate",
    "term:reciprocal",
    "term:in effect",
    "term:hike",
    "term:reduce",
    "term:announce",
    "term:percent change",
}
PREDECESSOR_ALIKE = 3
# Words of the question found in the fact's own text, beside the concepts: among facts
# that cover the same concepts, the one that also says what was asked ("detained",
# "Ottawa", "work something out") comes first. At most this much is taken off.
LITERAL_WEIGHT = 0.1
_QUESTION_WORDS = {
    "what",
    "when",
    "where",
    "which",
    "whom",
    "whose",
    "does",
    "did",
    "will",
}
# How a question asks for someone's words ("what did Kim tell reporters?"): never in the
# words themselves, so not held against a quote.
_SPEECH_WORDS = {"tell", "told", "reporters", "reporter", "press", "journalists", "said", "says"}


@dataclass(slots=True)  # rank makes ~30 a question; slots: lighter to make and read
class Candidate:
    fact: Fact
    score: float
    coverage: float
    # The question's rarest known concept's weight (IDF): low when all it names is what
    # most facts hold ("tariffs", "products"); then an unknown word is likely the topic.
    specific: float = float("inf")  # unknown until rank() sets it: not thin
    # The goods the fact is about ("product:pharmaceuticals"): a newer report of the same
    # story is about the same goods, not a report of another good's grace period.
    goods: frozenset = frozenset()
    about: frozenset = frozenset()  # every concept the fact is about
    # group_of(fact), when the maker has it at hand (rank's fact views): decide reads a
    # candidate's group many times a question
    held_group: str = ""

    @property
    def group(self) -> str:
        return self.held_group or group_of(self.fact)


_GROUPS: dict = {}


def group_of(fact: Fact) -> str:
    """Facts that answer together: one measure's rates, one speaker's words that day.
    Read from the fact alone, so once per fact (decide asks it of every candidate, more
    than once)."""
    held = _GROUPS.get(id(fact))
    if held is None or held[0] is not fact:
        held = (fact, _group_of(fact))
        _GROUPS[id(fact)] = held
    return held[1]


def _group_of(fact: Fact) -> str:
    if isinstance(fact, RateFact) and fact.measure:
        return "measure:" + fact.measure
    if isinstance(fact, QuoteFact):
        return f"quote:{fact.speaker}:{fact.date}"
    if fact.kind == "event":
        return "measure:" + fact.id  # an announcement and the rates it set
    return fact.id


# "Lutnick said 90% of the profits ...", "Lee had earlier told Reuters ...": a report of
# what someone said, a word of their name right before the verb.
_REPORTED_SPEECH = r"(?:'s)?\s+(?:[a-z]+\s+){0,2}?(?:said|says|told|warned|stated|wrote)\b"


RETOLD = 0.95  # what someone said, told by a report, beside a quote of the words


_SPEAKERS: dict = {}


def speakers(fact: Fact) -> frozenset:
    """Whose words the fact reports: a quote's speaker, an announcement's author, the
    people a report says said something. Read from the fact alone, so once per fact
    (a "what did X say" question reads it for each of ~30 candidates)."""
    held = _SPEAKERS.get(id(fact))
    if held is None or held[0] is not fact:
        held = (fact, frozenset(_speakers(fact)))
        _SPEAKERS[id(fact)] = held
    return held[1]


def _speakers(fact: Fact) -> set:
    if isinstance(fact, QuoteFact):
        return {fact.speaker}
    if isinstance(fact, RateFact) and fact.by:
        return {fact.by}
    if fact.kind == "event" and fact.status in ("announced", "threatened"):
        # those whose words the report tells ("Trump said in a post ..."); all its people
        # only when it names none saying them (Lee named as the addressee did not speak)
        text = (fact.text.get("en") or "").lower()
        told = {p for p in fact.people if _reports_words(p, text)}
        return told or set(fact.people)
    if fact.kind == "event":
        text = (fact.text.get("en") or "").lower()
        return {p for p in fact.people if _reports_words(p, text)}
    return set()


@lru_cache(maxsize=512)
def _speech_of(person: str) -> re.Pattern:
    names = "|".join(re.escape(w) for w in person.split("-") if len(w) >= 3)
    return re.compile(rf"\b(?:{names or '$^'})" + _REPORTED_SPEECH)


def _reports_words(person: str, text: str) -> bool:
    return bool(_speech_of(person).search(text))


def can_answer(fact: Fact, ask: str, concepts: dict, asks: set) -> bool:
    if ask == "who_is":
        return fact.kind == "person" or "say" in asks
    if ask == "who":
        if fact.kind == "quote":
            return "say" in asks
        # "who is entitled to refunds?" is answered by whom a rule entitles, not a person
        return fact.kind == "person" or bool(fact.people) or "term:entitled" in concepts
    if ask == "when":
        return fact.date is not None or bool(fact.date_text)
    if ask == "where":
        return isinstance(fact, EventFact) and (bool(fact.place) or posted(fact, concepts))
    if ask == "why":
        return "term:exchange" in concepts or "term:reason" in concepts
    if ask == "say":
        return fact.kind == "quote" or "term:say" in concepts
    if ask == "rate":
        return fact.kind == "rate" or any("%" in t for t in fact.text.values())
    if ask == "how_much":
        return fact.kind in ("rate", "pledge")
    if ask == "which":
        return fact.kind == "rate"
    return True


_FACT_WORDS: dict = {}


def _stems(text: str) -> set:
    return {w[:5] for w in re.findall(r"[a-z]{4,}", text.lower())}


_LITERAL_KINDS = ("event", "quote")


def _literal_kind(fact: Fact, q: ParsedQuestion) -> bool:
    """Reports and quotes are matched on their words too."""
    return fact.kind in _LITERAL_KINDS


@lru_cache(maxsize=1024)
def _content_stems(text: str) -> frozenset:
    """The stems of a question's content words (literal_share runs once per candidate)."""
    return frozenset(
        w[:5]
        for w in re.findall(r"[a-z]{4,}", text)
        if w not in STOPWORDS and w not in _QUESTION_WORDS and w not in _SPEECH_WORDS
    )


@lru_cache(maxsize=1024)
def _people_stems(people: tuple) -> frozenset:
    return frozenset(w[:5] for p in people for w in re.findall(r"[a-z]{4,}", p))


def literal_share(fact: Fact, q: ParsedQuestion) -> float:
    """The share of the question's content words the fact's own English text holds."""
    words = _content_stems(q.text)
    if fact.kind == "quote":  # a quote's words never name its speaker
        words = words - _people_stems(tuple(q.people))
    return _share(words, _fact_stems(fact))


def _share(words: frozenset, held: set) -> float:
    if not words:
        return 1.0
    return len(words & held) / len(words)


def _fact_stems(fact: Fact) -> set:
    """The stems of the fact's own words, read once per fact."""
    held = _FACT_WORDS.get(id(fact))
    if held is None or held[0] is not fact:
        held = (fact, _stems(" ".join(t for t in fact.text.values() if t)))
        _FACT_WORDS[id(fact)] = held
    return held[1]


_SLOT_CACHE: dict = {}


# Where something was said or announced may be the platform it was posted on.
SAID_CONCEPTS = frozenset({"term:announce", "term:say"})
PLATFORM_TOLD = re.compile(
    r"\btruth social\b|\b(?:on|a post on|statement on) x\b|\btwitter\b", re.I
)


def posted(fact: Fact, concepts: dict) -> bool:
    """A report of something said or announced that names where it was posted: "where
    did Trump announce it?" is answered "on Truth Social"."""
    if not concepts.keys() & SAID_CONCEPTS:
        return False
    return bool(PLATFORM_TOLD.search(" ".join(t for t in fact.text.values() if t)))


def holds_slot(fact: Fact, slot: str, concepts: dict, q: ParsedQuestion | None = None) -> bool:
    """Whether the fact's own words hold what the question asks for: "count" a number
    that is not part of a date, "duration" a length of time, "place" a place."""
    if slot == "count" and fact.kind == "rate":
        # A rate, told from its fields, is the number asked when the question is about the
        # rate ("how big is the increase?", not "how large was the quota?").
        if q is None or all(
            c in RATE_TOPICS or c.startswith(("product:", "term:section")) for c in q.topic_concepts
        ):
            return True
    key = (id(fact), slot)
    cached = _SLOT_CACHE.get(key)
    if cached is not None and cached[0] is fact:
        return cached[1]
    held = _holds_slot(fact, slot, concepts)
    _SLOT_CACHE[key] = (fact, held)
    return held


def _holds_slot(fact: Fact, slot: str, concepts: dict) -> bool:
    text = " ".join(t for t in fact.text.values() if t).lower()
    if slot == "count" and fact.kind == "pledge":
        return True  # a sum, told from its fields
    if slot == "count" and fact.kind == "rate":  # else: a count in its report
        rest = re.sub(r"\d+(?:\.\d+)?\s*(?:%|percent)", " ", _DATE.sub(" ", text))
        return bool(re.search(r"\d", rest))
    if fact.kind == "rate" and slot == "duration":
        return False  # a rate is answered from its fields, which hold no length of time
    if slot == "place":
        return (
            bool(getattr(fact, "place", None))
            or any(c.startswith("place:") for c in concepts)
            or posted(fact, concepts)
        )
    if slot == "times":
        return bool(TIMES_TOLD.search(text))
    if slot == "scope":
        return bool(SCOPE_TOLD.search(text))
    if slot == "duration":
        return bool(_DURATION.search(_DATE.sub(" ", text))) or bool(
            re.search(ko.DURATION_TOLD_KO, text)
        )
    if slot == "count":
        # "how many countries in the 301 probe?": "Section 301" and "15%" count nothing
        return bool(_NUMBER.search(_LABEL.sub(" ", _DATE.sub(" ", text))))
    return bool(_NUMBER.search(_DATE.sub(" ", text)))


@dataclass(frozen=True)
class _TextReads:
    """What the question's text asks, read once per text: fit() runs for every candidate
    fact, and these regular expressions depend on the question alone."""

    duration: bool
    count: bool
    place: bool
    offices: tuple[int, ...]  # indexes into OFFICE_ASKS whose question pattern matched
    others: bool
    months: tuple[int, ...]
    first: bool  # "first" as an order of events, not "the first day" of talks
    start: bool  # "from what date", "since when": when something began to apply
    within: bool  # "where in Gyeongju": a place inside the one named
    times: bool  # "how many times higher": a multiple, not a count
    second: bool  # "the second probe": the report that says it was the second
    month_days: tuple  # ((1, 29),) for "jan 29" stated without a year
    scope: bool  # "for all importers", "for everyone": whom something covers


_MONTH_DAY_KO = re.compile(ko.MONTH_DAY_KO)


@lru_cache(maxsize=1024)
def _reads(text: str) -> _TextReads:
    dated = without_retroactive_dates(text)  # "retroactive to Nov 1": not the time asked
    return _TextReads(
        duration=bool(DURATION_ASK.search(text)),
        count=bool(COUNT_ASK.search(text)),
        place=bool(PLACE_ASK.search(text)),
        offices=tuple(i for i, (asked, _) in enumerate(OFFICE_ASKS) if asked.search(text)),
        others=bool(OTHERS.search(text)),
        months=tuple(MONTH_NUMBERS[m] for m in _MONTH_IN.findall(dated)),
        month_days=tuple(
            (MONTH_WORDS[m["m"] or m["m2"]], int(m["d"] or m["d2"]))
            for m in _MONTH_DAY.finditer(dated)
            if 1 <= int(m["d"] or m["d2"]) <= 31
        )
        # "7월 30일": a Korean month and day with no year
        + tuple(
            (int(m[1]), int(m[2])) for m in _MONTH_DAY_KO.finditer(text) if 1 <= int(m[2]) <= 31
        ),
        first=bool(FIRST_ASK.search(text)),
        second=bool(SECOND_ASK.search(text)),
        start=bool(START_ASK.search(text)),
        within=bool(WHERE_WITHIN.search(text)),
        times=bool(TIMES_ASK.search(text)),
        scope=bool(SCOPE_ASK.search(text)),
    )


def asks_first(q: ParsedQuestion) -> bool:
    """Whether the question asks for the first of something ("when did they first meet?")."""
    return _reads(q.text).first


_RATE_TOLD = re.compile(r"(\d+(?:\.\d+)?)\s*(?:%|percent\b)")
_RATES_CACHE: dict = {}


def rates_told(fact: Fact) -> set:
    """The rates a report states in its English words ("up to 200%", "15 percent")."""
    held = _RATES_CACHE.get(id(fact))
    if held is None or held[0] is not fact:
        found = {Decimal(m) for m in _RATE_TOLD.findall((fact.text.get("en") or "").lower())}
        held = (fact, found)
        _RATES_CACHE[id(fact)] = held
    return held[1]


def says_first(fact: Fact) -> bool:
    """Whether the fact's own words say it was the first ("their first summit")."""
    return any(FIRST_TOLD.search(t) for t in fact.text.values() if t)


def asked_slots(q: ParsedQuestion) -> set:
    """The slots a question asks to be filled; none for arithmetic on stated figures."""
    if q.amounts or "calc" in q.asks:
        return set()
    slots = set()
    reads = _reads(q.text)
    if reads.duration:
        slots.add("duration")
    elif reads.times:
        slots.add("times")
    elif reads.count:
        slots.add("count")
    if reads.place and "source" not in q.asks and not q.recipient:
        slots.add("place")
    if reads.scope and COURTS & q.concepts.keys():
        slots.add("scope")
    return slots


class _Asked:
    """What fit() and _score() read of the question alone, read once per rank() instead
    of once per candidate fact (~30 a question)."""

    __slots__ = (
        "slots",
        "penalties",
        "places",
        "reads",
        "people",
        "one_person",
        "stale_who",
        "named",
        "bases",
        "effect_when",
        "imposed_now",
        "months",
        "years",
        "topic",
        "focus_terms",
        "documents",
        "asked_places",
        "about_person",
        "timed",
        "meet_two",
        "say_people",
        "dated",
        "english",
        "content_words",
        "quote_words",
        "effect_words",
        "past",
        "future",
        "future_when",
        "who_others",
        "rate_topic",
        "not_said",
        "rate_report",
        "say",
        "tensed",
        "who_met",
        "stacking",
        "rare",
        "rare_score",
    )

    def __init__(
        self,
        q: ParsedQuestion,
        base: FactBase | None = None,
        asked: dict | None = None,
        lexicon: Lexicon | None = None,
    ) -> None:
        self.slots = asked_slots(q)
        # the kinds of thing asked, with their penalties, in _ASK_PENALTIES order
        self.penalties = (
            [(ask, p) for ask, p in _ASK_PENALTIES.items() if ask in q.asks] if q.asks else []
        )
        self.places = {c for c in q.concepts if c.startswith("place:")}
        self.reads = _reads(q.text)
        self.people = set(q.people)
        self.one_person = q.people[0] if len(self.people) == 1 else None
        self.stale_who = (
            base is not None
            and "who_is" in q.asks
            and any(stale_role(base.facts[p], q, base) for p in q.people if p in base.facts)
        )
        self.named = [p for p in q.products if p != ALL_GOODS]
        self.bases = {BASES[c] for c in q.concepts if c in BASES}
        # "when did it take effect", "when did it start": asks when a measure applied
        self.effect_when = "when" in q.asks and ("term:in effect" in q.concepts or self.reads.start)
        self.imposed_now = imposed_now(q.text)
        # "when did it take effect", asked in those words (not "implementing")
        self.effect_words = bool(
            "when" in q.asks and "term:in effect" in q.concepts and EFFECT_TOLD.search(q.text)
        )
        self.past = q.tense == "past"
        self.future = q.tense == "future"
        self.future_when = self.future and "when" in q.asks
        self.who_others = bool(self.reads.others and q.asks & {"who", "who_is"})
        # "copper tariff", "did the deal cut steel": a topic only a rate tells
        self.rate_topic = (
            bool(self.named)
            and "states" not in q.asks
            and all(
                c in RATE_TOPICS or c == "term:deal" or c.startswith("product:")
                for c in q.topic_concepts
            )
        )
        self.not_said = "say" not in q.asks
        self.rate_report = "rate" in q.asks and bool(q.people)
        self.months = asked_months(q)
        self.years = {d.year for d in q.time.days}
        # _date_factor is 1.0 for every fact unless a year, month or weekday is asked
        self.dated = bool(self.years or self.months or q.weekdays)
        # literal_share's words of the question: all, and without the people (for quotes)
        self.english = q.lang == "en"
        self.content_words = _content_stems(q.text)
        self.quote_words = (
            self.content_words - _people_stems(tuple(q.people)) if q.people else self.content_words
        )
        # What _score reads of the asked concepts (rank's `asked`, after its edits): the
        # same for every candidate, so read here once.
        self.topic = asked
        asked = asked or {}
        idf = lexicon.idf if lexicon is not None else {}
        self.focus_terms = [(c, idf[c]) for c in asked if c in idf]
        self.documents = [c for c in asked if c in DOCUMENTS]
        self.asked_places = [c for c in self.places if c in asked] if "yesno" in q.asks else []
        self.about_person = bool(
            len(asked) == 1
            and next(iter(asked)).startswith("person:")
            and not q.asks - {"who", "who_is"}
            and (q.asks or WHO_RUN_TOGETHER & set(q.unknown))
        )
        self.timed = bool(q.time.days)
        self.meet_two = "term:meet" in q.concepts and len(q.people) >= 2
        self.say_people = "say" in q.asks and bool(q.people)
        # What fit() reads of the question, beside the above
        self.say = "say" in q.asks  # can_answer's one read of the question
        self.tensed = self.past or self.future
        self.who_met = bool(
            "who" in q.asks and "who_is" not in q.asks and q.concepts.get("term:meet")
        )
        self.stacking = bool(
            STACKING & q.concepts.keys()
            # "energy on top of what it buys": no tariff, no goods
            and (TARIFF_WORDS & q.concepts.keys() or any(p != ALL_GOODS for p in q.products))
        )
        # Any of the checks few questions ask for (_rare_fit's; _score's first four)
        self.rare = bool(
            self.future_when
            or self.reads.within
            or self.places
            or self.reads.offices
            or self.who_met
            or self.who_others
            or self.rate_topic
            or q.stated_by
            or self.stacking
            or self.bases
        )
        self.rare_score = bool(
            self.people or self.documents or self.asked_places or self.imposed_now
        )


class _View:
    """What rank, _score and fit read of one fact (with its concepts in one lexicon),
    gathered once per fact and lexicon instead of once per question that scores it (~30
    a question)."""

    __slots__ = (
        "fact",
        "fid",
        "concepts",
        "kind",
        "status",
        "own",
        "people",
        "stems",
        "literal",
        "goods",
        "about",
        "group",
        "able",
        "able_say",
        "part_of",
        "sort_key",
    )

    def __init__(self, fact: Fact, concepts: dict, lexicon: Lexicon | None = None) -> None:
        self.fact = fact
        self.fid = fact.id
        self.concepts = concepts
        self.kind = fact.kind
        self.status = fact.status
        # _score's (fit reads none of these): with no lexicon, only fit can use the view
        self.own = lexicon.own[fact.id] if lexicon is not None else 0.0
        self.people = lexicon.people[fact.id] if lexicon is not None else frozenset()
        self.literal = fact.kind in _LITERAL_KINDS and any(fact.text.values())
        self.stems = _fact_stems(fact) if self.literal else set()  # read for those only
        self.goods = frozenset(c for c in concepts if c.startswith("product:"))
        self.about = frozenset(concepts)
        self.group = group_of(fact)
        # The kinds of thing asked (_ASK_PENALTIES) the fact can answer, when the question
        # does not ask what was said and when it does (all can_answer reads of it): made
        # when first read (able_to).
        self.able: frozenset | None = None
        self.able_say: frozenset | None = None
        self.part_of = isinstance(fact, PledgeFact) and bool(fact.part_of)
        self.sort_key = (len(concepts), fact.id)  # rank's order among equal scores

    def able_to(self, say: bool) -> frozenset:
        asks = {"say"} if say else set()
        able = frozenset(a for a in _ASK_PENALTIES if can_answer(self.fact, a, self.concepts, asks))
        if say:
            self.able_say = able
        else:
            self.able = able
        return able


def fit(fact: Fact, q: ParsedQuestion, concepts: dict, asked: _Asked | None = None) -> float:
    """1.0 when the fact can answer every kind of thing asked; less for each it can't.
    asked: the question's own reads, when the caller has them (rank)."""
    return _fit(_View(fact, concepts), q, asked if asked is not None else _Asked(q))


def _fit(view: _View, q: ParsedQuestion, asked: _Asked) -> float:
    """fit(), from the fact's view. The question's flags that are rarely set are tested
    together first (asked.rare, asked.tensed): most candidates skip those checks at one
    test; the factors are multiplied in the same order either way."""
    fact = view.fact
    factor = 1.0
    if asked.slots:
        for slot in asked.slots:
            if not holds_slot(fact, slot, view.concepts, q):
                factor *= SLOT_MISSING
    if asked.penalties:
        able = view.able_say if asked.say else view.able
        if able is None:
            able = view.able_to(asked.say)
        for ask, penalty in asked.penalties:
            if ask not in able:
                factor *= penalty
    kind = view.kind
    if asked.effect_when:
        if (
            not fact.in_effect
            and not TELLS_EFFECT.search((fact.text.get("en") or "").lower())
            and not _threat_from(fact, q)
        ):
            factor *= 0.3  # an announced measure has no date of effect in the base
        elif isinstance(fact, RateFact) and fact.effective is None:
            factor *= NO_START_DAY  # an agreed rate, dated by its report: not when it applied
        elif (
            asked.effect_words  # asked in those words, not "implementing"
            and kind in REPORTED
            and not EFFECT_TOLD.search((fact.text.get("en") or "").lower())
        ):
            factor *= EFFECT_NOT_TOLD  # "implementing the agreements": not when a law takes effect
    if asked.tensed:
        status = view.status
        if (asked.past and status in ("planned", "scheduled")) or (
            asked.future and status == "happened"
        ):
            factor *= 0.85  # "where were the talks held?" is about the meeting that happened
    if asked.rare:
        factor = _rare_fit(view, q, asked, factor)
    if kind == "quote" and asked.not_said:
        factor *= 0.85  # the event a quote comes from tells it more plainly
    if asked.rate_report and kind in REPORTED:
        factor *= REPORT_OF_RATE  # "what tariff did Trump announce?": the rate itself first
    if view.part_of:
        factor *= 0.95  # the whole pledge, unless the question names the part
    return factor


def _rare_fit(view: _View, q: ParsedQuestion, asked: _Asked, factor: float) -> float:
    """fit()'s checks of what few questions ask, `factor` times theirs, in order."""
    fact = view.fact
    concepts = view.concepts
    status = view.status
    if asked.future_when and status == "happened":
        factor *= 0.6  # "when will Trump visit again?" is not answered by a past visit
    reads = asked.reads
    if reads.within and not _names_venue(fact):
        factor *= SLOT_MISSING  # "where in Gyeongju?": a venue there, not the city again
    places = asked.places
    if places:
        place = getattr(fact, "place", None)
        if place and f"place:{place}" not in places:
            factor *= OTHER_PLACE  # "will Trump visit Seoul?" is not told by a visit to Washington
    told = None
    for index in reads.offices:
        told = told or " ".join(t for t in fact.text.values() if t).lower()
        if not OFFICE_ASKS[index][1].search(told):
            factor *= SLOT_MISSING  # "when did Lee take office?" wants that report
    if asked.who_met and view.kind == "person" and view.fid in q.people:
        factor *= 0.6  # "whom did Koo meet?": the person met, not Koo, whom it names
    if asked.who_others and set(fact.people) <= asked.people:
        factor *= 0.4  # "who else did Kim meet besides Lutnick?": someone not named
    if asked.rate_topic and view.kind != "rate":
        # "copper tariff", "did the deal cut steel": a rate, not a report that mentions it
        factor *= 0.6
    for concept in q.stated_by:
        # "what does the deal say on chips": told by a fact about the deal (not one that
        # mentions it in passing) and about chips
        if concepts.get(concept, 0.0) < (1.0 if concept.startswith("term:") else _EPS):
            factor *= NOT_STATED
    if asked.stacking and max(concepts.get(c, 0.0) for c in STACKING) < 1.0:
        factor *= SLOT_MISSING  # "is it charged on top of MFN?": a report of stacking
    if asked.bases and isinstance(fact, RateFact) and fact.basis not in asked.bases:
        factor *= OTHER_BASIS  # "meds under the Section 122 thing": not the threatened 100%
    return factor


# "25% tariffs would be imposed ... from August 1, 2025": the start a threat or an
# announcement set for its rate.
PLANNED_START = re.compile(
    r"\b(?:from|starting|beginning|effective|to take effect|take effect|go into effect) "
    r"(?:on )?(?:\w+, )?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*\.? \d"
)


def _threat_from(fact: Fact, q: ParsedQuestion) -> bool:
    """ "What did the letter threaten, and from when?": asked about the threat (or the
    announcement) itself, the start it set is what is asked, though nothing took effect."""
    return (
        "term:announce" in q.concepts
        and isinstance(fact, RateFact)
        and fact.status in ("announced", "threatened")
        and bool(PLANNED_START.search((fact.text.get("en") or "").lower()))
    )


def asked_months(q: ParsedQuestion) -> list:
    """The months a question names: the parser's, and chat's "in jan", "b4 aug"."""
    if q.months or q.time.days:
        return q.months  # a stated date is read by the time handling
    return list(_reads(q.text).months)


def _date_factor(fact: Fact, q: ParsedQuestion, asked: _Asked | None = None) -> float:
    factor = _dated(fact, q, asked)
    if factor < 1.0 and isinstance(fact, RateFact) and _states_day_asked(fact, q):
        return 1.0  # "rising to 50% on January 1, 2026": the measure's step that day
    return factor


def _tells_year(fact: Fact, year: int) -> bool:
    """The fact's text speaks of the year itself ("its 2025 operating profit", "like that
    of 1997"), not of a day in it ("on January 6, 2025", "2025년 1월 6일": when it was said)."""
    for lang_text in fact.text.values():
        for hit in re.finditer(rf"\b{year}\b", lang_text or ""):
            before, after = lang_text[: hit.start()], lang_text[hit.end() :]
            if re.search(r"[A-Za-z]+\.? \d{1,2},? $", before) or re.match(
                ko.YEAR_THEN_MONTH_KO, after
            ):
                continue  # a day of that year: when it was said or done
            if re.match(r" ?(?:-|–|to) ?(?:19|20)\d\d", after):
                continue  # "2025-2028": a span
            return True
    return False


def _dated(fact: Fact, q: ParsedQuestion, asked: _Asked | None) -> float:
    if asked is None:
        months, years = asked_months(q), {d.year for d in q.time.days}
    else:
        months, years = asked.months, asked.years
    day = fact.date
    if day is None and fact.kind in REPORTED and (years or months):
        # an undated report ("the following day"): dated by the article that tells it
        day = fact.as_of
    if day is None:
        return 1.0
    if (
        years
        and fact.kind in REPORTED
        and day.year not in years
        and not (q.time.relation == "before" and day.year < min(years))
    ):
        bare = {d.year for d in q.time.days if d.month is None}  # "in 2025", not a day of it
        if any(_tells_year(fact, y) for y in bare):
            return 1.0  # "its 2025 profit" (reported in 2026), "a crisis like in 1997"
        return 0.4  # "in January 2026", "in 2026": not an event of 2025 ("before 2026" is)
    if not (q.weekdays or months):
        return 1.0
    if months and day.month and day.month not in months:
        return 0.4
    stated = _reads(q.text).month_days if not q.time.days else ()
    if stated and day.month and day.day and any(m == day.month for m, _ in stated):
        # "met on jan 29": the report of that day, not the next day's talks
        return SAME_DAY if (day.month, day.day) in stated else 0.4
    if q.weekdays and day.day and day.month:
        weekday = WEEKDAYS[_dt.date(day.year, day.month, day.day).weekday()]
        return 1.1 if weekday in q.weekdays else 0.4
    if day.day and any(d.day and d == day for d in q.time.days):
        return SAME_DAY  # "announced on April 2, 2025": the report of that very day
    return 1.0


def _states_day_asked(fact: Fact, q: ParsedQuestion) -> bool:
    """The fact's own text names the very day the question asks about ("on January 1,
    2026"), a step of the measure on that day."""
    days = [d for d in q.time.days if d.day]
    text = fact.text.get("en") or ""
    return bool(days) and any(d.text(weekday=False) in text for d in days)


def beyond_newest(q: ParsedQuestion, base: FactBase) -> bool:
    """A question only about a time after the newest report ("in 2027"): no source can
    tell it, and a report from before is not an answer."""
    newest = base.as_of
    if not q.time.days or newest is None:
        return False
    return all(day.sort_key > newest.sort_key for day in q.time.days)


def stale_role(fact: Fact, q: ParsedQuestion, base: FactBase) -> bool:
    """A person asked about as they are now ("who is the prime minister?") whose every
    office is only reported as held on a day long before the newest report: the office
    may well have changed hands since, so it is not an answer for now."""
    if fact.kind != "person" or q.tense == "past" or q.time.stated or base.as_of is None:
        return False
    if _named(fact, q):
        return False  # "who is Han Duck-soo?" asks who they are, not who holds an office
    roles = getattr(fact, "roles", None) or ()
    if not roles or any(r.start or not r.seen for r in roles):
        return False
    newest = base.as_of
    seen = max(r.seen for r in roles if r.seen)
    months = (newest.year - seen.year) * 12 + (newest.month or 1) - (seen.month or 1)
    return months > STALE_MONTHS


def _named(fact: Fact, q: ParsedQuestion) -> bool:
    """Whether the question names the person by name rather than by an office."""
    name = getattr(fact, "name", "") or ""
    name_ko = getattr(fact, "name_ko", "") or ""
    if name_ko and name_ko in q.text:
        return True  # "최상목은 누구야?"
    words = set(re.findall(r"[a-z0-9]+", q.text))
    parts = re.findall(r"[a-z0-9]+", name.lower())
    return bool(parts) and len(set(parts) & words) >= min(2, len(parts))


def role_held(role, day) -> bool:
    """Whether an office was held on a day (a month or year at that precision): from its
    start to its end, or, with only the day it was reported held, in that month."""
    if role.start:
        return role.held_on(day)
    if role.seen:
        return (role.seen.year, role.seen.month) == (day.year, day.month or role.seen.month)
    return False


def fits_time(fact: Fact, q: ParsedQuestion) -> bool:
    """A person asked about at a time ("acting president in January 2025") held one of
    their dated offices then; one with no dated office cannot be ruled out."""
    if fact.kind != "person" or not q.time.days:
        return True
    roles = [r for r in getattr(fact, "roles", None) or () if r.start or r.seen]
    return not roles or any(role_held(r, q.time.days[0]) for r in roles)


# "ambassador to the US", "envoy in Seoul", "embassy in Washington": where the office is.
_POSTED_TO = re.compile(
    r"\b(?:ambassadors?|envoys?|embass(?:y|ies)|emissar(?:y|ies))\s+(?:to|in|at)\s+(?:the\s+)?"
)


def posted_to(q: ParsedQuestion, base: FactBase) -> set:
    """The countries a question names as where an envoy serves: "Korea's ambassador to
    the US" -> {"US"}."""
    found = set()
    for hit in _POSTED_TO.finditer(q.text):
        rest = q.text[hit.end() :]
        for code, variants in base.vocabulary.countries.items():
            if any(re.match(rf"{re.escape(v)}\b", rest) for v in variants):
                found.add(code)
    return found


def envoy_fits(person: Fact, q: ParsedQuestion, base: FactBase) -> bool:
    """The person is of a country the question asks (one it names other than where an
    envoy serves), and, where it names such a country, serves there."""
    host = posted_to(q, base)
    home = [c for c in q.countries if c not in host]
    if home and len(home) == 1 and getattr(person, "country", None) not in home:
        return False
    return not host or serves_in(person, host, base)


def _envoys_fit(fact: Fact, q: ParsedQuestion, base: FactBase) -> bool:
    """A person, or a report of people, one of whom fits the envoy asked about."""
    if fact.kind == "person":
        return envoy_fits(fact, q, base)
    named = [*(getattr(fact, "people", None) or ()), getattr(fact, "speaker", None)]
    people = [base.facts[p] for p in named if p in base.facts]
    return not people or any(envoy_fits(p, q, base) for p in people)


def serves_in(person: Fact, countries: set, base: FactBase) -> bool:
    """A title of the person names the country they serve in ("Ambassador to the United
    States")."""
    titles = [r.title.lower() for r in getattr(person, "roles", None) or ()]
    return any(
        re.search(rf"\b(?:to|in) (?:the )?{re.escape(v)}\b", t)
        for code in countries
        for v in base.vocabulary.countries.get(code, ())
        for t in titles
    )


def office_holder(other: Fact, q: ParsedQuestion, base: FactBase) -> Fact | None:
    """Who of the asked country holds the office a title names ("president" read as
    Trump, asked "of South Korea"): the one person whose office has that title then."""
    titles = [
        re.sub(r"^(?:the|us|u\.s\.|american|korean|south korean) ", "", a)
        for a in getattr(other, "aliases", None) or ()
        if a.islower() and re.search(rf"\b{re.escape(a)}\b", q.text)
    ]
    if not titles:
        return None
    day = q.time.days[0] if q.time.days else None
    found = []
    for fact in base.of_kind("person"):
        if getattr(fact, "country", None) not in q.countries:
            continue
        for role in getattr(fact, "roles", None) or ():
            title = re.sub(r"\([^)]*\)", "", role.title.lower())  # "(named by President X)"
            if not any(re.search(rf"(?<!acting )\b{re.escape(t)}\b", title) for t in titles):
                continue
            if day is not None:
                held = role_held(role, day)
            else:
                held = not stale_role(fact, q, base) and not role.end
            if held and fact not in found:
                found.append(fact)
    return found[0] if len(found) == 1 else None


def named_in_anchor(fact: Fact, q: ParsedQuestion) -> int:
    """ "Who was trade minister before Yeo?": the person the time is told by is not the
    answer. How many words of the anchor name them (0: not named)."""
    anchor = q.time.anchor
    if fact.kind != "person" or not anchor:
        return 0
    names = [getattr(fact, "name", None) or "", *(getattr(fact, "aliases", None) or ())]
    words = set(re.findall(r"[a-z0-9]+", anchor))
    best = 0
    for name in names:
        parts = re.findall(r"[a-z0-9]+", name.lower())
        if parts and len(name) >= 3 and set(parts) <= words and parts != ["minister"]:
            best = max(best, len(parts))
    return best


TITLE_FILLER = {"of", "the", "and", "for", "us", "u", "s", "head", "chief", "to", "south", "korea"}


def _title_words(text: str) -> set:
    return {w[:6] for w in re.findall(r"[a-z]+", text.lower()) if w not in TITLE_FILLER}


def predecessor(q: ParsedQuestion, base: FactBase) -> list[Candidate] | None:
    """ "Who was trade minister before Yeo Han-koo?": the person of the most alike office
    whose tenure is reported before the named person's began. None when the question is
    not of that form; an empty list when the base cannot tell one person."""
    if q.time.relation != "before" or not q.asks & {"who", "who_is"}:
        return None
    named = sorted(
        ((named_in_anchor(f, q), f) for f in base.of_kind("person")), key=lambda x: -x[0]
    )
    if not named or not named[0][0] or (len(named) > 1 and named[1][0] == named[0][0]):
        return None
    successor = named[0][1]
    starts = [r.start for r in getattr(successor, "roles", None) or () if r.start and not r.end]
    if not starts:
        return []
    began = min(starts, key=lambda d: d.sort_key)
    asked = _title_words(q.text)
    roles = getattr(successor, "roles", None) or ()
    office = set().union(*(_title_words(r.title) for r in roles))
    best: dict = {}
    for fact in base.of_kind("person"):
        if fact is successor or getattr(fact, "country", None) != getattr(
            successor, "country", None
        ):
            continue
        for role in getattr(fact, "roles", None) or ():
            day = role.end or role.seen or role.start
            if day is None or day.sort_key >= began.sort_key:
                continue
            words = _title_words(role.title)
            alike = len(words & asked) + len(words & office)
            best[fact.id] = max(best.get(fact.id, 0), alike)
    scored = sorted(best.items(), key=lambda x: -x[1])
    if not scored or scored[0][1] < PREDECESSOR_ALIKE:
        return []
    if len(scored) > 1 and scored[1][1] == scored[0][1]:
        return []
    return [Candidate(base.facts[scored[0][0]], 0.9, 1.0)]


_TOP_IDF: dict = {}


def _top_idf(idf: dict) -> float:
    """The largest concept weight, read once per lexicon (a scan of every concept)."""
    held = _TOP_IDF.get(id(idf))
    if held is None or held[0] is not idf:
        held = (idf, max(idf.values(), default=1.0))
        _TOP_IDF.clear()  # one lexicon at a time: none is kept alive past its use
        _TOP_IDF[id(idf)] = held
    return held[1]


_ENTRIES: dict = {}


def _entries(lexicon: Lexicon, base: FactBase) -> tuple[dict, dict]:
    """concept -> (fact id, fact, its concepts, its people, whether a rate, its weight of
    the concept) for each fact holding it: what rank's inner loop reads of a fact,
    gathered once per concept and base instead of looked up in four tables for each fact
    of each question; and fact id -> its _View, made when the fact is first scored."""
    held = _ENTRIES.get(id(lexicon))
    if held is None or held[0] is not lexicon or held[1] is not base:
        held = (lexicon, base, {}, {})
        _ENTRIES.clear()  # one base at a time: none is kept alive past its use
        _ENTRIES[id(lexicon)] = held
    return held[2], held[3]


def _posting(entries: dict, concept: str, lexicon: Lexicon, base: FactBase) -> list:
    got = entries.get(concept)
    if got is None:
        got = [
            (
                fid,
                base.facts[fid],
                lexicon.fact_concepts[fid],
                lexicon.people[fid],
                isinstance(base.facts[fid], RateFact),
                lexicon.fact_concepts[fid][concept],  # the fact's weight of the concept
            )
            for fid in lexicon.postings.get(concept, ())
        ]
        entries[concept] = got
    return got


def rank(q: ParsedQuestion, base: FactBase, lexicon: Lexicon, limit: int = 8) -> list[Candidate]:
    asked = {c: w for c, w in q.topic_concepts.items() if c not in OPERATIONS}
    if (
        q.asks & {"who", "who_is"}
        and "term:again" in asked
        and all(c.startswith("person:") for c in asked if c != "term:again")
        and len(asked) > 1
    ):
        del asked["term:again"]  # "whos Lutnick again": remind me who, not a second meeting
    if "term:announce" in asked and imposed_now(q.text):
        # "what rate does the chip tariff impose?": the rate in force, not a threat of one
        del asked["term:announce"]
    if q.countries:
        # "the president of South Korea": a title that names someone of another country
        # is not that person, but may name whoever holds that office in the country asked.
        # "Korea's ambassador to the US": the country an envoy is sent to is where, not
        # whose; the title must name it.
        kept = {
            c: w
            for c, w in asked.items()
            if not c.startswith("person:") or envoy_fits(base.facts[c[7:]], q, base)
        }
        for c in set(asked) - set(kept):
            holder = office_holder(base.facts[c[7:]], q, base)
            if holder is not None:
                kept["person:" + holder.id] = asked[c]
                q = replace(q, people=[p for p in q.people if p != c[7:]] + [holder.id])
        asked = kept
    if not asked or beyond_newest(q, base):
        return []
    before = predecessor(q, base)
    if before is not None:
        return before
    top_idf = _top_idf(lexicon.idf)
    specific = max(lexicon.idf.get(c, top_idf) for c in asked)
    if len(asked) == 1 and next(iter(asked)).startswith("term:") and specific < LONE_BELOW:
        specific = min(specific, LONE_TERM)  # one everyday notion ("end", "outcome") alone
    weight = {c: lexicon.idf.get(c, top_idf) * conf for c, conf in asked.items()}
    total = sum(weight.values())
    # Rates the question states ("the 25% tariff") count like a concept that only rate
    # facts with that rate can cover.
    rate_weight = top_idf if q.rates else 0.0
    total += rate_weight
    # "Korean goods" covers autos too: only a named product rules other products out.
    named = [p for p in q.products if p != ALL_GOODS]
    # Max-score pruning, exact: the candidates are the facts holding any asked concept,
    # visited concept by concept, heaviest first. A fact's score is at most
    # min(1, coverage * MAX_BOOST), so once `limit` candidates are in hand, a fact (or
    # every fact not yet seen) that cannot beat the worst of them is skipped; the top
    # `limit` are the same as scoring every fact, at a fraction of the cost at scale.
    # Also, once a candidate scores DECISIVE_AT, facts that cannot reach DECISIVE_AT
    # are skipped: decide() never looks at them then (see DECISIVE_AT), so the decision
    # is the same; only the list's tail of weak candidates may be shorter.
    boost = MAX_BOOST if (q.weekdays or asked_months(q) or any(d.day for d in q.time.days)) else 1.0
    order = sorted(asked, key=lambda c: -weight[c])
    unseen = [sum(weight[c] for c in order[i:]) + rate_weight for i in range(len(order))]
    best: list[float] = []  # min-heap of the `limit` best scores so far
    people = frozenset(q.people)
    hosted = bool(q.countries) and bool(posted_to(q, base))
    seen: set = set()
    ranked = []
    reads = _Asked(q, base, asked, lexicon)
    weighted = list(weight.items())
    # Both prunings in one figure: a bound below `floor` is skipped, where floor is the
    # worst of the `limit` best scores (less _EPS) once there are `limit`, and
    # DECISIVE_AT once a candidate has it; -1.0 (below any bound) until then.
    floor = -1.0
    entries, views = _entries(lexicon, base)
    # Each fact's share of the asked weights, added concept by concept in `weighted`
    # order: the same additions, in the same order, as sum([w * concepts[c] for c, w in
    # weighted if c in concepts]) for each fact (0 + the first + the next ...), in one
    # pass over the postings instead of a sum over the asked concepts for each fact.
    # Not when the postings are long (a big base): the pruning below then skips most of
    # them, and each fact's sum is made when it is reached.
    postings = [(w, _posting(entries, c, lexicon, base)) for c, w in weighted]
    # unsummed: fact id -> its sum, taken out when the fact is first reached (so a fact
    # not in it has been seen); None when the sums are made as facts are reached, and
    # `seen` holds the facts reached.
    unsummed: dict | None = None
    if sum(len(p) for _, p in postings) <= SUM_AHEAD_UP_TO:
        unsummed = _sums(postings)
        take = unsummed.pop
    # The `limit` best are all rank returns, unless a quoted phrase, "first" or "second"
    # may change scores after the loop: then a fact sure to score below the worst of them
    # (less _EPS) once there are `limit` (`cut`) is not a candidate. It would not be
    # returned (`limit` candidates score more), nor move the heap or the floor; _scored
    # tells it from a part of its score, before the rest (factors <= 1) is worked out.
    phrases = _quoted_phrases(q)
    rest_kept = not phrases and not reads.reads.first and not reads.reads.second
    cut = -1.0
    rates = q.rates
    one_rate = rates[0] if len(rates) == 1 else None
    distinct_rates = set(rates) if len(set(rates)) == len(rates) else None
    reported_weight = REPORTED_RATE * rate_weight  # (the same product as one line below)
    # No rate asked to add to a fact's sum, which the pre-pass made: its coverage is that
    # sum / total, and its bound at most coverage x boost (x absent, <= 1).
    summed = unsummed is not None and not rate_weight
    narrowed = bool(people or named or hosted)  # checks a fact must pass beside its bound
    one_person = next(iter(people)) if len(people) == 1 else None
    absent = 1.0  # (no person asked)
    # min(1.0, bound) < floor is bound < floor: floor is at most 1 (a score, or DECISIVE_AT)
    for index, concept in enumerate(order):
        if unseen[index] / total * boost < floor:
            break
        posting = entries[concept]
        if summed:
            # (coverage, entry) for the facts first reached here, all taken out (seen)
            # now; one whose bound is below the floor now is left out, at a
            # comprehension's cost: the floor only rises, so it is skipped below too.
            reached: Iterable = _reached(posting, take, total, boost, floor)
        else:
            reached = zip(repeat(None), posting)  # each summed below
        for coverage, (fid, fact, concepts, held_people, is_rate, _) in reached:
            if coverage is None:
                if unsummed is not None:
                    matched = take(fid, None)
                    if matched is None:
                        continue  # reached before
                elif fid in seen:
                    continue
                else:
                    seen.add(fid)
                    matched = None
            if narrowed:
                if one_person is not None:  # (0.6 ** 1 is 0.6, 0.6 ** 0 is 1.0)
                    absent = 1.0 if one_person in held_people else 0.6
                else:
                    absent = 0.6 ** len(people - held_people) if people else 1.0
                # A fact first seen here holds none of order[:index]: its coverage is at
                # most unseen[index] / total, so when even that cannot pass, skip it
                # unsummed (the same facts are skipped as below; _EPS covers the sums'
                # rounding order).
                if absent < 1.0 and unseen[index] / total * boost * absent + _EPS < floor:
                    continue
                if named and is_rate and fact.product not in named:
                    continue
                if hosted and not _envoys_fit(fact, q, base):
                    continue  # "the US ambassador to Korea" is not Korea's ambassador to the US
            if coverage is None:
                if matched is None:
                    matched = _sum_of(weighted, concepts)
                if rate_weight:
                    if is_rate:
                        held = {fact.rate, fact.new_rate}
                        if "term:in effect" not in q.concepts:
                            held.add(fact.old_rate)  # "is 15% in effect?" is not about 15% -> 25%
                        if distinct_rates is not None:  # (each counted once: the same sum)
                            matched += rate_weight * len(held & distinct_rates) / len(rates)
                        else:
                            matched += rate_weight * _count_in(rates, held) / len(rates)
                    elif fact.kind in REPORTED:
                        # "the 200% pharma threat": a report that states the figure holds it
                        # too (one rate: a share of 1.0 or 0.0, and x + 0.0 is x). It adds
                        # at most reported_weight (a share <= 1; each step below rounds
                        # monotonically): when even that cannot pass, the bound below fails.
                        if (matched + reported_weight) / total * boost * absent < floor:
                            continue
                        told = rates_told(fact)
                        if one_rate is not None:
                            if one_rate in told:
                                matched += reported_weight * 1.0
                        elif distinct_rates is not None:  # (each counted once: the same sum)
                            matched += reported_weight * (len(told & distinct_rates) / len(rates))
                        else:
                            matched += reported_weight * (_count_in(rates, told) / len(rates))
                coverage = matched / total
            if coverage * boost * absent < floor:
                continue
            view = views.get(fid)
            if view is None:
                view = views[fid] = _View(fact, concepts, lexicon)
            scored = _scored(view, q, coverage, base, reads, cut)
            if scored is None:
                continue  # below `cut`
            score = scored
            # (-score, then rank's order among equal scores, ...): sorted as they are
            ranked.append((-score, view.sort_key, coverage, view))
            # the floor: the worst of the `limit` best scores (less _EPS) once there are
            # `limit`, and DECISIVE_AT once a candidate has it; each only rises
            if len(best) < limit:
                heapq.heappush(best, score)
                if len(best) == limit:
                    low = best[0] - _EPS
                    floor = max(floor, low)
                    cut = low if rest_kept else -1.0
            elif score > best[0]:
                heapq.heapreplace(best, score)
                low = best[0] - _EPS
                floor = max(floor, low)
                cut = low if rest_kept else -1.0
            if score >= DECISIVE_AT and floor < DECISIVE_AT:
                floor = DECISIVE_AT
    if rest_kept:
        # Candidates only for the `limit` best (the order is the one below)
        ranked.sort()
        return [
            Candidate(view.fact, -neg, coverage, specific, view.goods, view.about, view.group)
            for neg, _, coverage, view in ranked[:limit]
        ]
    candidates = [
        Candidate(view.fact, -neg, coverage, specific, view.goods, view.about, view.group)
        for neg, _, coverage, view in ranked
    ]
    if phrases:
        _quoted_words(q, base, lexicon, asked, total, candidates, reads, phrases)
    if candidates and asks_first(q):
        _ordinal_told_first(candidates)
    elif candidates and reads.reads.second:
        _ordinal_told_first(candidates, SECOND_TOLD)
    candidates.sort(key=lambda c: (-c.score, len(lexicon.fact_concepts[c.fact.id]), c.fact.id))
    return candidates[:limit]


# rank's helpers below are functions of their own, not comprehensions in rank: a
# comprehension reading one of rank's variables makes it a closure cell, slower to read
# and write in rank's loops than a plain local.


def _sums(postings: list) -> dict:
    """Each fact's share of the asked weights, `postings` being (weight, posting) in the
    asked order: fact id -> 0 + w1 x1 + w2 x2 ..., for the concepts the fact holds."""
    w, posting = postings[0]
    sums = {e[0]: w * e[5] for e in posting}  # 0 + w * x is w * x, exactly
    get = sums.get
    for w, posting in postings[1:]:
        for e in posting:
            fid = e[0]
            sums[fid] = get(fid, 0) + w * e[5]
    return sums


def _reached(posting: list, take, total: float, boost: float, floor: float) -> list:
    """(coverage, entry) for the facts of `posting` not reached before, each taken out of
    the sums (`take`), but those whose coverage x boost is below `floor`."""
    return [
        (coverage, e)
        for e in posting
        if (m := take(e[0], None)) is not None and not (coverage := m / total) * boost < floor
    ]


def _sum_of(weighted: list, concepts: dict) -> float:
    """One fact's share of the asked weights, as _sums makes it for each."""
    return sum([w * concepts[c] for c, w in weighted if c in concepts])


def _count_in(rates: list, held: set) -> int:
    """How many of the rates asked are held (a repeated rate counted each time)."""
    return sum([r in held for r in rates])


# Words the question puts in quotation marks ("Korea cannot be Trump's "money machine""):
# the one fact whose text holds them verbatim is what is asked about.
QUOTED_PHRASE = screen(
    re.compile(r"[\"“”]([^\"“”]{3,80})[\"“”]"),
    ('"', "“", "”"),
)
QUOTED_AT = 0.75


def _quoted_phrases(q: ParsedQuestion) -> list:
    """The phrases an English question quotes, of at least two words of three letters."""
    if q.lang != "en":
        return []
    return [
        p.strip().lower()
        for p in QUOTED_PHRASE.findall(q.text)
        if len(re.findall(r"[a-z]{3,}", p.lower())) >= 2
    ]


def _quoted_words(
    q: ParsedQuestion,
    base: FactBase,
    lexicon: Lexicon,
    asked: dict,
    total: float,
    ranked: list[Candidate],
    reads: _Asked,
    phrases: list,
) -> None:
    if not phrases:
        return
    holding = [
        fact
        for fact in base.facts.values()
        if fact.kind in REPORTED
        and any(p in " ".join(t for t in fact.text.values() if t).lower() for p in phrases)
    ]
    if len({group_of(f) for f in holding}) != 1:
        return  # none, or several stories holding the words: they pick out nothing
    fact = holding[0]
    found = next((c for c in ranked if c.fact is fact), None)
    if found is None:
        concepts = lexicon.fact_concepts[fact.id]
        weight = sum(lexicon.idf.get(c, 1.0) * w for c, w in asked.items() if c in concepts)
        found = _score(
            fact, q, lexicon, asked, concepts, weight / total if total else 0.0, base, reads
        )
        ranked.append(found)
    found.score = max(found.score, QUOTED_AT)


def _ordinal_told_first(ranked: list[Candidate], told: re.Pattern = FIRST_TOLD) -> None:
    """ "When did Lee and Trump first meet?", "the second probe": when a report covering
    the question as fully as the best says it was the first (or second: `told`), the
    reports that do not say so (a call in which they agreed to meet, a later visit) are
    marked down. When none says so, nothing changes: the ordinal then orders nothing the
    base can tell."""
    full = max(c.coverage for c in ranked)

    def says(fact: Fact) -> bool:
        return any(told.search(t) for t in fact.text.values() if t)

    if not any(says(c.fact) and c.coverage >= FIRST_COVERAGE * full for c in ranked):
        return
    for c in ranked:
        if c.fact.kind != "person" and not says(c.fact):
            c.score *= NOT_FIRST


def _score(
    fact: Fact,
    q: ParsedQuestion,
    lexicon: Lexicon,
    asked: dict,
    concepts: dict,
    coverage: float,
    base: FactBase,
    reads: _Asked | None = None,
) -> Candidate:
    """The candidate for one fact."""
    if reads is None or reads.topic is not asked:
        reads = _Asked(q, base, asked, lexicon)
    view = _View(fact, concepts, lexicon)
    score = _scored(view, q, coverage, base, reads)
    assert score is not None  # (no cut)
    return Candidate(fact, score, coverage, float("inf"), view.goods, view.about, view.group)


def _scored(
    view: _View,
    q: ParsedQuestion,
    coverage: float,
    base: FactBase,
    reads: _Asked,
    cut: float = -1.0,
) -> float | None:
    """The score of the fact of `view`, which covers `coverage` of the question; None
    when it is sure to be below `cut`. Every factor after coverage must stay <= 1, except
    _date_factor's, which is <= MAX_BOOST: rank's pruning relies on it (and `cut`: a
    product only falls, rounded too, as such factors multiply it)."""
    fact = view.fact
    concepts = view.concepts
    # How much of the fact the question is about: breaks ties between facts that
    # both cover the question, in favour of the one about nothing else.
    focus = sum([idf * concepts[c] for c, idf in reads.focus_terms if c in concepts]) / view.own
    dated = _date_factor(fact, q, reads) if reads.dated else 1.0  # 1.0 for all, else
    if dated < 1.0 and fact.supersedes:
        # "the capital in the November 2025 draft": the version of that time, replaced since,
        # is what is asked (the answer tells that version first)
        dated = max([dated, *(_date_factor(old, q, reads) for old in base.history(fact))])
    covered = coverage * (0.85 + 0.15 * focus)
    if covered * dated < cut:
        return None  # covered * fit * dated, fit <= 1, is at most this
    score = covered * _fit(view, q, reads) * dated
    if score < cut:
        return None
    kind = view.kind
    if reads.rare_score:  # any of the next four
        # Everyone the question names must be in the fact: "Did Trump meet Kim?" is not
        # answered by a meeting of Kim's that Trump was not at.
        if reads.one_person is not None:  # (0.6 ** 1 is 0.6; x * 0.6 ** 0 is x)
            if reads.one_person not in view.people:
                score *= 0.6
        elif reads.people:
            score *= 0.6 ** len(reads.people - view.people)
        if reads.documents:
            # "what did the fact sheet say about rice?": a report not about that document
            score *= 0.6 ** len([c for c in reads.documents if c not in concepts])
        if reads.asked_places:  # asked yes or no
            # "did Trump visit Seoul in 2026?": a report not about Seoul cannot say yes or no
            score *= 0.6 ** len([c for c in reads.asked_places if c not in concepts])
        if reads.imposed_now and kind == "rate" and not fact.in_effect:
            score *= SAID_NOT_IMPOSED  # "what tariff does the US impose on chips?": in force
    if reads.english and view.literal:
        # literal_share, with the question's words read once per rank
        words = reads.quote_words if kind == "quote" else reads.content_words
        share = len(words & view.stems) / len(words) if words else 1.0  # _share
        score *= _LITERAL_REST + LITERAL_WEIGHT * share
    if reads.about_person and kind != "person":
        score *= 0.85  # "whos Lutnick", "Korea's industry minister": about the person
    if kind == "person":
        if reads.timed and not fits_time(fact, q):
            score *= 0.5  # in office at another time than the one asked about
        if named_in_anchor(fact, q):
            score *= 0.3
    if reads.stale_who:
        score *= 0.3  # "who is the prime minister?" named someone who may be no longer
    if reads.meet_two and not (
        isinstance(fact, (EventFact, PledgeFact))
        and reads.people <= set(fact.people)
        and "term:meet" in concepts
    ):
        score *= 0.5  # "did Trump meet Kim?" needs a meeting both attended
    if reads.say_people:
        said = reads.people & speakers(fact)
        if not said:
            score *= 0.5  # "what did Lutnick say?" wants Lutnick's own words
        elif kind == "event" and fact.status not in ("announced", "threatened"):
            score *= RETOLD  # a report of the words: the words themselves first
    return 1.0 if score > 1.0 else score  # min(score, 1.0)


_LITERAL_REST = 1 - LITERAL_WEIGHT  # what a fact holding none of the question's words keeps
