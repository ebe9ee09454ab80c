"""How alike two names of one type are in the corpus: the words around them and the passages
they share. Moscow is near Petrograd, Berlin near Germany, Pravda near Izvestia; a wrong option
or a false statement's substitute should be near the answer, or it gives itself away.

Nothing here knows any name: the measure comes from the texts themselves, in any language.
"""

import math
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np

from quizapp.extract.fa_lexicon import stopwords

from .textutil import fold, fold_name
from .types import SourcePassage

Key = tuple[str, str]  # (type, folded canonical name)

WINDOW = 6  # words each side of a mention that describe it
EVIDENCE = 3  # passages a name must occur in for its nearness to others to mean something
MAX_VOCABULARY = 4000
_WORD = re.compile(r"[\w\u200c'’-]+")
_EN_STOPWORDS = frozenset(
    """a an the of and or to in on at by for with from as into onto upon about after before
    was were is are be been being that this these those it its he she his her him they them
    their which who whom whose what not no but had have has would will could should may might
    there than then so such also only all any some one two three""".split()
)


def stopwords_for(language: str) -> frozenset[str]:
    return stopwords() if language == "fa" else _EN_STOPWORDS


def key_of(type_: str, canonical: str) -> Key:
    return type_, fold_name(canonical)


class Affinity:
    """Similarity in 0..1 between names of one type, from ``passages`` (one language)."""

    def __init__(self, passages: Sequence[SourcePassage], language: str):
        stop = stopwords_for(language)
        contexts: dict[Key, Counter] = defaultdict(Counter)
        places: dict[Key, set[int]] = defaultdict(set)
        for number, passage in enumerate(passages):
            tokens = [(m.start(), m.end(), fold(m.group())) for m in _WORD.finditer(passage.text)]
            for fact in passage.facts:
                if fact.type == "DATE":
                    continue
                key = key_of(fact.type, fact.canonical)
                places[key].add(number)
                contexts[key].update(_around(tokens, fact.start, fact.end, stop))
        self._known = frozenset(k for k, found in places.items() if len(found) >= EVIDENCE)
        self.stop = stop
        self._rows: dict[Key, int] = {}
        self._blocks: dict[str, np.ndarray] = {}
        self._described: dict[str, _Described] = {}
        for type_ in {key[0] for key in places}:
            keys = sorted(k for k in places if k[0] == type_)
            self._rows.update((k, i) for i, k in enumerate(keys))
            described = self._described[type_] = _describe(keys, contexts)
            words = described.matrix @ described.matrix.T
            self._blocks[type_] = 0.6 * words + 0.4 * _shared(keys, places)

    def known(self, key: Key) -> bool:
        """Whether the name occurs often enough for its nearness to others to be judged."""
        return key in self._known

    def __call__(self, a: Key, b: Key) -> float:
        if a[0] != b[0] or a not in self._rows or b not in self._rows:
            return 0.0
        return float(self._blocks[a[0]][self._rows[a], self._rows[b]])

    def slot(self, text: str, start: int, end: int, type_: str) -> Callable[[Key], float]:
        """How well each name of ``type_`` fits the place of ``text[start:end]`` (0..1): the
        words around that place against the words around each name's mentions."""
        tokens = [(m.start(), m.end(), fold(m.group())) for m in _WORD.finditer(text)]
        fits = self._fits(type_, _around(tokens, start, end, self.stop))

        def fit(key: Key) -> float:
            row = self._rows.get(key)
            return 0.0 if fits is None or row is None else float(fits[row])

        return fit

    def _fits(self, type_: str, words: list[str]) -> np.ndarray | None:
        described = self._described.get(type_)
        if described is None:
            return None
        columns = [described.vocabulary[w] for w in words if w in described.vocabulary]
        weights = described.idf[columns]
        norm = float(np.linalg.norm(weights)) if columns else 0.0
        return described.matrix[:, columns] @ weights / norm if norm else None


@dataclass(frozen=True, slots=True)
class _Described:
    matrix: np.ndarray  # one row per name: its tf-idf context vector, unit length
    vocabulary: dict[str, int]
    idf: np.ndarray


def _around(tokens: list[tuple[int, int, str]], start: int, end: int, stop) -> list[str]:
    before = [t for t in tokens if t[1] <= start][-WINDOW:]
    after = [t for t in tokens if t[0] >= end][:WINDOW]
    return [w for _, _, w in before + after if len(w) > 1 and not w.isdigit() and w not in stop]


def _describe(keys: list[Key], contexts: dict[Key, Counter]) -> _Described:
    """The names' tf-idf context vectors, unit length."""
    counts = Counter(w for k in keys for w in contexts[k])
    vocabulary = {w: i for i, (w, c) in enumerate(counts.most_common(MAX_VOCABULARY)) if c >= 2}
    matrix = np.zeros((len(keys), max(1, len(vocabulary))), dtype=np.float32)
    for row, key in enumerate(keys):
        for word, count in contexts[key].items():
            if word in vocabulary:
                matrix[row, vocabulary[word]] = 1 + math.log(count)
    idf = np.log(len(keys) / (1 + (matrix > 0).sum(axis=0))).clip(min=0).astype(np.float32)
    matrix *= idf
    matrix /= np.linalg.norm(matrix, axis=1, keepdims=True) + 1e-9
    return _Described(matrix, vocabulary, idf)


def _shared(keys: list[Key], places: dict[Key, set[int]]) -> np.ndarray:
    """Cosine of the sets of passages the names occur in."""
    numbers = sorted({n for k in keys for n in places[k]})
    column = {n: i for i, n in enumerate(numbers)}
    matrix = np.zeros((len(keys), max(1, len(numbers))), dtype=np.float32)
    for row, key in enumerate(keys):
        matrix[row, [column[n] for n in places[key]]] = 1.0
    matrix /= np.linalg.norm(matrix, axis=1, keepdims=True) + 1e-9
    return matrix @ matrix.T
