"""What each record in a fact file may hold: field names, types and which are required.

Kept declarative so that adding a field is one line here, and an unknown key (a typo
such as `new_rte`) is an error instead of being silently ignored.
"""
from __future__ import annotations

# Field types: checked and converted by knowledge.loader.
#   id        lowercase slug          text      str, or {en: str, ko: str}
#   str       plain text              strs      list of plain text
#   date      YYYY-MM-DD | YYYY-MM | YYYY
#   rate      a number from 0 to 100 (percent)
#   money     "$350 billion", "$20,000"
#   status    one of STATUSES         country   one of COUNTRIES
#   person / product / place / fact / source    a reference that must exist
#   people    list of person references
#   concepts  list of concept names from vocabulary.yaml `terms`

STATUSES = {
    # not in effect: an answer must never present these as in effect
    "announced": "announced, not reported in effect",
    "threatened": "threatened, not reported in effect",
    "proposed": "proposed, not reported in effect",
    "planned": "planned",
    "scheduled": "scheduled",
    # reported as done
    "agreed": "agreed",
    "in_effect": "in effect",
    "happened": "happened",
}
NOT_IN_EFFECT = {"announced", "threatened", "proposed", "planned", "scheduled"}
COUNTRIES = {"KR": "South Korea", "US": "the US"}
LANGUAGES = ("en", "ko")

SOURCE_FIELDS = {
    "id": ("id", True),
    "publisher": ("str", True),
    "title": ("str", True),
    "published": ("date", True),
    "cites": ("str", False),
    "url": ("str", False),
    "file": ("str", False),
}

COMMON_FIELDS = {
    "id": ("id", True),
    "kind": ("str", True),
    "text": ("text", False),
    "question": ("text", False),
    "keywords": ("concepts", False),
    "status": ("status", False),
    "date": ("date", False),
    "date_text": ("str", False),
    "as_of": ("date", False),
    "supersedes": ("fact", False),
    "source": ("source", False),
    "note": ("str", False),
}

KIND_FIELDS = {
    "person": {
        "name": ("str", True),
        "role": ("str", True),
        "country": ("country", True),
        "aliases": ("strs", False),
        "name_ko": ("str", False),
        "role_ko": ("str", False),
        "aliases_ko": ("strs", False),
    },
    "rate": {
        "product": ("product", True),
        "rate": ("rate", False),
        "old_rate": ("rate", False),
        "new_rate": ("rate", False),
        "by": ("person", False),
        "measure": ("fact", False),
    },
    "pledge": {
        "amount": ("money", True),
        "part_of": ("fact", False),
        "cap_per_year": ("money", False),
    },
    "event": {
        "place": ("place", False),
        "people": ("people", False),
    },
    "quote": {
        "speaker": ("person", True),
        "context": ("text", False),
    },
}

# Beyond the field types: what each kind must state for an answer to be composed.
KIND_RULES = {
    "rate": "either `rate`, or both `old_rate` and `new_rate`; and `status`",
    "event": "`text` and `status`",
    "quote": "`text` (the verbatim words)",
    "pledge": "`text`",
}
