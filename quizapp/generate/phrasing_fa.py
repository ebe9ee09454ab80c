"""Persian wh-questions: the question word takes the answer's place and the word order stays.

« لنین به پتروگراد بازگشت. » with « پتروگراد » → « لنین به کجا بازگشت؟ ». The words right
before and after the answer decide the question phrase (a preposition, « را », « در روز »);
where they cannot (a place inside an ezafe chain, a plural or ezafe suffix on the answer, a
quotation) the answer gets no question: a wrong question is worse than none.
"""

import re

from quizapp.extract import dates_fa_grammar as g
from quizapp.extract import fa_cues as cues
from quizapp.extract.fa_lexicon import is_ordinary
from quizapp.extract.fa_places import SEED_PLACES
from quizapp.extract.types import DATE, ORG, PERSON, PLACE
from quizapp.text.numbers import to_ascii_digits
from quizapp.text.persian import fold_persian

MAX_WORDS = 45
ZWNJ = "\u200c"
_WORD_CHAR = re.compile(r"[\w\u200c]")
_PERSON_PREPS = set("به از با برای توسط نزد علیه بر جز مانند همراه".split())
_PLACE_PREPS = {"در": "کجا", "به": "به کجا", "از": "از کجا", "تا": "تا کجا"}
_PLACE_RELATIONS = set("سوی طرف سمت نزدیکی حوالی اطراف داخل مقابل جانب وارد".split())
_PLACE_NOUNS = set("شهر استان ایالت کشور بندر جزیره ناحیه".split())
_TITLES = cues.PERSON_TITLES | {"سرتیپ", "سپهبد", "جناب"}
_NEWSPAPERS = set("پراودا ایزوستیا ایسکرا رچ".split())
_ORG_HEADS = {
    w: w for w in "حزب کمیته روزنامه کنگره کنفرانس شورا هنگ گردان اتحادیه سازمان دوما".split()
}
_ORG_HEADS |= {w: w for w in "بانک وزارت ارتش سپاه لشکر ناوگان جناح گارد مجلس دولت".split()}
_ORG_HEADS |= {"شورای": "شورا", "دومای": "دوما", "وزارتخانه": "وزارت"}
_DATE_LEAD = ("در روز", "در ماه", "در سال", "در شب", "در", "روز", "ماه", "سال")
_DATE_BLOCKERS = set("از تا پس پیش قبل بعد اواخر اوایل اواسط".split())
_OPENERS = ("اما ", "ولی ", "و ", "لیکن ", "با این حال، ", "با این همه، ", "بنابراین ")
_PRONOUNS = set("او وی آنها آن‌ها ایشان ما من تو شما اینان آنان این آن اینها این‌ها".split())
_PARTY_WORDS = set("بلشویک منشویک کادت بلشویکی منشویکی سوسیال".split())
_ROLES = (cues.PERSON_TITLES | cues.APPOSITION) - {"یکی"}
_DEICTIC = set("این آن همین همان هر چنین".split())
_NOT_ADJECTIVES = set("برای یعنی وقتی زمانی هنگامی جایی کسی چیزی گاهی خیلی بسیاری".split())
_QUOTE = re.compile(r"«([^«»]*)»")


def wh_question_fa(sentence: str, answer: tuple[int, int], answer_type: str) -> str | None:
    """A question whose answer is ``sentence[answer[0]:answer[1]]``, or None when unsure."""
    start, end = answer
    if not 0 <= start < end <= len(sentence) or not _askable(sentence, start, end):
        return None
    before, text, after = sentence[:start], sentence[start:end], sentence[end:]
    if answer_type == PERSON:
        parts = _person(before, after)
    elif answer_type == PLACE:
        parts = _place(before, after)
    elif answer_type == DATE:
        parts = _date(before, text, after)
    elif answer_type == ORG:
        parts = _org(before, text, after)
    else:
        return None
    if parts is None:
        return None
    question = _finish("".join(parts))
    if question is None or text in question or _pronoun_subject(question, parts[0]):
        return None
    return question


