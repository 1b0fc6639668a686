"""Fact-file numbers are plain decimals or an error; a `.yml` file, a cross-kind or
cross-product supersession are errors; a half-saved file shows in the reload diff and in
`bot.py check`'s per-file counts; the cache hashes and parses the same bytes, and `check`
never reads it."""

from __future__ import annotations

import io
import shutil
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest

from frontends.console import check
from knowledge import DATA_DIR, BaseDiff, cache, diff_bases, files, load_base, open_base
from tests.conftest import ROOT
from tests.test_hostile_factbase import (
    ATTACK,
    VALID,
    line_of,
    one_about,
    refused,
    write,
)

FILE = f"sources/{ATTACK}"


@pytest.fixture
def data(tmp_path) -> Path:
    """A writable copy of the shipped fact base."""
    copy = tmp_path / "data"
    shutil.copytree(DATA_DIR, copy)
    return copy


def checked(folder: Path) -> tuple[int, str]:
    """`bot.py check` in process: (exit status, what it printed to stderr)."""
    out, err = io.StringIO(), io.StringIO()
    status = check(folder, out=out, err=err)
    return status, err.getvalue()


# --- YAML 1.1 numbers and booleans ------------------------------------------------------

NUMBERS = {
    # written: (what YAML 1.1 makes of it, words the message must hold)
    "015": ("octal", "write 15"),
    "1:05": ("base-60", "plain decimal"),
    "0x1F": ("hexadecimal", "(31)"),
    "0b11": ("binary", "(3)"),
    "1_000": ("underscores", "1000"),
    "1_0.5": ("underscores", "10.5"),
    "1:05.5": ("base-60", "plain decimal"),
    "15.": ("not a plain decimal", "12.5"),
    ".5": ("not a plain decimal", "0.5"),
}


@pytest.mark.parametrize("written", list(NUMBERS))
def test_a_rate_that_is_not_a_plain_decimal_is_refused_with_how_to_write_it(data, written):
    what, how = NUMBERS[written]
    text = VALID.replace("    rate: 10\n", f"    old_rate: {written}\n    new_rate: 25\n")
    write(data, text)
    problems = refused(data)
    problem = one_about(
        problems, FILE, line_of(text, f"old_rate: {written}"), "old_rate:", written, what, how
    )
    assert problem.count(":") >= 3
    # the Suspect is reported once: no "needs old_rate and new_rate" echo
    assert len(problems) == 1, problems
    status, err = checked(data)
    assert status == 2 and problem in err


@pytest.mark.parametrize("word", ["on", "off", "yes", "no", "On", "NO", "true"])
def test_a_yes_no_word_in_a_fact_is_refused_not_read_as_a_boolean(data, word):
    text = VALID.replace("    text: A pledge made in the test.\n", f"    text: {word}\n")
    write(data, text)
    problem = one_about(
        refused(data), FILE, line_of(text, f"text: {word}"), "text:", f'quote it ("{word}")'
    )
    assert checked(data)[0] == 2
    assert problem


@pytest.mark.parametrize(
    "entry, field",
    [
        ("  agreement: [agreement, deal, on]\n", "terms.agreement"),
        ("  agreement: [agreement, no]\n", "terms.agreement"),
        ("  on: [switched on]\n", "terms.on"),
        ("  agreement: [agreement, 015]\n", "terms.agreement"),
    ],
)
def test_vocabulary_booleans_and_octal_are_refused_with_file_line_field(data, entry, field):
    path = data / "vocabulary.yaml"
    text = path.read_text(encoding="utf-8").replace("terms:\n", "terms:\n" + entry, 1)
    path.write_text(text, encoding="utf-8")
    problems = refused(data)
    one_about(
        problems,
        "vocabulary.yaml",
        line_of(text, entry),
        f"{field}:",
        "write" if "015" in entry else "quote it",
    )
    assert checked(data)[0] == 2


