"""Load a YAML file keeping the line of every key and list item, so errors can name the line.

Dates stay strings (PyYAML's implicit timestamp type is switched off): the validators check them
and say "日期不存在" for 2025-02-30 instead of letting PyYAML raise or guess. Duplicate keys, which
PyYAML silently overwrites, are reported.
"""
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from builder.errors import DataError

TIMESTAMP = "tag:yaml.org,2002:timestamp"


class _Loader(yaml.SafeLoader):
    pass


_Loader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag != TIMESTAMP]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def label(path: tuple, prefix: str = "") -> str:
    out = prefix
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out or "（文件顶层）"


@dataclass
class Doc:
    """One YAML file: its data, and the 1-based line of each path (tuple of keys / list indexes)."""

    file: str
    data: Any
    lines: dict = field(default_factory=dict)

    def line(self, path: tuple = ()) -> int:
        """The line of `path`, or of its nearest ancestor that has one (e.g. for a missing key)."""
        path = tuple(path)
        while path and path not in self.lines:
            path = path[:-1]
        return self.lines.get(path, 1)


def load(path: Path, rel: str, prefix: str = "") -> tuple[Doc | None, list[DataError]]:
    """Parse one file. `prefix` starts the labels in messages (a parameter file's stem)."""
    errors: list[DataError] = []
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        return None, [DataError(rel, 0, f"文件不是 UTF-8 编码：{exc.reason}")]
    loader = _Loader(text)
    try:
        root = loader.get_single_node()
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else 0
        return None, [DataError(rel, line, f"YAML 语法错误：{exc.problem or exc.context}")]
    finally:
        loader.dispose()
    doc = Doc(rel, None)
    if root is not None:
        doc.data = _build(root, (), doc, loader, errors, prefix)
    return doc, errors


def _build(node, path, doc, loader, errors, prefix):
    doc.lines.setdefault(path, node.start_mark.line + 1)
    if isinstance(node, yaml.MappingNode):
        result: dict = {}
        first_line: dict = {}
        for key_node, value_node in node.value:
            key_line = key_node.start_mark.line + 1
            if not isinstance(key_node, yaml.ScalarNode):
                errors.append(DataError(doc.file, key_line, "键必须是简单的文字或日期"))
                continue
            key = loader.construct_object(key_node)
            if key == "<<":
                errors.append(DataError(doc.file, key_line, "不支持 YAML 合并键 <<，请直接写出字段"))
                continue
            if key in result:
                errors.append(DataError(doc.file, key_line,
                                        f"{label(path, prefix)}: 重复的键 “{key}”（第 {first_line[key]} 行已有）"))
                continue
            first_line[key] = key_line
            doc.lines[path + (key,)] = key_line
            result[key] = _build(value_node, path + (key,), doc, loader, errors, prefix)
        return result
    if isinstance(node, yaml.SequenceNode):
        return [_build(item, path + (i,), doc, loader, errors, prefix) for i, item in enumerate(node.value)]
    return loader.construct_object(node)
