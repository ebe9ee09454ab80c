"""Persian names, places and organisations on text the extractor has never seen."""

import itertools

from quizapp.extract.extractor import extract, infer_default_year
from quizapp.extract.fa_lexicon import is_inflected, is_ordinary
from quizapp.extract.fa_names import find_names_fa
from quizapp.extract.types import DATE, ORG, PERSON, PLACE
from quizapp.text.persian import normalize_persian

STORY = normalize_persian(
    "ژنرال باگراتیونوف به شهر اوریول رسید. باگراتیونوف گفت که ارتش آماده است. "
    "در اوریول کارگران اعتصاب کردند. کمیسر پاپادوپولوس، نماینده ی حزب بلشویک، نوشت که "
    "دهقان ها زمین را گرفته اند. باگراتیونوف و پاپادوپولوس به مسکو رفتند. "
    "دهقان اوریولی، گریشا، روایت می کند که در روز بیست و سوم سپتامبر 1917 آتش به پا شد."
)[0]


def kinds(text):
    return {(m.type, m.text) for m in extract(text, language="fa")}


def test_foreign_surnames_with_cues_are_people():
    found = kinds(STORY)
    assert (PERSON, "باگراتیونوف") in found
    assert (PERSON, "پاپادوپولوس") in found  # no Russian ending: the title and speech verb tell


def test_places_and_organisations_come_from_their_head_words_and_context():
    found = kinds(STORY)
    assert (PLACE, "اوریول") in found
    assert (PLACE, "مسکو") in found
    assert (ORG, "حزب بلشویک") in found
    assert not any(text == "اوریول" for kind, text in found if kind == PERSON)


BODIES = normalize_persian(
    "کمیته‌ی نظامی انقلابی پل‌ها را گرفت. شورای پتروگراد از کمیته‌ی نظامی انقلابی پشتیبانی کرد. "
    "فرمان کمیته‌ی نظامی انقلابی به هنگ‌ها رسید. کمیته‌ی نظامی انقلابی جلسه داشت. "
    "شورای پتروگراد قطع‌نامه را پذیرفت. شورای پتروگراد اعلامیه‌ای داد. "
    "نمایندگان کنگره‌ی شوراها آمدند. منشویک‌ها از کنگره خارج شدند. حزب قرار گذاشت که صبر کند."
)[0]


def test_a_body_is_named_by_the_words_the_document_keeps_writing_after_its_head():
    found = {(m.type, m.text): m.confidence for m in extract(BODIES, language="fa")}
    assert found[(ORG, "کمیته‌ی نظامی انقلابی")] >= 0.75  # three uses: sure enough to ask
    assert (ORG, "کمیته‌ی نظامی") not in found
    assert (ORG, "شورای پتروگراد") in found and (PLACE, "پتروگراد") not in found
    texts = {text for _, text in found}
    # « کنگره‌ی » with its ezafe elsewhere: a bare « کنگره » ends its phrase; « قرار » is half
    # of the verb « قرار گذاشت », no name of a party
    assert not texts & {"کنگره خارج", "حزب قرار"}


def test_ordinary_words_and_their_inflections_are_not_names():
    names = {m.text for m in find_names_fa(STORY) if m.type == PERSON}
    assert not names & {"کارگران", "ارتش", "دهقان", "زمین", "اعتصاب"}
    assert is_inflected("کارگران") and is_inflected("بالاترین") and is_inflected("می‌نویسند")
    assert is_ordinary("انقلاب", looks_like_name=False)
    assert not is_ordinary("باگراتیونوف", looks_like_name=True)


def test_a_demonym_beside_its_place_is_not_a_surname():
    text = normalize_persian(
        "دهقان مینسکی گفت که زمین ها را گرفتند. در مینسک آشوب بود. مینسک آرام نشد."
    )[0]
    assert not any(m.text == "مینسکی" and m.type == PERSON for m in extract(text, language="fa"))


def test_dates_come_with_values_and_offsets():
    dates = [m for m in extract(STORY, language="fa") if m.type == DATE]
    assert [m.value for m in dates] == ["1917-09-23"]
    assert all(STORY[m.start : m.end] == m.text for m in extract(STORY, language="fa"))


def test_mentions_are_sorted_and_disjoint():
    mentions = extract(STORY, language="fa")
    assert all(a.end <= b.start for a, b in itertools.pairwise(mentions))


def test_default_year_is_the_most_cited_year():
    assert infer_default_year("در سال ۱۹۱۷ و در ۱۹۰۵ و باز در سال 1917") == 1917
    assert infer_default_year("no years here") is None
