"""Persian date extraction (plain Python, no database)."""

import itertools
import re
import time

import pytest

from quizapp.extract.dates_fa import find_dates_fa
from quizapp.extract.dates_fa_grammar import jalali_to_gregorian
from quizapp.extract.types import DATE
from quizapp.text.persian import normalize_persian
from tests.conftest import PERSIAN_BOOK

VALUE = re.compile(r"(\d{4}(-\d\d(-\d\d)?)?)(/\d{4}(-\d\d(-\d\d)?)?)?(T\d\d:\d\d)?")


def dates(text: str, default_year: int | None = 1917, calendar: str = "julian"):
    found = find_dates_fa(text, default_year=default_year, calendar=calendar)
    for mention in found:
        assert mention.type == DATE
        assert mention.text == text[mention.start : mention.end]
        assert 0 <= mention.confidence <= 1
        assert mention.value is None or VALUE.fullmatch(mention.value), mention.value
    assert all(a.end <= b.start for a, b in itertools.pairwise(found))
    return found


def values(text: str, default_year: int | None = 1917) -> list[str | None]:
    return [m.value for m in dates(text, default_year)]


def one(text: str, default_year: int | None = 1917):
    found = dates(text, default_year)
    assert len(found) == 1, [(m.text, m.value) for m in found]
    return found[0]


# --- day and month --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        ("روزنامه در روز بیست و سوم سپتامبر نوشت", "روز بیست و سوم سپتامبر", "1917-09-23"),
        ("در روز سی‌ام ژوئیه، یکی از فرستادگان", "روز سی‌ام ژوئیه", "1917-07-30"),
        ("در روز سی ام ژوئيه، يکی از فرستادگان", "روز سی ام ژوئيه", "1917-07-30"),
        ("دستور داده اند پیش از بیستم اکتبر حمله کنند", "بیستم اکتبر", "1917-10-20"),
        ("جلسه در روز یازدهم اکتبر تشکیل شد", "روز یازدهم اکتبر", "1917-10-11"),
        ("تا سی و یکم دسامبر", "سی و یکم دسامبر", "1917-12-31"),
        ("در بیست و یک اکتبر", "بیست و یک اکتبر", "1917-10-21"),
        ("قیام در ۲۵ اکتبر ۱۹۱۷ پیروز شد", "۲۵ اکتبر ۱۹۱۷", "1917-10-25"),
        ("در روز سوم اکتبر 1918، نمایندگان", "روز سوم اکتبر 1918", "1918-10-03"),
        ("در ٢٥ اكتبر ١٩١٧ آغاز شد", "٢٥ اكتبر ١٩١٧", "1917-10-25"),
        ("در 7 نوامبر", "7 نوامبر", "1917-11-07"),
        ("در روز چهاردهم ماه مه ۱۹۱۸ گفت", "روز چهاردهم ماه مه ۱۹۱۸", "1918-05-14"),
        ("اول مه جشن کارگران است", "اول مه", "1917-05-01"),
        ("در بیست وسوم اکتبر", "بیست وسوم اکتبر", "1917-10-23"),
        ("در ۲۵ام اکتبر", "۲۵ام اکتبر", "1917-10-25"),
        ("در شب ۲۵ به ۲۶ اکتبر", "شب ۲۵ به ۲۶ اکتبر", "1917-10-25/1917-10-26"),
    ],
)
def test_day_and_month(text, surface, value):
    mention = one(text)
    assert (mention.text, mention.value) == (surface, value)
    assert mention.confidence >= 0.9
    assert mention.calendar == "julian"


@pytest.mark.parametrize(
    ("month", "number"),
    [
        ("ژانویه", 1), ("ژانويه", 1), ("فوریه", 2), ("فوريه", 2), ("مارس", 3), ("آوریل", 4),
        ("آوريل", 4), ("ماه مه", 5), ("ژوئن", 6), ("ژوئیه", 7), ("ژوئيه", 7), ("ژوييه", 7),
        ("اوت", 8), ("آگوست", 8), ("سپتامبر", 9), ("اکتبر", 10), ("اكتبر", 10),
        ("نوامبر", 11), ("دسامبر", 12),
    ],
)  # fmt: skip
def test_month_spellings(month, number):
    assert values(f"در دهم {month} ۱۹۱۹ رسید") == [f"1919-{number:02d}-10"]


