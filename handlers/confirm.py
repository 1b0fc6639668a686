"""Yes or No first, beyond rates and dates (those are handlers/premise.py): a statement
asked to be confirmed ("is bessent the commerce sec?", "scotus ruling was 6-3 right?",
"was it ICE that did the raid?", "did the supreme court kill the car tariffs",
"was the july deal signed tho") gets Yes or No when the facts settle it, with the fact
and its source; when they do not, what they do say without a verdict, or nothing (the
question goes on to be answered, or declined, as before). And a time told against today
("yesterday", "this week") that falls after the newest report has no source.

Each check returns an Answer or None. The orchestrator passes `ranked(text)`: the
candidate facts for a question reworded without its stated part.
"""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Callable

import phrasebook
from engine.answer import Answer
from engine.lexicon_ko import WH_KO
from engine.match import ALL_GOODS, role_held
from engine.scope import out_of_scope
from engine.thresholds import ANSWER_AT
from engine.when import MONTH_WORDS
from handlers import asks_ko as ko
from handlers.common import answer, declined
from handlers.premise import is_check
from knowledge.factbase import EventFact, FactBase, PersonFact, RateFact, Role
from knowledge.schema import BASES
from values.money import format_rate
from values.patterns import screen

Ranked = Callable[[str], list]

# --- a time after the newest report -----------------------------------------------------

# Words of a question about what was said or happened (not about how things stand):
# "what did trump post today" asks for news; "the car tariff today" means now.
_NEWS = re.compile(
    r"\b(?:say|said|says|saying|post|posted|posts|tweet\w*|announc\w*|happen\w*|news|"
    r"new|update\w*|latest on|talk(?:ed|s)? about)\b|" + ko.NEWS
)


def after_newest(q, base: FactBase) -> bool:
    """'What did Trump post yesterday?' with the newest report months old: no source."""
    relative = q.time.relative
    if relative is None or q.foreign or q.won or out_of_scope(q):
        return False
    if any(word not in relative.words for word in q.blocking):
        return False  # "the weather today", "kospi today": no source on it at any time
    newest = base.as_of
    last = _dt.date(newest.year, newest.month or 12, newest.day or 28)
    if relative.first <= last:
        return False  # a day the sources may cover: asked of that day
    if relative.present and not _NEWS.search(q.text) and _about_now(q):
        return False  # "the car tariff today", "who is the trade minister today": now
    return True


def _about_now(q) -> bool:
    """How things stand (a tariff, a duty, who holds an office), which "today" asks of
    the newest report; not what happens ("is trump meeting lee tonight?")."""
    if q.amounts or q.rates or q.products or q.asks & {"rate", "who_is", "calc"}:
        return True
    return bool({"term:tariff", "term:rate"} & set(q.concepts)) and q.tense != "past"


def after_newest_text(base: FactBase, lang: str) -> str:
    words = phrasebook.of(lang)
    return f"{words.decline} {words.confirm.after_newest(base.as_of)}"


# --- offices: "is bessent the commerce sec?", "kim jung-kwan and kim yong-beom same guy?"

_SAME = screen(
    re.compile(
        r"\bsame (?:guy|person|man|woman|one|people|official|minister)\b|\bone and the same\b|"
        r"\bthe same\W*$|" + ko.SAME_PERSON
    ),
    (
        "same guy",
        "same man",
        "same minister",
        "same official",
        "same one",
        "same people",
        "same person",
        "same woman",
        "the same",
    ),
    hangul=True,
)
_ABOUT_PEOPLE = {"term:people", "term:role"}
_TITLE_FILLER = {"us", "u", "s", "the", "of", "south", "korean", "american", "korea"}


def _tokens(text: str) -> set:
    return set(re.findall(r"[a-z0-9]+|[\uac00-\ud7a3]+", text.lower()))


def _name_tokens(person: PersonFact) -> set:
    tokens = {t for t in _tokens(person.name) if len(t) > 1}
    if person.name_ko:
        tokens |= {t for t in _tokens(person.name_ko) if len(t) > 1}
    return tokens


def _in_text(phrase: str, text: str) -> bool:
    phrase = phrase.lower()
    if re.search(r"[\uac00-\ud7a3]", phrase):
        return phrase in text
    return bool(re.search(rf"(?<![a-z0-9]){re.escape(phrase)}(?![a-z0-9])", text))


