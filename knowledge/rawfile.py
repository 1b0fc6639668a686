"""A fact file's bytes, read once and within the size limit, and the problem raised when
a file cannot be read or parsed. Apart from knowledge/yamlfile.py so that listing and
reading the files (and a cache hit, which parses nothing) never imports PyYAML."""

from __future__ import annotations

import os
import stat
from pathlib import Path

MAX_FILE_BYTES = 1 << 20  # a fact file is a few KiB; 1 MiB is generous, 50 MB is an attack


class YamlProblem(Exception):
    """A file that cannot be read as a fact file, with the line where it went wrong."""

    def __init__(self, message: str, line: int | None = None):
        super().__init__(message)
        self.message = message
        self.line = line


def read_bytes(path: Path) -> bytes:
    """The file's bytes, read once, within the size limit; YamlProblem if it cannot be.
    The loader hashes and parses these same bytes, so an edit between the two cannot
    put one version's content under another version's cache key."""
    try:
        info = os.stat(path)
        if not stat.S_ISREG(info.st_mode):  # a FIFO blocks, /dev/zero never ends
            raise YamlProblem("not a regular file")
        size = info.st_size
        if size > MAX_FILE_BYTES:
            raise YamlProblem(f"file is {size:,} bytes; the limit is {MAX_FILE_BYTES:,}")
        with open(path, "rb") as handle:  # read no more than the limit, even if it grew
            raw = handle.read(MAX_FILE_BYTES + 1)
        if len(raw) > MAX_FILE_BYTES:
            raise YamlProblem(f"file is over {MAX_FILE_BYTES:,} bytes")
    except OSError as error:
        raise YamlProblem(f"cannot read: {error.strerror or error}") from None
    return raw
