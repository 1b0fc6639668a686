"""What each record in a fact file may hold: field names, types and which are required.

Kept declarative so that adding a field is one line here, and an unknown key (a typo
such as `new_rte`) is an error instead of being silently ignored.
"""

from __future__ import annotations

# Field types: checked and converted by knowledge/fields.py.
#   id        lowercase slug          text      str, or {en: str, ko: str}
#   str       plain text              strs      list of plain text
#   date      YYYY-MM-DD | YYYY-MM | YYYY
#   rate      a number from 0 to 100 (percent)
#   money     "$350 billion", "$20,000"
#   status    one of STATUSES         country   one of COUNTRIES
#   person / product / place / fact / source    a reference that must exist
#   sources   list of source references        basis     one of BASES
#   differ    list of {text, sources}: another version of the claim
#   people    list of person references
#   concepts  list of concept names from vocabulary.yaml `terms`
#   years     a number of years, more than 0 (3.5)
#   shares    {US: 90, KR: 10}: each country's percent of a whole, adding up to 100

STATUSES = {
    # not in effect: an answer must never present these as in effect
    "announced": "announced, not reported in effect",
    "threatened": "threatened, not reported in effect",
    "proposed": "proposed, not reported in effect",
    "planned": "planned",
    "scheduled": "scheduled",
    # reported as done
    "pending": "pending",
    "under_investigation": "under investigation",
    "agreed": "agreed",
    "signed": "signed",
    "passed": "passed",
    "in_effect": "in effect",
    "happened": "happened",
    # in force once, no longer: a rate with one of these has an `ends` date
    "struck_down": "struck down",
    "expired": "expired",
    "paused": "paused",
}
NOT_IN_EFFECT = {
    "announced",
    "threatened",
    "proposed",
    "planned",
    "scheduled",
    "pending",
    "under_investigation",
}
# A rate is collected only while `in_effect`; these were collected and then stopped.
RATE_ENDED = {"struck_down", "expired", "paused"}
# A rate with one of these was never collected (an agreed rate is not yet in force).
RATE_NOT_IN_FORCE = NOT_IN_EFFECT | {"agreed"}
# The legal basis of a US tariff measure: how answers name it.
BASES = {
    "section-232": "Section 232",
    "ieepa": "IEEPA",
    "section-122": "Section 122",
    "section-301": "Section 301",
    "korus": "KORUS",
    "none": "no legal instrument reported",
}
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
    "language": ("str", False),
    "note": ("str", False),
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
    "sources": ("sources", False),  # other sources reporting the same claim
    "differ": ("differ", False),  # other versions of the claim, with their sources
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
        "basis": ("basis", False),
        "effective": ("date", False),
        "ends": ("date", False),
        "by": ("person", False),
        "measure": ("fact", False),
    },
    "pledge": {
        "amount": ("money", False),  # a term of the pledge (who selects, by when) has none
        "part_of": ("fact", False),
        "cap_per_year": ("money", False),
        "people": ("people", False),
        # how a project's profits are shared until Korea's initial investment is
        # recovered, and after it: {US: 50, KR: 50}, {US: 90, KR: 10}
        "over_years": ("years", False),  # the amount is spread over this many years
        "profits_before_recovery": ("shares", False),
        "profits_after_recovery": ("shares", False),
    },
    "event": {
        "place": ("place", False),
        "people": ("people", False),
        "outcome": ("text", False),
        "names": ("strs", False),  # what people call it: "the Supreme Court ruling"
    },
    "quote": {
        "speaker": ("person", True),
        "context": ("text", False),
    },
}

# One item of a fact's `differ:` list: another version of the claim and who reports it.
VARIANT_FIELDS = {
    "text": ("text", True),
    "sources": ("sources", True),
}

# people.yaml: each person once, with the offices they held and who reports them.
ROLE_FIELDS = {
    "title": ("str", True),
    "title_ko": ("str", False),
    "from": ("date", False),
    "to": ("date", False),
    "as_of": ("date", False),  # no start known: reported in office on this day
    "sources": ("sources", True),
    "note": ("str", False),
}
PERSON_FIELDS = {
    "id": ("id", True),
    "name": ("str", True),
    "country": ("country", True),
    "aliases": ("strs", False),
    "name_ko": ("str", False),
    "aliases_ko": ("strs", False),
    "roles": ("roles", True),
    "text": ("text", False),
    "question": ("text", False),
    "keywords": ("concepts", False),
    "note": ("str", False),
}

# Beyond the field types: what each kind must state for an answer to be composed.
KIND_RULES = {
    "rate": "either `rate`, or both `old_rate` and `new_rate`; and `status`",
    "event": "`text` and `status`",
    "quote": "`text` (the verbatim words)",
    "pledge": "`text`",
}
