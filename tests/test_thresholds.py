"""The engine's cutoffs live in engine/thresholds.py only, and the users read those values."""

from __future__ import annotations

import ast
from pathlib import Path

from answering import orchestrator
from benchmarks import calibrate
from engine import decide, lexicon_ko, match, parse, spelling, thresholds

ROOT = Path(__file__).resolve().parent.parent
NAMES = {name for name in vars(thresholds) if name.isupper()}


def _module_constants(path: Path) -> dict[str, object]:
    """Names a module assigns a literal number to at its top level."""
    found: dict[str, object] = {}
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        targets = node.targets if isinstance(node, ast.Assign) else []
        value = getattr(node, "value", None)
        if isinstance(node, ast.AnnAssign):
            targets = [node.target]
        if isinstance(value, ast.Constant) and isinstance(value.value, (int, float)):
            found.update({t.id: value.value for t in targets if isinstance(t, ast.Name)})
    return found


def test_every_threshold_has_one_definition():
    assert {"ANSWER_AT", "SURE_AT", "FUZZY_CUTOFF", "COMMON_ZIPF", "DECISIVE_AT"} <= NAMES
    folders = ("values", "knowledge", "engine", "handlers", "answering", "charts", "frontends")
    again = [
        f"{path.relative_to(ROOT)}: {name}"
        for folder in folders
        for path in sorted((ROOT / folder).rglob("*.py"))
        if path.name != "thresholds.py"
        for name in _module_constants(path)
        if name in NAMES
    ]
    assert again == []


def test_the_users_read_the_thresholds_module():
    for module in (decide, match, parse, spelling, lexicon_ko, orchestrator):
        for name in NAMES & set(vars(module)):
            assert getattr(module, name) == getattr(thresholds, name), (module.__name__, name)
    assert decide.ANSWER_AT == thresholds.ANSWER_AT == 0.5
    assert parse.FUZZY_CUTOFF_SHORT == 88 and spelling.COMMON_ZIPF == 4.0


def test_the_calibration_sweeps_name_real_thresholds():
    swept = {name for _, name, _ in calibrate.EACH}
    assert swept <= NAMES
    for _, name, values in calibrate.EACH:
        assert getattr(thresholds, name) in values, name  # the shipped value is measured too
