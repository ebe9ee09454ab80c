"""Wh-questions from sentences (English and Persian) and attributed quotations."""

import pytest

from quizapp.extract.types import DATE, ORG, PERSON, PLACE
from quizapp.generate.phrasing_en import wh_question_en
from quizapp.generate.phrasing_fa import wh_question_fa
from quizapp.generate.quotes import Quote, find_quotes
from quizapp.generate.types import Fact
from quizapp.text.persian import normalize_persian_line


def ask_en(sentence: str, answer: str, kind: str) -> str | None:
    start = sentence.index(answer)
    return wh_question_en(sentence, (start, start + len(answer)), kind)


def ask_fa(sentence: str, answer: str, kind: str) -> str | None:
    sentence, answer = normalize_persian_line(sentence), normalize_persian_line(answer)
    start = sentence.index(answer)
    return wh_question_fa(sentence, (start, start + len(answer)), kind)


# English ----------------------------------------------------------------------------------

# fmt: off
EN_QUESTIONS = [
    ('Verkhovsky demanded immediate withdrawal of Russia from the war.', 'Verkhovsky', PERSON,
     'Who demanded immediate withdrawal of Russia from the war?'),
    ('On November 3 a conference of representatives of the Petrograd garrison proclaimed '
     'its allegiance to the Soviet.', 'November 3', DATE,
     'When did a conference of representatives of the Petrograd garrison proclaim its '
     'allegiance to the Soviet?'),
    ('The Petrograd Soviet appointed Trotsky chairman.', 'Trotsky', PERSON,
     'Whom did the Petrograd Soviet appoint chairman?'),
    ('The conference of local Soviets met in Kronstadt.', 'Kronstadt', PLACE,
     'Where did the conference of local Soviets meet?'),
    ('Troops must be dispatched to Moscow.', 'Moscow', PLACE, 'Where must troops be dispatched?'),
    ('Kerensky fled from Gatchina.', 'Gatchina', PLACE, 'From where did Kerensky flee?'),
    ('The Vikzhel was dominated by Martov.', 'Martov', PERSON,
     'By whom was the Vikzhel dominated?'),
    ('The soldiers listened to Lenin.', 'Lenin', PERSON, 'To whom did the soldiers listen?'),
    ('The chairman of the Soviet was Trotsky.', 'Trotsky', PERSON,
     'Who was the chairman of the Soviet?'),
    ('The Military Revolutionary Committee took the bridges.',
     'Military Revolutionary Committee', ORG,
     'Which committee took the bridges?'),
    ('The Bolshevik Party published its programme in Pravda.', 'Pravda', ORG,
     'In which newspaper did the Bolshevik Party publish its programme?'),
    ('The Bolshevik Party published its programme in Pravda.', 'Bolshevik Party', ORG,
     'Which party published its programme in Pravda?'),
    ('Then the Soviet of Moscow proclaimed itself the sole local government.',
     'Soviet of Moscow', ORG,
     'Which body proclaimed itself the sole local government?'),
    ('The Vikzhel refused to transport troops.', 'Vikzhel', ORG,
     'Which organisation refused to transport troops?'),
    ('Kamenev and Sokolnikov were authorised by the Central Committee to attend.',
     'Central Committee', ORG,
     'By which committee were Kamenev and Sokolnikov authorised to attend?'),
    ('The congress opened in 1917.', '1917', DATE, 'In what year did the congress open?'),
    ('Milyukov resigned as foreign minister in May.', 'May', DATE,
     'In which month did Milyukov resign as foreign minister?'),
    ('The Provisional Government was overthrown on November 7, 1917.', 'November 7, 1917', DATE,
     'When was the Provisional Government overthrown?'),
    ('The Executive Committee discussed the talks on the night of November 1 (14).',
     'November 1 (14)', DATE,
     'When did the Executive Committee discuss the talks?'),
    ('But the Mensheviks walked out of the congress.', 'Mensheviks', ORG,
     'Which party walked out of the congress?'),
    ('However, Kerensky decided to save Russia single-handed.', 'Kerensky', PERSON,
     'Who decided to save Russia single-handed?'),
    ('In a dramatic appearance before the Council, Verkhovsky demanded peace.',
     'Verkhovsky', PERSON,
     'Who demanded peace in a dramatic appearance before the Council?'),
    ('The Bolsheviks were authorised to attend.', 'Bolsheviks', ORG,
     'Which party was authorised to attend?'),
    ('After the failure in Kronstadt, the Communists concentrated their efforts on the garrison.',
     'Communists', ORG,
     'Which party concentrated its efforts on the garrison after the failure in Kronstadt?'),
    ('Lenin returned to Petrograd in April, and the party changed its course.', 'Lenin', PERSON,
     'Who returned to Petrograd in April?'),
]
# fmt: on


