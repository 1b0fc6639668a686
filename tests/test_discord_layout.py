"""The Discord package's imports run one way (issue 10): no loop between its modules,
nothing imports the client but the runner, and the cogs never import each other."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "frontends" / "discord_bot"
PREFIX = "frontends.discord_bot."


def graph() -> dict[str, set[str]]:
    edges: dict[str, set[str]] = {}
    for path in PACKAGE.rglob("*.py"):
        name = ".".join(path.relative_to(PACKAGE).with_suffix("").parts)
        found = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module:
                modules = [node.module] + [f"{node.module}.{a.name}" for a in node.names]
            elif isinstance(node, ast.Import):
                modules = [a.name for a in node.names]
            else:
                continue
            found |= {m[len(PREFIX) :] for m in modules if m.startswith(PREFIX)}
        edges[name] = found & {
            ".".join(p.relative_to(PACKAGE).with_suffix("").parts) for p in PACKAGE.rglob("*.py")
        }
    return edges


def test_no_import_loop_in_the_discord_package():
    edges = graph()
    state: dict[str, int] = {}

    def visit(node: str, trail: list[str]) -> None:
        state[node] = 1
        for nxt in edges.get(node, ()):
            assert state.get(nxt) != 1, " -> ".join(trail + [node, nxt])
            if nxt not in state:
                visit(nxt, trail + [node])
        state[node] = 2

    for node in edges:
        if node not in state:
            visit(node, [])


def test_only_the_runner_imports_the_client_and_cogs_stand_alone():
    edges = graph()
    assert {m for m, deps in edges.items() if "client" in deps} <= {"runner"}
    assert "cogs.owner" not in edges["cogs.ask"] and "cogs.ask" not in edges["cogs.owner"]
    assert not (PACKAGE / "cog.py").exists()
