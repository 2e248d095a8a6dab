"""同一用人单位职工集中离职申领失业保险金 (通知七): an employer with at least `count` separations within
some `days`-day window. One flag per employer; its rows are every separation inside such a window."""
from screening.rules import day_str
from screening.windows import dense_groups

NAME = "mass_separation"
TITLE = "同一用人单位职工集中离职申领"
SECTION = "七"
QUOTE = "同一用人单位职工集中离职申领失业保险金"
NEEDS = ("claims",)


def check(run) -> list:
    count, days = run.param(NAME, "count"), run.param(NAME, "days")
    claims = run.table("claims")
    lines = claims.lines
    return [run.flag(NAME, "claims", found.group, [lines[i] for i in found.indexes],
                     f"{day_str(found.best_start)}至{day_str(found.best_end)}有{found.best_count}人离职申领"
                     f"（{days}天内达到{count}人即标记）；共{len(found.indexes)}人在这样的时间段内离职")
            for found in dense_groups(claims.cols["employer"], claims.cols["separation_date"], count, days)]
