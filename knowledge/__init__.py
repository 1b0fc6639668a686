"""The fact base: YAML files of sourced facts, and the code that loads, validates and
indexes them. `load_base()` is the one way in; a broken base raises BaseError listing
every problem with file, line and field, and is never half-loaded. `diff_bases(old, new)`
says what a reload changes, per file, so a file saved only in part shows before it serves."""

from knowledge.diff import BaseDiff, FileDiff, diff_bases  # noqa: F401
from knowledge.factbase import Fact, FactBase, Source  # noqa: F401
from knowledge.loader import DATA_DIR, BaseError, Problem, load_base  # noqa: F401
