"""Building the question bank: generated drafts mapped to Question rows, editors' work kept."""

import hashlib
import json
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from django.db import transaction

from quizapp.generate.generator import APPROVE_AT, GENERATOR_VERSION, generate_questions
from quizapp.generate.types import Draft, SourcePassage
from quizapp.models import Choice, Document, Entity, Question, QuestionStatus
from quizapp.registry import entity_key
from quizapp.sources import source_passages
from quizapp.versions import code_fingerprint


@dataclass
class BuildSummary:
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    kept_edited: int = 0
    removed: int = 0
    skipped: int = 0  # documents whose inputs had not changed
    by_document: dict[str, Counter] = field(default_factory=dict)


def build_bank(
    *,
    documents: Iterable[Document],
    force: bool = False,
    on_document: Callable[[Document], None] = lambda d: None,
) -> BuildSummary:
    """Generate every document's questions and bring the bank in line, one transaction each.

    A document whose text, corpus and generator are unchanged since its last build is skipped.
    """
    summary = BuildSummary()
    for document in documents:
        inputs = _inputs_fingerprint(document)
        if force or document.metadata.get("bank") != inputs:
            passages = source_passages(document)
            drafts = generate_questions(passages, pool=_corpus_pool(document), seed=document.pk)
            with transaction.atomic():
                _sync(document, drafts, summary)
                document.metadata["bank"] = inputs
                document.save(update_fields=["metadata"])
        else:
            summary.skipped += 1
        summary.by_document[document.slug] = Counter(
            document.questions.values_list("kind", "status")
        )
        on_document(document)
    return summary


def _inputs_fingerprint(document: Document) -> str:
    """What a document's questions depend on: its text, its language's corpus, the code."""
    hashes = Document.objects.filter(language=document.language).order_by("pk")
    parts = [
        document.content_hash,
        *hashes.values_list("content_hash", flat=True),
        GENERATOR_VERSION,
        code_fingerprint("generate"),
    ]
    return hashlib.sha256("|".join(parts).encode()).hexdigest()[:16]


def _corpus_pool(document: Document) -> list[SourcePassage]:
    """Passages of the other documents in the same language, for distractors."""
    others = Document.objects.filter(language=document.language).exclude(pk=document.pk)
    return [passage for other in others for passage in source_passages(other)]


def _sync(document: Document, drafts: list[Draft], summary: BuildSummary) -> None:
    existing = {q.key: q for q in document.questions.all()}
    fresh: dict[str, Draft] = {}
    changed: list[tuple[Question, Draft]] = []
    for draft in drafts:
        if draft.key in fresh:
            continue
        fresh[draft.key] = draft
        question = existing.get(draft.key)
        if question is None:
            summary.created += 1
        elif question.edited or question.status == QuestionStatus.REJECTED:
            summary.kept_edited += 1
        elif question.fingerprint != fingerprint(draft) or question.passage_id != draft.passage_id:
            changed.append((question, draft))
        else:
            summary.unchanged += 1
    created = [
        Question(document=document, key=d.key, **_fields(d))
        for key, d in fresh.items()
        if key not in existing
    ]
    Question.objects.bulk_create(created, batch_size=500)
    _update(changed)
    summary.updated += len(changed)
    _store_parts([(q, fresh[q.key]) for q in created] + changed, document.language)
    summary.removed += _remove_stale(existing, set(fresh))


def _remove_stale(existing: dict[str, Question], seen: set[str]) -> int:
    """Delete generated questions no longer generated; an editor's stay."""
    stale = [q.pk for key, q in existing.items() if key not in seen and not q.edited]
    Question.objects.filter(pk__in=stale).exclude(status=QuestionStatus.REJECTED).delete()
    return len(stale)


def fingerprint(draft: Draft) -> str:
    payload = [
        draft.prompt,
        draft.context,
        draft.answer,
        draft.explanation,
        draft.score,
        draft.reasons,
        [(o.text, o.correct, o.note, o.rank) for o in draft.options],
        draft.answer_start,
        draft.answer_end,
        draft.entities,
        GENERATOR_VERSION,
    ]
    return hashlib.sha256(json.dumps(payload, ensure_ascii=False).encode()).hexdigest()


def _fields(draft: Draft) -> dict:
    return {
        "passage_id": draft.passage_id,
        "kind": draft.kind,
        "language": draft.language,
        "prompt": draft.prompt,
        "context": draft.context,
        "answer": draft.answer,
        "explanation": draft.explanation,
        "answer_start": draft.answer_start,
        "answer_end": draft.answer_end,
        "score": round(draft.score, 4),
        "reasons": list(draft.reasons),
        "generator_version": GENERATOR_VERSION,
        "fingerprint": fingerprint(draft),
        "status": QuestionStatus.APPROVED if draft.score >= APPROVE_AT else QuestionStatus.DRAFT,
    }


def _update(changed: list[tuple[Question, Draft]]) -> None:
    if not changed:
        return
    names = list(_fields(changed[0][1]))
    for question, draft in changed:
        for name, value in _fields(draft).items():
            setattr(question, name, value)
    Question.objects.bulk_update([q for q, _ in changed], names, batch_size=500)
    ids = [q.pk for q, _ in changed]
    Choice.objects.filter(question_id__in=ids).delete()
    Question.entities.through.objects.filter(question_id__in=ids).delete()


def _store_parts(pairs: list[tuple[Question, Draft]], language: str) -> None:
    """Choices and entity links of new or regenerated questions, in bulk."""
    entity_ids = dict(Entity.objects.filter(language=language).values_list("key", "pk"))
    choices, links = [], []
    for question, draft in pairs:
        choices += _choices_of(question, draft)
        ids = {entity_ids.get(entity_key(name)) for name in draft.entities} - {None}
        links += [Question.entities.through(question_id=question.pk, entity_id=pk) for pk in ids]
    Choice.objects.bulk_create(choices, batch_size=1000)
    Question.entities.through.objects.bulk_create(links, batch_size=1000)


def regenerate_distractors(*, questions: Iterable[Question], user, seed: int) -> int:
    """New wrong options for these questions (drawn with another seed); the editor's choice
    is kept from then on, as an edit."""
    changed = 0
    by_document: dict[int, list[Question]] = {}
    for question in questions:
        by_document.setdefault(question.document_id, []).append(question)
    for document_id, chosen in by_document.items():
        document = Document.objects.get(pk=document_id)
        drafts = generate_questions(
            source_passages(document), pool=_corpus_pool(document), seed=document.pk + seed
        )
        fresh = {d.key: d for d in drafts}
        with transaction.atomic():
            for question in chosen:
                draft = fresh.get(question.key)
                if draft is None or not draft.options or question.kind == "timeline":
                    continue
                question.choices.all().delete()
                _store_choices(question, draft)
                question.mark_edited(by=user)
                question.save(update_fields=["edited", "edited_by", "edited_at"])
                changed += 1
    return changed


def _store_choices(question: Question, draft: Draft) -> None:
    Choice.objects.bulk_create(_choices_of(question, draft))


def _choices_of(question: Question, draft: Draft) -> list[Choice]:
    return [
        Choice(question=question, order=n, text=o.text, correct=o.correct, note=o.note, rank=o.rank)
        for n, o in enumerate(draft.options)
    ]
