"""The Korean words of a question that the casual-question handlers read (what people
type, not what the bot says: that is phrasebook/ko.py). Each is a regex fragment, joined
with the English one where it is used."""

from __future__ import annotations

# a premise the facts contradict (handlers/premise.py)
COURT_UPHELD = r"합법(?:이라고|으로)? ?(?:판결|인정)|지지했|인정했"
COURT_AGAINST = r"위법|무효"
BILL_FAILED = r"부결|무산|폐기"
BILL_PASSED = r"통과"
WHY = r"왜\s*"
CHECK_TAG = (
    r"(?:맞죠|맞나요|맞아요?|맞습니까|맞지|맞음|맞냐|맞니|이죠|죠|인가요|이지요?|아닌가요|임)\W*$"
)
HEADLINE = r"(\d+(?:\.\d+)?)%\s*(?:\([^)]*\))?\s*(?:입니다|였습니다|로\s)"
RATE_WORDS = r"퍼센트|프로"
REVERSED = r"미국(?:이|은|측이|측은)\s*(?:\S+\s+)?한국에\s*(?:\S+\s+){0,3}?(?:투자|약속)"
NOT_REVERSED = r"관세|대가"
# pledge sums (handlers/pledge.py)
REMAINDER = r"남은|나머지|남는|제외"
RATIO = r"비율|몇 배"
PER_MONTH = r"매달|매월|한 달|월별"
ADDED_UP = r"합치면|더하면|합계"
CHECK = r"맞나요|맞죠|맞아|맞음|맞냐|맞니|인가요|이죠"
# "3500억 달러 중 현금은": the amount is the whole a part is asked of
OF_WHOLE = r"(?:달러|억)\s*(?:중에서|중에|중|가운데|에서)"
WH_ASKED = r"얼마|몇|무엇|뭐|어느|누구|언제|어디"
A_YEAR = r"연간|매년|해마다|1년에|한 해에"
AT_ONCE_PAID = r"한꺼번에|한 번에|일시불|일시에"
SHARE = r"몇 ?(?:퍼센트|%|프로)|비중"
UNDERSTOOD = ("남", "남은", "나머지", "달", "매달", "매월", "비율", "누적")
# a purchase spread over years: "몇 년에 걸쳐", "1년에 얼마나 사"
SPREAD_PERIOD = r"기간|몇 ?년|언제까지"
SPREAD_UNDERSTOOD = ("걸쳐", "동안", "사", "사나", "사나요", "사요", "사야", "사는", "산다", "나눠")
# a project's profits before or after Korea's money is recovered
PROFIT_BEFORE = r"회수\S*\s*(?:전|까지)|회수될 때까지"
PROFIT_AFTER = r"회수\S*\s*(?:후|뒤|이후|다음)|회수되면|회수하면|회수된 다음"
PROFIT_SPLIT = r"각각|배분|분배|나눠|나누|나뉘|몫|가져|갖"
RECOVERED = r"회수"
PROFIT_BOTH = r"전후|전과 후"
PROFIT_UNDERSTOOD = (
    "전후",
    "회수",
    "회수된",
    "회수되기",
    "회수한",
    "회수되면",
    "회수하면",
    "각각",
    "각",
    "얼마",
    "얼마씩",
    "어떻게",
    "나눠",
    "나누",
    "배분",
    "분배",
    "측",
    "쪽",
)
# meetings, outcomes, days (handlers/facts.py)
MET = r"만났|만난|만나|회담|면담"
HOW_MANY_TIMES = r"몇\s?(?:번|차례|회)"
MET_ASKED = r"만났|만난 적"
SET_ASIDE = r"외에|말고|빼고|제외하고"
SET_ASIDE_WORDS = ("외", "말고", "빼고", "제외")
OUTCOME = r"결과|성과|합의"
MORE_ASKED = r"합의|타결|결론|서명|논의"
WHAT_HAPPENED = r"무슨 일|뭐가 있었|무엇이 있었|어떤 일"
# rates (handlers/rates.py) and parts (answering/orchestrator.py)
SIZE_ASKED = r"몇 퍼센트|상대적"
# the size of a change of rate (handlers/rate_moves.py): "몇 %포인트 내렸어", "얼마나 올랐어"
SIZE_OF_MOVE = (
    r"몇\s*(?:%|퍼센트|프로)?\s*(?:포인트|p\b)|"
    r"얼마나\s*(?:\S+\s+)?(?:내렸|내려|올랐|올라|인하|인상|떨어|낮아|낮춰|낮췄|높아|높였|오르|줄었)|"
    r"(?:인하|인상)\s*폭"
)
POINTS_WORDS = r"포인트|퍼센트포인트|프로포인트|폭|인하폭|인상폭"
NEXT_PART = r"그리고"
# confirmations (handlers/confirm.py)
NEWS = r"뭐라고|무슨 말|발표|게시|올렸|소식|새로"
SAME_PERSON = r"같은 사람|동일 인물|동일인"
VOTE_TO = r"대"
COMPANIES_KO = {
    "Samsung": "삼성",
    "SK hynix": "SK하이닉스",
    "Hyundai": "현대",
    "LG Energy Solution": "LG에너지솔루션",
    "Kia": "기아",
    "Hankook": "한국타이어",
}
YESNO_END = r"(?:이야|야|이에요|예요|인가|이냐|냐|이니|니)\s*\?*\s*$"
SUPREME = r"대법원"
EVER = r"결국|마침내|나중에|끝내"
REMOVED = r"없어졌|없어진|없어지|없앴|없애|폐지|철폐|사라졌|사라진|무효"
MONTH = r"(?<!\d)(1[0-2]|[1-9])\s*월"
VOTE_ASKED = r"몇 ?대 ?몇|표결 결과|찬성 몇"  # "몇대몇", spaced or not
GOT = r"받았|받은|받지"
# a rate's move a question states, checked against the history (handlers/rate_premise.py)
RATE_DOWN = r"내려|내렸|내린|인하|낮아|낮춰|낮췄|낮춘|떨어|깎"
RATE_UP = r"올라|올랐|올린|올려|올렸|인상|높아|높였|높인"
RATE_STAY = r"유지|그대로"
RATE_AGREE = r"수용|받아들"
AT_ONCE = r"곧바로|바로|즉시|직후|자마자|당일"
RATE_IS = r"\d+(?:\.\d+)?\s*(?:%|프로|퍼센트)\s*(?:이|였|이었)?(?:야|지|죠|인가요|입니까|맞죠|맞지|맞나요|맞음|맞냐|잖아|임)"
SPOKEN = r"발표|위협|예고|경고|말했|밝혔|라고"
RATE_STEPS = (
    r"(\d{1,3}(?:\.\d+)?)\s*%?\s*(?:에서|였다가|이었다가|다가)\s*(\d{1,3}(?:\.\d+)?)\s*%?\s*로"
)
OPENED = r"네[,. ]|아니요|전제가 틀렸"
NOT_A_CLAIM = (
    r"만약|만일|라면|한다면|되면|한국(?:이|은|정부가)\s*(?:\S+\s+){0,2}?(?:인하|인상|철폐|부과)"
)
HYPOTHETICAL = r"만약|만일|라면|한다면"
UNTIL = r"까지"
SINCE = r"이후로|이래"
# "15%가 됐어": became that rate
RATE_CHANGE = r"돌아갔|돌아간|되돌아|바뀌었|바뀐|변경됐|변경되었|%\s*(?:가|이|로)\s*(?:됐|되었)"
RATE_END = r"폐지|철폐|무효화|없앴|없앤|없어졌|사라졌"
TARIFF_ENDED = r"관세\S*\s*(?:\S+\s+){0,2}?\S*(?:폐지|철폐|무효화|없앴|없앤|없어졌|사라졌)"
EITHER = r"올랐\S*\s*내렸|내렸\S*\s*올랐|인상\S*\s*인하|인하\S*\s*인상"
ACTUAL = r"실제로|실제|징수|걷히|부과되고"
# "원안", "처음 발의된 법안": the original version (answering/orchestrator.ORIGINAL)
ORIGINAL_KO = (
    r"원안|초안|처음 발의|발의 당시|최초 법안|처음 법안|원래 법안|당초|처음 제출|제출 당시"
)
# "구윤철 부총리는 누구야?": a question ending on its question word (handlers/confirm.py)
ENDS_ON_WH = r"(?:누구|뭐|무엇|어디|언제|얼마)\s*(?:이야|야|이에요|예요|인가요?|이냐|냐|이니|니|지|죠)?\s*\?*\s*$"
# "2000억 달러를 다 내는 데": paying it (handlers/pledge.py)
PAID = r"내는|내려면|내면|낸다|낼|납부|갚|지불"
# "인상 후": the time asked is the hike itself (handlers/deltas.py)
HIKE_NAMED = r"인상|올리"
# "25%로 올랐어?", "시행됐어?": a question whether a change happened (answering/orchestrator.py);
# "15% 상한이지?" asks what the rate is, not whether it changed
HAPPENED_KO = r"올랐|올라|오른|올린|올렸|인상|내렸|내려|내린|인하|낮아|낮춰|낮췄|떨어|바뀌|바뀐|바꿨|시행|발효|적용|부과|매겨|매긴"
# "최근 소식은?", "요즘 어떻게 돼가?": the newest stories (handlers/facts.py)
LATEST = r"최근\s*(?:소식|뉴스|상황|동향|진행)|최신\s*(?:소식|뉴스|상황)|요즘\s*(?:어떻게|상황)"

# "최상목 후임은?": who took the named person's office after them (facts.successor)
SUCCESSOR_KO = r"후임|후계자|뒤를 이은|뒤를 이어"
# "김민석 총리는 언제 취임했어?": when the named person's office began (facts.took_office)
TOOK_OFFICE_KO = r"취임|임명|부임"
# "김민석 총리 취임일은?": the day of taking office asked, without 언제
DAY_OF_OFFICE_KO = r"(?:취임|임명|부임)\s*(?:일|날짜|날)"
