"""The shared question set, scored by ../shared/eval/score.py over `bot.py ask --json`,
exactly as the team scores it: at least 95% right and no wrong answer."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT, SHARED

SCORE = SHARED / "eval" / "score.py"


def run_score(questions=None):
    """Score a question set; a missing scorer or question set FAILS the gate: a skipped
    "0 wrong" gate reads as a green run while checking nothing."""
    assert SCORE.exists(), (
        f"{SCORE} is missing: put the shared folder beside this "
        "checkout (../shared/eval); the accuracy gates cannot run"
    )
    if questions is not None:
        assert Path(questions).exists(), f"the question set {questions} is missing"
    else:
        shared = SCORE.parent / "questions.yaml"
        assert shared.exists(), f"{shared} is missing"
    command = [sys.executable, str(SCORE)]
    if questions:
        command += ["--questions", str(questions)]
    command += ["--", sys.executable, str(ROOT / "bot.py"), "ask", "--json"]
    run = subprocess.run(command, capture_output=True, text=True, timeout=300, cwd=ROOT)
    summary = run.stdout.strip().splitlines()[-1]
    match = re.search(r"accuracy \d+/\d+ \(([\d.]+)%\), wrong (\d+)", summary)
    assert match, run.stdout + run.stderr
    return float(match[1]), int(match[2]), run.stdout


def test_a_missing_question_set_fails_the_gate_instead_of_skipping(monkeypatch, tmp_path):
    import tests.test_eval as module

    monkeypatch.setattr(module, "SCORE", tmp_path / "eval" / "score.py")
    with pytest.raises(AssertionError, match="missing"):
        module.run_score()
    monkeypatch.undo()
    with pytest.raises(AssertionError, match="missing"):
        run_score(tmp_path / "no-such-questions.yaml")


def test_shared_question_set_scores_95_with_none_wrong():
    accuracy, wrong, report = run_score()
    assert wrong == 0, report
    assert accuracy >= 95.0, report


# Our own sets. The targets are 95% right (90% for casual chat) with none wrong; on the
# whole-dispute base (115 sources) they are not met yet, so each gate holds the figure
# last measured: accuracy may not fall and wrong answers may not grow. Raise a floor
# whenever the bot improves; README "Question sets" lists the figures and the targets.
FLOORS = {
    # file: (accuracy at least, wrong at most)      target
    "questions_paraphrases.yaml": (97.5, 0),  # 95% / 0 — met
    "questions_ko.yaml": (100.0, 0),  # 90% / 0 — met
    "questions_dispute.yaml": (98.0, 0),  # 95% / 0 — met
    "questions_dispute_ko.yaml": (100.0, 0),  # 95% / 0 — met
    "questions_casual.yaml": (96.4, 0),  # 90% / 0 — met
    # holdout: written blind, never tuned to (a measurement; do not tune to it)
    "questions_holdout.yaml": (81.7, 2),
}


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_our_question_sets_do_not_regress(name):
    """Questions in no shared file, written before tuning: paraphrases and traps, Korean,
    the whole dispute (with declines and false premises), casual chat."""
    floor, most_wrong = FLOORS[name]
    accuracy, wrong, report = run_score(ROOT / "tests" / name)
    assert wrong <= most_wrong, report
    assert accuracy >= floor, report


def _questions(name: str) -> list[dict]:
    import yaml

    return [
        i for i in yaml.safe_load((ROOT / "tests" / name).read_text("utf-8")) if isinstance(i, dict)
    ]


def test_the_sets_hold_what_the_issues_ask_of_them():
    """Issue #11: at least 150 English and 50 Korean questions over the whole dispute, at
    least 40 of them declines or false premises; issue #12: at least 200 casual ones, a
    quarter of them to be declined."""
    dispute, korean = _questions("questions_dispute.yaml"), _questions("questions_dispute_ko.yaml")
    assert len(dispute) >= 150 and len(korean) >= 50
    declines = [i for i in dispute + korean if i.get("abstain") or i.get("forbid")]
    assert len(declines) >= 40, len(declines)
    casual = _questions("questions_casual.yaml")
    abstain = [i for i in casual if i.get("abstain")]
    assert len(casual) >= 200 and len(abstain) >= len(casual) / 4, (len(abstain), len(casual))
