"""A detail the question asks for, which the answer must hold.

"For how long can it last?", "by how many points?", "what percentage of lawmakers?":
a fact on the right topic that does not state that detail answers another question, and
answering it reads as a confident wrong answer. The engine then looks for a close fact
that does state it, and declines when none does.
"""

from __future__ import annotations

import re
from functools import lru_cache

from engine import lexicon_ko as ko

_NUMBER = (
    r"(?:\d+(?:\.\d+)?|\d+½|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"(?:one|two|three|four|five|six|seven|eight|nine|ten) and a half)"
)
_UNIT = r"(?:minutes?|hours?|days?|weeks?|months?|years?)"
# Things counted: "407 added products", "475 people", "226 votes".
COUNTED = (
    r"(?:products?|items?|categories|goods|people|persons|workers|koreans|nationals|"
    r"countries|economies|planes|airplanes|aircraft|jets|votes|lawmakers|members|"
    r"companies|firms|agents|jobs|passengers|detainees)\b"
)

_DOCUMENT = (
    r"(?:fact ?sheets?|sheet|notices?|statements?|documents?|texts?|reports?|proclamations?|"
    r"orders?|letters?|guidance|annex\w*|memo\w*|mou)\b"
)

# A sum of money stated: "$166 billion", "85 billion"
_MONEY = r"\$\s?\d|\b\d[\d,.]*\s*(?:billion|million|trillion|bn)\b"

