"""Cooldown and follow-up state: the rules, and bounded memory. Time is a hand-moved clock."""

from __future__ import annotations

import pytest

from frontends.discord_bot.cooldown import NOTICE, OK, SILENT, Cooldown
from frontends.discord_bot.followups import FollowUps
from tests.discord_fakes import Clock


def test_cooldown_allows_rate_per_window_then_one_notice_then_silence():
    clock = Clock()
    cooldown = Cooldown(5, 30.0, clock=clock)
    actions = [cooldown.hit(("u", "g")).action for _ in range(9)]
    assert actions == [OK] * 5 + [NOTICE] + [SILENT] * 3
    verdict = cooldown.hit(("u", "g"))
    assert 29 < verdict.retry_after <= 30
    clock.advance(29.9)
    assert cooldown.hit(("u", "g")).action == SILENT
    clock.advance(0.2)  # the first five left the window
    assert [cooldown.hit(("u", "g")).action for _ in range(7)] == [OK] * 5 + [NOTICE, SILENT]


def test_cooldown_is_per_user_per_server():
    cooldown = Cooldown(1, 30.0, clock=Clock())
    assert cooldown.hit((1, 10)).allowed
    assert not cooldown.hit((1, 10)).allowed
    assert cooldown.hit((1, 11)).allowed and cooldown.hit((2, 10)).allowed


def test_cooldown_memory_is_bounded_and_stale_keys_go_first():
    clock = Clock()
    cooldown = Cooldown(5, 30.0, clock=clock, max_entries=100)
    for user in range(10_000):
        cooldown.hit((user, 1))
        clock.advance(0.001)
    assert len(cooldown) == 100
    clock.advance(31)  # everyone's window has passed
    cooldown.hit(("new", 1))
    assert len(cooldown) == 1


def test_cooldown_eviction_never_forgets_a_limited_user_for_a_stale_one():
    clock = Clock()
    cooldown = Cooldown(2, 30.0, clock=clock, max_entries=3)
    cooldown.hit("stale")
    clock.advance(40)
    for _ in range(3):
        cooldown.hit("flooder")
    cooldown.hit("other")  # evicts "stale", not "flooder"
    assert cooldown.hit("flooder").action == SILENT


def test_cooldown_rejects_nonsense_settings():
    with pytest.raises(ValueError):
        Cooldown(0, 30.0)
    with pytest.raises(ValueError):
        Cooldown(5, 0)


def test_followups_last_ten_minutes_per_user_and_channel():
    clock = Clock()
    store = FollowUps(clock=clock)
    store.put(1, 20, "cars")
    assert store.get(1, 20) == "cars"
    assert store.get(1, 21) is None and store.get(2, 20) is None
    clock.advance(599)
    assert store.get(1, 20) == "cars"
    clock.advance(2)
    assert store.get(1, 20) is None
    assert len(store) == 0  # the expired entry is gone, not kept


def test_followups_memory_is_bounded():
    clock = Clock()
    store = FollowUps(clock=clock, max_entries=50)
    for user in range(5_000):
        store.put(user, 1, user)
    assert len(store) == 50
    assert store.get(4_999, 1) == 4_999 and store.get(0, 1) is None
    clock.advance(601)
    store.put("late", 1, "x")
    assert len(store) == 1  # expired ones dropped as they are met
