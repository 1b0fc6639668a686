"""The Engine: one object that owns a loaded base and answers questions with it.

question -> parse -> (follow-up merge) -> guards -> rank -> decide -> handler -> Answer
"""

from __future__ import annotations

from pathlib import Path

import handlers
import phrasebook
from engine.answer import Answer, dollar_note
from engine.decide import decide
from engine.lexicon_ko import FOREIGN_KO, HANGUL
from engine.match import rank
from engine.parse import ParsedQuestion, parse
from engine.scope import out_of_scope
from handlers import deltas, rate_state
from handlers import sources as sources_handler
from knowledge import DATA_DIR, FactBase, open_base
from knowledge.index import Lexicon, build_lexicon
from values.text import fold


class Engine:
    def __init__(self, base: FactBase, lexicon: Lexicon | None = None):
        """An engine over base; lexicon when open_base built (or cached) it already."""
        self.base = base
        self._checking = False  # inside _answers: suggestions are not checked again
        self.lexicon = lexicon if lexicon is not None else build_lexicon(base)
        # Each fact's own question (the "did you mean" and autocomplete entries) answers
        # with that fact when asked word for word: a suggestion always leads to its fact.
        self.own_questions: dict[str, str] = {}
        for fact in base.current:
            for asked in fact.question.values():
                self.own_questions.setdefault(_key(asked), fact.id)

    @classmethod
    def load(cls, data_dir: Path | str | None = None) -> Engine:
        opened = open_base(data_dir or DATA_DIR)
        return cls(opened.base, opened.lexicon)

    def parse(self, question: str) -> ParsedQuestion:
        return parse(question, self.lexicon)

    def ask(self, question: str, previous: Answer | None = None) -> Answer:
        """Answer one question; `previous` (same person, same channel, recent) lets a
        follow-up such as "and lumber?" reuse that question's topic."""
        q = self.parse(question)
        if previous is not None and previous.topic is not None and _is_followup(q):
            q = q.merged_with(previous.topic)
        result = self._answer(q)
        if result.answered and q.assumed_dollars:  # "30k": said how it was read
            result.text = f"{dollar_note(q.assumed_dollars, q.lang)} {result.text}"
        return result

    def _answer(self, q: ParsedQuestion) -> Answer:
        ko = q.lang == "ko"
        words = phrasebook.of(q.lang)
        declined = words.decline
        if ("source" in q.asks and not q.foreign) or (
            "term:source" in q.concepts and len(q.topic_concepts) == 1
        ):
            return sources_handler.handle(q, self.base)
        if not q.text.strip() or not (q.concepts or q.unknown or q.amounts or q.foreign):
            return self.decline(q, words.empty if not q.text.strip() else declined)
        if q.amount_problem == "currency":  # "30,000 Canadian dollars": not Canada's
            return self.decline(q, deltas.refuse_amount(q) or declined)
        own = self.own_questions.get(_key(q.raw))
        if own is not None:
            result = handlers.compose(q, [self.base.fact(own)], self.base, 1.0)
            if result is not None and result.answered:
                return result
        if q.foreign:
            what = FOREIGN_KO.get(q.foreign[0], q.foreign[0]) if ko else q.foreign[0]
            return self.decline(q, f"{declined} {words.out_of_scope(what)}")
        if "US" in q.origins and "KR" not in q.origins:
            return self.decline(q, f"{declined} {words.us_goods}")
        if q.won:
            return self.decline(q, f"{declined} {words.won}")
        beyond = out_of_scope(q)
        if beyond:
            ranked = rank(q, self.base, self.lexicon)
            return self.decline(
                q,
                f"{declined} {words.no_source.get(beyond) or getattr(words, beyond)}",
                [c for c in ranked if c.score >= 0.25][:3],
            )
        problem = deltas.refuse_amount(q)
        if problem:
            return self.decline(q, problem)

        if rate_state.is_products_at_rate(q):
            listed = rate_state.products_at_rate(q, self.base)
            if listed is not None:
                return listed
        if rate_state.is_rate_question(q):
            direct = (
                deltas.duty_at_times(q, [], self.base, 1.0)
                if q.amounts
                else rate_state.handle(q, [], self.base, 1.0)
            )
            if direct is not None:
                return direct
        ranked = rank(q, self.base, self.lexicon)
        decision = decide(q, ranked)
        if decision.action == "answer":
            result = handlers.compose(q, decision.chosen, self.base, decision.score)
            if result is not None:
                if decision.earlier is not None and result.answered:
                    _add_earlier(result, decision.earlier, q.lang)
                return result
            return self.decline(q, declined, ranked[:3], decision.score)
        if decision.action == "suggest":
            return self.decline(q, declined, decision.suggestions, decision.score)
        return self.decline(q, declined, score=decision.score)

    def decline(self, q: ParsedQuestion, text: str, near=(), score: float = 0.0) -> Answer:
        suggestions: list[str] = []
        for candidate in near:
            if len(suggestions) == 3:
                break
            asked = candidate.fact.asks(q.lang) or _default_question(
                candidate.fact, self.base, q.lang
            )
            if asked and asked not in suggestions and self._answers(asked, q.raw):
                suggestions.append(asked)
        return Answer(
            question=q.raw,
            answered=False,
            text=text,
            score=score,
            suggestions=suggestions,
            lang=q.lang,
            topic=q,
        )

    def _answers(self, suggestion: str, asked: str) -> bool:
        """A "did you mean" must lead somewhere: never the question itself, never a
        question the bot would decline in turn. Checked with suggestions switched off, so
        it cannot recurse (a few ms per decline)."""
        if fold(suggestion).strip(" ?") == fold(asked).strip(" ?"):
            return False
        if self._checking:
            return True
        self._checking = True
        try:
            return self._answer(self.parse(suggestion)).answered
        finally:
            self._checking = False

    def suggestions_for(self, text: str, limit: int = 25) -> list[str]:
        """Known questions ranked for what has been typed so far (Discord autocomplete)."""
        from rapidfuzz import fuzz, process

        lang = "ko" if HANGUL.search(text) else "en"
        choices = self.known_questions(lang)
        if not text.strip():
            return choices[:limit]
        hits = process.extract(text, choices, scorer=fuzz.WRatio, limit=limit, score_cutoff=40)
        return [hit[0] for hit in hits]

    def known_questions(self, lang: str = "en") -> list[str]:
        seen = []
        for fact in self.base.current:
            asked = fact.asks(lang) or _default_question(fact, self.base, lang)
            if asked and asked not in seen:
                seen.append(asked)
        return seen


def _is_followup(q: ParsedQuestion) -> bool:
    """'and lumber?', 'what about $50,000?': short, and leaning on the last question."""
    if q.followup:
        return True
    words = q.text.split()
    return (
        len(words) <= 3
        and not (q.asks - {"calc", "rate"})
        and bool(q.products or q.amounts or q.people)
    )


def _default_question(fact, base, lang: str = "en") -> str | None:
    if fact.kind == "quote":  # no title: not every speaker is a minister
        return phrasebook.of(lang).who_said(base.person_name(fact.speaker, lang))
    return None


def _add_earlier(result: Answer, fact, lang: str) -> None:
    """The newest report answered; the best-matching older one tells how it stood before."""
    said = fact.says(lang)
    if not said or said in result.text:
        return
    result.text += phrasebook.of(lang).earlier_report(
        fact.source.publisher, fact.source.published, said
    )
    for source in fact.sources:
        if source not in result.sources:
            result.sources.append(source)
    result.facts.append(fact.id)


def _key(question: str) -> str:
    return " ".join(fold(question).replace("?", " ").split())
