"""Quality gates: each failure is a short reason; a draft with none may be approved."""

import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import replace

from quizapp.extract import fa_lexicon

from .textutil import (
    BLANK,
    clean_stem,
    count_words,
    fold,
    mend_scanner_marks,
    opens_with_pronoun,
    speaks_in_person,
)
from .types import Draft

MIN_WORDS, MAX_WORDS = 6, 55
MIN_CONFIDENCE = 0.75

ANSWER_NOT_IN_PASSAGE = "answer not in passage"
ANSWER_IN_STEM = "answer in stem"
STEM_TOO_SHORT = "stem too short"
STEM_TOO_LONG = "stem too long"
DANGLING_PRONOUN = "dangling pronoun"
NEAR_DUPLICATE = "near duplicate"
OCR_DEBRIS = "ocr debris"
LOW_CONFIDENCE = "low-confidence entity"
TOO_FEW_DISTRACTORS = "too few distractors"
FRAGMENT = "sentence fragment"
DIRECT_SPEECH = "direct speech out of context"
IMPLAUSIBLE_SWAP = "false statement too easy to spot"
CATEGORY_GIVES_AWAY = "only the answer fits the category asked"
UNLIKE_DISTRACTORS = "distractors unlike the answer"
DEFAULT_GUESS = "answer the country, city or year the whole text is about"
# Blind reviews: 1 good in 6 Persian blanks on a country. Other countries are told apart by
# what everyone knows (India beside Ireland and Lloyd George), or make up what never was.
A_COUNTRY = "a country, told apart from the others by what everyone knows"
A_VIEW = "a view or someone's words, not a fact to judge"
UNBALANCED = "true and false statements out of balance"
CLUE_IN_STEM = "a word of the answer in the stem"
NEGATIVE = "asks what did not happen"
IN_A_SERIES = "a date among others that give it away"
PART_OF_A_NAME = "answer the end of a longer name"
AWKWARD_QUESTION = "question word in a subordinate clause, or no verb, or too long"
MISQUOTE = "false statement changes a quotation"
SET_PHRASE = "answer given by the words beside it"
ANSWER_IN_CONTEXT = "answer in context"
FAR_DISTRACTORS = "distractors from another story than the answer's"
NOT_A_STATEMENT = "not a statement"
CITATION = "bibliographic reference"
NOT_A_NAME = "not a name"
GENERIC_NAME = "generic name"
ANSWER_IN_LIST = "answer one of a list"
CONDITIONAL = "question inside a subordinate clause"
EVENT_MONTH = "a month that names an event, not a date"
BARE_DAY = "a day of a month the sentence does not name"
MISSPELT = "a misspelt word"
UNPLACED = "whose speech or proposal: the question does not say which"

_DEBRIS = (
    re.compile(r"[A-Za-z][/7][’'\"]|\w/['’\"]|/\s|\s/|[’']\*|\*[’']"),  # "Soviets/'", "Soldiers7'"
    re.compile(r"[a-z][0-9]+[a-z]|[a-z]{3,}[0-9](?![0-9])(?!\s*[)\]])"),  # "Soldiers7 Deputies"
    re.compile(r"[0-9۰-۹]{6,}"),  # very long numbers
    re.compile(r"\.\s+\.\s*,|,\s*\.|\.\s*,\s|\s[.,;:]\s*[.,;:]|…\s*,"),  # ". . ," runs
    re.compile(r"\w-\s*\n|\w-$|\s-\w"),  # words broken over lines
    re.compile(r"[a-z]\n(?:ment|tion|sion|ing|ness|ity|ance|ence|ism|ous|ive|able|ible|ly|ed)\b"),
    re.compile(r"[\u0600-\u06ff][A-Za-z]|[A-Za-z][\u0600-\u06ff]"),  # scripts glued together
    re.compile(r"(?:^|\s)[^\w\s«»“”\"'’‘()\[\]—–…,.:;!?؟،؛%-]{2,}"),  # runs of odd signs
    re.compile(r"`"),  # a typist's backticks for quotation marks
)
_CITATION = re.compile(
    r"\((?:[A-Z][\w.]*\s?)+,\s*\d{4}\)|\bpp?\.\s*\d|\b[IVX]+,\s*\d+\.?\s*$|\bibid\b|\bop\. cit"
    r"|(?:^|\s)صص?\s?[.:]?\s*[۰-۹0-9]"
)
_PAIRS = (("«", "»"), ("“", "”"), ("(", ")"), ("[", "]"))


