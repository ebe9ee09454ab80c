"""The plain-Python text pipeline: decoding, offsets, Persian, structure (no database)."""

import itertools
import random
import re

import pytest

from quizapp.text.clean import clean_text
from quizapp.text.decode import decode_document
from quizapp.text.errors import InputError
from quizapp.text.numbers import parse_ordinal
from quizapp.text.offsets import OffsetMap
from quizapp.text.persian import fold_persian, normalize_persian
from quizapp.text.pipeline import detect_language, parse_document
from tests.conftest import CONTENT, PERSIAN_BOOK


def read(name: str) -> str:
    return decode_document((CONTENT / name).read_bytes())


@pytest.fixture(scope="module")
def persian_book():
    return parse_document(decode_document(PERSIAN_BOOK.read_bytes()))


# --- decoding -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty"),
        (b"  \n\n\t ", "empty"),
        (b"PK\x03\x04\x00\x00binary\x00", "binary"),
        (bytes(range(1, 32)) * 20, "binary"),
        ("Déjà vu, naïve café".encode("latin-1"), "not UTF-8"),
    ],
)
def test_unreadable_input_is_refused_with_a_reason(data, reason):
    with pytest.raises(InputError, match=reason):
        decode_document(data)


def test_windows_1256_persian_is_converted():
    persian = "لنين در پتروگراد سخن گفت و كميته تصميم گرفت."  # Arabic yeh and kaf, as in cp1256
    assert decode_document(persian.encode("cp1256")) == persian


def test_size_limit():
    with pytest.raises(InputError, match="too large"):
        decode_document(b"a" * 101, max_bytes=100)
    assert decode_document(b"a" * 100, max_bytes=100) == "a" * 100


def test_bom_and_windows_line_endings_are_dropped():
    assert decode_document("\ufeffone\r\ntwo\rthree".encode()) == "one\ntwo\nthree"


# --- offsets ----------------------------------------------------------------------------------


def test_cleaning_joins_words_broken_at_line_ends_and_maps_back():
    raw = "the revolu-\ntion began; they were be-\n\nfore the Soviet. Left-\nWing"
    text, mapping = clean_text(raw)
    assert text == "the revolution began; they were before the Soviet. Left-\nWing"
    start = text.index("Soviet")
    assert raw[mapping.to_old(start) : mapping.to_old(start + 6)] == "Soviet"
    # a hyphen at the very end (the excerpt stops mid-word) stays
    assert clean_text("nation; be-")[0] == "nation; be-"


def test_a_word_split_by_a_line_break_whose_hyphen_was_lost_is_joined():
    raw = (
        "the Provisional Govern\nment fell. The government was weak and\nthe men went in\nto town."
    )
    text, mapping = clean_text(raw)
    assert "Provisional Government fell" in text
    assert "weak and\nthe men" in text and "in\nto town" in text  # each half a word of its own
    start = text.index("fell")
    assert raw[mapping.to_old(start) : mapping.to_old(start + 4)] == "fell"


def test_offset_maps_compose_exactly_on_random_edits():
    rng = random.Random(7)
    for _ in range(200):
        base = "".join(rng.choice("abc d\n") for _ in range(60))
        first = _random_edit(rng, base)
        second = _random_edit(rng, first[0])
        composed = first[1].then(second[1])
        text = second[0]
        for pos, char in enumerate(text):
            if char in "abc":  # letters are never inserted, so each maps to itself
                assert base[composed.to_old(pos)] == char


def _random_edit(rng, text):
    from quizapp.text.clean import substitute

    pattern = re.compile(rng.choice([r" d", r"\n", r"dd+", r" "]))
    replacement = rng.choice(["", "X", "XX", " "])
    return substitute(text, pattern, lambda m: replacement)


def test_offset_map_survives_json():
    mapping = OffsetMap.from_anchors([(0, 0), (5, 7), (9, 9)], 20, 20)
    assert OffsetMap.from_json(mapping.as_json()) == mapping


# --- Persian ----------------------------------------------------------------------------------


def test_persian_normalisation_and_offsets_back_to_the_original():
    raw = "لنين در روز بيست و سوم سپتامبر می نويسد که كميته ی مرکزی بايد قيام کند."
    text, mapping = normalize_persian(raw)
    assert "ي" not in text
    assert "ك" not in text
    assert "می\u200cنویسد" in text
    assert "کمیته\u200cی" in text
    for word in re.finditer(r"\w+", text):
        old = raw[mapping.to_old(word.start()) : mapping.to_old(word.end())]
        assert fold_persian(old) == fold_persian(word.group())


@pytest.mark.parametrize(
    ("phrase", "value"),
    [
        ("اول", 1),
        ("دوم", 2),
        ("سوم", 3),
        ("دهم", 10),
        ("یازدهم", 11),
        ("بیست و سوم", 23),
        ("بيست و يکم", 21),
        ("سی ام", 30),
        ("سی‌ویکم", 31),
        ("سی و یکم", 31),
        ("۱۲", 12),
        ("12", 12),
        ("چهاردهم", 14),
        ("نوزدهمین", 19),
        ("فلان", None),
    ],
)
def test_persian_ordinals(phrase, value):
    assert parse_ordinal(phrase) == value


