"""Browser runtime: the pinned Pyodide core (SHA-256 checked) and, per build, one runtime directory.

    assets/pyodide/<version>/       pyodide.mjs, pyodide.asm.mjs, pyodide.asm.wasm, pyodide-lock.json
    assets/runtime/<build id>/      calculator-worker.js + its modules (docs/assets/runtime/),
                                    python_stdlib.zip (trimmed: builder/stdlib.py),
                                    calculators-<hash>.zip (calculators/, screening/, policy.json, known_answer.json)

Both directories are versioned (Pyodide version; build id = hash of everything in the runtime
directory), so browsers cache them for a year and a new build can never be mixed with an old one.
Pages find the worker through worker_url(), which the calculator pages put in data-worker; the same
pages carry early_hints() in their <head> (overrides/partials/runtime-hints.html), so the browser
fetches what the worker will ask for while the page itself still loads.
"""
import hashlib
import io
import json
import shutil
import sys
import zipfile
from pathlib import Path

from builder import stdlib
from builder.errors import DataError, DataErrors

PYODIDE_VERSION = "314.0.7"
# SHA-256 of the npm package's core files; a mismatch fails the build.
PYODIDE_SHA256 = {
    "pyodide.mjs": "6f1d60f7bf529beb300f0f47983c921d3982363640ba20af0e38efdddbc66109",
    "pyodide.asm.mjs": "f7cdc8ece80678ceb712f8e65ebe6d3a83203a180c399865f49612a051693635",
    "pyodide.asm.wasm": "cc36e3cab04fdfc9a63ff13eb52eae2b911bf46c025cc7b281f394bd3de1d5e6",
    "python_stdlib.zip": "fa1957e5777068fc4f7437f96d860ae2fbe9c19732ba06c84e004ec16dd7dd7a",
    "pyodide-lock.json": "5dc2fc119108bc148c7457dc86e7675b5c87e1cafd420b9c34c1eaef7b36c010",
}
SERVED_CORE = ["pyodide.mjs", "pyodide.asm.mjs", "pyodide.asm.wasm", "pyodide-lock.json"]  # the stdlib is trimmed
PACKAGES = ["calculators", "screening"]   # pure-Python packages shipped to the browser (screening when present)
RUNTIME_SOURCES = "docs/assets/runtime"   # the worker and its modules, published under assets/runtime/<id>/
WORKER = "calculator-worker.js"
WARM_PLACEHOLDER = "@RUNTIME_WORKER@"   # in docs/assets/warm.js
# Checked after every boot and snapshot restore: the interpreter must give CPython's answer to this input.
KNOWN_INPUT = {"name": "eligibility", "as_of": "2025-06-30",
               "input": {"contribution_months": 64, "separation_reason": "contract_expired", "registered_unemployed": True,
                         "seeking_work": True, "receiving_pension": False, "application_month": "2025-06"}}
_ZIP_TIME = (2020, 1, 1, 0, 0, 0)  # fixed, so the same input gives the same bytes and name


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def check_pyodide(root: Path) -> Path:
    """The installed Pyodide directory, after checking its version and every core file's SHA-256."""
    source = root / "node_modules" / "pyodide"
    lock = root / "package-lock.json"
    problems = []
    if not (source / "package.json").exists():
        raise DataErrors([DataError(str(source), 0, "Pyodide 未安装：请运行 npm ci（./dev 会自动执行）")])
    installed = json.loads((source / "package.json").read_text(encoding="utf-8"))["version"]
    locked = json.loads(lock.read_text(encoding="utf-8"))["packages"].get("node_modules/pyodide", {}).get("version")
    if locked != PYODIDE_VERSION:
        problems.append(DataError("package-lock.json", 0, f"pyodide is locked at {locked}, builder/bundle.py expects {PYODIDE_VERSION}"))
    if installed != PYODIDE_VERSION:
        problems.append(DataError(str(source / "package.json"), 0, f"installed pyodide {installed} != locked {PYODIDE_VERSION}: run npm ci"))
    for name, expected in PYODIDE_SHA256.items():
        path = source / name
        if not path.exists():
            problems.append(DataError(str(path), 0, "missing Pyodide core file"))
        elif (actual := _sha256(path)) != expected:
            problems.append(DataError(str(path), 0, f"SHA-256 {actual} != pinned {expected}"))
    if problems:
        raise DataErrors(problems)
    return source


def _add(archive: zipfile.ZipFile, name: str, data: bytes) -> None:
    # Stored, not deflated: the file is served brotli-compressed as a whole, which compresses across files.
    archive.writestr(zipfile.ZipInfo(name, _ZIP_TIME), data)


