"""Questions whose premise the facts contradict get the correction, never a silent
answer to another question: a figure stated wrong ("so the hike is to 30% right?" ->
"No — 25%, not 30%"), roles reversed ("what did the US pledge to invest in Korea?"),
an outcome turned around ("why did the court uphold the tariffs?"). The orchestrator asks
the question again without the false part and puts the correction in front of the answer.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

import phrasebook
from engine.decide import states_amounts
from engine.thresholds import SURE_AT
from engine.when import MONTH_WORDS
from handlers import asks_ko as ko
from values.money import format_money, format_rate
from values.patterns import screen


@dataclass(frozen=True)
class Premise:
    """A claim a question may take for granted, and how the facts contradict it."""

    name: str
    asked: re.Pattern  # the claim, in the question's words
    topic: frozenset  # concepts the question must have (any of them)
    neutral: str  # what replaces the claim when the question is asked again
    contradicted: re.Pattern  # in the answer: the facts say otherwise


PREMISES = [
    Premise(
        "court-upheld",
        re.compile(
            r"\b(?:uph[eo]ld|upholds|upholding|backed|endorsed|approved|sided with|"
            r"validated|okayed|ok'?d)\b|" + ko.COURT_UPHELD
        ),
        frozenset({"term:court", "term:supreme-court", "term:court-of-international-trade"}),
        "decide on",
        re.compile(
            r"unlawful|struck down|strikes down|invalid|illegal|not authori[sz]e|"
            + ko.COURT_AGAINST
        ),
    ),
    Premise(
        "bill-failed",
        re.compile(
            r"\b(?:fail(?:ed|s)?|vote[ds]? (?:it )?down|reject(?:ed|s)?|blocked|killed|sank|"
            r"scrapped|defeated|shot down)\b|" + ko.BILL_FAILED
        ),
        frozenset({"term:special-act", "term:bill", "term:legislature"}),
        "pass",
        re.compile(r"\bpassed\b|" + ko.BILL_PASSED),
    ),
    Premise(
        "swap-granted",
        # (asked for, requested, wanted: a request, which the sources do report)
        re.compile(
            r"^(?!.*\b(?:ask\w*|request\w*|want\w*|seek\w*|sought|demand\w*|push\w*)\b)"
            r".*\b(?:get|got|gets|give|gives|gave|given|grant|grants|granted|won|secured|"
            r"receive[ds]?|extend(?:s|ed)?|offer(?:s|ed)?|provide[ds]?)\b.*\bswap\b"
        ),
        frozenset({"term:swap", "term:currency-swap", "term:fx"}),
        "",
        re.compile(r"\b(?:not|no|without)\b[^.]{0,80}\bswap"),
    ),
]

_WHY = re.compile(
    r"^(?:so |ok |okay |wait |but |and )*(?:why(?:'d| did| was| were| is| would)?)\s+"
)
_WHY_KO = re.compile(ko.WHY)


def premise_rewrites(q) -> list[tuple[Premise, str]]:
    """(premise, the question asked again without it) for each premise the question takes."""
    found = []
    concepts = set(q.concepts)
    for premise in PREMISES:
        if not (premise.topic & concepts):
            continue
        hit = premise.asked.search(q.text)
        if not hit:
            continue
        if premise.neutral:
            text = q.text[: hit.start()] + premise.neutral + q.text[hit.end() :]
        else:
            text = q.text
        if q.lang == "ko":
            text = _WHY_KO.sub("", text)
        else:
            text = _WHY.sub("did " if not premise.neutral else "what did ", text)
        found.append((premise, text))
    return found


def contradicts(premise: Premise, text: str) -> bool:
    return bool(premise.contradicted.search(text))


def correction(premise: Premise, lang: str) -> str:
    return phrasebook.of(lang).casual.premise[premise.name]


# --- A stated rate, checked: "so the hike is to 30% right?", "steel is 25% now right",
# "철강 관세 25% 맞죠?". The question asserts a figure; the answer's headline figure
# (the rate it gives as in force, or the rate a change goes to) decides Yes or No.
_TAG = re.compile(
    r"(?:\bright|\bcorrect|\btrue|\bhuh|\byeah|\byea|\byes|\bconfirm\w*|\bno|\bisn'?t it|"
    r"\bwasn'?t it|\bnah|\bok)\W*$|\?\s*$|^(?:so|ok|okay|wait|is|was|are|were)\b"
)
# After the stated figure only a tag or a time may follow: "is to 30% right?", "is 25%
# now yeah"; "is the hike to 25% a done deal?" asks something else about it.
_AFTER_FIGURE = (
    r"(?:\s+(?:now|rn|right now|today|still|then|yet|again|right|correct|true|huh|yeah|yea|"
    r"yes|no|ok|okay|confirm\w*|isn'?t it|wasn'?t it|or not|or what|nah|lol|tho|though|"
    r"(?:for|on) (?:korean |south korean )?\w+)\b)*\W*$"
)
_CHECK_TAG = screen(
    re.compile(
        r"(?:\bright|\bcorrect|\btrue|\bhuh|\byeah|\byea|\bconfirm\w*|\bisn'?t it|\bwasn'?t it|"
        r"\bor not|\bor nah|\bnah)\W*$|^(?:so|ok so|okay so|wait so)\b"
    ),
    (
        "confirm",
        "correct",
        "huh",
        "isn't it",
        "isnt it",
        "nah",
        "or not",
        "right",
        "so",
        "true",
        "wasn't it",
        "wasnt it",
        "yea",
    ),
)
_TAG_KO = screen(
    re.compile(ko.CHECK_TAG),
    (),
    hangul=True,
)
_HEADLINE = re.compile(r"\b(?:is|was|are|were|to|be)\s+(\d+(?:\.\d+)?)%")
_HEADLINE_KO = re.compile(ko.HEADLINE)


_HYPOTHETICAL = re.compile(r"\b(?:if|suppose|supposing|assuming|imagine)\b|" + ko.HYPOTHETICAL)


def is_check(q) -> bool:
    """A yes/no question, asked outright or as a statement with a tag ('... huh', 'right?')."""
    if "yesno" in q.asks:
        return True
    return bool((_TAG_KO if q.lang == "ko" else _CHECK_TAG).search(q.text))


def stated_rate(q) -> Decimal | None:
    """The one rate a question asserts and asks to be confirmed, else None."""
    if len(q.rates) != 1 or _HYPOTHETICAL.search(q.text):
        return None  # "what if it were 25%?": nothing asserted
    rate = q.rates[0]
    number = re.escape(format_rate(rate).rstrip("%"))
    if q.lang == "ko":
        return rate if _TAG_KO.search(q.text) else None
    asserted = re.compile(
        r"\b(?:is|was|are|were|to|be|now|still)\s+(?:now\s+|still\s+|only\s+|just\s+)?"
        + number
        + r"\s*(?:%|percent|per cent|pct)"
        + _AFTER_FIGURE
    )
    if asserted.search(q.text) and _TAG.search(q.text):
        return rate
    return None


def without_rate(q, rate: Decimal) -> str:
    """The question with its stated rate taken out, to be asked again."""
    number = re.escape(format_rate(rate).rstrip("%"))
    return re.sub(
        r"(?<![\d.])" + number + r"\s*(?:%|percent|per cent|pct|" + ko.RATE_WORDS + ")", "", q.raw
    )


def headline_rate(text: str, lang: str) -> Decimal | None:
    hit = (_HEADLINE_KO if lang == "ko" else _HEADLINE).search(text)
    return Decimal(hit.group(1)) if hit else None


def verdict(stated: Decimal, headline: Decimal, lang: str) -> str:
    words = phrasebook.of(lang).casual
    return words.yes_rate(headline) if stated == headline else words.no_rate(headline, stated)


# --- A stated amount the answering report itself gives: "ngl is the 20bn a yr cap in the
# law too" -> "Yes — $20 billion." then the report. Only Yes, and only from a sure match
# with no word left unread: a report that does not give the figure does not show it wrong.
_ASKED_YES_NO = re.compile(
    r"^(?:(?:ngl|tbh|so|ok|okay|wait|and|but|also|hey|btw)\s+)*"
    r"(?:is|was|are|were|does|did|do|has|have|will)\b"
)


def amount_confirmed(q, fact, score: float) -> str | None:
    """'Yes — $20 billion.' when the one amount a yes/no question states is in the event
    that answers it, else None."""
    if len(q.amounts) != 1 or q.rates or q.unknown or fact.kind != "event" or score < SURE_AT:
        return None
    if not (_ASKED_YES_NO.search(q.text) or is_check(q)) or not states_amounts(q, fact):
        return None
    # the figure must be the one asked about: a word of the question beside it in the
    # report ("the annual $20 billion *cap*"), not another figure that happens to be equal
    # ("refunds 166bn?" of "$166 billion in duties collected": not the refunds)
    text = (fact.says("en") or "").lower()
    shown = re.escape(format_money(q.amounts[0]).lower())
    near = " ".join(
        m.group(0) for m in re.finditer(r"(?:\S+\s+){0,4}" + shown + r"(?:\s+\S+){0,4}", text)
    )
    asked = {w for w in re.findall(r"[a-z]{3,}", q.text) if w not in _NOT_TOPIC_WORDS}
    stems = {w[:-1] if w.endswith("s") and len(w) > 3 else w for w in asked}
    if not any(re.search(rf"\b{w}(?:s|es)?\b", near) for w in stems):
        return None
    return phrasebook.of(q.lang).casual.yes_amount(q.amounts[0])


# Words of a question that say nothing of what a figure is.
_NOT_TOPIC_WORDS = set(
    "the and for was were are did does has have had will with that this what which too also "
    "ngl tbh really still just year years annual annually month billion million trillion "
    "korea korean south seoul from into about than then there their they".split()
)


# --- A stated date, checked: "the 90 day pause was in june right?", "the special act
# was submitted nov 14 right?". The date of the fact that answers the question without
# it decides Yes or No.
_MONTHS = "|".join(sorted((m for m in MONTH_WORDS if m != "may"), key=len, reverse=True))
_STATED_DATE = re.compile(
    r"(?:\b(?:in|on|back in)\s+)?\b(?P<m>" + _MONTHS + r"|may(?=\s+\d))\.?"
    r"(?:\s+(?P<d>[1-3]?\d)(?:st|nd|rd|th)?\b)?(?:,?\s+(?P<y>20[2-3]\d)\b)?"
)


@dataclass(frozen=True)
class StatedDate:
    month: int
    day: int | None
    year: int | None
    span: tuple

    def fits(self, day) -> bool:
        return (
            day.month == self.month
            and (self.day is None or day.day == self.day)
            and (self.year is None or day.year == self.year)
        )


def stated_date(q) -> StatedDate | None:
    """The one date a question asserts and asks to be confirmed, else None."""
    if q.lang == "ko" or not _CHECK_TAG.search(q.text) or q.rates or q.amounts:
        return None
    if "when" in q.asks:
        return None  # asking for the date, not stating it
    return stated_day(q.raw)


def stated_day(raw: str) -> StatedDate | None:
    """The one month (and day, and year) a text names: "on feb 21", "in june 2025"."""
    hits = list(_STATED_DATE.finditer(raw.casefold()))
    if len(hits) != 1:
        return None
    hit = hits[0]
    return StatedDate(
        MONTH_WORDS[hit["m"]],
        int(hit["d"]) if hit["d"] else None,
        int(hit["y"]) if hit["y"] else None,
        hit.span(),
    )


def without_date(q, stated: StatedDate) -> str:
    start, end = stated.span
    return (q.raw[:start] + " " + q.raw[end:]).strip()


def date_verdict(stated: StatedDate, day, lang: str) -> str:
    words = phrasebook.of(lang).casual
    if stated.fits(day):
        return words.yes_date(day)
    return words.no_date(day, stated.month, stated.day, stated.year)


# --- Roles reversed: the US pledged nothing to invest in Korea; Korea pledged to the US.
_US = r"(?:the )?(?:us|u\.s\.?|usa|america|united states|washington|trump)"
_REVERSED = re.compile(
    r"\b" + _US + r"\b(?:\s+\w+){0,3}?\s+(?:pledg|promis|commit|invest|giv|pay|fund)\w*\b"
    r".*\b(?:to|in|into|for)\s+(?:south\s+)?korea\b"
)
_REVERSED_KO = re.compile(ko.REVERSED)
_NOT_REVERSED = re.compile(
    r"\breturn\b|\bexchange\b|\btariffs?\b|\bcut\b|\blower\b|\bdut(?:y|ies)\b|" + ko.NOT_REVERSED
)


def reversed_pledge(q) -> bool:
    """'What did the US promise to invest in Korea?': a pledge with the roles swapped."""
    if not ({"term:pledge", "term:invest"} & set(q.concepts)):
        return False
    if _NOT_REVERSED.search(q.text):
        return False
    pattern = _REVERSED_KO if q.lang == "ko" else _REVERSED
    return bool(pattern.search(q.text))


def no_us_pledge(lang: str) -> str:
    return phrasebook.of(lang).casual.no_us_pledge
