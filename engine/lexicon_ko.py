"""Korean for the parser: particles and endings, question words, and words that carry
no topic.

Korean attaches particles and verb endings to the word they follow ("관세는",
"자동차에", "인상했나요"), and people often write compounds without spaces
("자동차관세"). A Hangul run is therefore split into the vocabulary words it starts
with, and whatever is left after the last of them is taken as an ending when it is one.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from engine.thresholds import FUZZY_CUTOFF_KO
from values.patterns import LazyPattern

HANGUL = re.compile(r"[\uac00-\ud7a3]")

# Particles (josa) and common endings, longest first when stripped.
PARTICLES = sorted(
    set(
        """
은 는 이 가 을 를 의 에 에서 에게 께 께서 한테 으로 로 와 과 랑 이랑 하고 도 만 까지 부터
보다 처럼 이나 나 이며 며 요 이요 에는 에서는 으로는 로는 에도 과는 와는 이란 란 이라는
라는 이라고 라고 에의 으로의 로의 에게는 한테는 만의 들 들은 들이 들을 들의 들과 들도 씩
에선 엔 께선 이야 야 이지 지 이죠 죠 인가 인가요 인지 이에요 예요 이었 였 이고 고 짜리 어치
""".split()
    ),
    key=len,
    reverse=True,
)

# Endings that may follow a noun or a verb stem taken from the vocabulary
# ("인상" + "했나요", "합의" + "했어"). Matched as prefixes of the remainder.
ENDING_STARTS = (
    "하",
    "했",
    "할",
    "한",
    "해",
    "함",
    "합",
    "되",
    "됐",
    "된",
    "될",
    "돼",
    "됨",
    "됩",
    "시키",
    "시켰",
    "적",
    "스러",
    "받",
    "당",
    "이었",
    "였",
    "입",
    "인",
    "일",
    "이",
    "으",
    "에",
    "을",
    "를",
    "은",
    "는",
    "과",
    "와",
    "의",
    "도",
    "만",
    "로",
    "까",
    "부",
    "보",
    "처",
    "나",
    "랑",
    "요",
    "야",
    "지",
    "죠",
    "고",
    "들",
    "씩",
    "엔",
    "께",
    "한테",
    "가",
    "며",
    "란",
    "라",
    "어",
    "아",
    "다",
    "니",
    "냐",
    "네",
    "음",
    "던",
    "든",
    "겠",
    "셨",
    "시",
    "세",
    "신",
    "실",
    "게",
    "어치",
    "서",  # "만나서", "올려서": a connective ending
)

# Words with no topic: question words, fillers, politeness, function words. A Hangul
# word (particles stripped) that is one of these, or starts with one of STOP_PREFIXES,
# is neither a concept nor "unknown".
STOPWORDS = set(
    """
