"""Answer, suggest or decline, from the ranked candidates.

A wrong confident answer is the worst outcome, so answering needs a clear winner: a
score over ANSWER_AT and a margin over the best fact of another group. A word the base
does not know ("steel", "Bitcoin", "arrive") means part of the question is not
understood, usually the part asked about: then the bot suggests at most. The thresholds
are in engine/thresholds.py, each with the sweep (benchmarks/calibrate.py) that chose it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from engine import detail
from engine import lexicon_ko as ko
from engine.detail import COUNTED as COUNTED_NOUNS
from engine.lexicon_en import COMPANY_NAMES
from engine.match import ALL_GOODS, QUOTED_PHRASE, Candidate, asks_first, says_first
from engine.parse import ParsedQuestion
from engine.spelling import is_english_word
from engine.thresholds import (
    ANSWER_AT,  # coverage x fit needed to answer
    CLEAR_MARGIN,  # lead over the best candidate of another group
    GROUP_KEEP,  # same-group candidates within this share of the top answer together
    NEWEST_COVERAGE,  # close candidates must each cover this share of the best's coverage
    SUGGEST_AT,  # below this, nothing is close enough to suggest
    SURE_AT,  # above this, a close runner-up does not block the answer
    THIN_BELOW,  # known words this common (IDF) leave the unknown ones as the topic
)
from values.money import format_money
from values.patterns import screen
from values.text import words

MAX_SUGGESTIONS = 3
# "Lutnick's *net worth*", "Hyundai's *stock*": the words after a possessive are what is
# asked; unknown there, the question is not understood.
# Question words run together ("whos", "whats") and short chat forms ("sec", "lol",
# "pts") are not what a question is about.
NOT_TOPIC = {"whos", "whats", "hows", "wheres", "whens", "whys", "whose", "thats", "theres"}
HOW_MANY = screen(
    re.compile(r"\bhow many\b"),
    ("how many",),
)
# "what did Lutnick say about *bitcoin*?": the word after "about" is the topic asked.
ABOUT = re.compile(
    r"\b(?:about|abt|regarding|concerning)\s+(?:(?:the|a|an|his|her|their|its)\s+)?([a-z]+)"
)
POSSESSIVE = re.compile(
    r"(?:'s|’s)\s+(?:(?:current|latest|new|own|real|actual)\s+)?(\w+)(?:\s+(\w+))?"
)


@dataclass
class Decision:
    action: str  # "answer" | "suggest" | "decline"
    chosen: list = field(default_factory=list)  # facts, for "answer"
    score: float = 0.0
    suggestions: list = field(default_factory=list)  # candidates, for "suggest"
    reason: str = ""
    earlier: object = None  # the best-scoring fact, when a newer equal one answers


def decide(q: ParsedQuestion, ranked: list[Candidate]) -> Decision:
    if not ranked:
        return Decision("decline", reason="nothing in the base matches")
    top = ranked[0]
    group = top.group
    others = [c for c in ranked if c.group != group]
    runner = others[0].score if others else 0.0
    near = [top] + [c for c in others if c.score >= SUGGEST_AT][: MAX_SUGGESTIONS - 1]

    if q.blocking and not (q.amounts and q.products):
        # Part of the question is not understood, and it is usually the part asked
        # about ("when did Kim *arrive*?", "the tariff on Korean *steel*"): suggest at most,
        # unless a close report itself says those words ("how many *states* sued?": "a
        # lawsuit by 24 states"), which then answers as if they were understood.
        saying = _saying_blocking(q, ranked)
        if saying is not None:
            understood = replace(
                q, blocking=[], unknown=[w for w in q.unknown if w not in q.blocking]
            )
            # reports ranked above it do not say the words (or give no number asked)
            rest = [c for c in ranked if c is not saying and c.score <= saying.score]
            return decide(understood, [saying, *rest])
        if top.score >= SUGGEST_AT:
            return Decision(
                "suggest", suggestions=near, score=top.score, reason=f"unknown words {q.blocking}"
            )
        return Decision("decline", score=top.score, reason=f"unknown words {q.blocking}")
    unclear = _unclear_words(q, top)
    if unclear:
        return Decision(
            "suggest" if top.score >= SUGGEST_AT else "decline",
            suggestions=near,
            score=top.score,
            reason=f"unknown words {unclear} carry the question",
        )
    # A word the best fact itself says ("added", "collecting") is not a sign the question
    # is about something else, when that fact is the clear winner (among close reports of
    # one story, each holding other details, the word may be what picks one).
    clear = top.score - runner >= CLEAR_MARGIN
    quoted = quoted_words(q, top)
    ungrounded = [
        w
        for w in q.unknown
        if w not in quoted and not (clear and grounded(w, top.fact.says(q.lang) or ""))
    ]
    company = [w for w in q.unknown if w in COMPANY_NAMES and not grounded(w, top.fact.says())]
    if company:
        return Decision(
            "suggest" if top.score >= SUGGEST_AT else "decline",
            suggestions=near,
            score=top.score,
            reason=f"a company {company} the best fact does not name",
        )
    event = _unnamed_event(q, top)
    if event:
        return Decision(
            "suggest" if top.score >= SUGGEST_AT else "decline",
            suggestions=near,
            score=top.score,
            reason=f"unknown words {event} name the event asked about",
        )
    if ungrounded and top.score < SURE_AT and not (q.amounts and q.products):
        # Only everyday words are unknown: answer only a question the rest makes clear.
        return Decision(
            "suggest" if top.score >= SUGGEST_AT else "decline",
            suggestions=near,
            score=top.score,
            reason=f"unknown words {ungrounded}",
        )
    if _only_people_asked(q) and top.fact.kind == "person":
        # "who led korea's delegation?": a country and "people" are all it names; any
        # Korean official would fit, so none is the answer
        return Decision(
            "suggest" if top.score >= SUGGEST_AT else "decline",
            suggestions=near,
            score=top.score,
            reason="only a country and people named",
        )
    if sum_paid_asked(q) and not _paid_by_named(q, top.fact):
        # "how much did korean exporters pay in tariffs?": no rate, pledge or total of
        # all importers tells what those named paid
        return Decision(
            "suggest" if top.score >= SUGGEST_AT else "decline",
            suggestions=near,
            score=top.score,
            reason="a sum paid in tariffs, and no report of what those asked paid",
        )
    if _amount_to_compute(q, top):
        # "$40k Kia in Sept 2025 vs now": a sum to work out, which only a rate or the
        # pledge can; a report that mentions duties is not that.
        return Decision(
            "suggest" if top.score >= SUGGEST_AT else "decline",
            suggestions=near,
            score=top.score,
            reason="an amount to compute, and no rate or pledge matched",
        )
    if top.score < SUGGEST_AT:
        return Decision("decline", score=top.score, reason="best match too weak")
    if top.score < ANSWER_AT:
        return Decision("suggest", suggestions=near, score=top.score, reason="best match weak")
    if top.score - runner < CLEAR_MARGIN and top.score < SURE_AT:
        newest = (
            (None if _who_differs(q, ranked) else _newest_of_equals(ranked, asks_first(q)))
            or _one_person(q, ranked)
            or _one_story(q, ranked)
        )
        if newest is None:
            return Decision("suggest", suggestions=near, score=top.score, reason="no clear winner")
        top = newest
    elif (
        top.score >= SURE_AT
        and top.score - runner < CLEAR_MARGIN
        and not (q.tense == "past" and ("when" in q.asks or HOW_MANY.search(q.text)))
    ):
        # (a sure report of when, or how many, in something that happened stands: a newer
        # report of the same story tells what came after it, as the flight home after the
        # raid)
        if _too_vague(ranked):
            return Decision(
                "suggest", suggestions=near, score=top.score, reason="many reports fit alike"
            )
        if _people_alike(q, ranked):
            return Decision(
                "suggest", suggestions=near, score=top.score, reason="several people fit alike"
            )
        first = asks_first(q)
        top = _newest_of_equals(ranked, first) or (not first and _newest_full_report(ranked)) or top
    top = _quote_echoed(q, ranked, top)
    top = _count_stated(q, ranked, top)
    group = top.group
    keep = GROUP_KEEP * top.score
    chosen = [c.fact for c in ranked if c.group == group and c.score >= keep]
    if top is not ranked[0] and _amount_to_compute(q, top):
        # a newer report of the figure asked about that does not give it
        return Decision(
            "suggest",
            suggestions=near,
            score=top.score,
            reason="an amount to compute, and no rate or pledge matched",
        )
    if _count_missing(q, top.fact, top.coverage):
        return Decision(
            "suggest", suggestions=near, score=top.score, reason="a count asked; the fact has none"
        )
    if _other_goods_than_all(q, top):
        return Decision(
            "suggest",
            suggestions=near,
            score=top.score,
            reason="the reciprocal tariff asked; the fact is about other goods only",
        )
    if top.fact.kind == "rate" and (q.time.now or q.time.stated):
        earlier = None  # the rate's state at the time asked tells its history already
    else:
        # The best match from before the newest report, when it is close: how it stood then.
        close = ranked[0].score - CLEAR_MARGIN
        kind = top.fact.kind
        when = reported_when(top.fact)
        earlier = next(
            (
                c.fact
                for c in ranked
                if c.score >= close
                and c.fact.kind == kind
                and c.group != group
                and reported_when(c.fact) < when
            ),
            None,
        )
    return Decision("answer", chosen=chosen, score=top.score, earlier=earlier)


# Endings taken off a word to find its base: "collecting", "collected", "collects" ->
# "collect"; "added" -> "add"; "issued" -> "issue".
# "inclusive" -> "include", "exclusive" -> "exclude".
_ENDINGS = (
    ("ing", ""),
    ("ing", "e"),
    ("ed", ""),
    ("ed", "e"),
    ("es", ""),
    ("s", ""),
    ("d", ""),
    ("sive", "de"),
)


def _bases(word: str) -> set:
    out = {word}
    for ending, repl in _ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            out.add(word[: -len(ending)] + repl)
    return out


def quoted_words(q: ParsedQuestion, top: Candidate) -> set:
    """The words of a phrase the question quotes that the best fact holds verbatim ("money
    machine"): they are what picked that fact, not a sign of another topic."""
    phrases = QUOTED_PHRASE.findall(q.text)
    if not phrases:
        return set()  # (most questions: the fact's text is not read)
    text = " ".join(t for t in top.fact.text.values() if t).lower()
    return {
        w
        for phrase in phrases
        if phrase.strip().lower() in text
        for w in re.findall(r"[a-z]+", phrase.lower())
    }


def _saying_blocking(q: ParsedQuestion, ranked: list[Candidate]) -> Candidate | None:
    """The best close report (covering the question nearly as fully as the best one) whose
    own English text says the one word the question holds that the base does not know, the
    thing a "how many" question counts ("how many *states*")."""
    words_ = [w for w in q.blocking if len(w) >= 4]
    if q.lang != "en" or not words_ or len(words_) != len(q.blocking):
        return None
    counted = re.search(r"\bhow many (\w+)", q.text)
    if counted is None or words_ != [counted.group(1)]:
        return None  # only the thing counted: a verb a report also uses ("became") is no sign
    if q.asks & {"which", "who", "who_is"} or re.search(r"\b(?:which|who|whom|whose)\b", q.text):
        return None  # "which states sued?": a report saying "several states" names none
    best = ranked[0].coverage
    saying = [
        c
        for c in ranked
        if c.score >= ANSWER_AT
        and c.coverage >= best * SAYING_COVERAGE
        and all(grounded(w, c.fact.says("en") or "") for w in words_)
    ]
    if HOW_MANY.search(q.text):  # "how many states": the report giving a number first
        saying.sort(key=lambda c: not re.search(r"\d", NOT_A_COUNT.sub(" ", c.fact.says() or "")))
    return saying[0] if saying else None


SAYING_COVERAGE = 0.9  # of the best candidate's coverage, for a report saying the words


def grounded(word: str, text: str) -> bool:
    """An everyday English word the fact's own text says, in any inflection: the fact
    is about what the word asks ("is the surcharge *added* on top?" -> "is not added on")."""
    if not word.isascii() or not word.isalpha() or len(word) < 3:
        return False
    mine = _bases(word)
    return any(mine & _bases(w) for w in set(words(text)))


def _amount_to_compute(q: ParsedQuestion, top: Candidate) -> bool:
    """ "$40k Kia in Sept 2025 vs now": a sum to work out, which only a rate or the pledge
    can; a report that mentions duties is not that, unless it gives the very figure."""
    return (
        bool(q.amounts)
        and (not q.products or "calc" in q.asks)
        and top.fact.kind not in ("rate", "pledge")
        and not q.asks & {"who", "who_is", "when", "where", "why", "say"}
        and not states_amounts(q, top.fact)
    )


def states_amounts(q: ParsedQuestion, fact) -> bool:
    """ "is the 20bn a yr cap in the law too": every amount the question names is one the
    fact itself states, so the question is about that figure, not a sum to work out."""
    text = fact.says("en")
    return bool(q.amounts) and all(
        re.search(re.escape(format_money(amount)) + r"(?![\d.,])", text) for amount in q.amounts
    )


# Concepts that name who or what, not what happened: a question of only these, asking
# when or where, has its event in the words the vocabulary does not know.
ENTITY_PREFIXES = ("person:", "place:", "country:", "product:")
ENTITY_TERMS = {
    "term:hyundai",
    "term:kia",
    "term:lg",
    "term:kita",
    "term:customs-service",
    "term:us-customs",
    "term:cape",
    "term:court",
    "term:supreme-court",
    "term:court-of-international-trade",
    "term:federal-circuit",
    "term:ambassador",
    "term:corporation",
    "term:workers",
    "term:legislature",
    "term:political-party",
}


def _unnamed_event(q: ParsedQuestion, top: Candidate) -> list:
    """ "when did Hyundai *open* its Georgia plant?", "when did CBP *shut down* CAPE?": the
    question names only who and where, and the word for what happened is one the best
    fact does not say; that fact (the raid there, the launch) tells another event."""
    if not q.asks & {"when", "where"} or not q.unknown or q.lang != "en":
        return []
    if not all(c.startswith(ENTITY_PREFIXES) or c in ENTITY_TERMS for c in q.concepts):
        return []
    text = top.fact.says(q.lang) or ""
    return [w for w in q.unknown if not grounded(w, text)]


def _unclear_words(q: ParsedQuestion, top: Candidate) -> list:
    """Unknown words that likely carry what is asked, though each is an everyday word:
    beside known words that say little alone, or right after a possessive."""
    if not q.unknown or (q.amounts and q.products):
        return []
    words = [
        w
        for w in q.unknown
        if (len(w) > 3 and w not in NOT_TOPIC) or re.search(rf"\b{w}\.? ?\d", q.text)
    ]  # "sec 122": a short word before a number names something
    # "was it ICE that did the raid?": an unknown word in capitals is a name, however short
    acronyms = [w for w in q.unknown if len(w) > 1 and re.search(rf"\b{w.upper()}\b", q.raw)]
    if acronyms:
        return acronyms
    if top.specific < THIN_BELOW:
        return words
    if HOW_MANY.search(q.text) and top.fact.kind != "pledge":
        return words  # "how many *exporters* can claim?": what is counted is unknown
    about = [w for w in ABOUT.findall(q.text) if w in q.unknown]
    if about:
        return about
    names = [
        w
        for w in words
        if not is_english_word(w) and re.search(rf"(?<![.?!]\s)(?<!^)\b{w.capitalize()}\b", q.raw)
    ]
    if names:
        return names  # a name the base does not know ("Samsung"): another subject
    return [w for m in POSSESSIVE.findall(q.raw.lower()) for w in m if w and w in q.unknown]


# "how much did korean exporters pay in tariffs?": a sum paid (past), not a rate
_SUM_PAID = re.compile(
    r"\bhow much\b[^?]*\b(?:did|have|has|had)\b[^?]*\b(?:pay|paid|spend|spent|lose|lost)\b|"
    + ko.SUM_PAID_KO
)
_MONEY_TOLD = re.compile(r"\$\s?\d|\d\s*(?:billion|million|trillion)\b|" + ko.MONEY_TOLD_KO)


_GENERIC_PEOPLE = {"term:people", "term:official", "country:KR", "country:US"}


def _only_people_asked(q: ParsedQuestion) -> bool:
    return bool(q.concepts) and not q.people and set(q.concepts) <= _GENERIC_PEOPLE


def sum_paid_asked(q: ParsedQuestion) -> bool:
    """A sum paid in tariffs asked, with no value of goods stated to work a duty out on."""
    return not q.amounts and "term:tariff" in q.concepts and bool(_SUM_PAID.search(q.text))


def _paid_by_named(q: ParsedQuestion, fact) -> bool:
    """The report states a sum and names the company the question asks about ("how much
    did hyundai lose to tariffs?"); a question naming no company is not answered by a total
    of all importers, nor by the pledge."""
    text = fact.says(q.lang) or ""
    named = [w for w in q.unknown if w in COMPANY_NAMES]
    return bool(
        fact.kind == "event"
        and _MONEY_TOLD.search(text)
        and named
        and all(grounded(w, fact.says() or "") for w in named)
    )


# What in a text is a label or a date, not a count: "Section 301", "March 11, 2026", "15%".
NOT_A_COUNT = re.compile(
    r"\b(?:section|sec\.?|article|no\.?)\s*\d+\w*"
    r"|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b"
    r"|\b\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b"
    r"|\b(?:1[89]|20)\d\d\b|\d+(?:\.\d+)?\s*(?:%|percent\b)|\d{1,2}:\d\d"
    # a sum of money counts nothing ("$166 billion in duties" is no number of importers)
    r"|\$\s?\d[\d,.]*(?:\s*(?:billion|million|trillion|bn|mn))?"
    r"|\b\d[\d,.]*\s*(?:billion|million|trillion)?\s*(?:won|dollars)\b",
    re.IGNORECASE,
)
A_COUNT = re.compile(
    r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|"
    r"hundreds?|thousands?|millions?|billions?|several|few|many|no|none|single|both|all)\b",
    re.IGNORECASE,
)


def _people_alike(q: ParsedQuestion, ranked: list[Candidate]) -> bool:
    """ "Who led the Korean business delegation?", read as only "who" and "Korean": a
    dozen officials fit as well as the best, and nothing in the question picks one."""
    if q.people or not q.asks & {"who", "who_is"}:
        return False
    top = ranked[0]
    close = [c for c in ranked if c.score >= top.score - CLEAR_MARGIN]
    return top.fact.kind == "person" and sum(c.fact.kind == "person" for c in close) >= MANY_ALIKE


MANY_ALIKE = 3  # people as close as the best: the question names none of them


def _too_vague(ranked: list[Candidate]) -> bool:
    """ "What's the latest on Korea US tariffs?": only words every report holds (tariff,
    Korea, the US), and many reports of all kinds fit alike; the first of them (the 2018
    steel quota) is no answer."""
    top = ranked[0]
    close = [c for c in ranked if c.score >= top.score - CLEAR_MARGIN]
    kinds = {c.fact.kind for c in close}
    return top.specific < VAGUE_BELOW and len(close) >= MANY_REPORTS and len(kinds) > 1


VAGUE_BELOW = 1.3  # the rarest concept asked is this common (IDF): tariff, Korea, the US
MANY_REPORTS = 5


def _other_goods_than_all(q: ParsedQuestion, top: Candidate) -> bool:
    """ "Did the executive order cut the reciprocal tariff to 15%?": the tariff on Korean
    goods as a whole, which a report about the car tariff alone does not answer."""
    if "term:reciprocal" not in q.concepts or any(p != ALL_GOODS for p in q.products):
        return False
    if not top.about or "term:reciprocal" in top.about:
        return False
    return bool(top.goods - {f"product:{ALL_GOODS}"})


# What a "how many" counts, when the word is an everyday one the vocabulary leaves out:
# the fact must name that kind of thing for its figure to be the count.
_FIRMS = r"\b(?:compan|firms?\b|business|exporters?\b|importers?\b|automakers?\b|carmakers?\b)"
_NATIONS = r"\b(?:countr|nations?\b|econom|trading partners\b)"
COUNTED = {
    "companies": _FIRMS,
    "firms": _FIRMS,
    "businesses": _FIRMS,
    "exporters": _FIRMS,
    "importers": _FIRMS,
    "countries": _NATIONS,
    "nations": _NATIONS,
}
COUNTED_ASK = re.compile(r"\bhow many (?:(?:korean|us|american|other|foreign)\s+)?(\w+)\b")


def _count_missing(q: ParsedQuestion, fact, coverage: float = 1.0) -> bool:
    """ "How many countries are in the probe?" answered by a text whose only figures are
    dates, section numbers and rates: the count asked is not in the fact."""
    if not HOW_MANY.search(q.text) or fact.kind in ("pledge", "rate"):
        return False
    if "duration" in detail.asked(q.text):
        return False  # "how many days can it last?": a length, which the detail check holds to
    text = fact.says(q.lang) or ""
    counted = COUNTED_ASK.search(q.text)
    if (
        counted
        and counted[1] in COUNTED
        and q.lang == "en"
        and not re.search(COUNTED[counted[1]], text, re.IGNORECASE)
    ):
        return True  # "how many companies does the probe cover?": its 16 are economies
    if counted and q.lang == "en" and coverage < 1.0 and counted[1] not in COUNTED:
        # "how many hearings in the probe?" answered by a report of the probe that leaves
        # part of the question out and never names hearings: its figure counts something else
        noun = re.sub(r"(?:es|s)$", "", counted[1]) if len(counted[1]) > 4 else counted[1]
        if not re.search(rf"\b{re.escape(noun)}", text, re.IGNORECASE):
            return True
    return not A_COUNT.search(NOT_A_COUNT.sub(" ", text))


def _newest_of_equals(ranked: list[Candidate], first: bool = False) -> Candidate | None:
    """Many reports tell one story, so near-equal candidates are often the same topic told
    at different times ("the bill is pending", "the bill passed"). When the close ones are
    all of one kind and each covers the question as fully as the best, the newest report
    is the answer; otherwise the question is ambiguous and only suggestions are honest.
    Asked for the first of something ("when did they first meet?"), the newest is not the
    answer: the earliest report that says "first" is, when it covers the question fully."""
    top = ranked[0]
    close = [c for c in ranked if c.score >= top.score - CLEAR_MARGIN]
    if len({c.fact.kind for c in close}) != 1 or close[0].fact.kind in ("rate", "person"):
        return None
    if first:
        told = [c for c in close if says_first(c.fact)]
        earliest = min(told, key=lambda c: (reported_when(c.fact), -c.score), default=None)
        if earliest is None or earliest.coverage < NEWEST_COVERAGE * top.coverage:
            return None
        return earliest
    if any(c.coverage < NEWEST_COVERAGE * top.coverage for c in close):
        return None
    close = [c for c in close if not other_goods(c, top)]
    return max(close, key=lambda c: (reported_when(c.fact), c.score))


def other_goods(candidate: Candidate, top: Candidate) -> bool:
    """Both reports are about goods, and none the same: two stories, not one told twice
    ("how long was the pause?": the 90-day pause on Korean goods, not the newer report of
    the drug tariff's 18-month grace period)."""
    return bool(candidate.goods and top.goods and not candidate.goods & top.goods)


def _who_differs(q: ParsedQuestion, ranked: list[Candidate]) -> bool:
    """ "Who spoke with Trump by phone?": close reports naming different people (Lee's
    call, Choi's planned one) are not one story told at different times; the newest of
    them is not the answer to who."""
    if "who" not in q.asks or "who_is" in q.asks:
        return False
    top = ranked[0]
    close = [c for c in ranked if c.score >= top.score - CLEAR_MARGIN]
    named = set(q.people)
    others = {frozenset(set(c.fact.people) - named) for c in close if c.fact.kind != "person"}
    return len(others) > 1


def _one_person(q: ParsedQuestion, ranked: list[Candidate]) -> Candidate | None:
    """ "Who was acting president in January 2025?": the close candidates are that person
    and reports naming them (his call with Trump that month); they agree on who."""
    if not q.asks & {"who", "who_is"}:
        return None
    top = ranked[0]
    close = [c for c in ranked if c.score >= top.score - CLEAR_MARGIN]
    persons = [c for c in close if c.fact.kind == "person"]
    if len(persons) != 1:
        return None
    person = persons[0]
    if "who_is" not in q.asks and person.fact.id in q.people:
        return None  # "whom did Koo meet?": not Koo, whom the question names already
    if all(c is person or person.fact.id in c.fact.people for c in close):
        return person
    return None


def _one_story(q: ParsedQuestion, ranked: list[Candidate]) -> Candidate | None:
    """ "When's the next round of talks?": a report and the words of someone in it, from
    the same article or the same day ("we agreed to meet again tomorrow morning"), tell one
    story: the report answers, or the words when the question asks what was said."""
    top = ranked[0]
    close = [c for c in ranked if c.score >= top.score - CLEAR_MARGIN]
    events = [c for c in close if c.fact.kind == "event"]
    quotes = [c for c in close if c.fact.kind == "quote"]
    if not events or not quotes or len(events) + len(quotes) != len(close):
        return None
    # Several reports of that day's words ("Trump said on Monday he was raising..."), all
    # of one day and naming the speaker, are one story too.
    event = events[0].fact
    if any(c.fact.date != event.date for c in events):
        return None
    for quote in quotes:
        fact = quote.fact
        speaker = getattr(fact, "speaker", None)
        for told in events:
            same = (
                bool({s.id for s in told.fact.sources} & {s.id for s in fact.sources})
                or fact.date == told.fact.date
            )
            if not same or speaker not in told.fact.people:
                return None
    return quotes[0] if "say" in q.asks else events[0]


REPORT_KINDS = {"event", "pledge"}
ECHOED_PAIRS = 2  # word pairs a question must share with a quote to be echoing it


GLUE = {"a", "an", "the", "of", "in", "on", "at", "to", "for", "and", "or", "is", "was", "it"}


def _pairs(text: str) -> set:
    """Word pairs, but not two glue words together ("of the", "in the")."""
    words = re.findall(r"[a-z0-9']+", text.lower())
    return {(a, b) for a, b in zip(words, words[1:]) if not (a in GLUE and b in GLUE)}


# "were 16 countries in the probe?": a count the question states (not a year, a rate or
# an amount of money): a number of things counted
STATED_COUNT = re.compile(
    r"(?<![$\d.,])\b(\d{2,}(?:,\d{3})*)\s+(?:[a-z-]+\s+){0,2}?" + COUNTED_NOUNS
)


def _count_stated(q: ParsedQuestion, ranked: list[Candidate], top: Candidate) -> Candidate:
    """Among close reports ("the second 301 probe covers 60 economies", "the first, 16"),
    the one holding the count a yes/no question states is the one it asks about."""
    if "yesno" not in q.asks or q.lang != "en":
        return top
    counts = STATED_COUNT.findall(q.text)
    if len(counts) != 1:
        return top
    said = re.compile(rf"(?<![\d.,$]){re.escape(counts[0])}(?![\d.,]\d|\s*%)")
    if said.search(top.fact.says() or ""):
        return top
    close = [c for c in ranked if c.score >= ranked[0].score - CLEAR_MARGIN]
    holding = [
        c for c in close if c.fact.kind == top.fact.kind and said.search(c.fact.says() or "")
    ]
    return holding[0] if len(holding) == 1 else top


def _quote_echoed(q: ParsedQuestion, ranked: list[Candidate], top: Candidate) -> Candidate:
    """ "trump said we will work something out, when": among close quotes, the one whose
    words the question repeats, though those words are too common to match on."""
    if top.fact.kind != "quote" or "say" not in q.asks:
        return top
    asked = _pairs(q.text)
    close = [
        c for c in ranked if c.fact.kind == "quote" and c.score >= ranked[0].score - CLEAR_MARGIN
    ]
    shared = {id(c): len(asked & _pairs(c.fact.says(q.lang) or "")) for c in close}
    best = max(close, key=lambda c: shared[id(c)], default=top)
    if shared[id(best)] >= ECHOED_PAIRS and shared[id(best)] > shared.get(id(top), 0):
        return best
    return top


def _newest_full_report(ranked: list[Candidate]) -> Candidate | None:
    """Two sure reports of one topic told differently ("Lutnick said 90% of the profits",
    "the MOU splits profits 50/50, then 90/10"), each covering the whole question: the
    newer one is how it stands."""
    top = ranked[0]
    close = [c for c in ranked if c.score >= top.score - CLEAR_MARGIN]
    if len(close) < 2 or any(c.fact.kind not in REPORT_KINDS for c in close):
        return None
    if any(c.coverage < top.coverage or reported_when(c.fact) == (0, 0, 0) for c in close):
        return None
    return max(close, key=lambda c: (reported_when(c.fact), c.score))


def reported_when(fact) -> tuple[int, int, int]:
    day = fact.date or fact.as_of
    return day.sort_key if day else (0, 0, 0)
