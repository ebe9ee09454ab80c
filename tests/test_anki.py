"""Anki export: packages imported by Anki's own backend (the official ``anki`` package)."""

import io
import json
import sqlite3
import zipfile
from datetime import timedelta
from pathlib import Path
from types import SimpleNamespace

import genanki
import pytest
from anki.collection import Collection, ImportAnkiPackageRequest
from anki.import_export_pb2 import ImportAnkiPackageUpdateCondition
from django.core.management import CommandError, call_command
from django.utils import timezone

from quizapp.anki import note_guid, write_package
from quizapp.anki_http import export_response
from quizapp.anki_models import MODEL_IDS, esc
from quizapp.models import Choice, Document, Entity, Passage, Question

pytestmark = [
    pytest.mark.django_db,
    # genanki warns when a field holds HTML that is not escaped: here that is a failure
    pytest.mark.filterwarnings("error:Field contained"),
]

EN, FA = "woytinsky-before-october", "trotsky-history-vol3"
NASTY = '<b>&"'  # must reach Anki as text, never as markup
IF_NEWER = ImportAnkiPackageUpdateCondition.IMPORT_ANKI_PACKAGE_UPDATE_CONDITION_IF_NEWER


# Fixtures --------------------------------------------------------------------------------


def _question(document, passage, kind, prompt, answer, choices=(), entities=(), **fields):
    question = Question.objects.create(
        key=f"anki-test-{Question.objects.count()}",
        document=document,
        passage=passage,
        kind=kind,
        language=document.language,
        prompt=prompt,
        answer=answer,
        status=fields.pop("status", "approved"),
        **fields,
    )
    for order, (text, correct, *rest) in enumerate(choices):
        note, rank = (rest[0] if rest else ""), (rest[1] if len(rest) > 1 else None)
        Choice.objects.create(
            question=question, order=order, text=text, correct=correct, note=note, rank=rank
        )
    question.entities.set(entities)
    return question


@pytest.fixture
def bank():
    """Questions of every kind in both languages; one with no passage."""
    en, fa = Document.objects.get(slug=EN), Document.objects.get(slug=FA)
    p_en = Passage.objects.filter(document=en, kind="body").order_by("order").first()
    p_fa = Passage.objects.filter(document=fa, kind="body", section__order__gt=1).first()
    lenin = Entity.objects.create(kind="PERSON", language="en", name="Anki Lenin", key="ankilenin")
    smolny = Entity.objects.create(
        kind="PLACE", language="fa", name="اسمولنی تست", key="اسمولنی تست"
    )
    q = SimpleNamespace(en=en, fa=fa, p_en=p_en, p_fa=p_fa, lenin=lenin, smolny=smolny)
    q.cloze_en = _question(
        en, p_en, "cloze", "The _____ met at Smolny.", "Military Revolutionary Committee",
        context="It was late October.",
        explanation="The Military Revolutionary Committee met at Smolny.",
    )  # fmt: skip
    q.mcq_en = _question(
        en, p_en, "mcq", f"Which party {NASTY} won?", f"Bolsheviks {NASTY}",
        choices=[("Mensheviks", False, "They lost."), (f"Bolsheviks {NASTY}", True),
                 ("Kadets", False), ("SRs", False)],
        entities=[lenin], explanation=f"The Bolsheviks {NASTY} won.",
    )  # fmt: skip
    q.tf_en = _question(
        en, p_en, "true_false", "True or false: Kerensky fled.", "True",
        choices=[("True", True), ("False", False)], explanation="Kerensky fled.",
    )  # fmt: skip
    q.timeline_en = _question(
        en, p_en, "timeline", "Put these in order.", "February → July → October",
        choices=[("October", False, "", 3), ("February", False, "", 1), ("July", False, "", 2)],
    )  # fmt: skip
    q.who_en = _question(
        en, p_en, "who_said", "“All power to the Soviets!” Who said it?", "Anki Lenin",
        choices=[("Anki Lenin", True), ("Trotsky", False), ("Martov", False), ("Dan", False)],
        entities=[lenin],
    )  # fmt: skip
    q.orphan_en = _question(en, None, "cloze", "_____ was the capital.", "Petrograd")
    q.cloze_fa = _question(
        fa, p_fa, "cloze", "شورا در _____ تشکیل شد.", "اسمولنی",
        explanation="شورا در اسمولنی تشکیل شد.", entities=[smolny],
    )  # fmt: skip
    q.mcq_fa = _question(
        fa, p_fa, "mcq", "رهبر بلشویک‌ها که بود؟", "لنین",
        choices=[("لنین", True), ("مارتوف", False), ("کرنسکی", False), ("دان", False)],
        entities=[smolny],
    )  # fmt: skip
    q.tf_fa = _question(
        fa, p_fa, "true_false", "درست یا نادرست: کرنسکی ماند.", "نادرست",
        choices=[("درست", False, "در متن «گریخت» آمده است، نه «ماند»."), ("نادرست", True)],
    )  # fmt: skip
    q.draft_en = _question(en, p_en, "cloze", "_____ spoke.", "Trotsky", status="draft",
                           entities=[lenin])  # fmt: skip
    q.all = [q.cloze_en, q.mcq_en, q.tf_en, q.timeline_en, q.who_en, q.orphan_en,
             q.cloze_fa, q.mcq_fa, q.tf_fa]  # fmt: skip
    _backdate()
    return q


