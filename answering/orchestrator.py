"""The Engine: one object that owns a loaded base and answers questions with it.

question -> parse -> (follow-up merge) -> guards -> rank -> decide -> handler -> Answer
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import handlers
import phrasebook
from engine import detail
from engine.answer import Answer, dollar_note
from engine.decide import MAX_SUGGESTIONS, Decision, decide, other_goods, reported_when
from engine.lexicon_ko import FOREIGN_KO, FRESHNESS_KO, HANGUL, PLACE_ASKED_KO, PRONOUN_KO
from engine.match import ALL_GOODS, STACKING, rank
from engine.parse import ParsedQuestion, parse
from engine.scope import out_of_scope, unknown_topic
from engine.thresholds import ANSWER_AT, AUTOCOMPLETE_CUTOFF, CLEAR_MARGIN, SUGGEST_AT
from handlers import (
    asks_ko,
    basis,
    confirm,
    deltas,
    facts,
    pledge,
    premise,
    rate_moves,
    rate_premise,
    rate_spans,
    rate_state,
)
from handlers import sources as sources_handler
from handlers.common import answer as sourced
from knowledge import DATA_DIR, FactBase, open_base
from knowledge.factbase import PersonFact, PledgeFact, RateFact
from knowledge.index import Lexicon, build_lexicon
from knowledge.schema import RATE_NOT_IN_FORCE
from values.patterns import screen
from values.text import MAX_QUESTION_CHARS, asked_key, fold

# Products an answer must name when the question asks about one of them alone: goods
# reports name plainly (cars, chips and drugs go by many names; measured on the sets, a
# wider list declined right answers).
NAMED_PRODUCTS = {"steel", "aluminum", "copper", "lumber"}


class Engine:
    def __init__(self, base: FactBase, lexicon: Lexicon | None = None):
        """An engine over base; lexicon when open_base built (or cached) it already."""
        self.base = base
        self._checking = False  # inside _answers: suggestions are not checked again
        # suggestion -> whether it answers: a property of the text and this base, so each
        # is checked once per engine (bounded: suggestions are the facts' own questions)
        self._answerable: dict[str, bool] = {}
        self.lexicon = lexicon if lexicon is not None else build_lexicon(base)
        # Each fact's own question (the "did you mean" and autocomplete entries) answers
        # with that fact when asked word for word: a suggestion always leads to its fact.
        # Built with the lexicon (knowledge/index.py), so the cache serves it.
        self.own_questions: dict[str, str] = self.lexicon.own_questions

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
        result = self._reply(q)
        if result.answered and q.assumed_dollars:  # "30k": said how it was read, after
            result.text = f"{result.text} {dollar_note(q.assumed_dollars, q.lang)}"  # Yes/No
        return result

    def _reply(self, q: ParsedQuestion) -> Answer:
        """The answer, with a false premise corrected and a stated figure checked."""
        if confirm.after_newest(q, self.base):  # "yesterday", months after the newest report
            return self.decline(q, confirm.after_newest_text(self.base, q.lang))
        confirmed = self._confirmed(q)
        if confirmed is not None:
            return confirmed
        corrected = self._corrected(q)
        if corrected is not None:
            return corrected
        whole = self._checked(q, self._answer(q))
        whole = facts.took_office(q, self.base, whole) or whole  # "when did Kim take office?"
        later = confirm.signed_later(q, self.base, whole.facts) if whole.answered else None
        if later is not None:  # "was the deal signed?": not yet in September; the MOU was
            told, fact = later
            whole.text = f"{whole.text} {told}"
            whole.facts = [*whole.facts, fact.id]
            whole.sources = [*whole.sources, *(s for s in fact.sources if s not in whole.sources)]
            if fact.as_of and (whole.as_of is None or fact.as_of.sort_key > whole.as_of.sort_key):
                whole.as_of = fact.as_of
        claimed = self._rate_claim(q, whole)
        if claimed is not None:
            return claimed
        return self._in_parts(q, whole) or whole

    def _rate_claim(self, q: ParsedQuestion, whole: Answer) -> Answer | None:
        """'why was steel cut to 15% in the deal?', 'aluminum went 25 then 50?': a rate,
        move or time the question states, checked against the product's history; the
        correction (or Yes) first, then the facts. An answer that already says Yes or No
        to the stated figure stands, unless the figure is a rate stated for a day (or now):
        that is read from the rates collected then, never from an announced one."""
        verdict = rate_premise.check(q, self.base)
        if verdict is None:
            return None
        if "why" in q.asks and verdict.kind == "said" and verdict.opener and whole.answered:
            # "why did trump raise korea tariffs in jan 2026?": only threatened, said first,
            # then the report that tells why (the history alone tells no reason)
            whole.text = f"{verdict.opener} {whole.text}"
            return whole
        if whole.answered and rate_premise.has_verdict(whole.text) and not verdict.firm:
            first = self.base.fact(whole.facts[0]) if whole.facts else None
            said_only = isinstance(first, RateFact) and first.status in RATE_NOT_IN_FORCE
            if not (said_only and verdict.kind in ("yes", "no")):
                return None  # a Yes or No from a rate in force stands
            # "was the auto tariff cut to 15%?": a Yes from the July agreement is no report
            # of the cut; the history tells when it was collected (November 1, 2025)
        return verdict.answer

    def _in_parts(self, q: ParsedQuestion, whole: Answer) -> Answer | None:
        """'whats the car tariff and when did it change?': each part answered, or said to
        have no source. A part without its own subject takes the first part's."""
        if q.foreign or q.won or q.amount_problem:
            return None  # declined for the whole question, whichever part it is in
        if len(q.raw) > MAX_QUESTION_CHARS:
            return None  # a wall of text is cut, not split: splitting it costs time, not sense
        texts = split_parts(q.raw)
        if len(texts) < 2:
            return self._each_product(q, whole)
        first = self.parse(texts[0])
        replies = []
        told_first = False  # a later part, asked of the first's subject, was answered
        for number, text in enumerate(texts):
            if number and len(first.people) == 1 and _PERSON_PRONOUN.search(text):
                # "who's the finance minister and who was before him": him is Koo, whom the
                # first part names by his office; a name reads as one ("before Koo Yun-cheol")
                name = self.base.person_name(first.people[0], "en")
                if name and q.lang == "en":
                    text = _PERSON_PRONOUN.sub(name, text)
            part = first if number == 0 else self.parse(text)
            if number and not (
                part.products
                or part.people
                or (part.topic_concepts.keys() - _ASK_ONLY and not _PRONOUN.search(text))
            ):
                part = part.merged_with(first)  # "...and what did he say": the first's person
                reply = self._checked(part, self._answer(part))
                told_first = told_first or reply.answered
                replies.append((text, reply))
                continue
            elif number and _generic_part(part, first):
                # "...and what was the vote": the first's subject when that answers it
                asked_of_first = part.merged_with(first)
                merged = self._checked(asked_of_first, self._answer(asked_of_first))
                if merged.answered:
                    told_first = True
                    replies.append((text, merged))
                    continue
            replies.append((text, self._checked(part, self._answer(part))))
        if told_first and not replies[0][1].answered:
            # "when does the temporary 122 surcharge expire, and what happens then?": the
            # answer asked of the first part's subject tells it; no "no source" for it too
            replies = replies[1:]
        answered = [r for _, r in replies if r.answered]
        if not answered:
            return None
        if len(replies) == 1:
            return _as_asked(replies[0][1], q)
        if whole.answered:
            if len(answered) < len(replies):
                return None  # the whole question answered; a part alone is not better
            if all(r.facts[:1] and r.facts[0] in whole.facts for r in answered):
                return None  # the whole answer already speaks to every part
        return _joined(q, replies)

    def _each_product(self, q: ParsedQuestion, whole: Answer) -> Answer | None:
        """'whats the car tariff and the steel tariff rn': one rate asked of each product,
        each answered (or said to have no source), not the best match for one of them."""
        # "한국산 자동차": Korean goods named as where the car comes from, not a second product
        products = [p for p in dict.fromkeys(q.products) if p != ALL_GOODS]
        if len(products) < 2 or q.amounts or COMPARING.search(q.text):
            return None  # a sum, a Yes or No, a comparison: about the products together
        if not ("term:tariff" in q.concepts or "rate" in q.asks):
            return None
        told = {getattr(self.base.fact(f), "product", None) for f in whole.facts}
        if whole.answered and set(products) <= told:
            return None  # every product answered already
        replies = []
        for product in products:
            others = {f"product:{p}" for p in products if p != product}
            part = replace(
                q,
                products=[product],
                concepts={k: v for k, v in q.concepts.items() if k not in others},
            )
            replies.append((product, self._checked(part, self._answer(part))))
        if not all(r.answered for _, r in replies):
            return None  # a part without a source: the whole question is not clear
        return _joined(q, replies)

    def _checked_date(self, q: ParsedQuestion, result: Answer) -> Answer:
        """'the 90 day pause was in june right?': Yes or No first, from the date of the
        event that answers the question asked without its date."""
        stated = premise.stated_date(q)
        if stated is None:
            return result
        first = self.base.fact(result.facts[0]) if result.answered and result.facts else None
        if first is not None and first.kind == "event" and first.date and stated.fits(first.date):
            result.text = f"{premise.date_verdict(stated, first.date, q.lang)} {result.text}"
            return result
        again = self._answer(self.parse(premise.without_date(q, stated)))
        if not again.answered or not again.facts:
            return result
        fact = self.base.fact(again.facts[0])
        if fact.kind != "event" or fact.date is None or fact.date.month is None:
            return result
        if not stated.fits(fact.date) and any(
            other.date
            and stated.fits(other.date)
            and len(set(other.keywords) & set(fact.keywords)) >= 2
            for other in self.base.of_kind("event")
        ):
            return result  # another event like it did happen then: no "No"
        again = _as_asked(again, q)
        again.text = f"{premise.date_verdict(stated, fact.date, q.lang)} {again.text}"
        return again

    def _confirmed(self, q: ParsedQuestion) -> Answer | None:
        """A stated office, vote, name, ruling or signing: Yes or No first (handlers/confirm.py)."""
        if out_of_scope(q):
            return None  # "hyundai stock price now?": what no source gives, declined as such

        def ranked(text: str) -> list:
            again = self.parse(text)
            if again.foreign or again.won:
                return []
            # a word the base does not know ("raided", "plant") must be in the fact's own text
            stems = [w[: max(4, len(w) - 2)] for w in again.blocking]
            return [
                c
                for c in rank(again, self.base, self.lexicon)
                if all(s in fold(c.fact.says() or "") for s in stems)
            ]

        return (
            confirm.offices(q, self.base)
            or confirm.signed(q, self.base)
            or confirm.ruling(q, self.base)
            or confirm.vote(q, self.base, ranked)
            or confirm.named(q, self.base, ranked)
            or confirm.denied(q, self.base, ranked)
        )

    def _corrected(self, q: ParsedQuestion) -> Answer | None:
        """A question the facts contradict gets the correction, then what they say."""
        if premise.reversed_pledge(q):
            whole = pledge.whole_pledge(self.base)
            if whole is not None:
                text = f"{premise.no_us_pledge(q.lang)} {whole.says(q.lang)}"
                return sourced(q, self.base, [whole], text, [], 1.0, note_history=False)
        for taken, text in premise.premise_rewrites(q):
            again = self._answer(self.parse(text))
            if again.answered and premise.contradicts(taken, again.text):
                again.text = f"{premise.correction(taken, q.lang)} {again.text}"
                return _as_asked(again, q)
        return None

    def _checked(self, q: ParsedQuestion, result: Answer) -> Answer:
        """'so the hike is to 30% right?': Yes or No first, from the figure the answer gives
        when the question is asked without its own."""
        stated = premise.stated_rate(q)
        if stated is None:
            before = result.text
            result = self._checked_date(q, result)
            opener = (
                (
                    facts.meeting_confirmed(q, self.base, result.facts)
                    or confirm.act_done(
                        q, self.base, self.lexicon.fact_concepts, result.facts, result.score
                    )
                )
                if result.answered
                else None
            )
            if opener and result.text == before:  # no Yes/No from the date check already
                result.text = f"{opener} {result.text}"
            elif result.answered and result.facts and result.text == before:
                first = self.base.fact(result.facts[0])
                confirmed = premise.amount_confirmed(q, first, result.score)
                if confirmed:
                    result.text = f"{confirmed} {result.text}"
            return result
        if q.asks & WH_ASKS:
            return result  # "when did it go up to 15%?": asks when, not whether (rate_premise)
        if q.concepts.keys() & STACKING:
            # "do korean cars pay mfn on top of 15%?": whether duties stack, which the rate
            # alone does not tell (the report of stacking answers it, never "Yes — 15%")
            return result
        # Asked again without the figure, which would otherwise pull in any fact that
        # happens to state it ("section 122 is 15%": the announced 15%, not the 10% in force).
        again = self._answer(self.parse(premise.without_rate(q, stated)))
        headline = premise.headline_rate(again.text, q.lang) if again.answered else None
        if headline is not None:
            result = _as_asked(again, q)
        else:
            # The answer to the question as asked may have matched on the figure itself:
            # it can show the figure is wrong, never confirm it.
            headline = premise.headline_rate(result.text, q.lang) if result.answered else None
            if headline is None or headline == stated:
                return result
        opener = premise.verdict(stated, headline, q.lang)
        if stated == headline and self._happened_unconfirmed(q, result):
            # "did s122 rise to 15%?": only a rate in force confirms a change happened
            fact = self.base.fact(result.facts[0]) if result.facts else None
            if not isinstance(fact, RateFact) or not fact.status:
                return result  # a report that mentions the figure: no Yes, no No
            opener = phrasebook.of(q.lang).casual.said_only(fact.status)
        # the answer asked again without the figure may open with its own Yes or No ("네.
        # 10%..."): the verdict on the figure replaces it, never "아니요, ... 10%입니다. 네."
        book = phrasebook.of(q.lang)
        for said in (book.yes, book.no):
            if said.strip() and result.text.startswith(said.strip()):
                result.text = result.text[len(said.strip()) :].lstrip()
                break
        result.text = f"{opener} {result.text}"
        return result

    def _numbered_document(self, q: ParsedQuestion) -> Answer | None:
        """ "What is proclamation 11012?", "executive order 14257": the report that names
        that number; declined when none does (another order's report is no answer). None
        when the question names no numbered order, proclamation or notice."""
        named = NUMBERED_DOCUMENT.search(q.text) if q.lang == "en" else None
        if named is None:
            return None
        number = named["n"]
        holding = [
            f
            for f in self.base.facts.values()
            if not f.superseded_by and number in (f.text.get("en") or "")
        ]
        if not holding:
            return self.decline(q, phrasebook.of(q.lang).decline)
        ranked = [c.fact for c in rank(q, self.base, self.lexicon) if c.fact in holding]
        fact = ranked[0] if ranked else max(holding, key=reported_when)
        result = handlers.compose(q, [fact], self.base, 1.0)
        return result if result is not None and result.answered else None

    def _happened_unconfirmed(self, q: ParsedQuestion, result: Answer) -> bool:
        """The question asks whether a change happened ("did it rise to 15%?", not about
        the announcement itself), and the answer does not lead with a rate in force."""
        if q.concepts.keys() & ANNOUNCING or "say" in q.asks:
            return False
        if q.lang == "en" and not HAPPENED.search(q.text):
            return False
        if q.lang == "ko" and not HAPPENED_KO.search(q.text):
            return False  # "15% 상한이지?": what the rate is, not whether it changed
        fact = self.base.fact(result.facts[0]) if result.facts else None
        return not (isinstance(fact, RateFact) and fact.in_effect)

    def _answer(self, q: ParsedQuestion) -> Answer:
        ko = q.lang == "ko"
        words = phrasebook.of(q.lang)
        declined = words.decline
        if _about_sources(q):
            return sources_handler.handle(q, self.base)
        on_day = (  # a date is all it names: before the empty check
            facts.on_day(q, self.base) or facts.in_month(q, self.base) or facts.latest(q, self.base)
        )
        if on_day is not None:
            return on_day
        if not q.text.strip() or not (q.concepts or q.unknown or q.amounts or q.foreign):
            return self.decline(q, words.empty if not q.text.strip() else declined)
        if q.amount_problem == "currency":  # "30,000 Canadian dollars": not Canada's
            return self.decline(q, deltas.refuse_amount(q) or declined)
        own = self.own_questions.get(asked_key(q.raw))
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
                [c for c in ranked if c.score >= SUGGEST_AT][:MAX_SUGGESTIONS],
            )
        problem = deltas.refuse_amount(q)
        if problem:
            return self.decline(q, problem)
        numbered = self._numbered_document(q)  # "what is proclamation 11012?"
        if numbered is not None:
            return numbered
        if unknown_topic(q) or (  # "what did korea agree on digital trade?", "the 123 agreement"
            q.lang == "en" and COMPARED.search(q.text) and not (q.products or q.rates or q.amounts)
        ):
            # "what's the difference between 232 and ieepa?": no fact compares them, and one
            # fact about either is no answer (a difference of rates or duties is worked out)
            ranked = rank(q, self.base, self.lexicon)
            return self.decline(q, declined, [c for c in ranked if c.score >= SUGGEST_AT])

        if q.products and pledge.names_pledge_figure(q, self.base):
            # "is the $150 billion for semiconductors?": the pledge's figure, not goods
            q = replace(q, concepts={**q.concepts, "term:pledge": 1.0})
        special = (
            pledge.profits(q, self.base)
            or pledge.spread(q, self.base)
            or pledge.sums(q, self.base)
            or facts.meeting_count(q, self.base)
            or facts.meetings(q, self.base)
            or facts.met_someone_else(q, self.base)
            or facts.outcome(q, self.base)
            or facts.successor(q, self.base)
            or basis.goods_under(q, self.base)  # "what are the section 232 tariffs?"
            # "which law are the car tariffs under?"
            or (basis.handle(q, self.base) if basis.is_basis_question(q) else None)
            or basis.after_ruling(q, self.base)  # "did the court kill the car tariffs?"
            or rate_state.ever_in_force(q, self.base)  # "was the 25% tariff ever collected?"
            or rate_spans.lasted(q, self.base)  # "how long was the 25% car tariff in force?"
            or rate_spans.history_of(q, self.base)  # "how did the car tariff change?"
            or rate_spans.compared(q, self.base)  # "car tariff vs steel tariff"
            or rate_moves.handle(q, self.base)  # "how many pts did the car tariff drop"
            or (
                rate_state.products_at_rate(q, self.base)
                if rate_state.is_products_at_rate(q)
                else None
            )
        )
        if special is not None:  # an Answer is never falsy: the first handler that answers
            return special
        unplaced = None
        if rate_state.is_rate_question(q) and not pledge.names_pledge_figure(q, self.base):
            direct = (
                deltas.duty_at_times(q, [], self.base, 1.0)
                if q.amounts
                else rate_state.handle(q, [], self.base, 1.0)
            )
            if direct is not None:
                return direct
            if q.time.relation != "before":  # "before March 12": the change's report says
                unplaced = rate_state.unplaced_time(q, self.base)
        ranked = rank(q, self.base, self.lexicon)
        decision = decide(q, ranked)
        if decision.reason == "no clear winner" and ORIGINAL.search(q.text):
            # "the capital in the November 2025 draft": of the close reports, the one that
            # replaced an earlier version tells it (told first by _first_version_first)
            versions = [
                c for c in ranked if c.score >= decision.score - CLEAR_MARGIN and c.fact.supersedes
            ]
            if len(versions) == 1:
                decision = Decision("answer", chosen=[versions[0].fact], score=versions[0].score)
        if decision.action == "answer" and unplaced is not None:
            # "what was the car tariff in 2023?": the product's history holds nothing for
            # then; only a report of that time answers it, never a later measure's
            if not all(_dated_in(f, unplaced) for f in decision.chosen[:1]):
                return self.decline(q, declined, ranked[:3], decision.score)
        if decision.action == "answer":
            result, held = self._with_detail(q, ranked, decision.chosen, decision.score)
            if not held:  # the detail asked is in no close fact
                return self.decline(q, declined, ranked[:3], decision.score)
            if result is not None:
                if decision.earlier is not None and result.answered and held == "chosen":
                    _add_earlier(result, decision.earlier, q.lang, self.base)
                if result.answered and ORIGINAL.search(q.text):
                    replaced = [c.fact for c in ranked if c.score >= ANSWER_AT]
                    _first_version_first(result, self.base, q.lang, replaced)
                return result
            return self.decline(q, declined, ranked[:3], decision.score)
        if decision.action == "suggest":
            return self.decline(q, declined, decision.suggestions, decision.score)
        return self.decline(q, declined, score=decision.score)

    def _with_detail(
        self, q: ParsedQuestion, ranked: list, chosen: list, score: float
    ) -> tuple[Answer | None, str]:
        """The answer composed from the chosen facts ("chosen") when it states the detail
        asked for ("for how long", "by when", "what percentage of") and names the one
        product asked about; else from the best close fact that does ("other"); ("") when
        none does (engine/detail.py)."""
        result = handlers.compose(q, chosen, self.base, score)
        if q.lang == "en" and (
            result is None or not result.answered or detail.missing(q.text, result.text)
        ):
            close_facts = [c.fact for c in ranked if c.score >= ANSWER_AT]
            shared = facts.vote_share(q, [*chosen, *close_facts], self.base)
            if shared is not None:  # "what % voted yes": worked out from the tally
                return shared, "other"
            if facts.asks_vote_share(q):
                return None, ""  # another fact's "%" ("10% tariffs") is not a vote's share
        if q.lang == "ko" and result is not None and result.answered:
            return self._with_detail_ko(q, ranked, chosen, result)
        if q.lang != "en" or result is None or not result.answered:
            return result, "chosen"
        if not self._names_product(q, result.text):
            return None, ""  # a report of other goods: a passing mention is no answer either
        if not detail.missing(q.text, result.text) and self._visit_told(q, result.text):
            return result, "chosen"
        return self._close_holding(q, ranked, chosen, lambda text: self._holds(q, text))

    def _with_detail_ko(
        self, q: ParsedQuestion, ranked: list, chosen: list, result: Answer
    ) -> tuple[Answer | None, str]:
        """As _with_detail, for a Korean question: a length of time asked ("몇 분")
        must be in the answer, from the chosen facts or the newest close one that has it."""
        if not self._names_product(q, result.text):
            return None, ""  # "철강 관세 환급": a report of other goods is no answer either
        if not detail.missing_ko(q.text, result.text) and self._names_place_ko(q, result.text):
            return result, "chosen"
        return self._close_holding(
            q,
            ranked,
            chosen,
            lambda text: not detail.missing_ko(q.text, text) and self._names_place_ko(q, text),
        )

    def _names_place_ko(self, q: ParsedQuestion, text: str) -> bool:
        """A place asked ("조지아 단속 어디서 있었어?"): the answer names one of the places
        the base knows (a report that tells only "the site" answers another question)."""
        if "where" not in q.asks or "source" in q.asks or not re.search(PLACE_ASKED_KO, q.text):
            return True
        return any(
            word in text
            for words in self.base.vocabulary.places.values()
            for word in words
            if HANGUL.search(word)
        )

    def _close_holding(
        self, q: ParsedQuestion, ranked: list, chosen: list, holds: Callable[[str], bool]
    ) -> tuple[Answer | None, str]:
        """The answer from the best close fact, other than those chosen, whose own text
        and composed answer hold what is asked; ("") when none does."""
        # "what percent of Korea's steel goes to the US?": a share, which a tariff rate's
        # "50%" is not
        share = "share" in detail.asked(q.text)
        holding = [
            c
            for c in ranked
            if c.score >= ANSWER_AT
            and c.fact not in chosen
            and not (share and c.fact.kind == "rate")
            and holds(c.fact.says(q.lang) or "")
        ]
        # close ones tell one story at different times: the newest report first
        close = (
            [c for c in holding if c.score >= holding[0].score - CLEAR_MARGIN] if holding else []
        )
        close.sort(key=lambda c: (reported_when(c.fact), c.score), reverse=True)
        if ranked:  # the story of the best match first, before a report of other goods
            close.sort(key=lambda c: other_goods(c, ranked[0]))
        for candidate in close:
            again = handlers.compose(q, [candidate.fact], self.base, candidate.score)
            if again is not None and again.answered and holds(again.text):
                return again, "other"
        return None, ""

    def _holds(self, q: ParsedQuestion, text: str) -> bool:
        """The text states each detail asked for and names the one product asked about
        ("the tariff on *steel*": a report of cars and lumber answers another question)."""
        return (
            not detail.missing(q.text, text)
            and self._names_product(q, text)
            and self._visit_told(q, text)
        )

    def _visit_told(self, q: ParsedQuestion, text: str) -> bool:
        """ "Is Trump going to visit Korea in 2026?": the one person asked about is the one
        the text tells visiting (a report of Yeo's trip that mentions Trump's plan is not)."""
        if "term:visit" not in q.concepts or len(q.people) != 1:
            return True
        person = self.base.facts.get(q.people[0])
        if not isinstance(person, PersonFact):
            return True
        to_come = q.tense == "future" or bool(VISITING_NOW.search(q.text))
        return any(detail.visit_told(name, text, to_come) for name in facts.names_of(person))

    def _names_product(self, q: ParsedQuestion, text: str) -> bool:
        if len(q.products) != 1 or q.products[0] not in NAMED_PRODUCTS:
            return True
        product = self.base.vocabulary.products.get(q.products[0])
        if product is None:
            return True
        return detail.names_product(text, [product.name, *product.aliases])

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
        it cannot recurse, and once per suggestion per engine."""
        if _same_question(suggestion, asked):
            return False
        if self._checking:
            return True
        known = self._answerable.get(suggestion)
        if known is not None:
            return known
        self._checking = True
        try:
            known = self._answerable[suggestion] = self._answer(self.parse(suggestion)).answered
        finally:
            self._checking = False
        return known

    def suggestions_for(self, text: str, limit: int = 25) -> list[str]:
        """Known questions ranked for what has been typed so far (Discord autocomplete)."""
        from rapidfuzz import fuzz, process

        lang = "ko" if HANGUL.search(text) else "en"
        choices = self.known_questions(lang)
        if not text.strip():
            return choices[:limit]
        hits = process.extract(
            text, choices, scorer=fuzz.WRatio, limit=limit, score_cutoff=AUTOCOMPLETE_CUTOFF
        )
        return [hit[0] for hit in hits]

    def known_questions(self, lang: str = "en") -> list[str]:
        seen = []
        for fact in self.base.current:
            asked = fact.asks(lang) or _default_question(fact, self.base, lang)
            if asked and asked not in seen:
                seen.append(asked)
        return seen


# A question about the announcement itself ("did trump threaten 25%?") may be confirmed by
# an announced rate.
ANNOUNCING = {"term:announce"}
# Questions asking when, where, who, why or how: a stated figure that matches is no Yes.
WH_ASKS = {"when", "where", "who", "who_is", "why", "how"}
# "what is proclamation 11012?", "executive order 14257": a document named by its number
NUMBERED_DOCUMENT = screen(
    re.compile(
        r"\b(?:executive orders?|eo|proclamations?|proc\.?|fr doc\.?|orders?|notices?)\s*"
        r"(?:no\.?\s*|number\s*|#\s*)?(?P<n>\d{4,5})\b"
    ),
    ("order", "eo", "proc", "fr doc", "notice"),
)
# "what's the difference between 232 and ieepa?", "how does section 122 differ from
# ieepa?": a comparison of two things, which no fact makes
COMPARED = screen(
    re.compile(
        r"\bdifferences? between\b|\bhow (?:is|are|does|do|did)\b[^?]*\bdiffer\b|"
        r"\bcompare[sd]? (?:to|with)\b|\bcomparison (?:of|between|with)\b"
    ),
    ("differ", "compar"),
)
# "is Trump visiting Korea in 2026?": a visit to come, asked in the present
VISITING_NOW = re.compile(r"\b(?:is|are|am)\b[^?]*\b(?:visiting|coming|travell?ing|going)\b")
# "did s122 *rise* to 15%?", "has the car tariff *gone up* to 25%?": asks whether the
# change happened, which an announced rate does not confirm ("the hike is to 25%, right?"
# asks about the announced measure itself).
HAPPENED_KO = re.compile(asks_ko.HAPPENED_KO)
HAPPENED = re.compile(
    r"\b(?:did|has|have|had|could|can|will)\b.*\b(?:rise|rose|risen|raise|go|gone|went|"
    r"increase|climb|jump|fall|fell|fallen|drop|cut|lower|reduce|take|took|kick|get|got)\w*\b"
)


def _dated_in(fact, stated) -> bool:
    """The fact's date falls in the stated day, month or year."""
    day = getattr(fact, "date", None)
    return (
        day is not None
        and day.year == stated.year
        and (stated.month is None or day.month == stated.month)
        and (stated.day is None or day.day == stated.day)
    )


