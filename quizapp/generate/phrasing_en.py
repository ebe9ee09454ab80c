"""English wh-questions from a sentence and an answer span, or None when unsure.

Parsed with spaCy (the installed small model, with the parser and lemmatizer that extraction
leaves out). Only a slot of the main clause is asked about: its subject, object, or a phrase
on its verb; the rest keeps its wording, with inversion or "do". A wrong question is worse than
none.
"""

import importlib
import re
from dataclasses import dataclass
from functools import cache, lru_cache

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from quizapp.extract.en_model import MODEL_PACKAGES
from quizapp.extract.types import DATE, ORG, PERSON, PLACE

MAX_WORDS = 40
_ASIDES = set("however moreover therefore indeed nevertheless furthermore consequently".split())
_DISCOURSE = _ASIDES | set("but and meanwhile then thus so yet also still besides now".split())
_HEDGES = {"perhaps", "probably", "maybe", "possibly", "apparently", "presumably", "n't"}
_SUBJECTS = {"nsubj", "nsubjpass"}
_PERSON_PREPS = set("to by from with against for about on under behind towards toward".split())
_ORG_PREPS = _PERSON_PREPS | set("in at into within before".split())
_PLACE_PREPS = dict.fromkeys("in at near to into towards toward inside".split(), "Where")
_PLACE_PREPS["from"] = "From where"
_DATE_PREPS = {"on", "in", "at", "during"}
_TIME_NOUNS = set("night morning evening afternoon day eve end beginning middle".split())
_COMPLEMENT_VERBS = set("appoint elect make name call declare proclaim choose nominate".split())
_MONTHS = set("january february march april may june july august september october november "
              "december".split())  # fmt: skip
_ORG_NOUNS = {w: w for w in "party committee newspaper union ministry commissariat army".split()}
_ORG_NOUNS |= dict.fromkeys(["paper", "journal", "gazette"], "newspaper")
_ORG_NOUNS |= dict.fromkeys(
    "soviet council duma assembly congress conference government presidium bureau commission "
    "executive parliament senate plenum staff headquarters command".split(),
    "body",
)
_NEWSPAPERS = {"pravda", "izvestia", "izvestiya", "rech", "iskra", "rabochii put", "novaya zhizn"}
_FIRST_PERSON = re.compile(r"\b(?:I|me|my|we|us|our|you|your)\b", re.IGNORECASE)
_CLOSED_TAGS = set("DT PDT PRP$ IN CD CC RB RBR RBS EX MD TO WDT WRB VBG VBN NNS".split())
_COMMON_ENDINGS = {
    "JJ": ("ed", "al", "ary", "ive", "ous", "ful", "less", "able", "ible"),
    "NN": ("tion", "ment", "ness", "ity", "ism", "ship", "ance", "ence"),
}
_AGREE = {"were": "was", "are": "is", "have": "has", "do": "does"}
_OWN = {"their": "its", "themselves": "itself"}
_DO = {"VBD": "did", "VBZ": "does", "VBP": "do"}
_QUOTE = re.compile(r"""(?:^|(?<=[\s(\[]))["“‘'](?=\S)(.+?)(?<=\S)["”’'](?=[\s.,;:!?)]|$)""")
_END = re.compile(r"\.[\"”’']?(?:\d{1,2}|\[\d{1,3}\])?\s*$")


@cache
def load_parser() -> Language:
    """The installed English model with its parser and lemmatizer (no NER), loaded once."""
    for name in MODEL_PACKAGES:
        try:
            package = importlib.import_module(name)
        except ImportError:
            continue
        return package.load(exclude=["ner"])
    raise RuntimeError(f"no English spaCy model installed (tried {', '.join(MODEL_PACKAGES)})")


@lru_cache(maxsize=2048)
def _parse(sentence: str) -> Doc:
    return load_parser()(sentence)


@dataclass
class _Plan:
    wh: str  # the question phrase, capitalised
    removed: set[int]  # token indices the question phrase replaces
    verb: Token  # the clause's verb
    invert: bool  # False when the answer is the subject