def _named(person: PersonFact, text: str, shared: set) -> bool:
    """The question names the person, not only an office: two words of their name, or
    one no one else's name has ("bessent"; "kim" alone could be anyone)."""
    words = _tokens(text)
    names = _name_tokens(person)
    found = {t for t in names if t.isascii() and t in words}
    found |= {t for t in names if not t.isascii() and t in text}  # 베선트가: a particle on it
    return len(found) >= 2 or bool(found - shared)


def _shared_name_words(base: FactBase) -> set:
    """Words of more than one person's name ("kim", "lee")."""
    seen: dict[str, int] = {}
    for person in base.of_kind("person"):
        if isinstance(person, PersonFact):
            for token in _name_tokens(person):
                seen[token] = seen.get(token, 0) + 1
    return {t for t, n in seen.items() if n > 1}


def _titles_typed(person: PersonFact, text: str) -> list[str]:
    """The office words the question names this person by ('commerce secretary')."""
    names = _name_tokens(person)
    found = []
    for alias in (*person.aliases, *person.aliases_ko):
        if _tokens(alias) & names or not _in_text(alias, text):
            continue
        if alias.isascii() and not alias.islower():
            continue  # a name written with capitals ("Minister Kim"), not an office
        found.append(alias)
    return found


def _held(person: PersonFact, title: str) -> bool:
    """Whether any office the person held has the title's words ('prime minister')."""
    asked = {w[:6] for w in _tokens(title) if w not in _TITLE_FILLER}
    for role in person.roles:
        held = {w[:6] for w in _tokens(role.title) | _tokens(role.title_ko or "")}
        if asked and asked <= held:
            return True
    return False


def _role(person: PersonFact, lang: str) -> str:
    """The office the person is known by: the latest one still held that people name them
    by (an office alias: "industry minister"), else their latest office."""
    titles = [a for a in person.aliases if a.islower()]
    known = [r for r in person.roles if not r.end and any(_fits(t, r) for t in titles)]
    if known:
        role = max(known, key=_began)
        return (role.title_ko or role.title) if lang == "ko" else role.title
    return (person.role_ko or person.role) if lang == "ko" else person.role


def _checks(q) -> bool:
    """A yes/no question or a statement with a tag; in Korean also '...상무장관이야?'.
    Read once per parsed question (each check of an answer asks it again: ~5 a question);
    kept for the last question object only, by identity, never by its text."""
    global _LAST_CHECKED
    last = _LAST_CHECKED
    if last[0] is q:
        return last[1]
    checked = _read_checks(q)
    _LAST_CHECKED = (q, checked)  # one tuple, replaced whole: thread-safe
    return checked


_LAST_CHECKED: tuple = (None, False)


def _read_checks(q) -> bool:
    if is_check(q):
        return True
    if q.lang != "ko":
        return False
    # "...상무장관이야?", "...없어졌어?": a question with no question word
    return bool(re.search(ko.YESNO_END, q.text)) or (
        q.text.rstrip().endswith("?") and not WH_KO.search(q.text)
    )


_ENDS_ON_WH_KO = re.compile(ko.ENDS_ON_WH)


def offices(q, base: FactBase) -> Answer | None:
    """A stated office checked against each person's dated offices."""
    if not _checks(q) and not _SAME.search(q.text):
        return None
    if q.lang == "ko" and _ENDS_ON_WH_KO.search(q.text):
        return None  # "구윤철 부총리는 누구야?" asks who he is, though "야?" ends it too
    if q.products or q.amounts or q.rates or q.places or q.unknown and not _SAME.search(q.text):
        return None
    if any(not c.startswith("person:") and c not in _ABOUT_PEOPLE for c in q.topic_concepts):
        return None
    people: list[PersonFact] = [
        f for p in dict.fromkeys(q.people) if isinstance(f := base.facts.get(p), PersonFact)
    ]
    shared = _shared_name_words(base)
    named = [p for p in people if _named(p, q.text, shared)]
    words = phrasebook.of(q.lang)
    lang = q.lang
    if len(named) == 2 and _SAME.search(q.text):
        pairs = [(base.person_name(p.id, lang), _role(p, lang)) for p in named]
        return answer(q, base, named, words.confirm.two_people(pairs), note_history=False)
    if len(named) != 1:
        return None
    person = named[0]
    titled = [(p, max(typed, key=len)) for p in people if (typed := _titles_typed(p, q.text))]
    if len(titled) != 1:
        return None
    holder, title = titled[0]
    name = base.person_name(person.id, lang)
    current = _current(person, title, base)
    if current is not None and q.time.days:
        # "lee became president in january 2025, right?": held then, or begun only later
        later = _begun_after(person, title, q.time.days[0])
        if later is not None:
            office = (later.title_ko or later.title) if lang == "ko" else later.title
            return answer(q, base, [person], words.confirm.office_later(name, office, later.start))
        if not any(role_held(r, q.time.days[0]) for r in person.roles if _fits(title, r)):
            return None  # not known to be held then: no Yes
    if current is not None:  # "is lee the president?": his office, whoever else has the word
        office = (current.title_ko or current.title) if lang == "ko" else current.title
        result = answer(q, base, [person], words.confirm.yes_office(name, office))
        result.sources = [s for s in result.sources if s in current.sources] or result.sources
        return result
    if holder is person or _held(person, title):
        return None  # "was han the prime minister?": he was, before the one named now
    fitting = [r for r in holder.roles if _fits(title, r)]
    held = max(fitting, key=_began) if fitting else None
    held_title = _role(holder, lang)
    if held is not None:
        held_title = (held.title_ko or held.title) if lang == "ko" else held.title
    text = words.confirm.no_office(
        name, _role(person, lang), base.person_name(holder.id, lang), held_title
    )
    return answer(q, base, [person, holder], text, note_history=False)


