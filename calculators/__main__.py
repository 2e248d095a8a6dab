"""python -m calculators NAME '<json>' [--as-of YYYY-MM-DD]
python -m calculators NAME --batch [--as-of YYYY-MM-DD] < in.jsonl > out.jsonl

python -m calculators --batch [--as-of YYYY-MM-DD] < mixed.jsonl   # lines {"calculator": NAME, "input": {...}}

Exit 0 for any result, 2 for invalid input (printed as {"errors": [...]}). In --batch mode every
input line gives one output line and an invalid line does not stop the batch."""
import argparse
import datetime as dt
import json
import sys
from pathlib import Path

from calculators.api import REGISTRY, run

ROOT = Path(__file__).resolve().parent.parent


def load_policy(path: str | None) -> dict:
    if path:
        return json.loads(Path(path).read_text(encoding="utf-8"))
    from builder.compile import compile_policy  # lazily: the package itself stays stdlib-only

    return compile_policy(ROOT / "policy_data")


USAGE = ("用法：python -m calculators NAME '<JSON 对象>' [--as-of YYYY-MM-DD]，"
         "或 python -m calculators [NAME] --batch [--as-of YYYY-MM-DD] < 输入.jsonl；NAME 可用："
         + "、".join(REGISTRY))


class Parser(argparse.ArgumentParser):
    def error(self, message):   # usage errors, too, are answered in the contract's shape and in Chinese
        print(dump({"errors": [{"field": None, "message": USAGE}]}))
        sys.exit(2)


def answer(name: str | None, text: str, policy: dict, as_of: str) -> dict:
    try:
        inputs = json.loads(text)
    except ValueError as e:
        return {"errors": [{"field": None, "message": f"输入不是有效的 JSON（第{e.lineno}行第{e.colno}列附近），"
                                                      "请写成一个 JSON 对象，例如 {\"birth\": \"1966-06\"}"}]}
    if name is None:   # mixed batch: each line names its calculator
        if not isinstance(inputs, dict) or not isinstance(inputs.get("calculator"), str):
            return {"errors": [{"field": "calculator", "message": "混合批量模式下每行应为 {\"calculator\": 名称, \"input\": {…}}"}]}
        name, inputs = inputs["calculator"], inputs.get("input")
    return run(name, inputs, policy, as_of)


def dump(result: dict) -> str:
    return json.dumps(result, ensure_ascii=False, separators=(",", ":"))


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
    policy = load_policy(args.policy)
    if not args.batch:
        result = answer(args.name, args.input, policy, as_of)
        print(dump(result))
        return 2 if "errors" in result else 0
    out = sys.stdout
    for line in sys.stdin:
        if line.strip():
            out.write(dump(answer(args.name, line, policy, as_of)) + "\n")
    out.flush()
    return 0


if __name__ == "__main__":
    sys.exit(main())
