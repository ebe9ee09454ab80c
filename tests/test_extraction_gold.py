"""The extractor against the hand-checked development gold, through the real command."""

import importlib.util
import json
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command

from tests.conftest import CONTENT

DATA = Path(__file__).parent / "data"
_spec = importlib.util.spec_from_file_location("score_extraction", DATA / "score_extraction.py")
scorer = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(scorer)

GOLD = json.loads((DATA / "gold-dev.json").read_text(encoding="utf-8"))
DOCUMENTS = {
    "000_c9526b290c8caeaf.txt": CONTENT / "en" / "woytinsky-stormy-passage-before-october.txt",
    "002_fbbc827b441f63e4.txt": CONTENT / "en" / "lenin-turn-to-insurrection-1917.txt",
    "004_cde3f3de1091358f.txt": CONTENT / "fa" / "trotsky-history-vol3.txt",
}
# (people recall, people precision) by language; dates need ≥ 0.90 value recall and precision
PEOPLE_TARGETS = {"en": (0.90, 0.90), "fa": (0.80, 0.75)}


@pytest.fixture(scope="module")
def scores():
    results = {}
    for key, path in DOCUMENTS.items():
        out = StringIO()
        call_command("extract", str(path), "--json", stdout=out)
        prediction = json.loads(out.getvalue())
        source = path.read_text(encoding="utf-8")
        results[key] = (prediction["language"], scorer.score(GOLD[key], prediction, source))
    return results


@pytest.mark.parametrize("key", DOCUMENTS)
def test_people_meet_the_targets(scores, key):
    language, result = scores[key]
    recall, precision = PEOPLE_TARGETS[language]
    assert result["people_recall"] >= recall, result["people_missed"]
    assert result["people_precision"] >= precision, result["people_false"]


@pytest.mark.parametrize("key", DOCUMENTS)
def test_dates_meet_the_targets(scores, key):
    _, result = scores[key]
    assert result["dates_recall_value"] >= 0.90, result["dates_missed"]
    assert result["dates_precision"] >= 0.90, result["dates_false"]


@pytest.mark.parametrize("key", DOCUMENTS)
def test_offsets_point_at_the_text(scores, key):
    _, result = scores[key]
    assert result["offsets_not_matching_text"] == 0