def test_month_with_ezafe_before_its_year():
    assert values("مابین آوریل ۱۹۱۷ و یکم ژانویه‌ی ۱۹۱۸") == ["1917-04/1918-01-01"]
    assert values("در فوریه‌ی ۱۹۱۷ رخ داد") == ["1917-02"]


def test_month_named_with_mah_and_bare_months():
    assert values("پس از یورش های ماه ژوئیه به کارگران") == ["1917-07"]
    mention = one("پس از انقلاب فوریه، اینان پنهان شدند")
    assert (mention.text, mention.value) == ("فوریه", "1917-02")
    assert mention.confidence < 0.9


@pytest.mark.parametrize(
    "text",
    [
        "در مه غلیظ صبحگاهی راه را گم کردند",
        "مه همه جا را فرا گرفته بود",
        "در میدان مارس تجمع کردند",
        "در مارس فیلد گرد آمدند",
        "در هفده مورد نیروی نظامی اعزام شد؛ سی و نه لشکرکشی",
    ],
)
def test_words_that_are_not_months(text):
    assert dates(text) == []


def test_may_needs_a_cue():
    assert values("در ماه مه") == ["1917-05"]
    assert values("در ۱ مه") == ["1917-05-01"]
    assert values("در مه ۱۹۱۸") == ["1918-05"]
    assert values("در ماه های آوریل و مه") == ["1917-04/1917-05"]


# --- qualifiers and ranges ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("در اوایل ماه ژوئن، کرنسکی", "1917-06"),
        ("در اوائل ماه ژوئن", "1917-06"),
        ("در اواسط اکتبر", "1917-10"),
        ("تا اواخر اوت", "1917-08"),
        ("در نیمه‌ی دوم اکتبر", "1917-10"),
        ("در پایان ماه سپتامبر", "1917-09"),
    ],
)
def test_qualified_month(text, value):
    mention = one(text)
    assert mention.value == value
    assert mention.text.endswith(("ژوئن", "اکتبر", "اوت", "سپتامبر"))


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        ("در ژوئيه و اوت، سی و نه مورد", "ژوئيه و اوت", "1917-07/1917-08"),
        ("در سپتامبر و اکتبر، صد و پنج مورد", "سپتامبر و اکتبر", "1917-09/1917-10"),
        ("از ژوئیه تا سپتامبر", "ژوئیه تا سپتامبر", "1917-07/1917-09"),
        ("در ماه‌های ژوئن و ژوئیه", "ماه‌های ژوئن و ژوئیه", "1917-06/1917-07"),
        ("ژوئیه یا اوت", "ژوئیه یا اوت", "1917-07/1917-08"),
        ("از دسامبر تا فوریه ۱۹۱۸", "دسامبر تا فوریه ۱۹۱۸", "1917-12/1918-02"),
        ("از ششم ژوئیه تا بیست و پنجم اکتبر", "ششم ژوئیه تا بیست و پنجم اکتبر",
         "1917-07-06/1917-10-25"),
        ("مابین روز دهم تا روز بیستم اکتبر", "روز دهم تا روز بیستم اکتبر",
         "1917-10-10/1917-10-20"),
        ("در ۲۴ - ۲۵ اکتبر", "۲۴ - ۲۵ اکتبر", "1917-10-24/1917-10-25"),
    ],
)  # fmt: skip
def test_ranges(text, surface, value):
    mention = one(text)
    assert (mention.text, mention.value) == (surface, value)


def test_listed_days_and_distant_months_are_separate_dates():
    assert values("در روزهای نهم و دهم نوامبر") == ["1917-11-09", "1917-11-10"]
    assert values("انقلاب فوریه و اکتبر") == ["1917-02", "1917-10"]
    assert values("۲۴ اکتبر و ۲ نوامبر ۱۹۱۸") == ["1918-10-24", "1918-11-02"]


