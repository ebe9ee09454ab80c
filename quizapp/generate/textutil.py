"""Small text helpers shared by the generator: folding, words, pronouns, stem clean-up."""

import itertools
import re
import unicodedata
from functools import lru_cache

from quizapp.extract.fa_lexicon import is_verb_form
from quizapp.text.numbers import to_ascii_digits

from .dates import FA_MONTHS

BLANK = "_____"
ZWNJ = "\u200c"

_FOLD = str.maketrans(
    {"ي": "ی", "ى": "ی", "ك": "ک", "ۀ": "ه", "ة": "ه", "أ": "ا", "إ": "ا", "آ": "ا", ZWNJ: " "}
)
_QUOTES = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "`": "'"})
_POSSESSIVE = re.compile(r"(?:'s|s'|')$")
_FA_PLURAL = re.compile(r"(?<=\w{3})(?: ?ها| ?های|ان|یان)$")
_FA_INNER_PLURAL = re.compile(r"(?<=\w{3})های?(?= )")
_WORD = re.compile(r"[\w\u200c'’-]+")
_SPACES = re.compile(r"\s+")
_SPACED_DOTS = re.compile(r"\s?\.(?:\s\.){2,}|\s\.\.\.")  # ". . . ." and " ..." as one "…"
_SEE_PAGES = re.compile(r"\s*\(see pp?\.\s*[\d–-]+\)?")  # "(see pp. 277-79)"
_SEE_PAGES_AT_END = re.compile(r"(?<=\w)\s*\(see pp?\.\s*[\d–-]+\)?\s*$")
_NOTE_NUMBER = re.compile(r"^\s*(?:\d{1,3}\t|\[\d{1,3}\]\s)")
_FOOTNOTE_REF = re.compile(r"\[\d{1,3}\]|(?<=[a-z.,;:!?\"”'’])\d{1,2}(?=['’\"”]?(?:\s|$))")


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Lower-case, Persian letters unified, ZWNJ as space, digits ASCII, no diacritics."""
    text = to_ascii_digits(text.translate(_FOLD).translate(_QUOTES)).lower()
    text = "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))
    return _SPACES.sub(" ", text).strip()


@lru_cache(maxsize=65536)
def fold_name(text: str) -> str:
    """A name folded for alias comparison: no possessive, no plural, no article."""
    folded = fold(text)
    folded = re.sub(r"^(?:the|a|an) ", "", folded)
    folded = _POSSESSIVE.sub("", folded)
    if len(folded) > 4 and folded.endswith("s") and not folded.endswith("ss"):
        folded = folded[:-1]
    folded = _FA_PLURAL.sub("", folded)
    folded = _FA_INNER_PLURAL.sub("", folded)  # « کنگره‌ی سراسری شوراهای روسیه »
    return folded.replace("-", " ").strip()


def words(text: str) -> list[str]:
    """The words of a text (letters, digits, joiners, apostrophes, hyphens)."""
    return _WORD.findall(text)


def squash(text: str) -> str:
    """Whitespace (line breaks included) as single spaces, trimmed."""
    return _SPACES.sub(" ", text).strip()


# A scanner's comma before a quotation mark read as a slash: "the Soviets/' Lenin wrote early
# in October/ "is the problem …" stands for "the Soviets,' … October, "is …".
_SLASH_COMMA = re.compile(r"(?<=[a-z_])/(?=['’\"”]\s)|(?<=[a-z_])/(?=\s+[\"“'‘])")
_SEVEN_APOSTROPHE = re.compile(r"(?<=[a-z]s)7(?= [A-Z][a-z])")  # "Soldiers7 Deputies"


def mend_scanner_marks(text: str) -> str:
    """A scanner's slash for a comma and 7 for an apostrophe put back, and a typist's pair of
    backticks for an inner quotation (« ` اراده‌ی واحد` ») made quotation marks."""
    text = _BACKTICKED.sub(r"“\1”", text)
    return _SEVEN_APOSTROPHE.sub("'", _SLASH_COMMA.sub(",", text))


_BACKTICKED = re.compile(r"`\s*([^`\n]{1,80}?)\s*`")


def clean_stem(text: str) -> str:
    """A sentence as shown to a reader: one line, footnote markers and note numbers dropped,
    a scanner's slash for a comma and 7 for an apostrophe mended."""
    text = mend_scanner_marks(text)
    text = _SPACED_DOTS.sub(" …", _FOOTNOTE_REF.sub("", text))
    text = _SEE_PAGES.sub("", _SEE_PAGES_AT_END.sub(".", text))
    return squash(_even_quotes(_NOTE_NUMBER.sub("", text)))


