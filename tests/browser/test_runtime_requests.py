"""Pages without a calculator load no Pyodide byte (issue 10): no request for the Pyodide core or the
runtime directory on any other page, and none on any page while Save-Data (省流量) is on, until a
calculator page opens. A calculator page hints the runtime's files early, and the worker then takes
them from the HTTP cache: each is downloaded once."""
import collections
import http.server
import threading

import pytest

from calculator_support import calculator_url

pytestmark = pytest.mark.browser

RUNTIME = ("/assets/pyodide/", "/assets/runtime/")
SAVE_DATA = "Object.defineProperty(Navigator.prototype, 'connection', {get: () => ({saveData: true, effectiveType: '4g'})});"


def other_pages(site_dir) -> list[str]:
    """Every page but those that run the worker (data-worker: the calculators and the staff workbench)."""
    pages = []
    for index in sorted(site_dir.rglob("index.html")):
        path = "/" + index.parent.relative_to(site_dir).as_posix() + "/"
        path = path.replace("/./", "/").replace("//", "/")
        if "data-worker=" in index.read_text(encoding="utf-8"):
            continue
        if "data-worker=" in index.read_text(encoding="utf-8"):   # the staff workbench pages run the calculators too
            continue
        pages.append(path)
    return pages


def runtime_requests(context) -> list[str]:
    seen = []
    context.on("request", lambda r: seen.append(r.url) if any(p in r.url for p in RUNTIME) else None)
    return seen


@pytest.mark.parametrize("save_data", [False, True], ids=["normal", "save-data"])
def test_no_runtime_request_outside_calculator_pages(context, base_url, site_dir, save_data):
    if save_data:
        context.add_init_script(SAVE_DATA)
    seen = runtime_requests(context)
    page = context.new_page()
    leading = []   # pages that may warm the runtime: they link to a calculator in their content
    for path in other_pages(site_dir):
        page.goto(base_url + path)
        decided = page.wait_for_function(
            "() => ['no', 'started'].includes(document.documentElement.dataset.runtimeWarm) && document.documentElement.dataset.runtimeWarm",
            timeout=30_000).json_value()   # warm.js's decision
        leads = page.locator('.md-content a[href*="calculators/"]').count() > 0
        assert decided == ("started" if leads and not save_data else "no"), path
        if decided == "started":
            leading.append(path)
            page.goto("about:blank")   # stop that page's warm worker before the next page is checked
            seen.clear()
        assert seen == [], f"{path} asked for {seen[:3]}"
    assert save_data or "/citizens/" in leading
    page.goto(calculator_url(base_url, "retirement"))
    page.wait_for_function("() => [...performance.getEntriesByType('resource')].length > 0")
    page.wait_for_selector('.calc-status:not([data-kind="loading"])', timeout=120_000)
    assert any("/assets/pyodide/" in url for url in seen)   # a calculator page does load it, Save-Data or not


def _counting_server(site_dir):
    """The site, serving as builder/serve.py does, recording each runtime request's path and purpose."""
    from builder.serve import make_handler

    served = collections.defaultdict(list)   # path → [(Sec-Purpose, Sec-Fetch-Dest), …]
    handler = make_handler(site_dir, quiet=True)

    class Counting(handler.func):
        def send_head(self):
            path = self.path.split("?")[0]
            if path.startswith(RUNTIME):
                served[path].append((self.headers.get("Sec-Purpose", ""), self.headers.get("Sec-Fetch-Dest", "")))
            return super().send_head()

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), lambda *a: Counting(*a, *handler.args, **handler.keywords))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, served


def test_a_calculator_page_downloads_each_runtime_file_once(browser, site_dir):
    """The <head> hints (builder/bundle.py early_hints) are what reaches the server; the worker's own
    requests for the same files are answered by the browser's HTTP cache, in a cold browser."""
    server, served = _counting_server(site_dir)
    context = browser.new_context(service_workers="block")
    try:
        page = context.new_page()
        page.goto(f"http://127.0.0.1:{server.server_port}/calculators/retirement/")
        page.wait_for_selector('.calc-status[data-kind="ready"]', timeout=120_000)   # the worker answered "ready"
        hints = page.evaluate("""() => [...document.head.querySelectorAll('link[rel=modulepreload], link[rel=prefetch]')]
            .map((l) => [l.rel, new URL(l.href).pathname])""")
    finally:
        context.close()
        server.shutdown()
    assert len(hints) >= 8
    assert {path: len(requests) for path, requests in served.items() if len(requests) != 1} == {}   # nothing twice
    for rel, path in hints:
        assert path in served, f"{path} was hinted but never fetched"
        purpose, dest = served[path][0]
        if rel == "prefetch":
            assert purpose == "prefetch", (path, served[path])
        else:   # the page's module preload (a script), not the worker's request (a worker or its import)
            assert dest == "script", (path, served[path])