# name -> (what the question says, what the answer must then say)
DETAILS: dict[str, tuple[re.Pattern, re.Pattern]] = {
    "duration": (
        re.compile(
            r"\b(?:(?:for )?how long\b(?! ago)|over what (?:period|time|span)|for what period|"
            r"over how many (?:days|weeks|months|years)|how many (?:days|weeks|months|years) "
            r"(?:can|could|will|would|does|did|do|is|was|must|may)\b)"
        ),
        re.compile(rf"\b{_NUMBER}[- ]{_UNIT}\b|\b{_NUMBER} (?:business |working )?{_UNIT}\b"),
    ),
    "points": (
        re.compile(r"\b(?:by )?how many (?:percentage[- ])?points?\b"),
        re.compile(r"\bpoints?\b|%p\b|\bpp\b"),
    ),
    "share": (
        re.compile(
            r"\bwhat (?:percentage|percent|share|proportion|fraction) of\b"
            # "what % voted yes": a share of people, not a tariff rate
            r"|\bwhat (?:%|percent|percentage) (?!(?:tariff|rate|duty|levy|is|was|are|were)\b)"
        ),
        # a share stated, not a tariff's rate or a change ("the 50% hike", "30% higher")
        re.compile(
            r"(?:%|\bpercent\b)(?!\s*(?:hike|tariffs?|dut(?:y|ies)|levy|rate|higher|lower|"
            r"increase|cut|reciprocal|global)\b)"
        ),
    ),
    "deadline": (
        re.compile(r"\bby when\b|\bdeadline\b|\bno later than when\b|\bwhen\b[^?]*\bby\s*\??\s*$"),
        re.compile(
            r"\b(?:by|until|before|no later than|deadline)\b[^.;]{0,50}\b(?:19|20)\d\d\b",
        ),
    ),
    "start": (
        re.compile(r"\b(?:from|since|starting|beginning) when\b"),
        re.compile(
            r"\b(?:from|since|starting|beginning|effective|took effect|takes effect|"
            r"in force|in effect) (?:on )?(?:\w+, )?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|"
            r"nov|dec)\w*\.? \d"
        ),
    ),
    "after": (
        re.compile(
            r"\b(?:say|said|tell|told|announce|announced)\b.*\bafter (?:the|their|his|her) "
            r"(?:meeting|talks|call|summit)\b"
        ),
        re.compile(r"\bafter\b"),
    ),
    "published": (
        re.compile(
            r"\bwhen\b[^?]*\b(?:published|posted|printed|carried|gazetted)\b"
            # released, issued, came out: of a document ("the fact sheet"), not of a ruling
            rf"|\bwhen\b[^?]*\b{_DOCUMENT}[^?]*\b(?:released|issued|unveiled|made public|"
            r"c(?:a|o)me out|put out)\b"
            rf"|\bwhen\b[^?]*\b(?:release|issue|unveil|put out)\w*\b[^?]*\b{_DOCUMENT}"
        ),
        re.compile(
            r"\b(?:publish\w*|(?:pre-?)?post(?:ed|ing)|printed|carried|releas\w*|issu(?:ed|ing)|"
            r"unveil\w*|made public)\b"
        ),
    ),
    "capital": (
        re.compile(r"\b(?:capital|capitali[sz]ation|capitali[sz]ed)\b"),
        re.compile(r"\bcapital"),
    ),
    "town": (
        re.compile(r"\b(?:which|what) (?:[a-z]+ )?(?:town|city|county)\b"),
        # checked by _names_a_place: a place the question does not name already
        re.compile(r"(?!)"),
    ),
    "company": (
        re.compile(r"\b(?:which|what) (?:[a-z]+ )?(?:compan(?:y|ies)|firms?|businesses)\b"),
        # checked case kept (_CASED): a corporate word or a company the sources name
        re.compile(
            r"\b(?:Co\.|Corp\b|Corporation|Inc\b|Ltd\b|Group\b|Motor\b|Electronics\b|"
            r"Energy Solution|Tire\b|Cable\b|Hyundai|Kia\b|LG\b|Samsung|SK\b|Hankook|POSCO|"
            r"Hanwha|Celltrion|Boeing|Korean Air|Nvidia|AMD\b)"
        ),
    ),
    # "were 500 derivative products added?": a count stated to be checked, which the
    # answer must state too (the 50% rate of those products is no answer to it)
    "count": (
        re.compile(
            r"^(?:(?:so|ok|okay|wait|and|but|ngl|tbh)\s+)*(?:is|are|was|were|did|do|does|has|"
            r"have|had)\b[^?]*?\b\d{2,}(?:,\d{3})*\s+(?:[a-z-]+\s+){0,2}?" + COUNTED
        ),
        re.compile(r"\b\d{2,}(?:,\d{3})*\s+(?:[a-z-]+\s+){0,3}?" + COUNTED),
    ),
    # "which sectors did USTR name?": a report of the probe that names none is not the answer
    "sectors": (
        re.compile(r"\b(?:which|what) (?:[a-z]+ ){0,2}?(?:sectors?|industries)\b"),
        re.compile(
            r"\b(?:autos?|automobiles?|automotive|cars?|vehicles?|steel|aluminum|copper|"
            r"semiconductors?|chips?|shipbuilding|ships?|electronics|machinery|batter(?:y|ies)|"
            r"pharmaceuticals?|drugs|lumber|wood|furniture|cabinets|petrochemicals?|chemicals?|"
            r"solar|seafood|fuel|energy)\b"
        ),
    ),
    "age": (
        # "how old is Lee?": a person's age, which no report of an office states
        re.compile(r"\bhow old (?:is|was|are|were)\b|\bwhat age\b|\bhis age\b|\bher age\b"),
        re.compile(r"\b\d{2}[- ]years?[- ]old\b|\baged? \d{2}\b"),
    ),
    # "who voted against the special act?": who cast a vote, which a tally or a party's
    # statement about the bill does not tell
    "voters": (
        re.compile(
            r"\bwho (?:voted|votes|vote|cast)\b|\bwhich (?:lawmakers|members|parties|party|mps) "
            r"(?:voted|vote)\b"
        ),
        re.compile(r"\bvoted\b|\bvoting (?:for|against)\b"),
    ),
    # "how much had Korean firms invested?": a sum of money invested, pledged or paid, which
    # a report of a meeting about investment does not state
    "money": (
        re.compile(
            r"\bhow much\b[^?]*\b(?:invest(?:ed|ing|s)?|spen[dt]|spending|pledged?|pledging|"
            r"commit(?:ted|ting|s)?|lend|lent|loan(?:ed)?|fund(?:ed|ing)?)\b"
        ),
        re.compile(_MONEY + r"|\bwon\b"),
    ),
    # "how much in IEEPA duties is at stake?": a sum of money, which a rate is not
    "sum": (
        re.compile(
            r"\bhow much (?:money )?in (?:[a-z]+ ){0,2}?(?:tariffs?|dut(?:y|ies)|refunds?)\b"
            r"|\bhow much (?:tariff|duty|refund) money\b|\bhow many dollars\b"
            # "how much did the US collect in tariffs from Korea?": revenue, not a rate
            r"|\bhow much\b[^?]*\b(?:collect(?:ed|s)?|raised?|brought in|bring in|took in|"
            r"take in|rake[sd]? in|earn(?:ed|s)?)\b[^?]*\b(?:tariffs?|dut(?:y|ies)|revenue)\b"
        ),
        re.compile(_MONEY),
    ),
    "exports": (
        re.compile(r"\bhow much\b.*\bexports?\b|\bexports?\b.*\b(?:worth|value|volume)\b"),
        # a figure of exports, in one clause ("a key export item ... lowered to 15%" is none)
        re.compile(
            r"\bexport(?:s|ed|ing)?\b(?! items?\b)[^.;]{0,100}?"
            r"(?:\$\s?\d|\d[\d,.]*\s*(?:%|percent\b|billion\b|million\b|trillion\b|tons?\b|won\b))"
            r"|(?:\$\s?\d|\d[\d,.]*\s*(?:%|percent\b|billion\b|million\b|trillion\b))"
            r"[^.;]{0,60}\bexport(?:s|ed|ing)?\b(?! items?\b)"
        ),
    ),
}


