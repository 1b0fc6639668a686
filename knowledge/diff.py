"""What a reload would change: facts added, removed and changed, per file.

A file saved only in part (an editor or a copy cut off at a fact boundary) is valid YAML
and loads cleanly, with its last facts silently missing. Nothing in the file can show
that; only a comparison with the base that is running can, so /reload shows this diff
before (and when) it swaps the new base in.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from knowledge.factbase import Fact, FactBase

MAX_IDS = 8  # ids listed per file and change; the rest are counted ("and 3 more")


@dataclass(frozen=True)
class FileDiff:
    file: str
    before: int  # facts in the running base's copy of the file
    after: int  # facts in the new copy
    added: tuple[str, ...] = ()
    removed: tuple[str, ...] = ()
    changed: tuple[str, ...] = ()
    tail: tuple[str, ...] = ()  # the old file's last len(removed) facts, in file order

    @property
    def cut_off(self) -> bool:
        """Only facts at the end of the file are gone: the shape of a half-saved file."""
        return (
            bool(self.removed) and not self.added and self.after > 0 and self.removed == self.tail
        )

    def line(self) -> str:
        counts = (
            f"new file, {self.after} facts"
            if self.before == 0 and self.after
            else f"file gone, had {self.before} facts"
            if self.after == 0
            else f"{self.before} → {self.after} facts"
        )
        parts = [f"{self.file}: {counts}"]
        for label, ids in (
            ("added", self.added),
            ("removed", self.removed),
            ("changed", self.changed),
        ):
            if (
                ids
                and not (label == "added" and self.before == 0)
                and not (label == "removed" and self.after == 0)
            ):
                shown = ", ".join(ids[:MAX_IDS])
                more = f" and {len(ids) - MAX_IDS} more" if len(ids) > MAX_IDS else ""
                parts.append(f"{label} {shown}{more}")
        text = "; ".join(parts)
        if self.cut_off:
            text += (
                f" — the file's last {len(self.removed)} fact(s) are gone: "
                "was it saved only in part?"
            )
        return text


@dataclass(frozen=True)
class BaseDiff:
    files: tuple[FileDiff, ...]  # only the files where something changed
    facts_before: int
    facts_after: int

    @property
    def unchanged(self) -> bool:
        return not self.files

    @property
    def warnings(self) -> tuple[str, ...]:
        """Changes that look like an accident rather than an edit."""
        return tuple(f.file for f in self.files if f.cut_off or (f.before and not f.after))

    def summary(self) -> str:
        if self.unchanged:
            return f"No fact changed ({self.facts_after} facts)."
        head = f"{self.facts_before} → {self.facts_after} facts; {len(self.files)} file(s) changed:"
        return "\n".join([head] + [f"  {f.line()}" for f in self.files])


def _signature(fact: Fact) -> tuple:
    """Everything an answer can show from a fact; the line it sits on is left out."""
    return (
        fact.kind,
        getattr(fact.source, "id", None),
        sorted(fact.details().items(), key=str),
        sorted(fact.text.items()),
        sorted(fact.question.items()),
        fact.keywords,
        fact.status,
        repr(fact.date),
        fact.date_text,
        repr(fact.as_of),
        fact.supersedes,
    )


def _by_file(base: FactBase) -> dict[str, list[Fact]]:
    files: dict[str, list[Fact]] = defaultdict(list)
    for fact in base.facts.values():
        files[fact.file].append(fact)
    for facts in files.values():
        facts.sort(key=lambda f: f.line)
    return files


def diff_bases(old: FactBase, new: FactBase) -> BaseDiff:
    """Facts added, removed and changed per file, from the running base to a new one."""
    before, after = _by_file(old), _by_file(new)
    changes = []
    for name in sorted(set(before) | set(after)):
        was, now = before.get(name, []), after.get(name, [])
        was_ids = {f.id: f for f in was}
        now_ids = {f.id: f for f in now}
        added = tuple(f.id for f in now if f.id not in was_ids)
        removed = tuple(f.id for f in was if f.id not in now_ids)
        changed = tuple(
            f.id for f in now if f.id in was_ids and _signature(f) != _signature(was_ids[f.id])
        )
        if added or removed or changed:
            tail = tuple(f.id for f in was[len(was) - len(removed) :]) if removed else ()
            changes.append(FileDiff(name, len(was), len(now), added, removed, changed, tail))
    return BaseDiff(tuple(changes), len(old.facts), len(new.facts))