@pytest.mark.parametrize(("sentence", "answer", "kind", "question"), EN_QUESTIONS)
def test_english_questions(sentence, answer, kind, question):
    assert ask_en(sentence, answer, kind) == question


@pytest.mark.parametrize(
    ("sentence", "answer", "kind"),
    [
        ('"They are crazy in the Winter Palace," Cheremissov said.', "Winter Palace", PLACE),
        ("Lenin wrote: 'The Bolsheviks can and must take power in Petrograd.'", "Petrograd", PLACE),
        ("He said that Lenin had arrived in Petrograd.", "Petrograd", PLACE),  # subordinate
        ("Kamenev and Zinoviev opposed the insurrection.", "Kamenev", PERSON),  # coordinated
        ("Kerensky's troops were stopped at Gatchina.", "Kerensky", PERSON),  # possessive
        ("On June 24 it unanimously rejected the plan.", "June 24", DATE),  # pronoun subject
        ("Perhaps Kerensky could have saved the situation.", "Kerensky", PERSON),  # hedged
        ("Cheremissov summoned me to the front headquarters.", "Cheremissov", PERSON),
        ("Does Lenin agree with the resolution?", "Lenin", PERSON),  # not a statement
        ("Kornilov marched on the capital after July.", "July", DATE),  # "after" shifts meaning
        ("Lenin's April Theses called for all power to the soviets.", "Lenin", PERSON),
        ("Lenin met Lenin in Petrograd.", "Lenin", PERSON),  # the answer would stay in
        (" ".join(["The congress"] + ["long"] * 40 + ["met in Moscow."]), "Moscow", PLACE),
    ],
)
def test_english_none_when_no_grammatical_question(sentence, answer, kind):
    assert ask_en(sentence, answer, kind) is None


def test_english_answer_must_be_whole_tokens_and_a_known_type():
    sentence = "Verkhovsky demanded immediate withdrawal of Russia from the war."
    assert wh_question_en(sentence, (0, 5), PERSON) is None
    assert wh_question_en(sentence, (0, 10), "EVENT") is None
    assert wh_question_en(sentence, (10, 0), PERSON) is None


def test_english_semicolon_part_and_footnote_marks():
    sentence = "The Vikzhel was called upon to transport troops; it refused."
    assert (
        ask_en(sentence, "Vikzhel", ORG)
        == "Which organisation was called upon to transport troops?"
    )
    noted = "Lenin returned to Petrograd in April.8"
    assert ask_en(noted, "Petrograd", PLACE) == "Where did Lenin return in April?"


@pytest.mark.parametrize(("sentence", "answer", "kind", "question"), EN_QUESTIONS)
def test_english_questions_never_give_the_answer_away(sentence, answer, kind, question):
    produced = ask_en(sentence, answer, kind)
    assert produced.endswith("?") and produced[0].isupper()
    assert answer.lower() not in produced.lower()


# Persian ----------------------------------------------------------------------------------

