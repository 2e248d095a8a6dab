"""Smoke test in Debian Chromium: home, a role entry, a section page, the parameters page.
The `page` fixture fails on any console error or request to another origin."""
import pytest

from conftest import axe_violations

pytestmark = pytest.mark.browser


def test_home_role_entry_and_section_page(page, base_url):
    page.goto(f"{base_url}/")
    assert page.locator("h1").inner_text() == "失业保险服务指南"
    page.locator("a.ui-card", has_text="我是失业人员").click()
    page.wait_for_url(f"{base_url}/citizens/")
    assert page.locator("h1").inner_text() == "我是失业人员"
    page.goto(f"{base_url}/notice/review/")
    assert page.locator("h1").inner_text() == "一、提高审核效率"
    assert "10个工作日内需审核完毕" in page.locator("blockquote").inner_text()


@pytest.mark.parametrize("path", ["/", "/notice/review/", "/parameters/"])
def test_no_accessibility_violations(page, base_url, path):
    page.goto(f"{base_url}{path}")
    assert axe_violations(page) == []


def test_home_holds_at_360px(context, base_url):
    page = context.new_page()
    page.set_viewport_size({"width": 360, "height": 740})
    page.goto(f"{base_url}/")
    overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
    assert overflow <= 0
    cards = page.locator("a.ui-card")
    assert cards.count() == 3
    assert all(cards.nth(i).bounding_box()["width"] <= 360 for i in range(3))


def test_the_browser_itself_refuses_another_origin(context, base_url):
    """Even a script that tried would be stopped: the page's policy blocks the request before it is sent.
    The other origin is another loopback address, so nothing could leave the machine either way."""
    page = context.new_page()
    page.goto(f"{base_url}/")
    directive = page.evaluate("""() => new Promise((resolve) => {
        document.addEventListener("securitypolicyviolation", (e) => resolve(e.effectiveDirective));
        fetch("http://127.0.0.2:9/probe").catch(() => {});
        setTimeout(() => resolve("not blocked"), 3000);
    })""")
    assert directive == "connect-src"
