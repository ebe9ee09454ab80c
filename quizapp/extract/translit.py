"""Consonant skeletons to match a Persian transliteration with a Latin-script name.

« کامنف » and "Kamenev" both reduce to ``kmnf``; vowels are left out because Persian writes
few of them and transliterations disagree on them.
"""

import re
import unicodedata

_LATIN = [
    ("shch", "S"),
    ("sch", "S"),
    ("sh", "S"),
    ("kh", "K"),
    ("zh", "Z"),
    ("ch", "C"),
    ("tz", "ts"),
    ("ph", "f"),
    ("th", "t"),
    ("ck", "k"),
    ("x", "ks"),
    ("w", "v"),
    ("v", "f"),
    ("c", "k"),
    ("q", "k"),
    ("j", "y"),
]
_PERSIAN = {
    "ب": "b",
    "پ": "p",
    "ت": "t",
    "ط": "t",
    "ث": "s",
    "س": "s",
    "ص": "s",
    "ج": "j",
    "چ": "ch",
    "ح": "h",
    "ه": "h",
    "خ": "kh",
    "د": "d",
    "ذ": "z",
    "ز": "z",
    "ض": "z",
    "ظ": "z",
    "ر": "r",
    "ژ": "zh",
    "ش": "sh",
    "غ": "g",
    "ق": "g",
    "گ": "g",
    "ف": "f",
    "ک": "k",
    "ك": "k",
    "ل": "l",
    "م": "m",
    "ن": "n",
    "و": "v",
    "ی": "y",
    "ي": "y",
}
_VOWELS = re.compile(r"[aeiouy]")


def latin_skeleton(name: str) -> str:
    text = unicodedata.normalize("NFKD", name.casefold())
    text = "".join(ch for ch in text if ch.isalpha())
    for source, target in _LATIN:
        text = text.replace(source, target)
    return _squeeze(_VOWELS.sub("", text))


def persian_skeleton(name: str) -> str:
    letters = []
    for index, ch in enumerate(name):
        if ch in "وی" and 0 < index < len(name) - 1:
            continue  # و and ی inside a word are mostly vowels
        if ch == "ی" and index == len(name) - 1:
            continue  # a final ی is the -y/-i of "Kerensky", "Trotsky"
        letters.append(_PERSIAN.get(ch, ""))
    text = "".join(letters)
    text = text.replace("kh", "K").replace("zh", "Z").replace("sh", "S").replace("ch", "C")
    return _squeeze(text.replace("v", "f") if text.endswith("v") else text)


def _squeeze(text: str) -> str:
    return re.sub(r"(.)\1+", r"\1", text.replace("v", "f"))


def same_name(latin: str, persian: str) -> bool:
    """True when the skeletons agree, allowing one letter's difference in longer names."""
    a, b = latin_skeleton(latin), persian_skeleton(persian)
    if not a or not b:
        return False
    return a == b or (min(len(a), len(b)) >= 5 and _within_one(a, b))


def _within_one(a: str, b: str) -> bool:
    """Levenshtein distance of at most one."""
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    if len(a) == len(b):
        return a[i + 1 :] == b[i + 1 :]
    return a[i:] == b[i + 1 :]
