"""The fact base: YAML files of sourced facts, and the code that loads, validates and
indexes them. `open_base()` is the one way in for answering (loaded, indexed, cached);
`load_base()` reads and validates the files only (what `bot.py check` judges). A broken
base raises BaseError listing every problem with file, line and field, and is never
half-loaded. `diff_bases(old, new)` says what a reload changes, per file, so a file
saved only in part shows before it serves.

The names below are imported when first used, so a process answering from the cache
never imports the loader, its checks, the diff or PyYAML."""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from knowledge.diff import BaseDiff, FileDiff, diff_bases  # noqa: F401
    from knowledge.factbase import Fact, FactBase, Source  # noqa: F401
    from knowledge.loader import load_base  # noqa: F401
    from knowledge.opening import LoadedBase, open_base  # noqa: F401
    from knowledge.paths import DATA_DIR  # noqa: F401
    from knowledge.problems import BaseError, Problem  # noqa: F401

_WHERE = {
    "BaseDiff": "knowledge.diff",
    "FileDiff": "knowledge.diff",
    "diff_bases": "knowledge.diff",
    "Fact": "knowledge.factbase",
    "FactBase": "knowledge.factbase",
    "Source": "knowledge.factbase",
    "load_base": "knowledge.loader",
    "LoadedBase": "knowledge.opening",
    "open_base": "knowledge.opening",
    "DATA_DIR": "knowledge.paths",
    "BaseError": "knowledge.problems",
    "Problem": "knowledge.problems",
}
__all__ = sorted(_WHERE)


def __getattr__(name: str) -> Any:
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module 'knowledge' has no attribute {name!r}")
    value = getattr(import_module(module), name)
    globals()[name] = value
    return value
