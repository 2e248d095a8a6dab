"""The trimmed standard library: every module our browser code imports is in it, and it is pinned.

The list itself was found by running the golden cases under Pyodide (builder/stdlib_trace.py); the
browser tests run every golden case and a hypothesis batch through it (tests/browser/test_runtime_stdlib.py)."""
import hashlib
import io
import zipfile
from pathlib import Path

import pytest

from builder import bundle, stdlib
from builder.errors import DataErrors
from builder.stdlib_trace import imported_names

ROOT = Path(__file__).resolve().parents[2]
FULL = ROOT / "node_modules" / "pyodide" / "python_stdlib.zip"


def kept_modules() -> set[str]:
    with zipfile.ZipFile(io.BytesIO(stdlib.trimmed(FULL))) as z:
        return {n[:-3].removesuffix("/__init__").replace("/", ".") for n in z.namelist()}


def test_every_module_our_browser_code_imports_is_kept_or_built_in():
    kept = kept_modules()
    missing = sorted(m for m in imported_names() if m not in kept and m not in stdlib.COMPILED_IN)
    assert missing == [], f"imported by calculators/ or screening/ but not in the trimmed stdlib: {missing} — run python -m builder.stdlib_trace"


def test_a_new_import_outside_the_trimmed_library_is_caught(tmp_path, monkeypatch):
    package = tmp_path / "calculators"
    package.mkdir()
    (package / "api.py").write_text("def f():\n    import sqlite3, xml.dom.minidom\n", encoding="utf-8")
    monkeypatch.setattr("builder.stdlib_trace.ROOT", tmp_path)
    names = imported_names(["calculators"])
    assert names == {"sqlite3", "xml.dom.minidom"}
    assert not names & kept_modules()


def test_the_trimmed_library_is_pinned_and_a_changed_list_fails_the_build(monkeypatch):
    data = stdlib.trimmed(FULL)
    assert hashlib.sha256(data).hexdigest() == stdlib.SHA256
    assert len(data) < FULL.stat().st_size * 9   # stored, yet a fraction of the library's 9.6 MB of sources
    monkeypatch.setattr(stdlib, "KEEP", [*stdlib.KEEP, "sqlite3"])
    with pytest.raises(DataErrors) as caught:
        stdlib.trimmed(FULL)
    assert "stdlib_trace" in caught.value.report()


def test_the_site_serves_the_trimmed_library(site_dir):
    [served] = site_dir.glob("assets/runtime/*/python_stdlib.zip")
    assert served.read_bytes() == stdlib.trimmed(FULL)
    assert bundle.PYODIDE_SHA256["python_stdlib.zip"] != stdlib.SHA256
