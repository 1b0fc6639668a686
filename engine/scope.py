"""Questions that look close to the base but ask for what no source gives: prices, trade
volumes, the tariff on a good the sources never rate. Declined before matching, because
a fact sharing a word ("Hyundai", "beef", "ships") would otherwise be answered with
confidence while saying nothing about what was asked.
"""

from __future__ import annotations

import re
from functools import lru_cache

from engine.parse import ParsedQuestion
from values.patterns import screen

PRICE = screen(
    re.compile(
        r"\bhow much (?:does|do|did|is|are|will|would) (?:an? |the )?[a-z0-9' -]{2,40}"
        r"\bcost\b|\bprices?\b|\bpriced\b|\bmsrp\b|가격|값이|얼마에 팔|"
        r"\bwhat (?:does|do|did|would|will) (?:an? |the )?[a-z0-9' -]{2,40}\bcost\b|"
        r"\bhow much (?:is|are) (?:an?|one) [a-z0-9' -]{2,40}\b(?:in the us|in america|in the states)\b|"
        r"\bstock (?:price|close|closed|market)\b|\bshares? (?:price|closed?)\b|\bclose at\b|"
        # a stock's level now or its worth (engine/parse.py reads "hyundai shares" as stock)
        r"\bstocks? (?:\w+ )?(?:worth|at|now|today|currently|trading|value|valuation)\b"
    ),
    (
        "america",
        "close",
        "cost",
        "market",
        "msrp",
        "price",
        "stock ",
        "stocks ",
        "the states",
        "the us",
        "가격",
        "값이",
        "얼마에 팔",
    ),
)
VOLUME = screen(
    re.compile(
        r"\bhow many (?:cars|vehicles|autos|units|chips|tons|tonnes|barrels|"
        r"ships|containers|products|goods|drugs)\b|\bvolumes?\b|\bmarket share\b|"
        r"\bhow many [a-z]+ (?:were )?sold\b|\bsales (?:figures?|numbers?|last)\b|"
        # "몇 대 몇" is a score (a vote), and "몇 대 사기로 했어" an order of planes the reports
        # count: neither is cars counted
        r"수출량|판매량|몇 ?대(?! ?몇)(?!\s*(?:를|나|를\s*)?\s*(?:사기|사기로|샀|산다|살|구매|주문))"
    ),
    (
        "autos",
        "barrels",
        "cars",
        "chips",
        "containers",
        "drugs",
        "figure",
        "goods",
        "how many ",
        "last",
        "market share",
        "number",
        "products",
        "ships",
        "tonnes",
        "tons",
        "units",
        "vehicles",
        "volume",
        "몇 대",
        "몇대",
        "수출량",
        "판매량",
    ),
)
TARIFF_ON = screen(
    re.compile(
        r"\b(?:tariffs?|dut(?:y|ies)|levy|levies|rate)\s+(?:is\s+)?(?:on|for)\s+"
        r"(?:(?:the|a|an)\s+)?(?:(?:south\s+|s\s+)?korean?\s+|korea's\s+)?"
        r"(?P<what>[a-z]+)"
    ),
    ("duties", "duty", "levies", "levy", "rate", "tariff"),
)
# Korea's own tariffs on American goods ("does Korea tax US beef?", "what tariff does South
# Korea charge on American oranges?"): the sources cover US tariffs on Korean goods only.
KOREA_TAXES = screen(
    re.compile(
        r"\b(?:does|do|did|will|would|can) (?:south )?korea (?:tax|charge|apply|impose|put|levy)\b|"
        r"\b(?:south )?korea(?:n|'s)? (?:tariffs?|dut(?:y|ies)|taxe?s?) on (?:us|u s|american)\b|"
        r"\b(?:on|to) american (?!president|officials?|side|delegation|investment|companies)[a-z]+"
    ),
    (
        "can korea ",
        "can south korea ",
        "did korea ",
        "did south korea ",
        "do korea ",
        "do south korea ",
        "does korea ",
        "does south korea ",
        "korea duties on ",
        "korea duty on ",
        "korea tariff on ",
        "korea tariffs on ",
        "korea tax on ",
        "korea taxe on ",
        "korea taxes on ",
        "korea taxs on ",
        "korea's duties on ",
        "korea's duty on ",
        "korea's tariff on ",
        "korea's tariffs on ",
        "korea's tax on ",
        "korea's taxe on ",
        "korea's taxes on ",
        "korea's taxs on ",
        "korean duties on ",
        "korean duty on ",
        "korean tariff on ",
        "korean tariffs on ",
        "korean tax on ",
        "korean taxe on ",
        "korean taxes on ",
        "korean taxs on ",
        "on american ",
        "to american ",
        "will korea ",
        "will south korea ",
        "would korea ",
        "would south korea ",
    ),
)
# "Convert the duty into won": the sources give no exchange rate.
CONVERT_WON = screen(
    re.compile(
        r"\b(?:into|to|in) (?:korean )?won\b|\bconvert\b.*\bwon\b|원화로|"
        r"\b(?:what(?:'s| s| is)?|how much is) the (?:[a-z-]+ ){0,2}exchange rate\b|"
        r"환율(?:은|이)? ?(?:얼마|몇)"
    ),
    (
        "convert",
        "exchange rate",
        "in korean won",
        "in won",
        "to korean won",
        "to won",
        "원화로",
        "환율 몇",
        "환율 얼마",
        "환율몇",
        "환율얼마",
        "환율은 몇",
        "환율은 얼마",
        "환율은몇",
        "환율은얼마",
        "환율이 몇",
        "환율이 얼마",
        "환율이몇",
        "환율이얼마",
    ),
)
GENERAL_GOODS = {
    "goods",
    "imports",
    "import",
    "products",
    "product",
    "exports",
    "export",
    "everything",
    "items",
    "shipments",
    "korea",
    "korean",
    "south",
    "us",
    "it",
    "them",
    "that",
    "this",
    "all",
    "other",
    "most",
    "many",
    "made",
    "what",
    "which",
    "seoul",
}