_SINGLE_OPEN = re.compile(r"(?:^|(?<=[\s(\[]))'(?=[A-Z])")
_SINGLE_CLOSE = re.compile(r"(?<=[,.!?])'(?=\s|$)")


def _even_quotes(text: str) -> str:
    """A quotation a scanner opened with ' and went on with " ('The problem,' Lenin wrote,
    "is …"): both halves in double marks, so the marks pair up."""
    if text.count('"') % 2 and not _SINGLE_OPEN.search(text):
        closings = list(_SINGLE_CLOSE.finditer(text))  # '"Having …," Lenin wrote' as '…,\''
        if len(closings) == 1:
            at = closings[0].start()
            return f'{text[:at]}"{text[at + 1 :]}'
    if '"' not in text or not _SINGLE_OPEN.search(text) or not _SINGLE_CLOSE.search(text):
        return text
    return _SINGLE_CLOSE.sub('"', _SINGLE_OPEN.sub('"', text))


def trim_possessive(text: str, start: int, end: int) -> tuple[str, int, int]:
    """An English mention without its possessive ending ("Lenin's" → "Lenin")."""
    match = re.search(r"(?:['’]s|(?<=s)['’])$", text)
    if match and match.start() > 0:
        cut = len(text) - match.start()
        return text[: match.start()], start, end - cut
    return text, start, end


EN_PRONOUNS = frozenset(
    "he she they it this that these those his her their its him them such there because which "
    "who whom whose".split()
)
FA_PRONOUNS = frozenset(
    "او وی آنان ایشان این آن اینان آنها آن‌ها اینها این‌ها همین همان چنین اینجا آنجا زیرا همه "
    "همگی".split()  # « همه بر سر سه نکته موافقند »: everyone of a company named before
)


def first_word(text: str) -> str:
    found = words(text)
    return found[0] if found else ""


# Words opening a sentence that lean on the one before: the reader needs it as context.
EN_CONNECTIVES = frozenset(
    "and but however moreover yet thus therefore meanwhile nevertheless also then so hence "
    "accordingly furthermore besides instead still otherwise consequently".split()
)
# « باز ایوانوف می‌نویسد »: "again", after what was quoted before
FA_CONNECTIVES = frozenset(
    "و اما ولی لیکن بنابراین همچنین سپس پس ضمنا ضمناً درنتیجه یعنی معهذا معذلک لذا بعلاوه "
    "باز منتها منتهی آری بلی بله خیر".split()  # « خیر، … »: the answer to a question before
)
FA_CONNECTIVE_PHRASES = (
    "با این حال", "با این همه", "با همه‌ی این احوال", "در نتیجه", "از سوی دیگر", "از طرف دیگر",
    "نتیجه آن‌که", "نتیجه آنکه", "بدین سان", "بدین ترتیب", "به این ترتیب", "به علاوه",
    "علاوه بر این", "در عوض", "به همین دلیل", "به همین سبب", "به عبارت دیگر", "به بیان دیگر",
    "حال آن‌که", "حال آنکه",
)  # fmt: skip
_IN_TURN = re.compile(r"به نوبه\u200c?ی? خود|in (?:its|his|their|her) turn", re.IGNORECASE)
# Speaker-bound words: a sentence with them is someone's speech, unclear out of context.
EN_SPEAKER = frozenset("i me my mine we us our ours you your yours".split())
FA_SPEAKER = frozenset("من ما شما مرا خودم خودمان خودتان".split())


# Backward-pointing words that, among a sentence's first few words, leave its subject unclear
# ("On October 29 it adopted …", « سازمان او …», « این قطع‌نامه …»).
EN_EARLY_REFERENCES = frozenset("it he she they this these his her their its".split())
FA_EARLY_REFERENCES = frozenset("او وی آنان ایشان این آن اینان".split())


def opens_with_pronoun(text: str, language: str) -> bool:
    """Whether a sentence starts with a pronoun, demonstrative or connective that points
    backwards (« اما »، "However, …"), or has one among its first words."""
    stripped = text.lstrip(" «\"“'‘(-—")
    early = {w.lower() for w in words(stripped)[:5]}
    references = FA_EARLY_REFERENCES if language == "fa" else EN_EARLY_REFERENCES
    if early & references:
        return True
    word = first_word(stripped)
    if language == "fa":
        return (
            word in FA_PRONOUNS
            or word in FA_CONNECTIVES
            or stripped.startswith(FA_CONNECTIVE_PHRASES)
            or (word.split(ZWNJ)[0] in {"آن", "این"} and ZWNJ in word)
        )
    return word.lower() in EN_PRONOUNS or word.lower() in EN_CONNECTIVES