def _same_question(one: str, other: str) -> bool:
    """The question asked, in other case, spacing or punctuation, or a letter off."""
    from rapidfuzz import fuzz

    a, b = (" ".join(re.findall(r"\w+", fold(t))) for t in (one, other))
    return a == b or fuzz.ratio(a, b) >= SAME_QUESTION


# "how up to date are you?", "출처는 얼마나 최신이야?": how old the bot's knowledge is
_FRESHNESS = re.compile(
    r"^(?:so |ok |and )?(?:how (?:up[- ]to[- ]date|current|recent|fresh|old|new)|"
    r"(?:are|is) (?:you|your \w+)(?: still)? (?:up[- ]to[- ]date|current))\b"
    r"(?: (?:are|is) (?:you|your (?:info|information|data|facts|sources?|knowledge|reports?)))?\W*$|"
    + FRESHNESS_KO
)


# "who is yeo and what did he say": a part whose subject is the person named before
_PERSON_PRONOUN = re.compile(r"\b(?:he|she)\b|\b(?:him|her)\b(?=\s*\??\s*$)")
_PRONOUN = re.compile(r"\b(?:he|she|him|her|his|hers|they|them|their)\b|" + PRONOUN_KO)


def _about_sources(q: ParsedQuestion) -> bool:
    """'What is your source?', not 'how much did Korea export, according to the sources?'."""
    if _FRESHNESS.search(q.text) and not (q.products or q.people or q.amounts or q.rates):
        return True
    other = q.asks - {"source", "yesno", "where", "which", "who", "say"}
    if "term:source" in q.concepts and len(q.topic_concepts) == 1:
        return not (other and (q.unknown or q.years or q.amounts))
    if "source" not in q.asks or q.foreign:
        return False
    return not (other and set(q.topic_concepts) - {"term:source"})


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


