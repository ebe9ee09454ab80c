from django import template
from django.utils.html import escape, format_html
from django.utils.safestring import SafeString

register = template.Library()


@register.simple_tag
def highlight(text: str, start: int, end: int) -> SafeString:
    """``text`` escaped, with ``text[start:end]`` in a <mark>."""
    start, end = max(0, start), min(len(text), end)
    return format_html(
        "{}<mark>{}</mark>{}", escape(text[:start]), escape(text[start:end]), escape(text[end:])
    )


@register.filter
def excerpt_around(text: str, span: tuple[int, int], width: int = 160) -> tuple[str, int, int]:
    """A window of ``text`` around a span, and the span's offsets in it."""
    start, end = span
    left = max(0, start - width)
    right = min(len(text), end + width)
    prefix = "… " if left else ""
    window = prefix + text[left:right] + (" …" if right < len(text) else "")
    return window, start - left + len(prefix), end - left + len(prefix)