_MODIFIERS = {"deputy", "acting", "vice", "former", "assistant", "associate"}


def _words(text: str) -> list[str]:
    return [
        w.rstrip("s")
        for w in re.findall(r"[a-z0-9]+|[\uac00-\ud7a3]+", text.lower())
        if w not in _TITLE_FILLER
    ]


def _fits(title: str, role: Role) -> bool:
    """The office named, word for word, in the role's title: 'prime minister' is not
    'Deputy Prime Minister', 'industry minister' is 'Industry Minister (...)'."""
    asked = _words(title)
    if not asked:
        return False
    for told in (role.title, role.title_ko or ""):
        held = _words(re.sub(r"\([^)]*\)", " ", told))  # "(named by President X)"
        for i in range(len(held) - len(asked) + 1):
            if held[i : i + len(asked)] == asked and (i == 0 or held[i - 1] not in _MODIFIERS):
                return True
    return False


def _begun_after(person: PersonFact, title: str, day) -> Role | None:
    """The person's first office with the title's words, when it began after the time
    asked (the whole month or year of it)."""
    starts = [r for r in person.roles if _fits(title, r) and r.start]
    if not starts:
        return None
    first = min(starts, key=_began)
    start = first.start
    asked_end = (day.year, day.month or 12)
    return first if asked_end < (start.year, start.month or 1) else None


def _current(person: PersonFact, title: str, base: FactBase) -> Role | None:
    """The office with the title's words the person holds as of the newest report: not
    ended, and no one of their country reported in such an office since it began."""
    fitting = [r for r in person.roles if _fits(title, r)]
    if not fitting or any(r.end for r in fitting):
        return None
    role = max(fitting, key=lambda r: _began(r))
    for other in base.of_kind("person"):
        if other is person or not isinstance(other, PersonFact):
            continue
        if other.country != person.country:
            continue
        if any(_fits(title, r) and _began(r) > _began(role) for r in other.roles):
            return None  # someone took such an office later: it may have changed hands
    return role


def _began(role: Role) -> tuple:
    day = role.start or role.seen
    return day.sort_key if day else (0, 0, 0)


# --- a vote count: "scotus tariff ruling was 6-3 right?" ------------------------------

_VOTE_ASKED = re.compile(
    r"(?<![\d.$])(\d{1,3})\s*(?:-|–|to|" + ko.VOTE_TO + r")\s*(\d{1,3})(?![\d%]|[.,]\d)"
)
_VOTE_TOLD = re.compile(
    r"\b(?:ruled|held|voted|vote|votes|ruling|decision|decided|majority)\b[^.]{0,30}?"
    r"(?<![\d.])(\d{1,2})[-–](\d{1,2})(?![\d.,%])"
)
_VOTES_FOR = re.compile(r"\b(\d{1,3}) votes? in favou?r,?(?: and)? (\d{1,3}) against\b")
_VOTE_CONTEXT = {
    "term:court",
    "term:supreme-court",
    "term:court-of-international-trade",
    "term:special-act",
    "term:bill",
    "term:legislature",
}
# the vote as a thing asked for: "the vote", "scotus vote?", "what was the split"
_VOTE_NOUN = re.compile(
    r"\b(?:the|a|its|their|final|court'?s?|scotus) (?:vote|split|tally|margin)\b(?! (?:down|for|against|on|to)\b)"
    r"|\bvote\s*\?|\b(?:split|tally)\b|\bhow did [^?]*\bvote\b|" + ko.VOTE_ASKED
)
_VOTE_WORD = re.compile(r"\b(?:vote|split|tally|margin)\b")
# a question about something else than the count ("why did they vote it down")
_NOT_THE_VOTE = {"why", "when", "where", "who", "who_is", "share", "percent_change", "calc"}
_HOW_MANY = re.compile(r"\bhow many\b|%|\bpercent")


