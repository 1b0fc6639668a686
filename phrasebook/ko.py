"""Everything the bot says in Korean, and the grammar only Korean needs: dates, particles
that depend on the word before them (josa), lists, percentage points, amounts written in
만/억/조 with the dollar figure beside them, product names. Figures stay the same Decimals."""

from __future__ import annotations

import datetime as _dt
from decimal import ROUND_HALF_UP, Decimal

from phrasebook.book import CasualWords, ChartWords, ConfirmWords, DiscordWords, Phrasebook
from values.dates import Day
from values.money import CENT, format_money, format_rate, format_relative

WEEKDAYS_KO = "월화수목금토일"


# ----- grammar ------------------------------------------------------------------------------


def date_ko(day, weekday: bool = True) -> str:
    """'2026년 1월 26일(월)' · '2025년 11월' · '2026년'."""
    if day is None:
        return ""
    if day.day:
        text = f"{day.year}년 {day.month}월 {day.day}일"
        if weekday:
            text += f"({WEEKDAYS_KO[_dt.date(day.year, day.month, day.day).weekday()]})"
        return text
    if day.month:
        return f"{day.year}년 {day.month}월"
    return f"{day.year}년"


def has_batchim(word: str) -> bool | None:
    """Whether the last syllable ends in a consonant; None when it is not Hangul."""
    last = word.rstrip(" )\"'”")[-1:] if word else ""
    if "\uac00" <= last <= "\ud7a3":
        return (ord(last) - 0xAC00) % 28 != 0
    if last.isdigit():
        return last in "013678"
    return None


def josa(word: str, with_batchim: str, without: str) -> str:
    """word + the right particle: josa('김정관', '은', '는') -> '김정관은'."""
    final = has_batchim(word)
    if final is None:
        return f"{word}{with_batchim}({without})"
    return word + (with_batchim if final else without)


def topic(word: str) -> str:
    """word + 은/는."""
    return josa(word, "은", "는")


def join_ko(names) -> str:
    """'자동차, 목재 및 의약품'."""
    names = list(names)
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + " 및 " + names[-1]


def points_ko(points: Decimal) -> str:
    """'10%포인트'."""
    return f"{format_rate(points)}포인트"


def product_ko(base, product_id: str) -> str:
    product = base.vocabulary.products[product_id]
    return getattr(product, "name_ko", None) or product.name


def product_label_ko(base, fact) -> str:
    pid = fact.product
    name = product_ko(base, pid)
    return name if pid == "korean-imports" else f"한국산 {name}"


def _group(n: int) -> str:
    return f"{n:,}"


def format_won_style(value: Decimal) -> str:
    """350000000000 -> '3,500억'; 12500 -> '1만 2,500'; 7512.5 -> '7,512.50'."""
    value = abs(value)
    whole = int(value)
    cents = value - whole
    parts = []
    for unit, size in (("조", 10**12), ("억", 10**8), ("만", 10**4)):
        if whole >= size:
            parts.append(f"{_group(whole // size)}{unit}")
            whole %= size
    if whole or not parts:
        parts.append(_group(whole))
    text = " ".join(parts)
    if cents:
        cents = cents.quantize(CENT, rounding=ROUND_HALF_UP)
        text += f"{cents:f}"[1:]
    return text


def format_money_ko(value: Decimal) -> str:
    """'3,500억 달러 ($350 billion)' · '3만 달러 ($30,000)' · '7,500달러 ($7,500)'."""
    sign = "-" if value < 0 else ""
    exact = abs(value) != abs(value).quantize(CENT)
    if exact:  # more precise than a cent: keep the exact dollar figure only
        return format_money(value)
    return f"{sign}{format_won_style(value)} 달러 ({format_money(value)})"


# ----- sentences ----------------------------------------------------------------------------

money = format_money_ko

VERB = {
    "threatened": "위협했습니다",
    "announced": "발표했습니다",
    "proposed": "제안했습니다",
    "agreed": "합의했습니다",
    "planned": "계획했습니다",
    "scheduled": "예정했습니다",
    "pending": "제안했습니다",
    "under_investigation": "조사를 개시했습니다",
}
ENDED = {
    "struck_down": "무효화되었습니다",
    "expired": "만료되었습니다",
    "paused": "유예되었습니다",
}


def _measure_verb(status: str) -> str:
    return {
        "announced": "발표했습니다",
        "threatened": "위협했습니다",
        "proposed": "제안했습니다",
    }.get(status, "밝혔습니다")


def _measure_same(day: Day | None, by: str, verb: str, goods: list[str], old, new) -> str:
    when = f"{date_ko(day)}, " if day else ""
    move = "오를" if new > old else "내릴"
    change = "인상" if new > old else "인하"
    shown = (
        f", 상대적으로 {format_relative((Decimal(new) - Decimal(old)) / Decimal(old) * 100)}"
        if old
        else ""
    )
    return (
        f"{when}{topic(by)} 한국산 {join_ko(goods)}에 대한 미국 관세가 "
        f"{format_rate(old)}에서 {format_rate(new)}로 {move} 것이라고 {verb}"
        f"({points_ko(abs(new - old))} {change}{shown})."
    )


def _measure_mixed(day: Day | None, by: str, verb: str, parts: list[tuple]) -> str:
    when = f"{date_ko(day)}, " if day else ""
    shown = [f"{name} {format_rate(old)} → {format_rate(new)}" for name, old, new in parts]
    return f"{when}{topic(by)} 한국산 제품에 대한 미국 관세 인상을 {verb}: {'; '.join(shown)}."


def _sources_intro(count, first, last, publishers, rest, agencies, cited, ago) -> str:
    named = ", ".join(f"{name} ({n}건)" for name, n in publishers)
    others = f" 외 {rest}개 매체" if rest else ""
    relayed = ", ".join(f"{name} {n}건" for name, n in agencies)
    via = f" 그중 {cited}건은 통신사 기사를 인용합니다({relayed})." if cited else ""
    last_text = date_ko(last, weekday=False)
    return (
        f"제 사실 정보의 출처는 {count}건({date_ko(first, weekday=False)}~{last_text})이며, "
        f"주로 {named}{others}의 기사입니다.{via} 가장 최근 보도인 {last_text}({ago}) 기준 정보입니다."
    )


