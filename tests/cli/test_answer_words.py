"""Headlines in plain words (issue 9.1): when the answer is no, the reason comes first."""
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def headline(name: str, inputs: dict) -> str:
    out = subprocess.run([sys.executable, "-m", "calculators", name, json.dumps(inputs), "--as-of", "2025-12-15"],
                         capture_output=True, text=True, cwd=ROOT, timeout=60).stdout
    return json.loads(out)["headline"]


def test_a_no_starts_with_its_reason():
    assert headline("eligibility", {"contribution_months": 5, "separation_reason": "resigned", "registered_unemployed": True,
                                    "seeking_work": True, "receiving_pension": False}) \
        == "缴费不满1年、属于本人意愿离职，所以您暂不能领取失业保险金"
    words = headline("subsidy", {"applicant": "beneficiary", "contribution_months": 6, "level": "junior",
                                 "certificate_kind": "vocational_qualification", "queryable": True, "issued": "2025-06-01",
                                 "application_date": "2025-09-01"})
    assert words.startswith("参保时间不够") and "暂不能申领" in words
