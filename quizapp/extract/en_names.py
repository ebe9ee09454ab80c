"""Canonical names: mentions of one entity grouped, named by the fullest form in the text."""

from collections import Counter, defaultdict

from quizapp.extract.types import PERSON


def _clean(surface: str) -> str:
    return " ".join(surface.split())


def canonical_names(surfaces: dict[str, list[str]], labels: dict[str, str]) -> dict[str, str]:
    """Canonical name per key, from each key's surface forms (titles and possessives removed).

    A one-word person key ("kerensky") joins the only longer person key ending in that word
    ("alexander kerensky"); the canonical name is then the longest form seen.
    """
    owner = _owners(list(surfaces), labels)
    members: dict[str, list[str]] = defaultdict(list)
    for key, forms in surfaces.items():
        members[owner[key]].extend(_clean(f) for f in forms)
    names = {}
    for key in surfaces:
        forms = Counter(members[owner[key]])
        names[key] = max(forms, key=lambda f: (len(f.split()), _capitals(f), forms[f], f))
    return names


def _capitals(form: str) -> int:
    return sum(ch.isupper() for ch in form)


def _owners(keys: list[str], labels: dict[str, str]) -> dict[str, str]:
    """The key each key is grouped under (itself unless it is a person's surname)."""
    longer: dict[str, list[str]] = defaultdict(list)
    for key in keys:
        words = key.split()
        if labels.get(key) == PERSON and len(words) > 1:
            longer[words[-1]].append(key)
    owner = {}
    for key in keys:
        full = longer.get(key, [])
        owner[key] = full[0] if labels.get(key) == PERSON and len(set(full)) == 1 else key
    return owner
