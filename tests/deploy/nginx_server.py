"""Start Debian's real nginx on a free loopback port with the production configuration
(deploy/nginx.conf.j2 rendered as the build renders it), serving the built site/."""
import contextlib
import shutil
import socket
import subprocess
import time
from pathlib import Path

from builder.csp import site_hashes
from builder.deploy import render

ROOT = Path(__file__).resolve().parents[2]
BROTLI_MODULE = Path("/usr/lib/nginx/modules/ngx_http_brotli_static_module.so")

MAIN_CONF = """{modules}
daemon off;
worker_processes 2;
pid {work}/nginx.pid;
error_log {work}/error.log warn;
events {{ worker_connections 1024; }}
http {{
    access_log {work}/access.log;
    client_body_temp_path {work}/client_body;
    proxy_temp_path {work}/proxy;
    fastcgi_temp_path {work}/fastcgi;
    uwsgi_temp_path {work}/uwsgi;
    scgi_temp_path {work}/scgi;
    sendfile on;
    include {work}/site.conf;
}}
"""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextlib.contextmanager
def running_nginx(site: Path, work: Path):
    """Yield (base URL, the rendered site configuration, the work directory with the logs) while nginx serves `site`."""
    binary = shutil.which("nginx") or "/usr/sbin/nginx"
    if not Path(binary).exists():
        raise RuntimeError("nginx is not installed: ./dev test installs Debian's nginx")
    port = free_port()
    site_conf = render(ROOT, site_hashes(site), site_root=str(site.resolve()), listen=f"127.0.0.1:{port}",
                       access_log=str(work / "site-access.log"))
    work.mkdir(parents=True, exist_ok=True)
    (work / "site.conf").write_text(site_conf, encoding="utf-8")
    modules = f"load_module {BROTLI_MODULE};" if BROTLI_MODULE.exists() else ""
    (work / "nginx.conf").write_text(MAIN_CONF.format(modules=modules, work=work), encoding="utf-8")
    test = subprocess.run([binary, "-t", "-p", str(work), "-e", str(work / "error.log"), "-c", str(work / "nginx.conf")],
                          capture_output=True, text=True)
    if test.returncode != 0:
        raise RuntimeError(f"nginx -t rejected the configuration:\n{test.stderr}")
    proc = subprocess.Popen([binary, "-p", str(work), "-e", str(work / "error.log"), "-c", str(work / "nginx.conf")],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    try:
        _wait_listening(proc, port, work)
        yield f"http://127.0.0.1:{port}", site_conf, work
    finally:
        proc.terminate()
        proc.wait(timeout=30)


def _wait_listening(proc, port: int, work: Path) -> None:
    for _ in range(400):
        if proc.poll() is not None:
            raise RuntimeError(f"nginx exited: {proc.stderr.read()}\n{(work / 'error.log').read_text()}")
        with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), timeout=1):
            return
        time.sleep(0.05)
    raise RuntimeError("nginx did not start listening")
