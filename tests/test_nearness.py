"""Which names are alike (affinity), set phrases, and the balance of true and false statements:
plain Python, no database."""

from quizapp.generate.affinity import Affinity
from quizapp.generate.collocations import Collocations
from quizapp.generate.generator import APPROVE_AT, balance_truth
from quizapp.generate.sentences import sentences_of
from quizapp.generate.targets import targets_of
from quizapp.generate.types import TRUE_FALSE, Draft, Fact, Option, SourcePassage


def one_target(text: str, name: str, kind: str):
    """The question target on ``name`` in a one-sentence English passage."""
    start = text.index(name)
    fact = Fact(kind, name, start, start + len(name), 0.9, name)
    return targets_of(sentences_of(SourcePassage(1, "d", "One", "en", text, (fact,)))[0])[0]


CITY_LINES = [
    "The workers of {} struck and the garrison of {} joined the soviet that week.",
    "Red Guards in {} seized the telegraph while the soviet of {} met all night.",
    "The garrison of {} went over to the soviet, and the factories of {} stopped.",
]
FOREIGN_LINES = [
    "The ambassador in {} cabled the ministry in {} about the peace talks and the treaty.",
    "Diplomats at {} read the treaty, and the ministry in {} sent the ambassador home.",
    "The ministry in {} recalled its ambassador from {} and signed the treaty.",
]


def _passages(lines: list[str], names: list[tuple[str, str]], first_id: int):
    passages = []
    for number, (line, (a, b)) in enumerate(zip(lines * 2, names, strict=False)):
        text = line.format(a, b)
        facts = []
        for name in (a, b):
            start = text.index(name)
            facts.append(Fact("PLACE", name, start, start + len(name), 0.9, name))
        passages.append(SourcePassage(first_id + number, "doc", "One", "en", text, tuple(facts)))
    return passages


def corpus() -> list[SourcePassage]:
    towns = [("Moscow", "Kiev"), ("Kiev", "Minsk"), ("Minsk", "Moscow")] * 2
    abroad = [("Berlin", "London"), ("London", "Paris"), ("Paris", "Berlin")] * 2
    return _passages(CITY_LINES, towns, 1) + _passages(FOREIGN_LINES, abroad, 100)


def test_names_in_the_same_story_are_nearer_than_names_from_another():
    near = Affinity(corpus(), "en")
    moscow, kiev, berlin = ("PLACE", "moscow"), ("PLACE", "kiev"), ("PLACE", "berlin")
    assert near(moscow, kiev) > near(moscow, berlin) + 0.2
    assert near(("PLACE", "london"), berlin) > near(("PLACE", "london"), kiev)
    assert near.known(moscow) and not near.known(("PLACE", "nowhere"))
    assert near(moscow, ("PERSON", "moscow")) == 0.0  # different types are never alike


def test_a_set_phrase_gives_its_blank_away_and_a_free_one_does_not():
    texts = [
        "The Great French Revolution was recalled by the orators of the Soviet again.",
        "Speakers compared October to the Great French Revolution and its Terror.",
        "The Great French Revolution had its Jacobins; so did the Soviets, they said.",
        "Nobody forgot the Great French Revolution in those weeks of the autumn.",
        "The Great Russian Revolution would outdo the old one, Trotsky wrote.",
        "Lenin met Trotsky, then Lenin met Kamenev, then Lenin met Stalin in Smolny.",
    ]
    passages = [SourcePassage(i, "d", "One", "en", t, ()) for i, t in enumerate(texts)]
    phrases = Collocations(passages, frozenset({"the", "of", "and"}))
    assert phrases.predictable("in those days the Great ", "French", " Revolution was")
    assert not phrases.predictable("that day Lenin met ", "Kamenev", ", and")


def _statement(number: int, true: bool, score: float = 0.9) -> Draft:
    options = (Option("True", true), Option("False", not true))
    return Draft(
        TRUE_FALSE, "en", f"Statement {number}", "True" if true else "False", "", 1, 0, 1,
        (), options, score, (), f"k{number:03d}",
    )  # fmt: skip


def test_true_statements_never_far_outnumber_false_ones():
    drafts = [_statement(n, True, 0.8 + n / 1000) for n in range(20)]
    drafts += [_statement(100 + n, False) for n in range(4)]
    balanced = balance_truth(drafts)
    approved = [d for d in balanced if d.score >= APPROVE_AT]
    true = [d for d in approved if d.options[0].correct]
    assert len(true) == int(1.5 * 4) + 3 and len(approved) - len(true) == 4
    kept_back = [d for d in balanced if d.score < APPROVE_AT]
    assert all(d.reasons for d in kept_back)
    assert max(d.key for d in kept_back) < min(d.key for d in true)  # the weakest wait


