"""Run 10,000 mixed inputs (all six calculators, valid and invalid) through the CLI's --batch mode
once, and print the wall time and lines per second.   .venv/bin/python benchmarks/cli_batch.py [N]"""
import json
import random
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def month(rng, lo=1940, hi=2040):
    return f"{rng.randint(lo, hi)}-{rng.randint(1, 12):02d}"


def day(rng, lo=2024, hi=2027):
    return f"{rng.randint(lo, hi)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"


def money(rng):
    return f"{rng.randint(0, 60000) / 100:.2f}"


MAKERS = {
    "retirement": lambda r: {"birth": month(r, 1955, 1995), "category": r.choice(["male", "female_55", "female_50"])},
    "transition": lambda r: {"birth": month(r, 1960, 1985), "category": r.choice(["male", "female_55", "female_50"]),
                             "benefit_end": month(r, 2025, 2035), "receiving_on_2024_12_31": r.random() < 0.5},
    "deadline": lambda r: {"received": day(r), "working_days": r.choice([None, 5, 10, 20])},
    "eligibility": lambda r: {"contribution_months": r.randint(0, 300), "previous_unclaimed_months": r.randint(0, 24),
                              "separation_reason": r.choice(["contract_expired", "resigned", "unsure", "layoff"]),
                              "registered_unemployed": r.random() < 0.7, "seeking_work": r.random() < 0.9,
                              "receiving_pension": r.random() < 0.1, "application_month": month(r, 2024, 2026)},
    "refund": lambda r: {"benefit_start": "2025-03", "benefit_end": month(r, 2025, 2026), "standard": money(r),
                         "months": [{"month": month(r, 2025, 2026), "paid": money(r)} for _ in range(r.randint(1, 6))]},
    "subsidy": lambda r: {"applicant": r.choice(["employee", "beneficiary"]), "contribution_months": r.randint(0, 60),
                          "level": r.choice(["junior", "intermediate", "senior"]),
                          "certificate_kind": r.choice(["vocational_qualification", "skill_level_enterprise"]),
                          "queryable": r.random() < 0.9, "issued": day(r, 2024, 2025), "application_date": day(r, 2025, 2026)},
}


def spoil(rng, inputs):
    """Make about one input in five invalid in a realistic way."""
    key = rng.choice(sorted(inputs))
    inputs[key] = rng.choice(["", "2025-13", "abc", -5, [], "12.345", None])
    return inputs


def lines(n: int, seed: int = 20261126) -> list[str]:
    rng = random.Random(seed)
    out = []
    for i in range(n):
        name = rng.choice(sorted(MAKERS))
        inputs = {k: v for k, v in MAKERS[name](rng).items() if v is not None}
        if rng.random() < 0.2:
            inputs = spoil(rng, inputs)
        out.append(json.dumps({"calculator": name, "input": inputs}, ensure_ascii=False) if i % 97 else "{not json")
    return out


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    stdin = "\n".join(lines(n)) + "\n"
    started = time.perf_counter()
    proc = subprocess.run([sys.executable, "-m", "calculators", "--batch", "--as-of", "2026-11-26"], input=stdin,
                          capture_output=True, text=True, cwd=ROOT)
    wall = time.perf_counter() - started
    outputs = proc.stdout.splitlines()
    errors = sum('"errors"' in line[:12] for line in outputs)
    assert proc.returncode == 0 and len(outputs) == n, (proc.returncode, len(outputs), proc.stderr[-500:])
    print(f"{n} lines ({n - errors} results, {errors} input errors) in {wall:.2f} s wall "
          f"(including start-up and compiling policy_data/): {n / wall:,.0f} lines/s")


if __name__ == "__main__":
    main()