_RAW_DEBRIS = (_DEBRIS[1], _DEBRIS[4], _DEBRIS[5])  # what cleaning a stem would hide


def sentence_debris(raw: str) -> bool:
    """Debris in a sentence: in its shown form, or (glued digits, broken words) in the raw text."""
    mended = mend_scanner_marks(raw)
    return has_debris(clean_stem(raw)) or any(p.search(mended) for p in _RAW_DEBRIS)


def has_debris(text: str, balanced: bool = True) -> bool:
    """Stray signs from scanning: "/" and "7'" runs, broken words, (``balanced``) unbalanced
    quotes."""
    if any(p.search(text) for p in _DEBRIS) or (balanced and unbalanced(text)):
        return True
    return any(glued_fa(word) for word in _FA_WORD.findall(text))


_FA_WORD = re.compile(r"[\u0600-\u06ff][\u0600-\u06ff\u200c]{5,}")
_FA_GLUED = ("و", "در", "به", "از", "با")  # a conjunction or preposition run into its word
_FA_GLUED_AFTER = ("از", "را", "که")  # « جلوتراز »: a preposition run onto the word before
_FA_ENDING = re.compile("\u200c(?:ی|ای|های|ها)$")


def glued_fa(word: str) -> bool:
    """A Persian word a typist ran into the one before (« وبورژوازی », « درمطبوعات »): unknown
    itself, but a known word once « و » or a preposition is taken off its front."""
    if fa_lexicon.is_known(_FA_ENDING.sub("", word)):
        return False
    for tail in _FA_GLUED_AFTER:
        head = word.removesuffix(tail)
        if head != word and len(head) >= 4 and fa_lexicon.is_known(head):
            return True
    for lead in _FA_GLUED:
        rest = word[len(lead) :]
        if not word.startswith(lead) or len(rest.split("\u200c")[0]) < 4:
            continue
        if lead == "در" and rest[:1] in "نمب" and fa_lexicon.is_verb_form(rest[1:].lstrip("ی")):
            continue  # « درنیامد »، « دربگیرد »: « در » begins compound verbs
        if lead == "در" and fa_lexicon.is_verb_form(rest):
            continue
        if fa_lexicon.is_known(rest):
            return True
    return False


def is_citation(text: str) -> bool:
    """A bibliographic reference (author, title, place and year, pages), not a statement."""
    return bool(_CITATION.search(text))


def unbalanced(text: str) -> bool:
    if any(text.count(left) != text.count(right) for left, right in _PAIRS):
        return True
    return text.count('"') % 2 == 1


def is_fragment(sentence: str, language: str) -> bool:
    """A sentence cut off by a page or passage edge: no end, or (English) a lower-case start."""
    stripped = sentence.strip().rstrip("\"'”’»)]*0123456789 ")
    if not stripped or stripped[-1] not in ".!?؟…" or re.search(r"[,،;؛:]\s*[.!?؟]$", stripped):
        return True  # no end, or an end glued to a comma (« … است،؟ »)
    first = sentence.lstrip(" \"'“‘«([—–-")[:1]
    return language == "en" and (first.islower() or not first.isalnum())


def stem_reasons(stem: str, language: str, context: str = "", pronouns: bool = True) -> list[str]:
    """The gates a question's stem (prompt text or statement) fails."""
    reasons = []
    size = count_words(stem)
    if size < MIN_WORDS:
        reasons.append(STEM_TOO_SHORT)
    elif size > MAX_WORDS:
        reasons.append(STEM_TOO_LONG)
    if has_debris(stem) or (context and has_debris(context, balanced=False)):
        reasons.append(OCR_DEBRIS)
    if pronouns and opens_with_pronoun(stem, language) and not context:
        reasons.append(DANGLING_PRONOUN)
    if pronouns and speaks_in_person(stem, language):
        reasons.append(DIRECT_SPEECH)
    return reasons


