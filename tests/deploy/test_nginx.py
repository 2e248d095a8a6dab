"""The production configuration, run for real: Debian's nginx (deploy/nginx.conf.j2 as the build
renders it) serving site/. Every response carries exactly the headers of builder/headers.py, and
`./dev serve` (builder/serve.py) sends the same ones."""
import gzip
import http.client
import http.server
import threading
import urllib.parse

import pytest

from builder import headers
from builder.csp import site_hashes

SECURITY = ["Content-Security-Policy", "X-Content-Type-Options", "Referrer-Policy", "Permissions-Policy",
            "Cross-Origin-Opener-Policy", "Cross-Origin-Resource-Policy", "X-Frame-Options", "Cache-Control"]
WORKER_CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; object-src 'none'; base-uri 'none'"
IMMUTABLE = "public, max-age=31536000, immutable"


def get(base: str, path: str, method: str = "GET", **request_headers):
    url = urllib.parse.urlsplit(base)
    conn = http.client.HTTPConnection(url.hostname, url.port, timeout=30)
    conn.request(method, path, headers=request_headers)
    response = conn.getresponse()
    body = response.read()
    conn.close()
    return response, body


def one_file(site, pattern: str) -> str:
    return "/" + next(site.glob(pattern)).relative_to(site).as_posix()


@pytest.fixture(scope="module")
def dev_server(site_dir):
    from builder.serve import make_handler

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), make_handler(site_dir, quiet=True))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()


@pytest.fixture(scope="module")
def paths(site_dir):
    """One URL of each kind the rules distinguish: (path, content type, cache, worker?)."""
    html, js, css = "text/html; charset=utf-8", "text/javascript; charset=utf-8", "text/css; charset=utf-8"
    return [
        ("/", html, "no-cache", False),
        ("/calculators/deadline/", html, "no-cache", False),
        ("/404.html", html, "no-cache", False),
        ("/assets/site.css", css, "no-cache", False),
        ("/assets/calculator.js", js, "no-cache", False),
        (one_file(site_dir, "assets/runtime/*/calculator-worker.js"), js, IMMUTABLE, True),
        (one_file(site_dir, "assets/runtime/*/boot.js"), js, IMMUTABLE, False),
        (one_file(site_dir, "assets/javascripts/workers/search.*.min.js"), js, IMMUTABLE, True),
        (one_file(site_dir, "assets/javascripts/bundle.*.min.js"), js, IMMUTABLE, False),
        (one_file(site_dir, "assets/stylesheets/main.*.min.css"), css, IMMUTABLE, False),
        (one_file(site_dir, "assets/runtime/*/calculators-*.zip"), "application/zip", IMMUTABLE, False),
        ("/assets/pyodide/314.0.7/pyodide.asm.wasm", "application/wasm", IMMUTABLE, False),
        ("/assets/pyodide/314.0.7/pyodide.mjs", js, IMMUTABLE, False),
        (one_file(site_dir, "assets/runtime/*/python_stdlib.zip"), "application/zip", IMMUTABLE, False),
        ("/search/search_index.json", "application/json", "no-cache", False),
    ]


def test_the_configuration_is_what_the_build_writes(site_dir, nginx):
    conf = nginx[1]
    built = (site_dir.parent / "build" / "deploy" / "nginx.conf").read_text(encoding="utf-8")
    strip = lambda text: [l for l in text.splitlines() if not l.strip().startswith(("listen ", "root ", "access_log "))]
    assert strip(conf) == strip(built)
    assert "autoindex off;" in conf and "gzip_static on;" in conf and "brotli_static on;" in conf


