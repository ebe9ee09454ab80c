"""hazm's lexicon as evidence: is a Persian word an ordinary (known) word or a foreign name?"""

from functools import cache
from importlib import resources

_NOUN_SUFFIXES = (
    "هایی",
    "هائی",
    "های",
    "ها",
    "ترین",
    "تری",
    "تر",
    "انی",
    "ان",
    "ات",
    "ین",
    "ون",
    "ایی",
    "ائی",
    "ای",
    "یی",
    "ئی",
    "ی",
    "اش",
    "ش",
    "شان",
    "مان",
    "تان",
    "م",
    "ت",
    "انه",
    "گی",
)
_VERB_PREFIXES = ("نمی", "می", "ن", "ب", "بی", "برمی", "درمی", "فرا", "بر", "در")
_VERB_ENDINGS = ("ند", "ید", "یم", "م", "ی", "د", "ه", "ن", "")


@cache
def lexicon() -> dict[str, int]:
    """hazm's word list with the corpus count of each word (0 for many rare forms)."""
    counts: dict[str, int] = {}
    text = resources.files("hazm").joinpath("data/words.dat").read_text(encoding="utf-8")
    for line in text.splitlines():
        word, count, *_ = line.split("\t")
        counts[word] = int(count) if count.isdigit() else 0
    return counts


@cache
def verb_stems() -> frozenset[str]:
    text = resources.files("hazm").joinpath("data/verbs.dat").read_text(encoding="utf-8")
    stems: set[str] = set()
    for line in text.splitlines():
        stems.update(part for part in line.split("#") if part)
    return frozenset(stems)


@cache
def stopwords() -> frozenset[str]:
    text = resources.files("hazm").joinpath("data/stopwords.dat").read_text(encoding="utf-8")
    return frozenset(text.split())


# hazm's counts are unreliable (common words such as « کنفرانس » have 0), so membership is
# the evidence; only entries this frequent count as ordinary even when they look like names.
COMMON = 150


def frequency(word: str) -> int:
    return lexicon().get(word, 0)


def in_lexicon(word: str) -> bool:
    words = lexicon()
    return word in words or ("ئ" in word and word.replace("ئی", "یی").replace("ئ", "ی") in words)


@cache
def is_inflected(word: str) -> bool:
    """True for a verb form, or a lexicon word with a plural, ezafe or adjectival ending."""
    if _is_verb_form(word):
        return True
    if word.endswith("ا") and (in_lexicon(word + "\u064b") or in_lexicon(word[:-1])):
        return True  # an adverb whose tanvin was dropped: « قاطعا » ← « قاطع »
    if word.endswith("گان") and in_lexicon(word[:-3] + "ه"):  # « نمایندگان » ← « نماینده »
        return True
    return any(
        word.endswith(suffix)
        and len(word) - len(suffix) >= 3
        and (in_lexicon(word[: -len(suffix)]) or _is_verb_form(word[: -len(suffix)]))
        for suffix in _NOUN_SUFFIXES
    )


def is_ordinary(word: str, *, looks_like_name: bool) -> bool:
    """An ordinary Persian word, not a transliterated name.

    A rare lexicon entry that ends like a foreign surname (« تروتسکی ») is not ordinary:
    hazm's lexicon holds many transliterations among its rare entries.
    """
    if word in stopwords():
        return True
    if is_inflected(word):
        return True
    return in_lexicon(word) and (frequency(word) >= COMMON or not looks_like_name)


def is_known(word: str) -> bool:
    """A lexicon word, inflected or not, or a verb form."""
    return in_lexicon(word) or is_inflected(word) or _is_verb_form(word)


def is_verb_form(word: str) -> bool:
    """A verb form built on one of hazm's verb stems (« می‌نویسند », « نورزیدند »)."""
    return _is_verb_form(word)


def is_negated_verb(word: str) -> bool:
    """A verb form only as the negative of a stem (« نورزیدند », « نمی‌دانست »), not a stem that
    happens to begin with « ن » (« نوشت »)."""
    plain = word.replace("\u200c", "")
    if plain.startswith("نمی"):
        return _is_verb_form(plain)
    if not plain.startswith("ن") or _is_verb_form(plain, negative=False):
        return False
    return _is_verb_form(plain[1:], negative=False)


def _is_verb_form(word: str, *, negative: bool = True) -> bool:
    stems = verb_stems()
    word = word.replace("\u200c", "")  # « می‌نویسند » as « مینویسند »
    prefixes = _VERB_PREFIXES if negative else tuple(p for p in _VERB_PREFIXES if p[0] != "ن")
    for prefix in ("", *prefixes):
        if not word.startswith(prefix):
            continue
        rest = word[len(prefix) :]
        for ending in _VERB_ENDINGS:
            if rest.endswith(ending) and rest[: len(rest) - len(ending)] in stems:
                return True
    return False
