"""The ingest command: the content library, idempotency, replacement and bad input."""

import time

import pytest
from django.core.management import CommandError, call_command

from quizapp.models import Document, Passage, Section

pytestmark = pytest.mark.django_db


def ingest(*args, **kwargs) -> str:
    from io import StringIO

    out = StringIO()
    call_command("ingest", *args, stdout=out, stderr=StringIO(), **kwargs)
    return out.getvalue()


def test_the_library_holds_the_five_documents():
    assert Document.objects.count() == 5
    book = Document.objects.get(slug="trotsky-history-vol3")
    assert book.language == "fa"
    assert book.calendar == "julian"
    chapters = book.sections.filter(kind="chapter")
    assert chapters.count() == 10
    assert chapters.get(number=8).title == "تسخیر کاخ زمستانی"
    assert book.sections.filter(kind="conclusion").count() == 1
    assert book.sections.filter(kind="appendix").count() == 3
    assert book.passages.filter(kind="footnote").count() >= 10
    english = Document.objects.get(slug="woytinsky-unrest-in-petrograd")
    assert english.sections.filter(kind="heading", title="UNREST IN PETROGRAD").exists()
    lenin = Document.objects.get(slug="lenin-cc-meeting-november-1917")
    assert lenin.passages.filter(kind="footnote", text__startswith="[1]").exists()


def test_passages_keep_offsets_into_both_texts():
    book = Document.objects.get(slug="trotsky-history-vol3")
    passage = book.passages.filter(kind="body").order_by("order")[40]
    assert book.text[passage.start : passage.end] == passage.text
    raw = book.raw_text[passage.raw_start : passage.raw_end]
    assert raw.replace("ي", "ی").split()[:3] == passage.text.replace("\u200c", " ").split()[:3]
    assert "ي" not in book.text
    assert "ي" in book.raw_text


def test_a_second_ingest_skips_everything_quickly():
    before = set(Passage.objects.values_list("pk", flat=True))
    started = time.monotonic()
    output = ingest()
    assert "5 unchanged" in output
    assert set(Passage.objects.values_list("pk", flat=True)) == before
    assert time.monotonic() - started < 2


def test_a_changed_document_is_replaced_and_keeps_its_identity(tmp_path):
    path = tmp_path / "memo.txt"
    path.write_text("FIRST HEADING\n\nOne paragraph about the Soviet.\n")
    ingest(str(path))
    document = Document.objects.get(slug="memo")
    path.write_text("FIRST HEADING\n\nOne paragraph.\n\nSECOND HEADING\n\nAnother one.\n")
    assert "1 replaced" in ingest(str(path))
    assert Document.objects.get(slug="memo").pk == document.pk
    assert list(document.sections.values_list("title", flat=True)) == [
        "FIRST HEADING",
        "SECOND HEADING",
    ]
    assert document.passages.count() == 4


def test_metadata_change_alone_does_not_reparse(tmp_path):
    (tmp_path / "a.txt").write_text("Some text about Lenin.\n")
    manifest = tmp_path / "manifest.toml"
    manifest.write_text('[[documents]]\nslug = "a"\nfile = "a.txt"\ntitle = "One"\n')
    ingest(manifest=manifest)
    passages = set(Passage.objects.filter(document__slug="a").values_list("pk", flat=True))
    manifest.write_text('[[documents]]\nslug = "a"\nfile = "a.txt"\ntitle = "Two"\nyear = 1917\n')
    assert "1 updated" in ingest(manifest=manifest)
    document = Document.objects.get(slug="a")
    assert (document.title, document.year) == ("Two", 1917)
    assert set(document.passages.values_list("pk", flat=True)) == passages


BAD_FILES = {
    "empty.txt": (b"", "empty"),
    "binary.txt": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
    "latin1.txt": ("Café society, naïve".encode("latin-1"), "not UTF-8"),
}


