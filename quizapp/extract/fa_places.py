"""Persian places and organisations: head words, a short seed list, and the places that a
document itself marks as places (« در X », « شهر X ») often enough."""

from collections import Counter
from dataclasses import dataclass

from quizapp.extract import fa_cues as cues
from quizapp.extract.fa_lexicon import is_verb_form, stopwords
from quizapp.extract.fa_names import Evidence, is_ordinary_stem
from quizapp.extract.fa_tokens import Token
from quizapp.extract.types import ORG, PLACE, Mention

# Common places and bodies of any modern history; the method does not depend on them.
SEED_PLACES = frozenset(
    """
روسیه پتروگراد مسکو آلمان فرانسه انگلستان انگلیس بریتانیا اروپا آمریکا اتریش لهستان فنلاند
اوکرائین اوکراین سیبری ایران چین ژاپن ترکیه عثمانی ایتالیا اسپانیا لندن پاریس برلین وین رم
کیف اودسا باکو تفلیس ورشو استکهلم نیویورک واشنگتن سن‌پترزبورگ لنینگراد قفقاز کریمه بالتیک
آسیا آفریقا هند هندوستان مصر یونان بلغارستان رومانی صربستان سوئیس سوئد نروژ دانمارک هلند بلژیک
""".split()
)
SEED_ORGS = frozenset(
    """
پراودا ایزوستیا دوما کمینترن انترناسیونال
""".split()
)
_ORG_FOLLOWERS_STOP = frozenset("و در از به با را که تا این آن یک برای بر".split())


def find_places_fa(
    tokens: list[Token], evidence: dict[str, Evidence], people: set[str], text: str
) -> list[Mention]:
    """PLACE and ORG mentions: seeds, heads with their complement, locative word types."""
    places = _place_types(evidence, people)
    names = _body_names(tokens)
    mentions = []
    for i, token in enumerate(tokens):
        if not token.is_word or token.suffix in cues.PLURAL_SUFFIXES:
            continue
        if token.stem in SEED_ORGS:
            mentions.append(_mention(ORG, token, token, text, 0.8))
        elif token.stem in SEED_PLACES or token.stem in places:
            mentions.append(
                _mention(PLACE, token, token, text, 0.85 if token.stem in SEED_PLACES else 0.6)
            )
        elif token.stem in cues.ORG_HEADS and (end := names.name_end(tokens, i)):
            mentions.append(_mention(ORG, token, end[0], text, end[1]))
    return mentions


# A body's name is what the document writes after its head word again and again: « کمیته‌ی
# نظامی انقلابی » a hundred times, so « انقلابی » belongs to it; « کمیته‌ی مرکزی حزب » now and
# then, so « حزب » does not. Persian leaves the ezafe unwritten, so use is the only evidence.
MIN_NAME_USES = 3
NAMED_BODY = 0.9  # sure enough to outrank the town in « شورای پتروگراد »
ONE_USE_BODY = 0.6  # a head and one word the document writes no more than once or twice
EXTEND_SHARE = 0.5  # a word joins a name when at least this share of its uses go on with it
MAX_NAME_WORDS = 3  # after the head
# what a typist writes apart from the word it belongs to: plurals (« سازمان هائی ») and the
# halves of compounds (« سازمان دهندگان », organisers)
_BOUND = frozenset("ها های هائی هایی دهی دهنده دهندگان".split())


@dataclass(frozen=True, slots=True)
class BodyNames:
    """How often each head word and the words after it occur together, for every length, and
    the heads the document writes with their ezafe (« کنگره‌ی », « شورای »)."""

    uses: Counter[tuple[str, ...]]
    marked: frozenset[str]

    def words_after(self, tokens: list[Token], i: int) -> list[Token]:
        """Up to ``MAX_NAME_WORDS`` words after a head that could belong to a name. A head the
        document elsewhere writes with its ezafe and here without it ends its phrase (« از
        کنگره خارج شدند »), and the word before a verb right after a bare head is half of that
        verb (« حزب قرار گذاشت »)."""
        head = tokens[i]
        if head.suffix not in ("", "ی") or (not head.suffix and head.text in self.marked):
            return []
        bare = not head.suffix and not head.text.endswith("ی")
        words: list[Token] = []
        for k in range(i + 1, min(i + 1 + MAX_NAME_WORDS, len(tokens))):
            token = tokens[k]
            if not token.is_word or token.text in _ORG_FOLLOWERS_STOP or token.stem in stopwords():
                break
            if token.stem in cues.ORG_HEADS or token.text in _BOUND or is_verb_form(token.text):
                break
            if token.suffix not in ("", "ی"):
                break  # « کمیته‌ی منطقه‌ای »: the word is another than its stem
            if bare and not words and k + 1 < len(tokens) and is_verb_form(tokens[k + 1].text):
                break
            words.append(token)
        return words

    def name_end(self, tokens: list[Token], i: int) -> tuple[Token, float] | None:
        """The last word of the name a head at ``i`` begins, and how sure that is: the longest
        the document uses often, else one word."""
        words, head = self.words_after(tokens, i), tokens[i].stem
        last = None
        for n in range(1, len(words) + 1):
            uses = self.uses[(head, *(w.stem for w in words[:n]))]
            before = self.uses[(head, *(w.stem for w in words[: n - 1]))]
            if uses < MIN_NAME_USES or (n > 1 and uses < EXTEND_SHARE * before):
                break
            if not words[n - 1].suffix:  # a written ezafe says the name goes on
                last = words[n - 1]
        if last:
            return last, NAMED_BODY
        return (words[0], ONE_USE_BODY) if words and not words[0].suffix else None


def _body_names(tokens: list[Token]) -> BodyNames:
    heads = cues.ORG_HEADS
    marked = {t.stem for t in tokens if t.stem in heads and t.suffix == "ی"}
    vowel_final = {h for h in heads if h.endswith(("ا", "و"))}  # « شورا » → « شورای »
    marked |= {t.text[:-1] for t in tokens if t.text[:-1] in vowel_final and t.text[-1] == "ی"}
    names = BodyNames(Counter(), frozenset(marked))
    for i, token in enumerate(tokens):
        if token.is_word and token.stem in heads:
            stems = [w.stem for w in names.words_after(tokens, i)]
            names.uses.update(tuple([token.stem, *stems[:n]]) for n in range(1, len(stems) + 1))
    return names


def _place_types(evidence: dict[str, Evidence], people: set[str]) -> set[str]:
    return {
        stem
        for stem, ev in evidence.items()
        if stem not in people
        and ev.count >= 2
        and not is_ordinary_stem(stem)
        and ev.share(ev.place + ev.locative) >= 0.3
        and ev.share(ev.plural) < 0.2
        and not stem.endswith(("ی", "ها"))
    }


def _mention(kind: str, first: Token, last: Token, text: str, confidence: float) -> Mention:
    end = last.start + len(last.stem)
    return Mention(kind, text[first.start : end], first.start, end, confidence)
