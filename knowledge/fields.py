"""Typed fields: one record of a fact file checked against its schema (knowledge/schema.py)
and converted to Python values (Day, Decimal, tuples, Variant, Role), every problem
collected with its line and field instead of stopping at the first."""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Any

from knowledge.factbase import Role, Variant
from knowledge.problems import Problem
from knowledge.schema import BASES, COUNTRIES, LANGUAGES, ROLE_FIELDS, STATUSES, VARIANT_FIELDS
from knowledge.yamlfile import Mapping, Sequence, Suspect, YamlProblem, parse_yaml, suspects
from values.dates import Day
from values.money import parse_money_text

_ID = re.compile(r"^[a-z0-9][a-z0-9-]{0,63}$")


# What read_yaml returns for a file that could not be read or parsed (an empty file parses
# to None, which is data: its callers report it as the wrong shape).
UNREADABLE: Any = object()


def read_yaml(raw: bytes | YamlProblem, name: str, problems: list) -> Any:
    """The file's parsed YAML, or UNREADABLE with its `file:line` problem recorded: the
    one way the vocabulary, people and source files are opened."""
    try:
        if isinstance(raw, YamlProblem):
            raise raw
        return parse_yaml(raw)
    except YamlProblem as error:
        problems.append(Problem(name, error.line, None, error.message))
        return UNREADABLE