def test_every_kind_of_file_has_its_type_cache_and_policy(site_dir, nginx, dev_server, paths):
    hashes = site_hashes(site_dir)
    page_csp = headers.page_csp(hashes)
    assert "'unsafe-inline'" not in page_csp.split("script-src", 1)[1].split(";")[0]
    assert "frame-ancestors 'none'" in page_csp
    for base in (nginx[0], dev_server):
        for path, content_type, cache, worker in paths:
            response, _ = get(base, path)
            assert response.status == 200, (base, path)
            assert response.getheader("Content-Type") == content_type, (base, path)
            assert response.getheader("Cache-Control") == cache, (base, path)
            assert response.getheader("Content-Security-Policy") == (WORKER_CSP if worker else page_csp), (base, path)
            assert {h: response.getheader(h) for h in SECURITY} == headers.headers_for(path, hashes), (base, path)
            assert response.getheader("X-Content-Type-Options") == "nosniff"
            assert response.getheader("Referrer-Policy") == "no-referrer"
            assert response.getheader("Cross-Origin-Opener-Policy") == "same-origin"
            assert "camera=()" in response.getheader("Permissions-Policy")


def test_missing_pages_get_the_404_page_and_directories_are_never_listed(site_dir, nginx, dev_server):
    page = (site_dir / "404.html").read_bytes()
    for base in (nginx[0], dev_server):
        for path in ("/no/such/page/", "/assets/", "/assets/pyodide/", "/.git/config"):
            response, body = get(base, path)
            assert response.status == 404, (base, path)
            assert body == page, (base, path)
            assert response.getheader("Content-Security-Policy").startswith("default-src 'self'")


def test_a_page_without_its_slash_is_redirected_relative_to_the_front(nginx):
    response, _ = get(nginx[0], "/calculators/deadline")
    assert response.status == 301
    assert response.getheader("Location") == "/calculators/deadline/"   # no http://127.0.0.1:port


def test_hsts_only_over_https(nginx):
    response, _ = get(nginx[0], "/")
    assert response.getheader("Strict-Transport-Security") is None
    response, _ = get(nginx[0], "/", **{"X-Forwarded-Proto": "https"})
    assert response.getheader("Strict-Transport-Security") == headers.HSTS


def test_text_is_compressed_and_varies_by_encoding(site_dir, nginx):
    for path, file in (("/glossary/", "glossary/index.html"), ("/assets/site.css", "assets/site.css")):
        response, body = get(nginx[0], path, **{"Accept-Encoding": "gzip"})
        assert response.getheader("Content-Encoding") == "gzip", path
        assert "Accept-Encoding" in response.getheader("Vary")
        assert gzip.decompress(body) == (site_dir / file).read_bytes()


def test_the_site_is_read_only(nginx):
    response, _ = get(nginx[0], "/", method="POST")
    assert response.status in (403, 405)
    assert response.getheader("X-Content-Type-Options") == "nosniff"


@pytest.mark.parametrize("path", ["/assets/pyodide/314.0.7/pyodide.asm.wasm", "/calculators/deadline/"])
def test_precompressed_files_are_sent_as_built(site_dir, nginx, dev_server, path):
    """brotli_static (Debian's libnginx-mod-http-brotli-static) and gzip_static send the build's
    FILE.br / FILE.gz as they are, as ./dev serve does."""
    file = site_dir / (path.strip("/") + ("/index.html" if path.endswith("/") else ""))
    for base in (nginx[0], dev_server):
        for accept, encoding, suffix in (("br, gzip", "br", ".br"), ("gzip", "gzip", ".gz")):
            response, body = get(base, path, **{"Accept-Encoding": accept})
            assert response.getheader("Content-Encoding") == encoding, (base, path, accept)
            assert body == file.with_name(file.name + suffix).read_bytes(), (base, path, accept)
            assert "Accept-Encoding" in response.getheader("Vary")
        response, body = get(base, path)
        assert response.getheader("Content-Encoding") is None and body == file.read_bytes()


def test_the_access_log_never_holds_a_query_string(nginx):
    """A calculator link's ?input= may carry what a person typed: the log keeps the path only."""
    get(nginx[0], "/calculators/deadline/?input=%7B%22received%22%3A%222025-01-24%22%7D&as_of=2026-11-26")
    log = (nginx[2] / "site-access.log").read_text(encoding="utf-8")
    assert '"GET /calculators/deadline/index.html HTTP/1.1" 200' in log
    assert "input" not in log and "2025-01-24" not in log