뭐 뭔 뭘 무엇 무슨 누구 누가 누군 언제 어디 어디서 어디에서 왜 얼마 얼마나 몇 어떤 어느 어떻게
어떠 어때 어땠 그 이 저 것 거 게 걸 건 수 때 중 좀 및 또 또는 그리고 그럼 그러면 그래서 그런데
혹시 정말 진짜 지금 요즘 최근 현재 당시 이번 지난 다음 그때 그날 제 저희 우리 내 너 당신
님 씨 분 측 쪽 양국 양측 두 한 세 네 다섯 번 차 정도 약 대략 총 모두 전부 각 각각 다른 다시
알려 알려줘 알려주세요 알려줄래 궁금 궁금해 궁금합니다 설명 설명해 말해 말해줘 해줘 주세요
줘 요 네 예 아니 아니요 응 음 혹 있 있어 있나 있나요 있었 있었나 없 없어 없나 인가 인가요 입니까
이야 이에요 예요 이죠 인지 일까 일까요 했 했어 했나 했나요 했습니까 한 할 하는 하나 하나요
되 된 됐 될 되나 되나요 돼 됩니까 했니 했지 했을 맞 맞아 맞나요 사실 관련 관해 관해서 대해
대해서 대한 대하여 위해 위한 통해 따르면 따라 의하면 기준 기준으로 경우 만약 만일 각종 등
바 후 뒤 전 동안 간 년 이후 이전 이상 이하 미만 초과 당 개 대 명 건 해당 모든 어떤지 인지요
한미 무역 통상 금액 액수 액 날짜 일자 날 장소 나라 분야 산업 해 월 일 안 못 면 이면 이라면 문제 상황 소식 뉴스 질문 내용 정보 사항 부분 쪽은 얘기 이야기 것은 것이
실제 실제로 바로 그냥 솔직히 기간 나서 나면 따른 실린 실렸 실려
처음 번째 기업 신청 공장 현장 곳 초기
임 였음 이었음 작년 재작년 지난해 올해 금년
""".split()
)
# Words that read like an ending or a verb form but, standing alone, are things: "라면"
# after a space is ramen (the ending "-라면", "if", is written on its word).
NOUNS_LIKE_ENDINGS = frozenset({"라면"})
STOP_PREFIXES = (
    "알려",
    "궁금",
    "설명",
    "말해",
    "어떻",
    "어떠",
    "어땠",
    "얼마",
    "누구",
    "누군",
    "언제",
    "어디",
    "무엇",
    "무슨",
    "뭐",
    "뭔",
    "있",
    "없",
    "했",
    "하나",
    "하는",
    "할까",
    "되",
    "됐",
    "인가",
    "입니",
    "이야",
    "이에",
    "인지",
    "일까",
    "맞",
    "해줘",
    "해주",
    "주세",
    "줄래",
    "봐",
    "보여",
    "가르쳐",
    "부탁",
    "확인",
    "싶",
    "좋",
    "그런",
    "그렇",
    "이런",
    "이렇",
    "저런",
    "몇",
    "아닌",
    "아니",
    "혹시",
    "정말",
    "진짜",
    "과연",
    "붙",
    "물리",
    "물린",
    "물려",
    "매기",
    "매긴",
    "매겨",
    "짜리",
    "어치",
    "나와",
    "나온",
    "오늘",
    "내일은",
    "요새",
    "대략",
    # "DDP 조건으로 수출한 기업": exporting frames who is asked about, as "exporter" does
    # in English (a question about export volumes is declined by engine/scope.py)
    "수출",
)

# What is asked, in Korean (searched in the folded text, beside the English ASKS).
_ASK_PATTERNS_KO = {
    "who_is": r"누구(?:야|예요|에요|인가|입니까|지|니|냐|인지|죠|세요|임)|누군(?:가|지|데|가요)"
    # "최상목은 지금 뭐 해?", "뭐 하는 사람이야?": what the person does, their office
    r"|뭐\s*(?:해|하는\s*사람|하고\s*있|하세요|해요)|무슨\s*일\s*(?:해|하는)"
    r"|(?:어떤|무슨) (?:사람|인물)|뭐 하는 사람|직책|직함|정체",
    "who": r"누가|누구|(?:어떤|어느) (?:관리|인사|사람|인물|장관|고위)"
    # "다수의견을 작성한 사람은?", "만난 미국 측 인사는?": a question ending on a person
    r"|(?:사람|인물|인사|관리)(?:은|는|이|가)?\s*\??$",
    # "15%로 내려간 날은?", "처음 부과된 날": the day something happened, a word at the end
    "when": r"언제|며칠|몇\s*월|몇\s*일에|날짜|무슨\s*요일|어느\s*날|시기|시점"
    r"|(?<=[간된한던은는진린친난]\s)날(?:은|이|을|이야|이에요|인가요)?\s*\??$"
    r"|(?:된|한|난|온|간|린|진) 날(?:은|이|이야|짜)?\s*\??$",
    "where": r"어디|어느\s*(?:도시|곳|장소|나라에서)|장소|(?:ㄴ|은|는|던|한|난|간|온) 곳(?:은|이|이야|이에요)?\s*\??$",
    "why": r"왜|이유|원인|때문|어째서|배경|까닭",
    "how_much": r"얼마|규모|액수|금액|몇\s*달러|크기",
    "rate": r"세율|관세율|몇\s*(?:%|퍼센트|프로)|퍼센트|%|(?:발표|예고|부과)한 관세(?:는|가)?\s*\??$",
    "which": r"(?:어떤|어느|무슨|무엇|뭐)\s*(?:품목|제품|상품|분야|산업|물품|업종)|품목|대상|해당(?:되|하)"
    r"|적용(?:되|받)|영향을 받",
    "yesno": r"(?:나요|었나|었어|았나|았어|했어|했나|습니까|는가|었니|았니|했니|할까|일까|인가요|됐어|됐나|됩니까)\s*\??$",
    "say": r"말했|말한|말하|말을\s*했|무슨\s*말|발언|언급|밝혔|밝힌|뭐라고|무엇이라고|무어라|인용|코멘트|소감|답했|반응",
    # "근거" alone is a source ("근거가 뭐야?"); "어떤 법에 근거해서" asks for a legal basis.
    "source": r"출처|(?<!법에 )(?<!법적 )근거(?!해|하여|한|로 한|법)|어디서\s*(?:나온|봤|들은|얻은|가져온|가져와|가져오|얻어|얻었|구해|구했)"
    r"|어디서\s*(?:정보|자료|데이터)|정보\s*(?:의\s*)?출처|어떻게\s*알|어느\s*(?:기사|언론|매체|보도)"
    r"|무슨\s*(?:기사|보도)",
    "years": r"몇\s*년|몇\s*해|얼마나\s*(?:걸|오래)|기간이",
    "share": r"비중|비율|몇\s*분의|차지|몫",
    "percent_change": r"몇\s*(?:%|퍼센트|프로)\s*(?:인상|증가|올|상승|오른|늘)|상대적|증가율|인상률|인상율"
    r"|상승률|상승율|몇\s*퍼센트나|몇\s*(?:%|퍼센트|프로)?\s*포인트",
}
# "한미 FTA 때문에 관세가 얼마였어?": a cause given ("because of X"), not asked, when
# another question word asks what is wanted and no word asks why.
CAUSE_GIVEN_KO = LazyPattern(r"때문에\s")
WHY_ASKED_KO = LazyPattern(
    r"왜|이유|원인|어째서|까닭|배경|(?:뭐|무엇|뭣|무슨\s*\S+|어떤\s*\S+)\s*때문|때문(?:이야|인가|이에요|입니까|일까|이지|이죠|인지|이냐|이니|이었|였)"
)
OTHER_ASKED_KO = LazyPattern(r"누가|누구|언제|어디|얼마|몇|며칠|(?:어떤|어느|무슨)\s*(?!이유)")
# "받을 수 있는 건 누구야?", "작성한 사람은 누구예요?": who did or may do something (a
# clause before "누구"), not who a named person is
CLAUSE_WHO_KO = LazyPattern(
    r"[\uac00-\ud7a3]{2,} (?:건|게|것은|사람은|사람이|이는|분은|인사는|인물은)\s*누구"
)
# "의약품은 122조 관세 대상이야?", "철강도 적용돼?": whether named goods are covered (a
# yes or no), not which goods are ("대상 품목은?")
SUBJECT_CHECK_KO = LazyPattern(
    r"^(?!.*(?:품목|제품|상품|분야|산업|물품|업종)).*(?:대상|해당|적용)\S*"
    r"(?:이야|야|인가요|인가|이에요|예요|입니까|이지|이죠|이니|이냐|돼|되나요|됩니까|돼요|되니|받아|받나요|하나요|해)\s*\??$"
)
# "대상은 몇 개 경제권이야?": a count of what is covered, with no word asking which
COUNT_OF_SUBJECTS_KO = LazyPattern(
    r"^(?!.*(?:어떤|어느|무슨|무엇|뭐|뭘)).*몇\s*(?:개|곳|가지|명|건)"
)
# A question word: the question is not a yes-or-no one, whatever its ending.
WH_KO = LazyPattern(r"누가|누구|언제|어디|왜|얼마|몇|무엇|뭐|뭘|뭔|무슨|어떤|어느|어떻게|며칠")
PEOPLE_COUNT_KO = LazyPattern(r"몇\s*명")
# "상호관세 20%야?", "15%지?", "25%임?": a rate stated and asked to be confirmed (yes/no),
# now ("26%였지?" asks of a past rate, which a report of that time answers)
RATE_CHECKED_KO = LazyPattern(
    r"\d+(?:\.\d+)?\s*(?:%|프로|퍼센트)\s*(?:이)?"
    r"(?:야|지|죠|인가요|입니까|맞죠|맞지|맞나요|맞아요?|맞음|맞냐|잖아|임|냐|니|예요|이에요)\W*$"
)
# "몇 %야", "몇프로", "몇 퍼": a rate asked, as the word "퍼센트" asks it (the sign and the
# short forms are not vocabulary words)
RATE_ASKED_KO = LazyPattern(r"몇\s*(?:%|프로(?![젝그])|퍼(?!센))")
ASKS_KO = {name: LazyPattern(rx) for name, rx in _ASK_PATTERNS_KO.items()}
FOLLOWUP_KO = LazyPattern(r"^(?:그럼|그러면|그리고|또|그럼\s*|그건|이번엔)")
FOLLOWUP_SHORT_KO = LazyPattern(r"(?:은|는|이면|라면)\s*(?:요)?\s*\??$")  # "목재는?" alone


def is_followup(text: str) -> bool:
    """'그럼 목재는?', '목재는?', '5만 달러는?': leaning on the last question."""
    return bool(
        FOLLOWUP_KO.search(text) or (len(text.split()) <= 2 and FOLLOWUP_SHORT_KO.search(text))
    )


# "5년 후", "10년 뒤", "3년간": a number of years (not a calendar year: at most 2 digits).
YEARS_KO = LazyPattern(r"(?<![\d,.])(?P<n>\d{1,2})\s*(?:년|해)\s*(?:후|뒤|동안|간|이면|만에|째|차)")


# Goods the sources give no rate for, whose spelling the rules above would swallow: "라면"
# reads as the ending "-라면" (if it is) and "타이어" ends like a verb ("-어"). Standing as
# a word of their own ("라면 관세는?", "한국 라면", "타이어에"), they are goods the
# question asks about, so they stay unknown words (and the question is declined), not
# nothing (and the question answered about tariffs in general).
GOODS_KO = frozenset("라면 컵라면 냉면 타이어 드라이어 헤어드라이어 에어프라이어".split())


def goods_word(word: str, text: str) -> str | None:
    """'라면은' -> '라면' when it stands as a word in the text ("25%라면" is an ending)."""
    bare = strip_particle(word)
    if bare not in GOODS_KO:
        return None
    return bare if re.search(rf"(?:^|[\s(\"'“‘])(?:한국산?)?{bare}", text) else None


def is_hangul(word: str) -> bool:
    return bool(HANGUL.search(word))


# A noun with the past copula ("만장일치였어", "라면이었나요"): the noun, not a verb (the
# past tense would otherwise read the whole word as a verb and drop it)
COPULA_PAST = tuple(
    sorted(
        (
            stem + end
            for stem in ("이었", "였")
            for end in ("어요", "어", "나요", "나", "니", "냐", "지", "죠", "음", "습니까", "던")
        ),
        key=len,
        reverse=True,
    )
)


def strip_copula(word: str) -> str:
    """'만장일치였어' -> '만장일치'; a word with no noun of two syllables before it is kept."""
    for ending in COPULA_PAST:
        if word.endswith(ending) and len(word) - len(ending) >= 2:
            stem = word[: -len(ending)]
            # "대몇이었음" ("6 대 몇"): a question word, not a noun
            return word if WH_KO.search(stem) else stem
    return word


def strip_particle(word: str) -> str:
    """'관세는' -> '관세'; a word that is only a particle is kept."""
    for particle in PARTICLES:
        if word.endswith(particle) and len(word) > len(particle):
            return word[: -len(particle)]
    return word


def is_ending(rest: str) -> bool:
    """True when what follows a known word is a particle or an ending, not a new word."""
    return not rest or rest in PARTICLES or rest.startswith(ENDING_STARTS)


# "차" alone is a car ("한국 차를", "차는"), but "차이" is a difference and "1차", "몇 차"
# a round; "차" with the subject particle "이" is left out for that reason.
_CAR_PARTICLES = ("", "를", "는", "가", "도", "에", "의", "에는", "에도", "만", "값", "로", "으로")
_ROUND_BEFORE = ("몇", "제", "첫", "두", "세", "네")


# Counters after "몇" ("몇 표", "몇 곳"): how many, not a topic.
COUNTERS = frozenset("표 곳 명 개 건 번 대 척 가지 차례 배 톤".split())


def is_round_word(word: str, before: str) -> bool:
    """'몇 차', '두 차례', '2 차': a count of rounds."""
    return word.startswith("차") and (before[-1:].isdigit() or before in _ROUND_BEFORE)


def is_car_word(word: str, before: str) -> bool:
    """'차', '차를', '차는' as a word of its own: a car, unless a number or "몇" counts it."""
    if not word.startswith("차") or word[1:] not in _CAR_PARTICLES:
        return False
    return not is_round_word(word, before)


def is_stopword(word: str) -> bool:
    bare = strip_particle(word)
    return (
        word in PARTICLES
        or word in STOPWORDS
        or bare in STOPWORDS
        or word.startswith(STOP_PREFIXES)
        or bare.startswith(STOP_PREFIXES)
    )


def jamo(word: str) -> str:
    """Syllables to their letters, so one mistyped letter is a small edit."""
    return unicodedata.normalize("NFD", word)


@lru_cache(maxsize=8)
def _longest(known: frozenset) -> int:
    """The longest known word's length: read once per vocabulary, not once per word (a
    frozenset keeps its hash, so the lookup is cheap)."""
    return max(map(len, known), default=0)


def segment(token: str, known: frozenset) -> list[str] | None:
    """A Hangul run as the known words it is made of, endings dropped:
    '자동차관세는' -> ['자동차', '관세']; None when it does not start with a known word."""
    out: list[str] = []
    i = 0
    longest = _longest(known) if isinstance(known, frozenset) else max(map(len, known), default=0)
    while i < len(token):
        rest = token[i:]
        hit = next(
            (rest[:n] for n in range(min(len(rest), longest), 0, -1) if rest[:n] in known), None
        )
        if hit is None or (len(hit) == 1 and not is_ending(rest[1:]) and not out):
            if out and is_ending(rest):
                return out
            if out:
                return out + [rest]  # a known word, then an unknown one ("관세철강")
            return None
        out.append(hit)
        i += len(hit)
        if (
            i < len(token)
            and is_ending(token[i:])
            and not any(token[i : i + n] in known for n in range(2, len(token) - i + 1))
        ):
            return out
    return out


_VERBAL_LAST = set("되된됐돼될하한했해할겠면어아요까니냐다죠게며려렸워웠와왔데")
WEEKDAYS_KO = {
    "월요일": "monday",
    "화요일": "tuesday",
    "수요일": "wednesday",
    "목요일": "thursday",
    "금요일": "friday",
    "토요일": "saturday",
    "일요일": "sunday",
}
MONTH_KO = LazyPattern(r"(?<!\d)(1[0-2]|[1-9])\s*월")
# "7월 30일(에)" with no year before it ("2025년 7월 30일" is a dated day, engine/when.py),
# the day something happened on; "11월 1일로 소급" (back to November 1) is not
MONTH_DAY_KO = r"(?<!년 )(?<!년)(?<!\d)(1[0-2]|[1-9])\s*월\s*([1-3]?\d)\s*일(?!\s*(?:로|자로))"
FUTURE_KO = LazyPattern(
    r"예정|계획|겠|[할될갈볼날] (?:거|것|건가|예정)|내일|다음|다시 만나|앞으로|할까|될까|언제 만나"
)


def is_verbal(word: str) -> bool:
    """A verb or adjective form ("배정된", "열렸어", "걸려"): no topic of its own.
    A past tense (a final ㅆ) or a typical ending on the last syllable."""
    bare = strip_particle(word)
    last = bare[-1:] or word[-1:]
    return (
        word[-1:] in _VERBAL_LAST
        or last in _VERBAL_LAST
        or any((ord(ch) - 0xAC00) % 28 == 20 for ch in word if is_hangul(ch))
    )


PAST_KO = LazyPattern(r"만난|발표한|서명한|체결한|열린|지난|어제|처음 만|첫 만남|첫날|던\b")


def is_past(text: str) -> bool:
    """A final ㅆ (했, 만났, 됐, 있었), or a past form such as "만난": past tense."""
    return bool(PAST_KO.search(text)) or any(
        "\uac00" <= ch <= "\ud7a3" and (ord(ch) - 0xAC00) % 28 == 20 for ch in text
    )


def fuzzy_known(token: str, jamo_words: list, words: list) -> tuple[str, float] | None:
    """The known word of three syllables or more that a typo most likely means."""
    from rapidfuzz import fuzz, process  # imported by the first question with a typo

    for candidate in dict.fromkeys([token, strip_particle(token)]):
        if len(candidate) < 3:
            continue
        hit = process.extractOne(
            jamo(candidate), jamo_words, scorer=fuzz.ratio, score_cutoff=FUZZY_CUTOFF_KO
        )
        if hit:
            return words[hit[2]], hit[1] / 100
    return None


# Out-of-scope countries as a Korean answer names them.
FOREIGN_KO = {
    "Japan": "일본",
    "China": "중국",
    "Canada": "캐나다",
    "the EU": "유럽연합",
    "Mexico": "멕시코",
    "Germany": "독일",
    "the UK": "영국",
    "India": "인도",
    "Vietnam": "베트남",
    "Taiwan": "대만",
    "France": "프랑스",
    "Italy": "이탈리아",
    "Brazil": "브라질",
    "Australia": "호주",
    "North Korea": "북한",
    "Russia": "러시아",
    "Switzerland": "스위스",
    "Thailand": "태국",
    "Indonesia": "인도네시아",
    "the Philippines": "필리핀",
    "Singapore": "싱가포르",
    "Malaysia": "말레이시아",
    "Turkey": "튀르키예",
    "Israel": "이스라엘",
    "Spain": "스페인",
    "the Netherlands": "네덜란드",
    "Sweden": "스웨덴",
    "Norway": "노르웨이",
    "Argentina": "아르헨티나",
    "Saudi Arabia": "사우디아라비아",
    "the UAE": "아랍에미리트",
    "Pakistan": "파키스탄",
    "Bangladesh": "방글라데시",
    "Cambodia": "캄보디아",
}


# What a question asks to be filled (engine/match.py) and whether it asks when a rate began
# or how many of something (handlers/rate_state.py): Korean halves of those patterns.
COUNT_ASK_KO = r"몇 ?(?:명|개|건)"
DURATION_ASK_KO = r"얼마나 (?:오래|걸)|몇 ?(?:분|시간|일|년|개월)"
DURATION_TOLD_KO = r"\d+ ?(?:분|시간|일간|일 |년|개월)"
PLACE_ASK_KO = r"어디"
TOOK_OFFICE_KO = r"취임"
APPOINTED_KO = r"임명|지명"
RATE_STARTED_KO = (
    r"발효|시행|적용|언제부터|처음 부과|(?:%|퍼센트)(?:가|로|이) 된 (?:건|게|것은|때는?) 언제"
)
# (and, as in English: a quota, a tonnage or a place is not a rate: "철강 쿼터 몇 톤이었어?")
COUNTED_KO = r"몇 ?(?:명|개|일|년|개월|톤)|쿼터|어디"
# "처음 만난 건 언제야?": an order of events asked ("first"), as engine/match.py reads it.
FIRST_ASK_KO = r"처음|최초"
FIRST_TOLD_KO = r"처음|최초|첫"
SECOND_KO = r"두 ?번째"  # "the second probe", asked or told
# A date as Korean writes it ("2026년 2월 22일"): not a count (engine/match.py).
DATE_KO = r"\d{4}년|\d{1,2}월(?: ?\d{1,2}일)?|\d{1,2}일"


# Which law a tariff is under, in Korean: "어떤 법에 근거해서", "법적 근거", "근거 법",
# "무슨 법으로"; a choice "232조야 IEEPA야?"; what followed "상호관세 대신".
BASIS_KO = LazyPattern(
    r"(?:어떤|무슨|어느)\s*(?:법|법률|법적|조항|권한|근거)|법적\s*근거|근거\s*법|근거법"
    r"|법에\s*근거|법을\s*근거"
    # "목재 관세는 IEEPA로 부과돼?": one law named, asked whether it is the one
    r"|(?:232조|122조|301조|ieepa)(?:로|으로|에 따라|에 근거해)\s*(?:부과|매기|매겨|적용)"
)
BASIS_CHOICE_KO = (
    r"아니면|또는|(?:야|냐|이야|이냐)\s+\S+(?:야|냐|이야|이냐|인가요|예요|이에요)\s*\??$"
)
BASIS_SUCCESSOR_KO = r"대신|대체"
BASIS_WORDS_KO = frozenset({"근거", "법적", "조항", "권한", "대신", "대체", "근거법"})
# "판결로 자동차 관세도 없어졌어?": a tariff struck down or affected by a ruling.
STRUCK_KO = r"무효|폐지|없어|사라|영향|취소|철폐|위법"
# "미국이 한국산 철강에 매기는 관세": what a tariff imposes now, not an announcement of one
IMPOSED_NOW_KO = r"매기는|매기고 있는|부과하는|부과되는|부과하고 있는|물리는"
# "몇 분 만났어?", "얼마나 오래": a length of time asked (engine/detail.py), and told
DETAIL_DURATION_ASK_KO = (
    r"몇 ?분|몇 ?시간|얼마나 (?:오래|걸렸|걸린|길게|길었|지속)|며칠|몇 ?일 ?(?:간|동안)|몇 ?개월"
)
DETAIL_DURATION_TOLD_KO = (
    r"\d+ ?(?:분|시간|주|개월)|\d+ ?(?:일|년) ?(?:간|동안)|(?:한|두|세|네) ?시간|반나절"
)
# "407개 품목", "90일 유예", "475명": a count the question states (two digits or more, not
# the day of a month), which the answer must state too (engine/detail.py)
STATED_COUNT_KO = (
    r"(?<![\d,.])(?<!월 )(?<!월)(\d{2,}|\d{1,3}(?:,\d{3})+)\s*"
    r"(?:개국|개월|개|일|명|분|건|척|곳|가지|시간|주|톤)(?!\s*(?:달러|억|만|원))"
)

# A trade-law section as Korean writes it ("301조"), not a count (nor 3조 원, trillions).
SECTION_KO = r"\d+조(?!\s*원)"
# "자본금은 얼마야?": a body's capital asked, which the answer must state (engine/detail.py)
DETAIL_CAPITAL_ASK_KO = r"자본"
DETAIL_CAPITAL_TOLD_KO = r"자본"
# "기업은 몇 곳이야?", "몇 개 경제권이야?": what a count asks of (engine/detail.py). The
# answer must give a number of that very thing ("6000여개 기업", "16개 경제권"), not a
# number of something else; one group of words per thing counted.
COUNTED_THINGS_KO = (
    ("기업", "업체", "회사", "사업체"),
    ("경제권", "국가", "나라", "개국"),
    ("품목", "제품", "물품", "상품"),
)
COUNTER_KO = r"(?:개국|개|곳|군데|가지)"
COUNTED_BEFORE_KO = r"([\uac00-\ud7a3]+)\s*몇\s*" + COUNTER_KO
COUNTED_AFTER_KO = r"몇\s*(개국|개|곳|군데|가지)\s*(?:의\s*)?([\uac00-\ud7a3]*)"
# "몇 살이야?", "나이는?": a person's age asked (engine/detail.py), and told
DETAIL_AGE_ASK_KO = r"몇 ?살|나이"
DETAIL_AGE_TOLD_KO = r"\d+ ?세|\d+ ?살"
# "팩트시트는 언제 나왔어?": when a document came out, which the report of its release tells
# (a later report citing it does not)
DETAIL_PUBLISHED_ASK_KO = (
    r"(?:팩트시트|고시|관보|성명|문서|보고서|포고문|행정명령|서한|합의문|설명자료|양해각서)"
    r"[^?]*언제\s*(?:나왔|나온|발표|공개|게시|발간|공표|발행)"
)
DETAIL_PUBLISHED_TOLD_KO = r"게시|발표|공개|발간|공표|발행|내놓"
# "출처는 얼마나 최신이야?": how old the bot's knowledge is (answering/orchestrator.py)
FRESHNESS_KO = (
    r"^(?:(?:너|네|당신|봇)의? )?(?:정보|출처|자료|데이터)(?:는|가|은)? (?:얼마나 최신|언제 기준|언제까지)"
    r"|^가장 최근 (?:출처|보도|자료)(?:는|가)? 언제"
)
# "관세로 얼마를 냈어?": a sum paid, not a rate (engine/decide.py)
# "2조 원", "3,500억 달러": a sum of money a Korean report states (engine/decide.py)
MONEY_TOLD_KO = r"\d\s*(?:조|억)\s*(?:원|달러)"
SUM_PAID_KO = r"얼마(?:를|나)? ?(?:냈|납부했|지불했|물었|잃었|부담했|손해)"
# a sum a report states, written in Korean ("166조 원", "850억 달러")
MONEY_TOLD_KO = r"\d\s*(?:조|억)\s*(?:원|달러)"
# "그는 뭐라고 했어?": a part whose subject is the person named before (answering/orchestrator.py)
PRONOUN_KO = r"(?:^|\s)(?:그는|그가|그의|그녀는|그녀가|그들은|그들이)(?=\s|$)"
# "10월에", "8월 7일부터": a month (and day) named without its year (handlers/rate_state.py)
# ("7월 30일 합의에서": a day naming the measure, as "announced on" does, is not the time)
YEARLESS_MONTH_KO = (
    r"(?<![\d년])(?<!년 )(?P<km>1[0-2]|[1-9])\s*월(?:\s*(?P<kd>[1-3]?\d)\s*일|(?!\s*\d))"
    r"(?!\s*(?:에|의)?\s*(?:있었던|열린|나온|맺은|한|된)?\s*(?:합의|발표|서명|위협|예고|회담|판결|결정"
    r"|협상|타결|행정명령|포고문|서한|통화|만남|회의|담화|게시|고시))"
)
# "작년 10월", "올해 2월", "재작년": a year told against today, read as that year (engine/when.py)
RELATIVE_YEARS_KO = {"재작년": -2, "작년": -1, "지난해": -1, "지난 해": -1, "올해": 0, "금년": 0}
# "어디서 있었어?", "어디야?": a place asked, which the answer must name (answering/orchestrator.py);
# "어디서 나온 정보야?" asks a source, not a place
PLACE_ASKED_KO = r"어디(?!\s*(?:서|에서)\s*(?:나온|봤|들은|얻은|가져|구해|구했|정보|자료|데이터))"


# "2025년 1월 6일": a year followed by a month, a day of it (engine/match.py)
YEAR_THEN_MONTH_KO = r"년\s*\d{1,2}\s*월"

# "자동차 관세 변화 추이", "철강 관세 변천사": a product's rate history asked (rate_state.history_of)
HISTORY_ASKED_KO = (
    r"(?:변화\s*)?추이|변천\S*|변화\s*(?:과정|내역|흐름)?|연혁|타임라인|그동안\s*(?:어떻게|바뀐)|"
    r"어떻게\s*(?:바뀌|변해|변했)"
)

# "자동차와 철강 관세 비교", "철강 관세가 자동차보다 높아?": two products' rates compared
RATES_COMPARED_KO = r"비교|차이|보다|같아|같은가|똑같"
MORE_KO = r"높|많|크|비싸"
LESS_KO = r"낮|적|작|싸"
SAME_KO = r"같아|같은가|똑같|동일"
COMPARE_WHETHER_KO = (
    r"(?:높|낮|많|적|크|작|비싸|싸|같)(?:아|어|나요|니|냐|은가|은가요|지|죠|아요|어요)\s*\??\s*$"
)
# "자동차 25% 관세는 얼마나 시행됐어?": how long a rate was collected (rate_state.lasted)
LASTED_ASKED_KO = (
    r"(?:얼마나|며칠|몇\s*일|몇\s*달|몇\s*개월)\s*(?:동안\s*)?(?:시행|부과|유지|적용|지속)"
)
# "얼마나 지속될 수 있어?": how long it may last (the law's limit), not how long it did
MAY_LAST_KO = r"수\s*있"
# "한국 철강 수출은 얼마나 줄었어?": an export figure asked, which a tariff rate is not
DETAIL_EXPORTS_ASK_KO = (
    r"수출\s*(?:액|량|규모)?\s*(?:은|는|이|가)?\s*"
    r"(?:얼마|몇\s*(?:%|퍼센트|억|조|달러)|줄|늘|감소|증가)"
)
DETAIL_EXPORTS_TOLD_KO = (
    r"수출[^.]{0,80}?(?:\$\s?\d|\d[\d,.]*\s*(?:억|조|만)?\s*(?:달러|%|퍼센트))"
    r"|(?:\$\s?\d|\d[\d,.]*\s*(?:억|조)\s*달러)[^.]{0,40}수출"
)
