"""A cache of loaded large bases, keyed on the content of every file and of the code
that reads them, so a 10,000-fact base starts in a fraction of a second.

Cached: the shipped base (reading and indexing it is ~35 ms of the ~150 ms a
`bot.py ask` takes; unpickling it is ~1 ms) and any base of CACHE_MIN_BYTES or more;
other small bases (tests' throwaway folders) are not. Only a base that loaded without
problems is stored, with its lexicon. The key covers every file of the base and every
module of values/ and knowledge/, so an edit to either is never served stale; the
KEEP newest entries are kept. The cache holds pickles, so it is read only from a folder
and files owned by this user and writable by no one else; anything odd and the base is
simply loaded from its files. TARIFF_BOT_CACHE=off turns the cache off; another value
names the folder (default ~/.cache/tariff-bot). frontends/compile_cache.py keeps its
file of compiled regexes and dataclass methods in the same folder, by the same rules.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import stat
import sys
from pathlib import Path

from knowledge.gcpause import collector_paused
from knowledge.paths import DATA_DIR

CACHE_MIN_BYTES = 256 * 1024
KEEP = 8  # entries kept; older ones (earlier edits of the base or code) go
_ROOT = Path(__file__).resolve().parent.parent
_CODE_DIRS = ("values", "knowledge")


def folder() -> Path | None:
    setting = os.environ.get("TARIFF_BOT_CACHE", "")
    if setting.lower() in ("off", "0", "no", "false"):
        return None
    if setting:
        return Path(setting)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "tariff-bot"


def key_for(root: Path, contents: list[tuple[str, bytes]]) -> str | None:
    """The content key of the base in root, from the bytes the loader read and will
    parse (name, bytes per file); None when it should not be cached."""
    if folder() is None:
        return None
    try:
        if (
            sum(len(raw) for _, raw in contents) < CACHE_MIN_BYTES
            and root.resolve() != DATA_DIR.resolve()
        ):
            return None
        digest = hashlib.sha256(sys.version.encode() + b"\0" + _yaml_version())
        for code_dir in _CODE_DIRS:
            for path in sorted((_ROOT / code_dir).glob("*.py")):
                digest.update(path.name.encode() + b"\0" + path.read_bytes())
        for name, raw in contents:
            digest.update(name.encode() + b"\0" + str(root).encode())
            digest.update(len(raw).to_bytes(8, "big") + raw)
        return digest.hexdigest()
    except (OSError, ValueError):
        return None


def _yaml_version() -> bytes:
    """PyYAML's __init__.py (it holds __version__), read without importing PyYAML: a
    cache hit parses no YAML and should not pay for loading the parser."""
    import importlib.util

    spec = importlib.util.find_spec("yaml")
    if spec is None or spec.origin is None:  # pragma: no cover - a requirement
        return b"no yaml"
    return Path(spec.origin).read_bytes()


def trusted(path: Path) -> bool:
    """Ours, and writable by no one else (pickle runs code: trust only our own files)."""
    try:
        info = os.stat(path)
    except OSError:
        return False
    return info.st_uid == os.getuid() and not info.st_mode & (stat.S_IWGRP | stat.S_IWOTH)


def load(key: str) -> tuple | None:
    """The cached (base, lexicon), or None."""
    where = folder()
    if where is None:
        return None
    path = where / f"{key}.pickle"
    if not (trusted(where) and trusted(path)):
        return None
    try:
        with open(path, "rb") as handle, collector_paused():
            base, lexicon = pickle.load(handle)  # noqa: S301 - our own file, checked above
    except Exception:  # a stale or torn file: load from the YAML instead
        return None
    return base, lexicon


def store(key: str | None, base, lexicon) -> None:
    """Save base and lexicon under key (from key_for); errors are ignored."""
    where, tmp = folder(), None
    if not key or where is None:
        return
    try:
        where.mkdir(parents=True, exist_ok=True, mode=0o700)
        if not trusted(where):
            return
        import tempfile

        fd, tmp = tempfile.mkstemp(dir=where, suffix=".tmp")
        with os.fdopen(fd, "wb") as handle:
            pickle.dump((base, lexicon), handle, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, where / f"{key}.pickle")
        entries = sorted(where.glob("*.pickle"), key=lambda p: p.stat().st_mtime, reverse=True)
        for old in entries[KEEP:]:
            old.unlink()
    except Exception:
        if tmp:
            try:
                os.unlink(tmp)
            except OSError:
                pass
