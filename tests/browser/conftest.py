"""Browser fixtures: the built site over HTTP on loopback, Debian Chromium through Playwright.

`page` fails the test on any console error or any request that leaves the site's origin.
"""
import http.server
import shutil
import threading
from pathlib import Path
from urllib.parse import urlparse

import pytest

ROOT = Path(__file__).resolve().parents[2]
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@pytest.fixture(scope="session")
def base_url(site_dir):
    """The site as `./dev serve` serves it: with the production headers (builder/headers.py)."""
    from builder.serve import make_handler

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), make_handler(site_dir, quiet=True))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    executable = shutil.which("chromium") or "/usr/bin/chromium"
    with sync_playwright() as p:
        if Path(executable).exists():
            b = p.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        else:  # elsewhere: `playwright install chromium`
            b = p.chromium.launch(args=CHROMIUM_ARGS)
        yield b
        b.close()


class PageWatch:
    """Console errors and foreign requests seen by one page."""

    def __init__(self, page, origin):
        self.page, self.origin = page, origin
        self.console_errors: list[str] = []
        self.foreign_requests: list[str] = []
        page.on("console", self._console)
        page.on("pageerror", lambda exc: self.console_errors.append(f"pageerror: {exc}"))
        page.on("request", self._request)

    def _console(self, msg):
        if msg.type == "error":
            self.console_errors.append(msg.text)

    def _request(self, request):
        url = urlparse(request.url)
        if url.scheme in ("data", "blob", "about"):
            return
        if f"{url.scheme}://{url.netloc}" != self.origin:
            self.foreign_requests.append(request.url)


@pytest.fixture
def context(browser):
    # No service worker here, as on WeChat for iOS: each test sees the network as it is (and can
    # route it). tests/browser/test_offline.py covers the service worker.
    ctx = browser.new_context(viewport={"width": 1280, "height": 900}, locale="zh-CN", service_workers="block")
    yield ctx
    ctx.close()


@pytest.fixture
def watched(context, base_url):
    """A page plus its watch; after the test, no console error and no foreign request is allowed."""
    page = context.new_page()
    watch = PageWatch(page, base_url)
    yield page, watch
    assert watch.foreign_requests == [], f"requests left the site: {watch.foreign_requests}"
    assert watch.console_errors == [], f"console errors: {watch.console_errors}"


@pytest.fixture
def page(watched):
    return watched[0]


def axe_violations(page, tags=("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")) -> list[dict]:
    """Run axe-core (from node_modules, evaluated by the test driver: the page's CSP rightly refuses
    an injected <script>) and return the violations."""
    page.evaluate(AXE.read_text(encoding="utf-8"))
    result = page.evaluate(
        "async (tags) => await axe.run(document, {runOnly: {type: 'tag', values: tags}})",
        list(tags),
    )
    return [
        {"id": v["id"], "impact": v["impact"], "help": v["help"],
         "nodes": [n["target"] for n in v["nodes"]][:5]}
        for v in result["violations"]
    ]
