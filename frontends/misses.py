"""The misses log: unanswered questions as JSON lines, and `python bot.py misses`.

One line per question the bot could not answer: the question text (cut to a length
cap), the time (UTC, ISO 8601), the server id (null in DMs) and the best candidates the
engine suggested, with its score. No user names or ids are ever written. The file is
capped in size: when a write would pass `max_bytes`, the file is rotated to `.1`
(one older generation is kept, so the log never holds more than about 2 × max_bytes).

`summarize()` reads both generations, skips lines it cannot read (counting them), and
groups questions by their folded text, most frequent first.
"""
from __future__ import annotations

import json
import os
import sys
import threading
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

DEFAULT_PATH = Path("var") / "misses.jsonl"
MAX_BYTES = 1_000_000
MAX_QUESTION = 500
MAX_CANDIDATES = 3


class MissLog:
    """Appends unanswered questions; safe to call from several threads."""

    def __init__(self, path: Path | str = DEFAULT_PATH, max_bytes: int = MAX_BYTES,
                 clock=None):
        self.path = Path(path)
        self.max_bytes = max_bytes
        self.clock = clock or (lambda: datetime.now(timezone.utc))
        self._lock = threading.Lock()

    def record(self, question, guild_id: int | None = None, candidates=(),
               score: float = 0.0, source: str = "discord") -> None:
        """Log one miss; `question` is the question text or the declined Answer itself."""
        if hasattr(question, "suggestions") and hasattr(question, "question"):
            answer = question
            question, candidates, score = answer.question, answer.suggestions, answer.score
        line = json.dumps({
            "question": _clip(question),
            "time": self.clock().isoformat(timespec="seconds"),
            "guild": guild_id,
            "candidates": [_clip(c, 200) for c in list(candidates)[:MAX_CANDIDATES]],
            "score": round(float(score), 3),
            "from": source,
        }, ensure_ascii=False) + "\n"
        data = line.encode("utf-8")
        with self._lock:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            try:
                size = self.path.stat().st_size
            except FileNotFoundError:
                size = 0
            if size and size + len(data) > self.max_bytes:
                os.replace(self.path, self.rotated)
            with open(self.path, "ab") as out:
                out.write(data)

    @property
    def rotated(self) -> Path:
        return self.path.with_name(self.path.name + ".1")


MissesLog = MissLog      # the name frontends/discord_bot/cog.py imports


def _clip(text: str, limit: int = MAX_QUESTION) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[:limit - 1] + "…"


@dataclass
class Group:
    question: str             # the most recent wording
    count: int = 0
    last: str = ""
    guilds: set = field(default_factory=set)
    candidates: Counter = field(default_factory=Counter)


@dataclass
class Summary:
    groups: list
    total: int
    unreadable: int


def summarize(path: Path | str = DEFAULT_PATH) -> Summary:
    path = Path(path)
    groups: dict[str, Group] = {}
    total = unreadable = 0
    for file in (path.with_name(path.name + ".1"), path):   # older generation first
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
                    question = _clip(entry["question"])
                    if not isinstance(entry, dict) or not question:
                        raise ValueError
                except (ValueError, KeyError, TypeError, AttributeError):
                    unreadable += 1
                    continue
                total += 1
                key = question.casefold().strip(" ?!.")
                group = groups.setdefault(key, Group(question))
                group.question = question
                group.count += 1
                when = entry.get("time")
                if isinstance(when, str) and when > group.last:
                    group.last = when
                if isinstance(entry.get("guild"), int):
                    group.guilds.add(entry["guild"])
                candidates = entry.get("candidates")
                if isinstance(candidates, list):
                    group.candidates.update(c for c in candidates if isinstance(c, str))
    ordered = sorted(groups.values(), key=lambda g: (-g.count, g.question.casefold()))
    return Summary(ordered, total, unreadable)


def main(log_path: str | None = None, out=sys.stdout, limit: int = 50) -> int:
    path = Path(log_path) if log_path else DEFAULT_PATH
    summary = summarize(path)
    if not summary.total:
        print(f"No unanswered questions logged in {path}.", file=out)
        if summary.unreadable:
            print(f"({summary.unreadable} unreadable line(s) skipped.)", file=out)
        return 0
    print(f"{summary.total} unanswered question(s), {len(summary.groups)} distinct, "
          f"most frequent first ({path}):", file=out)
    for group in summary.groups[:limit]:
        servers = f", {len(group.guilds)} server(s)" if group.guilds else ""
        print(f"{group.count:>5}×  {group.question}   (last {group.last or '?'}{servers})",
              file=out)
        if group.candidates:
            best = group.candidates.most_common(1)[0][0]
            print(f"{'':8}nearest known question: {best}", file=out)
    if len(summary.groups) > limit:
        print(f"… and {len(summary.groups) - limit} more.", file=out)
    if summary.unreadable:
        print(f"({summary.unreadable} unreadable line(s) skipped.)", file=out)
    return 0
