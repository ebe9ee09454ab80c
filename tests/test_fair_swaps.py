"""False statements and wrong options a reader cannot fault: a month swapped only where it
dates one act, an event month never swapped into a made-up event, a title kept by the people
offered for it, and a pair of names that act as one never set against each other: plain
Python, no database."""

from dataclasses import replace

from quizapp.generate.camps import Camps
from quizapp.generate.candidates import Candidate, CandidateIndex
from quizapp.generate.distractors import alike, choose
from quizapp.generate.events import names_event, names_no_month
from quizapp.generate.forms import is_generic
from quizapp.generate.generator import generate_questions
from quizapp.generate.quality import (
    A_COUNTRY,
    ANSWER_IN_LIST,
    DANGLING_PRONOUN,
    DEFAULT_GUESS,
    EVENT_MONTH,
    has_debris,
)
from quizapp.generate.sentences import sentences_of
from quizapp.generate.statements import denies_its_subject, elliptical, is_negative, is_view
from quizapp.generate.targets import targets_of
from quizapp.generate.textutil import clean_stem, opens_with_pronoun, refers_back
from quizapp.generate.timeline import event_text
from quizapp.generate.titles import title_before
from quizapp.generate.types import TRUE_FALSE, Fact, SourcePassage


def _passage(number: int, text: str, facts: list[tuple[str, str, str | None]]) -> SourcePassage:
    found = []
    for kind, name, value in facts:
        start = text.index(name)
        found.append(Fact(kind, name, start, start + len(name), 0.9, value or name, value=value))
    return SourcePassage(number, "doc", "One", "en", text, tuple(found))


def _statements(passages: list[SourcePassage], number: int) -> list:
    drafts = generate_questions(passages)
    return [d for d in drafts if d.kind == TRUE_FALSE and d.passage_id == number]


def _months() -> list[SourcePassage]:
    lines = [
        ("The strikes spread to the mills of the capital in March.", "March", "1917-03"),
        ("The garrison grew restless and mutinous in May.", "May", "1917-05"),
        ("The peasants burned the manor houses of the gentry in August.", "August", "1917-08"),
    ]
    return [_passage(n, text, [("DATE", m, v)]) for n, (text, m, v) in enumerate(lines, 10)]


def test_a_month_without_its_year_is_swapped_only_where_it_dates_a_quotation():
    calm = _passage(1, "In September Moscow too had kept calm and quiet.", [
        ("DATE", "September", "1917-09")])  # fmt: skip
    wrote = _passage(2, 'In September Lenin wrote: "The crisis has matured."', [
        ("DATE", "September", "1917-09")])  # fmt: skip
    dated = _passage(3, "In September 1917 Moscow too had kept calm and quiet.", [
        ("DATE", "September 1917", "1917-09")])  # fmt: skip
    passages = [calm, wrote, dated, *_months()]
    assert all(d.options[0].correct for d in _statements(passages, 1))
    assert any(not d.options[0].correct for d in _statements(passages, 2))
    assert any(not d.options[0].correct for d in _statements(passages, 3))


def test_a_false_statement_never_makes_up_an_event_beside_a_real_one():
    text = 'He said: "We spoke for the February Revolution and fought for the October Revolution."'
    mine = _passage(1, text, [("DATE", "February", "1917-02")])
    others = [
        _passage(2, "The April Theses changed the course of the party.", [
            ("DATE", "April", "1917-04")]),
        _passage(3, "After the October Revolution the land went to the peasants.", [
            ("DATE", "October", "1917-10")]),
    ]  # fmt: skip
    made_up = [d for d in _statements([mine, *others], 1) if "April Revolution" in d.prompt]
    assert made_up and all(EVENT_MONTH in d.reasons for d in made_up)


