"""Where the fact base lives and how its files are named: shared by the loader, the
cache and the front ends, so none of them has to import another for a path."""

from __future__ import annotations

from pathlib import Path

DATA_DIR = Path(__file__).resolve().parent / "data"
VOCABULARY_FILE = "vocabulary.yaml"
PEOPLE_FILE = "people.yaml"
SOURCES_DIR = "sources"


def relative(path: Path, root: Path) -> str:
    """A file's name as problems and `facts per file` show it: `data/sources/x.yaml`."""
    try:
        return str(path.relative_to(root.parent))
    except ValueError:
        return str(path)
