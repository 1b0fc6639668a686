"""One source file: its `source:` record, then every fact the article reports, each
checked against its kind's fields and rules (knowledge/schema.py)."""

from __future__ import annotations

from typing import cast

from knowledge.factbase import FACT_KINDS, Source
from knowledge.fields import UNREADABLE, Checker, read_yaml, report_suspects
from knowledge.paths import PEOPLE_FILE
from knowledge.problems import Problem
from knowledge.schema import COMMON_FIELDS, KIND_FIELDS, SOURCE_FIELDS
from knowledge.yamlfile import Mapping, Sequence


def load_source_file(
    name: str, raw, seen: dict, sources: dict, facts: dict, problems: list
) -> list:
    """Add the file's source and facts to sources and facts (ids first defined where
    `seen` says), its problems to problems; returns its references to check."""
    check = Checker(name)
    data = read_yaml(raw, name, problems)
    if data is UNREADABLE:
        return []
    if not isinstance(data, Mapping):
        problems.append(Problem(name, 1, None, "must be a mapping with `source` and `facts`"))
        return []
    for key in data:
        if key not in ("source", "facts"):
            check.add(data.line_of(key), key, "unknown section (known: facts, source)")
        # fields are named as in a fact or the source record: `old_rate`, `id`
        report_suspects(check, data[key], "" if key in ("source", "facts") else key)
    for key in data.bad_keys:
        check.add(key.line, key.text, key.problem)
    source = None
    if "source" not in data:
        check.add(data.line, "source", "missing required section")
    else:
        record = check.record(data["source"], SOURCE_FIELDS, "source", data.line_of("source"))
        if record and {"id", "publisher", "title", "published"} <= set(record):
            record.pop("note", None)
            source = Source(**record)
            where = f"{name}:{data['source'].line}"
            if source.id in seen:
                check.add(
                    data["source"].line_of("id"),
                    "id",
                    f"duplicate id {source.id!r} (first at {seen[source.id]})",
                )
            else:
                seen[source.id] = where
                sources[source.id] = source
    items = data.get("facts")
    if not isinstance(items, Sequence):
        check.add(
            data.line_of("facts") if "facts" in data else data.line,
            "facts",
            "must be a list of facts",
        )
        items = Sequence()
    for index, item in enumerate(items):
        line = items.line_of(index)
        if not isinstance(item, Mapping):
            check.add(line, None, "a fact must be a mapping of field: value")
            continue
        kind = item.get("kind")
        if kind not in KIND_FIELDS:
            check.add(
                item.line_of("kind"), "kind", f"{kind!r} is not one of {', '.join(KIND_FIELDS)}"
            )
            continue
        fields = {**COMMON_FIELDS, **KIND_FIELDS[kind]}
        record = check.record(item, fields, f"{kind} fact", line)
        if record is None or "id" not in record:
            continue
        fid = record.pop("id")
        check_kind_rules(check, kind, record, item)
        if fid in seen:
            check.add(item.line_of("id"), "id", f"duplicate id {fid!r} (first at {seen[fid]})")
            continue
        seen[fid] = f"{name}:{item.line}"
        if kind == "person":
            check.add(
                item.line_of("kind"),
                "kind",
                f"people are defined once, in {PEOPLE_FILE}; refer to them by id",
            )
            continue
        fact_source = record.pop("source", None)
        common = {
            k: record.pop(k) for k in list(record) if k in COMMON_FIELDS and k not in ("kind",)
        }
        record.pop("kind", None)
        facts[fid] = FACT_KINDS[kind](
            id=fid,
            # an id, or None after a broken source section, until linking resolves it;
            # check_base refuses a fact left without one, so a loaded base holds a Source
            source=cast(Source, fact_source or source),
            file=name,
            line=item.line,
            text=common.get("text", {}),
            question=common.get("question", {}),
            keywords=common.get("keywords", ()),
            status=common.get("status"),
            date=common.get("date"),
            date_text=common.get("date_text"),
            as_of=common.get("as_of"),
            supersedes=common.get("supersedes"),
            also=common.get("sources", ()),
            differ=common.get("differ", ()),
            lines={k: item.line_of(k) for k in item},
            **record,
        )
    problems.extend(check.problems)
    return [(name,) + ref for ref in check.refs]


def check_kind_rules(check: Checker, kind: str, record: dict, item: Mapping) -> None:
    """What the schema's field types cannot say: combinations a kind needs. A field that
    is written but invalid (`rate: 150`, `old_rate: 015`) counts as present: it is
    reported on its own line, and "missing" would send the reader looking elsewhere."""
    record = {**{k: v for k, v in item.items() if v is not None}, **record}
    if kind == "rate":
        has_pair = "old_rate" in record and "new_rate" in record
        if "rate" not in record and not has_pair:
            check.add(
                item.line, "rate", "a rate fact needs `rate` or both `old_rate` and `new_rate`"
            )
        if "rate" in record and "new_rate" in record:
            check.add(
                item.line_of("rate"),
                "rate",
                "give `rate` (with `old_rate` if the "
                "source gives the rate before) or `old_rate`/`new_rate`, not both",
            )
        if "status" not in record:
            check.add(item.line, "status", "missing required field in rate fact")
    if kind in ("event", "quote", "pledge") and "text" not in record:
        check.add(item.line, "text", f"missing required field in {kind} fact")
    if kind == "event" and "status" not in record:
        check.add(item.line, "status", "missing required field in event fact")