def vote(q, base: FactBase, ranked: Ranked) -> Answer | None:
    """The vote a question states, against the vote the ruling's report gives; or the
    vote asked for ('scotus vote?', 'what was the vote in the ruling?')."""
    if not (_VOTE_CONTEXT & set(q.concepts)) or q.amounts or q.rates:
        return None
    hits = list(_VOTE_ASKED.finditer(q.text))
    stated = None
    if len(hits) == 1 and _checks(q):
        stated = f"{hits[0][1]}-{hits[0][2]}"
        rest = (q.text[: hits[0].start()] + " " + q.text[hits[0].end() :]).strip()
    elif (
        not hits
        and _VOTE_NOUN.search(q.text)
        and not q.asks & _NOT_THE_VOTE
        and not _HOW_MANY.search(q.text)
    ):
        rest = _VOTE_WORD.sub(" ", re.sub(r"\bhow did\b", " ", q.text))
    else:
        return None
    for candidate in ranked(rest):
        if candidate.score < ANSWER_AT:
            break
        right = _vote_told(candidate.fact.says() or "")
        if right is None:
            continue
        said = candidate.fact.says(q.lang) or ""
        if stated is None:
            return answer(q, base, [candidate.fact], said)
        words = phrasebook.of(q.lang).confirm
        verdict = words.yes_vote(right) if right == stated else words.no_vote(right, stated)
        return answer(q, base, [candidate.fact], f"{verdict} {said}")
    return None


def _vote_told(text: str) -> str | None:
    told = _VOTE_TOLD.search(text) or _VOTES_FOR.search(text)
    return f"{told[1]}-{told[2]}" if told else None


# --- who did it: "was it ICE that did the raid?", "so samsung's georgia plant got raided?"

# name shown -> how it is typed; companies and US agencies the sources name
COMPANIES = {
    "Samsung": r"samsung(?: electronics)?",
    "SK hynix": r"sk ?hynix|hynix",
    "Hyundai": r"hyundai(?: motor(?: group| co\.?| company)?)?",
    "LG Energy Solution": r"lg(?: energy solution)?",
    "Kia": r"kia",
    "Hankook": r"hankook(?: tire)?",
    "Hanwha": r"hanwha(?: ocean)?",
    "POSCO": r"posco",
    "Korean Air": r"korean air",
    "Boeing": r"boeing",
    "SK On": r"sk on",
}
AGENCIES = {
    "ICE": r"ICE|immigration and customs enforcement",
    "Homeland Security Investigations": r"HSI|homeland security(?: investigations)?",
    "FBI": r"FBI|federal bureau of investigation",
    "ATF": r"ATF",
    "DEA": r"DEA",
    "IRS": r"IRS",
    "CBP": r"CBP|customs and border protection",
    "CIA": r"CIA",
    "Border Patrol": r"border patrol",
}
_ACRONYM = re.compile(r"^[A-Z]+$")


def _pattern(typed: str) -> re.Pattern:
    parts = typed.split("|")
    flags = 0 if all(_ACRONYM.match(p) for p in parts[:1]) else re.IGNORECASE
    words = "|".join(parts)
    return re.compile(rf"(?<![A-Za-z0-9-])(?:{words})(?:'s|’s)?(?![A-Za-z0-9-])", flags)


_NAMES = {
    name: (kind, _pattern(typed), ko.COMPANIES_KO.get(name))
    for kind, table in (("company", COMPANIES), ("agency", AGENCIES))
    for name, typed in table.items()
}
# "was it ICE that did the raid?", "it was the FBI who ...": the name is what is asked
_CLEFT = re.compile(r"^(?:so |wait |ok |and )*(?:was|is) it (?:the )?\S+(?: \S+)? (?:that|who)\b")
_FACILITY = re.compile(r"\b(?:plant|factory|site|facility|facilities|plants|factories)\b")
# a role the report may give another ("did ICE *lead* the raid?"): never a plain Yes
_ROLE_VERB = re.compile(
    r"\b(?:lead|led|leads|order(?:ed)?|run|ran|head(?:ed)?|start(?:ed)?|plan(?:ned)?|"
    r"approve[d]?|sign(?:ed)?|own(?:s|ed)?|only|alone|just)\b"
)


