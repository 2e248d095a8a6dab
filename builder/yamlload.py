"""Load a YAML file keeping the line of every key and list item, so errors can name the line.

Dates stay strings (PyYAML's implicit timestamp type is switched off): the validators check them
and say "日期不存在" for 2025-02-30 instead of letting PyYAML raise or guess. Duplicate keys, which
PyYAML silently overwrites, are reported.

Policy data is plain: anchors and aliases (&a / *a, the way to a billion-laughs file or a recursive
structure), merge keys (<<), tags other than the plain types (!!python/…, !custom), nesting deeper
than MAX_DEPTH and numbers with more than MAX_DIGITS digits are refused with file:line before
anything is built from them. Nothing here raises: every problem is a DataError.
"""
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from builder.errors import DataError

TIMESTAMP = "tag:yaml.org,2002:timestamp"
MERGE = "tag:yaml.org,2002:merge"
PLAIN_TAGS = {f"tag:yaml.org,2002:{t}" for t in ("str", "int", "float", "bool", "null", "seq", "map")}
MAX_DEPTH = 40
MAX_DIGITS = 15


class _Refused(yaml.MarkedYAMLError):
    pass


class _Loader(yaml.SafeLoader):
    def compose_node(self, parent, index):
        """Refuse anchors and aliases as they are met, before anything is expanded."""
        event = self.peek_event()
        if isinstance(event, yaml.AliasEvent):
            raise _Refused(problem=f"不支持 YAML 别名 *{event.anchor}，请直接写出内容", problem_mark=event.start_mark)
        if getattr(event, "anchor", None) is not None:
            raise _Refused(problem=f"不支持 YAML 锚点 &{event.anchor}，请直接写出内容", problem_mark=event.start_mark)
        if getattr(self, "_depth", 0) >= MAX_DEPTH:
            raise _Refused(problem=f"嵌套层数超过 {MAX_DEPTH} 层", problem_mark=event.start_mark)
        self._depth = getattr(self, "_depth", 0) + 1
        try:
            return super().compose_node(parent, index)
        finally:
            self._depth -= 1


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
    loader = None
    try:
        loader = _Loader(text)   # already reads the text: a control character fails here
        root = loader.get_single_node()
    except _Refused as exc:
        return None, [DataError(rel, exc.problem_mark.line + 1, exc.problem)]
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else 0
        return None, [DataError(rel, line, f"YAML 语法错误：{exc.problem or exc.context}")]
    except yaml.reader.ReaderError as exc:   # e.g. a control character: it knows the position, not the line
        return None, [DataError(rel, text.count("\n", 0, exc.position) + 1,
                                f"YAML 中有不允许的字符 #x{exc.character:04x}")]
    except yaml.YAMLError as exc:
        return None, [DataError(rel, 0, f"YAML 错误：{exc}")]
    finally:
        if loader is not None:
            loader.dispose()
    doc = Doc(rel, None)
    if root is not None:
        doc.data = _build(root, (), doc, loader, errors, prefix)
    return doc, errors


def _build(node, path, doc, loader, errors, prefix):
    doc.lines.setdefault(path, node.start_mark.line + 1)
    if node.tag not in PLAIN_TAGS:
        errors.append(DataError(doc.file, node.start_mark.line + 1, _tag_problem(node.tag)))
        return None
    if isinstance(node, yaml.MappingNode):
        result: dict = {}
        first_line: dict = {}
        for key_node, value_node in node.value:
            key_line = key_node.start_mark.line + 1
            if not isinstance(key_node, yaml.ScalarNode):
                errors.append(DataError(doc.file, key_line, "键必须是简单的文字或日期"))
                continue
            if key_node.tag == MERGE:
                errors.append(DataError(doc.file, key_line, "不支持 YAML 合并键 <<，请直接写出字段"))
                continue
            key = _scalar(key_node, doc, loader, errors)
            if key is _BAD:
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
    value = _scalar(node, doc, loader, errors)
    return None if value is _BAD else value


_BAD = object()


def _tag_problem(tag: str) -> str:
    return f"不支持的 YAML 标签 {tag.replace('tag:yaml.org,2002:', '!!')}，请只写文字、数字、true/false 或日期"


def _scalar(node, doc, loader, errors):
    """The value of a scalar node, or _BAD after recording why it cannot be one."""
    line = node.start_mark.line + 1
    if node.tag not in PLAIN_TAGS:
        errors.append(DataError(doc.file, line, _tag_problem(node.tag)))
        return _BAD
    if node.tag in ("tag:yaml.org,2002:int", "tag:yaml.org,2002:float") and \
            sum(ch.isdigit() for ch in node.value) > MAX_DIGITS:
        errors.append(DataError(doc.file, line, f"数字 {node.value[:20]}… 的位数超过 {MAX_DIGITS} 位"))
        return _BAD
    try:
        return loader.construct_object(node)
    except (yaml.YAMLError, ValueError, OverflowError) as exc:
        errors.append(DataError(doc.file, line, f"无法读取的值 “{node.value[:40]}”：{exc}"))
        return _BAD
