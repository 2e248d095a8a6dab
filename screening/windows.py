"""Sort-and-sweep over dated events in groups (employers, assessors): which groups have a window of
`days` consecutive calendar days holding at least `count` events, and which events lie in such windows.

All groups are packed into one sorted list of ints (group, day, row index in bit fields), so finding
the qualifying windows is a few C-level passes over the list (map/compress), not a Python loop per
event; only the groups that qualify are then gone through in Python."""
from dataclasses import dataclass
from itertools import compress, repeat
from operator import lshift, or_, rshift, sub

INDEX_BITS = 24           # row index < 16 777 216
DAY_BITS = 20             # days after the earliest event < 1 048 576 (2870 years)


@dataclass
class Dense:
    group: object
    indexes: list          # row indexes of every event inside some qualifying window
    best_count: int        # the most events in one window
    best_start: int        # that window's first and last event days (ordinals)
    best_end: int


def dense_groups(groups, days, count: int, window: int, indexes=None) -> list:
    """groups[i], days[i] (ordinals) per event; indexes[i] its row (default i). The qualifying groups."""
    indexes = range(len(days)) if indexes is None else indexes
    if len(days) < count:
        return []
    names = sorted(set(groups), key=str)
    code = {name: i for i, name in enumerate(names)}
    base = min(days)
    keys = list(map(or_, map(lshift, map(code.__getitem__, groups), repeat(DAY_BITS + INDEX_BITS)),
                    map(or_, map(lshift, map(sub, days, repeat(base)), repeat(INDEX_BITS)), indexes)))
    keys.sort()
    day_keys = list(map(rshift, keys, repeat(INDEX_BITS)))     # group and day: a new group is far away
    span = window - 1
    starts = compress(range(len(keys) - count + 1), map(span.__ge__, map(sub, day_keys[count - 1:], day_keys)))
    hit_groups = sorted({keys[i] >> (DAY_BITS + INDEX_BITS) for i in starts})
    out = []
    for group in hit_groups:
        lo = _first(keys, group << (DAY_BITS + INDEX_BITS))
        hi = _first(keys, (group + 1) << (DAY_BITS + INDEX_BITS))
        out.append(_sweep(names[group], keys[lo:hi], count, span, base))
    return out


def _first(keys: list, value: int) -> int:
    from bisect import bisect_left
    return bisect_left(keys, value)


def _sweep(name, keys: list, count: int, span: int, base: int) -> Dense:
    mask_index, mask_day = (1 << INDEX_BITS) - 1, (1 << DAY_BITS) - 1
    day = [(k >> INDEX_BITS) & mask_day for k in keys]
    marked, until = [], -1
    for i in range(len(day) - count + 1):
        if day[i + count - 1] - day[i] <= span:
            marked.extend(range(max(i, until + 1), i + count))
            until = i + count - 1
    best, best_start, lo = 0, 0, 0
    for hi in range(len(day)):
        while day[hi] - day[lo] > span:
            lo += 1
        if hi - lo + 1 > best:
            best, best_start = hi - lo + 1, lo
    return Dense(name, [keys[i] & mask_index for i in marked], best, day[best_start] + base,
                 day[best_start + best - 1] + base)
