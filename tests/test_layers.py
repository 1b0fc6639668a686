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


# --- no import cycles between project modules ------------------------------------------

PACKAGES = LAYERS + ["benchmarks", "tests"]


def _module_name(path: Path, root: Path) -> str:
    parts = list(path.relative_to(root).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _project_modules(root: Path, packages=PACKAGES) -> dict[str, Path]:
    found = {_module_name(p, root): p for p in sorted(root.glob("*.py"))}
    for package in packages:
        for path in sorted((root / package).rglob("*.py")):
            found[_module_name(path, root)] = path
    return found


def import_graph(root: Path, packages=PACKAGES) -> dict[str, set[str]]:
    """module -> the project modules it imports, anywhere in its code (inside functions
    too). `from pkg import name` points at pkg.name when that is a module, else at pkg;
    a submodule's implicit import of its parent package is not an edge."""
    modules = _project_modules(root, packages)
    graph: dict[str, set[str]] = {name: set() for name in modules}
    for name, path in modules.items():
        package = name if path.name == "__init__.py" else name.rpartition(".")[0]
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for node in ast.walk(tree):
            targets = []
            if isinstance(node, ast.Import):
                targets = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom):
                base = node.module or ""
                if node.level:
                    anchor = package.split(".") if package else []
                    anchor = anchor[: len(anchor) - (node.level - 1)]
                    base = ".".join(anchor + ([base] if base else []))
                targets = [
                    f"{base}.{alias.name}" if f"{base}.{alias.name}" in modules else base
                    for alias in node.names
                ]
            for target in targets:
                while target and target not in modules:  # `import a.b.c` as far as known
                    target = target.rpartition(".")[0]
                if target and target != name:
                    graph[name].add(target)
    return graph


def find_cycle(graph: dict[str, set[str]]) -> list[str] | None:
    """One cycle (its modules in import order, the first repeated at the end), or None."""
    state: dict[str, int] = {}  # 1: on the current path, 2: done
    path: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        path.append(node)
        for nxt in sorted(graph.get(node, ())):
            if state.get(nxt) == 1:
                return path[path.index(nxt) :] + [nxt]
            if nxt not in state:
                found = visit(nxt)
                if found:
                    return found
        path.pop()
        state[node] = 2
        return None

    for node in sorted(graph):
        if node not in state:
            found = visit(node)
            if found:
                return found
    return None


def test_no_import_cycle_between_project_modules():
    cycle = find_cycle(import_graph(ROOT))
    assert cycle is None, "import cycle: " + " -> ".join(cycle)


def test_the_cycle_finder_finds_a_planted_cycle(tmp_path):
    """Prove the test above can fail: a loop through an import inside a function, a
    relative import and a `from package import module`, is found; its acyclic twin is not."""
    pkg = tmp_path / "pkg"
    pkg.mkdir()
    (pkg / "__init__.py").write_text("", encoding="utf-8")
    (pkg / "a.py").write_text("from pkg import b\n", encoding="utf-8")
    (pkg / "b.py").write_text("from .c import thing\n", encoding="utf-8")
    (pkg / "c.py").write_text("def thing():\n    import pkg.a\n", encoding="utf-8")
    graph = import_graph(tmp_path, ["pkg"])
    assert graph["pkg.a"] == {"pkg.b"} and graph["pkg.b"] == {"pkg.c"}
    assert find_cycle(graph) == ["pkg.a", "pkg.b", "pkg.c", "pkg.a"]
    (pkg / "c.py").write_text("def thing():\n    import json\n", encoding="utf-8")
    assert find_cycle(import_graph(tmp_path, ["pkg"])) is None
