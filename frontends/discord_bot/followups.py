"""The last answered question per (user, channel), kept for `ttl` seconds (10 minutes)
so "and lumber?" or "what about $50,000?" can reuse its topic. Bounded: at most
`max_entries`, least recently used evicted first; expired entries are dropped when met.
The clock is a parameter so tests don't sleep.

A follow-up belongs to the engine that answered it: its topic names facts and products of
that engine's base, which a reloaded base may no longer have. Entries carry their owner;
`get` with another owner finds nothing (and drops the entry), and a reload clears them
all, so an answer that finishes after a reload can never leak into the new base's
follow-ups."""

from __future__ import annotations

import time
from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import Any

TEN_MINUTES = 600.0


class FollowUps:
    def __init__(
        self,
        ttl: float = TEN_MINUTES,
        *,
        clock: Callable[[], float] = time.monotonic,
        max_entries: int = 10_000,
    ):
        if ttl <= 0 or max_entries < 1:
            raise ValueError("ttl must be > 0 and max_entries >= 1")
        self.ttl, self.clock, self.max_entries = ttl, clock, max_entries
        # key -> (time, owner, answer)
        self._entries: OrderedDict[Hashable, tuple[float, Any, Any]] = OrderedDict()

    def __len__(self) -> int:
        return len(self._entries)

    def __bool__(self) -> bool:  # an empty store is still a store (`x or default`)
        return True

    def get(self, user_id: int, channel_id: int | None, owner: Any = None) -> Any:
        key = (user_id, channel_id)
        item = self._entries.get(key)
        if item is None:
            return None
        if self.clock() - item[0] >= self.ttl or item[1] is not owner:
            del self._entries[key]
            return None
        return item[2]

    def put(self, user_id: int, channel_id: int | None, answer: Any, owner: Any = None) -> None:
        now = self.clock()
        key = (user_id, channel_id)
        self._entries[key] = (now, owner, answer)
        self._entries.move_to_end(key)
        entries = self._entries
        while entries:  # expired ones at the old end
            oldest = next(iter(entries.values()))
            if now - oldest[0] < self.ttl and len(entries) <= self.max_entries:
                break
            entries.popitem(last=False)

    def clear(self) -> None:
        self._entries.clear()
