"""Read every fact file, check it against the schema, and build a FactBase, or refuse.

All problems are collected (not only the first), each with file, line and field, so a
maintainer fixes a whole file in one pass. A base with any problem is never returned.
"""

from __future__ import annotations

import gc
import re
from contextlib import contextmanager
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import cast

from knowledge.checks import check_base
from knowledge.factbase import Fact, FactBase, Product, Role, Source, Variant, Vocabulary
from knowledge.problems import BaseError, Problem
from knowledge.schema import (
    BASES,
    COMMON_FIELDS,
    COUNTRIES,
    KIND_FIELDS,
    LANGUAGES,
    PERSON_FIELDS,
    ROLE_FIELDS,
    SOURCE_FIELDS,
    STATUSES,
    VARIANT_FIELDS,
)
from knowledge.yamlfile import (
    Mapping,
    Sequence,
    Suspect,
    YamlProblem,
    parse_yaml,
    read_bytes,
    suspects,
)
from values.dates import Day
from values.money import parse_money_text
from values.text import stems

DATA_DIR = Path(__file__).resolve().parent / "data"
VOCABULARY_FILE = "vocabulary.yaml"
PEOPLE_FILE = "people.yaml"
SOURCES_DIR = "sources"
MAX_FILES = 500
# Names a person may give a fact file that the loader would otherwise skip silently.
_MISNAMED = (".yml", ".YML", ".Yml", ".YAML", ".Yaml")
_ID = re.compile(r"^[a-z0-9][a-z0-9-]{0,63}$")


class _Checker:
    """Collects problems while converting one file's records."""

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

        if _has_suspect(value):
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


def _has_suspect(value) -> bool:
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


def report_suspects(check: _Checker, node, field: str = "") -> None:
    """Every octal, base-60, hex, underscored or yes/no scalar, as file:line: field."""
    for line, name, problem in suspects(node, field):
        check.add(line, name, problem)


def _relative(path: Path, root: Path) -> str:
    try:
        return str(path.relative_to(root.parent))
    except ValueError:
        return str(path)


def _load_vocabulary(raw: bytes | YamlProblem, name: str, problems: list) -> Vocabulary | None:
    check = _Checker(name)
    try:
        if isinstance(raw, YamlProblem):
            raise raw
        data = parse_yaml(raw)
    except YamlProblem as error:
        problems.append(Problem(name, error.line, None, error.message))
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
        if _has_suspect(value):  # `- on`, `- 015`: reported by report_suspects
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


def _variant_owners(vocab: Vocabulary, people: list[Fact]) -> tuple[dict, list]:
    """Every variant's stems -> the one concept that owns it; clashes are problems.
    Remembered on the vocabulary: the loader and build_lexicon both need it."""
    names = tuple(
        (p.id, p.get("name"), p.get("aliases", ()), p.get("name_ko"), p.get("aliases_ko", ()))
        for p in people
    )
    memo = vocab.__dict__.get("_owners")
    if memo is not None and memo[0] == names:
        return memo[1], list(memo[2])
    owners: dict[tuple, str] = {}
    clashes = []

    def own(variants, owner):
        for variant in variants:
            key = stems(variant)
            if not key:
                clashes.append((owner, variant, "has no letters or digits"))
                continue
            if owners.get(key, owner) != owner:
                clashes.append((owner, variant, f"already means {owners[key]}"))
            owners[key] = owner

    for concept, variants in vocab.terms.items():
        own(variants, f"term:{concept}")
    for pid, product in vocab.products.items():
        own(product.aliases + (product.name,), f"product:{pid}")
    for place, variants in vocab.places.items():
        own(variants, f"place:{place}")
    for code, variants in vocab.countries.items():
        own(variants, f"country:{code}")
    for name, variants in vocab.foreign.items():
        own(variants, f"foreign:{name}")
    for person in people:
        names = (
            (person.get("name"),)
            + person.get("aliases", ())
            + tuple(filter(None, [person.get("name_ko")]))
            + person.get("aliases_ko", ())
        )
        own(names, f"person:{person.id}")
    vocab.__dict__["_owners"] = (names, owners, tuple(clashes))
    return owners, clashes


@dataclass
class _Files:
    """The base's files, each read exactly once: the bytes hashed for the cache key are
    the bytes parsed, so an edit in between cannot file one version under another's key."""

    root: Path
    vocabulary: tuple  # (path, name, bytes | YamlProblem)
    sources: list  # [(path, name, bytes | YamlProblem)], sorted by name
    problems: list  # listing problems: no sources, too many, a .yml file
    people: tuple | None = None  # (path, name, bytes | YamlProblem) of people.yaml

    @property
    def all(self) -> list:
        return [self.vocabulary, *([self.people] if self.people else []), *self.sources]

    def contents(self) -> list[tuple[str, bytes]] | None:
        """(name, bytes) of every file, or None if any could not be read or listed."""
        if self.problems or any(isinstance(raw, YamlProblem) for _, _, raw in self.all):
            return None
        return [(name, raw) for _, name, raw in self.all]


