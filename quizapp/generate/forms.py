"""What makes two options look alike: word count, number, kind of place, kind of name."""

import re
from collections import Counter
from collections.abc import Sequence
from functools import lru_cache

from .textutil import fold, fold_name
from .types import SourcePassage

# Countries, regions and continents: a city's wrong options should be cities, and so on.
_LANDS = frozenset(
    fold(name)
    for name in """
russia germany france england britain great britain america united states europe austria
austria-hungary italy finland ukraine poland china india japan turkey
spain belgium holland netherlands greece iran persia romania rumania serbia bulgaria sweden
norway denmark switzerland asia africa egypt latvia estonia lithuania
georgia armenia korea mongolia prussia bavaria hungary
روسیه آلمان فرانسه انگلستان انگلیس بریتانیا اروپا آمریکا اتریش لهستان فنلاند اوکرائین
اوکراین ایران چین ژاپن ترکیه عثمانی ایتالیا اسپانیا آسیا آفریقا
هند هندوستان مصر یونان بلغارستان رومانی صربستان سوئیس سوئد نروژ دانمارک هلند بلژیک لتونی
استونی لیتوانی گرجستان ارمنستان پروس مجارستان
""".split()
)
# Regions and seas, neither countries nor towns: the Baltic is no wrong option for Finland.
_REGIONS = frozenset(
    fold(name)
    for name in """
caucasus siberia baltic crimea courland bessarabia turkestan manchuria ural urals volga
donets galicia livonia
قفقاز سیبری بالتیک کریمه کورلاند بسارابی ترکستان منچوری اورال ولگا دونتس گالیسی لیوونی
""".split()
)
_BUILDINGS = re.compile(
    r"\b(?:palace|square|fortress|institute|prospect|bridge|station|barracks|cathedral|street|"
    r"smolny|kremlin)\b|کاخ|میدان|قلعه|دژ|انستیتو|پل|ایستگاه|سربازخانه|خیابان|اسمولنی|کرملین",
    re.IGNORECASE,
)
# Bare common nouns that name a body only in context: poor wrong options for a real name.
_GENERIC = frozenset(
    """
council committee conference party soviet soviets cabinet government assembly congress
socialists socialist revolutionaries democrats
union army section bureau commission presidium executive staff headquarters ministry
شورا شوراها کمیته کنفرانس حزب کابینه حکومت دولت مجلس کنگره اتحادیه ارتش دفتر کمیسیون
""".split()
)


# Places that hold most others: "the sailors of Russia" is seldom simply false.
_CONTAINERS = frozenset(fold(n) for n in "Russia Europe روسیه اروپا".split())


def is_container(text: str) -> bool:
    return fold(text).removeprefix("the ") in _CONTAINERS


_CONTINENTS = frozenset(
    fold(n) for n in "Europe Asia Africa America اروپا آسیا آفریقا آمریکا".split()
)


def place_class(text: str) -> str:
    """continent, land (country), region (or sea), site (building, square) or town."""
    folded = fold(text)
    if folded.removeprefix("the ") in _CONTINENTS:
        return "continent"
    if folded in _LANDS or folded.removeprefix("the ") in _LANDS:
        return "land"
    if folded.removeprefix("the ") in _REGIONS:
        return "region"
    return "site" if _BUILDINGS.search(text) else "town"


def is_generic(text: str) -> bool:
    """A word for a kind of body, not a body's name: "the council", « شورای بلشویکی » (a
    soviet described by its majority, which overlaps the soviet's own name)."""
    folded = fold(text).removeprefix("the ")
    return folded in _GENERIC or bool(_DESCRIBED.fullmatch(folded))


# a Persian body's head with a party's adjective: « شورای بلشویکی », « کمیته‌ی منشویکی »
_DESCRIBED = re.compile(r"(?:شورای|کمیته\u200cی|کمیته ی|کنفرانس|کنگره\u200cی) (?:بلشویکی|منشویکی)")


def party_form(text: str) -> str:
    """English party names: "Bolshevik" (also an adjective), "Bolsheviks", or neither (a name
    of a few words counts by its last: "Popular Socialists")."""
    if " " in text and not re.fullmatch(r"(?:[A-Z][\w-]+ ){1,2}[A-Z][\w-]+", text):
        return ""
    if re.search(r"(?:iks|ists|ies|ites|ans)$", text):
        return "plural"
    if re.search(r"(?:ik|ist|ary|ite|an)$", text):
        return "singular"
    return ""


def to_party_form(text: str, form: str) -> str | None:
    """A party name turned singular or plural ("Mensheviks" → "Menshevik"), or None."""
    have = party_form(text)
    if not have or not form or have == form:
        return text if have == form else None
    if form == "singular":
        return text[:-3] + "y" if text.endswith("ies") else text[:-1]
    return text[:-1] + "ies" if text.endswith("ary") else text + "s"


