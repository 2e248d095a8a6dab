"""python build.py serve: serve site/ on http://127.0.0.1:8000 (loopback only)."""
import functools
import http.server


class Handler(http.server.SimpleHTTPRequestHandler):
    extensions_map = {
        **http.server.SimpleHTTPRequestHandler.extensions_map,
        ".js": "text/javascript",
        ".mjs": "text/javascript",
        ".wasm": "application/wasm",
        ".json": "application/json",
        ".zip": "application/zip",
    }


def serve(site, host: str = "127.0.0.1", port: int = 8000) -> None:
    handler = functools.partial(Handler, directory=str(site))
    with http.server.ThreadingHTTPServer((host, port), handler) as server:
        print(f"网站已生成：http://{host}:{port}/  （Ctrl+C 停止）", flush=True)
        try:
            server.serve_forever()
        except KeyboardInterrupt:
            pass