# "the capital in the bill *as introduced*", "원안": the version a later report replaced.
ORIGINAL = screen(
    re.compile(
        r"\b(?:as (?:first )?(?:introduced|submitted|proposed|drafted|filed)|originally|"
        r"original (?:bill|draft|version|plan|proposal)|initially|at first|first draft|"
        r"(?:the|a|its)(?: [a-z0-9]+){0,3} draft)\b|" + asks_ko.ORIGINAL_KO
    ),
    (
        "at first",
        "bill",
        "draft",
        "filed",
        "initially",
        "introduced",
        "originally",
        "plan",
        "proposal",
        "proposed",
        "submitted",
        "version",
    ),
    hangul=True,
)


def _first_version_first(result: Answer, base: FactBase, lang: str, close: list) -> None:
    """Asked for the original version, the report it was replaced by does not answer it:
    the first report leads, told as such, and the later one follows as the update (the
    answer's own fact first, else a close one that replaced an earlier report)."""
    if result.working:
        return
    facts = [base.fact(i) for i in result.facts][:1] + close
    older = next((base.history(f) for f in facts if base.history(f)), [])
    if not older:
        return
    first = older[-1]
    said = first.says(lang)
    if not said:
        return
    words = phrasebook.of(lang)
    result.text = (
        words.first_report(first.source.publisher, first.source.published, said) + " " + result.text
    )
    for source in first.sources:
        if source not in result.sources:
            result.sources.append(source)
    result.facts.insert(0, first.id)


