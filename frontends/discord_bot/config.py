"""Settings from the environment and an optional `.env` file in the current directory.

    DISCORD_TOKEN        the bot token (required; never logged or echoed)
    DISCORD_GUILD_ID     a test server: commands are synced there at start
    DISCORD_SHARD_COUNT  total shards of the deployment (with DISCORD_SHARD_IDS)
    DISCORD_SHARD_IDS    the shards this process runs, e.g. "0,1" (needs the count)
    DISCORD_OWNER_IDS    user ids allowed /sync and /reload (default: the app's owner/team)
    TARIFF_MISSES_LOG    the unanswered-questions log (default var/misses.jsonl)

Variables set in the environment win over the `.env` file.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from dotenv import dotenv_values

from frontends.misses import DEFAULT_PATH


class ConfigError(Exception):
    """A setting is missing or malformed; the message says which and how to fix it."""


NO_TOKEN = (
    "DISCORD_TOKEN is not set. Create a bot in the Discord developer portal, then "
    "put its token in the environment (export DISCORD_TOKEN=...) or in a .env file "
    "in the current directory (DISCORD_TOKEN=...)."
)


def read_dotenv(path: Path) -> dict[str, str]:
    """KEY=VALUE lines as python-dotenv reads them (inline `# comments`, quotes, `export `),
    because the README's own example has inline comments a hand-written reader got wrong.
    A missing or unreadable file is simply no settings."""
    try:
        if not path.is_file():
            return {}
        values = dotenv_values(path, encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return {}
    return {key: value for key, value in values.items() if value is not None}


def _int(name: str, text: str) -> int:
    try:
        value = int(text.strip())
    except ValueError:
        raise ConfigError(f"{name} must be a whole number, got {text.strip()[:40]!r}") from None
    if value < 0:
        raise ConfigError(f"{name} must not be negative")
    return value


@dataclass
class Settings:
    token: str = field(repr=False)  # never in a repr, a log line or an error
    guild_id: int | None = None
    shard_count: int | None = None
    shard_ids: list[int] | None = None
    owner_ids: set[int] = field(default_factory=set)
    misses_path: Path = DEFAULT_PATH

    @classmethod
    def load(cls, environ: Mapping[str, str] | None = None, dotenv: Path | None = None) -> Settings:
        environ = os.environ if environ is None else environ
        values = read_dotenv(dotenv if dotenv is not None else Path.cwd() / ".env")
        values.update({k: v for k, v in environ.items() if k.startswith(("DISCORD_", "TARIFF_"))})
        token = values.get("DISCORD_TOKEN", "").strip()
        if not token:
            raise ConfigError(NO_TOKEN)
        if any(c.isspace() for c in token):
            raise ConfigError(
                "DISCORD_TOKEN contains spaces or line breaks; paste the token alone."
            )
        settings = cls(token=token)
        if values.get("DISCORD_GUILD_ID", "").strip():
            settings.guild_id = _int("DISCORD_GUILD_ID", values["DISCORD_GUILD_ID"])
        if values.get("DISCORD_SHARD_COUNT", "").strip():
            settings.shard_count = _int("DISCORD_SHARD_COUNT", values["DISCORD_SHARD_COUNT"])
            if settings.shard_count < 1:
                raise ConfigError("DISCORD_SHARD_COUNT must be at least 1")
        if values.get("DISCORD_SHARD_IDS", "").strip():
            ids = [
                _int("DISCORD_SHARD_IDS", part)
                for part in values["DISCORD_SHARD_IDS"].replace(" ", "").split(",")
                if part
            ]
            if settings.shard_count is None:
                raise ConfigError(
                    "DISCORD_SHARD_IDS needs DISCORD_SHARD_COUNT (the total "
                    "number of shards across all processes)"
                )
            bad = [i for i in ids if i >= settings.shard_count]
            if bad:
                raise ConfigError(
                    f"DISCORD_SHARD_IDS {bad} out of range for "
                    f"DISCORD_SHARD_COUNT={settings.shard_count} (ids start at 0)"
                )
            settings.shard_ids = sorted(set(ids))
        if values.get("DISCORD_OWNER_IDS", "").strip():
            settings.owner_ids = {
                _int("DISCORD_OWNER_IDS", part)
                for part in values["DISCORD_OWNER_IDS"].replace(" ", "").split(",")
                if part
            }
        if values.get("TARIFF_MISSES_LOG", "").strip():
            settings.misses_path = Path(values["TARIFF_MISSES_LOG"].strip())
        return settings