def _in_effect_no(day: Day, status: str) -> str:
    state = {
        "announced": "발표",
        "threatened": "위협",
        "proposed": "제안",
        "planned": "계획",
        "scheduled": "예정",
    }.get(status, status)
    return (
        f"아니요, 출처가 보도한 바로는 아닙니다({date_ko(day, weekday=False)} 기준): "
        f"{state} 단계입니다. "
    )


def _ago(days: int) -> str:
    if days < 0:
        return ""
    if days < 14:
        return f"{days}일 전"
    if days < 60:
        return f"약 {round(days / 7)}주 전"
    months = round(days / 30.44)
    if months < 24:
        return f"약 {months}개월 전"
    return f"약 {round(days / 365.25)}년 전"


def _since(basis: str | None, start: Day | None, seen: Day | None) -> str:
    parts = [basis] if basis else []
    if start:
        parts.append(f"{date_ko(start, weekday=False)}부터 시행")
    elif seen:
        parts.append(f"{date_ko(seen, weekday=False)} 기준 시행 중")
    return f"({', '.join(parts)})" if parts else ""


def _ended_tariff(rate, basis: str, start: Day | None, end: Day, status: str) -> str:
    since = f"({date_ko(start, weekday=False)}부터)" if start else ""  # none: only seen in force
    return (
        f"{basis + ' ' if basis else ''}{format_rate(rate)} 관세"
        f"{since}는 "
        f"{date_ko(end, weekday=False)}에 "
        f"{ENDED.get(status, '종료되었습니다')}."
    )


def _pending_measure(day, who, by_named, rate, status, basis, label, now) -> str:
    shown = "" if status == "under_investigation" else f"{format_rate(rate)} 관세를 "
    return (
        f"{date_ko(day, weekday=False)} {topic(who)} "
        f"{shown}{VERB.get(status, '발표했습니다')}. "
        f"{label.split('(')[0].strip()} 출처는 시행되었다고 "
        f"보도하지 않았습니다."
    )


BASIS_NAMES = {
    "section-232": "무역확장법 232조(Section 232)",
    "ieepa": "국제비상경제권한법(IEEPA)",
    "section-122": "무역법 122조(Section 122)",
    "section-301": "무역법 301조(Section 301)",
    "korus": "한미 FTA(KORUS)",
}


def _name_josa(name: str, with_batchim: str, without: str) -> str:
    """The particle after a law's name agrees with its Korean name, not the parenthesis."""
    return name + josa(name.split("(")[0], with_batchim, without)[len(name.split("(")[0]) :]


def _basis_part(name: str, rate, start: Day | None, seen: Day | None) -> str:
    when = (
        f"({date_ko(start, weekday=False)}부터 시행)"
        if start
        else f"({date_ko(seen, weekday=False)} 기준 시행 중)"
        if seen
        else ""
    )
    return f"{name}에 근거한 {format_rate(rate)}{when}"


def _basis_in_force(label: str, what: str, parts: list, now: bool) -> str:
    listed = join_ko([_basis_part(*part) for part in parts])
    return f"{label}, {what}에 대한 미국 관세는 {listed}{'입니다' if now else '였습니다'}."


def _basis_ended(what, name, rates, start, end, status, first) -> str:
    shown = "/".join(format_rate(r) for r in rates)
    since = f"{date_ko(start, weekday=False)}부터 " if start else ""
    head = f"{what}에 대한 미국 관세는" if first else "그 전에는"
    return (
        f"{head} {since}{name}에 근거해 {shown}로 부과되었으나, "
        f"{date_ko(end, weekday=False)}에 {ENDED.get(status, '종료되었습니다')}."
    )


def _basis_unnamed(label, what, now) -> str:
    return f"{label}, 출처는 {what}에 대한 미국 관세의 법적 근거를 밝히지 않습니다."


def _basis_verdict(actual, right, wrong, yesno) -> str:
    if wrong and right:
        return f"{join_ko(right)}이며, {_name_josa(' 또는 '.join(wrong), '이', '가')} 아닙니다."
    if wrong:
        return f"{'아니요' if yesno else '둘 다 아닙니다'} — {join_ko(actual)}입니다."
    return f"네 — {join_ko(right)}입니다." if yesno and right else ""


def _duty_hike(goods, value, before, after, old, new, shown, in_effect) -> str:
    hedge = "발표된 인상이 시행되면" if not in_effect else "변경 후"
    return (
        f"{goods} {money(value)}에 대한 관세는 {hedge} {format_rate(old)} 기준 {money(before)}에서 "
        f"{format_rate(new)} 기준 {money(after)}로 늘어납니다: {money(after - before)} 증가, "
        f"{points_ko(new - old)} 인상(상대적으로 {shown})."
    )


def _duty_difference(change, up, points, shown) -> str:
    return (
        f"차이는 {money(change)} {'증가' if up else '감소'}, {points_ko(points)}"
        + (f"(상대적으로 {shown})" if shown else "")
        + "입니다."
    )


def _duty_if_pending(day, rate, status, due, change, more, later=None) -> str:
    if later is not None:  # carried out after the day asked: not "시행 보도 없음"
        return (
            f"{date_ko(day, weekday=False)}에 나온 {format_rate(rate)} 관세는 이후 "
            f"{date_ko(later, weekday=False)}부터 시행되어 {money(due)}가 되었고 {money(change)} "
            f"{'늘었습니다' if more else '줄었습니다'}."
        )
    return (
        f"{date_ko(day, weekday=False)}에 나온 {format_rate(rate)} 관세가 "
        f"시행된다면 {money(due)}가 되어 {money(change)} "
        f"{'늘어납니다' if more else '줄어듭니다'}(시행 보도 없음)."
    )


def _quote_clause(speaker: str, first: bool, where: str, said: str) -> str:
    return f"{topic(speaker) if first else '또'}{where} 이렇게 말했습니다: {said}"


