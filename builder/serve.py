"""python build.py serve: serve site/ on http://127.0.0.1:8000 (loopback only).

Every response carries the headers of builder/headers.py, as in production (deploy/): the same
Content-Security-Policy, caching and types. No directory listings; a missing page gets 404.html."""
import functools
import http.server
import urllib.parse
from pathlib import Path

from builder import headers
from builder.csp import site_hashes


class Handler(http.server.SimpleHTTPRequestHandler):
    hashes: tuple = ()   # the inline scripts' SHA-256, set by make_handler

    def guess_type(self, path):
        return headers.content_type(str(path))

    def end_headers(self):
        path = urllib.parse.urlsplit(self.path).path
        for name, value in headers.headers_for(path, self.hashes).items():
            self.send_header(name, value)
        super().end_headers()

    def list_directory(self, path):
        self.send_error(404)

    def send_error(self, code, message=None, explain=None):
        page = Path(self.directory) / "404.html"
        if code != 404 or not page.exists():
            return super().send_error(code, message, explain)
        body = page.read_bytes()
        self.send_response(404)
        self.send_header("Content-Type", headers.content_type("404.html"))
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)


def make_handler(site, quiet: bool = False):
    attrs = {"hashes": tuple(site_hashes(Path(site)))}
    if quiet:
        attrs["log_message"] = lambda self, *args: None
    return functools.partial(type("SiteHandler", (Handler,), attrs), directory=str(site))


def serve(site, host: str = "127.0.0.1", port: int = 8000) -> None:
    with http.server.ThreadingHTTPServer((host, port), make_handler(site)) as server:
        print(f"网站已生成：http://{host}:{port}/  （Ctrl+C 停止）", flush=True)
        try:
            server.serve_forever()
        except KeyboardInterrupt:
            pass