def wh_question_en(sentence: str, answer: tuple[int, int], answer_type: str) -> str | None:
    """A question whose answer is ``sentence[answer[0]:answer[1]]``, or None when unsure."""
    start, end = answer
    if not 0 <= start < end <= len(sentence):
        return None
    if "\n" in sentence:  # a heading before the sentence, or a line broken mid-sentence
        cut = sentence.rfind("\n", 0, start) + 1
        if not cut or "\n" in sentence[cut:] or not sentence[:cut].strip().isupper():
            return None
        return wh_question_en(sentence[cut:], (start - cut, end - cut), answer_type)
    if ";" in sentence:
        return _in_part(sentence, start, end, answer_type)
    if not _plain(sentence, start, end):
        return None
    doc = _parse(sentence)
    span = doc.char_span(start, end)
    if span is None or any(t.lower_ in _HEDGES for t in doc):
        return None
    plan = _plan(doc, span, answer_type)
    if plan is None or not _main_clause(plan.verb):
        return None
    plan.removed |= {t.i for t in span}  # a bracket the parser hung elsewhere
    question = _render(doc, plan)
    if question is None or sentence[start:end].lower() in question.lower():
        return None
    return question if len(question.split()) >= 3 else None


def _in_part(sentence: str, start: int, end: int, answer_type: str) -> str | None:
    """Ask within the semicolon-separated part that holds the answer."""
    left = sentence.rfind(";", 0, start) + 1
    right = sentence.find(";", end)
    part = sentence[left : right if right >= 0 else len(sentence)]
    if ";" in sentence[start:end] or len(part.split()) < 4:
        return None
    lead = len(part) - len(part.lstrip())
    part = part.strip()
    part = part[:1].upper() + part[1:] + ("." if right >= 0 else "")
    return wh_question_en(part, (start - left - lead, end - left - lead), answer_type)


def _plain(sentence: str, start: int, end: int) -> bool:
    """Short, declarative, and neither quoting at length nor quoting the answer."""
    if len(sentence.split()) > MAX_WORDS or not _END.search(sentence):
        return False
    if not re.match(r"\W*[A-Z0-9]", sentence) or _FIRST_PERSON.search(sentence):
        return False
    for quote in _QUOTE.finditer(sentence):
        if len(quote.group(1).split()) >= 4 or (quote.start() <= start and end <= quote.end()):
            return False
    return True


def _head(span: Span) -> Token | None:
    heads = [
        t
        for t in span
        if not t.is_punct and (t.head.i == t.i or not span.start <= t.head.i < span.end)
    ]
    return heads[0] if len(heads) == 1 else None


def _plan(doc: Doc, span: Span, answer_type: str) -> _Plan | None:
    head = _head(span)
    if head is None or any(t.dep_ in ("conj", "cc") for t in head.subtree):
        return None
    phrase = {t.i for t in head.subtree}
    if head.dep_ in _SUBJECTS:
        wh = _noun_wh(span, answer_type, subject=True)
        return wh and _Plan(wh, phrase, head.head, invert=False)
    if head.dep_ in ("dobj", "attr") or _complement_object(head):
        verb = head.head if head.dep_ != "compound" else head.head.head
        wh = _noun_wh(span, answer_type, subject=head.dep_ == "attr")
        return wh and _Plan(wh, phrase, verb, invert=True)
    if head.dep_ == "pobj":
        return _prepositional(head, span, answer_type)
    if head.dep_ == "npadvmod" and answer_type == DATE:
        return _Plan("When", phrase, head.head, invert=True)
    return None


def _complement_object(head: Token) -> bool:
    """ "appointed Trotsky chairman", which the small model reads as a compound."""
    noun = head.head
    if head.dep_ != "compound" or noun.tag_ != "NN" or noun.dep_ not in ("dobj", "oprd"):
        return False
    early = [t for t in noun.children if t.i < head.i]
    return noun.i == head.i + 1 and noun.head.lemma_ in _COMPLEMENT_VERBS and not early


def _noun_wh(span: Span, answer_type: str, *, subject: bool) -> str | None:
    if answer_type == PERSON:
        return "Who" if subject else "Whom"
    return {ORG: f"Which {_org_noun(span)}", PLACE: "Which place"}.get(answer_type)


def _org_noun(span: Span) -> str:
    text = span.text.lower().removeprefix("the ")
    head = _head(span) or span[-1]
    word = head.lower_ if head.lower_ == "headquarters" else head.lower_.removesuffix("s")
    if text in _NEWSPAPERS:
        return "newspaper"
    if noun := _ORG_NOUNS.get(head.lemma_.lower()) or _ORG_NOUNS.get(word):
        return noun
    return "party" if re.search(r"(?:iks|ists|aries|ets|ites)$", text) else "organisation"