# A measure's other reported status, said beside the one told ("일부 보도는 위협으로").
ALSO_KO = {
    "threatened": "위협",
    "announced": "발표",
    "proposed": "제안",
    "agreed": "합의",
    "planned": "계획",
    "scheduled": "예정",
}
STATUS = {
    "announced": "발표됨, 시행 보도 없음",
    "threatened": "경고됨, 시행 보도 없음",
    "proposed": "제안됨, 시행 보도 없음",
    "planned": "계획됨",
    "scheduled": "예정됨",
    "agreed": "합의됨",
    "in_effect": "시행 중",
    "happened": "있었음",
    "pending": "계류 중",
    "under_investigation": "조사 중",
    "signed": "서명됨",
    "passed": "통과됨",
    "struck_down": "무효 판결",
    "expired": "만료됨",
    "paused": "유예됨",
}

CHARTS = ChartWords(
    status={
        "in_effect": "시행 중",
        "struck_down": "무효 판결",
        "expired": "만료",
        "paused": "유예",
        "agreed": "합의(미시행)",
        "announced": "발표",
        "threatened": "위협",
        "proposed": "제안",
        "planned": "계획",
        "scheduled": "예정",
        "under_investigation": "조사 중",
    },
    status_unknown="상태 미상",
    undated="날짜 미상(이전)",
    seen_by=lambda seen: f"{seen} 기준",
    as_of=lambda day: f"기준일: {date_ko(day, weekday=False)} (최신 출처)",
    title_all="한국산 제품에 대한 미국 관세율",
    title_product=lambda name, all_goods: (
        f"미국의 {name} 관세율" if all_goods else f"미국의 한국산 {name} 관세율"
    ),
    until=lambda day: f" ({day}까지)",
    pledge_title=lambda total: f"한국의 대미 투자 약속 {total}",
    pledge_part={"cash": "현금", "shipbuilding": "조선 협력"},
    money=lambda value: f"{format_won_style(value)} 달러",
    total="전체",
    cap_line=lambda cap, years: f" (연간 한도 {cap}, 최소 {years}년)",
    cap_note=lambda label, cap, years: (
        f"{label}: 연간 한도 {cap}, 최소 {years}년 (눈금 하나 = 한도로 1년)"
    ),
    all_words=("전체", "모두"),
    pledge_words=("약속", "투자 약속"),
    month=lambda day, yearly: f"{day.year}년" if yearly else f"{day.year}년 {day.month}월",
    axis_rate="관세율",
    source_label=lambda n: "출처",
    more_publishers=lambda n: f" 외 {n}곳",
    start_unknown="시작일 미상(출처에 없음)",
)

DISCORD = DiscordWords(
    notice="질문이 너무 빠릅니다. 약 {wait}초 후에 다시 답하겠습니다.",
    terse="잠시 기다려 주세요 ({wait}초).",
    apology="죄송합니다. 답하는 중에 문제가 생겼습니다. 잠시 후 다시 시도해 주세요.",
    not_owner="봇 소유자만 이 명령을 쓸 수 있습니다.",
    not_yours="질문한 사람만 이 버튼을 쓸 수 있습니다. `/ask`로 직접 질문해 주세요.",
    wrong_button="답이 틀렸나요?",
    post_button="공개로 게시",
    wrong_thanks="감사합니다. 관리자가 확인하도록 이 답을 기록했습니다. 이름은 기록하지 않습니다.",
    suggestion_gone=(
        "그 추천 질문은 더 이상 사실 데이터베이스에 없습니다. `/ask`로 다시 질문해 주세요."
    ),
    unknown_product="“{product}”에 대한 관세 사실이 없습니다. 다음 중에서 고르세요: {names}.",
    no_text="그 메시지에는 답할 수 있는 글이 없습니다.",
    untitled="질문",
    reloaded="다시 읽었습니다: 출처 {sources}개의 현재 사실 {current}개, 기준일 {as_of}.",
    unchanged="디스크의 사실 데이터베이스가 바뀌지 않아 다시 읽을 것이 없습니다.",
    reload_failed=(
        "다시 읽기에 실패했습니다({error}). 마지막으로 정상이던 사실 데이터베이스를 "
        "계속 씁니다. 자세한 내용은 로그에 있습니다."
    ),
    refused=(
        "새 사실 데이터베이스를 거부했습니다(문제 {count}개). 마지막으로 정상이던 것을 계속 씁니다."
    ),
    synced_guild="명령 {count}개를 테스트 서버 {guild}에 게시했습니다.",
    synced_global="명령 {count}개를 전체에 게시했습니다.",
    unknown="알 수 없음",
    timeline_title="한미 관세 분쟁 일지",
    timeline_more="⬆ 이전 사건 {count}건: `/timeline page:{next}` (전체 목록: `python bot.py timeline`)",
    page_of="{pages}쪽 중 {page}쪽",
    timeline_empty="사실 데이터베이스에 날짜가 있는 사건이 없습니다.",
    as_of="기준일 {day}",
    sources_title="제가 아는 내용과 그 출처",
    sources_text=(
        "출처 {sources}개의 현재 사실 {current}개, 기준일 {as_of}. 모든 답에 "
        "출처를 밝히며, 다른 곳의 내용으로는 답하지 않습니다."
    ),
    facts_count="사실 {count}개",
    more_sources="그 밖의 출처 {count}개: `/sources page:{next}`",
    citing="{who} 인용",
    help_title="관세 봇 사용법",
    help_text=(
        "출처가 있는 사실을 바탕으로 한미 관세 분쟁에 대한 질문에 답하며, 모르는 것은 모른다고 "
        "말합니다.\n\n"
        "• `/ask question:` — 질문을 입력하세요. 입력하는 동안 추천 질문이 나옵니다\n"
        "• `/tariff product: value:` — 한 선적분에 붙는 추가 관세 "
        "(금액 예: `$30,000`, `30k`, `$2 billion`)\n"
        "• `/timeline` — 날짜별 사건과 그 상태 및 출처\n"
        "• `/sources` — 제가 아는 내용과 출처, 기준일\n"
        "• 메시지를 우클릭 → 앱 → **Ask tariffbot** — 그 메시지에 답합니다 "
        "(나에게만 보이며, 공개로 게시하는 버튼이 있습니다)\n"
        "• 저를 멘션하거나 DM으로 물어보세요: `@bot 목재 관세는?`\n"
        "• 10분 안에 같은 채널에서 이어서 물어보세요: `목재는?`, `5만 달러라면?`\n"
        "• 답 아래의 **답이 틀렸나요?** 버튼은 관리자에게 알립니다"
    ),
    help_try="예시",
    help_footer="⚠️ ANNOUNCED 표시는 발표만 된 조치로, 아직 시행되지 않았습니다.",
    calc="계산",
    source="출처",
    sources="출처",
    as_of_label="기준일",
    did_you_mean="이런 질문을 찾으셨나요?",
    status_flag=lambda status: f"{status}, 시행 전",
    chart_button="차트",
    chart_points="표시된 값",
    chart_sources="출처",
    chart_pledge="투자 약속",
    chart_all="전체 품목",
    chart_busy="요청이 너무 잦습니다. 약 {wait}초 뒤에 다시 그려 드립니다.",
    chart_unknown="“{what}”에 대한 관세 이력이 없습니다. 다음 중에서 고르세요: {known}.",
    chart_more="… 외 {n}건",
    commands={
        "Ask about the South Korea–US tariff dispute": "한미 관세 분쟁에 대해 질문하기",
        "Your question, e.g. What's the new tariff on Korean cars?": "질문을 입력하세요. 예: 한국산 자동차에 대한 새 관세는 얼마인가요?",
        "The extra duty on a shipment of a product": "한 품목 선적분에 붙는 추가 관세 계산",
        "The product, e.g. autos or lumber": "품목. 예: 자동차(autos) 또는 목재(lumber)",
        "The shipment's value, e.g. $30,000, 30k or $2 billion": "선적 금액(달러). 예: 3만 달러, $30,000, 30k, 20억 달러",
        "The dated events, with status and source": "날짜별 사건과 그 상태 및 출처",
        "What the bot knows, from which sources, as of when": "봇이 아는 내용과 출처, 기준일",
        "How to ask the tariff bot, with examples": "관세 봇 사용법과 질문 예시",
        "Which page: 1 is the newest": "쪽 번호: 1쪽이 가장 최근",
        "Owner: re-read the fact base": "소유자 전용: 사실 데이터베이스 다시 읽기",
        "Owner: publish the slash commands": "소유자 전용: 슬래시 명령 게시",
    },
)


