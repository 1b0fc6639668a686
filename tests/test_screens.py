"""Each screened pattern (values/patterns.py Screened) skips a text only when the pattern
cannot match it: its `needs` must cover every string the pattern's parse tree says a
match holds. A pattern edited without its screen fails here, not in an answer."""

from __future__ import annotations

import importlib
import pkgutil
import re
from pathlib import Path

import pytest

from values.patterns import Screened, required_literals, screen

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("values", "engine", "handlers", "answering", "knowledge", "phrasebook")


def _screens() -> list[tuple[str, Screened]]:
    """(where, pattern) for each screened pattern of the project's modules, once each:
    module names, and the items of module-level dicts, lists and tuples."""
    found: dict[int, tuple[str, Screened]] = {}
    for package in PACKAGES:
        module = importlib.import_module(package)
        names = [package] + [f"{package}.{m.name}" for m in pkgutil.iter_modules(module.__path__)]
        for name in names:
            for attr, value in vars(importlib.import_module(name)).items():
                if isinstance(value, Screened):
                    found.setdefault(id(value), (f"{name}.{attr}", value))
                elif isinstance(value, (dict, list, tuple)):
                    pairs = value.items() if isinstance(value, dict) else enumerate(value)
                    for key, item in pairs:
                        if isinstance(item, Screened):
                            found.setdefault(id(item), (f"{name}.{attr}[{key!r}]", item))
    return list(found.values())


SCREENS = _screens()


def test_screens_are_found() -> None:
    assert len(SCREENS) >= 50


@pytest.mark.parametrize(("name", "screened"), SCREENS, ids=[n for n, _ in SCREENS])
def test_needs_cover_every_match(name: str, screened: Screened) -> None:
    compiled = screened.compiled
    assert not compiled.flags & re.IGNORECASE, "screens compare exact text"
    held = required_literals(compiled.pattern, compiled.flags)
    assert held, f"{name}: no literal every match holds; do not screen it"
    uncovered = [
        s
        for s in held
        if not any(need in s for need in screened.needs)
        and not (screened.hangul and not s.isascii())  # searched in any non-ASCII text
    ]
    assert not uncovered, f"{name}: a match may hold only {uncovered}, which no need covers"


def test_required_literals() -> None:
    assert required_literals(r"\b(?:could|would)\s+(?:cause|trigger)\b") in (
        {"could", "would"},
        {"cause", "trigger"},
    )
    assert required_literals(r"ab?c") == {"ac", "abc"}
    assert required_literals(r"\d+%") == {"%"}
    assert required_literals(r"(?:yeah|yea)\W*$") == {"yea"}  # "yeah" holds "yea"
    assert required_literals(r"a|b?") is None  # may match nothing
    assert required_literals(r"(?i)abc") is None  # case folded: not read
    assert required_literals(r"\w+") is None


def test_screen_answers_as_the_pattern() -> None:
    compiled = re.compile(r"\b(?:cat|dog)s?\b")
    screened = screen(compiled, ("cat", "dog"))
    for text in ("two cats", "a dog", "a bird", "", "catalog dogs"):
        assert screened.search(text) == compiled.search(text) or (
            screened.search(text).span() == compiled.search(text).span()  # type: ignore[union-attr]
        )
        assert screened.findall(text) == compiled.findall(text)
        assert screened.sub("pet", text) == compiled.sub("pet", text)
        assert screened.split(text) == compiled.split(text)
        assert [m.span() for m in screened.finditer(text)] == [
            m.span() for m in compiled.finditer(text)
        ]
    assert screened.pattern == compiled.pattern
    assert screen(compiled, None) is compiled
    korean = re.compile(r"cats?|고양이")
    both = screen(korean, ("cat",), hangul=True)
    for text in ("a cat", "고양이 두 마리", "a dog", "개"):
        assert bool(both.search(text)) == bool(korean.search(text))


def test_screened_patterns_agree_on_the_questions() -> None:
    """Every question of the own sets, folded as the parser folds it: the screened and
    the bare pattern find the same."""
    import yaml

    from values.text import fold

    texts = []
    for path in sorted((ROOT / "tests").glob("questions_*.yaml")):
        if "holdout" in path.name:
            continue
        for item in yaml.safe_load(path.read_text(encoding="utf-8")) or []:
            if isinstance(item, dict) and item.get("q"):
                texts.append(fold(str(item["q"])))
    assert texts
    for name, screened in SCREENS:
        for text in texts:
            if screened.compiled.search(text):
                assert screened.may_match(text), (name, text)


def test_chat_you_pattern_is_the_lookbehind_first_one() -> None:
    """expand_chat's "u" -> "you" pattern scans for the "u" first, then looks behind it:
    the same matches as the lookbehind-first pattern it replaced, on any text."""
    import random

    from engine.parse import _CHAT_CONTEXT

    before = re.compile(r"(?<![\w.-])u\b(?![-.]|\s?s\b)")
    now = next(rx for rx, repl in _CHAT_CONTEXT if repl == "you")
    rng = random.Random(1)
    for _ in range(20000):
        text = "".join(rng.choice("us.-' x?,k\n_é2") for _ in range(rng.randint(0, 12)))
        assert [m.span() for m in now.finditer(text)] == [m.span() for m in before.finditer(text)]
