"""The slash commands, buttons and mention replies, called with spec'd fake interactions."""

from __future__ import annotations

import logging
import re
import shutil
from pathlib import Path
from unittest.mock import MagicMock

import discord
import pytest

from frontends.discord_bot import embeds, errors
from frontends.discord_bot.charts_cog import LABELS as CHART_LABELS
from frontends.discord_bot.cogs.ask import tariff_question
from frontends.discord_bot.cogs.owner import is_owner
from frontends.discord_bot.components import SuggestionButton, WrongButton
from frontends.discord_bot.i18n import EN, day_text
from frontends.misses import MissesLog
from tests.discord_fakes import OWNER, interaction, make_bot, owner_cog, run, sent

APOLOGY, NOT_OWNER, NOT_YOURS = EN["apology"], EN["not_owner"], EN["not_yours"]

DATA = Path(__file__).resolve().parent.parent / "knowledge" / "data"
CAR = "What's the new tariff on Korean cars?"
NEAR_MISS = "What's the tariff on Korean washing machines?"  # declined, with suggestions


@pytest.fixture
def bot(engine):
    return make_bot(engine)


def no_pings(kwargs):
    mentions = kwargs["allowed_mentions"]
    assert isinstance(mentions, discord.AllowedMentions)
    assert mentions.to_dict() == {"parse": []}
    assert not (mentions.everyone or mentions.users or mentions.roles or mentions.replied_user)


def test_bot_is_sharded_with_global_no_pings_and_no_privileged_intents(bot):
    client, _, _ = bot
    assert isinstance(client, discord.AutoShardedClient)
    assert client.allowed_mentions.to_dict() == {"parse": []}
    assert client.allowed_mentions.replied_user is False
    assert not (
        client.intents.message_content or client.intents.members or client.intents.presences
    )
    assert client.intents.guild_messages and client.intents.dm_messages


def test_ask_answers_with_a_cited_embed_and_no_pings(bot):
    client, cog, _ = bot
    inter = interaction()
    run(cog.ask.callback(cog, inter, CAR))
    kwargs = sent(inter)
    no_pings(kwargs)
    assert kwargs.get("ephemeral", False) is False
    button, chart = kwargs["view"].children  # "Wrong answer?", then "Chart"
    assert isinstance(button, WrongButton) and button.item.label == "Wrong answer?"
    assert "hike-autos" in button.facts
    assert chart.label == CHART_LABELS["en"]["button"]
    assert chart.custom_id == "tariffbot:chart:autos:en"
    embed = kwargs["embed"]
    assert "Korean cars" in embed.title
    assert "⚠️ **ANNOUNCED**" in embed.description  # announced, not in effect
    assert "15%" in embed.description and "25%" in embed.description
    assert embed.colour.value == embeds.ORANGE
    source = next(f for f in embed.fields if f.name in ("Source", "Sources"))
    assert "Anadolu Agency" in source.value and "January 30, 2026" in source.value
    as_of = client.service.engine.base.as_of
    assert embed.footer.text == f"As of {day_text(as_of, 'en')}"


def test_tariff_shows_the_arithmetic_as_a_field(bot):
    _, cog, _ = bot
    for value, amount in (
        ("$30,000", "$30,000 × 15% = $4,500"),
        ("30k", "$30,000 × 25%"),
        ("$2 billion", "$2 billion × 15% = $300 million"),
        ("30000", "$30,000 × 15%"),
    ):
        inter = interaction()
        run(cog.tariff.callback(cog, inter, "autos", value))
        embed = sent(inter)["embed"]
        calc = next(f for f in embed.fields if f.name == "Calculation")
        assert amount in calc.value, value
        assert calc.value.startswith("```") and len(calc.value) <= embeds.FIELD_VALUE


def test_tariff_builds_the_engine_question():
    assert tariff_question("lumber", "30k") == "How much duty on $30k of lumber?"
    assert tariff_question("autos", " $2  billion ") == "How much duty on $2 billion of autos?"


