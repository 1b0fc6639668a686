"""Question text -> ParsedQuestion: amounts, rates, products, people, places, dates,
what is asked, and the words the bot does not know.

Matching words against the base's vocabulary is exact first (longest phrase wins), then
typo-tolerant with rapidfuzz for the words left over ("tarrif", "lumbr", "Lutnik").
"""

from __future__ import annotations

import datetime as _dt
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from decimal import Decimal
from functools import partial

from engine import clock
from engine import lexicon_ko as ko
from engine.lexicon_en import ALWAYS_BLOCKING, BASIS_WORDS, CHAT_WORDS, NUMBER_WORDS, STOPWORDS
from engine.money_ko import FOREIGN_KO, WON_KO, parse_korean_amounts
from engine.spelling import is_common, is_english_word
from engine.thresholds import FUZZY_CUTOFF, FUZZY_CUTOFF_SHORT  # typo correction
from engine.when import MONTH_WORDS, TimeRef, read_time, without_retroactive_dates
from knowledge.index import Lexicon, concepts_in
from values.money import MAX_AMOUNT, SCALES, read_number
from values.patterns import Screened, screen
from values.text import MAX_QUESTION_CHARS, clean, fold, stem

_BOUNDARY_WORD = re.compile(r"(?:^|(?<=\|)|(?<=\(\?:))\\b([a-z]+?)(?=[a-z][?*+{]|[^a-z?*+{]|$)")


def _word_first(pattern: str) -> str:
    r"""The pattern with each r"\bword" that opens it or one of its alternatives written
    r"word(?<!\wword)": the same matches (a word's first letter is a word character, so
    the boundary before it is a non-word character or the start), but re scans for the
    words' first letters instead of trying the pattern at every position (~0.1 us a
    question, not ~0.7). tests/test_speed_same_answers.py checks the spans match."""
    return _BOUNDARY_WORD.sub(lambda m: rf"{m[1]}(?<!\w{m[1]})", pattern)


_SCALE = r"(?P<scale>thousand|million|mln|mn|mil|m|billion|bn|bil|b|trillion|tril|tn|t|k)"
# Digits with any separators, ending in a digit ("$30,000." ends a sentence): read by
# values.money.read_number, which refuses what can be read two ways ("$30.000", "1,5").
_NUM = r"(?P<num>\d[\d,.]*\d|\d|\.\d+)"
AMOUNT_PATTERNS = [
    # $30,000 · $2 billion · $350bn · US$ 5m · $ 1.2 trillion · $-5 · -$5
    # (the optional "-" and "us" before the "$" as one group of three alternatives:
    # (?P<neg>-\s*)?(?:us\s*)?\$ in the same order of preference, ~2x faster, as re tries
    # one group at every position, not two optional ones)
    screen(
        re.compile(
            r"(?:(?P<neg>-\s*)(?:us\s*)?|us\s*|)\$\s*(?P<neg2>-\s*)?"
            + _NUM
            + r"(?P<exp>e[+-]?\d+)?(?:\s*"
            + _SCALE
            + r")?(?![a-z])"
        ),
        ("$",),
    ),
    # 1.2 billion dollars · 12000 dollars · 5 million usd · usd 30,000
    screen(
        re.compile(
            r"(?P<neg>-\s*)?"
            + _NUM
            + r"(?P<exp>e[+-]?\d+)?(?:\s*"
            + _SCALE
            + r")?\s*(?:dollars?|usd|bucks)\b"
        ),
        ("bucks", "dollar", "usd"),
    ),
    screen(
        re.compile(r"\busd\s*" + _NUM + r"(?:\s*" + _SCALE + r")?(?![a-z])"),
        ("usd",),
    ),
    # bare 30k · 350bn · 2 billion · 1 mil · 2.5m (a number with a scale is money in this
    # domain); "m" and "b" only glued to the figure, so "5 m" is not five million
    screen(
        re.compile(
            r"(?<![\w.])"
            + _NUM
            + r"(?:\s*(?P<scale>k|bn|mn|mln|mil|billion|million|trillion)\b|(?P<glued>m|b)\b)"
        ),
        ("b", "k", "m", "trillion"),
    ),
    # a plain figure before the goods it is the value of: "30000 car", "45,000 worth of
    # lumber" (four digits or more and not a year, so "2025 cars" and "232" stay numbers)
    re.compile(
        r"(?<![\w.,$])(?!(?:19|20)\d\d(?!\d))(?P<num>\d{1,3}(?:,\d{3})+|\d{4,})(?![\d,.])"
        r"(?=\s+(?:(?:worth|dollars?)\s+(?:of\s+)?)?(?:(?:south\s+)?korean\s+|korea\s+)?"
        r"(?:cars?|autos?|vehicles?|suvs?|sedans?|hyundais?|kias?|genesis|lumber|wood|timber|"
        r"steel|aluminum|aluminium|copper|chips?|semiconductors?|drugs?|meds|medicines?|"
        r"pharma\w*|furniture|cabinets?|goods|imports?|shipments?|parts|worth)\b)"
    ),
]
ASCII_DIGIT = re.compile(r"[0-9]")
WORDS = re.compile(r"[a-z0-9]+|[\uac00-\ud7a3]+")  # a question's words, English and Korean
# The amount patterns that read a figure with no currency sign or word as US dollars;
# the reply says so ("I read 30k as $30,000").
ASSUMED_DOLLARS = (3, 4)
MENTIONS = re.compile(r"<@[!&]?\d+>|<#\d+>|@everyone\b|@here\b", re.IGNORECASE)
NOT_A_NUMBER = screen(
    re.compile(r"\b(?:nan|inf|infinity)\s*(?:dollars?|usd)\b|\$\s*(?:nan|inf)|∞"),
    ("inf", "nan", "∞"),
)
WON = screen(
    re.compile(
        r"\d[\d,.]*\s*(?:won|krw)\b|₩|\bkrw\b|\b(?:in|to|into) (?:korean )?won\b"
        # "is the won gonna go up?": the currency's value, which no source gives
        r"|\b(?:the|korean|korea s) won\b(?! (?:the|a|an|its|their|his|her|approval|support|election)\b)"
    ),
    ("krw", "won"),
    hangul=True,  # "₩": any text beyond ASCII is searched
)
# Other currencies, next to a figure: the bot computes in US dollars only, and a bare
# "A$30,000" or "30,000 euros" must never be taken for US dollars.
_CURRENCY_WORDS = (
    r"euros?|eur|gbp|pounds? sterling|sterling|jpy|yen|cny|rmb|yuan|renminbi|"
    r"inr|rupees?|chf|francs?|aud|cad|hkd|nzd|sgd|twd|mxn|brl|pesos?|rubles?|"
    r"roubles?|lira|baht|ringgit|(?:australian|aussie|canadian|hong kong|"
    r"new zealand|kiwi|singapore|taiwan|taiwanese|new taiwan|mexican)\s+dollars?|"
    r"pounds?(?!\s+of\b)"
)
_CURRENCY_CODES = r"eur|gbp|jpy|cny|rmb|inr|chf|aud|cad|hkd|nzd|sgd|twd|mxn|brl"
_DOLLAR_PREFIXES = r"a|au|aud|c|ca|can|cad|hk|nz|s|sg|nt|mx|r|rd|z|j|bz|tt|ec|fj"
FOREIGN_CURRENCY = re.compile(
    r"\d[\d,.]*\s*(?:k|thousand|million|billion|trillion|bn|mn|m|b)?\s*"
    r"(?:" + _CURRENCY_WORDS + r")(?![a-z])"
    r"|(?<![a-z])(?:" + _CURRENCY_CODES + r")\s*-?\s*\d"
    r"|(?<![a-z])(?:" + _DOLLAR_PREFIXES + r")\$"
    r"|[€£¥₹₽₺₪₫₱₦₴₿฿円元]"
)
# FOREIGN_CURRENCY's alternatives searched one by one, each as re finds it fastest
# (~8 us a question with a figure, for the pattern above; _foreign_currency):
_FOREIGN_PARTS = (
    # the figure's digits held (possessive): the words after them start with a letter,
    # so giving digits back never finds another match; and tried from the first digit of
    # a run only (not after a digit): a later one reaches the same end, so matches alike
    re.compile(
        r"\d(?<!\d\d)[\d,.]*+\s*(?:k|thousand|million|billion|trillion|bn|mn|m|b)?\s*"
        r"(?:" + _CURRENCY_WORDS + r")(?![a-z])"
    ),
    # (every code is three letters: not after a letter is not four letters up to its end)
    re.compile(r"(?:" + _CURRENCY_CODES + r")(?<![a-z]{4})\s*-?\s*\d"),
    # (each prefix's last letter before the "$": most texts with a "$" hold none of these)
    screen(
        re.compile(r"(?<![a-z])(?:" + _DOLLAR_PREFIXES + r")\$"),
        ("a$", "c$", "d$", "g$", "j$", "k$", "n$", "r$", "s$", "t$", "u$", "x$", "z$"),
    ),
)
_CURRENCY_SIGNS = re.compile(r"[€£¥₹₽₺₪₫₱₦₴₿฿円元]")  # (searched only beyond ASCII)
IN_CURRENCY = re.compile(_word_first(r"\bin (?:" + _CURRENCY_WORDS + r")(?![a-z])"))
# Superscripts, subscripts, circled digits and fractions fold to plain digits ("²" ->
# "2", so "$30,000²" read as $300,002); they are marked instead, and an amount they
# touch is refused with a question back.
_ODD_FORMS = ("<super>", "<sub>", "<fraction>", "<circle>", "<compat>")
ODD_MARK = "^"
# A marked digit where an amount's figure should be: "$½ million", "²5 dollars".
ODD_AMOUNT = screen(
    re.compile(
        r"\$\s*-?\s*\^|\^[\d,.]*\s*(?:k|thousand|million|billion|trillion|bn|mn)?"
        r"\s*(?:dollars?|usd|bucks|달러|불)"
    ),
    ("$", "^"),
)
_EXPONENT_BEFORE = re.compile(r"\de[+-]?$")
_EXPONENT_AFTER = re.compile(r"^e[+-]?\d")
_SPACE_GROUP_BEFORE = re.compile(r"(?<![\d,.])(?P<lead>\d{1,3}) $")
_SPACE_GROUP_AFTER = re.compile(r"^ (?P<group>\d{3})(?![\d,.])")
RATE = screen(
    re.compile(
        r"(?<![\w.])(?P<num>\d+(?:\.\d+)?)\s*(?:%|percent\b|per cent\b|pct\b|퍼센트|프로(?![젝그])|퍼)"
    ),
    ("%", "pct", "per cent", "percent"),
    hangul=True,  # the Korean words: any text beyond ASCII is searched
)
# A rate typed without "%" in a tariff question: "did cars go up to 25", "cut 25 to 15",
# "aluminum went 25 then 50". Read only next to a word of change (to, from, then, vs)
# and not before a unit ("to 20 years", "30 or 80 min", "at 3 pm").
_UNITS = (
    r"min|mins|minutes?|hours?|hrs?|days?|weeks?|months?|years?|yrs?|am|pm|people|votes?|"
    r"members?|countries|nations|times|companies|firms|cars|units|tons?|tonnes|billion|"
    r"million|trillion|thousand|bn|mn|k|m|b|st|nd|rd|th|ships|projects|workers|koreans"
)
_BARE = r"(?P<{name}>100|\d{{1,2}}(?:\.\d+)?)(?![\d.,%]|\s*(?:percent|pct|per cent)\b)"
BARE_RATE_PAIR = re.compile(
    r"(?<![\w.$])"
    + _BARE.format(name="a")
    + r"\s*(?:to|then|->|→|vs\.?|versus|or|and|instead of)\s*"
    + _BARE.format(name="b")
    + rf"(?!\s*(?:{_UNITS})\b)(?![\w$])"
)
BARE_RATE = re.compile(
    r"\b(?:to|from|at|vs\.?|versus)\s+"
    + _BARE.format(name="a")
    + rf"(?!\s*(?:{_UNITS})\b)(?![\w$])"
)
RATE_CONTEXT = {"term:tariff", "term:rate", "term:hike", "term:reduce", "term:reciprocal"}
YEARS = screen(
    re.compile(r"\b(?P<n>\d+|" + "|".join(NUMBER_WORDS) + r")\s*(?:-\s*)?(?:years?|yrs?)\b"),
    ("year", "yr"),
)
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTHS = (
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
)
# (one set lookup for a word left over, not three through two tuples and a dict)
_DAY_AND_MONTH_WORDS = frozenset(WEEKDAYS) | frozenset(MONTHS) | frozenset(MONTH_WORDS)

