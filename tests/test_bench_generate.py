"""The benchmark's generator makes a base that loads, whose generated questions find
their facts and whose out-of-base questions are declined; and rank's pruning picks the
same decision as scoring every fact."""

from __future__ import annotations

import pytest

from answering.orchestrator import Engine
from benchmarks.generate import write_base
from engine import decide as decide_module
from engine import match
from knowledge import open_base


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    return write_base(200, tmp_path_factory.mktemp("generated") / "base", seed=7)


@pytest.fixture(scope="module")
def engine(world):
    return Engine.load(world.folder)


def test_generated_base_loads_with_the_facts_asked_for(world, engine):
    assert len(engine.base.facts) == 200
    kinds = {fact.kind for fact in engine.base.facts.values()}
    assert kinds == {"person", "rate", "pledge", "event", "quote"}
    in_sources = sum(fact.kind != "person" for fact in engine.base.facts.values())
    assert len(engine.base.sources) == -(-in_sources // 25)  # people live in people.yaml
    assert "knowledge" not in world.folder.parts


def test_generated_questions_retrieve_their_facts(world, engine):
    missed = [
        q
        for q, fid in world.questions
        if not (lambda a: a.answered and fid in a.facts)(engine.ask(q))
    ]
    assert len(world.questions) == 200
    assert len(missed) <= 2, missed  # >= 99%


def test_out_of_base_questions_are_declined(world, engine):
    answered = [q for q, _ in world.out_of_base if engine.ask(q).answered]
    assert world.out_of_base and not answered


def test_generation_is_deterministic(tmp_path, world):
    again = write_base(200, tmp_path / "again", seed=7)
    assert again.questions == world.questions
    assert sorted(p.read_text() for p in (tmp_path / "again" / "sources").iterdir()) == sorted(
        p.read_text() for p in (world.folder / "sources").iterdir()
    )


def test_pruning_threshold_matches_what_decide_ignores():
    assert match.DECISIVE_AT <= decide_module.SUGGEST_AT
    assert match.DECISIVE_AT + decide_module.CLEAR_MARGIN <= decide_module.ANSWER_AT
    assert decide_module.GROUP_KEEP * decide_module.ANSWER_AT >= match.DECISIVE_AT


def _exhaustive(q, base, lexicon, limit=8):
    """rank() with pruning off: every fact in the postings scored."""
    original = match.DECISIVE_AT, match.MAX_BOOST
    match.DECISIVE_AT, match.MAX_BOOST = float("inf"), float("inf")
    try:
        return match.rank(q, base, lexicon, limit)
    finally:
        match.DECISIVE_AT, match.MAX_BOOST = original


def _questions(world):
    import yaml

    from tests.conftest import SHARED

    shipped = []
    path = SHARED / "eval" / "questions.yaml"
    if path.exists():
        shipped = [i["q"] for i in yaml.safe_load(path.read_text(encoding="utf-8"))]
    return shipped, [q for q, _ in world.questions] + [q for q, _ in world.out_of_base]


def test_pruned_rank_decides_as_exhaustive_rank(world, engine):
    shipped_engine = Engine.load()
    shipped, generated = _questions(world)
    for eng, questions in ((shipped_engine, shipped), (engine, generated)):
        for question in questions:
            q = eng.parse(question)
            fast = match.rank(q, eng.base, eng.lexicon)
            full = _exhaustive(q, eng.base, eng.lexicon)
            strong = [(c.fact.id, c.score) for c in full if c.score >= match.DECISIVE_AT]
            assert [(c.fact.id, c.score) for c in fast][: len(strong)] == strong, question
            a, b = decide_module.decide(q, fast), decide_module.decide(q, full)
            assert (
                a.action,
                [f.id for f in a.chosen],
                a.score,
                [c.fact.id for c in a.suggestions],
            ) == (
                b.action,
                [f.id for f in b.chosen],
                b.score,
                [c.fact.id for c in b.suggestions],
            ), question


def test_content_keyed_cache_serves_the_same_base_and_never_a_stale_one(tmp_path, monkeypatch):
    import os
    import shutil

    from knowledge import cache

    monkeypatch.setenv("TARIFF_BOT_CACHE", str(tmp_path / "cache"))
    monkeypatch.setattr(cache, "CACHE_MIN_BYTES", 0)
    data = tmp_path / "base"
    world = write_base(60, data, seed=3)
    question, fact_id = world.questions[0]
    first = Engine.load(data)  # from YAML; stores the cache
    stored = list((tmp_path / "cache").glob("*.pickle"))
    assert len(stored) == 1
    again = open_base(data)
    assert again.from_cache  # served from the cache
    second = Engine(again.base, again.lexicon)
    assert second.ask(question).text == first.ask(question).text
    assert sorted(second.base.facts) == sorted(first.base.facts)

    source = sorted((data / "sources").glob("*.yaml"))[0]
    source.write_text(source.read_text().replace("Synthetic report", "Changed report"))
    assert not open_base(data).from_cache  # new content, new key

    os.chmod(stored[0], 0o666)  # writable by others: not trusted
    shutil.rmtree(data)
    write_base(60, data, seed=3)
    assert not open_base(data).from_cache
