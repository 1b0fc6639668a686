"""Question text -> ParsedQuestion: amounts, rates, products, people, places, dates,
what is asked, and the words the bot does not know.

Matching words against the base's vocabulary is exact first (longest phrase wins), then
typo-tolerant with rapidfuzz for the words left over ("tarrif", "lumbr", "Lutnik").
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field, replace
from decimal import Decimal

from engine import lexicon_ko as ko
from engine.lexicon_en import NUMBER_WORDS, STOPWORDS
from engine.money_ko import FOREIGN_KO, WON_KO, parse_korean_amounts
from engine.spelling import is_common, is_english_word
from engine.thresholds import FUZZY_CUTOFF, FUZZY_CUTOFF_SHORT  # typo correction
from engine.when import MONTH_WORDS, TimeRef, read_time
from knowledge.index import Lexicon, concepts_in
from values.money import MAX_AMOUNT, SCALES, read_number
from values.text import MAX_QUESTION_CHARS, clean, fold, stem

_SCALE = r"(?P<scale>thousand|million|mln|mn|mil|m|billion|bn|bil|b|trillion|tril|tn|t|k)"
# Digits with any separators, ending in a digit ("$30,000." ends a sentence): read by
# values.money.read_number, which refuses what can be read two ways ("$30.000", "1,5").
_NUM = r"(?P<num>\d[\d,.]*\d|\d|\.\d+)"
AMOUNT_PATTERNS = [
    # $30,000 · $2 billion · $350bn · US$ 5m · $ 1.2 trillion · $-5 · -$5
    re.compile(
        r"(?P<neg>-\s*)?(?:us\s*)?\$\s*(?P<neg2>-\s*)?"
        + _NUM
        + r"(?P<exp>e[+-]?\d+)?(?:\s*"
        + _SCALE
        + r")?(?![a-z])"
    ),
    # 1.2 billion dollars · 12000 dollars · 5 million usd · usd 30,000
    re.compile(
        r"(?P<neg>-\s*)?"
        + _NUM
        + r"(?P<exp>e[+-]?\d+)?(?:\s*"
        + _SCALE
        + r")?\s*(?:dollars?|usd|bucks)\b"
    ),
    re.compile(r"\busd\s*" + _NUM + r"(?:\s*" + _SCALE + r")?(?![a-z])"),
    # bare 30k · 350bn · 2 billion (a number with a scale is money in this domain)
    re.compile(r"(?<![\w.])" + _NUM + r"\s*(?P<scale>k|bn|mn|billion|million|trillion)\b"),
]
MENTIONS = re.compile(r"<@[!&]?\d+>|<#\d+>|@everyone\b|@here\b", re.IGNORECASE)
NOT_A_NUMBER = re.compile(r"\b(?:nan|inf|infinity)\s*(?:dollars?|usd)\b|\$\s*(?:nan|inf)|∞")
WON = re.compile(r"\d[\d,.]*\s*(?:won|krw)\b|₩|\bkrw\b|\bin won\b")
# Other currencies, next to a figure: the bot computes in US dollars only, and a bare
# "A$30,000" or "30,000 euros" must never be taken for US dollars.
_CURRENCY_WORDS = (
    r"euros?|eur|gbp|pounds? sterling|sterling|jpy|yen|cny|rmb|yuan|renminbi|"
    r"inr|rupees?|chf|francs?|aud|cad|hkd|nzd|sgd|twd|mxn|brl|pesos?|rubles?|"
    r"roubles?|lira|baht|ringgit|(?:australian|aussie|canadian|hong kong|"
    r"new zealand|kiwi|singapore|taiwan|taiwanese|new taiwan|mexican)\s+dollars?|"
    r"pounds?(?!\s+of\b)"
)
_CURRENCY_CODES = r"eur|gbp|jpy|cny|rmb|inr|chf|aud|cad|hkd|nzd|sgd|twd|mxn|brl"
_DOLLAR_PREFIXES = r"a|au|aud|c|ca|can|cad|hk|nz|s|sg|nt|mx|r|rd|z|j|bz|tt|ec|fj"
FOREIGN_CURRENCY = re.compile(
    r"\d[\d,.]*\s*(?:k|thousand|million|billion|trillion|bn|mn|m|b)?\s*"
    r"(?:" + _CURRENCY_WORDS + r")(?![a-z])"
    r"|(?<![a-z])(?:" + _CURRENCY_CODES + r")\s*-?\s*\d"
    r"|(?<![a-z])(?:" + _DOLLAR_PREFIXES + r")\$"
    r"|[€£¥₹₽₺₪₫₱₦₴₿฿円元]"
)
IN_CURRENCY = re.compile(r"\bin (?:" + _CURRENCY_WORDS + r")(?![a-z])")
# Superscripts, subscripts, circled digits and fractions fold to plain digits ("²" ->
# "2", so "$30,000²" read as $300,002); they are marked instead, and an amount they
# touch is refused with a question back.
_ODD_FORMS = ("<super>", "<sub>", "<fraction>", "<circle>", "<compat>")
ODD_MARK = "^"
# A marked digit where an amount's figure should be: "$½ million", "²5 dollars".
ODD_AMOUNT = re.compile(
    r"\$\s*-?\s*\^|\^[\d,.]*\s*(?:k|thousand|million|billion|trillion|bn|mn)?"
    r"\s*(?:dollars?|usd|bucks|달러|불)"
)
_EXPONENT_BEFORE = re.compile(r"\de[+-]?$")
_EXPONENT_AFTER = re.compile(r"^e[+-]?\d")
_SPACE_GROUP_BEFORE = re.compile(r"(?<![\d,.])(?P<lead>\d{1,3}) $")
_SPACE_GROUP_AFTER = re.compile(r"^ (?P<group>\d{3})(?![\d,.])")
RATE = re.compile(
    r"(?<![\w.])(?P<num>\d+(?:\.\d+)?)\s*(?:%|percent\b|per cent\b|pct\b|퍼센트|프로(?![젝그])|퍼)"
)
YEARS = re.compile(r"\b(?P<n>\d+|" + "|".join(NUMBER_WORDS) + r")\s*(?:-\s*)?(?:years?|yrs?)\b")
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTHS = (
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
)

_ASK_PATTERNS = {
    "who_is": r"\bwho(?:'s| s| is| are| was| were)\b(?! (?:meeting|scheduled|going|set|planning|expected))",
    "who": r"\bwho(?:m|se)?\b|\bwhich (?:officials?|person|people|ministers?|secretar(?:y|ies))\b|\bwith whom\b",
    "when": r"\bwhen\b|\bwhat (?:date|day|time|month|year)\b|\bwhich (?:day|date|month)\b|\bhow soon\b",
    "where": r"\bwhere\b|\b(?:which|what) (?:city|place|location)\b",
    "why": r"\bwhy\b|\breasons?\b|\bwhat (?:prompted|triggered|caused|led to)\b|\bhow come\b|\bbehind\b",
    "how_much": r"\bhow (?:much|big|large|high)\b|\bwhat (?:amount|size|sum)\b",
    "rate": r"\brates?\b|%|\bpercent(?!(?:age)? of)|\bhow high\b|\bwhat(?: is|'s| s)? the (?:new |current |old |original |proposed |planned )?(?:tariff|duty|levy)\b|\btariff (?:on|for)\b",
    "which": r"\b(?:which|what) (?:[a-z]+ )?(?:products?|goods|items|sectors?|industries|categories|things|imports|exports)\b|\bwhat (?:is|are|gets?) (?:affected|covered|targeted|hit)\b",
    "yesno": r"^(?:did|was|were|is|are|has|have|had|will|would|does|do|can|could)\b",
    "say": r"\b(?:say|said|says|quote[sd]?|statements?|remarks?|comments?|told|words)\b",
    "source": r"\bsources?\b|\bwhere (?:does|did|do) (?:this|that|the|your|you) (?:info|information|data|facts?|figures?|numbers?|answers?)\b|\bwhere (?:is|does) (?:this|that) from\b|\bcit(?:e|ation)\b|\bwhere did you get\b|\bhow do you know\b|\baccording to (?:whom|who|what)\b|\bwhich (?:outlet|article|report|publication)\b",
    "years": r"\bhow (?:many|long)\b.*\byears?\b|\bhow long\b|\bwhen will\b.*\bfully paid\b",
    "share": r"\bshares?\b|\bproportion\b|\bfraction\b|\bpercent(?:age)? of\b|\bwhat part\b",
    "percent_change": r"\bby what (?:percent|percentage)\b|\bpercent(?:age)? (?:increase|rise|change|jump|hike)\b|\brelative\b|\bhow many percent\b|\bin percent(?:age)? terms\b|\bby how much percent\b",
}
ASKS = {name: re.compile(rx) for name, rx in _ASK_PATTERNS.items()}
PAST = re.compile(r"\b(?:did|was|were|had|has|have|met|held|happened|ago|last|yesterday)\b")
FUTURE = re.compile(
    r"\b(?:will|going to|gonna|next|plans?|planned|scheduled|upcoming|later|tomorrow|soon)\b"
)
FOLLOWUP = re.compile(
    r"^(?:and|what about|how about|also|plus|same for|what of|and for|and what about|ok and|then)\b"
)


@dataclass
class ParsedQuestion:
    raw: str
    text: str  # cleaned, folded, cut to a question's length
    lang: str = "en"
    concepts: dict = field(default_factory=dict)  # concept key -> confidence 0..1
    products: list = field(default_factory=list)
    people: list = field(default_factory=list)
    places: list = field(default_factory=list)
    countries: list = field(default_factory=list)
    foreign: list = field(default_factory=list)  # words naming countries out of scope
    amounts: list = field(default_factory=list)  # Decimal dollars, each valid
    amount_problem: str | None = None  # why a stated amount cannot be used
    amount_guess: Decimal | None = None  # its likely reading, to ask back
    rates: list = field(default_factory=list)  # Decimal percents
    years: int | None = None
    weekdays: list = field(default_factory=list)
    months: list = field(default_factory=list)
    asks: set = field(default_factory=set)
    unknown: list = field(default_factory=list)  # words neither in the base nor general
    blocking: list = field(default_factory=list)  # unknown words that could change the answer
    fuzzy: dict = field(default_factory=dict)  # typed word -> vocabulary word it matched
    won: bool = False
    followup: bool = False
    truncated: bool = False
    origins: list = field(default_factory=list)  # "US cars" -> ["US"]
    tense: str | None = None  # "past" / "future" when the verbs say so
    time: TimeRef = field(default_factory=TimeRef)  # now, a stated date, before/after an event

    @property
    def topic_concepts(self) -> dict:
        return {k: v for k, v in self.concepts.items() if not k.startswith("country:")}

    def merged_with(self, previous: ParsedQuestion) -> ParsedQuestion:
        """A follow-up ("and lumber?", "what about $50,000?") takes the topic of the
        previous question and replaces only what it names itself."""
        concepts = dict(previous.concepts)
        for key in list(concepts):
            kind = key.split(":", 1)[0]
            if any(k.startswith(kind + ":") for k in self.concepts) and kind in (
                "product",
                "person",
            ):
                del concepts[key]
        concepts.update(self.concepts)
        return replace(
            previous,
            raw=self.raw,
            concepts=concepts,
            products=self.products or previous.products,
            people=self.people or previous.people,
            amounts=self.amounts or previous.amounts,
            amount_problem=self.amount_problem,
            amount_guess=self.amount_guess,
            rates=self.rates or previous.rates,
            years=self.years if self.years is not None else previous.years,
            asks=(self.asks - {"yesno"}) | previous.asks,
            unknown=self.unknown,
            blocking=self.blocking,
            foreign=self.foreign,
            won=self.won,
            followup=True,
            time=self.time if (self.time.stated or self.time.now) else previous.time,
        )


def mark_odd_digits(text: str) -> str:
    """Superscript, subscript, circled and fraction digits replaced by ODD_MARK, before
    NFKC would turn "$30,000²" into "$30,0002"."""
    if text.isascii():
        return text
    return "".join(
        ODD_MARK
        if not ch.isascii()
        and unicodedata.decomposition(ch).startswith(_ODD_FORMS)
        and any(c.isdigit() for c in unicodedata.normalize("NFKC", ch))
        else ch
        for ch in text
    )


@dataclass
class Amounts:
    amounts: list  # Decimal dollars, each usable
    problem: str | None  # the first reason a stated amount cannot be used
    guess: Decimal | None  # the likely reading of that amount, if there is one
    spans: list  # character spans used, kept from other readings


def parse_amounts(text: str) -> tuple[list, str | None, list]:
    """Dollar amounts in folded text: (valid amounts, the problem if one is unusable,
    the character spans used, so their digits are not read as other numbers)."""
    found = read_amounts(text)
    return found.amounts, found.problem, found.spans


def _glue(text: str, start: int, end: int, english: bool) -> tuple[str | None, str | None]:
    """What touches the digits at text[start:end] and makes them unsure: (problem,
    digits of the likely reading). An exponent ("1e309", "1.5e3만"), a superscript mark,
    or a space used as a thousands separator ("$30 000", "30 000 dollars")."""
    before, after = text[:start], text[end:]
    if _EXPONENT_BEFORE.search(before) or _EXPONENT_AFTER.match(after):
        return "not a plain number", None
    if before.endswith(ODD_MARK):
        return "digits", None
    if after.startswith(ODD_MARK):
        rest = after[1:2]
        return "digits", (text[start:end] if not (rest.isdigit() or rest in ",.") else None)
    lead = _SPACE_GROUP_BEFORE.search(before)
    if lead and text[start:end].isdigit() and len(text[start:end]) == 3:
        return "separator", lead["lead"] + text[start:end]
    group = _SPACE_GROUP_AFTER.match(after)
    if english and group and text[start:end].isdigit() and len(text[start:end]) <= 3:
        return "separator", text[start:end] + group["group"]
    return None, None


def read_amounts(text: str) -> Amounts:
    """Every amount in folded text, read exactly or not at all: a figure in another
    currency, with an exponent, an ambiguous separator or a superscript is a problem
    (with a guess when one reading is likely), never a value."""
    amounts, spans = [], []
    problem: str | None = None
    guess: Decimal | None = None
    korean = bool(ko.HANGUL.search(text))
    if NOT_A_NUMBER.search(text):
        problem = "not a number"
    has_digit = any(ch.isdigit() for ch in text)
    if has_digit and (
        FOREIGN_CURRENCY.search(text)
        or IN_CURRENCY.search(text)
        or (korean and FOREIGN_KO.search(text))
    ):
        problem = "currency"
    elif ODD_AMOUNT.search(text):
        problem = "digits"

    def take(value, negative: bool) -> None:
        """Keep a usable amount; remember the first reason one is not."""
        nonlocal problem
        reason = (
            "not a number"
            if value is None
            else "negative"
            if negative
            else "zero"
            if value == 0
            else "too large"
            if value > MAX_AMOUNT
            else None
        )
        if reason:
            problem = problem or reason
        else:
            amounts.append(value)

    def unsure(reason: str, likely: Decimal | None) -> None:
        nonlocal problem, guess
        if problem is None:
            problem = reason
            guess = likely if likely is not None and 0 < likely <= MAX_AMOUNT else None

    if korean:  # Korean scales first: "$3만" is $30,000, not $3
        for value, negative, span, reason, likely in parse_korean_amounts(text):
            spans.append(span)
            glued, _ = _glue(text, span[0], span[1], english=False)
            if glued or reason:
                unsure(glued or reason, None if glued else likely)
                continue
            take(value, negative)
    for pattern in AMOUNT_PATTERNS:
        for match in pattern.finditer(text):
            if any(s <= match.start() < e or s < match.end() <= e for s, e in spans):
                continue
            spans.append(match.span())
            groups = match.groupdict()
            if groups.get("exp"):
                unsure("not a plain number", None)
                continue
            scale = (groups.get("scale") or "").lower()
            factor = SCALES[scale] if scale else Decimal(1)
            glued, digits = _glue(text, match.start("num"), match.end("num"), english=True)
            if glued:
                likely = read_number(digits, scaled=bool(scale)).value if digits else None
                unsure(glued, likely * factor if likely is not None else None)
                continue
            reading = read_number(groups["num"], scaled=bool(scale))
            if reading.problem:
                unsure(
                    reading.problem, reading.guess * factor if reading.guess is not None else None
                )
                continue
            value = reading.value * factor if reading.value is not None else None
            take(value, bool(groups.get("neg") or groups.get("neg2")))
    if problem == "currency":  # no figure here is in US dollars
        amounts = []
    return Amounts(amounts, problem, guess, spans)


def _in_spans(position: int, spans) -> bool:
    return any(s <= position < e for s, e in spans)


def parse(question: str, lexicon: Lexicon) -> ParsedQuestion:
    raw = str(question)
    # Clean up to 10,000 raw characters (any Discord message, ~2 ms) before cutting, so a
    # combining-mark flood on a short question does not push the question itself out.
    truncated = len(raw) > MAX_QUESTION_CHARS * 20
    # cut again after folding: casefold can lengthen text ("ß" -> "ss")
    # Chat mentions (@everyone, <@123>, <#456>) address people, not the question.
    text = MENTIONS.sub(" ", clean(mark_odd_digits(raw[: MAX_QUESTION_CHARS * 20])))
    text = fold(text[:MAX_QUESTION_CHARS])[:MAX_QUESTION_CHARS]
    q = ParsedQuestion(
        raw=raw, text=text, truncated=truncated or len(clean(raw)) > MAX_QUESTION_CHARS
    )
    if ko.HANGUL.search(text):
        q.lang = "ko"

    q.time = read_time(text)
    amounts = read_amounts(text)
    q.amounts, q.amount_problem, q.amount_guess = amounts.amounts, amounts.problem, amounts.guess
    spans = amounts.spans
    q.won = bool(WON.search(text) or (q.lang == "ko" and WON_KO.search(text)))
    for match in RATE.finditer(text):
        if not _in_spans(match.start(), spans):
            q.rates.append(Decimal(match["num"]))
    years = YEARS.search(text)
    if years:
        n = years["n"]
        q.years = int(n) if n.isdigit() else NUMBER_WORDS[n]
    q.asks = {name for name, rx in ASKS.items() if rx.search(text)}
    if q.lang == "ko":
        years = years or ko.YEARS_KO.search(text)
        if years and q.years is None:
            q.years = int(years["n"])
            q.concepts["term:annual"] = 1.0  # as "years" does in English
        q.asks |= {name for name, rx in ko.ASKS_KO.items() if rx.search(text)}
        if q.asks & {"share", "percent_change"}:
            q.asks.discard("rate")  # "비중은 몇 퍼센트": a share, not a tariff rate
    if q.amounts or q.amount_problem:
        q.asks.add("calc")
    q.followup = bool(FOLLOWUP.search(text) or (q.lang == "ko" and ko.is_followup(text)))
    past, future = bool(PAST.search(text)), bool(FUTURE.search(text))
    if q.lang == "ko":
        past = past or ko.is_past(text)
        future = future or bool(ko.FUTURE_KO.search(text))
    q.tense = "past" if past and not future else "future" if future and not past else None

    # Words, with the stretches used by amounts and rates blanked out.
    masked = list(text)
    for s, e in spans + [m.span() for m in RATE.finditer(text)]:
        masked[s:e] = " " * (e - s)
    word_list = re.findall(r"[a-z0-9]+|[\uac00-\ud7a3]+", "".join(masked))
    if q.lang == "ko":
        word_list = _korean_words(q, word_list, lexicon)
    word_stems = tuple(stem(w) for w in word_list)
    used = [False] * len(word_list)
    found = concepts_in(word_stems, lexicon.phrases, lexicon.longest)
    for key, start, end in found:
        for i in range(start, end):
            used[i] = True
        _note(q, key, 1.0, " ".join(word_list[start:end]))
    # Where goods come from: a country word right before a product ("US cars",
    # "Korean lumber"). The sources are about US tariffs on South Korean goods only.
    for (key, _, end), (next_key, start, _) in zip(found, found[1:]):
        if key.startswith("country:") and next_key.startswith("product:") and start == end:
            q.origins.append(key.partition(":")[2])
    for i, word in enumerate(word_list):
        if used[i] or word in STOPWORDS or word.isdigit():
            continue
        if ko.is_hangul(word):
            if not ko.is_stopword(word):
                q.unknown.append(word)
            continue
        if word in WEEKDAYS or word in MONTHS or word in MONTH_WORDS:
            continue
        if len(word) >= 4:
            from rapidfuzz import fuzz, process  # imported by the first word left over

            cutoff = FUZZY_CUTOFF_SHORT if len(word) == 4 else FUZZY_CUTOFF
            hit = process.extractOne(
                word_stems[i], lexicon.fuzzy_words, scorer=fuzz.ratio, score_cutoff=cutoff
            )
            if hit and not is_english_word(word):
                key = lexicon.fuzzy_keys[hit[2]]
                _note(q, key, hit[1] / 100, word)
                q.fuzzy[word] = hit[0]
                continue
        if not any(ch.isdigit() for ch in word):
            q.unknown.append(word)
    if q.lang == "ko" and q.asks & {"share", "percent_change"} and "rate" not in q.asks:
        q.concepts.pop("term:rate", None)
    q.blocking = blocking_words(q)
    q.weekdays = [w for w in WEEKDAYS if re.search(rf"\b{w}\b", text)]
    if q.lang == "ko":
        q.weekdays += [en for k, en in ko.WEEKDAYS_KO.items() if k in text and en not in q.weekdays]
    q.months = [i + 1 for i, m in enumerate(MONTHS) if re.search(rf"\b{m}\b", text)]
    if q.lang == "ko":
        q.months += [int(m) for m in ko.MONTH_KO.findall(text) if int(m) not in q.months]
    return q


# The noun a question asks about: "what's the *weather* in Seoul", "which *law*",
# "how much is the *price*". An unknown word there is what is asked, so it always counts.
HEAD = re.compile(
    r"^(?:(?:so|ok|okay|and|but|hey|um|uh|lol|wait)\s+)*(?:what|which|whats|how much|"
    r"how many|who|tell me about)(?:'s| s| is| was| are| were| does| did| do)?\s+"
    r"(?:(?:the|a|an|your|korea's|korean|us|current|new|latest|old)\s+)*(?P<head>[a-z]+)"
)


def blocking_words(q: ParsedQuestion) -> list:
    """Unknown words that could change the answer: the noun asked about, a Korean word,
    anything rare (a name, a niche good). An everyday English word elsewhere in the
    question ("decide", "passenger", "lol") does not stop a clear question."""
    if not q.unknown:
        return []
    head = HEAD.search(q.text)
    out = []
    for word in q.unknown:
        if (head and head["head"] == word) or ko.is_hangul(word) or not word.isalpha():
            out.append(word)
        elif not is_common(word):
            out.append(word)
    return out


_KNOWN_KO: dict = {}


def _known_korean(lexicon: Lexicon) -> tuple:
    """The Hangul words of the vocabulary, and those long enough for typo matching."""
    cached = _KNOWN_KO.get(id(lexicon.phrases))
    if cached is None or cached[0] is not lexicon.phrases:
        known = frozenset(w for key in lexicon.phrases for w in key if ko.is_hangul(w))
        long = sorted(w for w in known if len(w) >= 3)
        cached = (lexicon.phrases, known, long, [ko.jamo(w) for w in long])
        _KNOWN_KO.clear()
        _KNOWN_KO[id(lexicon.phrases)] = cached
    return cached[1:]


def _korean_words(q: ParsedQuestion, word_list: list, lexicon: Lexicon) -> list:
    """Hangul runs split into vocabulary words, particles and endings dropped; a typo of
    a vocabulary word (three syllables or more) read as that word."""
    known, long, long_jamo = _known_korean(lexicon)
    out = []
    for word in word_list:
        if not ko.is_hangul(word):
            out.append(word)
            continue
        if (word in ko.STOPWORDS or ko.strip_particle(word) in ko.STOPWORDS) and word not in known:
            continue
        if out and out[-1].isdigit() and word.startswith("차"):
            continue  # "1차 협상": the first round, not a car
        parts = ko.segment(word, known)
        if parts is None and word in ko.WEEKDAYS_KO:
            q.weekdays.append(ko.WEEKDAYS_KO[word])
            continue
        if parts is None and (ko.is_stopword(word) or ko.WEEKDAYS_KO.get(word[:3])):
            continue
        if parts is None:
            hit = ko.fuzzy_known(word, long_jamo, long)
            if hit:
                q.fuzzy[word] = hit[0]
                parts = [hit[0]]
            elif ko.is_verbal(word):
                continue
            else:
                parts = [ko.strip_particle(word)]
        out.extend(parts)
    return out


def _note(q: ParsedQuestion, key: str, confidence: float, word: str) -> None:
    if key.startswith("foreign:"):
        q.foreign.append(key.partition(":")[2])
        return
    q.concepts[key] = max(q.concepts.get(key, 0.0), confidence)
    kind, _, name = key.partition(":")
    bucket = {
        "product": q.products,
        "person": q.people,
        "place": q.places,
        "country": q.countries,
    }.get(kind)
    if bucket is not None and name not in bucket:
        bucket.append(name)