# Words anywhere in a sentence that point outside it ("this formula", "the conference", « چنین »):
# a reader given the sentence alone cannot tell what they stand for.
_EN_BACK = re.compile(
    r"\b(?:he|she|they|it|him|them|this|these|those|such)\b"
    r"|\bsimilar\b(?!\s+to\b)"  # "passed a similar resolution": like one said before
    r"|\b(?:who|that) (?:attended|took part|participated|were present)\b(?!\s+(?:the|a|an|in|at)\b)"
    r"|\bthe\s+(?:[A-Z][\w-]+\s+)?(?:conference|meeting|question|resolution|talks|negotiations|decision|proposal|"
    r"formula|session|issue|matter|plan|document|letter|article|statement|declaration|decree|"
    r"delegation|delegates|latter|former|above|same|majority|minority)\b"
    r"(?!\s+(?:of|on|in|at|to|with|between|which|that)\b)"
    r"|\b(?:\w+ (?:days?|weeks?|months?|years?|hours?) (?:later|earlier)|^\W*(?:later|earlier"
    r"|afterwards?)|(?:later|earlier) (?:that|the same) \w+|the (?:next|following|previous|same)"
    r" (?:day|morning|evening|night|week|month|year))\b",  # "two days later": after what?
    re.IGNORECASE,
)
# « پنج سال بعد »، « روز بعد »، « فردای آن روز »: a time counted from something not said
_FA_RELATIVE_TIME = re.compile(
    r"(?:سال|ماه|روز|هفته|ساعت|دقیقه|شب)\s+(?:بعد|پس|قبل|پیش)(?:\s|[،.]|$)|فردای|پس\u200cفردا"
)
_FA_BACK = frozenset(
    "او وی آنان ایشان اینان آنها آن‌ها اینها این‌ها همین همان چنین چنان مزبور مذکور فوق "
    "این‌گونه آن‌گونه اینگونه آنگونه".split()  # « این‌گونه جزئیات »: such details, told before
)
_FA_NOT_BACK = frozenset("که چه را بار".split())  # « این که »، « این بار »: no pointer
_FA_TIME = frozenset("دم روز شب وقت لحظه هنگام زمان سال ماه ساعت".split())  # « همان دم »
_FA_MOMENT = frozenset("دم وقت لحظه هنگام زمان".split())


def _time_named(unit: str, tokens: list[str]) -> bool:
    """Whether the sentence names the time « همان ‹unit› » means: a year for « همان سال », a
    month for « همان ماه », a month or a number for a day or an hour."""
    if unit == "سال":
        return any(re.fullmatch(r"[\d۰-۹]{4}", word) for word in tokens)
    if tokens.count(unit) > 1:
        return True  # « در همان روز، یعنی در روز نوزدهم »
    numbers = unit != "ماه"
    return any(
        word in FA_MONTH_NAMES or (numbers and re.fullmatch(r"[\d۰-۹]+", word)) for word in tokens
    )


FA_MONTH_NAMES = frozenset(FA_MONTHS)
# « تلاش دوم »، « سومین مخالف »: a second one of something named before (a day, a month,
# a year or a time counted are dates: « روز دوم »، « دوم اکتبر »، « بار دوم »)
_FA_ORDINAL_BACK = re.compile(
    r"(?<!روز )(?<!شب )(?<!ماه )(?<!سال )(?<!بار )(?<!هفته‌ی )(?<!قرن )(?<!دفعه‌ی )"
    r"(?<![\d۰-۹] )(?<!کنگره‌ی )(?<!ارتش )(?<!انترناسیونال )(?<!دومای )(?<!لشکر )(?<!هنگ )"
    r"(?<!گردان )(?<!سپاه )(?<!کنفرانس )(?<!کنگره )(?<!درجه‌ی )"  # the Second Congress: a name
    r"(?<!\w)(?:دوم|سوم|چهارم|دومین|سومین|چهارمین)(?!\w)"
    r"(?!\s*(?:ژانویه|فوریه|مارس|آوریل|مه|ژوئن|ژوئیه|اوت|سپتامبر|اکتبر|نوامبر|دسامبر|ماه))"
)
_FA_AGAIN = re.compile(r"(?<!\w)(?:بار دیگر|هر\s?دو)(?!\w)")  # again, as before; both of them
# « دو رهبر دیگر »: the two other leaders, of a company named before
_FA_OTHERS = re.compile(r"(?<!\w)(?:دو|سه|چهار|پنج) \S+ دیگر(?!\w)")
_QUOTED = re.compile(r"«[^«»]*»|“[^“”]*”|\"[^\"]*\"")
_EXPLETIVE_IT = re.compile(
    r"\bit\s+(?:is|was|seemed|seems|became|had been|would be)\b[^.;]*?\b(?:that|to)\b", re.I
)


