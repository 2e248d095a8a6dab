"""Every HTTP response header of the site, defined once.

builder/serve.py sends these headers, and the build writes them into the production nginx
configuration (deploy/nginx.conf.j2 → build/deploy/nginx.conf, see builder/deploy.py), so the
browser tests, `./dev serve` and production all see the same policy. The inline scripts' hashes
are computed from the built pages by builder/csp.py and passed in as `hashes`.

Rules are (regular expression on the URL path, value), first match wins; the patterns are plain
enough to mean the same in Python's re and in nginx's PCRE.
"""
import posixpath
import re

# Content-Security-Policy of pages. No 'unsafe-inline' for scripts: the theme's few inline scripts
# are allowed by their SHA-256 (builder/csp.py). Styles keep 'unsafe-inline' (the theme sets
# style attributes from its scripts); a style cannot run code.
PAGE_CSP = [
    ("default-src", "'self'"),
    ("script-src", "'self'"),            # + 'sha256-…' of each inline script
    ("style-src", "'self' 'unsafe-inline'"),
    ("img-src", "'self' data:"),
    ("font-src", "'self'"),
    ("connect-src", "'self'"),
    ("worker-src", "'self'"),
    ("manifest-src", "'self'"),
    ("object-src", "'none'"),
    ("base-uri", "'self'"),
    ("form-action", "'self'"),
    ("frame-ancestors", "'none'"),       # header only: browsers ignore it in <meta> (and warn)
]
META_IGNORED = {"frame-ancestors"}

# Workers are governed by the CSP of their own script's response, not the page's. Pyodide compiles
# WebAssembly ('wasm-unsafe-eval'); nothing else may be fetched or run from another origin.
WORKER_CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; object-src 'none'; base-uri 'none'"
WORKER_SCRIPTS = r"(^/sw\.js|-worker(\.[0-9a-f]{8,})?\.js|/assets/javascripts/workers/[^/]+\.js)$"

# Features the site does not use are denied to every frame, including its own. Only features
# Chromium knows are listed: an unknown one is reported as a console error.
PERMISSIONS_POLICY = ", ".join(f"{feature}=()" for feature in (
    "accelerometer", "autoplay", "camera", "display-capture", "encrypted-media",
    "fullscreen", "geolocation", "gyroscope", "hid", "idle-detection", "magnetometer", "microphone",
    "midi", "payment", "picture-in-picture", "publickey-credentials-get", "screen-wake-lock",
    "serial", "usb", "xr-spatial-tracking",
)) + ", clipboard-write=(self)"   # the calculators' "copy link" button

SECURITY_HEADERS = [
    ("X-Content-Type-Options", "nosniff"),
    ("Referrer-Policy", "no-referrer"),
    ("Permissions-Policy", PERMISSIONS_POLICY),
    ("Cross-Origin-Opener-Policy", "same-origin"),
    ("Cross-Origin-Resource-Policy", "same-origin"),
    ("X-Frame-Options", "DENY"),         # frame-ancestors for browsers without CSP level 2
]

# Sent only over HTTPS (by nginx when the request or the agency's HTTPS front says so):
# see deploy/README.md before raising max-age or adding includeSubDomains.
HSTS = "max-age=31536000"

IMMUTABLE = "public, max-age=31536000, immutable"
REVALIDATE = "no-cache"                  # may be stored, but asked again (ETag / 304) before each use
CACHE_RULES = [
    (r"^/assets/pyodide/[^/]+/", IMMUTABLE),              # one directory per pinned Pyodide version
    (r"^/assets/runtime/[^/]+/", IMMUTABLE),              # one directory per build of the runtime (perf)
    (r"\.[0-9a-f]{8,}\.min\.(js|css)$", IMMUTABLE),        # the theme's content-hashed bundles
    (r"-[0-9a-f]{10,}\.(zip|js|mjs|css|json|bin)$", IMMUTABLE),  # our content-hashed files
]
DEFAULT_CACHE = REVALIDATE              # pages, the service worker and every unhashed asset

# By file extension; anything else is application/octet-stream (and nosniff keeps it so).
CONTENT_TYPES = {
    ".html": "text/html",
    ".js": "text/javascript",
    ".mjs": "text/javascript",
    ".css": "text/css",
    ".json": "application/json",
    ".map": "application/json",
    ".wasm": "application/wasm",
    ".zip": "application/zip",
    ".gz": "application/gzip",
    ".png": "image/png",
    ".svg": "image/svg+xml",
    ".ico": "image/x-icon",
    ".xml": "application/xml",
    ".txt": "text/plain",
    ".csv": "text/csv",
    ".webmanifest": "application/manifest+json",
}
UTF8_TYPES = ("text/html", "text/javascript", "text/css", "text/plain", "text/csv", "application/xml")

# Precompressed files (builder/precompress.py) follow nginx's brotli_static / gzip_static convention:
# FILE.br and FILE.gz next to FILE. A client that accepts the encoding gets that file with
# Content-Encoding, and `Vary: Accept-Encoding` wherever a variant exists. Images are compressed already.
PRECOMPRESS = (".html", ".css", ".js", ".mjs", ".json", ".map", ".wasm", ".zip", ".svg", ".xml", ".txt",
               ".csv", ".webmanifest")
ENCODINGS = (("br", ".br"), ("gzip", ".gz"))   # Content-Encoding and file suffix, preferred first


def content_type(path: str) -> str:
    mime = CONTENT_TYPES.get(posixpath.splitext(path)[1].lower(), "application/octet-stream")
    return f"{mime}; charset=utf-8" if mime in UTF8_TYPES else mime


def is_precompressed(path: str) -> bool:
    """Whether the build writes .br/.gz variants of this file."""
    return posixpath.splitext(path)[1].lower() in PRECOMPRESS


def accepted_encodings(accept_encoding: str | None) -> set:
    """The content codings an Accept-Encoding header accepts (a q=0 refuses)."""
    out = set()
    for part in (accept_encoding or "").split(","):
        token, _, params = part.strip().partition(";")
        q = re.search(r"q\s*=\s*([0-9.]*)", params)
        if token.strip() and not (q and float(q.group(1) or 0) == 0):
            out.add(token.strip().lower())
    return out


def page_csp(hashes=(), meta: bool = False) -> str:
    """The pages' policy; `meta` leaves out what a <meta> element cannot carry."""
    parts = []
    for directive, value in PAGE_CSP:
        if meta and directive in META_IGNORED:
            continue
        if directive == "script-src" and hashes:
            value += "".join(f" 'sha256-{h}'" for h in hashes)
        parts.append(f"{directive} {value}")
    return "; ".join(parts)


def cache_control(path: str) -> str:
    for pattern, value in CACHE_RULES:
        if re.search(pattern, path):
            return value
    return DEFAULT_CACHE


def csp_for(path: str, hashes=()) -> str:
    return WORKER_CSP if re.search(WORKER_SCRIPTS, path) else page_csp(hashes)


def headers_for(path: str, hashes=()) -> dict:
    """Every header (but Content-Type and HSTS) that a response for the URL path carries."""
    return {"Content-Security-Policy": csp_for(path, hashes), **dict(SECURITY_HEADERS),
            "Cache-Control": cache_control(path)}
