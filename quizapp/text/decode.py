"""Turn the bytes of an uploaded or listed file into text, or refuse with a reason."""

import unicodedata

from .errors import InputError

DEFAULT_MAX_BYTES = 20 * 1024 * 1024
_ARABIC_BLOCK = range(0x0600, 0x0700)


def decode_document(data: bytes, *, max_bytes: int = DEFAULT_MAX_BYTES) -> str:
    """Decode a text document: UTF-8 (with or without BOM), else Windows-1256 Persian/Arabic."""
    if len(data) > max_bytes:
        raise InputError(f"file is too large ({len(data):,} bytes; the limit is {max_bytes:,})")
    if not data.strip():
        raise InputError("file is empty")
    if b"\x00" in data[:65536]:
        raise InputError("file is binary, not text (it contains NUL bytes)")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        text = _decode_legacy_arabic(data, exc)
    _refuse_control_characters(text)
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _decode_legacy_arabic(data: bytes, utf8_error: UnicodeDecodeError) -> str:
    # Older Persian files come in Windows-1256; accept them only when the result is
    # clearly Arabic-script text, because cp1256 decodes almost any bytes.
    try:
        text = data.decode("cp1256")
    except UnicodeDecodeError:
        text = ""
    letters = [ch for ch in text if ch.isalpha()]
    arabic = sum(1 for ch in letters if ord(ch) in _ARABIC_BLOCK)
    if letters and arabic / len(letters) > 0.5:
        return text
    raise InputError(
        f"file is not UTF-8 text (invalid byte at position {utf8_error.start}); "
        "save it as UTF-8 and try again"
    )


def _refuse_control_characters(text: str) -> None:
    sample = text[:65536]
    controls = sum(1 for ch in sample if unicodedata.category(ch) == "Cc" and ch not in "\n\r\t\f")
    if controls > max(8, len(sample) // 200):
        raise InputError("file is binary, not text (too many control characters)")