# Every name's words in one pattern, case folded: a text it does not match holds none of
# the names (each name's own pattern matches a subset of what this one does), so the
# names are not searched one by one in a question naming none (most questions).
_ANY_NAME = re.compile(
    r"(?<![A-Za-z0-9-])(?:"
    + "|".join(typed for table in (COMPANIES, AGENCIES) for typed in table.values())
    + r")(?:'s|’s)?(?![A-Za-z0-9-])",
    re.IGNORECASE,
)
_KOREAN_NAMES = tuple(korean for _, _, korean in _NAMES.values() if korean)


def _names_in(text: str) -> list[str]:
    if not _ANY_NAME.search(text) and not any(k in text for k in _KOREAN_NAMES):
        return []
    found = []
    for name, (_, pattern, korean) in _NAMES.items():
        if pattern.search(text) or (korean and korean in text):
            found.append(name)
    return found


_WH = re.compile(r"\b(?:what|whats|when|who|whom|whose|why|how|where|which)\b")


def _asked_yes_no(q) -> bool:
    """_checks, and a bare statement asked: 'hankook sued for refunds?'."""
    if _checks(q):
        return True
    return q.lang == "en" and q.text.rstrip().endswith("?") and not _WH.search(q.text)


def named(q, base: FactBase, ranked: Ranked) -> Answer | None:
    """A company or agency the question names, against the reports of what it asks. Asked
    something else ("how many were detained at the samsung plant?"), only the company a
    plant is said to be of is checked: the answer names the one the sources name."""
    if q.amounts or q.rates and not q.products:
        return None
    stated = _names_in(q.raw)
    if not stated or len(stated) > 2:
        return None  # most questions name no company or agency: nothing more to read
    yes_no = _asked_yes_no(q)
    kinds = {_NAMES[n][0] for n in stated}
    if len(kinds) != 1:
        return None
    kind = kinds.pop()
    owned = kind == "company" and len(stated) == 1 and _owned(q.text, stated[0])
    if not (yes_no or owned):
        return None
    if not yes_no and any(not _names_in(w) for w in q.unknown):
        return None  # "...at the samsung plant in *texas*": another plant, not a wrong owner
    rest = q.raw
    for name in stated:
        _, pattern, korean = _NAMES[name]
        rest = pattern.sub(" ", rest)
        if korean:
            rest = rest.replace(korean, " ")
    close = [c for c in ranked(rest) if c.score >= ANSWER_AT]
    if not close:
        return None
    words = phrasebook.of(q.lang).confirm
    top = close[0].fact
    figures = set(re.findall(r"\d+", rest))  # "did ICE arrest 475 people?": 475 must be told
    cleft = _CLEFT.search(q.text) and len(stated) == 1 and not _ROLE_VERB.search(q.text)
    if cleft or owned:  # the name is what is asked: any close report naming it answers
        naming = [c.fact for c in close if _names_all(c.fact, stated)]
        naming = [f for f in naming if figures <= set(re.findall(r"\d+", f.says() or ""))]
    else:  # what the report asked about says of them, in its own words
        told = set(re.findall(r"\d+", (top.says() or "")))
        naming = [
            f
            for f in base.current
            if f.source is top.source
            and _names_all(f, stated)
            and figures <= told | set(re.findall(r"\d+", f.says() or ""))
        ]
    if naming:
        fact = naming[0]
        text = fact.says(q.lang) or ""
        if (cleft or owned) and yes_no:
            text = f"{words.yes_named(stated[0])} {text}"
        return answer(q, base, [fact], text)
    if not owned:
        if kind == "company" and _names_other(close[0].fact, stated):
            # "hyundai sued for refunds?": the report names other companies, not this one;
            # it may not list them all, so neither Yes nor No, and not the others' story
            return declined(q, phrasebook.of(q.lang).confirm.not_named(stated[0]))
        return None  # a list "including" some agencies: one left out is not a No
    for candidate in close:
        fact = candidate.fact
        if not (yes_no or _FACILITY.search((fact.says() or "").lower())):
            continue  # asked something else: only a report of the plant itself corrects it
        others = [n for n in _names_in(fact.says() or "") if _NAMES[n][0] == "company"]
        if others:
            break
    else:
        return None
    opener = words.no_named if yes_no else words.other_named
    text = f"{opener(others, stated[0])} {fact.says(q.lang)}"
    return answer(q, base, [fact], text)


