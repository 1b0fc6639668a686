"""Issue 9's Discord guarantees, one test each: the misses log never breaks a reply (off
the event loop, whole lines from several processes, 0600 files, lone surrogates), the
token is scrubbed from every log line (tracebacks too), follow-ups belong to the engine
that answered them, and `bot.py misses` prints users' text inert."""

from __future__ import annotations

import asyncio
import errno
import io
import json
import logging
import stat
import subprocess
import sys
import threading

from frontends.discord_bot.logsafe import HIDDEN, RedactToken
from frontends.discord_bot.service import Service
from frontends.misses import MissLog, inert, main, summarize
from tests.conftest import ROOT
from tests.discord_fakes import interaction, make_bot, run, sent

TOKEN = "MTIzNDU2Nzg5MDEyMzQ1Njc4.FAKE01.secret-part-of-the-token_0123456789"
NEAR_MISS = "What's the tariff on Korean washing machines?"  # declined, with suggestions


class FullDisk(MissLog):
    def _write(self, entry):
        raise OSError(errno.ENOSPC, "No space left on device")


def test_a_failing_misses_log_never_breaks_the_reply(tmp_path, engine, caplog):
    _, cog, _ = make_bot(engine, misses=FullDisk(tmp_path / "misses.jsonl"))
    inter = interaction()
    with caplog.at_level(logging.WARNING):
        run(cog.ask.callback(cog, inter, NEAR_MISS))
    kwargs = sent(inter)  # one reply: the decline, no apology
    assert "don't have a sourced fact" in kwargs["embed"].description
    inter.followup.send.assert_not_awaited()
    assert caplog.text.count("could not write the misses log") == 1


def test_the_misses_log_is_written_off_the_event_loop(tmp_path, engine):
    threads = []

    class Spy(MissLog):
        def _write(self, entry):
            threads.append(threading.get_ident())
            super()._write(entry)

    _, cog, _ = make_bot(engine, misses=Spy(tmp_path / "misses.jsonl"))

    async def ask():
        await cog.ask.callback(cog, interaction(), NEAR_MISS)
        return threading.get_ident()

    loop_thread = run(ask())
    assert threads and all(t != loop_thread for t in threads)


def test_misses_files_are_readable_by_the_bots_user_only(tmp_path):
    log = MissLog(tmp_path / "var" / "misses.jsonl", max_bytes=300)
    for n in range(10):
        log.record(f"tariff on steel {n}", 1)
    assert log.rotated.exists()
    for path in (log.path, log.rotated, log.lockfile):
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path
    assert stat.S_IMODE(log.path.parent.stat().st_mode) == 0o700


def test_a_lone_surrogate_is_escaped_not_a_failed_write(tmp_path):
    log = MissLog(tmp_path / "misses.jsonl")
    log.record("steel \udcff tariff", 1, ["\ud800 candidate"])
    raw = log.path.read_bytes()
    raw.decode("utf-8")  # valid UTF-8 on disk
    assert json.loads(raw)["question"] == "steel \udcff tariff"
    assert summarize(log.path).groups[0].question == "steel \udcff tariff"


WRITER = """
import sys
sys.path.insert(0, {root!r})
from frontends.misses import MissLog
log = MissLog({path!r}, max_bytes=4000)
for n in range(300):
    log.record("process {who} question " + str(n) + " " + "x" * 40, 1)
"""


def test_several_processes_write_and_rotate_without_breaking_a_line(tmp_path):
    path = tmp_path / "misses.jsonl"
    writers = [
        subprocess.Popen(
            [sys.executable, "-c", WRITER.format(root=str(ROOT), path=str(path), who=who)]
        )
        for who in range(4)
    ]
    assert all(w.wait(timeout=60) == 0 for w in writers)
    lines = [
        line
        for f in (path, path.with_name(path.name + ".1"))
        for line in f.read_bytes().splitlines()
    ]
    assert lines and all(json.loads(line)["question"].startswith("process ") for line in lines)
    assert summarize(path).unreadable == 0
    assert path.stat().st_size <= 4000 and path.with_name(path.name + ".1").stat().st_size <= 4000


