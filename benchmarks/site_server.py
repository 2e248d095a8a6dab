"""The built site on a free localhost port, served as `python build.py serve` serves it (precompressed
variants, the site's headers), for the browser benchmarks."""
import http.server
import threading
from pathlib import Path


def serve(site: Path) -> tuple[http.server.ThreadingHTTPServer, str]:
    """(server, base URL); call server.shutdown() when done."""
    from builder.serve import make_handler

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), make_handler(site, quiet=True))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_port}"