def _names_other(fact, stated: list[str]) -> bool:
    told = _names_in(fact.says() or "")
    return any(_NAMES[n][0] == "company" and n not in stated for n in told)


def _names_all(fact, stated: list[str]) -> bool:
    told = _names_in(fact.says() or "")
    return all(n in told for n in stated)


def _owned(text: str, name: str) -> bool:
    """'samsung's georgia plant', 'the samsung plant': the company a facility is said to be of."""
    hit = _NAMES[name][1].search(text)
    if hit is None:
        return False
    after = text[hit.end() :].split()[:3]
    return any(_FACILITY.match(w) for w in after)


# --- what a ruling struck down: "did the supreme court kill the car tariffs lol" ----------

_STRUCK = re.compile(r"\bunlawful\b|\bstruck down\b|\bstrikes down\b|\binvalid")
_SPARED = screen(
    re.compile(r"remain in effect|remain in place|unaffected|not affected|still appl"),
    ("not affected", "remain in effect", "remain in place", "still appl", "unaffected"),
)


def ruling(q, base: FactBase) -> Answer | None:
    """'did scotus kill trumps tariffs?': Yes, those under the law the ruling struck
    down (the rates it ended, from the history), with the report of what it left in force.
    Goods under another law are handlers/basis.after_ruling's: No, from their history."""
    concepts = set(q.concepts)
    supreme = "term:supreme-court" in concepts or (
        "term:court" in concepts and re.search(r"\bsupreme\b|" + ko.SUPREME, q.text)
    )
    removed = bool(concepts & {"term:remove", "term:struck-down"}) or (
        q.lang == "ko" and bool(re.search(ko.REMOVED, q.text))
    )
    if not _checks(q) or not supreme or not removed:
        return None
    if q.amounts or q.rates or q.time.stated:
        return None
    rulings = [
        f
        for f in base.of_kind("event")
        if isinstance(f, EventFact)
        and "supreme-court" in f.keywords
        and f.status == "happened"
        and f.date is not None
        and f.date.day
        and _STRUCK.search(f.says() or "")
    ]
    rulings.sort(key=lambda f: (not f.names, f.date.sort_key if f.date else (0, 0, 0)))
    if not rulings:
        return None
    court = rulings[0]
    struck = [
        f
        for f in base.facts.values()
        if isinstance(f, RateFact) and f.measure == court.id and f.status == "struck_down"
    ]
    if not struck:
        return None
    bases = {f.basis for f in struck}
    if len(bases) != 1:
        return None
    basis = bases.pop() or ""
    struck_label = BASES.get(basis, basis)
    spared = [
        f
        for f in base.of_kind("event")
        if isinstance(f, EventFact)
        and f.date is not None
        and _SPARED.search(f.says() or "")
        and 0 <= _days(court.date, f.date) <= 7
    ]
    words = phrasebook.of(q.lang).confirm
    products = [p for p in dict.fromkeys(q.products) if p != ALL_GOODS]
    if products and not all(any(f.product == p for f in struck) for p in products):
        # "did the supreme court kill the car tariffs": goods whose tariff was under another
        # law are answered from their rate history (handlers/basis.after_ruling)
        return None
    shown = [court, *spared]
    text = " ".join([words.court_struck(struck_label), *(f.says(q.lang) or "" for f in shown)])
    return answer(q, base, shown, text, note_history=False)


def _days(start, end) -> int:
    one = _dt.date(start.year, start.month or 1, start.day or 1)
    two = _dt.date(end.year, end.month or 1, end.day or 1)
    return (two - one).days


# --- signed or not: "was the july deal signed tho" -----------------------------------

_NOT_SIGNED = screen(
    re.compile(
        r"\b(?:yet to be|not been|not yet been|not|never|n't|had not) signed\b|\bunsigned\b"
    ),
    (
        "n't signed",
        "never signed",
        "not been signed",
        "not signed",
        "not yet been signed",
        "unsigned",
        "yet to be signed",
    ),
)
_MONTH_ASKED = re.compile(
    r"\b("
    + "|".join(sorted((m for m in MONTH_WORDS if m != "may"), key=len, reverse=True))
    + r")\b"
)
_EVER = re.compile(
    r"\b(?:ever|eventually|finally|in the end|at last|later|by now|since|after all)\b|" + ko.EVER
)
_MONTH_NAMES = [
    "",
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]