def _add_earlier(result: Answer, fact, lang: str, base: FactBase) -> None:
    """The newest report answered; the best-matching older one tells how it stood before."""
    said = fact.says(lang)
    if not said or said in result.text or result.working:
        return  # a computed answer stands on its own arithmetic
    if isinstance(fact, PledgeFact) and any(
        isinstance(base.facts.get(i), PledgeFact) for i in result.facts
    ):
        return  # pledge terms are not a story told over time: a revision supersedes
    result.text += phrasebook.of(lang).earlier_report(
        fact.source.publisher, fact.source.published, said
    )
    for source in fact.sources:
        if source not in result.sources:
            result.sources.append(source)
    result.facts.append(fact.id)


# Where one question ends and the next begins: "..., and when did it change?", "... and
# the steel tariff rn", "... plus whats left", "...; who signed it".
_ASKING = (
    r"(?:what|whats|what's|how|when|who|whos|who's|where|why|which|is|are|did|does|was|were)\b"
)
_NEXT_PART = screen(
    re.compile(
        # after a comma, 'plus', ';' or 'also' a new part may start "the ...", "its ..."; after a
        # bare 'and' only a question word starts one ("did Korea and the US sign ..." is one).
        r"\s*(?:(?:,\s*(?:and|plus|also)\b|\bplus\b|;|\balso\b)\s*"
        r"(?=" + _ASKING + r"|(?:the|its|it's|their|his|her)\b)"
        r"|\s+(?:\band\b|&)\s+(?=" + _ASKING + r")"
        # "car tariff now? and in may 2025?": a question mark ends a part, more follows
        r"|\?\s+(?:(?:and|&|plus)\s+)?(?=\S)"
        r"|\s*(?:" + asks_ko.NEXT_PART + r")\s+)"
    ),
    ("&", ";", "also", "and", "plus", "?"),
    hangul=True,
)
# "is the car tariff higher than steel", "difference between car and steel tariffs": a
# comparison, answered whole.
COMPARING = re.compile(
    r"\b(?:vs\.?|versus|than|compar\w*|differ\w*|between|gap|same|both|either|which|also|too)\b"
    # "after the deal, do cars also pay the steel duty?": a Yes or No about them together
    r"|(?:^|,\s*)(?:do|does|did|is|are|was|were|will|can|has|have)\b"
)
SAME_QUESTION = 92  # fuzz.ratio of two questions' words: one question, retyped
_ASK_ONLY = {"term:tariff", "term:rate", "term:change", "term:when", "term:date"}


