"""python build.py serve: serve site/ on http://127.0.0.1:8000 (loopback only).

Every response carries the headers of builder/headers.py, as in production (deploy/): the same
Content-Security-Policy, caching and types. Like nginx's brotli_static / gzip_static, a client that
accepts br or gzip gets the precompressed FILE.br / FILE.gz with Content-Encoding; ETag and
Last-Modified answer revalidations with 304. No directory listings; a missing page gets 404.html."""
import email.utils
import functools
import http.server
import urllib.parse
from pathlib import Path

from builder import headers
from builder.csp import site_hashes


class Handler(http.server.SimpleHTTPRequestHandler):
    protocol_version = "HTTP/1.1"   # keep-alive, as nginx: a page's many assets share connections
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

    def send_head(self):
        path = Path(self.translate_path(self.path))
        if path.is_dir() and urllib.parse.urlsplit(self.path).path.endswith("/"):
            path = path / "index.html"
        if not path.is_file():
            return super().send_head()   # directory redirect (301) or 404
        sent, encoding = self._variant(path)
        stat = sent.stat()
        etag = f'"{int(stat.st_mtime):x}-{stat.st_size:x}"'   # nginx's form: mtime-size, per variant
        if self._not_modified(etag, stat.st_mtime):
            self.send_response(304)
            self._representation_headers(path, etag)
            self.end_headers()
            return None
        handle = sent.open("rb")
        self.send_response(200)
        self.send_header("Content-Type", headers.content_type(path.name))
        if encoding:
            self.send_header("Content-Encoding", encoding)
        self.send_header("Content-Length", str(stat.st_size))
        self.send_header("Last-Modified", self.date_time_string(int(stat.st_mtime)))
        self._representation_headers(path, etag)
        self.end_headers()
        return handle

    def _variant(self, path: Path) -> tuple[Path, str | None]:
        accepted = headers.accepted_encodings(self.headers.get("Accept-Encoding"))
        if headers.is_precompressed(path.name):
            for encoding, suffix in headers.ENCODINGS:
                variant = path.with_name(path.name + suffix)
                if encoding in accepted and variant.is_file():
                    return variant, encoding
        return path, None

    def _representation_headers(self, path: Path, etag: str) -> None:
        self.send_header("ETag", etag)
        if any(path.with_name(path.name + suffix).is_file() for _, suffix in headers.ENCODINGS):
            self.send_header("Vary", "Accept-Encoding")

    def _not_modified(self, etag: str, mtime: float) -> bool:
        if "If-None-Match" in self.headers:
            return etag in [tag.strip() for tag in self.headers["If-None-Match"].split(",")]
        since = self.headers.get("If-Modified-Since")
        if not since:
            return False
        try:
            return int(mtime) <= email.utils.parsedate_to_datetime(since).timestamp()
        except (TypeError, ValueError, OverflowError):
            return False

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
        server.daemon_threads = True
        print(f"网站已生成：http://{host}:{port}/  （Ctrl+C 停止）", flush=True)
        try:
            server.serve_forever()
        except KeyboardInterrupt:
            pass
