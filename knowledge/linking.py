"""After every file is read: references resolved (each id names something that exists),
source ids linked to Source records, and supersession chained and checked (same kind,
same product, no fact superseded twice, no cycle)."""

from __future__ import annotations

from pathlib import Path

from knowledge.factbase import PersonFact, RateFact, Role, Variant, Vocabulary
from knowledge.paths import relative
from knowledge.problems import Problem


def owner_file(owner: str, vocab_path: Path, root: Path, facts: dict) -> str:
    if owner.startswith("person:") and owner[7:] in facts:
        fact = facts[owner[7:]]
        return f"{fact.file}:{fact.line}"
    return relative(vocab_path, root)


def check_refs(refs, vocab: Vocabulary, sources, facts, problems) -> None:
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


def link_sources_and_history(facts: dict, sources: dict, problems: list) -> None:
    """Resolve `source:` overrides, default `as_of`, and chain supersessions."""
    for fact in facts.values():
        if isinstance(fact.source, str):
            fact.source = sources.get(fact.source)
        fact.also = tuple(sources[s] for s in fact.also if s in sources)
        fact.differ = tuple(
            Variant(v.text, tuple(sources[s] for s in v.sources if s in sources))
            for v in fact.differ
        )
        if isinstance(fact, PersonFact):
            fact.roles = tuple(
                Role(
                    r.title,
                    r.title_ko,
                    r.start,
                    r.end,
                    tuple(sources[s] for s in r.sources if s in sources),
                    r.seen,
                )
                for r in fact.roles
            )
        if fact.source is not None and fact.as_of is None:
            fact.as_of = fact.source.published
    for fact in facts.values():
        older_id = fact.supersedes
        if not older_id or older_id not in facts:
            continue
        line = fact.lines.get("supersedes", fact.line)
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
        elif (
            isinstance(fact, RateFact)
            and isinstance(older, RateFact)
            and older.product != fact.product
        ):
            problems.append(
                Problem(
                    fact.file,
                    line,
                    "supersedes",
                    f"{older_id!r} is the rate on {older.product!r}; a "
                    f"rate on {fact.product!r} can only supersede a "
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
