"""The site search, used as people use it: questions typed into the real search box
(tests/browser/search_questions.yaml), results read from the list the theme shows. One page asks
them all. The `watched` page fails on any console error or request to another origin."""
import pytest

from search_support import ask, open_search, questions, rank

pytestmark = pytest.mark.browser


def test_every_question_brings_up_its_page_in_the_first_three(watched, base_url):
    page, _ = watched
    open_search(page, base_url)
    asked = questions()
    assert len(asked) >= 30
    misses = []
    for item in asked:
        pages = ask(page, item["q"])
        place = rank(pages, item["page"])
        if place is None or place > 3:
            misses.append(f"{item['q']} → /{item['page']}：第 {place or '—'} 位（前三：{pages[:3]}）")
    assert misses == []


def test_results_show_no_struck_through_missing_words(watched, base_url):
    """The theme lists query words a result lacks as "缺少：" + struck-through words; they are hidden."""
    page, _ = watched
    open_search(page, base_url)
    assert ask(page, "失业金 火星")        # 火星 is on no page: every result lacks it
    missing = page.locator(".md-search-result__terms")
    assert missing.count() > 0              # the theme did render them …
    assert page.locator(".md-search-result__terms:visible").count() == 0   # … and none shows
    assert "缺少" not in page.locator(".md-search-result").inner_text()