def test_bot_check_exits_2_on_an_octal_rate(data):
    text = VALID.replace("    rate: 10\n", "    rate: 015\n")
    write(data, text)
    run = subprocess.run(
        [sys.executable, "bot.py", "--data", str(data), "check"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
    )
    assert run.returncode == 2
    assert f"{FILE}:{line_of(text, 'rate: 015')}: rate: 015 is read by YAML as octal" in run.stderr


def test_plain_decimals_are_read_exactly(data):
    text = VALID.replace("    rate: 10\n", "    old_rate: 12.345678901234567891\n    new_rate: 0\n")
    write(data, text)
    fact = load_base(data).fact("test-rate")
    assert fact.old_rate == Decimal("12.345678901234567891")
    assert fact.new_rate == 0


@pytest.mark.parametrize("written", ['"09"', "0o17", "1e3", "'25'"])
def test_a_number_yaml_reads_as_text_is_refused(data, written):
    text = VALID.replace("    rate: 10\n", f"    rate: {written}\n")
    write(data, text)
    one_about(
        refused(data), FILE, line_of(text, "rate:"), "rate:", "not a number", "without quotes"
    )


# --- files and supersession ----------------------------------------------------------------


def test_a_yml_file_is_reported_not_ignored(data):
    write(data, VALID, name="2026-02-01-test.yml")
    problem = one_about(refused(data), "sources/2026-02-01-test.yml", None, "rename")
    assert "2026-02-01-test.yaml" in problem
    assert checked(data)[0] == 2


SUPERSEDES = (
    VALID
    + """
  - id: test-later
    kind: {kind}
    product: {product}
    rate: 20
    status: announced
    supersedes: {old}
"""
)


@pytest.mark.parametrize(
    "kind, product, old, words",
    [
        ("rate", "autos", "test-event", ("'test-event' is a event fact", "its own kind")),
        ("rate", "lumber", "test-rate", ("rate on 'autos'", "same product")),
    ],
)
def test_superseding_another_kind_or_product_is_refused(data, kind, product, old, words):
    text = SUPERSEDES.format(kind=kind, product=product, old=old)
    write(data, text)
    one_about(refused(data), FILE, line_of(text, f"supersedes: {old}"), "supersedes:", *words)


def test_superseding_the_same_product_loads(data):
    write(data, SUPERSEDES.format(kind="rate", product="autos", old="test-rate"))
    assert load_base(data).fact("test-rate").superseded_by == "test-later"


# --- a half-saved file: the reload diff and the per-file counts ----------------------------


def test_a_file_cut_at_a_fact_boundary_shows_in_the_reload_diff(data):
    write(data, VALID)
    running = load_base(data)
    cut = VALID[: VALID.index("  - id: test-rate")]
    write(data, cut)
    diff = diff_bases(running, load_base(data))
    assert isinstance(diff, BaseDiff) and not diff.unchanged
    assert [f.file for f in diff.files] == [f"data/{FILE}"]
    only = diff.files[0]
    assert (only.before, only.after) == (3, 1)
    assert only.removed == ("test-rate", "test-event") and only.added == ()
    assert only.cut_off and diff.warnings == (f"data/{FILE}",)
    summary = diff.summary()
    assert "3 → 1 facts" in summary and "removed test-rate, test-event" in summary
    assert "saved only in part" in summary
    assert f"{len(running.facts)} → {len(running.facts) - 2} facts" in summary


def test_the_reload_diff_lists_added_changed_and_new_files(data):
    running = load_base(data)
    assert diff_bases(running, running).unchanged
    assert diff_bases(running, load_base(data)).summary().startswith("No fact changed")
    write(data, VALID)
    grown = load_base(data)
    diff = diff_bases(running, grown)
    assert diff.files[0].added == ("test-pledge", "test-rate", "test-event")
    assert "new file, 3 facts" in diff.summary() and not diff.warnings
    write(
        data,
        VALID.replace("    rate: 10\n", "    rate: 11\n")
        + """
  - id: test-extra
    kind: event
    status: happened
    text: Another thing happened.
""",
    )
    diff = diff_bases(grown, load_base(data))
    only = diff.files[0]
    assert only.changed == ("test-rate",) and only.added == ("test-extra",)
    assert not only.cut_off and not diff.warnings
    (data / "sources" / ATTACK).unlink()
    gone = diff_bases(grown, load_base(data))
    assert gone.warnings == (f"data/{FILE}",) and "file gone, had 3 facts" in gone.summary()


def test_a_removal_in_the_middle_is_not_called_a_cut(data):
    write(data, VALID)
    running = load_base(data)
    write(
        data,
        VALID.replace("  - id: test-rate", "  - id: test-rate-x", 0).replace(
            """  - id: test-rate
    kind: rate
    product: autos
    rate: 10
    status: announced
    by: donald-trump
""",
            "",
        ),
    )
    diff = diff_bases(running, load_base(data))
    assert diff.files[0].removed == ("test-rate",) and not diff.files[0].cut_off


def test_check_prints_the_facts_of_each_file(data):
    write(data, VALID)
    out, err = io.StringIO(), io.StringIO()
    assert check(data, out=out, err=err) == 0, err.getvalue()
    assert f"    data/{FILE}: 3\n" in out.getvalue() + "\n"
    assert "facts per file:" in out.getvalue()


# --- the cache: one read per file; check never reads it --------------------------------------


@pytest.fixture
def cached(monkeypatch, tmp_path):
    """A cache in tmp_path that takes any base, however small."""
    monkeypatch.setenv("TARIFF_BOT_CACHE", str(tmp_path / "cache"))
    monkeypatch.setattr(cache, "CACHE_MIN_BYTES", 0)
    return tmp_path / "cache"


def rate_of(base) -> Decimal:
    return base.fact("test-rate").rate


def test_each_file_is_read_once_and_parsed_from_the_bytes_hashed(data, cached, monkeypatch):
    from answering.orchestrator import Engine

    path = write(data, VALID)
    reads: list[Path] = []
    real_read = files.read_bytes

    def counting_read(p):
        reads.append(Path(p))
        return real_read(p)

    monkeypatch.setattr(files, "read_bytes", counting_read)
    real_key = cache.key_for

    def key_then_edit(root, contents):
        """An editor saves the file right after it was hashed, before it is parsed."""
        key = real_key(root, contents)
        path.write_text(VALID.replace("    rate: 10\n", "    rate: 35\n"), encoding="utf-8")
        return key

    monkeypatch.setattr(cache, "key_for", key_then_edit)
    first = open_base(data)  # hashed and parsed the rate-10 bytes
    assert rate_of(first.base) == 10 and not first.from_cache
    assert sorted(reads) == sorted(set(reads)) and path in reads  # each file once
    monkeypatch.setattr(cache, "key_for", real_key)
    assert rate_of(open_base(data).base) == 35  # the file now says 35: a new key
    write(data, VALID)  # back to 10: the cached entry is right
    again = open_base(data)
    assert again.from_cache and rate_of(again.base) == 10
    assert Engine(again.base, again.lexicon).lexicon is again.lexicon
    assert list(cached.glob("*.pickle"))


def test_check_never_reads_the_cache(data, cached, monkeypatch):
    from answering.orchestrator import Engine

    write(data, VALID)
    Engine.load(data)  # the cache now holds this base

    def refuse(*_):
        raise AssertionError("check read the cache")

    monkeypatch.setattr(cache, "load", refuse)
    monkeypatch.setattr(cache, "key_for", refuse)
    assert checked(data)[0] == 0
    write(data, VALID.replace("    rate: 10\n", "    rate: 015\n"))
    status, err = checked(data)
    assert status == 2 and "octal" in err
