"""Build step: the service worker (docs/sw.js → site/sw.js) with this build's file lists, so the site
works offline after the first visit (docs/assets/offline.js registers it).

PRECACHE: every page and the site's own assets, fetched when the worker installs.
ON_USE: what is large and needed only by some pages (the calculators' Pyodide runtime, the search
language files): cached the first time a page uses it.
BUILD: a hash of every listed file, so any change gives a new worker, which replaces the old caches.
Runs after builder.csp (pages final) and before builder.precompress (sw.js gets its .br/.gz too)."""
import hashlib
import json

ON_USE_DIRS = ("assets/pyodide/", "assets/runtime/", "assets/javascripts/lunr/", "assets/vendor/")   # vendor: ECharts, only the workbench uses it
NOT_CACHED = (".br", ".gz", ".map")
NOT_CACHED_FILES = {"sw.js", "sitemap.xml"}
MARKERS = ('"__BUILD__"', '["__PRECACHE__"]', '["__ON_USE__"]')


def url_of(rel: str) -> str:
    """A file's URL relative to the site root: x/index.html → x/, index.html → ./"""
    if rel == "index.html":
        return "./"
    return rel[: -len("index.html")] if rel.endswith("/index.html") else rel


def file_lists(site, worker_source: str) -> tuple[list[str], list[str], str]:
    precache, on_use, digest = [], [], hashlib.sha256(worker_source.encode())
    for path in sorted(p for p in site.rglob("*") if p.is_file()):
        rel = path.relative_to(site).as_posix()
        if rel.endswith(NOT_CACHED) or rel in NOT_CACHED_FILES:
            continue
        big = rel.startswith(ON_USE_DIRS) or (rel.startswith("assets/") and rel.endswith(".zip"))
        (on_use if big else precache).append(url_of(rel))
        digest.update(rel.encode() + b"\0" + hashlib.sha256(path.read_bytes()).digest())
    return precache, on_use, digest.hexdigest()[:16]


def run(ctx) -> None:
    worker = ctx.site / "sw.js"
    text = worker.read_text(encoding="utf-8")
    if any(text.count(marker) != 1 for marker in MARKERS):
        raise SystemExit(f"{worker}: the markers {MARKERS} must each appear once (docs/sw.js)")
    precache, on_use, build = file_lists(ctx.site, text)
    for marker, value in zip(MARKERS, (build, precache, on_use)):
        text = text.replace(marker, json.dumps(value, separators=(",", ":")))
    worker.write_text(text, encoding="utf-8")
