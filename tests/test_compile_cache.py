"""frontends/compile_cache.py: the regular expressions and dataclass methods a `bot.py`
start compiles, kept between runs, must be exactly what re and dataclasses would make
(README, "Performance")."""

from __future__ import annotations

import dataclasses
import marshal
import os
import re
import subprocess
import sys
from pathlib import Path

from frontends import compile_cache

ROOT = Path(__file__).resolve().parent.parent
FILE = f"compiled-{sys.implementation.cache_tag}.marshal"


def _kept_once(source: str) -> dict:
    """Run source inside kept(); the names it made."""
    names: dict = {}
    with compile_cache.kept():
        exec(source, names)  # noqa: S102 - the test's own code
    return names


SOURCE = """
import re
from dataclasses import dataclass, field
PATTERNS = [
    re.compile(r"(?P<rate>\\d+(?:\\.\\d+)?)\\s*%\\s*tariff-test-one"),
    re.compile(r"\\bkorea[n]?\\b test two", re.I | re.X),
    re.compile(r"(?i)(a)(b)?(?P<c>c+) test three"),
    re.compile(r"자동차|test four"),
    re.compile(b"bytes test five"),
]
@dataclass(frozen=True, order=True)
class Point:
    x: int
    y: int = 0
    tags: tuple = field(default=())
"""


def test_a_second_run_rebuilds_the_same_patterns_and_classes(tmp_path, monkeypatch):
    monkeypatch.setenv("TARIFF_BOT_CACHE", str(tmp_path))
    first = _kept_once(SOURCE)
    assert (tmp_path / FILE).exists()
    stamp = (tmp_path / FILE).stat().st_mtime_ns
    second = _kept_once(SOURCE)
    assert (tmp_path / FILE).stat().st_mtime_ns == stamp, "nothing new: not rewritten"
    _, regexes, sources = marshal.loads((tmp_path / FILE).read_bytes())
    assert len(regexes) >= 4 and sources  # the bytes pattern is left to re
    for made, fresh in zip(second["PATTERNS"], first["PATTERNS"], strict=True):
        plain = re.compile(made.pattern, made.flags)
        assert made == plain == fresh
        assert (made.groups, made.groupindex) == (plain.groups, plain.groupindex)
    match = second["PATTERNS"][0].search("a 25.5 % tariff-test-one")
    assert match and match["rate"] == "25.5"
    assert second["PATTERNS"][2].search("ABCC TEST THREE").group("c") == "CC"
    point = second["Point"](1, 2)
    assert point == second["Point"](1, 2) and point < second["Point"](2)
    assert repr(point) == "Point(x=1, y=2, tags=())"
    try:
        point.x = 3  # type: ignore[misc]
    except dataclasses.FrozenInstanceError:
        pass
    else:
        raise AssertionError("frozen")
    assert not isinstance(re._compile, compile_cache._Regexes) and not hasattr(dataclasses, "exec")


def test_every_stored_pattern_of_a_real_start_equals_a_fresh_compile(tmp_path):
    env = {**os.environ, "TARIFF_BOT_CACHE": str(tmp_path)}
    runs = [
        subprocess.run(
            [sys.executable, "bot.py", "ask", "What's the new tariff on Korean cars?"],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
        )
        for _ in range(2)
    ]
    off = subprocess.run(
        [sys.executable, "bot.py", "ask", "What's the new tariff on Korean cars?"],
        cwd=ROOT,
        env={**os.environ, "TARIFF_BOT_CACHE": "off"},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert runs[0].returncode == 0 and "15%" in runs[0].stdout, runs[0].stderr[-2000:]
    assert runs[0].stdout == runs[1].stdout == off.stdout
    _, regexes, sources = marshal.loads((tmp_path / FILE).read_bytes())
    assert len(regexes) > 100 and len(sources) > 50
    import _sre

    for (pattern, flags), form in regexes.items():
        rebuilt, plain = _sre.compile(pattern, *form), re.compile(pattern, flags)
        assert rebuilt == plain, pattern
        assert (rebuilt.groups, rebuilt.groupindex) == (plain.groups, plain.groupindex)
    for source, code in sources.items():
        assert code == compile(source, "<string>", "exec")


def test_a_foreign_torn_or_unsafe_file_is_ignored(tmp_path, monkeypatch):
    monkeypatch.setenv("TARIFF_BOT_CACHE", str(tmp_path))
    path = tmp_path / FILE
    tmp_path.chmod(0o700)
    probe = 'import re\nP = re.compile(r"ignored-file-probe (\\d+)")\n'
    for content in (
        marshal.dumps(("another python", {}, {})),
        b"\x00torn",
        marshal.dumps(
            (compile_cache._build_tag(), {("ignored-file-probe (\\d+)", 32): "junk"}, {})
        ),
    ):
        path.write_bytes(content)
        made = _kept_once(probe)["P"]
        assert made.search("ignored-file-probe 42").group(1) == "42"
    path.write_bytes(marshal.dumps((compile_cache._build_tag(), {}, {})))
    path.chmod(0o666)  # writable by others: never read
    assert compile_cache._read(path) == ({}, {})


def test_off_means_untouched(monkeypatch):
    monkeypatch.setenv("TARIFF_BOT_CACHE", "off")
    original = re._compile
    with compile_cache.kept():
        assert re._compile is original and not hasattr(dataclasses, "exec")
