"""Two builds of the same sources give the same bytes: every page and asset of site/ (with its CSP
hashes) and the nginx configuration. A second full build goes to a temporary site directory and is
compared with the site/ that ./dev test built."""
import filecmp
from pathlib import Path

from builder.context import ROOT, Context
from builder.pipeline import build


def files(root: Path) -> set[str]:
    return {p.relative_to(root).as_posix() for p in root.rglob("*") if p.is_file()}


def test_a_second_build_is_byte_identical(site_dir, tmp_path):
    build(Context(site=tmp_path / "site", build=tmp_path / "build"))
    again = tmp_path / "site"
    assert files(again) == files(site_dir)
    _, mismatch, errors = filecmp.cmpfiles(site_dir, again, sorted(files(site_dir)), shallow=False)
    assert (mismatch, errors) == ([], [])
    assert (tmp_path / "build" / "deploy" / "nginx.conf").read_bytes() == (ROOT / "build" / "deploy" / "nginx.conf").read_bytes()
