"""The async path every Discord question takes, free of discord objects so it can be
flooded in tests: cooldown -> follow-up lookup -> engine (in a worker thread) ->
follow-up store -> misses log.

The engine answers in well under a millisecond, but a burst of thousands of questions
all made ready at once would still hold the event loop for their sum, so `ask()` runs
the engine on a small thread pool and the loop only does bookkeeping.
"""
from __future__ import annotations

import asyncio
import logging
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

from engine.answer import Answer
from frontends.discord_bot.cooldown import NOTICE, OK, Cooldown, Verdict
from frontends.discord_bot.followups import FollowUps

log = logging.getLogger(__name__)

MAX_QUESTION = 1000      # Discord messages can be 4,000 characters; questions are short


@dataclass
class Outcome:
    answer: Answer | None          # None when the cooldown refused the question
    verdict: Verdict = Verdict(OK)

    @property
    def notice(self) -> bool:
        """Send the one short cooldown notice (the first refusal in a window)."""
        return self.verdict.action == NOTICE


class AskService:
    def __init__(self, engine, *, cooldown: Cooldown | None = None,
                 followups: FollowUps | None = None, misses=None, workers: int = 2):
        self.engine = engine
        self.cooldown = cooldown or Cooldown()
        self.followups = followups or FollowUps()
        self.misses = misses
        self._pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="engine")

    def swap(self, engine) -> None:
        """Use a freshly loaded engine from now on (questions in flight finish on the old)."""
        self.engine = engine
        self.followups.clear()        # old topics point into the old base

    async def ask(self, question: str, *, user_id: int, guild_id: int | None,
                  channel_id: int | None, limited: bool = True,
                  followup: bool = True) -> Outcome:
        if limited:
            verdict = self.cooldown.hit((user_id, guild_id))
            if not verdict.allowed:
                return Outcome(None, verdict)
        previous = self.followups.get(user_id, channel_id) if followup else None
        engine = self.engine
        loop = asyncio.get_running_loop()
        answer = await loop.run_in_executor(
            self._pool, self._answer, engine, question[:MAX_QUESTION], previous, guild_id)
        if answer.answered and followup:
            self.followups.put(user_id, channel_id, answer)
        return Outcome(answer)

    def _answer(self, engine, question: str, previous, guild_id) -> Answer:
        answer = engine.ask(question, previous)
        if not answer.answered and self.misses is not None and question.strip():
            try:
                self.misses.record(question, guild_id, answer.suggestions, answer.score)
            except OSError as error:           # a full disk must not stop answers
                log.warning("could not write the misses log: %s", error)
        return answer

    def close(self) -> None:
        self._pool.shutdown(wait=False, cancel_futures=True)