# fmt: off
FA_QUESTIONS = [
    ('لنین به پتروگراد بازگشت.', 'لنین', PERSON, 'چه کسی به پتروگراد بازگشت؟'),
    ('شورای پتروگراد تروتسکی را به ریاست برگزید.', 'تروتسکی', PERSON,
     'شورای پتروگراد چه کسی را به ریاست برگزید؟'),
    ('کمیته ی مرکزی نامه ای به لنین فرستاد.', 'لنین', PERSON,
     'کمیته\u200cی مرکزی نامه\u200cای به چه کسی فرستاد؟'),
    ('سربازان از لنین پشتیبانی کردند.', 'لنین', PERSON, 'سربازان از چه کسی پشتیبانی کردند؟'),
    ('اما ژنرال کورنیلوف به سوی پایتخت لشکر کشید.', 'کورنیلوف', PERSON,
     'چه کسی به سوی پایتخت لشکر کشید؟'),
    ('کنفرانس در کرونشتات تشکیل شد.', 'کرونشتات', PLACE, 'کنفرانس کجا تشکیل شد؟'),
    ('لنین به پتروگراد بازگشت.', 'پتروگراد', PLACE, 'لنین به کجا بازگشت؟'),
    ('کرنسکی از گاتچینا گریخت.', 'گاتچینا', PLACE, 'کرنسکی از کجا گریخت؟'),
    ('در روز بیست و پنجم اکتبر کنگره ی شوراها گشایش یافت.', 'بیست و پنجم اکتبر', DATE,
     'در چه روزی کنگره\u200cی شوراها گشایش یافت؟'),
    ('در ۲۵ اکتبر ۱۹۱۷ دولت موقت سرنگون شد.', '۲۵ اکتبر ۱۹۱۷', DATE,
     'در چه تاریخی دولت موقت سرنگون شد؟'),
    ('در ماه سپتامبر بلشویک ها در شورای مسکو اکثریت یافتند.', 'ماه سپتامبر', DATE,
     'در چه ماهی بلشویک\u200cها در شورای مسکو اکثریت یافتند؟'),
    ('در سال 1905 کارگران نخستین شورا را تشکیل دادند.', 'سال 1905', DATE,
     'در چه سالی کارگران نخستین شورا را تشکیل دادند؟'),
    ('در اوایل ماه سپتامبر کرنسکی فرمانی صادر کرد.', 'اوایل ماه سپتامبر', DATE,
     'در اوایل چه ماهی کرنسکی فرمانی صادر کرد؟'),
    ('حزب بلشویک در پتروگراد اکثریت یافت.', 'حزب بلشویک', ORG, 'کدام حزب در پتروگراد اکثریت یافت؟'),
    ('حزب بلشویک در پتروگراد اکثریت یافت.', 'بلشویک', ORG, 'کدام حزب در پتروگراد اکثریت یافت؟'),
    ('کمیته ی مرکزی نامه ای به لنین فرستاد.', 'کمیته ی مرکزی', ORG,
     'کدام کمیته نامه\u200cای به لنین فرستاد؟'),
    ('روزنامه ی پراودا این قطع نامه را منتشر کرد.', 'پراودا', ORG,
     'کدام روزنامه این قطع\u200cنامه را منتشر کرد؟'),
    ('ویکژل از حمل نیروها خودداری کرد.', 'ویکژل', ORG, 'کدام سازمان از حمل نیروها خودداری کرد؟'),
    ('بلشویک ها به کمیته ی نظامی انقلابی اعتماد داشتند.', 'کمیته ی نظامی انقلابی', ORG,
     'بلشویک\u200cها به کدام کمیته اعتماد داشتند؟'),
]
# fmt: on


@pytest.mark.parametrize(("sentence", "answer", "kind", "question"), FA_QUESTIONS)
def test_persian_questions(sentence, answer, kind, question):
    assert ask_fa(sentence, answer, kind) == question


@pytest.mark.parametrize(("sentence", "answer", "kind", "question"), FA_QUESTIONS)
def test_persian_questions_never_give_the_answer_away(sentence, answer, kind, question):
    produced = ask_fa(sentence, answer, kind)
    assert produced.endswith("؟") and normalize_persian_line(answer) not in produced


@pytest.mark.parametrize(
    ("sentence", "answer", "kind"),
    [
        ("لنین گفت: «قدرت باید فورا به دست شوراها بیفتد.»", "شوراها", ORG),  # quoted
        ("لنین گفت: «قدرت باید فورا به دست شوراها بیفتد.»", "لنین", PERSON),  # quotes at length
        ("او در ماه اکتبر به پتروگراد رفت.", "ماه اکتبر", DATE),  # pronoun subject
        ("کامنف و زینوویف با قیام مخالفت کردند.", "کامنف", PERSON),  # coordinated
        ("کارگران مسکو به خیابان ها ریختند.", "مسکو", PLACE),  # inside an ezafe chain
        ("انقلاب اکتبر جهان را تکان داد.", "اکتبر", DATE),  # a name, not a time
        ("تا روز بیست و پنجم اکتبر تصمیمی گرفته نشد.", "بیست و پنجم اکتبر", DATE),  # « تا »
        ("بلشویک ها در پتروگراد اکثریت یافتند.", "بلشویک", ORG),  # a plural suffix follows
        ("کارل رنر در انتظار نشست.", "رنر", PERSON),  # part of a longer name
        ("این کنگره در پتروگراد گشایش یافت.", "کنگره", ORG),  # which congress?
        ("حزب آموخت که عقاید خود را بیافریند.", "حزب آموخت", ORG),  # not a name
        ("لنین به پتروگراد بازگشت؟", "لنین", PERSON),  # not a statement
        (" ".join(["لنین"] + ["بسیار"] * 45 + ["گفت."]), "لنین", PERSON),  # too long
    ],
)
def test_persian_none_when_unclear(sentence, answer, kind):
    assert ask_fa(sentence, answer, kind) is None


