"""What lets a short English excerpt yield enough fair questions: a party of another text as a
false statement's stand-in, a noun its own clause defines, words a sentence gives to a named
person, and a scanner's slash beside a blank: plain Python, no database."""

from quizapp.generate.forms import party_form, to_party_form
from quizapp.generate.generator import generate_questions
from quizapp.generate.quality import IMPLAUSIBLE_SWAP
from quizapp.generate.sentences import sentences_of
from quizapp.generate.statements import is_view
from quizapp.generate.targets import context_for, context_leans
from quizapp.generate.textutil import BLANK, clean_stem, unresolved
from quizapp.generate.types import TRUE_FALSE, Fact, SourcePassage


def _passage(number: int, slug: str, text: str, names: list[tuple[str, str]]) -> SourcePassage:
    facts = []
    for kind, name in names:
        start = text.index(name)
        facts.append(Fact(kind, name, start, start + len(name), 0.9, name))
    return SourcePassage(number, slug, "One", "en", text, tuple(facts))


def _other_text(kind: str, names: list[str]) -> list[SourcePassage]:
    return [
        _passage(number, "other", f"The {name} met in the capital that week.", [(kind, name)])
        for number, name in enumerate(names, start=10)
    ]


def test_a_party_named_in_another_text_makes_a_fair_false_statement_about_a_party():
    text = "The Bolsheviks predominated in the conference of the factory councils at the palace."
    mine = _passage(1, "mine", text, [("ORG", "Bolsheviks")])
    pool = _other_text("ORG", ["Mensheviks", "Cadets", "Anarchists"])
    statements = [d for d in generate_questions([mine], pool=pool) if d.kind == TRUE_FALSE]
    false = [d for d in statements if not d.options[0].correct]
    assert false and all(IMPLAUSIBLE_SWAP not in d.reasons for d in false)
    newspapers = _other_text("ORG", ["Pravda", "Izvestia", "Rabochy Put"])
    statements = [d for d in generate_questions([mine], pool=newspapers) if d.kind == TRUE_FALSE]
    assert all(IMPLAUSIBLE_SWAP in d.reasons for d in statements if not d.options[0].correct)


def test_a_party_name_of_two_words_turns_singular_by_its_last():
    assert party_form("Popular Socialists") == "plural"
    assert to_party_form("Popular Socialists", "singular") == "Popular Socialist"
    assert party_form("Petrograd Soviet") == party_form("Tauride Palace") == ""


def test_a_noun_its_own_clause_defines_points_nowhere_else():
    context = "In no time the conference became strong enough to challenge the Soviet."
    defined = "On June 24 it rejected the plan that had been prepared by the government."
    assert not unresolved(defined, context, "en")
    assert unresolved("On June 24 it rejected the plan.", context, "en")


def test_words_a_sentence_gives_to_a_named_person_are_a_fact_about_them_only():
    text = (
        "Although, according to Lenin, the July revolt inaugurated a regime which must be "
        "overthrown by force, he did not advocate an armed uprising in the immediate future."
    )
    mine = _passage(1, "mine", text, [("PERSON", "Lenin")])
    (sentence,) = sentences_of(mine)
    assert not is_view(sentence)
    unsaid = clean_stem(text).replace("Lenin", "Trotsky")
    assert is_view(sentences_of(_passage(2, "mine", "Troops must be sent at once.", []))[0])
    pool = [
        _passage(n, "other", f"{name} spoke at the meeting of the committee that night.",
                 [("PERSON", name)])
        for n, name in enumerate(["Trotsky", "Zinoviev", "Kamenev"], start=10)
    ]  # fmt: skip
    statements = [d for d in generate_questions([mine], pool=pool) if d.kind == TRUE_FALSE]
    assert statements and all(d.options[0].correct for d in statements)
    assert not any(unsaid[:40] in d.prompt for d in statements)


def test_a_scanners_slash_beside_a_blank_is_mended_like_one_beside_a_word():
    shown = clean_stem(f"'The problem,' Lenin wrote {BLANK}/ \"is the insurrection.\"")
    assert f"{BLANK}," in shown and "/" not in shown


def test_a_context_says_which_body_it_means_dropping_an_opening_that_points_further_back():
    text = (
        "The agitators had roused the suspicions of the soldiers. "
        "By kindling these suspicions, the Communists persuaded the soldiers to elect a "
        "special conference of regimental representatives. "
        "In no time the conference became strong enough to challenge the Soldiers' Section. "
        "On June 24 it unanimously rejected the plan that the government had prepared."
    )
    mine = _passage(1, "mine", text, [("DATE", "June 24")])
    sentence = sentences_of(mine)[-1]
    context = context_for(sentence, sentence.text)
    assert context.startswith("… the Communists persuaded") and "special conference" in context
    assert context_leans(sentence, "In no time the conference became strong enough to act.")