# What is asked. Each ask's pattern is written in parts (alternatives: the ask is asked
# when any part matches), each with what it needs (values/patterns.py screen;
# tests/test_screens.py checks): a question holding none of a part's words is not
# searched for it, so most questions run a few parts, not every alternative of each
# pattern. None: not screened, as the part costs less searched than screened: it is
# compiled with its opening words read first (_word_first), or anchored at the start.
_ASK_PARTS: dict[str, tuple[tuple[str, tuple[str, ...] | None], ...]] = {
    "who_is": (
        (
            r"\bwho(?:'s| s| is| are| was| were)\b(?! (?:meeting|scheduled|going|set|planning|expected))",
            None,
        ),
    ),
    "who": (
        (
            r"\bwho(?:m|se)?\b|\bwith whom\b"
            r"|\bwhich (?:(?:other|us|u\.s\.|american|korean|senior|top|cabinet) ){0,3}(?:officials?|person|people|ministers?|secretar(?:y|ies)|cabinet members?)\b",
            None,
        ),
    ),
    "when": (
        # "when did", "what date", "the date of the ruling?"
        (
            r"\bwhen\b|\bwhat (?:date|day|time|month|year)\b|\bwhich (?:day|date|month|year)\b"
            r"|\bhow soon\b|\bthe date of\b",
            None,
        ),
        # "what was trump's inauguration date?" (anchored at the start: one try)
        (r"^(?:what|whats|what's)\b[^?]*\b(?:date|day)\s*\??$", None),
    ),
    "where": (
        (
            r"\bwhere\b|\b(?:which|what) (?:city|place|location|town|venue|state)\b",
            ("city", "location", "place", "state", "town", "venue", "where"),
        ),
    ),
    "why": (
        (
            r"\bwhy\b|\breasons?\b|\bwhat (?:prompted|triggered|caused|led to)\b|\bhow come\b|\bbehind\b",
            ("behind", "caused", "how come", "led to", "prompted", "reason", "triggered", "why"),
        ),
    ),
    "how_much": (
        (
            r"\bhow (?:much|big|large|high)\b|\bwhat (?:amount|size|sum)\b",
            (
                "how big",
                "how high",
                "how large",
                "how much",
                "what amount",
                "what size",
                "what sum",
            ),
        ),
    ),
    "rate": (
        (
            r"\brates?\b|%|\bpercent(?!(?:age)? of)|\bhow high\b"
            r"|\bwhat(?: is|'s| s)? the (?:new |current |old |original |proposed |planned )?(?:tariff|duty|levy)\b"
            r"|\bwhat (?:tariffs?|dut(?:y|ies)) (?:did|does|do|will|would|has|have|is|was|are|were)\b"
            r"|\btariff (?:on|for)\b",
            None,
        ),
    ),
    "which": (
        (
            r"\b(?:which|what) (?:[a-z]+ )?(?:products?|goods|items|sectors?|industries|categories|things|imports|exports)\b"
            r"|\bwhat (?:is|are|gets?) (?:affected|covered|targeted|hit)\b",
            (
                "affected",
                "categories",
                "covered",
                "exports",
                "goods",
                "hit",
                "imports",
                "industries",
                "items",
                "product",
                "sector",
                "targeted",
                "things",
            ),
        ),
    ),
    "yesno": ((r"^(?:did|was|were|is|are|has|have|had|will|would|does|do|can|could)\b", None),),
    "say": (
        (
            r"\b(?:say|said|says|quote[sd]?|statements?|remarks?|comments?|told|words)\b",
            ("comment", "quote", "remark", "said", "say", "statement", "told", "words"),
        ),
    ),
    "source": (
        (
            r"\bsources?\b|\bcit(?:e|ation)\b|\bhow do you know\b|\baccording to (?:whom|who|what)\b"
            r"|\bwhich (?:outlet|article|report|publication)\b"
            r"|\bwhere (?:does|did|do) (?:this|that|the|your|you) (?:info|information|data|facts?|figures?|numbers?|answers?)\b"
            r"|\bwhere (?:is|does) (?:this|that) from\b|\bwhere did you get\b"
            # "where's this info from?" (folded: "where this info from")
            r"|\bwhere(?: s| is)? (?:this|that|the|your) (?:info |information |data |stuff )?from\b",
            None,
        ),
    ),
    "years": (
        (
            r"\bhow (?:many|long)\b.*\byears?\b|\bhow long\b|\bwhen will\b.*\bfully paid\b"
            # "years to pay 200b cash at the cap"
            r"|^years? to (?:pay|invest|fund|finish|complete|pay off)\b",
            ("how long", "when will", "year"),
        ),
    ),
    "share": (
        (
            r"\bshares?\b|\bproportion\b|\bfraction\b|\bpercent(?:age)? of\b|\bwhat part\b",
            None,
        ),
    ),
    # "which law", "under what authority", "legal basis", "... under section 232?": the
    # legal instrument a tariff is imposed under (handlers/basis.py)
    "basis": (
        (
            r"\b(?:which|what)(?:'s| s| is| are| was| were)? (?:(?:us|u s|american|federal|legal|trade|tariff|the)\s+){0,2}(?:laws?|statutes?|acts?|authorit(?:y|ies)|legal basis|basis|provisions?|legislation|powers?|sections?)\b(?! ?\d)",
            ("what", "which"),
        ),
        (
            r"\blegal (?:basis|authority|authorities|grounds?|footing|instrument|justification)\b"
            r"|\bon what (?:legal )?(?:basis|grounds?|authority)\b"
            # "are cars under ieepa?", "... under section 232 right?"
            r"|\bunder (?:section \d{3}|ieepa)(?: (?:right|correct|yeah|yes|huh|or not|no|too))?\s*\??$",
            None,
        ),
        # "is it a section 232 tariff?"
        (
            r"^(?:is|are|was|were)\b.*\b(?:a|an) (?:section \d{3}|ieepa) (?:tariffs?|duty|duties|levy|measure)\b",
            None,
        ),
    ),
    # "how many points did it drop": the change between two rates, with its relative size
    "percent_change": (
        (
            r"\bhow many (?:percentage )?points\b|\bby what (?:percent|percentage)\b|\bpercent(?:age)? (?:increase|rise|change|jump|hike)\b|\brelative\b|\bhow many percent\b|\bin percent(?:age)? terms\b|\bby how much percent\b",
            None,
        ),
    ),
}
# (name, part number) -> the part's pattern, behind its screen or read word first
ASKS = {
    (name, i): re.compile(_word_first(rx)) if needs is None else screen(re.compile(rx), needs)
    for name, parts in _ASK_PARTS.items()
    for i, (rx, needs) in enumerate(parts)
}
# ASKS as (ask, needs, search of the bare pattern): parse tests the needs itself, a
# Python call less for each of the ~24 parts (none of them is read beyond ASCII)
_ASK_SEARCHES = tuple(
    (name, rx.needs, rx.compiled.search) if isinstance(rx, Screened) else (name, (), rx.search)
    for (name, _), rx in ASKS.items()
)
assert not any(isinstance(rx, Screened) and rx.hangul for rx in ASKS.values())
PAST = screen(
    re.compile(r"\b(?:did|was|were|had|has|have|met|held|happened|ago|last|yesterday)\b"),
    (
        "ago",
        "did",
        "had",
        "happened",
        "has",
        "have",
        "held",
        "last",
        "met",
        "was",
        "were",
        "yesterday",
    ),
)
FUTURE = screen(
    re.compile(
        r"\b(?:will|going to|gonna|next|plans?|planned|scheduled|upcoming|later|tomorrow|soon)\b"
    ),
    (
        "going to",
        "gonna",
        "later",
        "next",
        "plan",
        "scheduled",
        "soon",
        "tomorrow",
        "upcoming",
        "will",
    ),
)
# (anchored at the start: one try, cheaper than any screen)
FOLLOWUP = re.compile(
    r"^(?:and|what about|how about|also|plus|same for|what of|and for|and what about|ok and|then)\b"
)