def signed(q, base: FactBase) -> Answer | None:
    """A deal of a stated month that the reports say was not signed then: No first."""
    concepts = set(q.concepts)
    if not _checks(q) or not {"term:sign", "term:deal"} <= concepts:
        return None
    if _EVER.search(q.text):
        return None  # "signed in the end?": a later signing (the MOU) may be the answer
    months = {MONTH_WORDS[m] for m in _MONTH_ASKED.findall(q.text)}
    months |= {int(m) for m in re.findall(ko.MONTH, q.text)}
    if len(months) != 1:
        return None
    month = _MONTH_NAMES[months.pop()]
    found = []
    for fact in base.of_kind("event"):
        said = fact.says() or ""
        hit = _NOT_SIGNED.search(said)
        if not hit or month not in said or not re.search(r"\b(?:deal|agreement)\b", said):
            continue
        distance = abs(said.find(month) - hit.start())
        found.append((distance, fact))
    if not found:
        return None
    fact = min(found, key=lambda x: x[0])[1]
    text = f"{phrasebook.of(q.lang).confirm.not_signed} {fact.says(q.lang)}"
    return answer(q, base, [fact], text, note_status=False)


def signed_later(q, base: FactBase, fact_ids: list[str]):
    """ "was the deal signed?" answered by a report that it was not signed then: the later
    report of a signing (the MOU, November 14, 2025) to tell after it, and its fact; else
    None."""
    if "term:sign" not in q.concepts or not fact_ids or _MONTH_ASKED.search(q.text):
        return None
    first = base.facts.get(fact_ids[0])
    if first is None or first.date is None or not _NOT_SIGNED.search(first.says() or ""):
        return None
    later = [
        f
        for f in base.of_kind("event")
        if f.date is not None
        and f.date.sort_key > first.date.sort_key
        and f.status in ("signed", "happened")
        and re.search(r"\bsigned\b", f.says() or "")
        and not _NOT_SIGNED.search(f.says() or "")
        and {"deal", "mou", "sign"} & set(f.keywords)
    ]
    if not later:
        return None
    # the first signing, by its report that gives the day ("November 14" before "November")
    fact = min(
        later, key=lambda f: (f.date.year, f.date.month or 13, f.date.day or 32) if f.date else ()
    )
    return phrasebook.of(q.lang).confirm.signed_later(fact.says(q.lang) or ""), fact


# --- a claim the report denies: "did seoul get official notice of the hike?" ----------

# concept the question asks about -> (what the report says in denying it, the verdict)
DENIED = {
    "term:notification": (
        re.compile(
            r"\b(?:not|no|never|without)\b[^.]{0,50}\b(?:official )?(?:notification|notice|"
            r"explanation)\b"
        ),
        "not_notified",
    ),
}
_GOT = re.compile(r"\b(?:get|got|gotten|receive[sd]?|obtain(?:ed)?|given)\b|" + ko.GOT)


def denied(q, base: FactBase, ranked: Ranked) -> Answer | None:
    """A yes/no question whose best report says the thing asked did not happen: No first."""
    if not _checks(q) or _EVER.search(q.text):
        return None
    asked = [c for c in DENIED if c in q.concepts]
    if len(asked) != 1:
        return None
    pattern, key = DENIED[asked[0]]
    rest = _GOT.sub(" ", q.text)
    figures = [format_rate(r) for r in q.rates]
    for figure in figures:  # "the 25% hike": asked again without it, then held to it
        rest = rest.replace(figure, " ")
    close = [c for c in ranked(rest) if c.score >= ANSWER_AT]
    if not close:
        return None
    fact = close[0].fact  # the report of what is asked, not any report denying something
    if not pattern.search(fact.says() or ""):
        return None
    told = f"{fact.says() or ''} {fact.source.title}"
    if any(figure not in told for figure in figures):
        return None  # the report denies something of another measure
    verdict = getattr(phrasebook.of(q.lang).confirm, key)
    return answer(q, base, [fact], f"{verdict} {fact.says(q.lang)}", note_status=False)


# --- an act reported done: "did korea sign the mou?", "was the georgia plant raided?" ----

