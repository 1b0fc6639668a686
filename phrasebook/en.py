"""Everything the bot says in English."""

from __future__ import annotations

from decimal import Decimal

from phrasebook.book import CasualWords, ChartWords, ConfirmWords, DiscordWords, Phrasebook
from values.dates import Day
from values.money import format_money, format_points, format_rate, format_relative

MONTHS_SHORT = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()


def join(names) -> str:
    """'autos, lumber and pharmaceuticals'."""
    names = list(names)
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]


def _date(day: Day, weekday: bool = True) -> str:
    return day.text(weekday=weekday)


def _on_day(day: Day, weekday: bool = True) -> str:
    return day.on(weekday=weekday)


def _cap(text: str) -> str:
    return text[0].upper() + text[1:]


def _more_sources(n: int) -> str:
    return f"; and {n} more source{'s' if n > 1 else ''}"


def _read_as_dollars(readings: list) -> str:
    listed = ", ".join(f"{typed} as {format_money(value)}" for typed, value in readings)
    return f"(I read {listed}, in US dollars.)"


def _earlier_report(publisher: str, day: Day, said: str) -> str:
    return f" Earlier report ({publisher}, {day.text(weekday=False)}): {said}"


def _updates_earlier(publisher: str, day: Day, changes: list[tuple[str, str]]) -> str:
    """', which gave it as announced' — what the replaced fact said differently."""
    said = [
        f"gave it as {STATUS.get(shown, shown)}"
        if name == "status"
        else f"gave {name.replace('_', ' ')} {shown}"
        for name, shown in changes
    ]
    which = (", which " + " and ".join(said)) if said else ""
    return f"This updates an earlier report ({publisher}, {day.text(weekday=False)}){which}."


def _relative(old: Decimal, new: Decimal) -> str:
    """'+66.7%': the relative size of a change, beside its points."""
    return format_relative((Decimal(new) - Decimal(old)) / Decimal(old) * 100)


def _change_text(old: Decimal, new: Decimal) -> str:
    verb = "rise" if new > old else "fall"
    shown = f" ({_relative(old, new)} relative)" if old else ""
    return (
        f"would {verb} from {format_rate(old)} to {format_rate(new)}, "
        f"{'an increase' if new > old else 'a cut'} of {format_points(abs(new - old))}{shown}"
    )


def _measure_verb(status: str) -> str:
    return {"announced": "announced", "threatened": "threatened", "proposed": "proposed"}.get(
        status, "said"
    )


def _measure_same(day: Day | None, by: str, verb: str, goods: list[str], old, new) -> str:
    when = f"{day.on()}, " if day else ""
    article = "US tariffs" if len(goods) > 1 else "the US tariff"
    return (
        f"{when[0].upper() + when[1:] if when else ''}{by} {verb} that {article} on "
        f"South Korean {join(goods)} {_change_text(old, new)}."
    )


def _measure_mixed(day: Day | None, by: str, verb: str, parts: list[tuple]) -> str:
    when = f"{day.on()}, " if day else ""
    shown = [f"{name} {format_rate(old)} → {format_rate(new)}" for name, old, new in parts]
    return f"{when.capitalize()}{by} {verb} higher US tariffs on South Korean goods: {'; '.join(shown)}."


def _ago(days: int) -> str:
    if days < 0:
        return ""
    if days < 14:
        return f"{days} days ago"
    if days < 60:
        return f"about {round(days / 7)} weeks ago"
    months = round(days / 30.44)
    if months < 24:
        return f"about {months} months ago"
    return f"about {round(days / 365.25)} years ago"


VERB = {
    "threatened": "threatened",
    "announced": "announced",
    "proposed": "proposed",
    "agreed": "agreed",
    "planned": "planned",
    "scheduled": "scheduled",
    "pending": "proposed",
    "under_investigation": "opened an investigation into",
}
ENDED = {"struck_down": "struck down", "expired": "expired", "paused": "paused"}


def _since_parts(basis: str | None, start: Day | None, seen: Day | None) -> list[str]:
    parts = [f"under {basis}"] if basis else []
    if start:
        parts.append(f"in force since {start.text(weekday=False)}")
    elif seen:
        parts.append(f"reported in force on {seen.text(weekday=False)}")
    return parts


def _tariff_in_force(label: str, what: str, rates: list[str], now: bool) -> str:
    verb = "is" if now else "was"
    return f"{_cap(label)}, the US tariff on {what} {verb} {' plus '.join(rates)}."


def _ended_tariff(rate, basis: str, start: Day | None, end: Day, status: str) -> str:
    since = f" (from {start.text(weekday=False)})" if start else ""  # none: only seen in force
    return (
        f"The {format_rate(rate)} {basis + ' ' if basis else ''}"
        f"tariff{since} was "
        f"{ENDED.get(status, 'ended')} on "
        f"{end.text(weekday=False)}."
    )


