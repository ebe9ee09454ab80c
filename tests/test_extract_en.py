"""English extraction (plain Python, no database): names with one type each, and dates."""

import itertools
import re

import pytest

from quizapp.extract.dates_en import find_dates_en
from quizapp.extract.en_spans import Candidate, name_key
from quizapp.extract.en_text import model_chunks, model_view, paragraph_spans
from quizapp.extract.en_vote import tally
from quizapp.extract.english import extract_english
from quizapp.extract.types import DATE, ORG, PERSON, PLACE

STORY = (
    "Comrade Bardin opened the meeting of the Regional Committee. Bardin, Kostrov and Lesnov "
    "resigned from the Executive Committee the next day. Bardin’s letter was published in Zarya "
    "on 7 November 1917. General Tulin arrived in Tver, and Mr. Olkhin said that the Tver Soviet "
    "would support him.\n\n"
    "Alexander Dorin came to Smolensk in July or August. Dorin wrote to the Soviet of Workers' "
    "and Soldiers7 Deputies: 'We cannot wait/' Later Mr. Dorin's proposal was rejected by the "
    "Party on October 29 (November 11), 1917."
)


@pytest.fixture(scope="module")
def story():
    return extract_english(STORY, default_year=1917)


def named(mentions, text):
    return [m for m in mentions if m.text == text]


def dates(text, year=1917, calendar="unknown"):
    return {m.text: m for m in find_dates_en(text, default_year=year, calendar=calendar)}


def candidates_for(text, name, label):
    """The model's (wrong) label on every occurrence of a name, as the voting sees it."""
    return [
        Candidate(m.start(), m.end(), label, "model", key=name_key(name))
        for m in re.finditer(name, text)
    ]


# --- shape of the result --------------------------------------------------------------------


def test_offsets_order_and_fields(story):
    assert story
    for m in story:
        assert STORY[m.start : m.end] == m.text
        assert 0.0 <= m.confidence <= 1.0
        assert (m.value is not None) == (m.type == DATE)
        assert m.canonical or m.type == DATE
    assert [m.start for m in story] == sorted(m.start for m in story)
    assert all(a.end <= b.start for a, b in itertools.pairwise(story))


def test_dates_are_part_of_the_result(story):
    found = {m.text: m.value for m in story if m.type == DATE}
    assert found["7 November 1917"] == "1917-11-07"
    assert found["July or August"] == "1917-07/1917-08"
    assert found["October 29 (November 11), 1917"] == "1917-11-11"


# --- one type per name ----------------------------------------------------------------------


def test_voting_overrides_a_label_the_model_gave_every_time():
    text = "Comrade Zorin spoke first. Zorin wrote that the plan had failed. Later Zorin said no."
    votes = tally(text, candidates_for(text, "Zorin", PLACE))
    assert votes["zorin"].decision()[0] == PERSON


def test_a_list_shares_the_type_of_its_members():
    text = "Zorin, Pavlin and Gusev signed the appeal."
    mentions = (
        candidates_for(text, "Zorin", PERSON)
        + candidates_for(text, "Pavlin", PLACE)
        + candidates_for(text, "Gusev", ORG)
    )
    votes = tally(text, sorted(mentions, key=lambda c: c.start))
    assert {key: t.decision()[0] for key, t in votes.items()} == dict.fromkeys(
        ["zorin", "pavlin", "gusev"], PERSON
    )


def test_every_mention_of_a_name_gets_the_same_type(story):
    bardin = [m for m in story if m.canonical == "Bardin"]
    assert len(bardin) == 3
    assert {m.type for m in bardin} == {PERSON}
    assert min(m.confidence for m in bardin) >= 0.8


@pytest.mark.parametrize("name", ["Kostrov", "Lesnov", "Tulin", "Olkhin"])
def test_cues_make_people(story, name):
    (mention,) = named(story, name)  # the title is not part of the span
    assert mention.type == PERSON
    assert mention.confidence >= 0.8


def test_possessives_are_part_of_the_span_not_the_name(story):
    curly, straight = named(story, "Bardin’s"), named(story, "Dorin's")
    assert curly[0].canonical == "Bardin"
    assert straight[0].canonical == "Alexander Dorin"


def test_mentions_are_grouped_under_the_fullest_name(story):
    dorin = [m for m in story if m.type == PERSON and "Dorin" in m.text]
    assert [m.text for m in dorin] == ["Alexander Dorin", "Dorin", "Dorin's"]
    assert {m.canonical for m in dorin} == {"Alexander Dorin"}


def test_organisations_and_places(story):
    types = {m.text: m.type for m in story}
    assert types["Regional Committee"] == ORG  # "the" is not part of the name
    assert types["Tver Soviet"] == ORG
    assert types["Zarya"] == ORG  # a newspaper: "published in"
    assert types["Tver"] == PLACE
    assert types["Smolensk"] == PLACE
    assert "the Regional Committee" not in types


def test_ocr_noise_is_read_through(story):
    (soviet,) = [m for m in story if m.text.startswith("Soviet of Workers")]
    assert soviet.type == ORG
    assert soviet.text.endswith("Soldiers7 Deputies")
    assert soviet.canonical == "Soviet of Workers' and Soldiers' Deputies"
    assert model_view("Soldiers7 Deputies; 'wait/' he").startswith("Soldiers' Deputies")