def test_a_wrong_option_for_a_titled_person_bears_the_same_title():
    assert title_before("Then General Cheremissov came", 13, "en") == "general"
    assert title_before("ژنرال چرمیسوف آمد", 6, "fa") == "ژنرال"
    lines = [
        ("General Alexeyev left the headquarters at dawn.", "Alexeyev"),
        ("General Dukhonin took over the command of the army.", "Dukhonin"),
        ("Kerensky spoke to the ministers at the palace.", "Kerensky"),
        ("Konovalov spoke to the ministers at the palace.", "Konovalov"),
    ]
    pool = [_passage(n, t, [("PERSON", name, None)]) for n, (t, name) in enumerate(lines, 10)]
    mine = _passage(1, "General Cheremissov gave in to the committee at Pskov.", [
        ("PERSON", "Cheremissov", None)])  # fmt: skip
    index = CandidateIndex([mine], pool, "en")
    wrong = choose(mine.facts[0], "Cheremissov", mine, index, seed=0)
    assert {c.text for c in wrong} == {"Alexeyev", "Dukhonin"}


def test_two_people_named_mostly_as_a_pair_are_no_wrong_option_for_each_other():
    pair = "Zinoviev and Kamenev opposed the insurrection in the committee."
    lines = [pair] * 3 + ["Lenin and Trotsky argued for the insurrection at once."] * 3
    names = [["Zinoviev", "Kamenev"]] * 3 + [["Lenin", "Trotsky"]] * 3
    passages = [
        _passage(n, text, [("PERSON", name, None) for name in who])
        for n, (text, who) in enumerate(zip(lines, names, strict=True))
    ]
    camps = Camps(passages, "en")
    assert camps.twins("Kamenev", "Zinoviev") and not camps.twins("Kamenev", "Lenin")
    mine = _passage(99, "Kamenev wrote the letter to the newspaper that week.", [
        ("PERSON", "Kamenev", None)])  # fmt: skip
    index = CandidateIndex([mine], passages, "en")
    wrong = choose(mine.facts[0], "Kamenev", mine, index, seed=0)
    assert wrong and "Zinoviev" not in {c.text for c in wrong}


def test_a_persian_event_month_before_a_comma_still_names_the_event():
    text = "با این عمل، رژیم فوریه، که آسیب‌دیده بود، ضربه‌ای به خود زد."
    start = text.index("فوریه")
    assert names_event(text, start, start + 5, "fa") == ("رژیم", "فوریه")
    quoted = "مازاریک نوشت: «انقلاب اکتبر … همه چیز بود جز جنبش توده‌ها.»"
    start = quoted.index("اکتبر")
    assert names_event(quoted, start, start + 5, "fa") == ("انقلاب", "اکتبر")  # opens a quote


def _candidate(fact: Fact) -> Candidate:
    return Candidate(fact.type, fact.text, fact.canonical)


def _persian_speech(text: str, names: list[str]) -> list:
    facts = tuple(Fact("PERSON", n, text.index(n), text.index(n) + len(n), 0.9, n) for n in names)
    drafts = generate_questions([SourcePassage(1, "doc", "One", "fa", text, facts)], seed=0)
    return [d for d in drafts if d.kind == "who_said"]


def test_a_phrase_the_author_quotes_next_is_no_more_of_the_speakers_words():
    text = (
        "استالین نوشته است: «تزهای آوریل لنین ضرورت تام و تمام داشتند.» "
        "«سمت‌گیری تازه» و «راه جدید» یکی است."
    )
    (draft,) = _persian_speech(text, ["استالین"])
    assert "سمت‌گیری" not in draft.prompt


def test_a_rumour_someone_reports_is_not_their_words():
    rumour = (
        "بنا به گفته‌ی سوخانوف، در راه روهای کاخ «شایعه‌ای» در افواه بود: "
        "«تروتسکی اکثریت را به دست آورده است.»"
    )
    assert not _persian_speech(rumour, ["سوخانوف", "تروتسکی"])
    said = "بنا به گفته‌ی سوخانوف: «تروتسکی اکثریت را به دست آورده است.»"
    assert [d.answer for d in _persian_speech(said, ["سوخانوف", "تروتسکی"])] == ["سوخانوف"]