# Chat forms read before anything else (lexicon_en.CHAT_WORDS for the plain ones). A
# word is only rewritten where it stands alone: not inside "u.s.", "$30k", "i-95".
_CHAT = re.compile(
    r"(?<![\w.$'/-])(?P<w>" + "|".join(sorted(CHAT_WORDS, key=len, reverse=True)) + r")(?![\w'/-])"
)
_WORD_RUN = re.compile(r"\w+")
_MONTHS_RX = "|".join(sorted(MONTH_WORDS, key=len, reverse=True))
# Short forms whose meaning depends on their neighbours.
_CHAT_CONTEXT = [
    # a figure glued to its unit: "4yrs", "15pts", "80min"
    (re.compile(r"(?<=\d)(?=(?:yrs?|hrs?|mins?|pts|ppts?|pp|wks?|days?)\b)"), " "),
    # "sec 232" is a section; "commerce sec", "sec lutnick" a secretary; "30 sec" seconds
    (re.compile(r"(?<![\w.-])secs?(?=\.?\s*\d)"), "section"),
    (re.compile(r"(?<=\d)\s*secs?\b"), " seconds"),
    (re.compile(r"(?<![\w.-])sec\b(?!-)\.?"), "secretary"),
    # "30 min" is minutes; "trade min", "min kim" a minister
    (re.compile(r"(?<=\d)\s*min\b(?!-)"), " minutes"),
    (re.compile(r"(?<![\w.-])min\b(?![-\w])\.?(?!\s*(?:and|or|to)\s*max)"), "minister"),
    # "3 pm" is a time; "the pm", "rok pm" the prime minister
    (re.compile(r"(?:(?<![\d\s])(?<![\w.-])|(?<=[a-z] ))pm\b(?!-)"), "prime minister"),
    # "SK" is South Korea, except SK the company (SK Hynix, SK On, SK Group)
    (
        re.compile(
            r"(?<![\w.-])s\.?k\.?(?![\w-])(?!\s+(?:hynix|group|on|innovation|telecom|"
            r"chemicals?|inc|holdings|ie|battery|siltron|bioscience|ecoplant)\b)"
        ),
        "south korea",
    ),
    (re.compile(r"(?<![\w.])s\.\s?korea"), "south korea"),
    # "sat" and "sun" only as days: before a date or after on/last/next/this
    (
        re.compile(
            rf"(?:(?<=\bon )|(?<=\blast )|(?<=\bnext )|(?<=\bthis ))sat\b"
            rf"|(?<![\w.])sat\b(?=,?\s+(?:\d|{_MONTHS_RX})\b)"
        ),
        "saturday",
    ),
    (
        re.compile(
            rf"(?:(?<=\bon )|(?<=\blast )|(?<=\bnext )|(?<=\bthis ))sun\b"
            rf"|(?<![\w.])sun\b(?=,?\s+(?:\d|{_MONTHS_RX})\b)"
        ),
        "sunday",
    ),
    # "trump n kim": and; "u" is you, but not the u of "u.s." / "u s"
    (re.compile(r"(?<=[a-z] )n(?= [a-z])"), "and"),
    # (the "u" first, then the lookbehind over it: the same matches as (?<![\w.-])u\b...,
    # found by a scan for "u" instead of a try at every position)
    (re.compile(r"u(?<![\w.-]u)\b(?![-.]|\s?s\b)"), "you"),
    # "w/" with, "w/o" without
    (re.compile(r"(?<![\w.])w/o\b"), "without"),
    (re.compile(r"(?<![\w.])w/(?=\s|[a-z])"), "with "),
    # "fed register", "fr notice": the Federal Register; a closing "fr" is "for real"
    (re.compile(r"(?<![\w.])fed\.?\s+reg(?:ister)?\b"), "federal register"),
    (
        re.compile(r"(?<![\w.])fr(?=\s+(?:notice|doc|document|filing|entry|publication)\b)"),
        "federal register",
    ),
    # "korea's president" (folded to "korea president"): the Korean president
    (
        re.compile(r"\b((?:south )?)korea (?=(?:president|prime minister|ambassador)\b)"),
        r"\1korean ",
    ),
    # "2+2" (the finance and trade ministers' talks): its written-out name
    (re.compile(r"(?<![\d+])2\s?\+\s?2(?![\d+])"), "two plus two"),
    # a company's "tariff bill" is what it paid in tariffs
    (re.compile(r"\btariff bills?\b"), "tariff costs"),
    # "korean stuff", "korean things": Korean goods
    (
        re.compile(r"\b((?:south )?korean?|korea's) (?:stuff|things|items)\b"),
        r"\1 goods",
    ),
    # "who ran the industry ministry": who was the minister (a ministry run, not a plant)
    (
        re.compile(r"\bwho (?:ran|headed|led) (?:the )?((?:[a-z]+ ){0,2}?)ministry\b"),
        r"who was the \1minister",
    ),
    (
        re.compile(r"\bwho (?:runs|heads|leads) (?:the )?((?:[a-z]+ ){0,2}?)ministry\b"),
        r"who is the \1minister",
    ),
    # "the finance guy", "the commerce chief": the holder of that office
    (
        re.compile(
            r"\b(finance|industry|foreign) (?:guy|gal|dude|person|man|woman|boss|chief|head|"
            r"honcho)\b"
        ),
        r"\1 minister",
    ),
    (
        re.compile(
            r"\b(commerce|treasury) (?:guy|gal|dude|person|man|woman|boss|chief|head|honcho)\b"
        ),
        r"\1 secretary",
    ),
    # "the scotus opinion", "the majority opinion": the court's ruling, not anyone's view
    # (a dissenting opinion is not the ruling: it stays unknown)
    (re.compile(r"\b(?:the )?(?:majority|court'?s?) opinion\b"), "the ruling"),
    (re.compile(r"\b(scotus|supreme court|high court) opinion\b"), r"\1 ruling"),
    # "is the hike a done deal?": is it in effect (a deal that is "done" is another matter)
    (
        re.compile(
            r"\b((?:hikes?|increases?|tariffs?|rates?|raises?|dut(?:y|ies))\b[^?.]*?)"
            r"\b(?:an? )?(?:done deal|set in stone|locked in)\b"
        ),
        r"\1in effect",
    ),
    # "at present" is now; "present" alone (lawmakers present) is attendance
    (re.compile(r"\b(?:at|for the) present\b"), "now"),
    # a company's "shares" and shares that fall or rise are its stock, not a proportion
    (
        re.compile(
            r"\b(hyundai|kia|samsung|lg|hynix|posco|hanwha|mobis|motor|motors|electronics|"
            r"company|companies|automakers?|carmakers?|chipmakers?) shares\b"
        ),
        r"\1 stock",
    ),
    (
        re.compile(
            r"\bshares(?= (?:fell|fall|falls|falling|drop|dropped|drops|dropping|rose|rise|"
            r"rises|rising|jumped|jump|slid|slide|slumped|slump|plunged|plunge|tumbled|tumble|"
            r"sank|sink|surged|surge|soared|soar|price|prices|react\w*)\b)"
        ),
        "stock",
    ),
    (re.compile(r"\bshare (?=prices?\b)"), "stock "),
    # "what'd", "why'd", "how'd", "who'd": did
    (re.compile(r"\b(what|why|how|who|where|when)'d\b"), r"\1 did"),
    # "post" is an office only where one is held, left or taken ("what post", "the post of",
    # "left his post"); elsewhere it is something posted ("his January tariff post")
    (re.compile(r"\b(what|which) post\b|\bpost(?= (?:of|as)\b)"), r"\1 role"),
    (
        re.compile(
            r"\b(hold|holds|held|holding|left|leave|leaves|leaving|took|take|takes|taking|"
            r"assumed?|assumes|resign\w* from|appointed to|named to|step\w* down from|quit) "
            r"((?:the |his |her |their |that |this )?)post\b"
        ),
        r"\1 \2role",
    ),
    # "his January 2026 tariff post", "a Truth Social post": an announcement posted online
    (
        re.compile(
            r"\b((?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+"
            r"(?:[a-z0-9,]+\s+){0,3}?|\d{1,4}(?:st|nd|rd|th)?\s+(?:[a-z0-9,]+\s+){0,2}?|"
            r"tariffs?\s+)(?:(?:truth social|social media|online|twitter|facebook)\s+)?post\b|"
            r"\b(?:truth social|social media|online|twitter|facebook)\s+post\b"
        ),
        r"\1announcement",
    ),
    # "which goods did Trump name": things named are mentioned, not people's names
    (
        re.compile(
            r"\b((?:which|what) (?:\w+ ){0,2}?(?:products?|goods|sectors?|industries|items|"
            r"categories|economies|countries|companies|firms|exports|imports)\b.*?)"
            r"\b(?:name|named|names|naming)\b"
        ),
        r"\1mention",
    ),
]


# A word each pattern above cannot match without, in the same order (none: no such word):
# expand_chat skips a pattern whose words are all absent, the same text at a fraction of
# the cost (most questions hold none of these short forms).
_CHAT_GATES: tuple[tuple[str, ...], ...] = (
    ("day", "hr", "min", "pp", "pt", "wk", "yr"),  # a figure glued to its unit
    ("sec",),
    ("sec",),
    ("sec",),
    ("min",),
    ("min",),
    ("pm",),
    ("s.k", "sk"),
    ("s.",),  # s. korea
    ("sat",),
    ("sun",),
    (" n ",),
    ("u",),
    ("w/o",),
    ("w/",),
    ("fed",),
    ("fr",),
    ("korea president", "korea prime minister", "korea ambassador"),
    ("+",),
    ("tariff bill",),
    ("stuff", "things", "items"),
    ("ministry",),
    ("ministry",),
    ("finance", "industry", "foreign"),
    ("commerce", "treasury"),
    ("opinion",),
    ("opinion",),
    ("done deal", "set in stone", "locked in"),
    ("present",),
    (" shares",),
    ("shares ",),
    ("share ",),
    ("'d",),
    ("post",),
    ("post",),
    ("post",),
    ("nam",),
)
assert len(_CHAT_GATES) == len(_CHAT_CONTEXT)