PLEDGE_PARTS = {"cash": "현금", "ships": "조선 협력"}
PLACES = {"washington": "워싱턴", "seoul": "서울"}


def _stated_day_ko(month: int, day: int | None, year: int | None) -> str:
    shown = f"{month}월 {day}일" if day else f"{month}월"
    return f"{year}년 {shown}" if year else shown


def _met_ko(who: str, names: list[str], where: str, when: str, aside: list[str]) -> str:
    place = " ".join(filter(None, [when.strip(), where.strip()]))
    place = f"{place}에서 " if place else ""
    listed = join_ko(names)
    lead = f"{join_ko(aside)} 외에, 출처에 따르면" if aside else "출처에 따르면"
    more = "더 " if aside else ""
    return f"{lead} {topic(who)} {place}{josa(listed, '을', '를')} {more}만났습니다."


def _met_none_ko(who: str, where: str, when: str, aside: list[str]) -> str:
    place = " ".join(filter(None, [when.strip(), where.strip()]))
    place = f"{place}에서 " if place else ""
    return f"{join_ko(aside)} 외에 {topic(who)} {place}만났다고 출처가 보도한 사람은 없습니다."


CONFIRM = ConfirmWords(
    after_newest=lambda day: (
        f"가장 최근 보도가 {date_ko(day, weekday=False)} 자여서 그 시기의 보도는 없습니다."
    ),
    yes_office=lambda name, office: f"네, {topic(name)} {office}입니다.",
    office_later=lambda name, office, start: (
        f"아니요, {topic(name)} {date_ko(start, weekday=False)}에 {office}에 취임했습니다."
    ),
    no_office=lambda name, office, holder, held: (
        f"아니요, {topic(name)} {office}이고 {topic(held)} {holder}입니다."
    ),
    two_people=lambda people: (
        "아니요, 서로 다른 사람입니다: "
        + "; ".join(f"{topic(name)} {office}" for name, office in people)
        + "."
    ),
    yes_vote=lambda vote: f"네, {vote}입니다.",
    no_vote=lambda right, wrong: f"아니요, {wrong}가 아니라 {right}입니다.",
    yes_named=lambda name: f"네, 출처에 {name}이(가) 나옵니다.",
    no_named=lambda names, stated: (
        f"아니요, 출처에 나오는 것은 {stated}이(가) 아니라 {join_ko(names)}입니다."
    ),
    other_named=lambda names, stated: (
        f"출처에 나오는 것은 {stated}이(가) 아니라 {join_ko(names)}입니다."
    ),
    court_struck=lambda basis: f"네, {basis}에 근거한 관세입니다.",
    not_named=lambda name: f"그에 관한 보도에 {name}은(는) 나오지 않습니다.",
    not_notified="아니요, 출처에 따르면 그때 공식 통보는 없었습니다.",
    not_signed="아니요, 출처에 따르면 그때는 서명되지 않았습니다.",
    signed_later=lambda told: f"이후 보도: {told}",
)


def _moved_ko(day: Day, old, new) -> str:
    if old is None:
        return f"{date_ko(day, weekday=False)}부터 {format_rate(new)}가 시행되었습니다"
    verb = "인하되었습니다" if new < old else "인상되었습니다"
    return f"{date_ko(day, weekday=False)}에 {format_rate(old)}에서 {format_rate(new)}로 {verb}"