# « در همان _____ »، "the same _____": the blank is what the pointer says was named before
_POINTED_BLANK = re.compile(rf"(?<!\w)(?:همان|همین|the same|that same)\s+{BLANK}", re.IGNORECASE)


def blank_pointed_at(stem: str) -> bool:
    """Whether a blank stands right after a word that points back to it."""
    return bool(_POINTED_BLANK.search(stem))


def mostly_quoted(text: str) -> bool:
    """Whether most of a sentence is words it quotes."""
    quoted = sum(len(m.group()) for m in _QUOTED.finditer(text))
    return quoted * 2 > len(text)


def quote_open(before: str) -> bool:
    """Whether a quotation opened in ``before`` is still open at its end."""
    if before.count("«") > before.count("»") or before.count("“") > before.count("”"):
        return True
    return before.count('"') % 2 == 1


def quote_closed(text: str) -> bool:
    """Whether the text closes a quotation it never opened: the tail of one begun before it."""
    return text.count("»") > text.count("«") or text.count("”") > text.count("“")


def refers_back(text: str, language: str, *, definite: bool = True) -> bool:
    """Whether a sentence points to something outside it: a pronoun, a demonstrative, or
    (``definite``) a definite "the conference" with nothing to say which. Words quoted are
    someone's speech and point within it; "it is clear that" and « چنین نوشت: » point nowhere
    or forwards."""
    text = _QUOTED.sub(" ", text)
    if language != "fa":
        text = _EXPLETIVE_IT.sub(" ", text)
        if _IN_TURN.search(text):
            return True
        found = (m.group().lower() for m in _EN_BACK.finditer(text))
        return any(definite or not word.startswith("the ") for word in found)
    if _FA_RELATIVE_TIME.search(text) or _IN_TURN.search(text):
        return True
    tokens = words(text)
    for at, (word, after) in enumerate(zip(tokens, [*tokens[1:], ""], strict=False)):
        if word in ("چنین", "چنان") and ":" in text:
            continue  # « چنین نوشت: » points to the words that follow
        if word in ("همان", "همین") and after in _FA_TIME:
            if after in _FA_MOMENT or _time_named(after, tokens):
                continue  # « همان دم »: at once; « در روز دهم … همان روز »: the day it names
            return True  # « در آوریل همان سال »: the year told before
        if word in _FA_POINTERS and _named_before(after, tokens[:at]):
            continue  # « انقلاب اکتبر … این انقلاب »: what it points to is in the sentence
        if word in _FA_BACK or (word in ("این", "آن") and after not in _FA_NOT_BACK):
            return True
    return bool(_FA_ORDINAL_BACK.search(text) or _FA_AGAIN.search(text) or _FA_OTHERS.search(text))


def _named_before(head: str, before: list[str]) -> bool:
    """Whether a pointed-to Persian noun (its plural ending off) stands earlier in the
    sentence, so the pointer points within it."""
    stem = fold(_FA_PLURAL.sub("", head))
    return len(stem) >= 3 and any(fold(word).startswith(stem) for word in before)


def speaks_in_person(text: str, language: str) -> bool:
    """Whether the sentence uses first or second person: it is someone's speech. Words in
    quotation marks it holds are the speech of someone it names, and do not count."""
    speaker = FA_SPEAKER if language == "fa" else EN_SPEAKER
    said = words(_GLOSSED.sub(" ", _QUOTED.sub(" ", text)))
    if language == "fa" and any(_we_verb(word) or _FA_I_YOU_VERB.match(word) for word in said):
        return True  # « بد نیست … مقایسه کنیم »: the author's "we", an aside to the reader
    return any(word.lower() in speaker for word in said)


_GLOSSED = re.compile(r"\S+ \[[^\]]+\]")  # « me [Woytinsky] »: a pronoun the text resolved
_SELF = {
    "en": re.compile(r"\b(?:I|me|my|myself)\b"),
    "fa": re.compile(r"(?<!\w)(?:من|مرا)(?!\w)"),
}