def _pending_measure(day, who, by_named, rate, status, basis, label, now) -> str:
    if status == "under_investigation":
        return (
            f"On {day.text(weekday=False)}, {who} opened a "
            f"{basis or 'trade'} investigation; no rate was "
            f"reported set by then."
        )
    verb = VERB.get(status, "announced")
    if status == "agreed":
        who = who if by_named else "South Korea and the US"
        verb = "agreed on"
    return (
        f"On {day.text(weekday=False)}, {who[0].lower() + who[1:] if who == 'The US' else who} {verb} a "
        f"{format_rate(rate)} tariff; "
        f"no source I have reports it in force"
        f"{'' if now else ' by then'}."
    )


BASIS_NAMES = {
    "section-232": "Section 232",
    "ieepa": "IEEPA",
    "section-122": "Section 122",
    "section-301": "Section 301",
    "korus": "KORUS",
}


def _basis_part(name: str, rate, start: Day | None, seen: Day | None) -> str:
    when = (
        f", in force since {start.text(weekday=False)}"
        if start
        else f", reported in force on {seen.text(weekday=False)}"
        if seen
        else ""
    )
    return f"under {name} ({format_rate(rate)}{when})"


def _basis_in_force(label: str, what: str, parts: list, now: bool) -> str:
    verb = "is" if now else "was"
    listed = join([_basis_part(*part) for part in parts])
    return f"{_cap(label)}, the US tariff on {what} {verb} imposed {listed}."


def _basis_ended(what, name, rates, start, end, status, first) -> str:
    shown = " and ".join(format_rate(r) for r in rates)
    since = f", from {start.text(weekday=False)}" if start else ""
    head = f"The US tariff on {what} was" if first else "Earlier, the US tariff on it was"
    return (
        f"{head} imposed under {name} ({shown}{since}) until it was "
        f"{ENDED.get(status, 'ended')} on {end.text(weekday=False)}."
    )


def _basis_unnamed(label, what, now) -> str:
    return f"My sources name no law for the US tariff on {what} in force {label}."


def _basis_verdict(actual, right, wrong, yesno) -> str:
    if wrong and right:
        return f"{join(right)}, not {' or '.join(wrong)}."
    if wrong:
        return f"{'No' if yesno else 'Neither'} — {join(actual)}, not {' or '.join(wrong)}."
    return f"Yes — {join(right)}." if yesno and right else ""


def _duty_hike(goods, value, before, after, old, new, shown, in_effect) -> str:
    money = format_money
    hedge = "if the announced hike takes effect" if not in_effect else "after the change"
    return (
        f"On {money(value)} of {goods}, the duty would go from {money(before)} "
        f"at {format_rate(old)} to {money(after)} at {format_rate(new)} {hedge}: "
        f"{money(after - before)} more, up {format_points(new - old)} ({shown} relative)."
    )


def _duty_on_day(label, what, value, rate, due, now) -> str:
    verb = "is" if now else "was"
    return (
        f"{label[0].upper() + label[1:]}, the duty on {format_money(value)} of "
        f"{what} {verb} {format_money(due)} at {format_rate(rate)}."
    )


def _duty_difference(change, up, points, shown) -> str:
    return (
        f"That is {format_money(change)} {'more' if up else 'less'}, "
        f"{'up' if up else 'down'} "
        f"{format_points(points)}" + (f" ({shown} relative)" if shown else "") + "."
    )


def _duty_if_pending(day, rate, status, due, change, more, later=None) -> str:
    said = day.text(weekday=False) if day else ""
    if later is not None:  # carried out after the day asked: not "no source reports it"
        return (
            f"The {format_rate(rate)} tariff {VERB.get(status, 'announced')} on {said} took "
            f"effect later, {later.on(weekday=False)}: {format_money(due)}, "
            f"{format_money(change)} {'more' if more else 'less'}."
        )
    return (
        f"If the {format_rate(rate)} tariff "
        f"{VERB.get(status, 'announced')} on {said} took "
        f"effect (no source reports that it has), it would be "
        f"{format_money(due)}: {format_money(change)} "
        f"{'more' if more else 'less'}."
    )


def _paid_after_years(cap, years, cash, paid) -> str:
    return (
        f"At the cap of {format_money(cap)} a year, after {years} "
        f"year{'s' if years != 1 else ''} South Korea would have paid at most "
        f"{format_money(paid)} of the {format_money(cash)} cash portion."
    )


def _quote_clause(speaker: str, first: bool, where: str, said: str) -> str:
    return f"{speaker if first else 'and'} said{where}: {said}"


