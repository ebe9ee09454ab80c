"""A real browser (Debian's chromium, driven by Playwright) on the live server."""

import os
from pathlib import Path

import pytest
from django.core.management import call_command

from quizapp.models import Document

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

ARTIFACTS = Path(__file__).resolve().parent.parent / "test-artifacts"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-background-networking",
    "--disable-gpu",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


@pytest.fixture
def page():
    # Playwright's sync API runs an event loop in this thread; the ORM calls the tests make
    # between browser steps are plain synchronous ones.
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path="/usr/bin/chromium", headless=True, args=CHROMIUM_ARGS
        )
        page = browser.new_page(viewport={"width": 1100, "height": 900})
        yield page
        browser.close()


@pytest.fixture
def library(live_server):
    if not Document.objects.exists():  # the live server's database is flushed between tests
        call_command("ingest", verbosity=0)
    return live_server


def test_library_and_a_persian_chapter_render_right_to_left(page, library):
    ARTIFACTS.mkdir(exist_ok=True)
    page.goto(library.url + "/")
    assert page.locator(".card").count() == 5
    page.screenshot(path=ARTIFACTS / "library.png", full_page=True)

    page.get_by_role("link", name="تاریخ انقلاب روسیه، جلد سوم: پیروزی شوراها").click()
    page.get_by_role("link", name="فصل اول دهقانان پیش از اکتبر").click()
    reader = page.locator("article#reader")
    assert reader.get_attribute("dir") == "rtl"
    assert reader.evaluate("el => getComputedStyle(el).direction") == "rtl"
    assert page.get_by_role("heading", level=1).inner_text().endswith("دهقانان پیش از اکتبر")
    # text starts at the right edge: the first paragraph's right side hugs the reader's
    box = reader.locator("p.passage").first.bounding_box()
    article = reader.bounding_box()
    assert abs((box["x"] + box["width"]) - (article["x"] + article["width"])) < 2
    page.screenshot(path=ARTIFACTS / "persian-chapter.png")

    # "next" swaps the reader in place through htmx and updates the address
    page.locator("a[rel=next]").click()
    page.wait_for_url("**/sections/2/")
    assert "مسأله‌ی ملیت‌ها" in page.locator("article#reader h1").inner_text()
    assert page.locator("header.site").count() == 1


AXE = Path(__file__).resolve().parent.parent / "node_modules" / "axe-core" / "axe.min.js"


@pytest.fixture
def bank(library):
    from quizapp.models import Question

    if not Question.objects.approved().exists():
        call_command("build_bank", verbosity=0)
    return library


def serious_violations(page) -> list[str]:
    page.add_script_tag(path=str(AXE))
    result = page.evaluate("async () => await axe.run(document, {resultTypes: ['violations']})")
    return [
        f"{v['id']}: {v['help']} ({len(v['nodes'])})"
        for v in result["violations"]
        if v["impact"] in ("serious", "critical")
    ]


def answer_current(page, *, keyboard: bool) -> None:
    card = page.locator("#card")
    if card.locator("button.choice").count():
        if keyboard:
            key = card.locator("button.choice").first.get_attribute("data-key")
            page.keyboard.press(key)
        else:
            card.locator("button.choice").first.click()
    elif card.locator("#answer-text").count():
        card.locator("#answer-text").fill("—")
        if keyboard:
            card.locator("#answer-text").press("Enter")
        else:
            card.get_by_role("button").first.click()
    else:  # timeline: keep the given order and check it
        button = card.locator("button.primary")
        if keyboard:
            button.focus()
            page.keyboard.press("Enter")
        else:
            button.click()
    card.locator("#feedback").wait_for()


def take_quiz(page, server, *, language: str, keyboard: bool) -> tuple[int, int]:
    page.goto(server.url + "/quiz/")
    page.select_option("#id_language", language)
    page.select_option("#id_count", "10")
    assert not serious_violations(page)
    page.locator("form.stack button.primary").click()
    page.locator("#card").wait_for()
    assert not serious_violations(page)
    right = seen = 0
    while True:
        seen += 1
        answer_current(page, keyboard=keyboard)
        feedback = page.locator("#feedback")
        assert feedback.evaluate("el => el === document.activeElement")
        right += feedback.get_attribute("class").split()[-1] == "right"
        if seen == 1:
            assert not serious_violations(page)
            page.screenshot(path=ARTIFACTS / f"quiz-{language}-feedback.png")
        next_link = page.locator("#next")
        last = "summary" in next_link.get_attribute("href")
        if keyboard:
            page.keyboard.press("Enter")
        else:
            next_link.click()
        if last:
            break
        page.wait_for_function("() => !document.querySelector('#feedback')")
    page.wait_for_url("**/summary/")
    assert not serious_violations(page)
    page.screenshot(path=ARTIFACTS / f"quiz-{language}-summary.png", full_page=True)
    return right, int(page.locator("#score").inner_text())


def test_english_quiz_by_keyboard(page, bank):
    ARTIFACTS.mkdir(exist_ok=True)
    right, score = take_quiz(page, bank, language="en", keyboard=True)
    assert score == right


def test_persian_quiz_by_mouse(page, bank):
    ARTIFACTS.mkdir(exist_ok=True)
    page.goto(bank.url + "/")
    page.select_option("#language-switch", "fa")
    page.locator("form.language button").click()
    page.wait_for_load_state()
    assert page.locator("html").get_attribute("dir") == "rtl"
    right, score = take_quiz(page, bank, language="fa", keyboard=False)
    assert score == right
    assert "امتیاز شما" in page.content()


def test_an_editor_approves_a_draft_and_it_appears_in_a_quiz(page, bank, django_user_model):
    from django.contrib.auth.models import Group, Permission

    from quizapp.models import Question

    slug = "woytinsky-unrest-in-petrograd"
    Question.objects.filter(document__slug=slug, status="approved").update(status="draft")
    editor = django_user_model.objects.create_user("ed", password="pw-editor-4567", is_staff=True)
    # the live server's database was flushed by earlier tests: the migration's group may be gone
    editors, _ = Group.objects.get_or_create(name="Editors")
    editors.permissions.add(
        *Permission.objects.filter(
            content_type__app_label="quizapp", codename__in=["view_question", "change_question"]
        )
    )
    editor.groups.add(editors)
    page.goto(bank.url + "/admin/login/?next=/review/%3Fdocument%3D" + slug)
    page.fill("#id_username", "ed")
    page.fill("#id_password", "pw-editor-4567")
    page.press("#id_password", "Enter")
    page.wait_for_url("**/review/?document=*")
    prompt = page.locator("#queue .preview .prompt").inner_text()
    page.locator("body").press("a")  # approve by keyboard
    page.wait_for_function(
        "(p) => !document.querySelector('#queue .prompt') || "
        "document.querySelector('#queue .prompt').innerText !== p",
        arg=prompt,
    )
    approved = Question.objects.get(document__slug=slug, status="approved")
    assert approved.prompt == prompt and approved.edited_by == editor

    page.goto(bank.url + f"/quiz/?document={slug}")
    page.locator("form.stack button.primary").click()
    page.locator("#card").wait_for()
    assert page.locator("#q-prompt").inner_text() == prompt
