"""Last build step: FILE.br and FILE.gz next to every compressible file in site/ (nginx brotli_static /
gzip_static convention; builder/headers.py says which files and how they are served).

Output is deterministic (brotli quality 11, gzip level 9 with mtime 0, no file name). Brotli at quality 11
takes minutes on the 9.6 MB Pyodide wasm, so results are kept in a cache keyed by the content's SHA-256
(UIG_CACHE_DIR, else $XDG_CACHE_HOME or ~/.cache, /unemployment-insurance-guide/precompressed): a rebuild,
or another checkout on the same machine, pays only for files that changed. A variant that saves less than
5 % is not written, so the server sends the original.
"""
import gzip
import hashlib
import os
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import brotli

from builder.headers import is_precompressed

BROTLI = {"quality": 11, "lgwin": 22}   # lgwin 22 compressed the wasm best (2.74 MB vs 2.77 MB at 24)
GZIP_LEVEL = 9
MIN_SAVING = 0.05


def cache_dir() -> Path:
    if os.environ.get("UIG_CACHE_DIR"):
        return Path(os.environ["UIG_CACHE_DIR"]) / "precompressed"
    base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return base / "unemployment-insurance-guide" / "precompressed"


def compress(data: bytes, suffix: str) -> bytes:
    if suffix == ".br":
        return brotli.compress(data, **BROTLI)
    return gzip.compress(data, compresslevel=GZIP_LEVEL, mtime=0)


def _cached(data: bytes, suffix: str, cache: Path) -> bytes:
    digest = hashlib.sha256(data).hexdigest()
    params = f"q{BROTLI['quality']}w{BROTLI['lgwin']}" if suffix == ".br" else f"l{GZIP_LEVEL}"
    entry = cache / f"{digest}.{params}{suffix}"
    try:
        return entry.read_bytes()
    except OSError:
        pass
    out = compress(data, suffix)
    try:
        entry.parent.mkdir(parents=True, exist_ok=True)
        tmp = entry.with_name(f"{entry.name}.{os.getpid()}.tmp")
        tmp.write_bytes(out)
        tmp.replace(entry)   # atomic: concurrent builds never read half a file
    except OSError:
        pass   # no writable cache: still correct, only slower next time
    return out


def _variants(job: tuple[str, str]) -> list[tuple[str, int]]:
    path, cache = Path(job[0]), Path(job[1])
    data = path.read_bytes()
    written = []
    for suffix in (".br", ".gz"):
        out = _cached(data, suffix, cache)
        target = path.with_name(path.name + suffix)
        if len(out) <= len(data) * (1 - MIN_SAVING):
            target.write_bytes(out)
            written.append((suffix, len(out)))
        elif target.exists():
            target.unlink()
    return written


def files(site: Path) -> list[Path]:
    return sorted(p for p in site.rglob("*") if p.is_file() and is_precompressed(p.name))


def precompress(site: Path, workers: int | None = None) -> int:
    """Writes the variants; returns how many files were written. Largest first, so the wasm starts at once."""
    todo = sorted(files(site), key=lambda p: -p.stat().st_size)
    jobs = [(str(p), str(cache_dir())) for p in todo]
    workers = workers or min(len(jobs), os.cpu_count() or 1) or 1
    if workers == 1:
        results = map(_variants, jobs)
    else:
        pool = ProcessPoolExecutor(workers)
        results = pool.map(_variants, jobs)
    count = sum(len(r) for r in results)
    if workers != 1:
        pool.shutdown()
    return count


def run(ctx) -> None:
    precompress(ctx.site)