def _sources_intro(count, first, last, publishers, rest, agencies, cited, ago) -> str:
    """A summary: the source list itself goes with the answer, never into its text."""
    named = ", ".join(f"{name} ({n})" for name, n in publishers)
    others = f" and {rest} other publisher{'s' if rest != 1 else ''}" if rest else ""
    relayed = ", ".join(f"{name} {n}" for name, n in agencies)
    via = f" {cited} of them cite a news agency ({relayed})." if cited else ""
    last_text = last.text(weekday=False)
    return (
        f"My facts come from {count} source{'s' if count != 1 else ''}, published "
        f"{first.text(weekday=False)} to {last_text}, most of them from {named}{others}.{via} "
        f"They are current as of {last_text}, the newest report I have ({ago})."
    )


STATUS = {
    "announced": "announced, not reported in effect",
    "threatened": "threatened, not reported in effect",
    "proposed": "proposed, not reported in effect",
    "planned": "planned",
    "scheduled": "scheduled",
    "pending": "pending",
    "under_investigation": "under investigation",
    "agreed": "agreed",
    "signed": "signed",
    "passed": "passed",
    "in_effect": "in effect",
    "happened": "happened",
    "struck_down": "struck down",
    "expired": "expired",
    "paused": "paused",
}

CHARTS = ChartWords(
    status={
        "in_effect": "in effect",
        "struck_down": "struck down",
        "expired": "expired",
        "paused": "paused",
        "agreed": "agreed, not in effect",
        "announced": "announced",
        "threatened": "threatened",
        "proposed": "proposed",
        "planned": "planned",
        "scheduled": "scheduled",
        "under_investigation": "under investigation",
    },
    status_unknown="status not given",
    undated="earlier (undated)",
    seen_by=lambda seen: f"by {seen}",
    as_of=lambda day: f"As of {day.text(weekday=False)} (newest source)",
    title_all="US tariff rates on South Korean goods",
    title_product=lambda name, all_goods: (
        f"US tariff on {name}" if all_goods else f"US tariff on South Korean {name}"
    ),
    until=lambda day: f" (until {day})",
    pledge_title=lambda total: f"South Korea's {total} investment pledge",
    pledge_part={"cash": "Cash", "shipbuilding": "Shipbuilding"},
    money=format_money,
    total="Total",
    cap_line=lambda cap, years: f" (capped at {cap} a year: at least {years} years)",
    cap_note=lambda label, cap, years: (
        f"{label}: capped at {cap} a year, so at least "
        f"{years} years (one tick = one year at the cap)"
    ),
    all_words=("all products",),
    pledge_words=("investment pledge",),
    month=lambda day, yearly: (
        str(day.year) if yearly else f"{MONTHS_SHORT[day.month - 1]} {day.year}"
    ),
    axis_rate="Tariff rate",
    source_label=lambda n: "Source" if n == 1 else "Sources",
    more_publishers=lambda n: f" and {n} more",
    start_unknown="start not in the sources",
)

# The descriptions the slash commands are declared with (frontends/discord_bot/cogs).
COMMANDS = (
    "Ask about the South Korea–US tariff dispute",
    "Your question, e.g. What's the new tariff on Korean cars?",
    "The extra duty on a shipment of a product",
    "The product, e.g. autos or lumber",
    "The shipment's value, e.g. $30,000, 30k or $2 billion",
    "The dated events, with status and source",
    "What the bot knows, from which sources, as of when",
    "How to ask the tariff bot, with examples",
    "Which page: 1 is the newest",
    "Owner: re-read the fact base",
    "Owner: publish the slash commands",
)