def _generic_part(part: ParsedQuestion, first: ParsedQuestion) -> bool:
    """ "when did the supreme court rule and what was the vote?": a part naming only
    everyday notions (a vote), no goods, person, place or country, is about the first
    part's subject (the court's vote, not the Assembly's)."""
    if part.products or part.people or part.places or part.countries:
        return False
    topic = part.topic_concepts.keys() - _ASK_ONLY
    if not all(c.startswith("term:") for c in topic):
        return False
    return bool(first.topic_concepts.keys() - _ASK_ONLY - topic)


def split_parts(question: str) -> list[str]:
    """The separate questions in one message, at 'and'/'plus'/';' before a new question."""
    parts = [p.strip(" ,;?") for p in _NEXT_PART.split(question)]
    if len(parts) < 2 or any(len(p.split()) < 3 for p in parts):
        return [question]  # "did China and the US ...": one question
    return parts


def _joined(q: ParsedQuestion, replies: list) -> Answer:
    """One reply from the parts' replies: each answer once, each source once."""
    texts: list[str] = []
    working: list[str] = []
    facts: list[str] = []
    sources: list = []
    status, as_of, score = None, None, 1.0
    for part, reply in replies:
        if not reply.answered:
            texts.append(phrasebook.of(q.lang).casual.no_source_part(part))
            continue
        if reply.text not in texts:
            texts.append(reply.text)
            working.extend(w for w in reply.working if w not in working)
        facts.extend(f for f in reply.facts if f not in facts)
        sources.extend(s for s in reply.sources if s not in sources)
        status = status or reply.status
        if reply.as_of and (as_of is None or reply.as_of.sort_key > as_of.sort_key):
            as_of = reply.as_of
        score = min(score, reply.score)
    return Answer(
        question=q.raw,
        answered=True,
        text=" ".join(texts),
        working=working,
        facts=facts,
        sources=sources,
        as_of=as_of,
        status=status,
        score=score,
        lang=q.lang,
        topic=q,
    )


def _as_asked(result: Answer, q: ParsedQuestion) -> Answer:
    """An answer found for a reworded question, given as the answer to the one asked."""
    result.question = q.raw
    result.topic = q
    return result


def _key(question: str) -> str:
    return " ".join(fold(question).replace("?", " ").split())
