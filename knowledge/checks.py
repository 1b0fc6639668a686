"""Checks across files, run once every file has loaded cleanly: what no single record can
tell on its own (date order, rate periods that overlap, supersession that changes the
subject). Each problem names the file, line and field of the fact to fix.
"""

from __future__ import annotations

from knowledge.factbase import Fact, PledgeFact, RateFact, Source
from knowledge.problems import Problem
from knowledge.schema import RATE_ENDED


def _where(fact: Fact, name: str) -> int:
    return fact.lines.get(name, fact.line)


def _start(fact: RateFact):
    return fact.effective or fact.date


def check_base(facts: dict[str, Fact], sources: dict[str, Source]) -> list[Problem]:
    problems: list[Problem] = []

    def add(fact: Fact, name: str, message: str) -> None:
        problems.append(Problem(fact.file, _where(fact, name), name, message))

    for fact in facts.values():
        if fact.source is None:
            add(fact, "source", "the claim has no source")
        for variant in fact.differ:
            if not variant.sources:
                add(fact, "differ", "each other version needs the sources that report it")
        if isinstance(fact, RateFact):
            _check_rate(fact, add)
        whole = facts.get(fact.part_of) if isinstance(fact, PledgeFact) and fact.part_of else None
        if whole is not None and not isinstance(whole, PledgeFact):
            add(
                fact,
                "part_of",
                f"{whole.id!r} is a {whole.kind} fact; a pledge is part of a pledge",
            )
        older = facts.get(fact.supersedes) if fact.supersedes else None
        if older is not None and older.kind != fact.kind:
            add(
                fact,
                "supersedes",
                f"{older.id!r} is a {older.kind} fact; a {fact.kind} fact can only "
                f"supersede a {fact.kind} fact",
            )
        elif (
            isinstance(older, RateFact)
            and isinstance(fact, RateFact)
            and older.product != fact.product
        ):
            add(
                fact,
                "supersedes",
                f"{older.id!r} is the rate on {older.product}, not on {fact.product}",
            )
    problems.extend(_overlaps(facts))
    return problems


def _check_rate(fact: RateFact, add) -> None:
    start, end = fact.effective, fact.ends
    if start and end and end.sort_key < start.sort_key:
        add(fact, "ends", f"{end} is before `effective` {start}")
    if fact.status in RATE_ENDED and end is None:
        add(fact, "ends", f"a {fact.status.replace('_', ' ')} rate needs the date it ended")
    if fact.status == "in_effect" and start is None and fact.date is None and fact.new_rate is None:
        add(fact, "effective", "an in-effect rate needs the date it took effect")


def _overlaps(facts: dict[str, Fact]) -> list[Problem]:
    """Two in-force periods of one product under one legal basis cannot overlap: the later
    one must start after the earlier one ends (or a later report must supersede it)."""
    problems = []
    periods: dict[tuple, list[RateFact]] = {}
    for fact in facts.values():
        if not isinstance(fact, RateFact) or fact.superseded_by or fact.basis is None:
            continue
        if fact.status != "in_effect" and fact.status not in RATE_ENDED:
            continue
        if _start(fact) is None:
            continue
        periods.setdefault((fact.product, fact.basis), []).append(fact)
    for (product, basis), group in periods.items():
        group.sort(key=lambda f: _start(f).sort_key)
        for earlier, later in zip(group, group[1:]):
            same_start = _start(earlier).sort_key == _start(later).sort_key
            ends = earlier.ends
            if same_start or (ends is not None and ends.sort_key > _start(later).sort_key):
                problems.append(
                    Problem(
                        later.file,
                        _where(later, "effective"),
                        "effective",
                        f"overlaps {earlier.id!r} ({product}, {basis}, from "
                        f"{_start(earlier)}{' to ' + str(ends) if ends else ''}); give one "
                        f"`ends` before this starts, or supersede it",
                    )
                )
    return problems
