"""Misspelt Persian words are told from rare but real words and names: plain Python."""

from quizapp.generate.spelling import Spelling
from quizapp.generate.types import Fact, SourcePassage

TEXT = (
    "در ماه سپتامبر کنگره تشکیل شد. در اواخر سپتامبر کارگران اعتراض کردند. "
    "اعتراض سربازها در سپتامبر ادامه یافت. در سپتامبر اعتراض به اوج رسید. "
    "سپتامبر ماه اعتراض بود. رهبرانش در ماه سپتامبر اعتراض کردند. کورنیلوف به پایتخت آمد."
)


def _spelling() -> Spelling:
    start = TEXT.index("کورنیلوف")
    name = Fact("PERSON", "کورنیلوف", start, start + 8, 0.9, "کورنیلوف")
    return Spelling([SourcePassage(1, "doc", "One", "fa", TEXT, (name,))])


def test_a_slip_one_letter_from_a_common_word_is_misspelt():
    spelling = _spelling()
    assert spelling.misspelt(["در روز بیستم سپنامبر کنگره تشکیل شد."]) == "سپنامبر"
    assert spelling.misspelt(["", "کارگران به این تصمیم اعتارض کردند."]) == "اعتارض"


def test_known_words_their_endings_and_names_are_not_misspelt():
    spelling = _spelling()
    assert spelling.misspelt(["رهبرانش در ماه سپتامبر به کنگره اعتراض کردند."]) is None
    assert spelling.misspelt(["کورنیلوف به پایتخت آمد."]) is None
    assert spelling.misspelt(["The Soviets met in September."]) is None


def test_a_long_word_used_once_one_slip_from_a_common_word_is_misspelt():
    assert _spelling().misspelt(["حکومت تصمیم به فراخوندن نیروها از جبهه گرفت."]) == "فراخوندن"


def test_a_form_hazm_lists_but_never_met_one_slip_from_a_staple_is_misspelt():
    staple = "در همه‌ی چرخش‌های سیاسی حزب ایستادگی کرد. " * 60
    spelling = Spelling([SourcePassage(1, "doc", "One", "fa", staple, ())])
    assert spelling.misspelt(["در همه‌ی چرخش‌های دشوار سیاس، لنین به توده‌ها تکیه کرد."]) == "سیاس"


def test_a_long_listed_word_never_met_one_slip_inside_a_common_word_is_misspelt():
    believers = "او معتقد بود که قیام زود است. " * 12
    spelling = Spelling([SourcePassage(1, "doc", "One", "fa", believers, ())])
    assert spelling.misspelt(["لنین متعقد بود که قیام دیر شده است."]) == "متعقد"


def test_a_long_word_one_first_letter_or_final_he_from_another_is_no_slip():
    days = "در روز بیستم اکتبر کنگره تشکیل شد و مانع کار شد. " * 12
    spelling = Spelling([SourcePassage(1, "doc", "One", "fa", days, ())])
    assert spelling.misspelt(["این سیستم کهنه فرو ریخت."]) is None  # not « بیستم »


def test_a_little_word_typed_twice_is_a_slip_a_word_said_twice_is_not():
    spelling = _spelling()
    assert spelling.misspelt(["او که که سپتامبر آمد."]) == "که که"
    assert spelling.misspelt(["کارگران کم کم در سپتامبر آمدند."]) is None


def test_an_ezafe_before_a_preposition_is_a_slip():
    spelling = _spelling()
    assert spelling.misspelt(["جلسه‌ی کنگره‌ی در سپتامبر آغاز شد."]) == "کنگره‌ی"
    assert spelling.misspelt(["جلسه‌ی کنگره در سپتامبر آغاز شد."]) is None


def test_a_word_cut_before_its_last_waw_is_a_slip():
    ships = "رزمناو در نیمه شب به کرانه رسید. " * 3
    spelling = Spelling([SourcePassage(1, "doc", "One", "fa", ships, ())])
    assert spelling.misspelt(["ملوانان از رزمنا و اسلاوا آمدند."]) == "رزمنا و"
    assert spelling.misspelt(["ملوانان از رزمناو و کرانه آمدند."]) is None