# The short forms read by context above, as typed.
CONTEXT_WORDS = {"sec", "secs", "min", "pm", "sk", "sat", "sun", "n", "u", "fr", "fed"}


_GATES: dict = {}


def _gate_words(gates: tuple) -> tuple:
    """(every gate word once, gate word -> indexes of the patterns it opens, indexes of
    the patterns with no gate), once per gates tuple: a question tests each word once
    (~45 tests), not each pattern's words in turn (~60, with the loop around them)."""
    cached = _GATES.get(id(gates))
    if cached is None or cached[0] is not gates:
        words = tuple(sorted({word for gate in gates for word in gate}))
        opens = {word: [i for i, gate in enumerate(gates) if word in gate] for word in words}
        ungated = [i for i, gate in enumerate(gates) if not gate]
        cached = (gates, words, opens, ungated)
        _GATES.clear()
        _GATES[id(gates)] = cached
    return cached[1:]


def _open_patterns(text: str, start: int, words: tuple, opens: dict, ungated: list) -> list:
    """Indexes from start on of the chat patterns whose gate text holds, in order."""
    todo = {i for word in words if word in text for i in opens[word] if i >= start}
    todo.update(i for i in ungated if i >= start)
    return sorted(todo)


def _keep_or(kept: Callable[[re.Match, str], str], repl: str, match: re.Match) -> str:
    return kept(match, repl)


# "who is lutnick again?", "what was the rate again": a closing "again" after "who is" or
# "what was" asks to be reminded; after a verb ("did they meet again") it is read.
REMIND_AGAIN = screen(
    re.compile(
        r"^(?P<head>(?:(?:so|wait|ok|okay|and|sorry|remind me),? )*"
        r"(?:who|what|when|where|which)(?:(?: is| was| are| were|'s)\b| (?=the\b))"
        r".*?)\s+again(?P<tail>\W*)$"
    ),
    ("again",),
)


def expand_chat(text: str, keep: frozenset = frozenset()) -> str:
    """Folded text with chat spellings and short forms written out: "whos the trade min
    rn" -> "who is the trade minister right now"; "sec 232" -> "section 232". Words in
    `keep` (the fact base's own words: a name such as "Min") are never rewritten."""
    if not text.isascii() and not re.search(r"[a-z]", text):
        return text

    def own(match: re.Match, typed: str) -> bool:
        """The typed word is the base's own here: alone, or with its neighbour."""
        if not keep or typed not in CONTEXT_WORDS | set(CHAT_WORDS):
            return False
        before = re.findall(r"[a-z0-9]+", match.string[: match.start()])[-1:]
        after = re.findall(r"[a-z0-9]+", match.string[match.end() :])[:1]
        return (
            typed in keep
            or bool(before and f"{before[0]} {typed}" in keep)
            or bool(after and f"{typed} {after[0]}" in keep)
        )

    def kept(match: re.Match, repl: str) -> str:
        typed = match.group(0)
        return typed if own(match, typed.strip(" .")) else match.expand(repl)

    # Only the patterns whose gate word the text holds run, in their order; a pattern
    # that changes the text opens the later ones again on the new text.
    words, opens, ungated = _gate_words(_CHAT_GATES)
    todo = _open_patterns(text, 0, words, opens, ungated)
    k = 0
    while k < len(todo):
        index = todo[k]
        k += 1
        rx, repl = _CHAT_CONTEXT[index]
        changed = rx.sub(partial(_keep_or, kept, repl), text)
        if changed != text:
            text = changed
            todo, k = _open_patterns(text, index + 1, words, opens, ungated), 0
    # A chat word matches only as a whole run of word characters: a text with no such
    # run among CHAT_WORDS is left as it is, without the scan (most questions)
    if CHAT_WORDS.keys().isdisjoint(_WORD_RUN.findall(text)):
        return text
    return _CHAT.sub(lambda m: m["w"] if own(m, m["w"]) else CHAT_WORDS[m["w"]], text)


# Goods the base names without rating them as products: "does korea tax *us beef*" is
# a tariff on American goods.
ORIGIN_GOODS_TERMS = {"term:rice-beef"}


@dataclass(slots=True)
class ParsedQuestion:
    raw: str
    text: str  # cleaned, folded, cut to a question's length
    lang: str = "en"
    concepts: dict = field(default_factory=dict)  # concept key -> confidence 0..1
    products: list = field(default_factory=list)
    people: list = field(default_factory=list)
    places: list = field(default_factory=list)
    countries: list = field(default_factory=list)
    foreign: list = field(default_factory=list)  # words naming countries out of scope
    amounts: list = field(default_factory=list)  # Decimal dollars, each valid
    amount_problem: str | None = None  # why a stated amount cannot be used
    amount_guess: Decimal | None = None  # its likely reading, to ask back
    assumed_dollars: list = field(default_factory=list)  # ("30k", 30000): read as US$
    rates: list = field(default_factory=list)  # Decimal percents
    years: int | None = None
    weekdays: list = field(default_factory=list)
    months: list = field(default_factory=list)
    asks: set = field(default_factory=set)
    unknown: list = field(default_factory=list)  # words neither in the base nor general
    blocking: list = field(default_factory=list)  # unknown words that could change the answer
    origin_goods: list = field(default_factory=list)  # unknown words after a country word
    fuzzy: dict = field(default_factory=dict)  # typed word -> vocabulary word it matched
    won: bool = False
    followup: bool = False
    truncated: bool = False
    origins: list = field(default_factory=list)  # "US cars" -> ["US"]
    tense: str | None = None  # "past" / "future" when the verbs say so
    # "what does the deal say on chips": the concepts a fact must hold to tell what it states
    stated_by: tuple = ()
    recipient: bool = False  # "profits go where": to whom, not a place
    time: TimeRef = field(default_factory=TimeRef)  # now, a stated date, before/after an event

    @property
    def topic_concepts(self) -> dict:
        return {k: v for k, v in self.concepts.items() if not k.startswith("country:")}

    def merged_with(self, previous: ParsedQuestion) -> ParsedQuestion:
        """A follow-up ("and lumber?", "what about $50,000?") takes the topic of the
        previous question and replaces only what it names itself."""
        concepts = dict(previous.concepts)
        for key in list(concepts):
            kind = key.split(":", 1)[0]
            if any(k.startswith(kind + ":") for k in self.concepts) and kind in (
                "product",
                "person",
            ):
                del concepts[key]
        concepts.update(self.concepts)
        return replace(
            previous,
            raw=self.raw,
            concepts=concepts,
            products=self.products or previous.products,
            people=self.people or previous.people,
            amounts=self.amounts or previous.amounts,
            assumed_dollars=self.assumed_dollars if self.amounts else previous.assumed_dollars,
            amount_problem=self.amount_problem,
            amount_guess=self.amount_guess,
            rates=self.rates or previous.rates,
            years=self.years if self.years is not None else previous.years,
            asks=(self.asks - {"yesno"}) | previous.asks,
            unknown=self.unknown,
            blocking=self.blocking,
            foreign=self.foreign,
            won=self.won,
            followup=True,
            time=self.time if (self.time.stated or self.time.now) else previous.time,
        )


def mark_odd_digits(text: str) -> str:
    """Superscript, subscript, circled and fraction digits replaced by ODD_MARK, before
    NFKC would turn "$30,000²" into "$30,0002"."""
    if text.isascii():
        return text
    return "".join(
        ODD_MARK
        if not ch.isascii()
        and unicodedata.decomposition(ch).startswith(_ODD_FORMS)
        and any(c.isdigit() for c in unicodedata.normalize("NFKC", ch))
        else ch
        for ch in text
    )


# US trade-law sections written the Korean way ("232조", "122조", "301조"): a law, not
# trillions ("조" is also 10^12). Only bare: "122조 달러" is still an amount.
SECTION_KO = re.compile(r"(?:122|201|232|301|338)\s*조")


@dataclass
class Amounts:
    amounts: list  # Decimal dollars, each usable
    problem: str | None  # the first reason a stated amount cannot be used
    guess: Decimal | None  # the likely reading of that amount, if there is one
    spans: list  # character spans used, kept from other readings
    assumed: list = field(default_factory=list)  # (as typed, value): no currency given
    digits: bool = True  # whether the text holds a digit at all


def parse_amounts(text: str) -> tuple[list, str | None, list]:
    """Dollar amounts in folded text: (valid amounts, the problem if one is unusable,
    the character spans used, so their digits are not read as other numbers)."""
    found = read_amounts(text)
    return found.amounts, found.problem, found.spans


def _foreign_currency(text: str) -> bool:
    """Whether FOREIGN_CURRENCY matches the text."""
    for part in _FOREIGN_PARTS:
        if part.search(text):
            return True
    return not text.isascii() and _CURRENCY_SIGNS.search(text) is not None


def _glue(text: str, start: int, end: int, english: bool) -> tuple[str | None, str | None]:
    """What touches the digits at text[start:end] and makes them unsure: (problem,
    digits of the likely reading). An exponent ("1e309", "1.5e3만"), a superscript mark,
    or a space used as a thousands separator ("$30 000", "30 000 dollars")."""
    before, after = text[:start], text[end:]
    # (the patterns on `before` match only at its end: its last characters are searched,
    # not the whole text before, and a character more for a lookbehind or a final "\n")
    if _EXPONENT_BEFORE.search(before[-4:]) or _EXPONENT_AFTER.match(after):
        return "not a plain number", None
    if before.endswith(ODD_MARK):
        return "digits", None
    if after.startswith(ODD_MARK):
        rest = after[1:2]
        return "digits", (text[start:end] if not (rest.isdigit() or rest in ",.") else None)
    lead = _SPACE_GROUP_BEFORE.search(before[-7:])
    if lead and text[start:end].isdigit() and len(text[start:end]) == 3:
        return "separator", lead["lead"] + text[start:end]
    group = _SPACE_GROUP_AFTER.match(after)
    if english and group and text[start:end].isdigit() and len(text[start:end]) <= 3:
        return "separator", text[start:end] + group["group"]
    return None, None