def test_tariff_refuses_an_unknown_product_and_a_bad_amount(bot):
    _, cog, _ = bot
    inter = interaction()
    run(cog.tariff.callback(cog, inter, "@everyone bananas", "$30,000"))
    kwargs = sent(inter)
    assert kwargs["ephemeral"] is True
    assert "bananas" in kwargs["args"][0] if "args" in kwargs else True
    text = inter.response.send_message.await_args.args[0]
    assert "@\u200beveryone" in text and "lumber" in text
    no_pings(kwargs)
    inter = interaction()
    run(cog.tariff.callback(cog, inter, "lumber", "$-5"))
    assert "negative" in sent(inter)["embed"].description


def test_tariff_accepts_an_alias_typed_freely(bot):
    _, cog, _ = bot
    inter = interaction()
    run(cog.tariff.callback(cog, inter, "Cars", "$30,000"))
    assert "South Korean autos" in sent(inter)["embed"].description


def test_ask_autocomplete_offers_at_most_25_ranked_known_questions(bot, engine):
    _, cog, _ = bot
    assert cog.ask._params["question"].autocomplete is not None
    choices = run(cog.ask_autocomplete(interaction(), "lumb"))
    assert 1 <= len(choices) <= 25
    assert "lumber" in choices[0].name
    assert all(len(c.name) <= 100 and len(c.value) <= 100 for c in choices)
    assert all(c.name in engine.known_questions() for c in choices)
    everything = run(cog.ask_autocomplete(interaction(), ""))
    assert 1 <= len(everything) <= 25


def test_product_autocomplete_ranks_the_typed_product_first(bot):
    _, cog, _ = bot
    assert cog.tariff._params["product"].autocomplete is not None
    choices = run(cog.product_autocomplete(interaction(), "lum"))
    assert choices[0].value == "lumber"
    choices = run(cog.product_autocomplete(interaction(), "car"))  # an alias of autos
    assert choices[0].value == "autos"
    assert len(run(cog.product_autocomplete(interaction(), ""))) <= 25


def buttons_of(kwargs) -> list:
    view = kwargs["view"]
    assert view.timeout is None  # nothing to expire: state is in ids
    return list(view.children)


def test_near_miss_offers_buttons_only_the_asker_may_press(bot):
    client, cog, _ = bot
    inter = interaction(user_id=7)
    run(cog.ask.callback(cog, inter, NEAR_MISS))
    kwargs = sent(inter)
    buttons = buttons_of(kwargs)
    assert 1 <= len(buttons) <= 3
    assert all(isinstance(b, SuggestionButton) and b.asker == 7 for b in buttons)
    assert all(b.custom_id.startswith("tariff:s:7:") and len(b.custom_id) <= 100 for b in buttons)
    assert "Did you mean" in [f.name for f in kwargs["embed"].fields]
    assert kwargs["embed"].colour.value == embeds.GREY

    stranger = interaction(user_id=8, client=client)
    assert run(buttons[0].interaction_check(stranger)) is False
    assert stranger.response.send_message.await_args.args[0] == NOT_YOURS
    assert stranger.response.send_message.await_args.kwargs["ephemeral"] is True
    assert run(buttons[0].interaction_check(interaction(user_id=7))) is True

    question = client.service.autocomplete.question(buttons[0].key)
    assert question is not None
    assert buttons[0].item.label == embeds.clip(f"1. {question}", embeds.LABEL)
    press = interaction(user_id=7, client=client)
    run(buttons[0].callback(press))
    press.response.edit_message.assert_awaited_once()
    edited = press.response.edit_message.await_args.kwargs
    assert edited["embed"].title == embeds.echo(question, 256)
    assert "don't have a sourced fact" not in edited["embed"].description
    # "Wrong answer?" first; a rate answer may carry its "Chart" button beside it.
    children = list(edited["view"].children)
    assert type(children[0]) is WrongButton and len(children) <= 2
    charts = {labels["button"] for labels in CHART_LABELS.values()}
    assert all(str(b.label).endswith(tuple(charts)) for b in children[1:])
    no_pings(edited)