def test_wrong_options_for_a_person_of_no_known_camp_come_from_one_side():
    reds, whites = ["Ulyanov", "Bronstein", "Rosenfeld"], ["Kerenskov", "Tseretov", "Chernovin"]
    lines = [
        (f"{reds[0]}, {reds[1]} and {reds[2]} signed the appeal that night.", reds),
        (f"{whites[0]}, {whites[1]} and {whites[2]} left the palace at dawn.", whites),
    ] * 2
    passages = [
        _passage(n, text, [("PERSON", name, None) for name in names])
        for n, (text, names) in enumerate(lines, start=10)
    ]
    mine = _passage(1, "Peterson promised the riflemen to the congress that evening.", [
        ("PERSON", "Peterson", None)])  # fmt: skip
    index = CandidateIndex([mine, *passages], [], "en")  # all of one text: none foreign
    wrong = choose(mine.facts[0], "Peterson", mine, index, seed=0)
    sides = {index.camps.camp_of(c.text) for c in wrong}
    assert len(wrong) == 3 and len(sides) == 1


def test_a_named_body_takes_no_wrong_option_written_unlike_it():
    answer = "sixth congress of the Bolshevik Party"
    option = Fact("ORG", "Party Conference", 0, 16, 0.9, "Party Conference")
    assert not alike(_candidate(option), answer, "ORG", "en")
    assert alike(_candidate(option), "Petrograd All-City Conference", "ORG", "en")
    as_if = "گوئی چنین اقدامی می‌توانست از اهمیت کنگره بکاهد."
    assert is_view(sentences_of(SourcePassage(1, "d", "O", "fa", as_if, ()))[0])


def test_a_day_whose_month_the_sentence_never_names_is_shown_with_its_month():
    text = "در روز شانزدهم، کمیته‌ی مرکزی با حضور لنین دوباره به مسأله‌ی قیام پرداخت."
    day, lenin = "روز شانزدهم", "لنین"
    facts = (
        Fact("DATE", day, 3, 3 + len(day), 0.9, "1917-10-16", value="1917-10-16"),
        Fact("PERSON", lenin, text.index(lenin), text.index(lenin) + 4, 0.9, lenin),
    )
    others = [
        SourcePassage(n, "doc", "One", "fa", f"{name} در جلسه‌ی کمیته‌ی مرکزی سخن گفت.", (
            Fact("PERSON", name, 0, len(name), 0.9, name),))
        for n, name in enumerate(["کامنف", "زینوویف", "استالین", "سوردلوف"], start=2)
    ]  # fmt: skip
    drafts = generate_questions([SourcePassage(1, "doc", "One", "fa", text, facts), *others])
    shown = [d for d in drafts if d.passage_id == 1 and d.kind in ("cloze", TRUE_FALSE)]
    assert shown and all("[اکتبر]" in d.prompt for d in shown)
    assert all("[اکتبر] [" not in d.prompt for d in shown)


def test_a_persian_month_before_a_comma_or_an_ezafe_is_a_month_named():
    assert not names_no_month("در روز بیست و هشتم ژانویه‌ی ۱۹۱۸ چنین نوشت.", "fa")
    assert not names_no_month("در روز سوم اکتبر، جلسه برگزار شد.", "fa")
    assert names_no_month("در روز سوم، جلسه برگزار شد.", "fa")


def test_a_country_is_asked_only_as_a_true_statement():
    lands = ["Finland", "Sweden", "Germany", "Austria"]
    passages = [
        _passage(n, f"The news from {land} reached the capital late that evening.", [
            ("PLACE", land, None)])
        for n, land in enumerate(lands, start=1)
    ]  # fmt: skip
    drafts = [d for d in generate_questions(passages) if d.answer in lands]
    assert drafts and all(A_COUNTRY in d.reasons for d in drafts)


def test_the_city_most_of_a_texts_towns_are_is_asked_only_as_a_true_statement():
    towns = ["Petrograd"] * 10 + ["Moscow", "Kiev", "Minsk", "Odessa"]
    passages = [
        _passage(n, f"The cruiser lay on the river at {town} that night in the autumn.", [
            ("PLACE", town, None)])
        for n, town in enumerate(towns, start=1)
    ]  # fmt: skip
    drafts = generate_questions(passages)
    city = [d for d in drafts if d.answer == "Petrograd" or "Petrograd" in d.entities]
    assert city and all(DEFAULT_GUESS in d.reasons for d in city if d.kind != TRUE_FALSE)
    assert all(d.answer == "True" for d in city if d.kind == TRUE_FALSE and not d.reasons)
    others = [d for d in drafts if d.answer == "Moscow" and d.kind != TRUE_FALSE]
    assert others and all(DEFAULT_GUESS not in d.reasons for d in others)


