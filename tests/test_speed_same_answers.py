"""Shortcuts taken for speed give the same text and answers as the long way round."""

from __future__ import annotations

import pytest

import engine.parse as parse_module
from engine.lexicon_en import CHAT_WORDS
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


_CHAT_PIECES = [
    *sorted(CHAT_WORDS),
    *"sec secs min pm sk s.k. sat sun n u u.s. w/ w/o fed fr + 2+2 'd , . - ' ? $30k".split(),
    *["s. korea", "fed reg", "fr notice", "korea president", "korea pm", "tariff bill"],
    *["korean stuff", "who ran the trade ministry", "finance guy", "commerce chief"],
    *["scotus opinion", "done deal", "at present", "hyundai shares", "shares fell"],
    *["share price", "what post", "held the post", "jan 5 post", "which goods did trump name"],
    *["4yrs", "80min", "3 pm", "min hee", "rep huh", "trade", "tariff", "korea", "the", "30"],
]


def _one_by_one(text: str, keep: frozenset) -> str:
    """expand_chat as each chat pattern in turn, on the text the one before left, then
    the chat words: no gates, no dispatch."""
    import re

    saved = (parse_module._CHAT_CONTEXT, parse_module._CHAT_GATES, parse_module._WORD_RUN)
    try:
        parse_module._WORD_RUN = re.compile(r"(?!)")  # no chat word: context patterns only
        for pattern in saved[0]:
            parse_module._CHAT_CONTEXT, parse_module._CHAT_GATES = [pattern], ((),)
            text = expand_chat(text, keep)
        parse_module._CHAT_CONTEXT, parse_module._CHAT_GATES = [], ()
        parse_module._WORD_RUN = saved[2]
        return expand_chat(text, keep)  # the chat words
    finally:
        parse_module._CHAT_CONTEXT, parse_module._CHAT_GATES, parse_module._WORD_RUN = saved


def test_gated_chat_expansion_is_the_full_one_on_random_text(engine):
    """expand_chat runs only the patterns whose gate word the text holds (found once a
    question, again after a pattern changed the text): the text of running them all."""
    import random

    rng = random.Random(7)
    keep = _own_words(engine.lexicon)
    for _ in range(3000):
        text = "".join(
            rng.choice(_CHAT_PIECES) + rng.choice((" ", " ", "", ", "))
            for _ in range(rng.randint(1, 8))
        )
        assert expand_chat(text, keep) == _one_by_one(text, keep), text
        assert expand_chat(text) == _one_by_one(text, frozenset()), text


def test_a_chat_word_matches_only_as_a_whole_word_run():
    """expand_chat skips the chat-word pattern when no run of word characters is a chat
    word: every match of it is one."""
    import random

    from engine.parse import _CHAT, _WORD_RUN

    rng = random.Random(3)
    pieces = [*CHAT_WORDS, *".$'/- _xé2", "u.s", "rn's", "b4-"]
    for _ in range(20000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 6)))
        for match in _CHAT.finditer(text):
            assert match["w"] in _WORD_RUN.findall(text), text


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


def test_a_fuzzy_hit_kept_is_the_search(engine, monkeypatch):
    """The vocabulary word a leftover stem fuzzily matches, kept per lexicon (and
    forgotten past the cap), is what rapidfuzz finds searching again."""
    from rapidfuzz import fuzz, process

    from engine.parse import _fuzzy_hit

    lexicon = engine.lexicon
    monkeypatch.setattr(parse_module, "_FUZZY_KEPT", 3)
    for word in ["tarrif", "lumbr", "weather", "lutnik", "tarrif", "meat", "lumbr", "steal"]:
        for cutoff in (80, 88):
            hit = process.extractOne(
                word, lexicon.fuzzy_words, scorer=fuzz.ratio, score_cutoff=cutoff
            )
            assert _fuzzy_hit(word, cutoff, lexicon) == hit
            assert _fuzzy_hit(word, cutoff, lexicon) == hit  # the second time, kept
    assert len(parse_module._FUZZY[id(lexicon.fuzzy_words)][1]) <= 3


def _question_texts() -> list:
    import pathlib

    import yaml

    texts = []
    for path in sorted(pathlib.Path(__file__).parent.glob("questions_*.yaml")):
        for item in yaml.safe_load(path.read_text(encoding="utf-8")) or []:
            if isinstance(item, dict) and item.get("q"):
                texts.append(fold(str(item["q"])))
    return texts


