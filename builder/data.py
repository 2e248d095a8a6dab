"""Build step 1: load every YAML file under policy_data/, validate it, and put it in ctx.data.

Each kind of file is described by a module in builder/schemas/ (see its __init__ docstring).
All problems are collected and raised together as DataErrors: file, line, problem."""
import importlib
import pkgutil
from pathlib import Path

import yaml

from builder import schemas
from builder.context import ROOT
from builder.errors import DataError, DataErrors
from builder.schema import Checker
from builder.yamlload import load

REF_NAMES = {"source": "来源 id（sources.yaml）", "section": "通知章节 id（notice.yaml）",
             "page": "网站页面（mkdocs.yml 的 nav）", "parameter": "参数 id（parameters/）",
             "channel": "渠道 id（channels.yaml）"}


def kinds() -> list:
    """The schema modules in builder/schemas/, in name order."""
    return [importlib.import_module(f"{schemas.__name__}.{m.name}")
            for m in sorted(pkgutil.iter_modules(schemas.__path__), key=lambda m: m.name)]


def site_pages(mkdocs_yml: Path = ROOT / "mkdocs.yml") -> set[str]:
    """Every page in the nav, as its .md path (notice/review.md)."""
    config = yaml.load(mkdocs_yml.read_text(encoding="utf-8"), Loader=yaml.SafeLoader)
    pages: set[str] = set()

    def walk(node):
        if isinstance(node, str):
            pages.add(node)
        elif isinstance(node, list):
            for item in node:
                walk(item)
        elif isinstance(node, dict):
            for value in node.values():
                walk(value)

    walk(config.get("nav", []))
    return pages


def page_of(link: str) -> str | None:
    """The .md page a site link points at (calculators/deadline/ → calculators/deadline.md), or
    None for a link that leaves the site (https://…), which is not checked."""
    if link.startswith(("http://", "https://", "mailto:", "tel:")):
        return None
    path = link.split("#", 1)[0].lstrip("/")
    if path.endswith(".md"):
        return path
    if path in ("", "."):
        return "index.md"
    return path.rstrip("/") + ".md"


def load_all(data_dir: Path, only: tuple | None = None, optional: tuple = ()) -> dict:
    """Load and validate data_dir; return {kind: data}. Raises DataErrors.

    `only` limits loading to some kinds (compile_policy needs four); `optional` kinds may be missing."""
    data_dir = Path(data_dir)
    errors: list[DataError] = []
    refs: list = []
    defined: dict[str, dict] = {kind: {} for kind in REF_NAMES}
    data: dict = {}
    claimed: set[Path] = set()

    def rel(path: Path) -> str:
        return f"{data_dir.name}/{path.relative_to(data_dir).as_posix()}"

    for kind in kinds():
        if only is not None and kind.KIND not in only:
            continue
        many = "*" in kind.FILES
        paths = sorted(data_dir.glob(kind.FILES))
        claimed.update(paths)
        if not paths and kind.REQUIRED and kind.KIND not in optional:
            errors.append(DataError(f"{data_dir.name}/{kind.FILES}", 0, "文件缺失"))
        data[kind.KIND] = {} if many else None
        for path in paths:
            stem = path.stem
            doc, load_errors = load(path, rel(path), stem if getattr(kind, "PREFIX", False) else "")
            errors.extend(load_errors)
            if doc is None:
                continue
            c = Checker(doc, prefix=stem if getattr(kind, "PREFIX", False) else "")
            shaped = kind.SCHEMA.check(doc.data, (), c)   # False: the top level is the wrong type
            if shaped and hasattr(kind, "check"):
                kind.check(doc, c)
            errors.extend(c.errors)
            refs.extend(c.refs)
            refs.extend(_source_keys(doc, c))
            if shaped and hasattr(kind, "defines"):
                for ref_kind, ids in kind.defines(doc).items():
                    for ident, line in ids.items():
                        if ident in defined[ref_kind]:
                            errors.append(DataError(doc.file, line, f"重复的 id “{ident}”（{defined[ref_kind][ident]} 已定义）"))
                        else:
                            defined[ref_kind][ident] = f"{doc.file}:{line}"
            if many:
                data[kind.KIND][stem] = doc.data
            else:
                data[kind.KIND] = doc.data

    for path in sorted(data_dir.rglob("*.y*ml")) if only is None else ():
        if path not in claimed:
            errors.append(DataError(rel(path), 0, "没有对应的校验规则：请在 builder/schemas/ 中登记这类文件"))

    pages = {p: "mkdocs.yml" for p in site_pages()}
    defined["page"] = pages
    seen = set()
    for kind, value, file, line, where in refs:
        if (file, line, where) in seen:
            continue
        seen.add((file, line, where))
        if kind == "page":
            value_page = page_of(value)
            if value_page is None or value_page in pages:
                continue
        elif value in defined[kind]:
            continue
        errors.append(DataError(file, line, f"{where}: 未知的{REF_NAMES[kind]} “{value}”"))

    if errors:
        raise DataErrors(errors)
    return data


def _source_keys(doc, c: Checker) -> list:
    """A reference for every `source:` key in the file, whatever its kind declares."""
    found = []

    def walk(node, path):
        if isinstance(node, dict):
            for key, value in node.items():
                if key == "source" and isinstance(value, str):
                    found.append(("source", value, doc.file, doc.line(path + (key,)),
                                  c.label(path + (key,))))
                walk(value, path + (key,))
        elif isinstance(node, list):
            for i, item in enumerate(node):
                walk(item, path + (i,))

    walk(doc.data, ())
    return found


def run(ctx) -> None:
    ctx.data = load_all(ctx.data_dir)
