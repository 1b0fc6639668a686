"""Every process picks up a changed fact base by itself: the watcher's polls (driven by
hand, never by sleeping), loading off the event loop, the last good base kept and the
problems logged once, and /reload and the watcher never loading the same change twice."""

from __future__ import annotations

import asyncio
import logging
import shutil
import threading
from pathlib import Path

from answering.orchestrator import Engine
from frontends.discord_bot.service import Service
from frontends.discord_bot.watch import fingerprint

DATA = Path(__file__).resolve().parent.parent / "knowledge" / "data"
CAR = "What's the new tariff on Korean cars?"
# the file holding the announced 15% -> 25% on autos (fact hike-autos)
FACTS_FILE = "2026-01-30-anadolu-korea-us-talks.yaml"
RATE_25 = "    old_rate: 15\n    new_rate: 25\n"
RATE_35 = "    old_rate: 15\n    new_rate: 35\n"


def copy_base(tmp_path) -> tuple[Path, Path]:
    data = tmp_path / "data"
    shutil.copytree(DATA, data)
    return data, data / "sources" / FACTS_FILE


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{path.name} no longer holds {old!r}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_the_fingerprint_changes_with_any_edit_and_ignores_other_files(tmp_path):
    data, facts = copy_base(tmp_path)
    before = fingerprint(data)
    (data / "notes.txt").write_text("not a fact file")
    assert fingerprint(data) == before
    edit(facts, RATE_25, RATE_35)
    assert fingerprint(data) != before
    (data / "sources" / "extra.yml").write_text("facts: []\n")
    assert len(fingerprint(data)) == len(before) + 1


def test_a_changed_file_is_loaded_off_the_loop_and_served(tmp_path, engine, monkeypatch):
    data, facts = copy_base(tmp_path)
    service = Service(Engine.load(data), data_dir=data)
    watcher = service.watch()
    threads = []
    real_load = Engine.load

    def load(data_dir=None):
        threads.append(threading.get_ident())
        return real_load(data_dir)

    monkeypatch.setattr(Engine, "load", staticmethod(load))

    async def scenario():
        assert await watcher.poll() is False  # nothing changed yet
        edit(facts, RATE_25, RATE_35)
        assert await watcher.poll() is True
        assert await watcher.poll() is False  # that change is handled
        return threading.get_ident()

    assert "35%" not in service.engine.ask(CAR).text  # before the edit
    loop_thread = asyncio.run(scenario())
    assert service.reloads == 1 and threads and loop_thread not in threads
    assert "35%" in service.engine.ask(CAR).text  # the edited rate is served


def test_a_broken_file_keeps_the_last_good_base_and_is_logged_once(tmp_path, caplog):
    data, facts = copy_base(tmp_path)
    service = Service(Engine.load(data), data_dir=data)
    running = service.engine
    watcher = service.watch()

    async def scenario():
        facts.write_text(
            facts.read_text(encoding="utf-8") + "\n  - id: [unclosed\n", encoding="utf-8"
        )
        with caplog.at_level(logging.WARNING):
            assert await watcher.poll() is True
            for _ in range(3):
                assert await watcher.poll() is False  # not re-logged every poll

    asyncio.run(scenario())
    assert service.engine is running and service.reloads == 0
    assert caplog.text.count("fact base refused") == 1
    assert f"{facts.name}:" in caplog.text


def test_the_background_task_polls_on_its_trigger_and_stops(tmp_path):
    data, facts = copy_base(tmp_path)
    service = Service(Engine.load(data), data_dir=data)

    async def scenario():
        ticks: asyncio.Queue = asyncio.Queue()
        waiting: asyncio.Queue = asyncio.Queue()

        async def wait():
            await waiting.put(None)
            await ticks.get()

        watcher = service.watch(wait)
        watcher.start()
        await asyncio.wait_for(waiting.get(), 10)
        edit(facts, RATE_25, RATE_35)
        await ticks.put(None)
        await asyncio.wait_for(waiting.get(), 30)  # polled, reloaded, waiting
        await watcher.stop()
        return watcher.polls

    assert asyncio.run(scenario()) == 1
    assert service.reloads == 1


def test_reload_and_the_watcher_never_load_the_same_change_twice(tmp_path):
    data, facts = copy_base(tmp_path)
    service = Service(Engine.load(data), data_dir=data)
    watcher = service.watch()

    async def scenario():
        edit(facts, RATE_25, RATE_35)
        result = await service.reload()  # /reload got there first
        assert result.status == "reloaded"
        assert await watcher.poll() is False

    asyncio.run(scenario())
    assert service.reloads == 1
