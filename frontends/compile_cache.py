"""What `bot.py` compiles at every start and Python does not keep: regular expressions
and the methods `@dataclass` generates, kept between runs in one marshal file.

A `bot.py ask` process spent about half of its own time compiling: ~300 regular
expressions (the engine's tables, ~30 ms) and the ~150 methods `@dataclass` writes as
source text and compiles for its ~35 classes (~25 ms). Python keeps a module's bytecode
(`__pycache__`) but neither of these. Inside `kept()`:

- `re` compiles through a stand-in for `re._compile` that rebuilds a pattern from its
  stored compiled form with `_sre.compile`, the call `re._compiler.compile` itself ends
  with. A new pattern is compiled by `re` as always, and stored only when the rebuilt one
  compares equal to it (flags, pattern text and compiled code: `Pattern.__eq__`).
- `dataclasses` runs its generated source through a stand-in for `exec` that reuses the
  code object stored for that exact source text.

The file (`compiled-<cache tag>.marshal`) sits in the fact-base cache's folder
(`knowledge/cache.py`: TARIFF_BOT_CACHE, same rule: owned by this user and writable by no
one else, as it holds code) and records the Python build it was written by
(`sys.version`, `_sre.MAGIC`, marshal's version): another build ignores it. It is
rewritten only when something new was compiled; past LIMIT entries it keeps only what
the writing run used. Anything unexpected (another Python, a torn file, a pattern the
stand-in does not handle) falls back to `re` and `exec` as they are: the cache can make
a start slower, never an answer different.
"""

from __future__ import annotations

import contextlib
import marshal
import os
import re
import sys
from collections.abc import Iterator
from pathlib import Path

LIMIT = 4000  # stored entries (regexes + sources) before a rewrite keeps only the used ones
_PLAIN_FLAGS = re.I | re.L | re.M | re.S | re.U | re.X | re.A  # no DEBUG, no TEMPLATE


def _where() -> Path | None:
    if sys.implementation.name != "cpython":
        return None
    from knowledge.cache import folder

    where = folder()
    return None if where is None else where / f"compiled-{sys.implementation.cache_tag}.marshal"


def _build_tag() -> str:
    import _sre

    return f"{sys.version}|{_sre.MAGIC}|{marshal.version}"


def _read(path: Path) -> tuple[dict, dict]:
    from knowledge.cache import trusted

    if not (trusted(path.parent) and trusted(path)):
        return {}, {}
    try:
        data = marshal.loads(path.read_bytes())
    except Exception:  # torn or foreign: start empty
        return {}, {}
    if (
        type(data) is tuple
        and len(data) == 3
        and data[0] == _build_tag()
        and type(data[1]) is dict
        and type(data[2]) is dict
    ):
        return data[1], data[2]
    return {}, {}


def _write(path: Path, regexes: dict, sources: dict) -> None:
    from knowledge.cache import trusted

    tmp = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        if not trusted(path.parent):
            return
        import tempfile

        fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
        with os.fdopen(fd, "wb") as handle:
            handle.write(marshal.dumps((_build_tag(), regexes, sources)))
        os.replace(tmp, path)
    except Exception:
        if tmp:
            with contextlib.suppress(OSError):
                os.unlink(tmp)


def _compiled_form(pattern: str, flags: int) -> tuple | None:
    """The arguments re._compiler.compile passes to _sre.compile after the pattern."""
    try:
        from re import _compiler, _parser  # type: ignore[attr-defined]

        parsed = _parser.parse(pattern, flags)
        code = _compiler._code(parsed, flags)
        groupindex = dict(parsed.state.groupdict)
        indexgroup: list = [None] * parsed.state.groups
        for name, index in groupindex.items():
            indexgroup[index] = name
        return (
            int(flags | parsed.state.flags),
            [int(op) for op in code],  # opcodes are int subclasses marshal cannot write
            int(parsed.state.groups - 1),
            groupindex,
            tuple(indexgroup),
        )
    except Exception:
        return None


class _Regexes:
    """Stands in for re._compile (re.compile, re.search(str, ...), unpickled patterns)."""

    def __init__(self, stored: dict, original) -> None:
        import _sre

        self.stored, self.original, self.build = stored, original, _sre.compile
        self.made: dict = {}
        self.used: set = set()
        self.fresh: dict = {}

    def __call__(self, pattern, flags=0):
        if isinstance(flags, re.RegexFlag):
            flags = flags.value
        if type(pattern) is not str or type(flags) is not int or flags & ~_PLAIN_FLAGS:
            return self.original(pattern, flags)
        key = (pattern, flags)
        made = self.made.get(key)
        if made is not None:
            return made
        form = self.stored.get(key)
        if form is not None:
            try:
                made = self.build(pattern, *form)
            except Exception:
                made = None
        if made is None:
            made = self.original(pattern, flags)
            form = _compiled_form(pattern, flags)
            try:
                if form is not None and self.build(pattern, *form) == made:
                    self.fresh[key] = form
            except Exception:
                pass
        self.used.add(key)
        self.made[key] = made
        return made


class _Sources:
    """Stands in for exec inside dataclasses: its generated source, compiled once."""

    def __init__(self, stored: dict) -> None:
        self.stored = stored
        self.used: set = set()
        self.fresh: dict = {}

    def __call__(self, source, globals=None, locals=None):
        if type(source) is not str:
            return exec(source, globals, locals)  # noqa: S102 - dataclasses' own call
        code = self.stored.get(source)
        if code is None:
            code = compile(source, "<string>", "exec")
            self.fresh[source] = code
        self.used.add(source)
        return exec(code, globals, locals)  # noqa: S102 - dataclasses' own call


@contextlib.contextmanager
def kept() -> Iterator[None]:
    """Serve the regular expressions and dataclass methods compiled inside the block from
    the cache file, and store what was new. Single-threaded use (a process's start)."""
    path = _where()
    original = getattr(re, "_compile", None)
    import dataclasses

    if path is None or original is None or hasattr(dataclasses, "exec"):
        yield
        return
    stored_regexes, stored_sources = _read(path)
    regexes = _Regexes(stored_regexes, original)
    sources = _Sources(stored_sources)
    re._compile = regexes  # type: ignore[attr-defined]
    dataclasses.exec = sources  # type: ignore[attr-defined]
    try:
        yield
    finally:
        re._compile = original  # type: ignore[attr-defined]
        del dataclasses.exec  # type: ignore[attr-defined]
        if regexes.fresh or sources.fresh:
            all_regexes = {**stored_regexes, **regexes.fresh}
            all_sources = {**stored_sources, **sources.fresh}
            if len(all_regexes) + len(all_sources) > LIMIT:
                all_regexes = {k: v for k, v in all_regexes.items() if k in regexes.used}
                all_sources = {k: v for k, v in all_sources.items() if k in sources.used}
            _write(path, all_regexes, all_sources)
