"""What the staff workbench page asks of Python, through the worker's generic call (perf's protocol v2:
positional JSON arguments or bytes, an optional progress(done, total, text) callable, a JSON-able
return). Nothing here raises for bad input: problems come back as {"errors": [...]} in Chinese.

    screen(request, claims, employers, subsidies, progress)   files as bytes (or None)
    sample(claims, subsidies, seed)                           the synthetic sample's CSV texts
    board(text, as_of)                                        审核期限看板 (screening.board)
    letter(inputs, as_of)                                     不予发放告知 (screening.refusal)
"""
import datetime as dt
import os
import shutil
import tempfile
from pathlib import Path

from screening import charts, engine, params
from screening.reader import InputErrors
from screening.tables import TABLES

MAX_ROWS_SHOWN = 20000       # flagged rows sent back with their cells (the page shows and exports them)


def _policy():
    from calculators import api

    if api._current is None:          # the worker sets it at start; the CLI and tests pass it in
        raise RuntimeError("policy not loaded")
    return api.policy_for(api._current)


def _as_of(text) -> dt.date:
    if not text:
        return dt.date.today()
    try:
        return dt.date.fromisoformat(str(text))
    except ValueError:
        raise InputErrors([f"筛查日期：请按“年-月-日”填写，例如 2025-06-30（填写的是“{text}”）"]) from None


def screen(request, claims=None, employers=None, subsidies=None, progress=None, policy=None) -> dict:
    """request: {"as_of": "YYYY-MM-DD" or null, "settings": {"rule.param": value}, "names": {file: name}}."""
    request = request or {}
    folder = Path(tempfile.mkdtemp(prefix="screening-"))
    try:
        as_of = _as_of(request.get("as_of"))
        settings = _settings(request.get("settings") or {})
        data = {"claims": claims, "employers": employers, "subsidies": subsidies}
        if data["claims"] is None and data["subsidies"] is None:
            raise InputErrors(["请选择申领记录文件或技能提升补贴发放记录文件（至少一个）"])
        paths, labels, lines = _write(folder, data, request.get("names") or {})
        # One scale for the whole run: reading counts rows, the rules together weigh half the lines.
        total = lines + max(1, lines // 2)
        tables = engine.load(paths, labels, _reading(progress, total))
        result = engine.screen(tables, as_of, settings, policy or _policy(), _ruling(progress, lines, total))
        result["tables"] = _flagged_rows(tables, result["flags"])      # re-reads the files: before they go
    except InputErrors as e:
        return {"errors": e.messages}
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    result["charts"] = charts.build(tables, result["flags"])
    result["params"] = _param_list(result["summary"])
    result["labels"] = labels
    return result


def _settings(raw: dict) -> dict:
    out = {}
    for name, value in raw.items():
        if name not in params.BY_NAME:
            raise InputErrors([f"不认识的阈值“{name}”"])
        try:
            out[name] = params.coerce(params.BY_NAME[name], value, params.BY_NAME[name].label)
        except params.SettingError as e:
            raise InputErrors([str(e)]) from None
    return out


def _write(folder: Path, data: dict, names: dict):
    paths, labels, total = {}, {}, 0
    for name, content in data.items():
        if content is None:
            continue
        path = folder / f"{name}.csv"
        path.write_bytes(bytes(content))
        paths[name] = str(path)
        labels[name] = os.path.basename(str(names.get(name) or f"{name}.csv"))
        total += bytes(content).count(b"\n") or 1
    return paths, labels, total


def _reading(progress, total: int):
    if progress is None:
        return None
    done = {}

    def report(name: str, rows: int):
        done[name] = rows
        progress(sum(done.values()), total, f"正在读取{TABLES[name].zh}：第 {rows:,} 行")
    return report


def _ruling(progress, lines: int, total: int):
    if progress is None:
        return None
    return lambda number, count, title: progress(lines + (total - lines) * number // count, total, f"正在筛查：{title}")


def _flagged_rows(tables: dict, flags: list) -> dict:
    """Per file: its header and the cells of every flagged row (at most MAX_ROWS_SHOWN per file). Only the
    screened columns are kept in memory, so the flagged rows are read again from the file."""
    wanted: dict[str, set] = {}
    for flag in flags:
        wanted.setdefault(flag["file"], set()).update(flag["rows"])
    out = {}
    for name, table in tables.items():
        if table is None:
            continue
        lines = sorted(wanted.get(name, ()))[:MAX_ROWS_SHOWN]
        out[name] = {"header": table.header, "rows": table.cells_of(set(lines)),
                     "truncated": len(wanted.get(name, ())) > MAX_ROWS_SHOWN, "count": len(table)}
    return out


def _param_list(summary: list) -> list:
    out = []
    for entry in summary:
        for name, p in entry["params"].items():
            spec = params.BY_NAME[f"{entry['rule']}.{name}"]
            out.append({"rule": entry["rule"], "title": entry["title"], "name": name, "label": p["label"],
                        "value": p["value"], "default": p["default"], "changed": p["changed"], "basis": p["basis"],
                        "official": p["official"], "kind": spec.kind, "note": p["note"]})
    return out


def sample(claims: int = 3000, subsidies: int = 800, seed: int = 1) -> dict:
    """The synthetic sample as CSV texts (UTF-8 with BOM), with what was planted."""
    from screening import sample as generator

    folder = Path(tempfile.mkdtemp(prefix="sample-"))
    try:
        manifest = generator.generate(folder, int(claims), int(subsidies), int(seed))
        texts = {name: (folder / file).read_text(encoding="utf-8-sig") for name, file in manifest["files"].items()}
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return {"files": texts, "as_of": manifest["as_of"], "planted": manifest["planted"]}


def board(text, as_of=None, policy=None) -> dict:
    from screening import board as board_mod

    return board_mod.build(text, as_of, policy or _policy())


def letter(inputs, as_of=None, policy=None) -> dict:
    from screening import refusal

    return refusal.letter(inputs, as_of, policy or _policy())
