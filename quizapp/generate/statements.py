"""What a sentence says, as far as a question needs to know: whether it states a fact or voices
a view, names its answer in a list, asks a question, or denies something."""

import re

from quizapp.extract.fa_lexicon import is_negated_verb, is_verb_form

from .forms import place_class
from .sentences import Sentence
from .targets import Target, inside_quotation
from .textutil import clean_stem, quote_open, refers_back, words

# a question word inside a clause that only leads up to the main one reads wrongly
_SUBORDINATE = re.compile(
    r"(?:if|unless|because|since|although|though|as|اگر|چنان\u200cچه|هرگاه|چون|زیرا|گرچه|اگرچه"
    r"|همان\s?طور که|همان\u200cطور که|چنان که|چنان\u200cکه|چنانکه|وقتی که|هنگامی که|هنگامی\u200cکه"
    r"|در حالی که|در حالی\u200cکه)\s",
    re.IGNORECASE,
)


# a call, a duty or a judgement ("Troops must be sent", « باید … ») is a view, not a fact
_DEONTIC = re.compile(
    r"\b(?:must|should|ought|cannot|can't|needn't|let us|let's|shall)\b"
    r"|\b(?:no|little) (?:point|sense|use) in\b|\bit is (?:necessary|essential|imperative)\b"
    r"|(?<!\w)(?:فایده‌ای ندارد|بی‌فایده است|لزومی ندارد|ضرورت دارد)(?!\w)"
    r"|(?<!\w)(?:باید|نباید|بایستی|بایست|می\u200cبایست|نمی\u200cتوان|لازم است|ضروری است"
    r"|شاید)(?!\w)"
    r"|\b(?:perhaps|probably|possibly|presumably|apparently)\b"  # a guess is not a fact either
    r"|(?<!\w)(?:احتمالا|احتمالاً|ظاهرا|ظاهراً|گویا|لابد|بی‌شک|یقینا|یقیناً"
    r"|مسلما|مسلماً|بی‌گمان|بی‌تردید|بدون تردید|قطعا|قطعاً|ناگفته نماند|گوئی|گویی)(?!\w)",
    re.IGNORECASE,
)


def is_view(sentence: Sentence) -> bool:
    """Whether a sentence voices a view rather than states a fact: a call, a duty or a guess,
    or someone's words that it does not attribute."""
    said = _QUOTED.sub(" ", clean_stem(sentence.text))  # a speaker's "must" is his, not the text's
    if is_hypothetical(sentence):
        return True
    if is_unattributed_quote(sentence):
        return True
    return bool(_DEONTIC.search(said)) and not attributed_names(sentence)


def is_hypothetical(sentence: Sentence) -> bool:
    """A sentence opening on a condition (« اگر لنین در پتروگراد حضور می‌داشت … »): what did
    not happen, nothing to ask about."""
    return bool(_HYPOTHETICAL.match(_QUOTED.sub(" ", clean_stem(sentence.text))))


def attributed_names(sentence: Sentence) -> list[str]:
    """The people a sentence gives its words to ("according to Lenin", « به گفته‌ی لنین »):
    what they held is then a fact about them, though not about anyone put in their place."""
    text = sentence.text
    return [
        f.text
        for f in sentence.facts
        if f.type == "PERSON" and _ATTRIBUTION.search(text[: f.start - sentence.start])
    ]


_ATTRIBUTION = re.compile(
    r"(?:\baccording to|(?<!\w)(?:به گفته‌ی|به گفته|به عقیده‌ی|به زعم|به قول))\s+$", re.IGNORECASE
)


_HYPOTHETICAL = re.compile(r"\s*(?:اگر|If)\s")


_QUOTED = re.compile(r"«[^»]*»|“[^”]*”|\"[^\"]*\"")


def is_unattributed_quote(sentence: Sentence) -> bool:
    """Words quoted from someone (inside a quotation, or cut off by « … ») with no speaker
    named in the sentence: whose they are is part of what they mean."""
    text = clean_stem(sentence.text)
    quoted = inside_quotation(sentence) or text.lstrip()[:1] in "«“\"'‘"
    if not (quoted or text.rstrip(" »”\"'").endswith("…")):
        return False
    return not any(
        f.type == "PERSON" and _outside_quotes(sentence, f.start) for f in sentence.facts
    )


def _outside_quotes(sentence: Sentence, offset: int) -> bool:
    """Whether a place in the passage lies outside the quotations of its sentence: a name
    quoted (« ابتدا کرنسکی را تسخیر کنید ») is not the speaker."""
    before = clean_stem(sentence.passage.text[sentence.start : offset])
    return not quote_open(before) and not (inside_quotation(sentence) and _unclosed(before))