DISCORD = DiscordWords(
    notice="You're asking quickly — I'll answer again in about {wait} s.",
    terse="Still cooling down ({wait} s).",
    apology="Sorry, something went wrong on my side answering that. Please try again in a moment.",
    not_owner="Only the bot's owner can use this command.",
    not_yours=(
        "Only the person who asked can use these buttons — ask your own question with `/ask`."
    ),
    wrong_button="Wrong answer?",
    post_button="Post publicly",
    wrong_thanks=(
        "Thanks — I've noted this answer for the maintainers to check. Your name is not recorded."
    ),
    suggestion_gone=(
        "That suggestion is no longer in my fact base; ask your question again with `/ask`."
    ),
    unknown_product="I don't have tariff facts on “{product}”. Pick one of: {names}.",
    no_text="That message has no text I could answer.",
    untitled="Your question",
    reloaded="Reloaded: {current} current facts from {sources} source(s), as of {as_of}.",
    unchanged="The fact base on disk is unchanged; nothing to reload.",
    reload_failed=(
        "Reload failed ({error}); still using the last good fact base. The log has the details."
    ),
    refused="The new fact base was refused ({count} problem(s)); still using the last good one.",
    synced_guild="Synced {count} command(s) to the test server {guild}.",
    synced_global="Synced {count} command(s) globally.",
    unknown="unknown",
    timeline_title="Timeline of the South Korea–US tariff dispute",
    timeline_more=(
        "⬆ {count} earlier event(s): `/timeline page:{next}` · all of them "
        "and more (`python bot.py timeline`)"
    ),
    page_of="page {page} of {pages}",
    timeline_empty="No dated events in the fact base.",
    as_of="As of {day}",
    sources_title="What I know and where it comes from",
    sources_text=(
        "{current} current facts from {sources} source(s), as of {as_of}. "
        "Every answer cites its source; I don't answer from anywhere else."
    ),
    facts_count="{count} fact(s)",
    more_sources="and {count} more sources: `/sources page:{next}`",
    citing="citing {who}",
    help_title="How to ask the tariff bot",
    help_text=(
        "I answer questions about the South Korea–US tariff dispute from a small base of "
        "sourced facts, and I say so when I don't know.\n\n"
        "• `/ask question:` — type a question; suggestions appear as you type\n"
        "• `/tariff product: value:` — the extra duty on a shipment "
        "(value like `$30,000`, `30k`, `$2 billion`)\n"
        "• `/timeline` — the dated events, with status and source\n"
        "• `/sources` — what I know, from which sources, as of when\n"
        "• Right-click a message → Apps → **Ask tariffbot** — I answer that message "
        "(only you see it, with a button to post it)\n"
        "• Mention me or DM me: `@bot what's the lumber tariff?`\n"
        "• Follow up within 10 minutes in the same channel: "
        "`and lumber?`, `what about $50,000?`\n"
        "• **Wrong answer?** under an answer tells the maintainers"
    ),
    help_try="Try",
    help_footer="Announced measures are marked ⚠️ ANNOUNCED: they are not in effect.",
    calc="Calculation",
    source="Source",
    sources="Sources",
    as_of_label="As of",
    did_you_mean="Did you mean",
    status_flag=lambda status: STATUS.get(str(status)) or str(status),
    chart_button="Chart",
    chart_points="Plotted points",
    chart_sources="Sources",
    chart_pledge="The pledge",
    chart_all="all products",
    chart_busy="You're asking quickly — I'll draw again in about {wait} s.",
    chart_unknown="I have no rate history for “{what}”. Pick one of: {known}.",
    chart_more="… and {n} more",
    commands={text: text for text in COMMANDS},
)


MONTH_NAMES = (
    "January February March April May June July August September October November December"
).split()
PLEDGE_PARTS = {"cash": "cash portion", "ships": "shipbuilding portion"}


def _stated_day(month: int, day: int | None, year: int | None) -> str:
    shown = f"{MONTH_NAMES[month - 1]} {day}" if day else MONTH_NAMES[month - 1]
    if year:
        return f"{shown}, {year}" if day else f"{shown} {year}"
    return shown


def _met(who: str, names: list[str], where: str, when: str, aside: list[str]) -> str:
    lead = f"Besides {join(aside)}, my sources" if aside else "My sources"
    return f"{lead} report {who} met {join(names)}{where}{when}."


CONFIRM = ConfirmWords(
    after_newest=lambda day: (
        f"My newest report is from {day.text(weekday=False)}; I have no report from that time."
    ),
    yes_office=lambda name, office: f"Yes — {name} is {office}.",
    office_later=lambda name, office, start: (
        f"No — {name} took office as {office} on {start.text(weekday=False)}."
    ),
    no_office=lambda name, office, holder, held: f"No — {name} is {office}; {holder} is {held}.",
    two_people=lambda people: (
        "No — two people: " + "; ".join(f"{name} is {office}" for name, office in people) + "."
    ),
    yes_vote=lambda vote: f"Yes — {vote}.",
    no_vote=lambda right, wrong: f"No — {right}, not {wrong}.",
    yes_named=lambda name: f"Yes — my sources name {name}.",
    no_named=lambda names, stated: f"No — my sources name {join(names)}, not {stated}.",
    other_named=lambda names, stated: f"My sources name {join(names)}, not {stated}.",
    court_struck=lambda basis: f"Yes, the tariffs imposed under {basis}.",
    not_named=lambda name: f"The reports I have on that do not name {name}.",
    not_notified="No — my sources report no official notification then.",
    not_signed="No — my sources report it was not signed then.",
    signed_later=lambda told: f"A later report: {told}",
)


def _moved(day: Day, old, new) -> str:
    if old is None:
        return f"{format_rate(new)} took effect {day.on(weekday=False)}"
    verb = "fell" if new < old else "rose"
    return f"{day.on(weekday=False)} it {verb} from {format_rate(old)} to {format_rate(new)}"


def _no_move(up, rate, goods, day, event, event_day) -> str:
    kind = {True: "rise", False: "cut"}.get(up, "change")
    to = f" to {format_rate(rate)}" if rate is not None else ""
    if day is not None:
        when = f" {day.on(weekday=False)}"
    elif event and event_day is not None:
        when = f" after {event} ({event_day.text(weekday=False)})"
    else:
        when = ""
    return f"No — my sources report no {kind} in the US tariff on {goods}{to}{when}."


