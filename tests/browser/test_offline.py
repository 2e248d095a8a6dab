"""Offline after the first visit (sw.js, registered by assets/offline.js): pages and site assets are
precached, the calculators' runtime is kept once a calculator has been used; a new build replaces
the old caches and tells open pages "网站已更新，刷新后生效"; without service workers (WeChat on
iOS) the site works as before."""
import http.server
import shutil
import threading

import pytest

from calculator_support import RESULT, calculator_url, cli_fields, cli_result, first_valid_case, wait_runs
from conftest import PageWatch

pytestmark = pytest.mark.browser


def controlled(page) -> None:
    page.wait_for_function("() => navigator.serviceWorker && navigator.serviceWorker.controller !== null",
                           timeout=90_000)


def cache_contents(page) -> dict:
    return page.evaluate("""async () => {
        const out = {};
        for (const name of await caches.keys()) {
            out[name] = (await (await caches.open(name)).keys()).map((r) => r.url);
        }
        return out;
    }""")


def compute(page, base: str, name: str) -> None:
    case = first_valid_case(name)
    page.goto(calculator_url(base, name, case))
    wait_runs(page, 1)
    assert page.get_attribute(RESULT, "data-state") == "ready"
    assert page.eval_on_selector_all(f"{RESULT} [data-field]", "els => els.length") > 0
    fields = page.eval_on_selector_all(
        f"{RESULT} [data-field]", "els => Object.fromEntries(els.map(e => [e.dataset.field, e.dataset.value]))")
    assert fields == cli_fields(cli_result(name, case))


@pytest.fixture
def sw_context(browser):
    ctx = browser.new_context(service_workers="allow", locale="zh-CN")
    yield ctx
    ctx.close()


def test_visit_go_offline_open_another_page_and_calculator_and_compute(sw_context, base_url):
    page = sw_context.new_page()
    watch = PageWatch(page, base_url)
    page.goto(f"{base_url}/")
    controlled(page)
    compute(page, base_url, "retirement")          # the runtime is cached as it is used
    sw_context.set_offline(True)
    page.goto(f"{base_url}/glossary/")
    assert page.locator("h1").inner_text() == "名词解释"
    page.goto(f"{base_url}/notice/review/")
    assert page.locator("h1").inner_text() == "一、提高审核效率"
    compute(page, base_url, "deadline")             # another calculator, never opened before
    caches = cache_contents(page)
    assert [url for urls in caches.values() for url in urls if "?" in url or "input" in url] == []
    assert any(url.endswith(".wasm") for url in caches.get("runtime", []))
    assert watch.foreign_requests == [] and watch.console_errors == [], watch.console_errors


def serve(site):
    from builder.serve import make_handler

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), make_handler(site, quiet=True))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def test_a_new_build_replaces_the_caches_and_says_so(sw_context, site_dir, tmp_path):
    """A copy of the site whose sw.js then changes, as the next deployment's would."""
    site = tmp_path / "site"
    shutil.copytree(site_dir, site, ignore=shutil.ignore_patterns("pyodide", "runtime", "*.br", "*.gz"))
    server = serve(site)
    base = f"http://127.0.0.1:{server.server_port}"
    try:
        page = sw_context.new_page()
        watch = PageWatch(page, base)
        page.goto(f"{base}/glossary/")
        controlled(page)
        old = [name for name in cache_contents(page) if name.startswith("site-")]
        assert len(old) == 1
        worker = site / "sw.js"
        worker.write_text(worker.read_text(encoding="utf-8").replace(old[0][5:], "next-build"), encoding="utf-8")
        page.evaluate("navigator.serviceWorker.getRegistration().then((r) => r.update())")
        banner = page.wait_for_selector("#site-updated", timeout=60_000)
        assert "网站已更新，刷新后生效" in banner.inner_text()
        assert banner.get_attribute("role") == "status"
        # the controller changes as the new worker starts activating; it then drops the old caches
        page.wait_for_function("""async () => JSON.stringify((await caches.keys()).filter((n) => n.startsWith("site-")))
                                   === '["site-next-build"]'""", timeout=60_000)
        assert watch.console_errors == [], watch.console_errors
    finally:
        server.shutdown()


def test_without_service_workers_everything_still_works(browser, base_url):
    """WeChat on iOS has no service worker API: no registration, no error, the calculators compute."""
    ctx = browser.new_context(locale="zh-CN")
    ctx.add_init_script("delete Navigator.prototype.serviceWorker;")
    try:
        page = ctx.new_page()
        watch = PageWatch(page, base_url)
        page.goto(f"{base_url}/")
        assert page.evaluate("'serviceWorker' in navigator") is False
        compute(page, base_url, "deadline")
        page.goto(f"{base_url}/glossary/")
        assert page.locator("#site-updated").count() == 0
        assert watch.foreign_requests == [] and watch.console_errors == [], watch.console_errors
    finally:
        ctx.close()
