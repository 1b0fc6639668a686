"""Broken and hostile fact bases: each is refused with a clear file:line message, in
bounded time and memory, and a base that was already loaded keeps answering.

Every broken base is a copy of knowledge/data in tmp_path with one file added or edited;
the shipped files are never touched.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import threading
import tracemalloc
from pathlib import Path

import pytest

from answering.orchestrator import Engine
from knowledge import DATA_DIR, BaseError, diff_bases, load_base
from knowledge.yamlfile import MAX_FILE_BYTES
from tests.conftest import ROOT

MEMORY_LIMIT = 32 * 1024 * 1024  # bytes: the shipped base needs a small fraction of this
ATTACK = "zz-attack.yaml"

# A small valid fact file of its own, so the expected line numbers do not depend on the
# shipped source file; each schema test edits one line of it.
VALID = """\
source:
  id: test-source
  publisher: Test Wire
  title: A test article
  published: 2026-02-01

facts:
  - id: test-pledge
    kind: pledge
    amount: $1 billion
    text: A pledge made in the test.

  - id: test-rate
    kind: rate
    product: autos
    rate: 10
    status: announced
    by: donald-trump

  - id: test-event
    kind: event
    date: 2026-02-01
    status: happened
    text: Something happened in the test.
"""


@pytest.fixture
def data(tmp_path) -> Path:
    """A writable copy of the shipped fact base."""
    copy = tmp_path / "data"
    shutil.copytree(DATA_DIR, copy)
    return copy


def write(data: Path, text: str | bytes, name: str = ATTACK) -> Path:
    path = data / "sources" / name
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path


def line_of(text: str, needle: str) -> int:
    """The 1-based line where needle first occurs in text."""
    assert needle in text, needle
    return text[: text.index(needle)].count("\n") + 1


def refused(data: Path) -> list[str]:
    """Load the base, which must be refused; every problem as printed, memory bounded."""
    tracemalloc.start()
    try:
        with pytest.raises(BaseError) as caught:
            load_base(data)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < MEMORY_LIMIT, f"peak {peak:,} bytes while refusing the base"
    problems = [str(p) for p in caught.value.problems]
    assert problems
    return problems


def one_about(problems: list[str], file: str, line: int | None, *words: str) -> str:
    """The problem naming file (and line), containing every word; fails listing all."""
    where = f"{file}:{line}:" if line else f"{file}:"
    hits = [p for p in problems if where in p and all(w in p for w in words)]
    assert hits, f"no problem at {where} mentioning {words}; got:\n" + "\n".join(problems)
    return hits[0]


def test_the_valid_template_loads_so_each_break_below_is_the_only_change(data):
    write(data, VALID)
    base = load_base(data)
    assert {"test-pledge", "test-rate", "test-event"} <= set(base.facts)


# --- attacks on the YAML layer ------------------------------------------------------


def test_python_object_tag_is_refused_and_never_run(data, tmp_path):
    marker = tmp_path / "pwned"
    text = VALID.replace(
        "  publisher: Test Wire", f"  publisher: !!python/object/apply:os.system ['touch {marker}']"
    )
    write(data, text)
    problem = one_about(refused(data), f"sources/{ATTACK}", line_of(text, "!!python"), "tag")
    assert "not allowed" in problem
    assert not marker.exists()


def test_billion_laughs_alias_bomb_is_refused_at_its_first_anchor(data):
    rows = ['a0: &a0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    for i in range(1, 10):
        rows.append(f"a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * 10) + "]")
    text = "\n".join(rows) + "\n"
    write(data, text)
    one_about(refused(data), f"sources/{ATTACK}", 1, "anchors and aliases")  # the anchor


@pytest.mark.parametrize("how", ["sparse", "written"])
def test_a_50_mb_file_is_refused_by_size_before_it_is_read(data, how):
    path = data / "sources" / ATTACK
    size = 50 * 1024 * 1024
    with open(path, "wb") as handle:
        if how == "sparse":
            handle.truncate(size)  # no disk blocks, but stat says 50 MB
        else:
            chunk = b"key: value\n" * 100_000
            for _ in range(size // len(chunk) + 1):
                handle.write(chunk)
    problem = one_about(refused(data), f"sources/{ATTACK}", None, "bytes", "limit")
    assert f"{MAX_FILE_BYTES:,}" in problem


@pytest.mark.parametrize("encoding, line", [("latin-1", 4), ("utf-16", 1)])
def test_a_file_in_the_wrong_encoding_is_refused_with_its_line(data, encoding, line):
    text = VALID.replace("A test article", "Un article testé à Paris")
    write(data, text.encode(encoding))
    one_about(refused(data), f"sources/{ATTACK}", line, "not UTF-8")


def test_a_nul_byte_is_refused_with_its_line(data):
    write(data, VALID.replace("in the test", "in the te\x00st", 1))
    one_about(refused(data), f"sources/{ATTACK}", line_of(VALID, "in the test"), "NUL")


def test_a_duplicate_key_is_refused_naming_both_lines(data):
    text = VALID.replace("    rate: 10\n", "    rate: 10\n    rate: 99\n")
    write(data, text)
    problem = one_about(
        refused(data), f"sources/{ATTACK}", line_of(text, "rate: 99"), "duplicate key 'rate'"
    )
    assert f"first on line {line_of(text, 'rate: 10')}" in problem


def test_a_duplicate_section_in_the_vocabulary_is_refused(data):
    path = data / "vocabulary.yaml"
    text = path.read_text(encoding="utf-8") + "terms:\n  extra: [extra]\n"
    path.write_text(text, encoding="utf-8")
    line = text.count("\n") - 1
    one_about(refused(data), "vocabulary.yaml", line, "duplicate key 'terms'")


@pytest.mark.parametrize("loop", ["self", "pair"])
def test_a_symlink_loop_is_refused(data, loop):
    sources = data / "sources"
    if loop == "self":
        (sources / ATTACK).symlink_to(ATTACK)
    else:
        (sources / ATTACK).symlink_to("zz-other.yaml")
        (sources / "zz-other.yaml").symlink_to(ATTACK)
    one_about(refused(data), f"sources/{ATTACK}", None, "cannot read")


def test_a_link_to_an_endless_device_is_refused_not_read(data):
    if not Path("/dev/zero").exists():
        pytest.skip("no /dev/zero here")
    (data / "sources" / ATTACK).symlink_to("/dev/zero")
    one_about(refused(data), f"sources/{ATTACK}", None, "not a regular file")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_a_named_pipe_is_refused_instead_of_blocking(data):
    os.mkfifo(data / "sources" / ATTACK)
    result = {}

    def load():
        try:
            load_base(data)
        except BaseError as error:
            result["problems"] = [str(p) for p in error.problems]

    worker = threading.Thread(target=load, daemon=True)
    worker.start()
    worker.join(timeout=60)  # returns at once when the pipe is refused, not read
    assert not worker.is_alive(), "load_base blocked opening a named pipe"
    one_about(result["problems"], f"sources/{ATTACK}", None, "not a regular file")


def test_a_number_too_long_for_python_is_refused_with_its_line(data):
    text = VALID.replace("    rate: 10\n", "    rate: " + "9" * 5000 + "\n")
    write(data, text)
    one_about(refused(data), f"sources/{ATTACK}", line_of(text, "rate: 999"), "too long")


@pytest.mark.parametrize("rate", ["150", "-5", "100.5"])
def test_a_rate_outside_0_to_100_is_refused(data, rate):
    text = VALID.replace("    rate: 10\n", f"    rate: {rate}\n")
    write(data, text)
    one_about(
        refused(data), f"sources/{ATTACK}", line_of(text, f"rate: {rate}"), "rate:", "outside 0-100"
    )


@pytest.mark.parametrize(
    "rate, words",
    [
        (".inf", ("not a finite number",)),
        (".nan", ("not a finite number",)),
        ("1.0e+400", ("scientific notation",)),
        ("1.5e+1", ("scientific notation",)),
    ],
)
def test_a_rate_that_is_not_a_plain_finite_decimal_is_refused(data, rate, words):
    text = VALID.replace("    rate: 10\n", f"    rate: {rate}\n")
    write(data, text)
    problem = one_about(
        refused(data), f"sources/{ATTACK}", line_of(text, f"rate: {rate}"), "rate:", *words
    )
    assert "write" in problem


def test_deep_nesting_is_refused_by_bot_check_instead_of_crashing(data):
    """100,000 nested lists overflowed libyaml's recursive composer (a segfault); run in
    a subprocess so a regression fails this test instead of killing the suite."""
    write(data, "- " * 100_000 + "1\n")
    run = subprocess.run(
        [sys.executable, "bot.py", "--data", str(data), "check"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
    )
    assert run.returncode == 2, (run.returncode, run.stderr[-2000:])
    assert f"sources/{ATTACK}:1: nested more than" in run.stderr
    assert "Traceback" not in run.stderr


# --- ordinary schema breakage: file:line: field: message ------------------------------

BREAKS = {
    # name: (old line, new line, field, words in the message)
    "unknown source": (
        "    text: Something happened in the test.\n",
        "    text: Something happened in the test.\n    source: no-such-source\n",
        "source",
        "unknown source: 'no-such-source'",
    ),
    "unknown person": (
        "    by: donald-trump\n",
        "    by: nobody-at-all\n",
        "by",
        "unknown person fact: 'nobody-at-all'",
    ),
    "duplicate id": (
        "  - id: test-event\n",
        "  - id: test-rate\n",
        "id",
        "duplicate id 'test-rate'",
    ),
    "rate over 100": ("    rate: 10\n", "    rate: 150\n", "rate", "outside 0-100"),
    "impossible date": ("    date: 2026-02-01\n", "    date: 2026-02-30\n", "date", "2026-02-30"),
    "date that is words": ("    date: 2026-02-01\n", "    date: soon\n", "date", "soon"),
    "missing required field": ("    product: autos\n", "", "product", "missing required field"),
    "unknown key (typo)": (
        "    status: happened\n",
        "    status: happened\n    stauts: done\n",
        "stauts",
        "unknown field",
    ),
    "bad status": ("    status: announced\n", "    status: rumoured\n", "status", "'rumoured'"),
    "unknown product": (
        "    product: autos\n",
        "    product: spaceships\n",
        "product",
        "unknown product",
    ),
}


def break_template(old: str, new: str) -> tuple[str, int]:
    """VALID with one edit, and the line the problem should be reported on."""
    assert old in VALID, old
    text = VALID.replace(old, new, 1)
    if new.strip():
        # the edited line: the last line of `new` that differs from `old`
        changed = [
            row for row in new.splitlines() if row not in old.splitlines()
        ] or new.splitlines()
        line = text[: text.rindex(changed[-1])].count("\n") + 1  # its last occurrence
    else:  # a removed field is reported on its record's first line
        record = VALID[: VALID.index(old)].rindex("  - id: ")
        line = VALID[:record].count("\n") + 1
    return text, line


@pytest.mark.parametrize("name", list(BREAKS))
def test_schema_breakage_is_reported_as_file_line_field_message(data, name):
    old, new, field, words = BREAKS[name]
    text, line = break_template(old, new)
    write(data, text)
    problem = one_about(refused(data), f"sources/{ATTACK}", line, f": {field}: ", words)
    assert problem.index(f":{line}:") < problem.index(f": {field}: ")


def test_load_base_lists_every_problem_not_only_the_first(data):
    text = VALID
    for name in [
        "unknown person",
        "rate over 100",
        "impossible date",
        "unknown key (typo)",
        "unknown source",
    ]:
        old, new, _, _ = BREAKS[name]
        text = text.replace(old, new, 1)
    write(data, text)
    problems = refused(data)
    expected = [
        (line_of(text, "by: nobody"), "by"),
        (line_of(text, "rate: 150"), "rate"),
        (line_of(text, "2026-02-30"), "date"),
        (line_of(text, "stauts"), "stauts"),
        (line_of(text, "source: no-such"), "source"),
    ]
    for line, field in expected:
        one_about(problems, f"sources/{ATTACK}", line, f": {field}: ")
    assert len(problems) >= len(expected)


def test_problems_in_two_files_are_all_listed(data):
    write(data, VALID.replace("    rate: 10\n", "    rate: 150\n"))
    write(data, "source: [not, a, mapping\n", name="zz-second.yaml")
    problems = refused(data)
    one_about(problems, f"sources/{ATTACK}", None, "outside 0-100")
    one_about(problems, "sources/zz-second.yaml", None)


# --- the command line ---------------------------------------------------------------


def bot_check(*data_args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "bot.py", *data_args, "check"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
    )


def test_bot_check_exits_2_naming_file_line_and_field(data):
    text, line = break_template(*BREAKS["unknown key (typo)"][:2])
    write(data, text)
    run = bot_check("--data", str(data))
    assert run.returncode == 2, run.stderr
    assert f"sources/{ATTACK}:{line}: stauts: unknown field" in run.stderr
    assert "Traceback" not in run.stderr


def test_bot_check_exits_0_on_the_shipped_base():
    run = bot_check()
    assert run.returncode == 0, run.stderr
    assert run.stdout.startswith("Fact base OK")


def test_bot_ask_on_a_broken_base_says_so_calmly(data):
    write(data, "source: !!python/object/apply:os.getcwd []\n")
    run = subprocess.run(
        [sys.executable, "bot.py", "--data", str(data), "ask", "tariff?"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
    )
    assert run.returncode == 2
    assert "The fact base is broken" in run.stderr and f"sources/{ATTACK}:1:" in run.stderr
    assert "Traceback" not in run.stderr


def test_a_refused_reload_changes_nothing_and_a_fixed_one_reports_its_diff(
    data, tmp_path, monkeypatch
):
    """The running engine's base is not touched by a reload that fails (the loader shares
    no state with it), the failure is not cached, and the fixed reload says what changed."""
    monkeypatch.setenv("TARIFF_BOT_CACHE", str(tmp_path / "cache"))
    running = Engine.load(data)
    facts = dict(running.base.facts)
    before = running.ask("What's the new tariff on Korean cars?")
    assert before.answered and "25%" in before.text
    write(data, VALID.replace("    rate: 10\n", "    rate: 150\n"))
    with pytest.raises(BaseError) as caught:
        Engine.load(data)
    assert [p.field for p in caught.value.problems] == ["rate"]
    assert running.base.facts == facts and "test-rate" not in running.base.facts
    after = running.ask("What's the new tariff on Korean cars?")
    assert after.answered and after.full_text == before.full_text
    write(data, VALID)
    fixed = Engine.load(data)
    assert fixed.base.fact("test-rate").rate == 10
    diff = diff_bases(running.base, fixed.base)
    assert [(f.file, f.added) for f in diff.files] == [
        (f"data/sources/{ATTACK}", ("test-pledge", "test-rate", "test-event"))
    ]
