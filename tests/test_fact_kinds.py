"""Each fact kind is a class with named, typed fields, in step with the schema."""

from __future__ import annotations

import pickle
from dataclasses import fields
from decimal import Decimal

import pytest

from knowledge import DATA_DIR, load_base
from knowledge.factbase import FACT_KINDS, Fact, PersonFact, RateFact, Role
from knowledge.schema import KIND_FIELDS
from values.dates import Day


@pytest.fixture(scope="module")
def base():
    return load_base(DATA_DIR)


def _own_fields(cls) -> set[str]:
    return {f.name for f in fields(cls)} - {f.name for f in fields(Fact)}


@pytest.mark.parametrize("kind", sorted(KIND_FIELDS))
def test_each_kind_has_a_class_with_exactly_the_schema_fields(kind):
    cls = FACT_KINDS[kind]
    assert cls.kind == kind
    extra = {"roles"} if kind == "person" else set()  # people.yaml: the dated offices
    assert _own_fields(cls) == set(KIND_FIELDS[kind]) | extra


def test_the_loader_builds_each_kind_as_its_class_with_typed_values(base):
    kinds = {fact.kind for fact in base.facts.values()}
    assert kinds == set(KIND_FIELDS)
    for fact in base.facts.values():
        assert type(fact) is FACT_KINDS[fact.kind], fact.id
    rates = [f for f in base.facts.values() if isinstance(f, RateFact)]
    assert all(isinstance(r.new_rate if r.rate is None else r.rate, Decimal) for r in rates)
    assert any(isinstance(r.effective, Day) for r in rates)
    people = [f for f in base.facts.values() if isinstance(f, PersonFact)]
    assert all(p.name and p.roles and isinstance(p.roles[0], Role) for p in people)
    assert all(p.people == (p.id,) for p in people)


def test_no_string_keyed_field_access_is_left(base):
    fact = next(iter(base.facts.values()))
    assert not hasattr(fact, "get") and not hasattr(fact, "data")


def test_typed_facts_survive_the_cache_pickle(base):
    again = pickle.loads(pickle.dumps(base, protocol=pickle.HIGHEST_PROTOCOL))
    for fid, fact in base.facts.items():
        copy = again.facts[fid]
        assert type(copy) is type(fact) and copy.details() == fact.details(), fid


def test_a_pledge_part_of_a_fact_of_another_kind_is_refused_with_its_line(tmp_path):
    """The pledge handler reads the whole's amount: `part_of` must name a pledge."""
    import shutil

    from tests.test_hostile_factbase import ATTACK, VALID, line_of, refused, write

    data = tmp_path / "data"
    shutil.copytree(DATA_DIR, data)
    text = VALID.replace(
        "    amount: $1 billion\n", "    amount: $1 billion\n    part_of: test-event\n"
    )
    write(data, text)
    problems = refused(data)
    line = line_of(text, "part_of:")
    assert any(
        p.startswith(f"data/sources/{ATTACK}:{line}: part_of: 'test-event' is a event fact")
        for p in problems
    ), problems
    write(data, VALID)
    assert isinstance(load_base(data).fact("test-pledge"), FACT_KINDS["pledge"])