def narrated(text: str, narrator: str, language: str) -> str:
    """The text with the narrator's name put after the first "I" or "me" of the narration
    (not of words it quotes): « Cheremissov summoned me [Woytinsky] »."""
    pattern = _SELF.get(language)
    if not narrator or pattern is None or _addressed(text, language):
        return text
    quoted = [m.span() for m in _QUOTED.finditer(text)]
    for match in pattern.finditer(text):
        if ":" in text[: match.start()]:
            return text  # « گفت: من چیزی نمی‌دانم »: speech set off by a colon, not the narrator's
        if not any(a <= match.start() < b for a, b in quoted):
            return f"{text[: match.end()]} [{narrator}]{text[match.end() :]}"
    return text


_OTHERS = {
    "en": frozenset("we us our ours you your yours".split()),
    "fa": frozenset("ما شما تو خودمان خودتان".split()),
}


def _addressed(text: str, language: str) -> bool:
    """Whether the sentence also says "we" or "you": a dialogue, whose "I" may be anyone's."""
    said = words(_QUOTED.sub(" ", text))
    others = _OTHERS.get(language, frozenset())
    if any(word.lower() in others for word in said):
        return True
    return language == "fa" and any(
        word.endswith("ید") and len(word) >= 4 and is_verb_form(word) for word in said
    )


# "I" or "you" in a verb whose present stem its past does not share (« نکنید »، « خواهم »,
# not « رسید », which is also "he arrived"): « بیهوده تلاش نکنید » is someone talking
_FA_I_YOU_VERB = re.compile(
    r"(?:می\u200c|نمی\u200c|ب|ن)?(?:کن|گوی|خواه|باش|بین|دان|توان|گذار)(?:م|ید)$"
)


def _we_verb(word: str) -> bool:
    return word.endswith("یم") and len(word) >= 4 and is_verb_form(word)


def count_words(text: str) -> int:
    return len([w for w in text.split() if any(c.isalnum() for c in w) or w == BLANK])


# The head word after a pointer: "this formula", « این سربازها », "the conference".
_EN_POINTED = re.compile(r"\b(?:this|these|those|the)\s+([a-z][a-z-]+)", re.IGNORECASE)
_FA_POINTERS = frozenset("این آن همین همان".split())
# Nouns that point to what the sentence before said, not to a thing it must name
_PROPOSITIONS = frozenset(
    """matter fact case way time reason point situation respect view sense regard end issue
    question moment stage step kind sort extent
    مسأله مسئله امر کار موضوع نکته وضع وضعیت جریان حادثه واقعه ترتیب طریق صورت حال لحاظ جهت
    رو سبب دلیل منظور باره خصوص زمینه مورد اساس قرار نحو گونه شکل معنی معنا هنگام""".split()
)


def unresolved(text: str, context: str, language: str) -> bool:
    """Whether a pointer in the sentence ("this formula", « این سربازها ») names a thing the
    context does not mention: the context then does not tell the reader what it is."""
    folded_context = fold(context)
    for head in _pointed_heads(_QUOTED.sub(" ", text), language):
        if head in _PROPOSITIONS:
            continue
        stem = _FA_PLURAL.sub("", head) if language == "fa" else head.rstrip("s")
        if {head, stem} & _IDEAS and any(word in _IDEAS for word in words(folded_context)):
            continue  # "this formula" after "the doctrine of …": one idea named two ways
        if len(stem) >= 3 and fold(stem)[:5] not in folded_context:
            return True
    return False


# Words for an idea, which a text names one way and points back to another
_IDEAS = frozenset(
    """formula doctrine thesis theses theory idea slogan notion conception concept argument
    claim فرمول دکترین تز نظریه تئوری ایده شعار مفهوم استدلال ادعا""".split()
)


def _pointed_heads(text: str, language: str) -> list[str]:
    if language != "fa":
        return [
            m.group(1).lower()
            for m in _EN_POINTED.finditer(text)
            # matched in place, so "the plan that …" is seen to say which plan
            if m.group(0).split()[0].lower() != "the" or _EN_BACK.match(text, m.start())
        ]
    tokens = words(text)
    return [
        after
        for at, (word, after) in enumerate(itertools.pairwise(tokens))
        if word in _FA_POINTERS
        and after not in _FA_NOT_BACK
        and after not in _FA_TIME
        and not _named_before(after, tokens[:at])
    ]