def test_confidence_separates_confirmed_from_lone_names():
    text = "Comrade Vetrov spoke. Vetrov said the troops were ready. The train passed Smolensk."
    found = {m.text: m for m in extract_english(text, default_year=1917)}
    assert found["Vetrov"].confidence >= 0.8
    assert found["Smolensk"].confidence < 0.8


# --- dates ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "span", "value"),
    [
        ("The strike began on November 3.", "November 3", "1917-11-03"),
        ("Late in the afternoon of March 5 they left.", "March 5", "1917-03-05"),
        ("He was arrested on 7 November 1917 at dawn.", "7 November 1917", "1917-11-07"),
        ("They met on the 9th of November.", "9th of November", "1917-11-09"),
        ("Nothing changed in July or August.", "July or August", "1917-07/1917-08"),
        ("It mattered in September and October.", "September and October", "1917-09/1917-10"),
        ("The talks lasted November 5-7.", "November 5-7", "1917-11-05/1917-11-07"),
        ("He wrote early in October.", "early in October", "1917-10"),
        ("The events of the end of August.", "the end of August", "1917-08"),
        ("At the beginning of September.", "the beginning of September", "1917-09"),
        ("In the middle of September.", "the middle of September", "1917-09"),
        ("Until mid-September nothing moved.", "mid-September", "1917-09"),
        ("The strikes of 1905 failed.", "1905", "1905"),
        ("See Petrov, Memoirs (Paris, 1925), 14.", "1925", "1925"),
        ("In March 1917 the old order fell.", "March 1917", "1917-03"),
    ],
)
def test_date_expressions(sentence, span, value):
    found = dates(sentence)
    assert span in found, found
    assert found[span].value == value
    assert found[span].calendar == "unknown"


@pytest.mark.parametrize(
    ("sentence", "span", "julian", "gregorian"),
    [
        ("On October 29 (November 11), 1917 it met.", "October 29 (November 11), 1917",
         "1917-10-29", "1917-11-11"),
        ("The vote on November 1 (14) was close.", "November 1 (14)", "1917-11-01", "1917-11-14"),
        ("On November 5 or 6 (18 or 19), they left.", "November 5 or 6 (18 or 19)",
         "1917-11-05/1917-11-06", "1917-11-18/1917-11-19"),
        ("It fell on December 25 (January 7).", "December 25 (January 7)", "1917-12-25",
         "1918-01-07"),
        ("The rising of 25 October (7 November) 1917.", "25 October (7 November) 1917",
         "1917-10-25", "1917-11-07"),
    ],
)  # fmt: skip
def test_old_style_new_style_pairs(sentence, span, julian, gregorian):
    found = dates(sentence)
    assert span in found, found
    pair = found[span]
    assert (pair.value, pair.value_julian, pair.value_gregorian) == (gregorian, julian, gregorian)
    assert pair.calendar == "julian"


def test_a_bracket_that_is_not_a_new_style_date_is_not_a_pair():
    found = dates("The decision of November 3 (see p. 12) stood.")
    assert found["November 3"].value == "1917-11-03"
    assert found["November 3"].value_julian is None


def test_calendar_marks_in_the_text_win_over_the_argument():
    text = "He abdicated on 2 March 1917 (O.S.). The war ended on 11 November 1918 N.S. in fact."
    found = dates(text, calendar="unknown")
    old = found["2 March 1917 (O.S.)"]
    assert (old.calendar, old.value, old.value_gregorian) == ("julian", "1917-03-02", "1917-03-15")
    assert found["11 November 1918 N.S."].calendar == "gregorian"
    plain = dates("It happened on June 24.", calendar="gregorian")["June 24"]
    assert plain.calendar == "gregorian"


def test_missing_years_come_from_the_paragraph_else_the_default():
    text = (
        "In 1905 the strikes spread. By October the Tsar gave way. In 1906 the Duma met; by May "
        "it was dissolved.\n\nIn March the army mutinied."
    )
    assert dates(text)["October"].value == "1905-10"
    assert dates(text)["May"].value == "1906-05"
    assert dates(text)["March"].value == "1917-03"
    assert dates(text, year=None)["March"].value == "--03"


@pytest.mark.parametrize(
    "sentence",
    [
        "(see pp. 277-79)",
        "Some 1500 soldiers deserted.",
        "They met at 5 o'clock.",
        "He may come, and March on.",
        "The October insurrection was over.",
    ],
)
def test_not_dates(sentence):
    assert dates(sentence) == {}


# --- text plumbing --------------------------------------------------------------------------


def test_paragraphs_and_chunks():
    text = "First line of a wrapped paragraph\ncontinues here.\n\nSecond paragraph.\n7\tA footnote."
    parts = [text[s:e] for s, e in paragraph_spans(text)]
    assert parts == [
        "First line of a wrapped paragraph\ncontinues here.",
        "Second paragraph.",
        "7\tA footnote.",
    ]
    long = "A sentence of some words. " * 2000
    chunks = model_chunks(long)
    assert max(e - s for s, e in chunks) <= 20_000
    assert chunks[0][0] == 0 and chunks[-1][1] == len(long)
    assert all(a[1] == b[0] for a, b in itertools.pairwise(chunks))


@pytest.mark.parametrize("text", ["", "  \n\n ", "no names here.", "THE END", "Comrade"])
def test_nothing_to_find(text):
    assert extract_english(text, default_year=1917) == []
