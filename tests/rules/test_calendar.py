"""The calendar for a year without a published State Council schedule (facts §11.4): the statutory
days of 《全国年节及纪念日放假办法》第二条 and the 补假 of 第六条 are not working days. Every receipt
date 2026-12-11 … 2027-02-28 is counted against a list of 2027's non-working days written out by hand."""
import datetime as dt

import pytest

from calculators.api import evaluate

# By hand from 第二条 and the lunar dates (除夕 2027-02-05): 元旦 Fri 01-01; 春节 02-05 (Fri) … 02-08 (Mon);
# 02-06 (Sat) and 02-07 (Sun) are statutory days on a weekend → 补假 on the next two working days, 02-09 and 02-10.
# December 2026 has no holiday and no 调休 working day in the 2026 notice.
OFF = {dt.date(2027, 1, 1)} | {dt.date(2027, 2, d) for d in range(5, 11)}
FIRST, LAST = dt.date(2026, 12, 11), dt.date(2027, 2, 28)
RECEIPTS = [FIRST + dt.timedelta(days=i) for i in range((LAST - FIRST).days + 1)]


def by_hand(received: dt.date, n: int = 10) -> list[dt.date]:
    days, day = [], received
    while len(days) < n:
        day += dt.timedelta(days=1)
        if day.weekday() < 5 and day not in OFF:
            days.append(day)
    return days


@pytest.mark.parametrize("received", RECEIPTS, ids=str)
def test_receipts_around_new_year_and_spring_festival_2027(policy, received):
    result = evaluate("deadline", {"received": received.isoformat()}, policy, "2026-12-01")
    counted = by_hand(received)
    assert result["counted"] == [d.isoformat() for d in counted]
    assert result["due"] == counted[-1].isoformat()
    assert result["provisional"] is (counted[-1].year == 2027)


def test_the_estimate_is_only_for_years_from_the_2024_revision(policy):
    """2023 has no schedule in the data and predates the revised 办法: weekends only, still provisional."""
    result = evaluate("deadline", {"received": "2023-06-21", "working_days": 3}, policy, "2026-12-01")
    assert result["counted"] == ["2023-06-22", "2023-06-23", "2023-06-26"] and result["provisional"]