def test_an_answer_said_to_do_as_others_did_is_asked_only_as_a_statement():
    people = ["Kamenev", "Zinoviev", "Rykov", "Nogin"]
    lines = [
        f"{name} opposed the insurrection at the long meeting of the committee." for name in people
    ]
    lines[0] = "Kamenev, too, opposed the insurrection at the long meeting of the committee."
    passages = [
        _passage(n, text, [("PERSON", name, None)])
        for n, (text, name) in enumerate(zip(lines, people, strict=True), start=1)
    ]
    drafts = [d for d in generate_questions(passages) if d.kind != TRUE_FALSE]
    too = [d for d in drafts if d.answer == "Kamenev"]
    assert too and all(ANSWER_IN_LIST in d.reasons for d in too)
    alone = [d for d in drafts if d.answer == "Zinoviev"]
    assert alone and all(ANSWER_IN_LIST not in d.reasons for d in alone)


def test_a_person_the_sentence_denies_something_of_is_never_swapped_out():
    people = ["Kamenev", "Zinoviev", "Rykov", "Nogin"]
    passages = [
        _passage(n, f"{name} did not leave the Central Committee after the long quarrel.", [
            ("PERSON", name, None)])
        for n, name in enumerate(people, start=1)
    ]  # fmt: skip
    statements = [d for n in range(1, 5) for d in _statements(passages, n)]
    assert statements and all(d.answer == "True" for d in statements)
    (target,) = targets_of(sentences_of(passages[0])[0])
    vouched = replace(target, fact=replace(target.fact, confidence=0.7))  # a copy of its fact
    assert denies_its_subject(target) and denies_its_subject(vouched)
    said = [_passage(n, f"{name} left the Central Committee after the long quarrel.", [
        ("PERSON", name, None)]) for n, name in enumerate(people, start=1)]  # fmt: skip
    assert any(d.answer == "False" for n in range(1, 5) for d in _statements(said, n))


def test_a_gloss_of_the_sentence_before_is_no_claim_and_a_described_body_no_name():
    (gloss,) = sentences_of(SourcePassage(1, "d", "O", "fa", "یعنی حزب قدرت را گرفت.", ()))
    assert elliptical(gloss)
    assert is_generic("شورای بلشویکی") and not is_generic("حزب بلشویک")


def test_both_of_them_points_back_and_a_timeline_item_never_points():
    assert refers_back("هر دو از کمیته‌ی اجرائی کناره گرفتند.", "fa")
    assert opens_with_pronoun("خیر، گورویچ به جلسه‌ی کمیته نرفت.", "fa")  # the answer to a question
    assert refers_back("وارثان می‌خواهند این‌گونه جزئیات را به خود نسبت دهند.", "fa")  # such
    assert refers_back("چودنوفسکی نمی‌توانست کمبودهای دو رهبر دیگر را جبران کند.", "fa")
    assert opens_with_pronoun("همه بر سر سه نکته‌ی بنیادی موافق بودند.", "fa")  # all of whom?
    assert not opens_with_pronoun("همه‌ی کارگران پایتخت به خیابان‌ها آمدند.", "fa")
    text = "لوموف، به نام دفترخانه‌ی مسکو، این قطع‌نامه را در روز دهم اکتبر به کمیته ابلاغ کرد."
    day = "روز دهم اکتبر"
    fact = Fact("DATE", day, text.index(day), text.index(day) + len(day), 0.9, "1917-10-10",
                value="1917-10-10")  # fmt: skip
    (sentence,) = sentences_of(SourcePassage(1, "d", "O", "fa", text, (fact,)))
    assert event_text(targets_of(sentence)[0]) is None


