"""The entity registry: extraction output mapped to Entity and Mention rows."""

from bisect import bisect_right

from django.db import transaction

from quizapp.extract.extractor import extract
from quizapp.extract.translit import latin_skeleton, persian_skeleton, same_name
from quizapp.extract.types import DATE, Mention
from quizapp.models import Document, Entity, Passage
from quizapp.models import Mention as MentionRow
from quizapp.text.persian import fold_persian
from quizapp.versions import code_fingerprint


def extract_version() -> str:
    """Documents are re-extracted when the extraction code changes."""
    return "extract-" + code_fingerprint("extract")


def entity_key(name: str) -> str:
    return " ".join(fold_persian(name).casefold().replace("-", " ").split())


def store_mentions(document: Document) -> int:
    """Extract the document's entities and dates and store them by passage; return the count."""
    mentions = extract(
        document.text,
        language=document.language,
        default_year=document.default_year,
        calendar=document.calendar if document.calendar in ("julian", "gregorian") else "unknown",
    )
    passages = list(document.passages.order_by("start"))
    starts = [p.start for p in passages]
    entities: dict[tuple[str, str], Entity] = {}
    rows = []
    for mention in mentions:
        passage = _passage_of(mention, passages, starts)
        if passage is None:
            continue
        entity = None if mention.type == DATE else _entity(mention, document.language, entities)
        rows.append(_row(document, passage, entity, mention))
    MentionRow.objects.bulk_create(rows, batch_size=1000)
    return len(rows)


def _passage_of(mention: Mention, passages: list[Passage], starts: list[int]) -> Passage | None:
    index = bisect_right(starts, mention.start) - 1
    if index < 0 or passages[index].end < mention.end:
        return None
    return passages[index]


def _entity(mention: Mention, language: str, cache: dict[tuple[str, str], Entity]) -> Entity:
    name = mention.canonical or mention.text
    key = (mention.type, entity_key(name))
    if key not in cache:
        entity, _ = Entity.objects.get_or_create(
            kind=mention.type, language=language, key=key[1], defaults={"name": name}
        )
        cache[key] = entity
    entity = cache[key]
    if mention.text != entity.name and mention.text not in entity.aliases:
        entity.aliases.append(mention.text)
        entity.save(update_fields=["aliases"])
    return entity


def _row(document: Document, passage: Passage, entity: Entity | None, m: Mention) -> MentionRow:
    return MentionRow(
        document=document,
        passage=passage,
        entity=entity,
        type=m.type,
        text=m.text[:300],
        start=m.start,
        end=m.end,
        confidence=m.confidence,
        value=m.value or "",
        calendar=m.calendar or "",
        value_julian=m.value_julian or "",
        value_gregorian=m.value_gregorian or "",
    )


def prune_entities() -> int:
    """Delete entities no mention refers to any more (after a document was replaced)."""
    deleted, _ = Entity.objects.filter(mentions__isnull=True).delete()
    return deleted


def merge_surnames() -> int:
    """Fold an entity named by a surname alone into the one full name ending in it
    (Kerensky → Alexander Kerensky), when exactly one such full name exists."""
    merged = 0
    # English only: Persian names are mostly single surnames, and two Persian name words
    # side by side are as often two people as one
    people = list(Entity.objects.filter(kind="PERSON", language="en"))
    full_names = [e for e in people if " " in e.key]
    for short in (e for e in people if " " not in e.key):
        owners = [
            e for e in full_names if e.language == short.language and e.key.split()[-1] == short.key
        ]
        if len(owners) != 1:
            continue
        owner = owners[0]
        short.mentions.update(entity=owner)
        owner.aliases = sorted({*owner.aliases, short.name, *short.aliases} - {owner.name})
        owner.save(update_fields=["aliases"])
        short.delete()
        merged += 1
    return merged


def link_counterparts() -> int:
    """Link Persian and English entities whose names transliterate into each other: exact
    skeleton matches first, then near ones, each only where the pairing is one-to-one."""
    english = [
        e for e in Entity.objects.filter(language="en", counterpart__isnull=True) if e.kind != "ORG"
    ]
    persian = [
        e for e in Entity.objects.filter(language="fa", counterpart__isnull=True) if e.kind != "ORG"
    ]
    linked = 0
    for exact in (True, False):
        pairs = [
            (fa, en)
            for fa in persian
            for en in english
            if fa.kind == en.kind and _transliterates(en.key.split()[-1], fa.key, exact=exact)
        ]
        for fa, en in pairs:
            if sum(p[0] is fa for p in pairs) == 1 and sum(p[1] is en for p in pairs) == 1:
                _link(fa, en)
                linked += 1
        english = [e for e in english if e.counterpart_id is None]
        persian = [e for e in persian if e.counterpart_id is None]
    return linked


def _transliterates(latin: str, persian: str, *, exact: bool) -> bool:
    if exact:
        return bool(latin_skeleton(latin)) and latin_skeleton(latin) == persian_skeleton(persian)
    return same_name(latin, persian)


def _link(fa: Entity, en: Entity) -> None:
    fa.counterpart, en.counterpart = en, fa
    fa.save(update_fields=["counterpart"])
    en.save(update_fields=["counterpart"])


def merge_entities(entities: list[Entity]) -> Entity:
    """Fold the others into the first: their mentions, questions and names follow."""
    kept, others = entities[0], entities[1:]
    with transaction.atomic():
        for other in others:
            other.mentions.update(entity=kept)
            for question in other.questions.all():
                question.entities.add(kept)
            kept.aliases = sorted({*kept.aliases, other.name, *other.aliases} - {kept.name})
            other.delete()
        kept.save(update_fields=["aliases"])
    return kept
