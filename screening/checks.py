"""Checks across the cells of a row or the rows of a file, after reading and before screening. Like the
reader, they stop the run with `FILE:LINE: problem` when the input cannot be screened as it is."""
import datetime as dt
from itertools import compress
from operator import lt

from screening.reader import InputErrors, MAX_ERRORS


def validate(tables: dict, as_of: dt.date) -> None:
    messages = []
    if tables.get("claims") is not None:
        messages += _benefit_periods(tables["claims"], as_of)
    if tables.get("employers") is not None:
        messages += _unique_employers(tables["employers"])
    if messages:
        raise InputErrors(messages[:MAX_ERRORS])


def _benefit_periods(claims, as_of: dt.date) -> list:
    """An empty 领金结束 means still receiving: the period runs to the as-of month."""
    start, end, lines = claims.cols["benefit_start"], claims.cols["benefit_end"], claims.lines
    now = as_of.year * 12 + as_of.month - 1
    out = []
    odd = set(compress(range(len(start)), map(lt, end, start)))          # end empty (-1) or before start
    odd.update(compress(range(len(start)), map((0).__gt__, start)))       # start empty
    for i in sorted(odd):
        s, e = start[i], end[i]
        if s < 0 and e >= 0:
            out.append(f"{claims.label}:{lines[i]}: 填了领金结束，没有填领金开始")
        elif s >= 0 and e < 0:
            end[i] = max(s, now)
        elif s >= 0 and e < s:
            out.append(f"{claims.label}:{lines[i]}: 领金结束早于领金开始")
    return out


def _unique_employers(employers) -> list:
    first: dict[str, int] = {}
    out = []
    for i, name in enumerate(employers.cols["employer"]):
        line = employers.lines[i]
        if name in first:
            out.append(f"{employers.label}:{line}: 单位“{name}”已在第{first[name]}行出现，每个单位只能有一行")
        else:
            first[name] = line
    return out
