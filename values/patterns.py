"""A regular expression compiled on first use, for patterns most questions never need
(the Korean ones, ~10 ms to compile at import for every English question)."""

from __future__ import annotations

import re
from typing import Any


class LazyPattern:
    """Behaves as re.compile(pattern, flags) (search, findall, finditer, ...), compiling
    on the first call."""

    __slots__ = ("_source", "_flags", "_compiled")

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self._source = pattern
        self._flags = flags
        self._compiled: re.Pattern[str] | None = None

    def compiled(self) -> re.Pattern[str]:
        if self._compiled is None:
            self._compiled = re.compile(self._source, self._flags)
        return self._compiled

    def __getattr__(self, name: str) -> Any:
        return getattr(self.compiled(), name)

    def __repr__(self) -> str:
        return f"LazyPattern({self._source!r})"
