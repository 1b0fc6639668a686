"""`python bot.py run`: settings, the fact base, logging, then the bot until stopped."""

from __future__ import annotations

import asyncio
import logging
import sys
from collections.abc import Mapping
from pathlib import Path

from answering.orchestrator import Engine
from frontends.discord_bot.config import ConfigError, Settings
from frontends.discord_bot.logsafe import RedactToken, install
from knowledge import BaseError

__all__ = ["RedactToken", "run"]

log = logging.getLogger("frontends.discord_bot")


def run(
    data_dir: Path | str | None = None,
    environ: Mapping[str, str] | None = None,
    dotenv: Path | None = None,
) -> int:
    try:
        settings = Settings.load(environ, dotenv)
    except ConfigError as error:
        print(f"bot.py run: {error}", file=sys.stderr)
        return 2
    try:
        engine = Engine.load(data_dir)
    except BaseError as error:
        print(
            f"bot.py run: the fact base is broken; run `python bot.py check`.\n{error}",
            file=sys.stderr,
        )
        return 2

    import discord

    from frontends.discord_bot.client import TariffBot
    from frontends.misses import MissesLog

    discord.utils.setup_logging()
    install(settings.token)

    bot = TariffBot(
        engine,
        data_dir=data_dir,
        guild_id=settings.guild_id,
        shard_count=settings.shard_count,
        shard_ids=settings.shard_ids,
        owner_ids=settings.owner_ids,
        misses=MissesLog(settings.misses_path),
    )

    async def main() -> None:
        async with bot:
            await bot.start(settings.token)

    try:
        asyncio.run(main())
    except discord.LoginFailure:
        log.error(
            "Discord refused the token in DISCORD_TOKEN; reset it in the developer "
            "portal and try again."
        )
        return 2
    except discord.PrivilegedIntentsRequired:
        log.error("Discord says a privileged intent is required; this bot asks for none.")
        return 2
    except KeyboardInterrupt:
        log.info("stopped")
    except Exception:
        # Through the redacting handler, not Python's bare traceback on stderr.
        log.exception("the bot stopped on an unexpected error")
        return 1
    return 0