def _no_end(goods, day, event, event_day) -> str:
    if day is not None:
        when = f" {day.on(weekday=False)}"
    elif event and event_day is not None:
        when = f" after {event} ({event_day.text(weekday=False)})"
    else:
        when = ""
    return (
        f"No — my sources report no end to the US tariff on {goods}{when}; it is still collected."
    )


def _rate_steps(goods: str, steps: list) -> str:
    told = [f"{format_rate(rate)} from {day.text(weekday=False)}" for rate, day in steps]
    return f"The US tariff on {goods} was {', then '.join(told)}."


def _rate_steps_in(when: str, goods: str, steps: list) -> str:
    told = [f"{format_rate(rate)} from {day.text(weekday=False)}" for rate, day in steps]
    return f"{when[:1].upper()}{when[1:]}, the US tariff on {goods} was {', then '.join(told)}."


def _rate_lasted(rate, goods: str, start, end, days: int) -> str:
    return (
        f"The {format_rate(rate)} US tariff on {goods} was in force from "
        f"{start.text(weekday=False)} to {end.text(weekday=False)}: {days:,} days."
    )


def _rate_lasting(rate, goods: str, start, newest, days: int) -> str:
    return (
        f"The {format_rate(rate)} US tariff on {goods} has been in force since "
        f"{start.text(weekday=False)}: {days:,} days as of {newest.text(weekday=False)}, "
        "the newest report I have."
    )


def _rates_compared(goods: str, rate, other: str, other_rate) -> str:
    if rate == other_rate:
        return f"Both are {format_rate(rate)}: the same rate."
    (high, high_rate), (low, _) = sorted(
        ((goods, rate), (other, other_rate)), key=lambda x: x[1], reverse=True
    )
    return f"That is {format_points(abs(rate - other_rate))} more on {high} than on {low}."


def _size(old, new) -> str:
    """'10 percentage points, from 25% to 15% (-40% relative)'."""
    shown = f" ({_relative(old, new)} relative)" if old else ""
    return f"{format_points(abs(new - old))}, from {format_rate(old)} to {format_rate(new)}{shown}"


def _rate_moved(goods: str, old, new, day: Day) -> str:
    verb = "fell" if new < old else "rose"
    return f"The US tariff on {goods} {verb} {_size(old, new)}, {day.on(weekday=False)}."


def _stated_move(old, new) -> str:
    kind = "a cut" if new < old else "an increase"
    shown = f" ({_relative(old, new)} relative)" if old else ""
    return (
        f"From {format_rate(old)} to {format_rate(new)} is {kind} of "
        f"{format_points(abs(new - old))}{shown}."
    )


_SIDES = {"US": "the US", "KR": "South Korea"}
_PHASES = {
    "before": "until Korea's initial investment is recovered",
    "after": "after Korea's initial investment is recovered",
}


def _sides(each: list) -> str:
    """'the US and South Korea get $200 million each (50% each)' or 'the US gets $900
    million (90%) and South Korea $100 million (10%)'."""
    (first, first_pct, first_value), *rest = each
    if rest and all(pct == first_pct for _, pct, _ in rest):
        names = join([_SIDES[first]] + [_SIDES[c] for c, _, _ in rest])
        return f"{names} get {format_money(first_value)} each ({format_rate(first_pct)} each)"
    others = [f"{_SIDES[c]} {format_money(v)} ({format_rate(p)})" for c, p, v in rest]
    head = f"{_SIDES[first]} gets {format_money(first_value)} ({format_rate(first_pct)})"
    return join([head, *others])


def _profit_shares(profit: Decimal, phases: list) -> str:
    if len(phases) == 1:
        phase, each = phases[0]
        return f"Of {format_money(profit)} of profit {_PHASES[phase]}, {_sides(each)}."
    told = "; ".join(
        f"{_PHASES[phase]}, {_sides(each)}" if i == 0 else f"after it, {_sides(each)}"
        for i, (phase, each) in enumerate(phases)
    )
    return f"Of {format_money(profit)} of profit: {told}."