def _no_move_ko(up, rate, goods, day, event, event_day) -> str:
    kind = {True: "인상", False: "인하"}.get(up, "변경")
    to = f" {format_rate(rate)}로" if rate is not None else ""
    if day is not None:
        when = f"{date_ko(day, weekday=False)}에 "
    elif event_day is not None:
        when = f"{date_ko(event_day, weekday=False)} 이후 "
    else:
        when = ""
    return f"아니요, 출처에는 {when}{goods} 관세가{to} {kind}되었다는 보도가 없습니다."


def _no_end_ko(goods, day, event, event_day) -> str:
    if day is not None:
        when = f"{date_ko(day, weekday=False)}에 "
    elif event_day is not None:
        when = f"{date_ko(event_day, weekday=False)} 이후 "
    else:
        when = ""
    return (
        f"아니요, 출처에는 {when}{goods} 관세가 폐지되었다는 보도가 없습니다. "
        "여전히 부과되고 있습니다."
    )


def _relative_ko(old, new) -> str:
    """'(상대적으로 -40%)'."""
    if not old:
        return ""
    return f"(상대적으로 {format_relative((Decimal(new) - Decimal(old)) / Decimal(old) * 100)})"


def _rate_moved_ko(goods: str, old, new, day: Day) -> str:
    verb = "인하되었습니다" if new < old else "인상되었습니다"
    return (
        f"미국의 {goods} 관세는 {date_ko(day, weekday=False)}에 {format_rate(old)}에서 "
        f"{format_rate(new)}로 {points_ko(abs(new - old))} {verb}{_relative_ko(old, new)}."
    )


def _stated_move_ko(old, new) -> str:
    kind = "인하" if new < old else "인상"
    return (
        f"{format_rate(old)}에서 {format_rate(new)}로는 {points_ko(abs(new - old))} "
        f"{kind}입니다{_relative_ko(old, new)}."
    )


def _rate_steps_ko(goods: str, steps: list) -> str:
    told = [f"{date_ko(day, weekday=False)}부터 {format_rate(rate)}" for rate, day in steps]
    return f"미국의 {goods} 관세는 {', 이어서 '.join(told)}였습니다."


def _rate_steps_in_ko(when: str, goods: str, steps: list) -> str:
    told = [f"{date_ko(day, weekday=False)}부터 {format_rate(rate)}" for rate, day in steps]
    return f"{when}, 미국의 {goods} 관세는 {', 이어서 '.join(told)}였습니다."


def _rate_lasted_ko(rate, goods: str, start, end, days: int) -> str:
    return (
        f"미국의 {goods} {format_rate(rate)} 관세는 {date_ko(start, weekday=False)}부터 "
        f"{date_ko(end, weekday=False)}까지 {days:,}일 동안 시행되었습니다."
    )


def _rate_lasting_ko(rate, goods: str, start, newest, days: int) -> str:
    return (
        f"미국의 {goods} {format_rate(rate)} 관세는 {date_ko(start, weekday=False)}부터 "
        f"시행 중이며, 가장 최근 보도인 {date_ko(newest, weekday=False)} 기준 {days:,}일째입니다."
    )


def _rates_compared_ko(goods: str, rate, other: str, other_rate) -> str:
    if rate == other_rate:
        return f"두 관세율은 {format_rate(rate)}로 같습니다."
    (high, _), (low, _) = sorted(
        ((goods, rate), (other, other_rate)), key=lambda x: x[1], reverse=True
    )
    return f"{josa(high, '이', '가')} {low}보다 {points_ko(abs(rate - other_rate))} 높습니다."


SAID_KO = {
    "threatened": "위협",
    "announced": "발표",
    "proposed": "제안",
    "agreed": "합의",
    "planned": "계획",
    "scheduled": "예정",
}


_SIDES_KO = {"US": "미국", "KR": "한국"}
_PHASES_KO = {"before": "원금 회수 전", "after": "원금 회수 후"}


def _sides_ko(each: list) -> str:
    """'미국과 한국이 각각 2억 달러 ($200 million)(50%)씩' 또는 '미국이 …(90%), 한국이 …(10%)'."""
    (first, first_pct, first_value), *rest = each
    if rest and all(pct == first_pct for _, pct, _ in rest):
        names = [_SIDES_KO[first]] + [_SIDES_KO[c] for c, _, _ in rest]
        head = josa(names[0], "과", "와") + " " + " ".join(names[1:])
        return f"{josa(head, '이', '가')} 각각 {money(first_value)}({format_rate(first_pct)})씩"
    return (
        ", ".join(
            f"{josa(_SIDES_KO[c], '이', '가')} {money(v)}({format_rate(p)})" for c, p, v in each
        )
        + "를"
    )


def _profit_shares_ko(profit: Decimal, phases: list) -> str:
    if len(phases) == 1:
        phase, each = phases[0]
        return f"{_PHASES_KO[phase]} 수익 {money(profit)} 가운데 {_sides_ko(each)} 받습니다."
    told = ", ".join(f"{_PHASES_KO[phase]}에는 {_sides_ko(each)}" for phase, each in phases)
    return f"수익 {money(profit)} 가운데 {told} 받습니다."


