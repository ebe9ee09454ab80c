"""Word lists and regular expressions for Persian dates (used by ``dates_fa``).

The patterns run on a *folded* copy of the text (Arabic ي/ك → ی/ک, ZWNJ → space, all digits
ASCII), which has the same length as the original, so match offsets are offsets in the
original text.
"""

import re
from datetime import date

SP = r"[ \t\u00a0]+"  # a gap between words; never a line break (a line is a paragraph)
SP0 = r"[ \t\u00a0]*"
EZAFE = rf"(?:{SP0}\u0654|{SP}ی(?={SP}))?"  # « فوریه‌ی ۱۹۱۷ », « فوریهٔ ۱۹۱۷ »


def words(*items: str) -> str:
    """An alternation of literal words/phrases, longest first, with flexible inner spaces."""
    ordered = sorted(items, key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", SP) for w in ordered)


# month number → spelling variants (folded text; regex fragments)
GREGORIAN_MONTHS: dict[int, str] = {
    1: r"ژانو[یئ]?یه|ژانویه|جنوری",
    2: r"فور[یئ]?یه|فبروری",
    3: r"مارس|مارچ",
    4: r"[آا]وری?ل|[آا]پریل",
    5: r"مه",
    6: r"ژوئ?ن|ژوین",
    7: r"ژو[ئی]?[ئی]ه|جولای",
    8: r"[اآ]وت|[اآ]گوست|[اآ]گست",
    9: r"سپتامبر|سپتمبر",
    10: r"[اآ]کتبر|[اآ]کتوبر",
    11: r"نوامبر|نوومبر|نومبر",
    12: r"دسامبر|دسمبر",
}
SOLAR_MONTHS: dict[int, str] = {
    1: "فروردین",
    2: "اردیبهشت",
    3: "خرداد",
    4: "تیر",
    5: "ا?مرداد",
    6: "شهریور",
    7: "مهر",
    8: "آبان",
    9: "آذر",
    10: "دی",
    11: "بهمن",
    12: "اسفند",
}
_MONTH_NAMES = [
    (re.compile(rf"(?:{p})(?:{SP0}ماه)?"), n, solar)
    for solar, table in ((False, GREGORIAN_MONTHS), (True, SOLAR_MONTHS))
    for n, p in table.items()
]
AMBIGUOUS_MONTHS = {3, 5}  # « مارس » (Mars) and « مه » (fog) need a cue to be a month

_GM = "|".join(GREGORIAN_MONTHS.values())
_SM = "|".join(SOLAR_MONTHS.values())
MONTH = rf"(?:{_GM}|(?:{_SM})(?:{SP0}ماه)?)(?!\w)"  # a Solar month may carry « ماه »

_ORD_UNITS = words(
    "یکم", "اول", "دوم", "سوم", "چهارم", "پنجم", "ششم", "شیشم", "هفتم", "هشتم", "نهم",
)  # fmt: skip
_CARD_UNITS = words("یک", "دو", "سه", "چهار", "پنج", "شش", "هفت", "هشت", "نه")
_ORD_TEENS = words(
    "دهم", "یازدهم", "دوازدهم", "سیزدهم", "چهاردهم", "پانزدهم", "پونزدهم", "شانزدهم",
    "هفدهم", "هجدهم", "هیجدهم", "نوزدهم",
)  # fmt: skip
_CARD_TEENS = words(
    "ده", "یازده", "دوازده", "سیزده", "چهارده", "پانزده", "شانزده", "هفده", "هجده",
    "هیجده", "نوزده",
)  # fmt: skip
_TENS_ORD = rf"بیستم|سی{SP0}ام"
_COMPOUND = rf"(?:بیست|سی){SP}و{SP0}"  # « بیست و سوم », also typed « بیست وسوم »
DAY_ORD = rf"(?:{_COMPOUND}(?:{_ORD_UNITS})|{_TENS_ORD}|{_ORD_TEENS}|{_ORD_UNITS})(?!\w)"
DAY_CARD = (
    rf"(?:{_COMPOUND}(?:{_CARD_UNITS})|بیست|سی|{_CARD_TEENS}|دو|سه|چهار|پنج|شش|هفت|هشت)(?!\w)"
)
DAY_DIGITS = rf"(?<![\d.,/])(?:3[01]|[12]\d|0?[1-9])(?:{SP0}ام|م)?(?![\d.,/])"
DAY = rf"(?:{DAY_DIGITS}|{DAY_ORD}|{DAY_CARD})"

YEAR = r"(?<![\d.,/])(?:1\d{3}|20\d\d|2100)(?![\d.,/%])"
QUALIFIER = words(
    "اوایل", "اوائل", "اواسط", "اواخر", "آغاز", "ابتدای", "ابتدا", "پایان", "انتهای",
    "آخر", "نیمه", "نیمه اول", "نیمه دوم", "نیمه ی اول", "نیمه ی دوم", "میانه", "وسط",
)  # fmt: skip
SEASON = words("پاییز", "پائیز", "بهار", "تابستان", "زمستان")
DAY_WORD = words("روز", "روزهای", "روز های", "شب", "صبح روز", "عصر روز", "شب روز")
RANGE_LINK = rf"{SP0}(?:-|–|—|{SP}(?:تا|الی|و|یا){SP}){SP0}"
DAY_LINK = rf"(?:(?<=\d){SP0}[-–]{SP0}(?=\d)|{SP}(?:تا|الی|و|یا|به){SP})"
YEAR_SUFFIX = words(
    "میلادی", "شمسی", "هجری شمسی", "خورشیدی", "هجری خورشیدی", "قمری", "هجری قمری", "ه.ش",
    "ه ش", "ه.ق", "ه ق",
)  # fmt: skip

# words that, right before a bare four-digit number, make it a year (ezafe is skipped)
YEAR_CUES = {
    "در", "تا", "از", "سال", "سالهای", "سالها", "های", "به", "پیش", "پس", "بعد", "قبل",
    "انقلاب", "جنبش", "قیام", "کمون", "جنگ", "شورش", "کنگره", "کنفرانس", "بحران",
    "اعتصاب", "جمهوری", "کودتا", "پاییز", "پائیز", "بهار", "تابستان", "زمستان",
    "اوایل", "اواسط", "اواخر", "مابین", "بین", "میان", "نسخه", "چاپ",
}  # fmt: skip
STRONG_YEAR_CUES = {"سال", "سالهای", "سالها", "های"}
NOT_YEAR_BEFORE = {
    "صفحه", "ص", "شماره", "جلد", "پلاک", "دهه", "نمره", "تلفن", "کد", "ردیف", "بیش", "کمتر",
    "بالغ", "نزدیک", "حدود", "قریب", "تعداد", "شمار", "رقم", "مبلغ", "جمعا", "مجموعا", "عده",
}  # fmt: skip
# words after which a number is not a year named by what precedes it (« انقلاب ۱۹۰۵ » is)
FUNCTION_WORDS = {
    "با", "و", "یا", "که", "را", "این", "آن", "هر", "همه", "برای", "بر", "هم", "نیز", "اما",
    "ولی", "یک", "چند", "بیشتر", "کم", "ها", "ای", "می", "نه", "فقط", "تنها", "حتی", "جز",
}  # fmt: skip
COUNT_NOUNS = {
    "نفر", "تن", "مورد", "عدد", "رأی", "رای", "نماینده", "سرباز", "کارگر", "عضو", "روبل",
    "دلار", "فرانک", "تومان", "ریال", "دسیاتین", "هکتار", "کیلومتر", "متر", "ورست",
    "قبضه", "دستگاه", "نسخه", "صفحه", "جلد", "سال", "ماه", "روز", "ساعت", "دقیقه",
    "هزار", "میلیون", "بار", "درصد", "واحد", "خانوار", "دانشجوی", "دانشجو", "نفری", "تنی",
}  # fmt: skip

CALENDAR_WORD = rf"(?:تقویم|تاریخ|سبک|گاه{SP0}شماری)"
_NEW = r"جدید|نو|گریگوری|گرگوری|میلادی جدید"
_OLD = r"قدیم|کهنه|ژولینی|ژولین|یولیانی"
CALENDAR_AFTER = re.compile(
    rf"{SP0}[(\[]?{SP0}[-–]?{SP0}(?:(?:به|طبق|مطابق{SP}با|مطابق|بر{SP}اساس){SP})?"
    rf"{CALENDAR_WORD}{SP}(?:(?P<new>{_NEW})|(?P<old>{_OLD}))(?!\w)"
)
CALENDAR_BEFORE = re.compile(
    rf"(?:به|طبق|مطابق{SP}با|مطابق|بر{SP}اساس){SP}{CALENDAR_WORD}{SP}"
    rf"(?:(?P<new>{_NEW})|(?P<old>{_OLD})){SP0}[،,:]?{SP0}$"
)
_HOUR = rf"(?:\d{{1,2}}|{_CARD_TEENS}|{_CARD_UNITS})"
PART_OF_DAY = words("صبح", "بامداد", "بعدازظهر", "بعد از ظهر", "ظهر", "عصر", "شب", "غروب")
TIME = (
    rf"ساعت{SP}(?P<hour>{_HOUR})(?:{SP0}:{SP0}(?P<minute>\d\d)|{SP}و{SP}(?P<half>نیم|ربع))?"
    rf"(?:{SP}(?P<part>{PART_OF_DAY}))?(?!\w)"
)
TIME_BEFORE = re.compile(rf"{TIME}{SP}$")
TIME_AFTER = re.compile(rf"{SP0}[،,]?{SP0}(?:در{SP})?{TIME}")
_AFTERNOON = ("بعدازظهر", "بعد از ظهر", "عصر", "غروب")


def month_number(name: str) -> tuple[int, bool]:
    """``(month, is_solar)`` of a month name matched by ``MONTH`` (folded text)."""
    for pattern, number, solar in _MONTH_NAMES:
        if pattern.fullmatch(name):
            return number, solar
    raise ValueError(name)


def clock(hour: int, minute: int, part: str | None) -> str | None:
    """``HH:MM`` for « ساعت سه بعدازظهر » (hour 3, part « بعدازظهر ») and similar."""
    part = re.sub(r"\s+", " ", part or "")
    if (part in _AFTERNOON and hour < 12) or (part == "شب" and 6 <= hour < 12):
        hour += 12
    elif part in ("صبح", "بامداد") and hour == 12:
        hour = 0
    if not (0 <= hour <= 24 and 0 <= minute < 60):
        return None
    return f"{hour % 24:02d}:{minute:02d}"


def jalali_to_gregorian(year: int, month: int, day: int) -> date:
    """Solar Hijri (Jalali) → Gregorian, with the usual 33-year arithmetic leap rule."""
    jy = year + 1595
    days = -355668 + 365 * jy + (jy // 33) * 8 + ((jy % 33) + 3) // 4 + day
    days += (month - 1) * 31 if month < 7 else (month - 7) * 30 + 186
    return date.fromordinal(days - 365)


def jalali_month_length(year: int, month: int) -> int:
    if month <= 6:
        return 31
    if month <= 11:
        return 30
    first = jalali_to_gregorian(year, 1, 1)
    return (jalali_to_gregorian(year + 1, 1, 1) - first).days - 336
