"""审核期限看板: due dates are the deadline calculator's own, working days left and the status are
hand-counted on the 2026 calendar (as of Friday 2026-11-27), and rows are ordered most urgent first."""
import pytest

from calculators.api import run
from screening import api

AS_OF = "2026-11-27"      # a Friday; no holiday between 2026-11-06 and 2026-12-31


@pytest.fixture(scope="module")
def compiled(policy_file):
    import json

    from calculators.api import policy_for

    return policy_for(json.loads(policy_file.read_text(encoding="utf-8")))


def board(compiled, text, as_of=AS_OF):
    return api.board(text, as_of, compiled)


def test_due_dates_are_the_deadline_calculators(compiled):
    received = ["2025-01-24", "2025-09-26", "2026-09-28", "2026-12-24", "2026-12-31"]
    result = board(compiled, "\n".join(f"R{i},{day}" for i, day in enumerate(received)))
    by_id = {row["id"]: row for row in result["rows"]}
    for i, day in enumerate(received):
        expected = run("deadline", {"received": day}, compiled.raw, AS_OF)
        assert by_id[f"R{i}"]["due"] == expected["due"]
        assert by_id[f"R{i}"]["provisional"] == expected["provisional"]


def test_provisional_when_a_year_has_no_published_schedule(compiled):
    rows = {r["id"]: r for r in board(compiled, "A,2026-12-28\nB,2026-11-02")["rows"]}
    assert rows["A"]["provisional"] is True and rows["A"]["due"].startswith("2027-")
    assert rows["B"]["provisional"] is False
    assert any("2027年" in c for c in board(compiled, "A,2026-12-28")["caveats"])


@pytest.mark.parametrize("received,due,left,status", [
    ("2026-11-20", "2026-12-04", 5, "ok"),
    ("2026-11-19", "2026-12-03", 4, "ok"),
    ("2026-11-18", "2026-12-02", 3, "soon"),      # within 3 working days
    ("2026-11-13", "2026-11-27", 0, "soon"),      # due today
    ("2026-11-06", "2026-11-20", -5, "overdue"),  # five working days past
])
def test_working_days_left_and_status(compiled, received, due, left, status):
    row = board(compiled, f"X,{received}")["rows"][0]
    assert (row["due"], row["left"], row["status"]) == (due, left, status)


def test_most_urgent_first_and_counts(compiled):
    result = board(compiled, "晚,2026-11-20\n超期,2026-11-06\n今天,2026-11-13\n更早超期,2026-10-09")
    assert [r["id"] for r in result["rows"]] == ["更早超期", "超期", "今天", "晚"]
    assert result["counts"] == {"overdue": 2, "soon": 1, "ok": 1}


def test_pasted_forms_and_header(compiled):
    text = "编号\t收到日期\nA-1\t2026年11月20日\nA-2\t2026/11/19\n\nA-3，20261118\nA-4 2026.11.13\nA-5\t２０２６－１１－１２\nA-6 2026-11-9\n"
    rows = {r["id"]: r for r in board(compiled, text)["rows"]}
    assert {k: v["received"] for k, v in rows.items()} == {
        "A-1": "2026-11-20", "A-2": "2026-11-19", "A-3": "2026-11-18", "A-4": "2026-11-13",
        "A-5": "2026-11-12", "A-6": "2026-11-09"}   # the forms the calculators read, full-width digits too
    reordered = board(compiled, "收到日期,编号\n2026-11-20,B-1")["rows"][0]
    assert (reordered["id"], reordered["received"]) == ("B-1", "2026-11-20")


def test_bad_dates_name_the_line_and_keep_the_rest(compiled):
    result = board(compiled, "A,2026-11-20\nB,2026-02-30\nC,下周一")
    assert [r["id"] for r in result["rows"]] == ["A"]
    assert result["errors"][0] == "第2行（B）：收到日期“2026-02-30”有误：没有2月30日（2026年2月只有28天）"
    assert result["errors"][1].startswith("第3行（C）：收到日期“下周一”")


def test_a_gbk_file(compiled):
    result = board(compiled, "编号,收到日期\n申请一,2026-11-20\n".encode("gbk"))
    assert result["rows"][0]["id"] == "申请一"


def test_nothing_readable(compiled):
    assert "没有读到任何申请" in board(compiled, "  \n")["errors"][0]
