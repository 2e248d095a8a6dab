"""Reads one CSV file into columns, or reports every problem as `FILE:LINE: problem` (in Chinese).

UTF-8 (with or without BOM) and GBK (read as GB 18030, its superset) are accepted; CRLF or LF line
ends; quoted cells may hold commas and line breaks. Line numbers are physical lines of the file, the
header being line 1. A row's cells are converted by its columns' converters (tables.py); only what a
rule reads is kept, in arrays, so a million rows stay within a few hundred MB."""
import csv
from array import array
from itertools import islice
from dataclasses import dataclass, field

from screening.tables import TableSpec
from screening.values import Problem, bulk

MAX_ERRORS = 20
CHUNK = 10000            # rows converted at a time (and progress reported)


class InputErrors(Exception):
    """Unusable input: `messages` are complete `FILE:LINE: problem` lines."""

    def __init__(self, messages: list[str]):
        super().__init__("\n".join(messages))
        self.messages = messages


@dataclass
class Table:
    spec: TableSpec
    label: str                                   # the file as named to the user (its path or name)
    path: str = ""
    header: list = field(default_factory=list)    # the header cells as written
    positions: dict = field(default_factory=dict)  # column key → index in a row
    lines: array = field(default_factory=lambda: array("i"))
    cols: dict = field(default_factory=dict)       # column key → array or list, one value per row
    encoding: str = ""

    def __len__(self) -> int:
        return len(self.lines)

    def has(self, key: str) -> bool:
        return key in self.cols

    def cells_of(self, lines: set) -> dict:
        """{line: the row's cells as written} for the given lines, read again from the file."""
        out = {}
        if not lines:
            return out
        with open(self.path, encoding=self.encoding, newline="") as handle:
            reader = csv.reader(handle)
            end = 0
            for row in reader:
                line, end = end + 1, reader.line_num
                if line in lines:
                    out[line] = row
                    if len(out) == len(lines):
                        break
        return out


class _Errors:
    def __init__(self, label: str):
        self.label, self.messages, self.more = label, [], 0

    def add(self, line: int, message: str) -> None:
        if len(self.messages) < MAX_ERRORS:
            self.messages.append(f"{self.label}:{line}: {message}")
        else:
            self.more += 1

    def raise_if_any(self) -> None:
        if self.messages:
            if self.more:
                self.messages.append(f"{self.label}: 另有 {self.more} 处问题未列出（只列出前 {MAX_ERRORS} 处）")
            raise InputErrors(self.messages)


def read_table(path, spec: TableSpec, label: str | None = None, progress=None) -> Table:
    """The table in the CSV file at `path`; raises InputErrors. progress(rows_read) is called now and then."""
    label = label or str(path)
    try:
        return _read(path, spec, label, "utf-8-sig", progress)
    except UnicodeDecodeError:
        pass
    try:
        return _read(path, spec, label, "gb18030", progress)
    except UnicodeDecodeError:
        raise InputErrors([f"{label}:{_undecodable_line(path)}: 无法识别文件的文字编码（既不是 UTF-8 也不是 GBK）："
                           "请在电子表格中另存为“CSV UTF-8”或 GBK 编码的 CSV 文件"]) from None


def _undecodable_line(path) -> int:
    """The first line that is neither UTF-8 nor GBK (the file as a whole is neither, so one line must be)."""
    with open(path, "rb") as handle:
        for number, raw in enumerate(handle, 1):
            for encoding in ("utf-8", "gb18030"):
                try:
                    raw.decode(encoding)
                    break
                except UnicodeDecodeError:
                    continue
            else:
                return number
    return 1


def _read(path, spec: TableSpec, label: str, encoding: str, progress) -> Table:
    table = Table(spec, label, str(path), encoding=encoding)
    errors = _Errors(label)
    with open(path, encoding=encoding, newline="") as handle:
        reader = csv.reader(handle)
        try:
            _header(reader, table, errors)
            errors.raise_if_any()
            _rows(reader, table, errors, progress)
        except csv.Error as e:
            errors.add(reader.line_num, f"不是有效的 CSV：{e}")
    if not errors.messages and not len(table):
        errors.add(2, f"只有表头，没有数据行（{spec.zh}）")
    errors.raise_if_any()
    return table


def _header(reader, table: Table, errors: _Errors) -> None:
    row = next(reader, None)
    while row is not None and not any(cell.strip() for cell in row):
        row = next(reader, None)
    if row is None:
        errors.add(1, f"文件是空的：第1行应为表头（{table.spec.zh}的列名）")
        return
    table.header = row
    names = [cell.strip().lstrip("\ufeff").lower() for cell in row]
    for column in table.spec.columns:
        found = [i for i, name in enumerate(names) if name in {n.lower() for n in column.names}]
        if len(found) > 1:
            errors.add(reader.line_num, f"“{column.zh}”列出现了{len(found)}次（第{'、'.join(str(i + 1) for i in found)}列），只能有一列")
        elif found:
            table.positions[column.key] = found[0]
        elif column.required:
            errors.add(reader.line_num, f"缺少“{column.zh}”列（可用的列名：{'、'.join(column.names)}）")


def _rows(reader, table: Table, errors: _Errors, progress) -> None:
    """Rows in chunks: a clean chunk is converted column by column (C-level loops); a chunk with any
    problem is gone through row by row, to report each problem on its line."""
    plan = []
    for column in table.spec.columns:
        if column.key not in table.positions or not column.store:
            continue
        store = array(column.store) if column.store in ("i", "q") else []
        table.cols[column.key] = store
        plan.append((table.positions[column.key], column, store))
    width = len(table.header)
    end = reader.line_num
    while True:
        chunk, ends = [], []
        add_row, add_end = chunk.append, ends.append
        for row in islice(reader, CHUNK):
            add_row(row)
            add_end(reader.line_num)
        if not chunk:
            return
        starts = [end + 1] + [e + 1 for e in ends[:-1]]
        end = ends[-1]
        if errors.messages or not _fast(chunk, starts, width, plan, table):
            _slow(chunk, starts, width, plan, table, errors)
        if progress:
            progress(len(table.lines))


def _fast(chunk: list, starts: list, width: int, plan: list, table: Table) -> bool:
    """Converts a chunk whose rows all have the header's width and whose cells are all valid."""
    if set(map(len, chunk)) != {width}:
        return False
    columns = list(zip(*chunk))
    try:
        converted = [(store, bulk(column.convert, columns[index])) for index, column, store in plan]
    except Problem:
        return False
    for store, values in converted:
        store.extend(values)
    table.lines.extend(starts)
    return True


def _slow(chunk: list, starts: list, width: int, plan: list, table: Table, errors: _Errors) -> None:
    for row, line in zip(chunk, starts):
        if not any(cell.strip() for cell in row):
            continue            # a blank line, or one of empty cells
        if len(row) != width and not _fix_width(row, width, line, errors):
            continue
        for index, column, store in plan:
            try:
                store.append(column.convert(row[index]))
            except Problem as p:
                errors.add(line, f"{column.zh}“{row[index].strip()}”{p}")
        table.lines.append(line)


def _fix_width(row: list, width: int, line: int, errors: _Errors) -> bool:
    """Trailing empty cells (spreadsheets add them) are dropped; any other width is an error."""
    if len(row) > width and not any(cell.strip() for cell in row[width:]):
        del row[width:]
        return True
    if len(row) > width:
        errors.add(line, f"这一行有{len(row)}个值，表头只有{width}列（某个值里有逗号却没有用英文双引号括起来？）")
    else:
        errors.add(line, f"这一行只有{len(row)}个值，表头有{width}列")
    return False