def answer_in(stem: str, answers: Sequence[str]) -> bool:
    """Whether any spelling of the answer shows in the stem (folded), whole or as the start of
    a word: « اتریشی » and "Russian" give away « اتریش » and "Russia"."""
    folded = f" {_plain(stem)} "
    if any(_initials(answer) and _initials(answer) in stem for answer in answers):
        return True  # "C.C." beside a blank for "Central Committee"
    for answer in answers:
        word = _plain(answer)
        edge = r"(?!\w)" if len(word) < 4 else ""
        if len(word) >= 2 and re.search(rf"(?<!\w){re.escape(word)}{edge}", folded):
            return True
    return False


def clue_in_stem(stem: str, answer: str, wrong: Sequence[str]) -> bool:
    """Whether a word of a many-word answer shows in the stem (whole, or by its first five
    letters: "Austrian" for "Austria") while no wrong option has it: "the Bolshevik delegates"
    beside one option saying "Bolshevik"."""
    stem_words = set(_plain(stem).split())
    options = [set(_plain(o).split()) for o in wrong]
    for word in set(_plain(answer).split()):
        if len(word) < 4 or word in _PLAIN_WORDS:
            continue
        root = word[:5] if len(word) >= 6 else word
        shown = any(w == word or (len(root) == 5 and w.startswith(root)) for w in stem_words)
        if shown and not any(word in option for option in options):
            return True
    return False


# words too plain to give anything away when the stem shares them with the answer
_PLAIN_WORDS = frozenset(
    "with from that this their which were have been into upon about after before under over "
    "committee council party soviet government congress conference union assembly".split()
)


def _initials(answer: str) -> str:
    """ "C.C." for "Central Committee"; "" for a name of fewer than two capitalised words."""
    capitals = [w[0] for w in answer.split() if w[:1].isupper() and w[:1].isascii()]
    return ".".join(capitals) + "." if len(capitals) >= 2 else ""


def _plain(text: str) -> str:
    return re.sub(r"[^\w\s]", " ", fold(text).replace(BLANK, " ")).strip()


def stem_quality(stem: str, context: str) -> float:
    """1.0 for a stem of a comfortable length that stands alone; less otherwise."""
    size = count_words(stem)
    mark = 1.0 if 8 <= size <= 30 else 0.75
    return mark - (0.15 if context else 0.0)


def confidence_quality(confidence: float) -> float:
    return max(0.0, min(1.0, (confidence - 0.7) / 0.28))


def score(reasons: Sequence[str], confidence: float, stem: float, options: float) -> float:
    """0..1: under 0.7 whenever a gate failed, else 0.7 plus up to 0.3 for quality."""
    quality = 0.4 * confidence_quality(confidence) + 0.3 * stem + 0.3 * options
    quality = max(0.0, min(1.0, quality))
    if reasons:
        return round(0.2 + 0.45 * quality, 3)
    return round(0.7 + 0.3 * quality, 3)


def with_reason(draft: Draft, reason: str) -> Draft:
    """The draft with one more failed gate, its score brought under approval."""
    if reason in draft.reasons:
        return draft
    lowered = min(draft.score, round(0.2 + 0.45 * max(0.0, (draft.score - 0.7) / 0.3), 3))
    return replace(draft, reasons=(*draft.reasons, reason), score=lowered)


def _shingles(text: str) -> tuple[frozenset[str], frozenset[str]]:
    """The word pairs and the words of a stem."""
    tokens = _plain(text).split()
    pairs = frozenset(" ".join(tokens[i : i + 2]) for i in range(max(1, len(tokens) - 1)))
    return pairs, frozenset(tokens)


