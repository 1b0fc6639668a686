"""people.yaml: each person once, with dated offices, as a `person` fact; facts in the
source files refer to people by id, so a name or an office is written in one place."""

from __future__ import annotations

from knowledge.factbase import PersonFact
from knowledge.fields import UNREADABLE, Checker, read_yaml, report_suspects
from knowledge.problems import Problem
from knowledge.schema import PERSON_FIELDS
from knowledge.yamlfile import Mapping, Sequence


def load_people(raw, name: str, facts: dict, seen: dict, problems: list) -> list:
    """people.yaml: each person once, as a `person` fact whose role is their latest office
    and whose sources are the ones that report their offices. Returns references to check."""
    check = Checker(name)
    data = read_yaml(raw, name, problems)
    if data is UNREADABLE:
        return []
    report_suspects(check, data)
    items = data.get("people") if isinstance(data, Mapping) else None
    if not isinstance(items, Sequence):
        problems.append(Problem(name, 1, "people", "must be a list of people"))
        return []
    for index, item in enumerate(items):
        record = check.record(item, PERSON_FIELDS, "person", items.line_of(index))
        if not record or not {"id", "name", "country", "roles"} <= set(record):
            continue
        pid = record.pop("id")
        if pid in seen:
            check.add(item.line_of("id"), "id", f"duplicate id {pid!r} (first at {seen[pid]})")
            continue
        seen[pid] = f"{name}:{item.line}"
        roles = record["roles"]
        if not roles:
            continue
        latest = max(
            roles, key=lambda r: (r.start or r.seen).sort_key if (r.start or r.seen) else (0, 0, 0)
        )
        record["role"], record["role_ko"] = latest.title, latest.title_ko
        role_sources = tuple(dict.fromkeys(s for r in roles for s in r.sources))
        text = record.pop("text", {})
        question = record.pop("question", {})
        keywords = record.pop("keywords", ())
        record.pop("note", None)
        facts[pid] = PersonFact(
            id=pid,
            source=role_sources[0],
            file=name,
            line=item.line,
            text=text,
            question=question,
            keywords=keywords,
            also=role_sources[1:],
            lines={k: item.line_of(k) for k in item},
            **record,
        )
    problems.extend(check.problems)
    return [(name,) + ref for ref in check.refs]
