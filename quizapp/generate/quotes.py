"""Quotations the text attributes to a named person.

English: « Lenin wrote to the central committee: "…" », « "…," Lenin wrote », « "…," said
Kerensky ». Persian: « لنین نوشت: «…» », « کوزمیچف، دهقان نیژگورودی، می‌گوید: «…» »,
« به گفته‌ی X: «…» ». The speaker must be one PERSON fact in the attribution: a pronoun, two
candidates or a coordinated pair (« Lenin and Trotsky wrote ») give no quote. One English text
was scanned with OCR that reads a comma before a closing quote as « / » and some quote marks as
« 7 » (« Soviets/' Lenin wrote »): those closings are accepted and the stray mark left out.
"""

import re
from collections.abc import Sequence
from dataclasses import dataclass

from quizapp.extract.types import PERSON
from quizapp.generate.types import Fact

MIN_WORDS, MAX_WORDS = 4, 60
_REACH = 2000  # characters: a quotation closes within this many or is not one
_EN_VERB = (
    r"(?:wr[oi]te|writes|said|says|declared|declares|stated|replied|answered|asked|exclaimed|"
    r"insisted|argued|announced|observed|remarked|added|continued|explained|warned|cried|"
    r"shouted|told|recalled|recalls|noted|notes|complained|protested|telegraphed|wired|"
    r"demanded|urged|concluded|admitted|retorted|put it)"
)
_EN_AFTER_NAME = re.compile(rf"\s+(?:\w+ly\s+|had\s+|has\s+)?{_EN_VERB}\b")
_EN_LEAD = re.compile(rf"^\s+(?:\w+ly\s+)?{_EN_VERB}\b[^\"“”‘’.!?]{{0,120}}?[:,]?\s*$")
_EN_VERB_FIRST = re.compile(rf"[\s,/]*{_EN_VERB}\s+(?:\w+ly\s+)?")
_DOUBLE, _SINGLE = '"“”', "'‘’"
_FA_SPEECH = re.compile(
    r"(?:(?:^|\s)(?:(?:می|نمی)\u200c)?(?:گفت|گوی|نوشت|نویس|افزود|افزای|پرسید|پرس)\S*"
    r"(?:\s+(?:است|بود|باشد))?"
    r"|(?:^|\s)(?:اظهار|اظهارنظر|پاسخ|توضیح|اعتراف|خاطرنشان|فریاد|اعلام|سخن|روایت|حکایت|"
    r"تلگراف|نتیجه\u200cگیری|جمع\u200cبندی|خلاصه|بیان|تصحیح|یاد|اعتراض|ادامه|تأکید|هشدار|"
    r"یادآوری|نقل|تعریف|شهادت|گزارش|ادعا|اضافه|تکرار|تصریح|اذعان)(?:\s+\S+){1,2})"
    r"(?:\s+که)?\s*:\s*$"
)
_FA_ACCORDING = re.compile(
    r"(?:^|\s)(?:بنا\s+)?(?:به|طبق)\s+(?:گفته|نوشته|عقیده|قول)(?:\u200cی|ی)?\s+$"
)
_FA_NOT_SUBJECT = re.compile(
    r"(?:(?:^|\s)(?:به|از|با|برای|علیه|برعلیه|ضد|برضد|بر|نزد|درباره‌ی|درباره)|\u200cی)\s+$"
)  # « لنین بر ضد کائوتسکی نوشت »: Kautsky is written against, not writing


@dataclass(frozen=True, slots=True)
class Quote:
    speaker: str  # the speaker's canonical name (from the Fact)
    speaker_start: int  # offsets of the speaker's mention in `text`
    speaker_end: int
    quote: str  # the quoted words, without the quotation marks
    quote_start: int  # offsets of the quoted words in `text`
    quote_end: int


def find_quotes(text: str, facts: Sequence[Fact], language: str) -> list[Quote]:
    """The attributed quotations of ``text`` (4 to 60 words each), in text order."""
    people = sorted((f for f in facts if f.type == PERSON), key=lambda f: f.start)
    spans = _persian_quotations(text) if language == "fa" else _english_quotations(text)
    found: list[Quote] = []
    previous_end = 0
    for opening, closing in spans:
        start, end = _words(text, opening + 1, closing)
        words = text[start:end].split()
        if MIN_WORDS <= len(words) <= MAX_WORDS and not text[start].islower():
            if language == "fa":
                speaker = _persian_speaker(text, people, opening)
            else:
                speaker = _english_speaker(text, people, opening, closing, previous_end)
            if speaker is not None:
                found.append(
                    Quote(
                        speaker.canonical or speaker.text, speaker.start, speaker.end,
                        text[start:end], start, end,
                    )
                )  # fmt: skip
        previous_end = closing + 1
    return found


