"""Hostile questions, each a named case, through the engine and through
`python bot.py ask --json`: every one gets one calm reply, never a traceback, never a
live mention, never "inf", "nan" or scientific notation; absurd amounts get the amount
refusal, never a figure."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys

import pytest

from frontends.console import render_text
from handlers.deltas import AMOUNT_PROBLEMS
from tests.conftest import ROOT
from values.text import MAX_QUESTION_CHARS

DISCORD_MESSAGE_LIMIT = 2000
CARS = "What's the new tariff on Korean cars?"

HOSTILE = {
    "100,000 characters": (CARS + " ") * 2600,
    "100,000 characters of one letter": "a" * 100_000,
    "null bytes": "What's the\x00 new tariff\x00 on Korean cars?\x00",
    "only null bytes": "\x00" * 50,
    "combining-mark flood (zalgo)": "".join(ch + "\u0336\u0301\u0489\u035c" * 30 for ch in CARS),
    "only combining marks": "\u0301" * 5000,
    "right-to-left override": "\u202eWhat's the new tariff on Korean cars?\u202c",
    "bidi isolates and zero-width": "\u2067tar\u200biff\u2069 on \u200dKorean\u2060 cars?",
    "emoji only": "🚗🇰🇷🇺🇸💸🔥" * 20,
    "code block": "```python\nimport os\nos.system('rm -rf /')\n```\nWhat's the tariff on cars?",
    "url": "https://evil.example/login?next=@everyone tariff on cars",
    "@everyone": "@everyone What's the new tariff on Korean cars?",
    "@here": "@here @here @here tariff on cars?",
    "role mention": "<@&123456789012345678> what's the tariff on lumber?",
    "user mention": "<@123456789012345678> <@!123456789012345678> who is Lutnick?",
    "mention flood": "@everyone " * 400,
    "markdown injection": "**bold** __u__ ~~s~~ ||spoiler|| [click](https://x.example) "
    "# Heading\n> quote `code` tariff on cars",
    "format string {0}": "{0} {1} {} tariff on cars?",
    "format string %s": "%s %d %(question)s %n tariff on cars?",
    "format attribute": "{question.__class__} {answer.__init__.__globals__} tariff?",
    "template and html": "${7*7} {{7*7}} <script>alert(1)</script> tariff on cars?",
    "surrogate-like and private use": "\ufffd\uffff\U0010ffff\ue000 tariff on cars?",
    "control characters": "tariff\x1b[31m on\x07 cars\x08?\x7f",
    "only whitespace": " \t\u3000\u00a0 ",
    "empty": "",
    "huge number no dollar": "tariff on 9" + "9" * 5000 + " cars",
    "1e309 bare": "How much duty on 1e309 of Korean cars?",
}

# Amounts that must get the amount refusal: (question, the AMOUNT_PROBLEMS key).
AMOUNTS = {
    "$1e309": ("How much duty on $1e309 of Korean cars?", "not a plain number"),
    "$1E+5": ("How much duty on $1E+5 of Korean cars?", "not a plain number"),
    "1e3 dollars": ("How much duty on 1e3 dollars of Korean cars?", "not a plain number"),
    "$-5": ("How much duty on $-5 of Korean cars?", "negative"),
    "-$5": ("How much duty on -$5 of Korean cars?", "negative"),
    "$0": ("How much duty on $0 of Korean cars?", "zero"),
    "$0.00": ("How much duty on $0.00 of Korean cars?", "zero"),
    "$99999999999999999999999": (
        "How much duty on $99999999999999999999999 of Korean cars?",
        "too large",
    ),
    "$5000 trillion": ("What's the duty on $5000 trillion of Korean cars?", "too large"),
    "NaN dollars": ("How much duty on NaN dollars of Korean cars?", "not a number"),
    "$nan": ("How much duty on $nan of Korean cars?", "not a number"),
    "inf dollars": ("How much duty on inf dollars of Korean lumber?", "not a number"),
    "Infinity dollars": ("How much duty on Infinity dollars of Korean cars?", "not a number"),
    "∞ dollars": ("How much duty on ∞ dollars of Korean cars?", "not a number"),
    "$∞": ("How much duty on $∞ of Korean cars?", "not a number"),
}

LIVE_MENTION = re.compile(r"@(?:everyone|here)\b|<@[!&]?\d+>")
BAD_NUMBER = re.compile(r"(?i)\b(?:inf|infinity|nan)\b|\d(?:\.\d+)?e[+-]?\d|e\+\d")


def reply_of(answer) -> str:
    """Everything a person would be shown: the text, its working, source or suggestions."""
    return "\n".join([render_text(answer), answer.full_text, *answer.suggestions])


def assert_calm(answer, *, question: str = "") -> None:
    reply = reply_of(answer)
    assert answer.text.strip(), "an empty reply"
    assert len(reply) <= DISCORD_MESSAGE_LIMIT, len(reply)
    assert not LIVE_MENTION.search(reply), reply
    assert not BAD_NUMBER.search(reply), reply
    assert "Traceback" not in reply and "Error" not in reply, reply


@pytest.mark.parametrize("name", list(HOSTILE))
def test_hostile_question_gets_one_calm_reply_from_the_engine(ask, name):
    assert_calm(ask(HOSTILE[name]), question=HOSTILE[name])


@pytest.mark.parametrize("name", list(AMOUNTS))
def test_absurd_amount_gets_the_amount_refusal_not_a_figure(ask, name):
    question, problem = AMOUNTS[name]
    answer = ask(question)
    assert_calm(answer)
    assert not answer.answered
    assert answer.text == AMOUNT_PROBLEMS[problem]
    assert not answer.working


def test_a_100000_character_question_is_cut_before_matching(engine):
    q = engine.parse(HOSTILE["100,000 characters"])
    assert q.truncated
    assert len(q.text) <= MAX_QUESTION_CHARS
    answer = engine.ask(HOSTILE["100,000 characters"])
    assert answer.answered  # the question it repeats is still understood
    assert "25%" in answer.full_text


def test_invisible_and_combining_characters_do_not_hide_a_question(ask):
    plain = ask(CARS)
    for name in ["null bytes", "combining-mark flood (zalgo)", "right-to-left override"]:
        disguised = ask(HOSTILE[name])
        assert disguised.answered and disguised.full_text == plain.full_text, name


def test_mentions_are_not_echoed_into_any_reply(ask):
    for name in ["@everyone", "@here", "role mention", "user mention", "mention flood", "url"]:
        answer = ask(HOSTILE[name])
        assert not LIVE_MENTION.search(reply_of(answer)), name
        assert "@" not in reply_of(answer), name


def test_format_strings_are_never_interpreted(ask):
    for name in ["format string {0}", "format string %s", "format attribute", "template and html"]:
        reply = reply_of(ask(HOSTILE[name]))
        assert "__" not in reply and "<class" not in reply and "49" not in reply, name
        assert "<script>" not in reply, name


# --- through the command line: one subprocess, one JSON line per input line ---------


def cli_cases() -> list[tuple[str, str]]:
    """(name, question as one stdin line): newlines inside a question become spaces."""
    cases = [(name, text) for name, text in HOSTILE.items()]
    cases += [(name, question) for name, (question, _) in AMOUNTS.items()]
    return [(name, text.replace("\n", " ").replace("\r", " ")) for name, text in cases]


@pytest.fixture(scope="module")
def cli_run():
    cases = cli_cases()
    stdin = "".join(text + "\n" for _, text in cases).encode("utf-8")
    # Bytes that are not UTF-8 at all, as a last line: still one calm reply.
    stdin += b"What's the tariff on \xff\xfe cars?\n"
    names = [name for name, _ in cases] + ["invalid UTF-8 bytes"]
    # A strict locale (as on most desktops) must not turn odd bytes into a traceback.
    env = {**os.environ, "PYTHONIOENCODING": "utf-8:strict"}
    run = subprocess.run(
        [sys.executable, "bot.py", "ask", "--json"],
        input=stdin,
        capture_output=True,
        cwd=ROOT,
        env=env,
        timeout=300,
    )
    return names, run


def test_cli_exits_0_without_a_traceback(cli_run):
    _, run = cli_run
    stderr = run.stderr.decode("utf-8", "replace")
    assert run.returncode == 0, stderr[-3000:]
    assert "Traceback" not in stderr, stderr[-3000:]


def test_cli_gives_exactly_one_json_reply_per_input_line(cli_run):
    names, run = cli_run
    lines = run.stdout.decode("utf-8").splitlines()  # strict: the output is valid UTF-8
    assert len(lines) == len(names), (len(lines), len(names))
    for name, line in zip(names, lines):
        reply = json.loads(line)
        assert reply["answer"].strip(), name
        shown = "\n".join([reply["answer"], *reply["suggestions"]])
        assert len(shown) <= DISCORD_MESSAGE_LIMIT, name
        assert not LIVE_MENTION.search(shown), name
        assert not BAD_NUMBER.search(shown), (name, shown)


@pytest.mark.parametrize("name", list(AMOUNTS))
def test_cli_gives_the_amount_refusal(cli_run, name):
    names, run = cli_run
    reply = json.loads(run.stdout.decode("utf-8").splitlines()[names.index(name)])
    assert reply["answered"] is False
    assert reply["answer"] == AMOUNT_PROBLEMS[AMOUNTS[name][1]]


def test_cli_question_argument_with_undecodable_bytes_is_answered_calmly():
    env = {**os.environ, "PYTHONIOENCODING": "utf-8:strict"}
    run = subprocess.run(
        [sys.executable, "bot.py", "ask", "--json", os.fsdecode(b"tariff on \xff cars? $1e309")],
        capture_output=True,
        cwd=ROOT,
        env=env,
        timeout=120,
    )
    assert run.returncode == 0 and b"Traceback" not in run.stderr, run.stderr[-2000:]
    reply = json.loads(run.stdout.decode("utf-8"))
    assert reply["answer"] == AMOUNT_PROBLEMS["not a plain number"]


# --- secrets: the token file never reaches the repository -----------------------------


def test_dot_env_is_git_ignored():
    ignored = (ROOT / ".gitignore").read_text(encoding="utf-8").splitlines()
    assert ".env" in [line.strip() for line in ignored]
    if not (ROOT / ".git").exists():
        pytest.skip("not a git checkout")
    try:
        run = subprocess.run(["git", "check-ignore", "-q", ".env"], cwd=ROOT, timeout=60)
    except FileNotFoundError:
        pytest.skip("git is not installed")
    assert run.returncode == 0, "git does not ignore .env"
