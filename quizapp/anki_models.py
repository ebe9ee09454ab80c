"""The Anki note types of quizapp's decks (cloze, multiple choice, basic) and their fields.

Anki recognises a note type on import by its ID, then compares its "schema": the field names
and the card template names, in order. An export whose note type keeps both updates the notes
already in a user's collection; one whose schema changed makes Anki import a renamed copy of
the note type and report every existing note as conflicting (nothing is updated). So:

- the IDs in ``MODEL_IDS`` must never change;
- field names and template names must never change either (a new field means new IDs);
- templates' HTML and the CSS may change freely: Anki takes them from a newer export.
"""

import html
from functools import cache
from typing import Final

import genanki

from quizapp.models import Choice, Question, QuestionKind, Section

CLOZE, MCQ, BASIC = "cloze", "mcq", "basic"
BLANK = "_____"  # where a cloze prompt's answer goes
# Characters Anki would read as markup of its own in a field: cloze and template braces,
# [sound:…] and [latex] brackets, MathJax's \( and \[.
_ANKI_MARKUP = str.maketrans({"{": "&#123;", "}": "&#125;", "[": "&#91;", "\\": "&#92;"})

# Hard-coded, random, never to change (see above). Keyed by (note type, language).
MODEL_IDS: Final[dict[tuple[str, str], int]] = {
    (CLOZE, "en"): 1835524580,
    (CLOZE, "fa"): 2097312688,
    (MCQ, "en"): 1712481407,
    (MCQ, "fa"): 1097264251,
    (BASIC, "en"): 1423741089,
    (BASIC, "fa"): 1663922250,
}

FIELDS: Final[dict[str, tuple[str, ...]]] = {
    CLOZE: ("Text", "Extra", "Source"),
    MCQ: ("Question", "Choices", "Answer", "Source", "Explanation"),
    BASIC: ("Front", "Back", "Source", "Explanation"),
}
TEMPLATE_NAMES: Final[dict[str, str]] = {CLOZE: "Cloze", MCQ: "Card 1", BASIC: "Card 1"}
TITLES: Final[dict[str, str]] = {CLOZE: "Cloze", MCQ: "Multiple choice", BASIC: "Basic"}
LANGUAGE_NAMES: Final[dict[str, str]] = {"en": "English", "fa": "Persian"}
LABELS: Final[dict[str, dict[str, str]]] = {
    "en": {"source": "Source", "text": "From the text"},
    "fa": {"source": "منبع", "text": "از متن"},
}
EDITOR_FONTS: Final[dict[str, str]] = {"en": "Georgia", "fa": "Vazirmatn"}

CSS: Final[str] = """\
.card {
  font-family: "Noto Serif", "Source Serif 4", Georgia, "Times New Roman", serif;
  font-size: 20px;
  line-height: 1.55;
  color: #1d1d1f;
  background-color: #fffdf8;
  text-align: start;
}
.card.nightMode, .night_mode .card { color: #e8e6e3; background-color: #1f1f1f; }
.quizapp { max-width: 38em; margin: 0 auto; padding: 0.4em; }
.quizapp .quizapp { padding: 0; }
.quizapp[lang="fa"] {
  font-family: Vazirmatn, "Noto Naskh Arabic", "Noto Sans Arabic", Tahoma, "Segoe UI", sans-serif;
  line-height: 1.9;
}
.context { color: #6e6e73; font-size: 0.9em; margin-bottom: 0.4em; }
.setting { color: #6e6e73; font-size: 0.8em; margin-bottom: 0.3em; }
.prompt { font-weight: 600; }
.cloze { font-weight: 700; color: #0a58ca; }
.nightMode .cloze, .night_mode .cloze { color: #8ab4f8; }
ol.choices { list-style-type: upper-latin; padding-inline-start: 2em; }
[lang="fa"] ol.choices { list-style-type: persian; }
.choice { margin: 0.25em 0; }
.why { display: none; }
.back .why { display: block; font-size: 0.85em; color: #6e6e73; }
.back .choice.correct { font-weight: 700; color: #1a7f37; }
.back .choice.correct::after { content: " ✓"; }
.answer { font-weight: 700; font-size: 1.1em; }
.answer .note { font-weight: 400; font-size: 0.85em; color: #6e6e73; }
blockquote.explanation {
  margin: 1em 0 0;
  padding-inline-start: 0.8em;
  border-inline-start: 3px solid #d0d7de;
  color: #57606a;
}
.source { margin-top: 0.8em; font-size: 0.8em; color: #6e6e73; }
"""


@cache
def note_model(kind: str, language: str) -> genanki.Model:
    """The note type of ``kind`` (CLOZE, MCQ or BASIC) for a language (en or fa)."""
    language = language if language in LANGUAGE_NAMES else "en"
    rtl = language == "fa"
    fields = [
        {"name": name, "rtl": rtl, "font": EDITOR_FONTS[language], "size": 20}
        for name in FIELDS[kind]
    ]
    front, back = _templates(kind, language)
    return genanki.Model(
        MODEL_IDS[(kind, language)],
        f"quizapp {TITLES[kind]} ({LANGUAGE_NAMES[language]})",
        fields=fields,
        templates=[{"name": TEMPLATE_NAMES[kind], "qfmt": front, "afmt": back}],
        css=CSS,
        model_type=genanki.Model.CLOZE if kind == CLOZE else genanki.Model.FRONT_BACK,
    )


