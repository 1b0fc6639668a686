"""Per user, per server rate limit: `rate` questions per `per` seconds, one notice.

Over the limit the first refused question gets one short notice; further ones in the
same window are dropped silently (no message, no API call), so a flood costs nothing.
Memory is bounded: at most `max_entries` keys, the least recently seen evicted first,
and keys whose window has passed are pruned as they come up. The clock is a parameter
so tests move time by hand instead of sleeping.
"""

from __future__ import annotations

import time
from collections import OrderedDict, deque
from collections.abc import Callable, Hashable
from dataclasses import dataclass

OK = "ok"
NOTICE = "notice"
SILENT = "silent"


@dataclass(frozen=True)
class Verdict:
    action: str  # OK, NOTICE or SILENT
    retry_after: float = 0.0  # seconds until the next question would be accepted

    @property
    def allowed(self) -> bool:
        return self.action == OK


class _Entry:
    __slots__ = ("times", "noticed")

    def __init__(self, rate: int):
        self.times: deque = deque(maxlen=rate)
        self.noticed = False


class Cooldown:
    def __init__(
        self,
        rate: int = 5,
        per: float = 30.0,
        *,
        clock: Callable[[], float] = time.monotonic,
        max_entries: int = 10_000,
    ):
        if rate < 1 or per <= 0 or max_entries < 1:
            raise ValueError("rate and max_entries must be >= 1 and per > 0")
        self.rate, self.per, self.clock, self.max_entries = rate, per, clock, max_entries
        self._entries: OrderedDict[Hashable, _Entry] = OrderedDict()

    def __len__(self) -> int:
        return len(self._entries)

    def __bool__(self) -> bool:  # an empty store is still a store (`x or default`)
        return True

    def hit(self, key: Hashable) -> Verdict:
        """Count one question for `key` (e.g. (user id, guild id)) and say what to do."""
        now = self.clock()
        entry = self._entries.get(key)
        if entry is None:
            entry = self._entries[key] = _Entry(self.rate)
            self._evict(now)
        else:
            self._entries.move_to_end(key)
        times = entry.times
        while times and now - times[0] >= self.per:
            times.popleft()
        if len(times) < self.rate:
            times.append(now)
            entry.noticed = False
            return Verdict(OK)
        retry = max(0.0, self.per - (now - times[0]))
        if entry.noticed:
            return Verdict(SILENT, retry)
        entry.noticed = True
        return Verdict(NOTICE, retry)

    def _evict(self, now: float) -> None:
        # Drop stale keys from the old end (cheap: stops at the first live one), then
        # the least recently seen ones beyond the cap.
        entries = self._entries
        while entries:
            key, entry = next(iter(entries.items()))
            if entry.times and now - entry.times[-1] < self.per:
                break
            if not entry.times and len(entries) <= self.max_entries:
                break
            entries.popitem(last=False)
        while len(entries) > self.max_entries:
            entries.popitem(last=False)