def test_cooldown_gives_one_ephemeral_notice_then_terse_replies(bot):
    _, cog, clock = bot
    answers, refusals = 0, []
    for _ in range(12):
        inter = interaction(user_id=3)
        run(cog.ask.callback(cog, inter, CAR))
        call = sent(inter)  # always exactly one reply
        if "embed" in call:
            answers += 1
        else:
            assert call["ephemeral"] is True
            no_pings(call)
            refusals.append(inter.response.send_message.await_args.args[0])
    assert answers == 5 and len(refusals) == 7
    assert "asking quickly" in refusals[0]
    assert all(r.startswith("Still cooling down") and len(r) < 40 for r in refusals[1:])
    # another user, and another server, are not limited by it
    other = interaction(user_id=4)
    run(cog.ask.callback(cog, other, CAR))
    assert "embed" in sent(other)
    clock.advance(30)
    later = interaction(user_id=3)
    run(cog.ask.callback(cog, later, CAR))
    assert "embed" in sent(later)


def test_followups_reuse_the_topic_per_user_and_channel_for_ten_minutes(bot):
    _, cog, clock = bot
    run(cog.ask.callback(cog, interaction(user_id=5, channel_id=1), CAR))
    lumber = interaction(user_id=5, channel_id=1)
    run(cog.ask.callback(cog, lumber, "and lumber?"))
    assert "lumber" in sent(lumber)["embed"].description
    amount = interaction(user_id=5, channel_id=1)
    run(cog.ask.callback(cog, amount, "what about $50,000?"))
    assert "$50,000" in sent(amount)["embed"].description
    # someone else, or another channel, has no topic to follow
    other = interaction(user_id=6, channel_id=1)
    run(cog.ask.callback(cog, other, "what about $50,000?"))
    assert "$50,000 ×" not in str(sent(other)["embed"].fields)
    within = interaction(user_id=5, channel_id=1)
    clock.advance(599)
    run(cog.ask.callback(cog, within, "what about $40,000?"))
    assert "$40,000 ×" in str(sent(within)["embed"].fields)
    clock.advance(601)
    late = interaction(user_id=5, channel_id=1)
    run(cog.ask.callback(cog, late, "what about $50,000?"))
    assert "$50,000 ×" not in str(sent(late)["embed"].fields)  # the topic expired


def within_limits(embed) -> None:
    assert len(embed) <= embeds.TOTAL and len(embed.title or "") <= embeds.TITLE
    assert len(embed.description or "") <= embeds.DESCRIPTION
    assert len(embed.fields) <= embeds.FIELDS
    assert all(
        len(f.name) <= embeds.FIELD_NAME and len(f.value) <= embeds.FIELD_VALUE
        for f in embed.fields
    )
    assert len(embed.footer.text or "") <= embeds.FOOTER


def pages_of(cog, command) -> list:
    """Every page of /timeline or /sources, page 1 first, each within Discord's limits and
    numbered "page n of N" in its footer."""

    def page(n: int):
        inter = interaction(user_id=100 + n)  # one user per page: no cooldown
        run(command.callback(cog, inter, n))
        embed = sent(inter)["embed"]
        within_limits(embed)
        return embed

    first = page(1)
    found = re.search(r" · page 1 of (\d+)$", first.footer.text)
    assert found, first.footer.text
    count = int(found[1])
    pages = [first] + [page(n) for n in range(2, count + 1)]
    for n, embed in enumerate(pages, 1):
        assert embed.footer.text.endswith(f" · page {n} of {count}")
    return pages


