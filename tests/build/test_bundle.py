"""The browser bundle: pinned Pyodide (version + SHA-256 checked) and the calculators archive."""
import hashlib
import io
import json
import shutil
import zipfile
from pathlib import Path

import pytest

from builder import bundle
from builder.errors import DataErrors

ROOT = Path(__file__).resolve().parents[2]


def _fake_root(tmp_path: Path, tamper: str | None = None, locked: str = bundle.PYODIDE_VERSION) -> Path:
    """A root whose node_modules/pyodide links to the real files, with one file optionally altered."""
    source = ROOT / "node_modules" / "pyodide"
    target = tmp_path / "node_modules" / "pyodide"
    target.mkdir(parents=True)
    for name in [*bundle.PYODIDE_SHA256, "package.json"]:
        if name == tamper:
            (target / name).write_bytes((source / name).read_bytes() + b"\n")
        else:
            (target / name).symlink_to(source / name)
    lock = json.loads((ROOT / "package-lock.json").read_text(encoding="utf-8"))
    lock["packages"]["node_modules/pyodide"]["version"] = locked
    (tmp_path / "package-lock.json").write_text(json.dumps(lock), encoding="utf-8")
    return tmp_path


def test_installed_pyodide_matches_the_pinned_hashes_and_lock():
    assert bundle.check_pyodide(ROOT) == ROOT / "node_modules" / "pyodide"


@pytest.mark.parametrize("name", ["pyodide.asm.wasm", "python_stdlib.zip"])
def test_a_changed_core_file_fails_the_build(tmp_path, name):
    with pytest.raises(DataErrors) as caught:
        bundle.check_pyodide(_fake_root(tmp_path, tamper=name))
    assert [e for e in caught.value.errors if name in e.file and "SHA-256" in e.problem]


def test_a_lock_file_naming_another_version_fails_the_build(tmp_path):
    with pytest.raises(DataErrors) as caught:
        bundle.check_pyodide(_fake_root(tmp_path, locked="0.27.0"))
    assert "0.27.0" in caught.value.report()


def test_archive_holds_only_the_python_sources_and_the_policy(tmp_path):
    package = tmp_path / "calculators"
    (package / "__pycache__").mkdir(parents=True)
    (package / "__init__.py").write_text("", encoding="utf-8")
    (package / "api.py").write_text("X = 1\n", encoding="utf-8")
    (package / "notes.md").write_text("not shipped", encoding="utf-8")
    (package / "__pycache__" / "api.cpython-311.pyc").write_bytes(b"\0")
    policy = {"version": "abc", "parameters": {"a": {"unit": "元"}}}
    data = bundle.archive_bytes(tmp_path, policy)
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        assert sorted(archive.namelist()) == ["calculators/__init__.py", "calculators/api.py", "policy.json"]
        assert json.loads(archive.read("policy.json")) == policy


def test_archive_name_follows_its_content(tmp_path):
    (tmp_path / "calculators").mkdir()
    (tmp_path / "calculators" / "api.py").write_text("X = 1\n", encoding="utf-8")
    first = bundle.archive_name(tmp_path, {"version": "a"})
    assert first == bundle.archive_name(tmp_path, {"version": "a"})  # deterministic bytes
    assert first != bundle.archive_name(tmp_path, {"version": "b"})
    digest = hashlib.sha256(bundle.archive_bytes(tmp_path, {"version": "a"})).hexdigest()[:10]
    assert first == f"calculators-{digest}.zip"


def test_built_site_ships_the_checked_files_and_one_archive(site_dir):
    served = site_dir / "assets" / "pyodide" / bundle.PYODIDE_VERSION
    for name, expected in bundle.PYODIDE_SHA256.items():
        assert hashlib.sha256((served / name).read_bytes()).hexdigest() == expected, name
    archives = list((site_dir / "assets").glob("calculators-*.zip"))
    assert len(archives) == 1
    page = (site_dir / "calculators" / "retirement" / "index.html").read_text(encoding="utf-8")
    assert f'data-archive="{archives[0].name}"' in page
    assert f'data-pyodide="{bundle.PYODIDE_VERSION}"' in page
    with zipfile.ZipFile(archives[0]) as archive:
        assert "calculators/api.py" in archive.namelist() and "policy.json" in archive.namelist()


def test_pyodide_is_only_on_calculator_pages(site_dir):
    for page in site_dir.rglob("index.html"):
        text = page.read_text(encoding="utf-8")
        is_calculator = page.parent.parent.name == "calculators" and page.parent.name != "calculators"
        assert ("assets/calculator.js" in text) == is_calculator, page
