"""Who wrote or said it: a quotation the text attributes to a person, four people as options."""

import re
from collections.abc import Callable, Sequence
from dataclasses import replace

from quizapp.extract.fa_lexicon import is_known, is_verb_form

from . import quality as q
from .candidates import CandidateIndex
from .distractors import choose, far, quality
from .quotes import continuation
from .sentences import Sentence
from .statements import FA_COPULAS, has_verb
from .targets import key_of
from .textutil import clean_stem, count_words, mend_scanner_marks, trim_possessive
from .types import WHO_SAID, Draft, Fact, Option, SourcePassage

FindQuotes = Callable[[str, Sequence[Fact], str], list]

MAX_QUOTE_WORDS = 30
LONGEST_FIRST_SENTENCE = 45  # words: a first sentence this long is shown whole, not cut off
PROMPT = {
    ("en", True): "Who wrote: “{}”?",
    ("en", False): "Who said: “{}”?",
    ("fa", True): "چه کسی نوشت: «{}»؟",
    ("fa", False): "چه کسی گفت: «{}»؟",
}
_WRITE = re.compile(r"\b(?:wr[oi]te|writes|written|writing)\b|نوشت|می\u200cنویس|نوشته")


def who_said(
    passage: SourcePassage,
    sentences: Sequence[Sentence],
    index: CandidateIndex,
    seed: int,
    find: FindQuotes,
) -> list[Draft]:
    """One question per attributed quotation of the passage."""
    try:
        quotes = find(passage.text, passage.facts, passage.language)
    except Exception:  # one odd passage must not stop the document
        return []
    drafts = []
    for quote in quotes:
        draft = _question(passage, sentences, quote, index, seed)
        if draft is not None:
            drafts.append(draft)
    return drafts


def _speaker(passage: SourcePassage, quote) -> tuple[Fact, str, int, int]:
    """The person fact naming the speaker (a made-up unsure one when there is none)."""
    start, end = quote.speaker_start, quote.speaker_end
    for fact in passage.facts:
        if fact.type == "PERSON" and fact.start < end and start < fact.end:
            start, end = fact.start, fact.end
            text = passage.text[start:end]
            if passage.language == "en":
                text, start, end = trim_possessive(text, start, end)
            return fact, text, start, end
    fact = Fact("PERSON", quote.speaker, start, end, 0.5, quote.speaker)
    return fact, quote.speaker, start, end


def _speaker_vouched(fact: Fact, text: str, language: str) -> Fact:
    """A Persian speaker the extractor was unsure of is a person when every word of the name is
    foreign to the lexicon (« پیانیخ »، « ویتولین »): a speech verb's subject is someone, and
    no ordinary word (« دان ») or Arabic phrase (« الحضور ») is passed as one."""
    if language != "fa" or fact.confidence >= q.MIN_CONFIDENCE or fact.confidence < 0.5:
        return fact
    words = text.split()
    if not words or any(is_known(w) or w.startswith("ال") or len(w) < 4 for w in words):
        return fact
    return replace(fact, confidence=q.MIN_CONFIDENCE)


def shorten(quote: str, language: str) -> str:
    """A quotation cut to its first sentences: the first whole up to 45 words, then more only
    while about thirty words in all."""
    quote = clean_stem(quote).strip(" «»“”\"'")
    if count_words(quote) <= MAX_QUOTE_WORDS:
        return quote.removesuffix(".")
    kept = ""
    for match in re.finditer(r".+?(?:[.!?؟…](?=\s)|$)", quote):
        limit = MAX_QUOTE_WORDS if kept else LONGEST_FIRST_SENTENCE
        if count_words(kept + match.group()) > limit:
            break
        kept += match.group()
    if count_words(kept) < 8:
        kept = " ".join(quote.split()[:25])
    kept = kept.strip()
    return kept if kept.endswith("…") else kept + " …"  # the text's own « … » says it goes on


def _wrote(text: str, quote, start: int, end: int) -> bool:
    """Whether the words around the speaker (not the quotation) say it was written."""
    begin, finish = max(0, start - 60), min(len(text), end + 60)
    near = "".join(
        " " if quote.quote_start <= i < quote.quote_end else text[i] for i in range(begin, finish)
    )
    return bool(_WRITE.search(near))


def _explanation(sentences: Sequence[Sentence], start: int, end: int) -> str:
    touched = [s for s in sentences if s.start < end and start < s.end]
    return clean_stem(" ".join(s.text for s in touched))