def _templates(kind: str, language: str) -> tuple[str, str]:
    labels = LABELS[language]
    source = _optional(
        "Source", f'<div class="source" dir="auto">{labels["source"]}: {{{{Source}}}}</div>'
    )
    if kind == CLOZE:
        text = '<div class="text" dir="auto">{{cloze:Text}}</div>'
        extra = _optional(
            "Extra",
            f'<blockquote class="explanation" dir="auto" title="{labels["text"]}">'
            "{{Extra}}</blockquote>",
        )
        return _wrap(language, text), _wrap(language, text + extra + source, back=True)
    explanation = _optional(
        "Explanation",
        f'<blockquote class="explanation" dir="auto" title="{labels["text"]}">'
        "{{Explanation}}</blockquote>",
    )
    if kind == MCQ:
        front = (
            '<div class="question" dir="auto">{{Question}}</div>\n'
            '<div class="choices-box" dir="auto">{{Choices}}</div>'
        )
        answer = '<div class="answer" dir="auto">{{Answer}}</div>'
    else:
        front = '<div class="question" dir="auto">{{Front}}</div>'
        answer = '<div class="answer" dir="auto">{{Back}}</div>'
    back = "{{FrontSide}}\n<hr id=answer>\n" + answer + explanation + source
    return _wrap(language, front), _wrap(language, back, back=True)


def _optional(field: str, markup: str) -> str:
    """``markup`` only when ``field`` is not empty."""
    return f"\n{{{{#{field}}}}}{markup}{{{{/{field}}}}}"


def _wrap(language: str, body: str, *, back: bool = False) -> str:
    classes = "quizapp back" if back else "quizapp"
    return f'<div class="{classes}" lang="{language}" dir="auto">\n{body}\n</div>'


# Fields ----------------------------------------------------------------------------------


def note_fields(question: Question) -> tuple[str, list[str]]:
    """The note type (CLOZE, MCQ or BASIC) and its fields' HTML for a question."""
    source, sentence = esc(citation(question)), esc(question.explanation)
    choices = list(question.choices.all())
    if question.kind == QuestionKind.CLOZE and BLANK in question.prompt:
        return CLOZE, [_cloze_text(question), _cloze_extra(question), source]
    if question.kind == QuestionKind.MCQ and choices:
        return MCQ, [_stem(question), _choice_list(choices), esc(question.answer), source, sentence]
    return BASIC, [_front(question, choices), _back(question, choices), source, sentence]


def citation(question: Question) -> str:
    """The document's title and the section's (when it is not just the title again)."""
    section, title = section_of(question), question.document.title
    if section is None or section.display_title == title:
        return title
    return f"{title} — {section_label(section)}"


def esc(text: str) -> str:
    """Text as field HTML: HTML-escaped, and nothing Anki would read as its own markup."""
    return html.escape(text or "", quote=True).translate(_ANKI_MARKUP)


def _stem(question: Question, prompt_html: str | None = None) -> str:
    prompt = esc(question.prompt) if prompt_html is None else prompt_html
    context = f'<div class="context">{esc(question.context)}</div>' if question.context else ""
    title = question.setting
    setting = f'<div class="setting">{esc(title)}</div>' if title else ""
    return f'{setting}{context}<div class="prompt">{prompt}</div>'


def _cloze_text(question: Question) -> str:
    answer = esc(question.answer).replace(":", "&#58;")  # "::" would start a cloze hint
    blanks = [esc(part) for part in question.prompt.split(BLANK)]
    return _stem(question, ("{{c1::" + answer + "}}").join(blanks))


def _cloze_extra(question: Question) -> str:
    """The source sentence, unless it is just the prompt with the blank filled in."""
    filled = question.prompt.replace(BLANK, question.answer)
    same = " ".join(filled.split()) == " ".join(question.explanation.split())
    return "" if same else esc(question.explanation)


def _choice_list(choices: list[Choice]) -> str:
    """Options in order; the right one marked (shown on the back only, by the CSS)."""
    items = []
    for choice in choices:
        wrong = choice.note and not choice.correct
        why = f'<div class="why">{esc(choice.note)}</div>' if wrong else ""
        css = "choice correct" if choice.correct else "choice"
        items.append(f'<li class="{css}" dir="auto">{esc(choice.text)}{why}</li>')
    return f'<ol class="choices">{"".join(items)}</ol>'


def _front(question: Question, choices: list[Choice]) -> str:
    """The prompt; the items to order (timeline) or the options (who said it…) below it."""
    if question.kind == QuestionKind.TIMELINE and choices:
        items = "".join(f'<li dir="auto">{esc(c.text)}</li>' for c in choices)
        return _stem(question) + f'<ul class="items">{items}</ul>'
    if question.kind != QuestionKind.TRUE_FALSE and choices:
        return _stem(question) + _choice_list(choices)
    return _stem(question)


def _back(question: Question, choices: list[Choice]) -> str:
    """The answer: the items in the right order (timeline), why not (true or false)."""
    if question.kind == QuestionKind.TIMELINE and choices:
        ranked = sorted(choices, key=lambda c: (c.rank is None, c.rank or 0, c.order))
        items = "".join(f'<li dir="auto">{esc(c.text)}</li>' for c in ranked)
        return f'<ol class="order">{items}</ol>'
    if question.kind == QuestionKind.TRUE_FALSE:  # other kinds show notes in their options
        notes = "".join(f'<div class="note">{esc(c.note)}</div>' for c in choices if c.note)
        return esc(question.answer) + notes
    return esc(question.answer)


def section_label(section: Section) -> str:
    return f"{section.order:02d} {section.display_title}"


def section_of(question: Question) -> Section | None:
    return question.passage.section if question.passage_id and question.passage else None
