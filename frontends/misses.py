"""The misses log: unanswered questions as JSON lines, and `python bot.py misses`.

One line per question the bot could not answer: the question text (cut to a length
cap), the time (UTC, ISO 8601), the server id (null in DMs) and the best candidates the
engine suggested, with its score. No user names or ids are ever written. The file is
capped in size: when a write would pass `max_bytes`, the file is rotated to `.1`
(one older generation is kept, so the log never holds more than about 2 × max_bytes).

Users' "Wrong answer?" presses are lines of their own (`"kind": "wrong"`): the question,
the fact ids of the answer and its sources, never who pressed. `python bot.py misses`
lists these reports first: a wrong answer is worse than a missing one.

The log must never break a reply and must stay whole with several bot processes (shards)
writing it: each line is one `write` on a file opened with O_APPEND (the kernel appends
it whole), rotation happens under an exclusive `flock` on `misses.jsonl.lock` with the
size re-read inside the lock (two processes never rotate the same generation away),
files are created 0600 in a 0700 folder (questions are user text), and a lone surrogate
in a question is written as a JSON `\\udXXX` escape rather than failing to encode.

`summarize()` reads both generations, skips lines it cannot read (counting them), and
groups questions by their folded text, most frequent first. `main()` prints user text
inert: control characters and terminal escape sequences are shown as `\\x1b`, never sent.
"""

from __future__ import annotations

import fcntl
import json
import os
import sys
import threading
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TextIO

DEFAULT_PATH = Path("var") / "misses.jsonl"
MAX_BYTES = 1_000_000
MAX_QUESTION = 500
MAX_CANDIDATES = 3
MAX_FACTS = 10