def _unclosed(before: str) -> bool:
    """Whether a quotation open at the sentence's start is still open (no closing mark yet)."""
    return not any(mark in before for mark in "»”")


# a wish or a regret states nothing that could be true or false
_WISH = re.compile(r"(?:if only|would that|ای کاش|کاش|چه خوب بود|چه بهتر بود)\s", re.IGNORECASE)


def is_wish(statement: str) -> bool:
    return bool(_WISH.match(statement))


def is_subordinate(question: str) -> bool:
    """Whether a question word stands in a clause that only leads up to the main one."""
    return bool(_SUBORDINATE.match(question))


def in_list(target: Target) -> bool:
    """Whether the answer stands in a list of its kind ("Kamenev, Zinoviev and Rykov"), which
    a question about one of them cannot ask about fairly."""
    passage = target.sentence.passage.text
    for fact in target.sentence.facts:
        if fact.type != target.fact.type or fact == target.fact:
            continue
        apart = fact.start >= target.end or fact.end <= target.start
        gap = passage[min(fact.end, target.end) : max(fact.start, target.start)]
        if apart and re.fullmatch(r"\s*(?:[,،]|and|or|و|یا)?\s*(?:and|و)?\s*(?:the\s+)?", gap):
            return True
    return False


# "among whom was …", « از جمله … », "… and others": a list left open, so an option that is not
# in it is not shown wrong, nor is a statement with a name put in its place
_OPENS_LIST = re.compile(
    r"(?:among (?:whom|them|others|these)|including|such as|notably|from among"
    r"|از جمله|ازجمله|مانند|همچون|از قبیل|نظیر)(?:\s+(?:was|were|the))?[\s,:]*$",
    re.IGNORECASE,
)
_CLOSES_LIST = re.compile(
    r"^[\s,،]*(?:and|&)?\s*(?:\w+\s+)?(?:others|so on|etc)\b"
    r"|^[\s,،]*(?:و\s+)?(?:دیگران|غیره|سایرین|سایر|امثال)",
    re.IGNORECASE,
)


def in_open_list(target: Target) -> bool:
    """Whether the answer is named as one of a group left open."""
    start, end = target.local
    text = target.sentence.text
    before = re.sub(r"(?:[\w\u200c.'’-]+[,،]?\s+(?:and\s+|و\s+)?){0,4}$", "", text[:start])
    after = _LIST_ITEMS.sub("", text[end:], count=1)  # « …، مخونوشین، لاشویچ و سایر فعالان »
    return bool(_OPENS_LIST.search(text[:start]) or _OPENS_LIST.search(before)) or bool(
        _CLOSES_LIST.match(text[end:]) or _CLOSES_LIST.match(after)
    )


_LIST_ITEMS = re.compile(r"^(?:\s*[,،]\s*[\w\u200c.'’-]+(?:\s+[\w\u200c.'’-]+)?){1,4}")


# a negated question ("Who did not …?", « … نورزیدند؟ ») has as many right answers as people
_EN_NEGATION = re.compile(r"\b(?:not|never|no longer|n't|nobody|nothing)\b", re.IGNORECASE)
# verbs too short to tell from other words by their form (« نام » reads as a verb form)
FA_COPULAS = frozenset(
    "است بود بودند هست هستند نیست نبود نبودند شد شدند باشد کرد داد زد رفت آمد گفت دید بود".split()
)


def is_negative(question: str, language: str) -> bool:
    """Whether a question asks about what someone did not do."""
    if language != "fa":
        return bool(_EN_NEGATION.search(question))
    return any(_negated_verb(w.strip("-–—")) for w in words(question))  # « نبود- به ویژه … »


def _negated_verb(word: str) -> bool:
    return word in ("نیست", "نبود", "نبودند") or is_negated_verb(word)


def denies_its_subject(target: Target) -> bool:
    """Whether the sentence denies something of the person it opens with ("Lenin did not leave
    the Central Committee"): put anyone else there and it is as likely true, not false."""
    starts = [f.start for f in target.sentence.facts if f.type == "PERSON"]
    if target.fact.type != "PERSON" or min(starts, default=-1) != target.fact.start:
        return False  # by offset: a vouched-for fact is a copy of the sentence's own
    said = clean_stem(target.sentence.text).split("«")[0]  # the narrator's verb, not a quote's
    if target.language != "fa":
        return bool(_EN_DENIAL.search(said))
    return any(_negated_verb(w) for w in words(said)[-3:])  # Persian ends on its main verb


