"""Shortcuts taken for speed give the same text and answers as the long way round."""

from __future__ import annotations

import pytest

import engine.parse as parse_module
from engine.parse import _CHAT_CONTEXT, _CHAT_GATES, _own_words, expand_chat
from values.text import fold

# Chat short forms of every kind the gated patterns read, and near-misses that hold the
# gate's word without the short form ("sunday", "minister", "present day", "u.s.").
TEXTS = [
    "whats the pm saying abt tariffs on sat",
    "did trump n lee meet on sun, nov 2",
    "sk tariff w/ the deal vs w/o it",
    "is the 15% car hike a done deal or nah",
    "who ran the trade ministry b4 yeo",
    "what did the commerce guy say on the 2+2 talks",
    "hyundai shares fell how much after the 25% tariff",
    "what'd lutnick say in the fed register notice",
    "sec 232 tariff on steel rn",
    "trade min kim said what in 30 min",
    "korea president lee at the summit",
    "korean stuff tariff at present",
    "the scotus opinion on ieepa tariffs",
    "any fr notice for the 15% rate",
    "s. korea tariff on 4yrs of chips",
    "what did the finance chief say about the tariff bill",
    "share prices of kia after the ruling",
    # near-misses: the gate's word, no short form
    "what is the tariff on sunday goods",
    "who is the trade minister of south korea",
    "present day tariff on u.s. beef",
    "is the rate for korean items locked in?",
    "when did shares of samsung rise",
]


def _ungated(text: str, keep: frozenset) -> str:
    saved = parse_module._CHAT_GATES
    parse_module._CHAT_GATES = tuple(() for _ in saved)
    try:
        return expand_chat(text, keep)
    finally:
        parse_module._CHAT_GATES = saved


@pytest.mark.parametrize("raw", TEXTS)
def test_gated_chat_expansion_is_the_full_one(engine, raw):
    text = fold(raw)
    keep = _own_words(engine.lexicon)
    assert expand_chat(text, keep) == _ungated(text, keep)


@pytest.mark.parametrize("raw", TEXTS)
def test_a_pattern_matches_only_where_its_gate_word_is(raw):
    text = fold(raw)
    for (rx, _), gate in zip(_CHAT_CONTEXT, _CHAT_GATES):
        if gate and rx.search(text):
            assert any(word in text for word in gate), rx.pattern


@pytest.mark.parametrize("raw", TEXTS)
def test_the_answer_is_the_same_with_the_gates_off(engine, raw):
    fast = engine.ask(raw)
    saved = parse_module._CHAT_GATES
    parse_module._CHAT_GATES = tuple(() for _ in saved)
    try:
        slow = engine.ask(raw)
    finally:
        parse_module._CHAT_GATES = saved
    assert (fast.text, fast.answered, fast.facts) == (slow.text, slow.answered, slow.facts)


@pytest.mark.parametrize(
    "raw",
    [
        "Korea's tariffs",
        "the U.S.' deal",
        "ＴＡＲＩＦＦ on cars",
        "관세는?",
        "Lee\u200b Jae-myung's",
    ],
)
def test_kept_fold_is_the_fold(raw):
    assert fold(raw) == fold.__wrapped__(raw)
    assert fold(raw) == fold.__wrapped__(raw)  # the second time, from the cache


@pytest.mark.parametrize(
    "raw",
    [
        "car tariff right after the supreme court ruling?",
        "what was the steel rate b4 the deal",
        "did the tariffs on cars go up after the summit",
    ],
)
def test_an_event_named_answers_the_same_twice(engine, raw):
    first, again = engine.ask(raw), engine.ask(raw)
    assert (first.text, first.answered) == (again.text, again.answered)


@pytest.mark.parametrize(
    "raw",
    [
        "when did the 15% car tariff take effect",
        "what tariff does the us impose on chips rn",
        "meds under the section 122 thing",
        "did the deal cut steel in jan 2026",
        "copper tariff on korean stuff in 2025",
        "when did the auto tariff start",
    ],
)
def test_the_reads_kept_per_question_score_as_reading_each_time(engine, raw):
    from engine.match import _Asked, _date_factor, fit, rank

    q = engine.parse(raw)
    reads = _Asked(q, engine.base)
    for candidate in rank(q, engine.base, engine.lexicon):
        fact = candidate.fact
        concepts = engine.lexicon.fact_concepts[fact.id]
        assert fit(fact, q, concepts, reads) == fit(fact, q, concepts)
        assert _date_factor(fact, q, reads) == _date_factor(fact, q)


