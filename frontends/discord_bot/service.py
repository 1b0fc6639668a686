"""The one path every question takes, shared by the commands, the buttons and mentions.

    cooldown -> follow-up lookup -> engine (the matcher never stalls the loop) ->
    misses log (off the loop, never fails a reply) -> the Answer

and the running engine itself: `reload` loads a new base in a worker thread and swaps it
in only when it loaded cleanly, for `/reload` and for the file watcher alike. The cogs
and buttons are given this object; none of them reaches into the bot for state.
"""

from __future__ import annotations

import asyncio
import gc
import logging
from dataclasses import dataclass, field
from pathlib import Path

from answering.orchestrator import Engine
from engine.answer import Answer
from frontends.discord_bot.autocomplete import Autocomplete, index_for
from frontends.discord_bot.cooldown import Cooldown, Verdict
from frontends.discord_bot.followups import FollowUps
from frontends.discord_bot.watch import BaseWatcher, Fingerprint, Wait, fingerprint
from frontends.misses import MissesLog
from knowledge import DATA_DIR, BaseError, Problem

log = logging.getLogger(__name__)

MAX_QUESTION = 4000


def settle_heap() -> None:
    """Move the long-lived startup objects (discord.py, the engine, the fact base) out of
    the garbage collector's way: a full collection then no longer walks them, which keeps
    the event loop from stalling tens of milliseconds under a burst of questions."""
    gc.unfreeze()  # a reload's old base may now be garbage
    gc.collect()
    gc.freeze()


@dataclass
class Outcome:
    verdict: Verdict
    answer: Answer | None = None


@dataclass(frozen=True)
class ReloadResult:
    status: str  # "reloaded", "refused" or "failed"
    engine: Engine | None = None
    problems: tuple[Problem, ...] = field(default=())
    error: str = ""


class Service:
    def __init__(
        self,
        engine: Engine,
        *,
        data_dir: Path | str | None = None,
        cooldown: Cooldown | None = None,
        followups: FollowUps | None = None,
        misses: MissesLog | None = None,
        offload: bool = False,
        concurrency: int = 2,
    ):
        self._engine = engine
        self.data_dir = data_dir
        self.cooldown = cooldown if cooldown is not None else Cooldown()
        self.followups = followups if followups is not None else FollowUps()
        self.misses = misses
        self.offload = offload
        self._gate = asyncio.Semaphore(concurrency)
        self._reloading = asyncio.Lock()
        self.watcher: BaseWatcher | None = None
        self.reloads = 0

    @property
    def engine(self) -> Engine:
        return self._engine

    @property
    def folder(self) -> Path:
        return Path(self.data_dir) if self.data_dir else DATA_DIR

    # ----- questions -----------------------------------------------------------------------

    def admit(self, user_id: int, guild_id: int | None) -> Verdict:
        return self.cooldown.hit((user_id, guild_id))

    async def respond(
        self, question: str, *, user_id: int, guild_id: int | None, channel_id: int | None
    ) -> Outcome:
        verdict = self.admit(user_id, guild_id)
        if not verdict.allowed:
            return Outcome(verdict)
        return Outcome(
            verdict,
            await self.answer(question, user_id=user_id, guild_id=guild_id, channel_id=channel_id),
        )

    async def answer(
        self, question: str, *, user_id: int, guild_id: int | None, channel_id: int | None
    ) -> Answer:
        question = str(question)[:MAX_QUESTION]
        async with self._gate:
            engine = self._engine
            previous = self.followups.get(user_id, channel_id, engine)
            if self.offload:
                answer = await asyncio.to_thread(engine.ask, question, previous)
            else:
                answer = engine.ask(question, previous)
                # Hold the gate across one loop turn: under a burst at most `concurrency`
                # questions are matched per turn, so the loop never stalls on a backlog.
                await asyncio.sleep(0)
        if answer.answered:
            if engine is self._engine:  # a reload meanwhile: not a topic to reuse
                self.followups.put(user_id, channel_id, answer, engine)
        elif str(question).strip():
            await self.log_miss(answer, guild_id)
        return answer

    async def log_miss(self, answer: Answer, guild_id: int | None) -> None:
        """Record a decline; a failing log (disk full, permissions, ...) is a warning in
        the bot's log, never a second reply."""
        if self.misses is None:
            return
        try:
            await asyncio.to_thread(self.misses.record, answer, guild_id)
        except Exception as error:
            log.warning("could not write the misses log: %s: %s", type(error).__name__, error)

    async def report_wrong(self, question: str, facts: list[str], guild_id: int | None) -> bool:
        """A "Wrong answer?" press: the question, the answer's facts and their sources."""
        if self.misses is None:
            return False
        base = self._engine.base
        sources = []
        for fact_id in facts:
            try:
                citation = base.fact(fact_id).source.citation()
            except Exception:  # a fact the running base no longer has
                continue
            if citation not in sources:
                sources.append(citation)
        try:
            await asyncio.to_thread(self.misses.report_wrong, question, facts, sources, guild_id)
        except Exception as error:
            log.warning(
                "could not write a wrong-answer report: %s: %s", type(error).__name__, error
            )
            return False
        return True

    # ----- autocomplete --------------------------------------------------------------------

    @property
    def autocomplete(self) -> Autocomplete:
        return index_for(self._engine)

    # ----- the running base ----------------------------------------------------------------

    def watch(self, wait: Wait | None = None, interval: float | None = None) -> BaseWatcher:
        """A watcher of this service's fact files (started by the bot)."""
        options = {} if interval is None else {"interval": interval}
        self.watcher = BaseWatcher(
            self.folder, self._changed, wait=wait, initial=fingerprint(self.folder), **options
        )
        return self.watcher

    async def _changed(self, seen: Fingerprint) -> None:
        await self.reload(seen)

    async def reload(self, seen: Fingerprint | None = None) -> ReloadResult:
        """Load the base anew in a worker thread; swap it in only if it loaded cleanly."""
        async with self._reloading:
            if seen is None:
                seen = await asyncio.to_thread(fingerprint, self.folder)
            if self.watcher is not None:
                self.watcher.seen = seen  # this state of the files is now handled
            try:
                fresh = await asyncio.to_thread(self._load)
            except BaseError as error:
                log.warning(
                    "fact base refused, %d problem(s); keeping the running base:\n%s",
                    len(error.problems),
                    "\n".join(f"  {p}" for p in error.problems),
                )
                return ReloadResult("refused", problems=tuple(error.problems))
            except Exception as error:  # unreadable folder, ...: keep running
                log.exception("reload failed; keeping the running fact base")
                return ReloadResult("failed", error=type(error).__name__)
            self.replace(fresh)
            base = fresh.base
            log.info(
                "fact base reloaded: %d facts from %d sources", len(base.facts), len(base.sources)
            )
            return ReloadResult("reloaded", fresh)

    def _load(self) -> Engine:
        engine = Engine.load(self.data_dir)
        index_for(engine)  # the autocomplete list, built here, off the event loop
        return engine

    def replace(self, engine: Engine) -> None:
        self._engine = engine
        self.followups.clear()
        self.reloads += 1
        settle_heap()