@pytest.mark.parametrize("name", BAD_FILES)
def test_bad_files_are_refused_and_nothing_is_written(tmp_path, name):
    good = tmp_path / "good.txt"
    good.write_text("A good document about Petrograd.\n")
    bad = tmp_path / name
    bad.write_bytes(BAD_FILES[name][0])
    counts = (Document.objects.count(), Section.objects.count(), Passage.objects.count())
    with pytest.raises(CommandError, match=rf"{name}: .*{BAD_FILES[name][1]}"):
        ingest(str(good), str(bad))
    assert (Document.objects.count(), Section.objects.count(), Passage.objects.count()) == counts


def test_a_file_over_the_size_limit_is_refused(tmp_path, settings):
    big = tmp_path / "big.txt"
    big.write_text("word " * 300)
    with pytest.raises(CommandError, match=r"big\.txt: file is too large"):
        ingest(str(big), max_bytes=1000)
    assert not Document.objects.filter(slug="big").exists()


def test_windows_1256_persian_is_converted(tmp_path):
    path = tmp_path / "legacy.txt"
    path.write_bytes(
        "فصل اول\nکارگران\nلنين در پتروگراد سخن گفت.".replace("ک", "ك").encode("cp1256")
    )
    ingest(str(path))
    document = Document.objects.get(slug="legacy")
    assert document.language == "fa"
    assert document.sections.get().title == "کارگران"


@pytest.mark.parametrize(
    ("manifest_text", "reason"),
    [
        ("[[documents]\nslug = ", "malformed manifest"),
        ('title = "no documents"\n', "no \\[\\[documents\\]\\]"),
        ('[[documents]]\nslug = "x"\ntitle = "X"\n', "missing 'file'"),
        (
            '[[documents]]\nslug = "x"\nfile = "nowhere.txt"\ntitle = "X"\n',
            "nowhere.txt: file not found",
        ),
        ('[[documents]]\nslug = "x"\nfile = "a.txt"\ntitle = "X"\nlanguage = "de"\n', "language"),
    ],
)
def test_bad_manifests_are_refused(tmp_path, manifest_text, reason):
    (tmp_path / "a.txt").write_text("text\n")
    manifest = tmp_path / "manifest.toml"
    manifest.write_text(manifest_text)
    documents = Document.objects.count()
    with pytest.raises(CommandError, match=reason):
        ingest(manifest=manifest)
    assert Document.objects.count() == documents


def test_a_missing_manifest_is_named(tmp_path):
    with pytest.raises(CommandError, match=r"manifest\.toml: manifest not found"):
        ingest(manifest=tmp_path / "manifest.toml")


def test_ensure_admin_prints_a_password_once():
    from io import StringIO

    from django.contrib.auth import get_user_model

    first, second = StringIO(), StringIO()
    call_command("ensure_admin", stdout=first)
    call_command("ensure_admin", stdout=second)
    password = first.getvalue().split("password: ")[1].split()[0]
    user = get_user_model().objects.get(username="admin")
    assert user.is_superuser
    assert user.check_password(password)
    assert "password" not in second.getvalue().lower().replace("nothing to do", "")


def test_the_default_year_of_dates_comes_from_the_manifest():
    from quizapp.models import Mention

    document = Document.objects.get(slug="woytinsky-before-october")
    assert document.default_year == 1917
    assert Mention.objects.get(document=document, text="November 3").value == "1917-11-03"


def test_changing_how_a_document_is_read_re_extracts_it(tmp_path):
    from quizapp.models import Mention

    (tmp_path / "a.txt").write_text("The congress opened on June 24 in Petrograd.\n")
    manifest = tmp_path / "manifest.toml"
    entry = '[[documents]]\nslug = "a"\nfile = "a.txt"\ntitle = "A"\nlanguage = "en"\n'
    manifest.write_text(entry + "default_year = 1917\n")
    ingest(manifest=manifest)
    assert Mention.objects.get(document__slug="a", type="DATE").value == "1917-06-24"
    manifest.write_text(entry + "default_year = 1905\n")
    assert "1 replaced" in ingest(manifest=manifest)
    assert Mention.objects.get(document__slug="a", type="DATE").value == "1905-06-24"