CASUAL = CasualWords(
    yes_rate=lambda rate: f"네, {format_rate(rate)}입니다.",
    no_rate=lambda right, wrong: (
        f"아니요, {format_rate(wrong)}가 아니라 {format_rate(right)}입니다."
    ),
    yes_date=lambda day: f"네, {date_ko(day, weekday=False)}입니다.",
    no_date=lambda day, month, dom, year: (
        f"아니요, {_stated_day_ko(month, dom, year)}이 아니라 {date_ko(day, weekday=False)}입니다."
    ),
    yes_amount=lambda amount: f"네, {money(amount)}입니다.",
    no_amount=lambda right, wrong: f"아니요, {money(wrong)}가 아니라 {money(right)}입니다.",
    no_us_pledge=(
        "제 출처에는 미국이 한국에 투자하기로 약속했다는 내용이 없습니다. 약속은 그 반대 방향입니다."
    ),
    premise={
        "court-upheld": "아니요, 출처는 법원이 관세를 인정했다고 보도하지 않았습니다. "
        "법원은 관세가 위법하다고 판결했습니다.",
        "bill-failed": "아니요, 출처는 통과되었다고 보도합니다.",
        "swap-granted": "아니요, 출처는 한국이 통화스와프를 받지 못했다고 보도합니다.",
    },
    remainder=lambda total, part, part_key, rest, rest_key: (
        f"전체 {money(total)} 약속에서 {PLEDGE_PARTS[part_key]} {josa(money(part), '을', '를')} "
        f"빼면 {PLEDGE_PARTS[rest_key]} {money(rest)}가 남습니다."
    ),
    left_after=lambda cap, years, paid, cash, left: (
        f"연간 한도 {money(cap)} 기준으로 {years}년 후 현금 {money(cash)} 가운데 최대 "
        f"{money(paid)}를 납부하고 {money(left)}가 남습니다."
    ),
    ratio=lambda cash, ships, ratio, simple: (
        f"현금 대 조선은 {money(cash)} 대 {money(ships)}, 즉 {ratio} 대 1({simple})입니다."
    ),
    per_month=lambda cap, month: (
        f"연간 한도 {money(cap)} 기준으로 현금 납부는 한 달에 최대 약 {money(month)}입니다."
    ),
    added_up=lambda amounts, total: (
        f"{' + '.join(format_money(a) for a in amounts)} = {money(total)}: 전체 약속 금액입니다."
    ),
    met=_met_ko,
    met_order=lambda who, names, before, other, where, when: (
        f"출처에 따르면 {topic(who)}"
        + (f" {' '.join(filter(None, [when.strip(), where.strip()]))}에서" if when or where else "")
        + f" {josa(other, '을', '를')} {'만나기 전에' if before else '만난 뒤에'}"
        + f" {josa(join_ko(names), '을', '를')} 만났습니다."
    ),
    met_none=_met_none_ko,
    met_times=lambda first, second, days: (
        f"출처에 보도된 {first}·{second}의 만남은 {len(days)}차례입니다(날짜 기준): "
        f"{', '.join(date_ko(d, weekday=False) for d in days)} (모든 만남이 보도된 것은 아닐 수 있습니다)."
    ),
    met_uncounted="제 출처에는 두 사람이 몇 번 만났는지 셀 수 있는 보도가 없습니다.",
    met_not=lambda who, other, when: (
        f"출처에는{when} {josa(who, '과', '와')} {other}의 만남이 보도되어 있지 않습니다."
    ),
    where=lambda place: f" {PLACES.get(place, place)}",
    when_month=lambda day: f" {date_ko(day, weekday=False)}",
    when_month_day=lambda month, dom: f" {month}월 {dom}일",
    no_outcome="제 출처에는 그 회담의 결과가 보도되어 있지 않습니다. 보도된 것은 회담 자체입니다.",
    on_day=lambda day: f"{date_ko(day, weekday=False)}에 있었던 일로 출처가 보도한 내용입니다:",
    in_month=lambda month, shown, more: (
        f"{date_ko(month, weekday=False)}에 있었던 일로 출처가 보도한 내용입니다"
        + (f"(처음 {shown}건, 나머지 {more}건은 타임라인에 있습니다)" if more else "")
        + ":"
    ),
    latest=lambda day, ago: f"가장 최근 보도({date_ko(day, weekday=False)}, {ago})입니다:",
    listed_day=lambda day: f"{date_ko(day, weekday=False)}:",
    took_office=lambda name, title: f"{josa(name, '이', '가')} {title}에 취임했습니다.",
    yes="네.",
    no_act="아니요.",
    moved_yes=lambda day, old, new: f"네, {_moved_ko(day, old, new)}.",
    moved_when=lambda day, old, new: f"{_moved_ko(day, old, new)}.",
    moved_no=lambda day, old, new: f"아니요, {_moved_ko(day, old, new)}.",
    moved_later=lambda day, old, new: f"아니요, 그 변화는 나중입니다: {_moved_ko(day, old, new)}.",
    no_move=_no_move_ko,
    no_end=_no_end_ko,
    said_only=lambda status: f"시행되지 않았습니다. {SAID_KO.get(status, '발표')}만 되었습니다.",
    said_then=lambda status, day, old, new: (
        f"그때는 시행되지 않았습니다. {SAID_KO.get(status, '발표')}만 되었고, "
        f"{_moved_ko(day, old, new)}."
    ),
    no_such_rate=lambda rate, basis, goods: (
        f"전제가 틀렸습니다: 출처에는 {goods}에 대한 {format_rate(rate)} "
        f"{basis + ' ' if basis else ''}관세가 없습니다."
    ),
    rate_steps=_rate_steps_ko,
    rate_steps_in=_rate_steps_in_ko,
    rate_lasted=_rate_lasted_ko,
    rate_lasting=_rate_lasting_ko,
    days_between=lambda later, earlier, days: (
        f"{date_ko(later, weekday=False)} − {date_ko(earlier, weekday=False)} = {days:,}일."
    ),
    rates_compared=_rates_compared_ko,
    rate_moved=_rate_moved_ko,
    stated_move=_stated_move_ko,
    rate_on_day=lambda label, goods, rate, now: (
        f"{label}, 미국의 {goods} 관세는 {format_rate(rate)}{'입니다' if now else '였습니다'}."
    ),
    rate_difference=lambda old, new: (
        "변화가 없습니다."
        if old == new
        else f"{points_ko(abs(new - old))} {'인하' if new < old else '인상'}"
        f"{_relative_ko(old, new)}입니다."
    ),
    no_such_move=lambda goods, old, new: (
        f"출처에는 미국의 {goods} 관세가 {format_rate(old)}에서 {format_rate(new)}로 "
        "바뀌어 징수되었다는 보도가 없습니다."
    ),
    yes_steps="네.",
    no_steps="아니요, 그 순서가 아닙니다.",
    no_source_part=lambda part: f"\u201c{part}\u201d에 대해서는 출처가 있는 사실이 없습니다.",
    profit_shares=_profit_shares_ko,
    per_year=lambda amount, each: (
        f"{money(amount)}를 "
        + ", ".join(
            f"{years}년에 나누면 연 {'' if exact else '약 '}{money(value)}"
            for years, value, exact in each
        )
        + "입니다."
    ),
)