def _words(text: str, start: int, end: int) -> tuple[int, int]:
    """The quoted words between the marks: no outer spaces, OCR marks or trailing comma."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",/،"):
        end -= 1
    if end - start > 1 and text[end - 1] == "7" and text[end - 2] in ".,!?":
        end -= 1  # « indubitably.7' »
        while end > start and text[end - 1] == ",":
            end -= 1
    return start, end


_GOES_ON = re.compile(r"^[^.!?؟«“\"]{0,40}[«“\"]")


def continuation(text: str, after: int, language: str) -> tuple[int, int] | None:
    """The words of a quotation's second half when the speaker's name cuts it in two
    ('"The problem," Lenin wrote, "is …"'): their offsets, or None when it does not go on."""
    goes_on = _GOES_ON.match(text[after:])
    if goes_on is None or not re.search(r"\w", goes_on.group()):
        return None  # « … » «سمت‌گیری تازه»: a phrase the author quotes next, not more of it
    opening = after + goes_on.end() - 1
    if language == "fa":
        spans = _persian_quotations(text[opening : opening + _REACH])
        closing = opening + spans[0][1] if spans and spans[0][0] == 0 else None
    else:
        closing = _closing(text, opening)
    if closing is None:
        return None
    return _words(text, opening + 1, closing)


# English quotation marks ------------------------------------------------------------------


def _english_quotations(text: str) -> list[tuple[int, int]]:
    """(opening mark, closing mark) offsets of top-level quotations."""
    spans: list[tuple[int, int]] = []
    i = 0
    while i < len(text):
        if _opens(text, i):
            closing = _closing(text, i)
            if closing is not None:
                spans.append((i, closing))
                i = closing + 1
                continue
        i += 1
    return spans


def _opens(text: str, i: int) -> bool:
    if text[i] not in _DOUBLE + _SINGLE or text[i] in "”’" or i + 1 >= len(text):
        return False
    before_ok = i == 0 or text[i - 1].isspace() or text[i - 1] in "([—-:"
    return before_ok and not text[i + 1].isspace()


def _closing(text: str, opening: int) -> int | None:
    double = text[opening] in _DOUBLE
    for j in range(opening + 2, min(len(text), opening + _REACH)):
        char = text[j]
        if char not in _DOUBLE + _SINGLE or text[j - 1].isspace():
            continue
        if j + 1 < len(text) and not (text[j + 1].isspace() or text[j + 1] in ".,;:!?)—-"):
            continue  # an apostrophe inside a word
        ocr = text[j - 1] in "/7" or text[j - 1] in ".,!?"
        if char in _DOUBLE and (double or ocr):
            return j
        if char in _SINGLE and (ocr or (not double and text[j - 1] != "s")):
            return j  # « Workers' Deputies » is no closing mark
    return None


def _english_speaker(
    text: str, people: list[Fact], opening: int, closing: int, previous_end: int
) -> Fact | None:
    lead = text[_clause_start(text, opening, previous_end) : opening]
    if re.search(r"[:,]\s*$", lead) or not lead.strip():
        before = _english_before(text, people, opening, previous_end)
        if before is not None:
            return before
    return _english_after(text, people, closing)


def _clause_start(text: str, position: int, floor: int) -> int:
    """Where the sentence holding ``position`` begins (not before ``floor``)."""
    ends = [m.end() for m in re.finditer(r"[.!?؟…][»\"”’']?\s|\n", text[floor:position])]
    return floor + (ends[-1] if ends else 0)


def _english_before(text: str, people: list[Fact], opening: int, previous_end: int) -> Fact | None:
    start = _clause_start(text, opening, previous_end)
    inside = [f for f in people if start <= f.start and f.end <= opening]
    speakers = [f for f in inside if _EN_LEAD.match(text[f.end : opening])]
    if len(speakers) != 1 or _coordinated(text, inside, speakers[0]):
        return None
    return speakers[0]


def _english_after(text: str, people: list[Fact], closing: int) -> Fact | None:
    position = closing + 1
    gap = re.match(r"[\s,/]*", text[position:])
    name_first = position + gap.end() if gap else position
    verb = _EN_VERB_FIRST.match(text, position)
    for fact in people:
        starts_here = fact.start == name_first and _EN_AFTER_NAME.match(text, fact.end)
        if starts_here or (verb is not None and fact.start == verb.end()):
            return None if _coordinated(text, people, fact) else fact
    return None


def _coordinated(text: str, people: list[Fact], fact: Fact) -> bool:
    """« Lenin and Trotsky wrote », « said Lenin and Trotsky »: two could be the speaker."""
    for other in people:
        if other is fact:
            continue
        between = text[min(fact.end, other.end) : max(fact.start, other.start)]
        if re.fullmatch(r"\s*(?:,|and|&|,\s*and|و|،)\s*", between):
            return True
    return False


# Persian quotation marks ------------------------------------------------------------------


def _persian_quotations(text: str) -> list[tuple[int, int]]:
    """Top-level « … » pairs (inner quotations stay inside their outer one)."""
    spans: list[tuple[int, int]] = []
    depth, opening = 0, -1
    for i, char in enumerate(text):
        if char == "«":
            if depth == 0:
                opening = i
            depth += 1
        elif char == "»" and depth > 0:
            depth -= 1
            if depth == 0 and i - opening <= _REACH:
                spans.append((opening, i))
    return spans


def _persian_speaker(text: str, people: list[Fact], opening: int) -> Fact | None:
    start = _clause_start(text, opening, max(0, opening - _REACH))
    lead = text[start:opening]
    inside = [f for f in people if start <= f.start and f.end <= opening]
    according = [
        f
        for f in inside
        if _FA_ACCORDING.search(text[start : f.start]) and _says_next(text[f.end : opening])
    ]
    named = [f for f in inside if re.fullmatch(r"\s*:\s*", text[f.end : opening])]
    if according and re.search(r":\s*$", lead):
        candidates = according  # « به گفته‌ی X: «…» »
    elif named and not text[start : named[0].start].strip():
        candidates = named  # « ویتولین: «…» », a speaker in a report of a debate
    elif speech := _FA_SPEECH.search(lead):
        if _FA_PLURAL_VERB.search(speech.group()):
            return None  # « … تعریف می‌کند که چگونه دهقانان فریاد زدند: »: not one person's words
        candidates = [f for f in inside if _persian_subject(text, f, start, opening)]
        candidates = _nearest_speaker(text, candidates, start + speech.start())
        if not inside and _FA_HE.match(lead):
            return _only_person_before(text, people, start)  # « او می‌گوید: «…» »
    else:
        return None
    if len(candidates) != 1 or _coordinated(text, inside, candidates[0]):
        return None
    return candidates[0]


_FA_HE = re.compile(r"\s*(?:او|وی)\s")
# a third-person plural verb (« گفتند »، « می‌نویسند »، « فریاد زدند »), not a singular that
# ends alike (« می‌کند »، « خواند »)
_FA_PLURAL_VERB = re.compile(
    r"(?:نند|یند|سند|دند|تند|\u200cاند)(?=(?:\s+(?:است|بود|باشد))?(?:\s+که)?\s*:\s*$)"
)


def _says_next(between: str) -> bool:
    """Whether what stands between « به گفته‌ی X » and the quotation leaves X its speaker:
    not another quotation, nor a clause of its own (« … «شایعه‌ای» در افواه بود: »)."""
    return "«" not in between and len(between.split()) <= 8


def _nearest_speaker(text: str, candidates: list[Fact], verb: int) -> list[Fact]:
    """Of several possible subjects, the one just before the speech verb (« … در مبارزه برعلیه
    کورنیلوف …، لنین چنین نوشت: »): Persian puts the subject there; others stay in doubt."""
    if len(candidates) < 2:
        return candidates
    last = candidates[-1]
    between = text[last.end : verb]
    return [last] if len(between.split()) <= 3 and not re.search(r"[،,؛;]", between) else candidates


def _only_person_before(text: str, people: list[Fact], start: int) -> Fact | None:
    """The one person the sentence before names (however often), as its subject: whom « او »
    must mean (not « قطع‌نامه‌ی لنین », where another may be the one who spoke)."""
    begin = _clause_start(text, max(0, start - 1), max(0, start - _REACH))
    named = [f for f in people if begin <= f.start and f.end <= start]
    if len({f.canonical or f.text for f in named}) != 1:
        return None
    subjects = [f for f in named if _persian_subject(text, f, begin, start)]
    return subjects[0] if subjects else None


def _persian_subject(text: str, fact: Fact, start: int, opening: int) -> bool:
    """Not after a preposition or an ezafe, not followed by « را », not inside a quotation."""
    before = text[start : fact.start]
    if _FA_NOT_SUBJECT.search(before) or before.count("«") != before.count("»"):
        return False
    return not re.match(r"\s+را(?:\s|$)|\u200c", text[fact.end : opening])
