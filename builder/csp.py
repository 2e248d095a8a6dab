"""Build step after mkdocs: allow exactly the inline scripts the built pages contain, no others.

Every inline <script> that runs (no src, a JavaScript type) is hashed (SHA-256). Each page's
Content-Security-Policy <meta> — the first element of <head>, a placeholder from
overrides/main.html — gets builder.headers' page policy with those hashes, and ctx.csp_hashes
keeps them for the nginx header (builder/deploy.py). The build fails when a page has no
placeholder, or has inline code a hash cannot allow (an on…= attribute, a javascript: URL):
the browser would refuse it silently.
"""
import base64
import hashlib
import re
from html.parser import HTMLParser

from builder import headers
from builder.errors import DataError, DataErrors

PLACEHOLDER = 'content="CSP-FILLED-IN-BY-BUILD"'
JS_TYPES = {"", "module", "text/javascript", "application/javascript", "text/ecmascript",
            "application/ecmascript"}


class _Scripts(HTMLParser):
    """Collects the bodies of inline scripts that run, and inline code no hash can allow."""

    def __init__(self):
        super().__init__(convert_charrefs=False)
        self.bodies: list[str] = []
        self.unhashable: list[str] = []
        self._body: list[str] | None = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        for name, value in attrs.items():
            if name.startswith("on"):
                self.unhashable.append(f"<{tag} {name}=…>")
            if name in ("href", "src", "action", "formaction") and value and \
                    re.sub(r"[\x00-\x20]", "", value).lower().startswith("javascript:"):
                self.unhashable.append(f"<{tag} {name}=\"javascript:…\">")
        if tag == "script" and "src" not in attrs and (attrs.get("type") or "").strip().lower() in JS_TYPES:
            self._body = []

    def handle_data(self, data):
        if self._body is not None:
            self._body.append(data)

    def handle_endtag(self, tag):
        if tag == "script" and self._body is not None:
            self.bodies.append("".join(self._body))
            self._body = None


def inline_scripts(html: str) -> tuple[list[str], list[str]]:
    """(bodies of the inline scripts that run, descriptions of unhashable inline code)."""
    parser = _Scripts()
    parser.feed(html)
    parser.close()
    return parser.bodies, parser.unhashable


def sha256(body: str) -> str:
    return base64.b64encode(hashlib.sha256(body.encode("utf-8")).digest()).decode("ascii")


def site_hashes(site) -> list[str]:
    """The inline-script hashes the build wrote into a built site's pages (one policy for all pages)."""
    head = (site / "index.html").read_text(encoding="utf-8")[:4096]
    meta = re.search(r'<meta http-equiv="Content-Security-Policy" content="([^"]*)"', head)
    return re.findall(r"'sha256-([A-Za-z0-9+/=]+)'", meta.group(1)) if meta else []


def run(ctx) -> None:
    pages = sorted(ctx.site.rglob("*.html"))
    texts, hashes, problems = {}, set(), []
    for path in pages:
        rel = path.relative_to(ctx.site).as_posix()
        text = path.read_text(encoding="utf-8")
        bodies, unhashable = inline_scripts(text)
        hashes.update(sha256(b) for b in bodies)
        problems += [DataError(f"site/{rel}", 0, f"内联代码无法用 CSP 散列放行：{u}") for u in unhashable]
        if text.count(PLACEHOLDER) != 1:
            problems.append(DataError(f"site/{rel}", 0, "页面缺少 CSP <meta> 占位（overrides/main.html）"))
        texts[path] = text
    if problems:
        raise DataErrors(problems)
    ctx.csp_hashes = sorted(hashes)
    meta = f'content="{headers.page_csp(ctx.csp_hashes, meta=True)}"'
    for path, text in texts.items():
        path.write_text(text.replace(PLACEHOLDER, meta), encoding="utf-8")