def test_language_detection():
    assert detect_language(read("fa/trotsky-history-vol3.txt")) == "fa"
    assert detect_language(read("en/lenin-cc-meeting-1-14-november-1917.txt")) == "en"


# --- structure --------------------------------------------------------------------------------


def test_persian_book_structure(persian_book):
    sections = persian_book.sections
    chapters = [s for s in sections if s.kind == "chapter"]
    assert [c.number for c in chapters] == list(range(1, 11))
    assert chapters[0].label == "فصل اول"
    assert chapters[0].title == "دهقانان پیش از اکتبر"
    assert chapters[2].title.startswith("خروج از پیش- پارلمان")  # title after a blank line
    assert chapters[7].title == "تسخیر کاخ زمستانی"
    assert [s.kind for s in sections if s.level == 1][-5:] == [
        "conclusion",
        "appendix",
        "appendix",
        "appendix",
        "notes",
    ]
    appendices = [s for s in sections if s.kind == "appendix"]
    assert [a.number for a in appendices] == [1, 2, 3]
    assert appendices[1].title == "سوسیالیزم در یک کشور واحد؟"
    notes = sections[-1]
    assert len(notes.passages) >= 10
    assert {p.kind for p in notes.passages} == {"footnote"}
    assert "مترجم" in notes.passages[0].text


def test_persian_passages_cover_the_text_in_order(persian_book):
    passages = [p for s in persian_book.sections for p in s.passages]
    assert all(a.end <= b.start for a, b in itertools.pairwise(passages))
    assert all(persian_book.text[p.start : p.end] == p.text for p in passages)
    covered = sum(p.end - p.start for p in passages)
    visible = len(re.sub(r"\s|\*", "", persian_book.text))
    assert covered >= visible  # nothing but blank lines and separators is left out


def test_persian_passages_map_back_to_the_original_file(persian_book):
    mapping = persian_book.offset_map
    raw = persian_book.raw_text
    for section in persian_book.sections[:3]:
        for passage in section.passages[:5]:
            first_word = re.match(r"\w+", passage.text).group()
            start = mapping.to_old(passage.start)
            assert fold_persian(raw[start : start + len(first_word)]) == fold_persian(first_word)


def test_english_heading_and_opening():
    parsed = parse_document(read("en/woytinsky-stormy-passage-unrest-in-petrograd.txt"))
    assert [(s.kind, s.title) for s in parsed.sections] == [
        ("preamble", ""),
        ("heading", "UNREST IN PETROGRAD"),
    ]
    assert parsed.sections[1].passages[-1].text.endswith("nation; be-")


def test_english_footnotes_block():
    parsed = parse_document(read("en/lenin-cc-meeting-1-14-november-1917.txt"))
    notes = parsed.sections[-1]
    assert (notes.kind, notes.title) == ("notes", "Footnotes")
    footnotes = [p for p in notes.passages if p.kind == "footnote"]
    assert footnotes[0].text.startswith("[1] The reference is to")
    assert any(p.text.startswith("Vikzhel, the All-Russia") for p in footnotes)
    assert all(p.kind == "body" for p in parsed.sections[0].passages)


def test_numbered_note_lines_of_a_scanned_page():
    parsed = parse_document(read("en/lenin-turn-to-insurrection-1917.txt"))
    notes = parsed.sections[-1]
    assert notes.kind == "notes"
    texts = [p.text for p in notes.passages]
    assert [t.split("\t")[0] for t in texts] == ["7", "8"]
    assert "Leon Trotsky, The History of\nthe Russian Revolution" in texts[1]


def test_a_new_english_document_with_chapters():
    text = (
        "CHAPTER I\nThe Gathering Storm\n\nIt was a cold morning when the delegates met.\n\n"
        "Chapter 2: Into the Streets\n\nThe crowds moved toward the palace in silence.\n\n"
        "Notes\n1. See the minutes of the meeting.\n2. Quoted in the press.\n"
    )
    parsed = parse_document(text, language="en")
    assert [(s.kind, s.number, s.title) for s in parsed.sections] == [
        ("chapter", 1, "The Gathering Storm"),
        ("chapter", 2, "Into the Streets"),
        ("notes", None, "Notes"),
    ]


def test_a_new_persian_document_with_eleventh_chapter():
    text = (
        "فصل يازدهم\nراه آهن و اعتصاب\nکارگران راه آهن در روز بيست و سوم اعتصاب کردند و کميته ی "
        "اعتصاب همه ی خطوط را بست.\n\nضميمه ی اول\nاسناد\nمتن اسناد در اين جا آمده است."
    )
    parsed = parse_document(text)
    assert parsed.language == "fa"
    assert [(s.kind, s.number, s.title) for s in parsed.sections] == [
        ("chapter", 11, "راه\u200cآهن و اعتصاب"),
        ("appendix", 1, "اسناد"),
    ]


@pytest.mark.parametrize(
    ("phrase", "value"),
    [
        ("سومین", 3),
        ("نخستین", 1),
        ("اولین", 1),
        ("هیژدهم", 18),
        ("بیست وسوم", 23),
        ("۲۵ام", 25),
        ("سی بیست", None),
        ("دو سه", None),
        ("صد و بیست و یکم", 121),
    ],
)
def test_more_persian_number_forms(phrase, value):
    assert parse_ordinal(phrase) == value