def _read(path: Path) -> bytes | YamlProblem:
    try:
        return read_bytes(path)
    except YamlProblem as error:
        return error


def _read_files(root: Path) -> _Files:
    """List the sources folder once and read every fact file once."""
    problems: list[Problem] = []
    folder = root / SOURCES_DIR
    try:
        paths = sorted(folder.glob("*.yaml"))
        misnamed = sorted(p for p in folder.glob("*") if p.suffix in _MISNAMED)
    except OSError as error:
        paths, misnamed = [], []
        problems.append(Problem(str(folder), None, None, f"cannot list: {error}"))
    for path in misnamed:
        problems.append(
            Problem(
                _relative(path, root),
                None,
                None,
                f"a {path.suffix} file is never read; rename it to "
                f"{path.stem}.yaml (fact files end in .yaml)",
            )
        )
    if not paths:
        problems.append(Problem(str(folder), None, None, "no *.yaml source files"))
    if len(paths) > MAX_FILES:
        problems.append(
            Problem(str(folder), None, None, f"{len(paths)} files; the limit is {MAX_FILES}")
        )
        paths = paths[:MAX_FILES]
    vocab_path = root / VOCABULARY_FILE
    people_path = root / PEOPLE_FILE
    people = (
        (people_path, _relative(people_path, root), _read(people_path))
        if people_path.exists()
        else None
    )
    return _Files(
        root,
        (vocab_path, _relative(vocab_path, root), _read(vocab_path)),
        [(p, _relative(p, root), _read(p)) for p in paths],
        problems,
        people,
    )


def load_base(data_dir: Path | str = DATA_DIR, *, use_cache: bool = True) -> FactBase:
    """The validated base from data_dir, or BaseError listing every problem. A large
    base that loaded before with the same content comes from knowledge/cache.py, unless
    use_cache is False (`bot.py check` validates the files themselves, every time)."""
    from knowledge import cache

    files = _read_files(Path(data_dir))
    contents = files.contents() if use_cache else None
    key = cache.key_for(files.root, contents) if contents is not None else None
    base = cache.load(key) if key else None
    if base is None:
        with _collector_paused():
            base = _load_base(files)
        if key:
            base.__dict__["_cache_key"] = key  # build_lexicon stores base and lexicon under it
    return base


@contextmanager
def _collector_paused():
    """Tens of thousands of long-lived objects and no garbage cycles: collecting while
    they are made only re-walks them (~20% of a 10,000-fact load)."""
    paused = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if paused:
            gc.enable()


def _load_base(files: _Files) -> FactBase:
    root = files.root
    problems: list[Problem] = list(files.problems)
    vocab_path, vocab_name, vocab_raw = files.vocabulary
    vocab = _load_vocabulary(vocab_raw, vocab_name, problems)

    sources: dict[str, Source] = {}
    facts: dict[str, Fact] = {}
    seen: dict[str, str] = {}  # id -> "file:line" of its first definition
    refs: list[tuple] = []
    for _, name, raw in files.sources:
        check = _Checker(name)
        try:
            if isinstance(raw, YamlProblem):
                raise raw
            data = parse_yaml(raw)
        except YamlProblem as error:
            problems.append(Problem(name, error.line, None, error.message))
            continue
        if not isinstance(data, Mapping):
            problems.append(Problem(name, 1, None, "must be a mapping with `source` and `facts`"))
            continue
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
            _check_kind_rules(check, kind, record, item)
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
            facts[fid] = Fact(
                id=fid,
                kind=kind,
                # an id, or None after a broken source section, until
                # _link_sources_and_history resolves it; check_base refuses a fact left
                # without one, so a loaded base holds a Source in every fact
                source=cast(Source, fact_source or source),
                file=name,
                line=item.line,
                data=record,
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
            )
            facts[fid].data["_lines"] = {k: item.line_of(k) for k in item}
        refs.extend((name,) + ref for ref in check.refs)
        problems.extend(check.problems)

    if files.people is not None:
        _, people_name, people_raw = files.people
        refs.extend(_load_people(people_raw, people_name, facts, seen, problems))
    if vocab is not None:
        _check_refs(refs, vocab, sources, facts, problems)
        people = [f for f in facts.values() if f.kind == "person"]
        _, clashes = _variant_owners(vocab, people)
        for owner, variant, message in clashes:
            problems.append(
                Problem(
                    _owner_file(owner, vocab_path, root, facts),
                    None,
                    owner,
                    f"{variant!r} {message}",
                )
            )
    _link_sources_and_history(facts, sources, problems)
    if not problems:
        problems.extend(check_base(facts, sources))
    if problems:
        raise BaseError(problems)
    assert vocab is not None  # _load_vocabulary recorded a problem when it gave None
    return FactBase(
        sources=sources,
        facts=facts,
        vocabulary=vocab,
        files=tuple(name for _, name, _ in files.all),
    )


