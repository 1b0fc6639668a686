"""The misses log: what it writes (no user identities), its size cap with rotation, and
`python bot.py misses` summarizing most frequent first, unbroken by corrupt lines."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from datetime import UTC, datetime

from frontends.misses import MissLog, main, summarize
from tests.conftest import ROOT

FIXED = datetime(2026, 1, 30, 12, 0, tzinfo=UTC)


def make_log(tmp_path, **kw) -> MissLog:
    return MissLog(tmp_path / "var" / "misses.jsonl", clock=lambda: FIXED, **kw)


def test_a_line_holds_question_time_guild_and_candidates_only(tmp_path):
    log = make_log(tmp_path)
    log.record(
        "What's the tariff on Korean steel?",
        123,
        ["What tariff did Trump announce on South Korean autos?"],
        0.61,
    )
    entry = json.loads(log.path.read_text(encoding="utf-8"))
    assert entry == {
        "question": "What's the tariff on Korean steel?",
        "time": "2026-01-30T12:00:00+00:00",
        "guild": 123,
        "candidates": ["What tariff did Trump announce on South Korean autos?"],
        "score": 0.61,
        "from": "discord",
    }
    assert not {"user", "user_id", "author", "name"} & set(entry)


def test_long_questions_are_cut(tmp_path):
    log = make_log(tmp_path)
    log.record("steel " * 10_000)
    entry = json.loads(log.path.read_text(encoding="utf-8"))
    assert len(entry["question"]) <= 500


def test_size_is_capped_with_one_rotated_generation(tmp_path):
    log = make_log(tmp_path, max_bytes=2_000)
    for n in range(200):
        log.record(f"question number {n} about steel", 1)
    assert log.path.stat().st_size <= 2_000
    assert log.rotated.exists() and log.rotated.stat().st_size <= 2_000
    assert sorted(p.name for p in log.path.parent.iterdir()) == [
        "misses.jsonl",
        "misses.jsonl.1",
        "misses.jsonl.lock",
    ]
    # the newest question is kept
    assert "question number 199" in log.path.read_text(encoding="utf-8")


def test_summary_most_frequent_first_and_corrupt_lines_skipped(tmp_path):
    log = make_log(tmp_path)
    for _ in range(3):
        log.record("tariff on steel?", 1, ["What tariff did Trump announce on South Korean autos?"])
    log.record("Tariff on steel", 2)
    log.record("price of bitcoin", 1)
    with open(log.path, "ab") as out:
        out.write(b'{not json\n\xff\xfe garbage\n[1, 2]\n{"no_question": 1}\n')
    log.record("price of bitcoin", 1)
    summary = summarize(log.path)
    assert [(g.count, g.question.casefold().strip("?")) for g in summary.groups] == [
        (4, "tariff on steel"),
        (2, "price of bitcoin"),
    ]
    assert summary.unreadable == 4
    assert summary.groups[0].guilds == {1, 2}
    out = io.StringIO()
    assert main(str(log.path), out=out) == 0
    text = out.getvalue()
    assert text.index("steel") < text.index("bitcoin")
    assert "4×" in text and "4 unreadable line(s) skipped" in text
    assert "nearest known question: What tariff did Trump announce" in text


def test_summary_reads_the_rotated_generation_too(tmp_path):
    log = make_log(tmp_path, max_bytes=300)
    for _ in range(10):
        log.record("tariff on steel", 1)
    assert log.rotated.exists()
    assert summarize(log.path).groups[0].count == sum(
        1 for f in (log.path, log.rotated) for _ in f.open(encoding="utf-8")
    )


def test_missing_log_is_a_calm_message(tmp_path):
    out = io.StringIO()
    assert main(str(tmp_path / "nothing.jsonl"), out=out) == 0
    assert "No unanswered questions" in out.getvalue()


def test_bot_py_misses_command(tmp_path):
    log = make_log(tmp_path)
    log.record("tariff on steel", 5)
    with open(log.path, "a", encoding="utf-8") as out:
        out.write("corrupt\n")
    done = subprocess.run(
        [sys.executable, str(ROOT / "bot.py"), "misses", "--log", str(log.path)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert "tariff on steel" in done.stdout and "Traceback" not in done.stderr


def test_record_takes_a_declined_answer(tmp_path, engine):
    log = make_log(tmp_path)
    answer = engine.ask("What's the tariff on Korean washing machines?")
    assert not answer.answered and answer.suggestions
    log.record(answer, 42)
    entry = json.loads(log.path.read_text(encoding="utf-8"))
    assert entry["question"] == "What's the tariff on Korean washing machines?"
    assert entry["guild"] == 42 and entry["candidates"] == answer.suggestions[:3]
