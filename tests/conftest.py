from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import call_command
from django.test import override_settings

ROOT = Path(__file__).resolve().parent.parent
CONTENT = ROOT / "content"
PERSIAN_BOOK = CONTENT / "fa" / "trotsky-history-vol3.txt"


def pytest_collection_modifyitems(items):
    """Browser tests use a live server whose database is flushed after them: run them last."""
    items.sort(key=lambda item: item.get_closest_marker("browser") is not None)


@pytest.fixture(autouse=True, scope="session")
def _static_files_without_collectstatic():
    """Pages render in tests without a collectstatic run (no manifest of hashed names)."""
    storages = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }
    with override_settings(STORAGES=storages, WHITENOISE_USE_FINDERS=True):
        yield


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """The five documents of content/, ingested and turned into questions once."""
    with django_db_blocker.unblock():
        call_command("ingest", verbosity=0)
        call_command("build_bank", verbosity=0)
