"""A later source supersedes an earlier fact: the answer gives the newest and says what
it replaced; the history stays in the base."""

from __future__ import annotations

import shutil

import pytest

from answering.orchestrator import Engine
from knowledge import DATA_DIR

LATER = """
source:
  id: example-2026-03-02
  publisher: Example Wire
  title: "US tariff on Korean autos takes effect"
  published: 2026-03-02

facts:
  - id: autos-rate-in-force
    kind: rate
    product: autos
    old_rate: 15
    new_rate: 25
    status: in_effect
    date: 2026-03-01
    by: donald-trump
    supersedes: hike-autos
    question: What is the US tariff on South Korean autos now?
"""


@pytest.fixture()
def later_engine(tmp_path):
    data = tmp_path / "data"
    shutil.copytree(DATA_DIR, data)
    (data / "sources" / "2026-03-02-example.yaml").write_text(LATER, encoding="utf-8")
    return Engine.load(data)


def test_answer_gives_the_newest_and_what_it_replaced(later_engine):
    answer = later_engine.ask("what's the tariff on korean cars?")
    assert answer.answered
    assert answer.facts[0] == "autos-rate-in-force"
    assert answer.status is None  # in effect now
    assert "autos is 25%" in answer.text and "reported in force on March 2, 2026" in answer.text
    assert "Status: announced" not in answer.text
    assert answer.sources[0].publisher == "Example Wire"
    assert answer.as_of == later_engine.base.as_of  # "now" is the newest source
    answer = later_engine.ask("is the 25% car tariff in effect?")
    assert answer.answered and answer.text.startswith("Yes, as of ")
    assert answer.facts[0] == "autos-rate-in-force" and answer.status is None
    assert "earlier report (Anadolu Agency, January 30, 2026)" in answer.text
    assert "gave it as announced" in answer.text
    assert [s.publisher for s in answer.sources][:2] == ["Example Wire", "Anadolu Agency"]


def test_history_stays_in_the_base(later_engine):
    base = later_engine.base
    old = base.fact("hike-autos")
    assert old.superseded_by == "autos-rate-in-force"
    assert old not in base.current
    assert base.newest(old).id == "autos-rate-in-force"
    assert [f.id for f in base.history(base.fact("autos-rate-in-force"))] == ["hike-autos"]


def test_other_products_keep_the_earlier_fact(later_engine):
    answer = later_engine.ask("what's the tariff on korean lumber?")
    assert "hike-lumber" in answer.facts and answer.status == "announced"
    assert "autos-rate-in-force" not in answer.facts
    assert "lumber is 15%" in answer.text
    assert "announced a 25% tariff; no source I have reports it in force" in answer.text


def test_superseding_twice_is_refused(tmp_path):
    data = tmp_path / "data"
    shutil.copytree(DATA_DIR, data)
    (data / "sources" / "2026-03-02-example.yaml").write_text(LATER, encoding="utf-8")
    twice = LATER.replace("example-2026-03-02", "example-2026-03-03").replace(
        "autos-rate-in-force", "autos-rate-again"
    )
    (data / "sources" / "2026-03-03-example.yaml").write_text(twice, encoding="utf-8")
    from knowledge import BaseError, load_base

    with pytest.raises(BaseError) as error:
        load_base(data)
    assert "2026-03-03-example.yaml:" in str(error.value)
    assert "already superseded" in str(error.value)
