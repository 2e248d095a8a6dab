"""Acceptance through the production server: Debian's nginx with deploy/'s configuration serves the
built site; every page and every calculator works in Chromium with no console error and no request
to another origin, and every response carries exactly the headers of the configuration
(builder/headers.py, which the configuration is rendered from)."""
import urllib.parse

import pytest

from builder import headers
from builder.csp import site_hashes
from calculator_support import CALCULATORS, RESULT, cli_fields, cli_result, first_valid_case, open_case, page_fields
from conftest import PageWatch

pytestmark = pytest.mark.browser
COMPARED = ["Content-Security-Policy", "X-Content-Type-Options", "Referrer-Policy", "Permissions-Policy",
            "Cross-Origin-Opener-Policy", "Cross-Origin-Resource-Policy", "X-Frame-Options", "Cache-Control"]


def page_urls(site_dir) -> list[str]:
    urls = ["/" + p.parent.relative_to(site_dir).as_posix() + "/" for p in site_dir.rglob("index.html")]
    return sorted(u.replace("/./", "/") for u in urls) + ["/404.html"]


class HeaderWatch:
    """Every response the page gets from nginx, compared with the configuration's headers."""

    def __init__(self, page, origin, hashes):
        self.origin, self.hashes, self.seen, self.wrong = origin, hashes, 0, []
        page.on("response", self._response)

    def _response(self, response):
        if not response.url.startswith(self.origin):
            return
        path = urllib.parse.urlsplit(response.url).path
        got = response.headers
        want = headers.headers_for(path, self.hashes)
        self.seen += 1
        for name in COMPARED:
            if got.get(name.lower()) != want[name]:
                self.wrong.append((path, name, got.get(name.lower())))


@pytest.fixture
def through_nginx(context, nginx, site_dir):
    base = nginx[0]
    page = context.new_page()
    watch, header_watch = PageWatch(page, base), HeaderWatch(page, base, site_hashes(site_dir))
    yield page, base, watch
    assert watch.foreign_requests == [], f"requests left the site: {watch.foreign_requests}"
    assert watch.console_errors == [], f"console errors: {watch.console_errors}"
    assert header_watch.wrong == [], header_watch.wrong[:10]
    assert header_watch.seen > 0


def test_every_page_through_nginx(through_nginx, site_dir):
    page, base, watch = through_nginx
    for path in page_urls(site_dir):
        response = page.goto(base + path)
        assert response.status == 200, path
        assert page.locator("h1").count() >= 1, path
    response = page.goto(base + "/no/such/page/")
    assert response.status == 404 and "404" in page.title() + page.locator("h1").inner_text()
    # the one console error expected: Chromium reports the 404 status of that page itself
    assert [e for e in watch.console_errors if "404" in e] == [watch.console_errors.pop()]


@pytest.mark.parametrize("name", CALCULATORS)
def test_every_calculator_computes_through_nginx(through_nginx, name):
    page, base, _ = through_nginx
    case = first_valid_case(name)
    open_case(page, base, name, case)
    assert page.get_attribute(RESULT, "data-state") == "ready"
    assert page_fields(page) == cli_fields(cli_result(name, case))