def test_word_first_patterns_match_as_written():
    """Each ask pattern, its opening words read first (parse._word_first), finds the
    same spans as the pattern as written, on the question sets and on random text."""
    import random
    import re

    from engine.parse import _ASK_PARTS, ASKS, FUTURE_WHO, _word_first

    assert _word_first(r"\bwhen\b|x|\breasons?\b|(?:\bcit(?:e|ation)\b)") == (
        r"when(?<!\wwhen)\b|x|reason(?<!\wreason)s?\b|(?:cit(?<!\wcit)(?:e|ation)\b)"
    )
    rng = random.Random(11)
    words = (
        "when what which who whom with where why how much rate rates tariff on for under".split()
    )
    words += "section 232 ieepa reason source cite legal basis percent % share the a is".split()
    texts = _question_texts() + [
        "".join(rng.choice(words) + rng.choice((" ", "", "-", "'s ", "_", "?")) for _ in range(6))
        for _ in range(3000)
    ]
    pairs = [
        (ASKS[(name, i)], written)
        for name, parts in _ASK_PARTS.items()
        for i, (written, _) in enumerate(parts)
    ]
    pairs.append((FUTURE_WHO, r"\bwho (?:will|is going to|gonna) (?:be|become|replace|succeed)\b"))
    texts += ["who will be next", "who is going to replace him", "whowill be", "who gonna succeed"]
    for fast, written in pairs:
        plain = re.compile(written)
        for text in texts:
            assert [m.span() for m in fast.finditer(text)] == [
                m.span() for m in plain.finditer(text)
            ], (written, text)


def test_foreign_currency_read_in_parts_is_the_whole_pattern():
    """read_amounts searches FOREIGN_CURRENCY's alternatives one by one, each as re finds
    it fastest (parse._foreign_currency); IN_CURRENCY is read word first: the same."""
    import random
    import re

    from engine.parse import _CURRENCY_WORDS, FOREIGN_CURRENCY, IN_CURRENCY, _foreign_currency

    in_currency = re.compile(r"\bin (?:" + _CURRENCY_WORDS + r")(?![a-z])")
    rng = random.Random(5)
    pieces = ["30", "1,000", "5.5", "$", "a$", "c$", "us$", "eur", "euros", "yen", "gbp", "-"]
    pieces += ["k", "m", "bn", "million", " ", "in", "pounds", "pound of", "dollars", "x", "€"]
    pieces += ["australian dollars", "cad", "cads", "원", "£", "rmb", "ag", "jpy5", "the", "win"]
    pieces += [",5", ".5", "5,", "1.5m", "2022", "us$", "hk$", "s$"]
    texts = _question_texts() + [
        "".join(rng.choice(pieces) + rng.choice(("", " ")) for _ in range(rng.randint(1, 6)))
        for _ in range(30000)
    ]
    for text in texts:
        assert _foreign_currency(text) == bool(FOREIGN_CURRENCY.search(text)), text
        assert [m.span() for m in IN_CURRENCY.finditer(text)] == [
            m.span() for m in in_currency.finditer(text)
        ], text


def test_the_dollar_pattern_reads_as_written_with_optional_groups():
    """AMOUNT_PATTERNS[0] opens with one group of three alternatives for the "-" and "us"
    before the "$": the same matches and groups as the two optional groups it replaced."""
    import random
    import re

    from engine.parse import _NUM, _SCALE, AMOUNT_PATTERNS

    written = re.compile(
        r"(?P<neg>-\s*)?(?:us\s*)?\$\s*(?P<neg2>-\s*)?"
        + _NUM
        + r"(?P<exp>e[+-]?\d+)?(?:\s*"
        + _SCALE
        + r")?(?![a-z])"
    )
    rng = random.Random(4)
    pieces = ["$", "-", "us", "u", "s", " ", "  ", "30", "1,000", ".5", "m", "bn", "k", "e5"]
    pieces += ["x", "-$", "us$", "usd", "$-", "2", "million", "a", "$ -", "\t"]
    texts = _question_texts() + [
        "".join(rng.choice(pieces) for _ in range(rng.randint(1, 8))) for _ in range(30000)
    ]
    for text in texts:
        assert [(m.span(), m.groupdict()) for m in AMOUNT_PATTERNS[0].finditer(text)] == [
            (m.span(), m.groupdict()) for m in written.finditer(text)
        ], text


def test_dates_read_only_where_a_full_year_is_are_all_the_dates(monkeypatch):
    """read_time tries its full-year date patterns only on a text holding a year's four
    digits ((19|20)dd, which each of them needs): the same time as trying them all."""
    import random
    import re

    from engine import when

    rng = random.Random(6)
    pieces = ["in", "before", "since", "of", "sep", "september", "may", "oct", "'25", "25"]
    pieces += ["2025", "2019", "1974", "2030", "15", "2025-09", "2025-09-15", "2025년", "9월", "1"]
    pieces += ["vs", "and", "tariff", "the", "act", "announced on", ",", "-"]
    texts = _question_texts() + [
        " ".join(rng.choice(pieces) for _ in range(rng.randint(1, 7))) for _ in range(20000)
    ]
    fast = [when.read_time(text) for text in texts]
    monkeypatch.setattr(when, "_FULL_YEAR", re.compile(""))  # every text: all patterns tried
    for text, kept in zip(texts, fast):
        assert when.read_time(text) == kept, text