def test_timeline_pages_hold_every_event_newest_first(bot):
    client, cog, _ = bot
    base = client.service.engine.base
    rows = embeds.timeline_rows(base)
    pages = pages_of(cog, cog.timeline)
    assert len(pages) > 1, "the grown base does not fit one embed"
    assert day_text(rows[-1][0], "en", weekday=True) in pages[0].description  # the newest
    assert day_text(rows[0][0], "en", weekday=True) in pages[-1].description  # the oldest
    assert all(p.footer.text.startswith(f"As of {day_text(base.as_of, 'en')}") for p in pages)
    # every event on exactly one page; each page but the last says how many are earlier
    shown = [p.description.count("\n-# ") for p in pages]
    assert sum(shown) == len(rows) and all(shown)
    for n, page in enumerate(pages[:-1], 1):
        earlier = sum(shown[n:])
        assert page.description.startswith(
            f"⬆ {earlier} earlier event(s): `/timeline page:{n + 1}`"
        )
    assert "earlier event" not in pages[-1].description
    text = "\n".join(p.description for p in pages)
    assert "**Monday, January 26, 2026** · ⚠️ _announced" in text  # status marked
    # a page past the end shows the last one
    inter = interaction(user_id=99)
    run(cog.timeline.callback(cog, inter, 10_000))
    assert sent(inter)["embed"].description == pages[-1].description


def test_sources_pages_list_every_source_newest_first(bot):
    client, cog, _ = bot
    base = client.service.engine.base
    pages = pages_of(cog, cog.sources)
    assert len(pages) > 1, "115 sources do not fit one embed"
    listed = [f for p in pages for f in p.fields if f.name != "…"]
    assert len(listed) == len(base.sources)
    assert "Anadolu Agency" in str(listed)
    newest = max(base.sources.values(), key=lambda s: s.published.sort_key)
    assert pages[0].fields[0].name.startswith(newest.publisher)
    for n, page in enumerate(pages, 1):
        assert f"as of {day_text(base.as_of, 'en')}" in page.description
        later = sum(1 for p in pages[n:] for f in p.fields if f.name != "…")
        if later:
            assert page.fields[-1].name == "…"
            assert page.fields[-1].value == (f"and {later} more sources: `/sources page:{n + 1}`")
        else:
            assert page.fields[-1].name != "…"


def test_timeline_sources_and_help(bot):
    _, cog, _ = bot
    inter = interaction()
    run(cog.timeline.callback(cog, inter))  # page 1 when none is given
    embed = sent(inter)["embed"]
    within_limits(embed)
    assert "earlier event(s): `/timeline page:2`" in embed.description
    inter = interaction()
    run(cog.sources.callback(cog, inter))
    embed = sent(inter)["embed"]
    within_limits(embed)
    assert embed.fields[-1].value.endswith("`/sources page:2`")
    inter = interaction()
    run(cog.help.callback(cog, inter))
    kwargs = sent(inter)
    assert kwargs["ephemeral"] is True and "/tariff" in kwargs["embed"].description
    owner = owner_cog(cog.bot)
    for name in ("ask", "tariff", "timeline", "sources", "help", "reload", "sync"):
        command = getattr(cog if hasattr(cog, name) else owner, name)
        assert command.description
        assert all(p.description and p.description != "…" for p in command.parameters)


def test_owner_commands_are_checked(bot):
    client, _, _ = bot
    cog = owner_cog(client)
    assert is_owner in cog.reload.checks and is_owner in cog.sync.checks
    assert run(cog.reload._check_can_run(interaction(user_id=OWNER, client=client))) is True
    assert run(cog.reload._check_can_run(interaction(user_id=99, client=client))) is False


def test_check_failure_and_errors_get_a_short_apology(bot, caplog):
    _, cog, _ = bot
    inter = interaction()
    run(errors.on_app_command_error(inter, discord.app_commands.CheckFailure("nope")))
    assert inter.response.send_message.await_args.args[0] == NOT_OWNER
    response = MagicMock(status=403, reason="Forbidden")
    for error in (discord.Forbidden(response, "Missing Permissions"), ZeroDivisionError("x")):
        inter = interaction()
        wrapped = discord.app_commands.CommandInvokeError(cog.ask, error)
        with caplog.at_level(logging.WARNING):
            run(errors.on_app_command_error(inter, wrapped))
        assert inter.response.send_message.await_args.args[0] == APOLOGY
        assert inter.response.send_message.await_args.kwargs["ephemeral"] is True
    assert "missing permissions" in caplog.text and "guild 10, channel 20" in caplog.text
    assert "ZeroDivisionError" in caplog.text


