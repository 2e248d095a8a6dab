"""Serving as production does: precompressed variants with the right Content-Encoding, types, caching, 304s.

The expectations are HTTP's and nginx's (gzip_static / brotli_static), not builder/serve.py's own output."""
import brotli
import gzip
import http.client
import http.server
import threading

import pytest

from builder import headers, precompress
from builder.serve import make_handler

TEXT = ("失业保险 " * 400).encode("utf-8")


@pytest.fixture(scope="module")
def tiny_site(tmp_path_factory):
    tmp_path = tmp_path_factory.mktemp("serving")
    site = tmp_path / "site"
    (site / "assets" / "pyodide" / "314.0.7").mkdir(parents=True)
    (site / "assets" / "runtime" / "0123456789ab").mkdir(parents=True)
    (site / "citizens").mkdir()
    (site / "index.html").write_bytes(b"<!doctype html><title>t</title>" + TEXT)
    (site / "citizens" / "index.html").write_bytes(b"<!doctype html>" + TEXT)
    (site / "assets" / "site.css").write_bytes(b"body{color:red}" * 200)
    (site / "assets" / "pyodide" / "314.0.7" / "pyodide.asm.wasm").write_bytes(b"\0asm" + bytes(5000))
    (site / "assets" / "runtime" / "0123456789ab" / "calculator-worker.js").write_bytes(b"// w\n" * 300)
    (site / "assets" / "images").mkdir()
    (site / "assets" / "images" / "favicon.png").write_bytes(b"\x89PNG" + bytes(300))
    (site / "404.html").write_bytes(b"<!doctype html>not here")
    with pytest.MonkeyPatch.context() as env:
        env.setenv("UIG_CACHE_DIR", str(tmp_path / "cache"))
        precompress.precompress(site, workers=1)
    return site


def serve(site):
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), make_handler(site, quiet=True))
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


@pytest.fixture(scope="module")
def get(tiny_site):
    server = serve(tiny_site)

    def request(path, accept="br, gzip", method="GET", **headers):
        conn = http.client.HTTPConnection("127.0.0.1", server.server_port, timeout=10)
        conn.request(method, path, headers={"Accept-Encoding": accept, **headers})
        response = conn.getresponse()
        body = response.read()
        conn.close()
        return response, body

    yield request
    server.shutdown()


def test_precompressed_variants_are_written_and_decode_to_the_original(tiny_site):
    css = tiny_site / "assets" / "site.css"
    assert brotli.decompress((tiny_site / "assets" / "site.css.br").read_bytes()) == css.read_bytes()
    assert gzip.decompress((tiny_site / "assets" / "site.css.gz").read_bytes()) == css.read_bytes()
    assert not (tiny_site / "assets" / "images" / "favicon.png.br").exists()   # images are not recompressed


def test_precompression_is_deterministic(tiny_site, tmp_path, monkeypatch):
    monkeypatch.setenv("UIG_CACHE_DIR", str(tmp_path))   # an empty cache: compressed anew
    first = {p.name: p.read_bytes() for p in tiny_site.rglob("*.br")} | {p.name: p.read_bytes() for p in tiny_site.rglob("*.gz")}
    for p in [*tiny_site.rglob("*.br"), *tiny_site.rglob("*.gz")]:
        p.unlink()
    precompress.precompress(tiny_site, workers=1)
    again = {p.name: p.read_bytes() for p in tiny_site.rglob("*.br")} | {p.name: p.read_bytes() for p in tiny_site.rglob("*.gz")}
    assert again == first


@pytest.mark.parametrize("accept, encoding", [("br, gzip", "br"), ("gzip, deflate", "gzip"), ("identity", None),
                                              ("gzip;q=0, br;q=0", None), ("", None)])
def test_content_encoding_follows_accept_encoding(get, accept, encoding):
    response, body = get("/assets/site.css", accept=accept)
    assert response.status == 200
    assert response.getheader("Content-Encoding") == encoding
    assert response.getheader("Vary") == "Accept-Encoding"
    assert response.getheader("Content-Type") == "text/css; charset=utf-8"
    decoded = {"br": brotli.decompress, "gzip": gzip.decompress, None: bytes}[encoding](body)
    assert decoded == b"body{color:red}" * 200
    assert int(response.getheader("Content-Length")) == len(body)


def test_wasm_is_application_wasm_compressed_and_immutable(get):
    response, body = get("/assets/pyodide/314.0.7/pyodide.asm.wasm")
    assert response.getheader("Content-Type") == "application/wasm"
    assert response.getheader("Content-Encoding") == "br"
    assert brotli.decompress(body) == b"\0asm" + bytes(5000)
    assert response.getheader("Cache-Control") == "public, max-age=31536000, immutable"


def test_html_is_revalidated_and_versioned_runtime_is_immutable(get):
    page, _ = get("/citizens/")
    assert page.getheader("Content-Type") == "text/html; charset=utf-8"
    assert page.getheader("Cache-Control") == "no-cache"
    worker, _ = get("/assets/runtime/0123456789ab/calculator-worker.js")
    assert worker.getheader("Cache-Control") == "public, max-age=31536000, immutable"
    assert worker.getheader("Content-Type") == "text/javascript; charset=utf-8"
    css, _ = get("/assets/site.css")
    assert css.getheader("Cache-Control") == "no-cache"   # not versioned: a new build must show at once


def test_revalidation_answers_304_per_variant(get):
    first, _ = get("/citizens/")
    etag = first.getheader("ETag")
    again, body = get("/citizens/", **{"If-None-Match": etag})
    assert again.status == 304 and body == b""
    other, _ = get("/citizens/", accept="identity", **{"If-None-Match": etag})
    assert other.status == 200   # the identity body is another representation, with another ETag
    since, _ = get("/citizens/", **{"If-Modified-Since": first.getheader("Last-Modified")})
    assert since.status == 304


def test_directory_without_slash_redirects_and_missing_file_is_404(get):
    response, _ = get("/citizens")
    assert response.status == 301 and response.getheader("Location") == "/citizens/"
    missing, body = get("/nothing/here.js")
    assert missing.status == 404 and b"not here" in body


def test_head_sends_headers_only(get):
    response, body = get("/assets/site.css", method="HEAD")
    assert response.status == 200 and body == b"" and response.getheader("Content-Encoding") == "br"


def test_every_compressible_file_of_the_built_site_has_both_variants(site_dir):
    missing = []
    for path in precompress.files(site_dir):
        size = path.stat().st_size
        for suffix in (".br", ".gz"):
            variant = path.with_name(path.name + suffix)
            if size > 2000 and not variant.exists() and path.suffix != ".zip":
                missing.append(str(variant.relative_to(site_dir)))
    assert missing == []
    wasm = next(site_dir.glob("assets/pyodide/*/pyodide.asm.wasm"))
    assert headers.content_type(wasm.name) == "application/wasm"
    assert brotli.decompress(wasm.with_name(wasm.name + ".br").read_bytes()) == wasm.read_bytes()
