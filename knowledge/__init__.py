"""The fact base: YAML files of sourced facts, and the code that loads, validates and
indexes them. `open_base()` is the one way in for answering (loaded, indexed, cached);
`load_base()` reads and validates the files only (what `bot.py check` judges). A broken
base raises BaseError listing every problem with file, line and field, and is never
half-loaded. `diff_bases(old, new)` says what a reload changes, per file, so a file
saved only in part shows before it serves."""

from knowledge.diff import BaseDiff, FileDiff, diff_bases  # noqa: F401
from knowledge.factbase import Fact, FactBase, Source  # noqa: F401
from knowledge.loader import load_base  # noqa: F401
from knowledge.opening import LoadedBase, open_base  # noqa: F401
from knowledge.paths import DATA_DIR  # noqa: F401
from knowledge.problems import BaseError, Problem  # noqa: F401