# "a million dollars", "two billion dollars": a number word before a unit and a currency,
# read as its figure ("1 million dollars"), padded to the same length so every span
# read_amounts returns still points at the question's own text
_WORDS_AMOUNT = screen(
    re.compile(
        r"\b(?P<n>a|an|one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|"
        r"fifty|a hundred|one hundred)\s+(?:thousand|million|billion|trillion)\s+"
        r"(?:(?:us|u s|american)\s+)?(?:dollars?|usd|bucks)\b"
    ),
    ("thousand", "million", "billion", "trillion"),
)
_WORD_FIGURES = {**{w: str(n) for w, n in NUMBER_WORDS.items()}, "a": "1", "an": "1"}
_WORD_FIGURES.update(
    {"thirty": "30", "forty": "40", "fifty": "50", "a hundred": "100", "one hundred": "100"}
)


def _figures_for_words(text: str) -> str:
    def figure(match: re.Match) -> str:
        word = match["n"]
        digits = _WORD_FIGURES.get(word)
        if digits is None or len(digits) > len(word):
            return match[0]
        return digits.ljust(len(word)) + match[0][len(word) :]

    return _WORDS_AMOUNT.sub(figure, text)


def read_amounts(text: str) -> Amounts:
    """Every amount in folded text, read exactly or not at all: a figure in another
    currency, with an exponent, an ambiguous separator or a superscript is a problem
    (with a guess when one reading is likely), never a value."""
    amounts, spans, assumed = [], [], []
    problem: str | None = None
    guess: Decimal | None = None
    korean = not text.isascii() and bool(ko.HANGUL.search(text))
    if NOT_A_NUMBER.search(text):
        problem = "not a number"
    # (a question is mostly ASCII, where the digits are 0-9: one scan in C, not a
    # generator over its characters)
    has_digit = (
        bool(ASCII_DIGIT.search(text)) if text.isascii() else any(ch.isdigit() for ch in text)
    )
    if has_digit and (
        _foreign_currency(text) or IN_CURRENCY.search(text) or (korean and FOREIGN_KO.search(text))
    ):
        problem = "currency"
    elif ODD_AMOUNT.search(text):
        problem = "digits"
    if not has_digit and not korean:
        return Amounts([], problem, None, [], [], False)  # no figure to read

    def take(value, negative: bool) -> None:
        """Keep a usable amount; remember the first reason one is not."""
        nonlocal problem
        reason = (
            "not a number"
            if value is None
            else "negative"
            if negative
            else "zero"
            if value == 0
            else "too large"
            if value > MAX_AMOUNT
            else None
        )
        if reason:
            problem = problem or reason
        else:
            amounts.append(value)

    def unsure(reason: str, likely: Decimal | None) -> None:
        nonlocal problem, guess
        if problem is None:
            problem = reason
            guess = likely if likely is not None and 0 < likely <= MAX_AMOUNT else None

    if korean:  # Korean scales first: "$3만" is $30,000, not $3
        for value, negative, span, reason, likely in parse_korean_amounts(text):
            typed = text[span[0] : span[1]].strip()
            if SECTION_KO.match(typed) and not re.search(r"달러|불|usd|\$", typed):
                continue  # "122조 관세": Section 122, not 122 trillion
            spans.append(span)
            glued, _ = _glue(text, span[0], span[1], english=False)
            if glued or reason:
                unsure(glued or reason, None if glued else likely)
                continue
            kept = len(amounts)
            take(value, negative)
            if len(amounts) > kept and not re.search(r"달러|불|usd|\$", typed):
                assumed.append((typed, value))
    # every amount pattern reads a digit (\d, which isdigit() holds): none, no amount
    patterns = AMOUNT_PATTERNS if has_digit else ()
    for index, pattern in enumerate(patterns):
        for match in pattern.finditer(text):
            if any(s <= match.start() < e or s < match.end() <= e for s, e in spans):
                continue
            spans.append(match.span())
            groups = match.groupdict()
            if groups.get("exp"):
                unsure("not a plain number", None)
                continue
            scale = (groups.get("scale") or groups.get("glued") or "").lower()
            factor = SCALES[scale] if scale else Decimal(1)
            glued, digits = _glue(text, match.start("num"), match.end("num"), english=True)
            if glued:
                likely = read_number(digits, scaled=bool(scale)).value if digits else None
                unsure(glued, likely * factor if likely is not None else None)
                continue
            reading = read_number(groups["num"], scaled=bool(scale))
            if reading.problem:
                unsure(
                    reading.problem, reading.guess * factor if reading.guess is not None else None
                )
                continue
            value = reading.value * factor if reading.value is not None else None
            kept = len(amounts)
            take(value, bool(groups.get("neg") or groups.get("neg2")))
            if index in ASSUMED_DOLLARS and len(amounts) > kept:
                assumed.append((match.group(0).strip(), value))
    if problem == "currency":  # no figure here is in US dollars
        amounts, assumed = [], []
    return Amounts(amounts, problem, guess, spans, assumed, has_digit)


def _bare_rates(q: ParsedQuestion, spans: list, rate_matches: list) -> None:
    """Rates typed without "%" in a question about a tariff, in the order typed
    (rate_matches: RATE's matches in q.text)."""
    found = [(m.start(), Decimal(m["num"])) for m in rate_matches]
    taken = [m.span() for m in rate_matches] + list(spans)
    bare = []
    for rx in (BARE_RATE_PAIR, BARE_RATE):
        for match in rx.finditer(q.text):
            for name in ("a", "b"):
                if match.groupdict().get(name) is None:
                    continue
                start = match.start(name)
                if _in_spans(start, taken):
                    continue
                value = Decimal(match[name])
                if 0 < value <= 100:
                    bare.append((start, value))
                    taken.append(match.span(name))
    if bare:
        q.rates = [value for _, value in sorted(found + bare, key=lambda item: item[0])]


def _in_spans(position: int, spans) -> bool:
    return any(s <= position < e for s, e in spans)


