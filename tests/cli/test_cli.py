"""The CLI of design.md: one JSON in, one JSON out; --batch over JSON lines; exit 0 for any result, 2 for invalid input."""
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def cli(*args, stdin: str | None = None):
    proc = subprocess.run([sys.executable, "-m", "calculators", *args], input=stdin, capture_output=True,
                          text=True, cwd=ROOT, timeout=60)
    return proc.returncode, proc.stdout, proc.stderr


def test_single_result_exit_0():
    code, out, _ = cli("retirement", '{"birth": "1965-08", "category": "male"}', "--as-of", "2026-11-26")
    result = json.loads(out)
    assert code == 0
    assert (result["new_retirement"], result["delay_months"], result["as_of"]) == ("2025-10", 2, "2026-11-26")


def test_not_eligible_is_still_exit_0():
    code, out, _ = cli("eligibility", json.dumps({"contribution_months": 5, "separation_reason": "resigned",
                                                  "registered_unemployed": True, "seeking_work": True,
                                                  "receiving_pension": False}), "--as-of", "2025-12-15")
    assert code == 0 and json.loads(out)["eligible"] == "no"


def test_invalid_input_exit_2_with_chinese_errors():
    code, out, _ = cli("retirement", '{"birth": "1966-13", "category": "male"}', "--as-of", "2026-11-26")
    assert code == 2
    errors = json.loads(out)["errors"]
    assert errors[0]["field"] == "birth" and "出生年月" in errors[0]["message"]


def test_bad_json_exit_2_with_chinese_error():
    code, out, _ = cli("deadline", "{received: 2025-01-24", "--as-of", "2026-11-26")
    assert code == 2
    assert "JSON" in json.loads(out)["errors"][0]["message"] and "输入" in json.loads(out)["errors"][0]["message"]


def test_default_as_of_is_today():
    import datetime as dt

    code, out, _ = cli("deadline", '{"received": "2025-01-24"}')
    assert code == 0 and json.loads(out)["as_of"] == dt.date.today().isoformat()


def test_batch_one_line_per_input_and_continues_after_an_invalid_line():
    lines = ['{"received": "2025-01-24"}', '{"received": "2025-02-30"}', 'not json', '', '{"received": "2025-09-26"}']
    code, out, _ = cli("deadline", "--batch", "--as-of", "2026-11-26", stdin="\n".join(lines) + "\n")
    results = [json.loads(line) for line in out.splitlines()]
    assert code == 0
    assert len(results) == 5   # one per line: the blank line, too, is answered (so line numbers match)
    assert results[0]["due"] == "2025-02-13"
    assert results[1]["errors"][0]["field"] == "received"
    assert "errors" in results[2]
    assert "空" in results[3]["errors"][0]["message"]
    assert results[4]["due"] == "2025-10-16"


def test_usage_errors():
    assert cli("nosuch", "{}")[0] == 2                    # unknown calculator
    assert cli("deadline")[0] == 2                        # neither input nor --batch
    code, out, _ = cli("deadline", '{"received": "2025-01-24"}', "--as-of", "2025-02-30")
    assert code == 2 and json.loads(out)["errors"][0]["field"] == "as_of"


def test_mixed_batch_names_the_calculator_per_line():
    lines = [json.dumps({"calculator": "retirement", "input": {"birth": "1984-11", "category": "female_50"}}),
             json.dumps({"calculator": "nosuch", "input": {}}),
             "[]"]
    code, out, _ = cli("--batch", "--as-of", "2026-11-26", stdin="\n".join(lines))
    results = [json.loads(line) for line in out.splitlines()]
    assert code == 0 and len(results) == 3
    assert results[0]["new_retirement"] == "2039-11"
    assert results[1]["errors"][0]["field"] == "calculator"
    assert results[2]["errors"][0]["field"] == "calculator"


def test_unknown_calculator_usage_error_in_chinese():
    code, out, _ = cli("nosuch", "{}")
    assert code == 2 and "用法" in json.loads(out)["errors"][0]["message"]
