"""The one answer object every front end renders: console text, a JSON line, an embed."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import phrasebook
from values.dates import Day

if TYPE_CHECKING:
    from engine.parse import ParsedQuestion

# Citations shown in the one-line source note (every source stays in the JSON and the
# Discord embed's source field): a reply must fit a 2,000-character chat message.
MAX_CITED = 3
DECLINE = phrasebook.of("en").decline  # the reply's first sentence when it declines


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
    topic: ParsedQuestion | None = None  # the parsed question, for follow-ups

    @property
    def full_text(self) -> str:
        """The answer with its arithmetic, as one plain paragraph."""
        return " ".join([self.text, *self.working]).strip()

    def source_line(self) -> str:
        if not self.sources:
            return ""
        words = phrasebook.of(self.lang)
        shown = self.sources[:MAX_CITED]
        cited = "; ".join(s.citation() for s in shown)
        if len(self.sources) > MAX_CITED:
            cited += words.more_sources(len(self.sources) - MAX_CITED)
        as_of = f" — {words.as_of_label} {self.as_of.iso()}" if self.as_of else ""
        return f"{words.source_label}: {cited}" + as_of

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
