"""policy_data/statutory_holidays.yaml: the statutory days of 《全国年节及纪念日放假办法》 and the lunar
dates, checked at build time (a wrong date names its file and line)."""
import shutil
from pathlib import Path

import pytest

from builder.data import load_all
from builder.errors import DataErrors

ROOT = Path(__file__).resolve().parents[2]
ONLY = ("sources", "statutory_holidays")


@pytest.fixture
def data(tmp_path) -> Path:
    d = tmp_path / "policy_data"
    d.mkdir()
    for name in ("sources.yaml", "statutory_holidays.yaml"):
        shutil.copy(ROOT / "policy_data" / name, d / name)
    return d


def problems(d: Path, old: str, new: str) -> list[str]:
    path = d / "statutory_holidays.yaml"
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new), encoding="utf-8")
    with pytest.raises(DataErrors) as info:
        load_all(d, only=ONLY)
    return [str(e) for e in info.value.errors]


def line(d: Path, needle: str) -> int:
    return next(i for i, text in enumerate((d / "statutory_holidays.yaml").read_text(encoding="utf-8").splitlines(), 1)
                if needle in text)


def test_real_data_is_valid(data):
    loaded = load_all(data, only=ONLY)["statutory_holidays"]
    assert loaded["lunar_dates"][2027]["除夕"] == "2027-02-05"    # facts §11.4
    assert sum(len(h["dates"]) for h in loaded["days"]["fixed"]) + sum(h["days"] for h in loaded["days"]["lunar"]) == 13


def test_spring_festival_must_follow_new_years_eve(data):
    found = problems(data, "春节: 2027-02-06", "春节: 2027-02-07")
    assert found == [f"policy_data/statutory_holidays.yaml:{line(data, '春节: 2027-02-07')}: lunar_dates[2027].春节: "
                     "春节（正月初一）2027-02-07 应是除夕 2027-02-05 的次日"]


def test_a_lunar_date_of_another_year(data):
    found = problems(data, "端午: 2028-05-28", "端午: 2029-05-28")
    assert found == [f"policy_data/statutory_holidays.yaml:{line(data, '端午: 2029-05-28')}: lunar_dates[2028].端午: "
                     "端午 2029-05-28 不在2028年"]


def test_a_missing_lunar_date(data):
    found = problems(data, "中秋: 2027-09-15", "")
    assert len(found) == 1 and "2027年缺少“中秋”的公历日期" in found[0]


def test_a_day_that_does_not_exist(data):
    found = problems(data, '"05-02"', '"05-32"')
    assert len(found) == 1 and "“05-32” 不是 MM-DD 格式的日期" in found[0]