def test_a_time_the_sentence_does_not_name_points_back_but_one_it_names_does_not():
    assert refers_back("در آوریل همان سال، استالین مقاله‌ای نوشت.", "fa")
    assert not refers_back("در آوریل ۱۹۲۴، در همان سال، استالین مقاله‌ای نوشت.", "fa")
    assert not refers_back("در همان روز، یعنی در روز نوزدهم، کنفرانس تشکیل شد.", "fa")
    assert not refers_back("کرنسکی همان دم به ستاد رفت.", "fa")
    assert opens_with_pronoun("باز ایوانوف می‌نویسد که دهقانان برخاستند.", "fa")
    assert is_negative("چه کسی زودباور نبود- به ویژه در آن روزها؟", "fa")


def test_a_titled_role_with_an_adjective_still_asks_for_people_of_that_role():
    text = "مورخ جوان پوکروفسکی این نکته را نوشت."
    assert title_before(text, text.index("پوکروفسکی"), "fa") == "مورخ"


def test_people_of_another_texts_camp_are_fair_options_for_someone_it_names_too():
    minutes = [
        _passage(n, "Kamenev, Zinoviev and Rykov left the Central Committee that week.", [
            ("PERSON", "Kamenev", None), ("PERSON", "Zinoviev", None), ("PERSON", "Rykov", None)])
        for n in range(10, 13)
    ] + [_passage(13, "Comrade Lenin considers the talks useless now.", [
        ("PERSON", "Lenin", None)])]  # fmt: skip
    mine = _passage(1, "A resolution, which Lenin directed from hiding, urged them to wait.", [
        ("PERSON", "Lenin", None)])  # fmt: skip
    index = CandidateIndex([mine], minutes, "en")
    wrong = choose(mine.facts[0], "Lenin", mine, index, seed=0)
    assert {c.text for c in wrong} == {"Kamenev", "Zinoviev", "Rykov"}
    assert not any(c.ally is False for c in wrong)


def test_words_quoted_with_no_verb_and_no_one_to_say_them_are_no_sentence():
    def sentence(text: str, names: tuple[str, ...] = ()):
        facts = tuple(
            Fact("PERSON", n, text.index(n), text.index(n) + len(n), 0.9, n) for n in names
        )
        return sentences_of(SourcePassage(1, "d", "O", "fa", text, facts))[0]

    assert elliptical(sentence("چند روز بعد در یکی از کنگره‌های حزب: «انقلاب ما تمرینی بود.»"))
    assert not elliptical(sentence("به گفته‌ی سادوفسکی: «انقلاب ما تمرینی بود.»", ("سادوفسکی",)))
    assert not elliptical(sentence("لنین در کنگره گفت: «انقلاب ما تمرینی بود.»", ("لنین",)))


def test_a_person_named_in_a_list_is_never_swapped_for_a_false_statement():
    text = "Kamenev and Zinoviev did not join the Council of People's Commissars that week."
    names = [("PERSON", "Kamenev", None), ("PERSON", "Zinoviev", None)]
    allies = ["Rykov", "Nogin", "Milyutin"]
    others = [  # lists that put Kamenev and these in one camp: fair stand-ins outside a list
        _passage(n, "Kamenev, Rykov, Nogin and Milyutin signed the letter that night.", [
            ("PERSON", name, None) for name in ["Kamenev", *allies]])
        for n in range(2, 5)
    ]  # fmt: skip
    statements = _statements([_passage(1, text, names), *others], 1)
    assert statements and all(d.options[0].correct for d in statements)


def test_a_typists_backticks_around_an_inner_quotation_become_quotation_marks():
    shown = clean_stem("دیگر حتی اشاره به ` اراده‌ی واحد` طبقه‌ی کارگر کار مضحکی خواهد بود.")
    assert "“اراده‌ی واحد”" in shown and "`" not in shown
    assert has_debris("a stray ` mark")


def test_a_town_of_the_gazetteer_is_no_person_and_whereas_leans_on_what_came_before():
    text = "ساراتوف گفت: «زمین از آن دهقانان است.»"
    mine = SourcePassage(
        1, "doc", "One", "fa", text, (Fact("PERSON", "ساراتوف", 0, 7, 0.9, "ساراتوف"),)
    )
    assert not CandidateIndex([mine], [], "fa").looks_like_name("ساراتوف")
    assert opens_with_pronoun("حال آن‌که استالین این اتهام را بعدها تکرار کرد.", "fa")