@pytest.mark.parametrize(
    "raw",
    ["자동차관세는 지금 몇 퍼센트야?", "철강 관세 언제 올랐어", "한국 차를 얼마나 내?", "관세철강"],
)
def test_korean_words_split_the_same_with_the_longest_word_kept(engine, raw):
    from engine import lexicon_ko as ko
    from engine.parse import _known_korean

    known = _known_korean(engine.lexicon)[0]
    for word in raw.split():
        assert ko.segment(word, known) == ko.segment(word, set(known))  # a set: read each time
    assert engine.ask(raw).text == engine.ask(raw).text


def test_a_products_rate_history_is_read_once_and_each_caller_gets_its_own_list(engine):
    from knowledge.history import _rate_history, rate_history

    for product in engine.base.vocabulary.products:
        first = rate_history(engine.base, product)
        assert first == _rate_history(engine.base, product)
        first.clear()  # a caller's own list: the next caller still gets every period
        assert rate_history(engine.base, product) == _rate_history(engine.base, product)


@pytest.mark.parametrize(
    ("raw", "what"),
    [
        ("how much does a hyundai sonata cost in the us", "price"),
        ("convert the car duty into won", "won"),
        ("does korea tax us beef", "us_goods"),
        ("whats the tariff on bananas", "product"),
        ("how many cars were sold last year", "volume"),
        ("samsung stock price today", "price"),
        ("원화로 얼마야", "won"),
        # near-misses: in scope
        ("tariff on korean goods rn", None),
        ("what is the price of the 25% tariff", None),
        ("tariff on cars", None),
        ("tariffs on imports from korea", None),
    ],
)
def test_out_of_scope_reads_the_text_once_and_answers_the_same(engine, raw, what):
    from engine.scope import out_of_scope

    q = engine.parse(raw)
    assert out_of_scope(q) == what
    assert out_of_scope(q) == what  # the second time, from the reads kept


@pytest.mark.parametrize(
    "raw",
    [
        "which companies paid the car tariff and how much",
        "how much are korean exports worth after the tariff",
        "where was the summit held, which town",
        "what is the car tariff",
    ],
)
def test_details_asked_are_read_once_per_text_the_same(raw):
    from engine import detail

    text = fold(raw)
    first = detail.asked(text)
    assert first == list(detail._asked.__wrapped__(text))
    first.append("changed")  # the caller's own list
    assert detail.asked(text) == list(detail._asked.__wrapped__(text))


def test_the_top_concept_weight_is_read_once_per_lexicon(engine):
    from engine.match import _top_idf

    idf = engine.lexicon.idf
    assert _top_idf(idf) == max(idf.values())
    other = {"term:x": 0.5}
    assert _top_idf(other) == 0.5  # another lexicon's weights, not the kept figure
    assert _top_idf({}) == 1.0
    assert _top_idf(idf) == max(idf.values())


def test_rank_leaves_out_only_facts_it_would_not_return(engine, monkeypatch):
    """rank's `cut`: a fact sure to score below the worst of the `limit` best is not
    scored to the end, and the ranking is the one scoring every such fact gives."""
    import yaml

    import engine.match as match
    from tests.conftest import ROOT

    questions = [
        item["q"]
        for name in ("questions_dispute.yaml", "questions_casual.yaml", "questions_ko.yaml")
        for item in yaml.safe_load((ROOT / "tests" / name).read_text(encoding="utf-8"))
        if isinstance(item, dict) and item.get("q")
    ]
    parsed = [engine.parse(raw) for raw in questions]

    def ranking(q):
        return [
            (c.fact.id, c.score, c.coverage) for c in match.rank(q, engine.base, engine.lexicon)
        ]

    kept = [ranking(q) for q in parsed]
    whole = match._scored

    def uncut(view, q, coverage, base, reads, cut=-1.0):
        return whole(view, q, coverage, base, reads)

    monkeypatch.setattr(match, "_scored", uncut)
    assert [ranking(q) for q in parsed] == kept