def parse(question: str, lexicon: Lexicon) -> ParsedQuestion:
    raw = str(question)
    # Clean up to 10,000 raw characters (any Discord message, ~2 ms) before cutting, so a
    # combining-mark flood on a short question does not push the question itself out.
    truncated = len(raw) > MAX_QUESTION_CHARS * 20
    # cut again after folding: casefold can lengthen text ("ß" -> "ss")
    # Chat mentions (@everyone, <@123>, <#456>) address people, not the question.
    cleaned = clean(mark_odd_digits(raw[: MAX_QUESTION_CHARS * 20]))
    # (every mention holds "@" or "<#": most questions hold neither)
    text = MENTIONS.sub(" ", cleaned) if "@" in cleaned or "<#" in cleaned else cleaned
    text = fold(text[:MAX_QUESTION_CHARS])[:MAX_QUESTION_CHARS]
    # written-out chat forms are longer ("rn" -> "right now"): cut again
    text = expand_chat(text, _own_words(lexicon))[:MAX_QUESTION_CHARS]
    text = REMIND_AGAIN.sub(r"\g<head>\g<tail>", text)  # "whos lutnick again": remind me
    # (an ASCII question not cut is its cleaned text already: mark_odd_digits keeps it)
    truncated = truncated or len(cleaned if raw.isascii() else clean(raw)) > MAX_QUESTION_CHARS
    q = ParsedQuestion(
        raw=raw,
        text=text,
        lang="ko" if not text.isascii() and ko.HANGUL.search(text) else "en",
        truncated=truncated,
        time=read_time(text),
    )
    amounts = read_amounts(_figures_for_words(text))
    q.amounts, q.amount_problem, q.amount_guess = amounts.amounts, amounts.problem, amounts.guess
    q.assumed_dollars = amounts.assumed
    spans = amounts.spans
    q.won = bool(WON.search(text) or (q.lang == "ko" and WON_KO.search(text)))
    rate_matches = list(RATE.finditer(text))  # (read again below: found once)
    for match in rate_matches:
        if not _in_spans(match.start(), spans):
            q.rates.append(Decimal(match["num"]))
    years = YEARS.search(text)
    if years:
        n = years["n"]
        q.years = int(n) if n.isdigit() else NUMBER_WORDS[n]
    asks = q.asks
    for name, needs, search in _ASK_SEARCHES:
        if name in asks:
            continue  # (found by an earlier part)
        if needs:  # the screen, tested here as Screened.search does
            for need in needs:
                if need in text:
                    break
            else:
                continue
        if search(text):
            asks.add(name)
    if q.lang == "ko":
        years = years or ko.YEARS_KO.search(text)
        if years and q.years is None:
            q.years = int(years["n"])
            q.concepts["term:annual"] = 1.0  # as "years" does in English
        q.asks |= {name for name, rx in ko.ASKS_KO.items() if rx.search(text)}
        if "who_is" in q.asks and ko.CLAUSE_WHO_KO.search(text):
            q.asks.discard("who_is")  # "환급을 받을 수 있는 건 누구야?": who does it
            q.asks.add("who")
        if "which" in q.asks and ko.COUNT_OF_SUBJECTS_KO.search(text):
            q.asks.discard("which")  # "조사 대상은 몇 개 경제권이야?": how many, not which
        if "which" in q.asks and not ko.WH_KO.search(text) and ko.SUBJECT_CHECK_KO.search(text):
            # "의약품은 122조 관세 대상이야?": whether the goods named are covered
            q.asks.discard("which")
            q.asks.add("yesno")
        if ko.WH_KO.search(text):
            q.asks.discard("yesno")  # "몇 명이 구금됐어?": a question word, not yes or no
        elif ko.RATE_CHECKED_KO.search(text):
            q.asks.add("yesno")  # "상호관세 20%야?": a stated rate to confirm
        if ko.PEOPLE_COUNT_KO.search(text):
            q.concepts["term:people"] = 1.0  # "몇 명": how many people, as in English
        if ko.RATE_ASKED_KO.search(text):
            q.concepts["term:rate"] = 1.0  # "몇 %야": a rate, as "퍼센트" is
        if q.asks & {"share", "percent_change"}:
            q.asks.discard("rate")  # "비중은 몇 퍼센트": a share, not a tariff rate
    if q.amounts or q.amount_problem:
        q.asks.add("calc")
    q.followup = bool(FOLLOWUP.search(text) or (q.lang == "ko" and ko.is_followup(text)))
    past, future = bool(PAST.search(text)), bool(FUTURE.search(text))
    if q.lang == "ko":
        past = past or ko.is_past(text)
        future = future or bool(ko.FUTURE_KO.search(text))
    q.tense = "past" if past and not future else "future" if future and not past else None

    # Words, with the stretches used by amounts and rates blanked out.
    blanked = spans + [m.span() for m in rate_matches]
    masked = text
    if blanked:
        chars = list(text)
        for s, e in blanked:
            chars[s:e] = " " * (e - s)
        masked = "".join(chars)
    word_list = WORDS.findall(masked)
    if q.lang == "ko":
        word_list = _korean_words(q, word_list, lexicon)
    word_stems = tuple(map(stem, word_list))
    used = [False] * len(word_list)
    found = concepts_in(word_stems, lexicon.phrases, lexicon.longest)
    left_out = _left_out(q, masked, found) if q.lang == "en" else set()
    for key, start, end in found:
        for i in range(start, end):
            used[i] = True
        if (key, start) not in left_out:
            _note(q, key, 1.0)
    # Where goods come from: a country word right before a product ("US cars",
    # "Korean lumber"). The sources are about US tariffs on South Korean goods only.
    for (key, _, end), (next_key, start, next_end) in zip(found, found[1:]):
        if not key.startswith("country:") or start != end:
            continue  # (the goods are read only right after a country)
        named_origin = any(  # "미국이 한국산 철강에": goods that name their own origin
            w.startswith(("korea", "한국")) for w in word_list[start:next_end]
        )
        goods = (next_key.startswith("product:") and not named_origin) or (
            next_key in ORIGIN_GOODS_TERMS
            and bool({"term:tariff", "term:rate"} & q.concepts.keys())
        )
        if goods:
            q.origins.append(key.partition(":")[2])
    after_country = {end for key, _, end in found if key.startswith("country:")}
    for i, word in enumerate(word_list):
        if used[i] or word in STOPWORDS or word.isdigit():
            continue
        if not word.isascii() and ko.is_hangul(word):
            if not ko.is_stopword(word) or word in ko.GOODS_KO:
                q.unknown.append(word)
            continue
        if word in _DAY_AND_MONTH_WORDS:
            continue
        if len(word) >= 4:
            cutoff = FUZZY_CUTOFF_SHORT if len(word) == 4 else FUZZY_CUTOFF
            hit = _fuzzy_hit(word_stems[i], cutoff, lexicon)
            if hit and not is_english_word(word):
                key = lexicon.fuzzy_keys[hit[2]]
                _note(q, key, hit[1] / 100)
                q.fuzzy[word] = hit[0]
                continue
        if not any(ch.isdigit() for ch in word) or MODEL_NAME.fullmatch(word):
            q.unknown.append(word)  # "ev9", "q2": a model or a quarter, not a number
            if i in after_country:
                q.origin_goods.append(word)  # "us oranges", "korean ramen"
    if q.lang == "ko" and q.asks & {"share", "percent_change"} and "rate" not in q.asks:
        q.concepts.pop("term:rate", None)
    _brand_as_cars(q, _anchor_concepts(q, lexicon))
    if USED_GOODS.search(q.text):
        # "used cars" are not the cars the sources rate: not the autos product, so a duty
        # on one is not computed at the autos rate
        q.concepts.pop("product:autos", None)
        q.products = [p for p in q.products if p != "autos"]
    # (a bare rate is a figure: no digit, none to read)
    if (q.products or RATE_CONTEXT & set(q.concepts)) and amounts.digits:
        _bare_rates(q, spans, rate_matches)
    _asks_basis(q)
    _said_by_a_text(q, lexicon)
    _money_goes_to(q)
    if q.lang == "en" and "term:again" in q.concepts and NEXT_MEETING.search(q.text):
        # "when's the next meeting?": meeting again, which the reports of a meeting set
        # for later hold both of (not any report with "again" in it)
        q.concepts.setdefault("term:meet", 1.0)
    _tariff_not_money(q)
    _post_as_said(q)
    _year_asked(q)
    _cause_given_ko(q)
    _additional_duty(q)
    q.blocking = blocking_words(q)
    # (`in` first: a word the text does not hold cannot match, and the regex costs more)
    # (every weekday ends in "day": a text without it names none)
    q.weekdays = (
        [w for w in WEEKDAYS if w in text and re.search(rf"\b{w}\b", text)] if "day" in text else []
    )
    if q.lang == "ko":
        q.weekdays += [en for k, en in ko.WEEKDAYS_KO.items() if k in text and en not in q.weekdays]
    # "sept", "jan" as well as "september", "january": a month named is a month asked
    # (not the month a measure is retroactive to, nor the new end a delay names: "the
    # pause was extended to september 1" says that of the event, not when it happened)
    dated = without_retroactive_dates(text)
    dated = TARGET_MONTH.sub(" ", dated) if TARGET_MONTH.search(dated) else dated
    q.months = (
        sorted(
            {
                n
                for m, n in MONTH_WORDS.items()
                if m in dated
                and re.search(rf"(?<![\w-]){m}\b(?!-)", dated)
                and (m != "may" or MAY_MONTH.search(dated))  # "may Korea ask": not the month
            }
        )
        if MONTH_START.search(dated)
        else []
    )
    if q.lang == "ko":
        q.months += [int(m) for m in ko.MONTH_KO.findall(text) if int(m) not in q.months]
    return q


# Every month word (MONTH_WORDS) begins with one of these: a text holding none names no
# month, and is not tried for each of the 25 words.
MONTH_START = re.compile("jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec")

# "extended to september 1", "delayed until august": the month a delay runs to
TARGET_MONTH = screen(
    re.compile(
        r"\b(?:extend(?:ed|s|ing)?|push(?:ed|es)?(?: back)?|delay(?:ed|s)?|postpon(?:e|ed|es)|"
        r"prolong(?:ed|s)?)\s+(?:it\s+|them\s+)?(?:to|until|till|through|into)\s+"
        r"(?:[a-z]+\.?\s+)?(?:\d{1,2}(?:st|nd|rd|th)?,?\s*)?"
    ),
    ("delay", "extend", "postpone", "prolong", "push"),
)


# "Which court said Section 122 was unlawful?", "what does the deal say on chips?": what
# a court rules or a text states, not anyone's quoted words.
SAID_BY_TEXT = re.compile(
    r"\b(?P<by>courts?|ruling|verdict|decision|opinion|deal|agreement|mou|memorandum|fact sheet|"
    r"act|law|bill|order|proclamation|notice|treaty|pact|framework|document|text)\s+"
    r"(?:(?:actually|really|exactly|officially|even|also)\s+)?(?:say|says|said)\b"
)


# "90% of profits go where", "where does the money go": to whom it goes, not a place.
_MONEY = r"(?:profits?|money|funds?|cash|proceeds|returns|earnings|gains|revenues?|dividends?)"
_GO = r"(?:go|goes|going|went|flow|flows|end up|ends up)"
MONEY_GOES_WHERE = screen(
    re.compile(
        rf"\b{_MONEY}\b(?:\s+[\w']+){{0,3}}?\s+{_GO}\s+(?:to\s+)?where\b"
        rf"|\bwhere\b(?:\s+[\w'%]+){{0,8}}?\s+{_MONEY}\s+(?:[\w']+\s+)?{_GO}\b"
    ),
    ("where",),
)


# "a crisis like what year": a year asked is a time, not something yearly.
WHAT_YEAR = screen(
    re.compile(r"\b(?:what|which) year\b"),
    ("what year", "which year"),
)
YEARLY = re.compile(r"\b(?:annual\w*|yearly|per year|a year|each year|every year|per annum)\b")


# "paying cash could cause a crisis": something that would follow, not a reason asked.
CAUSE_VERB = screen(
    re.compile(
        r"\b(?:could|would|might|may|will|can|to|it'll|would've)\s+(?:\w+\s+)?"
        r"(?:cause|trigger|prompt|spark)\b"
    ),
    ("cause", "prompt", "spark", "trigger"),
)
REASON_WORD = re.compile(
    r"\b(?:reasons?|because|motive|causes|caused|justification|rationale|grounds|triggered|"
    r"prompted|behind)\b|\bcause (?:of|for)\b"
)


def _year_asked(q: ParsedQuestion) -> None:
    if "rate" in q.asks:
        # "what rate is being collected": the rate in force, which rate facts tell without
        # the word; collecting as an act ("when did CBP stop collecting") stays asked
        q.concepts.pop("term:collect", None)
    if q.lang != "en":
        return
    if WHAT_YEAR.search(q.text) and not YEARLY.search(q.text):
        q.concepts.pop("term:annual", None)
    if "why" not in q.asks and CAUSE_VERB.search(q.text) and not REASON_WORD.search(q.text):
        q.concepts.pop("term:reason", None)


# "the additional Section 122 tariff", "122조 추가관세": the name of a duty added on top of
# the usual one under a named law, not a rise of it ("raise", "인상" still are).
ADDITIONAL_DUTY = re.compile(
    r"추가\s*관세|\badditional (?:section \d+ |global )?(?:tariffs?|dut(?:y|ies)|levy)\b"
)
OTHER_HIKE = re.compile(
    r"인상|올리|올린|올렸|올라|오른|오를|상향|높|\b(?:hike|rais|increas|rise|rose|higher|up\b)"
)


def _additional_duty(q: ParsedQuestion) -> None:
    if "term:hike" not in q.concepts or not any(c in q.concepts for c in BASIS_CONCEPTS):
        return
    if ADDITIONAL_DUTY.search(q.text) and not OTHER_HIKE.search(q.text) and not q.rates:
        q.concepts.pop("term:hike", None)