def _askable(sentence: str, start: int, end: int) -> bool:
    """A whole, unsuffixed word in a sentence that ends in « . » and quotes nothing long."""
    if len(sentence.split()) > MAX_WORDS or not sentence.rstrip().endswith(".") or "؛" in sentence:
        return False
    if start > 0 and _WORD_CHAR.match(sentence[start - 1]):
        return False
    if end < len(sentence) and _WORD_CHAR.match(sentence[end]):
        return False  # « لنین‌ها », « مسکوی »: a suffix on the answer
    text = sentence[start:end]
    plural = cues.PLURAL_SUFFIXES - {"ان"}
    if text.split()[-1] in plural or _first_word(sentence[end:]) in plural:
        return False  # « سازمان هائی »: a plural written apart
    if text.endswith(("\u200cها", "\u200cهای")) or sentence.count('"') % 2:
        return False
    if sentence.count("«") != sentence.count("»") or _last_word(sentence[:start]) in _DEICTIC:
        return False  # « این کنگره »: which one the text means is not in the sentence
    for quote in _QUOTE.finditer(sentence):
        if quote.start() < start < quote.end() or len(quote.group(1).split()) >= 4:
            return False
    return True


def _last_word(text: str) -> str:
    words = text.split()
    return words[-1] if words and text[-1:].isspace() else ""


def _drop_last_word(text: str) -> str:
    return text.rstrip()[: -len(text.split()[-1])] if text.split() else text


def _first_word(text: str) -> str:
    words = text.split()
    return words[0] if words and text[:1].isspace() else ""


def _coordinated(before: str, after: str) -> bool:
    """Beside « و » that joins the answer to another noun (« لنین و تروتسکی »), or listed."""
    if _first_word(after) == "و" or (before.rstrip().endswith("،") and re.match(r"\s*[،و]", after)):
        return True
    if _last_word(before) != "و":
        return False
    prior = _last_word(_drop_last_word(before))
    return not re.search(r"(?:ند|د|ست|است|ید|یم)$", prior)  # a verb ends the clause before


def _person(before: str, after: str) -> tuple[str, str, str] | None:
    following = _first_word(after)
    if _coordinated(before, after) or following in _PARTY_WORDS or following in _ROLES:
        return None  # « ستوان داشکویچ بلشویک », « رومانوف ملاک »: an apposition runs on
    if _last_word(before) in _TITLES:
        before = _drop_last_word(before)
    if _name_like(_last_word(before)) or _name_like(_first_word(after), surname=True):
        return None  # « کارل رنر »: the answer is part of a longer name
    return before, "چه کسی", after


def _name_like(word: str, *, surname: bool = False) -> bool:
    """A first name or surname beside the answer (not a place: « شورای پتروگراد تروتسکی را »)."""
    word = word.strip("،؛:.()")
    if not word or word in _TITLES or word in SEED_PLACES or word.endswith(ZWNJ + "ی"):
        return False
    if cues.NOT_NAME_ENDING.search(word) or (surname and not cues.NAME_ENDING.search(word)):
        return False
    return not is_ordinary(word, looks_like_name=True)


def _place(before: str, after: str) -> tuple[str, str, str] | None:
    if _coordinated(before, after):
        return None
    if _last_word(before) in _PLACE_NOUNS and _last_word(_drop_last_word(before)) in _PLACE_PREPS:
        before = _drop_last_word(before)
    word = _last_word(before)
    if word == "در" and re.match(r"\s*[.،]", after):
        return _drop_last_word(before), "در کجا", after  # « … انقلاب در کجا؟ »
    if word in _PLACE_PREPS:
        return _drop_last_word(before), _PLACE_PREPS[word], after
    if word in _PLACE_RELATIONS:
        return before, "کجا", after  # « به سوی کجا », « وارد کجا »
    if not _strip_openers(before.strip()):
        return before, "کجا", after
    return None  # « شورای پتروگراد »: a place inside an ezafe chain


def _clause_start(before: str) -> bool:
    stripped = _strip_openers(before.strip())
    return not stripped or stripped[-1] in "،؛:"


def _org(before: str, text: str, after: str) -> tuple[str, str, str] | None:
    words = text.split()
    if _last_word(before) == "یک" or not _org_words(words):
        return None  # « یک گروه … », « حزب آموخت »
    head = "روزنامه" if text in _NEWSPAPERS else _org_head(words[0])
    previous = _org_head(_last_word(before))
    if previous is not None and head in (None, previous):
        before, head = _drop_last_word(before), previous  # « حزب » + « بلشویک »
    following = _first_word(after)
    if _coordinated(before, after) or following.startswith("ال"):
        return None
    if text.endswith(("\u200cی", "های")):
        return None  # « شورای کمیسرهای » + « خلق »: an ezafe says the name goes on
    if (
        following.endswith("ی")
        and not following.endswith("ای")
        and following not in _NOT_ADJECTIVES
    ):
        return None  # « کمیته‌ی نظامی » + « انقلابی »: the name goes on
    return before, f"کدام {head or 'سازمان'}", after


