"""Hostile and broken input for `python -m calculators`: every input line gets exactly one output
line, a clear Chinese message for what is wrong with it, and the batch goes on. Single mode never
shows a traceback either."""
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
POLICY = ROOT / "build" / "policy.json"
GOOD = b'{"received": "2025-01-24"}'


def run_cli(*args, stdin: bytes = b"") -> tuple[int, list[dict], str]:
    """The CLI as a process, with the policy compiled by the build (faster than compiling it each time)."""
    proc = subprocess.run([sys.executable, "-m", "calculators", *args, "--policy", str(POLICY)], input=stdin,
                          capture_output=True,
                          cwd=ROOT, timeout=120)
    lines = proc.stdout.split(b"\n")
    assert lines[-1] == b""
    return proc.returncode, [json.loads(line.decode("utf-8")) for line in lines[:-1]], proc.stderr.decode()


HOSTILE = [   # (line, a word the message must contain)
    (b"", "空"),
    (b"   \t ", "空"),
    (b'{"received": 1' + b"0" * 4300 + b"}", "位数过多"),
    (b"[" * 100_000 + b"]" * 100_000, "嵌套"),
    (b'{"a": ' * 40 + b"1" + b"}" * 40, "嵌套"),
    (b'{"\\ud800": 1}', "代理项"),
    (b'{"received": "2025-01-2\\udfff"}', "代理项"),
    (b'{"received": "\x00"}', "控制字符"),
    (b"\x00", "JSON"),
    (b'{"received": "\xff\xfe2025"}', "UTF-8"),
    (b'{"received": NaN}', "NaN"),
    (b'{"received": -Infinity}', "Infinity"),
    (b"{received: 2025-01-24", "JSON"),
    (b'"just a string"', "JSON 对象"),
]


def test_every_hostile_line_gets_its_own_error_line_and_the_batch_goes_on():
    stdin = b"\n".join(line + b"\n" + GOOD for line, _ in HOSTILE) + b"\n"
    code, results, stderr = run_cli("deadline", "--batch", "--as-of", "2026-11-26", stdin=stdin)
    assert code == 0 and stderr == ""
    assert len(results) == 2 * len(HOSTILE)
    for (line, word), bad, good in zip(HOSTILE, results[0::2], results[1::2]):
        assert bad["errors"][0]["field"] is None or bad["errors"][0]["field"] == "", line[:40]
        assert word in bad["errors"][0]["message"], (line[:40], bad)
        assert good["due"] == "2025-02-13"


def test_a_line_over_1_mb_is_skipped_with_an_error_and_processing_goes_on():
    huge = b'{"received": "' + b"x" * 3_000_000 + b'"}'
    code, results, _ = run_cli("deadline", "--batch", "--as-of", "2026-11-26",
                               stdin=GOOD + b"\n" + huge + b"\n" + GOOD + b"\n" + huge)   # the last has no newline
    assert code == 0 and len(results) == 4
    assert results[0]["due"] == results[2]["due"] == "2025-02-13"
    for skipped, line in ((results[1], 2), (results[3], 4)):
        assert skipped["errors"][0]["message"].startswith(f"第{line}行太长")


def test_at_most_20_problems_are_listed_then_how_many_more():
    keys = {f"unknown_{i}": i for i in range(25)}
    code, results, _ = run_cli("deadline", "--batch", "--as-of", "2026-11-26",
                               stdin=json.dumps(keys).encode() + b"\n")
    errors = results[0]["errors"]
    assert len(errors) == 21
    assert all("不认识的输入项" in e["message"] for e in errors[:20])
    assert errors[20] == {"field": None, "message": "还有6处问题未列出"}   # 25 unknown + received missing


def test_a_message_quoting_a_huge_key_is_cut():
    code, results, _ = run_cli("deadline", "--batch", "--as-of", "2026-11-26",
                               stdin=json.dumps({"k" * 500_000: 1}).encode() + b"\n")
    assert all(len(e["message"]) <= 301 and len(e["field"] or "") <= 301 for e in results[0]["errors"])


def test_single_mode_answers_hostile_input_without_a_traceback():
    for text in ["1" * 5000, "[" * 5000, '{"received": "\\ud800"}', "", '{"received": NaN}']:
        code, results, stderr = run_cli("deadline", text, "--as-of", "2026-11-26")
        assert code == 2 and "Traceback" not in stderr and len(results) == 1, text[:20]
        assert results[0]["errors"][0]["message"]
    # an argument that is not UTF-8 reaches Python as lone surrogates
    code, results, stderr = run_cli("deadline", b'{"received": "\xff"}', "--as-of", "2026-11-26")
    assert code == 2 and "代理项" in results[0]["errors"][0]["message"] and "Traceback" not in stderr
