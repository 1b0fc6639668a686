"""The console front end: `bot.py ask | chat | timeline | check`, no Discord needed."""

from __future__ import annotations

import io
import json
import re
import shutil
import subprocess
import sys
from datetime import date, datetime

from frontends import console
from knowledge import DATA_DIR
from tests.conftest import ROOT

BOT = [sys.executable, str(ROOT / "bot.py")]


def run(*args, stdin=None):
    return subprocess.run(
        [*BOT, *args], input=stdin, capture_output=True, text=True, timeout=60, cwd=ROOT
    )


def test_ask_prints_the_answer_then_its_source():
    result = run("ask", "How much more duty would a $30,000 Korean car pay after the hike?")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.strip().splitlines()
    assert "$3,000 more" in lines[0]
    assert lines[-1].startswith("Source: ")
    assert "Anadolu Agency" in lines[-1]
    assert re.search(r" — as of \d{4}-\d{2}-\d{2}$", lines[-1])


def test_ask_json_has_the_contract_fields():
    result = run("ask", "--json", "who is lutnick")
    reply = json.loads(result.stdout)
    assert set(reply) >= {
        "question",
        "answered",
        "answer",
        "sources",
        "facts",
        "score",
        "suggestions",
    }
    assert reply["answered"] is True and reply["facts"] == ["howard-lutnick"]
    assert reply["sources"][0] == {
        "publisher": "Anadolu Agency",
        "title": "S. Korea, US fail to reach deal in first day of tariff talks in Washington",
        "date": "2026-01-30",
        "url": None,
        "cites": "Yonhap News",
    }


def test_stdin_gives_one_reply_per_line_in_order():
    questions = ["who is lutnick", "asdfghjkl", "", "what's the lumber tariff?"]
    result = run("ask", "--json", stdin="\n".join(questions) + "\n")
    replies = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["question"] for r in replies] == questions
    assert [r["answered"] for r in replies] == [True, False, False, True]


def test_decline_lists_suggestions_in_text_mode():
    result = run("ask", "What's the tariff on Korean kimchi?")
    assert result.stdout.startswith("I don't have a sourced fact on that.")
    assert "Did you mean:" in result.stdout


def test_chat_answers_follow_ups_with_the_last_topic():
    out = io.StringIO()
    from answering.orchestrator import Engine

    console.chat(
        Engine.load(),
        stdin=io.StringIO(
            "tariff on korean cars?\nand lumber?\n"
            "duty on $10,000 of korean autos\n"
            "what about $50,000?\n"
        ),
        out=out,
    )
    replies = out.getvalue().strip().split("\n\n")
    assert "autos" in replies[0]
    assert "lumber is 15%" in replies[1]
    assert "announced a 25% tariff; no source I have reports it in force" in replies[1]
    assert "$50,000" in replies[3] and "$5,000 more" in replies[3]


def test_timeline_is_in_date_order_with_status_and_source():
    result = run("timeline")
    assert result.returncode == 0
    lines = [line for line in result.stdout.splitlines() if not line.startswith(" ")]
    starts = [timeline_date(line.split("[", 1)[0].strip()) for line in lines]
    assert starts == sorted(starts)
    assert starts[0] < date(2025, 1, 1) and starts[-1] > date(2026, 6, 1)
    assert any("[announced" in line for line in lines)
    assert any("[happened]" in line for line in lines)
    sources = [line for line in result.stdout.splitlines() if line.startswith(" ")]
    assert len(sources) == len(lines)
    assert all(line.strip().startswith("Source: ") for line in sources)
    assert any("Anadolu Agency" in line for line in sources)


def timeline_date(text: str) -> date:
    """The first day a timeline heading covers: '2024', 'March 2025', 'Monday, May 4, 2026'."""
    for fmt in ("%A, %B %d, %Y", "%B %Y", "%Y"):
        try:
            return datetime.strptime(text, fmt).date()
        except ValueError:
            pass
    raise AssertionError(f"unparsed timeline date: {text!r}")


