"""`python bot.py run`: settings from env and .env, exit 2 without a token, token never shown."""

from __future__ import annotations

import logging
import os
import subprocess
import sys

import discord
import pytest

from frontends.discord_bot import runner
from frontends.discord_bot.client import TariffBot
from frontends.discord_bot.config import ConfigError, Settings, read_dotenv
from tests.conftest import ROOT

FAKE_TOKEN = "MTIzNDU2Nzg5MDEyMzQ1Njc4.FAKE01.not-a-real-token_do-not-use-0123456789"


def bot_run(cwd, **extra_env):
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DISCORD_", "TARIFF_"))}
    env.update(extra_env)
    return subprocess.run(
        [sys.executable, str(ROOT / "bot.py"), "run"],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_run_without_a_token_exits_2_with_a_clear_message(tmp_path):
    result = bot_run(tmp_path)  # no DISCORD_TOKEN, no .env in tmp_path
    assert result.returncode == 2
    assert "DISCORD_TOKEN is not set" in result.stderr and ".env" in result.stderr
    assert "Traceback" not in result.stderr + result.stdout


def test_run_reads_dotenv_in_the_current_directory_and_never_echoes_the_token(tmp_path):
    (tmp_path / ".env").write_text(f"DISCORD_TOKEN={FAKE_TOKEN}\nDISCORD_SHARD_IDS=0,1\n")
    result = bot_run(tmp_path)  # a config error, found before any connection
    assert result.returncode == 2
    assert "DISCORD_SHARD_IDS needs DISCORD_SHARD_COUNT" in result.stderr
    assert FAKE_TOKEN not in result.stderr + result.stdout
    assert "Traceback" not in result.stderr


def test_settings_environment_wins_over_dotenv_and_hides_the_token(tmp_path):
    dotenv = tmp_path / ".env"
    dotenv.write_text(
        "# comment\nexport DISCORD_TOKEN='from-file'\nDISCORD_GUILD_ID=42\n"
        "DISCORD_SHARD_COUNT=4\nDISCORD_SHARD_IDS=2, 3\nDISCORD_OWNER_IDS=7,8\n"
    )
    assert read_dotenv(dotenv)["DISCORD_TOKEN"] == "from-file"
    settings = Settings.load({"DISCORD_TOKEN": FAKE_TOKEN}, dotenv)
    assert settings.token == FAKE_TOKEN
    assert (settings.guild_id, settings.shard_count, settings.shard_ids, settings.owner_ids) == (
        42,
        4,
        [2, 3],
        {7, 8},
    )
    assert FAKE_TOKEN not in repr(settings) and "from-file" not in repr(settings)
    assert Settings.load({}, dotenv).token == "from-file"


@pytest.mark.parametrize(
    "values, message",
    [
        ({}, "DISCORD_TOKEN is not set"),
        ({"DISCORD_TOKEN": "  "}, "DISCORD_TOKEN is not set"),
        ({"DISCORD_TOKEN": "a b"}, "spaces"),
        (
            {"DISCORD_TOKEN": FAKE_TOKEN, "DISCORD_GUILD_ID": "my server"},
            "DISCORD_GUILD_ID must be a whole",
        ),
        (
            {"DISCORD_TOKEN": FAKE_TOKEN, "DISCORD_SHARD_COUNT": "2", "DISCORD_SHARD_IDS": "2"},
            "out of range",
        ),
        ({"DISCORD_TOKEN": FAKE_TOKEN, "DISCORD_SHARD_COUNT": "0"}, "at least 1"),
    ],
)
def test_bad_settings_are_refused_with_the_reason(tmp_path, values, message):
    with pytest.raises(ConfigError, match=message) as caught:
        Settings.load(values, tmp_path / "none.env")
    assert FAKE_TOKEN not in str(caught.value)


def test_sharding_settings_reach_the_auto_sharded_bot(engine):
    bot = TariffBot(engine, shard_count=4, shard_ids=[2, 3], guild_id=42)
    assert isinstance(bot, discord.AutoShardedClient)
    assert (bot.shard_count, bot.shard_ids, bot.guild_id) == (4, [2, 3], 42)


def test_a_refused_token_exits_2_and_the_token_is_never_logged(
    tmp_path, monkeypatch, caplog, capsys
):
    async def refused(self, token, *, reconnect=True):
        logging.getLogger("discord.client").info("logging in using static token")
        raise discord.LoginFailure("Improper token has been passed.")

    monkeypatch.setattr(TariffBot, "start", refused)
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    try:
        with caplog.at_level(logging.DEBUG):
            code = runner.run(
                None, environ={"DISCORD_TOKEN": FAKE_TOKEN}, dotenv=tmp_path / "none.env"
            )
    finally:
        root.handlers[:], root.level = handlers, level
    assert code == 2
    assert "Discord refused the token in DISCORD_TOKEN" in caplog.text
    out = capsys.readouterr()
    assert FAKE_TOKEN not in caplog.text + out.out + out.err


def test_the_redaction_filter_masks_a_token_that_reaches_a_log_record():
    record = logging.LogRecord("x", logging.INFO, __file__, 1, "sent %s", (FAKE_TOKEN,), None)
    assert runner.RedactToken(FAKE_TOKEN).filter(record) is True
    assert FAKE_TOKEN not in record.getMessage() and "[token hidden]" in record.getMessage()


def readme_dotenv_example() -> str:
    """The `.env` block of the README's "3. Configure" section, exactly as a reader pastes it."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    section = text[text.index("### 3. Configure") :]
    lines = section.splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith("    DISCORD_TOKEN="))
    block = []
    for line in lines[start:]:
        if not line.startswith("    "):
            break
        block.append(line[4:])
    return "\n".join(block) + "\n"


def test_the_readme_dotenv_example_pasted_as_is_loads(tmp_path):
    example = readme_dotenv_example()
    assert "# required" in example, "the example keeps its inline comments"
    dotenv = tmp_path / ".env"
    dotenv.write_text(example, encoding="utf-8")
    settings = Settings.load({}, dotenv)
    assert settings.token == "..."
    assert settings.guild_id == 123456789012345678
    assert settings.owner_ids == {111, 222}
    assert (settings.shard_count, settings.shard_ids) == (4, [0, 1])
    assert str(settings.misses_path) == "var/misses.jsonl"


def test_the_readme_dotenv_example_starts_the_bot(tmp_path, monkeypatch):
    dotenv = tmp_path / ".env"
    dotenv.write_text(readme_dotenv_example(), encoding="utf-8")
    started = {}

    async def start(self, token, *, reconnect=True):
        started.update(token=token, shards=(self.shard_count, self.shard_ids), guild=self.guild_id)

    monkeypatch.setattr(TariffBot, "start", start)
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    try:
        assert runner.run(None, environ={}, dotenv=dotenv) == 0
    finally:
        root.handlers[:], root.level = handlers, level
    assert started == {"token": "...", "shards": (4, [0, 1]), "guild": 123456789012345678}