# --- years ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        ("مارکس در سال 1848 نوشت", "سال 1848", "1848"),
        ("در سال ۱۹۰۵، بلشویزم", "سال ۱۹۰۵", "1905"),
        ("در پائيز 1917، بورژواها", "پائيز 1917", "1917"),
        ("در اواخر سال ۱۹۱۸", "اواخر سال ۱۹۱۸", "1918"),
        ("در دوره‌ی ضدانقلاب (1917- 1907)، هنگامی", "1917- 1907", "1907/1917"),
        ("از ۱۹۰۵ تا ۱۹۱۷", "۱۹۰۵ تا ۱۹۱۷", "1905/1917"),
        ("در سال‌های ۱۹۰۳ تا ۱۹۰۶", "سال‌های ۱۹۰۳ تا ۱۹۰۶", "1903/1906"),
        ("در جنبش 1905 شرکت جسته بودند", "1905", "1905"),
        ("انقلاب ۱۹۰۵ روسیه", "۱۹۰۵", "1905"),
        ("در ۱۹۱۹ انقلاب شد", "۱۹۱۹", "1919"),
    ],
)
def test_years(text, surface, value):
    mention = one(text)
    assert (mention.text, mention.value) == (surface, value)


def test_year_confidence():
    assert one("در سال ۱۸۴۸").confidence >= 0.9
    assert one("در جنبش 1905 شرکت کردند").confidence < 0.9


@pytest.mark.parametrize(
    "text",
    [
        "۳۹ لشکرکشی تنبیهی صورت گرفت",
        "به صفحه ۱۹۱۷ نگاه کنید",
        "۱۵۰۰ نفر کشته شدند",
        "بیش از 1500 ملوان مسلح آمدند",
        "شورا ۱۳۹۵ تهییج‌گر را فرستاد",
        "فرمان شماره‌ی 1218 را صادر کرد",
        "با 2000 سرباز",
        "در دهه‌ی ۱۹۲۰",
    ],
)
def test_numbers_that_are_not_years(text):
    assert dates(text) == []


def test_a_count_right_after_a_date():
    text = "مابین آوریل ۱۹۱۷ و یکم ژانویه‌ی ۱۹۱۸، ۱۳۹۵ تهییج‌گر را فرستاد"
    assert values(text) == ["1917-04/1918-01-01"]


# --- Solar Hijri ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("jalali", "gregorian"),
    [
        ((1403, 1, 1), "2024-03-20"),
        ((1399, 1, 1), "2020-03-20"),
        ((1357, 11, 22), "1979-02-11"),
        ((1300, 1, 1), "1921-03-21"),
        ((1402, 10, 10), "2023-12-31"),
        ((1403, 12, 30), "2025-03-20"),
    ],
)
def test_jalali_to_gregorian(jalali, gregorian):
    assert jalali_to_gregorian(*jalali).isoformat() == gregorian


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("در ۲۲ بهمن ۱۳۵۷ پیروز شد", "1979-02-11"),
        ("در بیست و دوم بهمن ماه ۱۳۵۷", "1979-02-11"),
        ("روز ۱ فروردین ۱۴۰۳", "2024-03-20"),
        ("در مهر ۱۳۹۹", "2020-09/2020-10"),
        ("در سال ۱۳۵۷ شمسی", "1978/1979"),
    ],
)
def test_solar_hijri_dates_become_gregorian(text, value):
    mention = one(text, default_year=None)
    assert (mention.value, mention.calendar) == (value, "gregorian")


def test_solar_month_names_that_are_words():
    assert dates("دو تیر شلیک شد و مهر او را بر نامه زدند") == []


# --- context: the paragraph's year and month -----------------------------------------------


def test_year_from_earlier_in_the_paragraph():
    text = "حتی در سال 1789، رهبران محلی. تصمیمی که مجلس ملی در روز چهارم اوت اتخاذ کرد"
    assert values(text) == ["1789", "1789-08-04"]
    text = "در روز سوم اکتبر 1918، نمایندگان. در روز چهارم اکتبر، احزاب بورژوا"
    assert values(text) == ["1918-10-03", "1918-10-04"]


def test_a_bare_year_does_not_set_the_context():
    text = "آنان که در جنبش 1905 شرکت جسته بودند. در روز دهم اکتبر گفتند"
    assert values(text) == ["1905", "1917-10-10"]


def test_context_ends_with_the_paragraph():
    text = "در سال 1789 چنین شد.\nدر روز چهارم اوت تصمیم گرفتند"
    assert values(text) == ["1789", "1917-08-04"]