def _backdate():
    """Written a while ago: an export need not wait for the second of their change to pass."""
    Question.objects.filter(key__startswith="anki-test-").update(
        updated_at=timezone.now() - timedelta(minutes=5)
    )


def _selection(bank):
    return Question.objects.filter(pk__in=[q.pk for q in bank.all])


@pytest.fixture
def collection(tmp_path):
    folder = tmp_path / "anki"
    folder.mkdir()
    col = Collection(str(folder / "collection.anki2"))
    yield col
    col.close()


def _import(col: Collection, path: Path):
    """Import as Anki's import dialog does by default (its presets: update notes if newer)."""
    options = col._backend.get_import_anki_package_presets()
    assert options.update_notes == options.update_notetypes == IF_NEWER
    request = ImportAnkiPackageRequest(package_path=str(path), options=options)
    return col.import_anki_package(request).log


def _notes_by_guid(col: Collection) -> dict:
    return {note.guid: note for note in map(col.get_note, col.find_notes(""))}


def _deck(document, passage=None) -> str:
    if passage is None:
        return document.title
    return f"{document.title}::{passage.section.order:02d} {passage.section.display_title}"


# Import into Anki ------------------------------------------------------------------------


def test_package_imports_with_decks_tags_and_note_types(bank, tmp_path, collection):
    summary = write_package(_selection(bank), tmp_path / "bank.apkg")
    assert (summary.notes, summary.cards) == (9, 9)

    log = _import(collection, summary.path)
    assert (len(log.new), len(log.updated), len(log.duplicate), len(log.conflicting)) == (
        9, 0, 0, 0,
    )  # fmt: skip
    assert (collection.note_count(), collection.card_count()) == (9, 9)
    names = {deck.name for deck in collection.decks.all_names_and_ids()}
    expected = {
        _deck(bank.en),
        _deck(bank.en, bank.p_en),
        _deck(bank.fa),
        _deck(bank.fa, bank.p_fa),
    }
    assert expected <= names

    notes = _notes_by_guid(collection)
    assert set(notes) == {genanki.guid_for(str(q.uuid)) for q in bank.all}
    for question in bank.all:
        note = notes[note_guid(question)]
        (card,) = note.cards()
        assert collection.decks.name(card.did) == _deck(question.document, question.passage)
        model = note.note_type()
        assert int(model["id"]) in MODEL_IDS.values()
        # Persian note types have right-to-left fields; English ones do not
        assert {f["rtl"] for f in model["flds"]} == {question.language == "fa"}
        assert 'dir="auto"' in model["tmpls"][0]["qfmt"]
        assert "Vazirmatn" in model["css"]

    tags = notes[note_guid(bank.mcq_en)].tags
    assert sorted(tags) == sorted(
        [
            f"quizapp::doc::{EN}",
            f"quizapp::doc::{EN}::01_Stormy_Passage_the_days_before_the_October_insurrection",
            "quizapp::kind::mcq",
            "quizapp::lang::en",
            "quizapp::person::Anki_Lenin",
        ]
    )
    fa_tags = notes[note_guid(bank.cloze_fa)].tags
    assert "quizapp::place::اسمولنی_تست" in fa_tags
    assert "quizapp::lang::fa" in fa_tags
    assert all(" " not in tag for note in notes.values() for tag in note.tags)