def _cause_given_ko(q: ParsedQuestion) -> None:
    """ "한미 FTA 때문에 ... 관세가 얼마였어?": a cause the question gives, while it asks
    another thing; "뭐 때문이야?", "왜" still ask why."""
    if q.lang != "ko" or "why" not in q.asks or not ko.CAUSE_GIVEN_KO.search(q.text):
        return
    if ko.WHY_ASKED_KO.search(q.text) or not ko.OTHER_ASKED_KO.search(q.text):
        return
    q.asks.discard("why")
    q.concepts.pop("term:reason", None)


def _money_goes_to(q: ParsedQuestion) -> None:
    if q.lang == "en" and MONEY_GOES_WHERE.search(q.text):
        q.asks.discard("where")
        q.recipient = True
        q.concepts.pop("term:outcome", None)  # "go" here is where it goes, not how it went


# "when did the reciprocal tariff go to 15%?", "what tariff does the US put on steel": a
# rate moving to a figure, a tariff put on goods; not money going to or put into something.
RATE_GOES_TO = re.compile(
    r"\b(?:go|goes|going|gone|went)\s+(?:back\s+)?(?:up\s+|down\s+)?to\s+\d{1,3}(?:\.\d+)?"
    # "if it goes to 25?": a bare figure ending the question is a rate, as "25%" is
    r"(?:\s*(?:%|percent|per cent|pct)|\s*\??\s*$)"
)
TARIFF_PUT_ON = re.compile(
    r"\b(?:put|puts|putting)\s+(?:(?!on\b)[\w'%.]+\s+){0,3}?on\b"
    r"|\b(?:put|puts|putting)\s+(?:a|an|the)\s+(?:[\d.]+\s*%\s+)?(?:tariffs?|dut(?:y|ies)|levy)"
)
MONEY_WORDS = re.compile(
    r"\binvest\w*|\bfunds?\b|\bfunding\b|\bcapital\b|\bmoney\b|\bcash\b|\bspend\w*|"
    r"\bbillion\b|\bbn\b|\bpledge\w*|\$"
)


NEXT_MEETING = screen(
    re.compile(r"\bnext (?:meeting|meetings|round|talks|session|sit-?down)\b"),
    ("meeting", "round", "talks", "session", "sit"),
)


def _tariff_not_money(q: ParsedQuestion) -> None:
    if q.lang != "en" or "term:invest" not in q.concepts or MONEY_WORDS.search(q.text):
        return
    tariff = "term:tariff" in q.concepts or "rate" in q.asks
    if RATE_GOES_TO.search(q.text) or (tariff and TARIFF_PUT_ON.search(q.text)):
        q.concepts.pop("term:invest", None)


# "what did trump post on july 7?", "did lutnick post about it": a post made, not an
# office held ("what post does Yeo hold?")
POSTED = re.compile(
    r"\b(?:did|does|do|will|would|to|what)\s+(?:[\w']+\s+){0,2}?post\b"
    r"|\bpost(?:ed|s|ing)?\s+(?:on|about|that|online)\b|\bposted\b"
)
HOLDS_POST = re.compile(r"\b(?:hold|holds|held|holding|took|take|left|leave|named to|new)\b")


def _post_as_said(q: ParsedQuestion) -> None:
    if q.lang != "en" or "term:role" not in q.concepts or not POSTED.search(q.text):
        return
    if "where" in q.asks:
        return  # "where did Trump post the threat?": the word reports say ("a Truth Social post")
    if HOLDS_POST.search(q.text) or re.search(r"\b(?:role|job|title|position)\b", q.text):
        return
    q.concepts.pop("term:role", None)
    q.concepts["term:announce"] = 1.0


def _said_by_a_text(q: ParsedQuestion, lexicon: Lexicon) -> None:
    said = SAID_BY_TEXT.search(q.text) if "say" in q.asks and q.lang == "en" else None
    if said is None:
        return
    q.asks.discard("say")
    q.asks.add("states")  # what the text states: its terms, not only a rate
    q.concepts.pop("term:say", None)
    # what a fact must be about to tell it: the text named and the goods asked of it
    by = lexicon.phrases.get((stem(said["by"]),))
    q.stated_by = tuple(c for c in q.concepts if c == by or (c.startswith("product:") and c != by))


# The legal instruments a tariff is imposed under, as the vocabulary names them.
# "in May", "May 5", "early may": the month; "may Korea ask", "it may rise": the verb
MAY_MONTH = re.compile(
    r"\b(?:in|on|of|since|by|from|before|after|until|till|during|early|mid|late|last|this|"
    r"next|b4|through|to|and|or|between|vs)\s+may\b|\bmay\s+\d|^may\b(?!\s+(?:i|we|you)\b)"
)
ON_WHAT_GROUNDS = re.compile(r"\bon what (?:basis|grounds?)\b")
BASIS_CONCEPTS = ("term:section 232", "term:ieepa", "term:section-122", "term:section-301")
# "sec 232 or ieepa?", "232조야 IEEPA야?": two instruments named, one to choose.
BASIS_CHOICE = re.compile(r"\bor\b|\bvs\.?\b|\bversus\b|" + ko.BASIS_CHOICE_KO)
# "what replaced the IEEPA tariffs", "what took their place": the instrument that followed.
BASIS_SUCCESSOR = re.compile(
    r"\b(?:what|which)\b.*\b(?:replac(?:ed|es|e|ing)|replacement|took (?:the|their|its) place|"
    r"succeeded|instead)\b|\binstead of\b|" + ko.BASIS_SUCCESSOR_KO
)


def _asks_basis(q: ParsedQuestion) -> None:
    """Which law a tariff is under: asked in words ("which law", "법적 근거"), as a choice
    between two instruments named, or as what followed one ("what replaced the IEEPA
    tariffs", "상호관세 대신")."""
    if (
        "basis" not in q.asks
        and q.lang == "en"
        and "term:reciprocal" not in q.concepts
        and q.concepts.keys().isdisjoint(BASIS_CONCEPTS)
    ):
        return  # (no law asked or named: most questions)
    named = [c for c in BASIS_CONCEPTS if c in q.concepts]
    if len(named) >= 2 and BASIS_CHOICE.search(q.text):
        q.asks.add("basis")
    elif (named or "term:reciprocal" in q.concepts) and BASIS_SUCCESSOR.search(q.text):
        q.asks.add("basis")
    elif q.lang == "ko" and ko.BASIS_KO.search(q.text):
        q.asks.add("basis")
    if (
        "basis" in q.asks
        and ON_WHAT_GROUNDS.search(q.text)
        and not q.products
        and not {"term:tariff", "term:rate", *BASIS_CONCEPTS} & q.concepts.keys()
    ):
        # "on what grounds may Korea ask to adjust payments?": a reason, not a tariff's law
        q.asks.discard("basis")
        q.asks.add("why")
    if "basis" in q.asks:
        q.asks.discard("source")  # "근거 법은?": the law, not where the bot read it


def asking_basis(word: str) -> bool:
    """A word that asks which law ("statute", "authority", "근거"): understood when the
    question is answered as one about a tariff's law (handlers/basis.py), and left
    unknown otherwise ("which authority handles refunds?")."""
    return word in BASIS_WORDS or word in ko.BASIS_WORDS_KO


# Car brands: in a question about the tariff or duty on one ("duty on a 30k hyundai",
# "kia tariff now?") the brand is the car; a question about the company itself (its
# tariff costs, profit, shares, sales, the raided plant) keeps the company.
BRANDS = {"term:hyundai", "term:kia"}
_BRAND_AS_CAR_WITH = {
    "term:tariff",
    "term:rate",
    "term:hike",
    "term:reduce",
    "term:in effect",
    "term:product",  # "does the 15% apply to kia too?"
}
COMPANY_WORDS = re.compile(
    r"\b(?:costs?|profits?|earnings|shares?|stocks?|sold|sales?|sell\w*|prices?|bill|"
    r"absorb\w*|raid\w*|plants?|factor(?:y|ies)|workers?|invest\w*|revenues?|loss(?:es)?|los[et]|"
    r"ceo|chairman|employees?|pa(?:y|id) in)\b|현대차가|기아가"
)


def _anchor_concepts(q: ParsedQuestion, lexicon: Lexicon) -> set:
    """The concepts of the words naming the time ("before *the deal*"): the time, not
    the topic."""
    if not q.time.anchor:
        return set()
    anchor = tuple(stem(w) for w in re.findall(r"[a-z0-9]+", q.time.anchor))
    return {key for key, _, _ in concepts_in(anchor, lexicon.phrases, lexicon.longest)}


def _brand_as_cars(q: ParsedQuestion, timing: frozenset | set = frozenset()) -> None:
    if BRANDS.isdisjoint(q.concepts):
        return  # (most questions name no brand)
    brands = BRANDS & set(q.concepts)
    if COMPANY_WORDS.search(q.text):
        return
    topics = set(q.topic_concepts) - brands - {"product:autos"} - (timing - brands)
    asks_duty = "term:tariff" in q.concepts or q.amounts or q.rates or "rate" in q.asks
    if topics <= _BRAND_AS_CAR_WITH and asks_duty:
        for key in brands:
            del q.concepts[key]
        _note(q, "product:autos", 1.0)


# The noun a question asks about: "what's the *weather* in Seoul", "which *law*",
# "how much is the *price*". An unknown word there is what is asked, so it always counts.
HEAD = re.compile(
    r"^(?:(?:so|ok|okay|and|but|hey|um|uh|lol|wait)\s+)*(?:what|which|whats|how much|"
    r"how many|who|tell me about)(?:'s| s| is| was| are| were| does| did| do)?\s+"
    r"(?:(?:the|a|an|your|korea's|korean|us|current|new|latest|old)\s+)*(?P<head>[a-z]+)"
)


