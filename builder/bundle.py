"""Browser runtime: the pinned Pyodide core (SHA-256 checked) and one archive of calculators/ + policy.json.

Pyodide is copied to assets/pyodide/<version>/; the archive to assets/calculators-<hash>.zip
(content-hashed, so a changed calculator or policy gets a new URL and old caches never serve it).
"""
import hashlib
import io
import json
import shutil
import zipfile
from pathlib import Path

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


def archive_bytes(root: Path, policy: dict) -> bytes:
    """A deterministic zip: calculators/**/*.py and policy.json (the compiled policy)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        package = root / "calculators"
        for path in sorted(package.rglob("*.py")):
            if "__pycache__" in path.parts:
                continue
            info = zipfile.ZipInfo(path.relative_to(root).as_posix(), _ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, path.read_bytes())
        info = zipfile.ZipInfo("policy.json", _ZIP_TIME)
        info.compress_type = zipfile.ZIP_DEFLATED
        archive.writestr(info, json.dumps(policy, ensure_ascii=False, sort_keys=True).encode("utf-8"))
    return buffer.getvalue()


def archive_name(root: Path, policy: dict) -> str:
    return f"calculators-{hashlib.sha256(archive_bytes(root, policy)).hexdigest()[:10]}.zip"


def run(ctx):
    source = check_pyodide(ctx.root)
    target = ctx.stage / "assets" / "pyodide" / PYODIDE_VERSION
    target.mkdir(parents=True, exist_ok=True)
    for name in PYODIDE_SHA256:
        shutil.copyfile(source / name, target / name)
    data = archive_bytes(ctx.root, ctx.policy)
    assets = ctx.stage / "assets"
    for old in assets.glob("calculators-*.zip"):
        old.unlink()
    (assets / archive_name(ctx.root, ctx.policy)).write_bytes(data)
