"""A regular expression compiled on first use, for patterns most questions never need
(the Korean ones, ~10 ms to compile at import for every English question)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any, cast


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


class Screened:
    """A compiled regular expression behind a first-pass screen: `needs` are strings of
    which every match holds at least one, so a text holding none cannot match and the
    search is skipped. A question runs ~70 searches, most finding nothing; Python's re
    scans a pattern that opens with \\b or a lookbehind position by position (2-12 us on
    a question), where the screen is a few substring tests (~0.3 us). The answer is
    the same either way: tests/test_screens.py checks each `needs` against its pattern
    (required_literals), so a pattern edited without its screen fails there."""

    __slots__ = ("compiled", "needs", "hangul")

    def __init__(
        self, compiled: re.Pattern[str], needs: tuple[str, ...], hangul: bool = False
    ) -> None:
        self.compiled = compiled
        self.needs = needs
        # the pattern also matches Korean words (kept out of code outside the phrasebook
        # and the Korean tables): any text that is not plain ASCII is searched
        self.hangul = hangul

    def may_match(self, text: str) -> bool:
        for need in self.needs:
            if need in text:
                return True
        return self.hangul and not text.isascii()

    # Each method tests the needs itself (not through may_match): a call less on every
    # search, which is most of what a screen saves.
    def search(self, text: str, *args: Any) -> re.Match[str] | None:
        for need in self.needs:
            if need in text:
                return self.compiled.search(text, *args)
        return self.compiled.search(text, *args) if self.hangul and not text.isascii() else None

    def match(self, text: str, *args: Any) -> re.Match[str] | None:
        for need in self.needs:
            if need in text:
                return self.compiled.match(text, *args)
        return self.compiled.match(text, *args) if self.hangul and not text.isascii() else None

    def fullmatch(self, text: str, *args: Any) -> re.Match[str] | None:
        for need in self.needs:
            if need in text:
                return self.compiled.fullmatch(text, *args)
        if self.hangul and not text.isascii():
            return self.compiled.fullmatch(text, *args)
        return None

    def finditer(self, text: str, *args: Any) -> Iterator[re.Match[str]]:
        for need in self.needs:
            if need in text:
                return self.compiled.finditer(text, *args)
        if self.hangul and not text.isascii():
            return self.compiled.finditer(text, *args)
        return iter(())

    def findall(self, text: str, *args: Any) -> list[Any]:
        for need in self.needs:
            if need in text:
                return self.compiled.findall(text, *args)
        return self.compiled.findall(text, *args) if self.hangul and not text.isascii() else []

    def sub(self, repl: Any, text: str, count: int = 0) -> str:
        for need in self.needs:
            if need in text:
                return self.compiled.sub(repl, text, count)
        if self.hangul and not text.isascii():
            return self.compiled.sub(repl, text, count)
        return text

    def split(self, text: str, maxsplit: int = 0) -> list[Any]:
        for need in self.needs:
            if need in text:
                return self.compiled.split(text, maxsplit)
        if self.hangul and not text.isascii():
            return self.compiled.split(text, maxsplit)
        return [text]

    def __getattr__(self, name: str) -> Any:  # pattern, flags, groupindex, ...
        return getattr(self.compiled, name)

    def __repr__(self) -> str:
        return f"Screened({self.compiled.pattern!r}, needs={self.needs!r})"


def screen(
    compiled: re.Pattern[str], needs: tuple[str, ...] | None, hangul: bool = False
) -> re.Pattern[str]:
    """The pattern behind the screen `needs` (see Screened); unchanged without one. Typed
    as the pattern it stands for: it answers search, match, fullmatch, finditer,
    findall, sub and split as that pattern does, and passes anything else to it.
    hangul: the pattern's Korean words are left out of `needs` (Korean belongs in the
    phrasebook and the Korean tables), and any text beyond ASCII is searched."""
    if not needs and not hangul:
        return compiled
    return cast("re.Pattern[str]", Screened(compiled, needs or (), hangul))


# What every match of a pattern must hold, read from its parse tree: for the tests that
# check each screen (never at run time: parsing costs ~0.7 ms a pattern).
_CAP = 64  # the most strings a run of literals is followed through


def required_literals(pattern: str, flags: int = 0) -> frozenset[str] | None:
    """Strings of which every match of the pattern holds one (none: no such set found).
    Zero-width parts (\\b, ^, lookarounds) consume nothing, so literals on either side of
    them still join; case-insensitive patterns are not read."""
    from re import _parser  # type: ignore[attr-defined]

    if flags & re.IGNORECASE:
        return None
    try:
        tree = _parser.parse(pattern, flags)
        if tree.state.flags & re.IGNORECASE:
            return None
        return _seq(list(tree))[1]
    except _CaseFolded:
        return None


class _CaseFolded(Exception):
    pass


def _product(left: set[str] | None, right: set[str] | None) -> set[str] | None:
    if left is None or right is None:
        return None
    out = {a + b for a in left for b in right}
    return out if len(out) <= _CAP else None


def _minimal(strings: set[str]) -> frozenset[str]:
    """Without the strings that hold another of the set: that one is needed anyway."""
    return frozenset(x for x in strings if not any(y != x and y in x for y in strings))


def _best(found: list[set[str]]) -> frozenset[str] | None:
    sets = [_minimal(s) for s in found if s and "" not in s]
    if not sets:
        return None
    return max(sets, key=lambda s: (min(4, min(len(x) for x in s)), -len(s)))


def _seq(items: list) -> tuple[set[str] | None, frozenset[str] | None]:
    """(the exact strings the sequence matches when few, else None; the required set)."""
    from re import _constants as c  # type: ignore[attr-defined]

    run: set[str] = {""}
    found: list[set[str]] = []
    whole = True
    for op, av in items:
        exact, needed = _node(op, av, c)
        if needed is not None:
            found.append(set(needed))
        joined = _product(run, exact) if exact is not None else None
        if joined is not None:
            run = joined
            continue
        found.append(run)  # the literals so far are a stretch of every match
        whole = False
        run = exact if exact is not None else {""}
    found.append(run)
    return (run if whole else None), _best(found)


def _node(op: Any, av: Any, c: Any) -> tuple[set[str] | None, frozenset[str] | None]:
    if op is c.LITERAL:
        return {chr(av)}, frozenset({chr(av)})
    if op in (c.AT, c.ASSERT, c.ASSERT_NOT):
        return {""}, None  # zero width
    if op is c.IN:
        chars: set[str] = set()
        for kind, value in av:
            if kind is c.LITERAL:
                chars.add(chr(value))
            elif kind is c.RANGE and value[1] - value[0] < 4:
                chars.update(chr(x) for x in range(value[0], value[1] + 1))
            else:
                return None, None
        return (chars, frozenset(chars)) if len(chars) <= 4 else (None, None)
    if op is c.BRANCH:
        parts = [_seq(list(p)) for p in av[1]]
        exact: set[str] | None = set()
        needed: frozenset[str] | None = frozenset()
        for part_exact, part_needed in parts:  # any branch may match: the union of each
            exact = exact | part_exact if exact is not None and part_exact is not None else None
            needed = needed | part_needed if needed is not None and part_needed else None
        if exact is not None and len(exact) > _CAP:
            exact = None
        return exact, needed
    if op is c.SUBPATTERN:
        _, add, _, sub = av
        if add & c.SRE_FLAG_IGNORECASE:
            raise _CaseFolded
        return _seq(list(sub))
    if op is getattr(c, "ATOMIC_GROUP", None):
        return _seq(list(av))
    if op in (c.MAX_REPEAT, c.MIN_REPEAT, getattr(c, "POSSESSIVE_REPEAT", None)):
        low, high, sub = av
        exact, needed = _seq(list(sub))
        if low == 0:
            return ((exact | {""}) if high == 1 and exact is not None else None), None
        if low == high == 1:
            return exact, needed
        return None, needed if needed is not None else (frozenset(exact) if exact else None)
    return None, None  # any character, a class, a back-reference: nothing literal
