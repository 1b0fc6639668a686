"""The base's files, listed and read once: the bytes the cache key hashes are the bytes
the loader parses, and a folder that cannot be listed or holds a misnamed file is a
problem, not a silently smaller base."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from knowledge.paths import PEOPLE_FILE, SOURCES_DIR, VOCABULARY_FILE, relative
from knowledge.problems import Problem
from knowledge.rawfile import YamlProblem, read_bytes

MAX_FILES = 500
# Names a person may give a fact file that the loader would otherwise skip silently.
_MISNAMED = (".yml", ".YML", ".Yml", ".YAML", ".Yaml")


@dataclass
class Files:
    """The base's files, each read exactly once: the bytes hashed for the cache key are
    the bytes parsed, so an edit in between cannot file one version under another's key."""

    root: Path
    vocabulary: tuple  # (path, name, bytes | YamlProblem)
    sources: list  # [(path, name, bytes | YamlProblem)], sorted by name
    problems: list  # listing problems: no sources, too many, a .yml file
    people: tuple | None = None  # (path, name, bytes | YamlProblem) of people.yaml

    @property
    def all(self) -> list:
        return [self.vocabulary, *([self.people] if self.people else []), *self.sources]

    def contents(self) -> list[tuple[str, bytes]] | None:
        """(name, bytes) of every file, or None if any could not be read or listed."""
        if self.problems or any(isinstance(raw, YamlProblem) for _, _, raw in self.all):
            return None
        return [(name, raw) for _, name, raw in self.all]


def _read(path: Path) -> bytes | YamlProblem:
    try:
        return read_bytes(path)
    except YamlProblem as error:
        return error


def read_files(root: Path) -> Files:
    """List the sources folder once and read every fact file once."""
    problems: list[Problem] = []
    folder = root / SOURCES_DIR
    try:
        paths = sorted(folder.glob("*.yaml"))
        misnamed = sorted(p for p in folder.glob("*") if p.suffix in _MISNAMED)
    except OSError as error:
        paths, misnamed = [], []
        problems.append(Problem(str(folder), None, None, f"cannot list: {error}"))
    for path in misnamed:
        problems.append(
            Problem(
                relative(path, root),
                None,
                None,
                f"a {path.suffix} file is never read; rename it to "
                f"{path.stem}.yaml (fact files end in .yaml)",
            )
        )
    if not paths:
        problems.append(Problem(str(folder), None, None, "no *.yaml source files"))
    if len(paths) > MAX_FILES:
        problems.append(
            Problem(str(folder), None, None, f"{len(paths)} files; the limit is {MAX_FILES}")
        )
        paths = paths[:MAX_FILES]
    vocab_path = root / VOCABULARY_FILE
    people_path = root / PEOPLE_FILE
    people = (
        (people_path, relative(people_path, root), _read(people_path))
        if people_path.exists()
        else None
    )
    return Files(
        root,
        (vocab_path, relative(vocab_path, root), _read(vocab_path)),
        [(p, relative(p, root), _read(p)) for p in paths],
        problems,
        people,
    )