def _whole_quote(text: str, quote, after: int, language: str) -> tuple[str, int]:
    """The quotation's words, joined to its second half when the speaker's name cuts it in
    two ('"The problem," Lenin wrote, "is …"'), and where its last part ends."""
    rest = continuation(text, after, language)
    if rest is None or _repeats(text[rest[0] : rest[1]], quote.quote):
        return quote.quote, quote.quote_end
    first = quote.quote.rstrip(" ,،…")
    cut = mend_scanner_marks(text[quote.quote_end - 1 : quote.quote_end + 5])[1:]
    # a comma at the cut means one sentence goes on; else two are shown as one quotation
    joint = " " if re.match(r"[/7]?[\"”'’»]?\s*[,،]", cut) else " … "
    return f"{first}{joint}{text[rest[0] : rest[1]]}", rest[1]


def _repeats(part: str, quote: str) -> bool:
    """Whether a quoted phrase after a quotation repeats its words (« کلمات «و نه …» نشان
    می‌دهند »): the author pointing back at them, not the speaker going on."""
    words = part.strip(" .,،…").split()
    return len(words) >= 2 and " ".join(words) in " ".join(quote.split())


def _quote_reasons(shown: str, language: str) -> list[str]:
    """A quotation must say something by itself: (Persian) with a verb, and not cut off."""
    if not has_verb(shown, language) or cut_short(shown, language):
        return [q.FRAGMENT]
    return []


def cut_short(shown: str, language: str) -> bool:
    """Whether a quotation as shown stops mid-sentence: its closing « … » follows neither a
    sentence's end nor (Persian, which ends on the verb) a verb."""
    if not shown.endswith("…"):
        return False
    before = shown[:-1].rstrip()
    if not before or before.endswith("…"):
        return True
    if before[-1] in ".!?؟»”\"'":
        return False
    last = before.split()[-1]
    return language != "fa" or not (
        last in FA_COPULAS or is_verb_form(last) or _FA_PERFECT.search(last)
    )


_FA_PERFECT = re.compile("ه\u200c?(?:اند|ام|ای|ایم|اید)$")  # « یافته‌اند »: a present perfect


def _question(passage, sentences, quote, index: CandidateIndex, seed: int) -> Draft | None:
    fact, text, start, end = _speaker(passage, quote)
    fact = _speaker_vouched(index.vouched_fact(fact), text, passage.language)
    words, quote_end = _whole_quote(
        passage.text, quote, max(end, quote.quote_end), passage.language
    )
    shown_quote = shorten(words, passage.language)
    prompt = PROMPT[(passage.language, _wrote(passage.text, quote, start, end))].format(shown_quote)
    reasons = q.stem_reasons(shown_quote, passage.language, pronouns=False)
    if q.OCR_DEBRIS not in reasons and q.sentence_debris(words):
        reasons.append(q.OCR_DEBRIS)
    if passage.text[start:end] != text:
        reasons.append(q.ANSWER_NOT_IN_PASSAGE)
    if q.answer_in(shown_quote, [text, fact.canonical]):
        reasons.append(q.ANSWER_IN_STEM)
    if fact.confidence < q.MIN_CONFIDENCE:
        reasons.append(q.LOW_CONFIDENCE)
    if not index.looks_like_name(text):  # « دانشجویان می‌گویند »: students, not a speaker
        reasons.append(q.NOT_A_NAME)
    wrong = choose(fact, text, passage, index, seed)
    if len(wrong) < 3:
        reasons.append(q.TOO_FEW_DISTRACTORS)
    if any(far(c) for c in wrong):
        reasons.append(q.FAR_DISTRACTORS)
    reasons += _quote_reasons(shown_quote, passage.language)
    stem_mark = q.stem_quality(shown_quote, "")
    options_mark = quality(wrong, text, "PERSON", passage.language)
    return Draft(
        kind=WHO_SAID,
        language=passage.language,
        prompt=prompt,
        answer=text,
        explanation=_explanation(sentences, min(start, quote.quote_start), max(end, quote_end)),
        passage_id=passage.id,
        answer_start=start,
        answer_end=end,
        entities=(fact.canonical,),
        options=(Option(text, True), *(Option(c.text, False) for c in wrong)),
        score=q.score(reasons, fact.confidence, stem_mark, options_mark),
        reasons=tuple(reasons),
        key=key_of(WHO_SAID, passage.language, quote.quote, fact.text, start - quote.quote_start),
    )