def test_cloze_notes(bank, tmp_path, collection):
    _import(collection, write_package(_selection(bank), tmp_path / "bank.apkg").path)
    notes = _notes_by_guid(collection)

    note = notes[note_guid(bank.cloze_en)]
    assert note.keys() == ["Text", "Extra", "Source"]
    assert "{{c1::Military Revolutionary Committee}}" in note["Text"]
    assert "It was late October." in note["Text"]
    assert note["Extra"] == ""  # the source sentence is the prompt filled in: not repeated
    assert note["Source"] == bank.en.title  # its one section has the document's title
    (card,) = note.cards()
    question, answer = card.question(), card.answer()
    assert "[...]" in question and "Military Revolutionary Committee" not in question
    assert '<span class="cloze"' in answer and "Military Revolutionary Committee" in answer
    assert bank.en.title in answer

    note = notes[note_guid(bank.cloze_fa)]
    assert note["Text"].count("{{c1::اسمولنی}}") == 1
    section = bank.p_fa.section
    assert note["Source"] == f"{bank.fa.title} — {section.order:02d} {section.display_title}"
    assert 'lang="fa"' in note.cards()[0].question()
    # no passage: the document's own deck, the document alone cited
    note = notes[note_guid(bank.orphan_en)]
    assert collection.decks.name(note.cards()[0].did) == bank.en.title
    assert note["Source"] == bank.en.title


def test_multiple_choice_notes_escape_everything(bank, tmp_path, collection):
    _import(collection, write_package(_selection(bank), tmp_path / "bank.apkg").path)
    note = _notes_by_guid(collection)[note_guid(bank.mcq_en)]
    assert note.keys() == ["Question", "Choices", "Answer", "Source", "Explanation"]
    escaped = "&lt;b&gt;&amp;&quot;"
    setting = f'<div class="setting">{esc(bank.mcq_en.setting)}</div>'  # its chapter
    assert bank.mcq_en.setting
    assert note["Question"] == f'{setting}<div class="prompt">Which party {escaped} won?</div>'
    assert note["Answer"] == f"Bolsheviks {escaped}"
    assert note["Explanation"] == f"The Bolsheviks {escaped} won."
    assert f'<li class="choice correct" dir="auto">Bolsheviks {escaped}</li>' in note["Choices"]
    assert '<div class="why">They lost.</div>' in note["Choices"]

    (card,) = note.cards()
    question, answer = card.question(), card.answer()
    assert NASTY not in question + answer and "<b>" not in question + answer
    assert "Mensheviks" in question and "Kadets" in question  # the options on the front
    assert "<hr id=answer>" in answer
    assert f'<div class="answer" dir="auto">Bolsheviks {escaped}</div>' in answer
    assert '<div class="quizapp back"' in answer  # the CSS marks .back .choice.correct
    assert ".back .choice.correct" in answer  # the note type's CSS comes with the card