def _load_people(raw, name: str, facts: dict, seen: dict, problems: list) -> list:
    """people.yaml: each person once, as a `person` fact whose role is their latest office
    and whose sources are the ones that report their offices. Returns references to check."""
    check = _Checker(name)
    try:
        if isinstance(raw, YamlProblem):
            raise raw
        data = parse_yaml(raw)
    except YamlProblem as error:
        problems.append(Problem(name, error.line, None, error.message))
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
        fact = Fact(
            id=pid,
            kind="person",
            source=role_sources[0],
            file=name,
            line=item.line,
            data=record,
            text=text,
            question=question,
            keywords=keywords,
            also=role_sources[1:],
        )
        fact.data["_lines"] = {k: item.line_of(k) for k in item}
        facts[pid] = fact
    problems.extend(check.problems)
    return [(name,) + ref for ref in check.refs]


def _owner_file(owner: str, vocab_path: Path, root: Path, facts: dict) -> str:
    if owner.startswith("person:") and owner[7:] in facts:
        fact = facts[owner[7:]]
        return f"{fact.file}:{fact.line}"
    return _relative(vocab_path, root)


def _check_kind_rules(check: _Checker, kind: str, record: dict, item: Mapping) -> None:
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


def _check_refs(refs, vocab: Vocabulary, sources, facts, problems) -> None:
    for file, kind, value, line, field in refs:
        if kind == "concept":
            ok, what = value in vocab.terms, "concept in vocabulary.yaml terms"
        elif kind == "person":
            ok, what = value in facts and facts[value].kind == "person", "person fact"
        elif kind == "product":
            ok, what = value in vocab.products, "product in vocabulary.yaml"
        elif kind == "place":
            ok, what = value in vocab.places, "place in vocabulary.yaml"
        elif kind == "fact":
            ok, what = value in facts, "fact"
        else:
            ok, what = value in sources, "source"
        if not ok:
            problems.append(Problem(file, line, field, f"unknown {what}: {value!r}"))


def _link_sources_and_history(facts: dict, sources: dict, problems: list) -> None:
    """Resolve `source:` overrides, default `as_of`, and chain supersessions."""
    for fact in facts.values():
        if isinstance(fact.source, str):
            fact.source = sources.get(fact.source)
        fact.also = tuple(sources[s] for s in fact.also if s in sources)
        fact.differ = tuple(
            Variant(v.text, tuple(sources[s] for s in v.sources if s in sources))
            for v in fact.differ
        )
        if fact.kind == "person":
            fact.data["roles"] = tuple(
                Role(
                    r.title,
                    r.title_ko,
                    r.start,
                    r.end,
                    tuple(sources[s] for s in r.sources if s in sources),
                    r.seen,
                )
                for r in fact.data.get("roles", ())
            )
        if fact.source is not None and fact.as_of is None:
            fact.as_of = fact.source.published
    for fact in facts.values():
        older_id = fact.supersedes
        if not older_id or older_id not in facts:
            continue
        line = fact.data["_lines"].get("supersedes", fact.line)
        older = facts[older_id]
        if older.kind != fact.kind:
            problems.append(
                Problem(
                    fact.file,
                    line,
                    "supersedes",
                    f"{older_id!r} is a {older.kind} fact; a {fact.kind} fact "
                    "can only supersede a fact of its own kind",
                )
            )
        elif fact.kind == "rate" and older.get("product") != fact.get("product"):
            problems.append(
                Problem(
                    fact.file,
                    line,
                    "supersedes",
                    f"{older_id!r} is the rate on {older.get('product')!r}; a "
                    f"rate on {fact.get('product')!r} can only supersede a "
                    "rate on the same product",
                )
            )
        elif older.superseded_by:
            problems.append(
                Problem(
                    fact.file,
                    line,
                    "supersedes",
                    f"{older_id!r} is already superseded by {older.superseded_by!r}",
                )
            )
        elif older_id == fact.id:
            problems.append(
                Problem(fact.file, line, "supersedes", "a fact cannot supersede itself")
            )
        else:
            older.superseded_by = fact.id
    for fact in facts.values():  # a cycle would make newest() loop forever
        seen, cursor = set(), fact
        while cursor.superseded_by and cursor.id not in seen:
            seen.add(cursor.id)
            cursor = facts[cursor.superseded_by]
        if cursor.superseded_by:
            problems.append(Problem(fact.file, fact.line, "supersedes", "supersession cycle"))
            break