_EN_DENIAL = re.compile(r"\b(?:did|does|do|was|were|had|could|would) not\b|n't\b", re.IGNORECASE)


def is_question(text: str) -> bool:
    """A question, an exclamation (« … هم برخاست! ») or the answer to one (« آری، … »):
    rhetoric, nothing to judge."""
    shown = clean_stem(text)
    if _REPLY.match(shown):
        return True
    return shown.rstrip(" »”\"')").endswith(("?", "؟")) or shown.rstrip().endswith("!")


_REPLY = re.compile(r"[\s«\"“]*(?:آری|بلی|بله|خیر|Yes|No)\s*[،,!]")


def has_verb(text: str, language: str) -> bool:
    """Whether a Persian sentence has a verb at all (a list of names and posts has none)."""
    if language != "fa":
        return True
    return any(w in FA_COPULAS or (len(w) >= 4 and is_verb_form(w)) for w in words(text))


def in_quotation(target: Target) -> bool:
    """Whether the answer lies inside quotation marks in its sentence: changing it would
    misquote someone."""
    return quote_open(target.sentence.passage.text[: target.start])


_FA_WH = re.compile(r"چه کسی|چه کس|کجا|چه روزی|چه ماهی|چه سالی|چه وقت|کدام|چه زمانی")
FA_QUESTION_WORDS = 25  # a longer Persian question loses its reader before the question word


_FA_CONNECTIVE = re.compile(
    r"\s*(?:بار دیگر|سرانجام|به علاوه|علاوه بر این|در بدو امر|اینک|اکنون|در عین حال"
    r"|از سوی دیگر|با این حال|با این همه|از این رو|بنابراین|سپس|آن گاه|آنگاه|ضمنا|همچنین"
    r"|مانند|مثلا|در نتیجه|به هر حال|پس از آن|بعد از آن|در این میان|در این جا|حال)(?!\w)"
)


def _possessive(lead: str) -> bool:
    """Whether the words before « چه کسی » end in a noun it would complete (not a
    preposition, nor the start of the sentence or a clause, nor « به » and a noun)."""
    tail = lead.rstrip()
    if not tail or tail[-1] in "،,:؛«(":
        return False
    found = words(tail)
    if len(found) >= 2 and found[-2] == "به":
        return False  # « به دستور چه کسی »، « به پیشنهاد چه کسی »: on whose order
    return found[-1] not in _FA_PREPOSITIONS | {"را", "که", "و", "تا", "نزد", "علیه"}


_FA_PREPOSITIONS = frozenset("در با به از برای پس پیش بی هنگام ضمن طی بنا بعد قبل".split())
_FA_OTHER_ASKING = re.compile(r"(?<!\w)(?:چرا|چگونه|آیا|چطور|چه‌قدر|چقدر)(?!\w)")


def awkward_fa_question(question: str) -> bool:
    """A Persian question that reads badly: its question word inside a « که » clause (« قیامی که
    قرار بود کجا سر بگیرد ») or beside another (« چرا … در چه سالی »), set off by commas,
    a guess inside it, no verb to end it, or too long to follow."""
    match = _FA_WH.search(question)
    if match is None or len(words(question)) > FA_QUESTION_WORDS:
        return True
    lead = question[: match.start()]
    clause = re.split(r"[،,؛;:«»()\-–—]", lead)[-1]
    if "که" in words(clause) or _FA_OTHER_ASKING.search(question) or _DEONTIC.search(question):
        return True  # or a second question word, or a guess or duty inside the question
    if _FA_CONNECTIVE.match(question) or refers_back(question, "fa"):
        return True  # « سرانجام چه کسی … »، « بار دیگر … »: it goes on from what came before
    if match.group() == "چه کسی" and _possessive(lead):
        return True  # « موضع چه کسی »، « حکومت چه کسی »: whose, asked inside a noun phrase
    after = question[match.end() :].lstrip()
    if words(after)[:1] == ["که"]:
        return True  # « چه کسی که … بود، هنوز … »: a relative clause hung on the question word
    if (
        after.startswith(("،", ","))
        and words(after)[:1]
        and words(after)[0] not in _FA_PREPOSITIONS
    ):
        return True  # « چه کسی، سومین مخالف قیام، … »: an apposition to a question word
    last = words(question)[-1] if words(question) else ""
    return not (last in FA_COPULAS or is_verb_form(last))


