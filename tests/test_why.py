"""The maintainer's explain tool shows the parse, the ranked facts and the decision."""

from benchmarks.why import explain


def test_explain_names_the_decision_and_the_top_fact(engine):
    text = explain(engine, "what is the tariff on korean cars now?")
    assert "decision=" in text and "reply answered=True" in text
    assert "rate:" in text  # a rate fact is among the ranked candidates


def test_explain_shows_why_an_unknown_word_declines(engine):
    text = explain(engine, "what is the tariff on korean bitcoin?")
    assert "reply answered=False" in text