def test_day_only_reference_takes_the_latest_month():
    text = "در روز سوم اکتبر 1918 اعلام کردند. فقط در روز سیزدهم، مارکسیست‌ها"
    found = dates(text)
    assert [(m.text, m.value) for m in found][1] == ("روز سیزدهم", "1918-10-13")
    assert found[1].confidence < 0.9
    assert values("در اکتبر بود. از روز دهم تا روز بیستم") == ["1917-10", "1917-10-10/1917-10-20"]


def test_day_only_reference_needs_a_month():
    assert dates("در روز هفدهم، کنگره گشایش یافت") == []
    assert dates("در ماه اکتبر بود.\nدر روز هفدهم، کنگره") == dates("در ماه اکتبر بود.\n")
    # a month used in a name (« انقلاب فوریه ») is not the month the day belongs to
    assert values("انقلاب فوریه را ستودند. در روز هفدهم گفتند") == ["1917-02"]


def test_small_day_numbers_that_count_days_of_something():
    assert values("در ماه اکتبر. در روز دوم قیام") == ["1917-10"]
    assert values("در ماه اکتبر. در روز دوم، قیام") == ["1917-10", "1917-10-02"]


def test_no_year_known():
    mention = one("در روز بیست و سوم سپتامبر", default_year=None)
    assert mention.value is None
    assert mention.confidence <= 0.5
    assert one("در سال ۱۹۰۵", default_year=None).value == "1905"


# --- calendar, old/new style, clock times ---------------------------------------------------


def test_calendar_comes_from_the_argument():
    assert dates("در ۲۵ اکتبر", calendar="unknown")[0].calendar == "unknown"
    assert dates("در ۲۵ اکتبر", calendar="gregorian")[0].calendar == "gregorian"


@pytest.mark.parametrize(
    ("text", "calendar"),
    [
        ("در روز ۷ نوامبر به تقویم جدید", "gregorian"),
        ("در روز ششم نوامبر 1918 (تاریخ جدید)، استالین", "gregorian"),
        ("در ۲۵ اکتبر (مطابق با تقویم جدید)", "gregorian"),
        ("در ۲۵ اکتبر تقویم قدیم", "julian"),
        ("به تقویم قدیم، ۲۵ اکتبر", "julian"),
    ],
)
def test_calendar_named_in_the_text(text, calendar):
    assert dates(text, calendar="unknown")[0].calendar == calendar


def test_old_style_with_new_style_in_brackets():
    mention = one("قیام در ۲۵ اکتبر (۷ نوامبر) پیروز شد")
    assert mention.text == "۲۵ اکتبر (۷ نوامبر)"
    assert (mention.value, mention.calendar) == ("1917-11-07", "gregorian")
    assert (mention.value_julian, mention.value_gregorian) == ("1917-10-25", "1917-11-07")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("در ساعت سه بعدازظهر روز ۲۵ اکتبر", "1917-10-25T15:00"),
        ("در ساعت ده شب ۲۴ اکتبر", "1917-10-24T22:00"),
        ("۲۵ اکتبر، ساعت ۹ و نیم صبح", "1917-10-25T09:30"),
    ],
)
def test_clock_time(text, value):
    assert one(text).value == value


# --- normalised and raw text ----------------------------------------------------------------


def test_normalised_and_raw_text_give_the_same_dates():
    raw = "در روز سي ام ژوئيه 1917 و بيست و سوم سپتامبر؛ در سال ۱۹۰۵ و (1917- 1907)"
    normalised, _ = normalize_persian(raw)
    assert values(raw) == values(normalised)
    assert values(raw) == ["1917-07-30", "1917-09-23", "1905", "1907/1917"]


def test_mentions_are_sorted_and_apart():
    text = (
        "در سال 1789 و در روز چهارم اوت؛ در ژوئیه و اوت ۱۹۱۷ و اواسط اکتبر. در روز هفدهم، "
        "انقلاب فوریه و ۲۵ اکتبر (۷ نوامبر) و سال‌های ۱۹۰۳ تا ۱۹۰۶."
    )
    found = dates(text)
    assert [m.start for m in found] == sorted(m.start for m in found)
    assert len(found) == 8


@pytest.mark.skipif(not PERSIAN_BOOK.exists(), reason="the Persian book is not in content/")
def test_whole_book_is_quick():
    text = PERSIAN_BOOK.read_text(encoding="utf-8")
    started = time.perf_counter()
    found = dates(text)
    assert time.perf_counter() - started < 5
    assert len(found) > 500