def _prepositional(head: Token, span: Span, answer_type: str) -> _Plan | None:
    prep = head.head
    if prep.dep_ not in ("prep", "agent"):
        return None
    word = prep.lower_
    if answer_type == DATE:
        return _date_plan(head, span)
    if answer_type == PLACE and word in _PLACE_PREPS:
        wh = _PLACE_PREPS[word]
    elif answer_type == PERSON and word in _PERSON_PREPS:
        wh = f"{word.capitalize()} whom"
    elif answer_type == ORG and word in _ORG_PREPS:
        wh = f"{word.capitalize()} which {_org_noun(span)}"
    else:
        return None
    return _Plan(wh, {t.i for t in prep.subtree}, prep.head, invert=True)


def _date_plan(head: Token, span: Span) -> _Plan | None:
    prep = head.head
    if prep.lower_ == "of" and prep.head.lemma_ in _TIME_NOUNS and prep.head.dep_ == "pobj":
        prep = prep.head.head  # "on the night of November 1"
        wh = "When"
    elif re.fullmatch(r"\d{3,4}", span.text.strip()):
        wh = "In what year"
    else:
        wh = "In which month" if span.text.strip().lower() in _MONTHS else "When"
    if prep.lower_ not in _DATE_PREPS or prep.dep_ != "prep":
        return None
    removed = {t.i for t in prep.subtree}
    before = prep.doc[prep.i - 1] if prep.i else None
    if before is not None and before.lower_ in ("late", "early") and before.head == prep.head:
        removed.add(before.i)  # "late in the afternoon of November 5"
    return _Plan(wh, removed, prep.head, invert=True)


def _main_clause(verb: Token) -> bool:
    """The root verb, or a verb coordinated with it that has a subject of its own."""
    if not verb.tag_.startswith("VB") and verb.lemma_ != "be":
        return False
    if verb.dep_ == "ROOT":
        return True
    return verb.dep_ == "conj" and verb.head.dep_ == "ROOT" and _subject(verb) is not None


def _subject(verb: Token) -> Token | None:
    return next((t for t in verb.children if t.dep_ in _SUBJECTS or t.dep_ == "expl"), None)


def _clause(doc: Doc, verb: Token) -> list[int]:
    """The clause's tokens: the sentence without other coordinated clauses and openers."""
    if verb.dep_ == "conj":
        indices = [t.i for t in verb.subtree]
    else:
        others = [c for c in verb.children if c.dep_ == "conj" and _subject(c) is not None]
        cut = min((c.left_edge.i for c in others), default=len(doc))
        while others and doc[cut - 1].dep_ in ("cc", "punct") and cut - 1 > verb.i:
            cut -= 1
        indices = [t.i for t in doc if t.i < cut]
    while indices and (doc[indices[0]].lower_ in _DISCOURSE or doc[indices[0]].is_punct):
        indices.pop(0)
    return [i for i in indices if not _aside(doc, i)]


def _aside(doc: Doc, i: int) -> bool:
    """ ", however," inside the sentence: the adverb and its commas."""
    near = [doc[j] for j in (i - 1, i + 1) if 0 <= j < len(doc)]
    if doc[i].lower_ in _ASIDES:
        return any(t.text == "," for t in near)
    return doc[i].text == "," and any(t.lower_ in _ASIDES for t in near)


def _render(doc: Doc, plan: _Plan) -> str | None:
    clause = _clause(doc, plan.verb)
    if not clause or not plan.removed <= set(clause) | {t.i for t in doc if t.is_punct}:
        return None
    kept = [i for i in clause if i not in plan.removed]
    lower = {clause[0]} if _lowerable(doc[clause[0]]) else set()
    parts = (_inverted if plan.invert else _subject_question)(doc, plan, kept)
    if parts is None:
        return None
    body, front, changed = parts
    while body and doc[body[-1]].text in ".,;:!?—-":
        body.pop()
    if len(body) + len(front) > 28:
        front = []  # a long question loses its opening adverbial rather than grow longer
    text = " ".join(
        p for p in (plan.wh, _words(doc, body, changed, lower), _words(doc, front, {}, lower)) if p
    )
    return _tidy(text)


