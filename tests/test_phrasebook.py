"""One phrasebook per language: each fills every field, tables cover the same keys, the
templates produce text, and the suggestion for a speaker's words names no title the
person does not hold."""

from __future__ import annotations

import ast
import dataclasses
import inspect
import re
from collections.abc import Mapping
from decimal import Decimal
from pathlib import Path

import pytest

import phrasebook
from phrasebook import ChartWords, DiscordWords, Phrasebook
from phrasebook.ko import josa
from values.dates import Day

BOOKS = sorted(phrasebook.BOOKS.items())


def _filled(value) -> bool:
    if isinstance(value, str | tuple | Mapping):
        return len(value) > 0
    return callable(value) or dataclasses.is_dataclass(value)


@pytest.mark.parametrize("lang,book", BOOKS)
@pytest.mark.parametrize("kind", [Phrasebook, ChartWords, DiscordWords])
def test_every_field_is_filled(lang, book, kind):
    part = book if kind is Phrasebook else book.charts if kind is ChartWords else book.discord
    assert isinstance(part, kind)
    empty = [f.name for f in dataclasses.fields(kind) if not _filled(getattr(part, f.name))]
    assert not empty, f"{lang}: {kind.__name__} fields left empty: {empty}"


def test_the_books_are_the_languages_and_english_is_the_fallback():
    assert set(phrasebook.BOOKS) == {"en", "ko"}
    assert all(book.lang == lang for lang, book in BOOKS)
    assert phrasebook.of("ko").lang == "ko"
    assert phrasebook.of("fr") is phrasebook.of("en") is phrasebook.of(None)


@pytest.mark.parametrize(
    "table",
    ["no_source", "status_note", "amount_problems"],
)
def test_keyed_tables_cover_the_same_keys_in_every_language(table):
    keys = {lang: set(getattr(book, table)) for lang, book in BOOKS}
    assert len({frozenset(k) for k in keys.values()}) == 1, keys


def test_chart_legends_cover_the_same_statuses():
    assert set(phrasebook.of("en").charts.status) == set(phrasebook.of("ko").charts.status)


def test_format_strings_take_the_same_placeholders_in_every_language():
    """A Discord notice filled with {wait} in English must not need {seconds} in Korean."""
    import string

    def names(text: str) -> set[str]:
        return {f for _, f, _, _ in string.Formatter().parse(text) if f}

    en, ko = phrasebook.of("en"), phrasebook.of("ko")
    for field in dataclasses.fields(DiscordWords):
        a, b = getattr(en.discord, field.name), getattr(ko.discord, field.name)
        if isinstance(a, str):
            assert names(a) == names(b), field.name
    assert names(en.did_you_mean_amount) == names(ko.did_you_mean_amount) == {"money"}
    for status in en.status_note:
        assert names(en.status_note[status]) == names(ko.status_note[status]) == {"as_of"}


@pytest.mark.parametrize("lang,book", BOOKS)
def test_templates_write_their_figures(lang, book):
    day = Day(2026, 1, 26)
    assert "2026" in book.date(day)
    assert book.join(["a", "b", "c"]).startswith("a, b")
    assert "30,000" in book.money(Decimal(30000))
    assert book.points(Decimal(10)).startswith("10")
    text = book.duty_at_rate(Decimal(15), "X", Decimal(30000), Decimal(4500))
    assert "15%" in text and "4,500" in text and "30,000" in text
    assert "25%" in book.measure_same(day, "Y", "V", ["autos"], Decimal(15), Decimal(25))
    assert book.did_you_mean_amount.format(money="$30,000").count("$30,000") == 2


def _required(function) -> int | None:
    try:
        params = inspect.signature(function).parameters.values()
    except (TypeError, ValueError):  # a builtin such as str
        return None
    return sum(p.default is p.empty for p in params)


def test_every_template_takes_the_same_arguments_in_every_language():
    """The caller is one code path for all languages: a Korean template wanting one more
    argument than the English would fail only when a Korean question reaches it."""
    en = phrasebook.of("en")
    for lang, book in BOOKS:
        for part, kind in ((book, Phrasebook), (book.charts, ChartWords)):
            english = en if kind is Phrasebook else en.charts
            for field in dataclasses.fields(kind):
                theirs, ours = getattr(part, field.name), getattr(english, field.name)
                if callable(ours) and not dataclasses.is_dataclass(ours):
                    a, b = _required(ours), _required(theirs)
                    assert a is None or b is None or a == b, (lang, field.name, a, b)


# ----- the suggestion for a speaker's words: no "장관" for everyone -----------------------