def test_basic_notes(bank, tmp_path, collection):
    _import(collection, write_package(_selection(bank), tmp_path / "bank.apkg").path)
    notes = _notes_by_guid(collection)

    timeline = notes[note_guid(bank.timeline_en)]
    assert timeline.keys() == ["Front", "Back", "Source", "Explanation"]
    assert timeline["Back"] == (
        '<ol class="order"><li dir="auto">February</li><li dir="auto">July</li>'
        '<li dir="auto">October</li></ol>'
    )
    question, answer = timeline.cards()[0].question(), timeline.cards()[0].answer()
    assert question.index(">October<") < question.index(">February<")  # as stored: shuffled
    back = answer.split("<hr id=answer>")[1]
    assert back.index(">February<") < back.index(">July<") < back.index(">October<")

    who = notes[note_guid(bank.who_en)]
    assert "Trotsky" in who.cards()[0].question() and who["Back"] == "Anki Lenin"
    assert "“All power to the Soviets!”" in who["Front"]

    tf = notes[note_guid(bank.tf_fa)]
    assert tf["Back"] == 'نادرست<div class="note">در متن «گریخت» آمده است، نه «ماند».</div>'
    assert {f["rtl"] for f in tf.note_type()["flds"]} == {True}
    assert tf.cards()[0].question().count("نادرست") == 1  # in "درست یا نادرست:" only
    assert tf.cards()[0].answer().count("نادرست") == 2  # and the answer


def test_reexport_after_an_edit_updates_the_note_in_place(bank, tmp_path, collection):
    first = write_package(_selection(bank), tmp_path / "first.apkg")
    assert len(_import(collection, first.path).new) == 9
    card_ids = set(collection.find_cards(""))

    # the same file again: nothing newer, so Anki keeps its notes (its rule is "if newer")
    log = _import(collection, first.path)
    assert (len(log.new), len(log.updated), len(log.duplicate)) == (0, 0, 9)

    bank.mcq_en.prompt = "Which party took power in October?"
    bank.mcq_en.save()  # likely in the same second as the first export
    # were the new export stamped with the first one's second, Anki would skip the edit
    stale = write_package(_selection(bank), tmp_path / "stale.apkg", timestamp=first.timestamp)
    assert len(_import(collection, stale.path).duplicate) == 9
    assert "took power" not in _notes_by_guid(collection)[note_guid(bank.mcq_en)]["Question"]

    second = write_package(_selection(bank), tmp_path / "second.apkg")
    assert int(second.timestamp) > int(first.timestamp)

    log = _import(collection, second.path)
    assert len(log.updated) == 9  # every note newer: none skipped as a duplicate
    assert (len(log.new), len(log.duplicate), len(log.conflicting)) == (0, 0, 0)
    assert (collection.note_count(), collection.card_count()) == (9, 9)
    assert set(collection.find_cards("")) == card_ids  # same cards: reviews are kept
    note = _notes_by_guid(collection)[note_guid(bank.mcq_en)]
    assert "Which party took power in October?" in note["Question"]
    names = [m.name for m in collection.models.all_names_and_ids()]
    assert len([n for n in names if n.startswith("quizapp")]) == 6  # no renamed copies


def test_a_cloze_without_its_blank_still_makes_a_card(bank, tmp_path, collection):
    odd = _question(bank.en, bank.p_en, "cloze", "Who chaired the [Soviet]?", "Trotsky")
    _backdate()
    odd.refresh_from_db()
    _import(collection, write_package([odd], tmp_path / "odd.apkg").path)  # any iterable
    (note,) = _notes_by_guid(collection).values()
    assert note.note_type()["id"] == MODEL_IDS[("basic", "en")]
    setting = f'<div class="setting">{esc(odd.setting)}</div>'
    assert note["Front"] == f'{setting}<div class="prompt">Who chaired the &#91;Soviet]?</div>'
    assert len(note.cards()) == 1 and "Trotsky" in note.cards()[0].answer()


