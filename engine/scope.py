"""Questions that look close to the base but ask for what no source gives: prices, trade
volumes, the tariff on a good the sources never rate. Declined before matching, because
a fact sharing a word ("Hyundai", "beef", "ships") would otherwise be answered with
confidence while saying nothing about what was asked.
"""

from __future__ import annotations

import re

from engine.parse import ParsedQuestion

PRICE = re.compile(
    r"\bhow much (?:does|do|did|is|are|will|would) (?:an? |the )?[a-z' -]{2,40}"
    r"\bcost\b|\bprices?\b|\bpriced\b|\bmsrp\b|가격|값이|얼마에 팔"
)
VOLUME = re.compile(
    r"\bhow many (?:cars|vehicles|autos|units|chips|tons|tonnes|barrels|"
    r"ships|containers|products|goods|drugs)\b|\bvolumes?\b|\bmarket share\b|"
    r"수출량|판매량|몇 대"
)
TARIFF_ON = re.compile(
    r"\b(?:tariffs?|dut(?:y|ies)|levy|levies|rate)\s+(?:is\s+)?(?:on|for)\s+"
    r"(?:(?:the|a|an)\s+)?(?:(?:south\s+|s\s+)?korean?\s+|korea's\s+)?"
    r"(?P<what>[a-z]+)"
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
    """'price', 'volume' or 'product' when the question asks what no source gives."""
    text = q.text
    if PRICE.search(text) and not q.amounts and "term:tariff" not in q.concepts:
        return "price"
    if VOLUME.search(text):
        return "volume"
    match = TARIFF_ON.search(text)
    if (
        match
        and not q.products
        and match["what"] not in GENERAL_GOODS
        and "term:reciprocal" not in q.concepts
        and not q.people
    ):
        return "product"
    return None