def _org_words(words: list[str]) -> bool:
    """A name, a head word with its ezafe, or a head word followed by an adjective or name."""
    if _org_head(words[0]) is None:
        return words[0] in _NEWSPAPERS or (
            len(words) == 1 and not is_ordinary(words[0], looks_like_name=True)
        )
    if len(words) == 1 or words[0].endswith(("\u200cی", "ای")):
        return True
    modifier = words[1]
    return modifier in ("راست", "چپ") or (
        not modifier.startswith(("می\u200c", "نمی\u200c"))
        and (modifier.endswith("ی") or not is_ordinary(modifier, looks_like_name=True))
    )


def _org_head(word: str) -> str | None:
    return _ORG_HEADS.get(word.removesuffix(ZWNJ + "ی"))


def _date(before: str, text: str, after: str) -> tuple[str, str, str] | None:
    wh = _date_phrase(text)
    if wh is None or _coordinated(before, after) or _first_word(after) in ("تا", "الی", "یا"):
        return None
    if re.match(r"\s*(?:-|\u200c?ی\s*)?\s*[0-9۰-۹]", after):
        return None  # « اکتبر » + « ۱۹۱۷ »: the date goes on
    after = re.sub(r"^\s*\([^()]{1,30}\)", "", after)  # « ۲۵ اکتبر (۷ نوامبر) »
    stripped = before.rstrip()
    for lead in _DATE_LEAD:
        if stripped.endswith(" " + lead) or stripped == lead:
            rest = stripped[: len(stripped) - len(lead)].rstrip()
            if rest.split()[-1:] and rest.split()[-1] in _DATE_BLOCKERS:
                return None  # « تا روز ۲۵ اکتبر »
            if not lead.startswith("در") and not re.match(r"\s*،", after):
                return None  # « سال ۱۹۱۷ پاسخ … می‌دهد »: a subject, not a time
            return (rest + " " if rest else ""), wh, after
    if text.startswith("در ") or (_clause_start(before) and re.match(r"\s*،", after)):
        return before, wh, after
    return None  # « انقلاب اکتبر », « پس از … »


def _date_phrase(text: str) -> str | None:
    """« در چه روزی » … for the kind of date the answer is (None for ranges and the like)."""
    folded = re.sub(r"\s+", " ", to_ascii_digits(fold_persian(text))).strip()
    folded = re.sub(r"^(?:در |روز |شب |ماه |سال )+", "", folded)
    qualifier = re.match(rf"(?:{g.QUALIFIER})(?: ی)? (?:ماه )?", folded)
    season = re.match(rf"(?:{g.SEASON})(?: ی)? (?:سال )?", folded)
    lead = qualifier or season
    rest, prefix = (folded[lead.end() :], lead.group().split()[0] + " ") if lead else (folded, "")
    year = rf"(?:{g.YEAR})"
    month = rf"(?:ماه )?(?:{g.MONTH})"
    if re.fullmatch(rf"(?:سال )?{year}", rest):
        return f"در {prefix}چه سالی"
    if season:
        return None
    if re.fullmatch(rf"{month}(?: ی)?(?: (?:سال )?{year})?", rest):
        return f"در {prefix}چه ماهی"
    if lead:
        return None
    if re.fullmatch(rf"(?:{g.DAY}) {month}", rest):
        return "در چه روزی"
    if re.fullmatch(rf"(?:{g.DAY}) {month}(?: ی)? (?:سال )?{year}", rest):
        return "در چه تاریخی"
    if re.fullmatch(rf"{g.DAY_ORD}", rest):
        return "در چه روزی"
    return None


def _strip_openers(text: str) -> str:
    changed = True
    while changed:
        changed = False
        for opener in _OPENERS:
            if text.startswith(opener):
                text, changed = text[len(opener) :].lstrip(), True
    return text


def _finish(text: str) -> str | None:
    text = _strip_openers(re.sub(r"[ \t]+", " ", text).strip())
    text = re.sub(r"\s+([،؛.])", r"\1", text)
    if not text.endswith(".") or len(text.split()) < 3:
        return None
    return text[:-1].rstrip() + "؟"


def _pronoun_subject(question: str, before: str) -> bool:
    """A question that opens with a bare pronoun (« او در چه روزی … ») leaves out who."""
    if not _strip_openers(before.strip()):
        return False  # the answer opened the sentence
    first = question.split()[0].rstrip("،")
    return first in _PRONOUNS