def test_a_blank_after_that_same_asks_for_what_was_named_before():
    text = "اسمیلگا در سال ۱۹۱۷ در چپ‌ترین جناح حزب بود و در همان ماه ژوئیه میل به مبارزه داشت."
    month = "ماه ژوئیه"
    fact = Fact("DATE", month, text.index(month), text.index(month) + len(month), 0.9, "1917-07",
                "1917-07")  # fmt: skip
    drafts = generate_questions([SourcePassage(1, "d", "O", "fa", text, (fact,))])
    blanks = [d for d in drafts if d.kind == "cloze"]
    assert blanks and all(DANGLING_PRONOUN in d.reasons for d in blanks)  # « در همان _____ »
    assert opens_with_pronoun("منتها شوراها بدون حزب بلشویک به کلی عاجز می‌شدند.", "fa")


def test_a_body_is_never_swapped_for_another_body_only_a_party_for_its_rival():
    mrc, cc = "Military Revolutionary Committee", "Central Committee"
    lines = [
        f"The {mrc} ordered the regiments of the garrison to hold the bridges at night.",
        f"The {cc} met at noon in the Smolny and heard the reports of the districts.",
        f"The {cc} sent two delegates to the Winter Palace that afternoon.",
        f"Later the {mrc} took the telegraph office without a single shot.",
    ]
    passages = [
        _passage(n, text, [("ORG", mrc if mrc in text else cc, None)])
        for n, text in enumerate(lines, start=1)
    ]
    statements = [d for n in (1, 2, 3, 4) for d in _statements(passages, n)]
    # the passage says what one committee did, not that the other did not: unsaid, not false
    assert statements and all(d.options[0].correct for d in statements)


def test_a_persian_body_whose_name_goes_on_past_the_blank_is_not_asked_by_its_start():
    from quizapp.extract.fa_lexicon import is_verb_form
    from quizapp.generate.collocations import Collocations

    lines = [
        "نماینده‌ی کمیته‌ی اجرائی دهقانان به کنگره آمد.",
        "کمیته‌ی اجرائی دهقانان اعلامیه‌ای داد.",
        "از کمیته‌ی اجرائی دهقانان کسی نیامد.",
        "کمیته‌ی اجرائی دهقانان با حکومت بود.",
        "کمیته‌ی مرکزی تصمیم گرفت که صبر کند.",
        "کمیته‌ی مرکزی تصمیم گرفت که قیام کند.",
        "کمیته‌ی مرکزی تصمیم گرفت که جلسه کند.",
        "کمیته‌ی مرکزی تصمیم گرفت که نامه بنویسد.",
    ]
    words = Collocations([_passage(n, t, []) for n, t in enumerate(lines)], frozenset({"از"}))
    goes_on = words.goes_on
    assert goes_on("کمیته‌ی اجرائی", " دهقانان به کنگره آمد.", is_verb=is_verb_form)
    # « تصمیم گرفت » is one verb: the committee's name ends before it
    assert not goes_on("کمیته‌ی مرکزی", " تصمیم گرفت که صبر کند.", is_verb=is_verb_form)
    assert not goes_on("کمیته‌ی اجرائی", "، دهقانان آمدند.", is_verb=is_verb_form)  # a comma


def test_a_long_quotation_is_never_made_false_by_redating_it():
    quote = "«کمونیزم عبارت است از قدرت شوروی به اضافه‌ی برق‌رسانی به سراسر کشور، و بدون آن هیچ پیشرفتی ممکن نیست.»"  # noqa: E501
    text = f"در دسامبر ۱۹۲۰، لنین در کنگره گفت: {quote}"
    date, name = "دسامبر ۱۹۲۰", "لنین"
    at, by = text.index(date), text.index(name)
    facts = (
        Fact("DATE", date, at, at + len(date), 0.9, "1920-12", "1920-12"),
        Fact("PERSON", name, by, by + len(name), 0.9, name),
    )
    drafts = generate_questions([SourcePassage(1, "d", "O", "fa", text, facts)])
    redated = [d for d in drafts if d.kind == TRUE_FALSE and d.answer_type == "DATE"]
    assert redated and all(d.options[0].correct for d in redated)  # a trick, not a fact
