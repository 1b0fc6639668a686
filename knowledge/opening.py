"""The one way to open a base for answering: read the files, serve them from the cache
when their content (and the code) was seen before, else load, validate and index them,
and store the result. Loading, caching and indexing meet here and nowhere else."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from knowledge import cache
from knowledge.factbase import FactBase
from knowledge.files import read_files
from knowledge.index import Lexicon, build_lexicon
from knowledge.paths import DATA_DIR


@dataclass(frozen=True)
class LoadedBase:
    base: FactBase
    lexicon: Lexicon
    from_cache: bool = False  # served by knowledge/cache.py, not parsed now


def open_base(data_dir: Path | str = DATA_DIR, *, use_cache: bool = True) -> LoadedBase:
    """The validated, indexed base from data_dir, or BaseError listing every problem.
    Each file is read once: the bytes hashed for the cache key are the bytes parsed."""
    files = read_files(Path(data_dir))
    contents = files.contents() if use_cache else None
    key = cache.key_for(files.root, contents) if contents is not None else None
    hit = cache.load(key) if key else None
    if hit is not None:
        cached_base, cached_lexicon = hit
        return LoadedBase(cached_base, cached_lexicon, from_cache=True)
    from knowledge.loader import build_base  # not needed when the cache serves the base

    base, owners = build_base(files)
    lexicon = build_lexicon(base, owners)
    if key:
        cache.store(key, base, lexicon)
    return LoadedBase(base, lexicon)