def test_negated_questions_and_verbless_lines_are_recognised():
    from quizapp.generate.statements import has_verb, is_negative

    assert is_negative("Who did not vote for the resolution?", "en")
    assert not is_negative("Who voted for the resolution?", "en")
    assert is_negative("بلشویک‌ها روی قطع‌نامه‌ی چه کسی اصرار نورزیدند؟", "fa")
    assert not is_negative("چه کسی قطع‌نامه را نوشت؟", "fa")  # « نوشت » is no negative
    assert not has_verb("ریازانوف به عنوان رئیس سازمان لتونی؛ دیبنکو به عنوان نماینده‌ی ارتش.", "fa")
    assert has_verb("کراسنوف به پتروگراد رفت.", "fa")


def test_the_other_calendars_day_is_never_a_wrong_date():
    from quizapp.generate.dates import calendar_twins

    assert ("1917-11-07", "1917-11-07") in calendar_twins("1917-10-25")  # 25 Oct O.S.
    assert ("1917-10-12", "1917-10-12") in calendar_twins("1917-10-25")  # 25 Oct N.S.
    # a month reaches into the neighbour its text's calendar moves it to ("the July offensive"
    # of 18 June Old Style), and into neither when the calendar is not known; a year stays
    assert calendar_twins("1917-06", "julian") == [("1917-06-14", "1917-07-13")]
    assert calendar_twins("1917-07", "gregorian") == [("1917-06-18", "1917-07-18")]
    assert calendar_twins("1917-09") == calendar_twins("1917-09", "unknown") == []
    assert calendar_twins("1917", "julian") == []
    assert calendar_twins("1950-10-25") == []


def test_a_persian_body_named_in_full_is_an_alias_of_its_short_name():
    from quizapp.generate.distractors import is_alias

    assert is_alias("کنگره‌ی شوراها", "کنگره‌ی سراسری شوراهای روسیه")
    assert not is_alias("کمیته‌ی مرکزی", "کمیته‌ی نظامی انقلابی")


def test_organisations_are_told_apart_by_the_words_of_their_names():
    from quizapp.generate.forms import org_class

    assert org_class("Mensheviks") == org_class("Popular Socialists") == "party"
    # the head word decides: "congress" before "of", the last word else, the first in Persian
    assert org_class("sixth congress of the Bolshevik Party") == "gathering"
    assert org_class("Bolshevik Central Committee") == "committee"
    assert org_class("Petrograd Soviet") == "soviet" != org_class("Provisional Government")
    # a soviet is the workers' and soldiers' own, not a state council, duma or assembly
    assert org_class("Council of the Republic") == org_class("Constituent Assembly") == "council"
    assert org_class("Soviet of Moscow") == "soviet" != org_class("People’s Council")
    assert org_class("کمیته‌ی مرکزی حزب") == "committee" and org_class("حزب کادت") == "party"
    assert org_class("Postal Union") == "union" and org_class("Pravda") == ""


def test_a_blank_on_the_tail_of_a_longer_name_is_recognised():
    from quizapp.generate.statements import splits_a_name

    text = "The conference soon challenged the Soldiers' Section of the Petrograd Soviet openly."
    assert splits_a_name(one_target(text, "Section of the Petrograd Soviet", "ORG"))


def test_back_references_inside_quotations_or_pointing_forward_do_not_count():
    from quizapp.generate.textutil import refers_back

    assert refers_back("Kamenev said that this formula was wrong.", "en")
    assert not refers_back('Kamenev wrote: "This is the hour."', "en")
    assert not refers_back("It is obvious that the Vikzhel sides with Kaledin.", "en")
    assert refers_back("آن حوادث را از دریچه‌ی چشم کادت‌ها می‌نگریست.", "fa")
    assert not refers_back("لنین به کمیته چنین نوشت: «باید قدرت را گرفت.»", "fa")
    assert not refers_back("کرنسکی همان دم به ستاد رفت.", "fa")


def test_an_english_article_agrees_with_what_stands_after_it():
    from quizapp.generate.textutil import BLANK
    from quizapp.generate.wording import replaced

    text = "The Petrograd Soviet openly appointed a military revolutionary committee that week."
    target = one_target(text, "military revolutionary committee", "ORG")
    assert "appointed a(n) _____ that" in replaced(target, BLANK)  # no vowel hint
    assert "appointed an Executive Committee" in replaced(target, "Executive Committee")


def test_a_time_counted_from_something_unsaid_needs_context():
    from quizapp.generate.textutil import refers_back

    assert refers_back("Two days later the garrison went over to the Soviet.", "en")
    assert refers_back("Later that night the garrison went over to the Soviet.", "en")
    # "earlier" within the sentence's own story: before the meeting it names
    assert not refers_back("On 2 November Kamenev attacked a decree adopted earlier.", "en")
    assert refers_back("پنج سال بعد کنگره دوباره تشکیل شد.", "fa")
    assert not refers_back("On 25 October the garrison went over to the Soviet.", "en")


