"""General English words: question words and fillers that carry no topic.

A word that is neither here nor in the fact base's vocabulary is "unknown": the bot
takes it as a sign the question may be about something the sources do not cover
(steel, Bitcoin, the weather) and needs stronger evidence before answering.
"""

FUNCTION_WORDS = set(
    """
a an the this that these those there here it its it's they them their theirs we us our
you your yours i me my mine he him his she her hers one ones who whom whose which what
whats when where why how whether if then than so as of to in on at by for from with
without into onto over under about above below between after before during until since
through against among per via vs versus and or but nor not no yes yeah yep nope do does
did done doing doesn don didn be is are was were been being am isn aren wasn weren have
has had having hasn haven hadn will would shall should can could may might must won't
wont can't cant couldn wouldn shouldn ll ve re d s t m also too very just only even
still yet already ever again any all some each every both either neither such own same
other another much many more most less least few lot lots bit quite rather really
actually exactly currently current now today then later soon recently recent latest new
newest old older previous previously earlier before original originally so-called
""".split()
)

FILLER_WORDS = set(
    """
tell told telling know knew known explain explained give gave given show shown find
found get got gets getting make made makes let lets want wanted need needed like
please pls plz thanks thank thx hi hey hello ok okay bot question questions ask
asked asking info information detail details regarding concerning re about around
approximately roughly exact figure figures number numbers amount amounts value worth
mean means meant happen happened happening happens going go goes gone come came coming
look looking looks seem seems seemed become became state stated stating currently
set sets put puts take took taken takes bring brought keep kept stand stands stood
total new effective effect apply applied applies applying charge charged charges
charging cost costs costing costed owe owed pay pays paid paying would-be much
important main key big bigger biggest large larger small smaller little high low
dollar dollars usd bucks percent percentage pct point points pp cent
day days week weeks month months year years time times date dates morning afternoon
evening night yesterday tomorrow tonight monday tuesday wednesday thursday friday
saturday sunday january february march april may june july august september october
november december jan feb mar apr jun jul aug sep sept oct nov dec
first second third last next final
side sides two both country countries nation nations government governments
trade trading economic economy deal thing things stuff matter issue issues topic
why how long many often soon far
import importer importers importing exporter exporters company companies business
businesses firm firms buyer buyers consumer consumers customer customers
under instead versus compared compare comparison vs difference differ
calculate calculation compute math work working estimate
one two three four five six seven eight nine ten eleven twelve fifteen twenty
fifty hundred thousand million billion trillion k bn mn
officially official-ly formally
korean-made american-made made-in
cover covers covering
""".split()
)

STOPWORDS = FUNCTION_WORDS | FILLER_WORDS

NUMBER_WORDS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "fifteen": 15,
    "twenty": 20,
}

FILLER_WORDS |= set(
    "held hold holding host hosted venue location place took took-place city town".split()
)
STOPWORDS = FUNCTION_WORDS | FILLER_WORDS

# Chat spellings and words that frame a question without changing its topic.
FILLER_WORDS |= set(
    """
wat wut whats wats hw u ur r ya yall pls plz tho btw fyi imo lol hmm um uh
right exactly precisely basically generally overall anyway anyhow
aside besides apart regarding concerning someone anyone somebody anybody something
anything thing things kind sort type way ways part whole full fully certain sure
true false correct wrong real really likely possible possibly probably maybe perhaps
mention mentioned mentions talk-about describe described summary summarize summarise
recap overview brief briefly quick quickly short shortly simple simply plain plainly
""".split()
)
STOPWORDS = FUNCTION_WORDS | FILLER_WORDS
FUNCTION_WORDS |= set(
    """out off away though although else elsewhere otherwise whatever whoever whenever
    however others within cannot excluding""".split()
)
STOPWORDS = FUNCTION_WORDS | FILLER_WORDS

