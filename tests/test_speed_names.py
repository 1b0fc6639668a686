"""handlers/confirm._names_in screens with one pattern of every name: it must find each
name (any alias, either case) as the names searched one by one do."""

from handlers import confirm
from handlers.confirm import _NAMES, AGENCIES, COMPANIES, _names_in


def _one_by_one(text: str) -> list[str]:
    return [
        name
        for name, (_, pattern, korean) in _NAMES.items()
        if pattern.search(text) or (korean and korean in text)
    ]


def test_each_name_is_found_through_the_screen() -> None:
    texts = []
    for table in (COMPANIES, AGENCIES):
        for typed in table.values():
            for alias in typed.split("|"):
                word = alias.replace("\\", "").replace("(?:", "").replace(")?", "")
                word = word.replace(")", "").replace("?", "").replace("\\.", ".")
                texts += [f"did {word} sue?", f"did {word.upper()} sue?", f"was it {word}'s plant"]
    texts += [f"{k} 소송" for _, _, k in _NAMES.values() if k]
    texts += ["what is the tariff on cars?", "who is the president?", "samsungs", "ice-cold"]
    for text in texts:
        assert _names_in(text) == _one_by_one(text), text


def test_the_screen_holds_every_name() -> None:
    assert confirm._ANY_NAME.flags & confirm.re.IGNORECASE
    assert len(confirm._KOREAN_NAMES) == len([k for _, _, k in _NAMES.values() if k])