class Checker:
    """Collects problems while converting one file's records; references (to people,
    products, sources, ...) are noted in `refs` and checked once every file is read."""

    def __init__(self, file: str):
        self.file = file
        self.problems: list[Problem] = []
        self.refs: list[tuple] = []  # (kind, value, line, field) checked once all is read

    def add(self, line, field, message):
        self.problems.append(Problem(self.file, line, field, message))

    def record(self, record, fields: dict, what: str, line: int) -> dict | None:
        if not isinstance(record, Mapping):
            self.add(line, None, f"{what} must be a mapping of field: value")
            return None
        out = {}
        for key in record:
            if key not in fields:
                known = ", ".join(sorted(fields))
                self.add(record.line_of(key), key, f"unknown field (known: {known})")
        for name, (kind, required) in fields.items():
            if name not in record or record[name] is None:
                if required:
                    self.add(record.line, name, f"missing required field in {what}")
                continue
            value = self.convert(kind, record[name], record.line_of(name), name)
            if value is not None:
                out[name] = value
        return out

    def convert(self, kind: str, value, line: int, name: str):
        def bad(message):
            self.add(line, name, message)

        if has_suspect(value):
            return None  # reported once, with its own line, by report_suspects

        if kind == "id":
            if not isinstance(value, str) or not _ID.match(value):
                return bad(f"{value!r} is not an id (lowercase letters, digits and -)")
            return value
        if kind in ("str", "country", "status"):
            if not isinstance(value, str) or not value.strip():
                return bad("must be non-empty text")
            value = " ".join(value.split())
            if kind == "country" and value not in COUNTRIES:
                return bad(f"{value!r} is not one of {', '.join(COUNTRIES)}")
            if kind == "status" and value not in STATUSES:
                return bad(f"{value!r} is not one of {', '.join(STATUSES)}")
            return value
        if kind == "text":
            if isinstance(value, str) and value.strip():
                return {"en": " ".join(value.split())}
            if isinstance(value, Mapping) and value:
                out = {}
                for lang, text in value.items():
                    if lang not in LANGUAGES:
                        bad(f"language {lang!r} is not one of {', '.join(LANGUAGES)}")
                    elif not isinstance(text, str) or not text.strip():
                        bad(f"{lang}: must be non-empty text")
                    else:
                        out[lang] = " ".join(text.split())
                return out or None
            return bad("must be text, or a mapping of language to text")
        if kind in ("strs", "concepts", "people"):
            if not isinstance(value, Sequence) or not all(
                isinstance(v, str) and v.strip() for v in value
            ):
                return bad("must be a list of text")
            for index, item in enumerate(value):
                if kind == "concepts":
                    self.refs.append(("concept", item, value.line_of(index), name))
                if kind == "people":
                    self.refs.append(("person", item, value.line_of(index), name))
            return tuple(" ".join(v.split()) for v in value)
        if kind == "date":
            try:
                return Day.parse(value)
            except ValueError as error:
                return bad(str(error))
        if kind == "rate":
            if isinstance(value, bool) or not isinstance(value, (int, Decimal)):
                return bad(
                    f"{value!r} is not a number; write plain digits, such as 25 "
                    "or 12.5, without quotes"
                )
            rate = Decimal(value)
            if not 0 <= rate <= 100:
                return bad(f"{value} is outside 0-100 (a rate is a percent)")
            return rate
        if kind == "years":
            if isinstance(value, bool) or not isinstance(value, (int, Decimal)):
                return bad(f"{value!r} is not a number of years, such as 4 or 3.5")
            if not 0 < Decimal(value) <= 100:
                return bad(f"{value} is not a number of years from above 0 to 100")
            return Decimal(value)
        if kind == "money":
            amount = parse_money_text(value) if isinstance(value, str) else None
            if amount is None or amount <= 0:
                return bad(f"{value!r} is not an amount such as '$350 billion'")
            return amount
        if kind == "basis":
            if not isinstance(value, str) or value not in BASES:
                return bad(f"{value!r} is not one of {', '.join(BASES)}")
            return value
        if kind == "sources":
            if (
                not isinstance(value, Sequence)
                or not value
                or not all(isinstance(v, str) and v.strip() for v in value)
            ):
                return bad("must be a list of source ids")
            for index, item in enumerate(value):
                self.refs.append(("source", item, value.line_of(index), name))
            return tuple(value)
        if kind == "shares":
            return self.shares(value, line, name)
        if kind == "differ":
            return self.variants(value, line, name)
        if kind == "roles":
            return self.roles(value, line, name)
        if kind in ("person", "product", "place", "fact", "source"):
            if not isinstance(value, str) or not value.strip():
                return bad(f"must name a {kind}")
            self.refs.append((kind, value, line, name))
            return value
        raise AssertionError(f"schema type {kind!r} has no converter")  # pragma: no cover

    def shares(self, value, line: int, name: str):
        """`{US: 90, KR: 10}`: each country's percent of a whole; they add up to 100."""
        if not isinstance(value, Mapping) or not value:
            self.add(
                line, name, "must be a mapping of country to percent, such as {US: 90, KR: 10}"
            )
            return None
        out = {}
        for country, percent in value.items():
            if country not in COUNTRIES:
                self.add(line, name, f"{country!r} is not one of {', '.join(COUNTRIES)}")
                return None
            rate = self.convert("rate", percent, value.line_of(country), name)
            if rate is None:
                return None
            out[country] = rate
        if sum(out.values()) != 100:
            self.add(line, name, f"the shares add up to {sum(out.values())}, not 100")
            return None
        return out

    def variants(self, value, line: int, name: str):
        """`differ:` — other versions of the claim, each with the sources that report it."""
        if not isinstance(value, Sequence) or not value:
            self.add(line, name, "must be a list of {text, sources}")
            return None
        out = []
        for index, item in enumerate(value):
            record = self.record(item, VARIANT_FIELDS, f"{name} item", value.line_of(index))
            if record and "text" in record and "sources" in record:
                out.append(Variant(record["text"], record["sources"]))
        return tuple(out)

    def roles(self, value, line: int, name: str):
        """A person's offices, each dated and sourced: who held which office when."""
        if not isinstance(value, Sequence) or not value:
            self.add(line, name, "must be a list of {title, from, to, sources}")
            return None
        out = []
        for index, item in enumerate(value):
            record = self.record(item, ROLE_FIELDS, f"{name} item", value.line_of(index))
            if record and "title" in record and "sources" in record:
                record.pop("note", None)
                start, end = record.get("from"), record.get("to")
                if start and end and end.sort_key < start.sort_key:
                    self.add(item.line_of("to"), "to", f"{end} is before `from` {start}")
                out.append(
                    Role(
                        record["title"],
                        record.get("title_ko"),
                        start,
                        end,
                        record["sources"],
                        record.get("as_of"),
                    )
                )
        return tuple(out)


def has_suspect(value) -> bool:
    """A Suspect itself, or one inside a list or mapping value."""
    if isinstance(value, Suspect):
        return True
    items = (
        value.values()
        if isinstance(value, Mapping)
        else value
        if isinstance(value, Sequence)
        else ()
    )
    return any(isinstance(item, Suspect) for item in items) or bool(
        isinstance(value, Mapping) and value.bad_keys
    )


def report_suspects(check: Checker, node, field: str = "") -> None:
    """Every octal, base-60, hex, underscored or yes/no scalar, as file:line: field."""
    for line, name, problem in suspects(node, field):
        check.add(line, name, problem)
