"""Passages and their stored mentions as the plain inputs of question generation."""

from collections import defaultdict

from quizapp.generate.types import Fact, SourcePassage
from quizapp.models import Document, Mention


def source_passages(document: Document) -> list[SourcePassage]:
    """The document's body and note passages, each with the facts found in it."""
    facts: dict[int, list[Fact]] = defaultdict(list)
    mentions = Mention.objects.filter(document=document).select_related("passage", "entity")
    for mention in mentions.order_by("start"):
        offset = mention.passage.start
        canonical = mention.entity.name if mention.entity else (mention.value or mention.text)
        facts[mention.passage_id].append(
            Fact(
                type=mention.type,
                text=mention.text,
                start=mention.start - offset,
                end=mention.end - offset,
                confidence=mention.confidence,
                canonical=canonical,
                value=mention.value or None,
                calendar=mention.calendar or None,
            )
        )
    passages = document.passages.exclude(kind="heading").select_related("section")
    return [
        SourcePassage(
            id=passage.pk,
            document=document.slug,
            section=passage.section.display_title,
            language=document.language,
            text=passage.text,
            facts=tuple(facts[passage.pk]),
            kind=passage.kind,
            author=document.author,
        )
        for passage in passages.order_by("order")
    ]
