"""The shared question set, scored by ../shared/eval/score.py over `bot.py ask --json`,
exactly as the team scores it: at least 95% right and no wrong answer."""
from __future__ import annotations

import re
import subprocess
import sys

import pytest

from tests.conftest import ROOT, SHARED

SCORE = SHARED / "eval" / "score.py"


def run_score(questions=None):
    command = [sys.executable, str(SCORE)]
    if questions:
        command += ["--questions", str(questions)]
    command += ["--", sys.executable, str(ROOT / "bot.py"), "ask", "--json"]
    run = subprocess.run(command, capture_output=True, text=True, timeout=300, cwd=ROOT)
    summary = run.stdout.strip().splitlines()[-1]
    match = re.search(r"accuracy \d+/\d+ \(([\d.]+)%\), wrong (\d+)", summary)
    assert match, run.stdout + run.stderr
    return float(match[1]), int(match[2]), run.stdout


@pytest.mark.skipif(not SCORE.exists(), reason="shared/eval is not beside this checkout")
def test_shared_question_set_scores_95_with_none_wrong():
    accuracy, wrong, report = run_score()
    assert wrong == 0, report
    assert accuracy >= 95.0, report


@pytest.mark.skipif(not SCORE.exists(), reason="shared/eval is not beside this checkout")
def test_our_paraphrases_and_traps_score_95_with_none_wrong():
    """Questions in no shared file: paraphrases, typos, chat style, and traps that share
    words with the base (steel, Hyundai prices, exchange rates, other countries)."""
    accuracy, wrong, report = run_score(ROOT / "tests" / "questions_paraphrases.yaml")
    assert wrong == 0, report
    assert accuracy >= 95.0, report