# Quotations -------------------------------------------------------------------------------


def facts_for(text: str, *names: str) -> list[Fact]:
    facts = []
    for name in names:
        start = text.index(name)
        facts.append(Fact(PERSON, name, start, start + len(name), 0.9, name))
    return facts


def check_offsets(text: str, quote: Quote) -> None:
    assert text[quote.quote_start : quote.quote_end] == quote.quote
    assert quote.speaker == text[quote.speaker_start : quote.speaker_end]


def test_english_quote_after_a_speech_verb_and_colon():
    text = (
        "Lenin wrote to the central committee in the middle of September: "
        '"The majority of the people is for us and we must take power now."'
    )
    [quote] = find_quotes(text, facts_for(text, "Lenin"), "en")
    assert quote.speaker == "Lenin" and (quote.speaker_start, quote.speaker_end) == (0, 5)
    assert quote.quote == "The majority of the people is for us and we must take power now."
    check_offsets(text, quote)


def test_english_quote_before_its_speaker():
    text = "The army was tired. “We have no reliable troops left at all,” Cheremissov said."
    [quote] = find_quotes(text, facts_for(text, "Cheremissov"), "en")
    assert quote.quote == "We have no reliable troops left at all"
    check_offsets(text, quote)
    inverted = "“The government has nothing left to defend it,” said Kerensky bitterly."
    [quote] = find_quotes(inverted, facts_for(inverted, "Kerensky"), "en")
    assert quote.speaker == "Kerensky" and quote.quote.startswith("The government")
    check_offsets(inverted, quote)


def test_english_ocr_marks_around_a_quote():
    text = (
        "'The problem of the assumption of power by the Soviets/' Lenin wrote early in "
        'October/ "is the problem of the successful insurrection." Armed insurrection followed.'
    )
    [quote] = find_quotes(text, facts_for(text, "Lenin"), "en")
    assert quote.quote == "The problem of the assumption of power by the Soviets"
    check_offsets(text, quote)


def test_english_quotes_skipped_without_one_named_speaker():
    pronoun = '"They are crazy in the Winter Palace," he said.'
    assert find_quotes(pronoun, [], "en") == []
    two = 'Lenin and Trotsky wrote: "All power must pass to the Soviets at once."'
    assert find_quotes(two, facts_for(two, "Lenin", "Trotsky"), "en") == []
    short = 'Lenin wrote: "Power now."'
    assert find_quotes(short, facts_for(short, "Lenin"), "en") == []
    long = 'Lenin wrote: "' + " ".join(["word"] * 61) + '."'
    assert find_quotes(long, facts_for(long, "Lenin"), "en") == []


def test_persian_quotes_after_speech_verbs():
    text = normalize_persian_line(
        "مارکس در سال ۱۸۴۸ نوشت: «بورژوازی فرانسه کار خود را با آزادسازی دهقان ها آغاز کرد.» "
        "کوزمیچف، دهقان نیژگورودی، می گوید: «تقریبا کلیه ی ساختمان های آنان به آتش کشیده شد.» "
        "لنین به کمیته گفت: «قدرت باید فورا به دست شوراها بیفتد.»"
    )
    quotes = find_quotes(text, facts_for(text, "مارکس", "کوزمیچف", "لنین"), "fa")
    assert [q.speaker for q in quotes] == ["مارکس", "کوزمیچف", "لنین"]
    assert quotes[0].quote == "بورژوازی فرانسه کار خود را با آزادسازی دهقان‌ها آغاز کرد."
    for quote in quotes:
        check_offsets(text, quote)


def test_persian_according_to_and_present_tense():
    text = normalize_persian_line(
        "به گفته ی سوخانوف: «اعضای پیش پارلمان فوق العاده درخشان بودند.» "
        "سوخانوف می نویسد: «آن چه بر زبانشان می آمد با آن چه در سرشان می گذشت یکی نبود.»"
    )
    people = facts_for(text, "سوخانوف")
    second = text.index("سوخانوف", people[0].end)
    people.append(Fact(PERSON, "سوخانوف", second, second + 7, 0.9, "سوخانوف"))
    quotes = find_quotes(text, people, "fa")
    assert [q.speaker_start for q in quotes] == [people[0].start, second]
    for quote in quotes:
        check_offsets(text, quote)