def known_answer(root: Path, policy: dict) -> dict:
    """KNOWN_INPUT with CPython's answer (canonical JSON), for the browser to compare against."""
    if str(root) not in sys.path:
        sys.path.insert(0, str(root))
    from calculators.api import run

    answer = run(KNOWN_INPUT["name"], KNOWN_INPUT["input"], policy, KNOWN_INPUT["as_of"])
    if answer.get("errors"):
        raise DataErrors([DataError("builder/bundle.py", 0, f"KNOWN_INPUT is no longer valid input: {answer['errors']}")])
    return {**KNOWN_INPUT, "answer": json.dumps(answer, ensure_ascii=False, sort_keys=True)}


def archive_bytes(root: Path, policy: dict, known: dict | None = None) -> bytes:
    """A deterministic zip: each package's **/*.py, policy.json (the compiled policy) and known_answer.json."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_STORED) as archive:
        for package in PACKAGES:
            for path in sorted((root / package).rglob("*.py")):
                if "__pycache__" not in path.parts:
                    _add(archive, path.relative_to(root).as_posix(), path.read_bytes())
        _add(archive, "policy.json", json.dumps(policy, ensure_ascii=False, sort_keys=True).encode("utf-8"))
        if known is not None:
            _add(archive, "known_answer.json", json.dumps(known, ensure_ascii=False, sort_keys=True).encode("utf-8"))
    return buffer.getvalue()


def archive_name(data: bytes) -> str:
    return f"calculators-{hashlib.sha256(data).hexdigest()[:10]}.zip"


def _runtime_files(root: Path, policy: dict) -> dict[str, bytes]:
    """Every file of the runtime directory, by name."""
    files = {p.name: p.read_bytes() for p in sorted((root / RUNTIME_SOURCES).glob("*.js"))}
    files["python_stdlib.zip"] = stdlib.trimmed(check_pyodide(root) / "python_stdlib.zip")
    data = archive_bytes(root, policy, known_answer(root, policy))
    files[archive_name(data)] = data
    return files


def build_id(files: dict[str, bytes]) -> str:
    digest = hashlib.sha256(PYODIDE_VERSION.encode())
    for name in sorted(files):
        digest.update(f"\0{name}\0{len(files[name])}\0".encode() + files[name])
    return digest.hexdigest()[:12]


def _worker_url(files: dict[str, bytes]) -> str:
    build = build_id(files)
    archive = next(name for name in files if name.startswith("calculators-"))
    return f"runtime/{build}/{WORKER}?pyodide={PYODIDE_VERSION}&archive={archive}&build={build}"


def worker_url(root: Path, policy: dict) -> str:
    """The worker's URL relative to the site's assets/ folder (the pages' data-worker)."""
    return _worker_url(_runtime_files(root, policy))


def early_hints(root: Path, policy: dict) -> list[dict]:
    """<link> hints, hrefs relative to assets/, for the files a worker started from worker_url() fetches first.

    The worker cannot take anything from the page's preload cache, only from the HTTP cache, where
    these versioned files stay a year: so the worker's modules and pyodide.mjs are modulepreload
    (same URL, same credentials as the worker's own requests; the page only parses them), and the
    large files are prefetch, which fills the HTTP cache at low priority, after the page's own CSS
    and scripts. rel=preload is not used: the page never reads those responses itself, so the
    browser would warn "preloaded but not used" on every calculator page.
    """
    files = _runtime_files(root, policy)
    folder = f"runtime/{build_id(files)}/"
    core = f"pyodide/{PYODIDE_VERSION}/"
    modules = [_worker_url(files)] + [folder + n for n in sorted(files) if n.endswith(".js") and n != WORKER]
    large = [core + "pyodide.asm.mjs", core + "pyodide.asm.wasm", core + "pyodide-lock.json",
             folder + "python_stdlib.zip", folder + next(n for n in files if n.startswith("calculators-"))]
    return ([{"rel": "modulepreload", "href": href} for href in modules + [core + "pyodide.mjs"]]
            + [{"rel": "prefetch", "href": href} for href in large])


def run(ctx):
    source = check_pyodide(ctx.root)
    assets = ctx.stage / "assets"
    core = assets / "pyodide" / PYODIDE_VERSION
    core.mkdir(parents=True, exist_ok=True)
    for name in SERVED_CORE:
        shutil.copyfile(source / name, core / name)
    files = _runtime_files(ctx.root, ctx.policy)
    shutil.rmtree(assets / "runtime")   # the sources staged from docs/; published below under the build id
    target = assets / "runtime" / build_id(files)
    target.mkdir(parents=True)
    for name, data in files.items():
        (target / name).write_bytes(data)
    warm = assets / "warm.js"   # site-wide: it needs this build's worker URL
    warm.write_text(warm.read_text(encoding="utf-8").replace(WARM_PLACEHOLDER, worker_url(ctx.root, ctx.policy)), encoding="utf-8")