def asked(question: str) -> list[str]:
    """The details the question (folded English text) asks for."""
    return list(_asked(question))


@lru_cache(maxsize=1024)
def _asked(question: str) -> tuple[str, ...]:
    """asked(), read once per text: each answer of a question is checked against it."""
    return tuple(name for name, (ask, _) in DETAILS.items() if ask.search(question))


_CASED = {"company"}  # details whose pattern reads capitals


# Korean: "몇 분 만났어?" asks a length of time, which the answer must state.
DETAILS_KO: dict[str, tuple[re.Pattern, re.Pattern]] = {
    "duration": (re.compile(ko.DETAIL_DURATION_ASK_KO), re.compile(ko.DETAIL_DURATION_TOLD_KO)),
    "capital": (re.compile(ko.DETAIL_CAPITAL_ASK_KO), re.compile(ko.DETAIL_CAPITAL_TOLD_KO)),
    "age": (re.compile(ko.DETAIL_AGE_ASK_KO), re.compile(ko.DETAIL_AGE_TOLD_KO)),
    "published": (
        re.compile(ko.DETAIL_PUBLISHED_ASK_KO),
        re.compile(ko.DETAIL_PUBLISHED_TOLD_KO),
    ),
    "exports": (re.compile(ko.DETAIL_EXPORTS_ASK_KO), re.compile(ko.DETAIL_EXPORTS_TOLD_KO)),
}


_STATED_COUNT_KO = re.compile(ko.STATED_COUNT_KO)


def missing_ko(question: str, text: str) -> list[str]:
    """The details a Korean question asks for that the (Korean) answer does not state;
    "count" when the question states a count ("407개 품목", "90일 유예") the answer does
    not hold: a report of another measure ("18개월 유예") answers another question."""
    missing = [
        name
        for name, (ask, told) in DETAILS_KO.items()
        if ask.search(question) and not told.search(text)
    ]
    for match in _STATED_COUNT_KO.finditer(question):
        number = match[1].replace(",", "")
        forms = {number, f"{int(number):,}"}
        if not any(re.search(rf"(?<![\d,]){re.escape(f)}(?![\d,])", text) for f in forms):
            missing.append("count")
            break
    counted = counted_ko(question)
    if counted and not re.search(r"\d\S*\s*(?:" + "|".join(counted) + ")", text):
        missing.append("counted")
    return missing


_COUNTED_BEFORE = re.compile(ko.COUNTED_BEFORE_KO)
_COUNTED_AFTER = re.compile(ko.COUNTED_AFTER_KO)


def counted_ko(question: str) -> tuple[str, ...]:
    """The words for what a Korean count asks of ("기업은 몇 곳": companies), or () when
    the count is of nothing the groups name."""
    words = []
    before = _COUNTED_BEFORE.search(question)
    if before:
        words.append(ko.strip_particle(before[1]))
    after = _COUNTED_AFTER.search(question)
    if after:
        words.extend([after[1], after[2]])
    for group in ko.COUNTED_THINGS_KO:
        if any(w.startswith(g) for w in words for g in group):
            return group
    return ()


# What lasts minutes or hours: "how long did they talk?" is told by "a 40-minute meeting",
# "how long does Korea have to invest?" is not.
_BRIEF = re.compile(
    r"\b(?:meet\w*|met|talks?|talked|call|calls|phone|conversation|session|summit|flight|"
    r"hearing|discussion|chat|interview|speech|briefing|negotiat\w*|sit-?down|lunch|dinner)\b"
)
_LONG_SPAN = re.compile(
    rf"\b{_NUMBER}[- ](?:days?|weeks?|months?|years?)\b"
    rf"|\b{_NUMBER} (?:business |working )?(?:days?|weeks?|months?|years?)\b"
)