def test_the_korean_who_said_suggestion_names_no_title():
    ko = phrasebook.of("ko")
    assert ko.who_said("도널드 트럼프") == "도널드 트럼프는 뭐라고 말했나요?"
    assert ko.who_said("김정관") == "김정관은 뭐라고 말했나요?"
    assert "장관" not in ko.who_said("이재명")
    assert phrasebook.of("en").who_said("Donald Trump") == "What did Donald Trump say?"


def test_no_suggestion_calls_a_president_a_minister(engine):
    """The "did you mean" for a quote without its own question was "{name} 장관은 뭐라고
    말했나요?" for every speaker, a president included; now it names no title."""
    from answering.orchestrator import _default_question

    base = engine.base
    quotes = {f.speaker: f for f in base.current if f.kind == "quote"}
    for speaker in ("donald-trump", "lee-jae-myung", "kim-jung-kwan"):
        assert speaker in quotes, speaker
        asked = _default_question(quotes[speaker], base, "ko")
        name = base.person_name(speaker, "ko")
        assert asked == phrasebook.of("ko").who_said(name)
        assert "장관" not in asked
        assert asked.endswith("뭐라고 말했나요?")
        assert engine.ask(asked).answered, asked  # the suggestion still leads to an answer
    english = _default_question(quotes["donald-trump"], base, "en")
    assert english == "What did Donald Trump say?"


def test_josa_follows_the_last_syllable():
    assert josa("트럼프", "은", "는") == "트럼프는"
    assert josa("김정관", "은", "는") == "김정관은"
    assert josa("Lutnick", "은", "는") == "Lutnick은(는)"


# ----- no Korean wording outside the phrasebook -------------------------------------------

ROOT = Path(__file__).resolve().parent.parent
HANGUL = re.compile("[\u1100-\u11ff\u3130-\u318f\uac00-\ud7a3]")
# Code allowed to hold Hangul: the phrasebook (what the bot says) and the tables that read
# Korean *questions* (what people type), each for a stated reason.
READS_KOREAN = {
    "engine/lexicon_ko.py": "particles, endings, question words, stop words of questions",
    "engine/money_ko.py": "만/억/조 and currency words in a question's amounts",
    "engine/parse.py": "'퍼센트' in the rate pattern; '1차' (a round, not a car)",
    "engine/when.py": "'2025년 9월', '이전/이후' in a question's time",
    "engine/scope.py": "price and trade-volume words in a question",
    "benchmarks/chart_renderers.py": "sample Korean labels to time the chart font",
    "handlers/asks_ko.py": "tags, set-asides and sums in a question ('맞죠', '외에', '남은')",
}
SKIPPED = {"tests", "phrasebook", "mutants", ".venv", "venv", ".git"}


def _docstrings(tree: ast.AST) -> set[int]:
    ids = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef):
            body = node.body
            if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
                ids.add(id(body[0].value))
    return ids


def hangul_literals(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    docs = _docstrings(tree)
    return [
        f"{path.relative_to(ROOT)}:{node.lineno}: {node.value[:40]!r}"
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant)
        and isinstance(node.value, str)
        and id(node) not in docs
        and HANGUL.search(node.value)
    ]


def _code_files():
    for path in sorted(ROOT.rglob("*.py")):
        rel = path.relative_to(ROOT)
        if not SKIPPED & set(rel.parts):
            yield path


def test_no_hangul_string_outside_the_phrasebook_and_the_korean_input_tables():
    found = [
        hit
        for path in _code_files()
        if path.relative_to(ROOT).as_posix() not in READS_KOREAN
        for hit in hangul_literals(path)
    ]
    assert not found, "Korean wording belongs in phrasebook/ko.py:\n" + "\n".join(found)


def test_every_listed_exception_still_reads_korean():
    """An exception that no longer holds Hangul is dropped from the list, not kept."""
    for name in READS_KOREAN:
        assert hangul_literals(ROOT / name), f"{name} holds no Hangul: drop it from the list"


def test_the_hangul_scan_sees_a_korean_literal_and_skips_a_docstring(tmp_path):
    sample = tmp_path / "m.py"
    sample.write_text('"""문서."""\n\ndef f():\n    return "장관"\n', encoding="utf-8")
    global ROOT
    saved, ROOT = ROOT, tmp_path
    try:
        assert hangul_literals(sample) == ["m.py:4: '장관'"]
    finally:
        ROOT = saved


@pytest.mark.parametrize("lang,book", BOOKS)
def test_every_status_of_the_schema_has_a_label(lang, book):
    """The Discord timeline shows each event's status in the reader's language: a status
    without a label would show as its id ("struck_down")."""
    from knowledge.schema import STATUSES

    assert set(book.status) == set(STATUSES), set(STATUSES) ^ set(book.status)
    if lang == "en":
        assert dict(book.status) == dict(STATUSES)  # the schema's own words, unchanged