def test_a_pointer_the_context_does_not_explain_calls_for_the_sentence_before_it():
    from quizapp.generate.textutil import unresolved

    sentence = "Trotsky rightly observed that this formula was inaccurate."
    assert unresolved(sentence, "The army was defeated at the front.", "en")
    assert not unresolved(sentence, "The formula was endorsed by the sixth congress.", "en")
    # an idea named one way and pointed back to another: "the doctrine" … "this formula"
    assert not unresolved(sentence, "The doctrine was endorsed by the sixth congress.", "en")
    assert unresolved("تفنگ‌های این سربازها را گرفتند.", "دانشجویان به میدان آمدند.", "fa")
    assert not unresolved("تفنگ‌های این سربازها را گرفتند.", "سربازان به میدان آمدند.", "fa")
    assert not unresolved("در این مورد لنین حق داشت.", "کامنف مخالف بود.", "fa")  # a matter


def test_a_body_whose_scope_the_sentence_names_is_not_asked_about():
    from quizapp.generate.statements import scoped_body

    text = "Then the Soviet of Moscow proclaimed itself the sole local government of the city."
    assert scoped_body(one_target(text, "Soviet of Moscow", "ORG"))


def test_regions_and_seas_are_neither_countries_nor_towns():
    from quizapp.generate.forms import place_class

    assert place_class("Baltic") == place_class("بالتیک") == "region"
    assert place_class("Finland") == "land" and place_class("Kronstadt") == "town"


def test_two_halves_of_one_name_are_never_each_others_wrong_option():
    from quizapp.generate.names import joined_names
    from quizapp.generate.textutil import fold_name

    text = "آنتونوف اوفسینکو به کاخ رفت و پودویسکی در اسمولنی ماند."
    facts = tuple(
        Fact("PERSON", name, text.index(name), text.index(name) + len(name), 0.9, name)
        for name in ("آنتونوف", "اوفسینکو", "پودویسکی")
    )
    pairs = joined_names([SourcePassage(1, "d", "O", "fa", text, facts)])
    antonov, ovseenko, podvoisky = (fold_name(f.text) for f in facts)
    assert (antonov, ovseenko) in pairs and (ovseenko, antonov) in pairs
    assert (antonov, podvoisky) not in pairs


def test_the_author_is_never_a_wrong_option_in_their_own_text():
    from quizapp.generate.candidates import CandidateIndex
    from quizapp.generate.distractors import choose

    text = "Kamenev spoke, then Zinoviev, then Trotsky, then Rykov, then Nogin, then Milyutin."
    names = ("Kamenev", "Zinoviev", "Trotsky", "Rykov", "Nogin", "Milyutin")
    facts = tuple(Fact("PERSON", n, text.index(n), text.index(n) + len(n), 0.9, n) for n in names)
    lenin = Fact("PERSON", "Lenin", 0, 5, 0.9, "Lenin")
    line = "Lenin wrote to the committee."
    here = SourcePassage(1, "d", "One", "en", line, (lenin,), author="Leon Trotsky")
    other = SourcePassage(2, "d", "One", "en", text, facts, author="Leon Trotsky")
    index = CandidateIndex([here, other], [], "en")
    wrong = [c.text for c in choose(lenin, "Lenin", here, index, seed=0, n=6)]
    assert len(wrong) == 5 and "Trotsky" not in wrong


def test_a_months_wrong_options_are_its_neighbours_even_when_the_passage_names_them():
    from quizapp.generate.candidates import CandidateIndex
    from quizapp.generate.sentences import sentences_of
    from quizapp.generate.targets import targets_of, wrong_options
    from quizapp.generate.types import Fact, SourcePassage

    text = (
        "The strikes in the capital began in August. In September the peasants of the "
        "province seized the land. The insurrection in the capital came in October."
    )
    months = {"August": "1917-08", "September": "1917-09", "October": "1917-10"}
    facts = tuple(
        Fact("DATE", m, text.index(m), text.index(m) + len(m), 0.9, v, v) for m, v in months.items()
    )
    passage = SourcePassage(1, "doc", "One", "en", text, facts)
    index = CandidateIndex([passage], [], "en")
    sentence = sentences_of(passage)[1]
    target = next(t for t in targets_of(sentence) if t.text == "September")
    wrong = {c.text for c in wrong_options(target, index, seed=0)}
    # the passage's other months are no answer to this sentence; without them the options
    # would spread to December, after the story's turning point
    assert wrong == {"August", "October", "July"} or wrong == {"August", "October", "November"}
