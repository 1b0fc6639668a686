"""Every process picks up a changed fact base by itself: poll the files, reload on change.

Why polling: a deployment of several shard processes (or machines sharing a folder) has
no channel between processes; each one watching the files is the simplest way for all
of them to serve the same base. A poll is a `stat` of each fact file (name, size,
mtime in ns), done in a worker thread so the event loop never waits on the disk; the
load itself also runs in a thread (`Service.reload`). A broken base is logged once per
change, and the last good one keeps serving.

The wait between polls is a parameter: production sleeps `interval` seconds; tests pass
a function that waits for a trigger they set, so nothing sleeps on the clock.
"""

from __future__ import annotations

import asyncio
import logging
import os
from collections.abc import Awaitable, Callable
from pathlib import Path

log = logging.getLogger(__name__)

INTERVAL = 5.0  # seconds between polls: a saved edit serves within this
SUFFIXES = (".yaml", ".yml")

Fingerprint = tuple[tuple[str, int, int], ...]
Wait = Callable[[], Awaitable[object]]


def fingerprint(folder: Path | str) -> Fingerprint:
    """What the fact files look like on disk now: (path, size, mtime_ns) of each. Any
    edit, save, added or removed file changes it; a failing stat is a change too."""
    root = Path(folder)
    seen: list[tuple[str, int, int]] = []
    for directory, subdirs, files in os.walk(root):
        subdirs.sort()
        for name in sorted(files):
            if not name.endswith(SUFFIXES):
                continue
            path = os.path.join(directory, name)
            try:
                info = os.stat(path)
            except OSError:
                seen.append((path, -1, -1))
                continue
            seen.append((path, info.st_size, info.st_mtime_ns))
    return tuple(seen)


class BaseWatcher:
    """Polls a folder and calls `reload` when its fingerprint changes."""

    def __init__(
        self,
        folder: Path | str,
        reload: Callable[[Fingerprint], Awaitable[object]],
        *,
        wait: Wait | None = None,
        interval: float = INTERVAL,
        initial: Fingerprint | None = None,
    ):
        self.folder = Path(folder)
        self._reload = reload
        self._wait: Wait = wait or (lambda: asyncio.sleep(interval))
        self.seen: Fingerprint | None = initial
        self.polls = 0
        self._task: asyncio.Task[None] | None = None

    def start(self) -> None:
        if self._task is None or self._task.done():
            self._task = asyncio.get_running_loop().create_task(
                self._run(), name="fact-base-watcher"
            )

    async def stop(self) -> None:
        task, self._task = self._task, None
        if task is not None:
            task.cancel()
            try:
                await task
            except asyncio.CancelledError:
                pass

    async def poll(self) -> bool:
        """One look at the files; True when they changed and a reload was attempted."""
        self.polls += 1
        now = await asyncio.to_thread(fingerprint, self.folder)
        if self.seen is None:
            self.seen = now
            return False
        if now == self.seen:
            return False
        self.seen = now
        log.info("fact files changed on disk; reloading")
        await self._reload(now)
        return True

    async def _run(self) -> None:
        if self.seen is None:
            await self.poll()
        while True:
            await self._wait()
            try:
                await self.poll()
            except asyncio.CancelledError:
                raise
            except Exception:
                # The watcher must outlive any one bad poll (a folder briefly missing...).
                log.exception("watching the fact base failed; trying again at the next poll")