def test_check_is_clean_on_the_shipped_base():
    result = run("check")
    assert result.returncode == 0
    assert "Fact base OK" in result.stdout and "as of June 8, 2026" in result.stdout
    files = len(list((DATA_DIR / "sources").glob("*.yaml")))
    assert f"from {files} source(s)" in result.stdout


def test_check_refuses_a_broken_base_naming_file_line_and_field(tmp_path):
    data = tmp_path / "data"
    shutil.copytree(DATA_DIR, data)
    path = data / "sources" / "2026-01-30-anadolu-korea-us-talks.yaml"
    text = path.read_text(encoding="utf-8").replace("new_rate: 25", "new_rate: 250", 1)
    path.write_text(text, encoding="utf-8")
    people = data / "people.yaml"
    people.write_text(
        people.read_text(encoding="utf-8").replace(
            "title: Commerce Secretary", "titel: Commerce Secretary", 1
        ),
        encoding="utf-8",
    )
    result = run("--data", str(data), "check")
    assert result.returncode == 2
    assert f"{path.name}:" in result.stderr
    assert "new_rate: 250 is outside 0-100" in result.stderr
    assert "people.yaml:" in result.stderr
    assert "titel: unknown field" in result.stderr
    assert "title: missing required field" in result.stderr


def test_ask_on_a_broken_base_says_so_without_a_traceback(tmp_path):
    data = tmp_path / "data"
    shutil.copytree(DATA_DIR, data)
    (data / "sources" / "bad.yaml").write_text("source: [unclosed\n", encoding="utf-8")
    result = run("--data", str(data), "ask", "who is lutnick")
    assert result.returncode == 2
    assert "bad.yaml:" in result.stderr and "Traceback" not in result.stderr


def test_console_never_imports_discord():
    code = (
        "import sys, runpy; sys.argv=['bot.py','ask','who is lutnick'];"
        "import bot; bot.main(['ask','who is lutnick']);"
        "assert 'discord' not in sys.modules, 'discord imported'"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=60
    )
    assert result.returncode == 0, result.stderr


def test_timeline_filters_by_product_person_and_month():
    steel = run("timeline", "--product", "steel")
    assert steel.returncode == 0 and "steel" in steel.stdout.lower()
    assert "Georgia" not in steel.stdout and "Celltrion" not in steel.stdout  # other topics
    kim = run("timeline", "--person", "Lutnick", "--when", "2026-01")
    lines = [line for line in kim.stdout.splitlines() if not line.startswith(" ")]
    assert lines and all("January" in line and "2026" in line for line in lines)
    unknown = run("timeline", "--product", "spaceships")
    assert unknown.returncode == 2 and "known: autos" in unknown.stderr


class _Breaking:
    """An engine whose answering fails on one question (a bug, not bad input)."""

    def __init__(self, engine):
        self.engine = engine

    def ask(self, question, previous=None):
        if "boom" in question:
            raise RuntimeError("a bug")
        return self.engine.ask(question, previous)


def test_a_failing_question_gets_an_apology_and_the_rest_are_answered(engine, monkeypatch, caplog):
    # never a traceback to the person asking; one reply per question still, in order
    monkeypatch.setattr(sys, "stdin", io.StringIO("who is lutnick\nboom\nwho is greer\n"))
    out = io.StringIO()
    assert console.ask(_Breaking(engine), [], True, out=out) == 0
    replies = [json.loads(line) for line in out.getvalue().splitlines()]
    assert [r["question"] for r in replies] == ["who is lutnick", "boom", "who is greer"]
    assert [r["answered"] for r in replies] == [True, False, True]
    assert "something went wrong" in replies[1]["answer"]
    assert "Traceback" not in out.getvalue()
    assert "a bug" in caplog.text  # the details go to the log, not the reply