def _read_as_dollars(readings: list) -> str:
    return " ".join(
        f"({typed} → 미국 달러 {format_money(value)}로 계산)" for typed, value in readings
    )


KO = Phrasebook(
    lang="ko",
    date=date_ko,
    on_day=date_ko,
    money=format_money_ko,
    points=points_ko,
    join=join_ko,
    year=lambda year: f"{year}년",
    status=STATUS,
    decline="그에 대해서는 출처가 있는 사실이 없습니다.",
    source_label="출처",
    as_of_label="기준일",
    more_sources=lambda n: f" 외 {n}건",
    did_you_mean="이런 질문을 찾으셨나요?",
    read_as_dollars=_read_as_dollars,
    out_of_scope=lambda what: (
        f"제 출처는 한미 관세 분쟁만 다루며, {what}에 대해서는 아무 내용도 없습니다."
    ),
    won=(
        "제 출처는 금액을 미국 달러로만 제시하고 환율은 제시하지 않아 원화 금액을 환산할 수 없습니다. "
        "3만 달러($30,000)처럼 달러 금액으로 물어봐 주세요."
    ),
    empty='한미 관세 분쟁에 대해 물어봐 주세요. 예: "한국산 자동차에 대한 새 관세는 얼마인가요?"',
    us_goods=(
        "제 출처는 한국산 제품에 대한 미국 관세만 다루며, 미국산 제품에 대한 관세는 다루지 않습니다."
    ),
    no_source={
        "price": "제 출처는 관세를 다룰 뿐 상품 가격은 다루지 않습니다.",
        "volume": "제 출처에는 교역량이나 판매량 수치가 없습니다.",
        "product": "제 출처에는 그 품목에 대한 미국 관세율이 없습니다.",
    },
    # Neutral: not every speaker is a minister (Trump, Lutnick, Lee Jae-myung ...).
    who_said=lambda name: f"{topic(name)} 뭐라고 말했나요?",
    earlier_report=lambda publisher, day, said: f" 이전 보도({publisher}, {day.iso()}): {said}",
    first_report=lambda publisher, day, said: f"처음 보도({publisher}, {day.iso()}): {said} 이후:",
    took_effect_later=lambda day: (
        f"이후 보도에 따르면 {date_ko(day, weekday=False)}부터 시행되었습니다."
    ),
    status_note={
        "announced": "상태: 발표됨. {as_of} 기준 출처는 시행되었다고 보도하지 않았습니다.",
        "threatened": "상태: 위협됨. {as_of} 기준 출처는 시행되었다고 보도하지 않았습니다.",
        "proposed": "상태: 제안됨. {as_of} 기준 출처는 시행되었다고 보도하지 않았습니다.",
        "planned": "상태: {as_of} 기준 계획됨.",
        "scheduled": "상태: {as_of} 기준 예정됨.",
    },
    updates_earlier=lambda publisher, day, changes: (
        f"이전 보도({publisher}, {date_ko(day, weekday=False)})를 갱신한 내용입니다."
    ),
    reports_differ=lambda own, others: f"보도가 엇갈립니다: 위 내용({own}); {others}",
    korean_goods=lambda name: f"한국산 {name}",
    the_us="미국",
    us_tariff_is=lambda goods, rate: f"{goods}에 대한 미국 관세는 {format_rate(rate)}입니다.",
    measure_verb=_measure_verb,
    measure_same=_measure_same,
    measure_mixed=_measure_mixed,
    in_effect_no=_in_effect_no,
    in_effect_yes=lambda day: f"네, {date_ko(day, weekday=False)} 기준 시행 중입니다. ",
    relative_change=lambda old, new, shown: (
        f"{format_rate(old)}에서 {format_rate(new)}로 바뀌면 "
        f"{points_ko(abs(new - old))} 차이로, 상대적으로 {shown} 변화입니다. "
    ),
    separately=lambda sentence: " 별도로, " + sentence,
    ago=_ago,
    newest_report=lambda day, ago: f"{date_ko(day, weekday=False)} 기준(가장 최근 보도, {ago})",
    at_day=lambda day: date_ko(day, weekday=False),
    before_event=lambda name, day: f"{date_ko(day, weekday=False)} 이전",
    after_event=lambda name, day: f"{date_ko(day, weekday=False)} 이후",
    after_event_from=lambda name, day, then: (
        f"{date_ko(day, weekday=False)} 이후({date_ko(then, weekday=False)}부터)"
    ),
    during_event=lambda name, day: f"{date_ko(day, weekday=False)}부터 이어진 기간",
    since=_since,
    tariff_in_force=lambda label, what, rates, now: (
        f"{label}, {what}에 대한 미국 관세는 {' 및 '.join(rates)}{'입니다' if now else '였습니다'}."
    ),
    none_in_force=lambda label, what: (
        f"{label}, 출처는 {what}에 시행 중인 미국 관세를 보도하지 않습니다."
    ),
    first_in_force=lambda day, rate, basis: (
        f"출처가 보도한 첫 관세는 {date_ko(day, weekday=False)}부터 시행된 "
        f"{format_rate(rate)}{f'({basis})' if basis else ''}입니다."
    ),
    ended_tariff=_ended_tariff,
    pending_measure=_pending_measure,
    also_reported=lambda statuses: (
        f" 일부 보도는 {'/'.join(ALSO_KO.get(x, x) for x in statuses)}(으)로 전했습니다."
    ),
    rate_started=lambda rate, goods, basis, day: (
        f"{goods}에 대한 {format_rate(rate)} 미국 관세{f'({basis})' if basis else ''}는 "
        f"{date_ko(day, weekday=False)}부터 시행되었습니다."
    ),
    rate_seen_only=lambda told, rate, goods, day: (
        f"{told} 출처는 {goods}에 대한 {format_rate(rate)} 관세가 "
        f"{date_ko(day, weekday=False)}에 시행 중이라고 보도하지만, 시행일은 밝히지 않습니다."
    ).strip(),
    yes="네. ",
    no="아니요. ",
    under_basis=lambda newest, law, listed, unnamed: (
        f"{newest}, 한국산 제품에 시행 중인 {law} 관세는 {listed}입니다."
        + (
            f" 다음 관세도 시행 중이지만 출처가 근거법을 밝히지 않습니다: {unnamed}."
            if unnamed
            else ""
        )
    ),
    basis_names=BASIS_NAMES,
    basis_in_force=_basis_in_force,
    basis_ended=_basis_ended,
    basis_unnamed=_basis_unnamed,
    basis_verdict=_basis_verdict,
    ruling_spared=lambda day, name: (
        f"아니요. {date_ko(day, weekday=False)}에 무효화된 것은 {name}에 근거한 관세이며, "
        f"출처는 다음 관세가 여전히 시행 중이라고 보도합니다:"
    ),
    said_products=lambda day, rate, status, names: (
        f"{date_ko(day, weekday=False)}에 {format_rate(rate)} 관세가 "
        f"{VERB.get(status, '발표했습니다').replace('했습니다', '된')} 품목: {names}"
        f"(시행 보도 없음)"
    ),
    in_force_products=lambda names: f"시행 중: {names}",
    products_head=lambda newest, rate: f"{newest}, {format_rate(rate)} 관세 — ",
    amount_problems={
        "zero": "금액이 0이라 계산할 관세가 없습니다.",
        "negative": "금액이 음수입니다. 3만 달러($30,000)처럼 양의 달러 금액을 알려 주세요.",
        "too large": "10조 달러($10 trillion)를 넘는 금액은 어떤 선적 규모보다도 큽니다. "
        "3만 달러($30,000)나 20억 달러($2 billion)처럼 현실적인 달러 금액을 알려 주세요.",
        "not a number": "금액을 숫자로 읽을 수 없습니다. 3만 달러, $30,000, 20억 달러처럼 써 주세요.",
        "not a plain number": "금액을 일반 숫자로 읽을 수 없습니다. "
        "3만 달러, $30,000, 20억 달러처럼 써 주세요.",
        "currency": "미국 달러로만 계산합니다. 출처에 환율이 없어 다른 통화는 환산할 수 없습니다. "
        "3만 달러($30,000)처럼 달러 금액으로 물어봐 주세요.",
        "separator": "금액의 구분 기호를 한 가지로 읽을 수 없습니다. "
        "3만 달러나 $30,000처럼 써 주세요.",
        "digits": "금액에 위첨자 같은 특수 숫자가 있어 읽을 수 없습니다. "
        "3만 달러나 $30,000처럼 일반 숫자로 써 주세요.",
    },
    did_you_mean_amount=(
        "말씀하신 금액이 {money}인가요? 한 가지로만 읽히는 금액으로만 관세를 계산합니다. "
        "{money}처럼 다시 물어봐 주세요."
    ),
    duty_at_rate=lambda rate, goods, value, due: (
        f"{format_rate(rate)} 관세율이면 {goods} {money(value)}에 대한 관세는 {money(due)}입니다."
    ),
    duty_hike=_duty_hike,
    duty_on_day=lambda label, what, value, rate, due, now: (
        f"{label}, {what} {money(value)}에 대한 관세는 "
        f"{format_rate(rate)} 기준 {money(due)}"
        f"{'입니다' if now else '였습니다'}."
    ),
    duty_difference=_duty_difference,
    duty_if_pending=_duty_if_pending,
    pledge_share=lambda part, whole, shown, says: (
        f"{money(part)}는 전체 {money(whole)} 약속의 {shown}입니다. {says}"
    ),
    vote_share=lambda yes, present, shown, says: (
        f"출석 의원 {present}명 가운데 {yes}명이 찬성해 찬성 비율은 {shown}입니다. {says}"
    ),
    more_than_cash=lambda cash: (
        f", 현금 {format_money(cash)}보다 많으므로 {format_money(cash)} 전액"
    ),
    paid_after_years=lambda cap, years, cash, paid: (
        f"연간 한도 {money(cap)} 기준으로 {years}년 후 한국은 현금 {money(cash)} 가운데 "
        f"최대 {money(paid)}를 납부하게 됩니다."
    ),
    years_to_pay=lambda cap, target, years: (
        f"연간 한도 {money(cap)} 기준으로 현금 {money(target)}를 납부하려면 "
        f"최소 {years}년이 걸립니다."
    ),
    years_step=lambda target, cap, ratio: (
        f"{format_money(target)} ÷ {format_money(cap)}/년 = {ratio:g}년."
    ),
    person_is=lambda name, role: f"{topic(name)} {role}입니다.",
    person_was=lambda name, role, when: f"{when} {topic(name)} {josa(role, '이었', '였')}습니다.",
    person_succeeded_by=lambda name, role, successor, office, seen: (
        f"{topic(name)} {josa(role, '이었', '였')}습니다. "
        f"{date_ko(seen, weekday=False)} 기준 {topic(office)} "
        f"{josa(successor, '이었', '였')}습니다."
    ),
    person_became=lambda name, role, since: (
        f"{date_ko(since, weekday=False)}에 {josa(name, '이', '가')} {josa(role, '이', '가')} "
        "되었습니다."
    ),
    person_succeeded=lambda name, role, successor, office, since: (
        f"{topic(name)} {josa(role, '이었', '였')}습니다. "
        f"{date_ko(since, weekday=False)}에 {josa(successor, '이', '가')} "
        f"{josa(office, '이', '가')} 되었습니다."
    ),
    quote_clause=_quote_clause,
    translated_quote=lambda translation, original: (
        f"\u201c{translation}\u201d(번역; 원문: \u201c{original}\u201d)"
    ),
    sources_intro=_sources_intro,
    casual=CASUAL,
    confirm=CONFIRM,
    charts=CHARTS,
    discord=DISCORD,
)
