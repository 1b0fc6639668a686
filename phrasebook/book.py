"""The shape every phrasebook fills: one field per piece of wording (see __init__)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass

Text = Callable[..., str]


@dataclass(frozen=True)
class ChartWords:
    """Chart titles, axes, legends and the text that stands in for the image."""

    status: Mapping[str, str]  # status -> legend label
    status_unknown: str
    undated: str
    seen_by: Text  # (day text) -> 'by June 8, 2026'
    as_of: Text  # (day) -> 'As of June 8, 2026 (newest source)'
    title_all: str
    title_product: Text  # (product name, all_goods: bool)
    until: Text  # (day text) -> ' (until ...)'
    pledge_title: Text  # (total, as `money` writes it)
    pledge_part: Mapping[str, str]  # pledge keyword -> part label
    money: Text  # (Decimal) -> an amount on a chart
    total: str
    cap_line: Text  # (cap, years) -> ' (capped at ... a year: at least N years)'
    cap_note: Text  # (label, cap, years) -> the note under a capped bar
    all_words: tuple[str, ...]  # what a reader types for every product
    pledge_words: tuple[str, ...]  # ... and for the pledge
    month: Text  # (datetime.date, yearly: bool) -> an axis tick
    axis_rate: str
    source_label: Text  # (number of sources)
    more_publishers: Text  # (n)
    start_unknown: str


@dataclass(frozen=True)
class DiscordWords:
    """What the Discord front end says around an answer (the answers come from above).
    The str fields are format strings (`{wait}`, `{count}`, ...), read by
    `frontends.discord_bot.i18n.say`."""

    notice: str
    terse: str
    apology: str
    not_owner: str
    not_yours: str
    wrong_button: str
    post_button: str
    wrong_thanks: str
    suggestion_gone: str
    unknown_product: str
    no_text: str
    untitled: str
    reloaded: str
    unchanged: str
    reload_failed: str
    refused: str
    synced_guild: str
    synced_global: str
    unknown: str
    timeline_title: str
    timeline_more: str
    page_of: str
    timeline_empty: str
    as_of: str
    sources_title: str
    sources_text: str
    facts_count: str
    more_sources: str
    citing: str
    help_title: str
    help_text: str
    help_try: str
    help_footer: str
    # embed labels
    calc: str
    source: str
    sources: str
    as_of_label: str
    did_you_mean: str
    status_flag: Text  # (status) -> the words after '⚠️ **ANNOUNCED** —'
    # the chart command
    chart_button: str
    chart_points: str
    chart_sources: str
    chart_pledge: str
    chart_all: str
    chart_busy: str
    chart_unknown: str
    chart_more: str
    # what Discord shows beside a slash command or option: English text -> this language
    commands: Mapping[str, str]


@dataclass(frozen=True)
class CasualWords:
    """Casual questions answered in full (issue #12): corrections, Yes/No first, pledge
    sums, every meeting, every story of a day, each part of a multi-part question."""

    yes_rate: Text  # (rate) -> 'Yes — 25%.'
    no_rate: Text  # (right rate, wrong rate) -> 'No — 25%, not 30%.'
    yes_date: Text  # (day) -> 'Yes — March 12, 2026.'
    no_date: (
        Text  # (day, month, day of month or None, year or None) -> 'No — April 9, 2025, not June.'
    )
    yes_amount: Text  # (amount)
    no_amount: Text  # (right amount, wrong amount)
    no_us_pledge: str
    premise: Mapping[str, str]  # premise name -> the correction
    remainder: Text  # (total, part amount, part key, rest amount, rest key)
    left_after: Text  # (cap, years, paid, cash, left)
    ratio: Text  # (cash, ships, ratio text, simple ratio text)
    per_month: Text  # (cap, monthly amount)
    added_up: Text  # (amounts, total)
    met: Text  # (who, [names], where, when, [set aside])
    met_none: Text  # (who, where, when, [set aside])
    met_order: Text  # (who, [names], before?, other, where, when) -> '... met Chris Wright ..., before meeting Howard Lutnick.'
    met_times: Text  # (first, second, [Day]) -> 'My sources report A and B meeting on 3 days: ...'
    met_uncounted: str  # no count of two people's meetings can be given
    met_not: Text  # (who, other, when) -> 'My sources report no meeting of A with B on ...'
    where: Text  # (place id) -> ' in Washington'
    when_month: Text  # (day of month precision or month precision Day)
    when_month_day: Text  # (month, day)
    no_outcome: str
    on_day: Text  # (day)
    in_month: Text  # (month, stories shown, how many more) -> 'In May 2026, my sources report:'
    latest: Text  # (newest day, its age) -> 'The newest reports I have (...)'
    listed_day: Text  # (day) -> 'May 7:'
    took_office: Text  # (name, title)
    yes: str
    no_act: str  # a yes/no question about an act the report says was not done
    no_source_part: Text  # (the part, as asked)
    # a stated move of a rate, checked against the history (handlers/rate_premise.py)
    moved_yes: Text  # (day, old rate or None, new rate) -> 'Yes — on ... it fell from 25% to 15%.'
    moved_when: Text  # (day, old, new) -> 'On November 1, 2025 it fell from 25% to 15%.'
    moved_no: Text  # (day, old rate or None, new rate) -> 'No — on ... it fell from 25% to 15%.'
    moved_later: Text  # (day, old, new) -> 'No — that came on November 1, 2025: it fell ...'
    no_move: Text  # (up: True, False or None for any change, rate or None, goods, day or None, event name or None, event day or None)
    no_end: Text  # (goods, day or None, event name or None, event day or None)
    said_only: Text  # (status) -> 'Not in force — only announced.'
    said_then: (
        Text  # (status, day, old, new) -> 'Not in force then — only agreed; on ... it fell ...'
    )
    no_such_rate: Text  # (rate, basis text, goods) -> 'The premise is off: ... no 20% ... tariff'
    rate_steps: Text  # (goods, [(rate, day)]) -> 'The US tariff on ... was 25% from ..., then ...'
    rate_steps_in: Text  # (when, goods, [(rate, day)]) -> 'In 2025, the US tariff on ... was'
    rate_lasted: Text  # (rate, goods, start, end, days) -> 'The 25% ... was in force from ...'
    rate_lasting: Text  # (rate, goods, start, newest, days) -> '... has been in force since ...'
    days_between: (
        Text  # (later day, earlier day, days) -> 'November 1, 2025 − April 3, 2025 = 212 days.'
    )
    rates_compared: (
        Text  # (goods, rate, other goods, other rate) -> 'That is 35 percentage points more on ...'
    )
    yes_steps: str
    no_steps: str
    # (profit, [(phase "before" | "after", [(country "US" | "KR", percent, amount)])]):
    # each side's share of a project's profit, before and after Korea's money is recovered
    profit_shares: Text
    # (amount, [(years as written, amount a year, exact or rounded)]), the newest report first
    per_year: Text
    # the size of a change of rate (handlers/rate_moves.py)
    rate_moved: Text  # (goods, old, new, day) -> 'The US tariff on ... fell 10 percentage
    # points, from 25% to 15% (-40% relative), on November 1, 2025.'
    stated_move: Text  # (old, new) -> 'From 25% to 15% is a cut of 10 percentage points ...'
    no_such_move: Text  # (goods, old, new) -> 'My sources report no collected change ...'
    rate_on_day: (
        Text  # (label, goods, rate, now) -> 'In October 2025, the US tariff on ... was 25%.'
    )
    rate_difference: Text  # (old, new) -> 'That is down 10 percentage points (-40% relative).'


@dataclass(frozen=True)
class ConfirmWords:
    """Yes or No first on a stated office, vote, name, ruling or signing
    (handlers/confirm.py), and the decline of a time after the newest report."""

    after_newest: Text  # (newest day) -> 'My newest report is from June 8, 2026; ...'
    yes_office: Text  # (name, office)
    office_later: Text  # (name, office, start Day) -> 'No — X took office as Y on June 4, 2025.'
    no_office: Text  # (name, office, holder, holder's office)
    two_people: Text  # ([(name, office)])
    yes_vote: Text  # (vote)
    no_vote: Text  # (right vote, wrong vote)
    yes_named: Text  # (name)
    no_named: Text  # ([names], stated name)
    other_named: Text  # ([names], stated name) -> 'My sources name Hyundai ..., not Samsung.'
    court_struck: Text  # (basis) -> 'Yes, the IEEPA tariffs.'
    not_named: Text  # (name) -> 'The reports I have on that do not name Hyundai.'
    not_signed: str
    signed_later: Text  # (the later report) -> 'Later: ...'
    not_notified: str


@dataclass(frozen=True)
class Phrasebook:
    lang: str
    # ----- figures and dates, in this language
    date: Text  # (day, weekday=True) -> 'January 26, 2026'
    on_day: Text  # (day, weekday=True) -> 'on Monday, January 26, 2026'
    money: Text  # (Decimal) -> '$30,000'
    points: Text  # (Decimal) -> '10 percentage points'
    join: Text  # (names) -> 'a, b and c'
    year: Text  # (int) -> '2025', as a text names a year
    status: Mapping[str, str]  # status -> label (timeline, embeds); unknown: the id
    # ----- the answer object
    decline: str
    source_label: str
    as_of_label: str
    more_sources: Text  # (n) -> '; and 2 more sources'
    did_you_mean: str  # the heading above suggestions (console)
    read_as_dollars: Text  # ([(typed, Decimal)]) -> '(I read 30k as $30,000, in US dollars.)'
    # ----- declines (orchestrator)
    out_of_scope: Text  # (what)
    won: str
    empty: str
    us_goods: str
    no_source: Mapping[str, str]  # engine.scope kind -> why not
    who_said: Text  # (name) -> the "what did X say?" suggestion, no title assumed
    earlier_report: Text  # (publisher, day, said)
    first_report: Text  # (publisher, day, said): the original version, asked for
    # ----- every answer (handlers/common)
    status_note: Mapping[str, str]  # status -> '... as of {as_of} ...'
    took_effect_later: Text  # (day) -> 'A later report has it in force from April 3, 2025.'
    updates_earlier: Text  # (publisher, day, changes [(field or 'status', shown)])
    reports_differ: Text  # (own, others)
    # ----- rates
    korean_goods: Text  # (product name) -> 'South Korean autos'
    the_us: str
    us_tariff_is: Text  # (goods, rate)
    measure_verb: Text  # (status) -> the verb a measure was said with
    measure_same: Text  # (day|None, by, verb, goods [names], old, new)
    measure_mixed: Text  # (day|None, by, verb, parts [(name, old, new)])
    in_effect_no: Text  # (day, status)
    in_effect_yes: Text  # (day)
    relative_change: Text  # (old, new, shown)
    separately: Text  # (sentence)
    # ----- rate at a time (handlers/rate_state)
    ago: Text  # (days) -> 'about 6 months ago'
    newest_report: Text  # (day, ago)
    at_day: Text  # (day) -> the label of a stated day
    before_event: Text  # (name, day)
    after_event: Text  # (name, day)
    after_event_from: Text  # (name, day, the day of the first change after it)
    during_event: Text  # (name, day)
    since: Text  # (basis, start, seen) -> '(under Section 232, in force since ...)'
    tariff_in_force: Text  # (label, what, rates [str], now)
    none_in_force: Text  # (label, what)
    first_in_force: Text  # (start day, rate, basis) -> 'The first they report took effect ...'
    ended_tariff: Text  # (rate, basis, start, end, status)
    pending_measure: Text  # (day, who, by_named, rate, status, basis, label, now)
    also_reported: Text  # (statuses) -> ' Some reports say it was threatened.'
    rate_started: Text  # (rate, goods, basis, day) -> 'The 15% US tariff on ... took effect on ...'
    rate_seen_only: Text  # (told, rate, goods, day) -> what was said, then first seen in force
    yes: str
    no: str
    # ----- the legal basis of a tariff (handlers/basis)
    under_basis: Text  # (newest report, law, goods listed, goods whose law no report names)
    basis_names: Mapping[str, str]  # basis id -> its name ('section-232' -> 'Section 232')
    basis_in_force: Text  # (label, what, [(basis name, rate, start, seen)], now)
    basis_ended: Text  # (what, basis name, [rates], start, end, status, first: bool)
    basis_unnamed: Text  # (label, what, now) -> no source names the law
    basis_verdict: Text  # (actual [names], named and right [names], named and wrong, yesno)
    ruling_spared: Text  # (day, basis name) -> 'No. What was struck down on ... were ...'
    said_products: Text  # (day, rate, status, names)
    in_force_products: Text  # (names)
    products_head: Text  # (newest, rate)
    # ----- duty arithmetic (handlers/deltas)
    amount_problems: Mapping[str, str]  # engine.parse amount problem -> reply
    did_you_mean_amount: str  # format string with {money}
    duty_at_rate: Text  # (rate, goods, value, due)
    duty_hike: Text  # (goods, value, before, after, old, new, shown, in_effect)
    duty_on_day: Text  # (label, what, value, rate, due, now)
    duty_difference: Text  # (change, up, points, shown)
    duty_if_pending: Text  # (day, rate, status, due, change, more, day it took effect later)
    # ----- pledge
    pledge_share: Text  # (part, whole, shown, says)
    vote_share: Text  # (in favour, present, shown, says) -> '226 of the 242 ... present: 93.4%.'
    more_than_cash: Text  # (cash)
    paid_after_years: Text  # (cap, years, cash, paid)
    years_to_pay: Text  # (cap, target, years)
    years_step: Text  # (target, cap, ratio)
    # ----- facts, quotes, sources
    person_is: Text  # (name, role)
    person_was: Text  # (name, role, when): an office held at the time asked
    person_became: Text  # (name, role, since) -> 'Kim Min-seok became Prime Minister on ...'
    person_succeeded: Text  # (name, role, successor, successor's office, since)
    # (name, role, successor, successor's office, a day they were reported in it)
    person_succeeded_by: Text
    quote_clause: Text  # (speaker, first, where, said)
    translated_quote: Text  # (translation, original)
    sources_intro: (
        Text  # (count, first day, last day, [(publisher, n)], rest, [(agency, n)], cited, age)
    )
    casual: CasualWords
    confirm: ConfirmWords
    # ----- front ends
    charts: ChartWords
    discord: DiscordWords