def test_reload_keeps_the_last_good_base_and_reports_file_line(tmp_path, engine):
    data = tmp_path / "data"
    shutil.copytree(DATA, data)
    client, cog, _ = make_bot(engine, data_dir=data)
    owner_commands = owner_cog(client)
    broken = next((data / "sources").glob("*.yaml"))
    broken.write_text(
        broken.read_text(encoding="utf-8") + "\n  - id: [unclosed\n", encoding="utf-8"
    )
    owner = interaction(user_id=OWNER, client=client)
    run(owner_commands.reload.callback(owner_commands, owner))
    # deferred before loading (a big base takes longer than Discord's 3 s), then told
    owner.response.defer.assert_awaited_once_with(ephemeral=True, thinking=True)
    owner.response.send_message.assert_not_awaited()
    reply = owner.followup.send.await_args.args[0]
    assert owner.followup.send.await_args.kwargs["ephemeral"] is True
    assert "refused" in reply and f"{broken.name}:" in reply and len(reply) <= 2000
    assert client.engine is engine  # still the running base
    inter = interaction()
    run(cog.ask.callback(cog, inter, CAR))
    assert "25%" in sent(inter)["embed"].description

    shutil.rmtree(data)
    shutil.copytree(DATA, data)
    again = interaction(user_id=OWNER, client=client)
    run(owner_commands.reload.callback(owner_commands, again))
    assert again.followup.send.await_args.args[0].startswith("Reloaded:")
    assert client.engine is not engine


def test_misses_are_logged_without_user_identity(tmp_path, engine):
    log = MissesLog(tmp_path / "misses.jsonl")
    _, cog, _ = make_bot(engine, misses=log)
    run(cog.ask.callback(cog, interaction(user_id=123456789, guild_id=555), NEAR_MISS))
    run(cog.ask.callback(cog, interaction(user_id=123456789, guild_id=555), CAR))
    text = (tmp_path / "misses.jsonl").read_text(encoding="utf-8")
    assert text.count("\n") == 1 and NEAR_MISS in text and "555" in text
    assert "123456789" not in text


# ----- mentions and DMs ------------------------------------------------------------------


def fake_message(client, content, *, author_id=1, guild=True, mentions_bot=True):
    message = MagicMock(spec=discord.Message)
    message.content = content
    message.id = 999
    message.author = MagicMock(spec=discord.Member)
    message.author.id = author_id
    message.author.bot = False
    me = MagicMock(spec=discord.ClientUser)
    me.id = 777
    message.mentions = [me] if mentions_bot else []
    message.role_mentions = []
    message.channel = MagicMock(spec=discord.TextChannel)
    message.channel.id = 20
    if guild:
        message.guild = MagicMock(spec=discord.Guild)
        message.guild.id = 10
        message.guild.self_role = None
    else:
        message.guild = None
    return message, me


def test_mention_with_everyone_is_answered_as_a_reply_that_pings_no_one(bot, monkeypatch):
    client, cog, _ = bot
    message, me = fake_message(client, "<@777> @everyone <@&55> what's the lumber tariff?")
    monkeypatch.setattr(type(client), "user", property(lambda self: me))
    assert cog.addressed(message)
    assert cog.question_of(message) == "what's the lumber tariff?"  # mentions dropped
    run(cog.reply_to(message))
    message.reply.assert_awaited_once()
    kwargs = message.reply.await_args.kwargs
    no_pings(kwargs)
    assert kwargs["mention_author"] is False
    embed = kwargs["embed"]
    assert "lumber" in embed.description
    assert "@everyone" not in embed.title and "@everyone" not in embed.description


def test_slash_question_with_mentions_is_echoed_escaped(bot):
    _, cog, _ = bot
    inter = interaction()
    run(cog.ask.callback(cog, inter, "@here <@123456789012345678> **what's** the `lumber` tariff?"))
    kwargs = sent(inter)
    no_pings(kwargs)
    title = kwargs["embed"].title
    assert "@\u200bhere" in title and "<@\u200b123456789012345678>" in title
    assert "\\*\\*what's\\*\\*" in title and "\\`lumber\\`" in title


