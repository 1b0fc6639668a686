"""The folders depend one way, read from the code itself (every import, including the
ones inside functions): value types -> phrasebook (the wording) -> fact base -> engine
-> handlers -> orchestrator -> front ends. An arrow pointing up is the first step to an import loop."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# Bottom to top; a folder may import its own layer and any layer below it.
LAYERS = [
    "values",
    "phrasebook",
    "knowledge",
    "engine",
    "handlers",
    "answering",
    "charts",
    "frontends",
]
# Top-level scripts that may import any layer.
TOPS = {"bot", "benchmarks"}


def _imports(path: Path) -> list[tuple[int, str]]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.append((node.lineno, node.module))
    return found


def _layer_files():
    for layer in LAYERS:
        for path in sorted((ROOT / layer).rglob("*.py")):
            yield layer, path


def test_every_layer_exists_and_has_modules():
    for layer in LAYERS:
        assert list((ROOT / layer).glob("*.py")), f"{layer}/ has no modules"


def test_no_folder_imports_a_folder_above_it():
    rank = {layer: i for i, layer in enumerate(LAYERS)}
    upward = []
    for layer, path in _layer_files():
        for line, module in _imports(path):
            target = module.split(".")[0]
            if target in TOPS or (target in rank and rank[target] > rank[layer]):
                upward.append(f"{path.relative_to(ROOT)}:{line}: {layer} imports {module}")
    assert not upward, "imports pointing up:\n" + "\n".join(upward)


def test_the_core_never_imports_discord():
    core = {"values", "phrasebook", "knowledge", "engine", "handlers", "answering", "charts"}
    found = [
        f"{path.relative_to(ROOT)}:{line}"
        for layer, path in _layer_files()
        if layer in core
        for line, module in _imports(path)
        if module.split(".")[0] == "discord"
    ]
    assert not found, found


def test_the_checker_sees_an_upward_import(tmp_path):
    """The test above would pass on a tree it cannot read: prove it reads one."""
    sample = tmp_path / "m.py"
    sample.write_text("def f():\n    from handlers import common\n", encoding="utf-8")
    assert _imports(sample) == [(2, "handlers")]
