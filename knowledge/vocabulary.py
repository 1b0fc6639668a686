"""vocabulary.yaml: words and phrases -> concepts, products, places, countries and the
out-of-scope countries, read into a Vocabulary with every problem as file:line: field."""

from __future__ import annotations

from knowledge.factbase import Product, Vocabulary
from knowledge.fields import UNREADABLE, Checker, has_suspect, read_yaml, report_suspects
from knowledge.problems import Problem
from knowledge.schema import COUNTRIES
from knowledge.yamlfile import Mapping, Sequence, YamlProblem


def load_vocabulary(raw: bytes | YamlProblem, name: str, problems: list) -> Vocabulary | None:
    check = Checker(name)
    data = read_yaml(raw, name, problems)
    if data is UNREADABLE:
        return None
    sections = {"terms", "products", "places", "countries", "foreign_countries"}
    if not isinstance(data, Mapping):
        problems.append(Problem(name, 1, None, "must be a mapping of sections"))
        return None
    for key in data:
        if key not in sections:
            check.add(
                data.line_of(key), key, f"unknown section (known: {', '.join(sorted(sections))})"
            )
    for key in sections - set(data):
        check.add(data.line, key, "missing required section")
    report_suspects(check, data)

    def variant_list(value, line, field):
        if has_suspect(value):  # `- on`, `- 015`: reported by report_suspects
            return ()
        if (
            not isinstance(value, Sequence)
            or not value
            or not all(isinstance(v, (str, int)) and str(v).strip() for v in value)
        ):
            check.add(line, field, "must be a non-empty list of words or phrases")
            return ()
        return tuple(str(v) for v in value)

    def named_lists(section):
        out: dict[str, tuple[str, ...]] = {}
        block = data.get(section)
        if block is None:
            return out
        if not isinstance(block, Mapping):
            check.add(data.line_of(section), section, "must be a mapping of name: [variants]")
            return out
        for key, value in block.items():
            out[key] = variant_list(value, block.line_of(key), f"{section}.{key}")
        return out

    terms = named_lists("terms")
    places = named_lists("places")
    countries = named_lists("countries")
    for code in countries:
        if code not in COUNTRIES:
            check.add(
                data["countries"].line_of(code),
                f"countries.{code}",
                f"not one of {', '.join(COUNTRIES)}",
            )
    products = {}
    block = data.get("products")
    if isinstance(block, Mapping):
        for pid, spec in block.items():
            record = check.record(
                spec,
                {
                    "name": ("str", True),
                    "aliases": ("strs", True),
                    "name_ko": ("str", False),
                    "aliases_ko": ("strs", False),
                },
                f"product {pid}",
                block.line_of(pid),
            )
            if record and "name" in record and "aliases" in record:
                products[pid] = Product(
                    pid,
                    record["name"],
                    record["aliases"] + record.get("aliases_ko", ()),
                    record.get("name_ko"),
                )
    elif block is not None:
        check.add(data.line_of("products"), "products", "must be a mapping of id: {name, aliases}")
    foreign = named_lists("foreign_countries")
    problems.extend(check.problems)
    # Concept refs inside the vocabulary file itself are not needed; no refs to check.
    return Vocabulary(terms, products, places, countries, foreign)
