"""Screening tests: CSV files written into tmp_path and screened with the CLI's own main() in-process
(the policy compiled once per session), so each case is milliseconds."""
import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="session")
def policy_file(tmp_path_factory) -> Path:
    from builder.compile import compile_policy

    path = tmp_path_factory.mktemp("policy") / "policy.json"
    path.write_text(json.dumps(compile_policy(ROOT / "policy_data"), ensure_ascii=False), encoding="utf-8")
    return path


def write_csv(path: Path, header: list, rows: list, encoding="utf-8", newline="\n") -> Path:
    """A CSV written by hand (no csv module: the tests control quoting and line ends exactly)."""
    lines = [",".join(header)] + [",".join(str(c) for c in row) for row in rows]
    path.write_bytes((newline.join(lines) + newline).encode(encoding))
    return path


class Screen:
    def __init__(self, tmp_path: Path, policy_file: Path, capsys):
        self.tmp, self.policy, self.capsys = tmp_path, policy_file, capsys

    def __call__(self, *args: str, as_of="2026-06-30"):
        """(exit code, flags, stderr lines) of `python -m screening ARGS --as-of … --policy …`."""
        from screening.__main__ import main

        self.capsys.readouterr()
        try:
            code = main([*args, "--as-of", as_of, "--policy", str(self.policy)])
        except SystemExit as e:
            code = e.code
        out, err = self.capsys.readouterr()
        return code, [json.loads(line) for line in out.splitlines()], err.splitlines()

    def file(self, name: str, header: list, rows: list, **kw) -> str:
        return str(write_csv(self.tmp / name, header, rows, **kw))


@pytest.fixture
def screen(tmp_path, policy_file, capsys) -> Screen:
    return Screen(tmp_path, policy_file, capsys)