def _formatted(record_args: dict) -> str:
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.addFilter(RedactToken(TOKEN))
    logger = logging.getLogger("test.redact")
    logger.addHandler(handler)
    logger.propagate = False
    try:
        logger.error(
            *record_args["args"],
            exc_info=record_args.get("exc_info"),
            stack_info=record_args.get("stack_info", False),
        )
    finally:
        logger.removeHandler(handler)
    return stream.getvalue()


def test_the_token_is_scrubbed_from_messages_arguments_and_tracebacks():
    try:
        raise RuntimeError(f"login failed with {TOKEN}")
    except RuntimeError as error:
        caught = error
    for record in (
        {"args": (f"token {TOKEN} in the message",)},
        {"args": ("token %s in the args", TOKEN)},
        {"args": ("an error",), "exc_info": caught},
        {"args": (caught,)},
    ):
        text = _formatted(record)
        assert TOKEN not in text and "secret-part-of-the-token" not in text, text
        assert HIDDEN in text
    assert "RuntimeError" in _formatted({"args": ("an error",), "exc_info": caught})


def test_followups_belong_to_the_engine_that_answered_them(engine, tmp_path):
    """An /ask still running when the base is reloaded must not leave its old-base answer
    as the next follow-up's topic (that raised KeyError before)."""
    service = Service(engine, offload=True)
    release, started = threading.Event(), threading.Event()
    real_ask = engine.ask

    class Slow:
        base = engine.base

        def ask(self, question, previous=None):
            started.set()
            release.wait(10)
            return real_ask(question, previous)

    async def scenario():
        service._engine = Slow()  # the engine answering in flight
        old = service.engine
        task = asyncio.create_task(
            service.answer(
                "What's the new tariff on Korean cars?", user_id=1, guild_id=2, channel_id=3
            )
        )
        await asyncio.to_thread(started.wait, 10)
        service.replace(engine)  # a reload lands meanwhile
        release.set()
        first = await task
        assert first.answered
        assert service.followups.get(1, 3, engine) is None
        assert service.followups.get(1, 3, old) is None
        follow = await service.answer("and lumber?", user_id=1, guild_id=2, channel_id=3)
        return follow

    follow = asyncio.run(scenario())
    assert follow is not None and len(service.followups) <= 1


def test_bot_py_misses_prints_questions_inert(tmp_path):
    log = MissLog(tmp_path / "misses.jsonl")
    hostile = "steel \x1b[2J\x1b]0;pwned\x07 \u202eevil\r\nnext \x9b31m"
    log.record(hostile, 1, [hostile])
    log.report_wrong(hostile, ["hike-autos"], ["Anadolu Agency"], 1)
    done = subprocess.run(
        [sys.executable, str(ROOT / "bot.py"), "misses", "--log", str(log.path)],
        capture_output=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0
    out = done.stdout.decode("utf-8")
    for char in "\x1b\x07\u202e\r\x9b":
        assert char not in out
    assert "\\x1b[2J" in out and "\\u202e" in out
    assert inert("a\\b") == "a\\\\b"  # a backslash cannot fake an escape


def test_wrong_answer_reports_are_listed_first(tmp_path):
    log = MissLog(tmp_path / "misses.jsonl")
    for _ in range(3):
        log.record("tariff on steel", 1)
    log.report_wrong(
        "What's the new tariff on Korean cars?",
        ["hike-autos"],
        ["Anadolu Agency, January 30, 2026"],
        1,
    )
    out = io.StringIO()
    assert main(str(log.path), out=out) == 0
    text = out.getvalue()
    assert text.index("Wrong answer?") < text.index("Korean cars") < text.index("steel")
    assert "facts: hike-autos" in text and "source: Anadolu Agency" in text
    assert "1 unanswered" not in text and "3 unanswered question(s)" in text