CASUAL = CasualWords(
    yes_rate=lambda rate: f"Yes — {format_rate(rate)}.",
    no_rate=lambda right, wrong: f"No — {format_rate(right)}, not {format_rate(wrong)}.",
    yes_date=lambda day: f"Yes — {day.text(weekday=False)}.",
    no_date=lambda day, month, dom, year: (
        f"No — {day.text(weekday=False)}, not {_stated_day(month, dom, year)}."
    ),
    yes_amount=lambda amount: f"Yes — {format_money(amount)}.",
    no_amount=lambda right, wrong: f"No — {format_money(right)}, not {format_money(wrong)}.",
    no_us_pledge=(
        "My sources report no US pledge to invest in South Korea; the pledge runs the other way."
    ),
    premise={
        "court-upheld": "No — the sources report no ruling upholding them; they report the "
        "court ruled against them.",
        "bill-failed": "No — the sources report that it passed.",
        "swap-granted": "No — the sources report no currency swap for South Korea.",
    },
    remainder=lambda total, part, part_key, rest, rest_key: (
        f"The {format_money(total)} pledge minus the {format_money(part)} "
        f"{PLEDGE_PARTS[part_key]} leaves {format_money(rest)}, the {PLEDGE_PARTS[rest_key]}."
    ),
    left_after=lambda cap, years, paid, cash, left: (
        f"At the cap of {format_money(cap)} a year, after {years} year{'s' if years != 1 else ''} "
        f"South Korea would have paid at most {format_money(paid)} of the {format_money(cash)} "
        f"in cash, leaving {format_money(left)} to pay."
    ),
    ratio=lambda cash, ships, ratio, simple: (
        f"Cash to shipbuilding is {format_money(cash)} to {format_money(ships)}: "
        f"{ratio} to 1 ({simple})."
    ),
    per_month=lambda cap, month: (
        f"At the cap of {format_money(cap)} a year, the cash comes to at most about "
        f"{format_money(month)} a month."
    ),
    added_up=lambda amounts, total: (
        f"{' + '.join(format_money(a) for a in amounts)} = {format_money(total)}: the whole pledge."
    ),
    met=_met,
    met_order=lambda who, names, before, other, where, when: (
        f"My sources report {who} met {join(names)}{where}{when}, "
        f"{'before' if before else 'after'} meeting {other}."
    ),
    met_none=lambda who, where, when, aside: (
        f"Besides {join(aside)}, my sources report no one else {who} met{where}{when}."
    ),
    met_times=lambda first, second, days: (
        f"My sources report {first} and {second} meeting on {len(days)} "
        f"day{'' if len(days) == 1 else 's'}: {join([d.text(weekday=False) for d in days])} "
        "(they may not report every meeting)."
    ),
    met_uncounted="My sources do not give a count of their meetings.",
    met_not=lambda who, other, when: f"My sources report no meeting of {who} with {other}{when}.",
    where=lambda place: f" in {place.replace('-', ' ').title()}",
    when_month=lambda day: f" in {day.text(weekday=False)}",
    when_month_day=lambda month, dom: f" on {MONTH_NAMES[month - 1]} {dom}",
    no_outcome="My sources report no outcome of that meeting; they report the meeting itself.",
    on_day=lambda day: f"On {day.text(weekday=False)}, my sources report:",
    in_month=lambda month, shown, more: (
        f"In {month.text(weekday=False)}, my sources report"
        + (f" (the first {shown}; {more} more in the timeline)" if more else "")
        + ":"
    ),
    latest=lambda day, ago: f"The newest reports I have (up to {day.text(weekday=False)}, {ago}):",
    listed_day=lambda day: f"{day.text(weekday=False)}:",
    took_office=lambda name, title: f"{name} took office as {title}.",
    yes="Yes.",
    no_act="No.",
    moved_yes=lambda day, old, new: f"Yes — {_moved(day, old, new)}.",
    moved_when=lambda day, old, new: (
        f"{_moved(day, old, new)[:1].upper()}{_moved(day, old, new)[1:]}."
    ),
    moved_no=lambda day, old, new: f"No — {_moved(day, old, new)}.",
    moved_later=lambda day, old, new: (
        f"No — that came {day.on(weekday=False)}: {_moved(day, old, new).split(' ', 4)[-1]}."
        if old is not None
        else f"No — {format_rate(new)} took effect only {day.on(weekday=False)}."
    ),
    no_move=_no_move,
    no_end=_no_end,
    said_only=lambda status: f"Not in force — only {VERB.get(status, 'announced')}.",
    said_then=lambda status, day, old, new: (
        f"Not in force then — only {VERB.get(status, 'announced')}; {_moved(day, old, new)}."
    ),
    no_such_rate=lambda rate, basis, goods: (
        f"The premise is off: my sources report no {format_rate(rate)} "
        f"{basis + ' ' if basis else ''}tariff on {goods}."
    ),
    rate_steps=_rate_steps,
    rate_steps_in=_rate_steps_in,
    rate_lasted=_rate_lasted,
    rate_lasting=_rate_lasting,
    days_between=lambda later, earlier, days: (
        f"{later.text(weekday=False)} − {earlier.text(weekday=False)} = {days:,} days."
    ),
    rates_compared=_rates_compared,
    rate_moved=_rate_moved,
    stated_move=_stated_move,
    rate_on_day=lambda label, goods, rate, now: (
        f"{_cap(label)}, the US tariff on {goods} {'is' if now else 'was'} {format_rate(rate)}."
    ),
    rate_difference=lambda old, new: (
        "That is no change."
        if old == new
        else f"That is {'down' if new < old else 'up'} {format_points(abs(new - old))}"
        + (f" ({_relative(old, new)} relative)" if old else "")
        + "."
    ),
    no_such_move=lambda goods, old, new: (
        f"My sources report no change of the US tariff on {goods} collected from "
        f"{format_rate(old)} to {format_rate(new)}."
    ),
    yes_steps="Yes.",
    no_steps="No — not in that order.",
    no_source_part=lambda part: f"I don't have a sourced fact on \u201c{part}\u201d.",
    profit_shares=_profit_shares,
    per_year=lambda amount, each: (
        f"{format_money(amount)} over "
        + "; over ".join(
            f"{years} years {'is' if i == 0 else 'would be'} {'' if exact else 'about '}"
            f"{format_money(value)} a year"
            for i, (years, value, exact) in enumerate(each)
        )
        + "."
    ),
)

