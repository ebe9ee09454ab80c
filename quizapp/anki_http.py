"""An Anki package as a download, for views and the admin to call."""

import tempfile
from collections.abc import Iterable
from pathlib import Path

from django.http import HttpResponse
from django.utils.http import content_disposition_header

from quizapp.anki import write_package
from quizapp.models import Question

CONTENT_TYPE = "application/apkg"


def export_response(
    questions: Iterable[Question], filename: str, *, deck_title: str | None = None
) -> HttpResponse:
    """The questions as an .apkg attachment named ``filename`` (".apkg" added if missing)."""
    if not filename.lower().endswith(".apkg"):
        filename += ".apkg"
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "export.apkg"
        write_package(questions, path, deck_title=deck_title)
        data = path.read_bytes()
    response = HttpResponse(data, content_type=CONTENT_TYPE)
    response["Content-Disposition"] = content_disposition_header(True, filename)
    response["Content-Length"] = str(len(data))
    return response
