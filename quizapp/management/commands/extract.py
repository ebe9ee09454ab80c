import json as jsonlib
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from quizapp.extract.extractor import extract
from quizapp.manifest import Entry, read_manifest
from quizapp.text.decode import decode_document
from quizapp.text.errors import InputError
from quizapp.text.pipeline import parse_document

_BOM = b"\xef\xbb\xbf"


class Command(BaseCommand):
    help = (
        "Print the people, places, organisations and dates of a text file. Writes nothing to "
        "the database. Offsets are into the file's text as decoded from UTF-8."
    )

    def add_arguments(self, parser):
        parser.add_argument("path", type=Path, help="The text file to read.")
        parser.add_argument(
            "--lang",
            choices=["en", "fa"],
            default=None,
            help="The language of the text (default: from the manifest, else detected).",
        )
        parser.add_argument("--json", action="store_true", help="Print JSON (the scorer's format).")
        parser.add_argument(
            "--year",
            type=int,
            default=None,
            help="Year of dates that give none (default: the manifest's, else the most cited).",
        )

    def handle(self, *args, path, lang, json, year, **options):
        try:
            data = path.read_bytes()
            raw = decode_document(data, max_bytes=settings.QUIZAPP_MAX_DOCUMENT_BYTES)
        except (OSError, InputError) as exc:
            raise CommandError(f"{path}: {getattr(exc, 'strerror', None) or exc}") from None
        entry = _manifest_entry(data)
        parsed = parse_document(raw, language=lang or (entry and entry.language))
        calendar = (
            entry.calendar if entry and entry.calendar in ("julian", "gregorian") else "unknown"
        )
        mentions = extract(
            parsed.text,
            language=parsed.language,
            calendar=calendar,
            default_year=year or (entry.default_year if entry else None),
        )
        shift = 1 if data.startswith(_BOM) else 0  # readers that keep the BOM count it
        entities = [_record(m, parsed, shift) for m in mentions]
        if json:
            self.stdout.write(_dumps({"language": parsed.language, "entities": entities}))
        else:
            for e in entities:
                value = f"  {e['value']} ({e['calendar']})" if e["type"] == "DATE" else ""
                self.stdout.write(f"{e['start']:>8} {e['type']:<6} {e['text']}{value}")


def _record(mention, parsed, shift: int) -> dict:
    start, end = parsed.offset_map.to_old(mention.start), parsed.offset_map.to_old(mention.end)
    return {
        "type": mention.type,
        "text": parsed.raw_text[start:end],
        "start": start + shift,
        "end": end + shift,
        "canonical": mention.canonical,
        "confidence": round(mention.confidence, 3),
        "value": mention.value,
        "calendar": mention.calendar,
        "value_julian": mention.value_julian,
        "value_gregorian": mention.value_gregorian,
    }


def _manifest_entry(data: bytes) -> Entry | None:
    """The manifest's entry for a file with these exact bytes (wherever the file lies)."""
    try:
        entries = read_manifest(settings.QUIZAPP_CONTENT_DIR / "manifest.toml")
    except InputError:
        return None
    for entry in entries:
        if (
            entry.path.exists()
            and entry.path.stat().st_size == len(data)
            and entry.path.read_bytes() == data
        ):
            return entry
    return None


def _dumps(payload: dict) -> str:
    return jsonlib.dumps(payload, ensure_ascii=False)