EN = Phrasebook(
    lang="en",
    date=_date,
    on_day=_on_day,
    money=format_money,
    points=format_points,
    join=join,
    year=str,
    status=STATUS,
    decline="I don't have a sourced fact on that.",
    source_label="Source",
    as_of_label="as of",
    more_sources=_more_sources,
    did_you_mean="Did you mean:",
    read_as_dollars=_read_as_dollars,
    out_of_scope=lambda what: (
        f"My sources cover only the South Korea–US tariff dispute; they say nothing about {what}."
    ),
    won=(
        "My sources give amounts in US dollars and no exchange rate, so I can't convert won; "
        "ask with a dollar amount such as $30,000."
    ),
    empty=(
        "Ask me about the South Korea–US tariff dispute, "
        'e.g. "What\'s the new tariff on Korean cars?"'
    ),
    us_goods="My sources cover US tariffs on South Korean goods, not tariffs on American goods.",
    no_source={
        "price": "My sources report tariffs, not the prices of goods.",
        "volume": "My sources don't give trade volumes or sales figures.",
        "product": "My sources give no US tariff rate on that product.",
    },
    who_said=lambda name: f"What did {name} say?",
    earlier_report=_earlier_report,
    took_effect_later=lambda day: f"A later report has it in force from {day.text(weekday=False)}.",
    status_note={
        "announced": "Status: announced; as of {as_of} no source reports it as implemented.",
        "threatened": "Status: threatened; as of {as_of} no source reports it as implemented.",
        "proposed": "Status: proposed; as of {as_of} no source reports it as implemented.",
        "planned": "Status: planned, as of {as_of}.",
        "scheduled": "Status: scheduled, as of {as_of}.",
    },
    updates_earlier=_updates_earlier,
    first_report=lambda publisher, day, said: (
        f"As first reported ({publisher}, {day.text(weekday=False)}): {said} Later:"
    ),
    reports_differ=lambda own, others: f"Reports differ: as above ({own}); {others}",
    korean_goods=lambda name: f"South Korean {name}",
    the_us="The US",
    us_tariff_is=lambda goods, rate: f"The US tariff on {goods} is {format_rate(rate)}.",
    measure_verb=_measure_verb,
    measure_same=_measure_same,
    measure_mixed=_measure_mixed,
    in_effect_no=lambda day, status: (
        f"No, not in effect as far as my sources report (as of {day.text(weekday=False)}, "
        f"the newest): it is {status}. "
    ),
    in_effect_yes=lambda day: f"Yes, as of {day.text(weekday=False)}. ",
    relative_change=lambda old, new, shown: (
        f"Going from {format_rate(old)} to {format_rate(new)} is "
        f"{format_points(abs(new - old))}, a relative change of {shown}. "
    ),
    separately=lambda sentence: " Separately: " + sentence,
    ago=_ago,
    newest_report=lambda day, ago: (
        f"as of {day.text(weekday=False)}, the newest report I have ({ago})"
    ),
    at_day=lambda day: day.on(weekday=False),
    before_event=lambda name, day: f"before {name} ({day.text(weekday=False)})",
    after_event=lambda name, day: f"after {name} ({day.text(weekday=False)})",
    after_event_from=lambda name, day, then: (
        f"after {name} ({day.text(weekday=False)}), from {then.text(weekday=False)}"
    ),
    during_event=lambda name, day: f"during {name} (from {day.text(weekday=False)})",
    since=lambda basis, start, seen: (
        f"({', '.join(parts)})" if (parts := _since_parts(basis, start, seen)) else ""
    ),
    tariff_in_force=_tariff_in_force,
    none_in_force=lambda label, what: (
        f"{_cap(label)}, my sources report no US tariff in force on {what}."
    ),
    first_in_force=lambda day, rate, basis: (
        f"The first they report took effect on {day.text(weekday=False)}: "
        f"{format_rate(rate)}{f' (under {basis})' if basis else ''}."
    ),
    ended_tariff=_ended_tariff,
    pending_measure=_pending_measure,
    also_reported=lambda statuses: (
        f" Some reports say it was {' or '.join(x.replace('_', ' ') for x in statuses)}."
    ),
    rate_started=lambda rate, goods, basis, day: (
        f"The {format_rate(rate)} US tariff on {goods}"
        f"{f' (under {basis})' if basis else ''} took effect {day.on(weekday=False)}."
    ),
    rate_seen_only=lambda told, rate, goods, day: (
        f"{told} My sources report the {format_rate(rate)} tariff on {goods} in force "
        f"{day.on(weekday=False)}, but give no day it took effect."
    ).strip(),
    yes="Yes. ",
    no="No. ",
    under_basis=lambda newest, law, listed, unnamed: (
        f"{_cap(newest)}, the {law} tariffs in force on South Korean goods: {listed}."
        + (f" My sources name no law for these, also in force: {unnamed}." if unnamed else "")
    ),
    basis_names=BASIS_NAMES,
    basis_in_force=_basis_in_force,
    basis_ended=_basis_ended,
    basis_unnamed=_basis_unnamed,
    basis_verdict=_basis_verdict,
    ruling_spared=lambda day, name: (
        f"No. The tariffs struck down on {day.text(weekday=False)} were those under {name}; "
        f"my sources report these still in force:"
    ),
    said_products=lambda day, rate, status, names: (
        f"{status.replace('_', ' ')} on {day.text(weekday=False)} and not "
        f"reported in force: {names}"
    ),
    in_force_products=lambda names: f"in force: {names}",
    products_head=lambda newest, rate: f"{_cap(newest)}, the {format_rate(rate)} US tariff: ",
    amount_problems={
        "zero": "That amount is zero, so there is no duty to work out.",
        "negative": "That amount is negative; give a positive dollar value, such as $30,000.",
        "too large": "That amount is over $10 trillion, more than any shipment could be; "
        "give a realistic dollar value, such as $30,000 or $2 billion.",
        "not a number": "I couldn't read that amount as a number; write it like $30,000, "
        "30k or $2 billion.",
        "not a plain number": "I couldn't read that amount as a plain number; write it like "
        "$30,000, 30k or $2 billion.",
        "currency": "I only compute in US dollars, and my sources give no exchange rate; ask "
        "with a US dollar amount such as $30,000.",
        "separator": "I can't tell how to read that amount's separators; write it like "
        "$30,000 or $1.5 million (commas for thousands, a point for decimals).",
        "digits": "I couldn't read that amount: it has superscript or other special digits; "
        "write it in plain digits, like $30,000.",
    },
    did_you_mean_amount=(
        "Did you mean {money}? I compute a duty only from an amount I can read one "
        "way; ask again with {money}."
    ),
    duty_at_rate=lambda rate, goods, value, due: (
        f"At the {format_rate(rate)} tariff, the duty on {format_money(value)} "
        f"of {goods} is {format_money(due)}."
    ),
    duty_hike=_duty_hike,
    duty_on_day=_duty_on_day,
    duty_difference=_duty_difference,
    duty_if_pending=_duty_if_pending,
    pledge_share=lambda part, whole, shown, says: (
        f"{format_money(part)} is {shown} of the {format_money(whole)} pledge. {says}"
    ),
    vote_share=lambda yes, present, shown, says: (
        f"{yes} of the {present} lawmakers present voted in favor: {shown}. {says}"
    ),
    more_than_cash=lambda cash: (
        f", more than the {format_money(cash)} in cash, so all {format_money(cash)}"
    ),
    paid_after_years=_paid_after_years,
    years_to_pay=lambda cap, target, years: (
        f"At the cap of {format_money(cap)} a year, paying {format_money(target)} "
        f"in cash takes at least {years} years."
    ),
    years_step=lambda target, cap, ratio: (
        f"{format_money(target)} ÷ {format_money(cap)} a year = {ratio:g} years."
    ),
    person_is=lambda name, role: f"{name} is {role}.",
    person_was=lambda name, role, when: f"In {when}, {name} was {role}.",
    person_became=lambda name, role, since: f"{name} became {role} {since.on(weekday=False)}.",
    person_succeeded=lambda name, role, successor, office, since: (
        f"{name} was {role}; {successor} became {office} {since.on(weekday=False)}."
    ),
    person_succeeded_by=lambda name, role, successor, office, seen: (
        f"{name} was {role}; by {seen.text(weekday=False)}, {successor} was {office}."
    ),
    quote_clause=_quote_clause,
    translated_quote=lambda translation, original: (
        f"\u201c{translation}\u201d(translation; original: \u201c{original}\u201d)"
    ),
    sources_intro=_sources_intro,
    casual=CASUAL,
    confirm=CONFIRM,
    charts=CHARTS,
    discord=DISCORD,
)
