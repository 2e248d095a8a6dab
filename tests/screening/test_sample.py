"""The synthetic sample: screening it finds exactly what the generator planted (keys, rows and the
cross-province mark), and none of the near misses placed next to each threshold."""
import csv
import datetime as dt
import json

import pytest

from screening import sample
from screening_cases import WEIGHTS

RULES = {"short_contribution", "invalid_id", "duplicate_claim", "mass_separation", "high_claim_ratio",
         "subsidy_surge", "certificate_cluster", "certificate_elsewhere", "duplicate_subsidy", "invalid_credit_code"}


@pytest.fixture(scope="module", params=[(1, "utf-8-sig"), (7, "gbk")], ids=["seed1-utf8", "seed7-gbk"])
def generated(request, tmp_path_factory):
    seed, encoding = request.param
    out = tmp_path_factory.mktemp(f"sample{seed}")
    manifest = sample.generate(out, claims=3000, subsidies=800, seed=seed, encoding=encoding)
    return out, manifest


def screened(out, screen):
    code, flags, _ = screen("--claims", str(out / "claims.csv"), "--employers", str(out / "employers.csv"),
                            "--subsidies", str(out / "subsidies.csv"), as_of="2026-06-30")
    assert code == 0
    return flags


def test_every_rule_is_planted(generated):
    _, manifest = generated
    assert {p["rule"] for p in manifest["planted"]} == RULES
    assert any(p.get("cross_province") for p in manifest["planted"])


def test_screening_finds_exactly_what_was_planted(generated, screen):
    out, manifest = generated
    flags = screened(out, screen)
    planted = {(p["rule"], p["file"], p["key"]): (p["rows"], p.get("cross_province")) for p in manifest["planted"]}
    found = {(f["rule"], f["file"], f["key"]): (f["rows"], f.get("cross_province")) for f in flags}
    assert found == planted


def test_near_misses_are_not_flagged(generated, screen):
    out, manifest = generated
    flagged = {(f["rule"], f["key"]) for f in screened(out, screen)}
    assert manifest["near_misses"]
    for near in manifest["near_misses"]:
        assert (near["rule"], near["key"]) not in flagged, near["note"]


def test_id_numbers_are_generated_valid_and_unique(generated):
    out, manifest = generated
    encoding = manifest["encoding"]
    planted_bad = {p["key"] for p in manifest["planted"] if p["rule"] == "invalid_id"}
    with open(out / "claims.csv", encoding=encoding, newline="") as handle:
        rows = list(csv.DictReader(handle))
    people = {}
    for row in rows:
        number = row["身份证号"]
        if number in planted_bad:
            continue
        check = "10X98765432"[sum(int(d) * w for d, w in zip(number[:17], WEIGHTS)) % 11]
        assert number[17] == check and dt.date(int(number[6:10]), int(number[10:12]), int(number[12:14]))
        people.setdefault(number, set()).add(row["姓名"])
    assert all(len(names) == 1 for names in people.values()), "one name per ID number"
    assert len(people) > 2500


def test_manifest_is_json_with_the_as_of_date(generated):
    out, _ = generated
    manifest = json.loads((out / "planted.json").read_text(encoding="utf-8"))
    assert manifest["as_of"] == "2026-06-30" and manifest["files"]["claims"] == "claims.csv"
