"""Build step: the production nginx configuration (deploy/nginx.conf.j2) with this build's headers
→ build/deploy/nginx.conf. Tests render it with their own root and port (tests/deploy)."""
from jinja2 import Environment, FileSystemLoader, StrictUndefined

from builder import headers

DEFAULT_ROOT = "/srv/unemployment-guide/site"
DEFAULT_LISTEN = "127.0.0.1:8080"
DEFAULT_ACCESS_LOG = "/var/log/nginx/unemployment-guide.access.log"
# Compressed on the fly when no precompressed copy exists. Not the 9 MB Pyodide wasm: gzipping it
# per request would cost a core for a second; it is served precompressed or as it is.
COMPRESSIBLE = ("text/css", "text/javascript", "text/plain", "application/json", "application/xml",
                "image/svg+xml", "application/manifest+json")


def render(root_dir, hashes, *, site_root: str = DEFAULT_ROOT, listen: str = DEFAULT_LISTEN,
           server_name: str = "_", access_log: str = DEFAULT_ACCESS_LOG) -> str:
    env = Environment(loader=FileSystemLoader(str(root_dir / "deploy")), undefined=StrictUndefined,
                      trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=True)
    types: dict[str, list[str]] = {}
    for ext, mime in headers.CONTENT_TYPES.items():
        types.setdefault(mime, []).append(ext.lstrip("."))
    return env.get_template("nginx.conf.j2").render(
        hashes=hashes, root=site_root, listen=listen, server_name=server_name, access_log=access_log,
        cache_rules=headers.CACHE_RULES, default_cache=headers.DEFAULT_CACHE,
        worker_scripts=headers.WORKER_SCRIPTS, worker_csp=headers.WORKER_CSP,
        page_csp=headers.page_csp(hashes), hsts=headers.HSTS,
        security_headers=headers.SECURITY_HEADERS, utf8_types=headers.UTF8_TYPES,
        types=sorted(types.items()), compressible=COMPRESSIBLE)


def run(ctx) -> None:
    out = ctx.build / "deploy"
    out.mkdir(parents=True, exist_ok=True)
    (out / "nginx.conf").write_text(render(ctx.root, ctx.csp_hashes), encoding="utf-8")