# The acts a Yes may confirm, each with the past forms a report tells it done in. Verbs whose
# synonyms span opposite senses (a court "upholding" or striking down) are left out.
_ACTS = {
    "term:sign": r"signed|inked",
    "term:raid": r"raided|detained|arrested",
    "term:submit": r"submitted|introduced|tabled|filed|sponsored",
    "term:approve": r"passed|approved|ratified",
    "term:launch": r"launched|deployed|went live|rolled out",
    "term:agree": r"agreed",
}
# ... and the forms a report denies it in: "did not agree to further open its rice market"
_ACTS_DENIED = {
    "term:sign": r"sign|signed",
    "term:raid": r"raid|raided|detain|detained",
    "term:submit": r"submit|submitted|introduce|introduced|file|filed",
    "term:approve": r"pass|passed|approve|approved|ratify|ratified",
    "term:launch": r"launch|launched",
    "term:agree": r"agree|agreed",
}
_NO_ONLY = {"term:agree"}
_NOT = r"(?:did not|didn't|has not|hasn't|had not|have not|haven't|never|was not|wasn't|were not|weren't|not yet)"
_PAST_ASKED = re.compile(
    r"^(?:(?:ngl|tbh|so|ok|okay|wait|and|but|also|hey|btw)\s+)*(?:did|was|were|has|have|had)\b"
)
_DENIED = re.compile(r"\b(?:not|never|no longer|yet to|failed|refused|denied|without)\b|n't\b")
_DONE = {"happened", "signed", "passed"}
_PARTIES = {
    "country:KR": r"korea|seoul|korean",
    "country:US": r"u\.?s\.?|united states|washington|american",
}


def act_done(q, base: FactBase, concepts_of: dict, fact_ids: list[str], score: float):
    """'Yes.' when the answering report tells the act asked about done: a past-form verb of
    the act in a sentence that also names every person and country asked, with no denial,
    on the day, month or year asked, and every concept asked held by the report; else None."""
    if q.lang != "en" or not fact_ids or score < ANSWER_AT or not _PAST_ASKED.search(q.text):
        return None
    if q.rates or q.amounts or q.blocking or q.foreign:
        return None
    acts = [c for c in q.concepts if c in _ACTS]
    fact = base.facts.get(fact_ids[0])
    if len(acts) != 1 or not isinstance(fact, EventFact):
        return None
    held = concepts_of.get(fact.id, {})
    if any(c not in held for c in q.concepts if c not in _PARTIES):  # parties: by sentence
        return None
    if q.time.days and not any(_within(fact.date, day) for day in q.time.days):
        return None
    months = [MONTH_WORDS[w] for w in re.findall(r"[a-z]+", q.text) if w in MONTH_WORDS]
    if months and (fact.date is None or fact.date.month not in months):
        return None
    verb = re.compile(rf"\b(?:{_ACTS[acts[0]]})\b")
    denied = re.compile(rf"\b{_NOT}\s+(?:been\s+)?(?:{_ACTS_DENIED[acts[0]]})\b")
    people = [base.facts.get(p) for p in q.people]
    verdicts = set()
    for sentence in re.split(r"(?<=[.;!?])\s+", fact.says() or ""):
        low = sentence.lower()
        if not (
            all(isinstance(p, PersonFact) and _named(p, sentence, set()) for p in people)
            and all(w[: max(4, len(w) - 2)] in low for w in q.unknown)  # "open", "market"
        ):
            continue
        parties = [_PARTIES[c] for c in q.concepts if c in _PARTIES]
        said_not = denied.search(low)
        said = verb.search(low)
        if said_not and _doer(low, said_not, parties):
            verdicts.add("no")  # "Korea did not agree to further open its rice market"
        elif said and _doer(low, said, parties) and not _DENIED.search(low):
            # "agreed to meet again" is no agreement on what was asked: agreeing gets No only
            if fact.status in _DONE and acts[0] not in _NO_ONLY:
                verdicts.add("yes")
    if len(verdicts) != 1:
        return None  # neither, or a report that tells both: no verdict
    words = phrasebook.of(q.lang).casual
    return words.yes if verdicts == {"yes"} else words.no_act


def _doer(low: str, act: re.Match, parties: list[str]) -> bool:
    """Each country asked about is the one doing the act: named just before the verb
    ("Korea did not agree", "Seoul's pledge was signed") or after it as its agent ("signed
    ... by ... US Commerce Secretary"), not elsewhere in the sentence ("a strong US demand")."""
    before = low[max(0, act.start() - 45) : act.start()]
    after = low[act.end() : act.end() + 90]
    agent = after[after.find(" by ") :] if " by " in after else ""
    return all(re.search(rf"\b(?:{p})", before + " " + agent) for p in parties)


def _within(day, asked) -> bool:
    if day is None:
        return False
    return (
        day.year == asked.year and asked.month in (None, day.month) and asked.day in (None, day.day)
    )