def test_deck_title_holds_the_documents_decks(bank, tmp_path, collection):
    path = write_package(_selection(bank), tmp_path / "t.apkg", deck_title="Revision::1917").path
    _import(collection, path)
    names = {deck.name for deck in collection.decks.all_names_and_ids()}
    assert {"Revision", "Revision::1917", f"Revision::1917::{_deck(bank.fa, bank.p_fa)}"} <= names


# Command and download --------------------------------------------------------------------


def _read(path: Path, query: str) -> list:
    with zipfile.ZipFile(path) as archive:
        database = path.with_suffix(".anki2")
        database.write_bytes(archive.read("collection.anki2"))
    connection = sqlite3.connect(database)
    try:
        return connection.execute(query).fetchall()
    finally:
        connection.close()


def _guids_in(path: Path) -> set[str]:
    return {guid for (guid,) in _read(path, "SELECT guid FROM notes")}


def _decks_in(path: Path) -> set[str]:
    ((decks,),) = _read(path, "SELECT decks FROM col")
    return {deck["name"] for deck in json.loads(decks).values()}


def _export(*args) -> str:
    out = io.StringIO()
    call_command("export_anki", *args, stdout=out, stderr=io.StringIO())
    return out.getvalue()


def test_command_selects_by_entity_language_status_document_section(bank, tmp_path):
    out = tmp_path / "out.apkg"
    lenin = {note_guid(bank.mcq_en), note_guid(bank.who_en)}
    assert "2 notes" in _export("-o", str(out), "--entity", str(bank.lenin.pk))
    assert _guids_in(out) == lenin
    _export("-o", str(out), "--entity", "anki LENIN", "--language", "en")
    assert _guids_in(out) == lenin
    _export("-o", str(out), "--entity", "Anki Lenin", "--status", "draft")
    assert _guids_in(out) == {note_guid(bank.draft_en)}
    section = str(bank.p_fa.section.order)
    _export("-o", str(out), "--document", FA, "--section", section, "--entity", "اسمولنی تست")
    assert _guids_in(out) == {note_guid(bank.cloze_fa), note_guid(bank.mcq_fa)}
    _export("-o", str(out), "--entity", str(bank.smolny.pk), "--deck-title", "Revision")
    assert f"Revision::{_deck(bank.fa, bank.p_fa)}" in _decks_in(out)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--document", "no-such-book"], "No document"),
        (["--document", EN, "--section", "999"], "has no section 999"),
        (["--section", "1"], "needs --document"),
        (["--entity", "Nobody At All"], "No entity"),
        (["--entity", "Anki Lenin", "--language", "fa"], "No questions match"),
        (["--entity", "Anki Lenin", "--status", "rejected"], "No questions match"),
    ],
)
def test_command_errors(bank, tmp_path, args, message):
    with pytest.raises(CommandError, match=message):
        _export("-o", str(tmp_path / "x.apkg"), *args)
    assert not (tmp_path / "x.apkg").exists()


def test_command_refuses_unwritable_paths(bank, tmp_path):
    with pytest.raises(CommandError, match="does not exist"):
        _export("-o", str(tmp_path / "missing" / "x.apkg"), "--entity", "Anki Lenin")
    with pytest.raises(CommandError, match="is a folder"):
        _export("-o", str(tmp_path), "--entity", "Anki Lenin")
    assert list(tmp_path.iterdir()) == []  # no temporary file left behind


def test_export_response_is_an_attachment(bank):
    response = export_response(_selection(bank), "Lenin لنین")
    assert response["Content-Type"] == "application/apkg"
    assert response["Content-Disposition"].startswith("attachment; filename*=utf-8''Lenin%20")
    assert response["Content-Disposition"].endswith(".apkg")
    with zipfile.ZipFile(io.BytesIO(response.content)) as archive:
        assert {"collection.anki2", "media"} <= set(archive.namelist())