# Kinds of organisation by the words their names are made of, in both languages.
_ORG_CLASSES = (
    ("party", r"\bpart(?:y|ies)\b|socialist-revolutionar|\bs\.?r\.?s?\b|\bk?c?adets?\b"
     r"|حزب|بلشویک|منشویک|کادت|سوسیال|اس\s?ار|ترودویک|آنارشیست|کمونیست"),
    ("union", r"\bunions?\b|syndicate|federation|اتحادیه|سندیکا"),
    ("military", r"regiment|division|battalion|\barmy\b|fleet|corps|\bguards?\b|garrison"
     r"|هنگ|گردان|لشکر|ارتش|ناوگان|سپاه|گارد|پادگان"),
    ("paper", r"newspaper|journal|gazette|روزنامه|نشریه"),
    ("gathering", r"congress|conference|plenum|session|meeting|کنگره|کنفرانس|اجلاس|جلسه"),
    ("government", r"government|cabinet|ministry|ministers|commissars"
     r"|حکومت|دولت|کابینه|وزارت|کمیسرها"),
    ("soviet", r"\bsoviets?\b"),  # workers' and soldiers' own bodies, not the state's
    ("council", r"council|duma|assembly|parliament|senate|شورا|دوما|مجلس|پارلمان"),
    ("committee", r"committee|bureau|commission|presidium|executive|staff"
     r"|کمیته|کمیسیون|دفتر|هیئت|ستاد"),
)  # fmt: skip


@lru_cache(maxsize=65536)
def org_class(text: str) -> str:
    """party, union, military, paper, gathering, government, council or committee from the
    words of an organisation's name (its head word deciding); "" when
    the name says nothing (« ویکژل », "Pravda")."""
    if party_form(text):
        return "party"
    lowered = fold(text)
    english = lowered.isascii()
    if english:  # the head word: before "of" ("congress of the … Party"), else the last
        lowered = lowered.split(" of ")[0]
    found = [
        (match.start(), name)
        for name, words in _ORG_CLASSES
        for match in re.finditer(words, lowered)
    ]
    if not found:
        return "party" if english and re.search(r"\w(?:ists|iks|ites)\b", lowered) else ""
    return (max(found) if english else min(found))[1]  # Persian puts the head first


@lru_cache(maxsize=65536)
def form_of(text: str, kind: str, language: str) -> tuple:
    """What two options of one question should share."""
    tokens = text.split()
    abbreviation = bool(re.fullmatch(r"(?:[A-Z]\.){2,}|[A-Z]{2,}", text))
    if kind == "ORG":  # bodies differ in length; parties and abbreviations go together
        return abbreviation, party_form(text) if language == "en" else "", org_class(text)
    sub = place_class(text) if kind == "PLACE" else ""
    return min(len(tokens), 3), abbreviation, sub


# Places of the period, offered only when a document and the pool have too few of a kind.
REFERENCE_PLACES = {
    "en": {
        "town": "Moscow Kiev Kronstadt Helsingfors Riga Minsk Pskov Reval Odessa Kharkov".split(),
        "site": [
            "Winter Palace", "Tauride Palace", "Smolny Institute", "Mariinsky Palace",
            "Peter and Paul Fortress",
        ],
        "land": "Finland Ukraine Germany Poland Austria France England Sweden".split(),
        "continent": "Asia Africa America".split(),
    },
    "fa": {
        "town": "مسکو کیف کرونشتات مینسک ریگا پسکوف ریوال ساراتوف برلین وین".split(),
        "site": ["کاخ زمستانی", "کاخ تورید", "کاخ مارینسکی", "اسمولنی", "قلعه\u200cی پطروپل"],
        "land": "فنلاند اوکرائین آلمان لهستان اتریش فرانسه انگلستان سوئد".split(),
        "continent": "آسیا آفریقا آمریکا".split(),
    },
}  # fmt: skip

# Names the period used for one thing: never each other's wrong option.
_SAME_THING = (
    {"bolshevik", "communist", "بلشویک", "کمونیست"},
    {"petrograd", "petersburg", "st petersburg", "leningrad", "پتروگراد", "پترزبورگ", "لنینگراد"},
    {"c.c", "central committee", "کمیته مرکزی", "کمیته ی مرکزی"},
    {"socialist-revolutionary", "s.r", "sr", "سوسیال رولوسیونر", "اس ار"},
)


def same_thing(a: str, b: str) -> bool:
    """Whether two folded names are known names of one thing ("Bolsheviks", "Communists"), or
    both a party's central committee ("Bolshevik Central Committee", "central committee of the
    party")."""
    a, b = a.rstrip("."), b.rstrip(".")
    if all(re.search(r"central committee|کمیته ی مرکزی", name) for name in (a, b)):
        return True
    return any(_in(a, group) and _in(b, group) for group in _SAME_THING)


def _in(name: str, group: set[str]) -> bool:
    return name in group or name.removesuffix("s") in group or name.removesuffix("ها") in group


# The words that make a place a part of a town: « ناحیه‌ی وایبورگ », "the Vyborg side".
_DISTRICT_BEFORE = re.compile(r"(?:ناحیه|بخش|محله|کوی)(?:\u200c?ی)?\s+$")
_DISTRICT_AFTER = re.compile(r"^\s+(?:district|side|quarter|ward)\b", re.IGNORECASE)
DISTRICT_SHARE = 0.5


def districts(passages: Sequence[SourcePassage]) -> frozenset[str]:
    """Places the texts mostly name as a district of a town: a wrong option for the town would
    be a part of the right answer."""
    seen: Counter = Counter()
    marked: Counter = Counter()
    for passage in passages:
        for fact in passage.facts:
            if fact.type != "PLACE":
                continue
            name = fold_name(fact.canonical)
            seen[name] += 1
            before, after = (
                passage.text[max(0, fact.start - 12) : fact.start],
                passage.text[fact.end :],
            )
            if _DISTRICT_BEFORE.search(before) or _DISTRICT_AFTER.match(after[:12]):
                marked[name] += 1
    return frozenset(
        name for name, n in marked.items() if n >= 2 and n >= DISTRICT_SHARE * seen[name]
    )
