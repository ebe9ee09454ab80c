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
