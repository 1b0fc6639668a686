"""The one answer object every front end renders: console text, a JSON line, an embed."""

from __future__ import annotations

from dataclasses import dataclass, field

from values.dates import Day
from values.money import format_money

# Citations shown in the one-line source note (every source stays in the JSON and the
# Discord embed's source field): a reply must fit a 2,000-character chat message.
MAX_CITED = 3
DECLINE = "I don't have a sourced fact on that."
DECLINE_KO = "그에 대해서는 출처가 있는 사실이 없습니다."


@dataclass
class Answer:
    question: str
    answered: bool
    text: str
    working: list = field(default_factory=list)  # arithmetic shown, one step a line
    facts: list = field(default_factory=list)  # fact ids used
    sources: list = field(default_factory=list)  # knowledge.Source records
    as_of: Day | None = None
    status: str | None = None  # "announced", ... when not in effect
    score: float = 0.0
    suggestions: list = field(default_factory=list)  # "did you mean" questions
    lang: str = "en"
    topic: object = None  # the parsed question, for follow-ups

    @property
    def full_text(self) -> str:
        """The answer with its arithmetic, as one plain paragraph."""
        return " ".join([self.text, *self.working]).strip()

    def source_line(self) -> str:
        if not self.sources:
            return ""
        shown = self.sources[:MAX_CITED]
        cited = "; ".join(s.citation() for s in shown)
        if len(self.sources) > MAX_CITED:
            more = len(self.sources) - MAX_CITED
            cited += (
                f" 외 {more}건"
                if self.lang == "ko"
                else f"; and {more} more source{'s' if more > 1 else ''}"
            )
        label = "출처" if self.lang == "ko" else "Source"
        as_of = "기준일" if self.lang == "ko" else "as of"
        return f"{label}: {cited}" + (f" — {as_of} {self.as_of.iso()}" if self.as_of else "")

    def as_json(self) -> dict:
        return {
            "question": self.question,
            "answered": self.answered,
            "answer": self.full_text,
            "sources": [s.as_json() for s in self.sources],
            "facts": list(self.facts),
            "as_of": self.as_of.iso() if self.as_of else None,
            "status": self.status,
            "score": round(self.score, 3),
            "suggestions": list(self.suggestions),
            "lang": self.lang,
        }


def dollar_note(readings, lang: str = "en") -> str:
    """How amounts typed with no currency were read: "I read 30k as $30,000." The sources
    and the arithmetic are in US dollars, so a bare "30k" is taken as dollars, and said."""
    seen = []
    for typed, value in readings:
        pair = (typed, format_money(value))
        if pair not in seen:
            seen.append(pair)
    if not seen:
        return ""
    if lang == "ko":
        return " ".join(f"({typed} → 미국 달러 {money}로 계산)" for typed, money in seen)
    listed = ", ".join(f"{typed} as {money}" for typed, money in seen)
    return f"(I read {listed}, in US dollars.)"
