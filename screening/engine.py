"""Reads the files and runs every rule whose files are given. Used by the CLI and by screening.api."""
import datetime as dt
import gc
from contextlib import contextmanager

from screening import checks, params
from screening.reader import InputErrors, read_table
from screening.rules import RULES, Run, clause
from screening.tables import TABLES

FILES = ("claims", "employers", "subsidies")


@contextmanager
def no_gc():
    """The cyclic garbage collector off while millions of rows are built: they hold no cycles, and its
    repeated passes over every live list would otherwise take about a third of the run."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def load(paths: dict, labels: dict | None = None, progress=None) -> dict:
    """{file: Table or None} for the given {file: path}; every file is read before errors are raised,
    so one run reports the problems of all of them."""
    labels = labels or {}
    tables, messages = {}, []
    for name in FILES:
        tables[name] = None
        if paths.get(name) is None:
            continue
        report = (lambda rows, name=name: progress(name, rows)) if progress else None
        try:
            with no_gc():
                tables[name] = read_table(paths[name], TABLES[name], labels.get(name), report)
        except InputErrors as e:
            messages += e.messages
    if messages:
        raise InputErrors(messages)
    return tables


def screen(tables: dict, as_of: dt.date, settings: dict, policy, progress=None) -> dict:
    """Run the rules. settings: {"rule.param": value} (already coerced, see params.parse_setting)."""
    with no_gc():
        return _screen(tables, as_of, settings, policy, progress)


def _screen(tables: dict, as_of: dt.date, settings: dict, policy, progress) -> dict:
    checks.validate(tables, as_of)
    resolved = params.resolve(policy, as_of, settings)
    run = Run(tables, as_of, resolved)
    flags, summary = [], []
    for number, rule in enumerate(RULES):
        missing = [f for f in rule.NEEDS if tables.get(f) is None]
        found = [] if missing else rule.check(run)
        found.sort(key=lambda f: (f["file"], f["rows"][0] if f["rows"] else 0, f["key"]))
        flags += found
        summary.append({"rule": rule.NAME, "title": rule.TITLE, "clause": clause(rule),
                        "count": len(found), "skipped": _skipped(missing), "params": resolved.get(rule.NAME, {})})
        if progress:
            progress(number + 1, len(RULES), rule.TITLE)
    return {"as_of": as_of.isoformat(), "flags": flags, "summary": summary,
            "rows": {name: len(t) for name, t in tables.items() if t is not None}}


def _skipped(missing: list) -> str | None:
    if not missing:
        return None
    return "未提供" + "、".join(TABLES[f].zh for f in missing) + "文件，未筛查"
