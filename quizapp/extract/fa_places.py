"""Persian places and organisations: head words, a short seed list, and the places that a
document itself marks as places (« در X », « شهر X ») often enough."""

from quizapp.extract import fa_cues as cues
from quizapp.extract.fa_lexicon import stopwords
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
        elif token.stem in cues.ORG_HEADS and (org := _org_phrase(tokens, i)):
            mentions.append(_mention(ORG, token, org, text, 0.6))
    return mentions


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


def _org_phrase(tokens: list[Token], i: int) -> Token | None:
    """The word completing an institution's name after its head: « حزب [بلشویک] »."""
    if not tokens[i].suffix and tokens[i].text not in cues.ORG_HEADS:
        return None
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    if nxt is None or not nxt.is_word or nxt.text in _ORG_FOLLOWERS_STOP or nxt.stem in stopwords():
        return None
    return nxt


def _mention(kind: str, first: Token, last: Token, text: str, confidence: float) -> Mention:
    end = last.start + len(last.stem)
    return Mention(kind, text[first.start : end], first.start, end, confidence)
