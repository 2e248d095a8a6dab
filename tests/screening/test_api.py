"""screening.api, what the page calls in the worker: bytes in, the CLI's flags out, with the flagged rows'
cells, the chart figures and the thresholds; problems returned, never raised."""
import json

import pytest

from screening import api, sample


@pytest.fixture(scope="module")
def compiled(policy_file):
    from calculators.api import policy_for

    return policy_for(json.loads(policy_file.read_text(encoding="utf-8")))


@pytest.fixture(scope="module")
def files(tmp_path_factory):
    out = tmp_path_factory.mktemp("api-sample")
    manifest = sample.generate(out, claims=2000, subsidies=600, seed=3)
    return out, manifest


def test_same_flags_as_the_cli(files, compiled, screen):
    out, _ = files
    progress = []
    result = api.screen({"as_of": "2026-06-30", "names": {"claims": "申领.csv"}}, *(
        (out / f"{n}.csv").read_bytes() for n in ("claims", "employers", "subsidies")),
        progress=lambda done, total, text: progress.append((done, total, text)), policy=compiled)
    code, cli_flags, _ = screen("--claims", str(out / "claims.csv"), "--employers", str(out / "employers.csv"),
                                "--subsidies", str(out / "subsidies.csv"), as_of="2026-06-30")
    assert code == 0 and result["flags"] == cli_flags
    assert progress and progress[-1][0] == progress[-1][1] and any("正在读取" in p[2] for p in progress)
    assert [p[0] for p in progress] == sorted(p[0] for p in progress)      # the bar only moves forward
    assert result["labels"]["claims"] == "申领.csv"


def test_flagged_rows_carry_their_cells(files, compiled):
    out, _ = files
    result = api.screen({"as_of": "2026-06-30"}, (out / "claims.csv").read_bytes(), policy=compiled)
    lines = (out / "claims.csv").read_text(encoding="utf-8-sig").splitlines()
    claims = result["tables"]["claims"]
    assert claims["header"] == lines[0].split(",")
    for flag in result["flags"]:
        for row in flag["rows"]:
            assert ",".join(claims["rows"][row]) == lines[row - 1]


def test_charts(files, compiled):
    out, manifest = files
    result = api.screen({"as_of": "2026-06-30"}, (out / "claims.csv").read_bytes(), (out / "employers.csv").read_bytes(),
                        (out / "subsidies.csv").read_bytes(), policy=compiled)
    surge = next(p["key"] for p in manifest["planted"] if p["rule"] == "subsidy_surge")
    assert [m["month"] for m in result["charts"]["months"] if m["flagged"]] == [surge]
    cluster = next(p["key"] for p in manifest["planted"] if p["rule"] == "certificate_cluster")
    assert result["charts"]["assessors"]["series"][0] == {**result["charts"]["assessors"]["series"][0],
                                                          "assessor": cluster, "flagged": True}
    top = result["charts"]["employers"]
    assert top and top == sorted(top, key=lambda e: -e["total"])


def test_thresholds_changed_and_recorded(files, compiled):
    out, _ = files
    result = api.screen({"as_of": "2026-06-30", "settings": {"mass_separation.count": "9"}},
                        (out / "claims.csv").read_bytes(), policy=compiled)
    count = next(p for p in result["params"] if p["rule"] == "mass_separation" and p["name"] == "count")
    assert (count["value"], count["default"], count["changed"], count["basis"]) == (9, 10, True, "本站默认值，非官方规定")
    assert all(f["params"]["count"] == 9 for f in result["flags"] if f["rule"] == "mass_separation")


def test_problems_are_returned(compiled):
    assert api.screen({}, None, policy=compiled)["errors"] == ["请选择申领记录文件或技能提升补贴发放记录文件（至少一个）"]
    bad = api.screen({"names": {"claims": "x.csv"}}, "身份证号\n".encode(), policy=compiled)["errors"]
    assert bad[0].startswith("x.csv:1: 缺少“姓名”") is False and bad[0].startswith("x.csv:1: 缺少“单位”列")
    assert api.screen({"settings": {"nope.x": 1}}, b"a", policy=compiled)["errors"] == ["不认识的阈值“nope.x”"]
    assert "应为正整数" in api.screen({"settings": {"mass_separation.days": "0"}}, b"a", policy=compiled)["errors"][0]


def test_sample_texts():
    result = api.sample(300, 100, 2)
    assert set(result["files"]) == {"claims", "employers", "subsidies"}
    assert result["files"]["claims"].startswith("身份证号,姓名,单位")
    assert {p["rule"] for p in result["planted"]} >= {"mass_separation", "subsidy_surge"}