def mark_near_duplicates(drafts: list[Draft], threshold: float = 0.75) -> list[Draft]:
    """Of questions of one kind whose stems mostly overlap, keep the better; flag the others."""
    shingles = [_shingles(d.answer if d.kind == "timeline" else d.prompt) for d in drafts]
    frequency = Counter(pair for pairs, _ in shingles for pair in pairs)
    rare = [frozenset(p for p in pairs if frequency[p] <= 60) for pairs, _ in shingles]
    postings: dict[tuple[str, str], list[int]] = defaultdict(list)
    ranks = _truth_ranks(drafts)
    order = sorted(range(len(drafts)), key=lambda i: _priority(drafts[i], ranks.get(i, 0.0)))
    result = list(drafts)
    for i in order:
        draft = drafts[i]
        seen: set[int] = set()
        for pair in rare[i]:
            seen.update(postings.get((draft.kind, pair), ()))
        if any(
            _overlap(shingles[i], shingles[j]) >= threshold and not _siblings(draft, drafts[j])
            for j in seen
        ):
            result[i] = with_reason(draft, NEAR_DUPLICATE)
            continue
        for pair in rare[i]:
            postings[(draft.kind, pair)].append(i)
    return _asked_as_who_said(result)


def _asked_as_who_said(drafts: list[Draft]) -> list[Draft]:
    """A blank on the speaker of a quotation a who-said question asks about is that question
    again: the who-said one stands."""
    speakers = {
        (d.passage_id, d.answer_start) for d in drafts if d.kind == "who_said" and d.score >= 0.7
    }
    return [
        with_reason(d, NEAR_DUPLICATE)
        if d.kind in ("cloze", "mcq") and (d.passage_id, d.answer_start) in speakers
        else d
        for d in drafts
    ]


SURPLUS = 1.5  # approved true statements may outnumber the false ones (or the other way) so much
SLACK = 3  # and by this many more, which only a short text notices


def _truth_ranks(drafts: list[Draft]) -> dict[int, float]:
    """0 for the statements to keep first, 1 for the others: each sentence that can be stated
    both true and false is stated the way that leaves the bank the most statements the
    true/false balance lets stand, true ones where it can (they read best)."""
    fit = [i for i, d in enumerate(drafts) if d.kind == "true_false" and d.score >= 0.7]
    truths: dict[tuple[int, str], set[bool]] = defaultdict(set)
    for i in fit:
        truths[_sentence(drafts[i])].add(drafts[i].options[0].correct)
    only_true = sum(t == {True} for t in truths.values())
    only_false = sum(t == {False} for t in truths.values())
    both = sorted(s for s, t in truths.items() if len(t) == 2)
    most_true = next(
        (
            x
            for x in range(len(both), -1, -1)
            if _balanced(only_true + x, only_false + len(both) - x)
        ),
        0,
    )
    stated = {s: n < most_true for n, s in enumerate(both)}
    ranks = {}
    for i in fit:
        truth = drafts[i].options[0].correct
        ranks[i] = 0.0 if stated.get(_sentence(drafts[i]), truth) == truth else 1.0
    return ranks


def _balanced(true: int, false: int) -> bool:
    """Whether so many true and false statements all stand under the balance."""
    return true <= int(SURPLUS * false) + SLACK and false <= int(SURPLUS * true) + SLACK


def _sentence(draft: Draft) -> tuple[int, str]:
    return draft.passage_id, draft.explanation


def _priority(draft: Draft, rank: float) -> tuple:
    """Approvable questions first; statements stated the chosen way first."""
    return (draft.score < 0.7, rank, -draft.score, draft.key)


def _siblings(a: Draft, b: Draft) -> bool:
    """Two blanks (or questions) on one sentence that ask for different kinds of thing (who and
    where): they test different facts, so both may stand (a quiz never shows both)."""
    return (
        a.kind in ("cloze", "mcq")
        and a.passage_id == b.passage_id
        and a.explanation == b.explanation
        and bool(a.answer_type)
        and bool(b.answer_type)
        and a.answer_type != b.answer_type
    )


def _overlap(a: tuple[frozenset[str], frozenset[str]], b: tuple[frozenset[str], frozenset[str]]):
    """The mean of how much two stems share of their word pairs and of their words."""
    (pairs_a, words_a), (pairs_b, words_b) = a, b
    pairs = len(pairs_a & pairs_b) / max(1, min(len(pairs_a), len(pairs_b)))
    words = len(words_a & words_b) / max(1, min(len(words_a), len(words_b)))
    return (pairs + words) / 2