def test_messages_not_addressed_to_the_bot_are_ignored(bot, monkeypatch):
    client, cog, _ = bot
    message, me = fake_message(client, "what's the lumber tariff?", mentions_bot=False)
    monkeypatch.setattr(type(client), "user", property(lambda self: me))
    assert not cog.addressed(message)
    dm, _ = fake_message(client, "what's the lumber tariff?", guild=False, mentions_bot=False)
    assert cog.addressed(dm)
    robot, _ = fake_message(client, "<@777> hi")
    robot.author.bot = True
    assert not cog.addressed(robot)


def test_mention_flood_gets_one_notice_then_silence(bot, monkeypatch):
    client, cog, _ = bot
    message, me = fake_message(client, "<@777> what's the lumber tariff?")
    monkeypatch.setattr(type(client), "user", property(lambda self: me))
    for _ in range(20):
        run(cog.reply_to(message))
    calls = message.reply.await_args_list
    assert sum("embed" in c.kwargs for c in calls) == 5
    notices = [c for c in calls if "embed" not in c.kwargs]
    assert len(notices) == 1 and "asking quickly" in notices[0].args[0]
    assert notices[0].kwargs["delete_after"] > 0
    for call in calls:
        no_pings(call.kwargs)


def test_a_failing_reply_is_logged_with_context_and_the_bot_carries_on(bot, monkeypatch, caplog):
    client, cog, _ = bot
    message, me = fake_message(client, "<@777> what's the lumber tariff?")
    monkeypatch.setattr(type(client), "user", property(lambda self: me))
    message.reply.side_effect = discord.Forbidden(
        MagicMock(status=403, reason="Forbidden"), "Missing Permissions"
    )
    with caplog.at_level(logging.WARNING):
        run(errors.message_error(message, message.reply.side_effect))
        assert "missing permissions to reply (guild 10, channel 20, message 999)" in caplog.text
        message.reply.side_effect = [
            discord.HTTPException(MagicMock(status=500, reason="x"), "boom"),
            None,
        ]
        run(errors.message_error(message, RuntimeError("engine exploded")))
    assert "failed answering a mention" in caplog.text and "RuntimeError" in caplog.text


def test_button_press_under_cooldown_gets_the_notice_then_a_terse_reply(engine):
    from frontends.discord_bot.cooldown import Cooldown
    from tests.discord_fakes import Clock

    clock = Clock()
    client, cog, _ = make_bot(engine, clock=clock, cooldown=Cooldown(1, 30.0, clock=clock))
    inter = interaction(user_id=9)
    run(cog.ask.callback(cog, inter, NEAR_MISS))  # uses the one allowed
    button = buttons_of(sent(inter))[0]
    first, second = interaction(user_id=9, client=client), interaction(user_id=9, client=client)
    run(button.callback(first))
    run(button.callback(second))
    assert "asking quickly" in first.response.send_message.await_args.args[0]
    assert "cooling down" in second.response.send_message.await_args.args[0]
    assert second.response.send_message.await_args.kwargs["ephemeral"] is True
    first.response.edit_message.assert_not_awaited()


def test_sync_publishes_to_the_test_server_or_globally(engine, monkeypatch):
    from unittest.mock import AsyncMock

    client, _, _ = make_bot(engine)
    cog = owner_cog(client)
    monkeypatch.setattr(client.tree, "sync", AsyncMock(return_value=[1, 2, 3]))
    assert run(cog.sync_commands()) == "Synced 3 command(s) globally."
    client.tree.sync.assert_awaited_once_with()
    cog.guild_id = 42
    assert run(cog.sync_commands()) == "Synced 3 command(s) to the test server 42."
    assert client.tree.sync.await_args.kwargs["guild"].id == 42
    assert {c.name for c in client.tree.get_commands(guild=discord.Object(42))} >= {"ask", "tariff"}