def out_of_scope(q: ParsedQuestion) -> str | None:
    """'us_goods', 'won', 'price', 'volume' or 'product' when the question asks what no
    source gives."""
    korea_taxes, convert_won, price, volume, what = _scope_reads(q.text)
    if korea_taxes:
        return "us_goods"
    if convert_won:
        return "won"
    if price and not q.amounts and "term:tariff" not in q.concepts:
        return "price"
    if volume:
        return "volume"
    if (
        what is not None
        and not q.products
        and what not in GENERAL_GOODS
        and "term:reciprocal" not in q.concepts
        and not q.people
    ):
        return "product"
    return None


@lru_cache(maxsize=1024)
def _scope_reads(text: str) -> tuple[bool, bool, bool, bool, str | None]:
    """What out_of_scope reads of the text alone, once per text (each question asks twice:
    before the checks of a stated figure and before matching)."""
    match = TARIFF_ON.search(text)
    return (
        bool(KOREA_TAXES.search(text)),
        bool(CONVERT_WON.search(text)),
        bool(PRICE.search(text)),
        bool(VOLUME.search(text)),
        match["what"] if match else None,
    )


# "what did korea agree on digital trade?": what was agreed or discussed, named after
# "on"/"about"; a word there the base does not know is the topic, so it is not skipped
_TOPIC_OF = screen(
    re.compile(
        r"\b(?:agree[ds]?|agreement|deal|discuss(?:ed|es)?|talk(?:ed|s)?|negotiat\w*|"
        r"promise[ds]?|commit(?:ted|s)?|decide[ds]?|settle[ds]?)\s+(?:on|about|over|regarding)\s+"
        r"(?P<topic>[a-z][a-z -]{1,40}?)\s*\??$"
    ),
    ("agree", "deal", "discuss", "talk", "negotiat", "promise", "commit", "decide", "settle"),
)
# "what is the 123 agreement?": a number naming an agreement or law the base does not know
# (Section 232, 301 and 122 are the base's own; a year or "2+2" is no such name)
_DIGIT = re.compile(r"\d")
_NUMBERED_ACCORD = re.compile(
    r"\b(?!(?:232|301|122|19\d\d|20\d\d)\b)\d{2,4}\s+(?:agreements?|accords?|acts?|laws?|treat(?:y|ies)|pacts?)\b"
)


def unknown_topic(q: ParsedQuestion) -> bool:
    """The thing asked about is a word the base does not know, or an agreement known only
    by a number it does not hold: declined, never answered from what else was matched."""
    if q.lang != "en":
        return False
    if _DIGIT.search(q.text) and _NUMBERED_ACCORD.search(q.text):
        return True
    topic = _TOPIC_OF.search(q.text)
    if topic is None:
        return False
    words = set(topic["topic"].split())
    return any(w in words for w in q.unknown)
