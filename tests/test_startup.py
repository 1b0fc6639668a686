"""`python bot.py ask` starts lean: a base served from the cache imports no YAML parser,
and a question whose words are all known loads no word list and no fuzzy matcher
(README, "Performance"). Checked from `-X importtime`, not by timing."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HEAVY = {"yaml", "wordfreq", "english_words", "rapidfuzz", "json"}


def _ask(question: str, cache: Path, *flags: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, *flags, str(ROOT / "bot.py"), "ask", question],
        cwd=ROOT,
        env={**os.environ, "TARIFF_BOT_CACHE": str(cache)},
        capture_output=True,
        text=True,
        timeout=120,
    )


def _imported(done: subprocess.CompletedProcess) -> set:
    return {
        line.split("|")[-1].strip().split(".")[0]
        for line in done.stderr.splitlines()
        if line.startswith("import time:")
    }


def test_a_cached_plain_question_imports_no_parser_word_list_or_fuzzy_matcher(tmp_path):
    cache = tmp_path / "cache"
    question = "What's the new tariff on Korean cars?"
    first = _ask(question, cache, "-X", "importtime")  # an empty cache: parses the YAML
    assert first.returncode == 0, first.stderr[-2000:]
    assert "yaml" in _imported(first)
    done = _ask(question, cache, "-X", "importtime")
    assert done.returncode == 0 and "25%" in done.stdout, done.stderr[-2000:]
    assert done.stdout == first.stdout
    imported = _imported(done)
    assert "engine" in imported and "knowledge" in imported, "importtime output was read"
    assert not imported & HEAVY, imported & HEAVY


def test_an_everyday_unknown_word_is_weighed_without_loading_wordfreq(tmp_path):
    done = _ask("what did lutnick decide about passenger cars", tmp_path / "c", "-X", "importtime")
    assert done.returncode == 0, done.stderr[-2000:]
    imported = _imported(done)
    assert "engine" in imported and "wordfreq" not in imported


def test_a_plain_ask_is_read_as_argparse_reads_it_without_argparse():
    sys.path.insert(0, str(ROOT))
    import bot

    cases = [
        ["ask", "what", "is", "the", "car", "tariff?"],
        ["ask", "--json", "a", "b"],
        ["ask", "a", "b", "--json"],
        ["ask", "--json"],
        ["ask"],
        ["ask", ""],
        ["ask", "it's 25%"],
        ["ask", "a", "--json", "b"],  # argparse: an error; the fast path leaves it to it
        ["ask", "--", "-5%?"],
        ["ask", "--json", "--json", "x"],
        ["ask", "-h"],
        ["--data", "x", "ask", "q"],
        ["check"],
        ["chart", "autos", "--out", "x.png"],
    ]
    read = 0
    for argv in cases:
        quick = bot._plain_ask(argv)
        try:
            full = vars(bot._parse(argv))
        except SystemExit:
            full = None
        if quick is not None:
            read += 1
            assert vars(quick) == full, argv
    assert read == 7


def test_a_plain_ask_imports_no_argparse(tmp_path):
    done = _ask("What's the new tariff on Korean cars?", tmp_path / "c", "-X", "importtime")
    assert done.returncode == 0, done.stderr[-2000:]
    imported = _imported(done)
    assert "engine" in imported and "argparse" not in imported