# Chat spellings, abbreviations and short forms, rewritten to plain words before a question
# is read (engine/parse.expand_chat), so "whos the sec" reads as "who is the secretary" and
# "thurs" as "thursday". Only unambiguous forms are here; those whose meaning depends on
# the next or previous word (sec, min, pm, sk, sat, sun, n, u, fr) are in parse.py.
CHAT_WORDS = {
    # time
    "rn": "right now",
    "atm": "at the moment",
    "b4": "before",
    "tmrw": "tomorrow",
    "tmr": "tomorrow",
    "tmw": "tomorrow",
    "2moro": "tomorrow",
    "yday": "yesterday",
    "yr": "year",
    "yrs": "years",
    "hr": "hour",
    "hrs": "hours",
    "mins": "minutes",
    "wk": "week",
    "wks": "weeks",
    "mon": "monday",
    "tue": "tuesday",
    "tues": "tuesday",
    "wed": "wednesday",
    "weds": "wednesday",
    "thu": "thursday",
    "thur": "thursday",
    "thurs": "thursday",
    "fri": "friday",
    # question words run together
    "whos": "who is",
    "whats": "what is",
    "wats": "what is",
    "wat": "what",
    "wut": "what",
    "wen": "when",
    "whn": "when",
    "hows": "how is",
    "wheres": "where is",
    "whens": "when is",
    # chat
    "gonna": "going to",
    "wanna": "want to",
    "gotta": "have to",
    "kinda": "kind of",
    "sorta": "sort of",
    "dunno": "do not know",
    "ur": "your",
    "r": "are",
    "ya": "you",
    "bc": "because",
    "cuz": "because",
    "coz": "because",
    "bcuz": "because",
    "tho": "though",
    "thru": "through",
    "abt": "about",
    "ppl": "people",
    "diff": "difference",
    "approx": "approximately",
    "rly": "really",
    "em": "them",
    # figures
    "pts": "points",
    "ppts": "percentage points",
    "ppt": "percentage points",
    "pp": "percentage points",
    "pct": "percent",
    # titles, offices, places
    "pres": "president",
    "prez": "president",
    "potus": "us president",
    "secy": "secretary",
    "rep": "representative",
    "doc": "document",
    "corp": "corporation",
    "co": "company",
    "reps": "representatives",
    "dept": "department",
    "govt": "government",
    "intl": "international",
    "vp": "vice president",
    "kor": "korea",
    "skorea": "south korea",
}

# Words that frame a chat message without changing what is asked: ignored like "please".
FILLER_WORDS |= set(
    """
mid early late immediately largely mostly normal normally use used using economies
fr tbh ngl idk lmao lmfao smh iirc afaik imho ty omg bruh bro dude yo yeah yea nah huh
wait literally honestly seriously confirm confirms confirmed confirming
subsidiary subsidiaries affiliate affiliates unit units
initiative initiatives universal plant plants seek seeks seeking shipped
""".split()
)
STOPWORDS = FUNCTION_WORDS | FILLER_WORDS

# Unknown words that always count, however common: goods the sources give no rate for
# (a truck is not a car: "korean trucks tariff" must not get the autos rate), a car that
# is not new, requests that are not questions about the facts ("a tariff joke"), and a
# phase other than the one the base knows ("phase 1" is a phrase of the vocabulary),
# seasons and holidays no date is read from ("in summer 2025"), and well-known people
# the sources do not cover ("the car tariff under obama").
ALWAYS_BLOCKING = set(
    """
truck trucks pickup pickups lorry lorries bus buses motorcycle motorcycles motorbike
motorbikes bike bikes bicycle bicycles scooter scooters tire tires tyre tyres
battery batteries phone phones smartphone smartphones electronics appliance appliances
tv tvs television televisions textile textiles clothes clothing shoes food foods
joke jokes poem poems song songs story stories rap limerick haiku essay
ignore instructions prompt net
rain snow weather forecast temperature sunny
sold sell sells selling sales
phase phases
summer winter spring autumn christmas thanksgiving easter
obama biden bush clinton harris kamala vance pelosi schumer mcconnell rubio hegseth musk elon
putin xi jinping kishida ishiba takaichi abe yoon moon macron merz carney sheinbaum trudeau
""".split()
)


# Words that ask which law a tariff is under ("what statute", "legal authority", "what
# replaced it"): understood once the question is read as asking the legal basis.
BASIS_WORDS = frozenset(
    {
        "statute",
        "statutes",
        "authority",
        "authorities",
        "legal",
        "basis",
        "provision",
        "provisions",
        "legislation",
        "grounds",
        "footing",
        "instrument",
        "justification",
        "powers",
        "replaced",
        "replace",
        "replaces",
        "replacing",
        "replacement",
        "succeeded",
        "instead",
        "place",
        "covers",
        "governs",
        "authorize",
        "authorizes",
        "authorized",
        "authorizing",
        "tariffed",
        "cite",
        "cited",
        "invoke",
        "invoked",
        "invoking",
        "use",
        "used",
    }
)

# Companies the vocabulary does not name: asked about one ("did Samsung get an
# exemption?"), only a report that names it can answer (engine/decide.py).
COMPANY_NAMES = frozenset(
    """
samsung hynix posco hanwha doosan hyosung kolon lotte cj naver kakao coupang apple tesla
toyota honda nissan ford gm chrysler stellantis volkswagen bmw nvidia micron intel tsmc
qualcomm amd boeing airbus
""".split()
)