def test_persian_quotes_skipped_when_the_speaker_is_unclear():
    pronoun = normalize_persian_line("او گفت: «کارگر به زمین احتیاج دارد تا به ده بیاید.»")
    assert find_quotes(pronoun, [], "fa") == []
    two = normalize_persian_line("لنین و تروتسکی نوشتند: «تمام قدرت باید به دست شوراها بیفتد.»")
    assert find_quotes(two, facts_for(two, "لنین", "تروتسکی"), "fa") == []
    addressee = normalize_persian_line(
        "لنین به سوردلوف نوشت: «قدرت باید فورا به دست شوراها بیفتد.»"
    )
    [quote] = find_quotes(addressee, facts_for(addressee, "لنین", "سوردلوف"), "fa")
    assert quote.speaker == "لنین"  # « به سوردلوف » is who was written to
    short = normalize_persian_line("لنین گفت: «زنده باد!»")
    assert find_quotes(short, facts_for(short, "لنین"), "fa") == []


def test_a_persian_he_said_quote_takes_the_one_subject_of_the_sentence_before():
    text = (
        "اما کرنسکی از جا درنمی رود. او می‌گوید: «من ترجیح می‌دهم که حکومت کندتر و صحیح‌تر عمل کند.»"
    )
    [quote] = find_quotes(text, facts_for(text, "کرنسکی"), "fa")
    assert quote.speaker == "کرنسکی" and quote.quote.startswith("من ترجیح")
    check_offsets(text, quote)
    owner = "کنگره قطع‌نامه‌ی لنین را اصلاح کرد. او گفت: «من پیشنهاد می‌کنم که این جمله حذف شود.»"
    assert find_quotes(owner, facts_for(owner, "لنین"), "fa") == []  # Lenin owns, not speaks
    two = "لنین به کامنف پاسخ داد. او گفت: «من پیشنهاد می‌کنم که این جمله حذف شود.»"
    assert find_quotes(two, facts_for(two, "لنین", "کامنف"), "fa") == []


def test_a_persian_speaker_is_the_name_just_before_the_speech_verb():
    text = (
        "وقتی کورنیلوف به پایتخت نزدیک می‌شد، لنین چنین نوشت: "
        "«باشد که بی‌ایمان‌ها از این درس سرمشق بگیرند.»"
    )
    [quote] = find_quotes(text, facts_for(text, "کورنیلوف", "لنین"), "fa")
    assert quote.speaker == "لنین"
    objected = "استالین به توضیحات من اعتراض کرد: «آیا در آن ایام در حزب ما اختلافی وجود داشت؟»"
    [quote] = find_quotes(objected, facts_for(objected, "استالین"), "fa")
    assert quote.speaker == "استالین"
    both = "کامنف، همراه زینوویف، در نامه‌ای نوشت: «ما با قیام مخالفیم و آن را زیان‌بار می‌دانیم.»"
    assert find_quotes(both, facts_for(both, "کامنف", "زینوویف"), "fa") == []


def test_a_persian_name_written_against_is_not_the_writer():
    text = "لنین بر ضد کائوتسکی نوشت: «تاکتیک‌های بلشویک‌ها یگانه تاکتیک‌های بین‌المللی بودند.»"
    [quote] = find_quotes(text, facts_for(text, "لنین", "کائوتسکی"), "fa")
    assert quote.speaker == "لنین"


def test_a_persian_plural_speech_verb_gives_the_words_to_no_one_person():
    told = normalize_persian_line(
        "گریگوریف تعریف می‌کند که چگونه دهقانان بر سر سخن‌ران فریاد زدند: "
        "«این قدر برای ما قصه نگو، زمین کجاست؟»"
    )
    assert find_quotes(told, facts_for(told, "گریگوریف"), "fa") == []  # he tells, they shout
    sworn = normalize_persian_line(
        "پوپوف از سوگندی سخن می‌گوید که توده‌ها یاد کردند: «به اولین اشاره‌ی شورا می‌شتابیم.»"
    )
    assert find_quotes(sworn, facts_for(sworn, "پوپوف"), "fa") == []
    one = normalize_persian_line("سوخانوف اعلام می‌کند: «حکومت دیگر هیچ نیروئی در پایتخت ندارد.»")
    [quote] = find_quotes(one, facts_for(one, "سوخانوف"), "fa")
    assert quote.speaker == "سوخانوف"  # « می‌کند » ends like a plural but is one person's
