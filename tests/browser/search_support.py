"""Ask the site's own search box, as a person does: type the words, read the results the theme shows.

Used by test_search.py and benchmarks/search_hit_rate.py. One page serves every question.
"""
from pathlib import Path
from urllib.parse import urlparse

import yaml

QUESTIONS = Path(__file__).with_name("search_questions.yaml")
INPUT = "input.md-search__input"
META = ".md-search-result__meta"
RESULT_LINKS = ".md-search-result__item > a.md-search-result__link:first-child"
PLACEHOLDER = "键入以开始搜索"   # the theme's empty-query text (zh); shown once the index is loaded


def questions(path: Path = QUESTIONS) -> list[dict]:
    return [{"q": str(item["q"]), "page": item["page"]}
            for item in yaml.safe_load(path.read_text(encoding="utf-8"))]


def open_search(page, base_url: str) -> None:
    """Open the home page and the search box (a desktop-wide page shows the box in the header);
    wait until the index is loaded."""
    page.goto(base_url + "/")
    page.locator(INPUT).click()
    page.wait_for_function("([sel, text]) => document.querySelector(sel)?.textContent.trim() === text",
                           arg=[META, PLACEHOLDER])


def _type(page, text: str) -> None:
    box = page.locator(INPUT)
    box.fill(text)
    box.press("End")   # the theme reads the box on keyup; fill() alone sends no key


# Resolves when the theme next writes the result count (it does for every answer from its search
# worker, right before it draws the list, in the same task).
_NEXT_ANSWER = """(sel) => { const meta = document.querySelector(sel);
  window.__nextSearchAnswer = new Promise((done) => new MutationObserver((_, seen) => { seen.disconnect(); done(); })
    .observe(meta, {childList: true, characterData: true, subtree: true})); }"""


def ask(page, query: str) -> list[str]:
    """The pages of the results, best first, as site paths without the leading slash (notice/review/).
    Ask a different question each time: the theme does not search the same words twice in a row."""
    page.evaluate(_NEXT_ANSWER, META)
    _type(page, query)
    page.evaluate("() => window.__nextSearchAnswer")
    hrefs = page.locator(RESULT_LINKS).evaluate_all("links => links.map(a => a.href)")
    return [urlparse(h).path.lstrip("/") for h in hrefs]


def rank(pages: list[str], expected: str) -> int | None:
    """1-based position of the expected page among the results, or None."""
    return pages.index(expected) + 1 if expected in pages else None
