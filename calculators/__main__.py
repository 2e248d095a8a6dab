"""python -m calculators NAME '<json>' [--as-of YYYY-MM-DD]
python -m calculators NAME --batch [--as-of YYYY-MM-DD] < in.jsonl > out.jsonl

python -m calculators --batch [--as-of YYYY-MM-DD] < mixed.jsonl   # lines {"calculator": NAME, "input": {...}}

Exit 0 for any result, 2 for invalid input (printed as {"errors": [...]}). In --batch mode every
input line gives exactly one output line, whatever it holds (an empty line, invalid UTF-8, a line
over 1 MB, which is skipped without being read into memory whole), and no line stops the batch."""
import argparse
import datetime as dt
import json
import sys
from pathlib import Path

from calculators.api import REGISTRY, capped, parse_json, run
from calculators.errors import InputError

ROOT = Path(__file__).resolve().parent.parent
MAX_LINE_BYTES = 1_000_000


def load_policy(path: str | None) -> dict:
    if path:
        return json.loads(Path(path).read_text(encoding="utf-8"))
    from builder.compile import compile_policy  # lazily: the package itself stays stdlib-only

    return compile_policy(ROOT / "policy_data")


USAGE = ("用法：python -m calculators NAME '<JSON 对象>' [--as-of YYYY-MM-DD]，"
         "或 python -m calculators [NAME] --batch [--as-of YYYY-MM-DD] < 输入.jsonl；NAME 可用："
         + "、".join(REGISTRY))


def problem(message: str, field=None) -> dict:
    return {"errors": [{"field": field, "message": message}]}


class Parser(argparse.ArgumentParser):
    def error(self, message):   # usage errors, too, are answered in the contract's shape and in Chinese
        write(problem(USAGE))
        sys.exit(2)


def answer(name: str | None, text: str, policy: dict, as_of: str) -> dict:
    try:
        inputs = parse_json(text)
    except InputError as e:
        return {"errors": capped(e.errors)}
    if name is None:   # mixed batch: each line names its calculator
        if not isinstance(inputs, dict) or not isinstance(inputs.get("calculator"), str):
            return problem("混合批量模式下每行应为 {\"calculator\": 名称, \"input\": {…}}", "calculator")
        name, inputs = inputs["calculator"], inputs.get("input")
    return run(name, inputs, policy, as_of)


def write(result: dict, out=None) -> None:
    """One line of JSON as UTF-8. A text that cannot be UTF-8 (a lone surrogate) is written as its
    JSON escape (\\udc80), so the line stays valid JSON and valid UTF-8."""
    try:
        text = json.dumps(result, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    except ValueError:   # NaN/Infinity in a result: a bug, answered in the contract's shape
        text = json.dumps(problem("计算出错（结果含有非数字），请向网站维护者报告"), ensure_ascii=False)
    out = out or sys.stdout.buffer
    out.write(text.encode("utf-8", "backslashreplace") + b"\n")


def lines(stream, limit: int = MAX_LINE_BYTES):
    """Each line of a byte stream as text, or an error dict for a line that is not UTF-8 or too long.
    Memory stays bounded by `limit`, whatever the stream holds."""
    number = 0
    while True:
        raw = stream.readline(limit + 1)
        if not raw:
            return
        number += 1
        if len(raw) > limit and not raw.endswith(b"\n"):
            size = len(raw)
            while raw and not raw.endswith(b"\n"):   # skip the rest of the line, a chunk at a time
                raw = stream.readline(1 << 20)
                size += len(raw)
            yield problem(f"第{number}行太长（{size:,} 字节，上限 {limit:,}），已跳过")
            continue
        try:
            yield raw.removesuffix(b"\n").removesuffix(b"\r").decode("utf-8")
        except UnicodeDecodeError as e:
            yield problem(f"第{number}行不是有效的 UTF-8 文本（第{e.start + 1}个字节），请以 UTF-8 编码保存")


def main(argv: list[str] | None = None) -> int:
    parser = Parser(prog="python -m calculators", description="失业保险服务指南的计算器")
    parser.add_argument("name", nargs="?", help="计算器名称：" + "、".join(REGISTRY))
    parser.add_argument("input", nargs="?", help="输入（一个 JSON 对象）")
    parser.add_argument("--batch", action="store_true", help="从标准输入逐行读取 JSON，每行输出一个结果")
    parser.add_argument("--as-of", default=None, help="计算日期 YYYY-MM-DD（默认今天）")
    parser.add_argument("--policy", default=None, help="已编译的 policy.json（默认从 policy_data/ 编译）")
    args = parser.parse_args(argv)
    if args.batch == (args.input is not None) or (args.name is None and not args.batch) \
            or (args.name is not None and args.name not in REGISTRY):
        parser.error("")
    as_of = args.as_of or dt.date.today().isoformat()
    try:
        policy = load_policy(args.policy)
    except (OSError, ValueError) as e:
        write(problem(f"无法读取政策数据 {args.policy}：{e}", "policy"))
        return 2
    if not args.batch:
        result = answer(args.name, args.input, policy, as_of)
        write(result)
        return 2 if "errors" in result else 0
    out = sys.stdout.buffer
    for line in lines(sys.stdin.buffer):
        write(line if isinstance(line, dict) else answer(args.name, line, policy, as_of), out)
    out.flush()
    return 0


if __name__ == "__main__":
    sys.exit(main())
