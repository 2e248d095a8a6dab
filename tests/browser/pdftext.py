"""Text of a PDF printed by Chromium, and a way to look for typed text in it.

Chromium's PDFs map some CJK glyphs to compatibility or radical code points (⼈ U+2F08 for 人,
⻔ U+2EC7 for 门) and break lines anywhere. NFKC folds the first kind; contains() lets any
CJK radical stand for an ideograph, and all whitespace is dropped."""
import re
import unicodedata
from io import BytesIO

from pypdf import PdfReader


def squash(text: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))


def pdf_pages_and_text(pdf: bytes) -> tuple[list[tuple[int, int]], str]:
    """([(width, height) of each page in points], the whole text squashed)."""
    reader = PdfReader(BytesIO(pdf))
    sizes = [(round(float(p.mediabox.width)), round(float(p.mediabox.height))) for p in reader.pages]
    return sizes, squash("".join(p.extract_text() for p in reader.pages))


def contains(text: str, wanted: str) -> bool:
    pattern = "".join(f"(?:{re.escape(ch)}|[\u2e80-\u2eff])" if "\u4e00" <= ch <= "\u9fff" else re.escape(ch)
                      for ch in squash(wanted))
    return re.search(pattern, text) is not None
