"""Load on the production nginx configuration: Debian's nginx (deploy/, as tests/deploy starts it)
serving the built site/, measured with wrk (HTTP/1.1, keep-alive, as browsers) at 50 concurrent
clients, asking for compressed responses as browsers do.

    .venv/bin/python benchmarks/nginx_load.py [SECONDS_PER_URL]

Prints, per URL, requests per second, transfer per response, socket errors and unexpected statuses,
and the machine's load (uptime) before and after: on a shared 2-core machine the figures move with it."""
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests" / "deploy")]

from nginx_server import running_nginx  # noqa: E402

CONNECTIONS = 50
THREADS = 2


def targets(site: Path) -> list[tuple[str, str, int]]:
    """(label, path, the status every response must have)."""
    archive = next(site.glob("assets/runtime/*/calculators-*.zip")).relative_to(site).as_posix()
    return [
        ("home page", "/", 200),
        ("calculator page", "/calculators/eligibility/", 200),
        ("calculator entry JS", "/assets/calculator.js", 200),
        ("calculators archive", f"/{archive}", 200),
        ("Pyodide wasm", "/assets/pyodide/314.0.7/pyodide.asm.wasm", 200),
        ("missing page (404 page)", "/no/such/page/", 404),
    ]


def wrk(url: str, seconds: int) -> dict:
    out = subprocess.run(["wrk", "-t", str(THREADS), "-c", str(CONNECTIONS), "-d", f"{seconds}s", "--timeout", "30s",
                          "-H", "Accept-Encoding: br, gzip", url], capture_output=True, text=True, check=True).stdout
    total = int(re.search(r"(\d+) requests in", out).group(1))
    read = re.search(r"requests in [\d.]+\w+, ([\d.]+)(\w+) read", out)
    scale = {"B": 1, "KB": 1 << 10, "MB": 1 << 20, "GB": 1 << 30}[read.group(2)]
    socket = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", out)
    other = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    return {"requests": total, "rps": float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1)),
            "bytes": float(read.group(1)) * scale / max(total, 1),
            "socket_errors": sum(map(int, socket.groups())) if socket else 0,
            "non_2xx_3xx": int(other.group(1)) if other else 0}


def main():
    seconds = int(sys.argv[1]) if len(sys.argv) > 1 else 10
    site = ROOT / "site"
    print("uptime before:", subprocess.run(["uptime"], capture_output=True, text=True).stdout.strip())
    with tempfile.TemporaryDirectory() as work, running_nginx(site, Path(work)) as (base, _, _):
        print(f"wrk -t{THREADS} -c{CONNECTIONS} -d{seconds}s -H 'Accept-Encoding: br, gzip' <url>   (nginx at {base})")
        for label, path, status in targets(site):
            r = wrk(base + path, seconds)
            # a 404 counts as a non-2xx/3xx response; for the missing page every response must be one
            errors = r["socket_errors"] + (r["non_2xx_3xx"] if status == 200 else r["requests"] - r["non_2xx_3xx"])
            print(f"  {label:<24} {r['requests']:>8} req  {r['rps']:>9,.0f} req/s  "
                  f"{r['bytes'] / 1024:>8,.1f} KiB/response  errors: {errors}")
    print("uptime after: ", subprocess.run(["uptime"], capture_output=True, text=True).stdout.strip())


if __name__ == "__main__":
    main()
