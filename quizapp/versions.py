"""Fingerprints of the code that produces stored data, so a change in it rebuilds the data."""

import hashlib
from functools import cache
from pathlib import Path

_ROOT = Path(__file__).parent


@cache
def code_fingerprint(*packages: str) -> str:
    """A short hash of every Python file in the named sub-packages of quizapp."""
    digest = hashlib.sha256()
    for package in packages:
        for path in sorted((_ROOT / package).glob("*.py")):
            digest.update(path.name.encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()[:12]