def _lowerable(token: Token) -> bool:
    """Whether a sentence-initial word is an ordinary word (names keep their capital)."""
    return token.tag_ in _CLOSED_TAGS or token.lower_.endswith(_COMMON_ENDINGS.get(token.tag_, ()))


def _subject_question(doc: Doc, plan: _Plan, kept: list[int]):
    first, last = min(plan.removed), max(plan.removed)
    if last > plan.verb.i:
        return None
    front = [i for i in kept if i < first]
    body = [i for i in kept if i > last]
    while body and doc[body[0]].is_punct:
        body.pop(0)
    changed: dict[int, str] = {}
    auxes = [c for c in plan.verb.children if c.dep_ in ("aux", "auxpass")]
    target = auxes[0] if auxes else plan.verb
    if target.tag_ == "VBP" or target.lower_ == "were":  # a plural subject
        if target is plan.verb and target.lemma_ == "be":
            return None  # "Which party are the majority?"
        if target.lower_ not in _AGREE:
            return None
        changed[target.i] = _AGREE[target.lower_]
    if doc[last].tag_ in ("NNS", "NNPS") and plan.wh.startswith("Which"):
        # "the Communists concentrated their efforts" → "Which party concentrated its efforts"
        changed |= {i: _OWN[doc[i].lower_] for i in body if doc[i].lower_ in _OWN}
    return body, front, changed


def _inverted(doc: Doc, plan: _Plan, kept: list[int]):
    verb = plan.verb
    subject = _subject(verb)
    if subject is None or subject.i > verb.i or subject.i in plan.removed:
        return None
    if subject.tag_ in ("PRP", "DT", "EX") and subject.dep_ != "expl":
        return None
    edge = subject.left_edge.i
    front = [i for i in kept if i < edge]
    body = [i for i in kept if i >= edge]
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass") and subject.i < c.i]
    auxes = [a for a in auxes if a.tag_ != "TO"]
    changed: dict[int, str] = {}
    if auxes:
        moved, word = auxes[0].i, auxes[0].lower_
    elif verb.lemma_ == "be":
        moved, word = verb.i, verb.lower_
    elif verb.tag_ in _DO:
        moved, word = -1, _DO[verb.tag_]
        for v in [verb, *(c for c in verb.children if c.dep_ == "conj")]:
            if v.tag_ == verb.tag_ and (v is verb or _subject(v) is None):
                changed[v.i] = v.lemma_
    else:
        return None
    dropped = _unshared(verb, changed)
    body = [i for i in body if i != moved and i not in dropped]
    return [-1, *body], front, {**changed, -1: word}


def _unshared(verb: Token, changed: dict[int, str]) -> set[int]:
    """Coordinated verbs that cannot follow the inverted one: dropped with their "and"."""
    dropped: set[int] = set()
    for conj in verb.children:
        if conj.dep_ != "conj" or conj.i in changed or _subject(conj) is not None:
            continue
        dropped |= {t.i for t in conj.subtree}
        i = conj.left_edge.i - 1
        while i > verb.i and (verb.doc[i].dep_ == "cc" or verb.doc[i].text == ","):
            dropped.add(i)
            i -= 1
    return dropped


def _words(doc: Doc, indices: list[int], changed: dict[int, str], lower: set[int]) -> str:
    out: list[str] = []
    for i in indices:
        text = changed.get(i, doc[i].text if i >= 0 else "")
        text = text[:1].lower() + text[1:] if i in lower else text
        out.append(text + (doc[i].whitespace_ if i >= 0 else " "))
    return "".join(out).strip()


def _tidy(text: str) -> str | None:
    text = re.sub(r"\s+", " ", re.sub(r"\[\d{1,3}\]", " ", text))
    text = re.sub(r"\s+([,;:.)\]])", r"\1", text)
    text = re.sub(r"([(\[])\s+", r"\1", text)
    text = re.sub(r"(?:,\s*)+,", ",", text)
    text = re.sub(r"\.\d{1,2}$", "", text.strip())
    text = re.sub(r"[\s.,;:—-]+$", "", text)
    if text.count("(") != text.count(")") or text.count("[") != text.count("]"):
        return None
    return text[:1].upper() + text[1:] + "?"