class MissLog:
    """Appends unanswered questions and wrong-answer reports; safe from several threads
    and several processes."""

    def __init__(
        self,
        path: Path | str = DEFAULT_PATH,
        max_bytes: int = MAX_BYTES,
        clock: Callable[[], datetime] | None = None,
    ):
        self.path = Path(path)
        self.max_bytes = max_bytes
        self.clock = clock or (lambda: datetime.now(UTC))
        self._lock = threading.Lock()

    def record(
        self,
        question: Any,
        guild_id: int | None = None,
        candidates: Iterable[str] = (),
        score: float = 0.0,
        source: str = "discord",
    ) -> None:
        """Log one miss; `question` is the question text or the declined Answer itself."""
        if hasattr(question, "suggestions") and hasattr(question, "question"):
            answer = question
            question, candidates, score = answer.question, answer.suggestions, answer.score
        self._write(
            {
                "question": _clip(question),
                "time": self._now(),
                "guild": guild_id,
                "candidates": [_clip(c, 200) for c in list(candidates)[:MAX_CANDIDATES]],
                "score": round(float(score), 3),
                "from": source,
            }
        )

    def report_wrong(
        self,
        question: str,
        facts: Iterable[str],
        sources: Iterable[str],
        guild_id: int | None = None,
        source: str = "discord",
    ) -> None:
        """A user said an answer is wrong: what was asked and what answered it, not who."""
        self._write(
            {
                "kind": "wrong",
                "question": _clip(question),
                "time": self._now(),
                "guild": guild_id,
                "facts": [_clip(f, 100) for f in list(facts)[:MAX_FACTS]],
                "sources": [_clip(s, 300) for s in list(sources)[:MAX_FACTS]],
                "from": source,
            }
        )

    def _now(self) -> str:
        return self.clock().isoformat(timespec="seconds")

    def _write(self, entry: dict[str, Any]) -> None:
        line = json.dumps(entry, ensure_ascii=False) + "\n"
        # A lone surrogate (from a broken client) cannot be UTF-8: write it as the JSON
        # escape it stands for, which reads back as the same string.
        data = line.encode("utf-8", "backslashreplace")
        with self._lock:
            self.path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
            lock = os.open(self.lockfile, os.O_WRONLY | os.O_CREAT, 0o600)
            try:
                fcntl.flock(lock, fcntl.LOCK_EX)
                try:
                    size = self.path.stat().st_size
                except FileNotFoundError:
                    size = 0
                if size and size + len(data) > self.max_bytes:
                    os.replace(self.path, self.rotated)
                out = os.open(self.path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
                try:
                    os.fchmod(out, 0o600)  # an older file may have been created wider
                    os.write(out, data)
                finally:
                    os.close(out)
            finally:
                os.close(lock)  # closing releases the flock

    @property
    def rotated(self) -> Path:
        return self.path.with_name(self.path.name + ".1")

    @property
    def lockfile(self) -> Path:
        return self.path.with_name(self.path.name + ".lock")


MissesLog = MissLog  # the name the Discord front end imports


def _clip(text: Any, limit: int = MAX_QUESTION) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


@dataclass
class Group:
    question: str  # the most recent wording
    count: int = 0
    last: str = ""
    guilds: set[int] = field(default_factory=set)
    candidates: Counter[str] = field(default_factory=Counter)


@dataclass
class Report:
    """Users' "Wrong answer?" presses on one answer (question and fact ids)."""

    question: str
    facts: tuple[str, ...]
    sources: tuple[str, ...] = ()
    count: int = 0
    last: str = ""


@dataclass
class Summary:
    groups: list[Group]
    total: int
    unreadable: int
    reports: list[Report] = field(default_factory=list)


def summarize(path: Path | str = DEFAULT_PATH) -> Summary:
    path = Path(path)
    groups: dict[str, Group] = {}
    reports: dict[tuple[str, tuple[str, ...]], Report] = {}
    total = unreadable = 0
    for file in (path.with_name(path.name + ".1"), path):  # older generation first
        try:
            handle = open(file, "rb")
        except (FileNotFoundError, IsADirectoryError, PermissionError):
            continue
        with handle:
            for raw in handle:
                if not raw.strip():
                    continue
                try:
                    entry = json.loads(raw.decode("utf-8"))
                    if not isinstance(entry, dict):
                        raise ValueError
                    question = _clip(entry["question"])
                    if not question:
                        raise ValueError
                except (ValueError, KeyError, TypeError, AttributeError):
                    unreadable += 1
                    continue
                when = entry.get("time")
                when = when if isinstance(when, str) else ""
                if entry.get("kind") == "wrong":
                    facts = tuple(f for f in entry.get("facts") or () if isinstance(f, str))
                    key = (question.casefold().strip(" ?!."), facts)
                    report = reports.setdefault(key, Report(question, facts))
                    report.count += 1
                    report.last = max(report.last, when)
                    found = entry.get("sources")
                    if isinstance(found, list):
                        report.sources = tuple(s for s in found if isinstance(s, str))
                    continue
                total += 1
                folded = question.casefold().strip(" ?!.")
                group = groups.setdefault(folded, Group(question))
                group.question = question
                group.count += 1
                if when > group.last:
                    group.last = when
                if isinstance(entry.get("guild"), int):
                    group.guilds.add(entry["guild"])
                candidates = entry.get("candidates")
                if isinstance(candidates, list):
                    group.candidates.update(c for c in candidates if isinstance(c, str))
    ordered = sorted(groups.values(), key=lambda g: (-g.count, g.question.casefold()))
    flagged = sorted(reports.values(), key=lambda r: (-r.count, r.question.casefold()))
    return Summary(ordered, total, unreadable, flagged)


def inert(text: str) -> str:
    """User text safe to print on a terminal: control and format characters (ESC, CR,
    bidi overrides, ...), line and paragraph separators and lone surrogates are written as
    escapes (`\\x1b`, `\\u202e`), so a logged question can neither move the cursor,
    recolour the screen nor hide what follows."""
    out = []
    for char in str(text):
        category = unicodedata.category(char)
        if char == "\\":
            out.append("\\\\")
        elif category[0] == "C" or category in ("Zl", "Zp"):
            code = ord(char)
            out.append(f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}")
        else:
            out.append(char)
    return "".join(out)


def main(log_path: str | None = None, out: TextIO = sys.stdout, limit: int = 50) -> int:
    path = Path(log_path) if log_path else DEFAULT_PATH
    summary = summarize(path)
    if summary.reports:
        print(
            f'{sum(r.count for r in summary.reports)} "Wrong answer?" report(s), '
            f"{len(summary.reports)} distinct, most reported first — check these first:",
            file=out,
        )
        for report in summary.reports[:limit]:
            print(
                f"{report.count:>5}×  {inert(report.question)}   "
                f"(last {inert(report.last) or '?'})",
                file=out,
            )
            print(f"{'':8}facts: {inert(', '.join(report.facts)) or '?'}", file=out)
            for source in report.sources[:3]:
                print(f"{'':8}source: {inert(source)}", file=out)
        print(file=out)
    if not summary.total:
        print(f"No unanswered questions logged in {path}.", file=out)
        if summary.unreadable:
            print(f"({summary.unreadable} unreadable line(s) skipped.)", file=out)
        return 0
    print(
        f"{summary.total} unanswered question(s), {len(summary.groups)} distinct, "
        f"most frequent first ({path}):",
        file=out,
    )
    for group in summary.groups[:limit]:
        servers = f", {len(group.guilds)} server(s)" if group.guilds else ""
        print(
            f"{group.count:>5}×  {inert(group.question)}   "
            f"(last {inert(group.last) or '?'}{servers})",
            file=out,
        )
        if group.candidates:
            best = group.candidates.most_common(1)[0][0]
            print(f"{'':8}nearest known question: {inert(best)}", file=out)
    if len(summary.groups) > limit:
        print(f"… and {len(summary.groups) - limit} more.", file=out)
    if summary.unreadable:
        print(f"({summary.unreadable} unreadable line(s) skipped.)", file=out)
    return 0