# "the Soldiers' ___ of the Petrograd Soviet": the extractor took the tail of a longer name
_NAME_BEFORE = re.compile(r"(?<![.!?]\s)(?<!^)\b[A-Z][\w-]*(?:['’]s?)?\s+$")
_NAME_TITLES = frozenset("comrade general admiral colonel captain citizen mr mrs dr".split())


def splits_a_name(target: Target) -> bool:
    """Whether the answer is the end of a longer English name ("Soldiers' Section"), or in
    Persian stands right after another name it belongs with (« آذربایجان ترکیه »)."""
    if target.language != "en":
        return _next_to_a_name(target)
    start, _ = target.local
    before = target.sentence.text[:start]
    match = _NAME_BEFORE.search(before)
    if not match or not before[: match.start()].strip():
        return False
    word = match.group().strip().rstrip("'’s").lower()
    return word not in _NAME_TITLES


# "… were authorised to attend.": a verb left without what it governs, said the sentence before
_ELLIPTICAL_END = re.compile(r"\bto\s+[a-z]+\s*[.!]$")


def elliptical(sentence: Sentence) -> bool:
    """An English sentence trailing off, or a Persian one that is only a "because" clause
    after a name (« X چون پایان دادن به مقاومت را ضروری می‌دانست. ») or only a quotation
    with no verb before it: no main clause."""
    text = clean_stem(sentence.text)
    if sentence.language != "fa":
        return bool(_ELLIPTICAL_END.search(text))
    if _GLOSS.match(text):
        return True  # « یعنی … »: the one before said again, no claim of its own
    if ":" in text and "«" in text and not has_verb(_QUOTED.sub(" ", text), "fa"):
        people = (f for f in sentence.facts if f.type == "PERSON")
        if not any(_outside_quotes(sentence, f.start) for f in people):
            return True  # « چند روز بعد در کنگره‌ای: «…» »: words quoted, no one said to say them
    cut = _FA_SUBORDINATOR.search(text)
    if cut is None or re.search(r"[،,؛:«]", text[cut.end() :]):
        return False
    people = {fact.text for fact in sentence.facts if fact.type == "PERSON"}
    return text[: cut.start()].strip() in people  # a name, then only the clause about why


_GLOSS = re.compile(r"[\s«]*یعنی(?=[\s،])")
_FA_SUBORDINATOR = re.compile(r"(?<=\s)(?:چون|زیرا|اگر|وقتی|هنگامی\u200cکه|درحالی\u200cکه)(?=\s)")


def anchored_town(target: Target) -> bool:
    """Whether a town's name stands beside a building or square that places the sentence in it
    ("… of Petrograd … in the Tauride Palace"): another town there would contradict it."""
    if target.fact.type != "PLACE" or place_class(target.text) != "town":
        return False
    others = (f for f in target.sentence.facts if f.type == "PLACE" and f != target.fact)
    return any(place_class(f.text) == "site" for f in others)


def _next_to_a_name(target: Target) -> bool:
    passage = target.sentence.passage.text
    for fact in target.sentence.facts:
        if fact == target.fact or fact.type not in ("PLACE", "ORG"):
            continue
        gap = passage[fact.end : target.start] if fact.end <= target.start else None
        if gap is not None and gap.strip(" \u200c") == "":
            return True
    return False


# "the sole local government", « دولت محلی »: the scope of a body the sentence names; options of
# another scope (a national council for a city soviet) are out at a glance
_SCOPE = re.compile(
    r"\b(?:local|national|municipal|provincial|regional|nationwide|city-wide)\b"
    r"|(?<!\w)(?:محلی|ملی|شهری|ایالتی|منطقه\u200cای|سراسری)(?!\w)",
    re.IGNORECASE,
)


def scoped_body(target: Target) -> bool:
    """Whether an organisation is asked about in a sentence that says its scope."""
    if target.fact.type != "ORG":
        return False
    start, end = target.local
    text = target.sentence.text
    return bool(_SCOPE.search(text[:start] + " " + text[end:]))


def placed_by_another_town(target: Target) -> bool:
    """Whether a town is asked about beside another town of its sentence that is not listed
    with it ("the Petrograd district met in Kronstadt"): the one places the other."""
    if target.fact.type != "PLACE" or place_class(target.text) != "town" or in_list(target):
        return False
    others = (f for f in target.sentence.facts if f.type == "PLACE" and f != target.fact)
    return any(place_class(f.text) == "town" for f in others)
