"""Months, dates and contribution time typed the way people type them (issue 9.3): every spelling gives
the same answer as the ISO form, through the real CLI, and the answer echoes the ISO form."""
import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
AS_OF = "2026-11-26"
MONTHS = ["1968-03", "1968-3", "1968年3月", "1968.3", "1968/03", "196803", "1968 3", "１９６８－０３", "１９６８年３月",
          "1968.03", " 1968-03 "]
DATES = ["2026-09-28", "2026-9-28", "2026年9月28日", "2026.9.28", "20260928", "2026/9/28", "２０２６年９月２８日", "2026 9 28"]
DURATIONS = [114, "114", "9年6个月", "9年零6个月", "9年6月", {"years": 9, "months": 6}, {"years": "9", "months": "6"}, "１１４"]
ELIGIBILITY = {"separation_reason": "layoff", "registered_unemployed": True, "seeking_work": True,
               "receiving_pension": False, "application_month": "2026-11"}


def batch(lines: list[tuple[str, dict]]) -> list[dict]:
    """One CLI --batch run over mixed calculators, one result per line."""
    text = "\n".join(json.dumps({"calculator": name, "input": inputs}, ensure_ascii=False) for name, inputs in lines)
    proc = subprocess.run([sys.executable, "-m", "calculators", "--batch", "--as-of", AS_OF], input=text,
                          capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert proc.returncode == 0, proc.stderr
    return [json.loads(line) for line in proc.stdout.splitlines()]


def without_echo(result: dict) -> dict:
    return {k: v for k, v in result.items() if k != "inputs"}


@pytest.fixture(scope="module")
def answers():
    lines = ([("retirement", {"birth": m, "category": "female_55"}) for m in MONTHS]
             + [("deadline", {"received": d}) for d in DATES]
             + [("eligibility", {**ELIGIBILITY, "contribution_months": c}) for c in DURATIONS]
             + [("eligibility", {**ELIGIBILITY, "contribution_months": c}) for c in ("9年", "108个月", 108)]
             + [("deadline", {"received": "2026年2月30日"}), ("retirement", {"birth": "1968-13", "category": "male"}),
                ("retirement", {"birth": "1968年", "category": "male"}), ("eligibility", {**ELIGIBILITY, "contribution_months": "九年"})])
    results = batch(lines)
    assert len(results) == len(lines)
    return dict(zip(range(len(lines)), results)), lines


def test_every_month_spelling_gives_the_iso_answer(answers):
    results, _ = answers
    iso = results[0]
    # born 1968-03, women's original age 55, before the first delayed cohort (1970-01): 2023-03, no delay
    assert (iso["new_retirement"], iso["delay_months"]) == ("2023-03", 0)
    for i, spelling in enumerate(MONTHS):
        assert "errors" not in results[i], (spelling, results[i])
        assert results[i]["inputs"]["birth"] == "1968-03", spelling
        assert without_echo(results[i]) == without_echo(iso), spelling


def test_every_date_spelling_gives_the_iso_answer(answers):
    results, _ = answers
    first = len(MONTHS)
    iso = results[first]
    for i, spelling in enumerate(DATES, start=first):
        assert "errors" not in results[i], (spelling, results[i])
        assert results[i]["inputs"]["received"] == "2026-09-28", spelling
        assert without_echo(results[i]) == without_echo(iso), spelling


def test_contribution_time_in_years_and_months(answers):
    results, _ = answers
    first = len(MONTHS) + len(DATES)
    for i, spelling in enumerate(DURATIONS, start=first):
        assert "errors" not in results[i], (spelling, results[i])
        assert results[i]["inputs"]["contribution_months"] == 114, spelling
        assert results[i]["benefit_months"] == 18, spelling   # 60–119 months → 18 (design.md, eligibility)
    nine_years = [results[first + len(DURATIONS) + k] for k in range(3)]
    assert [r["inputs"]["contribution_months"] for r in nine_years] == [108, 108, 108]


def test_impossible_and_unreadable_values_say_what_was_understood(answers):
    results, _ = answers
    feb30, month13, year_only, chinese_numerals = (results[len(results) - 4 + k] for k in range(4))
    message = feb30["errors"][0]["message"]
    assert feb30["errors"][0]["field"] == "received" and "没有2月30日" in message and "2026年2月只有28天" in message
    assert "没有13月" in month13["errors"][0]["message"]
    assert "1968年" in year_only["errors"][0]["message"] and "例如" in year_only["errors"][0]["message"]
    assert chinese_numerals["errors"][0]["field"] == "contribution_months"
    assert "9年6个月" in chinese_numerals["errors"][0]["message"]


def test_a_leap_day_exists_only_in_leap_years():
    from calculators.written import Impossible, read_date

    assert read_date("2024年2月29日") == (2024, 2, 29)
    with pytest.raises(Impossible, match="没有2月29日"):
        read_date("2025.2.29")


def test_a_whole_birth_date_in_a_month_field_gives_its_month():
    """People copy the birth date from the ID card (19680315): a month field takes its month."""
    from calculators.written import read_month

    assert read_month("19680315") == (1968, 3) and read_month("1968年3月15日") == (1968, 3)
