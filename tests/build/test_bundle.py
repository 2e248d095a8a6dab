"""The browser bundle: pinned Pyodide (version + SHA-256 checked) and the calculators archive."""
import hashlib
import html
import io
import json
import re
import shutil
import urllib.parse
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


def test_archive_holds_only_the_python_sources_the_policy_and_the_known_answer(tmp_path):
    package = tmp_path / "calculators"
    (package / "__pycache__").mkdir(parents=True)
    (package / "__init__.py").write_text("", encoding="utf-8")
    (package / "api.py").write_text("X = 1\n", encoding="utf-8")
    (package / "notes.md").write_text("not shipped", encoding="utf-8")
    (package / "__pycache__" / "api.cpython-311.pyc").write_bytes(b"\0")
    policy = {"version": "abc", "parameters": {"a": {"unit": "元"}}}
    data = bundle.archive_bytes(tmp_path, policy, {"name": "x"})
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        assert sorted(archive.namelist()) == ["calculators/__init__.py", "calculators/api.py", "known_answer.json", "policy.json"]
        assert json.loads(archive.read("policy.json")) == policy


def test_archive_name_follows_its_content(tmp_path):
    (tmp_path / "calculators").mkdir()
    (tmp_path / "calculators" / "api.py").write_text("X = 1\n", encoding="utf-8")
    first = bundle.archive_bytes(tmp_path, {"version": "a"})
    assert first == bundle.archive_bytes(tmp_path, {"version": "a"})  # deterministic bytes
    assert bundle.archive_name(first) != bundle.archive_name(bundle.archive_bytes(tmp_path, {"version": "b"}))
    assert bundle.archive_name(first) == f"calculators-{hashlib.sha256(first).hexdigest()[:10]}.zip"


def test_the_known_answer_is_cpythons_answer(site_dir):
    from calculators.api import run

    archive = next(site_dir.glob("assets/runtime/*/calculators-*.zip"))
    with zipfile.ZipFile(archive) as z:
        known = json.loads(z.read("known_answer.json"))
        policy = json.loads(z.read("policy.json"))
    answer = run(known["name"], known["input"], policy, known["as_of"])
    assert answer["outcome"] == "yes" and answer["benefit_months"] == 18   # 64 months of contributions: 60–119 → 18
    assert json.loads(known["answer"]) == answer


def test_built_site_ships_the_checked_core_and_one_versioned_runtime(site_dir):
    served = site_dir / "assets" / "pyodide" / bundle.PYODIDE_VERSION
    for name in bundle.SERVED_CORE:
        assert hashlib.sha256((served / name).read_bytes()).hexdigest() == bundle.PYODIDE_SHA256[name], name
    assert not (served / "python_stdlib.zip").exists()   # the full library is never served: the trimmed one is
    runtimes = list((site_dir / "assets" / "runtime").iterdir())
    assert len(runtimes) == 1
    runtime = runtimes[0]
    files = {p.name: p.read_bytes() for p in runtime.iterdir() if p.suffix not in (".br", ".gz")}
    assert bundle.build_id(files) == runtime.name   # the directory is named by its content
    archive = next(n for n in files if n.startswith("calculators-"))
    page = (site_dir / "calculators" / "retirement" / "index.html").read_text(encoding="utf-8")
    worker = html.unescape(re.search(r'data-worker="([^"]+)"', page).group(1))
    assert worker == f"runtime/{runtime.name}/calculator-worker.js?pyodide={bundle.PYODIDE_VERSION}&archive={archive}&build={runtime.name}"
    assert not (site_dir / "assets" / "calculator-worker.js").exists()


def test_pyodide_is_only_on_calculator_pages(site_dir):
    for page in site_dir.rglob("index.html"):
        text = page.read_text(encoding="utf-8")
        is_calculator = page.parent.parent.name == "calculators" and page.parent.name != "calculators"
        is_workbench = "staff/workbench" in page.relative_to(site_dir).as_posix()   # the staff workbench's own modules
        assert ("assets/calculator.js" in text) == is_calculator, page
        assert ("data-worker=" in text) == (is_calculator or is_workbench), page


def _head_links(text: str) -> list[tuple[str, str]]:
    head = text[:text.index("</head>")]
    return [(rel, html.unescape(href)) for rel, href in re.findall(r'<link rel="([^"]+)" href="([^"]+)"', head)]


def test_pages_that_start_the_worker_hint_its_first_files_and_no_other_page_does(site_dir):
    site = "http://site.test/"
    runtime = next((site_dir / "assets" / "runtime").iterdir()).relative_to(site_dir).as_posix()
    core = f"assets/pyodide/{bundle.PYODIDE_VERSION}"
    # What the worker fetches before it answers (docs/assets/runtime/*.js, boot.js's options, Pyodide's loader).
    archive = next((site_dir / runtime).glob("calculators-*.zip")).name
    first_files = {f"{runtime}/{n}" for n in ("calculator-worker.js", "boot.js", "snapshot.js", "watchdog.js",
                                              "python_stdlib.zip", archive)} \
        | {f"{core}/{n}" for n in ("pyodide.mjs", "pyodide.asm.mjs", "pyodide.asm.wasm", "pyodide-lock.json")}
    starting = []
    for page in sorted(site_dir.rglob("*.html")):
        text = page.read_text(encoding="utf-8")
        here = site + page.relative_to(site_dir).as_posix()
        hints = [(rel, urllib.parse.urljoin(here, href)) for rel, href in _head_links(text)
                 if rel in ("modulepreload", "prefetch", "preload")]
        worker = re.search(r'data-worker="([^"]+)"', text)
        if not worker:
            assert hints == [], page   # pages without a calculator load no Pyodide byte
            continue
        starting.append(page.parent.relative_to(site_dir).as_posix())
        # No rel=preload: the worker cannot take a response from the page's preload cache (only from the
        # HTTP cache), so the browser would fetch it for nothing and warn "preloaded but not used".
        assert {rel for rel, _ in hints} == {"modulepreload", "prefetch"}, page
        paths = [urllib.parse.urlsplit(url).path[1:] for _, url in hints]
        assert sorted(paths) == sorted(first_files), page   # each once, each a file of this build
        assert all((site_dir / path).is_file() for path in paths), page
        # The worker's own URL byte for byte as the page starts it (another query would be another download).
        assert site + "assets/" + html.unescape(worker.group(1)) in [url for rel, url in hints if rel == "modulepreload"]
        # The page parses what it module-preloads: only the worker's small modules, the big files are prefetched.
        assert {Path(p).name for (rel, _), p in zip(hints, paths) if rel == "prefetch"} \
            >= {"pyodide.asm.mjs", "pyodide.asm.wasm", "python_stdlib.zip", archive}, page
    assert {"calculators/eligibility", "staff/workbench", "staff/workbench/refusal"} <= set(starting)