ENTITY_KINDS = {"place", "country", "person"}
# Letters and digits in one word that is not an ordinal: a model ("ev9"), a quarter ("q2").
MODEL_NAME = re.compile(r"(?=[a-z]*\d)(?=\d*[a-z])(?!\d+(?:st|nd|rd|th|s)$)[a-z0-9]+")
# "(not steel or cars)", "other than autos", "excluding steel and autos": goods the
# question leaves out, not goods it asks about.
LEFT_OUT = screen(
    re.compile(
        r"\b(?:not|except(?: for)?|excluding|excluded|other than|but not|aside from)\s+"
        r"(?:the\s+|any\s+)?[a-z'-]+(?:\s*(?:,|/|or|and|nor)\s*(?:the\s+)?[a-z'-]+){0,4}"
    ),
    ("aside from", "except", "exclud", "not", "other than"),
)


def _left_out(q: ParsedQuestion, masked: str, found: list) -> set:
    """(product key, first word) of each product named inside a stretch that leaves
    goods out; a product also named outside one stays asked."""
    stretches = [m.span() for m in LEFT_OUT.finditer(masked)]
    if not stretches:
        return set()
    starts = [m.start() for m in re.finditer(r"[a-z0-9]+|[\uac00-\ud7a3]+", masked)]
    out = {
        (key, start)
        for key, start, _ in found
        if key.startswith("product:") and any(a <= starts[start] < b for a, b in stretches)
    }
    kept = {key for key, start, _ in found if (key, start) not in out}
    return {(key, start) for key, start in out if key not in kept}


# "used cars", "second-hand cars": not the new goods the rates are about.
USED_GOODS = screen(
    re.compile(
        r"\b(?:used|second-?\s?hand|pre-?owned|refurbished)\s+(?:[a-z]+\s+)?"
        r"(?:cars?|autos?|vehicles?|suvs?|sedans?|hyundais?|kias?)\b"
    ),
    ("pre-owned", "preowned", "refurbished", "second", "used"),
)
FUTURE_HOLDER = screen(
    re.compile(
        r"\b(?:next|future|incoming|upcoming)\s+(?:(?:us|u s|korean?|south korean|trade|"
        r"commerce|industry|finance|foreign|energy|treasury)\s+)*(?:president|secretary|"
        r"minister|ambassador|prime minister|trade representative|negotiator|chair\w*)\b"
    ),
    ("future", "incoming", "next", "upcoming"),
)
# (read word first, not screened by "will": parse._word_first)
FUTURE_WHO = re.compile(
    _word_first(r"\bwho (?:will|is going to|gonna) (?:be|become|replace|succeed)\b")
)


def _starts_after_today(day) -> bool:
    return _dt.date(day.year, day.month or 1, day.day or 1) > clock.today()


def blocking_words(q: ParsedQuestion) -> list:
    """Unknown words that could change the answer: the noun asked about, a Korean word,
    anything rare (a name, a niche good). An everyday English word elsewhere in the
    question ("decide", "passenger", "lol") does not stop a clear question."""
    out = [w for w in ("used",) if USED_GOODS.search(q.text)]
    if FUTURE_HOLDER.search(q.text) or FUTURE_WHO.search(q.text):
        out.append("next")  # "who will be the next commerce secretary": not yet known
    # A time that has not come yet ("in 2027"): no source can report it.
    out += [str(day.year) for day in q.time.days if _starts_after_today(day)]
    if not q.unknown:
        return out
    head = HEAD.search(q.text)
    # The words of a time the question is pinned to ("before trump's 2nd *term*"): an
    # event the base cannot place changes the answer.
    anchor = set(re.findall(r"[a-z]+", q.time.anchor or ""))
    # Nothing but one name, place or country understood ("is it going to *rain* in
    # seoul"): the unknown word is what is asked. Two names or more ("did kim *see*
    # lutnick") are asked about together: the word is how.
    entities_only = len(q.concepts) == 1 and next(iter(q.concepts)).split(":")[0] in ENTITY_KINDS
    # More words not understood than understood ("taylor swift tariffs?"): the question
    # is mostly about something else.
    mostly_unknown = len(q.unknown) >= 2 and len(q.unknown) > len(q.concepts)
    # A good named by where it comes from in a tariff question ("korea tariff on us
    # *oranges*"): a product the sources may not rate.
    goods = set(q.origin_goods) if "term:tariff" in q.concepts or "rate" in q.asks else set()
    for word in q.unknown:
        if (
            (head and head["head"] == word)
            or (not word.isascii() and ko.is_hangul(word))
            or not word.isalpha()
            or word in ALWAYS_BLOCKING
            or word in anchor
            or word in goods
            or entities_only
            or mostly_unknown
            or not is_common(word)
        ):
            out.append(word)
    return out


_OWN: dict = {}


def _own_words(lexicon: Lexicon) -> frozenset:
    """Where a chat form is the base's own word: a one-word vocabulary entry ("min"), or
    a pair of words of a person's name ("min hee" of "Min Hee-hoon", "rep huh" of "Rep.
    Huh Young"), so "trade min" is still the minister and "Min Hee-hoon" a name."""
    cached = _OWN.get(id(lexicon.phrases))
    if cached is None or cached[0] is not lexicon.phrases:
        chat = set(CHAT_WORDS) | CONTEXT_WORDS
        own = set()
        for key, concept in lexicon.phrases.items():
            if len(key) == 1 and key[0] in chat:
                own.add(key[0])
            elif concept.startswith("person:"):
                own.update(f"{a} {b}" for a, b in zip(key, key[1:]) if a in chat or b in chat)
        cached = (lexicon.phrases, frozenset(own))
        _OWN.clear()
        _OWN[id(lexicon.phrases)] = cached
    return cached[1]


_FUZZY: dict = {}
_FUZZY_KEPT = 4096  # words kept per lexicon, at most (then forgotten all at once)


def _fuzzy_hit(word_stem: str, cutoff: int, lexicon: Lexicon) -> tuple | None:
    """rapidfuzz's best vocabulary word for a stem left over, at the cutoff: (word,
    score, index) or None. Kept per lexicon by stem and cutoff, as the stem of a word:
    the search runs through every vocabulary word (~850, ~50 us) and the words left
    over ("weather", "price", typos) recur."""
    kept = _FUZZY.get(id(lexicon.fuzzy_words))
    if kept is None or kept[0] is not lexicon.fuzzy_words:
        kept = (lexicon.fuzzy_words, {})
        _FUZZY.clear()
        _FUZZY[id(lexicon.fuzzy_words)] = kept
    hits: dict = kept[1]
    key = (word_stem, cutoff)
    if key not in hits:
        from rapidfuzz import fuzz, process  # imported by the first word left over

        if len(hits) >= _FUZZY_KEPT:
            hits.clear()
        hits[key] = process.extractOne(
            word_stem, lexicon.fuzzy_words, scorer=fuzz.ratio, score_cutoff=cutoff
        )
    return hits[key]


_KNOWN_KO: dict = {}


def _known_korean(lexicon: Lexicon) -> tuple:
    """The Hangul words of the vocabulary, and those long enough for typo matching."""
    cached = _KNOWN_KO.get(id(lexicon.phrases))
    if cached is None or cached[0] is not lexicon.phrases:
        known = frozenset(w for key in lexicon.phrases for w in key if ko.is_hangul(w))
        long = sorted(w for w in known if len(w) >= 3)
        cached = (lexicon.phrases, known, long, [ko.jamo(w) for w in long])
        _KNOWN_KO.clear()
        _KNOWN_KO[id(lexicon.phrases)] = cached
    return cached[1:]


def _korean_words(q: ParsedQuestion, word_list: list, lexicon: Lexicon) -> list:
    """Hangul runs split into vocabulary words, particles and endings dropped; a typo of
    a vocabulary word (three syllables or more) read as that word."""
    known, long, long_jamo = _known_korean(lexicon)
    out = []
    for i, word in enumerate(word_list):
        if not ko.is_hangul(word):
            out.append(word)
            continue
        before = word_list[i - 1] if i else ""
        word = ko.strip_copula(word)  # "만장일치였어": the noun
        goods = ko.goods_word(word, q.text)
        if goods:
            out.append(goods)  # "라면 관세는?": goods the sources do not rate
            continue
        if before == "몇" and ko.strip_particle(word) in ko.COUNTERS:
            continue  # "몇 표야", "몇 곳": part of the question word
        if ko.is_round_word(word, before):
            continue  # "몇 차 협상", "두 차례": a round, not a car
        if ko.is_car_word(word, before) and "자동차" in known:
            out.append("자동차")  # "한국 차를": a car ("1차", "차이" are not)
            continue
        if word in ko.NOUNS_LIKE_ENDINGS:
            out.append(word)  # "라면 관세는?": ramen, not the ending "-라면" (if)
            continue
        if (word in ko.STOPWORDS or ko.strip_particle(word) in ko.STOPWORDS) and word not in known:
            continue
        if out and out[-1].isdigit() and word.startswith("차"):
            continue  # "1차 협상": the first round, not a car
        parts = ko.segment(word, known)
        if parts is None and word in ko.WEEKDAYS_KO:
            q.weekdays.append(ko.WEEKDAYS_KO[word])
            continue
        if parts is None and (ko.is_stopword(word) or ko.WEEKDAYS_KO.get(word[:3])):
            continue
        if (
            parts is not None
            and len(parts) == 1
            and len(parts[0]) == 1
            and (parts[0],) not in lexicon.phrases
            and ko.is_verbal(word)
        ):
            continue  # "정해졌어": a verb, not the "정" of a name
        if parts is None:
            hit = ko.fuzzy_known(word, long_jamo, long)
            if hit:
                q.fuzzy[word] = hit[0]
                parts = [hit[0]]
            elif ko.is_verbal(word):
                continue
            else:
                parts = [ko.strip_particle(word)]
        out.extend(parts)
    return out


# The list of a ParsedQuestion each kind of concept is also named in.
_BUCKETS = {"product": "products", "person": "people", "place": "places", "country": "countries"}


def _note(q: ParsedQuestion, key: str, confidence: float) -> None:
    if key.startswith("foreign:"):
        q.foreign.append(key.partition(":")[2])
        return
    q.concepts[key] = max(q.concepts.get(key, 0.0), confidence)
    kind, _, name = key.partition(":")
    bucket = _BUCKETS.get(kind)
    if bucket is not None:
        named = getattr(q, bucket)
        if name not in named:
            named.append(name)