# "invested $160 billion over the past eight years": a window a figure was counted over,
# not how long something lasts or is given
_PAST_WINDOW = re.compile(
    rf"\b(?:the )?(?:past|last|previous|preceding) {_NUMBER}[- ](?:days?|weeks?|months?|years?)\b"
)


def missing(question: str, text: str) -> list[str]:
    """The details the question asks for that the answer text does not state."""
    lowered = text.lower()
    names = asked(question)
    if "duration" in names:
        lowered = _PAST_WINDOW.sub(" ", lowered)
    return [
        name
        for name in names
        if not (
            (
                _LONG_SPAN.search(lowered)
                if name == "duration" and not _BRIEF.search(question)
                else DETAILS[name][1].search(text if name in _CASED else lowered)
            )
            or (name == "town" and _names_a_place(question, text))
        )
    ]


# "in Ellabell, Georgia", "leave Ottawa", "from Seoul": a capitalised name after a word of
# place or before ", State" (case kept, so a weekday or a month is not taken for one).
_PLACE = re.compile(
    r"\b(?:in|at|from|near|leave|left|leaving|to|outside)\s+([A-Z][a-z]{3,})\b"
    r"|\b([A-Z][a-z]{3,}), [A-Z][a-z]+"
)
_NOT_PLACES = {
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "january", "february", "march", "april", "june", "july", "august", "september",
    "october", "november", "december", "the",
    # a state is not the town asked for ("in Georgia")
    "alabama", "alaska", "arizona", "arkansas", "california", "colorado", "connecticut",
    "delaware", "florida", "georgia", "hawaii", "idaho", "illinois", "indiana", "iowa",
    "kansas", "kentucky", "louisiana", "maine", "maryland", "massachusetts", "michigan",
    "minnesota", "mississippi", "missouri", "montana", "nebraska", "nevada", "ohio",
    "oklahoma", "oregon", "pennsylvania", "tennessee", "texas", "utah", "vermont",
    "virginia", "wisconsin", "wyoming", "korea", "canada", "japan", "china",
}  # fmt: skip


def _names_a_place(question: str, text: str) -> bool:
    """ "In which Georgia town...?": the answer names a place, other than one the question
    names already (Georgia is not the town)."""
    asked_words = set(re.findall(r"[a-z]+", question.lower()))
    for match in _PLACE.finditer(text):
        name = (match[1] or match[2]).lower()
        if name not in _NOT_PLACES and name not in asked_words:
            return True
    return False


def names_product(text: str, names: list[str]) -> bool:
    """Whether the answer text names the product asked about, by any of its names."""
    lowered = text.lower()
    return any(re.search(rf"\b{re.escape(n.lower())}", lowered) for n in names if n)


_VISITING = (
    r"(?:visit\w*|trip|travel\w*|arriv\w*|flew|fly|flies|came to|come to|comes to|went to|"
    r"go to|goes to|head(?:s|ed)? to|land\w*|tour\w*)"
)


@lru_cache(maxsize=256)
def _visit_of(name: str) -> re.Pattern:
    name = re.escape(name)
    return re.compile(
        rf"\b{name}\b(?:'s)?[^.;]{{0,80}}?\b{_VISITING}\b"
        rf"|\b(?:visit|trip|travel|arrival)\w* (?:by|of) (?:[\w.-]+ ){{0,2}}{name}\b",
        re.IGNORECASE,
    )


# a visit to come ("Trump will visit", "his planned trip"), for a question about one
_VISIT_TO_COME = re.compile(
    rf"\b(?:will|plans? to|planning to|planned to|scheduled to|expected to|set to|is to|are to)"
    rf" (?:\w+ ){{0,3}}?{_VISITING}|\b(?:upcoming|planned|scheduled|expected|possible) "
    rf"(?:\w+ )?(?:visit|trip)\b",
    re.IGNORECASE,
)


def visit_told(name: str, text: str, to_come: bool = False) -> bool:
    """The text tells the named person visiting, travelling or arriving somewhere (a visit
    still to come, when `to_come`: "is Trump going to visit Korea?" is not answered by a
    visit made)."""
    if to_come and not _VISIT_TO_COME.search(text):
        return False
    return bool(_visit_of(name).search(text))
